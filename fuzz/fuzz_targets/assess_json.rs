//! Assessment input JSON -> assessment: never panics; the output serializes, and the
//! input read from a reader equals the input read from a string.
#![no_main]

use legcramps::AssessmentInput;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let from_reader = AssessmentInput::from_json_reader(data);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(from_reader.is_err(), "invalid UTF-8 is refused");
        return;
    };
    let from_str = AssessmentInput::from_json_str(text);
    match (&from_str, &from_reader) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(b)) => {
            assert!(!a.to_string().is_empty());
            assert_eq!(a.path(), b.path());
        }
        _ => panic!("string and reader disagree: {from_str:?} vs {from_reader:?}"),
    }
    let Ok(input) = from_str else {
        return;
    };
    // The input round-trips through its own JSON form.
    let json = serde_json::to_string(&input).expect("the input serializes");
    let back = AssessmentInput::from_json_str(&json).expect("serialized input reads back");
    assert_eq!(back, input);
    if let Ok(assessment) = input.assess() {
        serde_json::to_string(&assessment).expect("the assessment serializes");
    }
});
