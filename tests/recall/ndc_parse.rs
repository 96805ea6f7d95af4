//! `Ndc` and `ProductNdc` parsing, keys, display, serde and errors (public API only).
//!
//! Expected keys come from the conversion rule in recalls.md §4 (pad the short segment
//! with one leading zero) and its worked examples; the 12-digit rule from FDA's 2026
//! final rule (existing codes convert by adding leading zeros).

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};

use legcramps::recall::Ndc;
use legcramps::recall::{NdcError, NdcLayout, ProductNdc, ProductNdcLayout};
use proptest::prelude::*;

fn ndc(s: &str) -> Ndc {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn err(s: &str) -> String {
    s.parse::<Ndc>().unwrap_err().to_string()
}

#[test]
fn ten_digit_layouts_pad_to_the_11_digit_key() {
    // recalls.md §4 examples: 4-4-2 gains a zero in front, 5-3-2 at the start of the
    // product code, 5-4-1 at the start of the package code.
    let cases = [
        ("0574-4072-05", NdcLayout::L4_4_2, "00574407205"),
        ("0002-7597-01", NdcLayout::L4_4_2, "00002759701"),
        ("51655-089-52", NdcLayout::L5_3_2, "51655008952"),
        ("50242-040-62", NdcLayout::L5_3_2, "50242004062"),
        ("58118-1397-3", NdcLayout::L5_4_1, "58118139703"),
        ("60575-4112-1", NdcLayout::L5_4_1, "60575411201"),
    ];
    for (text, layout, key) in cases {
        let n = ndc(text);
        assert_eq!(n.layout(), layout, "{text}");
        assert_eq!(n.canonical(), key, "{text}");
        assert_eq!(n.to_string(), text, "Display keeps the written layout");
    }
}

#[test]
fn eleven_digit_forms_with_and_without_hyphens() {
    let a = ndc("00574-4072-05");
    let b = ndc("00574407205");
    assert_eq!(a.layout(), NdcLayout::L5_4_2);
    assert_eq!(b.layout(), NdcLayout::L5_4_2);
    assert_eq!(a, b);
    assert_eq!(a, ndc("0574-4072-05"));
    assert_eq!(b.to_string(), "00574-4072-05");
    assert_eq!(ndc("0574-4072-05").to_hipaa(), "00574-4072-05");
    // Surrounding whitespace is ignored.
    assert_eq!(ndc("  0574-4072-05 "), a);
}

#[test]
fn twelve_digit_codes_equal_their_converted_11_digit_twins() {
    // Final rule: an existing code becomes 12 digits by leading zeros, so 000574 is the
    // old labeler 0574 and 051655 the old 51655.
    assert_eq!(ndc("000574-4072-05"), ndc("0574-4072-05"));
    assert_eq!(ndc("051655-0089-52"), ndc("51655-089-52"));
    assert_eq!(ndc("000574407205"), ndc("00574407205"));
    assert_eq!(ndc("000574-4072-05").canonical(), "00574407205");
    assert_eq!(ndc("000574-4072-05").to_string(), "000574-4072-05");
    assert_eq!(ndc("51655-089-52").to_twelve_digit(), "051655-0089-52");
    // A labeler that does not start with 0 is new under the rule: its own 12-digit key.
    let new = ndc("123456-7890-12");
    assert_eq!(new.layout(), NdcLayout::L6_4_2);
    assert_eq!(new.canonical(), "123456789012");
    assert_eq!(new.to_hipaa(), "123456-7890-12");
    assert_eq!(new.to_twelve_digit(), "123456-7890-12");
    assert_ne!(new, ndc("23456-7890-12"));
    assert_eq!(ndc("123456789012"), new);
    // Every 11-digit key sorts before every 12-digit key.
    assert!(ndc("99999-9999-99") < new);
}

#[test]
fn a_bare_ten_digit_string_is_ambiguous() {
    assert_eq!(
        err("0185002201"),
        r#"ambiguous NDC "0185002201": 10 digits without hyphens could be 0185-0022-01, 01850-022-01 or 01850-0220-1"#
    );
    let Err(NdcError::Ambiguous { candidates, .. }) = "0185002201".parse::<Ndc>() else {
        panic!("expected Ambiguous");
    };
    assert_eq!(candidates[0].layout(), NdcLayout::L4_4_2);
    let all = Ndc::candidates("0185002201").unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0], ndc("0185-0022-01"));
    assert_eq!(all[1], ndc("01850-022-01"));
    assert_eq!(all[2], ndc("01850-0220-1"));
    // The Sandoz 100-count bottle (recalls.md §1.2) is among the candidates.
    assert!(all.contains(&ndc("00185-0022-01")));
    assert_eq!(
        Ndc::candidates("0185-0022-01").unwrap(),
        [ndc("0185-0022-01")]
    );
    assert_eq!(
        Ndc::candidates("0185").unwrap_err().to_string(),
        r#"invalid NDC "0185": 4 digits; a hyphen-less NDC has 10, 11 or 12 digits"#
    );
}

#[test]
fn rejections_say_why() {
    assert_eq!(err(""), r#"invalid NDC "": empty"#);
    assert_eq!(err("   "), r#"invalid NDC "   ": empty"#);
    assert_eq!(
        err("0185-00A2-01"),
        r#"invalid NDC "0185-00A2-01": 'A' is not a digit or a hyphen"#
    );
    assert_eq!(
        err("NDC 0185-0022-01"),
        r#"invalid NDC "NDC 0185-0022-01": 'N' is not a digit or a hyphen"#
    );
    assert_eq!(
        err("0185 0022 01"),
        r#"invalid NDC "0185 0022 01": ' ' is not a digit or a hyphen"#
    );
    assert_eq!(
        err("018500220"),
        r#"invalid NDC "018500220": 9 digits; a hyphen-less NDC has 10, 11 or 12 digits"#
    );
    // The 9-digit typo in one copy of the Sandoz table (recalls.md §1.4).
    assert_eq!(
        err("0185-022-10"),
        r#"invalid NDC "0185-022-10": segments 4-3-2 are not 4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2"#
    );
    assert_eq!(
        err("0185--0022-01"),
        r#"invalid NDC "0185--0022-01": segments 4-0-4-2 are not 4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2"#
    );
    assert_eq!(
        err("-0185-0022-01"),
        r#"invalid NDC "-0185-0022-01": segments 0-4-4-2 are not 4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2"#
    );
    assert_eq!(
        err("0185-0022"),
        r#"invalid NDC "0185-0022": labeler-product only, no package code"#
    );
    assert_eq!(
        err("054365-400-13"),
        r#"invalid NDC "054365-400-13": segments 6-3-2 are not 4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2"#
    );
    assert!(matches!(
        "0185-0022".parse::<Ndc>(),
        Err(NdcError::ProductOnly { product, .. }) if product.to_string() == "0185-0022"
    ));
}

#[test]
fn from_segments_checks_digits_and_layout() {
    assert_eq!(
        Ndc::from_segments("0185", "0022", "01").unwrap(),
        ndc("0185-0022-01")
    );
    assert_eq!(
        Ndc::from_segments("0185", "022", "01")
            .unwrap_err()
            .to_string(),
        r#"invalid NDC "0185-022-01": segments 4-3-2 are not 4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2"#
    );
    assert_eq!(
        Ndc::from_segments("0185", "00x2", "01")
            .unwrap_err()
            .to_string(),
        r#"invalid NDC "0185-00x2-01": 'x' is not a digit or a hyphen"#
    );
}

#[test]
fn product_codes() {
    let p: ProductNdc = "0185-0022".parse().unwrap();
    assert_eq!(p.layout(), ProductNdcLayout::L4_4);
    assert_eq!(p.canonical(), "001850022");
    assert_eq!(p.to_string(), "0185-0022");
    assert_eq!(p, "00185-0022".parse().unwrap());
    assert_eq!(p, "000185-0022".parse().unwrap());
    assert_eq!(p, ndc("0185-0022-10").product());
    assert!(p.contains(&ndc("00185002201")));
    assert!(!p.contains(&ndc("0185-0023-01")));
    // openFDA product_ndc shapes (recalls.md §4): 4-4, 5-3, 5-4.
    let five_three: ProductNdc = "41163-703".parse().unwrap();
    assert_eq!(five_three.layout(), ProductNdcLayout::L5_3);
    assert_eq!(five_three.canonical(), "411630703");
    assert!(five_three.contains(&ndc("41163-703-10")));
    let five_four: ProductNdc = "70710-1643".parse().unwrap();
    assert!(five_four.contains(&ndc("70710-1643-5")));
    let new: ProductNdc = "123456-7890".parse().unwrap();
    assert_eq!(new.canonical(), "1234567890");
    assert_eq!(new.to_string(), "123456-7890");

    let perr = |s: &str| s.parse::<ProductNdc>().unwrap_err().to_string();
    assert_eq!(
        perr("0185-0022-01"),
        r#"invalid product NDC "0185-0022-01": has a package code"#
    );
    assert_eq!(
        perr("01850022"),
        r#"invalid NDC "01850022": segments 8 are not 4-4, 5-3, 5-4 or 6-4"#
    );
    assert_eq!(
        perr("0185-022"),
        r#"invalid NDC "0185-022": segments 4-3 are not 4-4, 5-3, 5-4 or 6-4"#
    );
    assert_eq!(perr(""), r#"invalid NDC "": empty"#);
}

#[test]
fn equality_and_hash_follow_the_key() {
    let forms = [
        "0185-0022-01",
        "00185-0022-01",
        "00185002201",
        "000185-0022-01",
        "000185002201",
    ];
    let set: HashSet<Ndc> = forms.iter().map(|s| ndc(s)).collect();
    assert_eq!(set.len(), 1);
    let state = RandomState::new();
    let hashes: HashSet<u64> = forms.iter().map(|s| state.hash_one(ndc(s))).collect();
    assert_eq!(hashes.len(), 1);
    assert_ne!(ndc("0185-0022-01"), ndc("0185-0022-10"));
}

#[test]
fn serde_uses_the_string_form_and_validates() {
    let n = ndc("58118-1397-3");
    assert_eq!(serde_json::to_string(&n).unwrap(), r#""58118-1397-3""#);
    let back: Ndc = serde_json::from_str(r#""58118-1397-3""#).unwrap();
    assert_eq!(back, n);
    assert_eq!(back.layout(), NdcLayout::L5_4_1);
    let e = serde_json::from_str::<Ndc>(r#""0185002201""#)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with(r#"ambiguous NDC "0185002201""#), "{e}");
    // serde_json names the place: the bad string "12" closes at column 21, and the
    // error points just past it.
    let e = serde_json::from_str::<Vec<Ndc>>(r#"["0185-0022-01", "12"]"#).unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"invalid NDC "12": 2 digits; a hyphen-less NDC has 10, 11 or 12 digits at line 1 column 22"#
    );
    let p: ProductNdc = serde_json::from_str(r#""68016-177""#).unwrap();
    assert_eq!(serde_json::to_string(&p).unwrap(), r#""68016-177""#);
    assert_eq!(
        serde_json::to_string(&NdcLayout::L5_3_2).unwrap(),
        r#""l5_3_2""#
    );
}

#[test]
fn types_are_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Ndc>();
    check::<ProductNdc>();
    check::<NdcError>();
    check::<NdcLayout>();
}

/// Digits of a given length.
fn digits(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, n)
        .prop_map(|d| d.iter().map(|x| char::from(b'0' + x)).collect())
}

/// A written NDC in any hyphenated package layout.
fn written_ndc() -> impl Strategy<Value = String> {
    prop_oneof![
        Just((4, 4, 2)),
        Just((5, 3, 2)),
        Just((5, 4, 1)),
        Just((5, 4, 2)),
        Just((6, 4, 2))
    ]
    .prop_flat_map(|(a, b, c)| (digits(a), digits(b), digits(c)))
    .prop_map(|(a, b, c)| format!("{a}-{b}-{c}"))
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn parse_display_parse_round_trips(text in written_ndc()) {
        let first: Ndc = text.parse().unwrap();
        prop_assert_eq!(first.to_string(), text.clone());
        let again: Ndc = first.to_string().parse().unwrap();
        prop_assert_eq!(again, first);
        prop_assert_eq!(again.layout(), first.layout());
        let hipaa: Ndc = first.to_hipaa().parse().unwrap();
        prop_assert_eq!(hipaa, first);
        let twelve: Ndc = first.to_twelve_digit().parse().unwrap();
        prop_assert_eq!(twelve, first);
        let bare: Ndc = first.canonical().parse().unwrap();
        prop_assert_eq!(bare, first);
        prop_assert!(first.product().contains(&first));
    }

    /// One code written in every layout it can take has one key and one hash.
    #[test]
    fn every_layout_of_one_code_has_one_key(lab in digits(5), prod in digits(4), pack in digits(2)) {
        let hipaa = format!("{lab}-{prod}-{pack}");
        let mut forms = vec![hipaa.clone(), format!("{lab}{prod}{pack}"), format!("0{hipaa}"), format!("0{lab}{prod}{pack}")];
        // The 10-digit layout exists when the padded segment starts with its zero.
        if let Some(l) = lab.strip_prefix('0') { forms.push(format!("{l}-{prod}-{pack}")); }
        if let Some(p) = prod.strip_prefix('0') { forms.push(format!("{lab}-{p}-{pack}")); }
        if let Some(k) = pack.strip_prefix('0') { forms.push(format!("{lab}-{prod}-{k}")); }
        let key = format!("{lab}{prod}{pack}");
        let state = RandomState::new();
        let hash = state.hash_one(hipaa.parse::<Ndc>().unwrap());
        for f in &forms {
            let n: Ndc = f.parse().unwrap();
            prop_assert_eq!(n.canonical(), key.as_str(), "{}", f);
            prop_assert_eq!(state.hash_one(n), hash);
        }
    }

    /// A bare 10-digit string's candidates are exactly its three layout readings.
    #[test]
    fn candidates_are_the_three_splits(d in digits(10)) {
        let all = Ndc::candidates(&d).unwrap();
        let expected = [
            format!("{}-{}-{}", &d[..4], &d[4..8], &d[8..]),
            format!("{}-{}-{}", &d[..5], &d[5..8], &d[8..]),
            format!("{}-{}-{}", &d[..5], &d[5..9], &d[9..]),
        ];
        prop_assert_eq!(all.len(), 3);
        for (n, e) in all.iter().zip(&expected) {
            prop_assert_eq!(&n.to_string(), e);
        }
    }

    #[test]
    fn parsing_never_panics(s in any::<String>()) {
        let _ = s.parse::<Ndc>();
        let _ = s.parse::<ProductNdc>();
        let _ = Ndc::candidates(&s);
    }

    #[test]
    fn parsing_digit_and_hyphen_soup_never_panics(s in "[0-9-]{0,16}") {
        if let Ok(n) = s.parse::<Ndc>() {
            prop_assert_eq!(n.to_string().parse::<Ndc>().unwrap(), n);
        }
        if let Ok(p) = s.parse::<ProductNdc>() {
            prop_assert_eq!(p.to_string().parse::<ProductNdc>().unwrap(), p);
        }
    }
}
