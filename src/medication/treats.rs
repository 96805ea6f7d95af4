//! Rows for the drugs used or tried against cramps: the five the seed article names as
//! prescribed, quinine, and the NSAIDs that do not relieve a cramp.

use super::{DrugClass, Medication, MedicationId, MedicationRole};
use crate::evidence::{Citation as C, EvidenceLevel as E};

use DrugClass as K;
use MedicationRole as R;

const PRESCRIBED: &[MedicationRole] = &[R::PrescribedForCramps];
const NO_RELIEF: &[MedicationRole] = &[R::DoesNotRelieveCramps];

const NSAID_NOTE: &str = "Does not stop a cramp: a cramp is not an inflammation, and a \
    tablet works too slowly for an attack that lasts minutes. It may ease soreness left in \
    the muscle afterwards.";
const NSAID_SOURCES: &[C] = &[C::Nhs, C::Cks, C::Seed];

pub(super) const CARISOPRODOL: Medication = Medication {
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

pub(super) const GABAPENTIN: Medication = Medication {
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

pub(super) const DILTIAZEM: Medication = Medication {
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

pub(super) const VERAPAMIL: Medication = Medication {
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

pub(super) const ORPHENADRINE: Medication = Medication {
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

pub(super) const QUININE: Medication = Medication {
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

pub(super) const IBUPROFEN: Medication = Medication {
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

pub(super) const ASPIRIN: Medication = Medication {
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

pub(super) const NAPROXEN: Medication = Medication {
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
