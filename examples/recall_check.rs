//! Is this NDC and lot recalled?
//!
//! ```text
//! cargo run --example recall_check -- --ndc 0185-0022-01 --lot JX6411
//! cargo run --example recall_check -- --ndc 50228-177-05 --lot G177092 --openfda recalls.json
//! cargo run --example recall_check --features fda-csv -- --ndc 0185-0022-01 --lot KS3939 --fda-csv 2022.csv
//! cargo run --example recall_check            # checks a built-in demo pair
//! ```
//!
//! Prints one JSON object: `{"recalled": bool, "matches": [...], "near_misses": [...]}`.
//! Each match names the recall number, firm, product, reason, class and why it matched.
//! The registry always holds the built-in recalls; each `--openfda FILE` (bulk file, API
//! page or bare array) and each `--fda-csv FILE` (an FDA Data Dashboard CSV export;
//! feature `fda-csv`) adds more, and prints on stderr one line per file,
//! `N records read, N kept, N skipped`. Exit status 0 whether or not the item is recalled;
//! 2 for bad arguments, 1 for a file that cannot be read; the error is one line on stderr.

use std::fs::File;
use std::io::{BufReader, Write};
use std::process::ExitCode;

use legcramps::recall::{LoadOptions, LoadSummary, LotBasis, NdcBasis, RecallSource};
use legcramps::recall::{Recall, RecallRegistry};
use serde_json::{Value, json};

const USAGE: &str =
    "usage: recall_check [--ndc NDC --lot LOT] [--openfda FILE]... [--fda-csv FILE]...";
const DEMO: (&str, &str) = ("0185-0022-01", "JX6411");

/// The printed answer (a struct so the keys keep this order).
#[derive(serde::Serialize)]
struct Output<'a> {
    recalled: bool,
    ndc: &'a str,
    lot: &'a str,
    matches: Vec<Value>,
    near_misses: Vec<Value>,
}

struct Args {
    ndc: String,
    lot: String,
    files: Vec<(Format, String)>,
}

#[derive(Clone, Copy)]
enum Format {
    OpenFda,
    FdaCsv,
}

fn parse_args() -> Result<Args, String> {
    let mut ndc = None;
    let mut lot = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{flag} needs a value; {USAGE}"))
        };
        match flag.as_str() {
            "--ndc" => ndc = Some(value()?),
            "--lot" => lot = Some(value()?),
            "--openfda" => files.push((Format::OpenFda, value()?)),
            "--fda-csv" => files.push((Format::FdaCsv, value()?)),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    match (ndc, lot) {
        (Some(ndc), Some(lot)) => Ok(Args { ndc, lot, files }),
        (None, None) => {
            eprintln!(
                "recall_check: no --ndc/--lot given; checking the built-in demo pair NDC {} lot {}",
                DEMO.0, DEMO.1
            );
            Ok(Args {
                ndc: DEMO.0.to_owned(),
                lot: DEMO.1.to_owned(),
                files,
            })
        }
        _ => Err(format!("--ndc and --lot go together; {USAGE}")),
    }
}

fn lot_basis(b: &LotBasis) -> Value {
    match b {
        LotBasis::ExactLot => json!("exact_lot"),
        LotBasis::LotRange { first, last } => json!({"lot_range": [first, last]}),
        LotBasis::AllLots => json!("all_lots"),
        _ => json!("other"),
    }
}

fn why(lot: &LotBasis, ndc: Option<NdcBasis>) -> String {
    let lot = match lot {
        LotBasis::ExactLot => "the lot is listed".to_owned(),
        LotBasis::LotRange { first, last } => format!("the lot is in the range {first} to {last}"),
        LotBasis::AllLots => "the recall covers all lots".to_owned(),
        _ => "the lot matched".to_owned(),
    };
    match ndc {
        Some(NdcBasis::Package) => format!("{lot} and the recall names this package NDC"),
        Some(NdcBasis::Product) => format!("{lot} and the recall names this product NDC"),
        _ => lot,
    }
}

fn describe(recall: &Recall) -> Value {
    let source = match recall.source {
        RecallSource::Builtin(id) => format!("built-in {id}"),
        _ => "openFDA".to_owned(),
    };
    json!({
        "recall_number": recall.recall_number,
        "source": source,
        "firm": recall.firm,
        "product": recall.product,
        "reason": recall.reason,
        "class": recall.class.map(|c| c.as_fda_str()),
        "status": recall.status.as_ref().map(|s| s.as_fda_str()),
    })
}

/// Reads an FDA Data Dashboard CSV export into the registry (all or nothing).
#[cfg(feature = "fda-csv")]
fn add_fda_csv(
    reg: &mut RecallRegistry,
    f: File,
    file: &str,
) -> Result<(LoadSummary, Vec<String>), (u8, String)> {
    let load = legcramps::recall::load_fda_csv(BufReader::new(f), LoadOptions::default())
        .map_err(|e| (1, format!("cannot read {file}: {e}")))?;
    for record in &load.records {
        reg.add_record(record)
            .map_err(|e| (1, format!("cannot add {file}: {e}")))?;
    }
    let skipped = load
        .report
        .skipped
        .iter()
        .map(ToString::to_string)
        .collect();
    Ok((load.report.summary, skipped))
}

#[cfg(not(feature = "fda-csv"))]
fn add_fda_csv(
    _: &mut RecallRegistry,
    _: File,
    file: &str,
) -> Result<(LoadSummary, Vec<String>), (u8, String)> {
    Err((
        2,
        format!("cannot read {file}: --fda-csv needs the example built with --features fda-csv"),
    ))
}

fn run() -> Result<(), (u8, String)> {
    let args = parse_args().map_err(|e| (2, e))?;
    let mut reg = RecallRegistry::with_builtins();
    for (format, file) in &args.files {
        let f = File::open(file).map_err(|e| (1, format!("cannot open {file}: {e}")))?;
        let (s, skipped) = match format {
            Format::OpenFda => {
                let report = reg
                    .add_openfda(BufReader::new(f), LoadOptions::default())
                    .map_err(|e| (1, format!("cannot read {file}: {e}")))?;
                let skipped: Vec<String> = report.skipped.iter().map(ToString::to_string).collect();
                (report.summary, skipped)
            }
            Format::FdaCsv => add_fda_csv(&mut reg, f, file)?,
        };
        for skipped in &skipped {
            eprintln!("recall_check: {file}: skipped {skipped}");
        }
        eprintln!(
            "recall_check: {file}: {} records read, {} kept, {} skipped",
            s.read, s.kept, s.skipped
        );
    }
    let check = reg
        .lookup_str(&args.ndc, &args.lot)
        .map_err(|e| (2, e.to_string()))?;
    let matches: Vec<Value> = check
        .matches
        .iter()
        .filter_map(|m| {
            let mut v = describe(reg.get(m.recall)?);
            let obj = v.as_object_mut()?;
            obj.insert("matched_ndc".into(), json!(m.ndc.to_string()));
            obj.insert("lot_basis".into(), lot_basis(&m.lot));
            obj.insert("ndc_basis".into(), json!(m.ndc_basis));
            obj.insert("why".into(), json!(why(&m.lot, Some(m.ndc_basis))));
            // Whether the recall is over, the lot's expiry and any disagreement between
            // the recall's sources, as the match gives them.
            obj.insert("is_over".into(), json!(m.is_over()));
            for (key, value) in [
                (
                    "termination_date",
                    m.termination_date.map(|d| d.to_string()),
                ),
                ("lot_expiry", m.lot_expiry.as_deref().map(str::to_owned)),
                ("note", m.note.clone()),
            ] {
                if let Some(value) = value {
                    obj.insert(key.into(), json!(value));
                }
            }
            Some(v)
        })
        .collect();
    let near: Vec<Value> = check
        .near_misses
        .iter()
        .filter_map(|n| {
            let mut v = describe(reg.get(n.recall)?);
            let obj = v.as_object_mut()?;
            let under: Vec<String> = n.recalled_under.iter().map(ToString::to_string).collect();
            let why = if under.is_empty() {
                format!("{}, but the recall names no NDC", why(&n.lot, None))
            } else {
                format!(
                    "{}, but under NDC {} (not {})",
                    why(&n.lot, None),
                    under.join(", "),
                    n.ndc
                )
            };
            obj.insert("lot_basis".into(), lot_basis(&n.lot));
            obj.insert("recalled_under".into(), json!(under));
            obj.insert("why".into(), json!(why));
            Some(v)
        })
        .collect();
    let out = Output {
        recalled: check.is_recalled(),
        ndc: &args.ndc,
        lot: &args.lot,
        matches,
        near_misses: near,
    };
    let text = serde_json::to_string_pretty(&out).map_err(|e| (1, e.to_string()))?;
    writeln!(std::io::stdout().lock(), "{text}").map_err(|e| (1, format!("cannot write: {e}")))
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("recall_check: error: {message}");
            ExitCode::from(code)
        }
    }
}
