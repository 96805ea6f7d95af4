//! The built-in Sandoz orphenadrine citrate 100 mg ER recall (March 2022), checked
//! against `reference/recalls.md` §1 and the behaviour issue 4 asks for.

use legcramps::recall::{
    BuiltinId, LotBasis, NdcBasis, RecallSource, SANDOZ_ORPHENADRINE_ER_2022 as SANDOZ, YearMonth,
};
use legcramps::{LotNumber, Ndc, RecallRegistry};

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
    assert_eq!(SANDOZ.impurity.abbreviation, "NMOA");
    assert_eq!(
        SANDOZ.impurity.name,
        "N-methyl-N-nitroso-2-[(2-methylphenyl)phenylmethoxy]ethanamine"
    );
    assert_eq!(SANDOZ.impurity.also_called, "nitroso-orphenadrine");
    assert_eq!(SANDOZ.impurity.fda_adi_ng_per_day, 26.5);
    assert_eq!(SANDOZ.shipped_from, YearMonth::new(2019, 8).unwrap());
    assert_eq!(SANDOZ.shipped_to, YearMonth::new(2021, 4).unwrap());
    assert_eq!(SANDOZ.announced.earliest.to_string(), "2022-03-21");
    assert_eq!(SANDOZ.announced.latest.to_string(), "2022-03-23");
    assert!(SANDOZ.voluntary);
    assert_eq!(SANDOZ.level, "consumer");
    // Not found in any source (recalls.md §1.4, §6): left empty, not guessed.
    assert_eq!(SANDOZ.recall_number, None);
    assert_eq!(SANDOZ.class, None);
    assert_eq!(SANDOZ.status, None);
    assert!(
        SANDOZ
            .sources
            .iter()
            .any(|s| s.url.starts_with("http://www.fda.gov/"))
    );
    assert!(
        SANDOZ
            .sources
            .iter()
            .any(|s| s.url.contains("dailymed.nlm.nih.gov"))
    );
    assert_eq!(BuiltinId::SandozOrphenadrineEr2022.info(), &SANDOZ);
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
                RecallSource::Builtin(BuiltinId::SandozOrphenadrineEr2022)
            );
            assert!(check.near_misses.is_empty(), "{ndc} {lot:?}");
        }
    }
}

#[test]
fn ks3939_belongs_to_the_1000_count_bottle() {
    let reg = reg();
    assert!(
        reg.lookup_str("0185-0022-10", "KS3939")
            .unwrap()
            .is_recalled()
    );
    assert!(
        reg.lookup_str("00185002210", "ks3939")
            .unwrap()
            .is_recalled()
    );

    // Under the 100-count NDC it is not recalled, but the answer points at -10.
    let check = reg.lookup_str("0185-0022-01", "KS3939").unwrap();
    assert!(!check.is_recalled());
    assert_eq!(check.near_misses.len(), 1);
    let near = &check.near_misses[0];
    assert_eq!(near.lot, LotBasis::ExactLot);
    assert_eq!(
        near.recalled_under,
        ["0185-0022-10".parse::<Ndc>().unwrap()]
    );
    assert_eq!(near.recalled_under[0].to_string(), "0185-0022-10");

    // And the other way round: a 100-count lot asked about under -10.
    let check = reg.lookup_str("0185-0022-10", "JX6411").unwrap();
    assert!(!check.is_recalled());
    assert_eq!(
        check.near_misses[0].recalled_under,
        ["0185-0022-01".parse::<Ndc>().unwrap()]
    );
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
