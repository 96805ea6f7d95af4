//! Triage after the clinical review (#11). Each test names its source in clinical.md or
//! says that the point is our own labelled choice.

use chrono::DateTime;
use legcramps::assess::{RuleId, StepId, Urgency, assess};
use legcramps::{Answer, ConditionId, Diary, LegSwelling, MedicationId, Profile};

fn as_of() -> chrono::DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00").unwrap()
}

/// A profile in which every symptom and exposure is answered "no".
fn all_no() -> Profile {
    let mut p = Profile::default();
    let s = &mut p.symptoms;
    for a in [
        &mut s.cramp_over_10_min_not_settling,
        &mut s.unexplained_bruising_or_bleeding,
        &mut s.hearing_change,
        &mut s.calf_tender_or_warm,
        &mut s.weakness,
        &mut s.muscle_wasting_or_twitching,
        &mut s.numbness,
        &mut s.pale_or_cold_leg,
        &mut s.sleep_disturbed,
        &mut s.daily_life_affected,
        &mut s.home_measures_not_helping,
        &mut s.cramps_in_other_muscles,
        &mut s.urge_to_move_legs,
        &mut s.calf_pain_on_walking,
        &mut s.thyroid_or_other_disease_signs,
    ] {
        *a = Answer::No;
    }
    s.leg_swelling = LegSwelling::None;
    p.exposures.tetanus_prone_wound = Answer::No;
    p.exposures.lead_or_mercury = Answer::No;
    p
}

#[test]
fn a_tender_or_warm_calf_alone_is_at_least_soon() {
    // CKS (clinical.md §1.1, §6.3) lists DVT as a look-alike; the differential flags
    // it from a tender or warm calf alone. Seeing a doctor within days is our own
    // safety inference (rule `calf_tender_or_warm`, evidence `safety_inference`).
    let mut p = all_no();
    p.symptoms.calf_tender_or_warm = Answer::Yes;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.urgency, Urgency::Soon);
    assert!(r.reasons.iter().any(|x| x.rule == RuleId::CalfTenderOrWarm));
    assert_eq!(
        RuleId::CalfTenderOrWarm.info().evidence,
        legcramps::evidence::EvidenceLevel::SafetyInference
    );

    // With the swelling not known, the DVT question is asked at the urgent level.
    p.symptoms.leg_swelling = LegSwelling::Unknown;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert!(r.urgency >= Urgency::Soon);
    let q = r
        .questions
        .iter()
        .find(|q| q.rule == RuleId::PossibleDvt)
        .unwrap();
    assert_eq!(q.would_lead_to(), Urgency::Urgent);
}

#[test]
fn one_sided_swelling_with_tenderness_unknown_is_soon_with_the_dvt_question() {
    // NHS / CKS: leg swelling is a "see a GP" feature (§8.3); the clot question stays
    // open at urgent while tenderness is unknown.
    let mut p = all_no();
    p.symptoms.leg_swelling = LegSwelling::OneSide;
    p.symptoms.calf_tender_or_warm = Answer::Unknown;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.urgency, Urgency::Soon);
    let q = r
        .questions
        .iter()
        .find(|q| q.rule == RuleId::PossibleDvt)
        .unwrap();
    assert_eq!(q.would_lead_to(), Urgency::Urgent);
}

#[test]
fn no_reassuring_headline_while_an_urgent_question_is_open() {
    // Our own labelled choice (#11): unknown is never read as no, so while a question
    // could lead to "urgent" the advice asks for those answers first.
    let p = Profile::default();
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.urgency, Urgency::SelfCare);
    assert!(
        r.questions
            .iter()
            .any(|q| q.would_lead_to() == Urgency::Urgent)
    );
    // The open urgent question replaces the self-care headline (#11).
    assert_eq!(
        r.advice,
        "Answer the questions below first: a yes to any of the urgent ones means getting \
         medical advice today."
    );
    assert!(!r.advice.contains("Self-care at home is reasonable"));

    // Everything answered: the self-care headline is back.
    let r = assess(&all_no(), &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.advice, Urgency::SelfCare.advice());
}

#[test]
fn the_home_measures_question_asks_what_its_field_means() {
    // The field is `home_measures_not_helping`: a "yes" must mean "not helping".
    let q = RuleId::HomeMeasuresNotHelping.info().question;
    assert!(!q.contains("helped?"), "{q}");
    assert!(q.contains("even though you have tried stretching"), "{q}");
}

#[test]
fn a_suspected_quinine_reaction_stops_quinine_without_a_review_or_a_may_consider() {
    // MHRA-2010 / SmPC-Q (clinical.md §1.2): stop and get help with unexplained bruising
    // or bleeding; a hearing change / tinnitus is a contraindication. The 3-monthly
    // review belongs to continued use, so it never appears beside "stop".
    for reaction in ["bruising", "hearing"] {
        let mut p = all_no();
        p.medications = vec![MedicationId::Quinine];
        p.asks_about_quinine = true;
        if reaction == "bruising" {
            p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
        } else {
            p.symptoms.hearing_change = Answer::Yes;
        }
        let a = assess(&p, &Diary::new(), as_of()).unwrap();
        assert!(a.referral.stop_quinine, "{reaction}");
        assert!(
            a.referral
                .reasons
                .iter()
                .all(|r| r.rule != RuleId::QuinineReview)
        );
        let json = serde_json::to_string(&a).unwrap();
        assert!(!json.contains("every 3 months"), "{reaction}: {json}");
        assert!(
            a.plan
                .cautions
                .iter()
                .any(|s| s.step == StepId::StopQuinineAfterReaction)
        );
        let q = a.plan.quinine.unwrap();
        assert!(q.contraindicated);
        assert!(q.conditions.is_empty());
        assert!(!q.summary.contains("consider"), "{}", q.summary);
    }
}

#[test]
fn the_quinine_contraindications_are_cited_data() {
    // clinical.md §1.2: hypersensitivity, haemoglobinuria or haemolysis, optic neuritis,
    // tinnitus, myasthenia gravis, previous blackwater fever [SmPC-Q]; an earlier
    // reaction including to tonic water [MHRA-2010].
    let p = Profile::builder().asks_about_quinine(true).build();
    let q = assess(&p, &Diary::new(), as_of())
        .unwrap()
        .plan
        .quinine
        .unwrap();
    assert_eq!(q.contraindications.len(), 7);
    assert!(q.contraindications.iter().all(|n| !n.citations.is_empty()));
    let all: String = q
        .contraindications
        .iter()
        .map(|n| n.text.as_ref())
        .collect();
    for word in [
        "tinnitus",
        "optic neuritis",
        "myasthenia gravis",
        "haemolysis",
        "tonic water",
    ] {
        assert!(all.contains(word), "{word}");
    }
    assert!(!q.contraindicated);
}

#[test]
fn a_possible_clot_takes_massage_foam_roller_and_heat_out_of_the_plan() {
    // Our own safety inference (step `no_massage_while_clot_possible`): a tender or warm
    // calf, or one swollen calf, may be a DVT (CKS look-alike).
    for setup in [
        |p: &mut Profile| p.symptoms.calf_tender_or_warm = Answer::Yes,
        |p: &mut Profile| p.symptoms.leg_swelling = LegSwelling::OneSide,
    ] {
        let mut p = all_no();
        setup(&mut p);
        let plan = assess(&p, &Diary::new(), as_of()).unwrap().plan;
        for s in &plan.in_the_moment {
            assert!(
                !matches!(s.step, StepId::Massage | StepId::Heat | StepId::FoamRoller),
                "{:?}",
                s.step
            );
        }
        let caution = plan
            .cautions
            .iter()
            .find(|s| s.step == StepId::NoMassageWhileClotPossible)
            .unwrap();
        assert!(caution.text().contains("dislodge"));
    }
    let plan = assess(&all_no(), &Diary::new(), as_of()).unwrap().plan;
    assert!(plan.in_the_moment.iter().any(|s| s.step == StepId::Massage));
}

#[test]
fn a_known_linked_condition_alone_is_mentioned_at_the_next_review() {
    // CKS lists conditions linked to cramps as causes to consider (clinical.md §1.1);
    // on its own that is no reason for a GP appointment (#11): level self_care with the
    // reason "mention the cramps at its next review".
    let mut p = all_no();
    p.conditions = vec![ConditionId::Hypertension];
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.urgency, Urgency::SelfCare);
    let reason = r
        .reasons
        .iter()
        .find(|x| x.rule == RuleId::KnownLinkedCondition)
        .unwrap();
    assert!(reason.reason().contains("next review"));
}

#[test]
fn look_alike_conditions_are_not_linked_conditions() {
    // CKS lists parkinsonism as a look-alike and varicose veins as an examination point
    // (clinical.md §1.1, §3 table).
    for c in [ConditionId::Parkinsonism, ConditionId::VenousInsufficiency] {
        let mut p = all_no();
        p.conditions = vec![c];
        let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
        assert!(
            r.reasons
                .iter()
                .all(|x| x.rule != RuleId::KnownLinkedCondition),
            "{c:?}"
        );
    }
}

#[test]
fn every_unknown_item_with_a_rule_is_asked_with_could_raise() {
    // #11: unknown items are asked even when they would not raise today's level; the
    // flag tells them apart. Here numbness is yes (soon, NHS/CKS), and the unknown
    // "daily life affected" (routine) is still asked, with could_raise false.
    let mut p = all_no();
    p.symptoms.numbness = Answer::Yes;
    p.symptoms.daily_life_affected = Answer::Unknown;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert_eq!(r.urgency, Urgency::Soon);
    let q = r
        .questions
        .iter()
        .find(|q| q.rule == RuleId::DailyLifeAffected)
        .unwrap();
    assert_eq!(q.would_lead_to(), Urgency::Routine);
    assert!(!q.could_raise);
    assert!(!r.could_rise);
    let json = serde_json::to_value(q).unwrap();
    assert_eq!(json["could_raise"], false);
}

#[test]
fn a_male_on_quinine_is_never_asked_whether_he_is_pregnant() {
    use legcramps::QuinineFor;
    // #11 (Quinine bullet): the pregnancy question is for those who can be pregnant.
    let mut p = all_no();
    p.medications = vec![MedicationId::Quinine];
    p.sex = legcramps::Sex::Male;
    for quinine_for in [QuinineFor::Cramps, QuinineFor::Other, QuinineFor::Unknown] {
        p.quinine_for = quinine_for;
        let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
        assert!(r.questions.iter().all(|q| !matches!(
            q.rule,
            RuleId::QuinineInPregnancy | RuleId::QuinineInPregnancyOtherUse
        )));
    }
    p.quinine_for = QuinineFor::Cramps;
    p.sex = legcramps::Sex::Female;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert!(
        r.questions
            .iter()
            .any(|q| q.rule == RuleId::QuinineInPregnancy)
    );
}

#[test]
fn a_textbook_diary_cramp_leans_towards_cramp_and_asks_the_defining_questions() {
    // The diary shows brief calf cramps in bed at night (Rabbitt-2016: time in bed;
    // Hallegraeff-2017 / CKS: seconds to about 10 minutes, calf or foot). Counting the
    // two diary features as support when one criterion is met is our own choice (#11).
    // The two defining questions (muscle hard; eased by a forceful stretch, Rabbitt-2016
    // and AASM) are still unknown, so both are asked.
    let start = as_of() - chrono::Duration::days(2);
    let ep = legcramps::CrampEpisode::builder(start)
        .duration_secs(90)
        .muscle("calf")
        .side("left")
        .pain(5)
        .in_bed_at_night(true)
        .build()
        .unwrap();
    let mut p = all_no();
    p.symptoms.muscle_hard_during_cramp = Answer::Unknown;
    p.symptoms.eased_by_forceful_stretch = Answer::Unknown;
    let d = assess(&p, &Diary::from_episodes([ep]), as_of())
        .unwrap()
        .differential;
    assert_eq!(d.leaning, legcramps::assess::Leaning::TowardsCramp);
    let asked: Vec<_> = d.questions().collect();
    assert_eq!(
        asked,
        [
            legcramps::assess::FeatureId::PainfulMuscleHardening,
            legcramps::assess::FeatureId::EasedByForcefulStretch
        ]
    );
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["questions"].as_array().unwrap().len(), 2);
    let back: legcramps::assess::Differential = serde_json::from_value(json).unwrap();
    assert_eq!(back, d);
}
