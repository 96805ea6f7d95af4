//! The catalogs: tables, lookups, the medication resolver, serialization, sources.
//!
//! One test binary per area (each module was a binary of its own); the helpers all
//! binaries share are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod lookup;
mod medications;
mod resolve;
mod serde_rows;
mod tables;
mod wording_sources;
