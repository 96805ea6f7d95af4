//! Mappings of episodes, the complaint, conditions and medicines: exact codes, what is
//! left as text, and schema validity of each resource.

use crate::fhir_schema::assert_valid;
use legcramps::fhir::{
    self, Id, MedicationStatementStatus, ObservationStatus, ObservationValue, Reference, Resource,
};
use legcramps::{
    ConditionId, CrampEpisode, Diary, MEDICATIONS, MedicationId, Muscle, RemedyId, Side,
};
use proptest::prelude::*;

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn patient() -> Reference {
    Reference::to("Patient", &Id::new("p1").unwrap())
}

fn cramp(start: &str, muscle: Muscle, side: Side, pain: u8, night: bool) -> CrampEpisode {
    CrampEpisode::builder(at(start))
        .duration_secs(210)
        .muscle(muscle)
        .side(side)
        .pain(pain)
        .woke(night)
        .in_bed_at_night(night)
        .build()
        .unwrap()
}

fn valid(test: &str, resource: impl Into<Resource>) {
    let value = serde_json::to_value(resource.into()).unwrap();
    assert_valid(test, &value);
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn calf_cramp_observation_has_the_verified_codes() {
    let episode = CrampEpisode::builder(at("2026-11-28T03:12:00+01:00"))
        .duration_secs(210)
        .muscle(Muscle::Calf)
        .side(Side::Left)
        .pain(7)
        .woke(true)
        .in_bed_at_night(true)
        .relieved_by(RemedyId::StretchMuscle)
        .relieved_by(RemedyId::Massage)
        .build()
        .unwrap();
    let obs =
        fhir::episode_observation(&episode, &patient(), Some(Id::new("obs-1").unwrap())).unwrap();
    let json = serde_json::to_value(&obs).unwrap();
    // SNOMED CT 449918009 "Cramp in lower leg": clinical.md 9.3.
    assert_eq!(
        json["code"]["coding"][0],
        serde_json::json!({"system": "http://snomed.info/sct", "code": "449918009",
                           "display": "Cramp in lower leg"})
    );
    assert_eq!(json["status"], "final");
    assert_eq!(json["subject"]["reference"], "Patient/p1");
    // 03:12:00 + 210 s = 03:15:30, same offset.
    assert_eq!(
        json["effectivePeriod"]["start"],
        "2026-11-28T03:12:00+01:00"
    );
    assert_eq!(json["effectivePeriod"]["end"], "2026-11-28T03:15:30+01:00");
    assert_eq!(json["bodySite"], serde_json::json!({"text": "Left calf"}));
    // LOINC 72514-3 with valueInteger: clinical.md 7.4, fhir.md 4.2.
    assert_eq!(
        json["component"][0]["code"]["coding"][0]["system"],
        "http://loinc.org"
    );
    assert_eq!(json["component"][0]["code"]["coding"][0]["code"], "72514-3");
    assert_eq!(json["component"][0]["valueInteger"], 7);
    assert_eq!(json["component"][1]["code"]["text"], "Woke from sleep");
    assert_eq!(json["component"][1]["valueBoolean"], true);
    assert_eq!(json["component"][2]["code"]["text"], "In bed at night");
    // The remedy names come from the catalog rows.
    let note = json["note"][0]["text"].as_str().unwrap();
    assert!(note.starts_with("Eased by: "), "{note}");
    assert!(note.contains(RemedyId::StretchMuscle.info().name), "{note}");
    assert!(note.contains(RemedyId::Massage.info().name), "{note}");
    valid("calf_cramp_observation_has_the_verified_codes", obs);
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn other_muscles_get_broader_codes() {
    // The foot and thigh are not the lower leg: "Cramp in limb" (424647005); another
    // muscle: "Cramp" (55300003). Both are in clinical.md 9.3.
    let cases = [
        (Muscle::Foot, Side::Both, "424647005", "Both feet"),
        (
            Muscle::FrontOfThigh,
            Side::Right,
            "424647005",
            "Front of the right thigh",
        ),
        (
            Muscle::BackOfThigh,
            Side::Left,
            "424647005",
            "Back of the left thigh",
        ),
        (
            Muscle::Other,
            Side::Right,
            "55300003",
            "Another muscle, right side",
        ),
        (Muscle::Calf, Side::Both, "449918009", "Both calves"),
    ];
    for (muscle, side, code, site) in cases {
        let e = cramp("2026-11-28T03:12:00-05:00", muscle, side, 0, false);
        let obs = fhir::episode_observation(&e, &patient(), None).unwrap();
        assert_eq!(obs.code.coding()[0].code.as_str(), code, "{muscle:?}");
        assert_eq!(
            obs.body_site
                .as_ref()
                .and_then(|b| b.text())
                .unwrap()
                .as_str(),
            site
        );
        assert_eq!(obs.component[0].value, Some(ObservationValue::Integer(0)));
        assert!(obs.note.is_empty());
        valid("other_muscles_get_broader_codes", obs);
    }
}

#[test]
fn episode_times_beyond_fhir_limits_are_errors() {
    // An offset of +14:30 is a valid chrono offset but outside FHIR's ±14:00: such an
    // episode is refused when built (#14), so no Observation can fail on it.
    let err = CrampEpisode::builder(at("2026-11-28T03:12:00+14:30"))
        .duration_secs(210)
        .muscle(Muscle::Calf)
        .side(Side::Left)
        .pain(3)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid episode start 2026-11-28T03:12:00+14:30: the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)"
    );
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn complaint_is_g47_62_for_night_cramps_and_r25_2_otherwise() {
    let as_of = at("2026-11-28T08:00:00+01:00");
    let night = Diary::from_episodes([cramp(
        "2026-11-20T03:00:00+01:00",
        Muscle::Calf,
        Side::Left,
        5,
        true,
    )]);
    let evidence = vec![Reference::to("Observation", &Id::new("obs-1").unwrap())];
    let c = fhir::complaint_condition(&night, as_of, &patient(), None, evidence.clone()).unwrap();
    let json = serde_json::to_value(&c).unwrap();
    // ICD-10-CM G47.62: clinical.md 7.1, issue 5.
    assert_eq!(
        json["code"]["coding"][0],
        serde_json::json!({"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G47.62",
                           "display": "Sleep related leg cramps"})
    );
    assert_eq!(json["clinicalStatus"]["coding"][0]["code"], "active");
    assert_eq!(
        json["clinicalStatus"]["coding"][0]["system"],
        "http://terminology.hl7.org/CodeSystem/condition-clinical"
    );
    assert_eq!(
        json["verificationStatus"]["coding"][0]["code"],
        "unconfirmed"
    );
    assert_eq!(
        json["evidence"][0]["detail"][0]["reference"],
        "Observation/obs-1"
    );
    valid("complaint_is_g47_62", c);

    let day = Diary::from_episodes([cramp(
        "2026-11-20T14:00:00+01:00",
        Muscle::Calf,
        Side::Left,
        5,
        false,
    )]);
    let c = fhir::complaint_condition(&day, as_of, &patient(), None, vec![]).unwrap();
    assert_eq!(c.code.as_ref().unwrap().coding()[0].code.as_str(), "R25.2");
    assert!(c.evidence.is_empty());
    valid("complaint_is_r25_2", c);
}

#[test]
fn complaint_is_active_only_with_a_cramp_in_the_last_30_days() {
    let as_of = at("2026-11-28T08:00:00+01:00");
    // 30 days before as_of is 2026-10-29T08:00+01:00; one second later is inside.
    let inside = Diary::from_episodes([cramp(
        "2026-10-29T08:00:01+01:00",
        Muscle::Calf,
        Side::Left,
        5,
        true,
    )]);
    let outside = Diary::from_episodes([cramp(
        "2026-10-29T08:00:00+01:00",
        Muscle::Calf,
        Side::Left,
        5,
        true,
    )]);
    let status = |d: &Diary| {
        fhir::complaint_condition(d, as_of, &patient(), None, vec![])
            .unwrap()
            .clinical_status
    };
    assert!(status(&inside).is_some());
    assert!(status(&outside).is_none());
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn reported_conditions_are_text_unless_the_catalog_has_a_code() {
    for &id in ConditionId::ALL {
        let c = fhir::reported_condition(id, &patient(), None);
        let code = c.code.as_ref().unwrap();
        assert_eq!(code.text().unwrap().as_str(), id.info().name);
        match id.info().icd10cm {
            Some(icd) => assert_eq!(code.coding()[0].code.as_str(), icd),
            None => assert!(code.coding().is_empty()),
        }
        valid("reported_conditions", c);
    }
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn medications_use_rxnorm_only_where_the_catalog_verifies_it() {
    for m in MEDICATIONS {
        let s = fhir::medication_statement(m.id, &patient(), None);
        assert_eq!(s.status, MedicationStatementStatus::Active);
        assert_eq!(s.information_source, Some(patient()));
        let concept = &s.medication_codeable_concept;
        assert_eq!(concept.text().unwrap().as_str(), m.generic);
        match m.rxnorm {
            Some(rx) => {
                assert_eq!(concept.coding().len(), 1);
                assert_eq!(
                    concept.coding()[0].system.as_str(),
                    "http://www.nlm.nih.gov/research/umls/rxnorm"
                );
                assert_eq!(concept.coding()[0].code.as_str(), rx);
            }
            None => assert!(concept.coding().is_empty(), "{:?}", m.id),
        }
        valid("medications_use_rxnorm", s);
    }
    // clinical.md 9.1: hydrochlorothiazide 5487; orphenadrine has no verified RxCUI.
    let hctz = fhir::medication_statement(MedicationId::Hydrochlorothiazide, &patient(), None);
    assert_eq!(
        hctz.medication_codeable_concept.coding()[0].code.as_str(),
        "5487"
    );
    let orph = fhir::medication_statement(MedicationId::Orphenadrine, &patient(), None);
    assert!(orph.medication_codeable_concept.coding().is_empty());
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn free_text_medications_stay_text() {
    let s = fhir::other_medication_statement("Vitamin D 1000 IU", &patient(), None).unwrap();
    assert!(s.medication_codeable_concept.coding().is_empty());
    valid("free_text_medications_stay_text", s);
    // A control character cannot be in a FHIR string: it is shown as U+FFFD (#14).
    let s = fhir::other_medication_statement("Mg\u{7}", &patient(), None).unwrap();
    assert_eq!(
        s.medication_codeable_concept.text().map(|t| t.as_str()),
        Some("Mg\u{FFFD}")
    );
    valid("free_text_medications_stay_text", s);
    let err = fhir::other_medication_statement(" ", &patient(), None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid other medication \" \": must contain a visible character"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any valid episode maps, keeps its pain and times, and round-trips.
    #[test]
    fn any_episode_maps_and_round_trips(
        secs in 0i64..4_000_000_000,
        offset_min in -840i32..=840,
        duration in 1i64..=14_400,
        pain in 0u8..=10,
        muscle in prop::sample::select(vec![Muscle::Calf, Muscle::Foot, Muscle::FrontOfThigh, Muscle::BackOfThigh, Muscle::Other]),
        side in prop::sample::select(vec![Side::Left, Side::Right, Side::Both]),
        woke in any::<bool>(),
    ) {
        let offset = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
        let start = chrono::DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&offset);
        let e = CrampEpisode::builder(start)
            .duration_secs(duration).muscle(muscle).side(side).pain(pain).woke(woke)
            .build().unwrap();
        let obs = fhir::episode_observation(&e, &patient(), None).unwrap();
        prop_assert_eq!(&obs.component[0].value, &Some(ObservationValue::Integer(i32::from(pain))));
        let period = obs.effective_period.unwrap();
        prop_assert_eq!(period.start().unwrap().get(), e.start());
        prop_assert_eq!(period.end().unwrap().get(), e.end());
        prop_assert_eq!(obs.status, ObservationStatus::Final);
        let json = serde_json::to_string(&obs).unwrap();
        prop_assert_eq!(serde_json::from_str::<fhir::Observation>(&json).unwrap(), obs);
    }
}

proptest! {
    /// A free-text medicine either maps, keeping every character except odd whitespace
    /// (which becomes a plain space) and control characters (which become U+FFFD), or
    /// fails naming the field.
    #[test]
    fn free_text_medicines_map_or_fail_cleanly(name in "\\PC{0,12}|[a\u{a0}\u{2003}\t\u{7} ]{0,5}") {
        match fhir::other_medication_statement(&name, &patient(), None) {
            Ok(s) => {
                let text = s.medication_codeable_concept.text().unwrap().as_str().to_owned();
                prop_assert_eq!(text.chars().count(), name.chars().count());
                for (a, b) in name.chars().zip(text.chars()) {
                    let control = a.is_control() && !matches!(a, '\t' | '\r' | '\n');
                    prop_assert!(
                        a == b || (a.is_whitespace() && b == ' ') || (control && b == '\u{FFFD}'),
                        "{a:?} -> {b:?}"
                    );
                }
            }
            Err(e) => prop_assert_eq!(e.field(), "other medication"),
        }
    }
}
