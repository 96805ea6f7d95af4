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

/// The outcome of a recall check, as JSON writes it in `recall.status`.
///
/// JSON form: `"recalled"`, `"not_recalled"`, `"not_checked"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
enum RecallOutcome {
    /// A built-in recall covers this NDC and lot.
    Recalled,
    /// No built-in recall covers them (near misses, if any, are listed).
    NotRecalled,
    /// Only one of the NDC and the lot was given; the check needs both.
    NotChecked,
}

/// The recall check on one entry: what was given and what the built-in registry
/// ([`RecallRegistry::with_builtins`]) says.
///
/// JSON form: `{"ndc", "lot", "status", "check"}`, where `status` is `"recalled"`,
/// `"not_recalled"` or `"not_checked"` ([`is_checked`](Self::is_checked),
/// [`is_recalled`](Self::is_recalled)); reading JSON checks that it agrees.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::assess;
/// use legcramps::{Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let p: Profile = serde_json::from_str(r#"{"other_medications": [
///     {"name": "Orphenadrine ER 100 mg", "ndc": "0185-0022-01", "lot": "JX6411"}]}"#)?;
/// let a = assess(&p, &Diary::new(), as_of)?;
/// let recall = a.medications[0].recall.as_ref().ok_or("no recall check")?;
/// assert!(recall.is_checked() && recall.is_recalled());
/// assert_eq!(serde_json::to_value(recall)?["status"], "recalled");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "MedicationRecallRepr")
)]
#[serde(into = "MedicationRecallRepr", try_from = "MedicationRecallRepr")]
#[non_exhaustive]
pub struct MedicationRecall {
    /// The NDC given.
    pub ndc: Option<Ndc>,
    /// The lot given.
    pub lot: Option<LotNumber>,
    /// The matches and near misses (empty when not checked).
    pub check: RecallCheck,
}

impl MedicationRecall {
    /// `true` when both the NDC and the lot were given, so the registry was asked.
    pub fn is_checked(&self) -> bool {
        self.ndc.is_some() && self.lot.is_some()
    }

    /// `true` when a built-in recall covers the NDC and lot.
    pub fn is_recalled(&self) -> bool {
        self.check.is_recalled()
    }

    fn outcome(&self) -> RecallOutcome {
        if !self.is_checked() {
            RecallOutcome::NotChecked
        } else if self.is_recalled() {
            RecallOutcome::Recalled
        } else {
            RecallOutcome::NotRecalled
        }
    }
}

/// The recall check on one entry: what was given and what the built-in registry says.
#[derive(Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "MedicationRecall")
)]
#[serde(deny_unknown_fields)]
struct MedicationRecallRepr {
    /// The NDC given.
    ndc: Option<Ndc>,
    /// The lot given.
    lot: Option<LotNumber>,
    /// The outcome.
    status: RecallOutcome,
    /// The matches and near misses (empty when not checked).
    check: RecallCheck,
}

impl From<MedicationRecall> for MedicationRecallRepr {
    fn from(m: MedicationRecall) -> Self {
        MedicationRecallRepr {
            status: m.outcome(),
            ndc: m.ndc,
            lot: m.lot,
            check: m.check,
        }
    }
}

/// Why a recall check read from JSON was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid recall status: must be not_checked without both an NDC and a lot, else recalled exactly when the check has a match"
)]
pub(crate) struct RecallStatusError;

impl TryFrom<MedicationRecallRepr> for MedicationRecall {
    type Error = RecallStatusError;

    fn try_from(r: MedicationRecallRepr) -> Result<Self, Self::Error> {
        let out = MedicationRecall {
            ndc: r.ndc,
            lot: r.lot,
            check: r.check,
        };
        if out.outcome() == r.status {
            Ok(out)
        } else {
            Err(RecallStatusError)
        }
    }
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
                    check,
                })
            }
            (ndc, lot, _) => Some(MedicationRecall {
                ndc: *ndc,
                lot: lot.clone(),
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
                .other_ingredients
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            unrecognised_parts: r.unrecognised.clone(),
            recall,
        });
    }
    out
}
