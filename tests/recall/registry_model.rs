//! Model-based test (in the style of http's `header_map_fuzz`): for random recalls and
//! random questions, the hashed registry answers exactly what a plain scan over every
//! recall answers, following the rules written on `RecallRegistry::lookup`.

use legcramps::recall::{
    LotBasis, NdcBasis, NearMiss, ProductNdc, ProductRecall, Recall, RecallDetail, RecallId,
    RecallMatch, RecallSource, RecalledLot,
};
use legcramps::recall::{LotNumber, Ndc, RecallCheck, RecallRegistry};
use proptest::prelude::*;

// ---- generators ---------------------------------------------------------------------

/// Labelers, products and packages drawn from small pools so that recalls collide:
/// the same package written in different layouts, sibling packages, shared products.
const LABELERS: [&str; 4] = ["00185", "12345", "01850", "123456"];
const PRODUCTS: [&str; 3] = ["0022", "0678", "0220"];
const PACKAGES: [&str; 3] = ["01", "10", "09"];

/// Writes (labeler, product, package) in one of the layouts it fits, chosen by `style`.
fn write_ndc(lab: &str, prod: &str, pack: &str, style: u8) -> Ndc {
    let strip = |s: &str| s.strip_prefix('0').map(str::to_owned);
    let (l, p, k) = (lab.to_owned(), prod.to_owned(), pack.to_owned());
    let written = match style % 5 {
        0 if l.len() == 5 => strip(&l).map(|l| (l, p.clone(), k.clone())),
        1 if l.len() == 5 => strip(&p).map(|p| (l.clone(), p, k.clone())),
        2 if l.len() == 5 => strip(&k).map(|k| (l.clone(), p.clone(), k)),
        3 if l.len() == 5 => Some((format!("0{l}"), p.clone(), k.clone())),
        _ => None,
    };
    let (l, p, k) = written.unwrap_or((l, p, k));
    Ndc::from_segments(&l, &p, &k).unwrap()
}

fn ndc() -> impl Strategy<Value = Ndc> {
    (
        0..LABELERS.len(),
        0..PRODUCTS.len(),
        0..PACKAGES.len(),
        any::<u8>(),
    )
        .prop_map(|(l, p, k, s)| write_ndc(LABELERS[l], PRODUCTS[p], PACKAGES[k], s))
}

fn product_ndc() -> impl Strategy<Value = ProductNdc> {
    (0..LABELERS.len(), 0..PRODUCTS.len(), any::<u8>()).prop_map(|(l, p, s)| {
        let n = write_ndc(LABELERS[l], PRODUCTS[p], "01", s);
        n.product()
    })
}

fn lot() -> impl Strategy<Value = LotNumber> {
    prop_oneof![
        prop::sample::select(vec![
            "A1",
            "a1",
            "AB100",
            "AB150",
            "AB200",
            "AB1500",
            "AB15",
            "AC150",
            "X9",
            "Q-1",
            "81801504002",
            "81801600000",
            "81801701003",
            "8180160000",
        ])
        .prop_map(|s| s.parse::<LotNumber>().unwrap()),
        "[A-C]{1,2}[0-9]{1,3}".prop_map(|s| s.parse::<LotNumber>().unwrap()),
        // One head and length, so that recalls with many ranges fill one group.
        "AB[0-9]{3}".prop_map(|s| s.parse::<LotNumber>().unwrap()),
    ]
}

fn recall() -> impl Strategy<Value = Recall> {
    recall_with(0..2, 0..2)
}

/// What a recall's detail says, as a hand-built recall may give it: unsorted lists,
/// a lot given two expiries (the first holds).
#[derive(Clone, Debug, Default)]
struct DetailSpec {
    excluded_lots: Vec<LotNumber>,
    excluded_ranges: Vec<(LotNumber, LotNumber)>,
    expiry: Vec<(LotNumber, String)>,
    unconfirmed: Vec<Ndc>,
}

fn detail(left_out: std::ops::Range<usize>) -> impl Strategy<Value = DetailSpec> {
    let some = |p| prop::option::weighted(p, Just(()));
    (
        some(0.2).prop_flat_map(move |on| {
            let n = if on.is_some() { left_out.clone() } else { 0..1 };
            (
                prop::collection::vec(lot(), n.clone()),
                prop::collection::vec((lot(), lot()), n),
            )
        }),
        prop::collection::vec((lot(), "[0-9]{2}/20[0-9]{2}"), 0..4),
        some(0.2).prop_flat_map(|on| {
            prop::collection::vec(ndc(), if on.is_some() { 1..3 } else { 0..1 })
        }),
    )
        .prop_map(
            |((excluded_lots, excluded_ranges), expiry, unconfirmed)| DetailSpec {
                excluded_lots,
                excluded_ranges,
                expiry,
                unconfirmed,
            },
        )
}

/// A recall with up to `ranges` lot ranges and, in one of five, lots and ranges it
/// leaves out (each up to `left_out`).
fn recall_with(
    ranges: std::ops::Range<usize>,
    left_out: std::ops::Range<usize>,
) -> impl Strategy<Value = Recall> {
    (
        prop::collection::vec(ndc(), 0..4),
        prop::collection::vec(product_ndc(), 0..2),
        prop::collection::vec((lot(), prop::option::weighted(0.3, ndc())), 0..4),
        prop::collection::vec((lot(), lot()), ranges),
        prop::bool::weighted(0.2),
        detail(left_out),
    )
        .prop_map(|(ndcs, products, lots, ranges, all_lots, d)| Recall {
            source: RecallSource::OpenFda { event_id: None },
            recall_number: None,
            firm: "F".into(),
            product: "P".into(),
            reason: "R".into(),
            class: None,
            status: None,
            report_date: None,
            ndcs,
            product_ndcs: products,
            lots: lots
                .into_iter()
                .map(|(lot, ndc)| RecalledLot { lot, ndc })
                .collect(),
            lot_ranges: ranges,
            all_lots,
            detail: {
                let mut detail = RecallDetail::default();
                detail.excluded_lots = d.excluded_lots;
                detail.excluded_ranges = d.excluded_ranges;
                detail.lot_expiry = d.expiry;
                detail.unconfirmed_ndcs = d.unconfirmed;
                detail
            },
        })
}

// ---- the naive model ----------------------------------------------------------------

/// A recall id from its position (ids serialize as their position).
fn rid(i: usize) -> RecallId {
    serde_json::from_value(serde_json::json!(i)).unwrap()
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Name {
    Package(Ndc),
    Product(ProductNdc),
}

#[derive(Clone, Copy, PartialEq)]
enum Rel {
    Package,
    Product,
    Other(Ndc),
    NoNdc,
}

/// The recall's names, each once (a set of those seen: recalls of the bulk test name
/// thousands).
fn names(r: &Recall) -> Vec<Name> {
    let mut seen = std::collections::HashSet::new();
    r.ndcs
        .iter()
        .map(|&n| Name::Package(n))
        .chain(r.product_ndcs.iter().map(|&p| Name::Product(p)))
        .filter(|n| seen.insert(*n))
        .collect()
}

fn rel(name: Name, q: &Ndc) -> Option<Rel> {
    match name {
        Name::Package(n) if n == *q => Some(Rel::Package),
        Name::Package(n) if n.product() == q.product() => Some(Rel::Other(n)),
        Name::Product(p) if p.contains(q) => Some(Rel::Product),
        _ => None,
    }
}

fn basis(r: &Recall, rank: u8, range: usize) -> LotBasis {
    match rank {
        0 => LotBasis::ExactLot,
        1 => {
            let (a, b) = &r.lot_ranges[range];
            LotBasis::LotRange {
                first: a.clone(),
                last: b.clone(),
            }
        }
        _ => LotBasis::AllLots,
    }
}

fn model_lookup(recalls: &[Recall], q: &Ndc, lot: &LotNumber) -> RecallCheck {
    let mut check = RecallCheck::default();
    let mut matches: Vec<RecallMatch> = Vec::new();
    for (i, r) in recalls.iter().enumerate() {
        // A recall that leaves the lot out says nothing about it (`excludes` reads its
        // excluded lots and ranges one by one).
        if r.detail.excludes(lot) {
            continue;
        }
        let names = names(r);
        // (lot rank, range index, relation)
        let mut pairs: Vec<(u8, usize, Rel)> = Vec::new();
        let cover =
            |rank: u8, range: usize, own: Option<Ndc>, pairs: &mut Vec<(u8, usize, Rel)>| {
                if let Some(n) = own {
                    if let Some(x) = rel(Name::Package(n), q) {
                        pairs.push((rank, range, x));
                    }
                } else if names.is_empty() {
                    if rank < 2 {
                        pairs.push((rank, range, Rel::NoNdc));
                    }
                } else {
                    for &name in &names {
                        if let Some(x) = rel(name, q) {
                            pairs.push((rank, range, x));
                        }
                    }
                }
            };
        for l in r.lots.iter().filter(|l| l.lot == *lot) {
            cover(0, 0, l.ndc, &mut pairs);
        }
        for (j, (a, b)) in r.lot_ranges.iter().enumerate() {
            if lot.in_range(a, b) {
                cover(1, j, None, &mut pairs);
            }
        }
        if r.all_lots && !names.is_empty() {
            cover(2, 0, None, &mut pairs);
        }
        let id = rid(i);
        let best = pairs
            .iter()
            .filter_map(|&(rank, range, x)| match x {
                Rel::Package => Some((rank, 0u8, range)),
                Rel::Product => Some((rank, 1u8, range)),
                _ => None,
            })
            .min();
        if let Some((rank, ndc_rank, range)) = best {
            let ndc_basis = if ndc_rank == 1 {
                NdcBasis::Product
            } else if r.detail.unconfirmed_ndcs.contains(q) {
                NdcBasis::UnconfirmedReading
            } else {
                NdcBasis::Package
            };
            // The first expiry the recall gives the lot, in its own order; no
            // termination date or note here.
            let expiry = r
                .detail
                .lot_expiry
                .iter()
                .find(|(l, _)| l == lot)
                .map(|(_, d)| d);
            matches.push(made(serde_json::json!({
                "recall": id,
                "ndc": q,
                "lot": basis(r, rank, range),
                "ndc_basis": ndc_basis,
                "status": r.status,
                "lot_expiry": expiry,
            })));
            continue;
        }
        let near = pairs
            .iter()
            .filter(|p| matches!(p.2, Rel::Other(_) | Rel::NoNdc))
            .map(|&(rank, range, _)| (rank, range))
            .min();
        if let Some((rank, range)) = near {
            let mut under: Vec<Ndc> = pairs
                .iter()
                .filter_map(|p| match p.2 {
                    Rel::Other(n) => Some(n),
                    _ => None,
                })
                .collect();
            under.sort();
            under.dedup();
            check.near_misses.push(made(serde_json::json!({
                "recall": id,
                "ndc": q,
                "lot": basis(r, rank, range),
                "recalled_under": under,
            })));
        }
    }
    check.matches = matches.into();
    check
}

/// An answer type (plain data, `#[non_exhaustive]`) built from its JSON form.
fn made<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).expect("the model's answer reads as the library's type")
}

fn model_lookup_any(recalls: &[Recall], qs: &[Ndc], lot: &LotNumber) -> RecallCheck {
    let checks: Vec<RecallCheck> = qs.iter().map(|q| model_lookup(recalls, q, lot)).collect();
    let mut out = RecallCheck::default();
    let mut matches: Vec<RecallMatch> = Vec::new();
    let all_matches: Vec<&RecallMatch> = checks.iter().flat_map(|c| &c.matches).collect();
    let all_near: Vec<&NearMiss> = checks.iter().flat_map(|c| &c.near_misses).collect();
    let strength = |m: &RecallMatch| {
        let lot = match m.lot {
            LotBasis::ExactLot => 0,
            LotBasis::LotRange { .. } => 1,
            _ => 2,
        };
        (lot, m.ndc_basis)
    };
    for id in (0..recalls.len()).map(rid) {
        // Strongest, earliest candidate on a tie (min_by_key keeps the first minimum).
        if let Some(m) = all_matches
            .iter()
            .filter(|m| m.recall == id)
            .min_by_key(|m| strength(m))
        {
            matches.push((*m).clone());
            continue;
        }
        let rank = |n: &NearMiss| match n.lot {
            LotBasis::ExactLot => 0,
            LotBasis::LotRange { .. } => 1,
            _ => 2,
        };
        if let Some(n) = all_near
            .iter()
            .filter(|n| n.recall == id)
            .min_by_key(|n| rank(n))
        {
            out.near_misses.push((*n).clone());
        }
    }
    out.matches = matches.into();
    out
}

fn model_recalls_for(recalls: &[Recall], q: &Ndc) -> Vec<ProductRecall> {
    let mut out = Vec::new();
    for (i, r) in recalls.iter().enumerate() {
        let best = names(r)
            .into_iter()
            .filter_map(|name| rel(name, q))
            .map(|x| match x {
                Rel::Package => NdcBasis::Package,
                Rel::Product => NdcBasis::Product,
                _ => NdcBasis::OtherPackage,
            })
            .min();
        if let Some(ndc_basis) = best {
            out.push(made(serde_json::json!({
                "recall": rid(i),
                "ndc": q,
                "ndc_basis": ndc_basis,
            })));
        }
    }
    out
}

fn model_recalls_for_product(recalls: &[Recall], p: &ProductNdc) -> Vec<RecallId> {
    (0..recalls.len())
        .filter(|&i| {
            names(&recalls[i]).iter().any(|n| match n {
                Name::Package(n) => p.contains(n),
                Name::Product(x) => x == p,
            })
        })
        .map(rid)
        .collect()
}

/// Files `recalls` and asks every question of `asked` (half of them about a lot some
/// recall names), of the registry and of the model.
fn answers_like_a_scan(
    recalls: &[Recall],
    asked: Vec<(Ndc, LotNumber, prop::sample::Index, bool)>,
    candidates: &[Ndc],
) -> Result<(), TestCaseError> {
    let mut reg = RecallRegistry::new();
    for r in recalls {
        reg.add(r.clone()).unwrap();
    }
    // Half the questions reuse a lot (or range end) that some recall names or leaves
    // out, so that matches and near misses are common rather than rare.
    let known: Vec<LotNumber> = recalls
        .iter()
        .flat_map(|r| {
            let d = &r.detail;
            let ranges = r.lot_ranges.iter().chain(&d.excluded_ranges);
            r.lots
                .iter()
                .map(|l| l.lot.clone())
                .chain(d.excluded_lots.iter().cloned())
                .chain(ranges.flat_map(|(a, b)| [a.clone(), b.clone()]))
        })
        .collect();
    let queries: Vec<(Ndc, LotNumber)> = asked
        .into_iter()
        .map(|(q, l, i, reuse)| {
            if reuse && !known.is_empty() {
                (q, i.get(&known).clone())
            } else {
                (q, l)
            }
        })
        .collect();
    for (q, l) in &queries {
        prop_assert_eq!(
            reg.lookup(q, l),
            model_lookup(recalls, q, l),
            "lookup {} {}",
            q,
            l
        );
        prop_assert_eq!(reg.recalls_for(q), model_recalls_for(recalls, q));
        prop_assert_eq!(
            reg.recalls_for_product(&q.product()),
            model_recalls_for_product(recalls, &q.product())
        );
        prop_assert_eq!(
            reg.lookup_any(candidates, l),
            model_lookup_any(recalls, candidates, l)
        );
    }
    // The serde round trip answers the same.
    let back: RecallRegistry = serde_json::from_str(&serde_json::to_string(&reg).unwrap()).unwrap();
    for (q, l) in &queries {
        prop_assert_eq!(back.lookup(q, l), reg.lookup(q, l));
    }
    Ok(())
}

proptest! {
    #![proptest_config(crate::support::strategies::config(512))]

    #[test]
    fn registry_answers_like_a_scan(
        recalls in prop::collection::vec(recall(), 0..8),
        asked in prop::collection::vec((ndc(), lot(), any::<prop::sample::Index>(), any::<bool>()), 1..16),
        candidates in prop::collection::vec(ndc(), 0..4),
    ) {
        answers_like_a_scan(&recalls, asked, &candidates)?;
    }

    /// Recalls with tens of ranges and of lots and ranges they leave out, many of one
    /// head and length: groups large enough to be kept in sorted blocks.
    #[test]
    fn many_ranges_answer_like_a_scan(
        recalls in prop::collection::vec(recall_with(0..40, 8..40), 1..8),
        asked in prop::collection::vec((ndc(), lot(), any::<prop::sample::Index>(), any::<bool>()), 1..16),
        candidates in prop::collection::vec(ndc(), 0..4),
    ) {
        answers_like_a_scan(&recalls, asked, &candidates)?;
    }

    #[test]
    fn every_listed_lot_is_found(recalls in prop::collection::vec(recall(), 1..8)) {
        let mut reg = RecallRegistry::new();
        for r in &recalls {
            reg.add(r.clone()).unwrap();
        }
        // Each lot tied to its own package is recalled under that package, unless the
        // recall leaves it out too.
        for (i, r) in recalls.iter().enumerate() {
            for l in r.lots.iter().filter(|l| !r.detail.excludes(&l.lot)) {
                if let Some(n) = l.ndc {
                    let check = reg.lookup(&n, &l.lot);
                    prop_assert!(check.matches.iter().any(|m| m.recall.index() == i));
                }
            }
        }
    }
}

/// `k` distinct lots and packages more, some lots tied to their own package: tables
/// that grow many times while one recall is filed.
fn inflate(r: &mut Recall, k: usize) {
    let package =
        |i: usize| Ndc::from_segments("99999", &format!("{:04}", i % 10_000), "01").unwrap();
    r.ndcs.extend((0..k).map(package));
    r.lots.extend((0..k).map(|i| RecalledLot {
        lot: format!("ZQ{i}").parse().unwrap(),
        ndc: (i % 7 == 0).then(|| package(i)),
    }));
}

proptest! {
    #![proptest_config(crate::support::strategies::config(24))]

    /// Recalls naming thousands of lots and packages answer like the scan too, beside
    /// small ones that share their lots and products.
    #[test]
    fn large_recalls_answer_like_a_scan(
        mut recalls in prop::collection::vec(recall(), 1..5),
        inflated in prop::collection::vec(any::<prop::sample::Index>(), 1..3),
        asked in prop::collection::vec((0usize..4_200, ndc(), any::<bool>()), 1..12),
    ) {
        for i in &inflated {
            let at = i.index(recalls.len());
            inflate(&mut recalls[at], 4_200);
        }
        // A small recall sharing some of the bulk lots, under one bulk package.
        recalls.push(Recall {
            lots: (0..40).map(|i| RecalledLot { lot: format!("ZQ{}", i * 97).parse().unwrap(), ndc: None }).collect(),
            ndcs: vec![Ndc::from_segments("99999", "0097", "01").unwrap()],
            ..recalls[0].clone()
        });
        let mut reg = RecallRegistry::new();
        for r in &recalls {
            reg.add(r.clone()).unwrap();
        }
        for (k, pool_ndc, bulk_ndc) in asked {
            let lot: LotNumber = format!("ZQ{k}").parse().unwrap();
            let q = if bulk_ndc { Ndc::from_segments("99999", &format!("{:04}", k % 10_000), "01").unwrap() } else { pool_ndc };
            prop_assert_eq!(reg.lookup(&q, &lot), model_lookup(&recalls, &q, &lot), "lookup {} {}", q, lot);
            prop_assert_eq!(reg.recalls_for(&q), model_recalls_for(&recalls, &q));
        }
    }
}
