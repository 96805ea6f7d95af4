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
//!   exactly to a total from 0 to 100, in a [`Band`]. The weights are read through a
//!   configurable [`ScoreModel`], whose docs list them.
//! - [`Referral`]: an [`Urgency`] from the rules ([`RuleId::ALL`], each rule's
//!   [`Rule`] from [`RuleId::info`]). A red flag always escalates, whatever the score.
//!   Unknown answers that could raise the level become [`Question`]s.
//! - [`Differential`]: features pointing towards cramps, restless legs, reduced blood
//!   flow, a vein clot or a nerve problem ([`FeatureId::ALL`], each a [`Feature`]).
//! - [`Plan`]: what to do during a cramp and to prevent the next, supplements, cautions,
//!   and the quinine facts when asked ([`StepId::ALL`], each a [`Step`]). It never
//!   suggests quinine.
//!
//! Run it with [`assess()`] (the default model), [`AssessmentInput::assess`] or, with
//! a model of your own, [`AssessmentInput::assess_with`]. It is pure: no clock, no
//! I/O; the same input gives the same output, and the order of the diary's episodes
//! never matters.
//!
//! The outputs are plain data: public fields, `#[non_exhaustive]`, no getters. Output
//! values that restate a catalog row (a [`ReferralReason`], a [`Question`], a
//! [`FeatureStatus`], a [`PlanStep`]) hold only their id, plus the person's status
//! where there is one; their text, level, evidence and sources are read from the row
//! by methods. So the output cannot drift from the catalogs, and reading JSON back
//! checks that it did not.
//!
//! # JSON
//!
//! Input `{ "as_of": ..., "profile": {...}, "diary": {...} }` is read by
//! [`AssessmentInput`]; the [`Assessment`] serializes with the top-level keys `score`,
//! `referral` (with `urgency` as a snake_case string and `reasons`), `differential` and
//! `plan`. Both shapes, with a full example, are in the [`json`] module.
//!
//! ```
//! use legcramps::assess::{AssessmentInput, Urgency};
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
    Differential, Feature, FeatureId, FeatureStatus, Leaning, Lookalike, LookalikeCategory,
};
pub use input::{Assessed, AssessmentInput, InputError};
pub use medications::{AssessedMedication, MedicationRecall, MedicationSource, MedicationStatus};
pub use model::ScoreModel;
pub use plan::{Note, Plan, PlanStep, QuinineInfo, Step, StepId};
pub use referral::{Question, Referral, ReferralReason, Urgency};
pub use rules::{Rule, RuleId};
pub use score::{Band, Contribution, Score, ScoreFactor, Subtotal};

use differential::Differential as Diff;
use facts::Facts;

/// The result of [`assess()`]: score, referral, differential, plan and the medications
/// as read.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::assess;
/// use legcramps::{Diary, Profile};
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
#[non_exhaustive]
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
/// use legcramps::assess::assess;
/// use legcramps::{AgeInfo, Diary, Profile};
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
        "invalid {field} {}: the episode starts after as_of {}",
        .start.to_rfc3339(),
        .as_of.to_rfc3339()
    )]
    #[non_exhaustive]
    EpisodeAfterAsOf {
        /// The path of the episode's start, `diary.episodes[{index}].start` (what
        /// [`AssessError::field`] returns).
        field: String,
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
    /// The diary statistics could not be computed. The error's field is the path from
    /// the input document, e.g. `diary.episodes`.
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
    /// use legcramps::assess::assess;
    /// use legcramps::{CrampEpisode, Diary, Profile};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
    /// let late = CrampEpisode::builder(DateTime::parse_from_rfc3339("2025-03-02T03:00:00+01:00")?)
    ///     .duration_secs(60).muscle("calf").side("left").pain(4).build()?;
    /// let err = assess(&Profile::default(), &Diary::from_episodes([late]), as_of).unwrap_err();
    /// assert_eq!(err.field(), "diary.episodes[0].start");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn field(&self) -> &str {
        match self {
            AssessError::EpisodeAfterAsOf { field, .. } => field,
            AssessError::BirthDateAfterAsOf { .. } => "profile.age.birth_date",
            AssessError::Age(_) => "profile.age",
            AssessError::Diary(e) => e.field(),
            AssessError::AsOf(_) => "as_of",
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
            field: format!("diary.episodes[{index}].start"),
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

/// Assesses a person with `model`: the body of [`assess()`] and
/// [`AssessmentInput::assess_with`].
pub(crate) fn assess_with_model(
    model: &ScoreModel,
    profile: &Profile,
    diary: &Diary,
    as_of: DateTime<FixedOffset>,
) -> Result<Assessment, AssessError> {
    check_as_of(profile, diary, as_of)?;
    let diary_stats = diary.stats(as_of).map_err(|e| {
        let field = format!("diary.{}", e.field());
        AssessError::Diary(e.for_field(field))
    })?;
    let age = profile
        .age_at(as_of)
        .map_err(AssessError::Age)?
        .map(|a| a.get());
    let facts = Facts::new(profile, diary, &diary_stats, age);
    let score = model.score(&facts);
    // The burden subtotal alone: risk factors never read as "regular cramps".
    let referral = Referral::from_facts(&facts, score.burden_band);
    let differential = Diff::from_facts(&facts);
    let plan = Plan::from_facts(&facts, model);
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

/// Assesses a person with the default [`ScoreModel`]: the burden score, the referral
/// urgency, the differential and the plan. (With another model:
/// [`AssessmentInput::assess_with`].)
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
/// use legcramps::assess::{assess, Urgency};
/// use legcramps::{Answer, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.symptoms.cramp_over_10_min_not_settling = Answer::Yes;
/// let a = assess(&p, &Diary::new(), as_of)?;
/// assert_eq!(a.referral.urgency, Urgency::Urgent);
/// assert_eq!(a.score.total, 0); // a red flag escalates whatever the score
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn assess(
    profile: &Profile,
    diary: &Diary,
    as_of: impl Into<DateTime<FixedOffset>>,
) -> Result<Assessment, AssessError> {
    assess_with_model(&ScoreModel::default(), profile, diary, as_of.into())
}
