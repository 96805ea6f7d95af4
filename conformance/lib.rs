//! Conformance tests for `legcramps`: its FHIR R4 output validated against the official
//! FHIR R4 JSON schema, read from `$LEGCRAMPS_SHARED/fhir/fhir.schema.json`. The tests
//! are in `tests/`; this library target is empty. The tests that need the schema are
//! `#[ignore = "needs LEGCRAMPS_SHARED"]`; run them with:
//!
//! ```text
//! LEGCRAMPS_SHARED=../shared cargo test -p legcramps-conformance -- --include-ignored
//! ```
#![forbid(unsafe_code)]
