//! Benchmarks for `legcramps`, kept in their own workspace member so that the library,
//! its examples and its tests build without criterion. The benchmarks are the
//! `[[bench]]` targets beside this file:
//!
//! ```text
//! cargo bench -p legcramps-benches --bench recall -- --warm-up-time 1 --measurement-time 3
//! ```
#![forbid(unsafe_code)]
