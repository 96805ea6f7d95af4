//! Print FHIR R4 output as pretty JSON: a person's collection Bundle, or the CDS
//! Hooks card for a recall hit.
//!
//! ```text
//! cargo run --features fhir --example fhir                        # the sample person's Bundle
//! cargo run --features fhir --example fhir -- --input input.json  # a person's Bundle
//! cargo run --features fhir --example fhir -- --input -           # ... from standard input
//! cargo run --features fhir --example fhir -- --card              # the built-in recall's card
//! cargo run --features fhir --example fhir -- --card --openfda enforcement.json \
//!     --ndc 0185-0022-01 --lot JX6411                             # a card from openFDA data
//! ```
//!
//! `--input` takes the assessment input document that the `assess` and `report`
//! examples read (`{ "as_of": ..., "profile": {...}, "diary": {...} }`). `--openfda`
//! takes an openFDA drug enforcement document (a bulk file or an API answer); the
//! card is for the first recall in it that matches the NDC and lot. On bad input the
//! program prints one line naming the problem to standard error and exits with 1
//! (2 for a usage error or a file that cannot be opened).
//!
//! The sample: a 67-year-old man on hydrochlorothiazide and orphenadrine (and vitamin
//! D, named in his own words), with arthritis, three cramps in his diary and numbness
//! in his legs. The card is for a bottle of Sandoz orphenadrine citrate ER,
//! NDC 0185-0022-01, lot JX6411: one of the lots in the crate's built-in recall.
//!
//! The ids are made from a prefix and each resource's [`Slot::label`]; a real
//! application would use its own identifiers (or UUIDs with `Identities::urn_uuid`).

use std::error::Error;
use std::io::{self, Write};
use std::process::ExitCode;

use legcramps::assess::AssessmentInput;
use legcramps::fhir::{self, Bundle, Card, Identities, Slot};
use legcramps::recall::LoadOptions;
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};

/// The sample person shared by the examples (`examples/data/sample-person.json`), in the
/// assessment input format (see `legcramps::assess`).
const SAMPLE: &str = include_str!("data/sample-person.json");

/// The sample person's Bundle: the same code path the `fhir_example` test validates.
pub fn sample_bundle() -> Result<Bundle, Box<dyn Error>> {
    let assessed = AssessmentInput::from_json_str(SAMPLE)?.assessed()?;
    let mut identities = Identities::server(
        "https://fhir.example.org/r4",
        "Patient/sample-person",
        |slot: Slot| format!("sample-{}", slot.label()),
    )?;
    Ok(fhir::bundle(&assessed, &mut identities)?)
}

/// A CDS Hooks card for the built-in recall hit: Sandoz orphenadrine citrate ER,
/// NDC 0185-0022-01, lot JX6411.
pub fn sample_card() -> Result<Card, Box<dyn Error>> {
    let registry = RecallRegistry::with_builtins();
    let ndc: Ndc = "0185-0022-01".parse()?;
    let lot: LotNumber = "JX6411".parse()?;
    let check = registry.lookup(&ndc, &lot);
    let hit = check
        .matches
        .first()
        .ok_or("the built-in recall lists this lot")?;
    let recall = registry
        .get(hit.recall)
        .ok_or("the match names a registry entry")?;
    Ok(fhir::recall_card(recall, hit, &lot)?)
}

/// The Bundle for a person's assessment input document.
pub fn bundle_for(input: &AssessmentInput) -> Result<Bundle, Box<dyn Error>> {
    let assessed = input.clone().assessed()?;
    let mut identities = Identities::server(
        "https://fhir.example.org/r4",
        "Patient/person",
        |slot: Slot| format!("person-{}", slot.label()),
    )?;
    Ok(fhir::bundle(&assessed, &mut identities)?)
}

/// The CDS Hooks card for the first recall in an openFDA enforcement document that
/// matches `ndc` and `lot`; `Ok(None)` when none does.
pub fn openfda_card(document: &[u8], ndc: &str, lot: &str) -> Result<Option<Card>, Box<dyn Error>> {
    let ndc: Ndc = ndc.parse()?;
    let lot: LotNumber = lot.parse()?;
    let mut registry = RecallRegistry::new();
    registry.add_openfda_slice(document, LoadOptions::lenient())?;
    let check = registry.lookup(&ndc, &lot);
    let Some(hit) = check.matches.first() else {
        return Ok(None);
    };
    let recall = registry
        .get(hit.recall)
        .ok_or("the match names a registry entry")?;
    Ok(Some(fhir::recall_card(recall, hit, &lot)?))
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    SampleBundle,
    Bundle {
        input: String,
    },
    SampleCard,
    OpenFdaCard {
        file: String,
        ndc: String,
        lot: String,
    },
}

const USAGE: &str = "usage: fhir [--input PATH|-]\n       fhir --card [--openfda FILE --ndc NDC --lot LOT]\n(no argument: the sample person's FHIR Bundle)";

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut card = false;
    let mut input = None;
    let mut openfda = None;
    let mut ndc = None;
    let mut lot = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |slot: &mut Option<String>| match it.next() {
            Some(v) if slot.is_none() => {
                *slot = Some(v.clone());
                Ok(())
            }
            Some(_) => Err(format!("{arg} given twice")),
            None => Err(format!("{arg} needs a value")),
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--card" => card = true,
            "--input" => value(&mut input)?,
            "--openfda" => value(&mut openfda)?,
            "--ndc" => value(&mut ndc)?,
            "--lot" => value(&mut lot)?,
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    match (card, input, openfda, ndc, lot) {
        (false, None, None, None, None) => Ok(Command::SampleBundle),
        (false, Some(input), None, None, None) => Ok(Command::Bundle { input }),
        (true, None, None, None, None) => Ok(Command::SampleCard),
        (true, None, Some(file), Some(ndc), Some(lot)) => {
            Ok(Command::OpenFdaCard { file, ndc, lot })
        }
        (true, None, ..) => Err("--card with openFDA data needs --openfda, --ndc and --lot".into()),
        (true, Some(_), ..) => Err("--input and --card do not go together".into()),
        (false, ..) => Err("--openfda, --ndc and --lot go with --card".into()),
    }
}

/// A failure: the message and the exit status.
struct Failure(String, u8);

fn usage_error(e: impl std::fmt::Display) -> Failure {
    Failure(e.to_string(), 2)
}

fn bad_input(e: impl std::fmt::Display) -> Failure {
    Failure(e.to_string(), 1)
}

fn read_input(path: &str) -> Result<AssessmentInput, Failure> {
    if path == "-" {
        return AssessmentInput::from_json_reader(io::stdin().lock()).map_err(bad_input);
    }
    let file =
        std::fs::File::open(path).map_err(|e| usage_error(format!("cannot open {path}: {e}")))?;
    AssessmentInput::from_json_reader(io::BufReader::new(file)).map_err(bad_input)
}

fn run(command: Command) -> Result<(), Failure> {
    let value = match command {
        Command::Help => {
            println!("{USAGE}");
            return Ok(());
        }
        Command::SampleBundle => serde_json::to_value(sample_bundle().map_err(bad_input)?),
        Command::Bundle { input } => {
            let input = read_input(&input)?;
            serde_json::to_value(bundle_for(&input).map_err(bad_input)?)
        }
        Command::SampleCard => serde_json::to_value(sample_card().map_err(bad_input)?),
        Command::OpenFdaCard { file, ndc, lot } => {
            let document = std::fs::read(&file)
                .map_err(|e| usage_error(format!("cannot open {file}: {e}")))?;
            match openfda_card(&document, &ndc, &lot).map_err(bad_input)? {
                Some(card) => serde_json::to_value(card),
                None => {
                    return Err(bad_input(format!(
                        "no recall in {file} matches NDC {ndc} and lot {lot}"
                    )));
                }
            }
        }
    }
    .map_err(bad_input)?;
    let mut out = io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, &value)
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out));
    match written {
        Ok(()) => Ok(()),
        // The reader stopped early (e.g. `| head`): nothing is wrong with the input.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(format!("cannot write the output: {e}"), 2)),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message, code)) => {
            eprintln!("error: {message}");
            ExitCode::from(code)
        }
    }
}
