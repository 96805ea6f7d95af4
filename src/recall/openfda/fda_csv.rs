//! Reader for the FDA Data Dashboard's recall CSV export (feature `fda-csv`): the same
//! FDA Recall Enterprise System data that openFDA serves, in a different layout.
//!
//! The export has 25 columns (`Product Type`, `Recently Updated Record`, ... `Report
//! Date`, `Code Info`); some files add up to three `More Code Info` columns for a
//! `Code Info` that did not fit. Columns are found by their header name, so their order
//! does not matter. Each data row becomes one [`EnforcementRecord`], handed on as soon as
//! it is read; the file is never held in memory.

use std::io::Read;

use chrono::NaiveDate;

use super::fda_csv_report::{FdaCsvError, FdaCsvLoad, FdaCsvReport, SkippedRow};
use super::load_report::LoadSummary;
use super::loader::LoadOptions;
use super::number_class_status::{RecallClass, RecallNumber, RecallStatus};
use super::record::EnforcementRecord;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    ProductType,
    EventId,
    Status,
    Firm,
    Address1,
    Address2,
    City,
    State,
    PostalCode,
    Country,
    VoluntaryMandated,
    InitialNotification,
    DistributionPattern,
    RecallNumber,
    Classification,
    ProductDescription,
    ProductQuantity,
    Reason,
    InitiationDate,
    ClassificationDate,
    TerminationDate,
    ReportDate,
    CodeInfo,
    MoreCodeInfo,
    /// Read, but no record field holds it.
    NotKept,
}

/// The export's column names, as its header writes them.
static COLUMNS: &[(&str, Col)] = &[
    ("Product Type", Col::ProductType),
    ("Recently Updated Record", Col::NotKept),
    ("Last Modified Date", Col::NotKept),
    ("Event ID", Col::EventId),
    ("Status", Col::Status),
    ("Recalling Firm", Col::Firm),
    ("Address1", Col::Address1),
    ("Address2", Col::Address2),
    ("City", Col::City),
    ("State/Province", Col::State),
    ("Postal Code", Col::PostalCode),
    ("Country", Col::Country),
    ("Voluntary/Mandated", Col::VoluntaryMandated),
    (
        "Initial Firm Notification of Consignee or Public",
        Col::InitialNotification,
    ),
    ("Distribution Pattern", Col::DistributionPattern),
    ("Recall Number", Col::RecallNumber),
    ("Classification", Col::Classification),
    ("Product Description", Col::ProductDescription),
    ("Product Quantity", Col::ProductQuantity),
    ("Reason for Recall", Col::Reason),
    ("Recall Initiation Date", Col::InitiationDate),
    ("Center Classification Date", Col::ClassificationDate),
    ("Termination Date", Col::TerminationDate),
    ("Report Date", Col::ReportDate),
    ("Code Info", Col::CodeInfo),
    ("More Code Info", Col::MoreCodeInfo),
];

/// Columns every record needs, in the order they are checked.
static REQUIRED: &[(&str, Col)] = &[
    ("Recall Number", Col::RecallNumber),
    ("Classification", Col::Classification),
    ("Recalling Firm", Col::Firm),
    ("Product Description", Col::ProductDescription),
    ("Reason for Recall", Col::Reason),
    ("Report Date", Col::ReportDate),
];

/// The header, read: what each position holds, and its name.
struct Layout {
    cols: Vec<(Col, &'static str)>,
    /// Fields a row must have: up to the last column that is not `More Code Info`.
    min_fields: usize,
    recall_number_at: usize,
}

impl Layout {
    fn read(header: &csv::ByteRecord) -> Result<(Layout, Vec<String>), FdaCsvError> {
        let mut cols: Vec<(Col, &'static str)> = Vec::with_capacity(header.len());
        let mut not_kept = Vec::new();
        for raw in header {
            let text = String::from_utf8_lossy(raw);
            let name = text.trim_start_matches('\u{feff}').trim();
            match COLUMNS.iter().find(|(n, _)| *n == name) {
                Some(&(n, Col::MoreCodeInfo)) => cols.push((Col::MoreCodeInfo, n)),
                Some(&(n, col)) => {
                    if cols.iter().any(|&(_, k)| k == n) {
                        return Err(FdaCsvError::DuplicateColumn {
                            column: n.to_owned(),
                        });
                    }
                    if col == Col::NotKept {
                        not_kept.push(n.to_owned());
                    }
                    cols.push((col, n));
                }
                None => {
                    not_kept.push(name.to_owned());
                    cols.push((Col::NotKept, ""));
                }
            }
        }
        let mut recall_number_at = 0;
        for &(name, col) in REQUIRED {
            match cols.iter().position(|&(c, _)| c == col) {
                Some(at) => {
                    if col == Col::RecallNumber {
                        recall_number_at = at;
                    }
                }
                None => return Err(FdaCsvError::MissingColumn { column: name }),
            }
        }
        let min_fields = cols
            .iter()
            .rposition(|&(c, _)| c != Col::MoreCodeInfo)
            .map_or(0, |at| at + 1);
        Ok((
            Layout {
                cols,
                min_fields,
                recall_number_at,
            },
            not_kept,
        ))
    }
}

/// Why one row could not be typed.
struct RowError {
    column: Option<&'static str>,
    reason: String,
}

impl RowError {
    fn at(column: &'static str, reason: String) -> Self {
        RowError {
            column: Some(column),
            reason,
        }
    }
}

/// One field's text, trimmed, with `N/A` told apart from text.
enum Value<'a> {
    Empty,
    NotApplicable,
    Text(&'a str),
}

fn value(raw: &str) -> Value<'_> {
    let t = raw.trim();
    if t.is_empty() {
        Value::Empty
    } else if t.eq_ignore_ascii_case("N/A") {
        Value::NotApplicable
    } else {
        Value::Text(t)
    }
}

/// `M/D/YYYY`, the month and day with or without a leading zero.
fn parse_mdy(t: &str) -> Option<NaiveDate> {
    let mut parts = t.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let num = |x: &str, min: usize, max: usize| {
        ((min..=max).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit()))
            .then(|| x.parse::<u32>().ok())
            .flatten()
    };
    let year = i32::try_from(num(y, 4, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(m, 1, 2)?, num(d, 1, 2)?)
}

/// Types one data row.
fn row_record(layout: &Layout, row: &csv::ByteRecord) -> Result<EnforcementRecord, RowError> {
    if row.len() > layout.cols.len() || row.len() < layout.min_fields {
        return Err(RowError {
            column: None,
            reason: format!(
                "the row has {} fields, the header {} (only trailing \"More Code Info\" fields may be left out)",
                row.len(),
                layout.cols.len()
            ),
        });
    }
    let mut fields: Vec<(Col, &'static str, &str)> = Vec::with_capacity(layout.cols.len());
    for (raw, &(col, name)) in row.iter().zip(&layout.cols) {
        if col == Col::NotKept {
            continue;
        }
        let text = std::str::from_utf8(raw)
            .map_err(|e| RowError::at(name, format!("the text is not UTF-8 ({e})")))?;
        fields.push((col, name, text));
    }
    let get = |want: Col| {
        fields
            .iter()
            .find(|&&(c, _, _)| c == want)
            .map(|&(_, n, t)| (n, t))
    };
    let required = |want: Col| -> Result<(&'static str, &str), RowError> {
        // REQUIRED columns are present in the layout, and rows are long enough to hold them.
        get(want).ok_or(RowError {
            column: None,
            reason: "a required column is missing".to_owned(),
        })
    };

    let (name, text) = required(Col::RecallNumber)?;
    let recall_number: RecallNumber = text
        .parse()
        .map_err(|e: crate::ValidationError| RowError::at(name, e.to_string()))?;
    let (name, text) = required(Col::Classification)?;
    let classification: RecallClass = text
        .trim()
        .parse()
        .map_err(|e: crate::ValidationError| RowError::at(name, e.to_string()))?;
    let (name, text) = required(Col::ReportDate)?;
    let report_date = match value(text) {
        Value::Text(t) => parse_mdy(t).ok_or_else(|| RowError::at(name, date_problem(t)))?,
        Value::Empty | Value::NotApplicable => {
            return Err(RowError::at(
                name,
                format!("a report date is required, found {text:?}"),
            ));
        }
    };
    let firm = required(Col::Firm)?.1.to_owned();
    let product = required(Col::ProductDescription)?.1.to_owned();
    let reason = required(Col::Reason)?.1.to_owned();
    let mut record = EnforcementRecord::with_required(
        recall_number,
        classification,
        firm,
        product,
        reason,
        report_date,
    );

    let mut more_code = String::new();
    for &(col, name, raw) in &fields {
        let v = value(raw);
        let required = REQUIRED.iter().any(|&(_, c)| c == col);
        if matches!(v, Value::NotApplicable) && !required {
            record.note_written_na(name);
        }
        // Free text keeps its spaces, as openFDA JSON does; only blank or N/A is absent.
        let text = || match v {
            Value::Text(_) => Some(raw.to_owned()),
            Value::Empty | Value::NotApplicable => None,
        };
        let date = || -> Result<Option<NaiveDate>, RowError> {
            match v {
                Value::Text(t) => parse_mdy(t)
                    .map(Some)
                    .ok_or_else(|| RowError::at(name, date_problem(t))),
                Value::Empty | Value::NotApplicable => Ok(None),
            }
        };
        match col {
            Col::ProductType => record.product_type = text(),
            Col::EventId => {
                record.event_id = match v {
                    Value::Text(t) => Some(
                        t.parse::<u64>()
                            .ok()
                            .filter(|_| t.bytes().all(|b| b.is_ascii_digit()))
                            .ok_or_else(|| {
                                RowError::at(
                                    name,
                                    format!("invalid event id {t:?}: expected digits"),
                                )
                            })?,
                    ),
                    Value::Empty | Value::NotApplicable => None,
                }
            }
            Col::Status => {
                record.status = match v {
                    Value::Text(t) => Some(
                        t.parse::<RecallStatus>()
                            .map_err(|e| RowError::at(name, e.to_string()))?,
                    ),
                    Value::Empty | Value::NotApplicable => None,
                }
            }
            Col::Address1 => record.address_1 = text(),
            Col::Address2 => record.address_2 = text(),
            Col::City => record.city = text(),
            Col::State => record.state = text(),
            // The export writes a TAB before every postal code (a spreadsheet text guard).
            Col::PostalCode => {
                record.postal_code = match v {
                    Value::Text(t) => Some(t.to_owned()),
                    Value::Empty | Value::NotApplicable => None,
                }
            }
            Col::Country => record.country = text(),
            Col::VoluntaryMandated => record.voluntary_mandated = text(),
            Col::InitialNotification => record.initial_firm_notification = text(),
            Col::DistributionPattern => record.distribution_pattern = text(),
            Col::ProductQuantity => record.product_quantity = text(),
            Col::InitiationDate => record.recall_initiation_date = date()?,
            Col::ClassificationDate => record.center_classification_date = date()?,
            Col::TerminationDate => record.termination_date = date()?,
            Col::CodeInfo => record.code_info = text().unwrap_or_default(),
            Col::MoreCodeInfo => {
                if let Value::Text(_) = v {
                    more_code.push_str(raw);
                }
            }
            Col::RecallNumber
            | Col::Classification
            | Col::Firm
            | Col::ProductDescription
            | Col::Reason
            | Col::ReportDate
            | Col::NotKept => {}
        }
    }
    if !more_code.is_empty() {
        record.more_code_info = Some(more_code);
    }
    Ok(record)
}

fn date_problem(t: &str) -> String {
    format!("invalid date {t:?}: expected M/D/YYYY")
}

fn csv_error(e: csv::Error, row: u64) -> FdaCsvError {
    let message = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(io) => FdaCsvError::Io {
            message: io.to_string(),
        },
        _ => FdaCsvError::Syntax { row, message },
    }
}

/// Reads every row of an FDA Data Dashboard recall export and collects the records.
///
/// See [`read_fda_csv`] for how rows are read; this function keeps the records in a
/// `Vec`.
///
/// # Errors
///
/// As [`read_fda_csv`].
///
/// # Examples
///
/// ```
/// use legcramps::recall::{LoadOptions, RecallClass, load_fda_csv};
///
/// let csv = "Product Type,Event ID,Status,Recalling Firm,Postal Code,Recall Number,\
/// Classification,Product Description,Reason for Recall,Termination Date,Report Date,\
/// Code Info,More Code Info,More Code Info\r\n\
/// \"Drugs\",\"89918\",\"Ongoing\",\"Firm\",\"\t78412-4744\",\"N/A\",\"Class II\",\
/// \"Tablets\",\"Why\",\"N/A\",\"5/4/2022\",\"Lot#: 1D90A, 1D92A\"\r\n\
/// \n\n";
/// let load = load_fda_csv(csv.as_bytes(), LoadOptions::default())?;
/// let r = &load.records[0];
/// assert_eq!(r.recall_number.as_str(), "N/A");
/// assert!(!r.recall_number.has_usual_shape());
/// assert_eq!(r.classification, RecallClass::ClassII);
/// assert_eq!(r.postal_code.as_deref(), Some("78412-4744"));
/// assert_eq!(r.termination_date, None);
/// assert_eq!(r.written_na(), ["Termination Date"]);
/// assert_eq!(r.report_date.to_string(), "2022-05-04");
/// let s = load.report.summary;
/// assert_eq!((s.read, s.kept, s.skipped), (1, 1, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load_fda_csv<R: Read>(reader: R, options: LoadOptions) -> Result<FdaCsvLoad, FdaCsvError> {
    let mut records = Vec::new();
    let report = read_fda_csv(reader, options, |r| records.push(r))?;
    Ok(FdaCsvLoad { records, report })
}

/// Reads an FDA Data Dashboard recall export row by row, handing each typed record to
/// `on_record` as soon as it is read.
///
/// How the export is read:
///
/// - The first row is the header. Columns are found by name; the six that every record
///   needs are `Recall Number`, `Classification`, `Recalling Firm`, `Product
///   Description`, `Reason for Recall` and `Report Date`. The other known columns map to
///   the [`EnforcementRecord`] field of the same meaning; `Recently Updated Record`,
///   `Last Modified Date` and unknown columns are listed in
///   [`FdaCsvReport::columns_not_kept`].
/// - `More Code Info` may appear several times (the 2016 file has three): the values are
///   joined, in order and with nothing in between, into `more_code_info`, so that
///   [`EnforcementRecord::code_text`] is the whole `Code Info`, as with openFDA's
///   `code_info` + `more_code_info`. A row may leave trailing `More Code Info` fields
///   out; any other short or long row is a bad row.
/// - Dates are `M/D/YYYY`, with or without leading zeros.
/// - A value of `N/A` (any case, surrounding spaces ignored) or blank is absent: `None`,
///   or an empty `code_info`; each field written `N/A` is listed in
///   [`EnforcementRecord::written_na`]. In the six required columns `N/A` is kept as
///   text (a recall number `N/A` is kept as written, flagged by
///   [`RecallNumber::has_usual_shape`]), except that a report date must be a date.
/// - Free text is kept as written; ids, dates, class and status are trimmed, and so are
///   postal codes (the export puts a TAB before each).
/// - CRLF or LF line ends, quoted or bare fields. Empty lines (the export ends most files
///   with a few) are not rows: the CSV parser passes over them. A row of empty fields
///   (`,,,`) is a row, and a bad one.
/// - `options.strict`: the first bad row ends the read with [`FdaCsvError::BadRow`];
///   otherwise bad rows are skipped and listed. `options.keep_raw` does not apply (there
///   is no JSON to keep).
///
/// # Errors
///
/// - [`FdaCsvError::Io`] when the reader fails;
/// - [`FdaCsvError::Empty`], [`FdaCsvError::MissingColumn`],
///   [`FdaCsvError::DuplicateColumn`] for a header that is not the export's;
/// - [`FdaCsvError::Syntax`] for text the CSV parser cannot split;
/// - [`FdaCsvError::BadRow`] for the first bad row, in strict mode only.
///
/// Records handed to `on_record` before an error stay handed.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{LoadOptions, read_fda_csv};
///
/// let csv = "Recall Number,Classification,Recalling Firm,Product Description,\
/// Reason for Recall,Report Date,Code Info\n\
/// D-0001-2024,Class I,F,P,R,01/10/2024,Lot A123\n\
/// D-0002-2024,Class 9,F,P,R,1/10/2024,Lot B456\n";
/// let mut codes = Vec::new();
/// let report = read_fda_csv(csv.as_bytes(), LoadOptions::default(), |r| codes.push(r.code_info))?;
/// assert_eq!(codes, ["Lot A123"]);
/// let s = report.summary;
/// assert_eq!((s.read, s.kept, s.skipped), (2, 1, 1));
/// assert!(report.skipped[0].reason.starts_with(r#"invalid recall class "Class 9""#));
/// assert!(read_fda_csv(csv.as_bytes(), LoadOptions::strict(), |_| {}).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_fda_csv<R, F>(
    reader: R,
    options: LoadOptions,
    mut on_record: F,
) -> Result<FdaCsvReport, FdaCsvError>
where
    R: Read,
    F: FnMut(EnforcementRecord),
{
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut row = csv::ByteRecord::new();
    if !csv
        .read_byte_record(&mut row)
        .map_err(|e| csv_error(e, 0))?
    {
        return Err(FdaCsvError::Empty);
    }
    let (layout, columns_not_kept) = Layout::read(&row)?;
    let mut report = FdaCsvReport {
        summary: LoadSummary::default(),
        skipped: Vec::new(),
        columns: layout.cols.len(),
        columns_not_kept,
    };
    let mut index: u64 = 0;
    while csv
        .read_byte_record(&mut row)
        .map_err(|e| csv_error(e, index))?
    {
        index = index.saturating_add(1);
        report.summary.read = report.summary.read.saturating_add(1);
        match row_record(&layout, &row) {
            Ok(record) => {
                report.summary.kept = report.summary.kept.saturating_add(1);
                on_record(record);
            }
            Err(e) => {
                let skipped = SkippedRow {
                    row: index,
                    column: e.column.map(str::to_owned),
                    recall_number: row
                        .get(layout.recall_number_at)
                        .and_then(|b| std::str::from_utf8(b).ok())
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty()),
                    reason: e.reason,
                };
                if options.strict {
                    return Err(FdaCsvError::BadRow(skipped));
                }
                report.summary.skipped = report.summary.skipped.saturating_add(1);
                report.skipped.push(skipped);
            }
        }
    }
    Ok(report)
}
