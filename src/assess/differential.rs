//! Cramp or look-alike: which reported features point towards sleep-related leg
//! cramps, restless legs, reduced blood flow, a vein clot or a nerve problem.
//!
//! This never names a diagnosis. Each category lists the features that point towards
//! it, each feature with its status (yes / no / unknown) and its sources.

use serde::{Deserialize, Serialize};

use super::check::{TableMismatch, same};
use super::facts::{Facts, any};
use super::score::TYPICAL_MAX_MINUTES;
use crate::{Answer, Citation, ConditionId, LegSwelling, RemedyId};

mod features;

use features::{CATEGORIES, FEATURE_COUNT, FEATURE_ROWS};
pub use features::{Feature, FeatureId, LookalikeCategory};

use LookalikeCategory as C;

/// What the reported features lean towards, for cramp against restless legs.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::assess::Leaning;
///
/// assert_eq!(serde_json::to_string(&Leaning::TowardsCramp)?, "\"towards_cramp\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Leaning {
    /// At least two ICSD-3 cramp criteria and at most one restless-legs criterion.
    TowardsCramp,
    /// All four restless-legs criteria that a person can report, and at most one
    /// cramp criterion.
    TowardsRestlessLegs,
    /// At least two criteria of each.
    Mixed,
    /// Too few features reported to lean either way.
    Unclear,
}

impl Leaning {
    /// A one-sentence summary, never phrased as a diagnosis.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(legcramps::assess::Leaning::TowardsCramp.summary().contains("point towards"));
    /// ```
    pub fn summary(self) -> &'static str {
        match self {
            Leaning::TowardsCramp => {
                "The features reported point towards night-time leg cramps rather than \
                 restless legs."
            }
            Leaning::TowardsRestlessLegs => {
                "The features reported point towards restless legs rather than cramps; a \
                 clinician needs to rule out look-alikes."
            }
            Leaning::Mixed => {
                "The features reported point towards both cramps and restless legs; a \
                 clinician can tell them apart."
            }
            Leaning::Unclear => {
                "Not enough features are known to say whether they point towards cramps \
                 or restless legs."
            }
        }
    }
}

/// A feature with its status for this person.
///
/// The feature's text, sources and whether it is a formal criterion come from its
/// [`Feature`] ([`FeatureId::info`]). JSON form: `{"feature", "status", "criterion",
/// "text", "citations"}`; on the way in, the last three may be left out but must match
/// the table when given.
///
/// # Examples
///
/// ```
/// use legcramps::Answer;
/// use legcramps::assess::FeatureStatus;
///
/// let f: FeatureStatus = serde_json::from_str(r#"{"feature": "urge_to_move", "status": "yes"}"#)?;
/// assert_eq!(f.status, Answer::Yes);
/// assert!(f.is_criterion());
/// assert!(f.text().contains("urge to move"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "FeatureRepr")
)]
#[serde(try_from = "FeatureRepr")]
#[non_exhaustive]
pub struct FeatureStatus {
    /// The feature.
    pub feature: FeatureId,
    /// Whether the person has it: yes, no or unknown.
    pub status: Answer,
}

impl FeatureStatus {
    /// `true` when it is one of the category's formal criteria.
    pub fn is_criterion(&self) -> bool {
        self.feature.info().criterion
    }

    /// What the feature is, in plain words.
    pub fn text(&self) -> &'static str {
        self.feature.info().text
    }

    /// The sources.
    pub fn citations(&self) -> &'static [Citation] {
        self.feature.info().citations
    }
}

impl Serialize for FeatureStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("FeatureStatus", 5)?;
        s.serialize_field("feature", &self.feature)?;
        s.serialize_field("status", &self.status)?;
        s.serialize_field("criterion", &self.is_criterion())?;
        s.serialize_field("text", self.text())?;
        s.serialize_field("citations", self.citations())?;
        s.end()
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct FeatureRepr {
    feature: FeatureId,
    status: Answer,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "bool"))]
    criterion: Option<bool>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    text: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Citation>"))]
    citations: Option<Vec<Citation>>,
}

impl TryFrom<FeatureRepr> for FeatureStatus {
    type Error = TableMismatch;

    fn try_from(r: FeatureRepr) -> Result<Self, Self::Error> {
        let row = r.feature.info();
        same(
            r.criterion,
            &row.criterion,
            "feature",
            r.feature,
            "criterion",
        )?;
        same(r.text.as_deref(), row.text, "feature", r.feature, "text")?;
        same(
            r.citations.as_deref(),
            row.citations,
            "feature",
            r.feature,
            "citations",
        )?;
        Ok(FeatureStatus {
            feature: r.feature,
            status: r.status,
        })
    }
}

/// One category of the differential, as a view into a [`Differential`].
///
/// Serializes as `{"category", "pointing", "criteria_met", "criteria_unknown",
/// "criteria_total", "features"}`.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::{assess, LookalikeCategory};
/// use legcramps::{Answer, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.symptoms.numbness = Answer::Yes;
/// let d = assess(&p, &Diary::new(), as_of)?.differential;
/// let nerve = d.category(LookalikeCategory::NerveProblem);
/// assert_eq!(nerve.pointing, 1);
/// assert_eq!(nerve.features.len(), 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Lookalike<'a> {
    /// The category.
    pub category: LookalikeCategory,
    /// How many features point towards it (status yes).
    pub pointing: u8,
    /// Formal criteria met (status yes).
    pub criteria_met: u8,
    /// Formal criteria whose status is unknown.
    pub criteria_unknown: u8,
    /// Formal criteria in all (3 for cramps, 5 for restless legs, 0 otherwise).
    pub criteria_total: u8,
    /// The features, in table order.
    pub features: &'a [FeatureStatus],
}

/// Cramp against look-alikes: the status of every feature ([`FeatureId::ALL`]), read
/// by category.
///
/// JSON form: `{"leaning", "summary", "flags", "categories", "questions"}`, where
/// `categories`
/// lists every [`LookalikeCategory`] in order as a [`Lookalike`]. Deserializing needs
/// `leaning` and the categories with every feature in table order; `summary`,
/// `flags`, `questions` and the counts may be left out but must agree when given.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::{assess, Leaning, LookalikeCategory};
/// use legcramps::{Answer, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.symptoms.urge_to_move_legs = Answer::Yes;
/// p.symptoms.urge_worse_at_rest = Answer::Yes;
/// p.symptoms.urge_eased_by_moving = Answer::Yes;
/// p.symptoms.urge_worse_evening_or_night = Answer::Yes;
/// let d = assess(&p, &Diary::new(), as_of)?.differential;
/// assert_eq!(d.leaning, Leaning::TowardsRestlessLegs);
/// assert_eq!(d.category(LookalikeCategory::RestlessLegs).criteria_met, 4);
/// assert_eq!(d.flags().count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "DifferentialRepr")
)]
#[serde(try_from = "DifferentialRepr")]
#[non_exhaustive]
pub struct Differential {
    /// Cramp against restless legs.
    pub leaning: Leaning,
    /// Every feature with its status, in [`FeatureId::ALL`] order.
    pub features: Vec<FeatureStatus>,
}

/// A defining question of a cramp whose answer is unknown, as JSON writes it.
#[derive(Serialize)]
struct DefiningQuestion {
    feature: FeatureId,
    ask: &'static str,
}

/// Categories that are flagged when any of their features is present.
const FLAGGED: [LookalikeCategory; 3] = [C::Claudication, C::DeepVeinThrombosis, C::NerveProblem];

impl Differential {
    /// The features that define a cramp (Rabbitt-2016, AASM) whose answer is still
    /// unknown: is the muscle hard during the cramp, and does a forceful stretch ease
    /// it? What to ask is the feature's [`Feature::question`]. JSON: `questions`, each
    /// `{"feature", "ask"}`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::{assess, FeatureId};
    /// use legcramps::{Diary, Profile};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
    /// let d = assess(&Profile::default(), &Diary::new(), as_of)?.differential;
    /// let first = d.questions().next().ok_or("no question")?;
    /// assert_eq!(first, FeatureId::PainfulMuscleHardening);
    /// assert!(first.info().question.is_some_and(|q| q.contains("hard")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn questions(&self) -> impl Iterator<Item = FeatureId> + '_ {
        self.features
            .iter()
            .filter(|x| x.status.is_unknown() && x.feature.info().question.is_some())
            .map(|x| x.feature)
    }

    fn defining_questions(&self) -> impl Iterator<Item = DefiningQuestion> + '_ {
        self.questions().filter_map(|feature| {
            feature
                .info()
                .question
                .map(|ask| DefiningQuestion { feature, ask })
        })
    }

    /// The leaning in one sentence.
    pub fn summary(&self) -> &'static str {
        self.leaning.summary()
    }

    /// The status of one feature.
    pub fn status(&self, id: FeatureId) -> Answer {
        self.features
            .iter()
            .find(|f| f.feature == id)
            .map_or(Answer::Unknown, |f| f.status)
    }

    /// One category with its features and counts.
    pub fn category(&self, category: LookalikeCategory) -> Lookalike<'_> {
        let start = FEATURE_ROWS
            .iter()
            .position(|r| r.category == category)
            .unwrap_or(FEATURE_COUNT);
        let len = FEATURE_ROWS
            .iter()
            .skip(start)
            .take_while(|r| r.category == category)
            .count();
        let features = self.features.get(start..start + len).unwrap_or(&[]);
        let (mut pointing, mut met, mut unknown, mut total) = (0u8, 0u8, 0u8, 0u8);
        for f in features {
            pointing += u8::from(f.status.is_yes());
            if f.is_criterion() {
                total += 1;
                met += u8::from(f.status.is_yes());
                unknown += u8::from(f.status.is_unknown());
            }
        }
        Lookalike {
            category,
            pointing,
            criteria_met: met,
            criteria_unknown: unknown,
            criteria_total: total,
            features,
        }
    }

    /// Every category, in [`LookalikeCategory`] order.
    pub fn categories(&self) -> impl Iterator<Item = Lookalike<'_>> {
        CATEGORIES.into_iter().map(|c| self.category(c))
    }

    /// Look-alike categories (blood flow, vein clot, nerve) with at least one feature
    /// present, in category order.
    pub fn flags(&self) -> impl Iterator<Item = LookalikeCategory> + '_ {
        FLAGGED
            .into_iter()
            .filter(|c| self.category(*c).pointing > 0)
    }

    fn from_features(features: Vec<FeatureStatus>) -> Differential {
        let mut d = Differential {
            leaning: Leaning::Unclear,
            features,
        };
        let cramp = d.category(C::SleepRelatedLegCramps).criteria_met;
        let rls = d.category(C::RestlessLegs).criteria_met;
        // The diary's supporting features (brief episodes, in the calf or foot) count as
        // evidence for the cramp side: with both present, one criterion is enough. Our
        // own choice (#11), so a textbook diary cramp does not read "unclear".
        let diary_support = d
            .features
            .iter()
            .filter(|x| {
                matches!(x.feature, FeatureId::ShortEpisodes | FeatureId::CalfOrFoot)
                    && x.status.is_yes()
            })
            .count();
        let cramp_side = cramp >= 2 || (cramp >= 1 && diary_support == 2);
        d.leaning = if rls >= 4 && cramp <= 1 {
            Leaning::TowardsRestlessLegs
        } else if cramp_side && rls <= 1 {
            Leaning::TowardsCramp
        } else if cramp >= 2 && rls >= 2 {
            Leaning::Mixed
        } else {
            Leaning::Unclear
        };
        d
    }

    pub(crate) fn from_facts(f: &Facts<'_>) -> Differential {
        let features = FEATURE_ROWS
            .iter()
            .map(|r| FeatureStatus {
                feature: r.id,
                status: status(r.id, f),
            })
            .collect();
        Differential::from_features(features)
    }
}

fn status(id: FeatureId, f: &Facts<'_>) -> Answer {
    let s = &f.profile.symptoms;
    let from_diary = |yes: bool| {
        if f.diary_empty {
            Answer::Unknown
        } else {
            yes.into()
        }
    };
    match id {
        FeatureId::PainfulMuscleHardening => s.muscle_hard_during_cramp,
        FeatureId::DuringTimeInBed => from_diary(f.any_in_bed),
        FeatureId::EasedByForcefulStretch => any(&[
            s.eased_by_forceful_stretch,
            (f.relieved_by(RemedyId::StretchMuscle) || f.relieved_by(RemedyId::FlexFoot)).into(),
        ]),
        FeatureId::ShortEpisodes => match f.stats.longest_minutes {
            Some(m) => (m <= TYPICAL_MAX_MINUTES).into(),
            None => Answer::Unknown,
        },
        FeatureId::CalfOrFoot => {
            if f.stats.muscles.is_empty() {
                Answer::Unknown
            } else {
                (!f.outside_calf_or_foot()).into()
            }
        }
        FeatureId::UrgeToMove => s.urge_to_move_legs,
        FeatureId::WorseAtRest => s.urge_worse_at_rest,
        FeatureId::EasedByMoving => s.urge_eased_by_moving,
        FeatureId::WorseInEveningOrNight => s.urge_worse_evening_or_night,
        FeatureId::NotExplainedByAnotherCondition => Answer::Unknown,
        FeatureId::CalfPainOnWalking => s.calf_pain_on_walking,
        FeatureId::PaleOrColdLeg => s.pale_or_cold_leg,
        FeatureId::KnownArterialDisease => {
            f.profile.has(ConditionId::PeripheralArteryDisease).into()
        }
        FeatureId::OneLegSwollen => match s.leg_swelling {
            LegSwelling::OneSide => Answer::Yes,
            LegSwelling::Unknown => Answer::Unknown,
            _ => Answer::No,
        },
        FeatureId::TenderOrWarmCalf => s.calf_tender_or_warm,
        FeatureId::Numbness => s.numbness,
        FeatureId::Weakness => s.weakness,
        FeatureId::WastingOrTwitching => s.muscle_wasting_or_twitching,
        FeatureId::KnownNerveCondition => (f.profile.has(ConditionId::PeripheralNeuropathy)
            || f.profile.has(ConditionId::LumbarSpinalStenosis)
            || f.profile.has(ConditionId::MotorNeuronDisease))
        .into(),
    }
}

struct Flags<'a>(&'a Differential);

impl Serialize for Flags<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.flags())
    }
}

struct Categories<'a>(&'a Differential);

impl Serialize for Categories<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.categories())
    }
}

impl Serialize for Differential {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Differential", 4)?;
        s.serialize_field("leaning", &self.leaning)?;
        s.serialize_field("summary", self.summary())?;
        s.serialize_field("flags", &Flags(self))?;
        s.serialize_field("categories", &Categories(self))?;
        s.serialize_field("questions", &self.defining_questions().collect::<Vec<_>>())?;
        s.end()
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct DifferentialRepr {
    leaning: Leaning,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    summary: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<LookalikeCategory>"))]
    flags: Option<Vec<LookalikeCategory>>,
    categories: Vec<LookalikeRepr>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<QuestionRepr>"))]
    questions: Option<Vec<QuestionRepr>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct QuestionRepr {
    feature: FeatureId,
    ask: String,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct LookalikeRepr {
    category: LookalikeCategory,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "u8"))]
    pointing: Option<u8>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "u8"))]
    criteria_met: Option<u8>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "u8"))]
    criteria_unknown: Option<u8>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "u8"))]
    criteria_total: Option<u8>,
    features: Vec<FeatureStatus>,
}

/// Why a differential read from JSON was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid differential {field}: {problem}")]
pub(crate) struct DifferentialCheckError {
    field: &'static str,
    problem: &'static str,
}

impl TryFrom<DifferentialRepr> for Differential {
    type Error = DifferentialCheckError;

    fn try_from(r: DifferentialRepr) -> Result<Self, Self::Error> {
        let err = |field, problem| DifferentialCheckError { field, problem };
        let order: Vec<LookalikeCategory> = r.categories.iter().map(|c| c.category).collect();
        if order != CATEGORIES {
            return Err(err("categories", "must list every category once, in order"));
        }
        let mut features: Vec<FeatureStatus> = FEATURE_ROWS
            .iter()
            .map(|row| FeatureStatus {
                feature: row.id,
                status: Answer::Unknown,
            })
            .collect();
        let given = r.categories.iter().flat_map(|c| c.features.iter());
        if given.clone().count() != FEATURE_COUNT {
            return Err(err(
                "categories",
                "must hold every feature of the table once",
            ));
        }
        for (slot, f) in features.iter_mut().zip(given) {
            if slot.feature != f.feature {
                return Err(err("categories", "must hold the features in table order"));
            }
            slot.status = f.status;
        }
        let d = Differential::from_features(features);
        for (c, view) in r.categories.iter().zip(d.categories()) {
            let counts = [
                (c.pointing, view.pointing),
                (c.criteria_met, view.criteria_met),
                (c.criteria_unknown, view.criteria_unknown),
                (c.criteria_total, view.criteria_total),
            ];
            if counts
                .iter()
                .any(|(given, real)| given.is_some_and(|g| g != *real))
            {
                return Err(err("categories", "counts must match the features"));
            }
        }
        if r.leaning != d.leaning {
            return Err(err("leaning", "must follow from the criteria met"));
        }
        if r.summary.is_some_and(|s| s != d.summary()) {
            return Err(err("summary", "must be the leaning's summary"));
        }
        if r.flags.is_some_and(|f| !f.iter().copied().eq(d.flags())) {
            return Err(err("flags", "must list the flagged categories"));
        }
        if r.questions.is_some_and(|q| {
            !q.iter()
                .map(|x| (x.feature, x.ask.as_str()))
                .eq(d.defining_questions().map(|x| (x.feature, x.ask)))
        }) {
            return Err(err(
                "questions",
                "must list the unknown defining questions with their text",
            ));
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::features::DIFFERENTIAL_FEATURES;
    use super::*;

    #[test]
    fn wording_never_claims_a_diagnosis() {
        for l in [
            Leaning::TowardsCramp,
            Leaning::TowardsRestlessLegs,
            Leaning::Mixed,
            Leaning::Unclear,
        ] {
            let s = l.summary().to_lowercase();
            assert!(!s.contains("you have") && !s.contains("diagnos"), "{s}");
        }
        for r in DIFFERENTIAL_FEATURES {
            assert!(!r.citations.is_empty(), "{:?} has no citation", r.id);
        }
    }
}
