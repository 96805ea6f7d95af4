//! The steps a plan can hold: the step ids and the table that gives each step its
//! remedy, text, evidence level and sources.

use serde::{Deserialize, Serialize};

use crate::{Citation, EvidenceLevel, RemedyId};

/// A step of the plan, by name.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::assess::StepId;
///
/// assert_eq!(serde_json::to_string(&StepId::NightlyStretching)?, "\"nightly_stretching\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StepId {
    /// Stretch the cramping muscle.
    StretchMuscle,
    /// Flex the foot up and down.
    FlexFoot,
    /// Stand and put weight on the leg.
    StandOnLeg,
    /// Massage the muscle.
    Massage,
    /// Warm the muscle.
    Heat,
    /// Roll the muscle on a foam roller.
    FoamRoller,
    /// Start nightly calf and hamstring stretching.
    NightlyStretching,
    /// Keep up the stretching already done.
    KeepStretching,
    /// Mild exercise in the evening.
    ExerciseBeforeBed,
    /// Gentle activity in pregnancy.
    GentleActivityInPregnancy,
    /// Break up long sitting or standing.
    MovementBreaks,
    /// Sleep stretched out, legs uncrossed.
    StretchedOutSleep,
    /// Drink enough fluid.
    Fluids,
    /// Supportive shoes.
    SupportiveShoes,
    /// Ask for a medication review.
    MedicationReview,
    /// Mention cramps at the antenatal check.
    AntenatalCheck,
    /// Magnesium: no meaningful benefit in older adults.
    Magnesium,
    /// Magnesium in pregnancy: mixed evidence.
    MagnesiumInPregnancy,
    /// Vitamin B complex: possibly effective.
    VitaminBComplex,
    /// Vitamins E and B6: not supported.
    VitaminEOrB6,
    /// NSAIDs do not relieve a cramp.
    NsaidsDoNotRelieve,
    /// No self-treatment with quinine or tonic water.
    NoQuinineSelfTreatment,
    /// Quinine must not be used in pregnancy.
    NoQuinineInPregnancy,
    /// Warning signs and review while taking quinine.
    QuinineWarningSigns,
    /// Have a pharmacist check the lot against the 2022 Sandoz orphenadrine recall.
    OrphenadrineRecallCheck,
    /// No massage, foam roller or heat on a leg that may have a clot.
    NoMassageWhileClotPossible,
    /// Stop quinine after a suspected reaction.
    StopQuinineAfterReaction,
}

/// A step the plan can hold: its remedy, text, evidence and sources.
/// [`StepId::info`] gives each step's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Step {
    /// The step.
    pub step: StepId,
    /// The remedy it uses, if it is one of the remedies catalog.
    pub remedy: Option<RemedyId>,
    /// What to do, in plain words.
    pub text: &'static str,
    /// How strong the evidence is.
    pub evidence: EvidenceLevel,
    /// The sources.
    pub citations: &'static [Citation],
}

const fn step(
    step: StepId,
    remedy: Option<RemedyId>,
    evidence: EvidenceLevel,
    citations: &'static [Citation],
    text: &'static str,
) -> Step {
    Step {
        step,
        remedy,
        text,
        evidence,
        citations,
    }
}

use EvidenceLevel as E;

crate::table::catalog! {
    /// Every step the plan can hold.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) static PLAN_STEPS: [Step] by StepId;
    const STEP_ROWS: [_; STEP_COUNT];
    /// Every step the plan can hold. Which ones a person gets is decided by
    /// [`assess`](crate::assess::assess()): the in-the-moment steps always (those that
    /// relieved a recorded cramp first), the prevention steps that fit the profile, the
    /// supplement notes (pregnancy-aware), and the cautions that apply.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::StepId;
    ///
    /// assert!(StepId::ALL.iter().all(|s| !s.info().citations.is_empty()));
    /// assert!(StepId::ALL.iter().all(|s| !s.info().text.to_lowercase().contains("take quinine")));
    /// ```
    pub const ALL;
    /// The step's remedy, text, evidence and sources.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    /// use legcramps::assess::StepId;
    ///
    /// assert!(StepId::NightlyStretching.info().citations.contains(&Citation::Hallegraeff2012));
    /// ```
    pub fn info;
    {
        StretchMuscle => step(
            StepId::StretchMuscle,
            Some(RemedyId::StretchMuscle),
            E::GuidelineAdvice,
            &[
                Citation::Cks,
                Citation::Nhs,
                Citation::Aasm,
                Citation::Dgn2017,
            ],
            "Straighten the leg and pull your toes up towards your shin, stretching the \
             cramping muscle firmly until it lets go.",
        ),
        FlexFoot => step(
            StepId::FlexFoot,
            Some(RemedyId::FlexFoot),
            E::GuidelineAdvice,
            &[Citation::Aasm, Citation::Seed],
            "Flex the foot up and down; bending it firmly upwards, towards the shin, can \
             relieve a calf cramp.",
        ),
        StandOnLeg => step(
            StepId::StandOnLeg,
            Some(RemedyId::StandOnLeg),
            E::GuidelineAdvice,
            &[Citation::Nhs],
            "Stand up and put your weight on the cramping leg.",
        ),
        Massage => step(
            StepId::Massage,
            Some(RemedyId::Massage),
            E::GuidelineAdvice,
            &[Citation::Cks, Citation::Nhs, Citation::Aasm],
            "Rub and knead the tight muscle by hand.",
        ),
        Heat => step(
            StepId::Heat,
            Some(RemedyId::Heat),
            E::GuidelineAdvice,
            &[Citation::Aasm, Citation::Seed],
            "Warm the muscle, for example with a warm towel.",
        ),
        FoamRoller => step(
            StepId::FoamRoller,
            Some(RemedyId::FoamRoller),
            E::Insufficient,
            &[Citation::Seed],
            "Roll the muscle gently on a foam roller.",
        ),
        NightlyStretching => step(
            StepId::NightlyStretching,
            Some(RemedyId::NightlyStretching),
            E::TrialBenefit,
            &[Citation::Hallegraeff2012, Citation::CochraneNonDrug],
            "Stretch your calves and the backs of your thighs every night just before sleep: \
             hold each stretch about 10 seconds, rest 10 seconds, do it 3 times, both legs \
             (about 3 minutes in all; a seated version is fine). In a trial of adults over 55, \
             six weeks of this made cramps less frequent and less painful (low-certainty \
             evidence).",
        ),
        KeepStretching => step(
            StepId::KeepStretching,
            Some(RemedyId::NightlyStretching),
            E::TrialBenefit,
            &[Citation::Hallegraeff2012, Citation::CochraneNonDrug],
            "Keep up your stretching. The routine with trial evidence is calves and the backs \
             of the thighs just before sleep: about 10 seconds a stretch, 10 seconds rest, \
             3 times, both legs.",
        ),
        ExerciseBeforeBed => step(
            StepId::ExerciseBeforeBed,
            Some(RemedyId::ExerciseBeforeBed),
            E::Insufficient,
            &[Citation::Seed, Citation::Delacour2020],
            "Do some mild exercise in the evening, such as a short walk or a few minutes on a \
             stationary bike. A sedentary life is strongly linked to night cramps in people \
             over 60 (an association, not proof).",
        ),
        GentleActivityInPregnancy => step(
            StepId::GentleActivityInPregnancy,
            Some(RemedyId::ExerciseBeforeBed),
            E::Insufficient,
            &[Citation::Seed],
            "Keep gently active, for example with a short evening walk, as your midwife advises.",
        ),
        MovementBreaks => step(
            StepId::MovementBreaks,
            None,
            E::Insufficient,
            &[Citation::Seed, Citation::Bnssg],
            "Break up long spells of sitting or standing: get up, walk about and stretch your \
             calves every so often.",
        ),
        StretchedOutSleep => step(
            StepId::StretchedOutSleep,
            Some(RemedyId::StretchedOutSleep),
            E::Insufficient,
            &[Citation::Seed],
            "Sleep in a stretched-out position, and avoid sitting or lying with your legs \
             crossed.",
        ),
        Fluids => step(
            StepId::Fluids,
            Some(RemedyId::Fluids),
            E::Insufficient,
            &[Citation::Seed, Citation::Nhs, Citation::Aafp2012],
            "Drink enough through the day, mostly water. The evidence is mixed: dehydration \
             is named as a possible cause, but studies have not tied ordinary night cramps to \
             fluid intake.",
        ),
        SupportiveShoes => step(
            StepId::SupportiveShoes,
            Some(RemedyId::SupportiveShoes),
            E::Insufficient,
            &[Citation::Seed],
            "Wear supportive shoes; a podiatrist can advise if you are unsure.",
        ),
        MedicationReview => step(
            StepId::MedicationReview,
            None,
            E::AssociationObserved,
            &[Citation::Cks, Citation::Garrison2012, Citation::Aafp2012],
            "Ask your doctor or pharmacist to review any medicine that may cause cramps. Do \
             not stop a prescribed medicine on your own.",
        ),
        AntenatalCheck => step(
            StepId::AntenatalCheck,
            None,
            E::GuidelineAdvice,
            &[Citation::Cks, Citation::CochranePregnancy],
            "Mention the cramps at your next antenatal check, and ask before taking any \
             medicine or supplement for them.",
        ),
        Magnesium => step(
            StepId::Magnesium,
            Some(RemedyId::Magnesium),
            E::NoBenefitShown,
            &[Citation::CochraneMagnesium],
            "Magnesium is unlikely to help: trials in older adults found no meaningful benefit.",
        ),
        MagnesiumInPregnancy => step(
            StepId::MagnesiumInPregnancy,
            Some(RemedyId::Magnesium),
            E::Insufficient,
            &[Citation::CochranePregnancy],
            "In pregnancy, trials of magnesium gave mixed, low-certainty results; ask your \
             midwife or doctor before taking it.",
        ),
        VitaminBComplex => step(
            StepId::VitaminBComplex,
            Some(RemedyId::VitaminBComplex),
            E::AanC,
            &[Citation::Aan2010, Citation::Aafp2017],
            "Vitamin B complex is possibly effective (one small study); discuss it with your \
             doctor or pharmacist first.",
        ),
        VitaminEOrB6 => step(
            StepId::VitaminEOrB6,
            Some(RemedyId::VitaminE),
            E::Insufficient,
            &[Citation::Seed, Citation::Aan2010],
            "The evidence for vitamin E or vitamin B6 is limited; neither is among the \
             treatments rated possibly effective.",
        ),
        NsaidsDoNotRelieve => step(
            StepId::NsaidsDoNotRelieve,
            None,
            E::GuidelineAdvice,
            &[Citation::Nhs, Citation::Seed],
            "Painkillers such as ibuprofen, aspirin or naproxen do not relieve a cramp: \
             cramps are not inflammation, and the tablets act too slowly. They may ease \
             soreness afterwards.",
        ),
        NoQuinineSelfTreatment => step(
            StepId::NoQuinineSelfTreatment,
            None,
            E::GuidelineAdvice,
            &[Citation::Mhra2010, Citation::Fda, Citation::BmjBestPractice],
            "Do not treat cramps yourself with quinine or tonic water: quinine can cause \
             serious, sometimes life-threatening reactions and is not a routine treatment.",
        ),
        NoQuinineInPregnancy => step(
            StepId::NoQuinineInPregnancy,
            None,
            E::GuidelineAdvice,
            &[Citation::CochranePregnancy],
            "Quinine must not be used in pregnancy: it can harm the unborn baby.",
        ),
        QuinineWarningSigns => step(
            StepId::QuinineWarningSigns,
            None,
            E::GuidelineAdvice,
            &[
                Citation::Mhra2010,
                Citation::SmpcQuinine,
                Citation::Mhra2017,
            ],
            "While taking quinine: stop it and get help at once if you notice unexplained \
             bruising, bleeding or tiny spots on the skin, or a change in hearing or ringing \
             in the ears. It needs a review about every 3 months, and it interacts with \
             other medicines, including some that affect the heart rhythm.",
        ),
        OrphenadrineRecallCheck => step(
            StepId::OrphenadrineRecallCheck,
            None,
            E::GuidelineAdvice,
            &[Citation::FdaSandozOrphenadrine2022],
            "In March 2022 Sandoz recalled 13 lots of orphenadrine citrate 100 mg \
             extended-release tablets because of a nitrosamine impurity. Ask a pharmacist to \
             check the lot number on your pack; do not stop the medicine without advice.",
        ),
        NoMassageWhileClotPossible => step(
            StepId::NoMassageWhileClotPossible,
            None,
            E::SafetyInference,
            &[Citation::Cks],
            "Until a doctor has ruled out a clot in a vein, do not massage, foam-roll or heat \
             the tender or swollen leg: pressing or warming a leg that may hold a clot is \
             avoided because it could dislodge the clot or hide how the leg is changing. \
             Gentle stretching is fine. (Our own safety inference; CKS lists a clot as a \
             look-alike of cramp.)",
        ),
        StopQuinineAfterReaction => step(
            StepId::StopQuinineAfterReaction,
            None,
            E::GuidelineAdvice,
            &[Citation::Mhra2010, Citation::SmpcQuinine],
            "Stop quinine now and get medical advice today: unexplained bruising or bleeding, \
             or a change in hearing or ringing in the ears, can be a serious reaction to it. \
             Do not take it again, including quinine in tonic water.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_one_row() {
        use StepId::*;
        // Exhaustive: a new variant fails to compile here until it is listed.
        let all = [
            StretchMuscle,
            FlexFoot,
            StandOnLeg,
            Massage,
            Heat,
            FoamRoller,
            NightlyStretching,
            KeepStretching,
            ExerciseBeforeBed,
            GentleActivityInPregnancy,
            MovementBreaks,
            StretchedOutSleep,
            Fluids,
            SupportiveShoes,
            MedicationReview,
            AntenatalCheck,
            Magnesium,
            MagnesiumInPregnancy,
            VitaminBComplex,
            VitaminEOrB6,
            NsaidsDoNotRelieve,
            NoQuinineSelfTreatment,
            NoQuinineInPregnancy,
            QuinineWarningSigns,
            OrphenadrineRecallCheck,
            NoMassageWhileClotPossible,
            StopQuinineAfterReaction,
        ];
        for id in all {
            match id {
                StretchMuscle
                | FlexFoot
                | StandOnLeg
                | Massage
                | Heat
                | FoamRoller
                | NightlyStretching
                | KeepStretching
                | ExerciseBeforeBed
                | GentleActivityInPregnancy
                | MovementBreaks
                | StretchedOutSleep
                | Fluids
                | SupportiveShoes
                | MedicationReview
                | AntenatalCheck
                | Magnesium
                | MagnesiumInPregnancy
                | VitaminBComplex
                | VitaminEOrB6
                | NsaidsDoNotRelieve
                | NoQuinineSelfTreatment
                | NoQuinineInPregnancy
                | QuinineWarningSigns
                | OrphenadrineRecallCheck
                | NoMassageWhileClotPossible
                | StopQuinineAfterReaction => {}
            }
            assert_eq!(id.info().step, id);
        }
        assert_eq!(all.len(), PLAN_STEPS.len());
        for r in PLAN_STEPS {
            assert_eq!(PLAN_STEPS.iter().filter(|x| x.step == r.step).count(), 1);
            assert!(!r.citations.is_empty(), "{:?}", r.step);
        }
    }
}
