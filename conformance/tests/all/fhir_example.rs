//! Runs the same code as `examples/fhir.rs` and validates what it prints.

#[allow(dead_code, reason = "main is the example's entry point, not used here")]
#[path = "../../../examples/fhir.rs"]
mod example;

use crate::fhir_schema::assert_valid;
use legcramps::fhir::{Bundle, Card, Indicator};

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn the_example_bundle_is_valid_fhir_r4() {
    let bundle = example::sample_bundle().unwrap();
    let value = serde_json::to_value(&bundle).unwrap();
    if !assert_valid("the_example_bundle_is_valid_fhir_r4", &value) {
        return;
    }
    // Each entry against its own definition too: the Bundle definition checks them
    // only through a oneOf over every resource type, which reports errors poorly.
    for entry in value["entry"].as_array().unwrap() {
        assert_valid("the_example_bundle_is_valid_fhir_r4", &entry["resource"]);
    }
}

#[test]
fn the_example_bundle_round_trips() {
    let bundle = example::sample_bundle().unwrap();
    let json = serde_json::to_string_pretty(&bundle).unwrap();
    let back: Bundle = serde_json::from_str(&json).unwrap();
    assert_eq!(back, bundle);
    assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
}

#[test]
fn the_example_bundle_has_what_the_sample_person_implies() {
    // The shared sample (examples/data/sample-person.json): 2 episodes, arthritis (one
    // Condition beside the cramps' own), hydrochlorothiazide from the catalog and
    // atorvastatin by free name, no red flag => a `routine` referral.
    let bundle = example::sample_bundle().unwrap();
    let kinds: Vec<&str> = bundle.resource_types().collect();
    assert_eq!(
        kinds,
        [
            "Observation",
            "Observation",
            "Condition",
            "Condition",
            "MedicationStatement",
            "MedicationStatement",
            "RiskAssessment",
            "ServiceRequest"
        ]
    );
    let value = serde_json::to_value(&bundle).unwrap();
    let sr = &value["entry"][7]["resource"];
    // routine -> routine (the documented mapping).
    assert_eq!(sr["priority"], "routine");
    assert_eq!(
        bundle.full_urls().next(),
        Some("https://fhir.example.org/r4/Observation/sample-episode-0")
    );
}

#[test]
fn the_example_card_is_the_sandoz_recall() {
    let card: Card = example::sample_card().unwrap();
    // FDA's enforcement record D-0753-2022 (recalls.md 1.5) classes the Sandoz recall
    // as Class II, which the card shows as a warning.
    assert_eq!(card.indicator(), Indicator::Warning);
    assert!(card.summary().contains("0185-0022-01"));
    assert!(card.summary().contains("JX6411"));
    assert!(card.summary().chars().count() < 140);
    let value = serde_json::to_value(&card).unwrap();
    assert!(
        value["source"]["label"]
            .as_str()
            .unwrap()
            .contains("Sandoz")
    );
    // The FDA company announcement, as listed in recalls.md 1.1.
    assert!(
        value["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("http://www.fda.gov/")
    );
    let json = serde_json::to_string(&card).unwrap();
    assert_eq!(serde_json::from_str::<Card>(&json).unwrap(), card);
}

/// An openFDA document with one class I record listing lot AB123 of NDC 12345-678-90.
const ONE_RECORD: &[u8] = br#"{"meta": {}, "results": [{"recall_number": "D-0001-2024",
  "classification": "Class I", "recalling_firm": "Acme", "product_description": "Tablets",
  "reason_for_recall": "Reason", "report_date": "20240110", "code_info": "Lot AB123",
  "openfda": {"package_ndc": ["12345-678-90"]}}]}"#;

#[test]
fn the_example_makes_a_card_from_openfda_data() {
    // The lot is matched as the registry normalises it (upper case).
    let card = example::openfda_card(ONE_RECORD, "12345-678-90", "ab123")
        .unwrap()
        .expect("the record lists the lot");
    assert_eq!(card.indicator(), Indicator::Critical); // class I
    assert_eq!(
        card.summary(),
        "Recalled: NDC 12345-678-90, lot AB123 (Class I) - Acme"
    );
    // Another lot of the same package is not in the record.
    assert!(
        example::openfda_card(ONE_RECORD, "12345-678-90", "ZZ1")
            .unwrap()
            .is_none()
    );
    // A malformed NDC is an error, not "no recall".
    assert!(example::openfda_card(ONE_RECORD, "12-3", "AB123").is_err());
}

#[test]
fn the_example_makes_a_bundle_for_an_input_document() {
    let input = legcramps::assess::AssessmentInput::from_json_str(
        r#"{"as_of": "2025-03-06T08:00:00+01:00", "profile": {"other_medications": ["Vit D"]}}"#,
    )
    .unwrap();
    let bundle = example::bundle_for(&input).unwrap();
    // No episodes: the free-text medicine and the RiskAssessment (self care: no
    // ServiceRequest).
    let kinds: Vec<&str> = bundle.resource_types().collect();
    assert_eq!(kinds, ["MedicationStatement", "RiskAssessment"]);
}
