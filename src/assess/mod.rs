//! The assessment: an explainable burden score, a doctor-referral triage, a
//! cramp-versus-look-alike differential and a remedy plan, from a person's
//! [`Profile`] and cramp [`Diary`] at an `as_of` instant.
//!
//! **This supports decisions; it does not diagnose.** Every point, rule, feature and
//! step carries its [`Citation`]s, and our own inferences are marked
//! ([`EvidenceLevel::SafetyInference`]).
//!
//! - [`Score`]: points from the diary burden and from risk factors, drugs and
//!   conditions, each a [`Contribution`] with its sources; the contributions add up
//!   exactly to a total from 0 to 100, in a [`Band`]. Weights are data
//!   ([`PERSON_WEIGHTS`], [`ASSOCIATION_WEIGHTS`], [`BURDEN_WEIGHTS`]) read through a
//!   configurable [`ScoreModel`].
//! - [`Referral`]: an [`Urgency`] from the rules in [`REFERRAL_RULES`]. A red flag
//!   always escalates, whatever the score. Unknown answers that could raise the level
//!   become [`Question`]s.
//! - [`Differential`]: features pointing towards cramps, restless legs, reduced blood
//!   flow, a vein clot or a nerve problem ([`DIFFERENTIAL_FEATURES`]).
//! - [`Plan`]: what to do during a cramp and to prevent the next, supplements, cautions,
//!   and the quinine facts when asked ([`PLAN_STEPS`]). It never suggests quinine.
//!
//! The function is pure: no clock, no I/O; the same input gives the same output, and
//! the order of the diary's episodes never matters.
//!
//! Output values that restate a table row (a [`ReferralReason`], a [`Question`], a
//! [`Feature`], a [`PlanStep`]) hold only their id, plus the person's status where
//! there is one; their text, level, evidence and sources are read from the table. So
//! the output cannot drift from the tables, and reading JSON back checks that it did
//! not.
//!
//! # JSON
//!
//! Input `{ "as_of": ..., "profile": {...}, "diary": {...} }` is read by
//! [`AssessmentInput`]; the [`Assessment`] serializes with the top-level keys `score`,
//! `referral` (with `urgency` as a snake_case string and `reasons`), `differential` and
//! `plan`. Both shapes, with a full example, are in the [`json`] module.
//!
//! ```
//! use legcramps::{AssessmentInput, Urgency};
//!
//! let input = AssessmentInput::from_json_str(r#"{
//!   "as_of": "2025-03-01T08:00:00+01:00",
//!   "profile": {"exposures": {"tetanus_prone_wound": "yes"}}
//! }"#)?;
//! let json = serde_json::to_value(input.assess()?)?;
//! assert_eq!(json["referral"]["urgency"], "urgent");
//! assert_eq!(json["referral"]["reasons"][0]["rule"], "tetanus_prone_wound");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{AgeInfo, Diary, DiaryStats, Profile, ValidationError};
#[cfg(doc)]
use crate::{Citation, CrampEpisode, EvidenceLevel};

mod check;
mod differential;
mod facts;
mod input;
pub mod json;
mod medications;
mod model;
mod plan;
mod referral;
mod rules;
mod score;
mod weights;

pub use differential::{
    DIFFERENTIAL_FEATURES, DefiningQuestion, Differential, Feature, FeatureId, FeatureRow, Leaning,
    Lookalike, LookalikeCategory,
};
pub use input::{Assessed, AssessmentInput, InputError, InputErrorKind};
pub use medications::{
    AssessedMedication, MedicationRecall, MedicationSource, MedicationStatus, RecallOutcome,
};
pub use model::{BandCutoffs, BurdenWeights, ScoreModel};
pub use plan::{Note, PLAN_STEPS, Plan, PlanRow, PlanStep, QuinineInfo, StepId};
pub use referral::{
    ANSWER_URGENT_QUESTIONS_FIRST, QUININE_USE_QUESTION, Question, Referral, ReferralReason,
    Urgency,
};
pub use rules::{REFERRAL_RULES, ReferralRule, RuleId};
pub use score::{Band, Contribution, Score, ScoreFactor, ScorePart, Subtotal};
pub use weights::{
    ASSOCIATION_WEIGHTS, AssociationSource, AssociationWeight, BURDEN_WEIGHTS, BurdenPart,
    EffectShown, PERSON_WEIGHTS, PersonTrigger, PersonWeight, STUDY_POPULATIONS, StudyPopulation,
    WeightBasis,
};

use differential::Differential as Diff;
use facts::Facts;

/// The result of [`assess`]: score, referral, differential, plan and the medications
/// as read.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let a = assess(&Profile::default(), &Diary::new(), as_of)?;
/// let json = serde_json::to_value(&a)?;
/// for key in ["score", "referral", "differential", "plan", "medications"] {
///     assert!(json.get(key).is_some());
/// }
/// assert_eq!(json["referral"]["urgency"], "self_care");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The instant the assessment was made at.
    pub as_of: DateTime<FixedOffset>,
    /// The diary statistics over the 30 days ending at `as_of`.
    pub diary_stats: DiaryStats,
    /// The burden/risk score.
    pub score: Score,
    /// How soon to see a doctor, and why.
    pub referral: Referral,
    /// Cramp against look-alikes.
    pub differential: Differential,
    /// What to do.
    pub plan: Plan,
    /// Every medication given, as read: catalog ids first, then `other_medications`,
    /// each in input order (see [`AssessedMedication`]).
    pub medications: Vec<AssessedMedication>,
}

/// Why an assessment could not be made. Names the field and the value.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, AgeInfo, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let p = Profile::builder().age(AgeInfo::BirthDate("2025-03-02".parse()?)).build();
/// let err = assess(&p, &Diary::new(), as_of).unwrap_err();
/// assert_eq!(err.field(), "profile.age.birth_date");
/// assert_eq!(
///     err.to_string(),
///     "invalid profile.age.birth_date 2025-03-02: the birth date is after the as_of date 2025-03-01"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AssessError {
    /// An episode starts after `as_of` (a diary cannot hold the future; usually a wrong
    /// date or offset). `index` is its place in the diary's canonical order.
    #[error(
        "invalid diary.episodes[{index}].start {}: the episode starts after as_of {}",
        .start.to_rfc3339(),
        .as_of.to_rfc3339()
    )]
    EpisodeAfterAsOf {
        /// Index of the episode in [`Diary::episodes`].
        index: usize,
        /// Its start.
        start: DateTime<FixedOffset>,
        /// The `as_of` it was checked against.
        as_of: DateTime<FixedOffset>,
    },
    /// The birth date is after the local date of `as_of`.
    #[error(
        "invalid profile.age.birth_date {birth_date}: the birth date is after the as_of date {as_of}"
    )]
    BirthDateAfterAsOf {
        /// The birth date.
        birth_date: NaiveDate,
        /// The local date of `as_of`.
        as_of: NaiveDate,
    },
    /// The age worked out from the profile is invalid (e.g. above 130 from a birth
    /// date).
    #[error("invalid profile.age: {0}")]
    Age(ValidationError),
    /// The diary statistics could not be computed.
    #[error("invalid diary: {0}")]
    Diary(ValidationError),
    /// `as_of` is outside what the outputs can write: a year outside 0001–9999, or a
    /// UTC offset that is not whole minutes within 14 hours of UTC (the episode start
    /// has the same rule).
    #[error("{0}")]
    AsOf(ValidationError),
}

impl AssessError {
    /// The path of the offending field, e.g. `diary.episodes[3].start`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::{assess, CrampEpisode, Diary, Profile};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
    /// let late = CrampEpisode::builder(DateTime::parse_from_rfc3339("2025-03-02T03:00:00+01:00")?)
    ///     .duration_secs(60).muscle("calf").side("left").pain(4).build()?;
    /// let err = assess(&Profile::default(), &Diary::from_episodes([late]), as_of).unwrap_err();
    /// assert_eq!(err.field(), "diary.episodes[0].start");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn field(&self) -> String {
        match self {
            AssessError::EpisodeAfterAsOf { index, .. } => format!("diary.episodes[{index}].start"),
            AssessError::BirthDateAfterAsOf { .. } => "profile.age.birth_date".to_owned(),
            AssessError::Age(_) => "profile.age".to_owned(),
            AssessError::Diary(e) => format!("diary.{}", e.field()),
            AssessError::AsOf(_) => "as_of".to_owned(),
        }
    }
}

/// Checks the profile and the diary against `as_of`.
pub(crate) fn check_as_of(
    profile: &Profile,
    diary: &Diary,
    as_of: DateTime<FixedOffset>,
) -> Result<(), AssessError> {
    crate::episode::check_instant("as_of", "as_of", as_of).map_err(AssessError::AsOf)?;
    // Episodes are in canonical (start) order, so the late ones are at the end and the
    // first of them has a stable index.
    let episodes = diary.episodes();
    let index = episodes.partition_point(|e| e.start() <= as_of);
    if let Some(e) = episodes.get(index) {
        return Err(AssessError::EpisodeAfterAsOf {
            index,
            start: e.start(),
            as_of,
        });
    }
    if let AgeInfo::BirthDate(birth_date) = profile.age {
        let today = as_of.date_naive();
        if birth_date > today {
            return Err(AssessError::BirthDateAfterAsOf {
                birth_date,
                as_of: today,
            });
        }
    }
    Ok(())
}

impl ScoreModel {
    /// Assesses a person with this model.
    ///
    /// # Errors
    ///
    /// [`AssessError`] when an episode starts after `as_of`, the birth date is after
    /// `as_of`, the age worked out from the birth date is above 130, or `as_of` is
    /// an instant the outputs cannot write ([`AssessError::AsOf`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::{AgeInfo, Diary, Profile, ScoreModel, Sex};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
    /// let p = Profile::builder().sex(Sex::Female).age(AgeInfo::Years(70.try_into()?)).build();
    /// let model = ScoreModel { points_per_log_ratio: 4, ..ScoreModel::default() };
    /// // Female sex, OR 1.96 (Abdulla-1999, 65 and over): round(4 x ln 1.96) = 3;
    /// // age 60 or over: 3.
    /// assert_eq!(model.assess(&p, &Diary::new(), as_of)?.score.total(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assess(
        &self,
        profile: &Profile,
        diary: &Diary,
        as_of: impl Into<DateTime<FixedOffset>>,
    ) -> Result<Assessment, AssessError> {
        let as_of = as_of.into();
        check_as_of(profile, diary, as_of)?;
        let diary_stats = diary.stats(as_of).map_err(AssessError::Diary)?;
        let age = profile
            .age_at(as_of)
            .map_err(AssessError::Age)?
            .map(|a| a.get());
        let facts = Facts::new(profile, diary, &diary_stats, age);
        let score = self.score(&facts);
        // The burden subtotal alone: risk factors never read as "regular cramps".
        let referral = Referral::from_facts(&facts, score.burden_band());
        let differential = Diff::from_facts(&facts);
        let plan = Plan::from_facts(&facts, self);
        let medications = medications::assessed_medications(&facts);
        Ok(Assessment {
            as_of,
            diary_stats,
            score,
            referral,
            differential,
            plan,
            medications,
        })
    }
}

/// Assesses a person with the default [`ScoreModel`]: the burden score, the referral
/// urgency, the differential and the plan.
///
/// Deterministic: it reads no clock, and the order in which episodes were added to
/// the diary does not matter.
///
/// # Errors
///
/// [`AssessError`] when an episode starts after `as_of`
/// ([`AssessError::EpisodeAfterAsOf`]), the birth date is after `as_of`
/// ([`AssessError::BirthDateAfterAsOf`]), a birth date gives an age above 130
/// ([`AssessError::Age`]), or `as_of` has a year outside 0001–9999 or a UTC offset
/// that is not whole minutes within 14 hours ([`AssessError::AsOf`]).
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Answer, Diary, Profile, Urgency};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.symptoms.cramp_over_10_min_not_settling = Answer::Yes;
/// let a = assess(&p, &Diary::new(), as_of)?;
/// assert_eq!(a.referral.urgency(), Urgency::Urgent);
/// assert_eq!(a.score.total(), 0); // a red flag escalates whatever the score
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn assess(
    profile: &Profile,
    diary: &Diary,
    as_of: impl Into<DateTime<FixedOffset>>,
) -> Result<Assessment, AssessError> {
    ScoreModel::default().assess(profile, diary, as_of)
}
