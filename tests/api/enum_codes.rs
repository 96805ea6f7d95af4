//! Every public fieldless enum's `as_str()` and `Display` equal its JSON code (what
//! serde writes, without the quotes), and `FromStr` reads that code back where the type
//! has one. The expected codes come from serde, an independent path to the same text.

use std::fmt::Display;

use serde::Serialize;

/// The serde_json serialization of `v` without its quotes.
fn json_code<T: Serialize>(v: &T) -> String {
    let json = serde_json::to_string(v).expect("a fieldless enum serializes");
    json.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or_else(|| panic!("{json} is not a JSON string"))
        .to_owned()
}

/// Checks one value: `as_str` == JSON code == `to_string()`.
fn check<T: Serialize + Display + std::fmt::Debug>(v: &T, as_str: &str) {
    assert_eq!(as_str, json_code(v), "{v:?}.as_str()");
    assert_eq!(v.to_string(), as_str, "{v:?}.to_string()");
}

#[test]
fn codes_leaning() {
    for v in [
        legcramps::assess::Leaning::TowardsCramp,
        legcramps::assess::Leaning::TowardsRestlessLegs,
        legcramps::assess::Leaning::Mixed,
        legcramps::assess::Leaning::Unclear,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_lookalike_category() {
    for v in [
        legcramps::assess::LookalikeCategory::SleepRelatedLegCramps,
        legcramps::assess::LookalikeCategory::RestlessLegs,
        legcramps::assess::LookalikeCategory::Claudication,
        legcramps::assess::LookalikeCategory::DeepVeinThrombosis,
        legcramps::assess::LookalikeCategory::NerveProblem,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_feature_id() {
    for v in [
        legcramps::assess::FeatureId::PainfulMuscleHardening,
        legcramps::assess::FeatureId::DuringTimeInBed,
        legcramps::assess::FeatureId::EasedByForcefulStretch,
        legcramps::assess::FeatureId::ShortEpisodes,
        legcramps::assess::FeatureId::CalfOrFoot,
        legcramps::assess::FeatureId::UrgeToMove,
        legcramps::assess::FeatureId::WorseAtRest,
        legcramps::assess::FeatureId::EasedByMoving,
        legcramps::assess::FeatureId::WorseInEveningOrNight,
        legcramps::assess::FeatureId::NotExplainedByAnotherCondition,
        legcramps::assess::FeatureId::CalfPainOnWalking,
        legcramps::assess::FeatureId::PaleOrColdLeg,
        legcramps::assess::FeatureId::KnownArterialDisease,
        legcramps::assess::FeatureId::OneLegSwollen,
        legcramps::assess::FeatureId::TenderOrWarmCalf,
        legcramps::assess::FeatureId::Numbness,
        legcramps::assess::FeatureId::Weakness,
        legcramps::assess::FeatureId::WastingOrTwitching,
        legcramps::assess::FeatureId::KnownNerveCondition,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_medication_source() {
    for v in [
        legcramps::assess::MedicationSource::Medications,
        legcramps::assess::MedicationSource::OtherMedications,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_medication_status() {
    for v in [
        legcramps::assess::MedicationStatus::Recognised,
        legcramps::assess::MedicationStatus::Unrecognised,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_step_id() {
    for v in [
        legcramps::assess::StepId::StretchMuscle,
        legcramps::assess::StepId::FlexFoot,
        legcramps::assess::StepId::StandOnLeg,
        legcramps::assess::StepId::Massage,
        legcramps::assess::StepId::Heat,
        legcramps::assess::StepId::FoamRoller,
        legcramps::assess::StepId::NightlyStretching,
        legcramps::assess::StepId::KeepStretching,
        legcramps::assess::StepId::ExerciseBeforeBed,
        legcramps::assess::StepId::GentleActivityInPregnancy,
        legcramps::assess::StepId::MovementBreaks,
        legcramps::assess::StepId::StretchedOutSleep,
        legcramps::assess::StepId::Fluids,
        legcramps::assess::StepId::SupportiveShoes,
        legcramps::assess::StepId::MedicationReview,
        legcramps::assess::StepId::AntenatalCheck,
        legcramps::assess::StepId::Magnesium,
        legcramps::assess::StepId::MagnesiumInPregnancy,
        legcramps::assess::StepId::VitaminBComplex,
        legcramps::assess::StepId::VitaminEOrB6,
        legcramps::assess::StepId::NsaidsDoNotRelieve,
        legcramps::assess::StepId::NoQuinineSelfTreatment,
        legcramps::assess::StepId::NoQuinineInPregnancy,
        legcramps::assess::StepId::QuinineWarningSigns,
        legcramps::assess::StepId::OrphenadrineRecallCheck,
        legcramps::assess::StepId::NoMassageWhileClotPossible,
        legcramps::assess::StepId::StopQuinineAfterReaction,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_urgency() {
    for v in [
        legcramps::assess::Urgency::SelfCare,
        legcramps::assess::Urgency::Routine,
        legcramps::assess::Urgency::Soon,
        legcramps::assess::Urgency::Urgent,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_rule_id() {
    // 28 rules plus `quinine_in_pregnancy_other_use` (#11).
    assert_eq!(legcramps::assess::RuleId::ALL.len(), 29, "variant count");
    for v in legcramps::assess::RuleId::ALL {
        check(v, v.as_str());
    }
}

#[test]
fn codes_band() {
    for v in [
        legcramps::assess::Band::Low,
        legcramps::assess::Band::Moderate,
        legcramps::assess::Band::High,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_condition_id() {
    assert_eq!(legcramps::ConditionId::ALL.len(), 21, "variant count");
    for v in legcramps::ConditionId::ALL {
        check(v, v.as_str());
    }
}

#[test]
fn codes_evidence_level() {
    for v in [
        legcramps::evidence::EvidenceLevel::AanA,
        legcramps::evidence::EvidenceLevel::AanB,
        legcramps::evidence::EvidenceLevel::AanC,
        legcramps::evidence::EvidenceLevel::AanU,
        legcramps::evidence::EvidenceLevel::TrialBenefit,
        legcramps::evidence::EvidenceLevel::AssociationObserved,
        legcramps::evidence::EvidenceLevel::NoBenefitShown,
        legcramps::evidence::EvidenceLevel::Insufficient,
        legcramps::evidence::EvidenceLevel::GuidelineAdvice,
        legcramps::evidence::EvidenceLevel::SafetyInference,
        legcramps::evidence::EvidenceLevel::LimitedEvidence,
        legcramps::evidence::EvidenceLevel::UncontrolledReport,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_effect_kind() {
    for v in [
        legcramps::evidence::EffectKind::OddsRatio,
        legcramps::evidence::EffectKind::SequenceRatio,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_interval_kind() {
    for v in [
        legcramps::evidence::IntervalKind::Confidence95,
        legcramps::evidence::IntervalKind::Credibility95,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_risk_factor() {
    assert_eq!(legcramps::RiskFactorId::ALL.len(), 19, "variant count");
    for v in legcramps::RiskFactorId::ALL {
        check(v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_indicator() {
    for v in [
        legcramps::fhir::Indicator::Info,
        legcramps::fhir::Indicator::Warning,
        legcramps::fhir::Indicator::Critical,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_medication_id() {
    assert_eq!(legcramps::MedicationId::ALL.len(), 27, "variant count");
    for v in legcramps::MedicationId::ALL {
        check(v, v.as_str());
    }
}

#[test]
fn codes_medication_role() {
    for v in [
        legcramps::MedicationRole::PrescribedForCramps,
        legcramps::MedicationRole::EffectiveNotRoutine,
        legcramps::MedicationRole::DoesNotRelieveCramps,
        legcramps::MedicationRole::MayCauseCramps,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_drug_class() {
    for v in [
        legcramps::DrugClass::LongActingBetaAgonist,
        legcramps::DrugClass::ShortActingBetaAgonist,
        legcramps::DrugClass::PotassiumSparingDiuretic,
        legcramps::DrugClass::ThiazideDiuretic,
        legcramps::DrugClass::LoopDiuretic,
        legcramps::DrugClass::Statin,
        legcramps::DrugClass::CalciumChannelBlocker,
        legcramps::DrugClass::Nsaid,
        legcramps::DrugClass::MuscleRelaxant,
        legcramps::DrugClass::Gabapentinoid,
        legcramps::DrugClass::Antimalarial,
        legcramps::DrugClass::ParenteralIron,
        legcramps::DrugClass::Estrogen,
        legcramps::DrugClass::SelectiveEstrogenReceptorModulator,
        legcramps::DrugClass::ParathyroidHormoneAnalogue,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_builtin_id() {
    // One variant today; the list grows with the built-in table.
    let v = legcramps::recall::BuiltinRecallId::SandozOrphenadrineEr2022;
    check(&v, v.as_str());
}

#[test]
fn codes_window_basis() {
    for v in [
        legcramps::recall::WindowBasis::Distributed,
        legcramps::recall::WindowBasis::Dispensed,
        legcramps::recall::WindowBasis::Manufactured,
        legcramps::recall::WindowBasis::Expiry,
        legcramps::recall::WindowBasis::Unspecified,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_ndc_basis() {
    for v in [
        legcramps::recall::NdcBasis::Package,
        legcramps::recall::NdcBasis::Product,
        legcramps::recall::NdcBasis::UnconfirmedReading,
        legcramps::recall::NdcBasis::OtherPackage,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_remedy_id() {
    assert_eq!(legcramps::RemedyId::ALL.len(), 16, "variant count");
    for v in legcramps::RemedyId::ALL {
        check(v, v.as_str());
    }
}

#[test]
fn codes_remedy_kind() {
    for v in [
        legcramps::RemedyKind::InTheMoment,
        legcramps::RemedyKind::Prevention,
        legcramps::RemedyKind::Supplement,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_pregnancy_suitability() {
    for v in [
        legcramps::PregnancySuitability::Suitable,
        legcramps::PregnancySuitability::AskFirst,
        legcramps::PregnancySuitability::Avoid,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_answer() {
    for v in [
        legcramps::Answer::Yes,
        legcramps::Answer::No,
        legcramps::Answer::Unknown,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::Answer>(), Ok(v));
    }
}

#[test]
fn codes_fluid_intake() {
    for v in [
        legcramps::FluidIntake::Low,
        legcramps::FluidIntake::Adequate,
        legcramps::FluidIntake::Unknown,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::FluidIntake>(), Ok(v));
    }
}

#[test]
fn codes_footwear() {
    for v in [
        legcramps::Footwear::Supportive,
        legcramps::Footwear::Unsupportive,
        legcramps::Footwear::Unknown,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::Footwear>(), Ok(v));
    }
}

#[test]
fn codes_leg_swelling() {
    for v in [
        legcramps::LegSwelling::None,
        legcramps::LegSwelling::OneSide,
        legcramps::LegSwelling::BothSides,
        legcramps::LegSwelling::Unknown,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::LegSwelling>(), Ok(v));
    }
}

#[test]
fn codes_medication_list() {
    for v in [
        legcramps::MedicationList::Complete,
        legcramps::MedicationList::Unknown,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::MedicationList>(), Ok(v));
    }
}

#[test]
fn codes_muscle() {
    for v in [
        legcramps::Muscle::Calf,
        legcramps::Muscle::Foot,
        legcramps::Muscle::FrontOfThigh,
        legcramps::Muscle::BackOfThigh,
        legcramps::Muscle::Other,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::Muscle>(), Ok(v));
    }
}

#[test]
fn codes_sex() {
    for v in [
        legcramps::Sex::Female,
        legcramps::Sex::Male,
        legcramps::Sex::Other,
        legcramps::Sex::Unknown,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::Sex>(), Ok(v));
    }
}

#[test]
fn codes_side() {
    for v in [
        legcramps::Side::Left,
        legcramps::Side::Right,
        legcramps::Side::Both,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::Side>(), Ok(v));
    }
}

#[test]
fn codes_trend() {
    for v in [
        legcramps::Trend::Rising,
        legcramps::Trend::Steady,
        legcramps::Trend::Falling,
        legcramps::Trend::NotEnoughData,
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<legcramps::Trend>(), Ok(v));
    }
}

#[test]
fn codes_citation() {
    let mut n = 0;
    for c in legcramps::evidence::Citation::all() {
        check(&c, c.as_str());
        assert_eq!(
            c.as_str().parse::<legcramps::evidence::Citation>().ok(),
            Some(c)
        );
        n += 1;
    }
    assert!(n > 0, "Citation::all() is empty");
}

#[test]
fn codes_recall_class() {
    use legcramps::recall::RecallClass;
    for (v, fda) in [
        (RecallClass::ClassI, "Class I"),
        (RecallClass::ClassII, "Class II"),
        (RecallClass::ClassIII, "Class III"),
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<RecallClass>().ok(), Some(v));
        // FDA's own words stay available, and read back too.
        assert_eq!(v.as_fda_str(), fda);
        assert_eq!(fda.parse::<RecallClass>().ok(), Some(v));
    }
    assert_eq!(RecallClass::ClassII.to_string(), "class_ii");
}

#[test]
fn codes_recall_status() {
    use legcramps::recall::RecallStatus;
    for (v, fda) in [
        (RecallStatus::Ongoing, "Ongoing"),
        (RecallStatus::Completed, "Completed"),
        (RecallStatus::Terminated, "Terminated"),
        (
            RecallStatus::Other("Pending Review".into()),
            "Pending Review",
        ),
    ] {
        check(&v, v.as_str());
        assert_eq!(v.as_str().parse::<RecallStatus>().ok().as_ref(), Some(&v));
        assert_eq!(v.as_fda_str(), fda);
    }
    assert_eq!(RecallStatus::Terminated.to_string(), "terminated");
}

#[test]
fn codes_ndc_layouts() {
    use legcramps::recall::{NdcLayout, ProductNdcLayout};
    for v in NdcLayout::ALL {
        check(&v, v.as_str());
    }
    for v in ProductNdcLayout::ALL {
        check(&v, v.as_str());
    }
    // The digit counts, once shown as the Display text, are `segments()`.
    assert_eq!(NdcLayout::L5_3_2.to_string(), "l5_3_2");
    assert_eq!(NdcLayout::L5_3_2.segments(), (5, 3, 2));
    assert_eq!(ProductNdcLayout::L6_4.to_string(), "l6_4");
}
