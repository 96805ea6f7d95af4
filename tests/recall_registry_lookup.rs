//! RecallRegistry behaviour on small hand-written records.

use legcramps::recall::{
    LoadErrorKind, LoadOptions, LotBasis, NdcBasis, ProductNdc, Recall, RecallSource, RecalledLot,
    RegistryError,
};
use legcramps::{LotNumber, Ndc, RecallRegistry};

fn lot(s: &str) -> LotNumber {
    s.parse().unwrap()
}

fn ndc(s: &str) -> Ndc {
    s.parse().unwrap()
}

/// A recall with the given scope and nothing else.
fn recall(
    ndcs: &[&str],
    products: &[&str],
    lots: &[&str],
    ranges: &[(&str, &str)],
    all: bool,
) -> Recall {
    Recall {
        source: RecallSource::OpenFda { event_id: None },
        recall_number: None,
        firm: "Firm".into(),
        product: "Product".into(),
        reason: "Reason".into(),
        class: None,
        status: None,
        report_date: None,
        ndcs: ndcs.iter().map(|s| ndc(s)).collect(),
        product_ndcs: products
            .iter()
            .map(|s| s.parse::<ProductNdc>().unwrap())
            .collect(),
        lots: lots
            .iter()
            .map(|s| RecalledLot {
                lot: lot(s),
                ndc: None,
            })
            .collect(),
        lot_ranges: ranges.iter().map(|(a, b)| (lot(a), lot(b))).collect(),
        all_lots: all,
    }
}

#[test]
fn exact_lot_applies_to_every_ndc_the_recall_names() {
    let mut reg = RecallRegistry::new();
    let id = reg
        .add(recall(
            &["11111-222-33", "11111-222-44"],
            &[],
            &["AB12", "CD34"],
            &[],
            false,
        ))
        .unwrap();
    for n in ["11111-222-33", "11111-0222-44"] {
        let c = reg.lookup(&ndc(n), &lot("cd34"));
        assert_eq!(c.matches.len(), 1, "{n}");
        assert_eq!(c.matches[0].recall, id);
        assert_eq!(
            (&c.matches[0].lot, c.matches[0].ndc_basis),
            (&LotBasis::ExactLot, NdcBasis::Package)
        );
    }
    // Another package of the same product: a near miss, pointing at both named packages.
    let c = reg.lookup(&ndc("11111-222-55"), &lot("AB12"));
    assert!(!c.is_recalled());
    assert_eq!(
        c.near_misses[0].recalled_under,
        [ndc("11111-222-33"), ndc("11111-222-44")]
    );
    // Same lot text, unrelated product: nothing.
    let c = reg.lookup(&ndc("22222-222-33"), &lot("AB12"));
    assert_eq!(c, Default::default());
}

#[test]
fn product_level_ndc_matches_every_package_of_the_product() {
    let mut reg = RecallRegistry::new();
    reg.add(recall(&[], &["68016-177"], &["X100"], &[], false))
        .unwrap();
    let c = reg.lookup(&ndc("68016-0177-03"), &lot("X100"));
    assert_eq!(c.matches[0].ndc_basis, NdcBasis::Product);
    assert!(
        !reg.lookup(&ndc("68016-0178-03"), &lot("X100"))
            .is_recalled()
    );
    assert_eq!(
        reg.recalls_for(&ndc("68016-177-99"))[0].ndc_basis,
        NdcBasis::Product
    );
}

#[test]
fn ranges_compare_numeric_tails_of_equal_length() {
    let mut reg = RecallRegistry::new();
    reg.add(recall(
        &["12345-678-90"],
        &[],
        &[],
        &[("81801504002", "81801701003"), ("AB100", "AB200")],
        false,
    ))
    .unwrap();
    let n = ndc("12345-678-90");
    let c = reg.lookup(&n, &lot("81801600000"));
    assert_eq!(
        c.matches[0].lot,
        LotBasis::LotRange {
            first: lot("81801504002"),
            last: lot("81801701003")
        }
    );
    assert!(reg.lookup(&n, &lot("AB150")).is_recalled());
    assert!(reg.lookup(&n, &lot("AB200")).is_recalled());
    // Lexicographically inside, but a different length or head: not in the range.
    for outside in ["AB1500", "AB15", "AC150", "AB201", "81801701004"] {
        assert!(!reg.lookup(&n, &lot(outside)).is_recalled(), "{outside}");
    }
}

#[test]
fn all_lots_scope_and_reason_order() {
    let mut reg = RecallRegistry::new();
    let all = reg
        .add(recall(&["12345-678-90"], &[], &[], &[], true))
        .unwrap();
    let listed = reg
        .add(recall(&["12345-678-90"], &[], &["Q1"], &[], true))
        .unwrap();
    let c = reg.lookup(&ndc("12345-678-90"), &lot("anything1"));
    assert_eq!(c.matches.len(), 2);
    assert!(c.matches.iter().all(|m| m.lot == LotBasis::AllLots));
    // Where a recall both lists the lot and covers all lots, the listed lot is the reason.
    let c = reg.lookup(&ndc("12345-678-90"), &lot("Q1"));
    assert_eq!(
        (c.matches[0].recall, &c.matches[0].lot),
        (all, &LotBasis::AllLots)
    );
    assert_eq!(
        (c.matches[1].recall, &c.matches[1].lot),
        (listed, &LotBasis::ExactLot)
    );
    // All lots of one package, asked about a sibling package: a near miss.
    let c = reg.lookup(&ndc("12345-678-91"), &lot("Z9"));
    assert_eq!(c.near_misses.len(), 2);
    assert_eq!(c.near_misses[0].lot, LotBasis::AllLots);
}

#[test]
fn lot_in_a_recall_without_ndc_is_a_near_miss() {
    let mut reg = RecallRegistry::new();
    let id = reg
        .add(recall(&[], &[], &["GX77"], &[("R100", "R199")], false))
        .unwrap();
    let c = reg.lookup(&ndc("99999-999-99"), &lot("GX77"));
    assert!(!c.is_recalled());
    assert_eq!(c.near_misses[0].recall, id);
    assert!(c.near_misses[0].recalled_under.is_empty());
    let c = reg.lookup(&ndc("99999-999-99"), &lot("R150"));
    assert!(matches!(c.near_misses[0].lot, LotBasis::LotRange { .. }));
}

#[test]
fn bare_ten_digits_try_every_reading() {
    let mut reg = RecallRegistry::new();
    // The 5-4-1 reading of 1234567890 is 12345-6789-0.
    reg.add(recall(&["12345-6789-0"], &[], &["L1"], &[], false))
        .unwrap();
    let c = reg.lookup_str("1234567890", "L1").unwrap();
    assert!(c.is_recalled());
    assert_eq!(c.matches[0].ndc.to_string(), "12345-6789-0");
}

#[test]
fn openfda_loads_are_all_or_nothing() {
    let mut reg = RecallRegistry::with_builtins();
    let before = reg.clone();
    let doc = br#"[{"recall_number": "D-0001-2024", "classification": "Class II",
        "recalling_firm": "F", "product_description": "NDC 12345-678-90",
        "reason_for_recall": "R", "report_date": "20240101", "code_info": "Lot ZZ1"},
        {"recall_number": "D-0002-2024"}]"#;
    let err = reg
        .add_openfda(&doc[..], LoadOptions::strict())
        .unwrap_err();
    let RegistryError::Load(load) = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(load.kind(), LoadErrorKind::BadRecord(s) if s.index == 1));
    assert_eq!(reg, before);
    // Lenient: the good record goes in, the bad one is reported.
    let report = reg.add_openfda(&doc[..], LoadOptions::default()).unwrap();
    assert_eq!(
        (
            report.summary.read,
            report.summary.kept,
            report.summary.skipped
        ),
        (2, 1, 1)
    );
    assert_eq!(reg.len(), 2);
    assert!(reg.lookup_str("12345-678-90", "zz1").unwrap().is_recalled());
    // The in-memory path gives the same registry and report.
    let mut again = RecallRegistry::with_builtins();
    assert_eq!(
        again
            .add_openfda_slice(doc, LoadOptions::default())
            .unwrap(),
        report
    );
    assert_eq!(again, reg);
}

#[test]
fn serde_round_trip_rebuilds_the_index() {
    let mut reg = RecallRegistry::with_builtins();
    reg.add(recall(
        &["12345-678-90"],
        &["54321-123"],
        &["L1"],
        &[("A10", "A20")],
        true,
    ))
    .unwrap();
    let json = serde_json::to_string(&reg).unwrap();
    let back: RecallRegistry = serde_json::from_str(&json).unwrap();
    assert_eq!(back, reg);
    for (n, l) in [
        ("0185-0022-10", "KS3939"),
        ("12345-678-90", "A15"),
        ("54321-123-01", "L1"),
    ] {
        assert_eq!(
            back.lookup_str(n, l).unwrap(),
            reg.lookup_str(n, l).unwrap()
        );
        assert!(back.lookup_str(n, l).unwrap().is_recalled(), "{n} {l}");
    }
    // Invalid values are refused on the way in.
    let bad = json.replace("0185-0022-10", "0185-022-10");
    assert!(serde_json::from_str::<RecallRegistry>(&bad).is_err());
}

#[test]
fn types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<RecallRegistry>();
    check::<Recall>();
    check::<legcramps::RecallCheck>();
    check::<legcramps::EnforcementRecord>();
    check::<legcramps::recall::LoadError>();
    check::<RegistryError>();
}

#[test]
fn memory_usage_counts_entries() {
    let mut reg = RecallRegistry::new();
    reg.add(recall(
        &["12345-678-90", "12345-678-91"],
        &[],
        &["L1", "L2", "LOT0000123"],
        &[],
        false,
    ))
    .unwrap();
    reg.shrink_to_fit();
    let m = reg.memory_usage();
    // 3 lots x 2 NDCs.
    assert_eq!(m.entries, 6);
    assert_eq!(reg.entry_count(), 6);
    // Lots of up to 8 bytes sit inside their entries; only the longer one takes text space.
    assert_eq!(m.lot_text_bytes, "LOT0000123".len());
    assert!(m.per_entry().unwrap() >= 24.0);
}
