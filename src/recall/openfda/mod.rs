//! openFDA drug enforcement data: the record type and its typed values, the streaming
//! loader with its report and errors, and (feature `fda-csv`) a reader for the FDA Data
//! Dashboard's CSV export of the same data.

#[cfg(feature = "fda-csv")]
mod fda_csv;
#[cfg(feature = "fda-csv")]
mod fda_csv_report;
mod lenient_serde;
mod load_error;
mod load_report;
mod loader;
mod number_class_status;
mod record;

pub use load_error::{LoadError, LoadErrorKind};
pub use load_report::{LoadReport, LoadSummary, SkippedRecord};
pub use loader::{LoadOptions, read_enforcement, read_enforcement_slice, read_recalls_slice};
pub use number_class_status::{RecallClass, RecallNumber, RecallStatus};
pub(crate) use record::RecordView;
pub use record::{EnforcementRecord, OpenFdaFields};

#[cfg(feature = "fda-csv")]
pub use fda_csv::{load_fda_csv, read_fda_csv};
#[cfg(feature = "fda-csv")]
pub use fda_csv_report::{FdaCsvError, FdaCsvLoad, FdaCsvReport, SkippedRow};
