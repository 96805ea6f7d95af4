//! What an openFDA load found besides its records: the per-record skips, the counts, the
//! document's layout and `meta` block.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A record that was skipped, and why.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{read_enforcement, LoadOptions};
///
/// let doc = br#"[{"recall_number": "D-0001-2024", "classification": "Class IV"}]"#;
/// let report = read_enforcement(&doc[..], LoadOptions::default(), |_| {})?;
/// let bad = &report.skipped[0];
/// assert_eq!(bad.index, 0);
/// assert_eq!(bad.recall_number.as_deref(), Some("D-0001-2024"));
/// assert!(bad.reason.starts_with(r#"invalid recall class "Class IV""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SkippedRecord {
    /// Position of the record in its `results` array (or the bare array), from 0.
    pub index: usize,
    /// The record's `recall_number` text, when it is a string (valid or not).
    pub recall_number: Option<String>,
    /// What was wrong, naming the field and value where the parser could.
    pub reason: String,
}

impl fmt::Display for SkippedRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "record {}", self.index)?;
        if let Some(n) = &self.recall_number {
            write!(f, " ({n})")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Counts for one load. `read == kept + skipped` always holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoadSummary {
    /// Records met in the document (each element of the results array).
    pub read: usize,
    /// Records typed and handed on.
    pub kept: usize,
    /// Records skipped (each listed in [`LoadReport::skipped`]).
    pub skipped: usize,
}

/// How the document was laid out (serialized in a [`LoadReport`] as `layout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DocumentLayout {
    /// `{"meta": ..., "results": [...]}`: the bulk file or an API page.
    Envelope,
    /// A bare array of records.
    BareArray,
}

/// The `meta` block of an openFDA document (serialized in a [`LoadReport`] as `meta`).
/// Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct OpenFdaMeta {
    /// openFDA's disclaimer text.
    #[serde(default)]
    pub(crate) disclaimer: Option<String>,
    /// Link to the terms of service.
    #[serde(default)]
    pub(crate) terms: Option<String>,
    /// Link to the licence.
    #[serde(default)]
    pub(crate) license: Option<String>,
    /// When the data was last updated, as openFDA writes it (`YYYY-MM-DD`).
    #[serde(default)]
    pub(crate) last_updated: Option<String>,
    /// Paging figures.
    #[serde(default)]
    pub(crate) results: Option<MetaResults>,
}

/// Paging figures in `meta.results`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct MetaResults {
    /// Records skipped before this page.
    #[serde(default)]
    pub(crate) skip: Option<u64>,
    /// Page size (for the last bulk partition: its record count).
    #[serde(default)]
    pub(crate) limit: Option<u64>,
    /// Records matching the query in all.
    #[serde(default)]
    pub(crate) total: Option<u64>,
}

/// What a load found, apart from the records themselves.
///
/// Serialized, it also carries the document's `meta` block (`last_updated`, paging
/// figures), if it had one, and its `layout` (`"envelope"` or `"bare_array"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoadReport {
    /// Counts.
    pub summary: LoadSummary,
    /// Every skipped record, in document order.
    pub skipped: Vec<SkippedRecord>,
    /// The document's `meta` block, if it had one.
    pub(crate) meta: Option<OpenFdaMeta>,
    /// The layout that was found.
    pub(crate) layout: DocumentLayout,
}
