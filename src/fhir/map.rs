//! Mappings from the crate's models and catalogs to FHIR resources: a cramp episode
//! to an [`Observation`], the complaint and the person's conditions to
//! [`Condition`]s, and their medicines to [`MedicationStatement`]s.
//!
//! Every function takes the subject (a reference to the person's Patient resource,
//! or whatever the caller uses) and the resource id from the caller; none makes up an
//! identifier or reads the clock.

use chrono::FixedOffset;

use crate::condition::{CRAMP_AND_SPASM, ComplaintCode, ConditionId, SLEEP_RELATED_LEG_CRAMPS};
use crate::diary::Diary;
use crate::episode::{CrampEpisode, Muscle, Side};
use crate::medication::MedicationId;

use super::{
    Annotation, CLINICAL_ACTIVE, CRAMP, CRAMP_IN_LIMB, CRAMP_IN_LOWER_LEG, Code, CodeInfo,
    CodeableConcept, Coding, Condition, ConditionEvidence, DateTime, Id, MedicationStatement,
    MedicationStatementStatus, Observation, ObservationComponent, ObservationStatus,
    ObservationValue, PAIN_SEVERITY_0_10, Period, RXNORM_SYSTEM, Reference, Text, Uri,
    VERIFICATION_UNCONFIRMED, ValidationError,
};

/// The SNOMED CT concept for a cramp in `muscle`, and the plain words for where it was.
///
/// Only concepts that the clinical fact base verifies are used (section 9.3):
/// "Cramp in lower leg" fits the calf; the foot and the thigh are not the lower leg,
/// so they get the broader "Cramp in limb"; another muscle gets "Cramp".
pub(crate) fn cramp_concept(muscle: Muscle) -> (&'static CodeInfo, &'static str) {
    match muscle {
        Muscle::Calf => (&CRAMP_IN_LOWER_LEG, "Cramp in the calf"),
        Muscle::Foot => (&CRAMP_IN_LIMB, "Cramp in the foot"),
        Muscle::FrontOfThigh => (&CRAMP_IN_LIMB, "Cramp in the front of the thigh"),
        Muscle::BackOfThigh => (&CRAMP_IN_LIMB, "Cramp in the back of the thigh"),
        Muscle::Other => (&CRAMP, "Cramp in another muscle"),
    }
}

/// Where the cramp was, with the side, in words. No body-structure or laterality
/// codes are verified in the clinical fact base, so the body site is text only.
pub(crate) fn body_site_text(muscle: Muscle, side: Side) -> &'static str {
    match (muscle, side) {
        (Muscle::Calf, Side::Left) => "Left calf",
        (Muscle::Calf, Side::Right) => "Right calf",
        (Muscle::Calf, Side::Both) => "Both calves",
        (Muscle::Foot, Side::Left) => "Left foot",
        (Muscle::Foot, Side::Right) => "Right foot",
        (Muscle::Foot, Side::Both) => "Both feet",
        (Muscle::FrontOfThigh, Side::Left) => "Front of the left thigh",
        (Muscle::FrontOfThigh, Side::Right) => "Front of the right thigh",
        (Muscle::FrontOfThigh, Side::Both) => "Front of both thighs",
        (Muscle::BackOfThigh, Side::Left) => "Back of the left thigh",
        (Muscle::BackOfThigh, Side::Right) => "Back of the right thigh",
        (Muscle::BackOfThigh, Side::Both) => "Back of both thighs",
        (Muscle::Other, Side::Left) => "Another muscle, left side",
        (Muscle::Other, Side::Right) => "Another muscle, right side",
        (Muscle::Other, Side::Both) => "Other muscles, both sides",
    }
}

fn fhir_time(
    t: chrono::DateTime<FixedOffset>,
    field: &'static str,
) -> Result<DateTime, ValidationError> {
    DateTime::named(field, t)
}

/// A cramp episode as an [`Observation`].
///
/// - `code`: SNOMED CT 449918009 "Cramp in lower leg" for the calf, 424647005 "Cramp
///   in limb" for the foot or thigh, 55300003 "Cramp" for another muscle (see
///   `codes.rs`), with text naming the muscle;
/// - `effectivePeriod`: the episode's start and end, with the person's UTC offset;
/// - `bodySite`: text only, such as "Left calf" or "Both feet";
/// - `component`: the pain score coded LOINC 72514-3 with `valueInteger` 0–10, then
///   "Woke from sleep" and "In bed at night" as text-coded booleans;
/// - `note`: the remedies that eased it, if any.
///
/// # Errors
///
/// A [`ValidationError`] when the episode's start or end cannot be written as a FHIR
/// dateTime (a year after 9999, or a UTC offset that is not whole minutes or is more
/// than 14 hours).
pub(crate) fn episode_observation(
    episode: &CrampEpisode,
    subject: &Reference,
    id: Option<Id>,
) -> Result<Observation, ValidationError> {
    let start = fhir_time(episode.start(), "episode start")?;
    let end = fhir_time(episode.end(), "episode end")?;
    let (concept, words) = cramp_concept(episode.muscle());
    let boolean = |label: &'static str, value: bool| ObservationComponent {
        code: CodeableConcept::from_text(Text::lit(label)),
        value: Some(ObservationValue::Boolean(value)),
    };
    let pain = ObservationComponent {
        code: CodeableConcept::coded(PAIN_SEVERITY_0_10.coding(), Some(Text::lit("Pain (0-10)"))),
        value: Some(ObservationValue::Integer(i32::from(episode.pain().get()))),
    };
    let remedies: Vec<&str> = episode
        .relieved_by()
        .iter()
        .map(|r| r.info().name)
        .collect();
    let note = if remedies.is_empty() {
        Vec::new()
    } else {
        vec![Annotation {
            text: Text::new(format!("Eased by: {}.", remedies.join("; ")))?,
        }]
    };
    Ok(Observation {
        id,
        status: ObservationStatus::Final,
        code: CodeableConcept::coded(concept.coding(), Some(Text::lit(words))),
        subject: Some(subject.clone()),
        effective_period: Some(Period::new(Some(start), Some(end))?),
        note,
        body_site: Some(CodeableConcept::from_text(Text::lit(body_site_text(
            episode.muscle(),
            episode.side(),
        )))),
        component: vec![
            pain,
            boolean("Woke from sleep", episode.woke()),
            boolean("In bed at night", episode.in_bed_at_night()),
        ],
    })
}

fn complaint_coding(code: &ComplaintCode) -> Coding {
    Coding::lit(code.system, code.code, code.display)
}

/// The complaint itself (night-time leg cramps) as a [`Condition`], or `None` for an
/// empty diary (nothing to support it).
///
/// - `code`: ICD-10-CM G47.62 "Sleep related leg cramps" when at least one episode
///   happened in bed at night, else R25.2 "Cramp and spasm";
/// - `clinicalStatus`: `active` when an episode started in the
///   [`Diary::DEFAULT_WINDOW_DAYS`] days up to `as_of`; left out otherwise (the diary
///   cannot say whether older cramps have stopped);
/// - `verificationStatus`: `unconfirmed`, always: it is what the person recorded, and
///   this crate supports decisions, it does not diagnose;
/// - `evidence.detail`: the `evidence` references (normally the episodes'
///   Observations), when given.
pub(crate) fn complaint_condition(
    diary: &Diary,
    as_of: chrono::DateTime<FixedOffset>,
    subject: &Reference,
    id: Option<Id>,
    evidence: Vec<Reference>,
) -> Option<Condition> {
    if diary.is_empty() {
        return None;
    }
    let at_night = diary.iter().any(CrampEpisode::in_bed_at_night);
    let (code, text) = if at_night {
        (&SLEEP_RELATED_LEG_CRAMPS, "Night-time leg cramps")
    } else {
        (&CRAMP_AND_SPASM, "Leg cramps")
    };
    let window = chrono::Duration::days(i64::from(Diary::DEFAULT_WINDOW_DAYS));
    let recent = diary.iter().any(|e| {
        let age = as_of.signed_duration_since(e.start());
        age >= chrono::Duration::zero() && age < window
    });
    Some(Condition {
        id,
        clinical_status: recent.then(|| CodeableConcept::coded(CLINICAL_ACTIVE.coding(), None)),
        verification_status: Some(CodeableConcept::coded(
            VERIFICATION_UNCONFIRMED.coding(),
            None,
        )),
        code: Some(CodeableConcept::coded(
            complaint_coding(code),
            Some(Text::lit(text)),
        )),
        subject: subject.clone(),
        onset_date_time: None,
        recorded_date: None,
        evidence: if evidence.is_empty() {
            Vec::new()
        } else {
            vec![ConditionEvidence {
                code: Vec::new(),
                detail: evidence,
            }]
        },
        note: Vec::new(),
    })
}

/// A condition from the person's profile as a [`Condition`]: `active`, `unconfirmed`
/// (the person reported it), coded ICD-10-CM only where the catalog row carries a
/// verified code, else text only (the catalog's name).
pub(crate) fn reported_condition(
    condition: ConditionId,
    subject: &Reference,
    id: Option<Id>,
) -> Condition {
    let info = condition.info();
    let text = Some(Text::lit(info.name));
    let code = match info.icd10cm {
        Some(icd) => CodeableConcept::coded(
            Coding {
                system: Uri::lit(crate::condition::ICD10CM_SYSTEM),
                code: Code::lit(icd),
                display: None,
            },
            text,
        ),
        None => CodeableConcept::from_text(Text::lit(info.name)),
    };
    Condition {
        id,
        clinical_status: Some(CodeableConcept::coded(CLINICAL_ACTIVE.coding(), None)),
        verification_status: Some(CodeableConcept::coded(
            VERIFICATION_UNCONFIRMED.coding(),
            None,
        )),
        code: Some(code),
        subject: subject.clone(),
        onset_date_time: None,
        recorded_date: None,
        evidence: Vec::new(),
        note: Vec::new(),
    }
}

/// A catalog medicine the person takes as a [`MedicationStatement`]: status `active`,
/// reported by the subject, coded RxNorm only where the catalog row has a verified
/// ingredient code (without a display, since the fact base does not give RxNorm's
/// own names), and always with the generic name as text.
pub(crate) fn medication_statement(
    medication: MedicationId,
    subject: &Reference,
    id: Option<Id>,
) -> MedicationStatement {
    let info = medication.info();
    let text = Text::lit(info.generic);
    let concept = match info.rxnorm {
        Some(rxcui) => CodeableConcept::coded(
            Coding {
                system: Uri::lit(RXNORM_SYSTEM),
                code: Code::lit(rxcui),
                display: None,
            },
            Some(text),
        ),
        None => CodeableConcept::from_text(text),
    };
    reported_statement(concept, subject, id)
}

/// A medicine the person named in their own words as a [`MedicationStatement`]
/// with the name as text only (the crate does not guess codes from free text).
///
/// The name is kept as written, except that whitespace FHIR strings do not allow
/// (such as a no-break space) becomes a plain space, and a control character other
/// than tab, CR and LF becomes U+FFFD.
///
/// # Errors
///
/// A [`ValidationError`] for field `other medication` when the name has no visible
/// character (empty or only whitespace), which a FHIR string cannot be. The
/// assessment input rejects such names when it is read.
pub(crate) fn other_medication_statement(
    name: &str,
    subject: &Reference,
    id: Option<Id>,
) -> Result<MedicationStatement, ValidationError> {
    // A FHIR string cannot hold other whitespace or control characters: the first
    // become spaces, the second U+FFFD (as in the report), so every name the input
    // accepts can be written.
    let plain: String = name
        .chars()
        .map(|c| {
            let odd_space =
                (c.is_whitespace() || c == '\u{feff}') && !matches!(c, '\t' | '\r' | '\n');
            if odd_space {
                ' '
            } else if c.is_control() && !matches!(c, '\t' | '\r' | '\n') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    let text = Text::new(plain)
        .map_err(|e| crate::fhir::invalid("other medication", name, e.problem().to_owned()))?;
    Ok(reported_statement(
        CodeableConcept::from_text(text),
        subject,
        id,
    ))
}

fn reported_statement(
    concept: CodeableConcept,
    subject: &Reference,
    id: Option<Id>,
) -> MedicationStatement {
    MedicationStatement {
        id,
        status: MedicationStatementStatus::Active,
        medication_codeable_concept: concept,
        subject: subject.clone(),
        information_source: Some(subject.clone()),
        note: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::CONDITIONS;
    use crate::medication::MEDICATIONS;
    use crate::remedy::REMEDIES;

    /// The catalog strings used through `Text::lit`/`Code::lit` must be valid.
    #[test]
    fn catalog_strings_are_valid_fhir() {
        for m in MEDICATIONS {
            assert!(Text::new(m.generic).is_ok(), "{}", m.generic);
            if let Some(rx) = m.rxnorm {
                assert!(
                    Code::new(rx).is_ok() && rx.bytes().all(|b| b.is_ascii_digit()),
                    "{rx}"
                );
            }
        }
        for c in CONDITIONS {
            assert!(Text::new(c.name).is_ok(), "{}", c.name);
            if let Some(icd) = c.icd10cm {
                assert!(Code::new(icd).is_ok(), "{icd}");
            }
        }
        for r in REMEDIES {
            assert!(Text::new(r.name).is_ok(), "{}", r.name);
        }
        for code in [SLEEP_RELATED_LEG_CRAMPS, CRAMP_AND_SPASM] {
            assert!(Uri::new(code.system).is_ok() && Code::new(code.code).is_ok());
            assert!(Text::new(code.display).is_ok());
        }
    }
}
