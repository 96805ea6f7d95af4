//! Write the doctor-visit report (HTML page and Markdown summary) for a person.
//!
//! ```text
//! cargo run --example report                        # sample person, into the current folder
//! cargo run --example report -- out/                # into out/ (created if missing)
//! cargo run --example report -- out/ --days 90      # a 90-night window
//! cargo run --example report -- out/ --input input.json [--recalls recalls.json]
//! ```
//!
//! The input document is the one `examples/assess.rs` reads:
//! `{ "as_of": ..., "profile": {...}, "diary": {...} }` (see the `legcramps::assess`
//! module docs); `-` reads it from standard input. `--recalls` takes a JSON array of
//! `{"name", "ndc", "lot", "recall"}` objects (recalled products the caller matched).
//! The program writes `report.html` and `report.md` and prints their paths. On bad
//! input it prints one line naming the field to standard error and exits with 1.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use legcramps::{AssessmentInput, RecalledMedication, Report};

/// A 68-year-old woman on a thiazide and a statin (the statin given by free name), with
/// arthritis, a sedentary desk job, and night cramps getting more frequent over the
/// last three months; she asks about quinine. (The same person as the assess example,
/// with a longer diary.)
const SAMPLE: &str = r#"{
  "as_of": "2025-03-06T08:00:00+01:00",
  "profile": {
    "age": {"years": 68},
    "sex": "female",
    "pregnancy": "not_pregnant",
    "activity": {"sitting_hours": 9, "sedentary_lifestyle": "yes"},
    "stretches_regularly": "no",
    "medications": ["hydrochlorothiazide"],
    "other_medications": ["Atorvastatin", "Magnesium tablets from the market"],
    "conditions": ["arthritis"],
    "exposures": {"tetanus_prone_wound": "no", "lead_or_mercury": "no"},
    "symptoms": {
      "leg_swelling": "none", "numbness": "no", "weakness": "no",
      "muscle_hard_during_cramp": "yes", "eased_by_forceful_stretch": "yes",
      "urge_to_move_legs": "no", "sleep_disturbed": "yes"
    },
    "asks_about_quinine": true
  },
  "diary": {"episodes": [
    {"start": "2024-12-14T03:20:00+01:00", "duration_seconds": 120, "muscle": "calf", "side": "left", "pain": 4, "woke": true, "in_bed_at_night": true},
    {"start": "2024-12-29T23:40:00+01:00", "duration_seconds": 90, "muscle": "foot", "side": "right", "pain": 3, "woke": false, "in_bed_at_night": true},
    {"start": "2025-01-09T02:10:00+01:00", "duration_seconds": 180, "muscle": "calf", "side": "left", "pain": 6, "woke": true, "in_bed_at_night": true},
    {"start": "2025-01-21T04:05:00+01:00", "duration_seconds": 150, "muscle": "calf", "side": "right", "pain": 5, "woke": true, "in_bed_at_night": true},
    {"start": "2025-02-03T01:50:00+01:00", "duration_seconds": 200, "muscle": "calf", "side": "left", "pain": 6, "woke": true, "in_bed_at_night": true},
    {"start": "2025-02-10T03:30:00+01:00", "duration_seconds": 240, "muscle": "calf", "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true, "relieved_by": ["stretch_muscle"]},
    {"start": "2025-02-14T05:15:00+01:00", "duration_seconds": 60, "muscle": "foot", "side": "left", "pain": 2, "woke": false, "in_bed_at_night": true},
    {"start": "2025-02-18T02:40:00+01:00", "duration_seconds": 300, "muscle": "calf", "side": "right", "pain": 8, "woke": true, "in_bed_at_night": true, "relieved_by": ["stretch_muscle"]},
    {"start": "2025-02-18T04:55:00+01:00", "duration_seconds": 120, "muscle": "calf", "side": "right", "pain": 5, "woke": true, "in_bed_at_night": true},
    {"start": "2025-02-22T15:30:00+01:00", "duration_seconds": 90, "muscle": "back_of_thigh", "side": "left", "pain": 4, "woke": false, "in_bed_at_night": false},
    {"start": "2025-02-25T00:45:00+01:00", "duration_seconds": 180, "muscle": "calf", "side": "left", "pain": 6, "woke": true, "in_bed_at_night": true},
    {"start": "2025-02-27T03:10:00+01:00", "duration_seconds": 240, "muscle": "calf", "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true, "relieved_by": ["stretch_muscle"]},
    {"start": "2025-03-01T02:20:00+01:00", "duration_seconds": 150, "muscle": "calf", "side": "both", "pain": 5, "woke": true, "in_bed_at_night": true},
    {"start": "2025-03-03T04:00:00+01:00", "duration_seconds": 420, "muscle": "calf", "side": "left", "pain": 9, "woke": true, "in_bed_at_night": true, "relieved_by": ["stretch_muscle"]},
    {"start": "2025-03-04T23:50:00+01:00", "duration_seconds": 100, "muscle": "foot", "side": "right", "pain": 3, "woke": false, "in_bed_at_night": true},
    {"start": "2025-03-06T03:35:00+01:00", "duration_seconds": 210, "muscle": "calf", "side": "left", "pain": 6, "woke": true, "in_bed_at_night": true}
  ]}
}"#;

struct Args {
    out: PathBuf,
    days: u32,
    input: Option<String>,
    recalls: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        out: PathBuf::from("."),
        days: Report::DEFAULT_WINDOW_DAYS,
        input: None,
        recalls: None,
    };
    let mut it = std::env::args().skip(1);
    let mut out_given = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                return Err(
                    "usage: report [OUT_DIR] [--days N] [--input PATH|-] [--recalls PATH]".into(),
                );
            }
            "--days" => {
                let v = it.next().ok_or("--days needs a number")?;
                args.days = v
                    .parse()
                    .map_err(|_| format!("--days: not a whole number: {v}"))?;
            }
            "--input" => args.input = Some(it.next().ok_or("--input needs a path or -")?),
            "--recalls" => args.recalls = Some(it.next().ok_or("--recalls needs a path")?),
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
    let recalls: Vec<RecalledMedication> = match &args.recalls {
        None => Vec::new(),
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            serde_json::from_str(&text).map_err(|e| format!("invalid recalls in {path}: {e}"))?
        }
    };
    let assessment = input.assess().map_err(|e| e.to_string())?;
    let report = Report::new(input.profile(), input.diary(), &assessment)
        .and_then(|r| r.with_window_days(args.days))
        .map_err(|e| e.to_string())?
        .with_recall_matches(recalls);

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
