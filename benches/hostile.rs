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
//!   bare 10-digit code whose three readings' answers are merged) and `serialize`
//!   (a registry of ordinary records written to a sink).
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
use legcramps::recall::RecallRegistry;
use legcramps::recall::{LoadOptions, extract_lots, extract_ndcs};
use legcramps_benches::{Counting, peak_of};

#[global_allocator]
static ALLOC: Counting = Counting;

const MB: usize = 1024 * 1024;
const SIZES: [(&str, usize); 3] = [("1MB", MB), ("4MB", 4 * MB), ("16MB", 16 * MB)];

/// Repeats `piece` until the text is at least `len` bytes, after a `prefix`.
fn fill(prefix: &str, piece: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + piece.len() + prefix.len());
    s.push_str(prefix);
    while s.len() < len {
        s.push_str(piece);
    }
    s
}

/// The hostile texts, each about `len` bytes.
fn texts(len: usize) -> Vec<(&'static str, String)> {
    vec![
        // One digit run with no break at all.
        ("digits", fill("Lot ", "0123456789", len)),
        // Digits in single-space groups after an NDC label (the spaced-NDC reader).
        ("digit_groups", fill("NDC ", "0067 203 702 ", len)),
        // Only separators.
        ("separators", fill("", "-/.,;:_ ", len)),
        // The lot label again and again, with nothing after it.
        ("lot_repeated", fill("", "Lot ", len)),
        ("lot_labels", fill("", "Lot #: Lot No. Lots: ", len)),
        // The all-lots phrase again and again.
        ("all_lots_repeated", fill("", "All lots ", len)),
        // One endless range chain: A1 to A2 to A3 ...
        (
            "range_chain",
            fill("Lot A0", " to A1 through B2 thru C3 - D4", len),
        ),
        // One endless token with many inner separators.
        ("long_token", fill("Lot ", "A1-B2/C3.D4_E5:F6@G7+", len)),
        // Many NDC-shaped codes with hyphens.
        (
            "ndc_shapes",
            fill("NDC ", "0185-0022-01, 68016-177-XX, ", len),
        ),
    ]
}

/// One openFDA record as JSON.
fn record(serial: usize, description: &str, code: &str) -> String {
    format!(
        r#"{{"recall_number": "D-{:04}-2024", "classification": "Class II", "recalling_firm": "F", "product_description": {}, "reason_for_recall": "R", "report_date": "20240110", "code_info": {}}}"#,
        serial % 10_000,
        serde_json::to_string(description).unwrap_or_default(),
        serde_json::to_string(code).unwrap_or_default(),
    )
}

/// `k` distinct package NDCs of `k` distinct products, as a description.
fn distinct_ndcs(k: usize) -> String {
    let mut s = String::with_capacity(k * 20);
    for i in 0..k {
        s.push_str(&format!(
            "NDC {:05}-{:03}-10, ",
            10_000 + i / 1000,
            i % 1000
        ));
    }
    s
}

fn lots(k: usize) -> String {
    let mut s = String::with_capacity(k * 10 + 4);
    s.push_str("Lot ");
    for i in 0..k {
        s.push_str(&format!("X{i:07}, "));
    }
    s
}

/// Named JSON documents.
type Documents = Vec<(&'static str, Vec<u8>)>;

/// The record-shaped hostile documents, each about `len` bytes.
fn documents(len: usize) -> Documents {
    // An NDC is 20 bytes of description, a lot 10 bytes of code text.
    let k = len / 30;
    let cross = format!("[{}]", record(1, &distinct_ndcs(k), &lots(k)));
    let wide = format!("[{}]", record(1, &distinct_ndcs(len / 20), "Lot A1234"));
    let one = |i: usize| {
        let ndc = if i.is_multiple_of(2) {
            "NDC 0185-0022-01"
        } else {
            "NDC 0185-0022-10"
        };
        record(i, ndc, "Lot JX6411")
    };
    let n = len / one(0).len();
    let same: Vec<String> = (0..n).map(one).collect();
    let same = format!("[{}]", same.join(","));
    vec![
        ("ndcs_x_lots", cross.into_bytes()),
        ("distinct_ndcs", wide.into_bytes()),
        ("same_key", same.into_bytes()),
    ]
}

/// A registry of ordinary records (one NDC, ten lots each) from about `len` bytes.
fn ordinary_registry(len: usize) -> (RecallRegistry, usize) {
    let one = |i: usize| {
        record(
            i,
            &format!("NDC {:05}-{:03}-10", 10_000 + i / 1000, i % 1000),
            &lots(10),
        )
    };
    let n = len / one(0).len();
    let doc = format!("[{}]", (0..n).map(one).collect::<Vec<_>>().join(","));
    let mut reg = RecallRegistry::new();
    reg.add_openfda_slice(doc.as_bytes(), LoadOptions::default())
        .expect("generated records load");
    (reg, doc.len())
}

fn load(doc: &[u8]) -> RecallRegistry {
    let mut reg = RecallRegistry::new();
    reg.add_openfda_slice(doc, LoadOptions::default())
        .expect("generated records load");
    reg
}

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
            if *name == "same_key" {
                let reg = load(doc);
                let check = reg.lookup_str("0185-0022-01", "JX6411").unwrap_or_default();
                assert!(check.is_recalled() && !check.near_misses.is_empty());
                report_peak(
                    "same_key lookup",
                    label,
                    doc.len(),
                    peak_of(|| reg.lookup_str("0185-0022-01", "JX6411")),
                );
                g.bench_function(BenchmarkId::new("lookup", label), |b| {
                    b.iter(|| reg.lookup_str(black_box("0185-0022-01"), black_box("JX6411")))
                });
                // A bare 10-digit code: three readings, their answers merged.
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
