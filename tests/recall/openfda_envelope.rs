//! An openFDA envelope names `results` (and `meta`) once (#14): a second one would be
//! merged in or replace the first without a word, so the document is rejected, as a
//! record with a duplicate key is.

use crate::support::openfda::load_enforcement;
use legcramps::recall::RecallRegistry;
use legcramps::recall::{LoadErrorKind, LoadOptions};

const RECORD: &str = r#"{"recall_number": "D-0001-2024", "classification": "Class I",
  "recalling_firm": "F", "product_description": "P", "reason_for_recall": "R",
  "report_date": "20240110", "code_info": "Lot A123"}"#;

#[test]
fn two_results_keys_are_rejected() {
    let doc = format!(r#"{{"results": [{RECORD}], "results": [{RECORD}]}}"#);
    for options in [LoadOptions::lenient(), LoadOptions::strict()] {
        let err = load_enforcement(doc.as_bytes(), options).unwrap_err();
        assert!(matches!(err.kind(), LoadErrorKind::Shape { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            r#"not an openFDA enforcement document: the object has two "results" keys"#
        );
    }
    // All or nothing: the registry keeps none of the first array's records.
    let mut registry = RecallRegistry::new();
    assert!(
        registry
            .add_openfda_slice(doc.as_bytes(), LoadOptions::lenient())
            .is_err()
    );
    assert!(registry.is_empty());
}

#[test]
fn two_meta_keys_are_rejected_and_one_of_each_is_read() {
    let doc = format!(r#"{{"meta": {{}}, "results": [{RECORD}], "meta": {{}}}}"#);
    let err = load_enforcement(doc.as_bytes(), LoadOptions::lenient()).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"not an openFDA enforcement document: the object has two "meta" keys"#
    );
    let doc = format!(r#"{{"meta": {{}}, "results": [{RECORD}], "other": 1}}"#);
    let load = load_enforcement(doc.as_bytes(), LoadOptions::lenient()).unwrap();
    assert_eq!(load.records.len(), 1);
}
