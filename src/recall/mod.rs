//! Drug-recall lookups: NDC and lot-number types, openFDA enforcement data, the
//! built-in Sandoz orphenadrine recall and a fast recall registry.

mod ndc;
mod ndc_extract;
mod ndc_product;
pub use ndc::{Ndc, NdcError, NdcLayout, ProductNdc, ProductNdcLayout};
pub use ndc_extract::{NdcMention, extract_ndcs};

mod lot;
mod lot_extract;
mod lot_scope;
mod lot_tokens;
mod lot_words;
mod text;
pub use lot::{LotError, LotExtraction, LotNumber, LotWindow, WindowBasis, extract_lots};

mod openfda;

mod builtin;

mod registry;
