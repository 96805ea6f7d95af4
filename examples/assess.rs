//! Assess a person with night cramps and print a short summary (or, with `--json`, the
//! whole assessment as pretty JSON).
//!
//! ```text
//! cargo run --example assess                    # the summary for an embedded sample person
//! cargo run --example assess -- --json          # the full assessment as JSON
//! cargo run --example assess -- input.json      # a document from a file
//! cargo run --example assess -- --json -        # a document from standard input, as JSON
//! ```
//!
//! The summary gives the referral level and its advice, every reason for it, the open
//! questions that could raise it, the diary burden and the score, and the plan's first
//! steps. The JSON is the full contract, described (with the input document
//! `{ "as_of": ..., "profile": {...}, "diary": {...} }`) in the `legcramps::assess` module
//! docs. On bad input the program prints one line naming the field to standard error and
//! exits with status 1 (status 2 for a usage error or a file that cannot be opened).

use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::ExitCode;

use legcramps::assess::{Assessment, AssessmentInput, InputError, PlanStep, ScoreFactor};
use serde::Serialize;

/// The sample person shared by the examples (`examples/data/sample-person.json`): a
/// 68-year-old woman on a thiazide and a statin (the statin given by free name), with
/// arthritis, a sedentary desk job and two recent night cramps, who asks about quinine.
pub const SAMPLE: &str = include_str!("data/sample-person.json");

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The short human summary ([`summary`]).
    Summary,
    /// The whole assessment as pretty JSON.
    Json,
}

/// Where the input document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The embedded [`SAMPLE`].
    Sample,
    /// Standard input (`-`).
    Stdin,
    /// A file.
    Path(String),
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print the usage line.
    Help,
    /// Assess the document from `source` and print it in `format`.
    Run {
        /// Where the input comes from.
        source: Source,
        /// What to print.
        format: Format,
    },
}

/// The usage line printed by `--help`.
pub const USAGE: &str = "usage: assess [--json] [PATH | -]   (no PATH: an embedded sample person)";

/// Reads the arguments (without the program name): `--json` anywhere, then at most one
/// `PATH` or `-`. The error is the message for a usage error.
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut format = Format::Summary;
    let mut source = None;
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--json" => format = Format::Json,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            other => {
                if source.is_some() {
                    return Err(
                        "expected at most one input (a path, or - for standard input)".into(),
                    );
                }
                source = Some(if other == "-" {
                    Source::Stdin
                } else {
                    Source::Path(other.to_owned())
                });
            }
        }
    }
    Ok(Command::Run {
        source: source.unwrap_or(Source::Sample),
        format,
    })
}

/// The JSON code of an output value (`"routine"`, `"moderate"`, ...): the same words as
/// the `--json` output.
fn code(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(e) => format!("<{e}>"),
    }
}

/// At most this many steps of each plan section are shown (the JSON has them all).
const STEPS_PER_SECTION: usize = 2;

fn steps(out: &mut String, title: &str, steps: &[PlanStep], limit: usize) {
    if steps.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {title}:");
    for step in steps.iter().take(limit) {
        let helped = if step.helped_before {
            " (helped you before)"
        } else {
            ""
        };
        let _ = writeln!(out, "    - {}{helped}", step.text());
    }
    if steps.len() > limit {
        let _ = writeln!(out, "    (and {} more)", steps.len() - limit);
    }
}

/// A short human summary of an assessment: the referral level and advice, every reason,
/// every open question, the diary burden and the score, and the plan's first steps
/// (every caution; at most [`STEPS_PER_SECTION`] steps of the other sections).
pub fn summary(a: &Assessment) -> String {
    let mut out = String::new();
    let referral = &a.referral;
    let _ = writeln!(out, "Referral: {}", code(&referral.urgency));
    let _ = writeln!(out, "  {}", referral.advice);
    if !referral.reasons.is_empty() {
        let _ = writeln!(out, "Why:");
        for r in &referral.reasons {
            let _ = writeln!(out, "  - {} [{}]", r.reason(), code(&r.urgency()));
        }
    }
    if !referral.questions.is_empty() {
        let _ = writeln!(
            out,
            "Open questions (an answer of yes would raise the level):"
        );
        for q in &referral.questions {
            let _ = writeln!(out, "  - {} [{}]", q.ask(), code(&q.would_lead_to()));
        }
    }
    if referral.stop_quinine {
        let _ = writeln!(out, "Stop taking quinine now (see the reasons above).");
    }

    let stats = &a.diary_stats;
    let _ = writeln!(
        out,
        "Burden (last {} days): {} cramp(s), {} night(s) woken, worst pain {}",
        stats.window_days,
        stats.episodes,
        stats.nights_disturbed,
        stats.max_pain.map_or_else(
            || "not recorded".to_owned(),
            |p| format!("{}/10", u8::from(p))
        ),
    );
    let score = &a.score;
    let (mut burden, mut risk, mut other) = (0u32, 0u32, 0u32);
    for c in &score.contributions {
        let points = u32::from(c.points);
        match c.factor {
            ScoreFactor::RiskFactor(_) | ScoreFactor::Condition(_) | ScoreFactor::Medication(_) => {
                risk += points
            }
            ScoreFactor::EpisodeCount
            | ScoreFactor::ModerateToSevereMonth
            | ScoreFactor::FrequentWeek
            | ScoreFactor::Pain
            | ScoreFactor::Duration
            | ScoreFactor::LongCramp
            | ScoreFactor::DisturbedNights => burden += points,
            _ => other += points,
        }
    }
    let other = if other > 0 {
        format!(", other {other}")
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "Score: {}/100 ({}): burden {burden}, risk factors {risk}{other}; trend {}",
        score.total,
        code(&score.band),
        code(&score.trend),
    );
    let _ = writeln!(out, "Cramp or look-alike: {}", a.differential.summary());

    let plan = &a.plan;
    let _ = writeln!(out, "First steps:");
    steps(
        &mut out,
        "During a cramp",
        &plan.in_the_moment,
        STEPS_PER_SECTION,
    );
    steps(
        &mut out,
        "To prevent cramps",
        &plan.prevention,
        STEPS_PER_SECTION,
    );
    steps(
        &mut out,
        "Supplements",
        &plan.supplements,
        STEPS_PER_SECTION,
    );
    steps(&mut out, "Cautions", &plan.cautions, plan.cautions.len());
    if let Some(quinine) = &plan.quinine {
        let _ = writeln!(out, "Quinine: {}", quinine.summary);
    }
    let _ = writeln!(
        out,
        "Decision support, not diagnosis. The full assessment, with citations: --json"
    );
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, format) = match parse_args(&args) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run { source, format }) => (source, format),
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let input: Result<AssessmentInput, InputError> = match &source {
        Source::Sample => AssessmentInput::from_json_str(SAMPLE),
        Source::Stdin => AssessmentInput::from_json_reader(io::stdin().lock()),
        Source::Path(path) => match std::fs::File::open(path) {
            Ok(file) => AssessmentInput::from_json_reader(io::BufReader::new(file)),
            Err(e) => {
                eprintln!("error: cannot open {path}: {e}");
                return ExitCode::from(2);
            }
        },
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
    let written = match format {
        Format::Summary => out.write_all(summary(&assessment).as_bytes()),
        Format::Json => serde_json::to_writer_pretty(&mut out, &assessment)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
    };
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
