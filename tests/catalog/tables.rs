//! Integration tests of the catalog tables, through the public API only.
//!
//! Expected figures are copied from shared/reference/clinical.md (section named in each
//! test), not from the code.

use crate::support::catalog::{conditions, medications, remedies, risk_factors};
use legcramps::evidence::{Citation, EffectKind, EffectSize, EvidenceLevel, IntervalKind};
use legcramps::{
    ComplaintCode, ConditionId, MedicationId, PregnancySuitability, RemedyId, RemedyKind,
    RiskFactorId,
};

// ---- every row cited; ids and rows one-to-one ---------------------------------------

#[test]
fn every_row_has_at_least_one_citation() {
    for m in medications() {
        assert!(!m.citations.is_empty(), "{:?}", m.id);
        let has_code = m.rxnorm.is_some() || m.atc.is_some();
        assert_eq!(
            has_code,
            !m.code_citations.is_empty(),
            "{:?} code sources",
            m.id
        );
    }
    for c in conditions() {
        assert!(!c.citations.is_empty(), "{:?}", c.id);
    }
    for f in risk_factors() {
        assert!(!f.citations.is_empty(), "{:?}", f.factor);
    }
    for r in remedies() {
        assert!(!r.citations.is_empty(), "{:?}", r.id);
    }
    for code in ComplaintCode::ALL {
        assert!(!code.citations.is_empty(), "{}", code.code);
    }
}

/// Checks that `all` lists distinct ids and that `info` gives each id its own row.
fn one_row_per_id<Id, Row>(
    all: &[Id],
    id_of: impl Fn(&Row) -> Id,
    info: impl Fn(Id) -> &'static Row,
) where
    Id: Copy + PartialEq + std::fmt::Debug,
    Row: 'static,
{
    for &id in all {
        assert_eq!(
            all.iter().filter(|&&x| x == id).count(),
            1,
            "{id:?} twice in ALL"
        );
        assert_eq!(id_of(info(id)), id, "info({id:?}) is another id's row");
    }
}

#[test]
fn every_id_has_its_own_row() {
    one_row_per_id(MedicationId::ALL, |m| m.id, MedicationId::info);
    one_row_per_id(ConditionId::ALL, |c| c.id, ConditionId::info);
    one_row_per_id(RiskFactorId::ALL, |f| f.factor, RiskFactorId::info);
    one_row_per_id(RemedyId::ALL, |r| r.id, RemedyId::info);
}

#[test]
fn row_counts() {
    // Counted from the brief and clinical.md: 5 prescribed + quinine + 3 NSAIDs + 18
    // drugs that may cause cramps (naproxen counted once); 21 conditions of §3;
    // 19 risk factors; 16 remedies.
    assert_eq!(medications().len(), 27);
    assert_eq!(conditions().len(), 21);
    assert_eq!(risk_factors().len(), 19);
    assert_eq!(remedies().len(), 16);
    assert_eq!(ComplaintCode::ALL.len(), 2);
}

// ---- effect sizes ----------------------------------------------------------------------

fn all_effects() -> Vec<EffectSize> {
    medications()
        .iter()
        .filter_map(|m| m.effect)
        .chain(conditions().iter().filter_map(|c| c.effect))
        .chain(risk_factors().iter().filter_map(|f| f.effect))
        .collect()
}

#[test]
fn every_effect_size_is_valid() {
    let effects = all_effects();
    // 12 drugs with a Garrison-2012 class ratio, 2 conditions and 4 risk factors
    assert_eq!(effects.len(), 18);
    for e in effects {
        assert!(e.low <= e.estimate && e.estimate <= e.high, "{e}");
        assert_eq!(e.validate(), Ok(()), "{e}");
    }
}

fn figures(e: Option<EffectSize>) -> (EffectKind, f64, f64, f64, bool, Citation) {
    let e = e.expect("an effect size");
    (e.kind, e.estimate, e.low, e.high, e.significant, e.citation)
}

#[test]
fn abdulla_1999_and_delacour_2020_odds_ratios() {
    use EffectKind::OddsRatio as Or;
    let a = Citation::Abdulla1999;
    // clinical.md §3 and §8.4.
    let pad = (Or, 2.9, 1.89, 4.55, true, a);
    let arthritis = (Or, 2.26, 1.48, 3.45, true, a);
    assert_eq!(
        figures(RiskFactorId::PeripheralArteryDisease.info().effect),
        pad
    );
    assert_eq!(
        figures(ConditionId::PeripheralArteryDisease.info().effect),
        pad
    );
    assert_eq!(figures(RiskFactorId::Arthritis.info().effect), arthritis);
    assert_eq!(figures(ConditionId::Arthritis.info().effect), arthritis);
    assert_eq!(
        figures(RiskFactorId::FemaleSex.info().effect),
        (Or, 1.96, 1.28, 3.03, true, a)
    );
    let sedentary = RiskFactorId::SedentaryLifestyle.info().effect;
    assert_eq!(
        figures(sedentary),
        (Or, 9.84, 1.74, 101.9, true, Citation::Delacour2020)
    );
    // Delacour-2020 is Bayesian: a credibility interval, not a confidence interval.
    assert_eq!(
        sedentary.map(|e| e.interval),
        Some(IntervalKind::Credibility95)
    );
}

// ---- codes -----------------------------------------------------------------------------

/// WHO ATC substance level: letter, 2 digits, 2 letters, 2 digits.
fn is_atc(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7
        && b[0].is_ascii_uppercase()
        && b[1..3].iter().all(u8::is_ascii_digit)
        && b[3..5].iter().all(u8::is_ascii_uppercase)
        && b[5..7].iter().all(u8::is_ascii_digit)
}

/// ICD-10-CM: letter, 2 digits, then optionally a dot and 1 to 4 letters or digits.
fn is_icd10cm(code: &str) -> bool {
    let b = code.as_bytes();
    let head =
        b.len() >= 3 && b[0].is_ascii_uppercase() && b[1].is_ascii_digit() && b[2].is_ascii_digit();
    head && match b.get(3) {
        None => b.len() == 3,
        Some(b'.') => (5..=8).contains(&b.len()) && b[4..].iter().all(u8::is_ascii_alphanumeric),
        Some(_) => false,
    }
}

#[test]
fn format_checkers_work() {
    assert!(is_atc("N02BF01") && is_atc("M03BC01"));
    assert!(!is_atc("B03AC") && !is_atc("n02bf01") && !is_atc("N02BF011"));
    assert!(is_icd10cm("G47.62") && is_icd10cm("R25.2") && is_icd10cm("R25"));
    assert!(!is_icd10cm("G4762") && !is_icd10cm("G47.") && !is_icd10cm("47.62"));
}

#[test]
fn codes_match_their_formats() {
    for m in medications() {
        if let Some(atc) = m.atc {
            assert!(is_atc(atc), "{:?} ATC {atc}", m.id);
        }
        if let Some(cui) = m.rxnorm {
            assert!(
                !cui.is_empty() && cui.len() <= 8 && cui.bytes().all(|b| b.is_ascii_digit()),
                "{:?} RxCUI {cui}",
                m.id
            );
        }
    }
    for c in conditions() {
        if let Some(code) = c.icd10cm {
            assert!(is_icd10cm(code), "{:?} {code}", c.id);
        }
    }
    for code in ComplaintCode::ALL {
        assert!(is_icd10cm(code.code), "{}", code.code);
    }
}

#[test]
fn complaint_codes() {
    // clinical.md §7.1
    assert_eq!(ComplaintCode::SLEEP_RELATED_LEG_CRAMPS.code, "G47.62");
    assert_eq!(
        ComplaintCode::SLEEP_RELATED_LEG_CRAMPS.display,
        "Sleep related leg cramps"
    );
    assert_eq!(ComplaintCode::CRAMP_AND_SPASM.code, "R25.2");
    assert_eq!(ComplaintCode::CRAMP_AND_SPASM.display, "Cramp and spasm");
    for code in ComplaintCode::ALL {
        assert_eq!(code.system, "http://hl7.org/fhir/sid/icd-10-cm");
    }
    // no condition code is verified in clinical.md
    assert!(conditions().iter().all(|c| c.icd10cm.is_none()));
}

// ---- conditions ----------------------------------------------------------------------------

#[test]
fn conditions_carry_their_figures() {
    // clinical.md §3
    let cases = [
        (ConditionId::Cirrhosis, "22-88%"),
        (ConditionId::KidneyDiseaseOrDialysis, "15-87%"),
        (ConditionId::CoronaryArteryDisease, "62%"),
        (ConditionId::Hypokalaemia, "63%"),
        (ConditionId::PeripheralNeuropathy, "p = 0.012"),
        (ConditionId::Diabetes, "6%"),
        (ConditionId::PeripheralArteryDisease, "75%"),
    ];
    for (id, figure) in cases {
        assert!(
            id.info().figure.contains(figure),
            "{id:?}: {}",
            id.info().figure
        );
    }
}

/// Collects, into `bad`, every source key mentioned in `text` that is not in `citations`.
fn uncited_keys(bad: &mut Vec<String>, what: &str, text: &str, citations: &[Citation]) {
    for key in Citation::all() {
        if text.contains(key.key()) && !citations.contains(&key) {
            bad.push(format!("{what} mentions {key} without citing it"));
        }
    }
}

#[test]
fn every_source_named_in_the_text_is_cited() {
    let mut bad = Vec::new();
    for m in medications() {
        let text = format!("{} {}", m.note, m.warnings.join(" "));
        uncited_keys(&mut bad, m.generic, &text, m.citations);
    }
    for c in conditions() {
        uncited_keys(&mut bad, c.name, c.figure, c.citations);
    }
    for f in risk_factors() {
        uncited_keys(&mut bad, f.name, f.description, f.citations);
    }
    for r in remedies() {
        let text = format!("{} {} {}", r.how, r.evidence_note, r.cautions.join(" "));
        uncited_keys(&mut bad, r.name, &text, r.citations);
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

// ---- risk factors ----------------------------------------------------------------------------

#[test]
fn seed_and_clinical_risk_factors_exist() {
    let seed = [
        RiskFactorId::MuscleFatigue,
        RiskFactorId::ProlongedSitting,
        RiskFactorId::NotStretching,
        RiskFactorId::RestrictivePosition,
        RiskFactorId::OlderAge,
        RiskFactorId::ProlongedStanding,
        RiskFactorId::Pregnancy,
        RiskFactorId::MedicationSideEffect,
        RiskFactorId::ChronicCondition,
    ];
    for f in seed {
        assert!(!f.info().description.is_empty(), "{f:?}");
    }
    let with_effect = [
        RiskFactorId::SedentaryLifestyle,
        RiskFactorId::PeripheralArteryDisease,
        RiskFactorId::Arthritis,
        RiskFactorId::FemaleSex,
    ];
    for f in with_effect {
        let e = f.info().effect.expect("an odds ratio");
        assert_eq!(e.kind, EffectKind::OddsRatio);
        assert!(f.info().citations.contains(&e.citation), "{f:?}");
    }
    // no odds ratio was retrieved for the Grandner-2017 associations
    for f in [
        RiskFactorId::Smoking,
        RiskFactorId::HigherBmi,
        RiskFactorId::ShortSleep,
    ] {
        assert_eq!(f.info().effect, None);
        assert_eq!(f.info().citations, &[Citation::Grandner2017]);
    }
}

#[test]
fn effect_citation_is_always_among_the_row_citations() {
    for m in medications() {
        if let Some(e) = m.effect {
            assert!(m.citations.contains(&e.citation), "{:?}", m.id);
        }
    }
    for c in conditions() {
        if let Some(e) = c.effect {
            assert!(c.citations.contains(&e.citation), "{:?}", c.id);
        }
    }
    for f in risk_factors() {
        if let Some(e) = f.effect {
            assert!(f.citations.contains(&e.citation), "{:?}", f.factor);
        }
    }
}

// ---- remedies ----------------------------------------------------------------------------------

#[test]
fn remedy_kinds() {
    use RemedyId::*;
    let in_moment = [
        StretchMuscle,
        Massage,
        FoamRoller,
        FlexFoot,
        Heat,
        StandOnLeg,
    ];
    let prevention = [
        NightlyStretching,
        ExerciseBeforeBed,
        Fluids,
        SupportiveShoes,
        StretchedOutSleep,
        AvoidCrossedLegs,
    ];
    let supplements = [Magnesium, VitaminBComplex, VitaminB6, VitaminE];
    for id in in_moment {
        assert_eq!(id.info().kind, RemedyKind::InTheMoment, "{id:?}");
    }
    for id in prevention {
        assert_eq!(id.info().kind, RemedyKind::Prevention, "{id:?}");
    }
    for id in supplements {
        assert_eq!(id.info().kind, RemedyKind::Supplement, "{id:?}");
        assert_eq!(
            id.info().suitable_in_pregnancy,
            PregnancySuitability::AskFirst
        );
    }
}

#[test]
fn hallegraeff_protocol() {
    // clinical.md §5: each stretch ~10 s, 3 reps, 10 s rest, both legs within ~3 min,
    // just before sleep; MD 1.2 cramps per night (0.6-1.8)
    let r = RemedyId::NightlyStretching.info();
    for part in [
        "10 seconds",
        "rest 10 seconds",
        "3 times",
        "3 minutes",
        "before going to sleep",
    ] {
        assert!(r.how.contains(part), "missing {part:?}");
    }
    assert!(r.how.contains("calf") && r.how.contains("hamstring") && r.how.contains("both"));
    assert!(r.evidence_note.contains("1.2 a night") && r.evidence_note.contains("0.6-1.8"));
    assert_eq!(r.evidence, EvidenceLevel::TrialBenefit);
}

#[test]
fn supplement_evidence() {
    // clinical.md §1.8, §1.4, §5
    let mg = RemedyId::Magnesium.info();
    assert_eq!(mg.evidence, EvidenceLevel::NoBenefitShown);
    assert!(mg.citations.contains(&Citation::CochraneMagnesium));
    assert!(mg.citations.contains(&Citation::CochranePregnancy));
    assert!(mg.evidence_note.contains("-9.59%"));
    assert_eq!(
        RemedyId::VitaminBComplex.info().evidence,
        EvidenceLevel::AanC
    );
    for id in [RemedyId::VitaminB6, RemedyId::VitaminE] {
        assert_eq!(id.info().evidence, EvidenceLevel::Insufficient, "{id:?}");
        assert!(
            id.info().evidence_note.starts_with("Not supported"),
            "{id:?}"
        );
    }
}
