//! Builders for [`Profile`] and its parts. Every part is already a validated type, so the
//! setters cannot fail and `build()` returns the value itself; a field that is not set
//! keeps its `Default` (unknown / not asked).

use super::{
    Activity, AgeInfo, Answer, Exposures, FluidIntake, Footwear, HoursPerDay, LegSwelling,
    MedicationList, OtherMedication, Pregnancy, Profile, QuinineContraindications, QuinineFor, Sex,
    Symptoms,
};
use crate::{ConditionId, MedicationId};

/// Declares a builder whose setters each set one field of `$target`.
macro_rules! builder {
    (
        $(#[$meta:meta])*
        $builder:ident => $target:ident { $($field:ident: $ty:ty),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq)]
        #[must_use = "a builder does nothing until `build()`"]
        pub struct $builder {
            value: $target,
        }

        impl $target {
            #[doc = concat!("A builder for a `", stringify!($target), "`, every field unknown / unset.")]
            pub fn builder() -> $builder {
                $builder::default()
            }
        }

        impl $builder {
            $(
                #[doc = concat!("Sets [`", stringify!($field), "`](", stringify!($target), "::",
                    stringify!($field), ").")]
                pub fn $field(mut self, value: $ty) -> Self {
                    self.value.$field = value;
                    self
                }
            )+

            #[doc = concat!("The `", stringify!($target), "`: every part was validated when it was made, so this cannot fail.")]
            pub fn build(self) -> $target {
                self.value
            }
        }

        impl From<$target> for $builder {
            #[doc = concat!("A builder that starts from `value` (to change a few fields of an existing `", stringify!($target), "`).")]
            fn from(value: $target) -> Self {
                Self { value }
            }
        }

        // Every field has a setter: this pattern names them all and stops compiling when
        // the struct gains a field the builder does not set.
        const _: fn($target) = |value| {
            let $target { $($field: _),+ } = value;
        };
    };
}

builder! {
    /// Builds a [`Profile`]; start with [`Profile::builder`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Activity, Age, AgeInfo, Answer, MedicationId, Profile, Sex, Symptoms};
    ///
    /// let p = Profile::builder()
    ///     .age(AgeInfo::Years(Age::try_from(72u8)?))
    ///     .sex(Sex::Female)
    ///     .medication(MedicationId::Hydrochlorothiazide)
    ///     .activity(Activity::builder().sedentary_lifestyle(Answer::Yes).build())
    ///     .symptoms(Symptoms::builder().numbness(Answer::No).build())
    ///     .build();
    /// assert!(p.takes(MedicationId::Hydrochlorothiazide));
    /// assert_eq!(p.symptoms.numbness, Answer::No);
    /// assert_eq!(p.symptoms.weakness, Answer::Unknown); // not set: unknown
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ProfileBuilder => Profile {
        age: AgeInfo,
        sex: Sex,
        pregnancy: Pregnancy,
        activity: Activity,
        stretches_regularly: Answer,
        sleeps_with_legs_crossed_or_restricted: Answer,
        fluid_intake: FluidIntake,
        footwear: Footwear,
        medications: Vec<MedicationId>,
        other_medications: Vec<OtherMedication>,
        medication_list: MedicationList,
        conditions: Vec<ConditionId>,
        exposures: Exposures,
        symptoms: Symptoms,
        asks_about_quinine: bool,
        quinine_for: QuinineFor,
        quinine_contraindications: QuinineContraindications,
    }
}

impl ProfileBuilder {
    /// Adds one catalog medicine to [`medications`](Profile::medications).
    pub fn medication(mut self, id: MedicationId) -> Self {
        self.value.medications.push(id);
        self
    }

    /// Adds one other medicine to [`other_medications`](Profile::other_medications).
    pub fn other_medication(mut self, medicine: OtherMedication) -> Self {
        self.value.other_medications.push(medicine);
        self
    }

    /// Adds one catalog condition to [`conditions`](Profile::conditions).
    pub fn condition(mut self, id: ConditionId) -> Self {
        self.value.conditions.push(id);
        self
    }
}

builder! {
    /// Builds the [`Symptoms`] triage looks at; start with [`Symptoms::builder`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Answer, LegSwelling, Symptoms};
    ///
    /// let s = Symptoms::builder()
    ///     .leg_swelling(LegSwelling::OneSide)
    ///     .calf_tender_or_warm(Answer::Yes)
    ///     .build();
    /// assert_eq!(s.leg_swelling, LegSwelling::OneSide);
    /// assert_eq!(s.numbness, Answer::Unknown);
    /// ```
    SymptomsBuilder => Symptoms {
        leg_swelling: LegSwelling,
        calf_tender_or_warm: Answer,
        numbness: Answer,
        weakness: Answer,
        muscle_wasting_or_twitching: Answer,
        calf_pain_on_walking: Answer,
        pale_or_cold_leg: Answer,
        urge_to_move_legs: Answer,
        urge_worse_at_rest: Answer,
        urge_eased_by_moving: Answer,
        urge_worse_evening_or_night: Answer,
        muscle_hard_during_cramp: Answer,
        eased_by_forceful_stretch: Answer,
        cramps_in_other_muscles: Answer,
        cramp_over_10_min_not_settling: Answer,
        unexplained_bruising_or_bleeding: Answer,
        hearing_change: Answer,
        thyroid_or_other_disease_signs: Answer,
        sleep_disturbed: Answer,
        daily_life_affected: Answer,
        home_measures_not_helping: Answer,
    }
}

builder! {
    /// Builds the [`Exposures`] that make cramps urgent; start with [`Exposures::builder`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Answer, Exposures};
    ///
    /// let e = Exposures::builder().tetanus_prone_wound(Answer::Yes).build();
    /// assert_eq!(e.tetanus_prone_wound, Answer::Yes);
    /// assert_eq!(e.lead_or_mercury, Answer::Unknown);
    /// ```
    ExposuresBuilder => Exposures {
        tetanus_prone_wound: Answer,
        lead_or_mercury: Answer,
    }
}

builder! {
    /// Builds the daily [`Activity`]; start with [`Activity::builder`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Activity, Answer, HoursPerDay};
    ///
    /// let a = Activity::builder()
    ///     .sitting_hours(Some(HoursPerDay::new(9.0)?))
    ///     .unusual_exertion(Answer::No)
    ///     .build();
    /// assert_eq!(a.sitting_hours.map(f32::from), Some(9.0));
    /// assert_eq!(a.standing_hours, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ActivityBuilder => Activity {
        sitting_hours: Option<HoursPerDay>,
        standing_hours: Option<HoursPerDay>,
        unusual_exertion: Answer,
        sedentary_lifestyle: Answer,
    }
}
