//! `as_str` and `Display` for the crate's fieldless enums: the text is the value's JSON
//! code (what serde writes, without the quotes). `{:?}` stays the derived variant name.
//!
//! Each table is matched exhaustively, so a new variant does not compile until it has its
//! code here; `tests/enum_codes.rs` checks every code against serde.
//!
//! (The profile and episode enums get the same methods from `text_enum!` beside their
//! definitions.)

/// Implements `as_str` (an exhaustive match over the variant → code table) and
/// `Display` (writes `as_str`) for a fieldless enum.
macro_rules! json_codes {
    ($ty:path, $doc_path:literal, { $first:ident => $first_code:literal $(, $variant:ident => $code:literal)* $(,)? }) => {
        impl $ty {
            /// The JSON code of this value (what serde writes, without the quotes); also
            /// what `Display` writes.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("let v = ", $doc_path, "::", stringify!($first), ";")]
            #[doc = concat!("assert_eq!(v.as_str(), \"", $first_code, "\");")]
            #[doc = concat!("assert_eq!(v.to_string(), \"", $first_code, "\");")]
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self {
                    Self::$first => $first_code,
                    $(Self::$variant => $code,)*
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

json_codes!(crate::assess::Leaning, "legcramps::assess::Leaning", {
    TowardsCramp => "towards_cramp",
    TowardsRestlessLegs => "towards_restless_legs",
    Mixed => "mixed",
    Unclear => "unclear",
});

json_codes!(crate::assess::LookalikeCategory, "legcramps::assess::LookalikeCategory", {
    SleepRelatedLegCramps => "sleep_related_leg_cramps",
    RestlessLegs => "restless_legs",
    Claudication => "claudication",
    DeepVeinThrombosis => "deep_vein_thrombosis",
    NerveProblem => "nerve_problem",
});

json_codes!(crate::assess::FeatureId, "legcramps::assess::FeatureId", {
    PainfulMuscleHardening => "painful_muscle_hardening",
    DuringTimeInBed => "during_time_in_bed",
    EasedByForcefulStretch => "eased_by_forceful_stretch",
    ShortEpisodes => "short_episodes",
    CalfOrFoot => "calf_or_foot",
    UrgeToMove => "urge_to_move",
    WorseAtRest => "worse_at_rest",
    EasedByMoving => "eased_by_moving",
    WorseInEveningOrNight => "worse_in_evening_or_night",
    NotExplainedByAnotherCondition => "not_explained_by_another_condition",
    CalfPainOnWalking => "calf_pain_on_walking",
    PaleOrColdLeg => "pale_or_cold_leg",
    KnownArterialDisease => "known_arterial_disease",
    OneLegSwollen => "one_leg_swollen",
    TenderOrWarmCalf => "tender_or_warm_calf",
    Numbness => "numbness",
    Weakness => "weakness",
    WastingOrTwitching => "wasting_or_twitching",
    KnownNerveCondition => "known_nerve_condition",
});

json_codes!(crate::assess::MedicationSource, "legcramps::assess::MedicationSource", {
    Medications => "medications",
    OtherMedications => "other_medications",
});

json_codes!(crate::assess::MedicationStatus, "legcramps::assess::MedicationStatus", {
    Recognised => "recognised",
    Unrecognised => "unrecognised",
});

json_codes!(crate::assess::StepId, "legcramps::assess::StepId", {
    StretchMuscle => "stretch_muscle",
    FlexFoot => "flex_foot",
    StandOnLeg => "stand_on_leg",
    Massage => "massage",
    Heat => "heat",
    FoamRoller => "foam_roller",
    NightlyStretching => "nightly_stretching",
    KeepStretching => "keep_stretching",
    ExerciseBeforeBed => "exercise_before_bed",
    GentleActivityInPregnancy => "gentle_activity_in_pregnancy",
    MovementBreaks => "movement_breaks",
    StretchedOutSleep => "stretched_out_sleep",
    Fluids => "fluids",
    SupportiveShoes => "supportive_shoes",
    MedicationReview => "medication_review",
    AntenatalCheck => "antenatal_check",
    Magnesium => "magnesium",
    MagnesiumInPregnancy => "magnesium_in_pregnancy",
    VitaminBComplex => "vitamin_b_complex",
    VitaminEOrB6 => "vitamin_e_or_b6",
    NsaidsDoNotRelieve => "nsaids_do_not_relieve",
    NoQuinineSelfTreatment => "no_quinine_self_treatment",
    NoQuinineInPregnancy => "no_quinine_in_pregnancy",
    QuinineWarningSigns => "quinine_warning_signs",
    OrphenadrineRecallCheck => "orphenadrine_recall_check",
    NoMassageWhileClotPossible => "no_massage_while_clot_possible",
    StopQuinineAfterReaction => "stop_quinine_after_reaction",
});

json_codes!(crate::assess::Urgency, "legcramps::assess::Urgency", {
    SelfCare => "self_care",
    Routine => "routine",
    Soon => "soon",
    Urgent => "urgent",
});

json_codes!(crate::assess::RuleId, "legcramps::assess::RuleId", {
    CrampOver10MinNotSettling => "cramp_over_10_min_not_settling",
    TetanusProneWound => "tetanus_prone_wound",
    LeadOrMercuryExposure => "lead_or_mercury_exposure",
    QuinineBleeding => "quinine_bleeding",
    QuinineHearingChange => "quinine_hearing_change",
    PossibleDvt => "possible_dvt",
    QuinineInPregnancy => "quinine_in_pregnancy",
    QuinineInPregnancyOtherUse => "quinine_in_pregnancy_other_use",
    LegSwelling => "leg_swelling",
    CalfTenderOrWarm => "calf_tender_or_warm",
    MuscleWeakness => "muscle_weakness",
    MuscleWastingOrTwitching => "muscle_wasting_or_twitching",
    Numbness => "numbness",
    PaleOrColdLeg => "pale_or_cold_leg",
    LongCrampInDiary => "long_cramp_in_diary",
    FrequentCramps => "frequent_cramps",
    SevereCramps => "severe_cramps",
    SleepDisturbed => "sleep_disturbed",
    DailyLifeAffected => "daily_life_affected",
    HomeMeasuresNotHelping => "home_measures_not_helping",
    CrampsInOtherMuscles => "cramps_in_other_muscles",
    CrampsOutsideCalfOrFoot => "cramps_outside_calf_or_foot",
    UrgeToMoveLegs => "urge_to_move_legs",
    CalfPainOnWalking => "calf_pain_on_walking",
    DrugMayCauseCramps => "drug_may_cause_cramps",
    ThyroidOrOtherDiseaseSigns => "thyroid_or_other_disease_signs",
    KnownLinkedCondition => "known_linked_condition",
    QuinineReview => "quinine_review",
    HighBurdenScore => "high_burden_score",
});

json_codes!(crate::assess::Band, "legcramps::assess::Band", {
    Low => "low",
    Moderate => "moderate",
    High => "high",
});

json_codes!(crate::ConditionId, "legcramps::ConditionId", {
    PeripheralArteryDisease => "peripheral_artery_disease",
    Arthritis => "arthritis",
    Cirrhosis => "cirrhosis",
    KidneyDiseaseOrDialysis => "kidney_disease_or_dialysis",
    CoronaryArteryDisease => "coronary_artery_disease",
    HeartFailure => "heart_failure",
    Hypertension => "hypertension",
    Stroke => "stroke",
    RespiratoryDisease => "respiratory_disease",
    Cancer => "cancer",
    Depression => "depression",
    Diabetes => "diabetes",
    PeripheralNeuropathy => "peripheral_neuropathy",
    LumbarSpinalStenosis => "lumbar_spinal_stenosis",
    Parkinsonism => "parkinsonism",
    MotorNeuronDisease => "motor_neuron_disease",
    ThyroidDisease => "thyroid_disease",
    Hypokalaemia => "hypokalaemia",
    ElectrolyteDisorder => "electrolyte_disorder",
    VenousInsufficiency => "venous_insufficiency",
    Angina => "angina",
});

json_codes!(crate::EvidenceLevel, "legcramps::evidence::EvidenceLevel", {
    AanA => "aan_a",
    AanB => "aan_b",
    AanC => "aan_c",
    AanU => "aan_u",
    TrialBenefit => "trial_benefit",
    AssociationObserved => "association_observed",
    NoBenefitShown => "no_benefit_shown",
    Insufficient => "insufficient",
    GuidelineAdvice => "guideline_advice",
    SafetyInference => "safety_inference",
    LimitedEvidence => "limited_evidence",
    UncontrolledReport => "uncontrolled_report",
});

json_codes!(crate::EffectKind, "legcramps::evidence::EffectKind", {
    OddsRatio => "odds_ratio",
    SequenceRatio => "sequence_ratio",
});

json_codes!(crate::IntervalKind, "legcramps::evidence::IntervalKind", {
    Confidence95 => "confidence_95",
    Credibility95 => "credibility_95",
});

json_codes!(crate::RiskFactorId, "legcramps::RiskFactorId", {
    MuscleFatigue => "muscle_fatigue",
    ProlongedSitting => "prolonged_sitting",
    NotStretching => "not_stretching",
    RestrictivePosition => "restrictive_position",
    OlderAge => "older_age",
    ProlongedStanding => "prolonged_standing",
    Pregnancy => "pregnancy",
    MedicationSideEffect => "medication_side_effect",
    ChronicCondition => "chronic_condition",
    SedentaryLifestyle => "sedentary_lifestyle",
    PeripheralArteryDisease => "peripheral_artery_disease",
    Arthritis => "arthritis",
    FemaleSex => "female_sex",
    LowFluidIntake => "low_fluid_intake",
    UnsupportiveFootwear => "unsupportive_footwear",
    Smoking => "smoking",
    HigherBmi => "higher_bmi",
    ShortSleep => "short_sleep",
    AlcoholUse => "alcohol_use",
});

#[cfg(feature = "fhir")]
json_codes!(crate::fhir::Indicator, "legcramps::fhir::Indicator", {
    Info => "info",
    Warning => "warning",
    Critical => "critical",
});

json_codes!(crate::MedicationId, "legcramps::MedicationId", {
    Carisoprodol => "carisoprodol",
    Gabapentin => "gabapentin",
    Diltiazem => "diltiazem",
    Verapamil => "verapamil",
    Orphenadrine => "orphenadrine",
    Quinine => "quinine",
    Ibuprofen => "ibuprofen",
    Aspirin => "aspirin",
    Naproxen => "naproxen",
    Salmeterol => "salmeterol",
    Formoterol => "formoterol",
    Salbutamol => "salbutamol",
    Spironolactone => "spironolactone",
    Amiloride => "amiloride",
    Triamterene => "triamterene",
    Hydrochlorothiazide => "hydrochlorothiazide",
    Chlorthalidone => "chlorthalidone",
    Furosemide => "furosemide",
    Atorvastatin => "atorvastatin",
    Simvastatin => "simvastatin",
    Rosuvastatin => "rosuvastatin",
    Pravastatin => "pravastatin",
    IronSucrose => "iron_sucrose",
    ConjugatedEstrogens => "conjugated_estrogens",
    Raloxifene => "raloxifene",
    Teriparatide => "teriparatide",
    Nifedipine => "nifedipine",
});

json_codes!(crate::MedicationRole, "legcramps::MedicationRole", {
    PrescribedForCramps => "prescribed_for_cramps",
    EffectiveNotRoutine => "effective_not_routine",
    DoesNotRelieveCramps => "does_not_relieve_cramps",
    MayCauseCramps => "may_cause_cramps",
});

json_codes!(crate::DrugClass, "legcramps::DrugClass", {
    LongActingBetaAgonist => "long_acting_beta_agonist",
    ShortActingBetaAgonist => "short_acting_beta_agonist",
    PotassiumSparingDiuretic => "potassium_sparing_diuretic",
    ThiazideDiuretic => "thiazide_diuretic",
    LoopDiuretic => "loop_diuretic",
    Statin => "statin",
    CalciumChannelBlocker => "calcium_channel_blocker",
    Nsaid => "nsaid",
    MuscleRelaxant => "muscle_relaxant",
    Gabapentinoid => "gabapentinoid",
    Antimalarial => "antimalarial",
    ParenteralIron => "parenteral_iron",
    Estrogen => "estrogen",
    SelectiveEstrogenReceptorModulator => "selective_estrogen_receptor_modulator",
    ParathyroidHormoneAnalogue => "parathyroid_hormone_analogue",
});

json_codes!(crate::recall::BuiltinRecallId, "legcramps::recall::BuiltinRecallId", {
    SandozOrphenadrineEr2022 => "sandoz_orphenadrine_er_2022",
});

json_codes!(crate::recall::WindowBasis, "legcramps::recall::WindowBasis", {
    Distributed => "distributed",
    Dispensed => "dispensed",
    Manufactured => "manufactured",
    Expiry => "expiry",
    Unspecified => "unspecified",
});

json_codes!(crate::recall::NdcLayout, "legcramps::recall::NdcLayout", {
    L4_4_2 => "l4_4_2",
    L5_3_2 => "l5_3_2",
    L5_4_1 => "l5_4_1",
    L5_4_2 => "l5_4_2",
    L6_4_2 => "l6_4_2",
});

json_codes!(crate::recall::ProductNdcLayout, "legcramps::recall::ProductNdcLayout", {
    L4_4 => "l4_4",
    L5_3 => "l5_3",
    L5_4 => "l5_4",
    L6_4 => "l6_4",
});

json_codes!(crate::recall::NdcBasis, "legcramps::recall::NdcBasis", {
    Package => "package",
    Product => "product",
    UnconfirmedReading => "unconfirmed_reading",
    OtherPackage => "other_package",
});

json_codes!(crate::RemedyId, "legcramps::RemedyId", {
    StretchMuscle => "stretch_muscle",
    Massage => "massage",
    FoamRoller => "foam_roller",
    FlexFoot => "flex_foot",
    Heat => "heat",
    StandOnLeg => "stand_on_leg",
    NightlyStretching => "nightly_stretching",
    ExerciseBeforeBed => "exercise_before_bed",
    Fluids => "fluids",
    SupportiveShoes => "supportive_shoes",
    StretchedOutSleep => "stretched_out_sleep",
    AvoidCrossedLegs => "avoid_crossed_legs",
    Magnesium => "magnesium",
    VitaminBComplex => "vitamin_b_complex",
    VitaminB6 => "vitamin_b6",
    VitaminE => "vitamin_e",
});

json_codes!(crate::RemedyKind, "legcramps::RemedyKind", {
    InTheMoment => "in_the_moment",
    Prevention => "prevention",
    Supplement => "supplement",
});

json_codes!(crate::PregnancySuitability, "legcramps::PregnancySuitability", {
    Suitable => "suitable",
    AskFirst => "ask_first",
    Avoid => "avoid",
});

impl crate::Citation {
    /// The citation key, which is also the JSON code and what `Display` writes (the same
    /// text as [`key`](crate::Citation::key), under the name every enum of the crate has).
    ///
    /// # Examples
    ///
    /// ```
    /// let c = legcramps::evidence::Citation::Aan2010;
    /// assert_eq!(c.as_str(), "AAN-2010");
    /// assert_eq!(c.to_string(), "AAN-2010");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.key()
    }
}
