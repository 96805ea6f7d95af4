//! [`RecallRegistry`]: every known recall, indexed for (NDC, lot) questions.

use std::fmt;
use std::io::Read;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::index::Index;
use super::recall::Recall;
use super::recall_check::{NearMiss, ProductRecall, RecallCheck, RecallId, RecallMatch};
use crate::recall::builtin::BUILTIN_RECALLS;
use crate::recall::lot::{LotError, LotNumber};
use crate::recall::ndc::{Ndc, NdcError, ProductNdc};
use crate::recall::openfda::EnforcementRecord;
use crate::recall::openfda::LoadError;
use crate::recall::openfda::{LoadOptions, LoadReport, read_enforcement, read_recalls_slice};

/// Why recalls could not be added to a registry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// Reading openFDA data failed.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The registry would hold more than its 32-bit positions can address.
    #[error("the recall registry is full: too many {what} (at most {limit})")]
    Full {
        /// What ran out.
        what: &'static str,
        /// The most there may be.
        limit: u64,
    },
}

/// Why a text query could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The NDC text is not an NDC.
    #[error(transparent)]
    Ndc(#[from] NdcError),
    /// The lot text is not a lot number.
    #[error(transparent)]
    Lot(#[from] LotError),
}

/// Every known recall, indexed so that "is this NDC and lot recalled?" is a few hash
/// probes.
///
/// Build it from the built-in recalls ([`with_builtins`](Self::with_builtins)) and any
/// number of openFDA documents ([`add_openfda`](Self::add_openfda)) or records
/// ([`add_record`](Self::add_record)). Ask with [`lookup`](Self::lookup) (NDC and lot),
/// [`lookup_str`](Self::lookup_str) (text, trying every reading of a bare 10-digit NDC)
/// or [`recalls_for`](Self::recalls_for) (NDC alone).
///
/// Serde writes the registry as the list of its recalls and rebuilds the index when
/// reading it back.
///
/// The index hashes with std's keyed SipHash ([`RandomState`](std::hash::RandomState),
/// fresh keys per registry), so a file cannot be crafted to make lots collide; no answer
/// depends on the hash order (matches and near misses come sorted by [`RecallId`]).
///
/// Each recalled lot is filed once per recall, however many NDCs the recall names, so
/// the index grows with the input, not with NDCs × lots; see the crate's limits table
/// for the measured costs.
///
/// # Examples
///
/// ```
/// use legcramps::recall::RecallRegistry;
/// use legcramps::recall::LoadOptions;
///
/// let mut reg = RecallRegistry::with_builtins();
/// let doc = br#"[{"recall_number": "D-0354-2023", "classification": "Class III",
///   "recalling_firm": "Sciegen Pharmaceuticals Inc", "reason_for_recall": "Foreign tablets",
///   "product_description": "Gabapentin Tablets, USP 600 mg, NDC: 50228-177-05.",
///   "code_info": "Lot # G177092, Exp. 11/24", "report_date": "20230308"}]"#;
/// let report = reg.add_openfda(&doc[..], LoadOptions::default())?;
/// assert_eq!(report.summary.kept, 1);
///
/// let check = reg.lookup_str("50228-177-05", "g177092")?;
/// assert!(check.is_recalled());
/// let recall = reg.get(check.matches[0].recall).ok_or("missing")?;
/// assert_eq!(recall.firm, "Sciegen Pharmaceuticals Inc");
///
/// assert!(!reg.lookup_str("50228-177-05", "G177093")?.is_recalled());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct RecallRegistry {
    recalls: Vec<Recall>,
    index: Index,
}

impl RecallRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        RecallRegistry::default()
    }

    /// A registry holding the built-in recalls ([`BuiltinRecallId::ALL`](crate::recall::BuiltinRecallId::ALL)).
    pub fn with_builtins() -> Self {
        let mut reg = RecallRegistry::new();
        reg.add_builtins();
        reg
    }

    /// Adds the built-in recalls.
    pub fn add_builtins(&mut self) {
        for row in BUILTIN_RECALLS {
            // A handful of rows cannot fill 32-bit positions.
            let _ = self.add(Recall::from_builtin(row));
        }
    }

    /// Adds one recall and returns its id.
    ///
    /// The registry keeps the recall as given, except that it puts
    /// [`excluded_lots`](crate::recall::RecallDetail::excluded_lots),
    /// [`lot_expiry`](crate::recall::RecallDetail::lot_expiry) and
    /// [`unconfirmed_ndcs`](crate::recall::RecallDetail::unconfirmed_ndcs) in their
    /// documented order when a recall built by hand does not (nothing is dropped), so
    /// that a lookup can search them.
    ///
    /// # Errors
    ///
    /// [`RegistryError::Full`] if the registry would pass about four billion recalls, lot
    /// entries, ranges or bytes of lot text (or of lot range ends); nothing is added
    /// then.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{BuiltinRecallId, Recall};
    /// use legcramps::recall::RecallRegistry;
    ///
    /// let mut reg = RecallRegistry::new();
    /// let id = reg.add(Recall::from_builtin(BuiltinRecallId::SandozOrphenadrineEr2022.info()))?;
    /// // 13 lots, KS3939 under both of its packages.
    /// assert_eq!(reg.get(id).map(|r| r.lots.len()), Some(14));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, recall: Recall) -> Result<RecallId, RegistryError> {
        self.check_room(std::slice::from_ref(&recall))?;
        Ok(self.push_unchecked(recall))
    }

    fn check_room(&self, more: &[Recall]) -> Result<(), RegistryError> {
        let limit = u64::from(u32::MAX - 1);
        if self.recalls.len().saturating_add(more.len()) as u64 > limit {
            return Err(RegistryError::Full {
                what: "recalls",
                limit,
            });
        }
        self.index
            .fits(more)
            .map_err(|what| RegistryError::Full { what, limit })
    }

    fn push_unchecked(&mut self, mut recall: Recall) -> RecallId {
        recall.detail.sort_lists();
        // check_room has made sure the position fits in u32.
        let id = u32::try_from(self.recalls.len()).unwrap_or(u32::MAX - 1);
        self.index.insert(id, &recall, &self.recalls);
        self.recalls.push(recall);
        RecallId(id)
    }

    /// Adds one openFDA record (see [`Recall::from_enforcement`] for what is read).
    ///
    /// # Errors
    ///
    /// As [`add`](Self::add).
    pub fn add_record(&mut self, record: &EnforcementRecord) -> Result<RecallId, RegistryError> {
        self.add(Recall::from_enforcement(record))
    }

    /// Reads an openFDA enforcement document (bulk file, API page or bare array; see
    /// [`read_enforcement`]) and adds every record that reads.
    ///
    /// All or nothing: when the load fails, the registry is unchanged. The registry keeps
    /// a [`Recall`] per record, not the record or its raw JSON; use
    /// [`read_enforcement`] to keep those.
    ///
    /// # Errors
    ///
    /// [`RegistryError::Load`] for every failure of [`read_enforcement`] (I/O, malformed
    /// JSON, wrong shape, API error answer, a bad record in strict mode);
    /// [`RegistryError::Full`] as for [`add`](Self::add).
    pub fn add_openfda<R: Read>(
        &mut self,
        reader: R,
        options: LoadOptions,
    ) -> Result<LoadReport, RegistryError> {
        let mut pending = Vec::new();
        let report = read_enforcement(reader, options.without_raw(), |r| {
            pending.push(Recall::from_enforcement_owned(r));
        })?;
        self.add_pending(pending)?;
        Ok(report)
    }

    /// Like [`add_openfda`](Self::add_openfda), for a document already in memory
    /// (faster: the parser works on the slice instead of pulling bytes through a
    /// reader).
    ///
    /// # Errors
    ///
    /// As [`add_openfda`](Self::add_openfda), without I/O errors.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::RecallRegistry;
    /// use legcramps::recall::LoadOptions;
    ///
    /// let mut reg = RecallRegistry::new();
    /// let report = reg.add_openfda_slice(br#"{"results": []}"#, LoadOptions::default())?;
    /// assert_eq!(report.summary.read, 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_openfda_slice(
        &mut self,
        bytes: &[u8],
        options: LoadOptions,
    ) -> Result<LoadReport, RegistryError> {
        // Each record read in place, only the recall's own texts copied out.
        let mut pending = Vec::new();
        let report = read_recalls_slice(bytes, options, |r| pending.push(r))?;
        self.add_pending(pending)?;
        Ok(report)
    }

    fn add_pending(&mut self, pending: Vec<Recall>) -> Result<(), RegistryError> {
        self.check_room(&pending)?;
        self.recalls.reserve(pending.len());
        for recall in pending {
            self.push_unchecked(recall);
        }
        Ok(())
    }

    /// Every recall, in the order added ([`RecallId::index`] is the position).
    pub fn recalls(&self) -> &[Recall] {
        &self.recalls
    }

    /// The ids of every recall, in order.
    pub fn ids(&self) -> impl Iterator<Item = RecallId> + '_ {
        (0..self.recalls.len()).filter_map(|i| u32::try_from(i).ok().map(RecallId))
    }

    /// One recall.
    pub fn get(&self, id: RecallId) -> Option<&Recall> {
        self.recalls.get(id.index())
    }

    /// How many recalls the registry holds.
    pub fn len(&self) -> usize {
        self.recalls.len()
    }

    /// Whether the registry holds no recall.
    pub fn is_empty(&self) -> bool {
        self.recalls.is_empty()
    }

    /// Is this package and lot recalled? Every recall that covers it, with why, plus the
    /// near misses.
    ///
    /// A recall names NDCs (packages, and products without a package) and recalls lots
    /// (each tied to one package, or applying to every NDC the recall names), lot ranges
    /// and possibly all lots. For the queried package `ndc` and `lot`:
    ///
    /// - **NDC.** A recalled NDC is *this package* when it is equal to `ndc` (compared by
    ///   canonical key, so `0185-0022-01` = `00185002201`), *this product* when it is a
    ///   product NDC and `ndc` belongs to it, and *another package* when it is a different
    ///   package of the same product.
    /// - **Lot.** The lot is *listed* (equal after normalisation), *in a range*
    ///   ([`LotNumber::in_range`](crate::recall::LotNumber::in_range)), or covered because the recall is for
    ///   *all lots* of the NDCs it names.
    /// - **Match.** A recall matches when a listed lot, range or all-lots scope applies
    ///   to an NDC that is this package or this product. The reason reported is the
    ///   strongest: lot basis first (listed, range, all lots), then NDC basis (package,
    ///   product), then the earliest range.
    /// - **Near miss.** A recall that does not match but lists the lot (or covers it by a
    ///   range or all lots) under another package of the same product, or lists it (or a
    ///   range holding it) without naming any NDC at all. Reported with the strongest
    ///   lot basis and the packages it is recalled under.
    ///
    /// Matches and near misses are sorted by [`RecallId`]; a recall appears at most once.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
    ///
    /// let reg = RecallRegistry::with_builtins();
    /// let ndc: Ndc = "0185-0022-10".parse()?;
    /// assert!(reg.lookup(&ndc, &"KS3939".parse::<LotNumber>()?).is_recalled());
    /// assert!(!reg.lookup(&ndc, &"KS3940".parse::<LotNumber>()?).is_recalled());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lookup(&self, ndc: &Ndc, lot: &LotNumber) -> RecallCheck {
        self.index.lookup(&self.recalls, ndc, lot)
    }

    /// [`lookup`](Self::lookup) for each candidate NDC in turn (for example the three
    /// readings of a bare 10-digit code), merged: a recall that matches under any
    /// candidate is a match (reported under the candidate with the strongest reason, the
    /// earliest on a tie) and is dropped from the near misses; the other near misses are
    /// kept the same way.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
    ///
    /// let reg = RecallRegistry::with_builtins();
    /// let readings = Ndc::candidates("0185002201")?;
    /// let check = reg.lookup_any(&readings, &"JX6411".parse::<LotNumber>()?);
    /// assert_eq!(check.matches[0].ndc.to_string(), "0185-0022-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lookup_any(&self, ndcs: &[Ndc], lot: &LotNumber) -> RecallCheck {
        match ndcs {
            [] => RecallCheck::default(),
            [one] => self.lookup(one, lot),
            many => merge_checks(many.iter().map(|n| self.lookup(n, lot))),
        }
    }

    /// Parses the NDC (every reading of a bare 10-digit code) and the lot, then
    /// [`lookup_any`](Self::lookup_any).
    ///
    /// # Errors
    ///
    /// [`QueryError::Ndc`] when the NDC text is not a package NDC in any layout,
    /// [`QueryError::Lot`] when the lot text is not a lot number.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::RecallRegistry;
    ///
    /// let reg = RecallRegistry::with_builtins();
    /// for ndc in ["0185-0022-01", "00185-0022-01", "00185002201", "0185002201"] {
    ///     assert!(reg.lookup_str(ndc, "jx6411")?.is_recalled());
    /// }
    /// assert_eq!(
    ///     reg.lookup_str("0185-022-01", "JX6411").unwrap_err().to_string(),
    ///     r#"invalid NDC "0185-022-01": segments 4-3-2 are not 4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lookup_str(&self, ndc: &str, lot: &str) -> Result<RecallCheck, QueryError> {
        // As Ndc::candidates, without collecting the readings into a Vec.
        let (one, three);
        let ndcs: &[Ndc] = match ndc.parse::<Ndc>() {
            Ok(n) => {
                one = [n];
                &one
            }
            Err(NdcError::Ambiguous { candidates, .. }) => {
                three = candidates;
                &three
            }
            Err(e) => return Err(e.into()),
        };
        let lot: LotNumber = lot.parse()?;
        Ok(self.lookup_any(ndcs, &lot))
    }

    /// The recalls that name this package's product, whatever the lot: each with how
    /// closely it names the package ([`NdcBasis`](crate::recall::NdcBasis)), sorted by id.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{Ndc, RecallRegistry};
    ///
    /// let reg = RecallRegistry::with_builtins();
    /// assert_eq!(reg.recalls_for(&"0185-0022-01".parse::<Ndc>()?).len(), 1);
    /// assert!(reg.recalls_for(&"0185-0023-01".parse::<Ndc>()?).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn recalls_for(&self, ndc: &Ndc) -> Vec<ProductRecall> {
        self.index.recalls_for(ndc)
    }

    /// The recalls that name this product or any of its packages, sorted.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::ProductNdc;
    /// use legcramps::recall::RecallRegistry;
    ///
    /// let reg = RecallRegistry::with_builtins();
    /// assert_eq!(reg.recalls_for_product(&"0185-0022".parse::<ProductNdc>()?).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn recalls_for_product(&self, product: &ProductNdc) -> Vec<RecallId> {
        self.index.recalls_for_product(product)
    }

    /// Releases spare capacity after loading.
    pub fn shrink_to_fit(&mut self) {
        self.recalls.shrink_to_fit();
        self.index.shrink_to_fit();
    }
}

/// Merges per-candidate answers as [`RecallRegistry::lookup_any`] describes: every
/// answer's matches (and near misses) put in recall order with a stable sort, so that a
/// recall's entries stay in candidate order, and each recall's run folded to its
/// strongest entry, the earliest on a tie. One sort, no scan per entry.
fn merge_checks(checks: impl Iterator<Item = RecallCheck>) -> RecallCheck {
    // Usually one reading (or none) finds anything: its answer is the answer.
    let mut found = checks.filter(|c| c.is_recalled() || !c.near_misses.is_empty());
    let Some(first) = found.next() else {
        return RecallCheck::default();
    };
    let Some(second) = found.next() else {
        return first;
    };
    let mut matches: Vec<RecallMatch> = Vec::new();
    let mut near: Vec<NearMiss> = Vec::new();
    for check in [first, second].into_iter().chain(found) {
        matches.extend(check.matches);
        near.extend(check.near_misses);
    }
    matches.sort_by_key(|m| m.recall);
    matches.dedup_by(|later, kept| {
        let same = later.recall == kept.recall;
        if same && (later.lot.rank(), later.ndc_basis) < (kept.lot.rank(), kept.ndc_basis) {
            std::mem::swap(later, kept);
        }
        same
    });
    // A recall that matches under any candidate is not a near miss.
    near.retain(|n| {
        matches
            .binary_search_by_key(&n.recall, |m| m.recall)
            .is_err()
    });
    near.sort_by_key(|n| n.recall);
    near.dedup_by(|later, kept| {
        let same = later.recall == kept.recall;
        if same && later.lot.rank() < kept.lot.rank() {
            std::mem::swap(later, kept);
        }
        same
    });
    RecallCheck {
        matches: matches.into(),
        near_misses: near,
    }
}

impl PartialEq for RecallRegistry {
    fn eq(&self, other: &Self) -> bool {
        self.recalls == other.recalls
    }
}

impl Eq for RecallRegistry {}

impl fmt::Debug for RecallRegistry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecallRegistry")
            .field("recalls", &self.recalls.len())
            .finish()
    }
}

/// Writes the list of recalls, borrowed (nothing is copied).
impl Serialize for RecallRegistry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.recalls.serialize(s)
    }
}

/// Reads a list of recalls and rebuilds the index.
impl<'de> Deserialize<'de> for RecallRegistry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let recalls = Vec::<Recall>::deserialize(d)?;
        RecallRegistry::try_from(recalls).map_err(serde::de::Error::custom)
    }
}

impl From<RecallRegistry> for Vec<Recall> {
    fn from(reg: RecallRegistry) -> Vec<Recall> {
        reg.recalls
    }
}

impl TryFrom<Vec<Recall>> for RecallRegistry {
    type Error = RegistryError;

    fn try_from(recalls: Vec<Recall>) -> Result<Self, RegistryError> {
        let mut reg = RecallRegistry::new();
        reg.check_room(&recalls)?;
        for r in recalls {
            reg.push_unchecked(r);
        }
        Ok(reg)
    }
}
