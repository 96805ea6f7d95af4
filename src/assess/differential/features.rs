//! The features the differential looks at: the look-alike categories, the feature
//! ids, and the table that gives each feature its category, whether it is a formal
//! criterion, its text and its sources.

use serde::{Deserialize, Serialize};

use crate::Citation;

/// A group of conditions that the features may point towards.
///
/// JSON form: the snake_case name.
///
/// # Examples
///
/// ```
/// use legcramps::assess::LookalikeCategory;
///
/// let json = serde_json::to_string(&LookalikeCategory::RestlessLegs)?;
/// assert_eq!(json, "\"restless_legs\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
/// use legcramps::assess::FeatureId;
///
/// assert_eq!(serde_json::to_string(&FeatureId::UrgeToMove)?, "\"urge_to_move\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// A feature the differential looks at: its category, whether it is a formal
/// criterion, its text and sources. [`FeatureId::info`] gives each feature's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Feature {
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
    /// For the two features that define a cramp (Rabbitt-2016, AASM), what to ask
    /// while the answer is unknown (see [`Differential::questions`](super::Differential::questions)).
    pub question: Option<&'static str>,
}

const fn asking(question: &'static str, f: Feature) -> Feature {
    Feature {
        question: Some(question),
        ..f
    }
}

const fn row(
    id: FeatureId,
    category: LookalikeCategory,
    criterion: bool,
    text: &'static str,
    citations: &'static [Citation],
) -> Feature {
    Feature {
        id,
        category,
        criterion,
        text,
        citations,
        question: None,
    }
}

use LookalikeCategory as C;

crate::table::catalog! {
    /// The features the differential looks at, grouped by category.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) static DIFFERENTIAL_FEATURES: [Feature] by FeatureId;
    pub(super) const FEATURE_ROWS: [_; FEATURE_COUNT];
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
    /// use legcramps::assess::{FeatureId, LookalikeCategory};
    ///
    /// let rls = FeatureId::ALL
    ///     .iter()
    ///     .map(|f| f.info())
    ///     .filter(|f| f.category == LookalikeCategory::RestlessLegs && f.criterion)
    ///     .count();
    /// assert_eq!(rls, 5);
    /// ```
    pub const ALL;
    /// The feature's category, whether it is a criterion, its text and sources.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::{FeatureId, LookalikeCategory};
    ///
    /// assert_eq!(FeatureId::OneLegSwollen.info().category, LookalikeCategory::DeepVeinThrombosis);
    /// ```
    pub fn info;
    {
        PainfulMuscleHardening => asking("During a cramp, does the muscle go hard or tight?", row(
            FeatureId::PainfulMuscleHardening,
            C::SleepRelatedLegCramps,
            true,
            "a painful cramp with sudden hardness or tightness of the muscle",
            &[
                Citation::Rabbitt2016,
                Citation::BmjBestPractice,
                Citation::Aasm,
            ],
        )),
        DuringTimeInBed => row(
            FeatureId::DuringTimeInBed,
            C::SleepRelatedLegCramps,
            true,
            "happens during time in bed, from sleep or while awake",
            &[Citation::Rabbitt2016],
        ),
        EasedByForcefulStretch => asking("Does stretching the muscle firmly ease the cramp?", row(
            FeatureId::EasedByForcefulStretch,
            C::SleepRelatedLegCramps,
            true,
            "eased by stretching the muscle firmly",
            &[Citation::Rabbitt2016, Citation::Aasm],
        )),
        ShortEpisodes => row(
            FeatureId::ShortEpisodes,
            C::SleepRelatedLegCramps,
            false,
            "each episode lasts from seconds up to about 10 minutes",
            &[Citation::Hallegraeff2017, Citation::Cks],
        ),
        CalfOrFoot => row(
            FeatureId::CalfOrFoot,
            C::SleepRelatedLegCramps,
            false,
            "in the calf or the foot",
            &[Citation::Hallegraeff2017, Citation::BmjBestPractice],
        ),
        UrgeToMove => row(
            FeatureId::UrgeToMove,
            C::RestlessLegs,
            true,
            "an urge to move the legs, often with unpleasant feelings in them",
            &[Citation::Irlssg2014],
        ),
        WorseAtRest => row(
            FeatureId::WorseAtRest,
            C::RestlessLegs,
            true,
            "the urge starts or gets worse when resting, lying or sitting",
            &[Citation::Irlssg2014],
        ),
        EasedByMoving => row(
            FeatureId::EasedByMoving,
            C::RestlessLegs,
            true,
            "moving (walking, stretching) eases it at once, for as long as the movement lasts",
            &[Citation::Irlssg2014, Citation::Aasm],
        ),
        WorseInEveningOrNight => row(
            FeatureId::WorseInEveningOrNight,
            C::RestlessLegs,
            true,
            "it happens only, or is worse, in the evening or at night",
            &[Citation::Irlssg2014],
        ),
        NotExplainedByAnotherCondition => row(
            FeatureId::NotExplainedByAnotherCondition,
            C::RestlessLegs,
            true,
            "not fully explained by another condition; leg cramps are one of the look-alikes \
             to rule out, which only a clinician can judge",
            &[Citation::Irlssg2014],
        ),
        CalfPainOnWalking => row(
            FeatureId::CalfPainOnWalking,
            C::Claudication,
            false,
            "calf pain on walking that eases with rest",
            &[Citation::Cks],
        ),
        PaleOrColdLeg => row(
            FeatureId::PaleOrColdLeg,
            C::Claudication,
            false,
            "a pale or cold leg",
            &[Citation::Cks],
        ),
        KnownArterialDisease => row(
            FeatureId::KnownArterialDisease,
            C::Claudication,
            false,
            "known peripheral arterial disease",
            &[Citation::Abdulla1999, Citation::Cks],
        ),
        OneLegSwollen => row(
            FeatureId::OneLegSwollen,
            C::DeepVeinThrombosis,
            false,
            "one leg (calf) swollen",
            &[Citation::Cks],
        ),
        TenderOrWarmCalf => row(
            FeatureId::TenderOrWarmCalf,
            C::DeepVeinThrombosis,
            false,
            "a tender or warm calf (pointing towards a clot is our own safety inference)",
            &[Citation::Cks],
        ),
        Numbness => row(
            FeatureId::Numbness,
            C::NerveProblem,
            false,
            "numbness in the legs or feet",
            &[Citation::Cks, Citation::Nhs],
        ),
        Weakness => row(
            FeatureId::Weakness,
            C::NerveProblem,
            false,
            "weakness of leg muscles",
            &[Citation::Cks, Citation::Nhs],
        ),
        WastingOrTwitching => row(
            FeatureId::WastingOrTwitching,
            C::NerveProblem,
            false,
            "muscles shrinking or twitching under the skin",
            &[Citation::Cks],
        ),
        KnownNerveCondition => row(
            FeatureId::KnownNerveCondition,
            C::NerveProblem,
            false,
            "a known neuropathy, spinal stenosis or motor neuron disease",
            &[Citation::HaskellVa, Citation::Aafp2012, Citation::Bnssg],
        ),
    }
}

/// Every category, in order.
pub(super) const CATEGORIES: [LookalikeCategory; 5] = [
    C::SleepRelatedLegCramps,
    C::RestlessLegs,
    C::Claudication,
    C::DeepVeinThrombosis,
    C::NerveProblem,
];

#[cfg(test)]
mod tests {
    use super::*;

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
