//! Validation of FHIR JSON against the official R4 JSON schema (draft-06), read from
//! `$LEGCRAMPS_SHARED/fhir/fhir.schema.json` (never copied into the repository).
//!
//! Used by the `fhir_*` modules of this binary.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Value, json};

/// The schema's `definitions`, loaded once per test binary (panics when
/// `LEGCRAMPS_SHARED` is unset: the callers are `#[ignore]`d tests, see `support::shared::shared_dir`).
fn definitions(test: &str) -> Option<&'static Value> {
    static DEFINITIONS: OnceLock<Option<Value>> = OnceLock::new();
    DEFINITIONS
        .get_or_init(|| {
            let path = crate::support::shared::shared_file(test, "fhir/fhir.schema.json")?;
            let text = std::fs::read_to_string(&path).expect("read fhir.schema.json");
            let mut schema: Value = serde_json::from_str(&text).expect("parse fhir.schema.json");
            assert_eq!(schema["$schema"], "http://json-schema.org/draft-06/schema#");
            Some(schema["definitions"].take())
        })
        .as_ref()
}

/// A draft-06 validator for one definition: `{"$ref": "#/definitions/<name>", ...}`.
fn validator(test: &str, name: &str) -> Option<Arc<jsonschema::Validator>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<jsonschema::Validator>>>> = OnceLock::new();
    let defs = definitions(test)?;
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().expect("validator cache");
    let v = cache.entry(name.to_owned()).or_insert_with(|| {
        assert!(
            defs.get(name).is_some(),
            "the schema has no definition {name}"
        );
        let sub = json!({ "$ref": format!("#/definitions/{name}"), "definitions": defs });
        Arc::new(jsonschema::draft6::new(&sub).expect("compile FHIR schema"))
    });
    Some(Arc::clone(v))
}

/// The schema errors for `value` checked against the definition of its own
/// `resourceType` (never `None`: see `definitions`).
pub fn schema_errors(test: &str, value: &Value) -> Option<Vec<String>> {
    let name = value["resourceType"]
        .as_str()
        .expect("a resource has a resourceType");
    let v = validator(test, name)?;
    Some(
        v.iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect(),
    )
}

/// Asserts that `value` is valid against its own definition; returns true (the `false`
/// of a skipped test is gone: see `definitions`).
pub fn assert_valid(test: &str, value: &Value) -> bool {
    match schema_errors(test, value) {
        None => false,
        Some(errors) => {
            assert!(
                errors.is_empty(),
                "{test}: {} is not valid FHIR R4:\n{}\n{}",
                value["resourceType"],
                errors.join("\n"),
                serde_json::to_string_pretty(value).unwrap_or_default()
            );
            true
        }
    }
}
