//! Rows for the drugs that may bring cramps on: the Garrison-2012 classes (with their
//! sequence ratios) and the drugs named by AAFP-2012 and CKS.

use super::{DrugClass, Medication, MedicationId, MedicationRole};
use crate::evidence::{Citation as C, EffectKind, EffectSize, EvidenceLevel as E, ci95};

use DrugClass as K;
use MedicationRole as R;

/// Garrison-2012 adjusted sequence ratios by class, 95 % CI.
const LABA: EffectSize = ci95(
    EffectKind::SequenceRatio,
    2.42,
    2.02,
    2.89,
    true,
    C::Garrison2012,
);
const POTASSIUM_SPARING: EffectSize = ci95(
    EffectKind::SequenceRatio,
    2.12,
    1.61,
    2.78,
    true,
    C::Garrison2012,
);
const THIAZIDE_LIKE: EffectSize = ci95(
    EffectKind::SequenceRatio,
    1.48,
    1.29,
    1.68,
    true,
    C::Garrison2012,
);
/// p = 0.07: the interval touches 1.00, so not significant.
const LOOP: EffectSize = ci95(
    EffectKind::SequenceRatio,
    1.20,
    1.00,
    1.44,
    false,
    C::Garrison2012,
);
const STATIN: EffectSize = ci95(
    EffectKind::SequenceRatio,
    1.16,
    1.04,
    1.29,
    true,
    C::Garrison2012,
);

const MAY_CAUSE: &[MedicationRole] = &[R::MayCauseCramps];

pub(super) const SALMETEROL: Medication = Medication {
    id: MedicationId::Salmeterol,
    generic: "salmeterol",
    brands: &[],
    other_names: &[],
    class: K::LongActingBetaAgonist,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(LABA),
    rxnorm: Some("36117"),
    atc: Some("R03AC12"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Long-acting beta2-agonist inhaler. In Garrison-2012, cramp treatment was started \
        2.42 times as often in the year after a LABA was begun as in the year before \
        (LABA alone 2.17, 1.56-3.02; with an inhaled corticosteroid 2.55, 2.06-3.12).",
    citations: &[C::Garrison2012, C::Bnssg, C::Rabbitt2016],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

pub(super) const FORMOTEROL: Medication = Medication {
    id: MedicationId::Formoterol,
    generic: "formoterol",
    brands: &[],
    other_names: &[],
    class: K::LongActingBetaAgonist,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(LABA),
    rxnorm: None,
    atc: Some("R03AC13"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Long-acting beta2-agonist; the Garrison-2012 class ratio applies. The ATC code is \
        the inhaled form (the oral form is R03CC15).",
    citations: &[C::Garrison2012, C::Bnssg, C::Rabbitt2016],
    code_citations: &[C::WhoAtc],
};

pub(super) const SALBUTAMOL: Medication = Medication {
    id: MedicationId::Salbutamol,
    generic: "salbutamol",
    brands: &[],
    other_names: &["albuterol"],
    class: K::ShortActingBetaAgonist,
    roles: MAY_CAUSE,
    evidence: E::GuidelineAdvice,
    effect: None,
    rxnorm: Some("435"),
    atc: Some("R03AC02"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Short-acting beta2-agonist (called albuterol in the US). CKS names it among \
        medicines that can cause cramps; Garrison-2012 measured long-acting agonists only, \
        so no ratio is given. The ATC code is the inhaled form (oral: R03CC02).",
    citations: &[C::Cks, C::Bnssg, C::Rabbitt2016, C::Garrison2012],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

const DIURETIC_CONFLICT: &str = "Diuretic. Cramp treatment started more often in the year \
    after a drug of this class was begun than in the year before (Garrison-2012; the \
    ratio is given with the row). The evidence conflicts: an elderly outpatient survey \
    found no link with diuretics (Abdulla-1999).";

pub(super) const SPIRONOLACTONE: Medication = Medication {
    id: MedicationId::Spironolactone,
    generic: "spironolactone",
    brands: &[],
    other_names: &[],
    class: K::PotassiumSparingDiuretic,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(POTASSIUM_SPARING),
    rxnorm: Some("9997"),
    atc: Some("C03DA01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: DIURETIC_CONFLICT,
    citations: &[C::Garrison2012, C::Cks, C::Bnssg, C::Nhs, C::Abdulla1999],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

pub(super) const AMILORIDE: Medication = Medication {
    id: MedicationId::Amiloride,
    generic: "amiloride",
    brands: &[],
    other_names: &[],
    class: K::PotassiumSparingDiuretic,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(POTASSIUM_SPARING),
    rxnorm: None,
    atc: Some("C03DB01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: DIURETIC_CONFLICT,
    citations: &[C::Garrison2012, C::Cks, C::Bnssg, C::Nhs, C::Abdulla1999],
    code_citations: &[C::WhoAtc],
};

pub(super) const TRIAMTERENE: Medication = Medication {
    id: MedicationId::Triamterene,
    generic: "triamterene",
    brands: &[],
    other_names: &[],
    class: K::PotassiumSparingDiuretic,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(POTASSIUM_SPARING),
    rxnorm: None,
    atc: Some("C03DB02"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: DIURETIC_CONFLICT,
    citations: &[C::Garrison2012, C::Cks, C::Bnssg, C::Nhs, C::Abdulla1999],
    code_citations: &[C::WhoAtc],
};

pub(super) const HYDROCHLOROTHIAZIDE: Medication = Medication {
    id: MedicationId::Hydrochlorothiazide,
    generic: "hydrochlorothiazide",
    brands: &[],
    other_names: &[],
    class: K::ThiazideDiuretic,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(THIAZIDE_LIKE),
    rxnorm: Some("5487"),
    atc: Some("C03AA03"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: DIURETIC_CONFLICT,
    citations: &[C::Garrison2012, C::Cks, C::Bnssg, C::Nhs, C::Abdulla1999],
    code_citations: &[C::CpicSchema, C::OhdsiPhenotypeLibrary, C::WhoAtc],
};

pub(super) const CHLORTHALIDONE: Medication = Medication {
    id: MedicationId::Chlorthalidone,
    generic: "chlorthalidone",
    brands: &[],
    other_names: &["chlortalidone"],
    class: K::ThiazideDiuretic,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(THIAZIDE_LIKE),
    rxnorm: Some("2409"),
    atc: Some("C03BA04"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Thiazide-like diuretic (WHO spelling: chlortalidone). Cramp treatment started \
        more often in the year after a thiazide-like diuretic was begun (Garrison-2012); \
        the evidence conflicts: an elderly outpatient survey found no link with diuretics \
        (Abdulla-1999).",
    citations: &[C::Garrison2012, C::Cks, C::Bnssg, C::Nhs, C::Abdulla1999],
    code_citations: &[C::OhdsiPhenotypeLibrary, C::WhoAtc],
};

pub(super) const FUROSEMIDE: Medication = Medication {
    id: MedicationId::Furosemide,
    generic: "furosemide",
    brands: &[],
    other_names: &[],
    class: K::LoopDiuretic,
    roles: MAY_CAUSE,
    evidence: E::GuidelineAdvice,
    effect: Some(LOOP),
    rxnorm: Some("4603"),
    atc: Some("C03CA01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Loop diuretic. CKS names diuretics among medicines that can cause cramps, but \
        for loop diuretics Garrison-2012 found a weaker ratio that was not significant \
        (p = 0.07). An elderly outpatient survey found no link with diuretics \
        (Abdulla-1999).",
    citations: &[C::Cks, C::Garrison2012, C::Abdulla1999],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

const STATIN_NOTE: &str = "Statin. Garrison-2012 found a small rise in cramp treatment \
    after a statin was started; the NHS also lists statins as a possible cause.";

pub(super) const ATORVASTATIN: Medication = Medication {
    id: MedicationId::Atorvastatin,
    generic: "atorvastatin",
    brands: &[],
    other_names: &[],
    class: K::Statin,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(STATIN),
    rxnorm: Some("83367"),
    atc: None,
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: STATIN_NOTE,
    citations: &[C::Garrison2012, C::Nhs, C::Bnssg],
    code_citations: &[C::CpicSchema],
};

pub(super) const SIMVASTATIN: Medication = Medication {
    id: MedicationId::Simvastatin,
    generic: "simvastatin",
    brands: &[],
    other_names: &[],
    class: K::Statin,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(STATIN),
    rxnorm: Some("36567"),
    atc: None,
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: STATIN_NOTE,
    citations: &[C::Garrison2012, C::Nhs, C::Bnssg],
    code_citations: &[C::CpicSchema],
};

pub(super) const ROSUVASTATIN: Medication = Medication {
    id: MedicationId::Rosuvastatin,
    generic: "rosuvastatin",
    brands: &[],
    other_names: &[],
    class: K::Statin,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(STATIN),
    rxnorm: Some("301542"),
    atc: None,
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: STATIN_NOTE,
    citations: &[C::Garrison2012, C::Nhs, C::Bnssg],
    code_citations: &[C::CpicSchema],
};

pub(super) const PRAVASTATIN: Medication = Medication {
    id: MedicationId::Pravastatin,
    generic: "pravastatin",
    brands: &[],
    other_names: &[],
    class: K::Statin,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: Some(STATIN),
    rxnorm: Some("42463"),
    atc: None,
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: STATIN_NOTE,
    citations: &[C::Garrison2012, C::Nhs, C::Bnssg],
    code_citations: &[C::CpicSchema],
};

const AAFP_STRONG: &str = "AAFP-2012 names it among the drugs most strongly linked with \
    night cramps, although cramps are uncommon with it.";

pub(super) const IRON_SUCROSE: Medication = Medication {
    id: MedicationId::IronSucrose,
    generic: "iron sucrose",
    brands: &[],
    other_names: &[],
    class: K::ParenteralIron,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: None,
    rxnorm: None,
    atc: None,
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Iron given into a vein. AAFP-2012 names it among the drugs most strongly linked \
        with night cramps, although cramps are uncommon with it. WHO codes parenteral iron \
        only as a group (B03AC), so no substance code is given.",
    citations: &[C::Aafp2012],
    code_citations: &[],
};

pub(super) const CONJUGATED_ESTROGENS: Medication = Medication {
    id: MedicationId::ConjugatedEstrogens,
    generic: "conjugated estrogens",
    brands: &[],
    other_names: &[],
    class: K::Estrogen,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: None,
    rxnorm: None,
    atc: Some("G03CA57"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: AAFP_STRONG,
    citations: &[C::Aafp2012],
    code_citations: &[C::WhoAtc],
};

pub(super) const RALOXIFENE: Medication = Medication {
    id: MedicationId::Raloxifene,
    generic: "raloxifene",
    brands: &[],
    other_names: &[],
    class: K::SelectiveEstrogenReceptorModulator,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: None,
    rxnorm: None,
    atc: Some("G03XC01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: AAFP_STRONG,
    citations: &[C::Aafp2012, C::Bnssg],
    code_citations: &[C::WhoAtc],
};

pub(super) const TERIPARATIDE: Medication = Medication {
    id: MedicationId::Teriparatide,
    generic: "teriparatide",
    brands: &[],
    other_names: &[],
    class: K::ParathyroidHormoneAnalogue,
    roles: MAY_CAUSE,
    evidence: E::AssociationObserved,
    effect: None,
    rxnorm: None,
    atc: Some("H05AA02"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: AAFP_STRONG,
    citations: &[C::Aafp2012],
    code_citations: &[C::WhoAtc],
};

pub(super) const NIFEDIPINE: Medication = Medication {
    id: MedicationId::Nifedipine,
    generic: "nifedipine",
    brands: &[],
    other_names: &[],
    class: K::CalciumChannelBlocker,
    roles: MAY_CAUSE,
    evidence: E::GuidelineAdvice,
    effect: None,
    rxnorm: Some("7417"),
    atc: Some("C08CA05"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "A calcium channel blocker that CKS names among medicines that can cause cramps; \
        BNSSG lists the class. Two other drugs of the class, diltiazem and verapamil, are \
        sometimes prescribed against cramps.",
    citations: &[C::Cks, C::Bnssg],
    code_citations: &[C::OhdsiPhenotypeLibrary, C::Hadlock, C::WhoAtc],
};
