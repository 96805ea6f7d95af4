//! The recall registry: the recalls it holds, its hash index, the lookups and the
//! answers they give.

mod findings;
mod index;
mod keys;
mod range_table;
mod recall;
mod recall_check;
mod recall_detail;
mod recall_matches;
mod recall_registry;

pub use recall::{Recall, RecallSource, RecalledLot};
pub use recall_check::{
    LotBasis, NdcBasis, NearMiss, ProductRecall, RecallCheck, RecallId, RecallMatch,
};
pub use recall_detail::RecallDetail;
pub use recall_matches::RecallMatches;
pub use recall_registry::{QueryError, RecallRegistry, RegistryError};
