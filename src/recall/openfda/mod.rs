//! openFDA drug enforcement data: the record type and its typed values, and the
//! streaming loader with its report and errors.

mod lenient_serde;
mod load_error;
mod load_report;
mod loader;
mod number_class_status;
mod record;

pub use load_error::{LoadError, LoadErrorKind};
pub use load_report::{
    DocumentLayout, EnforcementLoad, LoadReport, LoadSummary, MetaResults, OpenFdaMeta,
    SkippedRecord,
};
pub use loader::{LoadOptions, load_enforcement, read_enforcement, read_enforcement_slice};
pub use number_class_status::{RecallClass, RecallFieldError, RecallNumber, RecallStatus};
pub use record::{EnforcementRecord, OpenFdaFields};
