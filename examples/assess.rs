//! Assess a person with night cramps and print the assessment as pretty JSON.
//!
//! ```text
//! cargo run --example assess               # an embedded sample person
//! cargo run --example assess -- input.json # a document from a file
//! cargo run --example assess -- -          # a document from standard input
//! ```
//!
//! The input document is `{ "as_of": ..., "profile": {...}, "diary": {...} }`, as
//! described in the `legcramps::assess` module docs. On bad input the program prints
//! one line naming the field to standard error and exits with status 1 (status 2 for
//! a usage error or a file that cannot be opened).

use std::io::{self, Write};
use std::process::ExitCode;

use legcramps::{AssessmentInput, InputError};

/// A 68-year-old woman on a thiazide and a statin (the statin given by free name), with arthritis, a sedentary desk job
/// and two recent night cramps, who asks about quinine.
const SAMPLE: &str = r#"{
  "as_of": "2025-03-01T08:00:00+01:00",
  "profile": {
    "age": {"years": 68},
    "sex": "female",
    "pregnancy": "not_pregnant",
    "activity": {"sitting_hours": 9, "sedentary_lifestyle": "yes"},
    "stretches_regularly": "no",
    "medications": ["hydrochlorothiazide"],
    "other_medications": ["Atorvastatin"],
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
    {"start": "2025-02-27T03:10:00+01:00", "duration_seconds": 240, "muscle": "calf",
     "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true,
     "relieved_by": ["stretch_muscle"]},
    {"start": "2025-02-20T02:40:00+01:00", "duration_seconds": 180, "muscle": "calf",
     "side": "right", "pain": 5, "woke": true, "in_bed_at_night": true}
  ]}
}"#;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input: Result<AssessmentInput, InputError> = match args.as_slice() {
        [] => AssessmentInput::from_json_str(SAMPLE),
        [dash] if dash == "-" => AssessmentInput::from_json_reader(io::stdin().lock()),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("usage: assess [PATH | -]   (no argument: an embedded sample person)");
            return ExitCode::SUCCESS;
        }
        [path] => match std::fs::File::open(path) {
            Ok(file) => AssessmentInput::from_json_reader(io::BufReader::new(file)),
            Err(e) => {
                eprintln!("error: cannot open {path}: {e}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("error: expected at most one argument (a path, or - for standard input)");
            return ExitCode::from(2);
        }
    };
    let assessment = match input
        .map_err(|e| e.to_string())
        .and_then(|i| i.assess().map_err(|e| e.to_string()))
    {
        Ok(a) => a,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(1);
        }
    };
    let mut out = io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, &assessment)
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // The reader stopped early (e.g. `| head`): nothing is wrong with the input.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
