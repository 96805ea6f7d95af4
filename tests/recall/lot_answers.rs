//! What a lookup answers about a lot (issue 13): one normaliser for record text and
//! queries, whether the recall is over, the lot's expiry, and matches through a reading
//! of a bare 10-digit NDC that nothing in the record confirms.

use legcramps::recall::RecallRegistry;
use legcramps::recall::{EnforcementRecord, NdcBasis, RecallStatus};

fn record(description: &str, code_info: &str, extra: serde_json::Value) -> EnforcementRecord {
    let mut json = serde_json::json!({
        "recall_number": "D-0001-2030", "classification": "Class II",
        "recalling_firm": "Firm", "reason_for_recall": "Reason", "report_date": "20300101",
        "product_description": description,
        "code_info": code_info,
    });
    if let (Some(obj), Some(more)) = (json.as_object_mut(), extra.as_object()) {
        obj.extend(more.clone());
    }
    serde_json::from_value(json).unwrap()
}

fn registry(records: &[EnforcementRecord]) -> RecallRegistry {
    let mut reg = RecallRegistry::new();
    for r in records {
        reg.add_record(r).unwrap();
    }
    reg
}

#[test]
fn record_text_and_queries_share_one_normaliser() {
    // The record writes the lot with an inner space after its label (issue 13).
    let reg = registry(&[record(
        "Tablets, NDC 0185-0022-01",
        "Lot JX 6411, Exp 05/2022",
        serde_json::json!({}),
    )]);
    for q in [
        "JX6411",
        "jx6411",
        "Lot JX6411",
        "Lot# JX6411",
        "Lot No. JX6411",
        "JX 6411",
        "\u{FF2A}\u{FF38}\u{FF16}\u{FF14}\u{FF11}\u{FF11}",
    ] {
        assert!(
            reg.lookup_str("0185-0022-01", q).unwrap().is_recalled(),
            "{q:?}"
        );
    }
    // A query the normaliser cannot read is an error, never a silent "not recalled".
    let err = reg
        .lookup_str("0185-0022-01", "JX\u{FF0A}6411")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid lot number \"JX\u{FF0A}6411\": '*' is not a letter, digit or one of @ : - / . _ +"
    );
}

#[test]
fn answers_say_whether_the_recall_is_over_and_the_lot_expiry() {
    let reg = registry(&[record(
        "Tablets, NDC 0185-0022-01",
        "Lot #: KL3199, KM0072, Exp. 03/2023  Lot #: LA7704, Exp. 11/2023",
        serde_json::json!({"status": "Terminated", "termination_date": "20230814"}),
    )]);
    let check = reg.lookup_str("0185-0022-01", "KM0072").unwrap();
    let m = &check.matches[0];
    assert_eq!(m.status, Some(RecallStatus::Terminated));
    assert_eq!(
        m.termination_date.map(|d| d.to_string()).as_deref(),
        Some("2023-08-14")
    );
    assert!(m.is_over());
    assert_eq!(m.lot_expiry.as_deref(), Some("03/2023"));
    let check = reg.lookup_str("0185-0022-01", "LA7704").unwrap();
    assert_eq!(check.matches[0].lot_expiry.as_deref(), Some("11/2023"));

    // An ongoing recall with no expiry written.
    let reg = registry(&[record(
        "Tablets, NDC 0185-0022-01",
        "Lot AB123",
        serde_json::json!({"status": "Ongoing"}),
    )]);
    let m = &reg.lookup_str("0185-0022-01", "AB123").unwrap().matches[0];
    assert_eq!(
        (m.status.clone(), m.termination_date, m.lot_expiry.clone()),
        (Some(RecallStatus::Ongoing), None, None)
    );
    assert!(!m.is_over());
}

#[test]
fn a_match_through_an_unconfirmed_reading_says_so() {
    // `1234567890` reads as 1234-5678-90 (labeler 01234), 12345-678-90 (labeler 12345)
    // and 12345-6789-0 (labeler 12345) (recalls.md §4). The record's other NDC,
    // 12345-111-22, has labeler 12345: the last two readings are supported, the first
    // is not.
    let reg = registry(&[record(
        "Pills, NDC 12345-111-22 and 1234567890",
        "Lot AB123",
        serde_json::json!({}),
    )]);
    let basis = |ndc: &str| reg.lookup_str(ndc, "AB123").unwrap().matches[0].ndc_basis;
    assert_eq!(basis("12345-678-90"), NdcBasis::Package);
    assert_eq!(basis("12345-6789-0"), NdcBasis::Package);
    assert_eq!(basis("1234-5678-90"), NdcBasis::UnconfirmedReading);
    assert_eq!(basis("12345-111-22"), NdcBasis::Package);

    // Alone, no reading is confirmed: every match through it says so.
    let reg = registry(&[record(
        "Pills, NDC 1234567890",
        "Lot AB123",
        serde_json::json!({}),
    )]);
    for ndc in ["1234-5678-90", "12345-678-90", "12345-6789-0"] {
        let check = reg.lookup_str(ndc, "AB123").unwrap();
        assert_eq!(
            check.matches[0].ndc_basis,
            NdcBasis::UnconfirmedReading,
            "{ndc}"
        );
    }
    // Serialized, the basis names itself.
    assert_eq!(
        serde_json::to_string(&NdcBasis::UnconfirmedReading).unwrap(),
        "\"unconfirmed_reading\""
    );
}
