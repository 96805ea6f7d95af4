//! Assessment mappings (RiskAssessment, ServiceRequest, referral card), the Bundle with
//! caller-supplied identities, and recall cards: exact codes, the documented
//! mappings, schema validity and round trips.

use crate::fhir_schema::assert_valid;
use legcramps::assess::{Assessed, Assessment, AssessmentInput, Band, Urgency};
use legcramps::fhir::{self, Bundle, Card, Identities, Indicator, Slot};
use legcramps::recall::{EnforcementRecord, Recall};
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
use legcramps::{
    Answer, ConditionId, CrampDuration, CrampEpisode, Diary, MedicationId, Muscle, PainScore,
    Profile, RemedyId, Side,
};
use proptest::prelude::*;
use serde_json::Value;

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

const AS_OF: &str = "2026-11-28T08:00:00+01:00";

/// The decision-support note, as the fhir module docs give it.
const NOTE: &str = "Decision support from the legcramps library, not a diagnosis: discuss it \
    with a clinician. A red flag always raises the referral level, whatever the score.";

fn night_cramps(n: usize, pain: u8, secs: i64) -> Diary {
    Diary::from_episodes((0..n).map(|i| {
        let start = at(AS_OF) - chrono::Duration::hours(5 + 24 * i64::try_from(i).unwrap());
        CrampEpisode::builder(start)
            .duration_secs(secs)
            .muscle(Muscle::Calf)
            .side(if i % 2 == 0 { Side::Left } else { Side::Right })
            .pain(pain)
            .woke(true)
            .in_bed_at_night(true)
            .build()
            .unwrap()
    }))
}

/// A profile for each referral level, from the rules in REFERRAL_RULES: nothing known
/// -> self_care; sleep disturbed -> routine; numbness -> soon; a tetanus-prone wound
/// -> urgent.
fn profile_for(urgency: Urgency) -> Profile {
    let mut p = Profile::default();
    match urgency {
        Urgency::Routine => p.symptoms.sleep_disturbed = Answer::Yes,
        Urgency::Soon => p.symptoms.numbness = Answer::Yes,
        Urgency::Urgent => p.exposures.tetanus_prone_wound = Answer::Yes,
        _ => {}
    }
    p
}

fn assessed(profile: &Profile, diary: &Diary) -> Assessed {
    AssessmentInput::new(at(AS_OF), profile.clone(), diary.clone())
        .unwrap()
        .assessed()
        .unwrap()
}

fn server_ids() -> Identities<impl FnMut(Slot) -> String> {
    Identities::server("https://fhir.example.org/r4", "Patient/p1", |slot: Slot| {
        format!("t-{}", slot.label())
    })
    .unwrap()
}

fn valid_bundle(test: &str, bundle: &Bundle) {
    let value = serde_json::to_value(bundle).unwrap();
    if !assert_valid(test, &value) {
        return;
    }
    for entry in value["entry"].as_array().into_iter().flatten() {
        assert_valid(test, &entry["resource"]);
    }
}

/// The bundle's resources of one type, as JSON.
fn resources(bundle: &Value, kind: &str) -> Vec<Value> {
    bundle["entry"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| e["resource"].clone())
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

// ---- referral -> ServiceRequest and card --------------------------------------------

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn urgency_maps_to_the_documented_priority() {
    // The mapping in the fhir module docs: routine -> routine, soon -> urgent,
    // urgent -> asap; self_care -> no request. (FHIR orders routine < urgent < asap.)
    let cases = [
        (Urgency::SelfCare, None),
        (Urgency::Routine, Some("routine")),
        (Urgency::Soon, Some("urgent")),
        (Urgency::Urgent, Some("asap")),
    ];
    for (urgency, priority) in cases {
        let a = assessed(&profile_for(urgency), &Diary::new());
        assert_eq!(
            a.assessment().referral.urgency,
            urgency,
            "precondition: the profile gives {urgency:?}"
        );
        let bundle = serde_json::to_value(fhir::bundle(&a, &mut server_ids()).unwrap()).unwrap();
        let requests = resources(&bundle, "ServiceRequest");
        assert_eq!(
            requests.first().map(|r| r["priority"].as_str().unwrap()),
            priority
        );
        assert!(requests.len() <= 1);
        if let Some(sr) = requests.first() {
            assert_eq!(sr["id"], "t-referral");
            assert_eq!(sr["intent"], "proposal");
            assert_eq!(sr["status"], "draft");
            assert_eq!(sr["subject"]["reference"], "Patient/p1");
            assert_eq!(
                sr["reasonReference"],
                serde_json::json!([{"reference": "RiskAssessment/t-risk-assessment"}])
            );
            let reasons = sr["reasonCode"].as_array().unwrap();
            assert_eq!(reasons.len(), a.assessment().referral.reasons.len());
            for (code, reason) in reasons.iter().zip(&a.assessment().referral.reasons) {
                let text = code["text"].as_str().unwrap();
                assert!(text.starts_with(reason.reason().as_ref()), "{text}");
                assert!(code.get("coding").is_none(), "reasons are text only");
            }
            assert_eq!(sr["note"][0]["text"], NOTE);
            assert_eq!(sr["patientInstruction"], *a.assessment().referral.advice);
            assert_eq!(sr["authoredOn"], AS_OF);
            assert_valid("urgency_maps_to_the_documented_priority", sr);
        }
    }
}

#[test]
fn referral_cards_only_for_soon_and_urgent() {
    let expect = [
        (Urgency::SelfCare, None),
        (Urgency::Routine, None),
        (Urgency::Soon, Some(Indicator::Warning)),
        (Urgency::Urgent, Some(Indicator::Critical)),
    ];
    for (urgency, indicator) in expect {
        let a = assessed(&profile_for(urgency), &Diary::new());
        let card = fhir::referral_card(&a.assessment().referral).unwrap();
        assert_eq!(card.as_ref().map(Card::indicator), indicator, "{urgency:?}");
        if let Some(card) = card {
            assert!(card.summary().chars().count() < 140);
            let detail = card.detail().unwrap();
            for r in &a.assessment().referral.reasons {
                assert!(detail.contains(r.reason().as_ref()), "{detail}");
            }
            assert!(detail.contains(NOTE));
            let value = serde_json::to_value(&card).unwrap();
            assert_eq!(value["source"]["label"], "legcramps decision support");
            assert_eq!(
                value["source"]["url"],
                "https://github.com/legcramps/legcramps"
            );
            let json = serde_json::to_string(&card).unwrap();
            assert_eq!(serde_json::from_str::<Card>(&json).unwrap(), card);
        }
    }
}

// ---- score -> RiskAssessment --------------------------------------------------------

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn risk_assessment_carries_score_rationale_and_note() {
    // One diary per band, found by growing the diary (the band cut-offs belong to the
    // assess module; this test only needs one example of each).
    let mut examples: Vec<(Assessed, Band)> = Vec::new();
    for n in 0..=20 {
        for pain in [1u8, 5, 9] {
            let diary = night_cramps(n, pain, 60 + 60 * i64::try_from(n).unwrap());
            let a = assessed(&Profile::default(), &diary);
            let band = a.assessment().score.band;
            if !examples.iter().any(|(_, b)| *b == band) {
                examples.push((a, band));
            }
        }
    }
    assert_eq!(examples.len(), 3, "every band is reachable");
    for (assessed, band) in examples {
        let a: &Assessment = assessed.assessment();
        let bundle =
            serde_json::to_value(fhir::bundle(&assessed, &mut server_ids()).unwrap()).unwrap();
        let all = bundle["entry"].as_array().unwrap();
        let at_risk = all
            .iter()
            .position(|e| e["resource"]["resourceType"] == "RiskAssessment")
            .unwrap();
        let (entries, json) = (&all[..=at_risk], all[at_risk]["resource"].clone());
        assert_eq!(json["id"], "t-risk-assessment");
        assert_eq!(json["status"], "final");
        assert_eq!(json["occurrenceDateTime"], AS_OF);
        // The basis: every resource before it (the episodes and the complaint).
        let before: Vec<Value> = entries[..entries.len() - 1]
            .iter()
            .map(|e| {
                let r = &e["resource"];
                let kind = r["resourceType"].as_str().unwrap();
                let id = r["id"].as_str().unwrap();
                serde_json::json!({"reference": format!("{kind}/{id}")})
            })
            .collect();
        // (FHIR arrays are never empty: without a resource before it, no `basis`.)
        let basis = json.get("basis").cloned().unwrap_or(Value::Array(vec![]));
        assert_eq!(basis, Value::Array(before));
        // Band low/moderate/high -> the risk-probability code of the same name
        // (negligible and certain are never used).
        let p = &json["prediction"][0];
        let word = band.as_str();
        assert!(["low", "moderate", "high"].contains(&word));
        assert_eq!(p["qualitativeRisk"]["coding"][0]["code"], word);
        assert_eq!(
            p["qualitativeRisk"]["coding"][0]["system"],
            "http://terminology.hl7.org/CodeSystem/risk-probability"
        );
        assert!(
            p.get("probabilityDecimal").is_none(),
            "the score is not a probability"
        );
        let rationale = p["rationale"].as_str().unwrap();
        let head = format!("Score {} of 100 ({word} band)", a.score.total);
        assert!(rationale.starts_with(&head), "{rationale}");
        // The burden/risk split (issue #11): both subtotals, which add up to the total.
        let split = format!(
            "= burden {} + risk {}.",
            a.score.burden().points,
            a.score.risk().points
        );
        assert!(rationale.contains(&split), "{rationale}");
        assert!(
            rationale.contains("Burden, what the diary shows")
                && rationale.contains("Risk, who the person is")
        );
        for c in &a.score.contributions {
            let part = format!("+{} {}", c.points, c.reason);
            assert!(rationale.contains(&part), "{part} missing from {rationale}");
            for cite in c.citations.iter() {
                assert!(rationale.contains(cite.key()), "{cite:?}");
            }
        }
        assert_eq!(json["note"][0]["text"], NOTE);
        assert_eq!(
            json["method"]["text"],
            format!(
                "legcramps burden score (legcramps {})",
                env!("CARGO_PKG_VERSION")
            ),
            "the method names the version"
        );
        assert_valid("risk_assessment_carries_score_rationale_and_note", &json);
    }
}

// ---- the Bundle ---------------------------------------------------------------------

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn bundle_links_everything_with_server_addressing() {
    let mut profile = profile_for(Urgency::Soon);
    profile.conditions = vec![
        ConditionId::Arthritis,
        ConditionId::Arthritis,
        ConditionId::Diabetes,
    ];
    profile.medications = vec![MedicationId::Furosemide, MedicationId::Orphenadrine];
    profile.other_medications = vec!["Magnesium 300 mg".parse().unwrap()];
    let diary = night_cramps(2, 5, 120);
    let a = assessed(&profile, &diary);
    let bundle = fhir::bundle(&a, &mut server_ids()).unwrap();
    let urls: Vec<&str> = bundle.full_urls().collect();
    let base = "https://fhir.example.org/r4";
    let expected = [
        format!("{base}/Observation/t-episode-0"),
        format!("{base}/Observation/t-episode-1"),
        format!("{base}/Condition/t-complaint"),
        // Arthritis listed twice in the profile: one resource.
        format!("{base}/Condition/t-condition-arthritis"),
        format!("{base}/Condition/t-condition-diabetes"),
        format!("{base}/MedicationStatement/t-medication-furosemide"),
        format!("{base}/MedicationStatement/t-medication-orphenadrine"),
        format!("{base}/MedicationStatement/t-other-medication-0"),
        format!("{base}/RiskAssessment/t-risk-assessment"),
        format!("{base}/ServiceRequest/t-referral"),
    ];
    assert_eq!(urls, expected);
    let value = serde_json::to_value(&bundle).unwrap();
    // Each entry's id is the last path segment of its fullUrl.
    for e in value["entry"].as_array().unwrap() {
        let id = e["resource"]["id"].as_str().unwrap();
        assert!(e["fullUrl"].as_str().unwrap().ends_with(&format!("/{id}")));
    }
    assert_eq!(value["type"], "collection");
    // The RiskAssessment's basis: every resource before it, as relative references.
    let basis: Vec<&str> = value["entry"][8]["resource"]["basis"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    let before: Vec<String> = expected[..8]
        .iter()
        .map(|u| u.trim_start_matches(&format!("{base}/")).to_owned())
        .collect();
    assert_eq!(basis, before);
    assert_eq!(
        value["entry"][9]["resource"]["reasonReference"][0]["reference"],
        "RiskAssessment/t-risk-assessment"
    );
    assert_eq!(
        value["entry"][2]["resource"]["evidence"][0]["detail"],
        serde_json::json!([{"reference": "Observation/t-episode-0"},
                           {"reference": "Observation/t-episode-1"}])
    );
    valid_bundle("bundle_links_everything_with_server_addressing", &bundle);
    let back: Bundle = serde_json::from_value(value).unwrap();
    assert_eq!(back, bundle);
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn self_care_bundle_has_no_service_request() {
    let profile = Profile::default();
    let a = assessed(&profile, &Diary::new());
    let bundle = fhir::bundle(&a, &mut server_ids()).unwrap();
    let kinds: Vec<&str> = bundle.resource_types().collect();
    // Empty diary: no Observation, no complaint; self_care: no ServiceRequest.
    assert_eq!(kinds, ["RiskAssessment"]);
    valid_bundle("self_care_bundle_has_no_service_request", &bundle);
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn urn_uuid_addressing_uses_uuid_references() {
    let profile = profile_for(Urgency::Urgent);
    let diary = night_cramps(1, 4, 60);
    let a = assessed(&profile, &diary);
    let mut n = 0u32;
    let mut who = Identities::urn_uuid(
        "urn:uuid:00000000-0000-4000-8000-000000000000",
        |_slot: Slot| {
            n += 1;
            format!("00000000-0000-4000-8000-{n:012x}")
        },
    )
    .unwrap();
    let bundle = fhir::bundle(&a, &mut who).unwrap();
    let value = serde_json::to_value(&bundle).unwrap();
    // Order: episode (1), complaint (2), risk assessment (3), referral (4).
    assert_eq!(
        value["entry"][0]["fullUrl"],
        "urn:uuid:00000000-0000-4000-8000-000000000001"
    );
    assert_eq!(
        value["entry"][2]["resource"]["basis"][0]["reference"],
        "urn:uuid:00000000-0000-4000-8000-000000000001"
    );
    assert_eq!(
        value["entry"][3]["resource"]["reasonReference"][0]["reference"],
        "urn:uuid:00000000-0000-4000-8000-000000000003"
    );
    assert_eq!(value["entry"][3]["resource"]["priority"], "asap");
    assert_eq!(
        value["entry"][3]["resource"]["subject"]["reference"],
        "urn:uuid:00000000-0000-4000-8000-000000000000"
    );
    valid_bundle("urn_uuid_addressing_uses_uuid_references", &bundle);
}

#[test]
fn identity_problems_are_errors() {
    let profile = Profile::default();
    let diary = night_cramps(2, 4, 60);
    let a = assessed(&profile, &diary);

    let mut not_uuid = Identities::urn_uuid("Patient/p1", |slot: Slot| slot.label()).unwrap();
    assert_eq!(
        fhir::bundle(&a, &mut not_uuid).unwrap_err().to_string(),
        "invalid FHIR id \"episode-0\": a urn:uuid reference needs a lower-case UUID (8-4-4-4-12 hex digits)"
    );

    let mut same = Identities::server("https://x.example", "Patient/p1", |_slot: Slot| {
        "same".to_owned()
    })
    .unwrap();
    assert_eq!(
        fhir::bundle(&a, &mut same).unwrap_err().to_string(),
        "invalid resource id \"same\": was given twice (the second time for episode-1)"
    );

    let mut failing =
        Identities::server("https://x.example", "Patient/p1", |slot: Slot| match slot {
            Slot::Complaint => "no id here".to_owned(),
            other => other.label(),
        })
        .unwrap();
    assert_eq!(
        fhir::bundle(&a, &mut failing).unwrap_err().to_string(),
        "invalid FHIR id \"no id here\": must be 1 to 64 characters, each a letter, digit, '-' or '.'"
    );

    assert_eq!(
        Identities::server("fhir.example.org", "Patient/p1", |s: Slot| s.label())
            .unwrap_err()
            .to_string(),
        "invalid base URL \"fhir.example.org\": must be an absolute URI such as https://fhir.example.org/r4"
    );
    // The subject is a FHIR reference: no whitespace (FHIR's uri grammar).
    let err =
        Identities::server("https://x.example", "Patient/p 1", |s: Slot| s.label()).unwrap_err();
    assert_eq!(err.field(), "subject");
    assert_eq!(err.value(), "Patient/p 1");
}

#[test]
fn slot_labels_are_valid_ids_and_distinct() {
    let mut labels = std::collections::HashSet::new();
    let slots = [
        Slot::Episode(0),
        Slot::Episode(11),
        Slot::Complaint,
        Slot::OtherMedication(0),
    ]
    .into_iter()
    .chain(ConditionId::ALL.iter().map(|&c| Slot::Condition(c)))
    .chain(MedicationId::ALL.iter().map(|&m| Slot::Medication(m)))
    .chain([Slot::RiskAssessment, Slot::Referral]);
    for slot in slots {
        let label = slot.label();
        // FHIR's id grammar: [A-Za-z0-9\-\.]{1,64}.
        let fhir_id = (1..=64).contains(&label.len())
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        assert!(fhir_id, "{label}");
        assert!(labels.insert(label.clone()), "duplicate {label}");
    }
    assert_eq!(
        Slot::Condition(ConditionId::PeripheralArteryDisease).label(),
        "condition-peripheral-artery-disease"
    );
}

// ---- recall cards -------------------------------------------------------------------

fn openfda_recall(class: &str) -> (RecallRegistry, LotNumber, Ndc) {
    let record: EnforcementRecord = serde_json::from_str(&format!(
        r#"{{"recall_number": "D-0354-2023", "classification": "{class}",
            "recalling_firm": "Sciegen Pharmaceuticals Inc",
            "product_description": "Gabapentin Tablets, USP 600 mg, NDC: 50228-177-05.",
            "reason_for_recall": "Presence of Foreign Tablets", "report_date": "20230308",
            "status": "Terminated", "code_info": "Lot # G177092, Exp. 11/24"}}"#
    ))
    .unwrap();
    let mut registry = RecallRegistry::new();
    registry.add(Recall::from_enforcement(&record)).unwrap();
    (
        registry,
        "G177092".parse().unwrap(),
        "50228-177-05".parse().unwrap(),
    )
}

#[test]
fn recall_class_sets_the_indicator() {
    for (class, indicator) in [
        ("Class I", Indicator::Critical),
        ("Class II", Indicator::Warning),
        ("Class III", Indicator::Info),
    ] {
        let (registry, lot, ndc) = openfda_recall(class);
        let check = registry.lookup(&ndc, &lot);
        let hit = &check.matches[0];
        let card = fhir::recall_card(registry.get(hit.recall).unwrap(), hit, &lot).unwrap();
        assert_eq!(card.indicator(), indicator, "{class}");
        assert_eq!(
            card.summary(),
            format!(
                "Recalled: NDC 50228-177-05, lot G177092 ({class}) - Sciegen Pharmaceuticals Inc"
            )
        );
        let detail = card.detail().unwrap();
        assert!(detail.contains("D-0354-2023"), "{detail}");
        assert!(detail.contains("Presence of Foreign Tablets"), "{detail}");
        assert!(detail.contains("Status: Terminated"), "{detail}");
        assert!(detail.contains("2023-03-08"), "{detail}");
        let value = serde_json::to_value(&card).unwrap();
        assert_eq!(value["source"]["label"], "openFDA drug enforcement reports");
        assert_eq!(
            value["links"][0]["url"],
            "https://api.fda.gov/drug/enforcement.json?search=recall_number:%22D-0354-2023%22"
        );
        assert_eq!(value["links"][0]["type"], "absolute");
    }
    // A class not known: warning (the product is recalled; no class I hazard stated).
    let (registry, lot, ndc) = openfda_recall("Class I");
    let check = registry.lookup(&ndc, &lot);
    let hit = &check.matches[0];
    let mut recall = registry.get(hit.recall).unwrap().clone();
    recall.class = None;
    let card = fhir::recall_card(&recall, hit, &lot).unwrap();
    assert_eq!(card.indicator(), Indicator::Warning);
    assert!(
        card.summary().contains("(class not known)"),
        "{}",
        card.summary()
    );
}

#[test]
fn recall_card_summary_stays_under_140_characters() {
    let (registry, _, ndc) = openfda_recall("Class II");
    let check = registry.lookup(&ndc, &"G177092".parse().unwrap());
    let hit = &check.matches[0];
    let mut recall = registry.get(hit.recall).unwrap().clone();
    recall.firm = "A Very Long Firm Name ".repeat(8);
    let lot: LotNumber = "G177092".parse().unwrap();
    let card = fhir::recall_card(&recall, hit, &lot).unwrap();
    // The firm no longer fits, so it is left out.
    assert_eq!(
        card.summary(),
        "Recalled: NDC 50228-177-05, lot G177092 (Class II)"
    );
    let long_lot: LotNumber = "L".repeat(150).parse().unwrap();
    let card = fhir::recall_card(&recall, hit, &long_lot).unwrap();
    assert_eq!(
        card.summary(),
        "Recalled: NDC 50228-177-05 (see the lot in the detail)"
    );
}

// ---- property: any assessable input gives a valid, round-tripping bundle -------------

/// Every value of a text enum, from its own list: the JSON schema the type derives
/// (its `enum`, the same table its parser and `as_str` use), each parsed back and
/// checked to round-trip through `as_str`, so a new variant is drawn without editing
/// this test.
pub(crate) fn every<T>() -> Vec<T>
where
    T: schemars::JsonSchema + std::str::FromStr + std::fmt::Display,
    T::Err: std::fmt::Debug,
{
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    let texts = schema["enum"]
        .as_array()
        .expect("a text enum's schema lists its values");
    let values: Vec<T> = texts
        .iter()
        .map(|t| {
            let text = t.as_str().unwrap();
            let value: T = text.parse().unwrap();
            assert_eq!(value.to_string(), text, "as_str round trip");
            value
        })
        .collect();
    assert!(!values.is_empty());
    values
}

#[test]
fn every_muscle_and_side_is_drawn() {
    // The lists the property draws from: the documented JSON forms.
    let muscles: Vec<String> = every::<Muscle>().iter().map(|m| m.to_string()).collect();
    assert_eq!(
        muscles,
        ["calf", "foot", "front_of_thigh", "back_of_thigh", "other"]
    );
    let sides: Vec<String> = every::<Side>().iter().map(|s| s.to_string()).collect();
    assert_eq!(sides, ["left", "right", "both"]);
}

/// An episode with every field drawn over all it accepts: any start up to a year
/// before `as_of` at any whole-minute offset within 14 hours, any duration, muscle,
/// side and pain, woke and in bed at night independently, any set of remedies.
fn episode(as_of: chrono::DateTime<chrono::FixedOffset>) -> impl Strategy<Value = CrampEpisode> {
    let durations = CrampDuration::MIN.as_secs()..=CrampDuration::MAX_SECS;
    (
        (0i64..=365 * 24 * 3600, -14 * 60..=14 * 60i32),
        durations,
        prop::sample::select(every::<Muscle>()),
        prop::sample::select(every::<Side>()),
        PainScore::MIN.get()..=PainScore::MAX.get(),
        (any::<bool>(), any::<bool>()),
        prop::sample::subsequence(RemedyId::ALL.to_vec(), 0..=RemedyId::ALL.len()),
    )
        .prop_map(
            move |((secs_before, offset_min), secs, muscle, side, pain, (woke, night), eased)| {
                let offset = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
                let start = (as_of - chrono::Duration::seconds(secs_before)).with_timezone(&offset);
                CrampEpisode::builder(start)
                    .duration_secs(i64::from(secs))
                    .muscle(muscle)
                    .side(side)
                    .pain(pain)
                    .woke(woke)
                    .in_bed_at_night(night)
                    .relieved_by_all(eased)
                    .build()
                    .unwrap()
            },
        )
}

proptest! {
    #![proptest_config(crate::support::strategies::config(24))]

    #[test]
    #[ignore = "needs LEGCRAMPS_SHARED"]
    fn any_assessment_bundles_validly(
        episodes in prop::collection::vec(episode(at(AS_OF)), 0..6),
        symptoms in crate::support::strategies::symptoms(),
        pregnancy in crate::support::strategies::pregnancy(),
        wound in crate::support::strategies::answer(),
        meds in prop::sample::subsequence(MedicationId::ALL.to_vec(), 0..=3),
        conds in prop::sample::subsequence(ConditionId::ALL.to_vec(), 0..=3),
        other in prop::collection::vec("[A-Za-z][A-Za-z0-9 ]{0,20}", 0..2),
    ) {
        let as_of = at(AS_OF);
        let diary = Diary::from_episodes(episodes);
        let mut profile = Profile::default();
        profile.symptoms = symptoms;
        profile.pregnancy = pregnancy;
        profile.exposures.tetanus_prone_wound = wound;
        profile.medications = meds;
        profile.conditions = conds;
        // Names with no visible character are rejected at input (MedicationName).
        profile.other_medications = other.iter().filter_map(|s| s.parse().ok()).collect();
        let a = AssessmentInput::new(as_of, profile.clone(), diary.clone()).unwrap().assessed().unwrap();
        let bundle = fhir::bundle(&a, &mut server_ids()).unwrap();
        let has_request = bundle.resource_types().any(|t| t == "ServiceRequest");
        prop_assert_eq!(has_request, a.assessment().referral.urgency != Urgency::SelfCare);
        let observations = bundle.resource_types().filter(|t| *t == "Observation").count();
        prop_assert_eq!(observations, diary.len());
        let value: Value = serde_json::to_value(&bundle).unwrap();
        valid_bundle("any_assessment_bundles_validly", &bundle);
        let back: Bundle = serde_json::from_value(value).unwrap();
        prop_assert_eq!(back, bundle);
    }
}
