//! Lot (batch) numbers and what a recall's code text says about them: the
//! [`LotNumber`] type, lot extraction from openFDA `code_info` text (following
//! `shared/openfda/LABELING.md`) and lot ranges.

mod extraction;
mod extractor;
mod number;
mod range;
mod scope;
mod token_shape;
mod tokenizer;
mod vocabulary;
mod window;

pub use extraction::{LotExtraction, LotWindow, WindowBasis};
pub use extractor::extract_lots;
pub(crate) use extractor::extract_lots_and_ndcs;
pub use number::{LotError, LotNumber};
pub(crate) use range::split_tail;
