//! Auto-trait checks: the catalog's public types are Send, Sync and Unpin.

use legcramps::{
    ComplaintCode, Condition, ConditionId, DrugClass, EffectKind, EffectSize, EffectSizeError,
    IntervalKind, Medication, MedicationId, MedicationRole, PregnancySuitability, Remedy, RemedyId,
    RemedyKind, RiskFactor, RiskFactorInfo,
};

fn assert_auto<T: Send + Sync + Unpin + 'static>() {}

#[test]
fn catalog_types_are_send_sync_unpin() {
    assert_auto::<EffectKind>();
    assert_auto::<IntervalKind>();
    assert_auto::<EffectSize>();
    assert_auto::<EffectSizeError>();
    assert_auto::<MedicationId>();
    assert_auto::<MedicationRole>();
    assert_auto::<DrugClass>();
    assert_auto::<Medication>();
    assert_auto::<ConditionId>();
    assert_auto::<Condition>();
    assert_auto::<ComplaintCode>();
    assert_auto::<RiskFactor>();
    assert_auto::<RiskFactorInfo>();
    assert_auto::<RemedyId>();
    assert_auto::<RemedyKind>();
    assert_auto::<PregnancySuitability>();
    assert_auto::<Remedy>();
}

#[test]
fn error_type_is_a_std_error() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>() {}
    is_error::<EffectSizeError>();
}
