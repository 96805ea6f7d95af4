//! Wording against the sources (issue #11, "Wording and sources"): the diuretic notes
//! lead with the class link before the conflicting survey, plan texts carry no
//! qualifier that no source backs, and a plan step's evidence tag is its remedy's.

use crate::support::catalog::medications;
use legcramps::DrugClass;
use legcramps::assess::StepId;
use legcramps::evidence::EvidenceLevel;

/// The steps written for pregnancy, which take the remedy's evidence in pregnancy.
/// (`StepId` is non-exhaustive, so a new step falls to "not for pregnancy".)
fn for_pregnancy(id: StepId) -> bool {
    use StepId::*;
    match id {
        MagnesiumInPregnancy | GentleActivityInPregnancy => true,
        StretchMuscle
        | FlexFoot
        | StandOnLeg
        | Massage
        | Heat
        | FoamRoller
        | NightlyStretching
        | KeepStretching
        | ExerciseBeforeBed
        | MovementBreaks
        | StretchedOutSleep
        | Fluids
        | SupportiveShoes
        | MedicationReview
        | AntenatalCheck
        | Magnesium
        | VitaminBComplex
        | VitaminEOrB6
        | NsaidsDoNotRelieve
        | NoQuinineSelfTreatment
        | NoQuinineInPregnancy
        | QuinineWarningSigns => false,
        _ => false,
    }
}

#[test]
fn every_plan_step_has_the_evidence_tag_of_its_remedy() {
    // A step that uses a catalog remedy states the same level as the remedy's row; the
    // pregnancy steps state the row's level in pregnancy where the row gives one
    // (magnesium: Cochrane-Preg 2020, single trials disagree, low certainty).
    let mut checked = 0;
    for row in StepId::ALL.iter().map(|id| id.info()) {
        let Some(remedy) = row.remedy else { continue };
        let r = remedy.info();
        let expected: EvidenceLevel = if for_pregnancy(row.step) {
            r.evidence_in_pregnancy.unwrap_or(r.evidence)
        } else {
            r.evidence
        };
        assert_eq!(row.evidence, expected, "{:?} uses {:?}", row.step, remedy);
        checked += 1;
    }
    // 19 of the 24 steps use a remedy (the others are reviews and cautions).
    assert!(checked >= 15, "only {checked} steps use a remedy");
}

#[test]
fn exercise_before_bed_is_not_tagged_with_the_sedentary_association() {
    // Delacour-2020 links a sedentary life with cramps; nobody trialled evening
    // exercise, so the remedy and the step are "insufficient" (clinical.md §5).
    assert_eq!(
        StepId::ExerciseBeforeBed.info().evidence,
        EvidenceLevel::Insufficient
    );
}

#[test]
fn plan_texts_carry_no_unsourced_qualifier() {
    // AASM says forceful upward bending relieves a cramp; no source gives a share of
    // cramps it eases, so "most" has no backing (clinical.md §5, in-the-moment relief).
    for row in StepId::ALL.iter().map(|id| id.info()) {
        let text = row.text.to_lowercase();
        for phrase in ["eases most", "most calf cramps", "always works", "cures"] {
            assert!(!text.contains(phrase), "{:?}: {:?}", row.step, row.text);
        }
    }
    assert!(StepId::FlexFoot.info().text.contains("can relieve"));
}

#[test]
fn diuretic_notes_lead_with_the_class_link_then_the_conflict() {
    // clinical.md §2.1 (Garrison-2012: sequence ratios for potassium-sparing and
    // thiazide-like diuretics) and §2.2 (conflicting evidence: Abdulla-1999 found no
    // link with diuretics). The class link comes first, the survey after it.
    let mut seen = 0;
    for row in medications() {
        if !matches!(
            row.class,
            DrugClass::PotassiumSparingDiuretic | DrugClass::ThiazideDiuretic
        ) {
            continue;
        }
        let garrison = row.note.find("Garrison-2012");
        let abdulla = row.note.find("Abdulla-1999");
        assert!(
            matches!((garrison, abdulla), (Some(g), Some(a)) if g < a),
            "{:?}: {}",
            row.id,
            row.note
        );
        seen += 1;
    }
    assert!(seen >= 5, "{seen} diuretic rows");
}
