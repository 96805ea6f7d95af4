//! Structured fuzzing through the `arbitrary` feature: every generated input is valid,
//! so assessing it never fails; the input round-trips through JSON and the output reads back.
#![no_main]

use legcramps::{Assessment, AssessmentInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: AssessmentInput| {
    let json = serde_json::to_string(&input).expect("the input serializes");
    let back = AssessmentInput::from_json_str(&json).expect("a valid input reads back");
    assert_eq!(back, input);
    let assessment = input.assess().expect("a valid input assesses");
    let out = serde_json::to_string(&assessment).expect("the assessment serializes");
    // Reading the output back checks it against the tables (floats are not compared:
    // serde_json's default float parsing need not give back the last bit).
    serde_json::from_str::<Assessment>(&out).expect("the assessment reads back");
});
