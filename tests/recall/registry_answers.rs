//! Guards for the registry's lookup shortcuts (issue #12): the answer a lookup builds
//! from the index alone (the summary of a recall's packages under one product, the lot
//! expiry and status kept beside the index, lots compared in place) is the answer the
//! rules on `RecallRegistry::lookup` give, read straight off each recall.
//!
//! The recalls here list lots that apply to every NDC they name (no ranges, no
//! all-lots scope: `registry_model` covers those), name up to six packages of
//! one product (more than the index summarises in place) and carry the details an
//! answer copies: status, termination date, lot expiry dates, excluded lots and
//! unconfirmed NDC readings.

use chrono::NaiveDate;
use legcramps::recall::{
    LotBasis, LotNumber, Ndc, NdcBasis, Recall, RecallDetail, RecallRegistry, RecallSource,
    RecallStatus, RecalledLot,
};
use proptest::prelude::*;

/// Package codes of product 12345-0678 (and one of product 12345-0679).
const PACKAGES: [&str; 8] = ["01", "02", "03", "04", "05", "06", "07", "08"];
/// Lots: short, exactly 8 and 16 bytes, over 16 bytes, and non-ASCII ending in a
/// byte with its high bit set.
const LOTS: [&str; 7] = [
    "A1",
    "ABCDEFGH",
    "ABCDEFGHIJKLMNOP",
    "ABCDEFGHIJKLMNOPQ",
    "ABCDEFÉ",
    "818015040020000001",
    "X9",
];

fn package(i: usize) -> Ndc {
    format!("12345-0678-{}", PACKAGES[i % PACKAGES.len()])
        .parse()
        .unwrap()
}

fn lot(i: usize) -> LotNumber {
    LOTS[i % LOTS.len()].parse().unwrap()
}

fn status(i: u8) -> Option<RecallStatus> {
    match i % 5 {
        0 => None,
        1 => Some(RecallStatus::Ongoing),
        2 => Some(RecallStatus::Completed),
        3 => Some(RecallStatus::Terminated),
        _ => Some("Pending review".parse().unwrap()),
    }
}

#[derive(Debug, Clone)]
struct Spec {
    packages: Vec<usize>,
    product: bool,
    lots: Vec<usize>,
    status: u8,
    terminated: bool,
    /// Expiry text per listed lot (by position), when any.
    expiry: Vec<Option<u8>>,
    excluded: Option<usize>,
    unconfirmed: Option<usize>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec(0..PACKAGES.len(), 0..7),
        any::<bool>(),
        prop::collection::vec(0..LOTS.len(), 1..4),
        any::<u8>(),
        any::<bool>(),
        prop::collection::vec(prop::option::of(0u8..3), 3),
        prop::option::weighted(0.2, 0..LOTS.len()),
        prop::option::weighted(0.2, 0..PACKAGES.len()),
    )
        .prop_map(
            |(packages, product, lots, status, terminated, expiry, excluded, unconfirmed)| Spec {
                packages,
                product,
                lots,
                status,
                terminated,
                expiry,
                excluded,
                unconfirmed,
            },
        )
}

fn build(s: &Spec) -> Recall {
    let mut ndcs: Vec<Ndc> = s.packages.iter().map(|&i| package(i)).collect();
    ndcs.sort();
    ndcs.dedup();
    let mut lots: Vec<LotNumber> = s.lots.iter().map(|&i| lot(i)).collect();
    lots.sort();
    lots.dedup();
    let mut detail = RecallDetail::default();
    detail.termination_date = s
        .terminated
        .then(|| NaiveDate::from_ymd_opt(2024, 5, 6).unwrap());
    for (l, e) in lots.iter().zip(&s.expiry) {
        if let Some(e) = e {
            let text = ["11/24", "12/31/2027", "Exp. 2026-01"][usize::from(*e)];
            detail.lot_expiry.push((l.clone(), text.to_owned()));
        }
    }
    detail.lot_expiry.sort();
    detail.excluded_lots.extend(s.excluded.map(lot));
    detail.unconfirmed_ndcs.extend(s.unconfirmed.map(package));
    Recall {
        source: RecallSource::OpenFda { event_id: None },
        recall_number: None,
        firm: "F".into(),
        product: "P".into(),
        reason: "R".into(),
        class: None,
        status: status(s.status),
        report_date: None,
        ndcs,
        product_ndcs: if s.product {
            vec!["12345-0678".parse().unwrap()]
        } else {
            Vec::new()
        },
        lots: lots
            .into_iter()
            .map(|lot| RecalledLot { lot, ndc: None })
            .collect(),
        lot_ranges: Vec::new(),
        all_lots: false,
        detail,
    }
}

proptest! {
    #![proptest_config(crate::support::strategies::config(300))]

    #[test]
    fn lookup_answers_follow_the_recalls(
        specs in prop::collection::vec(spec(), 1..5),
        q_package in 0..PACKAGES.len(),
        q_lot in 0..LOTS.len(),
    ) {
        let recalls: Vec<Recall> = specs.iter().map(build).collect();
        let reg = RecallRegistry::try_from(recalls.clone()).unwrap();
        let (q, l) = (package(q_package), lot(q_lot));
        let check = reg.lookup(&q, &l);

        let mut want_matches = Vec::new();
        let mut want_near = Vec::new();
        for (i, r) in recalls.iter().enumerate() {
            let listed = r.lots.iter().any(|x| x.lot == l);
            let named = r.ndcs.contains(&q);
            let product = !r.product_ndcs.is_empty();
            let siblings: Vec<Ndc> = r.ndcs.iter().copied().filter(|n| *n != q).collect();
            if !listed || r.detail.excluded_lots.contains(&l) {
                continue;
            }
            if named || product {
                let basis = if named && r.detail.unconfirmed_ndcs.contains(&q) {
                    NdcBasis::UnconfirmedReading
                } else if named {
                    NdcBasis::Package
                } else {
                    NdcBasis::Product
                };
                want_matches.push((
                    i,
                    basis,
                    r.status.clone(),
                    r.detail.termination_date,
                    r.detail.expiry_of(&l).map(str::to_owned),
                ));
            } else if !siblings.is_empty() || r.ndcs.is_empty() {
                // Under a sibling package, or in a recall naming no NDC at all.
                want_near.push((i, siblings));
            }
        }
        let got_matches: Vec<_> = check
            .matches
            .iter()
            .map(|m| {
                prop_assert_eq!(&m.lot, &LotBasis::ExactLot);
                prop_assert_eq!(m.ndc, q);
                Ok((
                    m.recall.index(),
                    m.ndc_basis,
                    m.status.clone(),
                    m.termination_date,
                    m.lot_expiry.as_deref().map(str::to_owned),
                ))
            })
            .collect::<Result<_, TestCaseError>>()?;
        prop_assert_eq!(got_matches, want_matches);
        let got_near: Vec<_> = check
            .near_misses
            .iter()
            .map(|n| (n.recall.index(), n.recalled_under.clone()))
            .collect();
        prop_assert_eq!(got_near, want_near);
    }
}

#[test]
fn an_eight_byte_lot_ending_in_a_non_ascii_byte_is_found() {
    // "ABCDEFÉ" is 8 bytes, the last (0x89) with its high bit set.
    let spec = Spec {
        packages: vec![0],
        product: false,
        lots: vec![4],
        status: 0,
        terminated: false,
        expiry: vec![Some(1)],
        excluded: None,
        unconfirmed: None,
    };
    let reg = RecallRegistry::try_from(vec![build(&spec)]).unwrap();
    let check = reg.lookup(&package(0), &lot(4));
    assert!(check.is_recalled());
    assert_eq!(check.matches[0].lot_expiry.as_deref(), Some("12/31/2027"));
    assert!(
        !reg.lookup(&package(0), &"ABCDEFÈ".parse().unwrap())
            .is_recalled()
    );
}

/// A recall of these packages with no lots and no details, for a test to fill in.
fn plain(packages: &[usize]) -> Recall {
    build(&Spec {
        packages: packages.to_vec(),
        product: false,
        lots: vec![],
        status: 0,
        terminated: false,
        expiry: vec![],
        excluded: None,
        unconfirmed: None,
    })
}

#[test]
fn unsorted_lists_of_a_hand_built_recall_answer_as_given() {
    // The registry binary-searches a recall's excluded lots, expiries and unconfirmed
    // readings, so it sorts them when it files a recall built by hand. Each list here
    // is out of order, with the entry asked about where a binary search of the list
    // as given would not find it.
    let mut r = plain(&[0, 1]);
    r.all_lots = true;
    let lots = |s: &[&str]| -> Vec<LotNumber> { s.iter().map(|l| l.parse().unwrap()).collect() };
    r.detail.excluded_lots = lots(&["Z9", "M5", "A1", "C3", "B2"]);
    r.detail.lot_expiry = vec![
        ("Z9".parse().unwrap(), "first".to_owned()),
        ("D4".parse().unwrap(), "06/2027".to_owned()),
        ("Z9".parse().unwrap(), "second".to_owned()),
        ("A2".parse().unwrap(), "01/2026".to_owned()),
    ];
    r.detail.unconfirmed_ndcs = vec![package(1), package(0)];
    let reg = RecallRegistry::try_from(vec![r]).unwrap();
    for left_out in ["Z9", "M5", "A1", "C3", "B2"] {
        let check = reg.lookup(&package(0), &left_out.parse().unwrap());
        assert!(!check.is_recalled(), "{left_out} is left out");
    }
    let check = reg.lookup(&package(1), &"D4".parse().unwrap());
    assert!(check.is_recalled());
    assert_eq!(check.matches[0].lot_expiry.as_deref(), Some("06/2027"));
    assert_eq!(check.matches[0].ndc_basis, NdcBasis::UnconfirmedReading);
    assert_eq!(check.matches[0].lot, LotBasis::AllLots);
    // Nothing was dropped: the registry holds every entry, sorted (of Z9's two
    // expiries, the first given stays first).
    let held = &reg.recalls()[0].detail;
    assert_eq!(held.excluded_lots, lots(&["A1", "B2", "C3", "M5", "Z9"]));
    let expiry: Vec<(&str, &str)> = held
        .lot_expiry
        .iter()
        .map(|(l, d)| (l.as_str(), d.as_str()))
        .collect();
    assert_eq!(
        expiry,
        [
            ("A2", "01/2026"),
            ("D4", "06/2027"),
            ("Z9", "first"),
            ("Z9", "second")
        ]
    );
    assert_eq!(held.unconfirmed_ndcs, [package(0), package(1)]);
}

#[test]
fn each_recall_sharing_a_lot_answers_with_its_own_expiry() {
    // The registry files a recall's lots first and dates them afterwards, in one pass
    // over its expiry list, through the hits the recall has just added to each lot's
    // slot. Four recalls list A1 of package 0: one dated, one listing it twice with two
    // expiries (the first given counts, as `RecallDetail::lot_expiry` says), one
    // undated, and one under its own package.
    let recall = |lots: &[&str], own: Option<Ndc>, expiry: &[(&str, &str)]| {
        let mut r = plain(&[0]);
        r.lots = lots
            .iter()
            .map(|l| RecalledLot {
                lot: l.parse().unwrap(),
                ndc: own,
            })
            .collect();
        r.detail.lot_expiry = expiry
            .iter()
            .map(|(l, d)| (l.parse().unwrap(), (*d).to_owned()))
            .collect();
        r
    };
    let reg = RecallRegistry::try_from(vec![
        recall(&["B2", "A1"], None, &[("A1", "01/2027"), ("B2", "09/2027")]),
        recall(&["A1", "A1"], None, &[("A1", "02/2027"), ("A1", "03/2027")]),
        recall(&["A1"], None, &[]),
        recall(&["A1"], Some(package(0)), &[("A1", "04/2027")]),
    ])
    .unwrap();
    let check = reg.lookup(&package(0), &"A1".parse().unwrap());
    let got: Vec<(usize, Option<&str>)> = check
        .matches
        .iter()
        .map(|m| (m.recall.index(), m.lot_expiry.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (0, Some("01/2027")),
            (1, Some("02/2027")),
            (2, None),
            (3, Some("04/2027"))
        ]
    );
    // B2 keeps its own date, next to A1's in the same recall.
    let check = reg.lookup(&package(0), &"B2".parse().unwrap());
    assert_eq!(check.matches[0].lot_expiry.as_deref(), Some("09/2027"));
}
