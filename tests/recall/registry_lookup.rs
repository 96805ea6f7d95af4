//! RecallRegistry behaviour on small hand-written records.

use legcramps::recall::{
    LoadErrorKind, LoadOptions, LotBasis, NdcBasis, ProductNdc, Recall, RecallSource, RecalledLot,
    RegistryError,
};
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};

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
        detail: Default::default(),
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
    check::<legcramps::recall::RecallCheck>();
    check::<legcramps::recall::EnforcementRecord>();
    check::<legcramps::recall::LoadError>();
    check::<RegistryError>();
}

#[test]
fn wide_recall_is_not_a_cross_product() {
    // Issue #12: 12,000 package NDCs (12,000 products) and 12,000 lots in one recall
    // made 144 M index entries (a 4.4 GB allocation that aborted the process). Each lot
    // is now filed once, so this builds in memory proportional to the input; the
    // answers still follow the rules on `RecallRegistry::lookup`.
    let n = 12_000;
    let ndcs: Vec<String> = (0..n)
        .map(|i| format!("{:05}-{:03}-{:02}", 10_000 + i / 1000, i % 1000, 10))
        .collect();
    let lots: Vec<String> = (0..n).map(|i| format!("X{i:06}")).collect();
    let ndc_refs: Vec<&str> = ndcs.iter().map(String::as_str).collect();
    let lot_refs: Vec<&str> = lots.iter().map(String::as_str).collect();
    let mut reg = RecallRegistry::new();
    reg.add(recall(&ndc_refs, &[], &lot_refs, &[], false))
        .unwrap();
    // Any listed NDC with any listed lot is recalled, as this package.
    for (ndc, lot) in [(0, 0), (n - 1, n - 1), (4321, 777), (777, 4321)] {
        let check = reg.lookup_str(&ndcs[ndc], &lots[lot]).unwrap();
        assert_eq!(check.matches.len(), 1, "{} {}", ndcs[ndc], lots[lot]);
        assert_eq!(check.matches[0].ndc_basis, NdcBasis::Package);
    }
    // Another package of a listed product: a near miss under that product's package.
    let check = reg.lookup_str("10004-321-11", &lots[5]).unwrap();
    assert!(check.matches.is_empty());
    assert_eq!(check.near_misses.len(), 1);
    assert_eq!(
        check.near_misses[0].recalled_under,
        ["10004-321-10".parse::<Ndc>().unwrap()]
    );
    // An unlisted lot or an unlisted product: nothing.
    assert!(!reg.lookup_str(&ndcs[0], "X999999").unwrap().is_recalled());
    assert!(
        reg.lookup_str("20000-000-10", &lots[0])
            .unwrap()
            .near_misses
            .is_empty()
    );
}

#[test]
fn many_recalls_sharing_one_key() {
    // Issue #12: 80,000 recalls of the same (NDC, lot) made one lookup quadratic in the
    // matches (1.2 s; 6 s with near misses). Each finding is now O(1); the answer lists
    // every recall once, in id order. Half name the queried package, half a sibling
    // package of the same product (near misses).
    let mut reg = RecallRegistry::new();
    let n = 80_000;
    for i in 0..n {
        let ndc = if i % 2 == 0 {
            "0185-0022-01"
        } else {
            "0185-0022-10"
        };
        reg.add(recall(&[ndc], &[], &["JX6411"], &[], false))
            .unwrap();
    }
    let check = reg.lookup_str("0185-0022-01", "JX6411").unwrap();
    assert_eq!(check.matches.len(), n / 2);
    assert_eq!(check.near_misses.len(), n / 2);
    assert!(check.matches.windows(2).all(|w| w[0].recall < w[1].recall));
    assert!(
        check
            .near_misses
            .windows(2)
            .all(|w| w[0].recall < w[1].recall)
    );
    assert_eq!(check.matches[1].recall.index(), 2);
    assert_eq!(check.near_misses[0].recall.index(), 1);
}
