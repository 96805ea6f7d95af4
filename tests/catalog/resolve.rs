//! The medication resolver on medication strings as real systems write them.
//!
//! The table's strings follow two real conventions:
//! - RxNorm names: a clinical drug (SCD) is `ingredient strength unit dose form`, e.g.
//!   `quinine sulfate 324 MG Oral Capsule`; a branded drug (SBD) adds the brand in square
//!   brackets; multi-ingredient products join the parts with ` / `, strengths included
//!   (`hydrochlorothiazide 25 MG / triamterene 37.5 MG Oral Tablet`).
//! - Label text: `product_description` fields of the openFDA recall records in
//!   `../shared/openfda/medichain-ai_data_recalls.json` (quoted verbatim where marked
//!   "openFDA"), and pharmacy-list shorthand (`324mg`, `tab`, `ER`).
//!
//! Each row's expected ingredients are worked out from the string itself: the catalog
//! rows whose generic name, other name or brand name it contains as whole words (the
//! brand names are those in the catalog rows), nothing else. "unrecognised" lists the
//! parts that are no catalog name.

use crate::support::catalog::medications;
use legcramps::{MedicationId as M, resolve_medication};
use proptest::prelude::*;

struct Row {
    text: &'static str,
    ids: &'static [M],
    unrecognised: &'static [&'static str],
}

const fn row(text: &'static str, ids: &'static [M], unrecognised: &'static [&'static str]) -> Row {
    Row {
        text,
        ids,
        unrecognised,
    }
}

static TABLE: &[Row] = &[
    // --- quinine: the three spellings of the issue, and RxNorm / label forms.
    row("Quinine sulfate 324 mg", &[M::Quinine], &[]),
    row("Qualaquin 324mg", &[M::Quinine], &[]),
    row("quinine bisulfate", &[M::Quinine], &[]),
    row("Quinine Bisulphate 300mg tablets", &[M::Quinine], &[]),
    row("quinine sulfate 324 MG Oral Capsule", &[M::Quinine], &[]),
    row(
        "quinine sulfate 324 MG Oral Capsule [Qualaquin]",
        &[M::Quinine],
        &[],
    ),
    row("QUININE SULPHATE 200 MG TAB", &[M::Quinine], &[]),
    // --- diltiazem: brand with a release suffix, salts, RxNorm SBD.
    row("Cardizem CD", &[M::Diltiazem], &[]),
    row("Diltiazem 120 mg", &[M::Diltiazem], &[]),
    row(
        "diltiazem hydrochloride 240 MG 24HR Extended Release Oral Capsule [Cardizem]",
        &[M::Diltiazem],
        &[],
    ),
    row("Diltiazem HCl ER 180mg cap", &[M::Diltiazem], &[]),
    row("Cardizem LA 240 mg", &[M::Diltiazem], &[]),
    // --- verapamil.
    row("Calan SR", &[M::Verapamil], &[]),
    row(
        "verapamil hydrochloride 240 MG Extended Release Oral Tablet",
        &[M::Verapamil],
        &[],
    ),
    // "PM" is no release modifier: in "Advil PM" it stands for a second ingredient, so it
    // is left as a part not recognised rather than dropped.
    row("Verelan PM 200 mg", &[M::Verapamil], &["PM"]),
    // openFDA
    row(
        "Verapamil Hydrochloride Injection, USP 5 mg / 2mL(2.5 mg/mL)",
        &[M::Verapamil],
        &[],
    ),
    // --- gabapentin and Horizant.
    row("Neurontin 300 mg capsules", &[M::Gabapentin], &[]),
    row("gabapentin 400 MG Oral Capsule", &[M::Gabapentin], &[]),
    row("Gralise 600 mg tablet", &[M::Gabapentin], &[]),
    row("Horizant 600 mg ER tablet", &[M::Gabapentin], &[]),
    row(
        "gabapentin enacarbil 600 MG Extended Release Oral Tablet",
        &[M::Gabapentin],
        &[],
    ),
    // openFDA
    row(
        "Gabapentin Capsules, USP, 300 mg, Rx Only, 100 capsules per bottle, Manufactured by: Actavis Pharma",
        &[M::Gabapentin],
        &[],
    ),
    // --- orphenadrine, Norflex, Norgesic.
    row("Norflex SR", &[M::Orphenadrine], &[]),
    row(
        "orphenadrine citrate 100 MG Extended Release Oral Tablet",
        &[M::Orphenadrine],
        &[],
    ),
    row("Orphenadrine Citrate ER 100mg", &[M::Orphenadrine], &[]),
    // Norgesic = orphenadrine + aspirin + caffeine (caffeine is known, not a catalog row).
    row("Norgesic", &[M::Orphenadrine, M::Aspirin], &[]),
    row("Norgesic Forte", &[M::Orphenadrine, M::Aspirin], &[]),
    row(
        "aspirin 385 MG / caffeine 30 MG / orphenadrine citrate 25 MG Oral Tablet",
        &[M::Aspirin, M::Orphenadrine],
        &[],
    ),
    // --- carisoprodol (openFDA).
    row(
        "Carisoprodol Tablets, USP 350 mg, Rx Only, 1000 tablets.  Dist by: West-ward Pharmaceutical Corp.",
        &[M::Carisoprodol],
        &[],
    ),
    row("Soma 350 mg", &[M::Carisoprodol], &[]),
    // --- NSAIDs.
    row("Ibuprofen 200 mg tablets", &[M::Ibuprofen], &[]),
    row("naproxen sodium 220 MG Oral Tablet", &[M::Naproxen], &[]),
    row("Aspirin 81 mg EC", &[M::Aspirin], &[]),
    row("acetylsalicylic acid 75 mg", &[M::Aspirin], &[]),
    // openFDA: acetaminophen is no catalog row; the stretch before the first joiner is
    // "Excedrin Migraine (Acetaminophen".
    row(
        "Excedrin Migraine (Acetaminophen 250 mg, Aspirin (NSAID) 250 mg and Caffeine 65 mg)",
        &[M::Aspirin],
        &["Excedrin Migraine (Acetaminophen"],
    ),
    // --- inhalers.
    row("albuterol 90 mcg/actuation inhaler", &[M::Salbutamol], &[]),
    row("Salbutamol 100 micrograms inhaler", &[M::Salbutamol], &[]),
    row(
        "albuterol sulfate 2.5 MG/3ML nebuliser solution",
        &[M::Salbutamol],
        &[],
    ),
    row(
        "salmeterol xinafoate 50 mcg inhalation powder",
        &[M::Salmeterol],
        &[],
    ),
    row(
        "fluticasone propionate 250 MCG / salmeterol 50 MCG Dry Powder Inhaler",
        &[M::Salmeterol],
        &["fluticasone propionate"],
    ),
    row(
        "formoterol fumarate 20 mcg/2 mL nebulizer solution",
        &[M::Formoterol],
        &[],
    ),
    // --- diuretics, combinations.
    row(
        "Hydrochlorothiazide 25mg tablets",
        &[M::Hydrochlorothiazide],
        &[],
    ),
    row(
        "hydrochlorothiazide 25 MG / triamterene 37.5 MG Oral Tablet",
        &[M::Hydrochlorothiazide, M::Triamterene],
        &[],
    ),
    // openFDA
    row(
        "Triamterene and Hydrochlorothiazide Tablets, USP 37.5 mg/25 mg, 100-count bottle",
        &[M::Triamterene, M::Hydrochlorothiazide],
        &[],
    ),
    row(
        "Lisinopril and Hydrochlorothiazide 20 MG / 12.5 MG",
        &[M::Hydrochlorothiazide],
        &["Lisinopril"],
    ),
    // openFDA
    row(
        "Bisoprolol Fumarate and Hydrochlorothiazide tablets, USP, 2.5 mg/6.25 mg",
        &[M::Hydrochlorothiazide],
        &["Bisoprolol Fumarate"],
    ),
    row(
        "amiloride hydrochloride 5 MG / hydrochlorothiazide 50 MG Oral Tablet",
        &[M::Amiloride, M::Hydrochlorothiazide],
        &[],
    ),
    row(
        "spironolactone 25 MG Oral Tablet",
        &[M::Spironolactone],
        &[],
    ),
    row("Chlortalidone 25 mg", &[M::Chlorthalidone], &[]),
    row("furosemide 40 mg tab", &[M::Furosemide], &[]),
    row("Furosemide 10 mg/mL oral solution", &[M::Furosemide], &[]),
    // --- statins.
    row(
        "Atorvastatin Calcium Tablets, 10 mg, 90 tablets per bottle",
        &[M::Atorvastatin],
        &[],
    ),
    row("simvastatin 40 MG Oral Tablet", &[M::Simvastatin], &[]),
    row("rosuvastatin calcium 10 mg", &[M::Rosuvastatin], &[]),
    row(
        "pravastatin sodium 20 MG Oral Tablet",
        &[M::Pravastatin],
        &[],
    ),
    // openFDA: ezetimibe is no catalog row.
    row(
        "EZETIMIBE AND SIMVASTATIN TABLETS 10-10MG 30",
        &[M::Simvastatin],
        &["EZETIMIBE"],
    ),
    // --- the rest of the catalog.
    row(
        "nifedipine 30 MG 24HR Extended Release Oral Tablet",
        &[M::Nifedipine],
        &[],
    ),
    row(
        "NIFEDIPINE Capsule, 10 mg, Rx only, Distributed by: AidaPak Service",
        &[M::Nifedipine],
        &[],
    ),
    row("iron sucrose 20 mg/mL injection", &[M::IronSucrose], &[]),
    row(
        "Conjugated Estrogens 0.625 mg tablet",
        &[M::ConjugatedEstrogens],
        &[],
    ),
    row(
        "raloxifene hydrochloride 60 MG Oral Tablet",
        &[M::Raloxifene],
        &[],
    ),
    row("teriparatide 20 mcg/dose pen", &[M::Teriparatide], &[]),
    // --- ingredient RxCUIs that clinical.md §7.2 / §9.1 verify.
    row("9071", &[M::Quinine], &[]),
    row("RxCUI 25480", &[M::Gabapentin], &[]),
    row("rxnorm:3443", &[M::Diltiazem], &[]),
    // 997010 is the quinine 324 mg *capsule* (a product-level RxCUI, §7.2), not an
    // ingredient code: not accepted.
    row("997010", &[], &["997010"]),
    // --- traps: never a fuzzy guess.
    row("quinapril 10 mg", &[], &["quinapril"]),
    row("Quinidine sulfate 200 mg", &[], &["Quinidine sulfate"]),
    row("Somatropin 5 mg pen", &[], &["Somatropin"]),
    row("Norco 5/325", &[], &["Norco"]),
    row("calcium carbonate 500 mg", &[], &["calcium carbonate"]),
    row("Calcium 600 mg + D3", &[], &["Calcium", "D3"]),
    row("Tonic water", &[], &["Tonic water"]),
    row("Neurontn 300 mg", &[], &["Neurontn"]),
    row("Levothyroxine 50 mcg", &[], &["Levothyroxine"]),
    row("Vitamin D 1000 IU", &[], &["Vitamin D"]),
    row(
        "Magnesium tablets from the market",
        &[],
        &["Magnesium tablets from the market"],
    ),
];

#[test]
fn the_table_holds_at_least_60_strings_and_the_traps() {
    assert!(TABLE.len() >= 60, "{}", TABLE.len());
}

#[test]
fn every_table_string_resolves_as_expected() {
    let mut failures = Vec::new();
    for r in TABLE {
        let got = resolve_medication(r.text);
        let ids: Vec<M> = got.ids().collect();
        if ids != r.ids || got.unrecognised != r.unrecognised {
            failures.push(format!(
                "{:?}: got {:?} / {:?}, want {:?} / {:?}",
                r.text, ids, got.unrecognised, r.ids, r.unrecognised
            ));
        }
        let expect_recognised = !r.ids.is_empty() && r.unrecognised.is_empty();
        if got.is_recognised() != expect_recognised {
            failures.push(format!(
                "{:?}: is_recognised {}",
                r.text,
                got.is_recognised()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn horizant_keeps_the_gabapentin_story_without_its_rxcui() {
    // clinical.md §9.1: gabapentin's RxCUI 25480 is the ingredient gabapentin; Horizant
    // is gabapentin enacarbil, another ingredient with no verified code.
    let r = resolve_medication("Horizant");
    let i = r.ingredients[0];
    assert_eq!(
        (i.id, i.substance, i.rxnorm),
        (M::Gabapentin, "gabapentin enacarbil", None)
    );
    let plain = resolve_medication("Neurontin").ingredients[0];
    assert_eq!(plain.rxnorm, Some("25480"));
}

#[test]
fn norgesic_names_its_three_ingredients() {
    // Norgesic: orphenadrine citrate, aspirin and caffeine (WHO ATC M03BC51,
    // "orphenadrine, combinations", clinical.md §9.2).
    let r = resolve_medication("Norgesic Forte");
    let subs: Vec<_> = r.ingredients.iter().map(|i| i.substance).collect();
    assert_eq!(subs, ["orphenadrine", "aspirin"]);
    assert_eq!(r.other_ingredients, ["caffeine"]);
    assert!(r.is_recognised());
}

#[test]
fn a_string_with_only_a_strength_or_a_form_names_no_medicine() {
    for s in ["100 mg tablet", "", "   ", "ER", "NDC 0185-0022-01"] {
        let r = resolve_medication(s);
        assert!(!r.is_recognised(), "{s:?}");
        assert!(r.ingredients.is_empty(), "{s:?}");
    }
}

/// The catalog names, the special product names and their output substances.
fn any_name() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = medications()
        .iter()
        .flat_map(|m| m.names())
        .map(str::to_owned)
        .collect();
    names.extend(["Norgesic", "Horizant", "gabapentin enacarbil"].map(str::to_owned));
    prop::sample::select(names)
}

fn case_and_space(s: &str, mask: &[bool], pad: usize) -> String {
    let mut out = " ".repeat(pad);
    for (c, up) in s.chars().zip(mask.iter().cycle()) {
        if c == ' ' {
            out.push_str("  \t");
        } else if *up {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out.push_str(&" ".repeat(pad));
    out
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    /// Resolving the names a resolution gives back (substances and other ingredients,
    /// joined as a combination) gives the same ingredients.
    #[test]
    fn idempotent_on_its_own_output_names(name in any_name()) {
        let first = resolve_medication(&name);
        let mut parts: Vec<&str> = first.ingredients.iter().map(|i| i.substance).collect();
        parts.extend(first.other_ingredients.iter().copied());
        let again = resolve_medication(&parts.join(" / "));
        prop_assert_eq!(&again.ingredients, &first.ingredients);
        prop_assert_eq!(&again.other_ingredients, &first.other_ingredients);
        prop_assert!(again.is_recognised());
    }

    /// Case and whitespace never change the result.
    #[test]
    fn case_and_whitespace_insensitive(
        row in prop::sample::select((0..TABLE.len()).collect::<Vec<_>>()),
        mask in prop::collection::vec(any::<bool>(), 1..8),
        pad in 0usize..3,
    ) {
        let text = TABLE[row].text;
        let base = resolve_medication(text);
        let varied = resolve_medication(&case_and_space(text, &mask, pad));
        prop_assert_eq!(&base.ingredients, &varied.ingredients);
        prop_assert_eq!(base.is_recognised(), varied.is_recognised());
    }

    /// Adding a strength, a dose form or a release modifier never changes the
    /// ingredients, nor whether the string is recognised.
    #[test]
    fn strength_and_dose_form_never_change_ingredients(
        name in any_name(),
        strength in prop::sample::select(vec!["324 MG", "12.5mg", "90 mcg/actuation", "20 MG / 12.5 MG", "5 mg/mL", "24HR", "1000 IU"]),
        form in prop::sample::select(vec!["tablet", "Tab", "capsule", "cap", "Oral Solution", "inhaler", "pen", "cream", "nebuliser solution", "ER", "XR", "XL", "SR", "CR", "CD", "LA", "EC", "Extended Release", "Oral Capsule"]),
        strength_first in any::<bool>(),
    ) {
        let base = resolve_medication(&name);
        let text = if strength_first {
            format!("{name} {strength} {form}")
        } else {
            format!("{name} {form} {strength}")
        };
        let more = resolve_medication(&text);
        prop_assert_eq!(&base.ingredients, &more.ingredients);
        prop_assert_eq!(base.is_recognised(), more.is_recognised());
    }
}

/// The openFDA recall records: every `product_description` is resolved; an ingredient
/// is reported only when one of its names is in the text as whole words (no guess from
/// part of a word), and, the other way, every catalog generic name that is in the text
/// as whole words (before the firm-and-address part, which starts at "manufactured",
/// "distributed", "packaged", ...) is reported: a naive word scan agrees with the
/// resolver.
#[test]
fn openfda_product_descriptions() {
    let Some(dir) = std::env::var_os("LEGCRAMPS_SHARED") else {
        eprintln!("LEGCRAMPS_SHARED is not set: skipping the openFDA product descriptions");
        return;
    };
    let path = std::path::Path::new(&dir).join("openfda/medichain-ai_data_recalls.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let records: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let has = |hay: &[String], name: &str| {
        let nw = words(name);
        hay.windows(nw.len()).any(|win| win == nw.as_slice())
    };
    let tail = [
        "manufactured",
        "mfd",
        "mfg",
        "distributed",
        "dist",
        "packaged",
        "packed",
        "compounded",
        "marketed",
        "made",
        "repackaged",
        "relabeled",
        "manufacturer",
    ];
    let mut seen = 0;
    for r in &records {
        let pd = r["product_description"].as_str().unwrap_or("");
        let res = resolve_medication(pd);
        let w = words(pd);
        for i in &res.ingredients {
            let row = i.id.info();
            let named = row.names().chain([i.substance]).any(|n| has(&w, n));
            assert!(named, "{pd:?} resolved to {:?}", i.id);
        }
        let head: Vec<String> = w
            .iter()
            .take_while(|x| !tail.contains(&x.as_str()))
            .cloned()
            .collect();
        for row in medications() {
            if has(&head, row.generic) {
                seen += 1;
                assert!(
                    res.contains(row.id),
                    "{pd:?} names {} but resolved to {:?}",
                    row.generic,
                    res
                );
            }
        }
    }
    assert!(seen > 0, "no record names a catalog drug");
}
