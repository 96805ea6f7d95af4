//! The bad-input table: one case per class of hostile or broken input, each checking
//! the exact typed error and that it names the field or path. Nothing here may panic,
//! hang or overflow the stack.
//!
//! Messages are the library's documented forms: serde_json's own text (`missing field
//! `as_of``, `invalid type: ...`, `expected value`), the model types' messages
//! (`invalid pain score 11: must be a whole number from 0 to 10`), and the position
//! serde_json reports (1-based; for a value, the column of its last character or of
//! the character after a number).
//!
//! The two size cases (a 10 MB code text, a 1,000,000-record stream of about 170 MB)
//! take most of this binary's run time, so their full-size runs are
//! `#[ignore = "heavy: ..."]`: `.ci/run` runs them (its last test step passes
//! `--include-ignored`), and a plain `cargo test` runs the same checks on small inputs.

use std::io::Read;

use crate::support::openfda::load_enforcement;
use legcramps::assess::{AssessmentInput, InputError};
use legcramps::recall::{LoadErrorKind, LoadOptions, extract_lots, extract_ndcs, read_enforcement};
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
use legcramps::{CrampDuration, CrampEpisode, HoursPerDay};

const AS_OF: &str = r#""as_of": "2025-03-01T08:00:00+01:00""#;

/// A document with one episode whose fields after `start` are `rest`.
fn with_episode(rest: &str) -> String {
    format!(
        r#"{{{AS_OF}, "diary": {{"episodes": [{{"start": "2025-02-27T03:00:00+01:00", {rest}}}]}}}}"#
    )
}

/// The 1-based column of the last character of `needle` in a one-line document.
fn column_after(json: &str, needle: &str) -> usize {
    json.find(needle).unwrap() + needle.len()
}

/// A minimal valid openFDA record (the six required fields).
const RECORD: &str = r#"{"recall_number": "D-0001-2024", "classification": "Class II", "recalling_firm": "F", "product_description": "P", "reason_for_recall": "R", "report_date": "20240110"}"#;

// ---- assessment input ---------------------------------------------------------------

#[test]
fn malformed_json() {
    let json = r#"{"as_of" "2025-03-01T08:00:00+01:00"}"#;
    let err = AssessmentInput::from_json_str(json).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    // The parser stops at the string where it wanted a colon: column 10.
    assert_eq!(
        err.to_string(),
        "invalid input (line 1, column 10): expected `:`"
    );
    assert_eq!(err.path(), ".");

    let err = AssessmentInput::from_json_str(r#"{"as_of": "#).unwrap_err();
    assert!(matches!(err, InputError::Eof { .. }), "{err:?}");
    assert_eq!(err.path(), "as_of");
    assert_eq!(err.message(), "EOF while parsing a value");

    // Trailing garbage after a complete document.
    let json = format!("{{{AS_OF}}} x");
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert_eq!(err.message(), "trailing characters");
    assert_eq!(err.column(), json.len());
}

#[test]
fn wrong_types() {
    let err = AssessmentInput::from_json_str(r#"{"as_of": 5}"#).unwrap_err();
    assert!(matches!(err, InputError::Data { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "invalid input at as_of (line 1, column 11): invalid type: integer `5`, \
         expected an RFC 3339 formatted date and time string"
    );

    let json = format!(r#"{{{AS_OF}, "profile": {{"asks_about_quinine": "yes"}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.asks_about_quinine");
    assert_eq!(
        err.message(),
        r#"invalid type: string "yes", expected a boolean"#
    );
    assert_eq!(err.column(), column_after(&json, r#""yes""#));

    let err = AssessmentInput::from_json_str(&with_episode(
        r#""duration_seconds": "120", "muscle": "calf", "side": "left", "pain": 3"#,
    ))
    .unwrap_err();
    assert_eq!(err.path(), "diary.episodes[0].duration_seconds");
    assert_eq!(err.message(), r#"invalid type: string "120", expected i64"#);
}

#[test]
fn missing_required_fields() {
    let err = AssessmentInput::from_json_str("{}").unwrap_err();
    assert!(matches!(err, InputError::Data { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "invalid input (line 1, column 2): missing field `as_of`"
    );

    let json = with_episode(r#""duration_seconds": 120, "muscle": "calf", "side": "left""#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "diary.episodes[0]");
    assert_eq!(err.message(), "missing field `pain`");
    // Reported at the `}` closing the episode.
    assert_eq!(err.column(), column_after(&json, r#""left"}"#));

    // Through the builder the same gap is a typed ValidationError.
    let start = chrono::DateTime::parse_from_rfc3339("2025-02-27T03:00:00+01:00").unwrap();
    let err = CrampEpisode::builder(start)
        .duration_secs(60)
        .muscle("calf")
        .side("left")
        .build()
        .unwrap_err();
    assert!(err.is_missing());
    assert_eq!(err.field(), "pain");
}

#[test]
fn pain_eleven() {
    let json =
        with_episode(r#""duration_seconds": 120, "muscle": "calf", "side": "left", "pain": 11"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "diary.episodes[0].pain");
    // A number ends at the character after it (the `}`).
    let col = column_after(&json, r#""pain": 11"#) + 1;
    assert_eq!(
        err.to_string(),
        format!(
            "invalid input at diary.episodes[0].pain (line 1, column {col}): \
             invalid pain score 11: must be a whole number from 0 to 10"
        )
    );
}

#[test]
fn negative_and_zero_durations() {
    for (secs, shown) in [("-5", "-5 s"), ("0", "0 s")] {
        let json = with_episode(&format!(
            r#""duration_seconds": {secs}, "muscle": "calf", "side": "left", "pain": 3"#
        ));
        let err = AssessmentInput::from_json_str(&json).unwrap_err();
        assert_eq!(err.path(), "diary.episodes[0].duration_seconds");
        assert_eq!(
            err.message(),
            format!("invalid cramp duration {shown}: must be from 1 s to 14400 s (4 hours)")
        );
    }
    assert_eq!(
        CrampDuration::from_secs(0).unwrap_err().field(),
        "duration_seconds"
    );
    let err = CrampDuration::from_minutes(-1.0).unwrap_err();
    assert_eq!(err.field(), "duration_minutes");
    assert_eq!(
        err.to_string(),
        "invalid cramp duration -1 min: must be from 1 s to 14400 s (4 hours)"
    );
}

#[test]
fn episode_in_the_future_of_as_of() {
    // 2025-03-02T03:00+01:00 is the night after as_of (2025-03-01T08:00+01:00).
    let json = format!(
        r#"{{{AS_OF}, "diary": {{"episodes": [{{"start": "2025-03-02T03:00:00+01:00", "duration_seconds": 60, "muscle": "calf", "side": "left", "pain": 3}}]}}}}"#
    );
    for err in [
        AssessmentInput::from_json_str(&json).unwrap_err(),
        AssessmentInput::from_json_reader(json.as_bytes()).unwrap_err(),
    ] {
        assert!(matches!(err, InputError::Data { .. }), "{err:?}");
        assert_eq!(err.path(), "diary.episodes");
        // The check runs once the whole document is read, so there is no position.
        assert_eq!((err.line(), err.column()), (0, 0));
        assert_eq!(
            err.to_string(),
            "invalid input at diary.episodes: invalid diary.episodes[0].start \
             2025-03-02T03:00:00+01:00: the episode starts after as_of 2025-03-01T08:00:00+01:00"
        );
    }
}

#[test]
fn nan_and_infinities_where_floats_are_accepted() {
    // JSON has no NaN or infinity: the parser refuses them, naming the field.
    let json = format!(r#"{{{AS_OF}, "profile": {{"activity": {{"sitting_hours": NaN}}}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert_eq!(err.path(), "profile.activity.sitting_hours");
    assert_eq!(err.message(), "expected value");
    for big in ["1e999", "-1e999"] {
        let json = format!(r#"{{{AS_OF}, "profile": {{"activity": {{"sitting_hours": {big}}}}}}}"#);
        let err = AssessmentInput::from_json_str(&json).unwrap_err();
        assert_eq!(err.path(), "profile.activity.sitting_hours");
        assert_eq!(err.message(), "number out of range");
    }
    let json =
        format!(r#"{{{AS_OF}, "profile": {{"activity": {{"sitting_hours": "Infinity"}}}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.activity.sitting_hours");
    assert_eq!(
        err.message(),
        r#"invalid type: string "Infinity", expected f64"#
    );

    // From Rust, the constructors refuse them with a ValidationError.
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let err = HoursPerDay::new(bad).unwrap_err();
        assert_eq!(err.field(), "hours_per_day");
        assert_eq!(
            err.to_string(),
            format!("invalid hours per day {bad}: must be a finite number from 0 to 24")
        );
    }
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(
            CrampDuration::from_minutes(bad).unwrap_err().to_string(),
            format!("invalid cramp duration {bad} min: must be from 1 s to 14400 s (4 hours)")
        );
    }
}

#[test]
fn unknown_enum_strings() {
    let json = format!(r#"{{{AS_OF}, "profile": {{"sex": "martian"}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.sex");
    assert!(
        err.message()
            .starts_with(r#"invalid sex "martian": expected one of "#),
        "{err}"
    );
    let json =
        with_episode(r#""duration_seconds": 60, "muscle": "knee", "side": "left", "pain": 3"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "diary.episodes[0].muscle");
    assert_eq!(
        err.message(),
        r#"invalid muscle "knee": expected one of calf, foot, front_of_thigh, back_of_thigh, other"#
    );
    // An unknown recall class in an openFDA record is skipped with its reason.
    let doc = RECORD.replace("Class II", "Class IV");
    let load = load_enforcement(format!("[{doc}]").as_bytes(), LoadOptions::default()).unwrap();
    assert_eq!(load.report.summary.skipped, 1);
    assert!(
        load.report.skipped[0]
            .reason
            .starts_with(r#"invalid recall class "Class IV""#),
        "{}",
        load.report.skipped[0].reason
    );
}

#[test]
fn invalid_utf8_from_a_reader() {
    let mut bytes = format!(r#"{{{AS_OF}, "profile": {{"sex": ""#).into_bytes();
    let col = bytes.len() + 1;
    bytes.extend_from_slice(b"\xff\"}}");
    let err = AssessmentInput::from_json_reader(&bytes[..]).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert_eq!(err.path(), "profile.sex");
    assert_eq!(
        err.to_string(),
        format!("invalid input at profile.sex (line 1, column {col}): invalid unicode code point")
    );

    // The loader: a bad byte inside a record's string is malformed JSON, which ends the
    // load (there is no safe place to resume), in lenient mode too.
    let mut doc = br#"[{"recall_number": "D-0001-2024", "code_info": ""#.to_vec();
    let col = doc.len() + 1;
    doc.extend_from_slice(b"\xc3\x28\"}]");
    for options in [LoadOptions::lenient(), LoadOptions::strict()] {
        let err = load_enforcement(&doc[..], options).unwrap_err();
        assert_eq!(
            err.kind(),
            &LoadErrorKind::Syntax {
                line: 1,
                column: col,
                message: "invalid unicode code point".into()
            }
        );
        assert_eq!(
            err.to_string(),
            format!("malformed JSON at line 1, column {col}: invalid unicode code point")
        );
    }
}

// ---- NDC and lot text ---------------------------------------------------------------

#[test]
fn empty_strings_for_ndc_and_lot() {
    assert_eq!(
        "".parse::<Ndc>().unwrap_err().to_string(),
        r#"invalid NDC "": empty"#
    );
    assert_eq!(
        "  ".parse::<Ndc>().unwrap_err().to_string(),
        r#"invalid NDC "  ": empty"#
    );
    assert_eq!(
        "".parse::<LotNumber>().unwrap_err().to_string(),
        r#"invalid lot number "": no letter or digit"#
    );
    let registry = RecallRegistry::with_builtins();
    assert_eq!(
        registry.lookup_str("", "A1").unwrap_err().to_string(),
        r#"invalid NDC "": empty"#
    );
    assert_eq!(
        registry
            .lookup_str("0185-0022-01", "")
            .unwrap_err()
            .to_string(),
        r#"invalid lot number "": no letter or digit"#
    );
    // Serde refuses them too.
    assert!(serde_json::from_str::<Ndc>(r#""""#).is_err());
    assert!(serde_json::from_str::<LotNumber>(r#""""#).is_err());
    // Empty text finds nothing.
    assert!(extract_lots("").is_empty());
    assert!(extract_ndcs("").is_empty());
}

/// At least `len` bytes of code text: a lot at each end of a long, lot-free middle.
fn code_info_of(len: usize) -> String {
    let filler = "Exp. 12/2026, store at room temperature; ";
    let mut text = String::from("Lot #: AB1234, ");
    while text.len() < len {
        text.push_str(filler);
    }
    text.push_str("Lot #: CD5678");
    text
}

#[test]
#[ignore = "heavy: a 10 MB text, several seconds (run by .ci/run)"]
fn ten_megabyte_code_info() {
    long_code_info_is_read_whole(10 * 1024 * 1024);
}

#[test]
fn a_hundred_kilobyte_code_info() {
    long_code_info_is_read_whole(100 * 1024);
}

fn long_code_info_is_read_whole(len: usize) {
    let code = code_info_of(len);
    assert!(code.len() > len);
    let found = extract_lots(&code);
    let lots: Vec<&str> = found.lots.iter().map(|l| l.as_str()).collect();
    assert_eq!(lots, ["AB1234", "CD5678"]);

    // The loader has no size limit of its own (see the crate docs, "Limits"): the
    // record is kept, with its text whole.
    let doc = format!(
        "[{}, \"code_info\": \"{code}\"}}]",
        RECORD.strip_suffix('}').unwrap()
    );
    let mut seen = 0;
    let report = read_enforcement(doc.as_bytes(), LoadOptions::strict().without_raw(), |r| {
        assert_eq!(r.code_info.len(), code.len());
        seen += 1;
    })
    .unwrap();
    assert_eq!(seen, 1);
    let s = report.summary;
    assert_eq!((s.read, s.kept, s.skipped), (1, 1, 0));
}

// ---- deep nesting -------------------------------------------------------------------

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let deep = 100_000;
    let open = "[".repeat(deep);
    let close = "]".repeat(deep);

    // Assessment input: no input type reads "any value", so the parser stops at the
    // first level where a container is not wanted.
    let err = AssessmentInput::from_json_str(&format!("{open}{close}")).unwrap_err();
    assert_eq!(err.path(), "[0]");
    assert_eq!(
        err.message(),
        "invalid type: sequence, expected an RFC 3339 formatted date and time string"
    );
    let json = format!(r#"{{{AS_OF}, "profile": {{"medications": {open}{close}}}}}"#);
    let err = AssessmentInput::from_json_reader(json.as_bytes()).unwrap_err();
    assert_eq!(err.path(), "profile.medications[0]");
    // serde_json reads an enum from a string or an object only; anything else at that
    // place is a syntax error, at the second `[`.
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert_eq!(err.message(), "expected value");
    assert_eq!(err.column(), column_after(&json, r#""medications": ["#) + 1);
    let json = format!(
        r#"{{{AS_OF}, "diary": {}}}"#,
        r#"{"episodes": "#.repeat(deep)
    );
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "diary.episodes");
    assert_eq!(err.message(), "invalid type: map, expected a sequence");

    // openFDA loader, unbalanced: malformed JSON.
    let err = load_enforcement(format!("[{open}").as_bytes(), LoadOptions::default()).unwrap_err();
    assert!(
        matches!(err.kind(), LoadErrorKind::Syntax { line: 1, .. }),
        "{err}"
    );
    // Balanced but deep: the record is cut out of the stream without recursion, then
    // refused when typed (skipped, or an error in strict mode).
    let doc = format!("[{open}{close}]");
    let load = load_enforcement(doc.as_bytes(), LoadOptions::default()).unwrap();
    assert_eq!(load.report.summary.skipped, 1);
    assert_eq!(
        load.report.skipped[0].reason,
        "invalid type: sequence, expected a recall number such as D-0354-2023 (column 1 of the record)"
    );
    assert!(load_enforcement(doc.as_bytes(), LoadOptions::strict()).is_err());
    // Deep in an ignored top-level key or in `meta`: skipped over without recursion.
    let doc = format!(
        r#"{{"other": {open}{close}, "meta": {{"x": {open}{close}}}, "results": [{RECORD}]}}"#
    );
    let load = load_enforcement(doc.as_bytes(), LoadOptions::strict()).unwrap();
    assert_eq!(load.report.summary.kept, 1);

    // Where a field is read as "any value" (openfda.is_original_packager takes a bool,
    // a string or a list), serde_json's recursion limit (128 levels) turns deep
    // nesting into an error for that record.
    let record = format!(
        r#"{}, "openfda": {{"is_original_packager": {}{}}}}}"#,
        RECORD.strip_suffix('}').unwrap(),
        "[".repeat(200),
        "]".repeat(200)
    );
    let load = load_enforcement(format!("[{record}]").as_bytes(), LoadOptions::default()).unwrap();
    assert_eq!(load.report.summary.skipped, 1);
    assert!(
        load.report.skipped[0]
            .reason
            .starts_with("recursion limit exceeded"),
        "{}",
        load.report.skipped[0].reason
    );
}

// ---- a million records --------------------------------------------------------------

/// A reader producing `[RECORD,RECORD,...]` with `count` records, made on the fly, so
/// the test never holds the document (about 170 MB) in memory.
struct ManyRecords {
    count: usize,
    made: usize,
    pending: Vec<u8>,
    at: usize,
    done: bool,
}

impl ManyRecords {
    fn new(count: usize) -> Self {
        ManyRecords {
            count,
            made: 0,
            pending: b"[".to_vec(),
            at: 0,
            done: false,
        }
    }

    fn refill(&mut self) {
        self.pending.clear();
        self.at = 0;
        if self.made < self.count {
            if self.made > 0 {
                self.pending.push(b',');
            }
            self.pending.extend_from_slice(RECORD.as_bytes());
            self.made += 1;
        } else if !self.done {
            self.pending.push(b']');
            self.done = true;
        }
    }
}

impl Read for ManyRecords {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = 0;
        while n < buf.len() {
            if self.at == self.pending.len() {
                self.refill();
                if self.pending.is_empty() {
                    break;
                }
            }
            let take = (self.pending.len() - self.at).min(buf.len() - n);
            buf[n..n + take].copy_from_slice(&self.pending[self.at..self.at + take]);
            self.at += take;
            n += take;
        }
        Ok(n)
    }
}

#[test]
#[ignore = "heavy: a 170 MB stream, over ten seconds (run by .ci/run)"]
fn a_million_record_array() {
    many_records_are_streamed(1_000_000);
}

#[test]
fn a_thousand_record_array() {
    many_records_are_streamed(1_000);
}

fn many_records_are_streamed(n: usize) {
    let mut kept = 0usize;
    // Streaming: each record is handed over and dropped; nothing is collected.
    let report = read_enforcement(
        ManyRecords::new(n),
        LoadOptions::strict().without_raw(),
        |r| {
            assert_eq!(r.recall_number.as_str(), "D-0001-2024");
            kept += 1;
        },
    )
    .unwrap();
    let s = report.summary;
    assert_eq!((s.read, s.kept, s.skipped), (n, n, 0));
    assert_eq!(kept, n);
    assert!(report.skipped.is_empty());
}
