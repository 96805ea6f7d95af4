//! [`RecallDetail`]: what a recall says beyond its scope of NDCs and lots (lots it
//! leaves out, whether it is over, lot expiry dates, NDC readings nothing confirms), and
//! how a lookup's answer is completed from it.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::recall::{Recall, RecallSource};
use super::recall_check::{NdcBasis, RecallMatch};
use crate::recall::first_seen::Positions;
use crate::recall::lot::LotNumber;
use crate::recall::ndc::{Ndc, NdcMention};

/// What a [`Recall`] says beyond the NDCs and lots it covers.
///
/// Filled in by [`Recall::from_enforcement`] and [`Recall::from_builtin`]; a recall built
/// by hand can use `RecallDetail::default()` (nothing left out, nothing known).
///
/// # Examples
///
/// ```
/// use legcramps::recall::{BuiltinRecallId, Recall};
///
/// let r = Recall::from_builtin(BuiltinRecallId::SandozOrphenadrineEr2022.info());
/// assert_eq!(r.detail.termination_date.map(|d| d.to_string()).as_deref(), Some("2023-08-14"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecallDetail {
    /// Lots the code text leaves out of the recall (`all lots except …`, `Lot X is not
    /// included`), sorted (a registry sorts the list of a recall built by hand): never
    /// reported recalled, whatever range or all-lots scope would cover them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_lots: Vec<LotNumber>,
    /// Lot ranges the code text leaves out of the recall.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_ranges: Vec<(LotNumber, LotNumber)>,
    /// When FDA terminated the recall, when known: a terminated recall is over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_date: Option<NaiveDate>,
    /// Each listed lot's expiry (or beyond-use) date as the text writes it, sorted by
    /// lot, one per lot (the first the text gives). A registry sorts the list of a
    /// recall built by hand when it files it (stably: of two expiries for one lot, the
    /// first stays first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lot_expiry: Vec<(LotNumber, String)>,
    /// Packages the recall names only as one reading of a bare 10-digit code that no
    /// other NDC of the record supports (none shares its labeler code), sorted (a
    /// registry sorts the list of a recall built by hand).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed_ndcs: Vec<Ndc>,
}

impl RecallDetail {
    /// Whether the recall leaves `lot` out. Linear in the number of excluded lots and
    /// ranges (real records have none or a few; none of the 17,726 FDA Data Dashboard
    /// records uses an exception); a [`RecallRegistry`](crate::recall::RecallRegistry)
    /// answers the same question from a table of them, reading only those that may
    /// hold the lot.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::LotNumber;
    /// use legcramps::recall::RecallDetail;
    ///
    /// let mut d = RecallDetail::default();
    /// d.excluded_lots.push("AB123".parse()?);
    /// assert!(d.excludes(&"ab123".parse::<LotNumber>()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn excludes(&self, lot: &LotNumber) -> bool {
        self.excluded_lots.contains(lot)
            || self.excluded_ranges.iter().any(|(a, b)| lot.in_range(a, b))
    }

    /// The expiry the text gives for `lot`, as written.
    pub fn expiry_of(&self, lot: &LotNumber) -> Option<&str> {
        match self.lot_expiry.binary_search_by(|(l, _)| l.cmp(lot)) {
            Ok(i) => self.lot_expiry.get(i).map(|(_, d)| d.as_str()),
            // Not sorted (built by hand): look through it.
            Err(_) => self
                .lot_expiry
                .iter()
                .find(|(l, _)| l == lot)
                .map(|(_, d)| d.as_str()),
        }
    }

    /// Puts `excluded_lots`, `lot_expiry` and `unconfirmed_ndcs` in the documented
    /// order, dropping nothing (of a lot's expiries, the first stays first), so that a
    /// lookup can binary-search them: the registry does so for every recall it files.
    /// A list already in order (as the crate builds them) is only checked: a stable
    /// sort would take scratch memory half the list's size even then.
    pub(crate) fn sort_lists(&mut self) {
        if !self.excluded_lots.is_sorted() {
            self.excluded_lots.sort_unstable();
        }
        if !self.lot_expiry.is_sorted_by(|a, b| a.0 <= b.0) {
            self.lot_expiry.sort_by(|a, b| a.0.cmp(&b.0));
        }
        if !self.unconfirmed_ndcs.is_sorted() {
            self.unconfirmed_ndcs.sort_unstable();
        }
    }

    /// The expiry of `lot` when `lot_expiry` is sorted (see
    /// [`sort_lists`](Self::sort_lists)): O(log n), on a miss too, where
    /// [`expiry_of`](Self::expiry_of) scans the list (filing a recall's lots through it
    /// was quadratic when few of them had an expiry). Of two entries for the lot, the
    /// first.
    pub(crate) fn sorted_expiry_of(&self, lot: &LotNumber) -> Option<&str> {
        let list = &self.lot_expiry;
        let found = list.get(list.partition_point(|(l, _)| l < lot));
        found.filter(|(l, _)| l == lot).map(|(_, d)| d.as_str())
    }

    /// Sorts the lists and keeps one expiry per lot.
    pub(crate) fn tidy(mut self) -> RecallDetail {
        self.sort_lists();
        self.excluded_lots.dedup();
        self.lot_expiry.dedup_by(|b, a| a.0 == b.0);
        self.unconfirmed_ndcs.dedup();
        self
    }
}

/// Tells which readings of bare 10-digit codes nothing else supports, mention by
/// mention: a reading is supported when an NDC written unambiguously (a package or
/// product mention) has its labeler code. Holds the distinct labeler codes and the
/// ambiguous readings only, not the mentions.
#[derive(Default)]
pub(crate) struct Readings {
    /// The labeler codes, each once (see [`labeler_key`]).
    known: Vec<u64>,
    known_at: Positions,
    ambiguous: Vec<Ndc>,
}

/// The labeler code a canonical key's digits start with: 11-digit package and 9-digit
/// product keys start with a 5-digit one, 12-digit (6-4-2) and 10-digit product keys
/// with a 6-digit one.
fn labeler(digits: &[u8]) -> Option<&[u8]> {
    let n = if matches!(digits.len(), 10 | 12) {
        6
    } else {
        5
    };
    digits.get(..n)
}

/// [`labeler`] as one number: its bytes (at most six) and its length, so that equal
/// codes, and only they, give equal numbers.
fn labeler_key(digits: &[u8]) -> Option<u64> {
    let code = labeler(digits)?;
    let mut bytes = [0u8; 8];
    for (slot, b) in bytes.iter_mut().zip(code) {
        *slot = *b;
    }
    if let Some(last) = bytes.last_mut() {
        *last = u8::try_from(code.len()).ok()?;
    }
    Some(u64::from_le_bytes(bytes))
}

impl Readings {
    pub(crate) fn note(&mut self, m: &NdcMention) {
        let code = match m {
            NdcMention::Package(n) => labeler_key(n.key_digits()),
            NdcMention::Product(p) => labeler_key(p.key_digits()),
            NdcMention::Ambiguous(readings) => {
                self.ambiguous.extend_from_slice(readings);
                None
            }
        };
        if let Some(code) = code {
            self.known_at.push(&mut self.known, code);
        }
    }

    /// The readings nothing supports, in the order noted.
    pub(crate) fn unconfirmed(self) -> Vec<Ndc> {
        let Readings {
            known,
            known_at,
            ambiguous,
        } = self;
        ambiguous
            .into_iter()
            .filter(|r| !labeler_key(r.key_digits()).is_some_and(|l| known_at.contains(&known, &l)))
            .collect()
    }
}

/// The expiry a recall the registry holds (its lists sorted) gives `lot`.
pub(crate) fn lot_expiry(r: &Recall, lot: &LotNumber) -> Option<Arc<str>> {
    r.detail.sorted_expiry_of(lot).map(Arc::from)
}

/// Completes one match from its recall's detail (a recall the registry holds, so its
/// lists are sorted; it does not leave the lot out: the caller has checked): marks a
/// match through an unconfirmed NDC reading, and adds status, termination date, the
/// lot's expiry and any note.
pub(crate) fn complete_match(m: &mut RecallMatch, r: &Recall, lot: &LotNumber) {
    let d = &r.detail;
    if m.ndc_basis == NdcBasis::Package && d.unconfirmed_ndcs.binary_search(&m.ndc).is_ok() {
        m.ndc_basis = NdcBasis::UnconfirmedReading;
    }
    m.status = r.status.clone();
    m.termination_date = d.termination_date;
    m.lot_expiry = lot_expiry(r, lot);
    if let RecallSource::Builtin(id) = r.source {
        m.note = id.info().lot_note(lot).map(str::to_owned);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever the list's order, and with lots given twice, once the lists are
        /// sorted each lot's expiry is the first the list as given has for it (a scan
        /// of that list as the model).
        #[test]
        fn sorted_expiries_agree_with_a_scan(
            entries in proptest::collection::vec((0u8..12, 0u8..5), 0..40),
            sort in proptest::bool::ANY,
        ) {
            let lot = |n: u8| format!("L{n}").parse::<LotNumber>().unwrap();
            let mut given = RecallDetail {
                lot_expiry: entries.iter().map(|&(l, d)| (lot(l), format!("2026-0{}", d + 1))).collect(),
                ..RecallDetail::default()
            };
            if sort {
                given.lot_expiry.sort_by(|a, b| a.0.cmp(&b.0));
            }
            let mut detail = given.clone();
            detail.sort_lists();
            for n in 0..14 {
                let q = lot(n);
                let model = given.lot_expiry.iter().find(|(l, _)| *l == q).map(|(_, d)| d.as_str());
                proptest::prop_assert_eq!(detail.sorted_expiry_of(&q), model);
            }
        }
    }
}
