//! The rows of the medication catalog, one per [`MedicationId`], in declaration order.
//!
//! Codes: RxNorm RxCUIs and ATC codes come from clinical.md §7.2, §7.3 and §9. Codes that
//! the fact base marks UNVERIFIED are absent (orphenadrine RxCUI, iron sucrose,
//! conjugated estrogens RxCUI), and so are the single-source "medium-low" RxCUIs of §9.1
//! (amiloride, triamterene, formoterol, raloxifene, teriparatide): a missing code means
//! "look it up", a wrong one would misfile a record.

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

const PRESCRIBED: &[MedicationRole] = &[R::PrescribedForCramps];
const MAY_CAUSE: &[MedicationRole] = &[R::MayCauseCramps];
const NO_RELIEF: &[MedicationRole] = &[R::DoesNotRelieveCramps];

const NSAID_NOTE: &str = "Does not stop a cramp: a cramp is not an inflammation, and a \
    tablet works too slowly for an attack that lasts minutes. It may ease soreness left in \
    the muscle afterwards.";
const NSAID_SOURCES: &[C] = &[C::Nhs, C::Cks, C::Seed];

const CARISOPRODOL: Medication = Medication {
    id: MedicationId::Carisoprodol,
    generic: "carisoprodol",
    brands: &["Soma"],
    other_names: &[],
    class: K::MuscleRelaxant,
    roles: PRESCRIBED,
    evidence: E::LimitedEvidence,
    effect: None,
    rxnorm: Some("2101"),
    atc: Some("M03BA02"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "A muscle relaxant that doctors sometimes prescribe for night cramps; the \
        AAFP-2012 review calls the evidence for it limited.",
    citations: &[C::Seed, C::Aafp2012],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

const GABAPENTIN: Medication = Medication {
    id: MedicationId::Gabapentin,
    generic: "gabapentin",
    brands: &["Horizant", "Gralise", "Neurontin"],
    other_names: &[],
    class: K::Gabapentinoid,
    roles: PRESCRIBED,
    evidence: E::Insufficient,
    effect: None,
    rxnorm: Some("25480"),
    atc: Some("N02BF01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "Sometimes prescribed for night cramps, but the fact base holds no trial of it \
        for cramps. AAFP-2012 notes that cramps were themselves reported in studies of \
        gabapentin. Its ATC code was N03AX12 in older WHO indexes; N02BF01 is current.",
    citations: &[C::Seed, C::Aafp2012],
    code_citations: &[C::OhdsiPhenotypeLibrary, C::WhoAtc],
};

const DILTIAZEM: Medication = Medication {
    id: MedicationId::Diltiazem,
    generic: "diltiazem",
    brands: &["Cardizem"],
    other_names: &[],
    class: K::CalciumChannelBlocker,
    roles: PRESCRIBED,
    evidence: E::AanC,
    effect: None,
    rxnorm: Some("3443"),
    atc: Some("C08DB01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "A calcium channel blocker. AAN-2010 rates calcium channel blockers such as \
        diltiazem level C (possibly effective) on one class II study: a double-blind \
        crossover trial of 30 mg at bedtime in 13 patients (Voon-2001). AAFP-2017 says \
        calcium channel blockers may give short-term improvement.",
    citations: &[C::Seed, C::Aan2010, C::Voon2001, C::Aafp2017],
    code_citations: &[C::Hadlock, C::WhoAtc],
};

const VERAPAMIL: Medication = Medication {
    id: MedicationId::Verapamil,
    generic: "verapamil",
    brands: &["Verelan", "Calan"],
    other_names: &[],
    class: K::CalciumChannelBlocker,
    roles: PRESCRIBED,
    evidence: E::UncontrolledReport,
    effect: None,
    rxnorm: Some("11170"),
    atc: Some("C08DA01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "A calcium channel blocker. The only support in the fact base is an uncontrolled \
        report, cited by Voon-2001, of relief in cramps that quinine had not helped. No AAN \
        level is assigned to it here.",
    citations: &[C::Seed, C::Voon2001],
    code_citations: &[C::Hadlock, C::WhoAtc],
};

const ORPHENADRINE: Medication = Medication {
    id: MedicationId::Orphenadrine,
    generic: "orphenadrine",
    brands: &["Norflex", "Norgesic"],
    other_names: &["orphenadrine citrate"],
    class: K::MuscleRelaxant,
    roles: PRESCRIBED,
    evidence: E::Insufficient,
    effect: None,
    rxnorm: None,
    atc: Some("M03BC01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "A muscle relaxant sometimes prescribed for night cramps; the fact base holds no \
        trial of it for cramps. The ATC code is for the citrate salt used as a muscle \
        relaxant (the hydrochloride is filed as an anti-parkinson drug, N04AB02). No \
        ingredient-level RxNorm code has been verified.",
    citations: &[C::Seed],
    code_citations: &[C::WhoAtc],
};

const QUININE: Medication = Medication {
    id: MedicationId::Quinine,
    generic: "quinine",
    brands: &["Qualaquin"],
    other_names: &["quinine sulfate", "quinine sulphate", "quinine bisulphate"],
    class: K::Antimalarial,
    roles: &[R::EffectiveNotRoutine],
    evidence: E::AanA,
    effect: None,
    rxnorm: Some("9071"),
    atc: Some("P01BC01"),
    contraindicated_in_pregnancy: true,
    warnings: &[
        "US boxed warning: taken for night leg cramps, quinine can cause serious, \
         life-threatening blood reactions (low platelets, HUS/TTP); for that use the risk \
         outweighs any benefit [FDA].",
        "UK: not a routine treatment. Consider it only when cramps regularly disturb sleep, \
         are very painful or frequent, other treatable causes have been ruled out and \
         non-drug measures such as stretching have failed [MHRA-2010].",
        "Benefit can take up to 4 weeks to show; stop after a 4-week trial if it does not \
         help or if side effects such as hearing loss appear, and pause about every 3 \
         months to see whether it is still needed [MHRA-2010, SmPC-Q].",
        "Stop and get help at once with unexplained bruising, pinpoint skin bleeds or \
         bleeding [MHRA-2010].",
        "Prolongs the QT interval with dose; take care with heart-rhythm problems and with \
         other medicines that prolong QT [MHRA-2017].",
        "Not in pregnancy: pregnancy trials exclude it because it can harm the unborn \
         baby [Cochrane-Preg].",
        "Never for anyone who has reacted to quinine before, including quinine in tonic \
         water [MHRA-2010].",
    ],
    note: "Works, but the benefit is small: pooled trials show about 28% fewer cramps than \
        placebo (Cochrane-Q). AAN-2010 rates it level A yet advises against routine use \
        because of rare but serious harms.",
    citations: &[
        C::Aan2010,
        C::CochraneQuinine,
        C::Fda,
        C::Mhra2010,
        C::Mhra2017,
        C::SmpcQuinine,
        C::CochranePregnancy,
        C::Cks,
    ],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

const IBUPROFEN: Medication = Medication {
    id: MedicationId::Ibuprofen,
    generic: "ibuprofen",
    brands: &[],
    other_names: &[],
    class: K::Nsaid,
    roles: NO_RELIEF,
    evidence: E::GuidelineAdvice,
    effect: None,
    rxnorm: Some("5640"),
    atc: Some("M01AE01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: NSAID_NOTE,
    citations: NSAID_SOURCES,
    code_citations: &[C::CpicData, C::WhoAtc],
};

const ASPIRIN: Medication = Medication {
    id: MedicationId::Aspirin,
    generic: "aspirin",
    brands: &[],
    other_names: &["acetylsalicylic acid"],
    class: K::Nsaid,
    roles: NO_RELIEF,
    evidence: E::GuidelineAdvice,
    effect: None,
    rxnorm: Some("1191"),
    atc: Some("N02BA01"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: NSAID_NOTE,
    citations: NSAID_SOURCES,
    code_citations: &[C::CpicSchema, C::OhdsiPhenotypeLibrary, C::WhoAtc],
};

const NAPROXEN: Medication = Medication {
    id: MedicationId::Naproxen,
    generic: "naproxen",
    brands: &[],
    other_names: &[],
    class: K::Nsaid,
    roles: &[R::MayCauseCramps, R::DoesNotRelieveCramps],
    evidence: E::AssociationObserved,
    effect: None,
    rxnorm: Some("7258"),
    atc: Some("M01AE02"),
    contraindicated_in_pregnancy: false,
    warnings: &[],
    note: "AAFP-2012 names naproxen among the drugs most strongly linked with night cramps, \
        though cramps are uncommon with it. Like other NSAIDs it does not stop a cramp; it \
        may ease soreness afterwards.",
    citations: &[C::Aafp2012, C::Nhs, C::Seed],
    code_citations: &[C::CpicData, C::WhoAtc],
};

const SALMETEROL: Medication = Medication {
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

const FORMOTEROL: Medication = Medication {
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

const SALBUTAMOL: Medication = Medication {
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
    citations: &[C::Cks, C::Bnssg, C::Rabbitt2016],
    code_citations: &[C::CpicSchema, C::WhoAtc],
};

const DIURETIC_CONFLICT: &str = "An elderly outpatient survey found no link with \
    diuretics (Abdulla-1999).";

const SPIRONOLACTONE: Medication = Medication {
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

const AMILORIDE: Medication = Medication {
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

const TRIAMTERENE: Medication = Medication {
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

const HYDROCHLOROTHIAZIDE: Medication = Medication {
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

const CHLORTHALIDONE: Medication = Medication {
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
    note: "Thiazide-like diuretic (WHO spelling: chlortalidone). An elderly outpatient \
        survey found no link with diuretics (Abdulla-1999).",
    citations: &[C::Garrison2012, C::Cks, C::Bnssg, C::Nhs, C::Abdulla1999],
    code_citations: &[C::OhdsiPhenotypeLibrary, C::WhoAtc],
};

const FUROSEMIDE: Medication = Medication {
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

const ATORVASTATIN: Medication = Medication {
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

const SIMVASTATIN: Medication = Medication {
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

const ROSUVASTATIN: Medication = Medication {
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

const PRAVASTATIN: Medication = Medication {
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

const IRON_SUCROSE: Medication = Medication {
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

const CONJUGATED_ESTROGENS: Medication = Medication {
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

const RALOXIFENE: Medication = Medication {
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

const TERIPARATIDE: Medication = Medication {
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

const NIFEDIPINE: Medication = Medication {
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

/// Every medication row, one per [`MedicationId`], in the order of [`MedicationId::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::MEDICATIONS;
///
/// assert!(MEDICATIONS.iter().all(|m| !m.citations.is_empty()));
/// ```
pub static MEDICATIONS: &[Medication] = &[
    CARISOPRODOL,
    GABAPENTIN,
    DILTIAZEM,
    VERAPAMIL,
    ORPHENADRINE,
    QUININE,
    IBUPROFEN,
    ASPIRIN,
    NAPROXEN,
    SALMETEROL,
    FORMOTEROL,
    SALBUTAMOL,
    SPIRONOLACTONE,
    AMILORIDE,
    TRIAMTERENE,
    HYDROCHLOROTHIAZIDE,
    CHLORTHALIDONE,
    FUROSEMIDE,
    ATORVASTATIN,
    SIMVASTATIN,
    ROSUVASTATIN,
    PRAVASTATIN,
    IRON_SUCROSE,
    CONJUGATED_ESTROGENS,
    RALOXIFENE,
    TERIPARATIDE,
    NIFEDIPINE,
];

/// The row for `id`: an exhaustive match, so it cannot miss or panic.
pub(super) fn row(id: MedicationId) -> &'static Medication {
    match id {
        MedicationId::Carisoprodol => &CARISOPRODOL,
        MedicationId::Gabapentin => &GABAPENTIN,
        MedicationId::Diltiazem => &DILTIAZEM,
        MedicationId::Verapamil => &VERAPAMIL,
        MedicationId::Orphenadrine => &ORPHENADRINE,
        MedicationId::Quinine => &QUININE,
        MedicationId::Ibuprofen => &IBUPROFEN,
        MedicationId::Aspirin => &ASPIRIN,
        MedicationId::Naproxen => &NAPROXEN,
        MedicationId::Salmeterol => &SALMETEROL,
        MedicationId::Formoterol => &FORMOTEROL,
        MedicationId::Salbutamol => &SALBUTAMOL,
        MedicationId::Spironolactone => &SPIRONOLACTONE,
        MedicationId::Amiloride => &AMILORIDE,
        MedicationId::Triamterene => &TRIAMTERENE,
        MedicationId::Hydrochlorothiazide => &HYDROCHLOROTHIAZIDE,
        MedicationId::Chlorthalidone => &CHLORTHALIDONE,
        MedicationId::Furosemide => &FUROSEMIDE,
        MedicationId::Atorvastatin => &ATORVASTATIN,
        MedicationId::Simvastatin => &SIMVASTATIN,
        MedicationId::Rosuvastatin => &ROSUVASTATIN,
        MedicationId::Pravastatin => &PRAVASTATIN,
        MedicationId::IronSucrose => &IRON_SUCROSE,
        MedicationId::ConjugatedEstrogens => &CONJUGATED_ESTROGENS,
        MedicationId::Raloxifene => &RALOXIFENE,
        MedicationId::Teriparatide => &TERIPARATIDE,
        MedicationId::Nifedipine => &NIFEDIPINE,
    }
}
