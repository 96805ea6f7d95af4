//! The assessment: cases, triage, weights, medications, JSON contract, properties.
//!
//! One test binary per area (each module was a binary of its own); the helpers all
//! binaries share are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod cases;
mod clinical_review;
mod example;
mod json;
mod medications;
mod props;
mod triage;
mod weights;
