//! Every public type of the crate is `Send + Sync + Unpin` (and `'static`), and every
//! error type is a well-behaved `std::error::Error` (C-SEND-SYNC, C-GOOD-ERR).
//!
//! The list is meant to be complete (the `fhir` feature's types are checked with that
//! feature): a public type missing here is a gap in this test.

use legcramps::assess::*;
use legcramps::evidence::*;
use legcramps::recall::*;
use legcramps::*;

fn auto<T: Send + Sync + Unpin + 'static>() {}
fn error<T: std::error::Error + Send + Sync + 'static>() {}

macro_rules! auto {
    ($($t:ty),+ $(,)?) => { $( auto::<$t>(); )+ };
}

#[test]
fn every_public_type_is_send_sync_unpin() {
    // Models.
    auto!(
        Activity,
        Age,
        AgeInfo,
        Answer,
        CrampDuration,
        CrampEpisode,
        CrampEpisodeBuilder,
        Diary,
        DiaryStats,
        Exposures,
        FluidIntake,
        Footwear,
        FrequencyThreshold,
        HoursPerDay,
        LegSwelling,
        Muscle,
        PainScore,
        Pregnancy,
        Profile,
        Sex,
        Side,
        Symptoms,
        Trend,
        Trimester,
        ValidationError,
    );
    // Evidence and catalogs.
    auto!(
        Citation,
        EvidenceLevel,
        Source,
        CitationError,
        EffectKind,
        EffectSize,
        IntervalKind,
        RiskFactorId,
        RiskFactor,
        DrugClass,
        Medication,
        MedicationId,
        MedicationRole,
        ComplaintCode,
        Condition,
        ConditionId,
        PregnancySuitability,
        Remedy,
        RemedyId,
        RemedyKind,
    );
    // Assessment.
    auto!(
        AssessError,
        Assessment,
        AssessmentInput,
        Band,
        Contribution,
        Differential,
        FeatureStatus,
        FeatureId,
        Feature,
        InputError,
        Leaning,
        Lookalike,
        LookalikeCategory,
        Note,
        Plan,
        Step,
        PlanStep,
        Question,
        QuinineInfo,
        Referral,
        ReferralReason,
        Rule,
        RuleId,
        Score,
        ScoreFactor,
        ScoreModel,
        StepId,
        Urgency,
    );
    // Report.
    auto!(RecalledMedication, Report, ReportError);
    // Recall lookups.
    auto!(
        BuiltinRecallId,
        BuiltinLot,
        BuiltinRecall,
        EnforcementRecord,
        LoadError,
        LoadErrorKind,
        LoadOptions,
        LoadReport,
        LoadSummary,
        LotBasis,
        LotError,
        LotExtraction,
        LotNumber,
        LotWindow,
        Ndc,
        NdcBasis,
        NdcError,
        NdcLayout,
        NdcMention,
        NearMiss,
        OpenFdaFields,
        ProductNdc,
        ProductNdcLayout,
        ProductRecall,
        QueryError,
        Recall,
        RecallCheck,
        RecallClass,
        RecallId,
        RecallMatch,
        RecallNumber,
        RecallRegistry,
        RecallSource,
        RecallStatus,
        RecalledLot,
        RegistryError,
        SkippedRecord,
        WindowBasis,
        YearMonth,
    );
}

#[test]
fn every_error_type_is_a_send_sync_static_error() {
    error::<ValidationError>();
    error::<CitationError>();
    error::<AssessError>();
    error::<InputError>();
    error::<ReportError>();
    error::<NdcError>();
    error::<LotError>();
    error::<LoadError>();
    error::<LoadErrorKind>();
    error::<RegistryError>();
    error::<QueryError>();
    // And boxes into the usual `Box<dyn Error + Send + Sync>`.
    let e: Box<dyn std::error::Error + Send + Sync> = Box::new("".parse::<Ndc>().unwrap_err());
    assert_eq!(e.to_string(), r#"invalid NDC "": empty"#);
}

#[cfg(feature = "fhir")]
#[test]
fn every_fhir_type_is_send_sync_unpin() {
    use legcramps::fhir;
    auto!(
        fhir::Bundle,
        fhir::Card,
        fhir::FhirInput,
        fhir::Identities<fn(fhir::Slot) -> String>,
        fhir::Ignored,
        fhir::IgnoredReason,
        fhir::Indicator,
        fhir::PackageSeen,
        fhir::Questionnaire,
        fhir::QuestionnaireResponse,
        fhir::ReadError,
        fhir::ReadErrorKind,
        fhir::Slot,
    );
    error::<fhir::ReadError>();
    error::<fhir::ReadErrorKind>();
}
