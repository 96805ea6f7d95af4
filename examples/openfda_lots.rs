//! Prints what each enforcement record recalls, one JSON line per record.
//!
//! ```text
//! cargo run --example openfda_lots -- recalls.json
//! cargo run --example openfda_lots -- --openfda a.json --openfda b.json
//! cargo run --example openfda_lots --features fda-csv -- --fda-csv 2016.csv --fda-csv 2017.csv
//! ```
//!
//! Each line: `{"recall_number": ..., "lots": [...], "all_lots": bool,
//! "ranges": [[first, last], ...], "ndcs": [...]}`, where `ndcs` holds the package NDCs
//! (from the text and the `openfda` block; all three readings of a bare 10-digit code)
//! and then the product-only NDCs, each as written. Files are read in the order given:
//! openFDA JSON with `--openfda FILE` (or a bare FILE), FDA Data Dashboard CSV exports
//! with `--fda-csv FILE` (feature `fda-csv`). For each file one line on stderr says
//! `N records read, N kept, N skipped`, after one line per skipped record. Exit status 1
//! with a one-line error for a file that cannot be read, 2 for bad arguments.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use legcramps::recall::{EnforcementRecord, LoadOptions, LoadSummary, Recall, read_recalls_slice};

const USAGE: &str = "usage: openfda_lots [FILE | --openfda FILE | --fda-csv FILE]...";

enum Source {
    OpenFda(String),
    FdaCsv(String),
}

fn parse_args() -> Result<Vec<Source>, String> {
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{arg} needs a value; {USAGE}"))
        };
        match arg.as_str() {
            "--openfda" => files.push(Source::OpenFda(value()?)),
            "--fda-csv" => files.push(Source::FdaCsv(value()?)),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown argument {flag:?}; {USAGE}"));
            }
            _ => files.push(Source::OpenFda(arg)),
        }
    }
    if files.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(files)
}

/// Appends `s` as a JSON string (serde_json's escaping). Text with nothing to escape (no
/// `"`, `\\` or control character: every lot, recall number and NDC read so far) goes
/// in as it is, between quotes, as serde_json would write it.
fn push_json_str(line: &mut Vec<u8>, s: &str) -> std::io::Result<()> {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        line.push(b'"');
        line.extend_from_slice(s.as_bytes());
        line.push(b'"');
        return Ok(());
    }
    serde_json::to_writer(&mut *line, s).map_err(std::io::Error::other)
}

/// Writes one record's line from its recall, keys in this order: `recall_number`,
/// `lots`, `all_lots`, `ranges`, `ndcs` (compact JSON, as `serde_json` writes it). The
/// line is made in `line` and written at once; `scratch` is reused for the NDCs' text.
fn print_record(
    out: &mut impl Write,
    line: &mut Vec<u8>,
    scratch: &mut String,
    recall: Recall,
) -> std::io::Result<()> {
    use std::fmt::Write as _;

    line.clear();
    line.extend_from_slice(b"{\"recall_number\":");
    // Always there for a recall read from a record; `null` would say otherwise.
    match &recall.recall_number {
        Some(n) => push_json_str(line, n.as_str())?,
        None => line.extend_from_slice(b"null"),
    }
    line.extend_from_slice(b",\"lots\":[");
    for (k, l) in recall.lots.iter().enumerate() {
        if k > 0 {
            line.push(b',');
        }
        push_json_str(line, l.lot.as_str())?;
    }
    line.extend_from_slice(if recall.all_lots {
        b"],\"all_lots\":true,\"ranges\":["
    } else {
        b"],\"all_lots\":false,\"ranges\":["
    });
    for (k, (a, b)) in recall.lot_ranges.iter().enumerate() {
        line.extend_from_slice(if k > 0 { b",[" } else { b"[" });
        push_json_str(line, a.as_str())?;
        line.push(b',');
        push_json_str(line, b.as_str())?;
        line.push(b']');
    }
    line.extend_from_slice(b"],\"ndcs\":[");
    let packages = recall.ndcs.iter().map(|n| n as &dyn std::fmt::Display);
    let products = recall
        .product_ndcs
        .iter()
        .map(|n| n as &dyn std::fmt::Display);
    for (k, n) in packages.chain(products).enumerate() {
        if k > 0 {
            line.push(b',');
        }
        scratch.clear();
        write!(scratch, "{n}").map_err(std::io::Error::other)?;
        push_json_str(line, scratch)?;
    }
    line.extend_from_slice(b"]}\n");
    out.write_all(line)
}

fn summary_line(path: &str, s: LoadSummary) {
    eprintln!(
        "openfda_lots: {path}: {} records read, {} kept, {} skipped",
        s.read, s.kept, s.skipped
    );
}

#[cfg(feature = "fda-csv")]
fn read_csv(path: &str, on_record: &mut dyn FnMut(EnforcementRecord)) -> Result<(), (u8, String)> {
    let file = std::fs::File::open(path).map_err(|e| (1, format!("cannot open {path}: {e}")))?;
    let report = legcramps::recall::read_fda_csv(
        std::io::BufReader::new(file),
        LoadOptions::default(),
        on_record,
    )
    .map_err(|e| (1, format!("cannot read {path}: {e}")))?;
    for skipped in &report.skipped {
        eprintln!("openfda_lots: {path}: skipped {skipped}");
    }
    summary_line(path, report.summary);
    Ok(())
}

#[cfg(not(feature = "fda-csv"))]
fn read_csv(path: &str, _: &mut dyn FnMut(EnforcementRecord)) -> Result<(), (u8, String)> {
    Err((
        2,
        format!("cannot read {path}: --fda-csv needs the example built with --features fda-csv"),
    ))
}

fn run() -> Result<(), (u8, String)> {
    let files = parse_args().map_err(|e| (2, e))?;
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut write_error = None;
    let mut line = Vec::new();
    let mut scratch = String::new();
    let mut on_recall = |recall: Recall| {
        if write_error.is_none() {
            if let Err(e) = print_record(&mut out, &mut line, &mut scratch, recall) {
                write_error = Some(e);
            }
        }
    };
    for source in &files {
        match source {
            Source::OpenFda(path) => {
                // One read of the whole file, then the slice parser (faster than
                // pulling bytes through a reader), which reads each record in place and
                // hands on its recall.
                let bytes =
                    std::fs::read(path).map_err(|e| (1, format!("cannot open {path}: {e}")))?;
                let report = read_recalls_slice(&bytes, LoadOptions::default(), &mut on_recall)
                    .map_err(|e| (1, format!("cannot read {path}: {e}")))?;
                for skipped in &report.skipped {
                    eprintln!("openfda_lots: {path}: skipped {skipped}");
                }
                summary_line(path, report.summary);
            }
            // The record is not needed after this: its texts move into the recall.
            Source::FdaCsv(path) => read_csv(path, &mut |record| on_recall(Recall::from(record)))?,
        }
    }
    if let Some(e) = write_error {
        return Err((1, format!("cannot write: {e}")));
    }
    out.flush().map_err(|e| (1, format!("cannot write: {e}")))
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
