//! Serde for the catalog types: id enums as snake_case strings, effect sizes validated
//! on the way in, catalog rows accepted only when they match the catalog.

use legcramps::{
    COMPLAINT_CODES, CONDITIONS, Citation, ComplaintCode, Condition, ConditionId, DrugClass,
    EffectKind, EffectSize, EffectSizeError, IntervalKind, MEDICATIONS, Medication, MedicationId,
    MedicationRole, PregnancySuitability, REMEDIES, RISK_FACTORS, Remedy, RemedyId, RemedyKind,
    RiskFactor, RiskFactorInfo,
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
    for &f in RiskFactor::ALL {
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
        json(&RiskFactor::SedentaryLifestyle),
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
    assert!(serde_json::from_str::<RiskFactor>("\"Female_Sex\"").is_err());
    assert!(serde_json::from_str::<RemedyId>("3").is_err());
}

#[test]
fn catalog_rows_round_trip() {
    for row in MEDICATIONS {
        assert_eq!(&round_trip::<Medication>(row), row);
    }
    for row in CONDITIONS {
        assert_eq!(&round_trip::<Condition>(row), row);
    }
    for row in RISK_FACTORS {
        assert_eq!(&round_trip::<RiskFactorInfo>(row), row);
    }
    for row in REMEDIES {
        assert_eq!(&round_trip::<Remedy>(row), row);
    }
    for code in COMPLAINT_CODES {
        assert_eq!(&round_trip::<ComplaintCode>(code), code);
    }
}

#[test]
fn tampered_rows_are_rejected() {
    let mut value = serde_json::to_value(MedicationId::Orphenadrine.info()).expect("json");
    value["rxnorm"] = serde_json::json!("12345");
    let err = serde_json::from_value::<Medication>(value).unwrap_err();
    assert_eq!(
        err.to_string(),
        "medication row \"orphenadrine\" differs from the catalog in field `rxnorm`"
    );

    let mut value = serde_json::to_value(RemedyId::Magnesium.info()).expect("json");
    value["evidence"] = serde_json::json!("aan_a");
    let err = serde_json::from_value::<Remedy>(value).unwrap_err();
    assert_eq!(
        err.to_string(),
        "remedy row \"magnesium\" differs from the catalog in field `evidence`"
    );

    let mut value = serde_json::to_value(RiskFactor::FemaleSex.info()).expect("json");
    value["extra"] = serde_json::json!(1);
    let err = serde_json::from_value::<RiskFactorInfo>(value).unwrap_err();
    assert!(
        err.to_string().starts_with("unknown field `extra`"),
        "{err}"
    );

    let code = r#"{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M62.831",
        "display":"Muscle spasm of calf","citations":["ICD-10-CM"]}"#;
    let err = serde_json::from_str::<ComplaintCode>(code).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "unknown complaint code \"M62.831\" in system \"http://hl7.org/fhir/sid/icd-10-cm\""
        ),
        "{err}"
    );
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
            let e: EffectSizeError = e;
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
