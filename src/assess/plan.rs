//! The remedy plan: what to do during a cramp, what may prevent the next one, what
//! the evidence says about supplements, and what to be careful about. Every step
//! cites its evidence. The plan never suggests quinine.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::check::{TableMismatch, same};
use super::facts::Facts;
use super::model::ScoreModel;
use crate::{
    Answer, Citation, EvidenceLevel, FluidIntake, Footwear, LegSwelling, MedicationId, RemedyId,
};

mod steps;

pub use steps::{Step, StepId};

/// A step chosen for the person.
///
/// The step's remedy, text, evidence and sources come from its [`Step`]
/// ([`StepId::info`]). JSON form: `{"step", "remedy", "text", "evidence", "citations",
/// "helped_before"}`; on the way in, the table fields may be left out but must match
/// the table when given.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::EvidenceLevel;
/// use legcramps::assess::{PlanStep, StepId};
///
/// let s: PlanStep = serde_json::from_str(r#"{"step": "nightly_stretching", "helped_before": false}"#)?;
/// assert_eq!(s.step, StepId::NightlyStretching);
/// assert_eq!(s.evidence(), EvidenceLevel::TrialBenefit);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "PlanStepRepr")
)]
#[serde(try_from = "PlanStepRepr")]
#[non_exhaustive]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct PlanStepRepr {
    step: StepId,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<RemedyId>"))]
    remedy: Option<Option<RemedyId>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    text: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "EvidenceLevel"))]
    evidence: Option<EvidenceLevel>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Citation>"))]
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

/// A statement with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
/// use legcramps::assess::assess;
/// use legcramps::{Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let p = Profile::builder().asks_about_quinine(true).build();
/// let q = assess(&p, &Diary::new(), as_of)?.plan.quinine.ok_or("no quinine info")?;
/// assert_eq!(q.conditions.len(), 5);
/// assert!(q.boxed_warning.text.contains("life-threatening"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct QuinineInfo {
    /// One-sentence summary.
    pub summary: Cow<'static, str>,
    /// `true` when quinine must not be used: pregnancy, a suspected reaction to it
    /// (unexplained bruising or bleeding, or a hearing change, while it may be taken),
    /// or ringing in the ears / a hearing change (tinnitus is a contraindication,
    /// SmPC-Q), or any other listed contraindication answered yes in
    /// [`Profile::quinine_contraindications`](crate::Profile). Then the summary never says a doctor may consider it and `conditions`
    /// is empty.
    pub contraindicated: bool,
    /// The contraindications the UK SmPCs and MHRA list (clinical.md §1.2), each with
    /// its source. Always shown, so a doctor can check the ones the profile cannot hold.
    pub contraindications: Cow<'static, [Note]>,
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

static QUININE_CONTRAINDICATIONS: &[Note] = &[
    note(
        "an allergy (hypersensitivity) to quinine",
        &[Citation::SmpcQuinine],
    ),
    note(
        "haemoglobin in the urine, or red blood cells breaking down (haemolysis)",
        &[Citation::SmpcQuinine],
    ),
    note(
        "optic neuritis (inflammation of the nerve of the eye)",
        &[Citation::SmpcQuinine],
    ),
    note("ringing in the ears (tinnitus)", &[Citation::SmpcQuinine]),
    note(
        "myasthenia gravis (quinine can bring on breathing and swallowing trouble)",
        &[Citation::SmpcQuinine],
    ),
    note("blackwater fever in the past", &[Citation::SmpcQuinine]),
    note(
        "an earlier reaction to quinine, including to quinine in drinks such as tonic water",
        &[Citation::Mhra2010],
    ),
];

const QUININE_SUMMARY_REACTION: &str = "Quinine must not be taken again: the symptoms \
     given (unexplained bruising or bleeding, or a change in hearing or ringing in the ears) \
     can be a reaction to it. Stop it and get medical advice today.";

const QUININE_SUMMARY_CONTRAINDICATED: &str = "Quinine must not be used: ringing in the \
     ears or a change in hearing is one of its contraindications.";

const QUININE_SUMMARY_LISTED: &str = "Quinine must not be used: the answers given \
     include one of its contraindications listed below.";

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
/// use legcramps::assess::{assess, StepId};
/// use legcramps::{Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let plan = assess(&Profile::default(), &Diary::new(), as_of)?.plan;
/// assert_eq!(plan.in_the_moment[0].step, StepId::StretchMuscle);
/// assert!(plan.cautions.iter().any(|s| s.step == StepId::NsaidsDoNotRelieve));
/// assert!(plan.quinine.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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

        // A leg that may hold a clot (one calf swollen, or tender or warm) gets no
        // massage, foam roller or heat until a clot is ruled out (#11).
        let possible_clot = p.symptoms.calf_tender_or_warm.is_yes()
            || p.symptoms.leg_swelling == LegSwelling::OneSide;
        let mut in_the_moment = Vec::with_capacity(6);
        for id in [
            StepId::StretchMuscle,
            StepId::FlexFoot,
            StepId::StandOnLeg,
            StepId::Massage,
            StepId::Heat,
            StepId::FoamRoller,
        ] {
            if possible_clot && matches!(id, StepId::Massage | StepId::Heat | StepId::FoamRoller) {
                continue;
            }
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

        let mut cautions = Vec::with_capacity(6);
        if possible_clot {
            pick(&mut cautions, StepId::NoMassageWhileClotPossible);
        }
        pick(&mut cautions, StepId::NsaidsDoNotRelieve);
        pick(&mut cautions, StepId::NoQuinineSelfTreatment);
        if pregnant {
            pick(&mut cautions, StepId::NoQuinineInPregnancy);
        }
        // A suspected reaction: bruising or bleeding, or a hearing change, while quinine
        // may be taken (yes or unknown). Tinnitus alone is a contraindication (SmPC-Q).
        let sy = &p.symptoms;
        let reaction = !f.on_quinine().is_no()
            && (sy.unexplained_bruising_or_bleeding.is_yes() || sy.hearing_change.is_yes());
        let tinnitus = sy.hearing_change.is_yes();
        // Any §1.2 contraindication answered yes (clinical.md, SmPC-Q / MHRA-2010).
        let listed = p.quinine_contraindications.any_yes();
        let contraindicated = pregnant || reaction || tinnitus || listed;
        if f.on_quinine().is_yes() && reaction {
            // Stop now; never the "review every 3 months" text beside it.
            pick(&mut cautions, StepId::StopQuinineAfterReaction);
        } else if f.on_quinine().is_yes() {
            pick(&mut cautions, StepId::QuinineWarningSigns);
        }
        if f.takes(MedicationId::Orphenadrine) {
            pick(&mut cautions, StepId::OrphenadrineRecallCheck);
        }

        let quinine = p.asks_about_quinine.then_some(QuinineInfo {
            summary: Cow::Borrowed(if reaction {
                QUININE_SUMMARY_REACTION
            } else if pregnant {
                QUININE_SUMMARY_PREGNANT
            } else if tinnitus {
                QUININE_SUMMARY_CONTRAINDICATED
            } else if listed {
                QUININE_SUMMARY_LISTED
            } else {
                QUININE_SUMMARY
            }),
            contraindicated,
            contraindications: Cow::Borrowed(QUININE_CONTRAINDICATIONS),
            // A contraindicated drug is never presented with the conditions under which
            // a doctor may consider it.
            conditions: Cow::Borrowed(if contraindicated {
                &[]
            } else {
                QUININE_CONDITIONS
            }),
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
