//! The rows of the risk-factor catalog, one per [`RiskFactorId`], in declaration order.

use super::{RiskFactor, RiskFactorId};
use crate::evidence::{
    Citation as C, EffectKind, EffectSize, EvidenceLevel as E, IntervalKind, ci95,
};

use crate::condition::{ARTHRITIS_OR, PAD_OR};

use RiskFactorId as F;

const NHANES: &str = "Linked with night cramps in US adults (NHANES, adjusted for age, sex, \
    education and BMI) [Grandner-2017]; the paper's odds ratios were not retrieved, so no \
    effect size is given.";

const MUSCLE_FATIGUE: RiskFactor = RiskFactor {
    factor: F::MuscleFatigue,
    name: "muscle fatigue or overexertion",
    description: "Tired muscles are a leading explanation: AAFP-2012 puts night cramps down \
        to muscle fatigue and nerve dysfunction rather than to salts in the blood. The seed \
        article adds that cramps follow unusually hard or long exercise.",
    effect: None,
    evidence: E::GuidelineAdvice,
    citations: &[C::Aafp2012, C::Seed],
};

const PROLONGED_SITTING: RiskFactor = RiskFactor {
    factor: F::ProlongedSitting,
    name: "long periods of sitting",
    description: "Sitting for long stretches, as at a desk, may leave the leg muscles \
        shortened and more likely to cramp in bed; this is a theory in the seed article, \
        not a measured effect (for overall inactivity see sedentary lifestyle).",
    effect: None,
    evidence: E::Insufficient,
    citations: &[C::Seed],
};

const NOT_STRETCHING: RiskFactor = RiskFactor {
    factor: F::NotStretching,
    name: "not stretching",
    description: "In a trial of people over 55, nightly calf and hamstring stretching cut \
        cramps by 1.2 a night (95% CI 0.6-1.8) more than no stretching over 6 weeks \
        [Hallegraeff-2012]; the pooled evidence is of low certainty [Cochrane-NonDrug], and \
        calf stretching alone did not help long-term quinine users [Coppin-2005].",
    effect: None,
    evidence: E::TrialBenefit,
    citations: &[
        C::Hallegraeff2012,
        C::CochraneNonDrug,
        C::Coppin2005,
        C::Seed,
    ],
};

const RESTRICTIVE_POSITION: RiskFactor = RiskFactor {
    factor: F::RestrictivePosition,
    name: "restrictive sitting or lying position",
    description: "Sitting or lying in a way that restricts movement or blood flow, such as \
        with the legs crossed or one leg resting on the other, may bring on cramps (seed \
        article; no study measured it).",
    effect: None,
    evidence: E::Insufficient,
    citations: &[C::Seed],
};

const OLDER_AGE: RiskFactor = RiskFactor {
    factor: F::OlderAge,
    name: "older age",
    description: "About a third of people over 60 have leg cramps [CKS]. Rest cramps \
        affected 37% of people aged 50 and over, rising to 54% over 80 [Naylor-1994]; 46% \
        of primary-care patients aged 60 and over [Maisonneuve-2016]; 50% of outpatients \
        aged 65 and over [Abdulla-1999]. Older age is linked with night cramps in US adults \
        [Grandner-2017].",
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[
        C::Cks,
        C::Naylor1994,
        C::Maisonneuve2016,
        C::Abdulla1999,
        C::Grandner2017,
    ],
};

const PROLONGED_STANDING: RiskFactor = RiskFactor {
    factor: F::ProlongedStanding,
    name: "long periods of standing",
    description: "Standing for much of the day may tire the muscles so that they cramp at \
        night (seed article); a local health-service pathway lists prolonged standing among triggers \
        to avoid [BNSSG].",
    effect: None,
    evidence: E::GuidelineAdvice,
    citations: &[C::Seed, C::Bnssg],
};

const PREGNANCY: RiskFactor = RiskFactor {
    factor: F::Pregnancy,
    name: "pregnancy",
    description: "30-50% of pregnant women have leg cramps, most of all in the third \
        trimester (Cochrane protocol) [Cochrane-Preg]; CKS lists pregnancy as a secondary \
        cause; cramps ease markedly after delivery [BMJ-BP]. Quinine must not be used in \
        pregnancy.",
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[C::CochranePregnancy, C::Cks, C::BmjBestPractice],
};

const MEDICATION_SIDE_EFFECT: RiskFactor = RiskFactor {
    factor: F::MedicationSideEffect,
    name: "a medicine linked with cramps",
    description: "Cramp treatment starts more often after long-acting beta-agonists \
        (ASR 2.42), potassium-sparing diuretics (2.12), thiazide-like diuretics (1.48) and \
        statins (1.16) are begun [Garrison-2012]; IV iron sucrose, conjugated estrogens, \
        raloxifene, naproxen and teriparatide are the drugs most strongly linked \
        [AAFP-2012]; CKS names diuretics, salbutamol and nifedipine. The per-drug figures \
        are in the medication catalog.",
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[C::Garrison2012, C::Aafp2012, C::Cks],
};

const CHRONIC_CONDITION: RiskFactor = RiskFactor {
    factor: F::ChronicCondition,
    name: "a chronic condition linked with cramps",
    description: "Vascular disease, lumbar canal stenosis, cirrhosis and dialysis are \
        linked with cramps [AAFP-2012], as are many conditions in US adults \
        [Grandner-2017]; CKS asks about underlying conditions such as thyroid disease. The \
        per-condition figures are in the conditions catalog.",
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[C::Aafp2012, C::Grandner2017, C::Cks],
};

const SEDENTARY_LIFESTYLE: RiskFactor = RiskFactor {
    factor: F::SedentaryLifestyle,
    name: "sedentary lifestyle",
    description: "OR 9.84 (95% credibility interval 1.74-101.9) for night cramps in people \
        over 60, adjusted for alcohol [Delacour-2020]. The study is observational and the \
        interval is very wide.",
    effect: Some(EffectSize {
        kind: EffectKind::OddsRatio,
        interval: IntervalKind::Credibility95,
        estimate: 9.84,
        low: 1.74,
        high: 101.9,
        significant: true,
        citation: C::Delacour2020,
    }),
    evidence: E::AssociationObserved,
    citations: &[C::Delacour2020],
};

const PERIPHERAL_ARTERY_DISEASE: RiskFactor = RiskFactor {
    factor: F::PeripheralArteryDisease,
    name: "peripheral arterial disease",
    description: "OR 2.9 (95% CI 1.89-4.55) for cramps in outpatients aged 65 and over \
        [Abdulla-1999]; 75% of veteran outpatients with the disease reported cramps \
        [AAFP-2012].",
    effect: Some(PAD_OR),
    evidence: E::AssociationObserved,
    citations: &[C::Abdulla1999, C::Aafp2012],
};

const ARTHRITIS: RiskFactor = RiskFactor {
    factor: F::Arthritis,
    name: "arthritis",
    description: "OR 2.26 (95% CI 1.48-3.45) [Abdulla-1999]; among the strongest predictors \
        of moderate-to-severe night cramps in US adults [Grandner-2017].",
    effect: Some(ARTHRITIS_OR),
    evidence: E::AssociationObserved,
    citations: &[C::Abdulla1999, C::Grandner2017],
};

const FEMALE_SEX: RiskFactor = RiskFactor {
    factor: F::FemaleSex,
    name: "female sex",
    description: "OR 1.96 (95% CI 1.28-3.03); 56% of women vs 40% of men had cramps in \
        outpatients aged 65 and over [Abdulla-1999]. Women report more cramps, and more \
        foot cramps [BMJ-BP].",
    effect: Some(ci95(
        EffectKind::OddsRatio,
        1.96,
        1.28,
        3.03,
        true,
        C::Abdulla1999,
    )),
    evidence: E::AssociationObserved,
    citations: &[C::Abdulla1999, C::BmjBestPractice],
};

const LOW_FLUID_INTAKE: RiskFactor = RiskFactor {
    factor: F::LowFluidIntake,
    name: "drinking too little",
    description: "The NHS lists dehydration as a possible cause and the seed article advises \
        drinking enough, but AAFP-2012 finds that low body fluid does not appear related to \
        ordinary night cramps. No trial has tested it: the sources conflict.",
    effect: None,
    evidence: E::Insufficient,
    citations: &[C::Nhs, C::Aafp2012, C::Seed],
};

const UNSUPPORTIVE_FOOTWEAR: RiskFactor = RiskFactor {
    factor: F::UnsupportiveFootwear,
    name: "unsupportive shoes",
    description: "Some people notice fewer cramps in more supportive shoes (seed article); \
        no study measured it.",
    effect: None,
    evidence: E::Insufficient,
    citations: &[C::Seed],
};

const SMOKING: RiskFactor = RiskFactor {
    factor: F::Smoking,
    name: "smoking",
    description: NHANES,
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[C::Grandner2017],
};

const HIGHER_BMI: RiskFactor = RiskFactor {
    factor: F::HigherBmi,
    name: "higher body-mass index",
    description: NHANES,
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[C::Grandner2017],
};

const SHORT_SLEEP: RiskFactor = RiskFactor {
    factor: F::ShortSleep,
    name: "short sleep",
    description: NHANES,
    effect: None,
    evidence: E::AssociationObserved,
    citations: &[C::Grandner2017],
};

const ALCOHOL_USE: RiskFactor = RiskFactor {
    factor: F::AlcoholUse,
    name: "alcohol",
    description: "Delacour-2020 cites earlier work linking alcohol with night cramps and \
        adjusted its analysis for it; a local health-service pathway lists alcohol among triggers to \
        avoid [BNSSG]. No effect size is given.",
    effect: None,
    evidence: E::GuidelineAdvice,
    citations: &[C::Delacour2020, C::Bnssg],
};

crate::table::catalog! {
    /// Every risk-factor row, one per [`RiskFactorId`], in the order of [`RiskFactorId::ALL`].
    #[allow(dead_code, reason = "the ids' ALL and info() are the public path")]
    pub(crate) static RISK_FACTORS: [RiskFactor] by RiskFactorId;
    const ROWS: [_; COUNT];
    /// Every factor, in declaration order; each factor's row is [`RiskFactorId::info`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::RiskFactorId;
    ///
    /// assert!(RiskFactorId::ALL.iter().all(|id| !id.info().citations.is_empty()));
    /// ```
    pub const ALL;
    /// The row for an id: an exhaustive match, so it cannot miss or panic.
    pub(super) fn row;
    {
        MuscleFatigue => MUSCLE_FATIGUE,
        ProlongedSitting => PROLONGED_SITTING,
        NotStretching => NOT_STRETCHING,
        RestrictivePosition => RESTRICTIVE_POSITION,
        OlderAge => OLDER_AGE,
        ProlongedStanding => PROLONGED_STANDING,
        Pregnancy => PREGNANCY,
        MedicationSideEffect => MEDICATION_SIDE_EFFECT,
        ChronicCondition => CHRONIC_CONDITION,
        SedentaryLifestyle => SEDENTARY_LIFESTYLE,
        PeripheralArteryDisease => PERIPHERAL_ARTERY_DISEASE,
        Arthritis => ARTHRITIS,
        FemaleSex => FEMALE_SEX,
        LowFluidIntake => LOW_FLUID_INTAKE,
        UnsupportiveFootwear => UNSUPPORTIVE_FOOTWEAR,
        Smoking => SMOKING,
        HigherBmi => HIGHER_BMI,
        ShortSleep => SHORT_SLEEP,
        AlcoholUse => ALCOHOL_USE,
    }
}
