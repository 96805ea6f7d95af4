//! Proptest strategies for profile fields, shared by the property tests
//! (`tests/assess_props.rs`, `tests/models_props.rs`).
#![allow(dead_code)]

use legcramps::{Answer, LegSwelling, Pregnancy, Symptoms, Trimester};
use proptest::prelude::*;
use proptest::sample::select;

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

/// Every symptom answer drawn on its own, with any leg swelling.
pub fn symptoms() -> impl Strategy<Value = Symptoms> {
    let swelling = select(vec![
        LegSwelling::None,
        LegSwelling::OneSide,
        LegSwelling::BothSides,
        LegSwelling::Unknown,
    ]);
    (swelling, prop::collection::vec(answer(), 20)).prop_map(|(leg_swelling, a)| {
        Symptoms::builder()
            .leg_swelling(leg_swelling)
            .calf_tender_or_warm(a[0])
            .numbness(a[1])
            .weakness(a[2])
            .muscle_wasting_or_twitching(a[3])
            .calf_pain_on_walking(a[4])
            .pale_or_cold_leg(a[5])
            .urge_to_move_legs(a[6])
            .urge_worse_at_rest(a[7])
            .urge_eased_by_moving(a[8])
            .urge_worse_evening_or_night(a[9])
            .muscle_hard_during_cramp(a[10])
            .eased_by_forceful_stretch(a[11])
            .cramps_in_other_muscles(a[12])
            .cramp_over_10_min_not_settling(a[13])
            .unexplained_bruising_or_bleeding(a[14])
            .hearing_change(a[15])
            .thyroid_or_other_disease_signs(a[16])
            .sleep_disturbed(a[17])
            .daily_life_affected(a[18])
            .home_measures_not_helping(a[19])
            .build()
    })
}
