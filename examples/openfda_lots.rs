//! Prints what each openFDA enforcement record recalls, one JSON line per record.
//!
//! ```text
//! cargo run --example openfda_lots -- recalls.json
//! ```
//!
//! Each line: `{"recall_number": ..., "lots": [...], "all_lots": bool,
//! "ranges": [[first, last], ...], "ndcs": [...]}`, where `ndcs` holds the package NDCs
//! (from the text and the `openfda` block; all three readings of a bare 10-digit code)
//! and then the product-only NDCs, each as written. Records that cannot be read are
//! reported on stderr with their index and the reason. Exit status 1 with a one-line
//! error for a file that cannot be read, 2 for bad arguments.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::process::ExitCode;

use legcramps::Recall;
use legcramps::recall::{LoadOptions, read_enforcement};

/// One output line (a struct so the keys keep this order).
#[derive(serde::Serialize)]
struct Line<'a> {
    recall_number: &'a str,
    lots: Vec<&'a str>,
    all_lots: bool,
    ranges: Vec<[&'a str; 2]>,
    ndcs: Vec<String>,
}

fn run() -> Result<(), (u8, String)> {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        return Err((2, "usage: openfda_lots FILE".to_owned()));
    };
    let file = File::open(&path).map_err(|e| (1, format!("cannot open {path}: {e}")))?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut write_error = None;
    let report = read_enforcement(
        BufReader::new(file),
        LoadOptions::default().without_raw(),
        |record| {
            if write_error.is_some() {
                return;
            }
            let recall = Recall::from_enforcement(&record);
            let mut ndcs: Vec<String> = recall.ndcs.iter().map(ToString::to_string).collect();
            ndcs.extend(recall.product_ndcs.iter().map(ToString::to_string));
            let line = Line {
                recall_number: record.recall_number.as_str(),
                lots: recall.lots.iter().map(|l| l.lot.as_str()).collect(),
                all_lots: recall.all_lots,
                ranges: recall
                    .lot_ranges
                    .iter()
                    .map(|(a, b)| [a.as_str(), b.as_str()])
                    .collect(),
                ndcs,
            };
            let written = serde_json::to_string(&line)
                .map_err(std::io::Error::other)
                .and_then(|text| writeln!(out, "{text}"));
            if let Err(e) = written {
                write_error = Some(e);
            }
        },
    )
    .map_err(|e| (1, format!("cannot read {path}: {e}")))?;
    if let Some(e) = write_error {
        return Err((1, format!("cannot write: {e}")));
    }
    out.flush().map_err(|e| (1, format!("cannot write: {e}")))?;
    for skipped in &report.skipped {
        eprintln!("openfda_lots: skipped {skipped}");
    }
    let s = report.summary;
    eprintln!(
        "openfda_lots: {} records read, {} printed, {} skipped",
        s.read, s.kept, s.skipped
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("openfda_lots: error: {message}");
            ExitCode::from(code)
        }
    }
}
