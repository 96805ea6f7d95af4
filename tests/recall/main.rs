//! Recall lookups: NDC, lots, openFDA and FDA CSV loading, the registry, the built-in recall.
//!
//! One test binary per area (each module was a binary of its own); the helpers all
//! binaries share are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod builtin_sandoz;
mod fda_csv;
mod fda_csv_real;
mod lot_answers;
mod lot_extract;
mod lot_number;
mod lot_quality;
mod lot_scope;
mod ndc_extract;
mod ndc_oracle;
mod ndc_parse;
mod openfda_envelope;
mod openfda_load;
mod openfda_real;
mod registry_answers;
mod registry_lookup;
mod registry_model;
mod registry_serialize;
