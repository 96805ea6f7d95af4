//! Errors of an openFDA load. The parser's own error stays private (its type is not part
//! of this crate's API) and is reachable through [`std::error::Error::source`].

use std::fmt;
use std::sync::Arc;

use super::load_report::SkippedRecord;

/// What went wrong in a load.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The reader failed.
    #[error("could not read the openFDA document: {message}")]
    Io {
        /// The reader's message.
        message: String,
    },
    /// The text is not well-formed JSON (or stops early).
    #[error("malformed JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line in the document.
        line: usize,
        /// 1-based column in the document.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// Well-formed JSON, but not an enforcement document.
    #[error("not an openFDA enforcement document: {problem}")]
    Shape {
        /// What was found instead.
        problem: String,
    },
    /// The document is an openFDA API error answer (e.g. `NOT_FOUND`).
    #[error("openFDA answered with an error: {code}: {message}")]
    Api {
        /// openFDA's error code.
        code: String,
        /// openFDA's error message.
        message: String,
    },
    /// A bad record in strict mode.
    #[error("bad record in strict mode: {0}")]
    BadRecord(SkippedRecord),
}

/// A failed load. [`kind`](Self::kind) says what failed; the parser's own error, when
/// there is one, is available through [`std::error::Error::source`].
///
/// # Examples
///
/// ```
/// use legcramps::recall::{read_enforcement, LoadErrorKind, LoadOptions};
///
/// let err = read_enforcement(&b"[{\"recall_number\": "[..], LoadOptions::default(), |_| {})
///     .unwrap_err();
/// assert!(matches!(err.kind(), LoadErrorKind::Syntax { line: 1, .. }));
/// assert_eq!(
///     err.to_string(),
///     "malformed JSON at line 1, column 19: EOF while parsing a value"
/// );
/// ```
#[derive(Debug, Clone, thiserror::Error)]
#[error("{kind}")]
pub struct LoadError {
    kind: LoadErrorKind,
    #[source]
    source: Option<JsonSource>,
}

impl LoadError {
    /// What failed.
    pub fn kind(&self) -> &LoadErrorKind {
        &self.kind
    }

    /// `true` when the reader failed (as opposed to the content).
    pub fn is_io(&self) -> bool {
        matches!(self.kind, LoadErrorKind::Io { .. })
    }

    pub(crate) fn new(kind: LoadErrorKind) -> Self {
        LoadError { kind, source: None }
    }

    /// A bad record in strict mode, keeping the parser's error as the source.
    pub(crate) fn bad_record(skipped: SkippedRecord, e: serde_json::Error) -> Self {
        LoadError {
            kind: LoadErrorKind::BadRecord(skipped),
            source: Some(JsonSource(Arc::new(e))),
        }
    }

    pub(crate) fn from_json(e: serde_json::Error) -> Self {
        use serde_json::error::Category;
        let message = json_message(&e);
        let kind = match e.classify() {
            Category::Io => LoadErrorKind::Io { message },
            Category::Syntax | Category::Eof => LoadErrorKind::Syntax {
                line: e.line(),
                column: e.column(),
                message,
            },
            Category::Data => LoadErrorKind::Shape { problem: message },
        };
        LoadError {
            kind,
            source: Some(JsonSource(Arc::new(e))),
        }
    }
}

impl PartialEq for LoadError {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

impl Eq for LoadError {}

/// The parser's error, kept private so that serde_json is not part of the public API.
#[derive(Clone)]
struct JsonSource(Arc<serde_json::Error>);

impl fmt::Debug for JsonSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for JsonSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl std::error::Error for JsonSource {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

/// serde_json's message without its trailing " at line L column C".
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    crate::error::echo_message(full.strip_suffix(&suffix).unwrap_or(&full))
}

/// Why a record's JSON could not be typed, with its place inside the record.
pub(crate) fn record_reason(e: &serde_json::Error) -> String {
    let message = json_message(e);
    if e.line() == 0 {
        message
    } else if e.line() == 1 {
        format!("{message} (column {} of the record)", e.column())
    } else {
        format!(
            "{message} (line {}, column {} of the record)",
            e.line(),
            e.column()
        )
    }
}
