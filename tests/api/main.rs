//! The API contract: auto traits, JSON codes, error messages, bad input.
//!
//! One test binary per area (each module was a binary of its own); the helpers all
//! binaries share are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod auto_traits;
mod bad_input;
mod enum_codes;
mod error_echo;
mod model_traits;
