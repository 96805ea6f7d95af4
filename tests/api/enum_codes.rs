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
        legcramps::EvidenceLevel::AanA,
        legcramps::EvidenceLevel::AanB,
        legcramps::EvidenceLevel::AanC,
        legcramps::EvidenceLevel::AanU,
        legcramps::EvidenceLevel::TrialBenefit,
        legcramps::EvidenceLevel::AssociationObserved,
        legcramps::EvidenceLevel::NoBenefitShown,
        legcramps::EvidenceLevel::Insufficient,
        legcramps::EvidenceLevel::GuidelineAdvice,
        legcramps::EvidenceLevel::SafetyInference,
        legcramps::EvidenceLevel::LimitedEvidence,
        legcramps::EvidenceLevel::UncontrolledReport,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_effect_kind() {
    for v in [
        legcramps::EffectKind::OddsRatio,
        legcramps::EffectKind::SequenceRatio,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_interval_kind() {
    for v in [
        legcramps::IntervalKind::Confidence95,
        legcramps::IntervalKind::Credibility95,
    ] {
        check(&v, v.as_str());
    }
}

#[test]
fn codes_risk_factor() {
    assert_eq!(legcramps::RiskFactor::ALL.len(), 19, "variant count");
    for v in legcramps::RiskFactor::ALL {
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

#[cfg(feature = "fhir")]
#[test]
fn codes_link_type() {
    for v in [
        legcramps::fhir::LinkType::Absolute,
        legcramps::fhir::LinkType::Smart,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_resource_type() {
    for v in [
        legcramps::fhir::ResourceType::RiskAssessment,
        legcramps::fhir::ResourceType::Observation,
        legcramps::fhir::ResourceType::MedicationStatement,
        legcramps::fhir::ResourceType::Condition,
        legcramps::fhir::ResourceType::ServiceRequest,
        legcramps::fhir::ResourceType::Bundle,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_observation_status() {
    for v in [
        legcramps::fhir::ObservationStatus::Registered,
        legcramps::fhir::ObservationStatus::Preliminary,
        legcramps::fhir::ObservationStatus::Final,
        legcramps::fhir::ObservationStatus::Amended,
        legcramps::fhir::ObservationStatus::Corrected,
        legcramps::fhir::ObservationStatus::Cancelled,
        legcramps::fhir::ObservationStatus::EnteredInError,
        legcramps::fhir::ObservationStatus::Unknown,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_medication_statement_status() {
    for v in [
        legcramps::fhir::MedicationStatementStatus::Active,
        legcramps::fhir::MedicationStatementStatus::Completed,
        legcramps::fhir::MedicationStatementStatus::EnteredInError,
        legcramps::fhir::MedicationStatementStatus::Intended,
        legcramps::fhir::MedicationStatementStatus::Stopped,
        legcramps::fhir::MedicationStatementStatus::OnHold,
        legcramps::fhir::MedicationStatementStatus::Unknown,
        legcramps::fhir::MedicationStatementStatus::NotTaken,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_request_status() {
    for v in [
        legcramps::fhir::RequestStatus::Draft,
        legcramps::fhir::RequestStatus::Active,
        legcramps::fhir::RequestStatus::OnHold,
        legcramps::fhir::RequestStatus::Revoked,
        legcramps::fhir::RequestStatus::Completed,
        legcramps::fhir::RequestStatus::EnteredInError,
        legcramps::fhir::RequestStatus::Unknown,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_request_intent() {
    for v in [
        legcramps::fhir::RequestIntent::Proposal,
        legcramps::fhir::RequestIntent::Plan,
        legcramps::fhir::RequestIntent::Directive,
        legcramps::fhir::RequestIntent::Order,
        legcramps::fhir::RequestIntent::OriginalOrder,
        legcramps::fhir::RequestIntent::ReflexOrder,
        legcramps::fhir::RequestIntent::FillerOrder,
        legcramps::fhir::RequestIntent::InstanceOrder,
        legcramps::fhir::RequestIntent::Option,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_request_priority() {
    for v in [
        legcramps::fhir::RequestPriority::Routine,
        legcramps::fhir::RequestPriority::Urgent,
        legcramps::fhir::RequestPriority::Asap,
        legcramps::fhir::RequestPriority::Stat,
    ] {
        check(&v, v.as_str());
    }
}

#[cfg(feature = "fhir")]
#[test]
fn codes_bundle_type() {
    for v in [
        legcramps::fhir::BundleType::Document,
        legcramps::fhir::BundleType::Message,
        legcramps::fhir::BundleType::Transaction,
        legcramps::fhir::BundleType::TransactionResponse,
        legcramps::fhir::BundleType::Batch,
        legcramps::fhir::BundleType::BatchResponse,
        legcramps::fhir::BundleType::History,
        legcramps::fhir::BundleType::Searchset,
        legcramps::fhir::BundleType::Collection,
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
    let v = legcramps::recall::BuiltinId::SandozOrphenadrineEr2022;
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
fn codes_document_layout() {
    for v in [
        legcramps::recall::DocumentLayout::Envelope,
        legcramps::recall::DocumentLayout::BareArray,
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
    for c in legcramps::Citation::all() {
        check(&c, c.as_str());
        assert_eq!(c.as_str().parse::<legcramps::Citation>().ok(), Some(c));
        n += 1;
    }
    assert!(n > 0, "Citation::all() is empty");
}
