//! The conformance checks, one test binary: FHIR output against the official R4 JSON
//! schema (`fhir_*`), the assessment JSON against the committed `schema/` files
//! (`json_schema`), and caller text through every output layer (`caller_text`,
//! `input_layers`). The helpers shared with the library's own tests are in the root
//! package's `tests/support/`.

#[path = "../../../tests/support/mod.rs"]
mod support;

mod fhir_schema;

mod caller_text;
mod fhir_assessment;
mod fhir_example;
mod fhir_map;
mod fhir_read;
mod fhir_types;
mod input_layers;
mod json_schema;
