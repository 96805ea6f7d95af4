//! Print FHIR R4 output for an embedded sample person, as pretty JSON.
//!
//! ```text
//! cargo run --features fhir --example fhir            # the collection Bundle
//! cargo run --features fhir --example fhir -- --card  # a CDS Hooks card for a recall hit
//! ```
//!
//! The sample: a 67-year-old man on hydrochlorothiazide and orphenadrine (and vitamin
//! D, named in his own words), with arthritis, three cramps in his diary and numbness
//! in his legs. The card is for a bottle of Sandoz orphenadrine citrate ER,
//! NDC 0185-0022-01, lot JX6411: one of the lots in the crate's built-in recall.
//!
//! The ids are made from a prefix and each resource's [`Slot::label`]; a real
//! application would use its own identifiers (or UUIDs with `Addressing::urn_uuid`).

use std::error::Error;
use std::io::{self, Write};
use std::process::ExitCode;

use legcramps::fhir::{self, Addressing, Bundle, Card, Id, Identities, Reference, Slot};
use legcramps::{AssessmentInput, LotNumber, Ndc, RecallRegistry};

/// The sample person, in the assessment input format (see `legcramps::assess`).
const SAMPLE: &str = r#"{
  "as_of": "2026-11-28T08:00:00+01:00",
  "profile": {
    "age": {"years": 67},
    "sex": "male",
    "activity": {"sitting_hours": 7, "sedentary_lifestyle": "no"},
    "stretches_regularly": "no",
    "medications": ["hydrochlorothiazide", "orphenadrine"],
    "other_medications": ["Vitamin D 1000 IU"],
    "conditions": ["arthritis"],
    "exposures": {"tetanus_prone_wound": "no", "lead_or_mercury": "no"},
    "symptoms": {
      "leg_swelling": "none", "numbness": "yes", "weakness": "no",
      "muscle_hard_during_cramp": "yes", "eased_by_forceful_stretch": "yes",
      "urge_to_move_legs": "no", "sleep_disturbed": "yes"
    }
  },
  "diary": {"episodes": [
    {"start": "2026-11-27T03:12:00+01:00", "duration_seconds": 210, "muscle": "calf",
     "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true,
     "relieved_by": ["stretch_muscle", "massage"]},
    {"start": "2026-11-22T02:40:00+01:00", "duration_seconds": 120, "muscle": "calf",
     "side": "right", "pain": 5, "woke": true, "in_bed_at_night": true},
    {"start": "2026-11-15T16:05:00+01:00", "duration_seconds": 60, "muscle": "foot",
     "side": "both", "pain": 3}
  ]}
}"#;

/// The sample person's Bundle: the same code path the `fhir_example` test validates.
pub fn sample_bundle() -> Result<Bundle, Box<dyn Error>> {
    let input = AssessmentInput::from_json_str(SAMPLE)?;
    let assessment = input.assess()?;
    let mut identities = Identities {
        subject: Reference::to("Patient", &Id::new("sample-person")?),
        addressing: Addressing::server("https://fhir.example.org/r4")?,
        ids: |slot: Slot| Id::new(format!("sample-{}", slot.label())),
    };
    Ok(fhir::bundle(
        input.profile(),
        input.diary(),
        &assessment,
        &mut identities,
    )?)
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

fn run(card: bool) -> Result<(), Box<dyn Error>> {
    let mut out = io::stdout().lock();
    if card {
        serde_json::to_writer_pretty(&mut out, &sample_card()?)?;
    } else {
        serde_json::to_writer_pretty(&mut out, &sample_bundle()?)?;
    }
    writeln!(out)?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let card = match args.as_slice() {
        [] => false,
        [flag] if flag == "--card" => true,
        [flag] if flag == "-h" || flag == "--help" => {
            println!("usage: fhir [--card]   (no argument: the sample person's FHIR Bundle)");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("error: expected no argument or --card");
            return ExitCode::from(2);
        }
    };
    match run(card) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
