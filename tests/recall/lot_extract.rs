//! `extract_lots` on small hand-written code texts, one rule of LABELING.md at a time,
//! and property tests. (The real labelled records are in `recall_lot_quality.rs`.)

use legcramps::recall::LotNumber;
use legcramps::recall::{LotExtraction, WindowBasis, extract_lots};
use proptest::prelude::*;

fn lots(text: &str) -> Vec<String> {
    extract_lots(text)
        .lots
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn ranges(text: &str) -> Vec<(String, String)> {
    extract_lots(text)
        .ranges
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn every_lot_label_of_labeling_md() {
    for (text, lot) in [
        ("Lot 4410A", "4410A"),
        ("Lot # 4410A, Exp 03/2024", "4410A"),
        ("Lot#4410A", "4410A"),
        ("Lot No. 4410A", "4410A"),
        ("Lot Number: 4410A", "4410A"),
        ("Lot Numbers: 4410A", "4410A"),
        ("Lots: 4410A", "4410A"),
        ("Batch 4410A", "4410A"),
        ("Batch No. 4410A", "4410A"),
        ("lot code 4410A", "4410A"),
        ("Control No. 4410A", "4410A"),
        ("Lot #s: 4410A", "4410A"),
        ("Lot #'s: 4410A", "4410A"),
    ] {
        assert_eq!(lots(text), [lot], "{text}");
    }
    // Right after a label, a short or letters-only value still is the lot.
    assert_eq!(lots("Batch 41"), ["41"]);
    assert_eq!(lots("Lot #: QRT, Exp. Date Jan 12, 2024"), ["QRT"]);
    assert!(lots("Lot: N/A, Exp 12/2024").is_empty());
}

#[test]
fn lists_run_on_across_expiry_dates() {
    assert_eq!(
        lots("Lot #s: 5511029, 5511031, Exp 04/16; 5511062, Exp 05/16"),
        ["5511029", "5511031", "5511062"]
    );
    assert_eq!(
        lots("Lot: 1) 12CR001B, Exp Sep-2015  2) 12CR002B, Exp Sep-2015 3) 12CR003B Exp, Oct-2015"),
        ["12CR001B", "12CR002B", "12CR003B"]
    );
    // Lettered sub-lists, glued markers and repeated lots.
    assert_eq!(
        lots(
            "Lot# (a) Lots M400155, M400162, Exp Date 05/31/2026;  (b)M400163, Exp Date 06/30/2026; (c) M400155"
        ),
        ["M400155", "M400162", "M400163"]
    );
    assert_eq!(
        lots("Lot #: 6N02KT*, 6N03KT*, Exp 11/18"),
        ["6N02KT", "6N03KT"]
    );
}

#[test]
fn bare_lots_without_a_label() {
    assert_eq!(lots("412B77001  412B77002"), ["412B77001", "412B77002"]);
    assert_eq!(
        lots("07713005A 05/2021  07713006A 11/2021"),
        ["07713005A", "07713006A"]
    );
    assert_eq!(lots("2042213BK"), ["2042213BK"]);
    assert_eq!(lots("C6622 Exp 9/12/14"), ["C6622"]);
    assert_eq!(
        lots("06112016@41, 07012016@7"),
        ["06112016@41", "07012016@7"]
    );
    // Bare numbers need four digits; prose words before a token make it prose.
    assert!(lots("Vitamin Q-10, Capsule, 250 mg").is_empty());
}

#[test]
fn compounding_lots_and_inner_punctuation() {
    assert_eq!(
        lots("Lot: 05302019:17 Discard by: 11/26/2019; 06112019:40 Discard by: 12/8/2019"),
        ["05302019:17", "06112019:40"]
    );
    assert_eq!(lots("Lot: 09142019@12 BUD: 3/12/2020"), ["09142019@12"]);
    assert_eq!(
        lots("Lot #: 20150812@2/7, discard date: 2/9/2016"),
        ["20150812@2/7"]
    );
    assert_eq!(
        lots(
            "Lot, Best Use Date (BUD):  Lot MEDRX061125-1, BUD December 4, 2025;  Lot MedRx061125-2, BUD December 9, 2025"
        ),
        ["MEDRX061125-1", "MEDRX061125-2"]
    );
    // A hyphen inside a token keeps one lot.
    assert_eq!(
        lots("Lots: 2210-1, 2210-3, No Expiration Date"),
        ["2210-1", "2210-3"]
    );
}

#[test]
fn things_that_are_not_lots() {
    // Dates in many formats.
    assert_eq!(lots("Lot #: QX-114-22 Exp. 14-06-2023"), ["QX-114-22"]);
    assert_eq!(
        lots("Lot: 77341, Exp. 10/18/2026; 77342, EXP06/2027; 77343, Exp.07/2027"),
        ["77341", "77342", "77343"]
    );
    assert_eq!(
        lots("Lot #: 1F447A, Exp. Date Nov-25; 2F405A, Exp 1MAR2026, 3F100A May-27."),
        ["1F447A", "2F405A", "3F100A"]
    );
    assert_eq!(lots("Lot 5521, BUD November 14, 2025"), ["5521"]);
    // NDCs, UPCs, item, part and serial numbers.
    assert_eq!(
        lots("NDC 61234-202-10  Lot # WZ00B361A  Size K and L        Part number 912233"),
        ["WZ00B361A"]
    );
    assert_eq!(
        lots("Lot code R201933A, exp 9/2019, NDC 61234-375-20, UPC 361234375207"),
        ["R201933A"]
    );
    assert_eq!(
        lots(
            "Subset of Lot 3288912, Expires: 06/30/2028 Specific Serial Numbers being Recalled: 270S805UU17Y; 2D85B797QQSH"
        ),
        ["3288912"]
    );
    assert!(lots("SKU: 827733").is_empty());
    assert!(lots("Rx #:   0482691").is_empty());
    assert!(lots("UPC CODE: 036000291452, Exp unknown").is_empty());
    // Counts, sizes, strengths, phone numbers.
    assert_eq!(
        lots(
            "Bulk Product Lot #  2270863A, exp. date 02/2021, 1000 tablets/bottle  2270864A, exp. date 02/2021, 90 tablets/bottle"
        ),
        ["2270863A", "2270864A"]
    );
    assert_eq!(
        lots("Lot numbers: a)100 count bottle: TW9797; b) 1000 count bottle: TY0220"),
        ["TW9797", "TY0220"]
    );
    assert_eq!(
        lots("Lot #: M24263-2YW, Exp: 12/22/2025; a)1.00 kg, b)0.5 kg, c)100g pack sizes."),
        ["M24263-2YW"]
    );
    assert_eq!(
        lots("Lot 7731B, call 1-800-555-0142 or (844) 555-0199"),
        ["7731B"]
    );
    // A product name inside a sentence is not a lot.
    assert_eq!(
        lots(
            "Lot #: 293218 and lot 293219 Exp. Date 07/23 (contains recalled BrightCare CTx4 5000 gel tube lot 253128)"
        ),
        ["293218", "293219", "253128"]
    );
    // Words only.
    let e = extract_lots("No lot code information or exp date on packaging.");
    assert!(e.is_empty());
}

#[test]
fn ranges_go_to_ranges() {
    assert_eq!(
        ranges("Batch 92912615003 to 92912812004, exp 5/13/2018 through 2/20/2020"),
        [("92912615003".to_owned(), "92912812004".to_owned())]
    );
    assert!(lots("Batch 92912615003 to 92912812004").is_empty());
    assert_eq!(
        ranges("Lots A1001 through A1050"),
        [("A1001".to_owned(), "A1050".to_owned())]
    );
    assert_eq!(
        ranges("Lots A1001 thru A1050"),
        [("A1001".to_owned(), "A1050".to_owned())]
    );
    assert_eq!(
        ranges("Lots A1001 - A1050, Exp 12/2025"),
        [("A1001".to_owned(), "A1050".to_owned())]
    );
    // With no spaces the hyphen is inside one lot (LABELING.md keeps internal `-`).
    assert_eq!(
        lots("Finished product Lot P0020C01-P0020C12"),
        ["P0020C01-P0020C12"]
    );
    // Date windows are not lot ranges, nor are unspaced hyphens inside a lot.
    assert!(ranges("Lot:14102019@10, distributed between 10-01-2019 to 03-20-2020.").is_empty());
    assert!(ranges("Lot, exp: 180714-007, 9/12/2018; 180728-001, 9/26/2018").is_empty());
    assert!(ranges("Lots: 506-002 and 506-003").is_empty());
}

#[test]
fn all_lots_and_their_windows() {
    let f = extract_lots("All lots within expiry.");
    assert!(f.all_lots && f.lots.is_empty());
    assert_eq!(f.all_lots_window.unwrap().basis, WindowBasis::Expiry);

    let f = extract_lots("All Lots");
    assert!(f.all_lots);
    assert_eq!(f.all_lots_window, None);

    let f = extract_lots("All lots repackaged and distributed between 02/06/13 to 03/13/16");
    let w = f.all_lots_window.unwrap();
    assert_eq!(w.basis, WindowBasis::Distributed);
    assert_eq!(
        (w.from.as_deref(), w.to.as_deref()),
        (Some("02/06/13"), Some("03/13/16"))
    );
    assert_eq!(
        w.text,
        "All lots repackaged and distributed between 02/06/13 to 03/13/16"
    );
    assert!(f.ranges.is_empty());

    let f =
        extract_lots("All lots remaining within expiry dispensed 11/02/2018 through 01/13/2019");
    let w = f.all_lots_window.unwrap();
    assert_eq!(w.basis, WindowBasis::Dispensed);
    assert_eq!(
        (w.from.as_deref(), w.to.as_deref()),
        (Some("11/02/2018"), Some("01/13/2019"))
    );

    let f = extract_lots("all codes distributed prior to and including 06/24/2014");
    let w = f.all_lots_window.unwrap();
    assert_eq!((w.from, w.to.as_deref()), (None, Some("06/24/2014")));

    // A window beside listed lots: both.
    let f = extract_lots(
        "All lots distributed between December 2015 and June 2016;  06072016@33, 9/5/2016; 03142016@17, 6/12/2016",
    );
    assert!(f.all_lots);
    assert_eq!(f.lots.len(), 2);
    let w = f.all_lots_window.unwrap();
    assert_eq!(
        (w.from.as_deref(), w.to.as_deref()),
        (Some("December 2015"), Some("June 2016"))
    );

    let f = extract_lots(
        "Recall includes all sterile products compounded between 06/18/2017 and 12/18/2017.    Known lot codes (Exp Date): 08282017G (10/09/2017)",
    );
    assert!(f.all_lots);
    assert_eq!(f.all_lots_window.unwrap().basis, WindowBasis::Manufactured);
    assert_eq!(f.lots, [LotNumber::new("08282017G").unwrap()]);

    // A window for one named lot is not an all-lots recall.
    assert!(
        !extract_lots("Lot:16012020@11, distributed between 10-01-2019 to 03-20-2020.").all_lots
    );
    // A bare distribution window with nothing named is.
    assert!(extract_lots("distributed prior to and including 06/24/2014").all_lots);
}

#[test]
fn code_info_and_more_code_info_join_without_separator() {
    // openFDA cuts code_info mid-token and carries on in more_code_info (recalls.md §2.5).
    let code_info =
        "Service Code 4W9816 , Lot Number 170380161M , Exp. Date 6/8/2017 ;  Service Code 3L9";
    let more = "816 , Lot Number 170950031C , Exp. Date 7/24/2017 ;";
    let joined = format!("{code_info}{more}");
    assert_eq!(lots(&joined), ["170380161M", "170950031C"]);
}

#[test]
fn serde_shape() {
    let f = extract_lots("Lots A1001 - A1050; Lot B7");
    let json = serde_json::to_value(&f).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "lots": ["B7"], "all_lots": false, "all_lots_window": null,
            "ranges": [["A1001", "A1050"]]
        })
    );
    let back: LotExtraction = serde_json::from_value(json).unwrap();
    assert_eq!(back, f);
    let w = extract_lots("All lots distributed between May 2016 and June 2017")
        .all_lots_window
        .unwrap();
    assert_eq!(
        serde_json::to_value(&w).unwrap(),
        serde_json::json!({"basis": "distributed", "from": "May 2016", "to": "June 2017",
                           "text": "All lots distributed between May 2016 and June 2017"})
    );
}

fn assert_round_trip(found: &LotExtraction) -> Result<(), TestCaseError> {
    let all = found
        .lots
        .iter()
        .chain(found.ranges.iter().flat_map(|(a, b)| [a, b]));
    for lot in all {
        let again: LotNumber = lot.as_str().parse().unwrap();
        prop_assert_eq!(&again, lot);
        prop_assert_eq!(again.as_str(), lot.as_str());
    }
    Ok(())
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    #[test]
    fn never_panics_and_lots_round_trip(s in any::<String>()) {
        assert_round_trip(&extract_lots(&s))?;
    }

    /// Texts made of the pieces real code texts use.
    #[test]
    fn record_like_soup(parts in proptest::collection::vec(
        prop_oneof![
            Just("Lot".to_owned()), Just("Lot #:".to_owned()), Just("Batch".to_owned()), Just("Exp".to_owned()),
            Just("BUD:".to_owned()), Just("All lots".to_owned()), Just("NDC".to_owned()), Just("SKU".to_owned()),
            Just("to".to_owned()), Just(" - ".to_owned()), Just("a)".to_owned()), Just(", ".to_owned()),
            Just("; ".to_owned()), Just(" ".to_owned()), Just("between".to_owned()), Just("distributed".to_owned()),
            "[A-Z]{0,3}[0-9]{1,8}[A-Z]?", "[0-9]{1,2}/[0-9]{2,4}", "[0-9]{8}[@:][0-9]{1,2}",
            "[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}", "(Jan|May|Dec)[a-z]{0,5}",
        ],
        0..40,
    )) {
        let text = parts.concat();
        let found = extract_lots(&text);
        assert_round_trip(&found)?;
        // Deterministic, and lots are distinct.
        prop_assert_eq!(&extract_lots(&text), &found);
        let mut seen = std::collections::HashSet::new();
        for l in &found.lots {
            prop_assert!(seen.insert(l.clone()), "{} twice", l);
        }
    }

    /// Repeating a labelled list changes nothing: lots are kept once, in first order.
    #[test]
    fn repetition_adds_nothing(ids in proptest::collection::vec("[A-Z]{1,2}[0-9]{4,7}", 1..8), times in 1usize..4) {
        let list = format!("Lot #: {}, Exp 12/2025; ", ids.join(", "));
        let once = extract_lots(&list);
        let many = extract_lots(&list.repeat(times));
        prop_assert_eq!(&many.lots, &once.lots);
        let mut distinct: Vec<String> = Vec::new();
        for id in &ids {
            if !distinct.contains(id) { distinct.push(id.clone()); }
        }
        let got: Vec<String> = once.lots.iter().map(ToString::to_string).collect();
        prop_assert_eq!(got, distinct);
    }
}

#[test]
fn output_types_are_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<LotExtraction>();
    check::<legcramps::recall::LotWindow>();
    check::<WindowBasis>();
    check::<legcramps::recall::NdcMention>();
}
