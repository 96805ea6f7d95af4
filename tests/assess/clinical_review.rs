//! The last points of the clinical review (#11): quinine in pregnancy by why it is
//! taken, the childbearing-age band, the consumer article's citation, look-alikes in
//! the score, and the sleep cut-off. Each test names its source in
//! `../shared/reference/clinical.md` or says that the point is our labelled choice.

use crate::support;
use legcramps::assess::{RuleId, ScoreFactor, StepId, Urgency, assess};
use legcramps::evidence::{Citation, EvidenceLevel};
use legcramps::{
    AgeInfo, Answer, ConditionId, Diary, MedicationId, Pregnancy, Profile, QuinineFor, Sex,
};
use support::assess::{answered_profile, as_of, diary, ep};

fn on_quinine(quinine_for: QuinineFor, pregnancy: Pregnancy) -> Profile {
    let mut p = answered_profile();
    p.sex = Sex::Female;
    p.pregnancy = pregnancy;
    p.medications = vec![MedicationId::Quinine];
    p.quinine_for = quinine_for;
    p
}

fn pregnant() -> Pregnancy {
    Pregnancy::Pregnant { trimester: None }
}

#[test]
fn quinine_in_pregnancy_cites_only_the_source_that_supports_it() {
    // clinical.md §1.1: quinine is excluded from pregnancy trials because of
    // teratogenicity [Cochrane-Preg]. The SmPC contraindications (§1.2) do not list
    // pregnancy, so SmPC-Q is not a source for this rule.
    for id in [
        RuleId::QuinineInPregnancy,
        RuleId::QuinineInPregnancyOtherUse,
    ] {
        assert_eq!(
            id.info().citations,
            &[Citation::CochranePregnancy],
            "{id:?}"
        );
        // How soon, and what to do, is our own inference (clinical.md gives no timing).
        assert_eq!(id.info().evidence, EvidenceLevel::SafetyInference, "{id:?}");
    }
}

#[test]
fn quinine_for_cramps_in_pregnancy_is_stopped() {
    // Cochrane-Preg (clinical.md §1.1): quinine harms the unborn baby; taken for cramps
    // (not a routine treatment, MHRA-2010) it is simply stopped.
    let r = assess(
        &on_quinine(QuinineFor::Cramps, pregnant()),
        &Diary::new(),
        as_of(),
    )
    .unwrap()
    .referral;
    assert_eq!(r.urgency, Urgency::Soon);
    assert!(r.stop_quinine);
    let rules: Vec<RuleId> = r.reasons.iter().map(|x| x.rule).collect();
    assert_eq!(rules, vec![RuleId::QuinineInPregnancy]);
}

#[test]
fn quinine_for_something_else_in_pregnancy_goes_to_the_prescriber_today() {
    // #11: prescribed for something else (e.g. malaria), it is not stopped on one's
    // own; contacting the prescriber the same day is our safety inference. Unknown is
    // read the same way (the safer reading: no advice to stop a drug that may be
    // treating malaria).
    for why in [QuinineFor::Other, QuinineFor::Unknown] {
        let r = assess(&on_quinine(why, pregnant()), &Diary::new(), as_of())
            .unwrap()
            .referral;
        assert_eq!(r.urgency, Urgency::Urgent, "{why:?}");
        assert!(
            !r.stop_quinine,
            "{why:?}: never 'stop it' unless for cramps"
        );
        assert!(
            r.reasons
                .iter()
                .any(|x| x.rule == RuleId::QuinineInPregnancyOtherUse),
            "{why:?}"
        );
        assert!(!r.advice.to_lowercase().contains("stop quinine"), "{why:?}");
        assert!(
            r.reasons
                .iter()
                .all(|x| x.rule != RuleId::QuinineInPregnancy)
        );
    }
    let text = RuleId::QuinineInPregnancyOtherUse.info().reason;
    assert!(text.contains("do not stop it on your own"), "{text}");
    assert!(text.contains("prescribed it today"), "{text}");
}

#[test]
fn quinine_for_reads_from_json() {
    // The JSON contract (src/assess/json.rs): "cramps", "other", "unknown".
    for (text, want) in [
        ("\"cramps\"", QuinineFor::Cramps),
        ("\"other\"", QuinineFor::Other),
        ("\"unknown\"", QuinineFor::Unknown),
    ] {
        assert_eq!(serde_json::from_str::<QuinineFor>(text).unwrap(), want);
    }
    assert_eq!(Profile::default().quinine_for, QuinineFor::Unknown);
    let err = serde_json::from_str::<QuinineFor>("\"malaria\"").unwrap_err();
    assert!(err.to_string().contains("malaria"), "{err}");
}

fn asked_about_pregnancy(age: AgeInfo, sex: Sex) -> bool {
    let mut p = on_quinine(QuinineFor::Cramps, Pregnancy::Unknown);
    p.age = age;
    p.sex = sex;
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    r.questions.iter().any(|q| {
        matches!(
            q.rule,
            RuleId::QuinineInPregnancy | RuleId::QuinineInPregnancyOtherUse
        )
    })
}

#[test]
fn an_unknown_pregnancy_is_asked_only_in_our_childbearing_age_band() {
    // clinical.md gives no childbearing-age band; 12 to 55 (inclusive) is our choice,
    // and an unknown age is inside it (the safer reading).
    let years = |y: u8| AgeInfo::Years(y.try_into().unwrap());
    for (age, want) in [
        (years(11), false),
        (years(12), true),
        (years(30), true),
        (years(55), true),
        (years(56), false),
        (years(72), false),
        (AgeInfo::Unknown, true),
    ] {
        assert_eq!(
            asked_about_pregnancy(age, Sex::Female),
            want,
            "female, {age:?}"
        );
        // A male is never asked (#11), whatever his age.
        assert!(!asked_about_pregnancy(age, Sex::Male), "male, {age:?}");
    }
    // A recorded pregnancy is kept as given, even outside the band.
    let mut p = on_quinine(QuinineFor::Cramps, pregnant());
    p.age = years(58);
    let r = assess(&p, &Diary::new(), as_of()).unwrap().referral;
    assert!(r.stop_quinine);
}

#[test]
fn the_consumer_article_displays_as_a_consumer_article_with_its_title() {
    // #11: the article in /work/shared/seed/ is a consumer article; its stored copy has
    // no title line, so it is named by its subject and opening words, "Leg cramps at
    // night".
    let c = Citation::Seed;
    assert_eq!(c.key(), "consumer-article");
    assert_eq!(c.to_string(), "consumer-article");
    assert!(
        c.reference()
            .starts_with("Consumer health article \"Leg cramps at night\"")
    );
    assert!(c.reference().contains("not a clinical source"));
    assert_eq!("consumer-article".parse::<Citation>().unwrap(), c);
    assert!("seed".parse::<Citation>().is_err());
    for c in Citation::all() {
        assert_ne!(c.to_string(), "seed");
        assert_ne!(c.key(), "seed");
    }
}

#[test]
fn no_output_shows_a_bare_seed() {
    // Every rule, every plan step, and a full assessment with the quinine facts: the
    // word "seed" never appears as a citation.
    let mut p = on_quinine(QuinineFor::Cramps, Pregnancy::NotPregnant);
    p.asks_about_quinine = true;
    p.symptoms.daily_life_affected = Answer::Yes;
    p.symptoms.home_measures_not_helping = Answer::Yes;
    p.symptoms.cramps_in_other_muscles = Answer::Yes;
    p.conditions = vec![ConditionId::Parkinsonism];
    let eps: Vec<_> = (0..12).map(|d| ep(24 * d + 2).pain(8).woke()).collect();
    let a = assess(&p, &diary(&eps), as_of()).unwrap();
    let json = serde_json::to_string(&a).unwrap();
    assert!(!json.contains("\"seed\""), "{json}");
    assert!(
        json.contains("\"consumer-article\""),
        "the article is still cited"
    );
    for r in RuleId::ALL.iter().map(|id| id.info()) {
        for c in r.citations {
            assert_ne!(c.to_string(), "seed");
        }
        assert!(!r.reason.contains("seed") && !r.question.contains("seed"));
    }
    for s in StepId::ALL.iter().map(|id| id.info()) {
        for c in s.citations {
            assert_ne!(c.to_string(), "seed");
        }
    }
}

#[test]
fn every_rule_citing_the_consumer_article_also_cites_a_clinical_source() {
    // clinical.md §8.3 (NHS: sleep, quality of life, frequent cramps; MHRA criteria
    // presuppose failed non-drug measures; BMJ-BP: cramps in other muscles) and §1.2 /
    // §1.3 for severe pain (MHRA-2010: "very painful or frequent"; DGN-2017: "frequent
    // or very painful").
    for r in RuleId::ALL.iter().map(|id| id.info()) {
        if r.citations.contains(&Citation::Seed) {
            assert!(
                r.citations.iter().any(|c| *c != Citation::Seed),
                "{:?} cites only the consumer article",
                r.id
            );
        }
    }
    let severe = RuleId::SevereCramps.info().citations;
    assert!(severe.contains(&Citation::Mhra2010) && severe.contains(&Citation::Dgn2017));
}

#[test]
fn look_alikes_are_not_scored_as_linked_conditions() {
    // clinical.md §1.1: CKS lists parkinsonism as a mimic and varicose veins as an
    // examination point; §3 repeats both. They are not "linked to cramps" in the score.
    let mut p = answered_profile();
    p.conditions = vec![ConditionId::Parkinsonism, ConditionId::VenousInsufficiency];
    let a = assess(&p, &Diary::new(), as_of()).unwrap();
    assert!(
        a.score
            .contributions
            .iter()
            .all(|c| !matches!(c.factor, ScoreFactor::Condition(_))),
        "{:?}",
        a.score.contributions
    );
    // A linked condition still scores (CKS: thyroid disease is an underlying cause).
    p.conditions.push(ConditionId::ThyroidDisease);
    let a = assess(&p, &Diary::new(), as_of()).unwrap();
    let conditions: Vec<_> = a
        .score
        .contributions
        .iter()
        .filter_map(|c| match c.factor {
            ScoreFactor::Condition(id) => Some(id),
            _ => None,
        })
        .collect();
    assert_eq!(conditions, vec![ConditionId::ThyroidDisease]);
}

#[test]
fn sleep_is_regularly_disturbed_from_five_woken_nights_our_cut_off() {
    // NHS / MHRA-2010 say "regularly" with no number; 5 woken nights in 30 days is our
    // cut-off, and the rule's text says so.
    assert!(RuleId::SleepDisturbed.info().reason.contains("our cut-off"));
    let mut p = answered_profile();
    p.symptoms.sleep_disturbed = Answer::No;
    let fires = |nights: i64| {
        // One woken night each, a day apart, pain 3, 2 minutes: nothing else fires.
        let eps: Vec<_> = (0..nights)
            .map(|d| ep(24 * 5 * d + 2).pain(3).woke())
            .collect();
        assess(&p, &diary(&eps), as_of())
            .unwrap()
            .referral
            .reasons
            .iter()
            .any(|r| r.rule == RuleId::SleepDisturbed)
    };
    assert!(!fires(4));
    assert!(fires(5));
}

#[test]
fn any_listed_contraindication_makes_quinine_contraindicated() {
    // clinical.md §1.2: the UK SmPCs list hypersensitivity, haemoglobinuria or
    // haemolysis, optic neuritis, tinnitus, myasthenia gravis and previous blackwater
    // fever [SmPC-Q]; an earlier reaction to quinine rules it out [MHRA-2010]. G6PD
    // deficiency is only a caution there, without a citation key, so it is not an item.
    type Set = fn(&mut legcramps::QuinineContraindications);
    let items: [(&str, Set); 6] = [
        ("hypersensitivity", |c| c.hypersensitivity = Answer::Yes),
        ("haemolysis", |c| c.haemolysis = Answer::Yes),
        ("optic_neuritis", |c| c.optic_neuritis = Answer::Yes),
        ("myasthenia_gravis", |c| c.myasthenia_gravis = Answer::Yes),
        ("blackwater_fever", |c| c.blackwater_fever = Answer::Yes),
        ("earlier_reaction", |c| c.earlier_reaction = Answer::Yes),
    ];
    let mut base = answered_profile();
    base.asks_about_quinine = true;
    let q = assess(&base, &Diary::new(), as_of())
        .unwrap()
        .plan
        .quinine
        .unwrap();
    assert!(!q.contraindicated, "all unknown is not a contraindication");
    assert!(!q.conditions.is_empty());
    for (name, set) in items {
        let mut p = base.clone();
        set(&mut p.quinine_contraindications);
        let q = assess(&p, &Diary::new(), as_of())
            .unwrap()
            .plan
            .quinine
            .unwrap();
        assert!(q.contraindicated, "{name}");
        assert!(
            q.conditions.is_empty(),
            "{name}: never the conditions to consider it"
        );
        assert!(q.summary.starts_with("Quinine must not be used"), "{name}");
        // Every listed item is in the JSON contract with its own key.
        let json = format!("{{\"{name}\": \"yes\"}}");
        let c: legcramps::QuinineContraindications = serde_json::from_str(&json).unwrap();
        assert!(c.any_yes(), "{name}");
    }
    let q = assess(&base, &Diary::new(), as_of())
        .unwrap()
        .plan
        .quinine
        .unwrap();
    assert!(q.contraindications.iter().all(|n| !n.citations.is_empty()));
}
