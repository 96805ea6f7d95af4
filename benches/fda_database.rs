//! The whole FDA drug recall database (22 FDA Data Dashboard CSV files, 17,726 records,
//! `openfda/` in the shared folder), converted to one openFDA JSON document in memory:
//! registry ingest beside a bare `serde_json::Value` parse of the same bytes, from a
//! slice and from a reader, the typed slice reader alone and with each record's recall
//! scope (lots and NDCs, as `openfda_lots` reads them), and the CSV reader itself.
//!
//! ```text
//! LEGCRAMPS_SHARED=/work/shared cargo bench -p legcramps-benches --bench fda_database -- \
//!     --warm-up-time 1 --measurement-time 5
//! ```
//!
//! Without `LEGCRAMPS_SHARED` the bench says so and measures nothing. The conversion
//! follows `scripts/fda-csv-to-json` (openFDA field names, `YYYYMMDD` dates, the `More
//! Code Info` overflow in `more_code_info`), except that values the CSV wrote as `N/A`
//! are left out instead of kept as text.

use std::hint::black_box;
use std::io::BufReader;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use legcramps::recall::{
    EnforcementRecord, LoadOptions, Recall, RecallRegistry, read_enforcement_slice, read_fda_csv,
};
use serde_json::{Map, Value, json};

fn csv_files() -> Option<Vec<PathBuf>> {
    let Some(dir) = std::env::var_os("LEGCRAMPS_SHARED") else {
        eprintln!("fda_database: LEGCRAMPS_SHARED is not set; nothing to measure");
        return None;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(PathBuf::from(dir).join("openfda"))
        .expect("the shared openfda folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    Some(files)
}

/// One record in openFDA's own JSON form.
fn openfda_object(r: &EnforcementRecord) -> Value {
    let mut m = Map::new();
    let mut text = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            m.insert(k.to_owned(), json!(v));
        }
    };
    text("product_type", &r.product_type);
    text("address_1", &r.address_1);
    text("address_2", &r.address_2);
    text("city", &r.city);
    text("state", &r.state);
    text("postal_code", &r.postal_code);
    text("country", &r.country);
    text("voluntary_mandated", &r.voluntary_mandated);
    text("initial_firm_notification", &r.initial_firm_notification);
    text("distribution_pattern", &r.distribution_pattern);
    text("product_quantity", &r.product_quantity);
    text("more_code_info", &r.more_code_info);
    let ymd = |d: &chrono::NaiveDate| d.format("%Y%m%d").to_string();
    for (k, d) in [
        ("recall_initiation_date", &r.recall_initiation_date),
        ("center_classification_date", &r.center_classification_date),
        ("termination_date", &r.termination_date),
    ] {
        if let Some(d) = d {
            m.insert(k.to_owned(), json!(ymd(d)));
        }
    }
    if let Some(e) = r.event_id {
        m.insert("event_id".into(), json!(e.to_string()));
    }
    if let Some(s) = &r.status {
        m.insert("status".into(), json!(s.as_fda_str()));
    }
    m.insert("recall_number".into(), json!(r.recall_number.as_str()));
    m.insert(
        "classification".into(),
        json!(r.classification.as_fda_str()),
    );
    m.insert("recalling_firm".into(), json!(r.recalling_firm));
    m.insert("product_description".into(), json!(r.product_description));
    m.insert("reason_for_recall".into(), json!(r.reason_for_recall));
    m.insert("report_date".into(), json!(ymd(&r.report_date)));
    m.insert("code_info".into(), json!(r.code_info));
    m.insert("openfda".into(), json!({}));
    Value::Object(m)
}

fn database(c: &mut Criterion) {
    let Some(files) = csv_files() else {
        return;
    };
    let csvs: Vec<Vec<u8>> = files
        .iter()
        .map(|p| std::fs::read(p).expect("a CSV file"))
        .collect();
    let mut results = Vec::new();
    for bytes in &csvs {
        read_fda_csv(&bytes[..], LoadOptions::strict(), |r| {
            results.push(openfda_object(&r))
        })
        .expect("the export reads strictly");
    }
    let doc = serde_json::to_vec(&json!({ "results": results })).expect("JSON");
    eprintln!(
        "fda_database: {} records, {} CSV bytes, {} JSON bytes",
        results.len(),
        csvs.iter().map(Vec::len).sum::<usize>(),
        doc.len()
    );
    drop(results);

    let mut group = c.benchmark_group("fda_database");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.bench_function("serde_json_value_from_slice", |b| {
        b.iter(|| black_box(serde_json::from_slice::<Value>(black_box(&doc)).unwrap()))
    });
    group.bench_function("serde_json_value_from_reader", |b| {
        b.iter(|| {
            black_box(
                serde_json::from_reader::<_, Value>(BufReader::new(black_box(&doc[..]))).unwrap(),
            )
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
    group.bench_function("registry_add_openfda_reader", |b| {
        b.iter(|| {
            let mut reg = RecallRegistry::new();
            reg.add_openfda(BufReader::new(black_box(&doc[..])), LoadOptions::default())
                .unwrap();
            reg
        })
    });
    // The typed records alone (the one-pass slice reader), and with each record's
    // scope read as `openfda_lots` does.
    group.bench_function("read_enforcement_slice", |b| {
        b.iter(|| {
            let mut n = 0usize;
            read_enforcement_slice(black_box(&doc), LoadOptions::default().without_raw(), |r| {
                n += black_box(r).code_info.len()
            })
            .unwrap();
            n
        })
    });
    group.bench_function("read_enforcement_slice_recall_scope", |b| {
        b.iter(|| {
            let mut n = 0usize;
            read_enforcement_slice(black_box(&doc), LoadOptions::default().without_raw(), |r| {
                n += Recall::from_enforcement(&r).lots.len()
            })
            .unwrap();
            n
        })
    });
    group.bench_function("read_fda_csv_22_files", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for bytes in &csvs {
                read_fda_csv(black_box(&bytes[..]), LoadOptions::default(), |r| {
                    n += black_box(r).code_info.len()
                })
                .unwrap();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, database);
criterion_main!(benches);
