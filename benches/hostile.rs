//! Hostile input at 1, 4 and 16 MB: every entry point should take time and peak memory
//! linear in the input (16 MB within 1.3 x 16 x the 1 MB figures) and peak memory at
//! most 8 x the input.
//!
//! - Records (issue #12's table), read into a registry with `add_openfda_slice`:
//!   `ndcs_x_lots` (one record naming k distinct NDCs of k products and k lots: the
//!   4,000 x 4,000 and 12,000 x 12,000 rows), `distinct_ndcs` (one record whose
//!   description names k distinct NDCs: the 70,000-NDC row), `same_key` (records that
//!   all recall lot JX6411 of product 0185-0022, half under the queried package and half
//!   under a sibling: the 80,000-record row; the lookup is timed too, also through a
//!   bare 10-digit code whose three readings' answers are merged), `half_dated_lots`
//!   (one record of k lots with an expiry date, then k without) and `serialize` (a
//!   registry of ordinary records written to a sink).
//! - Records whose one recall lists k excluded lots, k excluded ranges, k ranges of one
//!   head, one range and k dated lots, or k unconfirmed NDC readings, with a lookup
//!   each that used to read the whole list (`LOOKUPS`): its time should not grow with
//!   the record. And `wide_shared_lot`, records naming two products each and sharing
//!   a lot, whose lookup still reads every one of them (linear: see the crate docs).
//! - Texts for the extractors: the hostile texts below, through `extract_lots` and
//!   `extract_ndcs`.
//!
//! Peak memory is measured once per case with a counting global allocator (bytes
//! allocated and not yet freed, above what was live before the call, with the result
//! still alive) and printed to stderr as `[peak] …` lines before the timings.
//!
//! ```text
//! cargo bench --bench hostile -- --warm-up-time 1 --measurement-time 2
//! ```

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use legcramps::recall::{extract_lots, extract_ndcs};
use legcramps_benches::hostile_input::{
    Documents, LOOKUPS, MB, SIZES, documents, load, ordinary_registry, texts,
};
use legcramps_benches::{Counting, peak_of};

#[global_allocator]
static ALLOC: Counting = Counting;

fn report_peak(case: &str, size: &str, input: usize, peak: usize) {
    eprintln!(
        "[peak] {case:<28} {size:>5}: input {:>6.2} MB, peak {:>8.2} MB = {:>5.2} x input",
        input as f64 / MB as f64,
        peak as f64 / MB as f64,
        peak as f64 / input as f64
    );
}

fn records(c: &mut Criterion) {
    let docs: Vec<(&str, Documents)> = SIZES.iter().map(|&(l, n)| (l, documents(n))).collect();
    let names: Vec<&str> = docs[0].1.iter().map(|(n, _)| *n).collect();
    for (i, name) in names.iter().enumerate() {
        let mut g = c.benchmark_group(format!("hostile_record/{name}"));
        g.sample_size(10);
        for (label, set) in &docs {
            let doc = &set[i].1;
            report_peak(name, label, doc.len(), peak_of(|| load(doc)));
            g.throughput(Throughput::Bytes(doc.len() as u64));
            g.bench_with_input(BenchmarkId::new("ingest", label), doc, |b, d| {
                b.iter(|| load(black_box(d)))
            });
            if let Some(&(_, ndc, lot)) = LOOKUPS.iter().find(|(n, _, _)| n == name) {
                let reg = load(doc);
                let check = reg.lookup_str(ndc, lot).unwrap_or_default();
                assert!(check.is_recalled(), "{name}: {ndc} {lot} is recalled");
                report_peak(
                    &format!("{name} lookup"),
                    label,
                    doc.len(),
                    peak_of(|| reg.lookup_str(ndc, lot)),
                );
                g.bench_function(BenchmarkId::new("lookup", label), |b| {
                    b.iter(|| reg.lookup_str(black_box(ndc), black_box(lot)))
                });
            }
            if *name == "same_key" {
                // A bare 10-digit code: three readings, their answers merged.
                let reg = load(doc);
                g.bench_function(BenchmarkId::new("lookup_bare_10_digits", label), |b| {
                    b.iter(|| reg.lookup_str(black_box("0185002201"), black_box("JX6411")))
                });
            }
        }
        g.finish();
    }
    let mut g = c.benchmark_group("hostile_record/serialize");
    g.sample_size(10);
    for (label, n) in SIZES {
        let (reg, input) = ordinary_registry(n);
        let out = serde_json::to_vec(&reg).unwrap_or_default();
        report_peak(
            "serialize (to a sink)",
            label,
            input,
            peak_of(|| serde_json::to_writer(std::io::sink(), &reg)),
        );
        g.throughput(Throughput::Bytes(out.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter(|| serde_json::to_writer(std::io::sink(), black_box(&reg)))
        });
    }
    g.finish();
}

fn text(c: &mut Criterion) {
    let sets: Vec<(&str, Vec<(&str, String)>)> =
        SIZES.iter().map(|&(l, n)| (l, texts(n))).collect();
    let names: Vec<&str> = sets[0].1.iter().map(|(n, _)| *n).collect();
    for (i, name) in names.iter().enumerate() {
        let mut g = c.benchmark_group(format!("hostile_text/{name}"));
        g.sample_size(10);
        for (label, set) in &sets {
            let text = &set[i].1;
            report_peak(
                &format!("{name} extract_lots"),
                label,
                text.len(),
                peak_of(|| extract_lots(text)),
            );
            report_peak(
                &format!("{name} extract_ndcs"),
                label,
                text.len(),
                peak_of(|| extract_ndcs(text)),
            );
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new("extract_lots", label), text, |b, t| {
                b.iter(|| extract_lots(black_box(t)))
            });
            g.bench_with_input(BenchmarkId::new("extract_ndcs", label), text, |b, t| {
                b.iter(|| extract_ndcs(black_box(t)))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, records, text);
criterion_main!(benches);
