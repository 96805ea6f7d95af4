//! Lot and NDC extraction speed at growing text sizes: the time per byte should stay
//! flat (extraction is linear in the text). Texts are built from record-like pieces
//! and from adversarial runs (one long digit group, many "all", many ranges).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use legcramps::recall::{extract_lots, extract_ndcs};

/// A code text in the shape of a long openFDA `code_info`, about `n` list items long.
fn record_like(n: usize) -> String {
    let mut s = String::from("Lot #: ");
    for i in 0..n {
        s.push_str(&format!(
            "{:02}{:06}A, Exp {}/{}/2024; ",
            i % 97,
            i,
            1 + i % 12,
            1 + i % 28
        ));
        if i % 50 == 0 {
            s.push_str("NDC 0185-0022-01, Service Code 3V8705 , Lot Number 160380161M ; ");
        }
    }
    s
}

/// Space-separated digit tokens after one label: one huge digit group.
fn one_digit_group(n: usize) -> String {
    let mut s = String::from("Lot ");
    for i in 0..n {
        s.push_str(&format!("{} ", 1000 + i % 9000));
    }
    s
}

/// Many "all" words, many ranges and many dates.
fn mixed(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "all all lots A{i:05} to B{i:05} between May 2014 and 06/{} ",
            i % 28
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    type Build = fn(usize) -> String;
    let shapes: [(&str, Build); 3] = [
        ("record_like", record_like),
        ("one_digit_group", one_digit_group),
        ("mixed", mixed),
    ];
    for (name, build) in shapes {
        let mut group = c.benchmark_group(format!("extract_lots/{name}"));
        for n in [100, 1_000, 10_000] {
            let text = build(n);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, t| {
                b.iter(|| extract_lots(black_box(t)))
            });
        }
        group.finish();
    }
    let mut group = c.benchmark_group("extract_ndcs/record_like");
    for n in [100, 10_000] {
        let text = record_like(n);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, t| {
            b.iter(|| extract_ndcs(black_box(t)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
