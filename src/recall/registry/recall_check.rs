//! What a registry lookup answers: matches, near misses and why.

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::recall_matches::RecallMatches;
use crate::recall::lot::LotNumber;
use crate::recall::ndc::Ndc;
use crate::recall::openfda::RecallStatus;

/// Names a recall inside one [`RecallRegistry`](crate::recall::RecallRegistry): its position, in
/// the order recalls were added.
///
/// # Examples
///
/// ```
/// use legcramps::recall::RecallRegistry;
///
/// let reg = RecallRegistry::with_builtins();
/// let id = reg.ids().next().ok_or("empty")?;
/// assert_eq!(id.index(), 0);
/// assert!(reg.get(id).is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct RecallId(pub(crate) u32);

impl RecallId {
    /// The position in [`RecallRegistry::recalls`](crate::recall::RecallRegistry::recalls).
    pub fn index(self) -> usize {
        // u32 always fits in usize on the platforms std supports with 32+ bit pointers.
        usize::try_from(self.0).unwrap_or(usize::MAX)
    }
}

impl fmt::Display for RecallId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// How the lot matched.
///
/// JSON: `"exact_lot"`, `{"lot_range": {"first": "A100", "last": "A200"}}`, `"all_lots"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LotBasis {
    /// The recall lists this lot.
    ExactLot,
    /// The lot falls in a recalled range (see [`LotNumber::in_range`](crate::recall::LotNumber::in_range)).
    LotRange {
        /// First lot of the range as recalled.
        first: LotNumber,
        /// Last lot of the range as recalled.
        last: LotNumber,
    },
    /// The recall covers every lot of the product.
    AllLots,
}

impl LotBasis {
    /// Strength order used to pick one reason when several hold: exact lot, then range,
    /// then all lots.
    pub(crate) fn rank(&self) -> u8 {
        match self {
            LotBasis::ExactLot => 0,
            LotBasis::LotRange { .. } => 1,
            LotBasis::AllLots => 2,
        }
    }
}

/// How the NDC matched.
///
/// JSON: `"package"`, `"product"`, `"unconfirmed_reading"`, `"other_package"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NdcBasis {
    /// The recall names this package NDC.
    Package,
    /// The recall names the product (labeler-product) without a package.
    Product,
    /// The recall names this package only as one of the three readings of a bare
    /// 10-digit code (4-4-2, 5-3-2, 5-4-1), and no other NDC of the record has its
    /// labeler code: the match may be through a reading the record never meant. Weaker
    /// than [`Package`](Self::Package) and [`Product`](Self::Product).
    UnconfirmedReading,
    /// The recall names another package of the same product, not this one. Never the
    /// basis of a match; it shows up in product listings and near misses.
    OtherPackage,
}

/// A recall that covers the queried item, and why.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{LotBasis, NdcBasis};
/// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
///
/// let reg = RecallRegistry::with_builtins();
/// let check = reg.lookup(&"0185-0022-01".parse::<Ndc>()?, &"JX6411".parse::<LotNumber>()?);
/// let m = &check.matches[0];
/// assert_eq!((&m.lot, m.ndc_basis), (&LotBasis::ExactLot, NdcBasis::Package));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RecallMatch {
    /// The recall.
    pub recall: RecallId,
    /// The NDC that matched (one of the candidates, for an ambiguous query).
    pub ndc: Ndc,
    /// How the lot matched (the strongest reason, when several hold).
    pub lot: LotBasis,
    /// How the NDC matched: [`NdcBasis::Package`], [`NdcBasis::Product`] or
    /// [`NdcBasis::UnconfirmedReading`].
    pub ndc_basis: NdcBasis,
    /// The recall's status as FDA last gave it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RecallStatus>,
    /// When FDA terminated the recall, when known: the recall is over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_date: Option<NaiveDate>,
    /// The lot's expiry (or beyond-use) date as the recall writes it, when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot_expiry: Option<Arc<str>>,
    /// Where the recall's sources disagree about this lot (built-in recalls), in
    /// words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RecallMatch {
    /// A match with nothing known beyond its basis.
    pub(crate) fn new(recall: RecallId, ndc: Ndc, lot: LotBasis, ndc_basis: NdcBasis) -> Self {
        RecallMatch {
            recall,
            ndc,
            lot,
            ndc_basis,
            status: None,
            termination_date: None,
            lot_expiry: None,
            note: None,
        }
    }

    /// Whether the recall is over: FDA has terminated it (by status or date).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::RecallRegistry;
    ///
    /// let reg = RecallRegistry::with_builtins();
    /// let check = reg.lookup_str("0185-0022-01", "JX6411")?;
    /// assert!(check.matches[0].is_over());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_over(&self) -> bool {
        self.termination_date.is_some() || self.status == Some(RecallStatus::Terminated)
    }
}

/// A recall that does not cover the queried item but lists its lot close by: under
/// another package of the same product, or in a recall that names no NDC at all. A
/// pharmacist would want to see these.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
///
/// let reg = RecallRegistry::with_builtins();
/// // JX6411 was recalled in the 100-count bottle (0185-0022-01), not the 1000-count one.
/// let check = reg.lookup(&"0185-0022-10".parse::<Ndc>()?, &"JX6411".parse::<LotNumber>()?);
/// assert!(!check.is_recalled());
/// assert_eq!(check.near_misses[0].recalled_under, ["0185-0022-01".parse::<Ndc>()?]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct NearMiss {
    /// The recall.
    pub recall: RecallId,
    /// The NDC that was asked about.
    pub ndc: Ndc,
    /// How the lot matched (the strongest reason, when several hold).
    pub lot: LotBasis,
    /// The packages of the same product under which the lot is recalled, sorted; empty
    /// when the recall names no NDC at all.
    pub recalled_under: Vec<Ndc>,
}

/// The answer to "is this NDC and lot recalled?".
///
/// # Examples
///
/// ```
/// use legcramps::recall::RecallRegistry;
///
/// let reg = RecallRegistry::with_builtins();
/// let check = reg.lookup_str("00185002201", " jx6411 ")?;
/// assert!(check.is_recalled());
/// assert!(check.near_misses.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RecallCheck {
    /// Every recall that covers the item, by [`RecallId`].
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RecallMatch>"))]
    pub matches: RecallMatches,
    /// Recalls that list the lot near by but do not cover the item, by [`RecallId`].
    pub near_misses: Vec<NearMiss>,
}

impl RecallCheck {
    /// `true` when at least one recall covers the item.
    pub fn is_recalled(&self) -> bool {
        !self.matches.is_empty()
    }
}

/// A recall that names a product, for a lookup by NDC alone.
///
/// # Examples
///
/// ```
/// use legcramps::recall::NdcBasis;
/// use legcramps::recall::{Ndc, RecallRegistry};
///
/// let reg = RecallRegistry::with_builtins();
/// let found = reg.recalls_for(&"0185-0022-10".parse::<Ndc>()?);
/// assert_eq!(found[0].ndc_basis, NdcBasis::Package);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProductRecall {
    /// The recall.
    pub recall: RecallId,
    /// The NDC that was asked about.
    pub ndc: Ndc,
    /// How closely the recall names it: this package, the product, or another package
    /// of the product.
    pub ndc_basis: NdcBasis,
}
