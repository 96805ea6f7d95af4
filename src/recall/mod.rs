//! Drug-recall lookups: NDC and lot-number types, openFDA enforcement data, the
//! built-in Sandoz orphenadrine recall and a fast recall registry.
//!
//! # Overview
//!
//! The question this module answers is "is this package, with this lot, recalled?".
//! The main paths, in the order a caller meets them:
//!
//! 1. **Parse what is on the bottle.** [`Ndc`] reads a package NDC in any of its layouts
//!    (`0185-0022-01`, the 11-digit `00185002201`, ...; [`NdcLayout`]) and
//!    [`LotNumber`] a lot (trimmed and compared without case). Both fail with a typed
//!    error ([`NdcError`], [`LotError`]) that says what was wrong. To find NDCs and lots
//!    in free text, use [`extract_ndcs`] and [`extract_lots`].
//! 2. **Choose the recalls to check against.** [`RecallRegistry::with_builtins`] holds
//!    the recalls shipped with the crate ([`BuiltinRecallId::ALL`]); [`RecallRegistry::new`]
//!    starts empty.
//! 3. **Add openFDA or FDA data.** [`RecallRegistry::add_openfda`] (or
//!    [`add_openfda_slice`](RecallRegistry::add_openfda_slice) for bytes in memory) reads
//!    an openFDA drug enforcement document, all or nothing, and returns a
//!    [`LoadReport`] that counts and names every skipped record. With the `fda-csv`
//!    feature, `load_fda_csv` reads an FDA Data Dashboard CSV export into
//!    [`EnforcementRecord`]s; add each with [`RecallRegistry::add_record`]. To keep the
//!    records themselves (and their raw JSON), read them with [`read_enforcement`].
//! 4. **Look up.** [`RecallRegistry::lookup`] takes a parsed NDC and lot;
//!    [`lookup_str`](RecallRegistry::lookup_str) parses them first;
//!    [`lookup_any`](RecallRegistry::lookup_any) checks several NDCs of one product;
//!    [`recalls_for`](RecallRegistry::recalls_for) asks by NDC alone.
//! 5. **Read the answer.** A [`RecallCheck`] lists every [`RecallMatch`] (which recall,
//!    how the lot matched: [`LotBasis`], how the NDC matched: [`NdcBasis`], status and
//!    termination) and every [`NearMiss`] (the lot is recalled under another package of
//!    the same product: worth showing a pharmacist). [`RecallRegistry::get`] gives the
//!    full [`Recall`] (firm, product, reason, class) of a match.
//!
//! ```
//! use legcramps::recall::{LoadOptions, LotBasis, LotNumber, Ndc, RecallRegistry};
//!
//! // 1. What is on the bottle.
//! let ndc: Ndc = "00185002201".parse()?; // the 11-digit form of 0185-0022-01
//! let lot: LotNumber = " jx6411 ".parse()?;
//!
//! // 2 and 4. The built-in 2022 Sandoz orphenadrine ER recall lists this lot.
//! let mut reg = RecallRegistry::with_builtins();
//! let check = reg.lookup(&ndc, &lot);
//! assert!(check.is_recalled());
//! assert_eq!(check.matches[0].lot, LotBasis::ExactLot);
//!
//! // 3. Add openFDA data (here a made-up one-record document).
//! let doc = br#"[{"recall_number": "D-0001-2024", "classification": "Class II",
//!   "recalling_firm": "Example Pharma", "reason_for_recall": "Failed dissolution",
//!   "product_description": "Example Tablets 10 mg, NDC 12345-678-90",
//!   "code_info": "Lot # AB1234, Exp. 06/27", "report_date": "20240110"}]"#;
//! let report = reg.add_openfda_slice(doc, LoadOptions::default())?;
//! assert_eq!((report.summary.kept, report.summary.skipped), (1, 0));
//!
//! // 4 and 5. Look up by text and read the answer.
//! let check = reg.lookup_str("12345-678-90", "ab1234")?;
//! let hit = &check.matches[0];
//! let recall = reg.get(hit.recall).ok_or("the match names a recall of the registry")?;
//! assert_eq!(recall.firm, "Example Pharma");
//! assert_eq!(recall.class.map(|c| c.as_str()), Some("class_ii"));
//! assert!(!reg.lookup_str("12345-678-90", "AB1235")?.is_recalled());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Laid out by noun: `ndc` (package and product codes, finding them in text), `lot`
//! (lot numbers, extraction from code text, scope, ranges), `openfda` (record types,
//! loader, errors), `registry` (the recalls held, index, lookups, findings) and
//! `builtin` (recalls shipped with the crate). Every public item is exported once, here.

mod builtin;
mod first_seen;
mod keyed_hash;
mod lot;
mod ndc;
mod openfda;
mod partition;
mod registry;

pub use builtin::{BuiltinLot, BuiltinRecall, BuiltinRecallId, YearMonth};
pub use lot::{LotError, LotExtraction, LotNumber, LotWindow, WindowBasis, extract_lots};
pub use ndc::{Ndc, NdcError, NdcLayout, NdcMention, ProductNdc, ProductNdcLayout, extract_ndcs};
pub use openfda::{
    EnforcementRecord, LoadError, LoadErrorKind, LoadOptions, LoadReport, LoadSummary,
    OpenFdaFields, RecallClass, RecallNumber, RecallStatus, SkippedRecord, read_enforcement,
    read_enforcement_slice, read_recalls_slice,
};
#[cfg(feature = "fda-csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "fda-csv")))]
pub use openfda::{FdaCsvError, FdaCsvLoad, FdaCsvReport, SkippedRow, load_fda_csv, read_fda_csv};
pub use registry::{
    LotBasis, NdcBasis, NearMiss, ProductRecall, QueryError, Recall, RecallCheck, RecallDetail,
    RecallId, RecallMatch, RecallMatches, RecallRegistry, RecallSource, RecalledLot, RegistryError,
};
