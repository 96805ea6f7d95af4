//! Scope with negation and exclusion (issue 13): "only", "not all lots", "except", "not
//! included" limit a recall; an excluded lot or range is never reported recalled; "all
//! lots" holds only where the text says so without negation. Real texts are from the
//! FDA Data Dashboard export in `shared/openfda/` (record numbers given); the phrases the
//! issue names that no real record uses are written here in the records' style.

use legcramps::recall::{EnforcementRecord, LotBasis, Recall, extract_lots};
use legcramps::recall::{LotNumber, RecallRegistry};
use proptest::prelude::*;

fn lots(text: &str) -> Vec<String> {
    extract_lots(text)
        .lots
        .iter()
        .map(|l| l.to_string())
        .collect()
}

fn excluded(text: &str) -> Vec<String> {
    extract_lots(text)
        .excluded
        .iter()
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn only_and_all_other_lots_not_affected() {
    // The issue's own wording.
    let f = extract_lots("Lot AB123 only; all other lots are not affected");
    assert_eq!(
        lots("Lot AB123 only; all other lots are not affected"),
        ["AB123"]
    );
    assert!(!f.all_lots);
    assert!(!extract_lots("not all lots").all_lots);
    assert!(!extract_lots("Not all lots are affected; Lot 4410A").all_lots);
    // D-1376-2020: "Only the specific lot distributed by Besse Medical are affected."
    let f = extract_lots(
        "Lot #: ZA19014, exp. date 05/2021  Only the specific lot distributed by Besse Medical are affected.",
    );
    assert_eq!(
        lots(
            "Lot #: ZA19014, exp. date 05/2021  Only the specific lot distributed by Besse Medical are affected."
        ),
        ["ZA19014"]
    );
    assert!(!f.all_lots);
}

#[test]
fn exceptions_leave_lots_out() {
    let f = extract_lots("All lots except Lot AB123 and AB124");
    assert!(f.all_lots);
    assert!(f.lots.is_empty());
    assert_eq!(
        excluded("All lots except Lot AB123 and AB124"),
        ["AB123", "AB124"]
    );
    let f = extract_lots("All lots excluding lots 1000A to 1099A; Exp 12/2026");
    assert!(f.all_lots);
    assert_eq!(f.excluded_ranges.len(), 1);
    // Ends without a numeric tail match only themselves (the rule of
    // `LotNumber::in_range`), so 1050A is not in the excluded range.
    assert!(!f.excludes(&"1050A".parse::<LotNumber>().unwrap()));
    assert!(f.excludes(&"1000A".parse::<LotNumber>().unwrap()));
    let f = extract_lots("All lots other than 7734B");
    assert_eq!(f.excluded.len(), 1);
    // Lots named then left out by the sentence that follows them.
    let t = "Lot 5521A, Exp 10/2026; Lot 5522A is not included in this recall.";
    assert_eq!(lots(t), ["5521A"]);
    assert_eq!(excluded(t), ["5522A"]);
    let t = "Lots 881A, 882A, Exp 01/2027; Lots 883A and 884A are not affected.";
    assert_eq!(lots(t), ["881A", "882A"]);
    assert_eq!(excluded(t), ["883A", "884A"]);
}

#[test]
fn sentences_left_out_after_a_long_list() {
    // 100 lots (past the length at which a list keeps a table of its positions), then
    // lots left out one sentence at a time, then a sentence that names one of the 100
    // again and a new one: each left-out lot goes to `excluded` only, the list still
    // keeps every lot once after the cuts, and the new lot comes last.
    let first: Vec<String> = (0..100).map(|i| format!("A{i:04}")).collect();
    let t = format!(
        "Lot {}. Lot B0001 is not included. Lot B0002 is not included. Lots A0005, A0100.",
        first.join(", ")
    );
    let mut expected = first.clone();
    expected.push("A0100".into());
    assert_eq!(lots(&t), expected);
    assert_eq!(excluded(&t), ["B0001", "B0002"]);
}

#[test]
fn words_that_do_not_negate_the_scope() {
    // D-0265-2021: all lots, and the listed ones.
    let f = extract_lots(
        "All lots including but not limited to the following lots distributed in Zone IV:  Lot # 0161217 Exp. 05/31/2023; 0211068 Exp. 07/31/2023",
    );
    assert!(f.all_lots);
    assert!(f.excluded.is_empty());
    assert_eq!(f.lots.len(), 2);
    // D-1833-2015.
    assert!(extract_lots("All Lots Not Expired and Distributed Before 8/5/15.").all_lots);
    // D-1546-2014, D-0297-2026, D-0351-2023: "not" that leaves nothing out.
    assert_eq!(
        lots("Lot: 06062014@8, Do Not Use Beyond 12/03/2014"),
        ["06062014@8"]
    );
    assert_eq!(
        lots(
            "Lot #: 0665363, Exp 08/31/2027. Lot number and Exp Date may not appear on the 500 mL bottle."
        ),
        ["0665363"]
    );
    let t = "Batch #  PN20834322, PN20834335       These excipients are noted not to have an expiration date.";
    assert_eq!(lots(t), ["PN20834322", "PN20834335"]);
    assert!(excluded(t).is_empty());
}

fn record(code_info: &str) -> EnforcementRecord {
    let json = serde_json::json!({
        "recall_number": "D-0001-2030", "classification": "Class II",
        "recalling_firm": "Firm", "reason_for_recall": "Reason", "report_date": "20300101",
        "status": "Ongoing",
        "product_description": "Pills, NDC 12345-678-90",
        "code_info": code_info,
    });
    serde_json::from_value(json).unwrap()
}

#[test]
fn an_excluded_lot_is_never_reported_recalled() {
    let mut reg = RecallRegistry::new();
    reg.add_record(&record("All lots except Lot AB123 and lots X100 to X199"))
        .unwrap();
    // Covered by "all lots".
    let check = reg.lookup_str("12345-678-90", "ZZ999").unwrap();
    assert_eq!(check.matches[0].lot, LotBasis::AllLots);
    // Left out, in any written form.
    for lot in ["AB123", "ab123", "Lot AB123", "X150", "X100", "X199"] {
        let check = reg.lookup_str("12345-678-90", lot).unwrap();
        assert!(!check.is_recalled(), "{lot}");
        assert!(check.near_misses.is_empty(), "{lot}");
    }
    // A range end is excluded even where a listed range of the same recall holds it.
    let mut reg = RecallRegistry::new();
    reg.add_record(&record("Lots A100 through A200; Lot A150 is not included"))
        .unwrap();
    assert!(
        reg.lookup_str("12345-678-90", "A149")
            .unwrap()
            .is_recalled()
    );
    assert!(
        !reg.lookup_str("12345-678-90", "A150")
            .unwrap()
            .is_recalled()
    );
    let r = Recall::from_enforcement(&record("Lot Q1 only; all other lots are not affected"));
    assert!(!r.all_lots);
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    /// Whatever lots an "except" list names, none of them is reported recalled, and
    /// any other lot is (the recall covers all lots of the NDC).
    #[test]
    fn excepted_lots_are_never_recalled(
        out in prop::collection::vec("[A-Z]{2}[0-9]{4}", 1..5),
        other in "[A-Z]{2}[0-9]{5}",
    ) {
        let text = format!("All lots except Lot {}", out.join(", "));
        let mut reg = RecallRegistry::new();
        reg.add_record(&record(&text)).unwrap();
        for lot in &out {
            prop_assert!(!reg.lookup_str("12345-678-90", lot).unwrap().is_recalled(), "{}", lot);
        }
        prop_assert!(reg.lookup_str("12345-678-90", &other).unwrap().is_recalled());
    }
}
