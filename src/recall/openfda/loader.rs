//! Streaming reader for openFDA enforcement documents.
//!
//! Three layouts are read: the bulk download and an API page (both
//! `{"meta": {...}, "results": [...]}`), and a bare JSON array of records. The text is
//! read once, straight from the [`Read`]er: each record is cut out of the stream as its
//! own small piece of JSON, typed, and (if asked) kept as provenance. The document as a
//! whole is never held in memory, and no `serde_json::Value` tree is built.
//!
//! A record that cannot be typed is skipped and reported (its index, its recall number
//! if that much could be read, and why), unless [`LoadOptions::strict`] is set, in which
//! case the first bad record ends the load with an error. Malformed JSON always ends the
//! load: after a syntax error there is no safe place to resume.

use std::fmt;
use std::io::Read;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::load_error::{LoadError, LoadErrorKind, record_reason};
use super::load_report::{DocumentLayout, LoadReport, LoadSummary, OpenFdaMeta, SkippedRecord};
use super::record::{EnforcementRecord, RecordView};
use crate::error::echo;
use crate::recall::Recall;

/// How a load treats bad records and raw text.
///
/// The default is lenient (bad records are skipped and reported) and keeps each record's
/// raw JSON.
///
/// # Examples
///
/// ```
/// use legcramps::recall::LoadOptions;
///
/// let o = LoadOptions::default();
/// assert!(!o.strict && o.keep_raw);
/// let o = LoadOptions::strict().without_raw();
/// assert!(o.strict && !o.keep_raw);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoadOptions {
    /// Stop at the first bad record with [`LoadErrorKind::BadRecord`] instead of skipping it.
    pub strict: bool,
    /// Keep each record's original JSON ([`EnforcementRecord::raw_json`]).
    pub keep_raw: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            strict: false,
            keep_raw: true,
        }
    }
}

impl LoadOptions {
    /// Lenient: skip and report bad records (the default).
    pub fn lenient() -> Self {
        LoadOptions::default()
    }

    /// Strict: the first bad record fails the load.
    pub fn strict() -> Self {
        LoadOptions {
            strict: true,
            ..LoadOptions::default()
        }
    }

    /// The same options, but without keeping raw JSON (less memory).
    #[must_use]
    pub fn without_raw(self) -> Self {
        LoadOptions {
            keep_raw: false,
            ..self
        }
    }
}

/// Reads an openFDA enforcement document record by record, handing each typed record to
/// `on_record` as soon as it is read.
///
/// Layouts: `{"meta": ..., "results": [...]}` (bulk file, API page; other top-level keys
/// are ignored, `meta` is optional; `results` and `meta` each at most once, else
/// [`LoadErrorKind::Shape`]) or a bare array. An openFDA error answer
/// (`{"error": {"code": ..., "message": ...}}`) is reported as
/// [`LoadErrorKind::Api`]. Memory use is one record at a time, plus whatever
/// `on_record` keeps.
///
/// # Errors
///
/// - [`LoadErrorKind::Io`] when the reader fails;
/// - [`LoadErrorKind::Syntax`] for malformed JSON (with the line and column);
/// - [`LoadErrorKind::Shape`] when the JSON is neither an array nor an object with a
///   `results` array;
/// - [`LoadErrorKind::Api`] for an openFDA error answer;
/// - [`LoadErrorKind::BadRecord`] for the first bad record, in strict mode only.
///
/// Records handed to `on_record` before an error stay handed; callers that need
/// all-or-nothing should collect first (as
/// [`RecallRegistry::add_openfda`](crate::recall::RecallRegistry::add_openfda) does).
///
/// # Examples
///
/// ```
/// use legcramps::recall::{read_enforcement, LoadOptions};
///
/// let doc = br#"[{"recall_number": "D-0001-2024", "classification": "Class I",
///   "recalling_firm": "F", "product_description": "P", "reason_for_recall": "R",
///   "report_date": "20240110", "code_info": "Lot A123"}]"#;
/// let mut codes = Vec::new();
/// let report = read_enforcement(&doc[..], LoadOptions::default(), |r| codes.push(r.code_info))?;
/// assert_eq!(codes, ["Lot A123"]);
/// assert_eq!(report.summary.kept, 1);
///
/// // An envelope with one bad record: it is skipped and reported, or, in strict
/// // mode, it stops the load.
/// let doc = br#"{"meta": {"last_updated": "2026-09-16", "results": {"skip": 0, "limit": 2, "total": 2}},
///   "results": [
///     {"recall_number": "D-0001-2024", "classification": "Class II", "recalling_firm": "F",
///      "product_description": "P", "reason_for_recall": "R", "report_date": "20240110"},
///     {"recall_number": "D-0002-2024", "classification": "Class II", "recalling_firm": "F",
///      "product_description": "P", "reason_for_recall": "R", "report_date": "not a date"}
///   ]}"#;
/// let mut records = Vec::new();
/// let report = read_enforcement(&doc[..], LoadOptions::default(), |r| records.push(r))?;
/// assert_eq!(records.len(), 1);
/// let s = report.summary;
/// assert_eq!((s.read, s.kept, s.skipped), (2, 1, 1));
/// assert_eq!(report.skipped[0].index, 1);
/// assert!(read_enforcement(&doc[..], LoadOptions::strict(), |_| {}).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_enforcement<R, F>(
    reader: R,
    options: LoadOptions,
    mut on_record: F,
) -> Result<LoadReport, LoadError>
where
    R: Read,
    F: FnMut(EnforcementRecord),
{
    let mut de = serde_json::Deserializer::from_reader(reader);
    drive(
        &mut de,
        options,
        Sink::Records(&mut on_record),
        Mode::Raw { skip: 0 },
    )
    .into_report()
}

/// Like [`read_enforcement`], for a document already in memory: faster, because the
/// parser works on the slice instead of pulling bytes through a reader (the
/// `openfda_lots` example reads a whole file this way).
/// [`RecallRegistry::add_openfda_slice`](crate::recall::RecallRegistry::add_openfda_slice)
/// uses it too.
///
/// # Errors
///
/// As for [`read_enforcement`], except that there are no I/O errors.
pub fn read_enforcement_slice<F>(
    bytes: &[u8],
    options: LoadOptions,
    mut on_record: F,
) -> Result<LoadReport, LoadError>
where
    F: FnMut(EnforcementRecord),
{
    read_slice(bytes, options, Sink::Records(&mut on_record))
}

/// Like [`read_enforcement_slice`], handing each record on as its [`Recall`] (what
/// [`Recall::from`] makes of it) instead of as an [`EnforcementRecord`]: the record is
/// read in place, and only the texts the recall keeps (recall number, firm, product,
/// reason) are copied out of the document, so this is faster when the recalls are all
/// that is wanted. The records read, kept and skipped, the report and the errors are
/// those of [`read_enforcement_slice`]; [`LoadOptions::keep_raw`] has no effect (a
/// recall keeps no JSON).
///
/// # Errors
///
/// As for [`read_enforcement_slice`].
///
/// # Examples
///
/// ```
/// use legcramps::recall::{read_recalls_slice, LoadOptions};
///
/// let doc = br#"{"results": [{"recall_number": "D-0354-2023", "classification": "Class III",
///   "recalling_firm": "Sciegen Pharmaceuticals Inc", "reason_for_recall": "Foreign tablets",
///   "product_description": "Gabapentin Tablets, USP 600 mg, NDC: 50228-177-05.",
///   "report_date": "20230308", "code_info": "Lot # G177092, Exp. 11/24"},
///   {"recall_number": "D-0355-2023", "classification": "Class 9"}]}"#;
/// let mut recalls = Vec::new();
/// let report = read_recalls_slice(doc, LoadOptions::default(), |r| recalls.push(r))?;
/// assert_eq!(recalls.len(), 1);
/// assert_eq!(recalls[0].lots[0].lot.as_str(), "G177092");
/// assert_eq!(recalls[0].ndcs, ["50228-177-05".parse()?]);
/// assert_eq!(recalls[0].firm, "Sciegen Pharmaceuticals Inc");
/// let s = report.summary;
/// assert_eq!((s.read, s.kept, s.skipped), (2, 1, 1));
/// assert_eq!(report.skipped[0].recall_number.as_deref(), Some("D-0355-2023"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_recalls_slice<F>(
    bytes: &[u8],
    options: LoadOptions,
    mut on_recall: F,
) -> Result<LoadReport, LoadError>
where
    F: FnMut(Recall),
{
    read_slice(bytes, options.without_raw(), Sink::Recalls(&mut on_recall))
}

fn read_slice(bytes: &[u8], options: LoadOptions, sink: Sink<'_>) -> Result<LoadReport, LoadError> {
    // Text checked as UTF-8 once is not checked again string by string.
    match std::str::from_utf8(bytes) {
        Ok(text) => two_passes(|| serde_json::Deserializer::from_str(text), options, sink),
        Err(_) => two_passes(
            || serde_json::Deserializer::from_slice(bytes),
            options,
            sink,
        ),
    }
}

/// Where the records read go.
enum Sink<'a> {
    /// Each record as it is.
    Records(&'a mut dyn FnMut(EnforcementRecord)),
    /// Each record's recall.
    Recalls(&'a mut dyn FnMut(Recall)),
}

impl Sink<'_> {
    /// The same sink, for one pass.
    fn reborrow(&mut self) -> Sink<'_> {
        match self {
            Sink::Records(f) => Sink::Records(&mut **f),
            Sink::Recalls(f) => Sink::Recalls(&mut **f),
        }
    }

    /// Hands on a record read whole.
    fn give(&mut self, record: EnforcementRecord) {
        match self {
            Sink::Records(f) => f(record),
            Sink::Recalls(f) => f(Recall::from(record)),
        }
    }
}

/// First one pass that types each record straight from the text. At the first record
/// that does not type (or any other error) it stops, and a second pass reads on from
/// that record the usual way (raw text first, then typed from it), which gives the same
/// records, skips and errors as that way from the start: the records already handed
/// out are passed over, not handed out again.
fn two_passes<'de, R, M>(
    make: M,
    options: LoadOptions,
    mut sink: Sink<'_>,
) -> Result<LoadReport, LoadError>
where
    R: serde_json::de::Read<'de>,
    M: Fn() -> serde_json::Deserializer<R>,
{
    let mut skip = 0;
    if !options.keep_raw {
        match drive(&mut make(), options, sink.reborrow(), Mode::Direct) {
            Driven::Report(report) => return report,
            Driven::Retry { delivered } => skip = delivered,
        }
    }
    drive(&mut make(), options, sink, Mode::Borrowed { skip }).into_report()
}

/// How [`drive`] reads the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Typed straight from a slice; the first error stops the pass for a retry.
    Direct,
    /// Raw text read in place from a slice, then typed; the first `skip` records are
    /// passed over (a [`Direct`](Mode::Direct) pass handed them out).
    Borrowed { skip: usize },
    /// Raw text copied out of a reader, then typed.
    Raw { skip: usize },
}

/// What [`drive`] ends with.
enum Driven {
    Report(Result<LoadReport, LoadError>),
    /// A [`Mode::Direct`] pass stopped after handing out this many records.
    Retry {
        delivered: usize,
    },
}

impl Driven {
    fn into_report(self) -> Result<LoadReport, LoadError> {
        match self {
            Driven::Report(r) => r,
            // Only a direct pass asks for a retry.
            Driven::Retry { .. } => Err(LoadError::new(LoadErrorKind::Shape {
                problem: "the load stopped early".to_owned(),
            })),
        }
    }
}

fn drive<'de, R>(
    de: &mut serde_json::Deserializer<R>,
    options: LoadOptions,
    sink: Sink<'_>,
    mode: Mode,
) -> Driven
where
    R: serde_json::de::Read<'de>,
{
    let skip = match mode {
        Mode::Direct => 0,
        Mode::Borrowed { skip } | Mode::Raw { skip } => skip,
    };
    let mut state = State {
        options,
        mode,
        retry: false,
        to_pass_over: skip,
        summary: LoadSummary {
            read: skip,
            kept: skip,
            ..LoadSummary::default()
        },
        skipped: Vec::new(),
        meta: None,
        fatal: None,
        saw_results: false,
        sink,
    };
    let layout = de.deserialize_any(TopVisitor { state: &mut state });
    let end = if layout.is_ok() { de.end() } else { Ok(()) };
    if mode == Mode::Direct && (state.retry || layout.is_err() || end.is_err()) {
        return Driven::Retry {
            delivered: state.summary.kept,
        };
    }
    Driven::Report(finish(state, layout, end))
}

fn finish(
    mut state: State<'_>,
    layout: Result<DocumentLayout, serde_json::Error>,
    end: Result<(), serde_json::Error>,
) -> Result<LoadReport, LoadError> {
    if let Some(fatal) = state.fatal.take() {
        return Err(fatal);
    }
    let layout = layout.map_err(LoadError::from_json)?;
    end.map_err(LoadError::from_json)?;
    if layout == DocumentLayout::Envelope && !state.saw_results {
        return Err(LoadError::new(LoadErrorKind::Shape {
            problem: "the object has no \"results\" array".to_owned(),
        }));
    }
    Ok(LoadReport {
        summary: state.summary,
        skipped: state.skipped,
        meta: state.meta,
        layout,
    })
}

struct State<'a> {
    options: LoadOptions,
    /// How the records are read.
    mode: Mode,
    /// A [`Mode::Direct`] pass met a record it could not type.
    retry: bool,
    /// Records still to pass over (handed out by an earlier pass).
    to_pass_over: usize,
    summary: LoadSummary,
    skipped: Vec<SkippedRecord>,
    meta: Option<OpenFdaMeta>,
    /// Set when the load must stop for a reason of our own (strict mode, API error);
    /// the serde error that carries the stop is then ignored.
    fatal: Option<LoadError>,
    saw_results: bool,
    sink: Sink<'a>,
}

impl State<'_> {
    /// Types one record's raw JSON. Returns `false` when the load must stop.
    fn take(&mut self, raw: Raw<'_>) -> bool {
        let index = self.summary.read;
        self.summary.read += 1;
        match serde_json::from_str::<EnforcementRecord>(raw.get()) {
            Ok(mut record) => {
                if self.options.keep_raw {
                    record.set_raw(raw.into_box().into());
                }
                self.summary.kept += 1;
                self.sink.give(record);
                true
            }
            Err(e) => {
                let skipped = SkippedRecord {
                    index,
                    recall_number: recall_number_text(raw.get()),
                    reason: record_reason(&e),
                };
                if self.options.strict {
                    self.fatal = Some(LoadError::bad_record(skipped, e));
                    return false;
                }
                self.summary.skipped += 1;
                self.skipped.push(skipped);
                true
            }
        }
    }
}

/// One record's raw JSON, read in place from a slice or copied out of a reader.
enum Raw<'r> {
    Borrowed(&'r RawValue),
    Boxed(Box<RawValue>),
}

impl Raw<'_> {
    fn get(&self) -> &str {
        match self {
            Raw::Borrowed(r) => r.get(),
            Raw::Boxed(r) => r.get(),
        }
    }

    fn into_box(self) -> Box<RawValue> {
        match self {
            Raw::Borrowed(r) => r.to_owned(),
            Raw::Boxed(r) => r,
        }
    }
}

/// The `recall_number` of a record that failed to type, if it is a string.
fn recall_number_text(raw: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        recall_number: Option<IgnoredOrString>,
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IgnoredOrString {
        Text(String),
        Other(IgnoredAny),
    }
    match serde_json::from_str::<Probe>(raw).ok()?.recall_number? {
        IgnoredOrString::Text(t) => Some(echo(&t)),
        IgnoredOrString::Other(_) => None,
    }
}

const STOP: &str = "load stopped";

struct TopVisitor<'s, 'a> {
    state: &'s mut State<'a>,
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum TopKey {
    Meta,
    Results,
    Error,
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
struct ApiError {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    message: Option<String>,
}

impl<'de> Visitor<'de> for TopVisitor<'_, '_> {
    type Value = DocumentLayout;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of enforcement records or an object with a \"results\" array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.state.saw_results = true;
        RecordsVisitor { state: self.state }.visit_seq(seq)?;
        Ok(DocumentLayout::BareArray)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut saw_meta = false;
        while let Some(key) = map.next_key::<TopKey>()? {
            // A second `results` (or `meta`) would be merged into the first, or
            // replace it, without a word: rejected, as duplicate keys in records are.
            let twice = match key {
                TopKey::Results => std::mem::replace(&mut self.state.saw_results, true),
                TopKey::Meta => std::mem::replace(&mut saw_meta, true),
                TopKey::Error | TopKey::Other => false,
            };
            if twice {
                let name = if matches!(key, TopKey::Results) {
                    "results"
                } else {
                    "meta"
                };
                self.state.fatal = Some(LoadError::new(LoadErrorKind::Shape {
                    problem: format!("the object has two \"{name}\" keys"),
                }));
                return Err(de::Error::custom(STOP));
            }
            match key {
                TopKey::Results => {
                    map.next_value_seed(RecordsSeed { state: self.state })?;
                }
                TopKey::Meta => {
                    let meta: Option<OpenFdaMeta> = map.next_value()?;
                    self.state.meta = meta;
                }
                TopKey::Error => {
                    let err: ApiError = map.next_value()?;
                    self.state.fatal = Some(LoadError::new(LoadErrorKind::Api {
                        code: echo(&err.code.unwrap_or_default()),
                        message: crate::error::echo_message(&err.message.unwrap_or_default()),
                    }));
                    return Err(de::Error::custom(STOP));
                }
                TopKey::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(DocumentLayout::Envelope)
    }
}

struct RecordsSeed<'s, 'a> {
    state: &'s mut State<'a>,
}

impl<'de> DeserializeSeed<'de> for RecordsSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(RecordsVisitor { state: self.state })
    }
}

struct RecordsVisitor<'s, 'a> {
    state: &'s mut State<'a>,
}

impl<'de> Visitor<'de> for RecordsVisitor<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of enforcement records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.state;
        while state.to_pass_over > 0 {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            state.to_pass_over -= 1;
        }
        match state.mode {
            Mode::Direct => loop {
                // A record read in place when only its recall is wanted.
                let next = match &mut state.sink {
                    Sink::Records(f) => seq.next_element::<EnforcementRecord>().map(|r| r.map(f)),
                    Sink::Recalls(f) => seq
                        .next_element::<RecordView<'de>>()
                        .map(|v| v.map(|v| f(Recall::from_view(v)))),
                };
                match next {
                    Ok(Some(())) => {
                        state.summary.read += 1;
                        state.summary.kept += 1;
                    }
                    Ok(None) => return Ok(()),
                    Err(e) => {
                        state.retry = true;
                        return Err(e);
                    }
                }
            },
            Mode::Borrowed { .. } => {
                while let Some(raw) = seq.next_element::<&'de RawValue>()? {
                    if !state.take(Raw::Borrowed(raw)) {
                        return Err(de::Error::custom(STOP));
                    }
                }
            }
            Mode::Raw { .. } => {
                while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
                    if !state.take(Raw::Boxed(raw)) {
                        return Err(de::Error::custom(STOP));
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"recall_number": "D-0001-2024", "classification": "Class II",
        "recalling_firm": "F", "product_description": "P", "reason_for_recall": "R",
        "report_date": "20240110"}"#;

    /// The records of a load and its report (the public API streams them instead).
    #[derive(Debug)]
    struct EnforcementLoad {
        records: Vec<EnforcementRecord>,
        report: LoadReport,
    }

    fn load_enforcement<R: Read>(
        reader: R,
        options: LoadOptions,
    ) -> Result<EnforcementLoad, LoadError> {
        let mut records = Vec::new();
        let report = read_enforcement(reader, options, |r| records.push(r))?;
        Ok(EnforcementLoad { records, report })
    }

    fn load(doc: &str, options: LoadOptions) -> Result<EnforcementLoad, LoadError> {
        load_enforcement(doc.as_bytes(), options)
    }

    #[test]
    fn bare_array_and_envelope_read_the_same_records() {
        let bare = format!("[{GOOD}, {GOOD}]");
        let env = format!(r#"{{"meta": {{"disclaimer": "d"}}, "results": [{GOOD}, {GOOD}]}}"#);
        let a = load(&bare, LoadOptions::default()).unwrap();
        let b = load(&env, LoadOptions::default()).unwrap();
        assert_eq!(a.records, b.records);
        assert_eq!(a.report.layout, DocumentLayout::BareArray);
        assert_eq!(b.report.layout, DocumentLayout::Envelope);
        assert_eq!(
            b.report.meta.and_then(|m| m.disclaimer).as_deref(),
            Some("d")
        );
    }

    #[test]
    fn results_before_meta_and_unknown_keys() {
        let env = format!(r#"{{"results": [{GOOD}], "extra": {{"a": [1]}}, "meta": {{}}}}"#);
        let l = load(&env, LoadOptions::default()).unwrap();
        assert_eq!(l.records.len(), 1);
        assert_eq!(l.report.meta, Some(OpenFdaMeta::default()));
    }

    #[test]
    fn raw_text_kept_or_dropped() {
        let doc = format!("[{GOOD}]");
        let l = load(&doc, LoadOptions::default()).unwrap();
        assert_eq!(l.records[0].raw_json(), Some(GOOD));
        let l = load(&doc, LoadOptions::default().without_raw()).unwrap();
        assert_eq!(l.records[0].raw_json(), None);
    }

    /// Reads `doc` through a reader and from a slice: the records handed out, in order,
    /// and the report or the error's text.
    type Both = (
        Vec<EnforcementRecord>,
        Result<LoadReport, String>,
        Vec<EnforcementRecord>,
        Result<LoadReport, String>,
    );
    fn both_ways(doc: &str, options: LoadOptions) -> Both {
        let mut by_reader = Vec::new();
        let a = read_enforcement(doc.as_bytes(), options, |r| by_reader.push(r));
        let mut by_slice = Vec::new();
        let b = read_enforcement_slice(doc.as_bytes(), options, |r| by_slice.push(r));
        (
            by_reader,
            a.map_err(|e| e.to_string()),
            by_slice,
            b.map_err(|e| e.to_string()),
        )
    }

    #[test]
    fn slice_reads_as_the_reader_does_whatever_fails_where() {
        let bad_type = r#"{"recall_number": "D-0002-2024", "classification": 7}"#;
        let missing = r#"{"recall_number": "D-0003-2024"}"#;
        let docs = [
            format!("[{GOOD}, {GOOD}]"),
            format!("[{GOOD}, {bad_type}, {GOOD}, null, {GOOD}, {missing}]"),
            format!("[{bad_type}, {GOOD}]"),
            format!("[{GOOD}, {GOOD}, {missing}]"),
            format!(r#"{{"meta": {{}}, "results": [{GOOD}, {bad_type}, {GOOD}]}}"#),
            format!(r#"{{"results": [{GOOD}, {GOOD}], "results": []}}"#),
            format!(r#"{{"results": [{GOOD}], "error": {{"code": "X", "message": "m"}}}}"#),
            format!("[{GOOD}, {GOOD}] trailing"),
            format!("[{GOOD}, {{\"recall_number\": "),
            format!("[{GOOD}, {GOOD},]"),
            format!(r#"{{"meta": 5, "results": [{GOOD}]}}"#),
            "{}".to_owned(),
        ];
        for doc in &docs {
            for options in [
                LoadOptions::default().without_raw(),
                LoadOptions::strict().without_raw(),
                LoadOptions::default(),
            ] {
                let (ra, a, rb, b) = both_ways(doc, options);
                assert_eq!(ra, rb, "{doc}");
                assert_eq!(a, b, "{doc}");
                if options.keep_raw {
                    let raws = |v: &[EnforcementRecord]| -> Vec<Option<String>> {
                        v.iter().map(|r| r.raw_json().map(str::to_owned)).collect()
                    };
                    assert_eq!(raws(&ra), raws(&rb), "{doc}");
                }
            }
        }
        // Not UTF-8 inside a string of the second record.
        let mut bytes = format!("[{GOOD}, {GOOD}]").into_bytes();
        if let Some(at) = bytes.iter().rposition(|&b| b == b'P') {
            bytes[at] = 0xFF;
        }
        for options in [LoadOptions::default(), LoadOptions::default().without_raw()] {
            let (mut ra, mut rb) = (Vec::new(), Vec::new());
            let a = read_enforcement(&bytes[..], options, |r| ra.push(r));
            let b = read_enforcement_slice(&bytes, options, |r| rb.push(r));
            assert_eq!(ra, rb);
            assert_eq!(a.map_err(|e| e.to_string()), b.map_err(|e| e.to_string()));
        }
        // The second document: three records kept, in order, three skipped.
        let (_, _, kept, report) = both_ways(&docs[1], LoadOptions::default().without_raw());
        assert_eq!(kept.len(), 3);
        assert_eq!(
            report.map(|r| r.summary),
            Ok(LoadSummary {
                read: 6,
                kept: 3,
                skipped: 3
            })
        );
    }

    /// Reads `doc` as recalls, and as records made into recalls: the recalls handed
    /// out and the report (or the error's text), both ways.
    fn recalls_both_ways(
        doc: &[u8],
        options: LoadOptions,
    ) -> (Vec<Recall>, Vec<Recall>, [Result<LoadReport, String>; 2]) {
        let mut direct = Vec::new();
        let a = read_recalls_slice(doc, options, |r| direct.push(r));
        let mut via_records = Vec::new();
        let b = read_enforcement_slice(doc, options.without_raw(), |r| {
            via_records.push(Recall::from(r))
        });
        (
            direct,
            via_records,
            [a.map_err(|e| e.to_string()), b.map_err(|e| e.to_string())],
        )
    }

    /// A record with `key` set to `value` (raw JSON), or left out when `value` is
    /// `None`.
    fn with_field(key: &str, value: Option<&str>) -> String {
        let base = r#"{"recall_number": "D-0001-2024", "event_id": "88937",
            "status": "Ongoing", "classification": "Class II", "product_type": "Drugs",
            "recalling_firm": "F", "address_1": "1 Way", "city": "Town", "state": "NJ",
            "country": "United States", "voluntary_mandated": "Voluntary",
            "initial_firm_notification": "Letter", "distribution_pattern": "US",
            "product_description": "Pills, NDC 12345-678-90 and NDC 1234567890",
            "product_quantity": "5", "reason_for_recall": "R",
            "code_info": "Lots AB123, AB124 (except lot AB125), Exp 12/2026",
            "more_code_info": "", "recall_initiation_date": "20231231",
            "center_classification_date": "20240105", "report_date": "20240110",
            "termination_date": "", "openfda": {}}"#;
        let mut v: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(base).unwrap_or_default();
        v.remove(key);
        let text = serde_json::to_string(&v).unwrap_or_default();
        match value {
            Some(value) => format!("{}, \"{key}\": {value}}}", &text[..text.len() - 1]),
            None => text,
        }
    }

    #[test]
    fn recalls_read_in_place_are_the_records_recalls() {
        let keys = [
            "recall_number",
            "event_id",
            "status",
            "classification",
            "product_type",
            "recalling_firm",
            "address_1",
            "address_2",
            "city",
            "state",
            "postal_code",
            "country",
            "voluntary_mandated",
            "initial_firm_notification",
            "distribution_pattern",
            "product_description",
            "product_quantity",
            "reason_for_recall",
            "code_info",
            "more_code_info",
            "recall_initiation_date",
            "center_classification_date",
            "report_date",
            "termination_date",
            "openfda",
            "unknown",
        ];
        let values = [
            None,
            Some("null"),
            Some("\"\""),
            Some("\"  \""),
            Some("7"),
            Some("-1"),
            Some("1.5"),
            Some("true"),
            Some("{}"),
            Some("[]"),
            Some(r#"["Lot A1,", "Lot B2"]"#),
            Some(r#"["x", 1]"#),
            Some(r#""Class III""#),
            Some(r#""Class 9""#),
            Some(r#""20240229""#),
            Some(r#""20230229""#),
            Some(r#""2024-02-29""#),
            Some(r#""12""#),
            Some(r#""9x""#),
            Some(r#""Terminated""#),
            Some(r#""Lot \u00c5B1 \"q\"""#),
            Some(
                r#"{"package_ndc": ["0185-0022-01", "1234567890", "junk"], "product_ndc": "0185-0022"}"#,
            ),
            Some(r#"{"is_original_packager": ["true", false]}"#),
            Some(r#"{"is_original_packager": "maybe"}"#),
            Some(r#"{"brand_name": 5}"#),
            Some(r#"{"rxtty": ["a"], "rxtty": ["b"]}"#),
        ];
        let good = with_field("unknown", None);
        for key in keys {
            for value in values {
                let odd = with_field(key, value);
                // A second copy of the key, for the duplicate-field check.
                let twice = format!("{}, \"{key}\": \"x\"}}", &odd[..odd.len() - 1]);
                for doc in [
                    format!("[{good}, {odd}, {good}]"),
                    format!("[{good}, {twice}, {good}]"),
                    format!(r#"{{"results": [{odd}]}}"#),
                ] {
                    for options in [LoadOptions::default(), LoadOptions::strict()] {
                        let (direct, via_records, [a, b]) =
                            recalls_both_ways(doc.as_bytes(), options);
                        assert_eq!(direct, via_records, "{doc}");
                        assert_eq!(a, b, "{doc}");
                    }
                }
            }
        }
        // Not UTF-8 inside a string of the second record.
        let mut bytes = format!("[{good}, {good}]").into_bytes();
        if let Some(at) = bytes.iter().rposition(|&b| b == b'P') {
            bytes[at] = 0xFF;
        }
        let (direct, via_records, [a, b]) = recalls_both_ways(&bytes, LoadOptions::default());
        assert_eq!(direct, via_records);
        assert_eq!(a, b);
    }

    #[test]
    fn bad_records_are_skipped_with_reasons() {
        let doc =
            format!(r#"[{GOOD}, null, {{"recall_number": 5}}, {{"recall_number": " "}}, {GOOD}]"#);
        let l = load(&doc, LoadOptions::default()).unwrap();
        assert_eq!(
            l.report.summary,
            LoadSummary {
                read: 5,
                kept: 2,
                skipped: 3
            }
        );
        let s = &l.report.skipped;
        assert_eq!(s[0].index, 1);
        assert_eq!(s[0].recall_number, None);
        assert_eq!(
            s[0].reason,
            "invalid type: null, expected struct EnforcementRecord (column 4 of the record)"
        );
        assert_eq!(s[1].index, 2);
        assert_eq!(s[1].recall_number, None);
        assert_eq!(s[2].recall_number.as_deref(), Some(" "));
        assert!(
            s[2].reason
                .starts_with(r#"invalid recall number " ": expected some text"#),
            "{}",
            s[2].reason
        );
        assert_eq!(
            s[0].to_string(),
            "record 1: invalid type: null, expected struct EnforcementRecord (column 4 of the record)"
        );
    }

    #[test]
    fn strict_mode_fails_on_first_bad_record() {
        let doc = format!(r#"[{GOOD}, {{"recall_number": "D-0002-2024"}}, null]"#);
        let e = load(&doc, LoadOptions::strict()).unwrap_err();
        match e.kind() {
            LoadErrorKind::BadRecord(s) => {
                assert_eq!(s.index, 1);
                assert_eq!(s.recall_number.as_deref(), Some("D-0002-2024"));
                assert!(
                    s.reason.starts_with("missing field `classification`"),
                    "{}",
                    s.reason
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(std::error::Error::source(&e).is_some());
        assert!(
            e.to_string()
                .starts_with("bad record in strict mode: record 1 (D-0002-2024): ")
        );
    }

    #[test]
    fn shapes_that_are_not_documents() {
        let e = load("42", LoadOptions::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not an openFDA enforcement document: invalid type: integer `42`, expected an array of enforcement records or an object with a \"results\" array"
        );
        let e = load(r#"{"meta": {}}"#, LoadOptions::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not an openFDA enforcement document: the object has no \"results\" array"
        );
        let e = load(r#"{"results": {}}"#, LoadOptions::default()).unwrap_err();
        assert!(matches!(e.kind(), LoadErrorKind::Shape { .. }), "{e}");
        let e = load("[] []", LoadOptions::default()).unwrap_err();
        assert!(
            matches!(
                e.kind(),
                LoadErrorKind::Syntax {
                    line: 1,
                    column: 4,
                    ..
                }
            ),
            "{e}"
        );
    }

    #[test]
    fn api_error_answer() {
        let e = load(
            r#"{"error": {"code": "NOT_FOUND", "message": "No matches found!"}}"#,
            LoadOptions::default(),
        )
        .unwrap_err();
        assert_eq!(
            e.kind(),
            &LoadErrorKind::Api {
                code: "NOT_FOUND".into(),
                message: "No matches found!".into()
            }
        );
        assert_eq!(
            e.to_string(),
            "openFDA answered with an error: NOT_FOUND: No matches found!"
        );
    }

    #[test]
    fn syntax_error_mid_document_reports_position() {
        let doc = format!("[{GOOD},\n{{\"recall_number\" \"x\"}}]");
        let e = load(&doc, LoadOptions::default()).unwrap_err();
        assert_eq!(
            e.kind(),
            &LoadErrorKind::Syntax {
                line: 4,
                column: 18,
                message: "expected `:`".into()
            }
        );
    }

    #[test]
    fn io_errors_are_typed() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk on fire"))
            }
        }
        let e = load_enforcement(Broken, LoadOptions::default()).unwrap_err();
        assert!(e.is_io());
        assert_eq!(
            e.to_string(),
            "could not read the openFDA document: disk on fire"
        );
    }

    #[test]
    fn slice_reader_matches_stream_reader() {
        let doc = format!(r#"{{"results": [{GOOD}, 1]}}"#);
        let mut a = Vec::new();
        let ra =
            read_enforcement_slice(doc.as_bytes(), LoadOptions::default(), |r| a.push(r)).unwrap();
        let b = load(&doc, LoadOptions::default()).unwrap();
        assert_eq!(a, b.records);
        assert_eq!(ra, b.report);
    }
}
