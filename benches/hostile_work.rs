//! Runs one hostile case of issue #12 once, for counting its instructions under
//! callgrind (`scripts/linearity-instructions` runs every case at 1 and 16 MB): an
//! instruction count does not depend on the cache, so it tells whether the *work*
//! grows linearly, apart from the memory hierarchy that the `hostile` bench's wall
//! times also measure.
//!
//! ```text
//! cargo build --release -p legcramps-benches --bin hostile-work
//! valgrind --tool=callgrind --toggle-collect='*measured*' \
//!     target/release/hostile-work ndcs_x_lots/ingest 1
//! ```
//!
//! Cases: `DOC/ingest` for each record-shaped document (`ndcs_x_lots`, `distinct_ndcs`,
//! `same_key`, `half_dated_lots`, `excluded_lots`, ...), `DOC/lookup` for each of
//! `LOOKUPS`, `same_key/lookup_bare_10_digits`, `serialize`, and
//! `TEXT/extract_lots` or `TEXT/extract_ndcs` for each hostile text (`digits`,
//! `range_chain`, `left_out_sentences`, ...). Only `measured` is counted: building the
//! input is not.

use std::hint::black_box;
use std::process::ExitCode;

use legcramps::recall::{RecallRegistry, extract_lots, extract_ndcs};
use legcramps_benches::hostile_input::{LOOKUPS, MB, documents, load, ordinary_registry, texts};

/// What one case does, on input built beforehand.
enum Work {
    Ingest(Vec<u8>),
    Lookup(RecallRegistry, &'static str, &'static str),
    Serialize(RecallRegistry),
    Lots(String),
    Ndcs(String),
}

/// The work whose instructions are counted.
#[inline(never)]
fn measured(work: &Work) {
    match work {
        Work::Ingest(doc) => drop(black_box(load(doc))),
        Work::Lookup(reg, ndc, lot) => drop(black_box(reg.lookup_str(ndc, lot))),
        Work::Serialize(reg) => drop(black_box(serde_json::to_writer(std::io::sink(), reg))),
        Work::Lots(text) => drop(black_box(extract_lots(text))),
        Work::Ndcs(text) => drop(black_box(extract_ndcs(text))),
    }
}

/// The input of `case` at `len` bytes (only that case's inputs are built).
fn work(case: &str, len: usize) -> Option<Work> {
    let (input, what) = case.split_once('/').unwrap_or((case, ""));
    let text = || {
        texts(len)
            .into_iter()
            .find(|(n, _)| *n == input)
            .map(|(_, t)| t)
    };
    let doc = || {
        documents(len)
            .into_iter()
            .find(|(n, _)| *n == input)
            .map(|(_, d)| d)
    };
    match what {
        _ if input == "serialize" => Some(Work::Serialize(ordinary_registry(len).0)),
        "extract_lots" => text().map(Work::Lots),
        "extract_ndcs" => text().map(Work::Ndcs),
        "ingest" => doc().map(Work::Ingest),
        "lookup" => {
            let (_, ndc, lot) = LOOKUPS.iter().find(|(n, _, _)| *n == input)?;
            doc().map(|d| Work::Lookup(load(&d), ndc, lot))
        }
        "lookup_bare_10_digits" => doc().map(|d| Work::Lookup(load(&d), "0185002201", "JX6411")),
        _ => None,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(case), Some(Ok(mb))) = (args.first(), args.get(1).map(|s| s.parse::<usize>())) else {
        eprintln!("usage: hostile-work CASE MEGABYTES (see the file's docs for the cases)");
        return ExitCode::FAILURE;
    };
    let Some(work) = work(case, mb * MB) else {
        eprintln!("hostile-work: no case {case:?}");
        return ExitCode::FAILURE;
    };
    measured(&work);
    ExitCode::SUCCESS
}
