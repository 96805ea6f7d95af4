//! Integration tests of the medication catalog rows, through the public API only.
//!
//! Expected figures and codes are copied from shared/reference/clinical.md (section named
//! in each test) and the seed article, not from the code.

use crate::support::catalog::medications;
use legcramps::evidence::{Citation, EffectKind, EffectSize, EvidenceLevel, IntervalKind};
use legcramps::{DrugClass, MedicationId, MedicationRole};

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
        medications()
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
    for m in medications().iter().filter(|m| m.effect.is_some()) {
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
