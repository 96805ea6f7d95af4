//! Integration tests of the catalog tables, through the public API only.
//!
//! Expected figures are copied from shared/reference/clinical.md (section named in each
//! test), not from the code.

use legcramps::{
    COMPLAINT_CODES, CONDITIONS, CRAMP_AND_SPASM, Citation, ConditionId, DrugClass, EffectKind,
    EffectSize, EvidenceLevel, IntervalKind, MEDICATIONS, MedicationId, MedicationRole,
    PregnancySuitability, REMEDIES, RISK_FACTORS, RemedyId, RemedyKind, RiskFactor,
    SLEEP_RELATED_LEG_CRAMPS,
};

// ---- every row cited; ids and rows one-to-one ---------------------------------------

#[test]
fn every_row_has_at_least_one_citation() {
    for m in MEDICATIONS {
        assert!(!m.citations.is_empty(), "{:?}", m.id);
        let has_code = m.rxnorm.is_some() || m.atc.is_some();
        assert_eq!(
            has_code,
            !m.code_citations.is_empty(),
            "{:?} code sources",
            m.id
        );
    }
    for c in CONDITIONS {
        assert!(!c.citations.is_empty(), "{:?}", c.id);
    }
    for f in RISK_FACTORS {
        assert!(!f.citations.is_empty(), "{:?}", f.factor);
    }
    for r in REMEDIES {
        assert!(!r.citations.is_empty(), "{:?}", r.id);
    }
    for code in COMPLAINT_CODES {
        assert!(!code.citations.is_empty(), "{}", code.code);
    }
}

/// Checks that `all` lists distinct ids, that the table has exactly one row per id, in
/// the same order, and that `info` returns that row.
fn one_row_per_id<Id, Row>(
    all: &[Id],
    table: &[Row],
    id_of: impl Fn(&Row) -> Id,
    info: impl Fn(Id) -> &'static Row,
) where
    Id: Copy + PartialEq + std::fmt::Debug,
    Row: PartialEq + std::fmt::Debug + 'static,
{
    assert_eq!(all.len(), table.len());
    for (i, &id) in all.iter().enumerate() {
        assert_eq!(
            all.iter().filter(|&&x| x == id).count(),
            1,
            "{id:?} twice in ALL"
        );
        assert_eq!(table.iter().filter(|r| id_of(r) == id).count(), 1, "{id:?}");
        assert_eq!(id_of(&table[i]), id, "row {i} is out of order");
        assert_eq!(info(id), &table[i], "info({id:?})");
    }
}

#[test]
fn every_id_has_exactly_one_row_and_info_finds_it() {
    one_row_per_id(MedicationId::ALL, MEDICATIONS, |m| m.id, MedicationId::info);
    one_row_per_id(ConditionId::ALL, CONDITIONS, |c| c.id, ConditionId::info);
    one_row_per_id(
        RiskFactor::ALL,
        RISK_FACTORS,
        |f| f.factor,
        RiskFactor::info,
    );
    one_row_per_id(RemedyId::ALL, REMEDIES, |r| r.id, RemedyId::info);
}

#[test]
fn row_counts() {
    // Counted from the brief and clinical.md: 5 prescribed + quinine + 3 NSAIDs + 18
    // drugs that may cause cramps (naproxen counted once); 21 conditions of §3;
    // 19 risk factors; 16 remedies.
    assert_eq!(MEDICATIONS.len(), 27);
    assert_eq!(CONDITIONS.len(), 21);
    assert_eq!(RISK_FACTORS.len(), 19);
    assert_eq!(REMEDIES.len(), 16);
    assert_eq!(COMPLAINT_CODES.len(), 2);
}

// ---- effect sizes ----------------------------------------------------------------------

fn all_effects() -> Vec<EffectSize> {
    MEDICATIONS
        .iter()
        .filter_map(|m| m.effect)
        .chain(CONDITIONS.iter().filter_map(|c| c.effect))
        .chain(RISK_FACTORS.iter().filter_map(|f| f.effect))
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
fn garrison_2012_sequence_ratios() {
    // clinical.md §2.1: adjusted sequence ratios with 95 % CI.
    use EffectKind::SequenceRatio as Sr;
    let g = Citation::Garrison2012;
    let cases = [
        (MedicationId::Salmeterol, (Sr, 2.42, 2.02, 2.89, true, g)),
        (MedicationId::Formoterol, (Sr, 2.42, 2.02, 2.89, true, g)),
        (
            MedicationId::Spironolactone,
            (Sr, 2.12, 1.61, 2.78, true, g),
        ),
        (MedicationId::Amiloride, (Sr, 2.12, 1.61, 2.78, true, g)),
        (MedicationId::Triamterene, (Sr, 2.12, 1.61, 2.78, true, g)),
        (
            MedicationId::Hydrochlorothiazide,
            (Sr, 1.48, 1.29, 1.68, true, g),
        ),
        (
            MedicationId::Chlorthalidone,
            (Sr, 1.48, 1.29, 1.68, true, g),
        ),
        // loop diuretics: p = 0.07, not significant
        (MedicationId::Furosemide, (Sr, 1.20, 1.00, 1.44, false, g)),
        (MedicationId::Atorvastatin, (Sr, 1.16, 1.04, 1.29, true, g)),
        (MedicationId::Simvastatin, (Sr, 1.16, 1.04, 1.29, true, g)),
        (MedicationId::Rosuvastatin, (Sr, 1.16, 1.04, 1.29, true, g)),
        (MedicationId::Pravastatin, (Sr, 1.16, 1.04, 1.29, true, g)),
    ];
    for (id, expected) in cases {
        assert_eq!(figures(id.info().effect), expected, "{id:?}");
        assert_eq!(
            id.info().effect.map(|e| e.interval),
            Some(IntervalKind::Confidence95)
        );
    }
    // Garrison measured long-acting agonists only; salbutamol carries no ratio.
    assert_eq!(MedicationId::Salbutamol.info().effect, None);
}

#[test]
fn abdulla_1999_and_delacour_2020_odds_ratios() {
    use EffectKind::OddsRatio as Or;
    let a = Citation::Abdulla1999;
    // clinical.md §3 and §8.4.
    let pad = (Or, 2.9, 1.89, 4.55, true, a);
    let arthritis = (Or, 2.26, 1.48, 3.45, true, a);
    assert_eq!(
        figures(RiskFactor::PeripheralArteryDisease.info().effect),
        pad
    );
    assert_eq!(
        figures(ConditionId::PeripheralArteryDisease.info().effect),
        pad
    );
    assert_eq!(figures(RiskFactor::Arthritis.info().effect), arthritis);
    assert_eq!(figures(ConditionId::Arthritis.info().effect), arthritis);
    assert_eq!(
        figures(RiskFactor::FemaleSex.info().effect),
        (Or, 1.96, 1.28, 3.03, true, a)
    );
    let sedentary = RiskFactor::SedentaryLifestyle.info().effect;
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
    for m in MEDICATIONS {
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
    for c in CONDITIONS {
        if let Some(code) = c.icd10cm {
            assert!(is_icd10cm(code), "{:?} {code}", c.id);
        }
    }
    for code in COMPLAINT_CODES {
        assert!(is_icd10cm(code.code), "{}", code.code);
    }
}

#[test]
fn codes_are_the_verified_ones() {
    // clinical.md §9.1 / §7.2 (RxCUI) and §9.2 (ATC).
    let cases: [(MedicationId, Option<&str>, Option<&str>); 10] = [
        (MedicationId::Quinine, Some("9071"), Some("P01BC01")),
        (MedicationId::Carisoprodol, Some("2101"), Some("M03BA02")),
        (MedicationId::Gabapentin, Some("25480"), Some("N02BF01")),
        (MedicationId::Diltiazem, Some("3443"), Some("C08DB01")),
        (MedicationId::Verapamil, Some("11170"), Some("C08DA01")),
        // UNVERIFIED ingredient RxCUI; ATC for the citrate salt
        (MedicationId::Orphenadrine, None, Some("M03BC01")),
        // UNVERIFIED RxCUI; WHO codes parenteral iron only at group level
        (MedicationId::IronSucrose, None, None),
        // RxCUI 4099 is only tentative: must not ship
        (MedicationId::ConjugatedEstrogens, None, Some("G03CA57")),
        (MedicationId::Naproxen, Some("7258"), Some("M01AE02")),
        (MedicationId::Nifedipine, Some("7417"), Some("C08CA05")),
    ];
    for (id, rxnorm, atc) in cases {
        assert_eq!((id.info().rxnorm, id.info().atc), (rxnorm, atc), "{id:?}");
    }
    // single-source "medium-low" RxCUIs are withheld
    for id in [
        MedicationId::Amiloride,
        MedicationId::Triamterene,
        MedicationId::Formoterol,
        MedicationId::Raloxifene,
        MedicationId::Teriparatide,
    ] {
        assert_eq!(id.info().rxnorm, None, "{id:?}");
    }
}

#[test]
fn complaint_codes() {
    // clinical.md §7.1
    assert_eq!(SLEEP_RELATED_LEG_CRAMPS.code, "G47.62");
    assert_eq!(SLEEP_RELATED_LEG_CRAMPS.display, "Sleep related leg cramps");
    assert_eq!(CRAMP_AND_SPASM.code, "R25.2");
    assert_eq!(CRAMP_AND_SPASM.display, "Cramp and spasm");
    for code in COMPLAINT_CODES {
        assert_eq!(code.system, "http://hl7.org/fhir/sid/icd-10-cm");
    }
    // no condition code is verified in clinical.md
    assert!(CONDITIONS.iter().all(|c| c.icd10cm.is_none()));
}

// ---- medications -------------------------------------------------------------------------

#[test]
fn seed_prescribed_drugs_with_brands_and_evidence() {
    // seed article, and clinical.md §1.4, §1.5, §5
    let cases: [(MedicationId, &[&str], EvidenceLevel); 5] = [
        (
            MedicationId::Carisoprodol,
            &["Soma"],
            EvidenceLevel::LimitedEvidence,
        ),
        (
            MedicationId::Gabapentin,
            &["Horizant", "Gralise", "Neurontin"],
            EvidenceLevel::Insufficient,
        ),
        (MedicationId::Diltiazem, &["Cardizem"], EvidenceLevel::AanC),
        (
            MedicationId::Verapamil,
            &["Verelan", "Calan"],
            EvidenceLevel::UncontrolledReport,
        ),
        (
            MedicationId::Orphenadrine,
            &["Norflex", "Norgesic"],
            EvidenceLevel::Insufficient,
        ),
    ];
    for (id, brands, evidence) in cases {
        let m = id.info();
        assert_eq!(m.brands, brands, "{id:?}");
        assert_eq!(m.roles, &[MedicationRole::PrescribedForCramps], "{id:?}");
        assert_eq!(m.evidence, evidence, "{id:?}");
        assert!(m.citations.contains(&Citation::Seed), "{id:?}");
    }
    assert!(
        MedicationId::Diltiazem
            .info()
            .citations
            .contains(&Citation::Aan2010)
    );
    assert!(
        MedicationId::Carisoprodol
            .info()
            .citations
            .contains(&Citation::Aafp2012)
    );
    // AAFP-2012: cramps were reported in gabapentin trials
    assert!(MedicationId::Gabapentin.info().note.contains("reported"));
}

#[test]
fn quinine_is_effective_but_not_routine() {
    let q = MedicationId::Quinine.info();
    assert_eq!(q.roles, &[MedicationRole::EffectiveNotRoutine]);
    assert_eq!(q.evidence, EvidenceLevel::AanA);
    assert!(q.contraindicated_in_pregnancy);
    for key in [
        Citation::Fda,
        Citation::Mhra2010,
        Citation::Aan2010,
        Citation::CochranePregnancy,
    ] {
        assert!(q.citations.contains(&key), "{key}");
    }
    let warnings = q.warnings.join("\n");
    assert!(warnings.contains("boxed warning"));
    assert!(warnings.contains("[MHRA-2010]"));
    assert!(warnings.contains("pregnancy"));
    assert!(!q.has_role(MedicationRole::MayCauseCramps));
    // no other row claims a pregnancy contraindication
    assert_eq!(
        MEDICATIONS
            .iter()
            .filter(|m| m.contraindicated_in_pregnancy)
            .count(),
        1
    );
}

#[test]
fn nsaids_do_not_relieve_cramps() {
    for id in [
        MedicationId::Ibuprofen,
        MedicationId::Aspirin,
        MedicationId::Naproxen,
    ] {
        let m = id.info();
        assert_eq!(m.class, DrugClass::Nsaid);
        assert!(m.has_role(MedicationRole::DoesNotRelieveCramps), "{id:?}");
        assert!(m.citations.contains(&Citation::Nhs), "{id:?}");
        assert!(m.note.contains("soreness"), "{id:?}");
    }
    assert!(!MedicationId::Ibuprofen.may_cause_cramps());
    assert!(!MedicationId::Aspirin.may_cause_cramps());
    // AAFP-2012 lists naproxen among drugs linked with cramps
    assert!(MedicationId::Naproxen.may_cause_cramps());
    assert!(
        MedicationId::Naproxen
            .info()
            .citations
            .contains(&Citation::Aafp2012)
    );
}

#[test]
fn may_cause_list_covers_the_sources() {
    // clinical.md §1.1 (CKS) and §1.5 / §2.2 (AAFP-2012), plus the Garrison classes
    let aafp = [
        MedicationId::IronSucrose,
        MedicationId::ConjugatedEstrogens,
        MedicationId::Raloxifene,
        MedicationId::Naproxen,
        MedicationId::Teriparatide,
    ];
    for id in aafp {
        assert!(id.may_cause_cramps(), "{id:?}");
        assert!(id.info().citations.contains(&Citation::Aafp2012), "{id:?}");
    }
    for id in [MedicationId::Nifedipine, MedicationId::Salbutamol] {
        assert!(id.may_cause_cramps(), "{id:?}");
        assert!(id.info().citations.contains(&Citation::Cks), "{id:?}");
    }
    for m in MEDICATIONS.iter().filter(|m| m.effect.is_some()) {
        assert!(m.has_role(MedicationRole::MayCauseCramps), "{:?}", m.id);
        assert!(m.citations.contains(&Citation::Garrison2012), "{:?}", m.id);
    }
    let prescribed = [
        MedicationId::Carisoprodol,
        MedicationId::Gabapentin,
        MedicationId::Diltiazem,
        MedicationId::Verapamil,
        MedicationId::Orphenadrine,
        MedicationId::Quinine,
    ];
    for id in prescribed {
        assert!(!id.may_cause_cramps(), "{id:?}");
    }
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
    for m in MEDICATIONS {
        let text = format!("{} {}", m.note, m.warnings.join(" "));
        uncited_keys(&mut bad, m.generic, &text, m.citations);
    }
    for c in CONDITIONS {
        uncited_keys(&mut bad, c.name, c.figure, c.citations);
    }
    for f in RISK_FACTORS {
        uncited_keys(&mut bad, f.name, f.description, f.citations);
    }
    for r in REMEDIES {
        let text = format!("{} {} {}", r.how, r.evidence_note, r.cautions.join(" "));
        uncited_keys(&mut bad, r.name, &text, r.citations);
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

// ---- risk factors ----------------------------------------------------------------------------

#[test]
fn seed_and_clinical_risk_factors_exist() {
    let seed = [
        RiskFactor::MuscleFatigue,
        RiskFactor::ProlongedSitting,
        RiskFactor::NotStretching,
        RiskFactor::RestrictivePosition,
        RiskFactor::OlderAge,
        RiskFactor::ProlongedStanding,
        RiskFactor::Pregnancy,
        RiskFactor::MedicationSideEffect,
        RiskFactor::ChronicCondition,
    ];
    for f in seed {
        assert!(!f.info().description.is_empty(), "{f:?}");
    }
    let with_effect = [
        RiskFactor::SedentaryLifestyle,
        RiskFactor::PeripheralArteryDisease,
        RiskFactor::Arthritis,
        RiskFactor::FemaleSex,
    ];
    for f in with_effect {
        let e = f.info().effect.expect("an odds ratio");
        assert_eq!(e.kind, EffectKind::OddsRatio);
        assert!(f.info().citations.contains(&e.citation), "{f:?}");
    }
    // no odds ratio was retrieved for the Grandner-2017 associations
    for f in [
        RiskFactor::Smoking,
        RiskFactor::HigherBmi,
        RiskFactor::ShortSleep,
    ] {
        assert_eq!(f.info().effect, None);
        assert_eq!(f.info().citations, &[Citation::Grandner2017]);
    }
}

#[test]
fn effect_citation_is_always_among_the_row_citations() {
    for m in MEDICATIONS {
        if let Some(e) = m.effect {
            assert!(m.citations.contains(&e.citation), "{:?}", m.id);
        }
    }
    for c in CONDITIONS {
        if let Some(e) = c.effect {
            assert!(c.citations.contains(&e.citation), "{:?}", c.id);
        }
    }
    for f in RISK_FACTORS {
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
