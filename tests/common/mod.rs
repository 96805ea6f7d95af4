//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

/// The folder of shared reference data (openFDA records, FHIR schema), from the
/// `LEGCRAMPS_SHARED` environment variable.
///
/// - unset: returns `None` after printing why the calling test is skipped;
/// - set but missing: panics, so CI fails instead of silently skipping.
pub fn shared_dir(test: &str) -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("LEGCRAMPS_SHARED") else {
        // Written to the stderr handle, not with `eprintln!`, so the test harness does
        // not capture it: the skip is visible in a plain `cargo test` run.
        let _ = writeln!(
            std::io::stderr(),
            "skipping {test}: LEGCRAMPS_SHARED is not set"
        );
        return None;
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
