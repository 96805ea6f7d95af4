//! [`Recall`]: what the registry knows about one recall, from either source.

use std::hash::Hash;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::recall::builtin::{BuiltinRecall, BuiltinRecallId};
use crate::recall::first_seen::Distinct;
#[cfg(doc)]
use crate::recall::lot::extract_lots;
use crate::recall::lot::extract_lots_and_ndcs;
use crate::recall::lot::{LotExtraction, LotNumber};
use crate::recall::ndc::{Ndc, ProductNdc};
use crate::recall::ndc::{NdcMention, dedup, extract_ndcs};
use crate::recall::openfda::{EnforcementRecord, RecordView};
use crate::recall::openfda::{RecallClass, RecallNumber, RecallStatus};

use super::recall_detail::{Readings, RecallDetail};

/// Where a [`Recall`] came from.
///
/// Serialized as `{"builtin": "sandoz_orphenadrine_er_2022"}` or
/// `{"open_fda": {"event_id": 91717}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecallSource {
    /// A recall shipped in the crate; [`BuiltinRecallId::info`] has the full row.
    Builtin(BuiltinRecallId),
    /// An openFDA drug enforcement record.
    OpenFda {
        /// The record's event id, if it had one.
        event_id: Option<u64>,
    },
}

/// A recalled lot, optionally tied to one package.
///
/// Lots read from openFDA text apply to every NDC the recall names (`ndc: None`); the
/// built-in tables know each lot's package (`ndc: Some(..)`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RecalledLot {
    /// The lot.
    pub lot: LotNumber,
    /// The one package this lot was recalled under, when known.
    pub ndc: Option<Ndc>,
}

/// One recall as the registry matches it: who, what, why, and the scope (NDCs and lots).
///
/// Plain data: build it with [`Recall::from_enforcement`], [`Recall::from_builtin`], or by
/// hand. How the scope is matched is described on
/// [`RecallRegistry::lookup`](crate::recall::RecallRegistry::lookup).
///
/// # Examples
///
/// ```
/// use legcramps::recall::{EnforcementRecord, Recall};
///
/// let r: EnforcementRecord = serde_json::from_str(r#"{"recall_number": "D-0354-2023",
///   "classification": "Class III", "recalling_firm": "Sciegen Pharmaceuticals Inc",
///   "product_description": "Gabapentin Tablets, USP 600 mg, NDC: 50228-177-05.",
///   "reason_for_recall": "Presence of Foreign Tablets", "report_date": "20230308",
///   "code_info": "Lot # G177092, Exp. 11/24"}"#)?;
/// let recall = Recall::from_enforcement(&r);
/// assert_eq!(recall.ndcs, ["50228-177-05".parse()?]);
/// assert_eq!(recall.lots[0].lot.as_str(), "G177092");
/// assert!(!recall.all_lots);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Recall {
    /// Where it came from.
    pub source: RecallSource,
    /// FDA's recall number, when known.
    pub recall_number: Option<RecallNumber>,
    /// The recalling firm.
    pub firm: String,
    /// The product (free text).
    pub product: String,
    /// Why it was recalled.
    pub reason: String,
    /// FDA's class, when known.
    pub class: Option<RecallClass>,
    /// The status, when known.
    pub status: Option<RecallStatus>,
    /// The Enforcement Report date, when known.
    pub report_date: Option<NaiveDate>,
    /// Package NDCs the recall names, each once.
    pub ndcs: Vec<Ndc>,
    /// Product NDCs (labeler-product) the recall names without a package, each once.
    pub product_ndcs: Vec<ProductNdc>,
    /// Recalled lots.
    pub lots: Vec<RecalledLot>,
    /// Recalled lot ranges, first and last lot (see
    /// [`LotNumber::in_range`](crate::recall::LotNumber::in_range) for how they are compared).
    pub lot_ranges: Vec<(LotNumber, LotNumber)>,
    /// The recall covers every lot of the NDCs it names.
    pub all_lots: bool,
    /// Lots it leaves out, whether it is over, lot expiry dates, unconfirmed NDC
    /// readings.
    #[serde(default)]
    pub detail: RecallDetail,
}

impl Recall {
    /// Reads the scope out of an openFDA record.
    ///
    /// - Lots, ranges and the "all lots" scope: [`extract_lots`] on
    ///   [`code_text`](EnforcementRecord::code_text) (`code_info` + `more_code_info`).
    /// - NDCs: [`extract_ndcs`] on `product_description` and on the code text, then
    ///   `openfda.package_ndc` and `openfda.product_ndc`. A hyphen-less 10-digit value
    ///   (in the text or in openFDA's list) stands for three codes and all three are
    ///   kept, since leaving one out could hide a recall; openFDA values that are not
    ///   NDCs at all are ignored.
    ///
    /// openFDA's block lists every package of the labels it matched, which can be more
    /// packages (even other strengths) than the recall covers. Those packages are kept:
    /// for a recall check, a wider net is the safer error.
    pub fn from_enforcement(record: &EnforcementRecord) -> Recall {
        let scope = Scope::of(record);
        scope.into_recall(
            record.recall_number.clone(),
            record.recalling_firm.clone(),
            record.product_description.clone(),
            record.reason_for_recall.clone(),
            record.status.clone(),
        )
    }

    /// [`from_enforcement`](Self::from_enforcement) for a record the caller is done
    /// with: its texts move into the recall instead of being copied.
    pub(crate) fn from_enforcement_owned(record: EnforcementRecord) -> Recall {
        let scope = Scope::of(&record);
        let EnforcementRecord {
            recall_number,
            recalling_firm,
            product_description,
            reason_for_recall,
            status,
            ..
        } = record;
        scope.into_recall(
            recall_number,
            recalling_firm,
            product_description,
            reason_for_recall,
            status,
        )
    }

    /// [`from_enforcement_owned`](Self::from_enforcement_owned) for a record read in
    /// place (the same recall): only the texts the recall keeps are copied.
    pub(crate) fn from_view(view: RecordView<'_>) -> Recall {
        let scope = Scope::of_parts(
            &view.code_text(),
            &view.product_description,
            [&view.openfda.package_ndc, &view.openfda.product_ndc],
            view.termination_date,
            view.event_id,
            view.classification,
            view.report_date,
        );
        scope.into_recall(
            view.recall_number,
            view.recalling_firm.into_owned(),
            view.product_description.into_owned(),
            view.reason_for_recall.into_owned(),
            view.status,
        )
    }

    /// Turns a built-in row into a recall: each lot tied to its own package.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{BuiltinRecallId, Recall};
    ///
    /// let r = Recall::from_builtin(BuiltinRecallId::SandozOrphenadrineEr2022.info());
    /// // 13 lots, KS3939 under both packages (see the built-in's docs).
    /// assert_eq!(r.lots.len(), 14);
    /// assert_eq!(r.ndcs.len(), 2);
    /// assert_eq!(r.recall_number.map(|n| n.to_string()).as_deref(), Some("D-0753-2022"));
    /// ```
    pub fn from_builtin(row: &BuiltinRecall) -> Recall {
        let mut ndcs = Distinct::by(|n: &Ndc| *n);
        let mut lots = Vec::with_capacity(row.lots.len());
        for l in row.lots {
            // The rows are checked by this module's tests; a row that did not parse
            // would be left out, never guessed.
            let (Ok(ndc), Ok(lot)) = (l.ndc.parse::<Ndc>(), l.lot.parse::<LotNumber>()) else {
                continue;
            };
            ndcs.push(ndc);
            // A package another source lists the lot under is recalled too.
            if let Some(Ok(other)) = l.also_under.map(|(n, _)| n.parse::<Ndc>()) {
                ndcs.push(other);
                lots.push(RecalledLot {
                    lot: lot.clone(),
                    ndc: Some(other),
                });
            }
            lots.push(RecalledLot {
                lot,
                ndc: Some(ndc),
            });
        }
        Recall {
            source: RecallSource::Builtin(row.id),
            recall_number: row.recall_number.and_then(|n| n.parse().ok()),
            firm: row.firm.to_owned(),
            product: row.product.to_owned(),
            reason: row.reason.to_owned(),
            class: row.class,
            status: row.status.and_then(|s| s.parse().ok()),
            report_date: row.report_date,
            ndcs: ndcs.into_items(),
            product_ndcs: Vec::new(),
            lots,
            lot_ranges: Vec::new(),
            all_lots: false,
            detail: builtin_detail(row),
        }
    }

    /// A short label for people: the recall number, or the built-in's name.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{BuiltinRecallId, Recall};
    ///
    /// let r = Recall::from_builtin(BuiltinRecallId::SandozOrphenadrineEr2022.info());
    /// assert_eq!(r.label(), "D-0753-2022");
    /// ```
    pub fn label(&self) -> String {
        match (&self.recall_number, self.source) {
            (Some(n), _) => n.to_string(),
            (None, RecallSource::Builtin(id)) => format!("built-in {id}"),
            (None, RecallSource::OpenFda { .. }) => "openFDA record".to_owned(),
        }
    }
}

/// [`Recall::from_enforcement`] for a record the caller is done with: the same recall,
/// but the record's texts (recall number, firm, product, reason) move into it instead
/// of being copied. Use it when records stream past one at a time (the callback of
/// [`read_enforcement_slice`](crate::recall::read_enforcement_slice) owns each one).
///
/// # Examples
///
/// ```
/// use legcramps::recall::{EnforcementRecord, Recall};
///
/// let r: EnforcementRecord = serde_json::from_str(r#"{"recall_number": "D-0354-2023",
///   "classification": "Class III", "recalling_firm": "Sciegen Pharmaceuticals Inc",
///   "product_description": "Gabapentin Tablets, USP 600 mg, NDC: 50228-177-05.",
///   "reason_for_recall": "Presence of Foreign Tablets", "report_date": "20230308",
///   "code_info": "Lot # G177092, Exp. 11/24"}"#)?;
/// let copied = Recall::from_enforcement(&r);
/// let moved = Recall::from(r);
/// assert_eq!(moved, copied);
/// assert_eq!(moved.lots[0].lot.as_str(), "G177092");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl From<EnforcementRecord> for Recall {
    fn from(record: EnforcementRecord) -> Recall {
        Recall::from_enforcement_owned(record)
    }
}

/// What [`Recall::from_enforcement`] reads out of a record besides its texts.
struct Scope {
    found: LotExtraction,
    unconfirmed: Vec<Ndc>,
    termination_date: Option<NaiveDate>,
    ndcs: Vec<Ndc>,
    products: Vec<ProductNdc>,
    event_id: Option<u64>,
    class: RecallClass,
    report_date: NaiveDate,
}

impl Scope {
    fn of(record: &EnforcementRecord) -> Scope {
        Scope::of_parts(
            &record.code_text(),
            &record.product_description,
            [&record.openfda.package_ndc, &record.openfda.product_ndc],
            record.termination_date,
            record.event_id,
            record.classification,
            record.report_date,
        )
    }

    /// [`Scope::of`] a record given by its parts: the code text (`code_info` and
    /// `more_code_info`), the product description, the `openfda` block's package and
    /// product NDCs and the rest.
    fn of_parts(
        code: &str,
        description: &str,
        [package_ndc, product_ndc]: [&[String]; 2],
        termination_date: Option<NaiveDate>,
        event_id: Option<u64>,
        class: RecallClass,
        report_date: NaiveDate,
    ) -> Scope {
        // One pass over the code text finds its lots and its NDC spans both.
        let (found, code_spans) = extract_lots_and_ndcs(code);
        let mut ndcs = Distinct::by(|n: &Ndc| *n);
        let mut products = Distinct::by(|p: &ProductNdc| *p);
        // Which readings of a bare 10-digit code the record's other NDCs support.
        let mut seen = Readings::default();
        let mut mention = |m: NdcMention| match m {
            NdcMention::Product(p) => products.push(p),
            other => {
                for &n in other.packages() {
                    ndcs.push(n);
                }
            }
        };
        let desc = extract_ndcs(description);
        let code_mentions = dedup(code_spans);
        desc.iter().chain(&code_mentions).for_each(|m| seen.note(m));
        desc.into_iter().for_each(&mut mention);
        code_mentions.into_iter().for_each(&mut mention);
        for text in package_ndc {
            if let Ok(list) = Ndc::candidates(text) {
                if let [a, b, c] = list.as_slice() {
                    seen.note(&NdcMention::Ambiguous([*a, *b, *c]));
                } else {
                    list.iter()
                        .for_each(|n| seen.note(&NdcMention::Package(*n)));
                }
                for n in list {
                    ndcs.push(n);
                }
            }
        }
        for text in product_ndc {
            if let Ok(p) = text.parse::<ProductNdc>() {
                seen.note(&NdcMention::Product(p));
                products.push(p);
            }
        }
        Scope {
            found,
            unconfirmed: seen.unconfirmed(),
            termination_date,
            ndcs: ndcs.into_items(),
            products: products.into_items(),
            event_id,
            class,
            report_date,
        }
    }

    fn into_recall(
        self,
        recall_number: RecallNumber,
        firm: String,
        product: String,
        reason: String,
        status: Option<RecallStatus>,
    ) -> Recall {
        Recall {
            source: RecallSource::OpenFda {
                event_id: self.event_id,
            },
            recall_number: Some(recall_number),
            firm,
            product,
            reason,
            class: Some(self.class),
            status,
            report_date: Some(self.report_date),
            ndcs: self.ndcs,
            product_ndcs: self.products,
            lots: self
                .found
                .lots
                .into_iter()
                .map(|lot| RecalledLot { lot, ndc: None })
                .collect(),
            lot_ranges: self.found.ranges,
            all_lots: self.found.all_lots,
            detail: RecallDetail {
                excluded_lots: self.found.excluded,
                excluded_ranges: self.found.excluded_ranges,
                termination_date: self.termination_date,
                lot_expiry: self.found.expiry,
                unconfirmed_ndcs: self.unconfirmed,
            }
            .tidy(),
        }
    }
}

/// The detail of a built-in row: when it ended, and each lot's expiry month.
fn builtin_detail(row: &BuiltinRecall) -> RecallDetail {
    RecallDetail {
        termination_date: row.terminated,
        lot_expiry: row
            .lots
            .iter()
            .filter_map(|l| Some((l.lot.parse::<LotNumber>().ok()?, l.expires.to_string())))
            .collect(),
        ..RecallDetail::default()
    }
    .tidy()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::builtin::SANDOZ_ORPHENADRINE_ER_2022;

    #[test]
    fn every_sandoz_row_converts() {
        let r = Recall::from_builtin(BuiltinRecallId::SandozOrphenadrineEr2022.info());
        // 13 rows, and KS3939 once more under the package the enforcement record gives
        // (recalls.md §1.5).
        assert_eq!(r.lots.len(), SANDOZ_ORPHENADRINE_ER_2022.lots.len() + 1);
        let ks: Vec<_> = r
            .lots
            .iter()
            .filter(|l| l.lot.as_str() == "KS3939")
            .map(|l| l.ndc)
            .collect();
        assert_eq!(
            ks,
            [
                Some("00185-0022-01".parse().unwrap()),
                Some("00185-0022-10".parse().unwrap())
            ]
        );
        assert_eq!(r.firm, "Sandoz Inc.");
        assert_eq!(
            (r.class, r.status.clone(), r.recall_number.clone()),
            (
                Some(RecallClass::ClassII),
                Some(RecallStatus::Terminated),
                Some("D-0753-2022".parse().unwrap())
            )
        );
    }

    #[test]
    fn from_owned_record_equals_from_borrowed() {
        let rec: EnforcementRecord = serde_json::from_str(
            r#"{"recall_number": "D-0001-2024", "classification": "Class II",
                "recalling_firm": "F", "reason_for_recall": "R", "report_date": "20240101",
                "status": "Terminated", "event_id": "88937",
                "product_description": "Pills, NDC 12345-678-90 and NDC 1234567890",
                "code_info": "Lots AB123, AB124 (except lot AB125)",
                "openfda": {"package_ndc": ["12345-678-91"], "product_ndc": ["12345-678"]}}"#,
        )
        .unwrap();
        let borrowed = Recall::from_enforcement(&rec);
        assert_eq!(Recall::from(rec), borrowed);
    }

    #[test]
    fn openfda_block_and_text_ndcs_are_merged() {
        let rec: EnforcementRecord = serde_json::from_str(
            r#"{"recall_number": "D-0001-2024", "classification": "Class II",
                "recalling_firm": "F", "reason_for_recall": "R", "report_date": "20240101",
                "product_description": "Pills, NDC 12345-678-90 and NDC 1234567890",
                "code_info": "Lot AB123",
                "openfda": {"package_ndc": ["12345-678-90", "12345-678-91", "junk"],
                            "product_ndc": ["12345-678", "nope"]}}"#,
        )
        .unwrap();
        let r = Recall::from_enforcement(&rec);
        let shown: Vec<String> = r.ndcs.iter().map(|n| n.canonical().to_owned()).collect();
        // 12345-678-90 (5-3-2 -> 12345-0678-90); the readings of 1234567890 by recalls.md
        // §4: 4-4-2 1234-5678-90 -> 01234567890, 5-3-2 12345-678-90 (already there),
        // 5-4-1 12345-6789-0 -> 12345678900; then 12345-678-91 from the openFDA block.
        assert_eq!(
            shown,
            ["12345067890", "01234567890", "12345678900", "12345067891"]
        );
        assert_eq!(r.product_ndcs, ["12345-678".parse::<ProductNdc>().unwrap()]);
        assert_eq!(r.lots[0].lot.as_str(), "AB123");
    }
}
