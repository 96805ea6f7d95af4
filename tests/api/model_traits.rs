//! Every public model type has the common traits (`Debug`, `Clone`, `PartialEq`; `Eq`,
//! `Hash`, `Ord` and serde where they make sense). `Send + Sync + Unpin` is checked for
//! every public type in `auto_traits.rs`.

use legcramps::{
    Activity, Age, AgeInfo, Answer, CrampDuration, CrampEpisode, CrampEpisodeBuilder, Diary,
    DiaryStats, Exposures, FluidIntake, Footwear, FrequencyThreshold, HoursPerDay, LegSwelling,
    Muscle, PainScore, Pregnancy, Profile, Sex, Side, Symptoms, Trend, Trimester, ValidationError,
};

fn common<T: std::fmt::Debug + Clone + PartialEq>() {}
fn total<T: Eq + std::hash::Hash>() {}
fn ordered<T: Ord>() {}
fn json<T: serde::Serialize + serde::de::DeserializeOwned>() {}

macro_rules! check {
    ($($t:ty),+ $(,)?) => { $( common::<$t>(); )+ };
}

#[test]
fn public_model_types_have_the_common_traits() {
    check!(
        ValidationError,
        PainScore,
        CrampDuration,
        Muscle,
        Side,
        CrampEpisode,
        CrampEpisodeBuilder,
        Diary,
        DiaryStats,
        Trend,
        FrequencyThreshold,
        Answer,
        Age,
        AgeInfo,
        Sex,
        Trimester,
        Pregnancy,
        HoursPerDay,
        Activity,
        FluidIntake,
        Footwear,
        LegSwelling,
        Exposures,
        Symptoms,
        Profile,
    );
}

#[test]
fn common_traits() {
    // Eq + Hash wherever every value has an identity (DiaryStats holds f64 means).
    total::<ValidationError>();
    total::<PainScore>();
    total::<CrampDuration>();
    total::<CrampEpisode>();
    total::<Diary>();
    total::<Profile>();
    total::<HoursPerDay>();
    total::<FrequencyThreshold>();
    ordered::<PainScore>();
    ordered::<CrampDuration>();
    ordered::<CrampEpisode>();
    ordered::<Muscle>();
    ordered::<Trend>();
    ordered::<HoursPerDay>();
    // serde both ways for every data type (FrequencyThreshold is write-only: its
    // label and citations are static data).
    json::<PainScore>();
    json::<CrampDuration>();
    json::<CrampEpisode>();
    json::<Diary>();
    json::<DiaryStats>();
    json::<Profile>();
    json::<AgeInfo>();
    json::<Pregnancy>();
    fn ser<T: serde::Serialize>() {}
    ser::<FrequencyThreshold>();
    // The error is a std error.
    fn error<T: std::error::Error + Send + Sync + 'static>() {}
    error::<ValidationError>();
}
