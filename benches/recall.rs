//! Recall benchmarks: registry lookups at 1 k and 1 M (NDC, lot) pairs beside a pointer
//! chase over a buffer as large as the registry, ingest throughput beside a bare
//! `serde_json::Value` parse of the same bytes (from a slice and from a reader), and the
//! registry's heap bytes per pair (a counting allocator; printed to stderr before the
//! timings).
//!
//! The data is openFDA-shaped enforcement JSON from a seeded generator (SplitMix64), so
//! every run measures the same records.
//!
//! ```text
//! cargo bench --bench recall -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use legcramps::recall::{LoadOptions, read_enforcement};
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
use legcramps_benches::{Counting, live_bytes};

#[global_allocator]
static ALLOC: Counting = Counting;

/// SplitMix64: a tiny, well-known deterministic generator (no `rand` dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// A lot number in one of the shapes seen in openFDA (`AB123456`, `L300255`, `42614718`).
fn lot(rng: &mut Rng) -> String {
    let letter = |rng: &mut Rng| char::from(b'A' + rng.below(26) as u8);
    match rng.below(3) {
        0 => format!("{}{}{:06}", letter(rng), letter(rng), rng.below(1_000_000)),
        1 => format!("{}{:07}", letter(rng), rng.below(10_000_000)),
        _ => format!("{:09}", rng.below(1_000_000_000)),
    }
}

/// One generated record: JSON text and the (NDC, lot) pairs it recalls.
fn record(rng: &mut Rng, i: usize, lots: usize) -> (String, Vec<(String, String)>) {
    let labeler = 10_000 + rng.below(90_000);
    let product = rng.below(1000);
    let ndcs = [
        format!("{labeler:05}-{product:03}-{:02}", rng.below(100)),
        format!("{labeler:05}-{product:03}-{:02}", rng.below(100)),
    ];
    let lot_list: Vec<String> = (0..lots).map(|_| lot(rng)).collect();
    let code_info = match rng.below(3) {
        0 => {
            let parts: Vec<String> = lot_list
                .iter()
                .map(|l| format!("{l}, Exp. {:02}/2026", 1 + rng.below(12)))
                .collect();
            format!("Lot #: {}", parts.join("; "))
        }
        1 => format!("Lots: {}", lot_list.join(", ")),
        _ => format!("Lot Numbers: {}, Exp 12/31/2027", lot_list.join(", ")),
    };
    let firm = format!(
        "{} Pharmaceuticals {i} Inc",
        rng.pick(&["Acme", "Zenith", "Orion", "Nova"])
    );
    let json = format!(
        concat!(
            r#"{{"status": "{status}", "city": "Princeton", "state": "NJ", "country": "United States", "#,
            r#""classification": "{class}", "openfda": {{}}, "product_type": "Drugs", "event_id": "{event}", "#,
            r#""recalling_firm": "{firm}", "address_1": "{num} Main St", "address_2": "N/A", "postal_code": "08540", "#,
            r#""voluntary_mandated": "Voluntary: Firm initiated", "initial_firm_notification": "Letter", "#,
            r#""distribution_pattern": "Nationwide in the USA", "recall_number": "D-{serial:04}-{year}", "#,
            r#""product_description": "{drug} Tablets, USP {mg} mg, 100 tablets per bottle, Rx only, Manufactured for {firm}, NDC {n0}; 500 tablets per bottle, NDC {n1}", "#,
            r#""product_quantity": "{qty} bottles", "reason_for_recall": "Failed Dissolution Specifications: out of specification results at the 12-month stability time point", "#,
            r#""recall_initiation_date": "{year}0{m}1{d}", "center_classification_date": "{year}0{m}2{d}", "report_date": "{year}0{m}2{d}", "#,
            r#""code_info": "{code}"}}"#
        ),
        status = rng.pick(&["Ongoing", "Terminated", "Completed"]),
        class = rng.pick(&["Class I", "Class II", "Class III"]),
        event = 60_000 + rng.below(40_000),
        firm = firm,
        num = 1 + rng.below(999),
        serial = i % 10_000,
        year = 2012 + rng.below(14),
        drug = rng.pick(&[
            "Gabapentin",
            "Verapamil Hydrochloride",
            "Metformin ER",
            "Losartan"
        ]),
        mg = 50 * (1 + rng.below(12)),
        n0 = ndcs[0],
        n1 = ndcs[1],
        qty = rng.below(100_000),
        m = 1 + rng.below(9),
        d = rng.below(9),
        code = code_info,
    );
    let pairs = ndcs
        .iter()
        .flat_map(|n| lot_list.iter().map(move |l| (n.clone(), l.clone())))
        .collect();
    (json, pairs)
}

/// A bare-array document of `records` records with `lots` lots each.
fn document(seed: u64, records: usize, lots: usize) -> (Vec<u8>, Vec<(String, String)>) {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(records * 1200);
    let mut pairs = Vec::with_capacity(records * lots * 2);
    out.push(b'[');
    for i in 0..records {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        let (json, p) = record(&mut rng, i, lots);
        out.extend_from_slice(json.as_bytes());
        pairs.extend(p);
    }
    out.push(b']');
    (out, pairs)
}

struct Setup {
    reg: RecallRegistry,
    /// Heap bytes the registry holds.
    bytes: usize,
    hits: Vec<(Ndc, LotNumber)>,
    misses: Vec<(Ndc, LotNumber)>,
}

/// A registry of about `entries` (NDC, lot) entries (5 lots x 2 NDCs per record), and
/// 65 536 hit and miss queries drawn from it.
fn setup(entries: usize) -> Setup {
    let records = entries / 10;
    let (doc, pairs) = document(0x5eed_0000 + entries as u64, records, 5);
    let started = Instant::now();
    let before = live_bytes();
    let mut reg = RecallRegistry::new();
    let report = reg
        .add_openfda(&doc[..], LoadOptions::default())
        .expect("generated data loads");
    reg.shrink_to_fit();
    let bytes = live_bytes().saturating_sub(before);
    let built = started.elapsed();
    eprintln!(
        "[recall bench] {} records, {} (NDC, lot) pairs ({:.1} MB of JSON, built in {:.2?}): \
         registry {:.1} MB on the heap, {:.1} bytes per pair",
        report.summary.kept,
        pairs.len(),
        doc.len() as f64 / 1e6,
        built,
        bytes as f64 / 1e6,
        bytes as f64 / pairs.len() as f64,
    );
    let mut rng = Rng(42);
    let n = 1 << 16;
    let hits = (0..n)
        .map(|_| {
            let (ndc, lot) = &pairs[rng.below(pairs.len() as u64) as usize];
            (ndc.parse().unwrap(), lot.parse().unwrap())
        })
        .collect();
    let misses = (0..n)
        .map(|_| {
            let (ndc, _) = &pairs[rng.below(pairs.len() as u64) as usize];
            (
                ndc.parse().unwrap(),
                format!("ZZ{}", lot(&mut rng)).parse().unwrap(),
            )
        })
        .collect();
    Setup {
        reg,
        bytes,
        hits,
        misses,
    }
}

/// `len` slots holding one random cycle through all of them.
fn chase_buffer(len: usize, seed: u64) -> Vec<usize> {
    let len = len.max(2);
    let mut rng = Rng(seed);
    let mut order: Vec<usize> = (0..len).collect();
    for i in (1..len).rev() {
        let j = rng.below(i as u64) as usize;
        order.swap(i, j);
    }
    let mut next = vec![0usize; len];
    for w in 0..len {
        next[order[w]] = order[(w + 1) % len];
    }
    next
}

fn lookups(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookup");
    for (label, entries) in [("1k", 1_000), ("1M", 1_000_000)] {
        let s = setup(entries);
        assert!(
            s.hits
                .iter()
                .take(100)
                .all(|(n, l)| s.reg.lookup(n, l).is_recalled())
        );
        assert!(
            s.misses
                .iter()
                .take(100)
                .all(|(n, l)| !s.reg.lookup(n, l).is_recalled())
        );
        // "hot": 64 queries cycled, so the index lines they touch stay in cache (the CPU
        // cost of a lookup); "random": 65 536 queries spread over the whole index (adds
        // the memory latency of a large table).
        for (kind, queries, n) in [
            ("hit_hot", &s.hits, 64),
            ("miss_hot", &s.misses, 64),
            ("hit_random", &s.hits, 1 << 16),
            ("miss_random", &s.misses, 1 << 16),
        ] {
            let queries = &queries[..n];
            group.bench_function(BenchmarkId::new(kind, label), |b| {
                let mut i = 0usize;
                b.iter(|| {
                    let (ndc, lot) = &queries[i & (n - 1)];
                    i = i.wrapping_add(1);
                    black_box(s.reg.lookup(black_box(ndc), black_box(lot)))
                })
            });
        }
        // The yardstick: one dependent random read (a pointer chase through a random
        // cycle, Sattolo's shuffle) over a buffer as large as the registry.
        let chase = chase_buffer(s.bytes / 8, 99);
        group.bench_function(BenchmarkId::new("pointer_chase", label), |b| {
            let mut at = 0usize;
            b.iter(|| {
                at = chase[at];
                black_box(at)
            })
        });
        group.bench_function(BenchmarkId::new("str_bare_10_digits", label), |b| {
            b.iter(|| {
                black_box(
                    s.reg
                        .lookup_str(black_box("0185002201"), black_box("jx6411")),
                )
            })
        });
    }
    group.finish();
}

fn ingest(c: &mut Criterion) {
    let (doc, _) = document(7, 2_000, 5);
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.bench_function("serde_json_value_from_slice", |b| {
        b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(black_box(&doc)).unwrap()))
    });
    group.bench_function("serde_json_value_from_reader", |b| {
        b.iter(|| {
            black_box(serde_json::from_reader::<_, serde_json::Value>(black_box(&doc[..])).unwrap())
        })
    });
    group.bench_function("read_enforcement_reader", |b| {
        b.iter(|| {
            let mut n = 0usize;
            read_enforcement(black_box(&doc[..]), LoadOptions::default(), |r| {
                n += black_box(r).code_info.len()
            })
            .unwrap();
            n
        })
    });
    // The slice parser is reached through the registry (`registry_add_openfda_slice`).
    group.bench_function("registry_add_openfda_reader", |b| {
        b.iter(|| {
            let mut reg = RecallRegistry::new();
            reg.add_openfda(black_box(&doc[..]), LoadOptions::default())
                .unwrap();
            reg
        })
    });
    group.bench_function("registry_add_openfda_slice", |b| {
        b.iter(|| {
            let mut reg = RecallRegistry::new();
            reg.add_openfda_slice(black_box(&doc), LoadOptions::default())
                .unwrap();
            reg
        })
    });
    group.finish();
}

criterion_group!(benches, lookups, ingest);
criterion_main!(benches);
