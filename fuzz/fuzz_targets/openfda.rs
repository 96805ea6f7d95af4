//! The openFDA loader on arbitrary bytes, lenient and strict, from a slice and from a
//! reader: never panics; `read == kept + skipped`; both readers agree.
#![no_main]

use legcramps::recall::{LoadOptions, load_enforcement, read_enforcement_slice};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for options in [LoadOptions::lenient(), LoadOptions::strict().without_raw()] {
        let mut kept = Vec::new();
        let from_slice = read_enforcement_slice(data, options, |r| kept.push(r));
        let from_reader = load_enforcement(data, options);
        match (&from_slice, &from_reader) {
            (Ok(report), Ok(load)) => {
                let s = report.summary;
                assert_eq!(s.read, s.kept + s.skipped);
                assert_eq!(s.kept, kept.len());
                assert_eq!(s.skipped, report.skipped.len());
                if options.strict {
                    assert_eq!(s.skipped, 0);
                }
                assert_eq!(report, &load.report);
                assert_eq!(kept, load.records);
                for r in &kept {
                    serde_json::to_string(r).expect("a record serializes");
                }
            }
            (Err(a), Err(b)) => {
                // Both fail; the message is never empty.
                assert!(!a.to_string().is_empty());
                assert!(!b.to_string().is_empty());
            }
            _ => panic!("slice and reader disagree: {from_slice:?} vs {from_reader:?}"),
        }
    }
});
