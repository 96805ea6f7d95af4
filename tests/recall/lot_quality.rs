//! Lot extraction quality on hand-labelled records (labels follow
//! `shared/openfda/LABELING.md`):
//!
//! - the 65 openFDA records of `LEGCRAMPS_SHARED/openfda/lot-labels.json` (texts from
//!   `medichain-ai_data_recalls.json`; runs only where `LEGCRAMPS_SHARED` is set);
//! - the FDA Data Dashboard records labelled for issue 13 in
//!   `tests/fixtures/recall_lot_labels_fda_csv.json` (labels only; the code text is read
//!   from the CSV files under `LEGCRAMPS_SHARED/openfda/`, with feature `fda-csv`).
//!
//! Micro precision, recall and F1 over (record, lot) and (record, range) pairs, the
//! share of records whose "all lots" flag matches the label, and the share of records
//! exactly right (lots, ranges and flag). Records labelled `"ambiguous": true` are left
//! out, as the labelling rules ask.

use crate::support;
use std::collections::{BTreeSet, HashMap};

use legcramps::recall::LotNumber;
use legcramps::recall::extract_lots;
use serde_json::Value;

/// Thresholds from issue 13 (issue 4 asked for F1 0.97 and all-lots accuracy 0.95).
const MIN_F1: f64 = 0.99;
const MIN_ALL_LOTS_ACCURACY: f64 = 0.98;
const MIN_EXACT: f64 = 0.97;

fn text_of(record: &Value) -> String {
    let field = |k: &str| {
        record
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    // No separator: openFDA cuts code_info mid-token (recalls.md §2.5, D-1396-2016).
    field("code_info") + &field("more_code_info")
}

fn norm(s: &str) -> String {
    LotNumber::new(s)
        .map(|l| l.to_string())
        .unwrap_or_else(|e| panic!("label lot {s:?}: {e}"))
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    all_ok: usize,
    exact: usize,
    graded: usize,
    diffs: Vec<String>,
}

impl Score {
    /// Scores one labelled record against the extraction of `text`.
    fn add(&mut self, label: &Value, text: &str) {
        if label.get("ambiguous").and_then(Value::as_bool) == Some(true) {
            return;
        }
        let number = label["recall_number"].as_str().unwrap();
        let found = extract_lots(text);
        let mut gold = BTreeSet::new();
        for lot in label["lots"].as_array().unwrap() {
            gold.insert(format!("lot {}", norm(lot.as_str().unwrap())));
        }
        for range in label["ranges"].as_array().unwrap() {
            let ends = range.as_array().unwrap();
            gold.insert(format!(
                "range {}..{}",
                norm(ends[0].as_str().unwrap()),
                norm(ends[1].as_str().unwrap())
            ));
        }
        let mut got = BTreeSet::new();
        for lot in &found.lots {
            got.insert(format!("lot {lot}"));
        }
        for (a, b) in &found.ranges {
            got.insert(format!("range {a}..{b}"));
        }
        let hit = gold.intersection(&got).count();
        self.tp += hit;
        self.fp += got.len() - hit;
        self.fn_ += gold.len() - hit;
        let gold_all = label["all_lots"].as_bool().unwrap();
        self.graded += 1;
        if gold_all == found.all_lots {
            self.all_ok += 1;
        }
        if hit == gold.len() && hit == got.len() && gold_all == found.all_lots {
            self.exact += 1;
        } else {
            self.diffs.push(format!(
                "{number}: missing {:?} extra {:?} all_lots expected {gold_all} got {}",
                gold.difference(&got).collect::<Vec<_>>(),
                got.difference(&gold).collect::<Vec<_>>(),
                found.all_lots
            ));
        }
    }

    /// Prints the figures and checks them against the thresholds.
    fn check(&self, name: &str) {
        let precision = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let recall = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        let all_acc = self.all_ok as f64 / self.graded.max(1) as f64;
        let exact = self.exact as f64 / self.graded.max(1) as f64;
        println!(
            "{name}: {} records: precision {precision:.4}, recall {recall:.4}, F1 {f1:.4} \
             (tp {}, fp {}, fn {}); all-lots accuracy {all_acc:.4} ({}/{}); exact {exact:.4} ({}/{})",
            self.graded,
            self.tp,
            self.fp,
            self.fn_,
            self.all_ok,
            self.graded,
            self.exact,
            self.graded
        );
        for d in &self.diffs {
            println!("  {d}");
        }
        assert!(self.graded > 0, "{name}: no labelled records");
        assert!(
            f1 >= MIN_F1 && all_acc >= MIN_ALL_LOTS_ACCURACY && exact >= MIN_EXACT,
            "{name}: F1 {f1:.4} (need {MIN_F1}), all-lots accuracy {all_acc:.4} (need \
             {MIN_ALL_LOTS_ACCURACY}), exact {exact:.4} (need {MIN_EXACT}); differences:\n{}",
            self.diffs.join("\n")
        );
    }
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn lot_extraction_meets_the_quality_bar_on_the_openfda_labels() {
    let test = "lot_extraction_meets_the_quality_bar_on_the_openfda_labels";
    let Some(labels_path) = support::shared::shared_file(test, "openfda/lot-labels.json") else {
        return;
    };
    let Some(records_path) =
        support::shared::shared_file(test, "openfda/medichain-ai_data_recalls.json")
    else {
        return;
    };
    let labels: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(labels_path).unwrap()).unwrap();
    let records: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(records_path).unwrap()).unwrap();
    let by_number: HashMap<&str, &Value> = records
        .iter()
        .filter_map(|r| Some((r.get("recall_number")?.as_str()?, r)))
        .collect();
    let mut score = Score::default();
    for label in &labels {
        let number = label["recall_number"].as_str().unwrap();
        let record = by_number
            .get(number)
            .unwrap_or_else(|| panic!("{number} is labelled but not in the records"));
        score.add(label, &text_of(record));
    }
    score.check("openFDA labels (lot-labels.json)");
}

#[test]
#[cfg(feature = "fda-csv")]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn lot_extraction_meets_the_quality_bar_on_the_fda_csv_labels() {
    let test = "lot_extraction_meets_the_quality_bar_on_the_fda_csv_labels";
    let doc: Value =
        serde_json::from_str(include_str!("../fixtures/recall_lot_labels_fda_csv.json")).unwrap();
    let labels = doc["records"].as_array().unwrap();
    // At least 40 labelled records (issue 13).
    assert!(labels.len() >= 40, "{}", labels.len());
    // The code text of every record of the files the labels name, by recall number.
    let mut texts: HashMap<(String, String), Vec<String>> = HashMap::new();
    let files: BTreeSet<&str> = labels
        .iter()
        .map(|l| l["source_file"].as_str().unwrap())
        .collect();
    for file in files {
        let Some(path) = support::shared::shared_file(test, &format!("openfda/{file}")) else {
            return;
        };
        let load = legcramps::recall::load_fda_csv(
            std::fs::File::open(&path).unwrap(),
            legcramps::recall::LoadOptions::default(),
        )
        .unwrap();
        for r in load.records {
            let text = r.code_info.clone() + r.more_code_info.as_deref().unwrap_or("");
            texts
                .entry((file.to_owned(), r.recall_number.to_string()))
                .or_default()
                .push(text);
        }
    }
    let mut score = Score::default();
    for label in labels {
        let key = (
            label["source_file"].as_str().unwrap().to_owned(),
            label["recall_number"].as_str().unwrap().to_owned(),
        );
        let found = texts.get(&key).map(Vec::as_slice).unwrap_or_default();
        // One record per (file, number): a reused number would make the label ambiguous.
        assert_eq!(found.len(), 1, "{key:?} names {} records", found.len());
        score.add(label, &found[0]);
    }
    score.check("FDA Data Dashboard labels (tests/fixtures)");
}
