//! Drug-name lookup: normalisation rules, every table name found under decoration,
//! unknown names rejected (no fuzzy matching).

use crate::support::catalog::medications;
use legcramps::{MedicationId, lookup_medication, normalize_drug_name};
use proptest::prelude::*;

/// Every (name, id) pair in the table: generic names, other names and brands.
fn all_names() -> Vec<(&'static str, MedicationId)> {
    medications()
        .iter()
        .flat_map(|m| m.names().map(move |n| (n, m.id)))
        .collect()
}

#[test]
fn finds_examples_from_the_brief() {
    let found = |s: &str| lookup_medication(s).map(|m| m.id);
    assert_eq!(found(" NEURONTIN. "), Some(MedicationId::Gabapentin));
    assert_eq!(
        found("hydro-chlorothiazide"),
        Some(MedicationId::Hydrochlorothiazide)
    );
    assert_eq!(found("Albuterol"), Some(MedicationId::Salbutamol));
    assert_eq!(found("SOMA®"), Some(MedicationId::Carisoprodol));
    assert_eq!(found("Norgesic"), Some(MedicationId::Orphenadrine));
    assert_eq!(
        found("Orphenadrine Citrate"),
        Some(MedicationId::Orphenadrine)
    );
    assert_eq!(found("iron-sucrose"), Some(MedicationId::IronSucrose));
    assert_eq!(found("Acetylsalicylic acid"), Some(MedicationId::Aspirin));
    assert_eq!(found("chlortalidone"), Some(MedicationId::Chlorthalidone));
}

#[test]
fn unknown_or_near_names_give_none() {
    // no fuzzy matching: misspellings, extra words, strengths and other drugs all miss
    for name in [
        "",
        "   ",
        "...",
        "neurontn",
        "neurontins",
        "gabapentin 300 mg",
        "Calan SR",
        "soma2",
        "paracetamol",
        "pregabalin",
        "lisinopril",
        "quinine 300",
        "iron",
        "estrogens",
        "statin",
    ] {
        assert!(
            lookup_medication(name).is_none(),
            "{name:?} should not match"
        );
    }
}

#[test]
fn every_table_name_is_found_as_written() {
    for (name, id) in all_names() {
        assert_eq!(lookup_medication(name).map(|m| m.id), Some(id), "{name}");
    }
}

#[test]
fn normalisation_examples() {
    assert_eq!(normalize_drug_name(" NEURONTIN. "), "neurontin");
    assert_eq!(normalize_drug_name("Iron Sucrose (IV)"), "ironsucroseiv");
    assert_eq!(normalize_drug_name("Norflex™"), "norflex");
    assert_eq!(normalize_drug_name("\tCardizem\n"), "cardizem");
    assert_eq!(normalize_drug_name(""), "");
    // letters outside ASCII are kept (lower-cased), so they cannot make a false match
    assert_eq!(normalize_drug_name("SOMÁ"), "somá");
    assert!(lookup_medication("SOMÁ").is_none());
}

/// Separators and symbols that lookup must ignore.
const DECORATION: &[&str] = &[
    " ", "  ", "\t", "\n", ".", ",", "-", "/", "(", ")", "'", "\"", "®", "™", "*", ":", ";", "_",
    "[", "]", "!", "?", "+", "&", "\u{a0}",
];

fn decoration() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(DECORATION), 0..3).prop_map(|v| v.concat())
}

/// A table name with random letter case and random decoration between, before and
/// after its characters, and the row it must find.
fn decorated_name() -> impl Strategy<Value = (String, MedicationId)> {
    let names = all_names();
    (0..names.len())
        .prop_flat_map(move |i| {
            let (name, id) = names[i];
            let len = name.chars().count();
            (
                Just((name, id)),
                prop::collection::vec(any::<bool>(), len),
                prop::collection::vec(decoration(), len + 1),
            )
        })
        .prop_map(|((name, id), upper, gaps)| {
            let mut out = String::new();
            for ((c, up), gap) in name.chars().zip(upper).zip(&gaps) {
                out.push_str(gap);
                if up {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
            }
            if let Some(last) = gaps.last() {
                out.push_str(last);
            }
            (out, id)
        })
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn normalisation_is_idempotent(s in any::<String>()) {
        let once = normalize_drug_name(&s);
        prop_assert_eq!(normalize_drug_name(&once), once.clone());
    }

    #[test]
    fn normalisation_is_idempotent_on_decorated_names((s, _id) in decorated_name()) {
        let once = normalize_drug_name(&s);
        prop_assert_eq!(normalize_drug_name(&once), once.clone());
    }

    #[test]
    fn normalised_text_has_only_letters_and_digits(s in any::<String>()) {
        prop_assert!(normalize_drug_name(&s).chars().all(char::is_alphanumeric));
    }

    #[test]
    fn decorated_names_are_found((s, id) in decorated_name()) {
        prop_assert_eq!(lookup_medication(&s).map(|m| m.id), Some(id), "{:?}", s);
    }

    #[test]
    fn lookup_agrees_with_normalised_lookup((s, id) in decorated_name()) {
        let normalised = normalize_drug_name(&s);
        prop_assert_eq!(lookup_medication(&normalised).map(|m| m.id), Some(id));
    }

    #[test]
    fn a_name_with_an_extra_letter_is_not_found(
        (s, _id) in decorated_name(),
        extra in "[a-z0-9]",
        at_end in any::<bool>(),
    ) {
        let padded = if at_end { format!("{s}{extra}") } else { format!("{extra}{s}") };
        let key = normalize_drug_name(&padded);
        // only a miss if the padded name is not itself another table name
        let is_table_name = all_names().iter().any(|(n, _)| normalize_drug_name(n) == key);
        prop_assume!(!is_table_name);
        prop_assert!(lookup_medication(&padded).is_none(), "{:?}", padded);
    }

    #[test]
    fn random_words_are_not_found(word in "[a-zA-Z][a-zA-Z -]{0,14}") {
        let key = normalize_drug_name(&word);
        let is_table_name = all_names().iter().any(|(n, _)| normalize_drug_name(n) == key);
        prop_assume!(!is_table_name);
        prop_assert!(lookup_medication(&word).is_none());
    }
}
