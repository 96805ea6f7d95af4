//! The JSON contract: input errors name the field path and the position, the output
//! has the agreed top-level keys and snake_case values, invalid output is rejected on
//! the way in, and the documented example is exactly what the code produces.

use crate::support;
use std::io::Read;

use legcramps::assess::{
    Assessment, AssessmentInput, InputError, Referral, Score, Urgency, assess,
};
use legcramps::{Diary, Profile};
use serde_json::Value;
use support::assess::as_of;

const AS_OF: &str = r#""as_of": "2025-03-01T08:00:00+01:00""#;

/// The 1-based column of the last character of `needle` in a one-line document:
/// serde_json reports the position just after it has read the offending value.
fn column_after(json: &str, needle: &str) -> usize {
    json.find(needle).unwrap() + needle.len()
}

#[test]
fn a_bad_pain_score_names_its_path_and_position() {
    let json = format!(
        r#"{{{AS_OF}, "diary": {{"episodes": [{{"start": "2025-02-27T03:00:00+01:00", "duration_seconds": 120, "muscle": "calf", "side": "left", "pain": 11}}]}}}}"#
    );
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "diary.episodes[0].pain");
    assert!(matches!(err, InputError::Data { .. }), "{err:?}");
    // A number ends only when the parser has seen the character after it (here `}`),
    // so the reported column is one past the last digit.
    let col = column_after(&json, r#""pain": 11"#) + 1;
    // The models' message (issue 2): "invalid pain score 11: must be a whole number from 0 to 10".
    assert_eq!(
        err.to_string(),
        format!(
            "invalid input at diary.episodes[0].pain (line 1, column {col}): \
             invalid pain score 11: must be a whole number from 0 to 10"
        )
    );
}

#[test]
fn a_bad_answer_deep_in_the_profile_names_its_path() {
    let json = format!(r#"{{{AS_OF}, "profile": {{"symptoms": {{"numbness": "sometimes"}}}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.symptoms.numbness");
    assert_eq!(
        err.message(),
        "invalid answer \"sometimes\": expected one of yes, no, unknown"
    );
    assert_eq!(err.column(), column_after(&json, r#""sometimes""#));
}

#[test]
fn a_typo_in_a_field_name_is_caught() {
    let json = format!(r#"{{{AS_OF}, "profile": {{"symptoms": {{"numbnes": "no"}}}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.symptoms.numbnes");
    assert!(
        err.message()
            .starts_with("unknown field `numbnes`, expected one of"),
        "{err}"
    );
    let json = format!(r#"{{{AS_OF}, "profiel": {{}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert!(
        err.message().starts_with("unknown field `profiel`"),
        "{err}"
    );
}

#[test]
fn a_bad_trimester_names_its_path() {
    let json =
        format!(r#"{{{AS_OF}, "profile": {{"pregnancy": {{"pregnant": {{"trimester": 4}}}}}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.pregnancy.pregnant.trimester");
    assert_eq!(err.message(), "invalid trimester 4: must be 1, 2 or 3");
}

#[test]
fn as_of_is_required_and_checked() {
    let err = AssessmentInput::from_json_str("{}").unwrap_err();
    assert_eq!(err.message(), "missing field `as_of`");
    assert_eq!(
        err.to_string(),
        "invalid input (line 1, column 2): missing field `as_of`"
    );
    let err = AssessmentInput::from_json_str(r#"{"as_of": "yesterday"}"#).unwrap_err();
    assert_eq!(err.path(), "as_of");
}

#[test]
fn an_episode_after_as_of_is_rejected_with_its_field() {
    let json = format!(
        r#"{{{AS_OF}, "diary": {{"episodes": [{{"start": "2025-03-02T03:00:00+01:00", "duration_seconds": 60, "muscle": "calf", "side": "left", "pain": 3}}]}}}}"#
    );
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    // The check runs after the document is read: the path is the episodes array (the
    // message gives the index in start-time order), and there is no position.
    assert_eq!(err.path(), "diary.episodes");
    assert_eq!(err.line(), 0);
    assert_eq!(
        err.message(),
        "invalid diary.episodes[0].start 2025-03-02T03:00:00+01:00: the episode starts after \
         as_of 2025-03-01T08:00:00+01:00"
    );
    // The same check through the Rust API names the field.
    let input: Value = serde_json::from_str(&json).unwrap();
    let diary: Diary = serde_json::from_value(input["diary"].clone()).unwrap();
    let e = assess(&Profile::default(), &diary, as_of()).unwrap_err();
    assert_eq!(e.field(), "diary.episodes[0].start");
}

#[test]
fn a_birth_date_after_as_of_is_rejected_with_its_field() {
    let json = format!(r#"{{{AS_OF}, "profile": {{"age": {{"birth_date": "2025-03-02"}}}}}}"#);
    let err = AssessmentInput::from_json_str(&json).unwrap_err();
    assert_eq!(err.path(), "profile.age.birth_date");
    assert_eq!(
        err.message(),
        "invalid profile.age.birth_date 2025-03-02: the birth date is after the as_of date 2025-03-01"
    );
}

#[test]
fn syntax_errors_and_trailing_text() {
    let err = AssessmentInput::from_json_str(r#"{"as_of": "2025-03-01T08:00:00Z",}"#).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert_eq!(err.message(), "trailing comma");
    let err = AssessmentInput::from_json_str(r#"{"as_of": "2025-03-01T08:00:00Z"} x"#).unwrap_err();
    assert!(matches!(err, InputError::Syntax { .. }), "{err:?}");
    assert_eq!(err.message(), "trailing characters");
    let err = AssessmentInput::from_json_str(r#"{"as_of": "#).unwrap_err();
    assert!(matches!(err, InputError::Eof { .. }), "{err:?}");
}

struct Broken;

impl Read for Broken {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        Err(std::io::Error::other("disk on fire"))
    }
}

#[test]
fn reader_failures_are_io_errors() {
    let err = AssessmentInput::from_json_reader(Broken).unwrap_err();
    assert!(matches!(err, InputError::Io { .. }), "{err:?}");
    assert_eq!(err.to_string(), "could not read the input: disk on fire");
}

#[test]
fn every_error_is_one_line() {
    for json in [
        "{}",
        "[",
        r#"{"as_of": 5}"#,
        r#"{"as_of": "2025-03-01T08:00:00Z", "diary": {"episodes": [{"start": "x"}]}}"#,
        r#"{"as_of": "2025-03-01T08:00:00Z", "profile": {"medications": ["unobtainium"]}}"#,
    ] {
        let err = AssessmentInput::from_json_str(json)
            .unwrap_err()
            .to_string();
        assert!(!err.contains('\n'), "{err}");
    }
}

#[test]
fn output_has_the_agreed_keys_and_snake_case_urgency() {
    let a = assess(&Profile::default(), &Diary::new(), as_of()).unwrap();
    let v = serde_json::to_value(&a).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for key in ["score", "referral", "differential", "plan"] {
        assert!(keys.contains(&key), "{keys:?}");
    }
    assert_eq!(v["referral"]["urgency"], "self_care");
    assert!(v["referral"]["reasons"].is_array());
    for (u, text) in [
        (Urgency::SelfCare, "\"self_care\""),
        (Urgency::Routine, "\"routine\""),
        (Urgency::Soon, "\"soon\""),
        (Urgency::Urgent, "\"urgent\""),
    ] {
        assert_eq!(serde_json::to_string(&u).unwrap(), text);
    }
}

#[test]
fn inconsistent_output_is_rejected_on_the_way_in() {
    let a = assess(&Profile::default(), &Diary::new(), as_of()).unwrap();
    let mut v = serde_json::to_value(&a.score).unwrap();
    v["total"] = 7.into();
    let err = serde_json::from_value::<Score>(v).unwrap_err().to_string();
    assert_eq!(
        err,
        "invalid score total 7: must equal the sum of the contributions' points"
    );
    let mut v = serde_json::to_value(&a.referral).unwrap();
    v["urgency"] = "urgent".into();
    let err = serde_json::from_value::<Referral>(v)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "invalid referral urgency: must be the highest urgency among the reasons (self_care if none)"
    );
}

/// The lines of a `//!` doc block between `start` and the next line equal to `end`.
fn doc_block(source: &str, start: &str, end: &str) -> String {
    let lines: Vec<&str> = source
        .lines()
        .map(|l| {
            l.strip_prefix("//! ")
                .or(l.strip_prefix("//!"))
                .unwrap_or(l)
        })
        .collect();
    let from = lines.iter().position(|l| l.contains(start)).unwrap() + 1;
    let to = from
        + lines[from..]
            .iter()
            .position(|l| l.trim_start().starts_with(end))
            .unwrap();
    lines[from..to].join("\n")
}

#[test]
fn the_documented_example_is_what_assess_produces() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/assess/json.rs"))
        .unwrap();
    let input = doc_block(&docs, "AssessmentInput::from_json_str(r#\"{", "}\"#)?;");
    let input = format!("{{{input}}}");
    let output = doc_block(&docs, "```json", "```");
    let a: Assessment = AssessmentInput::from_json_str(&input)
        .unwrap()
        .assess()
        .unwrap();
    let documented: Value = serde_json::from_str(&output).unwrap();
    assert_eq!(serde_json::to_value(&a).unwrap(), documented);

    // The examples' shared sample person is the same document.
    let sample: Value =
        serde_json::from_str(include_str!("../../examples/data/sample-person.json")).unwrap();
    let documented_input: Value = serde_json::from_str(&input).unwrap();
    assert_eq!(sample, documented_input);
}

#[test]
fn table_backed_output_cannot_invent_text_or_levels() {
    use legcramps::assess::{Differential, FeatureStatus, PlanStep, Question, ReferralReason};
    // A reason may repeat the table's fields but not change them.
    let err = serde_json::from_str::<ReferralReason>(
        r#"{"rule": "numbness", "reason": "numbness is nothing to worry about"}"#,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid referral reason \"numbness\" reason: must match the crate's table row"
    );
    assert!(
        serde_json::from_str::<Question>(r#"{"rule": "possible_dvt", "would_lead_to": "routine"}"#)
            .is_err()
    );
    assert!(
        serde_json::from_str::<PlanStep>(
            r#"{"step": "magnesium", "evidence": "trial_benefit", "helped_before": false}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<FeatureStatus>(
            r#"{"feature": "numbness", "status": "yes", "criterion": true}"#
        )
        .is_err()
    );

    // A differential must list every feature in table order, and its leaning must follow.
    let a = assess(&Profile::default(), &Diary::new(), as_of()).unwrap();
    let v = serde_json::to_value(&a.differential).unwrap();
    assert_eq!(
        serde_json::from_value::<Differential>(v.clone()).unwrap(),
        a.differential
    );
    let mut wrong = v.clone();
    wrong["leaning"] = "towards_cramp".into();
    assert_eq!(
        serde_json::from_value::<Differential>(wrong)
            .unwrap_err()
            .to_string(),
        "invalid differential leaning: must follow from the criteria met"
    );
    let mut short = v;
    short["categories"][4]["features"]
        .as_array_mut()
        .unwrap()
        .pop();
    assert!(serde_json::from_value::<Differential>(short).is_err());
}

#[test]
fn public_assessment_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Assessment>();
    check::<AssessmentInput>();
    check::<legcramps::assess::AssessError>();
    check::<legcramps::assess::InputError>();
    check::<legcramps::assess::ScoreModel>();
    check::<Score>();
    check::<legcramps::assess::Contribution>();
    check::<Referral>();
    check::<legcramps::assess::ReferralReason>();
    check::<legcramps::assess::Question>();
    check::<legcramps::assess::Differential>();
    check::<legcramps::assess::Lookalike<'static>>();
    check::<legcramps::assess::FeatureStatus>();
    check::<legcramps::assess::Plan>();
    check::<legcramps::assess::PlanStep>();
    check::<legcramps::assess::QuinineInfo>();
    check::<legcramps::assess::Rule>();
    check::<legcramps::assess::Step>();
    check::<legcramps::assess::Feature>();
}
