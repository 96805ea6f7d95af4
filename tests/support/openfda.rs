//! Collecting an openFDA document's records: the library streams them
//! ([`read_enforcement`]); these tests want them all at once.

use std::io::Read;

use legcramps::recall::{EnforcementRecord, LoadError, LoadOptions, LoadReport, read_enforcement};

/// The records of a load and its report.
#[derive(Debug)]
pub struct Load {
    pub records: Vec<EnforcementRecord>,
    pub report: LoadReport,
}

/// Reads every record of `reader` with [`read_enforcement`] and keeps them.
pub fn load_enforcement<R: Read>(reader: R, options: LoadOptions) -> Result<Load, LoadError> {
    let mut records = Vec::new();
    let report = read_enforcement(reader, options, |r| records.push(r))?;
    Ok(Load { records, report })
}

/// The report's serialized `layout` (`"envelope"` or `"bare_array"`).
pub fn layout(report: &LoadReport) -> String {
    let v = serde_json::to_value(report).expect("a report serializes");
    v["layout"].as_str().expect("layout is a string").to_owned()
}

/// The report's serialized `meta` block (`null` when the document had none).
pub fn meta(report: &LoadReport) -> serde_json::Value {
    let v = serde_json::to_value(report).expect("a report serializes");
    v["meta"].clone()
}
