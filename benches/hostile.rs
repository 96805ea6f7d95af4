//! Lot and NDC extraction over hostile text at 1 MB and 10 MB: the 10 MB case should
//! take about ten times the 1 MB case (at most about 12x), since both extractors are
//! linear in the text.
//!
//! Run with short settings, e.g.
//! `cargo bench --bench hostile -- --warm-up-time 1 --measurement-time 3 --sample-size 10`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use legcramps::recall::{extract_lots, extract_ndcs};

const MB: usize = 1024 * 1024;

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
fn cases(len: usize) -> Vec<(&'static str, String)> {
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

fn bench(c: &mut Criterion) {
    let small = cases(MB);
    let large = cases(10 * MB);
    for ((name, s), (_, l)) in small.iter().zip(&large) {
        let mut g = c.benchmark_group(format!("hostile/{name}"));
        g.sample_size(10);
        for (label, text) in [("1MB", s), ("10MB", l)] {
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

criterion_group!(benches, bench);
criterion_main!(benches);
