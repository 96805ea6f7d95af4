//! Serde for the catalog types: id enums as snake_case strings, effect sizes validated
//! on the way in, catalog rows serialized (they are data, not input).

use crate::support::catalog::{conditions, medications, remedies, risk_factors};
use legcramps::evidence::{Citation, EffectKind, EffectSize, IntervalKind};
use legcramps::{
    ComplaintCode, ConditionId, DrugClass, MedicationId, MedicationRole, PregnancySuitability,
    RemedyId, RemedyKind, RiskFactorId,
};
use proptest::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

fn round_trip<T>(value: &T) -> T
where
    T: Serialize + DeserializeOwned,
{
    let json = serde_json::to_string(value).expect("serialize");
    serde_json::from_str(&json).expect("deserialize")
}

#[test]
fn id_enums_round_trip() {
    for &id in MedicationId::ALL {
        assert_eq!(round_trip(&id), id);
    }
    for &id in ConditionId::ALL {
        assert_eq!(round_trip(&id), id);
    }
    for &id in RemedyId::ALL {
        assert_eq!(round_trip(&id), id);
    }
    for &f in RiskFactorId::ALL {
        assert_eq!(round_trip(&f), f);
    }
}

#[test]
fn id_enums_are_snake_case_strings() {
    let json = |v: &dyn erased::Json| v.json();
    // expected strings from INTERFACES.md ("snake_case serde") and the variant names
    assert_eq!(
        json(&MedicationId::Hydrochlorothiazide),
        "\"hydrochlorothiazide\""
    );
    assert_eq!(json(&MedicationId::IronSucrose), "\"iron_sucrose\"");
    assert_eq!(
        json(&ConditionId::PeripheralArteryDisease),
        "\"peripheral_artery_disease\""
    );
    assert_eq!(json(&RemedyId::NightlyStretching), "\"nightly_stretching\"");
    assert_eq!(json(&RemedyId::VitaminB6), "\"vitamin_b6\"");
    assert_eq!(
        json(&RiskFactorId::SedentaryLifestyle),
        "\"sedentary_lifestyle\""
    );
    assert_eq!(
        json(&MedicationRole::MayCauseCramps),
        "\"may_cause_cramps\""
    );
    assert_eq!(
        json(&DrugClass::LongActingBetaAgonist),
        "\"long_acting_beta_agonist\""
    );
    assert_eq!(json(&RemedyKind::Supplement), "\"supplement\"");
    assert_eq!(json(&PregnancySuitability::AskFirst), "\"ask_first\"");
    assert_eq!(json(&EffectKind::OddsRatio), "\"odds_ratio\"");
    assert_eq!(json(&IntervalKind::Confidence95), "\"confidence_95\"");
}

/// Object-safe helper so the test above can list values of different types.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).expect("serialize")
        }
    }
}

#[test]
fn unknown_id_strings_are_rejected() {
    let err = serde_json::from_str::<MedicationId>("\"tylenol\"").unwrap_err();
    assert!(
        err.to_string().starts_with("unknown variant `tylenol`"),
        "{err}"
    );
    assert!(serde_json::from_str::<RiskFactorId>("\"Female_Sex\"").is_err());
    assert!(serde_json::from_str::<RemedyId>("3").is_err());
}

/// The keys of a serialized row, sorted.
fn keys(value: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .expect("a row serializes as an object")
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
    v.sort();
    v
}

#[test]
fn catalog_rows_serialize_every_field_and_name_their_id() {
    // Rows are catalog data, not input: they serialize but do not deserialize. The id a
    // row serializes under reads back as that row's id. The field lists are the rows'
    // documented fields (one key per struct field).
    let medication = sorted(&[
        "id",
        "generic",
        "brands",
        "other_names",
        "class",
        "roles",
        "evidence",
        "effect",
        "rxnorm",
        "atc",
        "contraindicated_in_pregnancy",
        "warnings",
        "note",
        "citations",
        "code_citations",
    ]);
    for row in medications() {
        let value = serde_json::to_value(row).expect("serialize");
        assert_eq!(keys(&value), medication);
        let id: MedicationId = serde_json::from_value(value["id"].clone()).expect("id");
        assert_eq!(id, row.id);
    }
    let condition = sorted(&[
        "id",
        "name",
        "figure",
        "effect",
        "evidence",
        "icd10cm",
        "citations",
    ]);
    for row in conditions() {
        let value = serde_json::to_value(row).expect("serialize");
        assert_eq!(keys(&value), condition);
        let id: ConditionId = serde_json::from_value(value["id"].clone()).expect("id");
        assert_eq!(id, row.id);
    }
    let factor = sorted(&[
        "factor",
        "name",
        "description",
        "effect",
        "evidence",
        "citations",
    ]);
    for row in risk_factors() {
        let value = serde_json::to_value(row).expect("serialize");
        assert_eq!(keys(&value), factor);
        let id: RiskFactorId = serde_json::from_value(value["factor"].clone()).expect("id");
        assert_eq!(id, row.factor);
    }
    let remedy = sorted(&[
        "id",
        "name",
        "kind",
        "how",
        "evidence",
        "evidence_note",
        "evidence_in_pregnancy",
        "cautions",
        "suitable_in_pregnancy",
        "citations",
    ]);
    for row in remedies() {
        let value = serde_json::to_value(row).expect("serialize");
        assert_eq!(keys(&value), remedy);
        let id: RemedyId = serde_json::from_value(value["id"].clone()).expect("id");
        assert_eq!(id, row.id);
    }
}

#[test]
fn complaint_code_serializes_to_the_fhir_coding_fields() {
    // fhir.md: ICD-10-CM system http://hl7.org/fhir/sid/icd-10-cm, G47.62 "Sleep related
    // leg cramps"; the citation key is the sources list's "ICD-10-CM".
    assert_eq!(
        serde_json::to_value(legcramps::ComplaintCode::SLEEP_RELATED_LEG_CRAMPS)
            .expect("serialize"),
        serde_json::json!({
            "system": "http://hl7.org/fhir/sid/icd-10-cm",
            "code": "G47.62",
            "display": "Sleep related leg cramps",
            "citations": ["ICD-10-CM"],
        })
    );
    assert_eq!(ComplaintCode::ALL.len(), 2);
}

#[test]
fn effect_size_errors_name_the_field_and_say_where() {
    let json = r#"[{"kind":"odds_ratio","interval":"confidence_95","estimate":2.9,
        "low":4.0,"high":4.55,"significant":true,"citation":"Abdulla-1999"}]"#;
    let err = serde_json::from_str::<Vec<EffectSize>>(json).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("invalid effect size low 4: must not be above the estimate 2.9"),
        "{text}"
    );
    assert!(text.contains("line 2"), "{text}");

    let json = r#"{"kind":"odds_ratio","interval":"confidence_95","estimate":1.0,
        "low":0.5,"high":2.0,"significant":false,"citation":"Nobody-2099"}"#;
    let err = serde_json::from_str::<EffectSize>(json).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unknown citation key \"Nobody-2099\""),
        "{err}"
    );
}

fn ordered_triple() -> impl Strategy<Value = (f64, f64, f64)> {
    // three positive ratios, sorted so that low <= estimate <= high
    prop::array::uniform3(0.01f64..200.0).prop_map(|mut v| {
        v.sort_by(f64::total_cmp);
        (v[1], v[0], v[2])
    })
}

fn ordered_hundredths() -> impl Strategy<Value = (f64, f64, f64)> {
    prop::array::uniform3(1u32..20_000).prop_map(|mut v| {
        v.sort_unstable();
        let f = |x: u32| f64::from(x) / 100.0;
        (f(v[1]), f(v[0]), f(v[2]))
    })
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 2.0 * f64::EPSILON * a.abs().max(b.abs())
}

fn kind() -> impl Strategy<Value = EffectKind> {
    prop_oneof![Just(EffectKind::OddsRatio), Just(EffectKind::SequenceRatio)]
}

fn interval() -> impl Strategy<Value = IntervalKind> {
    prop_oneof![
        Just(IntervalKind::Confidence95),
        Just(IntervalKind::Credibility95)
    ]
}

fn citation() -> impl Strategy<Value = Citation> {
    let all: Vec<Citation> = Citation::all().collect();
    prop::sample::select(all)
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn valid_effect_sizes_round_trip(
        (estimate, low, high) in ordered_triple(),
        kind in kind(),
        interval in interval(),
        citation in citation(),
    ) {
        let e = EffectSize::new(kind, interval, estimate, low, high, citation)
            .expect("ordered positive values are valid");
        prop_assert!(e.low <= e.estimate && e.estimate <= e.high);
        prop_assert_eq!(e.significant, low > 1.0 || high < 1.0);
        // serde_json without its `float_roundtrip` feature may parse a long decimal
        // one unit in the last place away, so arbitrary values compare within 2 ULP
        let back = round_trip(&e);
        prop_assert!(near(back.estimate, e.estimate) && near(back.low, e.low) && near(back.high, e.high));
        prop_assert_eq!(
            (back.kind, back.interval, back.significant, back.citation),
            (e.kind, e.interval, e.significant, e.citation)
        );
    }

    #[test]
    fn effect_sizes_with_two_decimals_round_trip_exactly(
        (estimate, low, high) in ordered_hundredths(),
        kind in kind(),
        interval in interval(),
        citation in citation(),
    ) {
        // every figure in the sources has at most two decimals (e.g. 2.42, 101.9)
        let e = EffectSize::new(kind, interval, estimate, low, high, citation).expect("valid");
        prop_assert_eq!(round_trip(&e), e);
    }

    #[test]
    fn new_accepts_exactly_ordered_positive_values(
        estimate in -1.0f64..10.0,
        low in -1.0f64..10.0,
        high in -1.0f64..10.0,
    ) {
        let result = EffectSize::new(
            EffectKind::OddsRatio,
            IntervalKind::Confidence95,
            estimate,
            low,
            high,
            Citation::Abdulla1999,
        );
        let valid = estimate > 0.0 && low > 0.0 && high > 0.0 && low <= estimate && estimate <= high;
        prop_assert_eq!(result.is_ok(), valid);
        if let Err(e) = result {
            let e: legcramps::ValidationError = e;
            prop_assert!(["estimate", "low", "high"].contains(&e.field()));
            let prefix = format!("invalid effect size {} ", e.field());
            prop_assert!(e.to_string().starts_with(&prefix), "{}", e);
        }
    }

    #[test]
    fn flipping_significance_is_rejected(
        (estimate, low, high) in ordered_triple(),
    ) {
        let e = EffectSize::new(
            EffectKind::SequenceRatio,
            IntervalKind::Confidence95,
            estimate,
            low,
            high,
            Citation::Garrison2012,
        ).expect("valid");
        let mut json = serde_json::to_value(e).expect("json");
        json["significant"] = serde_json::json!(!e.significant);
        let err = serde_json::from_value::<EffectSize>(json).unwrap_err();
        prop_assert!(err.to_string().starts_with("invalid effect size significant"));
    }
}
