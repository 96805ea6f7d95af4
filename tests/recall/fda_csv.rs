//! The FDA Data Dashboard CSV reader (feature `fda-csv`), on small hand-written exports
//! whose expected values are worked out in the comments.
#![cfg(feature = "fda-csv")]

use chrono::NaiveDate;
use legcramps::recall::{
    FdaCsvError, LoadOptions, RecallClass, RecallStatus, load_fda_csv, read_fda_csv,
};
use legcramps::recall::{Recall, RecallRegistry};
use proptest::prelude::*;

/// The export's 25 columns, in its order (SOURCES-2.md).
const HEADER: &str = "Product Type,Recently Updated Record,Last Modified Date,Event ID,Status,\
Recalling Firm,Address1,Address2,City,State/Province,Postal Code,Country,Voluntary/Mandated,\
Initial Firm Notification of Consignee or Public,Distribution Pattern,Recall Number,\
Classification,Product Description,Product Quantity,Reason for Recall,Recall Initiation Date,\
Center Classification Date,Termination Date,Report Date,Code Info";

/// One quoted row of the 25 columns, as the export writes it (TAB before the postal code).
fn row(number: &str, event: &str, termination: &str, code: &str) -> String {
    format!(
        "\"Drugs\",\"No\",\"\",\"{event}\",\"Terminated\",\"Acme Pharma\",\"1 Main St\",\"N/A\",\
\"Rockford\",\"IL\",\"\t61103-1201\",\"United States\",\"Voluntary: Firm initiated\",\"Letter\",\
\"Nationwide\",\"{number}\",\"Class II\",\"Tablets, NDC 51079-450-20\",\"10 cartons\",\
\"Subpotent\",\"9/8/2016\",\"10/16/2016\",\"{termination}\",\"10/26/2016\",\"{code}\""
    )
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_full_row_maps_to_the_openfda_fields() {
    let csv = format!(
        "{HEADER}\r\n{}\r\n\n\n\n\n\n",
        row(
            "D-1466-2016",
            "66393",
            "1/5/2018",
            "Lot #: AB123, Exp 06/17"
        )
    );
    let load = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap();
    let s = load.report.summary;
    // One data row; the five empty lines the export adds are not rows.
    assert_eq!((s.read, s.kept, s.skipped), (1, 1, 0));
    assert_eq!(load.report.columns, 25);
    assert_eq!(
        load.report.columns_not_kept,
        ["Recently Updated Record", "Last Modified Date"]
    );
    let r = &load.records[0];
    assert_eq!(r.recall_number.as_str(), "D-1466-2016");
    assert!(r.recall_number.has_usual_shape());
    assert_eq!(r.event_id, Some(66393));
    assert_eq!(r.status, Some(RecallStatus::Terminated));
    assert_eq!(r.classification, RecallClass::ClassII);
    assert_eq!(r.product_type.as_deref(), Some("Drugs"));
    assert_eq!(r.recalling_firm, "Acme Pharma");
    // Address2 was written N/A: absent, and the record says so.
    assert_eq!(r.address_2, None);
    assert_eq!(r.written_na(), ["Address2"]);
    // The TAB text guard is not part of the postal code.
    assert_eq!(r.postal_code.as_deref(), Some("61103-1201"));
    assert_eq!(r.state.as_deref(), Some("IL"));
    assert_eq!(r.initial_firm_notification.as_deref(), Some("Letter"));
    // M/D/YYYY, unpadded and padded.
    assert_eq!(r.recall_initiation_date, Some(date(2016, 9, 8)));
    assert_eq!(r.center_classification_date, Some(date(2016, 10, 16)));
    assert_eq!(r.termination_date, Some(date(2018, 1, 5)));
    assert_eq!(r.report_date, date(2016, 10, 26));
    assert_eq!(r.code_info, "Lot #: AB123, Exp 06/17");
    assert_eq!(r.more_code_info, None);
    assert!(r.openfda.is_empty());
    assert_eq!(r.raw_json(), None);
}

#[test]
fn three_more_code_info_columns_join_onto_code_info() {
    // The 2016 file: 28 header columns; most rows have only the first 25 fields.
    let header = format!("{HEADER},More Code Info,More Code Info,More Code Info");
    let long = format!(
        "{},\"lot 2K8\",\"870, Lot 1609\",\"50031C\"",
        row("D-1396-2016", "74057", "N/A", "Service Code 2K")
    );
    let short = row("D-1397-2016", "74057", "N/A", "Lot 5");
    let csv = format!("{header}\r\n{long}\r\n{short}\r\n");
    let load = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap();
    assert_eq!(load.report.columns, 28);
    let [a, b] = &load.records[..] else {
        panic!("two records expected")
    };
    assert_eq!(a.code_info, "Service Code 2K");
    assert_eq!(
        a.more_code_info.as_deref(),
        Some("lot 2K8870, Lot 160950031C")
    );
    assert_eq!(a.code_text(), "Service Code 2Klot 2K8870, Lot 160950031C");
    assert_eq!(b.more_code_info, None);
    // Termination Date was N/A in both (and Address2, from `row`).
    assert_eq!(a.termination_date, None);
    assert_eq!(a.written_na(), ["Address2", "Termination Date"]);
}

#[test]
fn odd_recall_numbers_are_kept_and_flagged() {
    // SOURCES-2.md "Odd values": N/A (event 89918, lots 1D90A, 1D92A), an event-style
    // number and typos. None may be dropped.
    let numbers = [
        "N/A",
        "D-66403-001",
        "D-141-12013",
        "D-0731-201",
        "D1051-2015",
    ];
    let mut csv = format!("{HEADER}\r\n");
    for (i, n) in numbers.iter().enumerate() {
        csv.push_str(&row(n, &format!("{}", 89918 + i), "", "Lot#: 1D90A, 1D92A"));
        csv.push_str("\r\n");
    }
    let load = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap();
    assert_eq!(load.report.summary.kept, 5);
    let shapes: Vec<(&str, bool)> = load
        .records
        .iter()
        .map(|r| (r.recall_number.as_str(), r.recall_number.has_usual_shape()))
        .collect();
    // D1051-2015 (no first hyphen) is of the usual shape; the other four are not.
    assert_eq!(
        shapes,
        [
            ("N/A", false),
            ("D-66403-001", false),
            ("D-141-12013", false),
            ("D-0731-201", false),
            ("D1051-2015", true)
        ]
    );
    // The N/A record still recalls its lots, and says which number it has.
    let mut reg = RecallRegistry::new();
    for r in &load.records {
        reg.add_record(r).unwrap();
    }
    let check = reg.lookup_str("51079-450-20", "1D92A").unwrap();
    assert_eq!(check.matches.len(), 5);
    let first = reg.get(check.matches[0].recall).unwrap();
    assert_eq!(
        first.recall_number.as_ref().map(|n| n.as_str()),
        Some("N/A")
    );
}

#[test]
fn bad_rows_are_skipped_with_row_and_column() {
    let csv = format!(
        "{HEADER}\r\n{}\r\n{}\r\n{}\r\n\"Drugs\",\"x\"\r\n{}\r\n",
        row("D-0001-2024", "1", "", "Lot A1"),
        row("D-0002-2024", "1", "2024-01-05", "Lot A2"),
        row("D-0003-2024", "12a", "", "Lot A3"),
        row("D-0005-2024", "1", "", "Lot A5"),
    );
    let load = load_fda_csv(csv.as_bytes(), LoadOptions::default()).unwrap();
    let s = load.report.summary;
    assert_eq!((s.read, s.kept, s.skipped), (5, 2, 3));
    assert_eq!(s.read, s.kept + s.skipped);
    let shown: Vec<String> = load
        .report
        .skipped
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        shown,
        [
            r#"row 2 (D-0002-2024), column "Termination Date": invalid date "2024-01-05": expected M/D/YYYY"#,
            r#"row 3 (D-0003-2024), column "Event ID": invalid event id "12a": expected digits"#,
            r#"row 4: the row has 2 fields, the header 25 (only trailing "More Code Info" fields may be left out)"#,
        ]
    );
    // Strict: the first bad row is the error.
    let e = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap_err();
    match &e {
        FdaCsvError::BadRow(r) => {
            assert_eq!(r.row, 2);
            assert_eq!(r.column.as_deref(), Some("Termination Date"));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(
        e.to_string()
            .starts_with("bad row in strict mode: row 2 (D-0002-2024), column")
    );
}

#[test]
fn headers_that_are_not_the_export() {
    let e = load_fda_csv(&b""[..], LoadOptions::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "not an FDA Data Dashboard recall export: the file is empty"
    );
    let header = HEADER.replace(",Report Date", "");
    let e = load_fda_csv(header.as_bytes(), LoadOptions::default()).unwrap_err();
    assert_eq!(
        e,
        FdaCsvError::MissingColumn {
            column: "Report Date"
        }
    );
    let header = format!("{HEADER},Status");
    let e = load_fda_csv(header.as_bytes(), LoadOptions::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"not an FDA Data Dashboard recall export: column "Status" appears twice"#
    );
    // Unknown columns are read past and listed.
    let csv = format!(
        "{HEADER},Extra\r\n{},\"x\"\r\n",
        row("D-1-2024", "", "", "")
    );
    let load = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap();
    assert_eq!(load.report.columns_not_kept[2], "Extra");
    assert_eq!(load.records[0].event_id, None);
}

#[test]
fn io_errors_are_typed() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let e = read_fda_csv(Broken, LoadOptions::default(), |_| {}).unwrap_err();
    assert_eq!(e.to_string(), "could not read the CSV file: disk on fire");
}

#[test]
fn csv_and_json_give_the_same_recall() {
    // The same record through both sources: the registry sees the same scope.
    let csv = format!(
        "{HEADER}\r\n{}\r\n",
        row(
            "D-0354-2023",
            "91717",
            "6/17/2024",
            "Lot # G177092, Exp. 11/24"
        )
    );
    let from_csv = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap();
    let json = r#"[{"recall_number": "D-0354-2023", "event_id": "91717", "status": "Terminated",
        "classification": "Class II", "recalling_firm": "Acme Pharma",
        "product_description": "Tablets, NDC 51079-450-20", "reason_for_recall": "Subpotent",
        "report_date": "20161026", "code_info": "Lot # G177092, Exp. 11/24"}]"#;
    let from_json =
        crate::support::openfda::load_enforcement(json.as_bytes(), LoadOptions::strict()).unwrap();
    let a = Recall::from_enforcement(&from_csv.records[0]);
    let b = Recall::from_enforcement(&from_json.records[0]);
    assert_eq!(a.lots, b.lots);
    assert_eq!(a.ndcs, b.ndcs);
    assert_eq!(a.recall_number, b.recall_number);
    assert_eq!(from_csv.records[0].key(), from_json.records[0].key());
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    /// Any M/D/YYYY date, padded or not, reads back as itself.
    #[test]
    fn dates_read_padded_or_not(days in 0i64..60_000, pad_m in any::<bool>(), pad_d in any::<bool>()) {
        let d = date(1970, 1, 1) + chrono::Duration::days(days);
        use chrono::Datelike;
        let m = if pad_m { format!("{:02}", d.month()) } else { d.month().to_string() };
        let dd = if pad_d { format!("{:02}", d.day()) } else { d.day().to_string() };
        let text = format!("{m}/{dd}/{:04}", d.year());
        let csv = format!("{HEADER}\r\n{}\r\n", row("D-1-2024", "1", &text, ""));
        let load = load_fda_csv(csv.as_bytes(), LoadOptions::strict()).unwrap();
        prop_assert_eq!(load.records[0].termination_date, Some(d));
    }

    /// Whatever the Code Info text (commas, quotes, CR/LF), it comes back as written, and
    /// the summary adds up.
    #[test]
    fn code_info_survives_quoting(code in "[ -~\r\n]{0,80}", bad in any::<bool>()) {
        let quoted = code.replace('"', "\"\"");
        let good = row("D-1-2024", "1", "", &quoted);
        let broken = row("D-2-2024", "x", "", "");
        let csv = if bad { format!("{HEADER}\r\n{good}\r\n{broken}\r\n") } else { format!("{HEADER}\r\n{good}\r\n") };
        let load = load_fda_csv(csv.as_bytes(), LoadOptions::default()).unwrap();
        let s = load.report.summary;
        prop_assert_eq!(s.read, s.kept + s.skipped);
        prop_assert_eq!(s.skipped, usize::from(bad));
        let expect = if code.trim().is_empty() || code.trim().eq_ignore_ascii_case("n/a") { "" } else { code.as_str() };
        prop_assert_eq!(load.records[0].code_info.as_str(), expect);
    }
}
