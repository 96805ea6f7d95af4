//! Proptest strategies for profile fields, shared by the property tests
//! (`tests/assess/props.rs`, `tests/models/props.rs`, the conformance member's
//! `fhir_read.rs`).
#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use legcramps::{
    AgeInfo, ConditionId, FluidIntake, Footwear, HoursPerDay, MedicationId, MedicationList,
    Profile, QuinineFor, Sex,
};
use legcramps::{
    Answer, Exposures, ExposuresBuilder, LegSwelling, Pregnancy, Symptoms, SymptomsBuilder,
    Trimester,
};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// Yes, no or unknown.
pub fn answer() -> impl Strategy<Value = Answer> {
    select(vec![Answer::Yes, Answer::No, Answer::Unknown])
}

/// Not pregnant, unknown, or pregnant in a known or unknown trimester.
pub fn pregnancy() -> impl Strategy<Value = Pregnancy> {
    prop_oneof![
        Just(Pregnancy::NotPregnant),
        Just(Pregnancy::Unknown),
        prop::option::of(1u8..=3).prop_map(|t| Pregnancy::Pregnant {
            trimester: t.map(|t| Trimester::try_from(t).unwrap())
        }),
    ]
}

/// One yes/no/unknown item of a profile part: its JSON field name and the builder's
/// setter for it.
pub type AnswerSetter<B> = (&'static str, fn(B, Answer) -> B);

/// Every yes/no/unknown item of one profile part.
pub type AnswerSetters<B> = &'static [AnswerSetter<B>];

/// `(JSON name, setter)` pairs from setter names, which are the field names.
macro_rules! setters {
    ($builder:ident: $($field:ident),+ $(,)?) => {
        &[$((stringify!($field), $builder::$field as fn($builder, Answer) -> $builder)),+]
    };
}

/// Every yes/no/unknown item of [`Symptoms`] (all its fields but `leg_swelling`). No
/// field is left to a catch-all: `tests/assess/props.rs`
/// (`the_answer_tables_cover_every_json_field`) fails until a new field is listed here.
pub const SYMPTOM_ANSWERS: AnswerSetters<SymptomsBuilder> = setters!(SymptomsBuilder:
    calf_tender_or_warm,
    numbness,
    weakness,
    muscle_wasting_or_twitching,
    calf_pain_on_walking,
    pale_or_cold_leg,
    urge_to_move_legs,
    urge_worse_at_rest,
    urge_eased_by_moving,
    urge_worse_evening_or_night,
    muscle_hard_during_cramp,
    eased_by_forceful_stretch,
    cramps_in_other_muscles,
    cramp_over_10_min_not_settling,
    unexplained_bruising_or_bleeding,
    hearing_change,
    thyroid_or_other_disease_signs,
    sleep_disturbed,
    daily_life_affected,
    home_measures_not_helping,
);

/// Every field of [`Exposures`] (all are answers), checked like [`SYMPTOM_ANSWERS`].
pub const EXPOSURE_ANSWERS: AnswerSetters<ExposuresBuilder> =
    setters!(ExposuresBuilder: tetanus_prone_wound, lead_or_mercury);

/// Any leg swelling.
pub fn leg_swelling() -> impl Strategy<Value = LegSwelling> {
    select(vec![
        LegSwelling::None,
        LegSwelling::OneSide,
        LegSwelling::BothSides,
        LegSwelling::Unknown,
    ])
}

/// Every item of `setters` answered on its own, starting from `start`.
fn answers<B: Clone + std::fmt::Debug + 'static>(
    start: B,
    setters: AnswerSetters<B>,
) -> impl Strategy<Value = B> {
    prop::collection::vec(answer(), setters.len()).prop_map(move |a| {
        setters
            .iter()
            .zip(a)
            .fold(start.clone(), |b, ((_, set), a)| set(b, a))
    })
}

/// Every symptom answer drawn on its own (through [`SYMPTOM_ANSWERS`]), with any leg
/// swelling.
pub fn symptoms() -> impl Strategy<Value = Symptoms> {
    (
        leg_swelling(),
        answers(Symptoms::builder(), SYMPTOM_ANSWERS),
    )
        .prop_map(|(swelling, b)| b.leg_swelling(swelling).build())
}

/// Every exposure answer drawn on its own (through [`EXPOSURE_ANSWERS`]).
pub fn exposures() -> impl Strategy<Value = Exposures> {
    answers(Exposures::builder(), EXPOSURE_ANSWERS).prop_map(ExposuresBuilder::build)
}

/// An unknown age, an age in years (0 to 110), or a birth date from 1925 to 2023.
pub fn age() -> impl Strategy<Value = AgeInfo> {
    prop_oneof![
        Just(AgeInfo::Unknown),
        (0u8..=110).prop_map(|y| AgeInfo::Years(y.try_into().unwrap())),
        (0i64..36_000).prop_map(|d| AgeInfo::BirthDate(
            NaiveDate::from_ymd_opt(1925, 1, 1).unwrap() + Duration::days(d)
        )),
    ]
}

/// No answer, or hours a day from 0 to 24 in steps of a tenth.
pub fn hours() -> impl Strategy<Value = Option<HoursPerDay>> {
    proptest::option::of((0u16..=240).prop_map(|h| HoursPerDay::new(f32::from(h) / 10.0).unwrap()))
}

prop_compose! {
    /// A person: every profile answer drawn, up to `max_ids` catalog medicines and as
    /// many conditions, and up to two medicines named in `free_names` (written as a
    /// caller would, so some resolve and some do not).
    pub fn profile(max_ids: usize, free_names: &'static [&'static str])(
        age in age(),
        sex in select(vec![Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]),
        pregnancy in pregnancy(),
        sitting in hours(),
        standing in hours(),
        habits in prop::collection::vec(answer(), 4),
        fluid in select(vec![FluidIntake::Low, FluidIntake::Adequate, FluidIntake::Unknown]),
        footwear in select(vec![Footwear::Supportive, Footwear::Unsupportive, Footwear::Unknown]),
        medications in subsequence(MedicationId::ALL.to_vec(), 0..=max_ids),
        other in subsequence(free_names.to_vec(), 0..3),
        conditions in subsequence(ConditionId::ALL.to_vec(), 0..=max_ids),
        exposures in exposures(),
        symptoms in symptoms(),
        quinine_for in select(vec![QuinineFor::Cramps, QuinineFor::Other, QuinineFor::Unknown]),
        asks in any::<bool>(),
        list in select(vec![MedicationList::Complete, MedicationList::Unknown]),
    ) -> Profile {
        let mut p = Profile::builder()
            .age(age)
            .sex(sex)
            .pregnancy(pregnancy)
            .stretches_regularly(habits[2])
            .sleeps_with_legs_crossed_or_restricted(habits[3])
            .fluid_intake(fluid)
            .footwear(footwear)
            .medications(medications)
            .other_medications(other.into_iter().map(|n| n.parse().unwrap()).collect())
            .medication_list(list)
            .conditions(conditions)
            .exposures(exposures)
            .symptoms(symptoms)
            .quinine_for(quinine_for)
            .asks_about_quinine(asks)
            .build();
        p.activity.sitting_hours = sitting;
        p.activity.standing_hours = standing;
        p.activity.unusual_exertion = habits[0];
        p.activity.sedentary_lifestyle = habits[1];
        p
    }
}

/// The configuration every property test uses: `cases` cases, and failures kept in a
/// `<file>.proptest-regressions` file beside the test's source (proptest's default would
/// put them in `tests/proptest-regressions/<file>.txt`, because each area's folder has a
/// `main.rs`, where `assess/props.rs` and `models/props.rs` would share one file).
pub fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..ProptestConfig::default()
    }
}
