//! National Drug Codes: the package and product code types, their written layouts,
//! parsing, and finding codes in free text.

mod code;
mod extract;
mod layout;
mod parse;

pub use code::{Ndc, NdcError, ProductNdc};
pub use extract::{NdcMention, extract_ndcs};
pub(crate) use extract::{dedup, scan};
pub use layout::{NdcLayout, ProductNdcLayout};
