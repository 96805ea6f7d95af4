//! The profile builders: each setter sets its own field and nothing else, and a value
//! built setter by setter equals the same value written as a struct.

use crate::support;
use legcramps::{
    Activity, Answer, ConditionId, Exposures, FluidIntake, HoursPerDay, MedicationId, Profile,
    Symptoms,
};
use proptest::prelude::*;
use support::strategies::{answer, pregnancy, symptoms};

/// Rebuilds `s` through every setter of [`Symptoms::builder`].
fn rebuild(s: Symptoms) -> Symptoms {
    Symptoms::builder()
        .leg_swelling(s.leg_swelling)
        .calf_tender_or_warm(s.calf_tender_or_warm)
        .numbness(s.numbness)
        .weakness(s.weakness)
        .muscle_wasting_or_twitching(s.muscle_wasting_or_twitching)
        .calf_pain_on_walking(s.calf_pain_on_walking)
        .pale_or_cold_leg(s.pale_or_cold_leg)
        .urge_to_move_legs(s.urge_to_move_legs)
        .urge_worse_at_rest(s.urge_worse_at_rest)
        .urge_eased_by_moving(s.urge_eased_by_moving)
        .urge_worse_evening_or_night(s.urge_worse_evening_or_night)
        .muscle_hard_during_cramp(s.muscle_hard_during_cramp)
        .eased_by_forceful_stretch(s.eased_by_forceful_stretch)
        .cramps_in_other_muscles(s.cramps_in_other_muscles)
        .cramp_over_10_min_not_settling(s.cramp_over_10_min_not_settling)
        .unexplained_bruising_or_bleeding(s.unexplained_bruising_or_bleeding)
        .hearing_change(s.hearing_change)
        .thyroid_or_other_disease_signs(s.thyroid_or_other_disease_signs)
        .sleep_disturbed(s.sleep_disturbed)
        .daily_life_affected(s.daily_life_affected)
        .home_measures_not_helping(s.home_measures_not_helping)
        .build()
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn symptoms_built_field_by_field_equal_the_struct(s in symptoms()) {
        prop_assert_eq!(rebuild(s), s);
    }

    #[test]
    fn one_setter_changes_only_its_field(a in answer()) {
        // Unset fields are unknown, as with `Default` (the JSON reader's default too).
        let built = Symptoms::builder().numbness(a).build();
        let mut expected = Symptoms::default();
        expected.numbness = a;
        prop_assert_eq!(built, expected);
    }

    #[test]
    fn profile_parts_land_in_their_fields(
        s in symptoms(),
        p in pregnancy(),
        wound in answer(),
        exertion in answer(),
        hours in 0u8..=24,
    ) {
        let hours = HoursPerDay::new(f32::from(hours)).unwrap();
        let exposures = Exposures::builder().tetanus_prone_wound(wound).build();
        let activity = Activity::builder().standing_hours(Some(hours)).unusual_exertion(exertion).build();
        let profile = Profile::builder()
            .pregnancy(p)
            .symptoms(s)
            .exposures(exposures)
            .activity(activity)
            .build();
        prop_assert_eq!(profile.pregnancy, p);
        prop_assert_eq!(profile.symptoms, s);
        prop_assert_eq!(profile.exposures.tetanus_prone_wound, wound);
        prop_assert_eq!(profile.exposures.lead_or_mercury, Answer::Unknown);
        prop_assert_eq!(profile.activity.standing_hours, Some(hours));
        prop_assert_eq!(profile.activity.sitting_hours, None);
        prop_assert_eq!(profile.activity.unusual_exertion, exertion);
        prop_assert_eq!(profile.fluid_intake, FluidIntake::Unknown);
    }
}

#[test]
fn list_setters_append_in_order() {
    let p = Profile::builder()
        .medication(MedicationId::Hydrochlorothiazide)
        .medications(vec![MedicationId::Furosemide])
        .medication(MedicationId::Hydrochlorothiazide)
        .condition(ConditionId::Diabetes)
        .build();
    // `medications(..)` replaces the list; `medication(..)` appends to it.
    assert_eq!(
        p.medications,
        [MedicationId::Furosemide, MedicationId::Hydrochlorothiazide]
    );
    assert_eq!(p.conditions, [ConditionId::Diabetes]);
}
