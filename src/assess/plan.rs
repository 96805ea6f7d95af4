//! The remedy plan: what to do during a cramp, what may prevent the next one, what
//! the evidence says about supplements, and what to be careful about. Every step
//! cites its evidence. The plan never suggests quinine.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::check::{TableMismatch, same};
use super::facts::Facts;
use super::model::ScoreModel;
use crate::{Answer, Citation, EvidenceLevel, FluidIntake, Footwear, RemedyId};

/// A step of the plan, by name.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::StepId;
///
/// assert_eq!(serde_json::to_string(&StepId::NightlyStretching)?, "\"nightly_stretching\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
}

/// One row of [`PLAN_STEPS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct PlanRow {
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
) -> PlanRow {
    PlanRow {
        step,
        remedy,
        text,
        evidence,
        citations,
    }
}

use EvidenceLevel as E;

/// Every step the plan can hold. Which ones a person gets is decided by
/// [`assess`](super::assess): the in-the-moment steps always (those that relieved a
/// recorded cramp first), the prevention steps that fit the profile, the supplement
/// notes (pregnancy-aware), and the cautions that apply.
///
/// # Examples
///
/// ```
/// use legcramps::PLAN_STEPS;
///
/// assert!(PLAN_STEPS.iter().all(|s| !s.citations.is_empty()));
/// assert!(PLAN_STEPS.iter().all(|s| !s.text.to_lowercase().contains("take quinine")));
/// ```
pub static PLAN_STEPS: &[PlanRow] = &[
    step(
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
    step(
        StepId::FlexFoot,
        Some(RemedyId::FlexFoot),
        E::GuidelineAdvice,
        &[Citation::Aasm, Citation::Seed],
        "Flex the foot up and down; bending it firmly upwards eases most calf cramps.",
    ),
    step(
        StepId::StandOnLeg,
        Some(RemedyId::StandOnLeg),
        E::GuidelineAdvice,
        &[Citation::Nhs],
        "Stand up and put your weight on the cramping leg.",
    ),
    step(
        StepId::Massage,
        Some(RemedyId::Massage),
        E::GuidelineAdvice,
        &[Citation::Cks, Citation::Nhs, Citation::Aasm],
        "Rub and knead the tight muscle by hand.",
    ),
    step(
        StepId::Heat,
        Some(RemedyId::Heat),
        E::GuidelineAdvice,
        &[Citation::Aasm, Citation::Seed],
        "Warm the muscle, for example with a warm towel.",
    ),
    step(
        StepId::FoamRoller,
        Some(RemedyId::FoamRoller),
        E::Insufficient,
        &[Citation::Seed],
        "Roll the muscle gently on a foam roller.",
    ),
    step(
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
    step(
        StepId::KeepStretching,
        Some(RemedyId::NightlyStretching),
        E::TrialBenefit,
        &[Citation::Hallegraeff2012, Citation::CochraneNonDrug],
        "Keep up your stretching. The routine with trial evidence is calves and the backs \
         of the thighs just before sleep: about 10 seconds a stretch, 10 seconds rest, \
         3 times, both legs.",
    ),
    step(
        StepId::ExerciseBeforeBed,
        Some(RemedyId::ExerciseBeforeBed),
        E::AssociationObserved,
        &[Citation::Seed, Citation::Delacour2020],
        "Do some mild exercise in the evening, such as a short walk or a few minutes on a \
         stationary bike. A sedentary life is strongly linked to night cramps in people \
         over 60 (an association, not proof).",
    ),
    step(
        StepId::GentleActivityInPregnancy,
        Some(RemedyId::ExerciseBeforeBed),
        E::Insufficient,
        &[Citation::Seed],
        "Keep gently active, for example with a short evening walk, as your midwife advises.",
    ),
    step(
        StepId::MovementBreaks,
        None,
        E::Insufficient,
        &[Citation::Seed, Citation::Bnssg],
        "Break up long spells of sitting or standing: get up, walk about and stretch your \
         calves every so often.",
    ),
    step(
        StepId::StretchedOutSleep,
        Some(RemedyId::StretchedOutSleep),
        E::Insufficient,
        &[Citation::Seed],
        "Sleep in a stretched-out position, and avoid sitting or lying with your legs \
         crossed.",
    ),
    step(
        StepId::Fluids,
        Some(RemedyId::Fluids),
        E::Insufficient,
        &[Citation::Seed, Citation::Nhs, Citation::Aafp2012],
        "Drink enough through the day, mostly water. The evidence is mixed: dehydration \
         is named as a possible cause, but studies have not tied ordinary night cramps to \
         fluid intake.",
    ),
    step(
        StepId::SupportiveShoes,
        Some(RemedyId::SupportiveShoes),
        E::Insufficient,
        &[Citation::Seed],
        "Wear supportive shoes; a podiatrist can advise if you are unsure.",
    ),
    step(
        StepId::MedicationReview,
        None,
        E::AssociationObserved,
        &[Citation::Cks, Citation::Garrison2012, Citation::Aafp2012],
        "Ask your doctor or pharmacist to review any medicine that may cause cramps. Do \
         not stop a prescribed medicine on your own.",
    ),
    step(
        StepId::AntenatalCheck,
        None,
        E::GuidelineAdvice,
        &[Citation::Cks, Citation::CochranePregnancy],
        "Mention the cramps at your next antenatal check, and ask before taking any \
         medicine or supplement for them.",
    ),
    step(
        StepId::Magnesium,
        Some(RemedyId::Magnesium),
        E::NoBenefitShown,
        &[Citation::CochraneMagnesium],
        "Magnesium is unlikely to help: trials in older adults found no meaningful benefit.",
    ),
    step(
        StepId::MagnesiumInPregnancy,
        Some(RemedyId::Magnesium),
        E::Insufficient,
        &[Citation::CochranePregnancy],
        "In pregnancy, trials of magnesium gave mixed, low-certainty results; ask your \
         midwife or doctor before taking it.",
    ),
    step(
        StepId::VitaminBComplex,
        Some(RemedyId::VitaminBComplex),
        E::AanC,
        &[Citation::Aan2010, Citation::Aafp2017],
        "Vitamin B complex is possibly effective (one small study); discuss it with your \
         doctor or pharmacist first.",
    ),
    step(
        StepId::VitaminEOrB6,
        Some(RemedyId::VitaminE),
        E::Insufficient,
        &[Citation::Seed, Citation::Aan2010],
        "The evidence for vitamin E or vitamin B6 is limited; neither is among the \
         treatments rated possibly effective.",
    ),
    step(
        StepId::NsaidsDoNotRelieve,
        None,
        E::GuidelineAdvice,
        &[Citation::Nhs, Citation::Seed],
        "Painkillers such as ibuprofen, aspirin or naproxen do not relieve a cramp: \
         cramps are not inflammation, and the tablets act too slowly. They may ease \
         soreness afterwards.",
    ),
    step(
        StepId::NoQuinineSelfTreatment,
        None,
        E::GuidelineAdvice,
        &[Citation::Mhra2010, Citation::Fda, Citation::BmjBestPractice],
        "Do not treat cramps yourself with quinine or tonic water: quinine can cause \
         serious, sometimes life-threatening reactions and is not a routine treatment.",
    ),
    step(
        StepId::NoQuinineInPregnancy,
        None,
        E::GuidelineAdvice,
        &[Citation::CochranePregnancy],
        "Quinine must not be used in pregnancy: it can harm the unborn baby.",
    ),
    step(
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
];

/// A step chosen for the person.
///
/// The step's remedy, text, evidence and sources come from its row in
/// [`PLAN_STEPS`]. JSON form: `{"step", "remedy", "text", "evidence", "citations",
/// "helped_before"}`; on the way in, the table fields may be left out but must match
/// the table when given.
///
/// # Examples
///
/// ```
/// use legcramps::{EvidenceLevel, PlanStep, StepId};
///
/// let s: PlanStep = serde_json::from_str(r#"{"step": "nightly_stretching", "helped_before": false}"#)?;
/// assert_eq!(s.step, StepId::NightlyStretching);
/// assert_eq!(s.evidence(), EvidenceLevel::TrialBenefit);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "PlanStepRepr")]
pub struct PlanStep {
    /// The step.
    pub step: StepId,
    /// `true` when this remedy relieved a cramp recorded in the diary.
    pub helped_before: bool,
}

impl PlanStep {
    /// The remedy it uses, if any.
    pub fn remedy(&self) -> Option<RemedyId> {
        self.step.info().remedy
    }

    /// What to do.
    pub fn text(&self) -> &'static str {
        self.step.info().text
    }

    /// How strong the evidence is.
    pub fn evidence(&self) -> EvidenceLevel {
        self.step.info().evidence
    }

    /// The sources.
    pub fn citations(&self) -> &'static [Citation] {
        self.step.info().citations
    }
}

impl Serialize for PlanStep {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("PlanStep", 6)?;
        s.serialize_field("step", &self.step)?;
        s.serialize_field("remedy", &self.remedy())?;
        s.serialize_field("text", self.text())?;
        s.serialize_field("evidence", &self.evidence())?;
        s.serialize_field("citations", self.citations())?;
        s.serialize_field("helped_before", &self.helped_before)?;
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanStepRepr {
    step: StepId,
    #[serde(default)]
    remedy: Option<Option<RemedyId>>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    evidence: Option<EvidenceLevel>,
    #[serde(default)]
    citations: Option<Vec<Citation>>,
    helped_before: bool,
}

impl TryFrom<PlanStepRepr> for PlanStep {
    type Error = TableMismatch;

    fn try_from(r: PlanStepRepr) -> Result<Self, Self::Error> {
        let row = r.step.info();
        same(r.remedy, &row.remedy, "plan step", r.step, "remedy")?;
        same(r.text.as_deref(), row.text, "plan step", r.step, "text")?;
        same(r.evidence, &row.evidence, "plan step", r.step, "evidence")?;
        same(
            r.citations.as_deref(),
            row.citations,
            "plan step",
            r.step,
            "citations",
        )?;
        Ok(PlanStep {
            step: r.step,
            helped_before: r.helped_before,
        })
    }
}

impl StepId {
    /// The step's row in [`PLAN_STEPS`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Citation, StepId};
    ///
    /// assert!(StepId::NightlyStretching.info().citations.contains(&Citation::Hallegraeff2012));
    /// ```
    pub fn info(self) -> &'static PlanRow {
        // Every id has a row (a unit test checks); the fallback keeps this total.
        PLAN_STEPS
            .iter()
            .find(|r| r.step == self)
            .unwrap_or(&PLAN_STEPS[0])
    }
}

/// A statement with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The statement.
    pub text: Cow<'static, str>,
    /// The sources.
    pub citations: Cow<'static, [Citation]>,
}

const fn note(text: &'static str, citations: &'static [Citation]) -> Note {
    Note {
        text: Cow::Borrowed(text),
        citations: Cow::Borrowed(citations),
    }
}

/// What the plan says when the person asks about quinine. It states the conditions
/// under which UK guidance lets a doctor consider it, and the US boxed warning; it
/// never suggests taking it, and in pregnancy it says it must not be used.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let p = Profile { asks_about_quinine: true, ..Profile::default() };
/// let q = assess(&p, &Diary::new(), as_of)?.plan.quinine.ok_or("no quinine info")?;
/// assert_eq!(q.conditions.len(), 5);
/// assert!(q.boxed_warning.text.contains("life-threatening"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuinineInfo {
    /// One-sentence summary.
    pub summary: Cow<'static, str>,
    /// `true` when the person is pregnant: quinine must not be used.
    pub contraindicated: bool,
    /// The UK conditions (MHRA-2010, SmPC-Q), all of which must hold.
    pub conditions: Cow<'static, [Note]>,
    /// How much it helps on average.
    pub benefit: Note,
    /// The US FDA boxed warning.
    pub boxed_warning: Note,
    /// Quinine and pregnancy.
    pub pregnancy: Note,
}

static QUININE_CONDITIONS: &[Note] = &[
    note(
        "the cramps are very painful or frequent, and regularly disturb sleep",
        &[Citation::Mhra2010],
    ),
    note(
        "other treatable causes have been ruled out",
        &[Citation::Mhra2010],
    ),
    note(
        "non-drug measures such as regular stretching have not helped",
        &[Citation::Mhra2010],
    ),
    note(
        "it starts as a 4-week trial (benefit can take that long to show) and is stopped \
         if there is no benefit or if side effects such as hearing problems appear",
        &[Citation::Mhra2010, Citation::SmpcQuinine],
    ),
    note(
        "if it helps, it is paused about every 3 months to check it is still needed",
        &[Citation::SmpcQuinine, Citation::Mhra2010],
    ),
];

const QUININE_BENEFIT: Note = note(
    "On average it prevents about one cramp a week.",
    &[Citation::Mhra2010],
);

const QUININE_BOXED_WARNING: Note = note(
    "US FDA boxed warning: quinine used to treat or prevent night-time leg cramps may \
     cause serious, life-threatening blood reactions (including a low platelet count and \
     HUS/TTP); for that use the risk outweighs any benefit shown.",
    &[Citation::Fda],
);

const QUININE_PREGNANCY: Note = note(
    "Quinine must not be used in pregnancy: it can harm the unborn baby.",
    &[Citation::CochranePregnancy],
);

const QUININE_SUMMARY: &str = "Quinine is not a routine treatment for night cramps. UK \
     guidance lets a doctor consider it only when all of the conditions listed hold.";

const QUININE_SUMMARY_PREGNANT: &str = "Quinine must not be used in pregnancy. The \
     conditions listed apply only outside pregnancy.";

/// The plan for one person.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Diary, Profile, StepId};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let plan = assess(&Profile::default(), &Diary::new(), as_of)?.plan;
/// assert_eq!(plan.in_the_moment[0].step, StepId::StretchMuscle);
/// assert!(plan.cautions.iter().any(|s| s.step == StepId::NsaidsDoNotRelieve));
/// assert!(plan.quinine.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// What to do during a cramp; remedies that helped before come first.
    pub in_the_moment: Vec<PlanStep>,
    /// What may prevent the next one.
    pub prevention: Vec<PlanStep>,
    /// What the evidence says about supplements.
    pub supplements: Vec<PlanStep>,
    /// What to be careful about.
    pub cautions: Vec<PlanStep>,
    /// Present when the person asked about quinine.
    pub quinine: Option<QuinineInfo>,
}

fn pick(out: &mut Vec<PlanStep>, step: StepId) {
    out.push(PlanStep {
        step,
        helped_before: false,
    });
}

impl Plan {
    pub(crate) fn from_facts(f: &Facts<'_>, model: &ScoreModel) -> Plan {
        let p = f.profile;
        let pregnant = f.pregnant.is_yes();

        let mut in_the_moment = Vec::with_capacity(6);
        for id in [
            StepId::StretchMuscle,
            StepId::FlexFoot,
            StepId::StandOnLeg,
            StepId::Massage,
            StepId::Heat,
            StepId::FoamRoller,
        ] {
            let helped = id.info().remedy.is_some_and(|r| f.relieved_by(r));
            in_the_moment.push(PlanStep {
                step: id,
                helped_before: helped,
            });
        }
        // Stable: table order is kept within each group.
        in_the_moment.sort_by_key(|s| !s.helped_before);

        let mut prevention = Vec::with_capacity(8);
        if p.stretches_regularly.is_yes() {
            pick(&mut prevention, StepId::KeepStretching);
        } else {
            pick(&mut prevention, StepId::NightlyStretching);
        }
        let long_sitting = p
            .activity
            .sitting_hours
            .is_some_and(|h| h.get() >= f32::from(model.long_sitting_hours));
        let long_standing = p
            .activity
            .standing_hours
            .is_some_and(|h| h.get() >= f32::from(model.long_standing_hours));
        if !p.activity.sedentary_lifestyle.is_no() || long_sitting {
            if pregnant {
                pick(&mut prevention, StepId::GentleActivityInPregnancy);
            } else {
                pick(&mut prevention, StepId::ExerciseBeforeBed);
            }
        }
        if long_sitting || long_standing {
            pick(&mut prevention, StepId::MovementBreaks);
        }
        if !p.sleeps_with_legs_crossed_or_restricted.is_no() {
            pick(&mut prevention, StepId::StretchedOutSleep);
        }
        if p.fluid_intake == FluidIntake::Low {
            pick(&mut prevention, StepId::Fluids);
        }
        if p.footwear == Footwear::Unsupportive {
            pick(&mut prevention, StepId::SupportiveShoes);
        }
        if f.takes_cramp_drug() == Answer::Yes {
            pick(&mut prevention, StepId::MedicationReview);
        }
        if pregnant {
            pick(&mut prevention, StepId::AntenatalCheck);
        }

        let mut supplements = Vec::with_capacity(3);
        if pregnant {
            pick(&mut supplements, StepId::MagnesiumInPregnancy);
        } else {
            pick(&mut supplements, StepId::Magnesium);
        }
        pick(&mut supplements, StepId::VitaminBComplex);
        pick(&mut supplements, StepId::VitaminEOrB6);

        let mut cautions = Vec::with_capacity(4);
        pick(&mut cautions, StepId::NsaidsDoNotRelieve);
        pick(&mut cautions, StepId::NoQuinineSelfTreatment);
        if pregnant {
            pick(&mut cautions, StepId::NoQuinineInPregnancy);
        }
        if f.on_quinine() {
            pick(&mut cautions, StepId::QuinineWarningSigns);
        }

        let quinine = p.asks_about_quinine.then_some(QuinineInfo {
            summary: Cow::Borrowed(if pregnant {
                QUININE_SUMMARY_PREGNANT
            } else {
                QUININE_SUMMARY
            }),
            contraindicated: pregnant,
            conditions: Cow::Borrowed(QUININE_CONDITIONS),
            benefit: QUININE_BENEFIT,
            boxed_warning: QUININE_BOXED_WARNING,
            pregnancy: QUININE_PREGNANCY,
        });

        Plan {
            in_the_moment,
            prevention,
            supplements,
            cautions,
            quinine,
        }
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
                | QuinineWarningSigns => {}
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
