//! `extract_ndcs` on hand-written texts in every written form recalls.md §4 counts in
//! the openFDA records, plus property tests.

use legcramps::recall::Ndc;
use legcramps::recall::{NdcMention, ProductNdc, extract_ndcs};
use proptest::prelude::*;

fn found(text: &str) -> Vec<String> {
    extract_ndcs(text).iter().map(|m| m.to_string()).collect()
}

fn ndc(s: &str) -> Ndc {
    s.parse().unwrap()
}

#[test]
fn hyphenated_package_forms_anywhere() {
    // 5-3-2 with a labelled colon and two spaces, 5-4-1, 4-4-2, padded 5-4-2.
    assert_eq!(
        found("Tablets, 30 count, NDC:  61234-225-04"),
        ["61234-225-04"]
    );
    assert_eq!(found("vials NDC 59876-0242-2, Rx only"), ["59876-0242-2"]);
    assert_eq!(
        found("bottle (NDC 0444-0971-02) and carton"),
        ["0444-0971-02"]
    );
    assert_eq!(
        found("NDC 61234-1352-05; NDC 00444-3746-00"),
        ["61234-1352-05", "00444-3746-00"]
    );
    // No label needed for a hyphenated package code, and NDC# works too.
    assert_eq!(
        found("Lot 1234, 61234-225-04, NDC #61234-226-04"),
        ["61234-225-04", "61234-226-04"]
    );
    // 6-4-2 of the 2033 layout.
    assert_eq!(found("NDC 123456-7890-12"), ["123456-7890-12"]);
}

#[test]
fn hyphen_less_codes_after_an_ndc_label() {
    // 11 digits: the 5-4-2 form.
    assert_eq!(
        found("Repackaged by Acme, NDC 61234036104 || x"),
        ["61234-0361-04"]
    );
    // A labelled list with markers: NDC: a) …, b) …
    assert_eq!(
        found("NDC: a) 61234748005, b) 49328055750, c) 69618007059"),
        ["61234-7480-05", "49328-0557-50", "69618-0070-59"]
    );
    // 10 digits: ambiguous, every layout kept.
    let m = extract_ndcs("Distributed by Acme, NDC 1406000304");
    assert_eq!(m.len(), 1);
    let NdcMention::Ambiguous(c) = m[0] else {
        panic!("{:?}", m[0])
    };
    assert_eq!(
        c,
        [
            ndc("1406-0003-04"),
            ndc("14060-003-04"),
            ndc("14060-0030-4")
        ]
    );
    // Glued to the label.
    assert_eq!(extract_ndcs("FL 33487. NDC3321678316").len(), 1);
    // Space-separated groups after the label, read as one hyphen-less code.
    let m = extract_ndcs("Parsippany, NJ, NDC 0067 203 702     Foreign packaging");
    assert_eq!(m.len(), 1);
    assert!(m[0].matches(&ndc("0067-2037-02")));
    // Without a label, bare digit runs are not NDCs (they are often lots).
    assert!(found("Lot 1406000304, 61234036104").is_empty());
    // 12 bare digits are a UPC before 2033.
    assert!(found("NDC/UPC 740985228494").is_empty());
}

#[test]
fn product_only_forms() {
    assert_eq!(found("Cream, NDC 68016-177, 2 oz"), ["68016-177"]);
    assert_eq!(
        found("NDC 62032-111; Pore Wash NDC 62032-110 and more"),
        ["62032-111", "62032-110"]
    );
    assert_eq!(found("NDC 52099-8005."), ["52099-8005"]);
    // A placeholder package code marks a product code even without a label.
    assert_eq!(found("item 68016-177-XX, D) lotion"), ["68016-177"]);
    let m = extract_ndcs("NDC 68016-177");
    assert_eq!(
        m[0],
        NdcMention::Product("68016-177".parse::<ProductNdc>().unwrap())
    );
    assert!(m[0].matches(&ndc("68016-0177-03")));
    assert!(m[0].packages().is_empty());
    // Unlabelled 5-3 pairs are not taken: they are often lots or dates.
    assert!(found("Lots 20210-123 and 4410-1").is_empty());
}

#[test]
fn odd_and_broken_forms() {
    // Padded labeler: the leading zero is padding (recalls.md §4, `054365-400-13`).
    assert_eq!(found("Rx Only. NDC: 061234-400-13."), ["61234-400-13"]);
    // Truncated (9 digits), a typo'd labeler, and words after the label: nothing.
    assert!(found("Acme; NDC 71234-060-3").is_empty());
    assert!(found("Gel NDC 561234-113)").is_empty());
    assert!(found("Injection 0.5 mL PFS NDC 14 days supply").is_empty());
    // Codes glued to letters, phone numbers and dates are not NDCs.
    assert!(found("Lot ZD-078-19, call 1-800-525-8747, exp 2020-04-27").is_empty());
}

#[test]
fn each_code_once_in_order() {
    assert_eq!(
        found("NDC 0185-0022-01 and 0185-0022-10; again 00185-0022-01"),
        ["0185-0022-01", "0185-0022-10"]
    );
}

#[test]
fn mention_serde() {
    let m = extract_ndcs("NDC 0185-0022-01 NDC 68016-177");
    let json = serde_json::to_string(&m).unwrap();
    assert_eq!(
        json,
        r#"[{"package":"0185-0022-01"},{"product":"68016-177"}]"#
    );
    let back: Vec<NdcMention> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, m);
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn extraction_never_panics(s in any::<String>()) {
        for m in extract_ndcs(&s) {
            for p in m.packages() {
                prop_assert_eq!(&p.to_string().parse::<Ndc>().unwrap(), p);
            }
        }
    }

    /// Texts made of NDC-ish pieces: digits, hyphens, labels, separators.
    #[test]
    fn ndc_like_soup_never_panics(parts in proptest::collection::vec(
        prop_oneof![
            Just("NDC".to_owned()), Just("NDC:".to_owned()), Just("a)".to_owned()),
            Just(", ".to_owned()), Just(" ".to_owned()), Just("-".to_owned()), Just("XX".to_owned()),
            "[0-9]{1,12}", "[0-9]{4,6}-[0-9]{3,4}-[0-9]{1,2}",
        ],
        0..30,
    )) {
        let text = parts.concat();
        let first = extract_ndcs(&text);
        // Extraction is deterministic and every package mention re-parses to itself.
        prop_assert_eq!(&extract_ndcs(&text), &first);
        for m in &first {
            for p in m.packages() {
                prop_assert_eq!(&p.to_string().parse::<Ndc>().unwrap(), p);
            }
        }
    }

    /// A hyphenated code placed in prose is always found.
    #[test]
    fn a_written_code_is_found(lab in "[0-9]{5}", prod in "[0-9]{3}", pack in "[0-9]{2}") {
        let code = format!("{lab}-{prod}-{pack}");
        let text = format!("Tablets 100 count, NDC {code}, Rx only");
        let n: Ndc = code.parse().unwrap();
        prop_assert!(extract_ndcs(&text).iter().any(|m| m.matches(&n)));
    }
}
