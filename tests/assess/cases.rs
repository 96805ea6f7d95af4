//! Table-driven triage cases written from /work/shared/reference/clinical.md (§8.3
//! referral content, §1.1 CKS red-flag features, §1.2 MHRA quinine conditions, §6
//! differentials) and the seed article's "when to contact a doctor" list. Each case
//! names the source rule its expected level comes from.

use crate::support;
use legcramps::assess::{Assessment, RuleId, StepId, Urgency, assess};
use legcramps::evidence::EvidenceLevel;
use legcramps::{
    Answer, ConditionId, Diary, LegSwelling, MedicationId, Muscle, Pregnancy, Profile, Trimester,
};
use support::assess::*;

struct Case {
    name: &'static str,
    /// The profile, starting from one where every item is answered "no".
    profile: fn(&mut Profile),
    /// The diary.
    diary: fn() -> Vec<Ep>,
    urgency: Urgency,
    /// Rules that must be among the reasons.
    reasons: &'static [RuleId],
    /// Rules that must be among the questions.
    questions: &'static [RuleId],
}

fn none(_: &mut Profile) {}

const CASES: &[Case] = &[
    // NHS: occasional cramps with typical features need no diagnosis; CKS: reassure,
    // stretch, massage. Every red-flag item answered "no" -> self-care, nothing to ask.
    Case {
        name: "typical benign occasional calf cramps",
        profile: none,
        diary: occasional,
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[],
    },
    // CKS idiopathic picture (older person, night, minutes, calf): age alone is a risk
    // factor for the score, not a referral rule.
    Case {
        name: "older person with typical cramps",
        profile: |p| p.age = legcramps::AgeInfo::Years(78u8.try_into().unwrap()),
        diary: occasional,
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[],
    },
    // NHS (§8.3 immediate): cramp lasting more than 10 minutes that does not settle.
    Case {
        name: "cramp over 10 minutes not settling",
        profile: |p| p.symptoms.cramp_over_10_min_not_settling = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::CrampOver10MinNotSettling],
        questions: &[],
    },
    // NHS (§8.3 immediate): cramps after possible tetanus exposure.
    Case {
        name: "tetanus-prone wound",
        profile: |p| p.exposures.tetanus_prone_wound = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::TetanusProneWound],
        questions: &[],
    },
    // NHS (§8.3 immediate): exposure to toxins such as lead or mercury.
    Case {
        name: "lead or mercury exposure",
        profile: |p| p.exposures.lead_or_mercury = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::LeadOrMercuryExposure],
        questions: &[],
    },
    // MHRA-2010 (§8.3 immediate): on quinine, unexplained petechiae, bruising or
    // bleeding -> stop quinine, seek help. (#11: the 3-monthly review, SmPC-Q, is for
    // continued use, so it is not listed beside "stop quinine".)
    Case {
        name: "quinine with unexplained bruising",
        profile: |p| {
            p.medications = vec![MedicationId::Quinine];
            p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
        },
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::QuinineBleeding],
        questions: &[],
    },
    // MHRA-2010, SmPC-Q (§8.3 immediate): hearing impairment / tinnitus on quinine.
    Case {
        name: "quinine with hearing change",
        profile: |p| {
            p.medications = vec![MedicationId::Quinine];
            p.symptoms.hearing_change = Answer::Yes;
        },
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::QuinineHearingChange],
        questions: &[],
    },
    // MHRA-2010's bleeding rule is about quinine users; without quinine the item is
    // not a cramp red flag in clinical.md, so the typical picture stays self-care.
    Case {
        name: "bruising without quinine",
        profile: |p| p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes,
        diary: occasional,
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[],
    },
    // §8.3 DESIGN NOTE: a swollen, tender calf suggests DVT (CKS mimic); urgent is our
    // own safety inference.
    Case {
        name: "one swollen tender calf",
        profile: |p| {
            p.symptoms.leg_swelling = LegSwelling::OneSide;
            p.symptoms.calf_tender_or_warm = Answer::Yes;
        },
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::PossibleDvt, RuleId::LegSwelling],
        questions: &[],
    },
    // NHS (§8.3 soon/routine): numbness or swelling in the legs. We place swelling at
    // "soon" (CKS: DVT, Baker's cyst mimics).
    Case {
        name: "one-sided swelling, not tender",
        profile: |p| p.symptoms.leg_swelling = LegSwelling::OneSide,
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::LegSwelling],
        questions: &[],
    },
    // NHS: swelling in the legs (either side).
    Case {
        name: "both legs swollen",
        profile: |p| p.symptoms.leg_swelling = LegSwelling::BothSides,
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::LegSwelling],
        questions: &[],
    },
    // NHS; CKS (numbness -> neuropathy / radiculopathy).
    Case {
        name: "numbness",
        profile: |p| p.symptoms.numbness = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::Numbness],
        questions: &[],
    },
    // NHS older wording: muscles becoming weaker; CKS loss of power.
    Case {
        name: "weakness",
        profile: |p| p.symptoms.weakness = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::MuscleWeakness],
        questions: &[],
    },
    // NHS muscles shrinking; CKS fasciculations (motor neuron disease).
    Case {
        name: "wasting or twitching",
        profile: |p| p.symptoms.muscle_wasting_or_twitching = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::MuscleWastingOrTwitching],
        questions: &[],
    },
    // CKS: skin pallor, abnormal pulses -> arterial disease.
    Case {
        name: "pale or cold leg",
        profile: |p| p.symptoms.pale_or_cold_leg = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::PaleOrColdLeg],
        questions: &[],
    },
    // CKS: calf pain on exercise -> claudication / PAD (routine GP).
    Case {
        name: "calf pain on walking",
        profile: |p| p.symptoms.calf_pain_on_walking = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::CalfPainOnWalking],
        questions: &[],
    },
    // CKS: urge to move the legs -> restless legs syndrome.
    Case {
        name: "urge to move the legs",
        profile: |p| p.symptoms.urge_to_move_legs = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::UrgeToMoveLegs],
        questions: &[],
    },
    // CKS / Naylor-1994: 3 or more attacks a week; seed: "frequently"; NHS: regularly.
    Case {
        name: "three cramps in the last week",
        profile: none,
        diary: || vec![ep(10), ep(40), ep(100)],
        urgency: Urgency::Routine,
        reasons: &[RuleId::FrequentCramps],
        questions: &[],
    },
    // Grandner-2017: 5 or more a month = moderate-to-severe.
    Case {
        name: "five cramps in 30 days",
        profile: none,
        diary: || {
            vec![
                ep(24 * 8),
                ep(24 * 12),
                ep(24 * 16),
                ep(24 * 20),
                ep(24 * 25),
            ]
        },
        urgency: Urgency::Routine,
        reasons: &[RuleId::FrequentCramps],
        questions: &[],
    },
    // Just under both thresholds: 4 in 30 days, at most 1 in any recent week.
    Case {
        name: "four cramps in 30 days, one last week",
        profile: none,
        diary: || vec![ep(24 * 2), ep(24 * 10), ep(24 * 18), ep(24 * 26)],
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[],
    },
    // NHS: cramps disturbing sleep; MHRA-2010: regularly disrupt sleep.
    Case {
        name: "sleep disturbed",
        profile: |p| p.symptoms.sleep_disturbed = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::SleepDisturbed],
        questions: &[],
    },
    // Seed: "if they get in the way of daily life".
    Case {
        name: "daily life affected",
        profile: |p| p.symptoms.daily_life_affected = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::DailyLifeAffected],
        questions: &[],
    },
    // Seed: "if home methods do not help"; MHRA criteria presuppose failed measures.
    Case {
        name: "home measures not helping",
        profile: |p| p.symptoms.home_measures_not_helping = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::HomeMeasuresNotHelping],
        questions: &[],
    },
    // Seed: "if the cramps spread to other muscles"; BMJ-BP organic-cause flag.
    Case {
        name: "cramps in other muscles",
        profile: |p| p.symptoms.cramps_in_other_muscles = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::CrampsInOtherMuscles],
        questions: &[],
    },
    // BMJ-BP: cramps in muscles other than the gastrocnemius (± foot) -> underlying cause.
    Case {
        name: "thigh cramp in the diary",
        profile: none,
        diary: || vec![ep(24 * 3).muscle(Muscle::BackOfThigh), ep(24 * 17)],
        urgency: Urgency::Routine,
        reasons: &[RuleId::CrampsOutsideCalfOrFoot],
        questions: &[],
    },
    // Seed: "become severe" (we read 7+ of 10 as severe).
    Case {
        name: "severe pain in the diary",
        profile: none,
        diary: || vec![ep(24 * 3).pain(8), ep(24 * 17)],
        urgency: Urgency::Routine,
        reasons: &[RuleId::SevereCramps],
        questions: &[],
    },
    // CKS, Garrison-2012: a causative medicine -> medication review (routine).
    Case {
        name: "long-acting beta-agonist",
        profile: |p| p.medications = vec![MedicationId::Salmeterol],
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::DrugMayCauseCramps],
        questions: &[],
    },
    // CKS: symptoms of an underlying condition, e.g. thyroid disease.
    Case {
        name: "signs of thyroid disease",
        profile: |p| p.symptoms.thyroid_or_other_disease_signs = Answer::Yes,
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::ThyroidOrOtherDiseaseSigns],
        questions: &[],
    },
    // CKS: cramps usually last up to about 10 minutes; a recorded 15-minute cramp is
    // atypical (we place it at "soon").
    Case {
        name: "15-minute cramp in the diary",
        profile: none,
        diary: || vec![ep(24 * 3).minutes(15.0), ep(24 * 17)],
        urgency: Urgency::Soon,
        reasons: &[RuleId::LongCrampInDiary],
        questions: &[],
    },
    // Combination: a same-day rule wins over a "soon" rule; both are listed.
    Case {
        name: "numbness and tetanus-prone wound",
        profile: |p| {
            p.symptoms.numbness = Answer::Yes;
            p.exposures.tetanus_prone_wound = Answer::Yes;
        },
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::TetanusProneWound, RuleId::Numbness],
        questions: &[],
    },
    // Combination: routine burden items plus a "soon" item -> soon.
    Case {
        name: "frequent cramps with weakness",
        profile: |p| p.symptoms.weakness = Answer::Yes,
        diary: || vec![ep(10), ep(40), ep(100)],
        urgency: Urgency::Soon,
        reasons: &[RuleId::MuscleWeakness, RuleId::FrequentCramps],
        questions: &[],
    },
    // Cochrane-Preg: quinine is teratogenic; on quinine while pregnant -> stop, soon.
    Case {
        name: "pregnant and taking quinine",
        profile: |p| {
            p.pregnancy = Pregnancy::Pregnant {
                trimester: Trimester::try_from(3u8).ok(),
            };
            p.medications = vec![MedicationId::Quinine];
            p.quinine_for = legcramps::QuinineFor::Cramps;
        },
        diary: occasional,
        urgency: Urgency::Soon,
        // #11: stop quinine in pregnancy; no 3-monthly review beside it.
        reasons: &[RuleId::QuinineInPregnancy],
        questions: &[],
    },
    // CKS lists pregnancy as a secondary cause, but cramps in pregnancy are common
    // (eTG / Cochrane protocol: 30-50 %); with nothing else, self-care.
    Case {
        name: "pregnant with occasional cramps",
        profile: |p| {
            p.pregnancy = Pregnancy::Pregnant {
                trimester: Trimester::try_from(2u8).ok(),
            }
        },
        diary: occasional,
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[],
    },
    // SmPC-Q: quinine needs review about every 3 months (routine); MHRA-2010: the
    // unknown bleeding / hearing items would make it urgent, so they are asked.
    Case {
        name: "on quinine, warning signs not asked",
        profile: |p| {
            p.medications = vec![MedicationId::Quinine];
            p.symptoms.unexplained_bruising_or_bleeding = Answer::Unknown;
            p.symptoms.hearing_change = Answer::Unknown;
        },
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::QuinineReview],
        questions: &[RuleId::QuinineBleeding, RuleId::QuinineHearingChange],
    },
    // Unknown is not "no": a free medicine name the catalog does not know could be a
    // cramp-causing drug (CKS) or quinine (#10: quinine use is then unknown) -> ask both.
    Case {
        name: "unknown free medicine name",
        profile: |p| p.other_medications = vec!["Zentravia".parse().unwrap()],
        diary: occasional,
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[RuleId::DrugMayCauseCramps, RuleId::QuinineReview],
    },
    // Unknown is not "no": on quinine with pregnancy unknown -> ask (Cochrane-Preg).
    // The reason for quinine is unknown too, read as "for something else" (#11, our
    // safer reading): the question is the prescriber-today one.
    Case {
        name: "on quinine, pregnancy unknown",
        profile: |p| {
            p.medications = vec![MedicationId::Quinine];
            p.pregnancy = Pregnancy::Unknown;
        },
        diary: occasional,
        urgency: Urgency::Routine,
        reasons: &[RuleId::QuinineReview],
        questions: &[RuleId::QuinineInPregnancyOtherUse],
    },
    // Cochrane-Preg: quinine harms the unborn baby; prescribed for something else
    // (malaria), it is not stopped on one's own: contact the prescriber today (our
    // safety inference, #11). Its review for cramps does not apply.
    Case {
        name: "pregnant, quinine prescribed for something else",
        profile: |p| {
            p.pregnancy = Pregnancy::Pregnant { trimester: None };
            p.medications = vec![MedicationId::Quinine];
            p.quinine_for = legcramps::QuinineFor::Other;
        },
        diary: occasional,
        urgency: Urgency::Urgent,
        reasons: &[RuleId::QuinineInPregnancyOtherUse],
        questions: &[],
    },
    // Unknown is not "no": nothing answered and no diary -> self-care for now, with the
    // same-day items (NHS) and the DVT inference to ask about.
    Case {
        name: "nothing known",
        profile: |p| *p = Profile::default(),
        diary: Vec::new,
        urgency: Urgency::SelfCare,
        reasons: &[],
        questions: &[
            RuleId::CrampOver10MinNotSettling,
            RuleId::TetanusProneWound,
            RuleId::LeadOrMercuryExposure,
            RuleId::PossibleDvt,
            RuleId::Numbness,
            RuleId::FrequentCramps,
        ],
    },
    // Unknown DVT items are asked even when a "soon" rule already applies, because a
    // yes would raise the level to same-day.
    Case {
        name: "numbness, calf tenderness unknown",
        profile: |p| {
            p.symptoms.numbness = Answer::Yes;
            p.symptoms.leg_swelling = LegSwelling::OneSide;
            p.symptoms.calf_tender_or_warm = Answer::Unknown;
        },
        diary: occasional,
        urgency: Urgency::Soon,
        reasons: &[RuleId::Numbness, RuleId::LegSwelling],
        questions: &[RuleId::PossibleDvt],
    },
];

fn run(case: &Case) -> Assessment {
    let mut p = answered_profile();
    (case.profile)(&mut p);
    let d = diary(&(case.diary)());
    assess(&p, &d, as_of()).unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

#[test]
fn at_least_25_cases() {
    assert!(CASES.len() >= 25, "{}", CASES.len());
}

#[test]
fn every_case_gets_its_level_reasons_and_questions() {
    for case in CASES {
        let a = run(case);
        let r = &a.referral;
        assert_eq!(r.urgency, case.urgency, "{}: {:?}", case.name, r.reasons);
        for rule in case.reasons {
            assert!(
                r.reasons.iter().any(|x| x.rule == *rule),
                "{}: missing reason {rule:?} in {:?}",
                case.name,
                r.reasons
            );
        }
        if case.reasons.is_empty() {
            assert!(r.reasons.is_empty(), "{}: {:?}", case.name, r.reasons);
        }
        for rule in case.questions {
            assert!(
                r.questions.iter().any(|q| q.rule == *rule),
                "{}: missing question {rule:?} in {:?}",
                case.name,
                r.questions
            );
        }
        if case.questions.is_empty() {
            assert!(!r.could_rise, "{}: {:?}", case.name, r.questions);
        } else {
            assert!(r.could_rise, "{}", case.name);
        }
        // #11: every unknown item with a rule is asked; `could_raise` says whether a
        // yes would raise the level. Every reason is cited.
        for q in &r.questions {
            assert_eq!(
                q.could_raise,
                q.would_lead_to() > r.urgency,
                "{}: {q:?}",
                case.name
            );
        }
        for x in &r.reasons {
            assert!(!x.citations().is_empty(), "{}: {x:?}", case.name);
        }
    }
}

#[test]
fn dvt_rule_is_marked_as_our_safety_inference() {
    let case = CASES
        .iter()
        .find(|c| c.name == "one swollen tender calf")
        .unwrap();
    let a = run(case);
    let dvt = a
        .referral
        .reasons
        .iter()
        .find(|r| r.rule == RuleId::PossibleDvt)
        .unwrap();
    assert_eq!(dvt.evidence(), EvidenceLevel::SafetyInference);
    assert!(dvt.reason().contains("our own safety inference"));
}

#[test]
fn quinine_red_flags_advise_stopping_it() {
    // MHRA-2010: bleeding or hearing change on quinine -> stop quinine.
    for name in [
        "quinine with unexplained bruising",
        "quinine with hearing change",
    ] {
        let a = run(CASES.iter().find(|c| c.name == name).unwrap());
        assert!(a.referral.stop_quinine, "{name}");
    }
    let a = run(CASES
        .iter()
        .find(|c| c.name == "on quinine, warning signs not asked")
        .unwrap());
    assert!(!a.referral.stop_quinine);
    // The plan repeats the warning signs for anyone on quinine.
    assert!(
        a.plan
            .cautions
            .iter()
            .any(|s| s.step == StepId::QuinineWarningSigns)
    );
}

#[test]
fn a_red_flag_escalates_whatever_the_score() {
    // DESIGN: a single red flag must escalate regardless of the points total.
    let mut p = answered_profile();
    p.symptoms.cramp_over_10_min_not_settling = Answer::Yes;
    let a = assess(&p, &Diary::new(), as_of()).unwrap();
    assert_eq!(a.score.total, 0);
    assert_eq!(a.referral.urgency, Urgency::Urgent);
}

#[test]
fn a_high_burden_score_alone_is_a_routine_visit() {
    // Seed / NHS: regular, frequent cramps -> see a GP. Eight cramps on eight nights
    // (seven in the last week), pain 6, 4 minutes, each waking: 8x2 + 5 (5 in 30 days,
    // our cut-off) + 10 (3 a week, CKS) + 6 + 2 + 6x2 (nights, capped at 6) = 51 points
    // (high band), all of them burden.
    let mut p = answered_profile();
    p.symptoms.sleep_disturbed = Answer::Yes;
    let eps: Vec<Ep> = (0..8)
        .map(|d| ep(24 * d + 5).pain(6).minutes(4.0).woke())
        .collect();
    let a = assess(&p, &diary(&eps), as_of()).unwrap();
    assert_eq!(a.score.total, 51);
    assert_eq!(a.score.burden().points, 51);
    assert_eq!(a.score.band, legcramps::assess::Band::High);
    assert_eq!(a.score.burden_band, legcramps::assess::Band::High);
    assert_eq!(a.referral.urgency, Urgency::Routine);
    assert!(
        a.referral
            .reasons
            .iter()
            .any(|r| r.rule == RuleId::HighBurdenScore)
    );
}

#[test]
fn pregnancy_plan_avoids_quinine_and_points_to_antenatal_care() {
    // Cochrane-Preg: quinine excluded in pregnancy (teratogenic); magnesium evidence in
    // pregnancy mixed; CKS lists pregnancy as a secondary cause.
    let case = CASES
        .iter()
        .find(|c| c.name == "pregnant with occasional cramps")
        .unwrap();
    let a = run(case);
    let plan = &a.plan;
    let steps: Vec<StepId> = plan
        .prevention
        .iter()
        .chain(&plan.supplements)
        .chain(&plan.cautions)
        .map(|s| s.step)
        .collect();
    assert!(steps.contains(&StepId::AntenatalCheck));
    assert!(steps.contains(&StepId::MagnesiumInPregnancy));
    assert!(!steps.contains(&StepId::Magnesium));
    assert!(steps.contains(&StepId::NoQuinineInPregnancy));
    for s in plan
        .in_the_moment
        .iter()
        .chain(&plan.prevention)
        .chain(&plan.supplements)
    {
        assert!(!s.text().to_lowercase().contains("quinine"), "{s:?}");
    }
}

#[test]
fn quinine_question_states_mhra_conditions_and_fda_warning() {
    // MHRA-2010 / SmPC-Q: very painful or frequent; other causes excluded; non-drug
    // measures failed; 4-week trial; review about every 3 months. FDA boxed warning.
    let mut p = answered_profile();
    p.asks_about_quinine = true;
    let a = assess(&p, &diary(&occasional()), as_of()).unwrap();
    let q = a.plan.quinine.expect("quinine info when asked");
    assert!(!q.contraindicated);
    let all: String = q
        .conditions
        .iter()
        .map(|n| n.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" | ");
    for needle in [
        "very painful or frequent",
        "ruled out",
        "non-drug",
        "4-week",
        "3 months",
    ] {
        assert!(all.contains(needle), "{needle} missing from {all}");
    }
    assert!(q.boxed_warning.text.contains("life-threatening"));
    assert_eq!(
        q.boxed_warning.citations.as_ref(),
        &[legcramps::evidence::Citation::Fda]
    );
    // It is information only: the referral stays self-care and no plan step suggests it.
    assert_eq!(a.referral.urgency, Urgency::SelfCare);
}

#[test]
fn quinine_question_in_pregnancy_says_it_is_contraindicated() {
    let mut p = answered_profile();
    p.asks_about_quinine = true;
    p.pregnancy = Pregnancy::Pregnant { trimester: None };
    let a = assess(&p, &Diary::new(), as_of()).unwrap();
    let q = a.plan.quinine.unwrap();
    assert!(q.contraindicated);
    assert!(q.summary.contains("must not be used in pregnancy"));
}

#[test]
fn nsaid_note_is_always_in_the_plan() {
    // NHS / seed: NSAIDs do not relieve a cramp (not inflammation).
    for case in CASES {
        let a = run(case);
        assert!(
            a.plan
                .cautions
                .iter()
                .any(|s| s.step == StepId::NsaidsDoNotRelieve),
            "{}",
            case.name
        );
    }
}

#[test]
fn medication_review_step_for_a_cramp_causing_drug() {
    // Garrison-2012 / CKS: a drug that may cause cramps -> medication review.
    let case = CASES
        .iter()
        .find(|c| c.name == "long-acting beta-agonist")
        .unwrap();
    let a = run(case);
    assert!(
        a.plan
            .prevention
            .iter()
            .any(|s| s.step == StepId::MedicationReview)
    );
}

#[test]
fn known_condition_is_a_reason_to_mention_at_the_next_review() {
    // CKS: history of an underlying condition suggests a secondary cause. #11: on its
    // own it is "mention the cramps at its next review" (self care), not a GP visit.
    let mut p = answered_profile();
    p.conditions = vec![ConditionId::ThyroidDisease];
    let a = assess(&p, &diary(&occasional()), as_of()).unwrap();
    assert_eq!(a.referral.urgency, Urgency::SelfCare);
    assert!(
        a.referral
            .reasons
            .iter()
            .any(|r| r.rule == RuleId::KnownLinkedCondition)
    );
}
