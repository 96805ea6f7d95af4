//! Properties of the openFDA loader on generated documents.

use crate::support::openfda::{layout, load_enforcement};
use legcramps::recall::{EnforcementRecord, LoadErrorKind, LoadOptions, RecallRegistry};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A valid record built from a few generated values.
fn good_record() -> impl Strategy<Value = Value> {
    (
        "[DFZ]-[0-9]{3,4}-20[0-9]{2}",
        prop::sample::select(vec!["Class I", "Class II", "Class III"]),
        prop::option::of(prop::sample::select(vec![
            "Ongoing",
            "Completed",
            "Terminated",
            "Pending",
        ])),
        "[A-Za-z ,.]{0,30}",
        "[A-Za-z0-9 #:,;./-]{0,60}",
        (2012i32..2026, 1u32..=12, 1u32..=28),
        prop::option::of(0u64..1_000_000),
        any::<bool>(),
    )
        .prop_map(
            |(number, class, status, firm, code, (y, m, d), event, list_text)| {
                let mut v = json!({
                    "recall_number": number,
                    "classification": class,
                    "recalling_firm": firm,
                    "product_description": "Tablets, NDC 12345-678-90",
                    "reason_for_recall": "Reason",
                    "report_date": format!("{y:04}{m:02}{d:02}"),
                    "code_info": if list_text { json!([code, "more"]) } else { json!(code) },
                    "openfda": {"package_ndc": "12345-678-90", "unknown": [1, 2]},
                    "some_future_field": {"x": 1},
                });
                if let Some(s) = status {
                    v["status"] = json!(s);
                }
                if let Some(e) = event {
                    v["event_id"] = json!(e.to_string());
                }
                v
            },
        )
}

/// A record that must be skipped, and why it is bad.
fn bad_record() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        Just(json!(42)),
        Just(json!("text")),
        Just(json!({})),
        good_record().prop_map(|mut v| {
            v["classification"] = json!("Class IV");
            v
        }),
        good_record().prop_map(|mut v| {
            v["report_date"] = json!("2024-13-01");
            v
        }),
        good_record().prop_map(|mut v| {
            v["event_id"] = json!("12a");
            v
        }),
        good_record().prop_map(|mut v| {
            v.as_object_mut().map(|o| o.remove("recalling_firm"));
            v
        }),
    ]
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = load_enforcement(&bytes[..], LoadOptions::default());
        let _ = load_enforcement(&bytes[..], LoadOptions::strict());
    }

    #[test]
    fn never_panics_on_arbitrary_json_text(text in r#"[\[\]{}",:0-9a-z ]{0,80}"#) {
        let _ = load_enforcement(text.as_bytes(), LoadOptions::default());
    }

    #[test]
    fn every_bad_record_is_reported_and_every_good_one_kept(
        items in prop::collection::vec(prop_oneof![good_record().prop_map(|v| (true, v)), bad_record().prop_map(|v| (false, v))], 0..20),
        envelope in any::<bool>(),
    ) {
        let array = Value::Array(items.iter().map(|(_, v)| v.clone()).collect());
        let doc = if envelope { json!({"meta": {"disclaimer": "d"}, "results": array}) } else { array };
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let load = load_enforcement(text.as_bytes(), LoadOptions::default()).unwrap();
        let s = load.report.summary;
        prop_assert_eq!(s.read, items.len());
        prop_assert_eq!(s.read, s.kept + s.skipped);
        let bad: Vec<usize> = items.iter().enumerate().filter(|(_, (ok, _))| !ok).map(|(i, _)| i).collect();
        let reported: Vec<usize> = load.report.skipped.iter().map(|r| r.index).collect();
        prop_assert_eq!(reported, bad.clone());
        prop_assert_eq!(load.records.len(), items.len() - bad.len());
        prop_assert_eq!(layout(&load.report), if envelope { "envelope" } else { "bare_array" });
        // Strict mode stops at the first bad one.
        match (load_enforcement(text.as_bytes(), LoadOptions::strict()), bad.first()) {
            (Ok(l), None) => prop_assert_eq!(&l.records, &load.records),
            (Err(e), Some(&first)) => {
                let index = match e.kind() {
                    LoadErrorKind::BadRecord(s) => s.index,
                    other => return Err(TestCaseError::fail(format!("{other:?}"))),
                };
                prop_assert_eq!(index, first);
            }
            (other, first) => return Err(TestCaseError::fail(format!("{other:?} vs {first:?}"))),
        }
        // The in-memory reader (behind `add_openfda_slice`) agrees with the streaming one.
        let (mut via_slice, mut via_reader) = (RecallRegistry::new(), RecallRegistry::new());
        let report = via_slice.add_openfda_slice(text.as_bytes(), LoadOptions::default()).unwrap();
        let streamed = via_reader.add_openfda(text.as_bytes(), LoadOptions::default()).unwrap();
        prop_assert_eq!(via_slice.recalls(), via_reader.recalls());
        prop_assert_eq!(via_slice.len(), load.records.len());
        prop_assert_eq!(&report, &streamed);
        prop_assert_eq!(report, load.report.clone());
        // Each kept record's raw text is one of the good items, and reads back the same.
        for r in &load.records {
            let raw = r.raw_json().unwrap();
            prop_assert_eq!(&serde_json::from_str::<EnforcementRecord>(raw).unwrap(), r);
        }
    }

    #[test]
    fn records_round_trip_through_own_json(item in good_record()) {
        let r: EnforcementRecord = serde_json::from_value(item).unwrap();
        let back: EnforcementRecord = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
    }
}

/// The issue's 40 dropped records (#13): numbers such as `N/A`, `D-66403-001` and
/// `D-0731-201` are kept as written from openFDA JSON too, flagged as unusual, and a
/// registry built from them answers for their lots.
#[test]
fn odd_recall_numbers_are_kept_from_json() {
    let odd = ["N/A", "D-66403-001", "D-141-12013", "D-0731-201"];
    let records: Vec<Value> = odd
        .iter()
        .chain(["D-0354-2023"].iter())
        .map(|n| {
            json!({"recall_number": n, "classification": "Class II", "recalling_firm": "F",
                   "product_description": "Tablets, NDC 12345-678-90",
                   "reason_for_recall": "R", "report_date": "20220101",
                   "code_info": "Lot#: 1D90A"})
        })
        .collect();
    let doc = serde_json::to_vec(&records).unwrap();
    let load = load_enforcement(&doc[..], LoadOptions::strict()).unwrap();
    assert_eq!(load.report.summary.kept, 5);
    let flags: Vec<bool> = load
        .records
        .iter()
        .map(|r: &EnforcementRecord| r.recall_number.has_usual_shape())
        .collect();
    assert_eq!(flags, [false, false, false, false, true]);
    let mut reg = legcramps::recall::RecallRegistry::new();
    reg.add_openfda_slice(&doc, LoadOptions::strict()).unwrap();
    assert_eq!(
        reg.lookup_str("12345-678-90", "1D90A")
            .unwrap()
            .matches
            .len(),
        5
    );
    // Serializing the registry and reading it back keeps the numbers and their flags.
    let back: legcramps::recall::RecallRegistry =
        serde_json::from_str(&serde_json::to_string(&reg).unwrap()).unwrap();
    let numbers: Vec<(String, bool)> = back
        .recalls()
        .iter()
        .filter_map(|r| r.recall_number.as_ref())
        .map(|n| (n.to_string(), n.has_usual_shape()))
        .collect();
    assert_eq!(
        numbers,
        [
            ("N/A".to_owned(), false),
            ("D-66403-001".to_owned(), false),
            ("D-141-12013".to_owned(), false),
            ("D-0731-201".to_owned(), false),
            ("D-0354-2023".to_owned(), true)
        ]
    );
}
