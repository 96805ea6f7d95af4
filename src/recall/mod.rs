//! Drug-recall lookups: NDC and lot-number types, openFDA enforcement data, the
//! built-in Sandoz orphenadrine recall and a fast recall registry.
//!
//! Laid out by noun: `ndc` (package and product codes, finding them in text), `lot`
//! (lot numbers, extraction from code text, scope, ranges), `openfda` (record types,
//! loader, errors), `registry` (the recalls held, index, lookups, findings) and
//! `builtin` (recalls shipped with the crate). Every public item is exported once, here.

mod builtin;
mod lot;
mod ndc;
mod openfda;
mod registry;

pub use builtin::{
    Announcement, BUILTIN_RECALLS, BuiltinId, BuiltinLot, BuiltinRecall, Impurity,
    SANDOZ_ORPHENADRINE_ER_2022, SourceLink, YearMonth,
};
pub use lot::{LotError, LotExtraction, LotNumber, LotWindow, WindowBasis, extract_lots};
pub use ndc::{Ndc, NdcError, NdcLayout, NdcMention, ProductNdc, ProductNdcLayout, extract_ndcs};
pub use openfda::{
    DocumentLayout, EnforcementLoad, EnforcementRecord, LoadError, LoadErrorKind, LoadOptions,
    LoadReport, LoadSummary, MetaResults, OpenFdaFields, OpenFdaMeta, RecallClass,
    RecallFieldError, RecallNumber, RecallStatus, RecordKey, SkippedRecord, load_enforcement,
    read_enforcement, read_enforcement_slice,
};
#[cfg(feature = "fda-csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "fda-csv")))]
pub use openfda::{FdaCsvError, FdaCsvLoad, FdaCsvReport, SkippedRow, load_fda_csv, read_fda_csv};
pub use registry::{
    LotBasis, NdcBasis, NearMiss, ProductRecall, QueryError, Recall, RecallCheck, RecallDetail,
    RecallId, RecallMatch, RecallRegistry, RecallSource, RecalledLot, RegistryError,
};
