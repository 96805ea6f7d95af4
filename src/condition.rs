//! The conditions catalog: medical conditions linked with night cramps in the
//! clinical fact base (clinical.md §3), and the codes for the complaint itself.
//!
//! No ICD-10-CM code for the conditions themselves is verified in the fact base, so
//! [`Condition::icd10cm`] is `None` on every row for now; the complaint's own codes are
//! [`SLEEP_RELATED_LEG_CRAMPS`] and [`CRAMP_AND_SPASM`].

use serde::{Deserialize, Serialize};

use crate::evidence::{Citation, EffectSize, EvidenceLevel};

mod rows;

pub(crate) use rows::CONDITIONS;
pub(crate) use rows::{ARTHRITIS_OR, PAD_OR};

/// A medical condition linked to night cramps in the clinical fact base.
///
/// Serialized as its snake_case name, e.g. `"peripheral_artery_disease"`.
///
/// When adding a variant, add it at the end, give it a row in `CONDITIONS` and an
/// arm in [`ConditionId::info`], and append it to [`ConditionId::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::ConditionId;
///
/// let id: ConditionId = serde_json::from_str("\"peripheral_artery_disease\"")?;
/// assert!(id.info().figure.contains("OR 2.9"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConditionId {
    /// Peripheral arterial (vascular) disease.
    PeripheralArteryDisease,
    /// Arthritis (type unspecified in the sources).
    Arthritis,
    /// Cirrhosis of the liver.
    Cirrhosis,
    /// Chronic kidney disease, including haemodialysis.
    KidneyDiseaseOrDialysis,
    /// Coronary artery disease.
    CoronaryArteryDisease,
    /// Heart failure.
    HeartFailure,
    /// High blood pressure.
    Hypertension,
    /// Stroke.
    Stroke,
    /// Chronic respiratory disease.
    RespiratoryDisease,
    /// Cancer.
    Cancer,
    /// Depression.
    Depression,
    /// Diabetes.
    Diabetes,
    /// Peripheral neuropathy, including diabetic neuropathy.
    PeripheralNeuropathy,
    /// Lumbar spinal (canal) stenosis.
    LumbarSpinalStenosis,
    /// Parkinson's disease or parkinsonism.
    Parkinsonism,
    /// Motor neuron disease, including ALS.
    MotorNeuronDisease,
    /// Thyroid disease, including hypothyroidism.
    ThyroidDisease,
    /// Low potassium.
    Hypokalaemia,
    /// Low calcium or another electrolyte disorder.
    ElectrolyteDisorder,
    /// Venous insufficiency or varicose veins.
    VenousInsufficiency,
    /// Angina (chest pain from the heart).
    Angina,
}

/// One row of the conditions catalog.
///
/// Serializes as a JSON object with every field. A row is catalog data, not input: it
/// does not deserialize; read a [`ConditionId`] and call [`ConditionId::info`].
///
/// # Examples
///
/// ```
/// use legcramps::ConditionId;
/// use legcramps::evidence::Citation;
///
/// let arthritis = ConditionId::Arthritis.info();
/// let or = arthritis.effect.expect("Abdulla-1999 gives an odds ratio");
/// assert_eq!((or.estimate, or.low, or.high), (2.26, 1.48, 3.45));
/// assert!(arthritis.citations.contains(&Citation::Abdulla1999));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Condition {
    /// The catalog id.
    pub id: ConditionId,
    /// A plain-English name.
    pub name: &'static str,
    /// The figures or statements the sources give, each with its source key.
    pub figure: &'static str,
    /// An odds ratio with its interval, where a source gives one.
    pub effect: Option<EffectSize>,
    /// The kind of evidence behind the link.
    pub evidence: EvidenceLevel,
    /// An ICD-10-CM code, only where the fact base verifies one.
    pub icd10cm: Option<&'static str>,
    /// Sources for the row.
    pub citations: &'static [Citation],
}

impl ConditionId {
    /// The catalog row for this condition. Never panics: an exhaustive `match` picks it.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::ConditionId;
    ///
    /// assert_eq!(ConditionId::Cirrhosis.info().name, "cirrhosis of the liver");
    /// ```
    pub fn info(self) -> &'static Condition {
        self.row()
    }
}

/// A code for the complaint itself (night leg cramps), for health records.
///
/// Serializes as a JSON object with every field. The codes are catalog data, not input:
/// they do not deserialize; use the constants (such as
/// [`ComplaintCode::SLEEP_RELATED_LEG_CRAMPS`]) or [`ComplaintCode::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::ComplaintCode;
///
/// let code = ComplaintCode::SLEEP_RELATED_LEG_CRAMPS;
/// assert_eq!(code.code, "G47.62");
/// assert_eq!(code.system, "http://hl7.org/fhir/sid/icd-10-cm");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct ComplaintCode {
    /// The code system URI (as used in FHIR `Coding.system`).
    pub system: &'static str,
    /// The code.
    pub code: &'static str,
    /// The code's display text.
    pub display: &'static str,
    /// Sources for the code.
    pub citations: &'static [Citation],
}

impl ComplaintCode {
    /// The FHIR system URI for ICD-10-CM.
    pub const ICD10CM_SYSTEM: &'static str = "http://hl7.org/fhir/sid/icd-10-cm";

    /// ICD-10-CM G47.62, "Sleep related leg cramps": the specific code for night cramps
    /// (under G47.6, sleep related movement disorders; restless legs is G25.81 instead).
    pub const SLEEP_RELATED_LEG_CRAMPS: ComplaintCode = ComplaintCode {
        system: Self::ICD10CM_SYSTEM,
        code: "G47.62",
        display: "Sleep related leg cramps",
        citations: &[Citation::Icd10Cm],
    };

    /// ICD-10-CM R25.2, "Cramp and spasm": the general code for cramps.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::ComplaintCode;
    ///
    /// let code = ComplaintCode::CRAMP_AND_SPASM;
    /// assert_eq!((code.system, code.code), (ComplaintCode::ICD10CM_SYSTEM, "R25.2"));
    /// ```
    pub const CRAMP_AND_SPASM: ComplaintCode = ComplaintCode {
        system: Self::ICD10CM_SYSTEM,
        code: "R25.2",
        display: "Cramp and spasm",
        citations: &[Citation::Icd10Cm],
    };

    /// Every complaint code the crate ships, the specific one first.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::ComplaintCode;
    ///
    /// assert!(ComplaintCode::ALL.iter().any(|c| c.code == "R25.2"));
    /// assert_eq!(ComplaintCode::ALL[0], ComplaintCode::SLEEP_RELATED_LEG_CRAMPS);
    /// ```
    pub const ALL: &'static [ComplaintCode] =
        &[Self::SLEEP_RELATED_LEG_CRAMPS, Self::CRAMP_AND_SPASM];
}

// Crate-internal short names of the complaint codes and their system (for `fhir`).
#[cfg_attr(not(feature = "fhir"), allow(dead_code))]
pub(crate) const ICD10CM_SYSTEM: &str = ComplaintCode::ICD10CM_SYSTEM;
#[cfg_attr(not(feature = "fhir"), allow(dead_code))]
pub(crate) const SLEEP_RELATED_LEG_CRAMPS: ComplaintCode = ComplaintCode::SLEEP_RELATED_LEG_CRAMPS;
#[cfg_attr(not(feature = "fhir"), allow(dead_code))]
pub(crate) const CRAMP_AND_SPASM: ComplaintCode = ComplaintCode::CRAMP_AND_SPASM;
