//! Errors repeat a rejected value only up to a documented length (#14): the first 100
//! characters of a value, the first 1000 of a message quoted from the JSON reader,
//! then a marker `…[N more bytes]` that says how much was left out.

use legcramps::Muscle;
use legcramps::assess::AssessmentInput;

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn a_long_value_is_cut_at_100_characters_with_a_marker() {
    let long = "k".repeat(TEN_MB);
    let err = long.parse::<Muscle>().unwrap_err();
    let head = "k".repeat(100);
    // 10 MiB of one-byte characters: 100 kept, the rest counted in the marker.
    let left_out = TEN_MB - 100;
    assert_eq!(
        err.value(),
        format!("{head}\u{2026}[{left_out} more bytes]")
    );
    assert!(
        err.to_string().starts_with(&format!(
            "invalid muscle \"{head}\"\u{2026}[{left_out} more bytes]: expected one of"
        )),
        "{err}"
    );
    assert!(err.to_string().len() < 400);
}

#[test]
fn a_long_value_in_json_gives_a_short_input_error() {
    let doc = format!(
        r#"{{"as_of": "2025-03-06T08:00:00+01:00", "diary": {{"episodes": [{{"start": "2025-03-04T02:30:00+01:00", "duration_seconds": 60, "muscle": "{}", "side": "left", "pain": 3}}]}}}}"#,
        "k".repeat(TEN_MB)
    );
    let err = AssessmentInput::from_json_str(&doc).unwrap_err();
    assert_eq!(err.path(), "diary.episodes[0].muscle");
    assert!(
        err.to_string().len() < 500,
        "{} bytes",
        err.to_string().len()
    );
}

#[test]
fn a_long_unknown_key_gives_a_short_input_error() {
    // serde_json quotes an unknown field's name; the message is cut at 1000
    // characters.
    let doc = format!(
        r#"{{"as_of": "2025-03-06T08:00:00+01:00", "{}": 1}}"#,
        "k".repeat(TEN_MB)
    );
    let err = AssessmentInput::from_json_str(&doc).unwrap_err();
    let message = err.message();
    assert!(
        message.starts_with("unknown field `kkk"),
        "{}",
        &message[..40]
    );
    assert!(
        message.ends_with(" more bytes]"),
        "{}",
        &message[message.len() - 40..]
    );
    assert!(message.chars().count() < 1030);
}

#[cfg(feature = "fhir")]
#[test]
fn a_long_fhir_value_is_cut_too() {
    // A base URL with whitespace is refused, and the error repeats only its start.
    let long = "k ".repeat(TEN_MB / 2);
    let err =
        legcramps::fhir::Identities::server(&long, "Patient/1", |s: legcramps::fhir::Slot| {
            s.label()
        })
        .unwrap_err();
    assert_eq!(err.field(), "base URL");
    assert_eq!(
        err.value().chars().count(),
        100 + "\u{2026}[10485660 more bytes]".chars().count()
    );
    assert!(err.to_string().len() < 400);
}

#[test]
fn a_ten_megabyte_ndc_gives_a_short_error() {
    // Hyphens everywhere: the value and the segment grouping would each be
    // 10 MiB long; both are cut.
    let ndc = "1-".repeat(TEN_MB / 2);
    let err = ndc.parse::<legcramps::recall::Ndc>().unwrap_err();
    assert!(
        err.to_string().len() < 500,
        "{} bytes",
        err.to_string().len()
    );
    assert!(err.to_string().contains("more bytes]"), "{err}");
    let err = legcramps::recall::RecallRegistry::new()
        .lookup_str(&"9".repeat(TEN_MB), "A1")
        .unwrap_err();
    assert!(err.to_string().len() < 500);
}

#[test]
fn a_ten_megabyte_lot_gives_a_short_error() {
    let lot = format!("A{}B", "\u{7}".repeat(TEN_MB));
    let err = lot.parse::<legcramps::recall::LotNumber>().unwrap_err();
    // 100 characters kept, each shown as `\u{7}` (6 bytes) in the quoted value.
    assert!(
        err.to_string().len() < 1000,
        "{} bytes",
        err.to_string().len()
    );
    assert!(err.to_string().contains("more bytes]"), "{err}");
}
