//! The doctor-visit report: content, numbers, cases, caller-text safety.
//!
//! One test binary per area (each module was a binary of its own); the helpers all
//! binaries share are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod cases;
mod content;
mod numbers;
mod safety;
