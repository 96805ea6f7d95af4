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

/// A group of conditions that the features may point towards.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::LookalikeCategory;
///
/// let json = serde_json::to_string(&LookalikeCategory::RestlessLegs)?;
/// assert_eq!(json, "\"restless_legs\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LookalikeCategory {
    /// Sleep-related leg cramps (ICSD-3 features).
    SleepRelatedLegCramps,
    /// Restless legs syndrome (IRLSSG-2014 criteria).
    RestlessLegs,
    /// Reduced blood flow in the leg arteries: claudication, peripheral arterial disease.
    Claudication,
    /// A clot in a deep leg vein (DVT).
    DeepVeinThrombosis,
    /// A nerve problem: neuropathy, a trapped nerve, or a lower motor neuron disorder.
    NerveProblem,
}

/// A feature the differential looks at.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::FeatureId;
///
/// assert_eq!(serde_json::to_string(&FeatureId::UrgeToMove)?, "\"urge_to_move\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FeatureId {
    /// ICSD-3: painful, with sudden hardness or tightness of the muscle.
    PainfulMuscleHardening,
    /// ICSD-3: happens during time in bed.
    DuringTimeInBed,
    /// ICSD-3: eased by forceful stretching.
    EasedByForcefulStretch,
    /// Episodes last seconds to about 10 minutes.
    ShortEpisodes,
    /// In the calf or the foot.
    CalfOrFoot,
    /// IRLSSG 1: an urge to move the legs.
    UrgeToMove,
    /// IRLSSG 2: the urge starts or worsens at rest.
    WorseAtRest,
    /// IRLSSG 3: eased by movement while it lasts.
    EasedByMoving,
    /// IRLSSG 4: worse in the evening or at night.
    WorseInEveningOrNight,
    /// IRLSSG 5: not solely explained by another condition.
    NotExplainedByAnotherCondition,
    /// Calf pain on walking, eased by rest.
    CalfPainOnWalking,
    /// A pale or cold leg.
    PaleOrColdLeg,
    /// Known peripheral arterial disease.
    KnownArterialDisease,
    /// Swelling of one leg.
    OneLegSwollen,
    /// A tender or warm calf.
    TenderOrWarmCalf,
    /// Numbness.
    Numbness,
    /// Weakness.
    Weakness,
    /// Muscle wasting or twitching.
    WastingOrTwitching,
    /// A known nerve or spine condition.
    KnownNerveCondition,
}

/// One row of [`DIFFERENTIAL_FEATURES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct FeatureRow {
    /// The feature.
    pub id: FeatureId,
    /// The category it points towards.
    pub category: LookalikeCategory,
    /// `true` when it is one of the category's formal criteria (ICSD-3 for cramps,
    /// IRLSSG-2014 for restless legs).
    pub criterion: bool,
    /// What the feature is, in plain words.
    pub text: &'static str,
    /// The sources.
    pub citations: &'static [Citation],
}

const fn row(
    id: FeatureId,
    category: LookalikeCategory,
    criterion: bool,
    text: &'static str,
    citations: &'static [Citation],
) -> FeatureRow {
    FeatureRow {
        id,
        category,
        criterion,
        text,
        citations,
    }
}

use LookalikeCategory as C;

/// The features the differential looks at, grouped by category.
///
/// Cramp features are the three ICSD-3 criteria (listed by Rabbitt-2016) plus two of
/// the seven Hallegraeff-2017 characteristics; restless-legs features are the five
/// IRLSSG-2014 criteria, of which the fifth (not solely explained by another
/// condition, leg cramps included) can only be judged by a clinician.
///
/// # Examples
///
/// ```
/// use legcramps::{LookalikeCategory, DIFFERENTIAL_FEATURES};
///
/// let rls = DIFFERENTIAL_FEATURES
///     .iter()
///     .filter(|f| f.category == LookalikeCategory::RestlessLegs && f.criterion)
///     .count();
/// assert_eq!(rls, 5);
/// ```
pub static DIFFERENTIAL_FEATURES: &[FeatureRow] = &FEATURE_ROWS;

/// The number of rows in [`DIFFERENTIAL_FEATURES`].
const FEATURE_COUNT: usize = 19;

const FEATURE_ROWS: [FeatureRow; FEATURE_COUNT] = [
    row(
        FeatureId::PainfulMuscleHardening,
        C::SleepRelatedLegCramps,
        true,
        "a painful cramp with sudden hardness or tightness of the muscle",
        &[
            Citation::Rabbitt2016,
            Citation::BmjBestPractice,
            Citation::Aasm,
        ],
    ),
    row(
        FeatureId::DuringTimeInBed,
        C::SleepRelatedLegCramps,
        true,
        "happens during time in bed, from sleep or while awake",
        &[Citation::Rabbitt2016],
    ),
    row(
        FeatureId::EasedByForcefulStretch,
        C::SleepRelatedLegCramps,
        true,
        "eased by stretching the muscle firmly",
        &[Citation::Rabbitt2016, Citation::Aasm],
    ),
    row(
        FeatureId::ShortEpisodes,
        C::SleepRelatedLegCramps,
        false,
        "each episode lasts from seconds up to about 10 minutes",
        &[Citation::Hallegraeff2017, Citation::Cks],
    ),
    row(
        FeatureId::CalfOrFoot,
        C::SleepRelatedLegCramps,
        false,
        "in the calf or the foot",
        &[Citation::Hallegraeff2017, Citation::BmjBestPractice],
    ),
    row(
        FeatureId::UrgeToMove,
        C::RestlessLegs,
        true,
        "an urge to move the legs, often with unpleasant feelings in them",
        &[Citation::Irlssg2014],
    ),
    row(
        FeatureId::WorseAtRest,
        C::RestlessLegs,
        true,
        "the urge starts or gets worse when resting, lying or sitting",
        &[Citation::Irlssg2014],
    ),
    row(
        FeatureId::EasedByMoving,
        C::RestlessLegs,
        true,
        "moving (walking, stretching) eases it at once, for as long as the movement lasts",
        &[Citation::Irlssg2014, Citation::Aasm],
    ),
    row(
        FeatureId::WorseInEveningOrNight,
        C::RestlessLegs,
        true,
        "it happens only, or is worse, in the evening or at night",
        &[Citation::Irlssg2014],
    ),
    row(
        FeatureId::NotExplainedByAnotherCondition,
        C::RestlessLegs,
        true,
        "not fully explained by another condition; leg cramps are one of the look-alikes \
         to rule out, which only a clinician can judge",
        &[Citation::Irlssg2014],
    ),
    row(
        FeatureId::CalfPainOnWalking,
        C::Claudication,
        false,
        "calf pain on walking that eases with rest",
        &[Citation::Cks],
    ),
    row(
        FeatureId::PaleOrColdLeg,
        C::Claudication,
        false,
        "a pale or cold leg",
        &[Citation::Cks],
    ),
    row(
        FeatureId::KnownArterialDisease,
        C::Claudication,
        false,
        "known peripheral arterial disease",
        &[Citation::Abdulla1999, Citation::Cks],
    ),
    row(
        FeatureId::OneLegSwollen,
        C::DeepVeinThrombosis,
        false,
        "one leg (calf) swollen",
        &[Citation::Cks],
    ),
    row(
        FeatureId::TenderOrWarmCalf,
        C::DeepVeinThrombosis,
        false,
        "a tender or warm calf (pointing towards a clot is our own safety inference)",
        &[Citation::Cks],
    ),
    row(
        FeatureId::Numbness,
        C::NerveProblem,
        false,
        "numbness in the legs or feet",
        &[Citation::Cks, Citation::Nhs],
    ),
    row(
        FeatureId::Weakness,
        C::NerveProblem,
        false,
        "weakness of leg muscles",
        &[Citation::Cks, Citation::Nhs],
    ),
    row(
        FeatureId::WastingOrTwitching,
        C::NerveProblem,
        false,
        "muscles shrinking or twitching under the skin",
        &[Citation::Cks],
    ),
    row(
        FeatureId::KnownNerveCondition,
        C::NerveProblem,
        false,
        "a known neuropathy, spinal stenosis or motor neuron disease",
        &[Citation::HaskellVa, Citation::Aafp2012, Citation::Bnssg],
    ),
];

/// What the reported features lean towards, for cramp against restless legs.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::Leaning;
///
/// assert_eq!(serde_json::to_string(&Leaning::TowardsCramp)?, "\"towards_cramp\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// assert!(legcramps::Leaning::TowardsCramp.summary().contains("point towards"));
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
/// row in [`DIFFERENTIAL_FEATURES`]. JSON form: `{"feature", "status", "criterion",
/// "text", "citations"}`; on the way in, the last three may be left out but must match
/// the table when given.
///
/// # Examples
///
/// ```
/// use legcramps::{Answer, Feature, FeatureId};
///
/// let f: Feature = serde_json::from_str(r#"{"feature": "urge_to_move", "status": "yes"}"#)?;
/// assert_eq!(f.status, Answer::Yes);
/// assert!(f.is_criterion());
/// assert!(f.text().contains("urge to move"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "FeatureRepr")]
pub struct Feature {
    /// The feature.
    pub feature: FeatureId,
    /// Whether the person has it: yes, no or unknown.
    pub status: Answer,
}

impl Feature {
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

impl Serialize for Feature {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Feature", 5)?;
        s.serialize_field("feature", &self.feature)?;
        s.serialize_field("status", &self.status)?;
        s.serialize_field("criterion", &self.is_criterion())?;
        s.serialize_field("text", self.text())?;
        s.serialize_field("citations", self.citations())?;
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeatureRepr {
    feature: FeatureId,
    status: Answer,
    #[serde(default)]
    criterion: Option<bool>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    citations: Option<Vec<Citation>>,
}

impl TryFrom<FeatureRepr> for Feature {
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
        Ok(Feature {
            feature: r.feature,
            status: r.status,
        })
    }
}

impl FeatureId {
    /// The feature's row in [`DIFFERENTIAL_FEATURES`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{FeatureId, LookalikeCategory};
    ///
    /// assert_eq!(FeatureId::OneLegSwollen.info().category, LookalikeCategory::DeepVeinThrombosis);
    /// ```
    pub fn info(self) -> &'static FeatureRow {
        // Every id has a row (a unit test checks); the fallback keeps this total.
        DIFFERENTIAL_FEATURES
            .iter()
            .find(|r| r.id == self)
            .unwrap_or(&DIFFERENTIAL_FEATURES[0])
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
/// use legcramps::{assess, Answer, Diary, LookalikeCategory, Profile};
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
    pub features: &'a [Feature],
}

/// Cramp against look-alikes: the status of every feature in
/// [`DIFFERENTIAL_FEATURES`], read by category.
///
/// JSON form: `{"leaning", "summary", "flags", "categories"}`, where `categories`
/// lists every [`LookalikeCategory`] in order as a [`Lookalike`]. Deserializing needs
/// `leaning` and the categories with every feature in table order; `summary`,
/// `flags` and the counts may be left out but must agree when given.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Answer, Diary, Leaning, LookalikeCategory, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.symptoms.urge_to_move_legs = Answer::Yes;
/// p.symptoms.urge_worse_at_rest = Answer::Yes;
/// p.symptoms.urge_eased_by_moving = Answer::Yes;
/// p.symptoms.urge_worse_evening_or_night = Answer::Yes;
/// let d = assess(&p, &Diary::new(), as_of)?.differential;
/// assert_eq!(d.leaning(), Leaning::TowardsRestlessLegs);
/// assert_eq!(d.category(LookalikeCategory::RestlessLegs).criteria_met, 4);
/// assert_eq!(d.flags().count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "DifferentialRepr")]
pub struct Differential {
    leaning: Leaning,
    features: [Feature; FEATURE_COUNT],
}

/// Every category, in order.
const CATEGORIES: [LookalikeCategory; 5] = [
    C::SleepRelatedLegCramps,
    C::RestlessLegs,
    C::Claudication,
    C::DeepVeinThrombosis,
    C::NerveProblem,
];

/// Categories that are flagged when any of their features is present.
const FLAGGED: [LookalikeCategory; 3] = [C::Claudication, C::DeepVeinThrombosis, C::NerveProblem];

impl Differential {
    /// Cramp against restless legs.
    pub fn leaning(&self) -> Leaning {
        self.leaning
    }

    /// The leaning in one sentence.
    pub fn summary(&self) -> &'static str {
        self.leaning.summary()
    }

    /// Every feature with its status, in [`DIFFERENTIAL_FEATURES`] order.
    pub fn features(&self) -> &[Feature] {
        &self.features
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

    fn from_features(features: [Feature; FEATURE_COUNT]) -> Differential {
        let mut d = Differential {
            leaning: Leaning::Unclear,
            features,
        };
        let cramp = d.category(C::SleepRelatedLegCramps).criteria_met;
        let rls = d.category(C::RestlessLegs).criteria_met;
        d.leaning = if rls >= 4 && cramp <= 1 {
            Leaning::TowardsRestlessLegs
        } else if cramp >= 2 && rls <= 1 {
            Leaning::TowardsCramp
        } else if cramp >= 2 && rls >= 2 {
            Leaning::Mixed
        } else {
            Leaning::Unclear
        };
        d
    }

    pub(crate) fn from_facts(f: &Facts<'_>) -> Differential {
        let features = FEATURE_ROWS.map(|r| Feature {
            feature: r.id,
            status: status(r.id, f),
        });
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
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DifferentialRepr {
    leaning: Leaning,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    flags: Option<Vec<LookalikeCategory>>,
    categories: Vec<LookalikeRepr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LookalikeRepr {
    category: LookalikeCategory,
    #[serde(default)]
    pointing: Option<u8>,
    #[serde(default)]
    criteria_met: Option<u8>,
    #[serde(default)]
    criteria_unknown: Option<u8>,
    #[serde(default)]
    criteria_total: Option<u8>,
    features: Vec<Feature>,
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
        let mut features = FEATURE_ROWS.map(|row| Feature {
            feature: row.id,
            status: Answer::Unknown,
        });
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
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn every_feature_id_has_its_own_row() {
        for r in DIFFERENTIAL_FEATURES {
            assert_eq!(r.id.info().id, r.id);
            assert_eq!(
                DIFFERENTIAL_FEATURES
                    .iter()
                    .filter(|x| x.id == r.id)
                    .count(),
                1
            );
        }
        // Exhaustive: a new variant fails to compile here until it gets a row.
        fn has_row(id: FeatureId) -> bool {
            DIFFERENTIAL_FEATURES.iter().any(|r| r.id == id)
        }
        use FeatureId::*;
        for id in [
            PainfulMuscleHardening,
            DuringTimeInBed,
            EasedByForcefulStretch,
            ShortEpisodes,
            CalfOrFoot,
            UrgeToMove,
            WorseAtRest,
            EasedByMoving,
            WorseInEveningOrNight,
            NotExplainedByAnotherCondition,
            CalfPainOnWalking,
            PaleOrColdLeg,
            KnownArterialDisease,
            OneLegSwollen,
            TenderOrWarmCalf,
            Numbness,
            Weakness,
            WastingOrTwitching,
            KnownNerveCondition,
        ] {
            assert!(has_row(id), "{id:?}");
            match id {
                PainfulMuscleHardening
                | DuringTimeInBed
                | EasedByForcefulStretch
                | ShortEpisodes
                | CalfOrFoot
                | UrgeToMove
                | WorseAtRest
                | EasedByMoving
                | WorseInEveningOrNight
                | NotExplainedByAnotherCondition
                | CalfPainOnWalking
                | PaleOrColdLeg
                | KnownArterialDisease
                | OneLegSwollen
                | TenderOrWarmCalf
                | Numbness
                | Weakness
                | WastingOrTwitching
                | KnownNerveCondition => {}
            }
        }
    }

    #[test]
    fn table_is_grouped_by_category_in_order() {
        let mut seen: Vec<LookalikeCategory> = Vec::new();
        for r in DIFFERENTIAL_FEATURES {
            if seen.last() != Some(&r.category) {
                assert!(!seen.contains(&r.category), "{:?} is split", r.category);
                seen.push(r.category);
            }
        }
        assert_eq!(seen, CATEGORIES);
    }

    #[test]
    fn criteria_counts_match_the_sources() {
        // ICSD-3 has three criteria for sleep-related leg cramps; IRLSSG-2014 five.
        let count = |c| {
            DIFFERENTIAL_FEATURES
                .iter()
                .filter(|r| r.category == c && r.criterion)
                .count()
        };
        assert_eq!(count(C::SleepRelatedLegCramps), 3);
        assert_eq!(count(C::RestlessLegs), 5);
    }
}
