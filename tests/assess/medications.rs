//! Medications in the assessment (#10): quinine safety whatever the spelling, the
//! `medications` output, reasons that name their drugs and conditions, the orphenadrine
//! recall caution and check, and names with no visible character.
//!
//! Sources: quinine with unexplained bruising or bleeding, or a change in hearing, is a
//! same-day stop-quinine reason (clinical.md §1.2, MHRA-2010, SmPC-Q; §8.3). The Sandoz
//! orphenadrine citrate ER 100 mg recall (recalls.md §1): lot KS3939 was recalled in the
//! 1000-count bottle, NDC 0185-0022-10.

use chrono::DateTime;
use legcramps::assess::{AssessmentInput, MedicationStatus, RuleId, StepId, Urgency, assess};
use legcramps::{
    Answer, ConditionId, Diary, MedicationId, MedicationList, OtherMedication, Profile,
};

fn as_of() -> chrono::DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00").unwrap()
}

fn named(names: &[&str]) -> Profile {
    Profile::builder()
        .other_medications(names.iter().map(|n| n.parse().unwrap()).collect())
        .build()
}

#[test]
fn the_three_quinine_spellings_with_bruising_are_urgent_and_stop_quinine() {
    for name in [
        "Quinine sulfate 324 mg",
        "Qualaquin 324mg",
        "quinine bisulfate",
    ] {
        let mut p = named(&[name]);
        p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
        let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
        assert_eq!(r.urgency, Urgency::Urgent, "{name}");
        assert!(r.stop_quinine, "{name}");
        assert_eq!(r.reasons[0].rule, RuleId::QuinineBleeding, "{name}");
    }
}

#[test]
fn quinine_by_spelling_with_a_hearing_change_is_urgent() {
    let mut p = named(&["Qualaquin 324mg"]);
    p.symptoms.hearing_change = Answer::Yes;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.urgency, Urgency::Urgent);
    assert!(r.stop_quinine);
}

#[test]
fn an_unrecognised_medicine_with_bruising_asks_about_quinine() {
    let mut p = named(&["Zentravia 10 mg"]);
    p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    // The quinine use is unknown: the level is not raised on a guess, but the question
    // is asked at the urgent level and the level could rise.
    assert!(r.could_rise);
    let q = *r
        .questions
        .iter()
        .find(|q| q.rule == RuleId::QuinineBleeding)
        .unwrap();
    assert_eq!(q.would_lead_to(), Urgency::Urgent);
    assert!(q.asks_about_quinine_use);
    assert!(
        q.ask()
            .starts_with("Do you take quinine, including for cramps?")
    );
    assert!(!r.stop_quinine);
}

#[test]
fn bruising_and_hearing_with_quinine_unknown_ask_about_quinine_once() {
    let mut p = Profile::builder()
        .medication_list(MedicationList::Unknown)
        .build();
    p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
    p.symptoms.hearing_change = Answer::Yes;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    let quinine_questions = r
        .questions
        .iter()
        .filter(|q| q.asks_about_quinine_use || q.rule == RuleId::QuinineReview)
        .count();
    assert_eq!(quinine_questions, 1);
    let q = r
        .questions
        .iter()
        .find(|q| q.asks_about_quinine_use)
        .unwrap();
    assert_eq!(q.would_lead_to(), Urgency::Urgent);
}

#[test]
fn a_complete_empty_list_means_no_quinine() {
    // The default list is "complete": nothing listed, so quinine use is no and the red
    // flag does not apply; nothing is asked about quinine.
    let mut p = Profile::default();
    p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert!(r.questions.iter().all(
        |q| !q.asks_about_quinine_use && !q.ask().starts_with("Do you take quinine, including")
    ));
}

#[test]
fn tonic_water_is_not_quinine_the_medicine() {
    // Tonic water holds quinine but is a drink: it never makes the person "on quinine"
    // (no stop-quinine advice, no quinine warning caution). As a medication entry it
    // is not recognised, so quinine use stays unknown and is asked about.
    let mut p = named(&["Tonic water"]);
    p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
    let a = assess(&p, &Diary::new(), as_of()).unwrap();
    assert!(!a.referral.stop_quinine);
    assert_ne!(a.referral.urgency, Urgency::Urgent);
    assert!(
        a.plan
            .cautions
            .iter()
            .all(|s| s.step != StepId::QuinineWarningSigns)
    );
    assert_eq!(a.medications[0].status, MedicationStatus::Unrecognised);
    let q = a
        .referral
        .questions
        .iter()
        .find(|q| q.rule == RuleId::QuinineBleeding)
        .unwrap();
    assert!(q.asks_about_quinine_use);
    assert!(q.ask().contains("tonic water"));
}

#[test]
fn the_medications_array_lists_every_entry_in_input_order() {
    let p = Profile::builder()
        .medications(vec![MedicationId::Spironolactone, MedicationId::Quinine])
        .other_medications(vec![
            "Cardizem CD".parse().unwrap(),
            "  Levothyroxine 50 mcg ".parse().unwrap(),
            "Fluticasone / Salmeterol".parse().unwrap(),
            "Norgesic".parse().unwrap(),
        ])
        .build();
    let a = assess(&p, &Diary::new(), as_of()).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    let meds = json["medications"].as_array().unwrap();
    assert_eq!(meds.len(), 6);
    let given: Vec<&str> = meds.iter().map(|m| m["given"].as_str().unwrap()).collect();
    assert_eq!(
        given,
        [
            "spironolactone",
            "quinine",
            "Cardizem CD",
            "  Levothyroxine 50 mcg ",
            "Fluticasone / Salmeterol",
            "Norgesic"
        ]
    );
    assert_eq!(meds[2]["status"], "recognised");
    assert_eq!(meds[2]["ingredients"], serde_json::json!(["diltiazem"]));
    assert_eq!(meds[3]["status"], "unrecognised");
    assert_eq!(meds[3]["ingredients"], serde_json::json!([]));
    assert_eq!(
        meds[3]["unrecognised_parts"],
        serde_json::json!(["Levothyroxine"])
    );
    assert_eq!(meds[4]["status"], "unrecognised");
    assert_eq!(meds[4]["ingredients"], serde_json::json!(["salmeterol"]));
    assert_eq!(
        meds[5]["ingredients"],
        serde_json::json!(["orphenadrine", "aspirin"])
    );
    assert_eq!(
        meds[5]["other_ingredients"],
        serde_json::json!(["caffeine"])
    );
    assert_eq!(meds[1]["source"], "medications");
    assert_eq!(meds[2]["source"], "other_medications");
    assert_eq!(meds[2]["index"], 0);
    // The document reads back.
    let back: legcramps::assess::Assessment = serde_json::from_value(json).unwrap();
    assert_eq!(back, a);
}

#[test]
fn reasons_name_the_drugs_and_conditions_that_triggered_them() {
    let p = Profile::builder()
        .medications(vec![MedicationId::Furosemide])
        .other_medications(vec!["Atorvastatin Calcium 10 mg".parse().unwrap()])
        .conditions(vec![ConditionId::Diabetes])
        .build();
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    let drug = r
        .reasons
        .iter()
        .find(|x| x.rule == RuleId::DrugMayCauseCramps)
        .unwrap();
    // Catalog order: furosemide before atorvastatin.
    assert_eq!(
        drug.medications,
        [MedicationId::Furosemide, MedicationId::Atorvastatin]
    );
    assert!(
        drug.reason()
            .ends_with("(medicines: furosemide, atorvastatin)")
    );
    let cond = r
        .reasons
        .iter()
        .find(|x| x.rule == RuleId::KnownLinkedCondition)
        .unwrap();
    assert_eq!(cond.conditions, [ConditionId::Diabetes]);
    let name = ConditionId::Diabetes.info().name;
    assert!(cond.reason().ends_with(&format!("(conditions: {name})")));
}

#[test]
fn any_orphenadrine_product_gets_the_recall_caution() {
    for p in [
        named(&["Norflex SR"]),
        named(&["Norgesic Forte"]),
        Profile::builder()
            .medications(vec![MedicationId::Orphenadrine])
            .build(),
    ] {
        let plan = assess(&p, &Diary::new(), as_of()).unwrap().plan;
        let step = plan
            .cautions
            .iter()
            .find(|s| s.step == StepId::OrphenadrineRecallCheck)
            .unwrap();
        assert!(step.text().contains("pharmacist"));
        assert!(step.text().contains("13 lots"));
    }
    let plan = assess(&named(&["Calan SR"]), &Diary::new(), as_of())
        .unwrap()
        .plan;
    assert!(
        plan.cautions
            .iter()
            .all(|s| s.step != StepId::OrphenadrineRecallCheck)
    );
}

#[test]
fn an_ndc_and_lot_run_the_builtin_recall_check() {
    let input = AssessmentInput::from_json_str(
        r#"{"as_of": "2025-03-01T08:00:00+01:00", "profile": {"other_medications": [
            {"name": "Orphenadrine citrate ER 100 mg", "ndc": "0185-0022-10", "lot": "KS3939"},
            {"name": "Orphenadrine citrate ER 100 mg", "ndc": "0185-0022-10", "lot": "KS3940"},
            {"name": "Orphenadrine citrate ER 100 mg", "lot": "KS3939"},
            "Orphenadrine citrate ER 100 mg"
        ]}}"#,
    )
    .unwrap();
    let a = input.assess().unwrap();
    let recall = |i: usize| a.medications[i].recall.as_ref();
    let hit = recall(0).unwrap();
    assert!(hit.is_checked() && hit.is_recalled());
    assert_eq!(hit.check.matches[0].ndc.to_string(), "0185-0022-10");
    // KS3940 is not one of the 13 lots.
    let not_recalled = recall(1).unwrap();
    assert!(not_recalled.is_checked() && !not_recalled.is_recalled());
    // A lot without an NDC cannot be checked; the output says so.
    assert!(!recall(2).unwrap().is_checked());
    assert!(recall(3).is_none());
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["medications"][0]["recall"]["status"], "recalled");
    assert_eq!(json["medications"][1]["recall"]["status"], "not_recalled");
    assert_eq!(json["medications"][2]["recall"]["status"], "not_checked");
    assert!(json["medications"][3].get("recall").is_none());
    // Read back, the status must agree with the NDC, the lot and the check.
    let back: legcramps::assess::MedicationRecall =
        serde_json::from_value(json["medications"][0]["recall"].clone()).unwrap();
    assert_eq!(&back, hit);
    let mut wrong = json["medications"][1]["recall"].clone();
    wrong["status"] = "recalled".into();
    assert!(serde_json::from_value::<legcramps::assess::MedicationRecall>(wrong).is_err());
}

#[test]
fn a_name_with_no_visible_character_is_rejected_naming_the_field() {
    for blank in ["", "   ", "\u{a0}", "\u{3000}", "\u{200b}"] {
        let doc = serde_json::json!({
            "as_of": "2025-03-01T08:00:00+01:00",
            "profile": {"other_medications": ["Calan SR", blank]}
        })
        .to_string();
        let err = AssessmentInput::from_json_str(&doc).unwrap_err();
        assert_eq!(err.path(), "profile.other_medications[1]", "{blank:?}");
        assert_eq!(
            err.message(),
            format!(
                "invalid medication name {blank:?}: must contain at least one visible character"
            ),
        );
        let doc = serde_json::json!({
            "as_of": "2025-03-01T08:00:00+01:00",
            "profile": {"other_medications": [{"name": blank, "lot": "KS3939"}]}
        })
        .to_string();
        let err = AssessmentInput::from_json_str(&doc).unwrap_err();
        assert_eq!(err.path(), "profile.other_medications[0].name", "{blank:?}");
    }
    let err = OtherMedication::new("\u{3000}").unwrap_err();
    assert_eq!(err.field(), "name");
}

#[test]
fn an_unknown_field_in_a_medication_entry_is_rejected() {
    let err = AssessmentInput::from_json_str(
        r#"{"as_of": "2025-03-01T08:00:00+01:00",
            "profile": {"other_medications": [{"name": "x", "strength": "5 mg"}]}}"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), "profile.other_medications[0].strength");
}
