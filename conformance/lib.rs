//! Conformance tests for `legcramps`: its FHIR R4 output validated against the official
//! FHIR R4 JSON schema, read from `$LEGCRAMPS_SHARED/fhir/fhir.schema.json`. The tests
//! are in `tests/`; this library target is empty.
//!
//! ```text
//! LEGCRAMPS_SHARED=../shared cargo test -p legcramps-conformance
//! ```
#![forbid(unsafe_code)]
