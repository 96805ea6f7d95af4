//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The folder of shared reference data (openFDA records, FHIR schema), from the
/// `LEGCRAMPS_SHARED` environment variable.
///
/// Tests that call this are `#[ignore = "needs LEGCRAMPS_SHARED"]`, so a plain
/// `cargo test` lists them as ignored; `.ci/run` runs them with `--include-ignored`.
///
/// - unset: panics, because the test was asked for explicitly (`--include-ignored` or
///   `--ignored`) and cannot run; a skipped test must not count as passed;
/// - set but missing: panics, so CI fails instead of silently skipping.
///
/// It returns an `Option` so that callers read `let Some(dir) = ... else { return }`;
/// it never returns `None`.
pub fn shared_dir(test: &str) -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("LEGCRAMPS_SHARED") else {
        panic!(
            "{test} needs LEGCRAMPS_SHARED (the folder of shared reference data, e.g. \
             LEGCRAMPS_SHARED=../shared); it is not set"
        );
    };
    let dir = PathBuf::from(dir);
    assert!(
        dir.is_dir(),
        "LEGCRAMPS_SHARED is set to {} but that folder does not exist",
        dir.display()
    );
    Some(dir)
}

/// A file inside the shared folder; panics when the folder is set but the file is missing.
pub fn shared_file(test: &str, relative: &str) -> Option<PathBuf> {
    let path = shared_dir(test)?.join(relative);
    assert!(
        path.is_file(),
        "{} is missing from LEGCRAMPS_SHARED",
        path.display()
    );
    Some(path)
}
