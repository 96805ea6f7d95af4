//! The built-in Sandoz orphenadrine citrate 100 mg ER recall (March 2022), checked
//! against `reference/recalls.md` §1 (the company announcement and its lot table) and
//! §1.5 (FDA's enforcement record D-0753-2022), and the behaviour issues 4 and 13 ask
//! for.

use legcramps::recall::{
    BuiltinRecall, BuiltinRecallId, LotBasis, NdcBasis, RecallClass, RecallSource, RecallStatus,
    YearMonth,
};
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};

/// The Sandoz row, through its id (the one public way to it).
static SANDOZ: std::sync::LazyLock<&'static BuiltinRecall> =
    std::sync::LazyLock::new(|| BuiltinRecallId::SandozOrphenadrineEr2022.info());

fn reg() -> RecallRegistry {
    RecallRegistry::with_builtins()
}

#[test]
fn the_thirteen_lots_of_the_published_table() {
    // recalls.md §1.2, in table order, with the NDC each was shipped under.
    let expected = [
        ("JX6411", "0185-0022-01", (2022, 5), (2019, 5, 24)),
        ("JX6413", "0185-0022-01", (2022, 5), (2019, 5, 24)),
        ("KC0723", "0185-0022-01", (2022, 8), (2019, 8, 21)),
        ("KC3303", "0185-0022-01", (2022, 8), (2019, 8, 21)),
        ("KE4348", "0185-0022-01", (2022, 11), (2019, 11, 6)),
        ("KE7169", "0185-0022-01", (2022, 11), (2019, 11, 6)),
        ("KE4349", "0185-0022-01", (2022, 11), (2019, 11, 6)),
        ("KL3199", "0185-0022-01", (2023, 3), (2020, 3, 3)),
        ("KM0072", "0185-0022-01", (2023, 3), (2020, 3, 3)),
        ("KS3939", "0185-0022-10", (2023, 3), (2020, 3, 3)),
        ("LA7704", "0185-0022-01", (2023, 10), (2020, 10, 6)),
        ("LA7703", "0185-0022-01", (2023, 10), (2020, 10, 6)),
        ("LA9243", "0185-0022-01", (2023, 11), (2020, 11, 18)),
    ];
    assert_eq!(SANDOZ.lots.len(), expected.len());
    for (row, (lot, ndc, (ey, em), (my, mm, md))) in SANDOZ.lots.iter().zip(expected) {
        assert_eq!(row.lot, lot);
        assert_eq!(row.ndc, ndc);
        assert_eq!(row.expires, YearMonth::new(ey, em).unwrap());
        assert_eq!(
            row.manufactured,
            chrono::NaiveDate::from_ymd_opt(my, mm, md).unwrap()
        );
        assert_eq!(row.bottle_count, if lot == "KS3939" { 1000 } else { 100 });
    }
}

#[test]
fn facts_of_the_recall() {
    // recalls.md §1.3.
    assert_eq!(SANDOZ.firm, "Sandoz Inc.");
    assert_eq!(SANDOZ.firm_location, "Princeton, NJ");
    assert_eq!(SANDOZ.impurity, "NMOA");
    assert_eq!(
        SANDOZ.impurity_name,
        "N-methyl-N-nitroso-2-[(2-methylphenyl)phenylmethoxy]ethanamine"
    );
    assert_eq!(SANDOZ.impurity_also_called, "nitroso-orphenadrine");
    assert_eq!(SANDOZ.fda_adi_ng_per_day, 26.5);
    assert_eq!(SANDOZ.shipped_from, YearMonth::new(2019, 8).unwrap());
    assert_eq!(SANDOZ.shipped_to, YearMonth::new(2021, 4).unwrap());
    assert_eq!(SANDOZ.announced.0.to_string(), "2022-03-21");
    assert_eq!(SANDOZ.announced.1.to_string(), "2022-03-23");
    assert!(SANDOZ.voluntary);
    assert_eq!(SANDOZ.level, "consumer");
    // FDA's enforcement record D-0753-2022 (recalls.md §1.5 table).
    assert_eq!(SANDOZ.recall_number, Some("D-0753-2022"));
    assert_eq!(SANDOZ.class, Some(RecallClass::ClassII));
    assert_eq!(SANDOZ.status, Some("Terminated"));
    assert_eq!(SANDOZ.event_id, Some(88937));
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(SANDOZ.initiated, day(2022, 3, 21));
    assert_eq!(SANDOZ.classified, day(2022, 4, 6));
    assert_eq!(SANDOZ.report_date, day(2022, 4, 13));
    assert_eq!(SANDOZ.terminated, day(2023, 8, 14));
    assert_eq!(
        SANDOZ.quantity,
        Some("7908 bottles (790,800 extended release tablets)")
    );
    // Both sources are named.
    assert!(
        SANDOZ
            .sources
            .iter()
            .any(|(_, gives)| gives.contains("D-0753-2022"))
    );
    assert!(
        SANDOZ
            .sources
            .iter()
            .any(|(url, _)| url.starts_with("http://www.fda.gov/"))
    );
    assert!(
        SANDOZ
            .sources
            .iter()
            .any(|(url, _)| url.contains("dailymed.nlm.nih.gov"))
    );
    assert_eq!(
        BuiltinRecallId::ALL,
        [BuiltinRecallId::SandozOrphenadrineEr2022]
    );
}

#[test]
fn jx6411_is_recalled_in_every_written_form() {
    let reg = reg();
    for ndc in ["0185-0022-01", "00185-0022-01", "00185002201", "0185002201"] {
        for lot in ["JX6411", "jx6411", " JX6411 "] {
            let check = reg.lookup_str(ndc, lot).unwrap();
            assert!(check.is_recalled(), "{ndc} {lot:?}");
            assert_eq!(check.matches.len(), 1);
            let m = &check.matches[0];
            assert_eq!(
                (&m.lot, m.ndc_basis),
                (&LotBasis::ExactLot, NdcBasis::Package)
            );
            let recall = reg.get(m.recall).unwrap();
            assert_eq!(
                recall.source,
                RecallSource::Builtin(BuiltinRecallId::SandozOrphenadrineEr2022)
            );
            assert!(check.near_misses.is_empty(), "{ndc} {lot:?}");
        }
    }
}

#[test]
fn ks3939_is_recalled_under_both_packages_and_says_why() {
    // Changed in issue 13: the enforcement record D-0753-2022 lists KS3939 under
    // 0185-0022-01 with the other 12 lots; the company announcement puts it on the
    // 1000-count 0185-0022-10 (recalls.md §1.5). It used to be a near miss under -01;
    // now it is recalled under both, and the answer states the disagreement.
    let reg = reg();
    for (ndc, lot) in [
        ("0185-0022-10", "KS3939"),
        ("00185002210", "ks3939"),
        ("0185-0022-01", "KS3939"),
        ("00185-0022-01", "Lot KS3939"),
    ] {
        let check = reg.lookup_str(ndc, lot).unwrap();
        assert!(check.is_recalled(), "{ndc} {lot}");
        assert!(check.near_misses.is_empty(), "{ndc} {lot}");
        let m = &check.matches[0];
        assert_eq!(
            (&m.lot, m.ndc_basis),
            (&LotBasis::ExactLot, NdcBasis::Package)
        );
        let note = m.note.as_deref().unwrap();
        assert!(
            note.contains("D-0753-2022")
                && note.contains("0185-0022-01")
                && note.contains("0185-0022-10"),
            "{note}"
        );
    }

    // A 100-count lot asked about under -10 is still a near miss: neither source puts
    // it there.
    let check = reg.lookup_str("0185-0022-10", "JX6411").unwrap();
    assert!(!check.is_recalled());
    assert_eq!(
        check.near_misses[0].recalled_under,
        ["0185-0022-01".parse::<Ndc>().unwrap()]
    );
    // Lots the sources agree on carry no note.
    let check = reg.lookup_str("0185-0022-01", "JX6411").unwrap();
    assert_eq!(check.matches[0].note, None);
}

#[test]
fn answers_say_the_recall_is_over_and_when_the_lot_expires() {
    let reg = reg();
    let check = reg.lookup_str("0185-0022-01", "JX6411").unwrap();
    let m = &check.matches[0];
    // Terminated 2023-08-14 (D-0753-2022); JX6411 expires 05/2022 in both sources.
    assert_eq!(m.status, Some(RecallStatus::Terminated));
    assert_eq!(
        m.termination_date.map(|d| d.to_string()).as_deref(),
        Some("2023-08-14")
    );
    assert!(m.is_over());
    assert_eq!(m.lot_expiry.as_deref(), Some("2022-05"));
    // LA7704: the announcement says 10/2023, the enforcement record 11/2023; the answer
    // gives the table's month and says so.
    let check = reg.lookup_str("0185-0022-01", "LA7704").unwrap();
    let m = &check.matches[0];
    assert_eq!(m.lot_expiry.as_deref(), Some("2023-10"));
    assert!(m.note.as_deref().unwrap().contains("11/2023"));
}

#[test]
fn other_lots_and_other_products_are_not_recalled() {
    let reg = reg();
    // Lots not in the table, including near neighbours of real ones.
    for lot in ["JX6412", "KS3938", "LA7705", "A1", "JX64110"] {
        let check = reg.lookup_str("0185-0022-01", lot).unwrap();
        assert!(!check.is_recalled(), "{lot}");
        assert!(check.near_misses.is_empty(), "{lot}");
    }
    // A product code the recall does not name (same labeler, made-up product 0023), and
    // another labeler's code: nothing, not even a near miss, even with a recalled lot.
    for ndc in ["0185-0023-01", "12345-678-90"] {
        let check = reg.lookup_str(ndc, "JX6411").unwrap();
        assert!(!check.is_recalled(), "{ndc}");
        assert!(check.near_misses.is_empty(), "{ndc}");
        assert!(reg.recalls_for(&ndc.parse().unwrap()).is_empty());
    }
}

#[test]
fn ndc_alone_lists_the_recall_for_both_packages() {
    let reg = reg();
    for ndc in ["0185-0022-01", "0185-0022-10"] {
        let found = reg.recalls_for(&ndc.parse().unwrap());
        assert_eq!(found.len(), 1, "{ndc}");
        assert_eq!(found[0].ndc_basis, NdcBasis::Package);
    }
}

#[test]
fn lookup_types_agree_with_lookup_str() {
    let reg = reg();
    let ndc: Ndc = "0185-0022-01".parse().unwrap();
    let lot: LotNumber = "la9243".parse().unwrap();
    assert_eq!(
        reg.lookup(&ndc, &lot),
        reg.lookup_str("0185-0022-01", "LA9243").unwrap()
    );
    assert!(reg.lookup(&ndc, &lot).is_recalled());
}
