//! What an FDA Data Dashboard CSV read found besides its records: the skipped rows, the
//! counts, the header's layout, and the errors that end a read.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::load_report::LoadSummary;
use super::record::EnforcementRecord;

/// A CSV row that was skipped (or, in strict mode, ended the read), and why.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{LoadOptions, load_fda_csv};
///
/// let csv = "Recall Number,Classification,Recalling Firm,Product Description,Reason for Recall,Report Date\r\n\
///            D-0001-2024,Class II,F,P,R,13/1/2024\r\n";
/// let load = load_fda_csv(csv.as_bytes(), LoadOptions::default())?;
/// let bad = &load.report.skipped[0];
/// assert_eq!(bad.row, 1);
/// assert_eq!(bad.column.as_deref(), Some("Report Date"));
/// assert_eq!(
///     bad.to_string(),
///     r#"row 1 (D-0001-2024), column "Report Date": invalid date "13/1/2024": expected M/D/YYYY"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SkippedRow {
    /// The data row, from 1 (the header and empty lines are not counted). The csv
    /// parser's own line numbers are not used: they drift on CRLF files.
    pub row: u64,
    /// The column (by its header name) that was wrong, when one field was.
    pub column: Option<String>,
    /// The row's `Recall Number` text, when it could be read.
    pub recall_number: Option<String>,
    /// What was wrong.
    pub reason: String,
}

impl fmt::Display for SkippedRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}", self.row)?;
        if let Some(n) = &self.recall_number {
            write!(f, " ({n})")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column {c:?}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// What a CSV read found, apart from the records themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FdaCsvReport {
    /// Counts: `read == kept + skipped` (data rows; empty lines are not rows).
    pub summary: LoadSummary,
    /// Every skipped row, in file order.
    pub skipped: Vec<SkippedRow>,
    /// How many columns the header names (25, or 28 with three `More Code Info`).
    pub columns: usize,
    /// Header columns whose values no [`EnforcementRecord`] field holds, in header order:
    /// the dashboard's own `Recently Updated Record` and `Last Modified Date` (openFDA
    /// has neither), and any column name this reader does not know.
    pub columns_not_kept: Vec<String>,
}

/// The records of a CSV read and its report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FdaCsvLoad {
    /// The records that were typed, in file order.
    pub records: Vec<EnforcementRecord>,
    /// Counts, skipped rows, columns.
    pub report: FdaCsvReport,
}

/// Why a CSV read stopped.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{FdaCsvError, LoadOptions, load_fda_csv};
///
/// let err = load_fda_csv(&b"Recall Number,Classification\r\n"[..], LoadOptions::default())
///     .unwrap_err();
/// assert_eq!(
///     err,
///     FdaCsvError::MissingColumn { column: "Recalling Firm" }
/// );
/// assert_eq!(
///     err.to_string(),
///     r#"not an FDA Data Dashboard recall export: no "Recalling Firm" column"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FdaCsvError {
    /// The reader failed.
    #[error("could not read the CSV file: {message}")]
    Io {
        /// The reader's message.
        message: String,
    },
    /// The text is not CSV the parser can split.
    #[error("malformed CSV after data row {row}: {message}")]
    Syntax {
        /// The last data row read before the problem (0: in the header).
        row: u64,
        /// What was wrong.
        message: String,
    },
    /// The file is empty: no header row.
    #[error("not an FDA Data Dashboard recall export: the file is empty")]
    Empty,
    /// The header lacks a column every record needs.
    #[error("not an FDA Data Dashboard recall export: no {column:?} column")]
    MissingColumn {
        /// The column's name as the export writes it.
        column: &'static str,
    },
    /// The header names a column twice (only `More Code Info` may repeat).
    #[error("not an FDA Data Dashboard recall export: column {column:?} appears twice")]
    DuplicateColumn {
        /// The column's name.
        column: String,
    },
    /// A bad row in strict mode.
    #[error("bad row in strict mode: {0}")]
    BadRow(SkippedRow),
}
