//! The 500 real openFDA drug enforcement records in the shared folder
//! (`openfda/medichain-ai_data_recalls.json`). Expected values come from
//! `openfda/README.md`, `reference/recalls.md` §2-§5 and the file itself.

use crate::support;
use std::fs::File;
use std::io::BufReader;

use crate::support::openfda::{layout, load_enforcement, meta};
use chrono::NaiveDate;
use legcramps::recall::{
    EnforcementRecord, LoadOptions, LotBasis, NdcBasis, RecallClass, RecallStatus,
};
use legcramps::recall::{Ndc, RecallRegistry};

const FILE: &str = "openfda/medichain-ai_data_recalls.json";

fn records(test: &str) -> Option<(Vec<EnforcementRecord>, legcramps::recall::LoadReport)> {
    let path = support::shared::shared_file(test, FILE)?;
    let load = load_enforcement(
        BufReader::new(File::open(path).unwrap()),
        LoadOptions::strict(),
    )
    .unwrap();
    Some((load.records, load.report))
}

fn find<'a>(records: &'a [EnforcementRecord], number: &str) -> &'a EnforcementRecord {
    records
        .iter()
        .find(|r| r.recall_number.as_str() == number)
        .unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn all_500_records_load_strictly() {
    let Some((records, report)) = records("all_500_records_load_strictly") else {
        return;
    };
    // README: 500 records, a bare array.
    assert_eq!(layout(&report), "bare_array");
    assert_eq!(report.summary.read, 500);
    assert_eq!(report.summary.kept, 500);
    assert_eq!(report.summary.skipped, 0);
    assert_eq!(
        report.summary.read,
        report.summary.kept + report.summary.skipped
    );
    assert_eq!(records.len(), 500);
    assert!(meta(&report).is_null());
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn counts_match_the_readme() {
    let Some((records, _)) = records("counts_match_the_readme") else {
        return;
    };
    let count = |f: &dyn Fn(&EnforcementRecord) -> bool| records.iter().filter(|r| f(r)).count();
    // README: 405 Class II, 51 Class III, 44 Class I.
    assert_eq!(count(&|r| r.classification == RecallClass::ClassII), 405);
    assert_eq!(count(&|r| r.classification == RecallClass::ClassIII), 51);
    assert_eq!(count(&|r| r.classification == RecallClass::ClassI), 44);
    // README: 425 Terminated, 65 Ongoing, 10 Completed.
    assert_eq!(count(&|r| r.status == Some(RecallStatus::Terminated)), 425);
    assert_eq!(count(&|r| r.status == Some(RecallStatus::Ongoing)), 65);
    assert_eq!(count(&|r| r.status == Some(RecallStatus::Completed)), 10);
    // recalls.md §2.2: termination_date present in 425 of 500.
    assert_eq!(count(&|r| r.termination_date.is_some()), 425);
    // README: 78 non-empty openfda blocks; one non-empty more_code_info.
    assert_eq!(count(&|r| !r.openfda.is_empty()), 78);
    assert_eq!(count(&|r| r.more_code_info.is_some()), 1);
    // README: all product_type "Drugs"; recall numbers unique; report dates 20120704..20260304.
    assert_eq!(count(&|r| r.product_type.as_deref() == Some("Drugs")), 500);
    let mut numbers: Vec<&str> = records.iter().map(|r| r.recall_number.as_str()).collect();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers.len(), 500);
    assert_eq!(
        records.iter().map(|r| r.report_date).min(),
        Some(date(2012, 7, 4))
    );
    assert_eq!(
        records.iter().map(|r| r.report_date).max(),
        Some(date(2026, 3, 4))
    );
    // Odd recall numbers named in the README are read as written.
    for odd in ["D0031-2015", "D1051-2015", "D-321-2016", "D-036-2013"] {
        find(&records, odd);
    }
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn verapamil_d_0592_2024() {
    let Some((records, _)) = records("verapamil_d_0592_2024") else {
        return;
    };
    let r = find(&records, "D-0592-2024");
    assert_eq!(r.recalling_firm, "Zydus Pharmaceuticals (USA) Inc");
    assert_eq!(r.classification, RecallClass::ClassIII);
    assert_eq!(r.status, Some(RecallStatus::Ongoing));
    assert_eq!(r.event_id, Some(94912));
    assert_eq!(r.recall_initiation_date, Some(date(2024, 7, 2)));
    assert_eq!(r.center_classification_date, Some(date(2024, 7, 10)));
    assert_eq!(r.report_date, date(2024, 7, 17));
    assert_eq!(r.termination_date, None);
    assert_eq!(r.address_2.as_deref(), Some("N/A"));
    assert_eq!(
        r.reason_for_recall,
        "Cross contamination with other products."
    );
    assert!(r.openfda.product_ndc.contains(&"70710-1643".to_owned()));
    assert_eq!(r.openfda.is_original_packager, [true]);
    // Provenance: the raw text is the record as written, and reads back to the same record.
    let raw = r.raw_json().unwrap();
    assert!(raw.contains(r#""recall_number": "D-0592-2024""#));
    assert_eq!(&serde_json::from_str::<EnforcementRecord>(raw).unwrap(), r);
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn gabapentin_d_0354_2023() {
    let Some((records, _)) = records("gabapentin_d_0354_2023") else {
        return;
    };
    let r = find(&records, "D-0354-2023");
    assert_eq!(r.recalling_firm, "Sciegen Pharmaceuticals Inc");
    assert_eq!(r.classification, RecallClass::ClassIII);
    assert_eq!(r.status, Some(RecallStatus::Terminated));
    assert_eq!(r.recall_initiation_date, Some(date(2023, 2, 17)));
    assert_eq!(r.report_date, date(2023, 3, 8));
    assert_eq!(r.termination_date, Some(date(2024, 6, 17)));
    assert_eq!(r.code_info, "Lot # G177092, Exp. 11/24");
    // "more_code_info": "" reads as absent.
    assert_eq!(r.more_code_info, None);
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn long_code_info_continues_in_more_code_info() {
    let Some((records, _)) = records("long_code_info_continues_in_more_code_info") else {
        return;
    };
    // recalls.md §2.5 / README: D-1396-2016 stops at "Service Code 2K8" and continues "870 , ...".
    let r = find(&records, "D-1396-2016");
    assert!(r.code_info.ends_with("Service Code 2K8"));
    assert!(
        r.code_text()
            .contains("Service Code 2K8870 , Lot Number 160950031C")
    );
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn registry_answers_for_the_real_records() {
    let Some(path) = support::shared::shared_file("registry_answers_for_the_real_records", FILE)
    else {
        return;
    };
    let mut reg = RecallRegistry::with_builtins();
    let report = reg
        .add_openfda(
            BufReader::new(File::open(path).unwrap()),
            LoadOptions::default(),
        )
        .unwrap();
    assert_eq!(report.summary.kept, 500);
    assert_eq!(reg.len(), 501);

    // D-0592-2024 (recalls.md §5): lots L300255, L300262, L300263 of verapamil injection,
    // NDC 70710-1643-1 / -7 / -5.
    for ndc in [
        "70710-1643-1",
        "70710-1643-7",
        "70710-1643-5",
        "70710-1643-01",
    ] {
        for lot in ["L300255", "L300262", "l300263"] {
            let check = reg.lookup_str(ndc, lot).unwrap();
            let numbers: Vec<String> = check
                .matches
                .iter()
                .filter_map(|m| {
                    reg.get(m.recall)?
                        .recall_number
                        .as_ref()
                        .map(|n| n.to_string())
                })
                .collect();
            assert_eq!(numbers, ["D-0592-2024"], "{ndc} {lot}");
            assert_eq!(check.matches[0].ndc_basis, NdcBasis::Package);
            assert_eq!(check.matches[0].lot, LotBasis::ExactLot);
        }
    }
    assert!(
        !reg.lookup_str("70710-1643-1", "L300256")
            .unwrap()
            .is_recalled()
    );

    // D-0354-2023 (recalls.md §5): gabapentin 600 mg, lot G177092, NDC 50228-177-05.
    let check = reg.lookup_str("50228-177-05", "G177092").unwrap();
    assert_eq!(check.matches.len(), 1);
    let recall = reg.get(check.matches[0].recall).unwrap();
    assert_eq!(
        recall.recall_number.as_ref().unwrap().as_str(),
        "D-0354-2023"
    );
    assert_eq!(recall.class, Some(RecallClass::ClassIII));
    assert!(
        !reg.lookup_str("50228-177-05", "G177093")
            .unwrap()
            .is_recalled()
    );
    // By NDC alone, the product lists that recall.
    let listed = reg.recalls_for(&"50228-177-05".parse::<Ndc>().unwrap());
    assert!(listed.iter().any(|p| p.recall == check.matches[0].recall));

    // The built-in Sandoz recall is still answered beside the openFDA data.
    assert!(
        reg.lookup_str("0185-0022-01", "JX6411")
            .unwrap()
            .is_recalled()
    );
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn envelope_and_bare_array_give_the_same_records() {
    let Some(path) =
        support::shared::shared_file("envelope_and_bare_array_give_the_same_records", FILE)
    else {
        return;
    };
    let bare = std::fs::read(path).unwrap();
    let mut wrapped = br#"{"meta": {"last_updated": "2026-09-16", "results": {"skip": 0, "limit": 500, "total": 500}}, "results": "#.to_vec();
    wrapped.extend_from_slice(&bare);
    wrapped.push(b'}');
    let a = load_enforcement(&bare[..], LoadOptions::default()).unwrap();
    let b = load_enforcement(&wrapped[..], LoadOptions::default()).unwrap();
    assert_eq!(a.records, b.records);
    assert_eq!(layout(&b.report), "envelope");
    assert_eq!(meta(&b.report)["results"]["total"], 500);
    assert_eq!(meta(&b.report)["last_updated"], "2026-09-16");
    // Our own JSON form reads back to the same records.
    let json = serde_json::to_string(&a.records).unwrap();
    let back = load_enforcement(json.as_bytes(), LoadOptions::strict()).unwrap();
    assert_eq!(back.records, a.records);
}
