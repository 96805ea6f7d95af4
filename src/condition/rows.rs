//! The rows of the conditions catalog (clinical.md §3), one per [`ConditionId`].

use super::{Condition, ConditionId};
use crate::evidence::{Citation as C, EffectKind, EffectSize, EvidenceLevel as E, ci95};

/// Conditions that Grandner-2017 found linked with night cramps in US adults (NHANES,
/// adjusted for age, sex, education and BMI); the paper's odds ratios were not retrieved.
const NHANES: &str = "Linked with night cramps in US adults (NHANES, adjusted for age, sex, \
    education and BMI) [Grandner-2017]; odds ratios not retrieved.";

/// Abdulla-1999: odds ratio for cramps with peripheral vascular disease, outpatients 65+.
/// Shared with the risk-factor row of the same name, so the figure is written once.
pub(crate) const PAD_OR: EffectSize =
    ci95(EffectKind::OddsRatio, 2.9, 1.89, 4.55, true, C::Abdulla1999);

/// Abdulla-1999: odds ratio for cramps with arthritis (type not given), outpatients 65+.
/// Shared with the risk-factor row of the same name.
pub(crate) const ARTHRITIS_OR: EffectSize = ci95(
    EffectKind::OddsRatio,
    2.26,
    1.48,
    3.45,
    true,
    C::Abdulla1999,
);

const PERIPHERAL_ARTERY_DISEASE: Condition = Condition {
    id: ConditionId::PeripheralArteryDisease,
    name: "peripheral arterial disease",
    figure: "OR 2.9 (95% CI 1.89-4.55) for cramps in outpatients aged 65 and over \
        [Abdulla-1999]; 75% of veteran outpatients with the disease reported cramps \
        [AAFP-2012]; present in 34% of cramp patients vs 12% of controls, p = 0.09 \
        [Haskell-VA]; angina or claudication symptoms linked with cramps [Naylor-1994].",
    effect: Some(PAD_OR),
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Abdulla1999, C::Aafp2012, C::HaskellVa, C::Naylor1994],
};

const ARTHRITIS: Condition = Condition {
    id: ConditionId::Arthritis,
    name: "arthritis",
    figure: "OR 2.26 (95% CI 1.48-3.45) [Abdulla-1999]; among the strongest predictors of \
        moderate-to-severe night cramps in a stepwise model [Grandner-2017]. The type of \
        arthritis is not specified.",
    effect: Some(ARTHRITIS_OR),
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Abdulla1999, C::Grandner2017],
};

const CIRRHOSIS: Condition = Condition {
    id: ConditionId::Cirrhosis,
    name: "cirrhosis of the liver",
    figure: "About 60% of people with cirrhosis report cramps, mostly older people with \
        advanced disease [AAFP-2012]; prevalence 22-88%, with clinically relevant cramps \
        (at least weekly, affecting quality of life or needing pain relief) in 12-42% \
        [BMJ-BP].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Aafp2012, C::BmjBestPractice],
};

const KIDNEY_DISEASE_OR_DIALYSIS: Condition = Condition {
    id: ConditionId::KidneyDiseaseOrDialysis,
    name: "chronic kidney disease or dialysis",
    figure: "Linked with cramps [AAFP-2012, BNSSG]; cramps during haemodialysis in 15-87%, \
        with a similar risk on peritoneal dialysis [BMJ-BP].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Aafp2012, C::Bnssg, C::BmjBestPractice],
};

const CORONARY_ARTERY_DISEASE: Condition = Condition {
    id: ConditionId::CoronaryArteryDisease,
    name: "coronary artery disease",
    figure: "62% of veterans with coronary artery disease reported cramps [AAFP-2012]; \
        cardiovascular disease overall in 82% of cramp patients vs 64% of controls \
        [Haskell-VA].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Aafp2012, C::HaskellVa],
};

const HEART_FAILURE: Condition = Condition {
    id: ConditionId::HeartFailure,
    name: "heart failure",
    figure: "Linked with night cramps in US adults (NHANES, adjusted for age, sex, \
        education and BMI) [Grandner-2017]; not significant in elderly outpatients \
        [Abdulla-1999].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017, C::Abdulla1999],
};

const HYPERTENSION: Condition = Condition {
    id: ConditionId::Hypertension,
    name: "high blood pressure",
    figure: "Linked with night cramps in US adults (NHANES, adjusted for age, sex, \
        education and BMI) [Grandner-2017]; not significant in elderly outpatients \
        [Abdulla-1999].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017, C::Abdulla1999],
};

const STROKE: Condition = Condition {
    id: ConditionId::Stroke,
    name: "stroke",
    figure: "Linked with night cramps in US adults (NHANES, adjusted for age, sex, \
        education and BMI) [Grandner-2017]; not significant in elderly outpatients \
        [Abdulla-1999].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017, C::Abdulla1999],
};

const RESPIRATORY_DISEASE: Condition = Condition {
    id: ConditionId::RespiratoryDisease,
    name: "chronic respiratory disease",
    figure: NHANES,
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017],
};

const CANCER: Condition = Condition {
    id: ConditionId::Cancer,
    name: "cancer",
    figure: NHANES,
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017],
};

const DEPRESSION: Condition = Condition {
    id: ConditionId::Depression,
    name: "depression",
    figure: "Symptoms of depression linked with night cramps in US adults (NHANES, \
        adjusted for age, sex, education and BMI) [Grandner-2017].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017],
};

const DIABETES: Condition = Condition {
    id: ConditionId::Diabetes,
    name: "diabetes",
    figure: "6% of a primary-care cohort with night cramps had diabetes [Sebo-2019]; HbA1c \
        linked with night cramps in US adults [Grandner-2017]; not significant in elderly \
        outpatients [Abdulla-1999].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Sebo2019, C::Grandner2017, C::Abdulla1999],
};

const PERIPHERAL_NEUROPATHY: Condition = Condition {
    id: ConditionId::PeripheralNeuropathy,
    name: "peripheral neuropathy",
    figure: "A peripheral neurological deficit in 12% of cramp patients vs 0% of controls, \
        p = 0.012 [Haskell-VA]; neuropathy listed as a cause to consider [BNSSG]; numbness \
        or weakness points to it [CKS].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::HaskellVa, C::Bnssg, C::Cks],
};

const LUMBAR_SPINAL_STENOSIS: Condition = Condition {
    id: ConditionId::LumbarSpinalStenosis,
    name: "lumbar spinal stenosis",
    figure: "Named among the conditions linked with night cramps [AAFP-2012].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Aafp2012],
};

const PARKINSONISM: Condition = Condition {
    id: ConditionId::Parkinsonism,
    name: "Parkinson's disease or parkinsonism",
    figure: "CKS lists parkinsonism among the conditions that can be mistaken for a \
        leg cramp [CKS].",
    effect: None,
    evidence: E::GuidelineAdvice,
    icd10cm: None,
    citations: &[C::Cks],
};

const MOTOR_NEURON_DISEASE: Condition = Condition {
    id: ConditionId::MotorNeuronDisease,
    name: "motor neuron disease (including ALS)",
    figure: "Listed as a cause to consider [BNSSG, DGN-2017]; muscle wasting with twitching \
        (fasciculations) is a warning sign [CKS]. No drug is proven for cramps in ALS \
        [DGN-2017].",
    effect: None,
    evidence: E::GuidelineAdvice,
    icd10cm: None,
    citations: &[C::Bnssg, C::Dgn2017, C::Cks],
};

const THYROID_DISEASE: Condition = Condition {
    id: ConditionId::ThyroidDisease,
    name: "thyroid disease",
    figure: "Named as an underlying condition to look for; thyroid tests are among the \
        investigations when a cause is suspected [CKS, BNSSG].",
    effect: None,
    evidence: E::GuidelineAdvice,
    icd10cm: None,
    citations: &[C::Cks, C::Bnssg],
};

const HYPOKALAEMIA: Condition = Condition {
    id: ConditionId::Hypokalaemia,
    name: "low potassium",
    figure: "63% of veterans with low potassium reported cramps, but the evidence is \
        conflicting [AAFP-2012].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Aafp2012],
};

const ELECTROLYTE_DISORDER: Condition = Condition {
    id: ConditionId::ElectrolyteDisorder,
    name: "low calcium or another electrolyte disorder",
    figure: "Electrolytes, calcium and magnesium are among the tests when a cause is \
        suspected [CKS]; yet electrolyte disturbance does not appear related to ordinary \
        (idiopathic) night cramps [AAFP-2012].",
    effect: None,
    evidence: E::GuidelineAdvice,
    icd10cm: None,
    citations: &[C::Cks, C::Aafp2012],
};

const VENOUS_INSUFFICIENCY: Condition = Condition {
    id: ConditionId::VenousInsufficiency,
    name: "venous insufficiency or varicose veins",
    figure: "Varicose veins are one of the examination points CKS lists for leg cramps \
        [CKS].",
    effect: None,
    evidence: E::GuidelineAdvice,
    icd10cm: None,
    citations: &[C::Cks],
};

const ANGINA: Condition = Condition {
    id: ConditionId::Angina,
    name: "angina",
    figure: "Linked with night cramps in US adults (NHANES, adjusted for age, sex, \
        education and BMI) [Grandner-2017]; symptoms of angina or claudication linked with \
        rest cramps [Naylor-1994].",
    effect: None,
    evidence: E::AssociationObserved,
    icd10cm: None,
    citations: &[C::Grandner2017, C::Naylor1994],
};

crate::table::catalog! {
    /// Every condition row, one per [`ConditionId`], in the order of [`ConditionId::ALL`].
    pub(crate) static CONDITIONS: [Condition] by ConditionId;
    const ROWS: [_; COUNT];
    /// Every id, in declaration order; each id's row is [`ConditionId::info`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::ConditionId;
    ///
    /// assert!(ConditionId::ALL.iter().all(|id| !id.info().citations.is_empty()));
    /// ```
    pub const ALL;
    /// The row for an id: an exhaustive match, so it cannot miss or panic.
    pub(super) fn row;
    {
        PeripheralArteryDisease => PERIPHERAL_ARTERY_DISEASE,
        Arthritis => ARTHRITIS,
        Cirrhosis => CIRRHOSIS,
        KidneyDiseaseOrDialysis => KIDNEY_DISEASE_OR_DIALYSIS,
        CoronaryArteryDisease => CORONARY_ARTERY_DISEASE,
        HeartFailure => HEART_FAILURE,
        Hypertension => HYPERTENSION,
        Stroke => STROKE,
        RespiratoryDisease => RESPIRATORY_DISEASE,
        Cancer => CANCER,
        Depression => DEPRESSION,
        Diabetes => DIABETES,
        PeripheralNeuropathy => PERIPHERAL_NEUROPATHY,
        LumbarSpinalStenosis => LUMBAR_SPINAL_STENOSIS,
        Parkinsonism => PARKINSONISM,
        MotorNeuronDisease => MOTOR_NEURON_DISEASE,
        ThyroidDisease => THYROID_DISEASE,
        Hypokalaemia => HYPOKALAEMIA,
        ElectrolyteDisorder => ELECTROLYTE_DISORDER,
        VenousInsufficiency => VENOUS_INSUFFICIENCY,
        Angina => ANGINA,
    }
}
