//! Risk factors: what makes night cramps more likely, each with its evidence and, where
//! a source gives one, its effect size as data.

use serde::{Deserialize, Serialize};

use crate::evidence::{Citation, EffectSize, EvidenceLevel};

mod rows;

/// Something about a person or their day that makes night cramps more likely.
///
/// Serialized as its snake_case name, e.g. `"sedentary_lifestyle"`.
///
/// When adding a variant, add it at the end, give it a row in `RISK_FACTORS` and an
/// arm in [`RiskFactorId::info`], and append it to [`RiskFactorId::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::RiskFactorId;
///
/// let f: RiskFactorId = serde_json::from_str("\"female_sex\"")?;
/// let or = f.info().effect.expect("Abdulla-1999 gives an odds ratio");
/// assert_eq!((or.estimate, or.low, or.high), (1.96, 1.28, 3.03));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RiskFactorId {
    /// Tired muscles after unusual or intense exertion.
    MuscleFatigue,
    /// Sitting for long stretches, e.g. at a desk.
    ProlongedSitting,
    /// Not stretching the leg muscles.
    NotStretching,
    /// Sitting or lying in a way that restricts the legs, e.g. legs crossed.
    RestrictivePosition,
    /// Older age.
    OlderAge,
    /// Standing for long periods.
    ProlongedStanding,
    /// Pregnancy.
    Pregnancy,
    /// Taking a medicine linked with cramps.
    MedicationSideEffect,
    /// Having a chronic condition linked with cramps.
    ChronicCondition,
    /// A sedentary (physically inactive) lifestyle.
    SedentaryLifestyle,
    /// Peripheral arterial disease.
    PeripheralArteryDisease,
    /// Arthritis.
    Arthritis,
    /// Female sex.
    FemaleSex,
    /// Drinking too little fluid.
    LowFluidIntake,
    /// Unsupportive shoes.
    UnsupportiveFootwear,
    /// Smoking.
    Smoking,
    /// A higher body-mass index.
    HigherBmi,
    /// Short sleep.
    ShortSleep,
    /// Drinking alcohol.
    AlcoholUse,
}

/// One row of the risk-factor catalog.
///
/// Serializes as a JSON object with every field. A row is catalog data, not input: it
/// does not deserialize; read a [`RiskFactorId`] and call [`RiskFactorId::info`].
///
/// # Examples
///
/// ```
/// use legcramps::RiskFactorId;
/// use legcramps::evidence::{EvidenceLevel, IntervalKind};
///
/// let sedentary = RiskFactorId::SedentaryLifestyle.info();
/// let or = sedentary.effect.expect("Delacour-2020 gives an odds ratio");
/// assert_eq!(or.estimate, 9.84);
/// assert_eq!(or.interval, IntervalKind::Credibility95);
/// assert_eq!(sedentary.evidence, EvidenceLevel::AssociationObserved);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RiskFactor {
    /// The factor.
    pub factor: RiskFactorId,
    /// A short plain-English name.
    pub name: &'static str,
    /// What the sources say, with figures and source keys.
    pub description: &'static str,
    /// An odds ratio with its interval, where a source gives one.
    pub effect: Option<EffectSize>,
    /// The kind of evidence behind it.
    pub evidence: EvidenceLevel,
    /// Sources for the row.
    pub citations: &'static [Citation],
}

impl RiskFactorId {
    /// The catalog row for this factor. Never panics: an exhaustive `match` picks it.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::RiskFactorId;
    /// use legcramps::evidence::Citation;
    ///
    /// assert!(RiskFactorId::OlderAge.info().citations.contains(&Citation::Cks));
    /// ```
    pub fn info(self) -> &'static RiskFactor {
        self.row()
    }
}
