//! The `medications` part of an assessment: every medication the caller gave, how it
//! was resolved, and the recall check for an entry that carries an NDC and a lot.

use serde::{Deserialize, Serialize};

use super::facts::Facts;
use crate::{LotNumber, MedicationId, Ndc, RecallCheck, RecallRegistry};

/// Which input list an entry came from.
///
/// JSON form: `"medications"` (catalog ids) or `"other_medications"` (names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MedicationSource {
    /// `profile.medications`: a catalog id.
    Medications,
    /// `profile.other_medications`: a name.
    OtherMedications,
}

/// Whether an entry was recognised.
///
/// JSON form: `"recognised"`, `"unrecognised"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MedicationStatus {
    /// Every part of it was recognised.
    Recognised,
    /// Some or all of it was not recognised (see
    /// [`AssessedMedication::unrecognised_parts`]): the assessment treats what it may
    /// hold as unknown.
    Unrecognised,
}

/// The outcome of a recall check on an entry's NDC and lot.
///
/// JSON form: `"recalled"`, `"not_recalled"`, `"not_checked"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecallOutcome {
    /// A built-in recall covers this NDC and lot.
    Recalled,
    /// No built-in recall covers them (near misses, if any, are listed).
    NotRecalled,
    /// Only one of the NDC and the lot was given; the check needs both.
    NotChecked,
}

/// The recall check on one entry: what was given and what the built-in registry
/// ([`RecallRegistry::with_builtins`]) says.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MedicationRecall {
    /// The NDC given.
    pub ndc: Option<Ndc>,
    /// The lot given.
    pub lot: Option<LotNumber>,
    /// The outcome.
    pub status: RecallOutcome,
    /// The matches and near misses (empty when not checked).
    pub check: RecallCheck,
}

/// One medication the caller gave, as the assessment read it.
///
/// Catalog ids come first, then `other_medications`, each in input order; nothing is
/// dropped or merged. JSON form: `{"source", "index", "given", "status", "ingredients",
/// "other_ingredients", "unrecognised_parts", "recall"}`, `recall` only when the entry
/// carried an NDC or a lot.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::{assess, MedicationStatus};
/// use legcramps::{Diary, MedicationId, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let p = Profile::builder()
///     .other_medications(vec!["Cardizem CD 120 mg".parse()?, "Zentravia".parse()?])
///     .build();
/// let a = assess(&p, &Diary::new(), as_of)?;
/// assert_eq!(a.medications[0].ingredients, [MedicationId::Diltiazem]);
/// assert_eq!(a.medications[1].status, MedicationStatus::Unrecognised);
/// assert_eq!(a.medications[1].given, "Zentravia");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AssessedMedication {
    /// The input list.
    pub source: MedicationSource,
    /// The place in that list, from 0.
    pub index: usize,
    /// The text as given, or the catalog id's JSON name.
    pub given: String,
    /// Whether it was recognised.
    pub status: MedicationStatus,
    /// The catalog ingredients found, in order of first appearance.
    pub ingredients: Vec<MedicationId>,
    /// Known ingredients that are not catalog rows (e.g. caffeine in Norgesic).
    pub other_ingredients: Vec<String>,
    /// The parts of the text that were not recognised, as written.
    pub unrecognised_parts: Vec<String>,
    /// The recall check, when an NDC or a lot was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recall: Option<MedicationRecall>,
}

/// Every medication entry of the profile, read.
pub(crate) fn assessed_medications(f: &Facts<'_>) -> Vec<AssessedMedication> {
    let p = f.profile;
    let mut out = Vec::with_capacity(p.medications.len() + p.other_medications.len());
    for (index, id) in p.medications.iter().enumerate() {
        out.push(AssessedMedication {
            source: MedicationSource::Medications,
            index,
            given: serde_json::to_value(id)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| id.info().generic.to_owned()),
            status: MedicationStatus::Recognised,
            ingredients: vec![*id],
            other_ingredients: Vec::new(),
            unrecognised_parts: Vec::new(),
            recall: None,
        });
    }
    let needs_registry = p
        .other_medications
        .iter()
        .any(|m| m.ndc.is_some() && m.lot.is_some());
    let registry = needs_registry.then(RecallRegistry::with_builtins);
    for (index, (entry, r)) in p
        .other_medications
        .iter()
        .zip(f.resolutions.iter())
        .enumerate()
    {
        let recall = match (&entry.ndc, &entry.lot, &registry) {
            (None, None, _) => None,
            (Some(ndc), Some(lot), Some(reg)) => {
                let check = reg.lookup(ndc, lot);
                Some(MedicationRecall {
                    ndc: Some(*ndc),
                    lot: Some(lot.clone()),
                    status: if check.is_recalled() {
                        RecallOutcome::Recalled
                    } else {
                        RecallOutcome::NotRecalled
                    },
                    check,
                })
            }
            (ndc, lot, _) => Some(MedicationRecall {
                ndc: *ndc,
                lot: lot.clone(),
                status: RecallOutcome::NotChecked,
                check: RecallCheck::default(),
            }),
        };
        out.push(AssessedMedication {
            source: MedicationSource::OtherMedications,
            index,
            given: entry.name.as_str().to_owned(),
            status: if r.is_recognised() {
                MedicationStatus::Recognised
            } else {
                MedicationStatus::Unrecognised
            },
            ingredients: r.ids().collect(),
            other_ingredients: r
                .other_ingredients()
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            unrecognised_parts: r.unrecognised().to_vec(),
            recall,
        });
    }
    out
}
