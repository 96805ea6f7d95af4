//! Write the doctor-visit report (HTML page and Markdown summary) for a person.
//!
//! ```text
//! cargo run --example report                        # sample person, into the current folder
//! cargo run --example report -- out/                # into out/ (created if missing)
//! cargo run --example report -- out/ --days 90      # a 90-night window
//! cargo run --example report -- out/ --input input.json [--recall NDC:LOT]...
//! ```
//!
//! The input document is the one `examples/assess.rs` reads:
//! `{ "as_of": ..., "profile": {...}, "diary": {...} }` (see the `legcramps::assess`
//! module docs); `-` reads it from standard input. Each `--recall NDC:LOT` (e.g.
//! `--recall 0185-0022-01:JX6411`) looks a product the person takes up in the built-in
//! recall registry; the report lists every recall that covers it.
//! The program writes `report.html` and `report.md` and prints their paths. On bad
//! input it prints one line naming the field to standard error and exits with 1.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use legcramps::Report;
use legcramps::assess::AssessmentInput;
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};

/// The sample person shared by the examples (`examples/data/sample-person.json`): a
/// 68-year-old woman on a thiazide and a statin, with arthritis, a sedentary desk job and
/// two recent night cramps, who asks about quinine.
const SAMPLE: &str = include_str!("data/sample-person.json");

struct Args {
    out: PathBuf,
    days: u32,
    input: Option<String>,
    recalls: Vec<(Ndc, LotNumber)>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        out: PathBuf::from("."),
        days: Report::DEFAULT_WINDOW_DAYS,
        input: None,
        recalls: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    let mut out_given = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                return Err(
                    "usage: report [OUT_DIR] [--days N] [--input PATH|-] [--recall NDC:LOT]..."
                        .into(),
                );
            }
            "--days" => {
                let v = it.next().ok_or("--days needs a number")?;
                args.days = v
                    .parse()
                    .map_err(|_| format!("--days: not a whole number: {v}"))?;
            }
            "--input" => args.input = Some(it.next().ok_or("--input needs a path or -")?),
            "--recall" => {
                let v = it.next().ok_or("--recall needs NDC:LOT")?;
                let (ndc, lot) = v
                    .split_once(':')
                    .ok_or_else(|| format!("--recall: not NDC:LOT: {v}"))?;
                let ndc = ndc.parse().map_err(|e| format!("--recall: {e}"))?;
                let lot = lot.parse().map_err(|e| format!("--recall: {e}"))?;
                args.recalls.push((ndc, lot));
            }
            _ if !out_given && !a.starts_with("--") => {
                args.out = PathBuf::from(a);
                out_given = true;
            }
            _ => return Err(format!("unexpected argument: {a}")),
        }
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let input = match args.input.as_deref() {
        None => AssessmentInput::from_json_str(SAMPLE),
        Some("-") => AssessmentInput::from_json_reader(io::stdin().lock()),
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
            AssessmentInput::from_json_reader(io::BufReader::new(file))
        }
    }
    .map_err(|e| e.to_string())?;
    let assessed = input.assessed().map_err(|e| e.to_string())?;
    let mut report = Report::new(&assessed)
        .and_then(|r| r.with_window_days(args.days))
        .map_err(|e| e.to_string())?;
    let registry = RecallRegistry::with_builtins();
    for (ndc, lot) in &args.recalls {
        report = report.with_recall_lookup(&registry, ndc, lot);
    }

    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let html = args.out.join("report.html");
    let md = args.out.join("report.md");
    std::fs::write(&html, report.to_html())
        .map_err(|e| format!("cannot write {}: {e}", html.display()))?;
    std::fs::write(&md, report.to_markdown())
        .map_err(|e| format!("cannot write {}: {e}", md.display()))?;
    println!("wrote {}", html.display());
    println!("wrote {}", md.display());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
