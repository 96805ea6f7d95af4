//! The JSON Schemas of the assessment contract, committed under `schema/`: they equal
//! the ones generated from the library's types (feature `schema`), every documented
//! input validates and so does the output of assessing it, and the schema rejects the
//! bad documents of the bad-input table (`tests/bad_input.rs`) that a schema can say
//! are bad.
//!
//! Regenerate the committed files after changing a type in the contract:
//!
//! ```text
//! LEGCRAMPS_WRITE_SCHEMA=1 cargo test -p legcramps-conformance --test all json_schema
//! ```
//!
//! What the schema cannot express, so only the library rejects it (each still a case
//! of the bad-input table, checked there):
//! - an episode that starts after `as_of`, or a birth date after `as_of`'s date: the
//!   check compares two values of the document, which JSON Schema cannot do;
//! - an `as_of` outside years 0001-9999 or with an offset beyond 14 hours: the
//!   `date-time` format says RFC 3339, not these ranges;
//! - an NDC's segment rules and a lot number with no letter or digit after NFKC
//!   folding: the schema asks only for a character that is not whitespace;
//! - text that is not JSON at all (a missing colon, trailing characters, invalid
//!   UTF-8, `NaN`, nesting too deep for the parser) and numbers out of `f64` range
//!   (`1e999`): there is no JSON value to validate.

use std::path::PathBuf;

use legcramps::assess::{Assessment, AssessmentInput};
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema};
use serde_json::{Value, json};

const WRITE_VAR: &str = "LEGCRAMPS_WRITE_SCHEMA";
const INPUT_FILE: &str = "assessment-input.schema.json";
const OUTPUT_FILE: &str = "assessment.schema.json";

/// The sample person every example uses (`examples/data/sample-person.json`).
fn sample() -> &'static str {
    include_str!("../../../examples/data/sample-person.json")
}

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

/// Keeps the first paragraph of each description: the rest of a Rust doc comment is
/// Rust examples and intra-doc links, of no use to a platform that does not run Rust.
fn first_paragraph(schema: &mut Schema) {
    if let Some(Value::String(d)) = schema.get_mut("description")
        && let Some(end) = d.find("\n\n")
    {
        d.truncate(end);
    }
}

/// The schema of `T` as serde reads it (input) or writes it (output), pretty-printed
/// with a final newline, as committed.
fn generated<T: JsonSchema>(settings: SchemaSettings) -> String {
    let schema = settings
        .with_transform(RecursiveTransform(first_paragraph))
        .into_generator()
        .into_root_schema_for::<T>();
    let mut text = serde_json::to_string_pretty(&schema).expect("schema to JSON");
    text.push('\n');
    text
}

fn generated_input() -> String {
    generated::<AssessmentInput>(SchemaSettings::draft2020_12().for_deserialize())
}

fn generated_output() -> String {
    generated::<Assessment>(SchemaSettings::draft2020_12().for_serialize())
}

fn validator(text: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(text).expect("schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

fn input_validator() -> jsonschema::Validator {
    validator(&generated_input())
}

fn output_validator() -> jsonschema::Validator {
    validator(&generated_output())
}

/// Every error the validator reports for `doc`, one a line.
fn errors(v: &jsonschema::Validator, doc: &Value) -> String {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn committed_schemas_equal_the_generated_ones() {
    let write = std::env::var_os(WRITE_VAR).is_some_and(|v| v == "1");
    for (file, text) in [
        (INPUT_FILE, generated_input()),
        (OUTPUT_FILE, generated_output()),
    ] {
        let path = schema_dir().join(file);
        if write {
            std::fs::write(&path, &text).expect("write schema file");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "schema/{file} differs from the schema generated from the library's types; \
             regenerate it with `{WRITE_VAR}=1 cargo test -p legcramps-conformance --test json_schema` \
             and commit the result"
        );
    }
}

/// The JSON documents in the doc comments of the contract's pages: every raw string
/// `r#"{ ... }"#` in `//!` and `///` lines that holds an `as_of`.
fn documented_inputs() -> Vec<(String, String)> {
    let pages = [
        (
            "src/assess/json.rs",
            include_str!("../../../src/assess/json.rs"),
        ),
        (
            "src/assess/input.rs",
            include_str!("../../../src/assess/input.rs"),
        ),
    ];
    let mut docs = Vec::new();
    for (page, src) in pages {
        let doc: String = src
            .lines()
            .filter_map(|l| {
                let t = l.trim_start();
                t.strip_prefix("//!").or_else(|| t.strip_prefix("///"))
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let mut rest = doc.as_str();
        while let Some(i) = rest.find("r#\"{") {
            let after = &rest[i + 3..];
            let Some(end) = after.find("}\"#") else { break };
            let text = &after[..=end];
            if text.contains("\"as_of\"") {
                docs.push((page.to_owned(), text.to_owned()));
            }
            rest = &after[end..];
        }
    }
    docs
}

#[test]
fn the_documented_inputs_and_the_sample_validate_and_so_do_their_assessments() {
    let docs = documented_inputs();
    // json.rs shows one full input; input.rs's examples show more.
    assert!(docs.len() >= 2, "found only {docs:?}");
    let input = input_validator();
    let output = output_validator();
    let mut accepted = 0;
    for (page, text) in docs
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .chain([("examples/assess.rs SAMPLE", sample())])
    {
        let Ok(parsed) = AssessmentInput::from_json_str(text) else {
            // An example of a rejected document (e.g. an unknown answer): not a valid one.
            continue;
        };
        accepted += 1;
        let doc: Value = serde_json::from_str(text).expect("valid JSON");
        let errs = errors(&input, &doc);
        assert!(
            errs.is_empty(),
            "{page}: the input schema rejects\n{text}\n{errs}"
        );
        let assessed = serde_json::to_value(parsed.assess().expect("assess")).expect("to JSON");
        let errs = errors(&output, &assessed);
        assert!(
            errs.is_empty(),
            "{page}: the output schema rejects its assessment\n{errs}"
        );
    }
    assert!(
        accepted >= 2,
        "only {accepted} documented inputs were accepted"
    );
}

#[test]
fn the_documented_output_validates() {
    let page = include_str!("../../../src/assess/json.rs");
    let doc: String = page
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(l)))
        .collect();
    let start = doc.find("```json\n").expect("the output example") + "```json\n".len();
    let len = doc[start..].find("```").expect("end of the output example");
    let shown: Value =
        serde_json::from_str(&doc[start..start + len]).expect("output example is JSON");
    let errs = errors(&output_validator(), &shown);
    assert!(
        errs.is_empty(),
        "the documented output fails the schema:\n{errs}"
    );
}

const AS_OF: &str = "2025-03-01T08:00:00+01:00";

fn episode(fields: Value) -> Value {
    let mut e = json!({"start": "2025-02-27T03:00:00+01:00"});
    for (k, v) in fields.as_object().expect("object") {
        e[k] = v.clone();
    }
    json!({"as_of": AS_OF, "diary": {"episodes": [e]}})
}

fn with_profile(profile: Value) -> Value {
    json!({"as_of": AS_OF, "profile": profile})
}

/// The bad documents of `tests/bad_input.rs` (and `unknown fields are rejected`) that
/// a schema can reject, each named by the case it comes from. The library rejects
/// each (checked first), and so must the schema.
fn bad_documents() -> Vec<(&'static str, Value)> {
    let ok_episode = json!({"duration_seconds": 120, "muscle": "calf", "side": "left", "pain": 3});
    let with = |k: &str, v: Value| {
        let mut e = ok_episode.clone();
        e[k] = v;
        episode(e)
    };
    vec![
        ("wrong_types: as_of a number", json!({"as_of": 5})),
        ("as_of not a date-time", json!({"as_of": "yesterday"})),
        (
            "wrong_types: asks_about_quinine a string",
            with_profile(json!({"asks_about_quinine": "yes"})),
        ),
        (
            "wrong_types: duration_seconds a string",
            with("duration_seconds", json!("120")),
        ),
        ("missing_required_fields: as_of", json!({})),
        (
            "missing_required_fields: pain",
            episode(json!({"duration_seconds": 120, "muscle": "calf", "side": "left"})),
        ),
        ("pain_eleven", with("pain", json!(11))),
        ("negative pain", with("pain", json!(-1))),
        ("pain not whole", with("pain", json!(2.5))),
        (
            "negative_and_zero_durations: -5",
            with("duration_seconds", json!(-5)),
        ),
        (
            "negative_and_zero_durations: 0",
            with("duration_seconds", json!(0)),
        ),
        (
            "duration over four hours",
            with("duration_seconds", json!(14_401)),
        ),
        (
            "nan_and_infinities: sitting_hours \"Infinity\"",
            with_profile(json!({"activity": {"sitting_hours": "Infinity"}})),
        ),
        (
            "sitting_hours over 24",
            with_profile(json!({"activity": {"sitting_hours": 25}})),
        ),
        (
            "sitting_hours negative",
            with_profile(json!({"activity": {"sitting_hours": -1}})),
        ),
        ("age over 130", with_profile(json!({"age": {"years": 131}}))),
        (
            "trimester 4",
            with_profile(json!({"pregnancy": {"pregnant": {"trimester": 4}}})),
        ),
        (
            "unknown_enum_strings: sex",
            with_profile(json!({"sex": "martian"})),
        ),
        (
            "unknown_enum_strings: muscle",
            with("muscle", json!("knee")),
        ),
        (
            "unknown answer",
            with_profile(json!({"symptoms": {"numbness": "maybe"}})),
        ),
        (
            "unknown catalog id",
            with_profile(json!({"medications": ["aspirin_typo"]})),
        ),
        (
            "blank other medication",
            with_profile(json!({"other_medications": [" \u{a0}\u{3000}"]})),
        ),
        (
            "blank medication name in an object",
            with_profile(json!({"other_medications": [{"name": "\u{200b}"}]})),
        ),
        (
            "empty_strings_for_ndc_and_lot: ndc",
            with_profile(json!({"other_medications": [{"name": "x", "ndc": ""}]})),
        ),
        (
            "empty_strings_for_ndc_and_lot: lot",
            with_profile(json!({"other_medications": [{"name": "x", "lot": "  "}]})),
        ),
        (
            "unknown fields are rejected: top level",
            json!({"as_of": AS_OF, "extra": 1}),
        ),
        (
            "unknown fields are rejected: profile",
            with_profile(json!({"nmbness": "yes"})),
        ),
        (
            "unknown fields are rejected: symptoms",
            with_profile(json!({"symptoms": {"nmbness": "yes"}})),
        ),
        (
            "unknown fields are rejected: activity",
            with_profile(json!({"activity": {"hours": 1}})),
        ),
        (
            "unknown fields are rejected: medication object",
            with_profile(json!({"other_medications": [{"name": "x", "dose": "1"}]})),
        ),
        (
            "unknown fields are rejected: diary",
            json!({"as_of": AS_OF, "diary": {"episodes": [], "notes": ""}}),
        ),
        (
            "unknown fields are rejected: episode",
            with("note", json!("x")),
        ),
    ]
}

#[test]
fn the_schema_rejects_the_bad_documents_a_schema_can_express() {
    let v = input_validator();
    for (case, doc) in bad_documents() {
        let text = doc.to_string();
        assert!(
            AssessmentInput::from_json_str(&text).is_err(),
            "{case}: the library accepts {text}, so it is not a bad document"
        );
        assert!(!v.is_valid(&doc), "{case}: the input schema accepts {text}");
    }
}

#[test]
fn the_schema_cannot_see_an_episode_after_as_of() {
    // Listed in the module docs: a cross-field check only the library makes.
    let doc = json!({"as_of": AS_OF, "diary": {"episodes": [{"start": "2025-03-02T03:00:00+01:00",
        "duration_seconds": 60, "muscle": "calf", "side": "left", "pain": 3}]}});
    assert!(AssessmentInput::from_json_str(&doc.to_string()).is_err());
    assert!(input_validator().is_valid(&doc));
}

proptest::proptest! {
    #![proptest_config(crate::support::strategies::config(64))]

    /// Every input the library accepts, the schema accepts: random valid inputs
    /// (made by the `arbitrary` feature through the validating constructors) written
    /// as JSON validate, and so does the output of assessing them.
    #[test]
    fn every_valid_input_and_its_assessment_validate(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096)
    ) {
        use arbitrary::{Arbitrary, Unstructured};
        use std::sync::OnceLock;
        static VALIDATORS: OnceLock<(jsonschema::Validator, jsonschema::Validator)> = OnceLock::new();
        let (input, output) = VALIDATORS.get_or_init(|| (input_validator(), output_validator()));
        let mut u = Unstructured::new(&bytes);
        let Ok(value) = AssessmentInput::arbitrary(&mut u) else { return Ok(()) };
        let doc = serde_json::to_value(&value).expect("input to JSON");
        let errs = errors(input, &doc);
        proptest::prop_assert!(errs.is_empty(), "input schema rejects {doc}:\n{errs}");
        if let Ok(a) = value.assess() {
            let out = serde_json::to_value(a).expect("assessment to JSON");
            let errs = errors(output, &out);
            proptest::prop_assert!(errs.is_empty(), "output schema rejects the assessment of {doc}:\n{errs}");
        }
    }
}
