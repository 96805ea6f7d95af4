//! Drug-recall lookups: NDC and lot-number types, openFDA enforcement data, the
//! built-in Sandoz orphenadrine recall and a fast recall registry.

mod ndc;
mod ndc_extract;
mod ndc_layout;
mod ndc_product;
pub use ndc::{Ndc, NdcError, NdcLayout, ProductNdc, ProductNdcLayout};
pub use ndc_extract::{NdcMention, extract_ndcs};

mod lot;
mod lot_extract;
mod lot_scope;
mod lot_spans;
mod lot_tokens;
mod lot_words;
mod text;
pub use lot::{LotError, LotExtraction, LotNumber, LotWindow, WindowBasis, extract_lots};

mod openfda;
pub use openfda::{EnforcementRecord, OpenFdaFields};
mod fields;
mod readers;
pub use fields::{RecallClass, RecallFieldError, RecallNumber, RecallStatus};
mod load;
mod load_error;
pub use load::{
    DocumentLayout, EnforcementLoad, LoadOptions, LoadReport, LoadSummary, MetaResults,
    OpenFdaMeta, SkippedRecord, load_enforcement, read_enforcement, read_enforcement_slice,
};
pub use load_error::{LoadError, LoadErrorKind};

mod builtin;
pub use builtin::{
    Announcement, BUILTIN_RECALLS, BuiltinId, BuiltinLot, BuiltinRecall, Impurity,
    SANDOZ_ORPHENADRINE_ER_2022, SourceLink, YearMonth,
};

mod registry;
pub use registry::{QueryError, RecallRegistry, RegistryError};
mod answer;
pub use answer::{LotBasis, NdcBasis, NearMiss, ProductRecall, RecallCheck, RecallId, RecallMatch};
mod entry;
pub use entry::{Recall, RecallSource, RecalledLot};
mod findings;
mod index;
mod keys;
mod memory;
pub use memory::MemoryUsage;
mod range;
mod table;
pub use range::lot_in_range;
