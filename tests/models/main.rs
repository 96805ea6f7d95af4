//! The input models: episodes, diary, profile, builders, time zones, properties.
//!
//! One test binary per area (each module was a binary of its own); the helpers all
//! binaries share are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod builders;
mod diary;
mod episode;
mod profile;
mod props;
mod time_zones;
