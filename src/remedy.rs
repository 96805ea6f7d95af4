//! The remedies catalog: what to do in the moment of a cramp, habits that may prevent
//! cramps, and supplements, each with its real evidence, cautions and pregnancy advice.

use serde::{Deserialize, Serialize};

use crate::evidence::{Citation, EvidenceLevel};

mod rows;

// Read whole only by the FHIR mapping's tests.
#[cfg(all(test, feature = "fhir"))]
pub(crate) use rows::REMEDIES;

/// A remedy: something done in the moment of a cramp, a preventive habit, or a
/// supplement.
///
/// Serialized as its snake_case name, e.g. `"nightly_stretching"`.
///
/// When adding a variant, add it at the end, give it a row in `REMEDIES` and an arm
/// in [`RemedyId::info`], and append it to [`RemedyId::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::{RemedyId, RemedyKind};
///
/// let id: RemedyId = serde_json::from_str("\"nightly_stretching\"")?;
/// assert_eq!(id.info().kind, RemedyKind::Prevention);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemedyId {
    /// Stretch the cramping muscle (in the moment).
    StretchMuscle,
    /// Massage the muscle by hand (in the moment).
    Massage,
    /// Roll the muscle on a foam roller (in the moment).
    FoamRoller,
    /// Flex and unflex the foot (in the moment).
    FlexFoot,
    /// Apply heat (in the moment).
    Heat,
    /// Stand up and put weight on the leg (in the moment).
    StandOnLeg,
    /// Nightly calf and hamstring stretching before sleep (prevention).
    NightlyStretching,
    /// Mild exercise before bed, such as walking or a stationary bike (prevention).
    ExerciseBeforeBed,
    /// Drink enough fluid through the day (prevention).
    Fluids,
    /// Wear supportive shoes (prevention).
    SupportiveShoes,
    /// Sleep in a stretched-out position (prevention).
    StretchedOutSleep,
    /// Avoid sitting or lying with the legs crossed (prevention).
    AvoidCrossedLegs,
    /// Magnesium supplement.
    Magnesium,
    /// Vitamin B complex supplement.
    VitaminBComplex,
    /// Vitamin B6 supplement.
    VitaminB6,
    /// Vitamin E supplement.
    VitaminE,
}

/// When a remedy is used.
///
/// # Examples
///
/// ```
/// use legcramps::{RemedyId, RemedyKind};
///
/// assert_eq!(RemedyId::Heat.info().kind, RemedyKind::InTheMoment);
/// assert_eq!(serde_json::to_string(&RemedyKind::InTheMoment)?, "\"in_the_moment\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemedyKind {
    /// During a cramp, to make it let go.
    InTheMoment,
    /// A habit that may make cramps less frequent.
    Prevention,
    /// A vitamin or mineral taken to prevent cramps.
    Supplement,
}

/// Whether a remedy suits someone who is pregnant.
///
/// # Examples
///
/// ```
/// use legcramps::{PregnancySuitability, RemedyId};
///
/// assert_eq!(RemedyId::Magnesium.info().suitable_in_pregnancy, PregnancySuitability::AskFirst);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PregnancySuitability {
    /// A simple self-care measure that no source in the fact base warns against in
    /// pregnancy (our own inference, not a trial result).
    Suitable,
    /// Ask a midwife or doctor first: the evidence in pregnancy is conflicting or of low
    /// certainty.
    AskFirst,
    /// A cited source says not to use it in pregnancy.
    Avoid,
}

/// One row of the remedies catalog.
///
/// Serializes as a JSON object with every field. A row is catalog data, not input: it
/// does not deserialize; read a [`RemedyId`] and call [`RemedyId::info`].
///
/// # Examples
///
/// ```
/// use legcramps::RemedyId;
/// use legcramps::evidence::{Citation, EvidenceLevel};
///
/// let stretching = RemedyId::NightlyStretching.info();
/// assert_eq!(stretching.evidence, EvidenceLevel::TrialBenefit);
/// assert!(stretching.how.contains("10 seconds"));
/// assert!(stretching.citations.contains(&Citation::Hallegraeff2012));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Remedy {
    /// The catalog id.
    pub id: RemedyId,
    /// A short plain-English name.
    pub name: &'static str,
    /// When it is used.
    pub kind: RemedyKind,
    /// How to do it.
    pub how: &'static str,
    /// The strength of the evidence that it helps.
    pub evidence: EvidenceLevel,
    /// What the evidence is, with figures and source keys.
    pub evidence_note: &'static str,
    /// The strength of the evidence in pregnancy, where trials in pregnancy grade it
    /// differently from [`evidence`](Self::evidence); `None` when the same level holds.
    pub evidence_in_pregnancy: Option<EvidenceLevel>,
    /// Cautions (may be empty).
    pub cautions: &'static [&'static str],
    /// Whether it suits someone who is pregnant.
    pub suitable_in_pregnancy: PregnancySuitability,
    /// Sources for the row.
    pub citations: &'static [Citation],
}

impl RemedyId {
    /// The catalog row for this remedy. Never panics: an exhaustive `match` picks it.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::RemedyId;
    /// use legcramps::evidence::EvidenceLevel;
    ///
    /// assert_eq!(RemedyId::Magnesium.info().evidence, EvidenceLevel::NoBenefitShown);
    /// ```
    pub fn info(self) -> &'static Remedy {
        self.row()
    }
}
