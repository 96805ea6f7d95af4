//! openFDA drug enforcement records, typed.
//!
//! One [`EnforcementRecord`] holds one entry of the weekly FDA Enforcement Report as the
//! openFDA `drug/enforcement` endpoint serves it. Reading whole files and API pages is
//! done by [`read_enforcement`](crate::recall::read_enforcement).

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::lenient_serde::{
    check_bools, check_list, check_text, de_bools, de_classification_date, de_date, de_event_id,
    de_initiation_date, de_list, de_opt_text, de_opt_text_cow, de_status, de_termination_date,
    de_text, de_text_cow,
};
use super::number_class_status::{RecallClass, RecallNumber, RecallStatus};

/// One openFDA drug enforcement record (one recall number).
///
/// Field names follow openFDA. How the JSON is read:
///
/// - Dates are `YYYYMMDD` strings in openFDA (this crate's own JSON writes ISO
///   `YYYY-MM-DD`; both are read). An empty date counts as missing.
/// - `recall_number`, `classification`, `recalling_firm`, `product_description`,
///   `reason_for_recall` and `report_date` must be present; a record without one of them
///   is a bad record. `code_info` may be missing (read as empty). Every other field is
///   an [`Option`], and an empty string there reads as `None`.
/// - A text field given as a list of strings (openFDA is not always consistent) is read
///   as the items joined by one space.
/// - Fields this type does not know are ignored.
/// - Records built by the loader keep their original JSON text for provenance
///   ([`raw_json`](Self::raw_json)). The raw text (like the CSV reader's
///   [`written_na`](Self::written_na) list) is not serialized and is not part of
///   equality or hashing: two records with the same fields are equal wherever they came
///   from.
/// - The recall number may be of an unusual shape (`N/A`, `D-66403-001`): it is kept
///   as written and flagged ([`RecallNumber::has_usual_shape`]); it need not be unique,
///   see [`key`](Self::key).
///
/// # Examples
///
/// ```
/// use legcramps::recall::{EnforcementRecord, RecallClass};
///
/// let json = r#"{
///   "recall_number": "D-0354-2023", "classification": "Class III",
///   "status": "Terminated", "event_id": "91717",
///   "recalling_firm": "Sciegen Pharmaceuticals Inc",
///   "product_description": "Gabapentin Tablets, USP 600 mg, NDC: 50228-177-05.",
///   "reason_for_recall": "Presence of Foreign Tablets/Capsules",
///   "code_info": "Lot # G177092, Exp. 11/24", "more_code_info": "",
///   "report_date": "20230308", "termination_date": "20240617",
///   "openfda": {"product_ndc": ["50228-177"], "package_ndc": ["50228-177-05"]}
/// }"#;
/// let r: EnforcementRecord = serde_json::from_str(json)?;
/// assert_eq!(r.recall_number.as_str(), "D-0354-2023");
/// assert_eq!(r.classification, RecallClass::ClassIII);
/// assert_eq!(r.event_id, Some(91717));
/// assert_eq!(r.report_date.to_string(), "2023-03-08");
/// assert_eq!(r.more_code_info, None);
/// assert_eq!(r.openfda.package_ndc, ["50228-177-05"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EnforcementRecord {
    /// The recall number, e.g. `D-0354-2023`.
    pub recall_number: RecallNumber,
    /// The recall event; one event groups several recall numbers. Absent before mid-2012.
    #[serde(
        default,
        deserialize_with = "de_event_id",
        skip_serializing_if = "Option::is_none"
    )]
    pub event_id: Option<u64>,
    /// Where the recall stands (a hint; FDA may not update it).
    #[serde(
        default,
        deserialize_with = "de_status",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<RecallStatus>,
    /// The FDA class.
    pub classification: RecallClass,
    /// Always `Drugs` on this endpoint.
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub product_type: Option<String>,
    /// The firm that recalls.
    #[serde(deserialize_with = "de_text")]
    pub recalling_firm: String,
    /// First address line of the firm.
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub address_1: Option<String>,
    /// Second address line (often `N/A`).
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub address_2: Option<String>,
    /// City of the firm.
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub city: Option<String>,
    /// State of the firm (`N/A` or empty abroad).
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<String>,
    /// Postal code of the firm.
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub postal_code: Option<String>,
    /// Country of the firm.
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub country: Option<String>,
    /// `Voluntary: Firm initiated` or `FDA Mandated`.
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub voluntary_mandated: Option<String>,
    /// How the firm first told its customers (`Letter`, `Press Release`, ...).
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub initial_firm_notification: Option<String>,
    /// Where the product went (free text).
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub distribution_pattern: Option<String>,
    /// The product (free text; NDCs and UPCs often appear here).
    #[serde(deserialize_with = "de_text")]
    pub product_description: String,
    /// How much was recalled (free text).
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub product_quantity: Option<String>,
    /// Why (free text, usually `Category: detail`).
    #[serde(deserialize_with = "de_text")]
    pub reason_for_recall: String,
    /// Lots, expiry dates and other codes (free text). Read as empty when missing.
    #[serde(default, deserialize_with = "de_text")]
    pub code_info: String,
    /// The overflow of `code_info` when it was too long; see [`code_text`](Self::code_text).
    #[serde(
        default,
        deserialize_with = "de_opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub more_code_info: Option<String>,
    /// When the firm started the recall.
    #[serde(
        default,
        deserialize_with = "de_initiation_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub recall_initiation_date: Option<NaiveDate>,
    /// When FDA classified the recall.
    #[serde(
        default,
        deserialize_with = "de_classification_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub center_classification_date: Option<NaiveDate>,
    /// The weekly Enforcement Report that first listed the recall.
    #[serde(deserialize_with = "de_date")]
    pub report_date: NaiveDate,
    /// When FDA terminated the recall, if it has.
    #[serde(
        default,
        deserialize_with = "de_termination_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_date: Option<NaiveDate>,
    /// openFDA's harmonised identifiers (empty for most records).
    #[serde(default)]
    pub openfda: OpenFdaFields,
    /// Provenance: the original JSON text kept by the loader, and the fields a CSV
    /// export wrote as `N/A`.
    #[serde(skip)]
    provenance: Provenance,
}

impl EnforcementRecord {
    /// `code_info` followed by `more_code_info` with nothing in between: openFDA cuts a
    /// long `code_info` mid-token and continues it in `more_code_info`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use legcramps::recall::EnforcementRecord;
    /// let r: EnforcementRecord = serde_json::from_str(r#"{"recall_number": "D-1396-2016",
    ///     "classification": "Class II", "recalling_firm": "F", "product_description": "P",
    ///     "reason_for_recall": "R", "report_date": "20160907",
    ///     "code_info": "Service Code 2K8", "more_code_info": "870 , Lot Number 160950031C"}"#)?;
    /// assert_eq!(r.code_text(), "Service Code 2K8870 , Lot Number 160950031C");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn code_text(&self) -> Cow<'_, str> {
        joined_code(&self.code_info, self.more_code_info.as_deref())
    }

    /// The record's JSON exactly as it appeared in the loaded document, when the record
    /// came from the loader with raw text kept ([`LoadOptions::keep_raw`](crate::recall::LoadOptions)).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{read_enforcement, LoadOptions};
    ///
    /// let doc = br#"[{"recall_number": "D-0001-2024", "classification": "Class II",
    ///   "recalling_firm": "F", "product_description": "P", "reason_for_recall": "R",
    ///   "report_date": "20240101", "extra": 1}]"#;
    /// let mut records = Vec::new();
    /// read_enforcement(&doc[..], LoadOptions::default(), |r| records.push(r))?;
    /// let raw = records[0].raw_json().unwrap_or_default();
    /// assert!(raw.starts_with(r#"{"recall_number": "D-0001-2024""#));
    /// assert!(raw.ends_with(r#""extra": 1}"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn raw_json(&self) -> Option<&str> {
        self.provenance.raw.as_deref()
    }

    /// Attaches the original JSON text (used by the loader).
    pub(crate) fn set_raw(&mut self, raw: Box<str>) {
        self.provenance.raw = Some(raw);
    }

    /// The source's names of the fields it wrote as `N/A`, which this record holds as
    /// absent (`None`, or an empty `code_info`), in column order.
    ///
    /// Only the FDA Data Dashboard CSV reader (feature `fda-csv`) fills this in; records
    /// from openFDA JSON keep such text as written, so the list is empty for them.
    pub fn written_na(&self) -> &[&'static str] {
        &self.provenance.written_na
    }

    /// Notes that the source wrote `column` as `N/A` (used by the CSV reader).
    #[cfg_attr(not(feature = "fda-csv"), allow(dead_code))]
    pub(crate) fn note_written_na(&mut self, column: &'static str) {
        self.provenance.written_na.push(column);
    }

    /// What tells this record apart from every other: FDA has used one recall number
    /// for two different products (`D-1442-2016`, events 73960 and 74742; `D-0418-2015`,
    /// events 70577 and 71939), so the number alone is not a key. The key is the number
    /// as written, the event id and the product text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use legcramps::recall::EnforcementRecord;
    /// let a: EnforcementRecord = serde_json::from_str(r#"{"recall_number": "D-1442-2016",
    ///     "event_id": "73960", "classification": "Class II", "recalling_firm": "F",
    ///     "product_description": "P", "reason_for_recall": "R", "report_date": "20160907"}"#)?;
    /// let mut b = a.clone();
    /// b.event_id = Some(74742);
    /// assert_eq!(a.recall_number, b.recall_number);
    /// assert_ne!(a.key(), b.key());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn key(&self) -> (&RecallNumber, Option<u64>, &str) {
        (
            &self.recall_number,
            self.event_id,
            &self.product_description,
        )
    }

    /// A record with the required fields and every other field empty (used by the CSV
    /// reader, which fills the rest in).
    #[cfg_attr(not(feature = "fda-csv"), allow(dead_code))]
    pub(crate) fn with_required(
        recall_number: RecallNumber,
        classification: RecallClass,
        recalling_firm: String,
        product_description: String,
        reason_for_recall: String,
        report_date: NaiveDate,
    ) -> Self {
        EnforcementRecord {
            recall_number,
            event_id: None,
            status: None,
            classification,
            product_type: None,
            recalling_firm,
            address_1: None,
            address_2: None,
            city: None,
            state: None,
            postal_code: None,
            country: None,
            voluntary_mandated: None,
            initial_firm_notification: None,
            distribution_pattern: None,
            product_description,
            product_quantity: None,
            reason_for_recall,
            code_info: String::new(),
            more_code_info: None,
            recall_initiation_date: None,
            center_classification_date: None,
            report_date,
            termination_date: None,
            openfda: OpenFdaFields::default(),
            provenance: Provenance::default(),
        }
    }
}

/// An [`EnforcementRecord`] read in place: the same fields, read by the same rules (so
/// a record one of them refuses the other refuses too), but only what a
/// [`Recall`](crate::recall::Recall) keeps is kept, its texts borrowed from the JSON
/// where they have no escapes. The texts nothing keeps are checked and dropped.
///
/// Keep its fields and their readers in step with [`EnforcementRecord`]'s (the unit
/// tests compare the two on many documents).
#[derive(Deserialize)]
#[allow(
    dead_code,
    reason = "the fields no recall keeps are read only to check them"
)]
pub(crate) struct RecordView<'a> {
    pub(crate) recall_number: RecallNumber,
    #[serde(default, deserialize_with = "de_event_id")]
    pub(crate) event_id: Option<u64>,
    #[serde(default, deserialize_with = "de_status")]
    pub(crate) status: Option<RecallStatus>,
    pub(crate) classification: RecallClass,
    #[serde(default, deserialize_with = "check_text")]
    product_type: (),
    #[serde(borrow, deserialize_with = "de_text_cow")]
    pub(crate) recalling_firm: Cow<'a, str>,
    #[serde(default, deserialize_with = "check_text")]
    address_1: (),
    #[serde(default, deserialize_with = "check_text")]
    address_2: (),
    #[serde(default, deserialize_with = "check_text")]
    city: (),
    #[serde(default, deserialize_with = "check_text")]
    state: (),
    #[serde(default, deserialize_with = "check_text")]
    postal_code: (),
    #[serde(default, deserialize_with = "check_text")]
    country: (),
    #[serde(default, deserialize_with = "check_text")]
    voluntary_mandated: (),
    #[serde(default, deserialize_with = "check_text")]
    initial_firm_notification: (),
    #[serde(default, deserialize_with = "check_text")]
    distribution_pattern: (),
    #[serde(borrow, deserialize_with = "de_text_cow")]
    pub(crate) product_description: Cow<'a, str>,
    #[serde(default, deserialize_with = "check_text")]
    product_quantity: (),
    #[serde(borrow, deserialize_with = "de_text_cow")]
    pub(crate) reason_for_recall: Cow<'a, str>,
    #[serde(borrow, default, deserialize_with = "de_text_cow")]
    pub(crate) code_info: Cow<'a, str>,
    #[serde(borrow, default, deserialize_with = "de_opt_text_cow")]
    pub(crate) more_code_info: Option<Cow<'a, str>>,
    #[serde(default, deserialize_with = "de_initiation_date")]
    recall_initiation_date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "de_classification_date")]
    center_classification_date: Option<NaiveDate>,
    #[serde(deserialize_with = "de_date")]
    pub(crate) report_date: NaiveDate,
    #[serde(default, deserialize_with = "de_termination_date")]
    pub(crate) termination_date: Option<NaiveDate>,
    #[serde(default)]
    pub(crate) openfda: OpenFdaView,
}

/// [`OpenFdaFields`] read the same way, keeping only the NDC lists (a recall's scope).
#[derive(Deserialize, Default)]
#[allow(
    dead_code,
    reason = "the fields no recall keeps are read only to check them"
)]
pub(crate) struct OpenFdaView {
    #[serde(default, deserialize_with = "check_list")]
    application_number: (),
    #[serde(default, deserialize_with = "check_list")]
    brand_name: (),
    #[serde(default, deserialize_with = "check_list")]
    generic_name: (),
    #[serde(default, deserialize_with = "check_list")]
    manufacturer_name: (),
    #[serde(default, deserialize_with = "de_list")]
    pub(crate) product_ndc: Vec<String>,
    #[serde(default, deserialize_with = "de_list")]
    pub(crate) package_ndc: Vec<String>,
    #[serde(default, deserialize_with = "check_list")]
    product_type: (),
    #[serde(default, deserialize_with = "check_list")]
    route: (),
    #[serde(default, deserialize_with = "check_list")]
    substance_name: (),
    #[serde(default, deserialize_with = "check_list")]
    rxcui: (),
    #[serde(default, deserialize_with = "check_list")]
    spl_id: (),
    #[serde(default, deserialize_with = "check_list")]
    spl_set_id: (),
    #[serde(default, deserialize_with = "check_list")]
    unii: (),
    #[serde(default, deserialize_with = "check_list")]
    upc: (),
    #[serde(default, deserialize_with = "check_list")]
    nui: (),
    #[serde(default, deserialize_with = "check_list")]
    pharm_class_epc: (),
    #[serde(default, deserialize_with = "check_list")]
    pharm_class_moa: (),
    #[serde(default, deserialize_with = "check_list")]
    pharm_class_cs: (),
    #[serde(default, deserialize_with = "check_list")]
    pharm_class_pe: (),
    #[serde(default, deserialize_with = "check_bools")]
    is_original_packager: (),
    #[serde(default, deserialize_with = "check_list")]
    original_packager_product_ndc: (),
    #[serde(default, deserialize_with = "check_list")]
    dosage_form: (),
    #[serde(default, deserialize_with = "check_list")]
    rxstring: (),
    #[serde(default, deserialize_with = "check_list")]
    rxtty: (),
}

impl RecordView<'_> {
    /// [`EnforcementRecord::code_text`].
    pub(crate) fn code_text(&self) -> Cow<'_, str> {
        joined_code(&self.code_info, self.more_code_info.as_deref())
    }
}

/// `code_info` and its overflow `more_code_info` joined with nothing in between.
fn joined_code<'a>(code_info: &'a str, more_code_info: Option<&str>) -> Cow<'a, str> {
    match more_code_info {
        Some(more) => Cow::Owned(format!("{code_info}{more}")),
        None => Cow::Borrowed(code_info),
    }
}

/// Where a record came from; never takes part in equality or hashing.
#[derive(Clone, Default)]
struct Provenance {
    raw: Option<Box<str>>,
    written_na: Vec<&'static str>,
}

impl PartialEq for Provenance {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Provenance {}

impl Hash for Provenance {
    fn hash<H: Hasher>(&self, _: &mut H) {}
}

impl fmt::Debug for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.raw {
            Some(raw) => write!(f, "<{} bytes of JSON>", raw.len())?,
            None => f.write_str("<no JSON>")?,
        }
        if !self.written_na.is_empty() {
            write!(f, ", N/A: {:?}", self.written_na)?;
        }
        Ok(())
    }
}

/// The `openfda` block of a record: identifiers openFDA matched to the product label.
///
/// Every value is a list (a single string is read as a one-item list). The block is
/// empty when openFDA found no label, which is so for most records. NDCs are kept as
/// the text openFDA gives; `package_ndc` can hold junk such as a hyphen-less piece of a
/// UPC.
///
/// # Examples
///
/// ```
/// use legcramps::recall::OpenFdaFields;
///
/// let f: OpenFdaFields = serde_json::from_str(
///     r#"{"product_ndc": "0185-0022", "brand_name": ["ORPHENADRINE CITRATE"],
///         "is_original_packager": [true], "unknown_key": [1]}"#)?;
/// assert_eq!(f.product_ndc, ["0185-0022"]);
/// assert_eq!(f.is_original_packager, [true]);
/// assert!(!f.is_empty());
/// assert!(OpenFdaFields::default().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenFdaFields {
    /// NDA/ANDA/BLA application numbers.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub application_number: Vec<String>,
    /// Brand names.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub brand_name: Vec<String>,
    /// Generic names.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub generic_name: Vec<String>,
    /// Manufacturer names on the label.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub manufacturer_name: Vec<String>,
    /// Product NDCs, `labeler-product` (e.g. `70710-1643`).
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub product_ndc: Vec<String>,
    /// Package NDCs, `labeler-product-package` (e.g. `70710-1643-5`).
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub package_ndc: Vec<String>,
    /// Product types, e.g. `HUMAN PRESCRIPTION DRUG`.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub product_type: Vec<String>,
    /// Routes, e.g. `ORAL`.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub route: Vec<String>,
    /// Active substances.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub substance_name: Vec<String>,
    /// RxNorm concept ids.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub rxcui: Vec<String>,
    /// SPL document ids.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub spl_id: Vec<String>,
    /// SPL set ids.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub spl_set_id: Vec<String>,
    /// UNII substance codes.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub unii: Vec<String>,
    /// UPC codes.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub upc: Vec<String>,
    /// NUI codes (pharmacologic class ids).
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub nui: Vec<String>,
    /// Established pharmacologic classes.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub pharm_class_epc: Vec<String>,
    /// Mechanisms of action.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub pharm_class_moa: Vec<String>,
    /// Chemical structures.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub pharm_class_cs: Vec<String>,
    /// Physiologic effects.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub pharm_class_pe: Vec<String>,
    /// Whether the label belongs to the original packager (a list of booleans).
    #[serde(
        default,
        deserialize_with = "de_bools",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub is_original_packager: Vec<bool>,
    /// Product NDCs of the original packager, for repackaged products.
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub original_packager_product_ndc: Vec<String>,
    /// Dosage forms (in openFDA's mapping; not seen in the sample).
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub dosage_form: Vec<String>,
    /// RxNorm strings (in openFDA's mapping; not seen in the sample).
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub rxstring: Vec<String>,
    /// RxNorm term types (in openFDA's mapping; not seen in the sample).
    #[serde(
        default,
        deserialize_with = "de_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub rxtty: Vec<String>,
}

impl OpenFdaFields {
    /// `true` when openFDA matched no label (`"openfda": {}`).
    pub fn is_empty(&self) -> bool {
        *self == OpenFdaFields::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(extra: &str) -> String {
        format!(
            r#"{{"recall_number": "D-0001-2024", "classification": "Class II",
                "recalling_firm": "Firm", "product_description": "Tablets",
                "reason_for_recall": "Why", "report_date": "20240110"{extra}}}"#
        )
    }

    #[test]
    fn minimal_record_reads_with_defaults() {
        let r: EnforcementRecord = serde_json::from_str(&minimal("")).unwrap();
        assert_eq!(r.code_info, "");
        assert_eq!(r.status, None);
        assert_eq!(r.event_id, None);
        assert!(r.openfda.is_empty());
        assert_eq!(r.report_date, NaiveDate::from_ymd_opt(2024, 1, 10).unwrap());
        assert_eq!(r.raw_json(), None);
    }

    #[test]
    fn empty_optional_values_are_none() {
        let r: EnforcementRecord = serde_json::from_str(&minimal(
            r#", "address_2": "", "termination_date": "", "event_id": "", "status": "  ""#,
        ))
        .unwrap();
        assert_eq!(r.address_2, None);
        assert_eq!(r.termination_date, None);
        assert_eq!(r.event_id, None);
        assert_eq!(r.status, None);
    }

    #[test]
    fn text_given_as_list_is_joined() {
        let r: EnforcementRecord =
            serde_json::from_str(&minimal(r#", "code_info": ["Lot A1,", "Lot B2"]"#)).unwrap();
        assert_eq!(r.code_info, "Lot A1, Lot B2");
    }

    #[test]
    fn bad_values_are_errors_that_name_the_value() {
        let e = serde_json::from_str::<EnforcementRecord>(&minimal(r#", "event_id": "9x""#))
            .unwrap_err();
        assert!(
            e.to_string()
                .starts_with(r#"invalid event_id "9x": expected digits"#),
            "{e}"
        );
        let e =
            serde_json::from_str::<EnforcementRecord>(&minimal("").replace("20240110", "20241310"))
                .unwrap_err();
        assert!(
            e.to_string()
                .starts_with(r#"invalid report_date "20241310": expected a date written YYYYMMDD"#),
            "{e}"
        );
        let e =
            serde_json::from_str::<EnforcementRecord>(&minimal(r#", "termination_date": "2024""#))
                .unwrap_err();
        assert!(
            e.to_string()
                .starts_with(r#"invalid termination_date "2024""#),
            "{e}"
        );
        let e =
            serde_json::from_str::<EnforcementRecord>(&minimal("").replace("Class II", "Class 2"))
                .unwrap_err();
        assert!(
            e.to_string()
                .starts_with(r#"invalid recall class "Class 2""#),
            "{e}"
        );
        let e = serde_json::from_str::<EnforcementRecord>(
            &minimal("").replace(r#""recalling_firm": "Firm","#, ""),
        )
        .unwrap_err();
        assert!(
            e.to_string().starts_with("missing field `recalling_firm`"),
            "{e}"
        );
    }

    #[test]
    fn round_trip_through_own_json() {
        let r: EnforcementRecord = serde_json::from_str(&minimal(
            r#", "status": "Ongoing", "event_id": "77", "recall_initiation_date": "20231231",
               "more_code_info": "x", "openfda": {"package_ndc": "0185-0022-01", "is_original_packager": ["true"]}"#,
        ))
        .unwrap();
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains(r#""status":"ongoing""#), "{json}");
        assert!(json.contains(r#""classification":"class_ii""#), "{json}");
        assert!(
            json.contains(r#""recall_initiation_date":"2023-12-31""#),
            "{json}"
        );
        let back: EnforcementRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.openfda.is_original_packager, [true]);
    }
}
