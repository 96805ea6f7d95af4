//! The openFDA loader on arbitrary bytes, lenient and strict, streamed and through the
//! registry from a slice and from a reader: never panics; `read == kept + skipped`; all
//! three agree.
#![no_main]

use legcramps::recall::{LoadOptions, RecallRegistry, read_enforcement};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for options in [LoadOptions::lenient(), LoadOptions::strict().without_raw()] {
        let mut kept = Vec::new();
        let streamed = read_enforcement(data, options, |r| kept.push(r));
        let (mut via_slice, mut via_reader) = (RecallRegistry::new(), RecallRegistry::new());
        let from_slice = via_slice.add_openfda_slice(data, options);
        let from_reader = via_reader.add_openfda(data, options);
        match (&streamed, &from_slice, &from_reader) {
            (Ok(report), Ok(a), Ok(b)) => {
                let s = report.summary;
                assert_eq!(s.read, s.kept + s.skipped);
                assert_eq!(s.kept, kept.len());
                assert_eq!(s.skipped, report.skipped.len());
                if options.strict {
                    assert_eq!(s.skipped, 0);
                }
                assert_eq!(report, a);
                assert_eq!(report, b);
                assert_eq!(via_slice.recalls(), via_reader.recalls());
                assert_eq!(via_slice.len(), kept.len());
                for r in &kept {
                    serde_json::to_string(r).expect("a record serializes");
                }
            }
            (Err(a), Err(b), Err(c)) => {
                // All fail; the message is never empty.
                assert!(!a.to_string().is_empty());
                assert!(!b.to_string().is_empty());
                assert!(!c.to_string().is_empty());
            }
            _ => panic!("the readers disagree: {streamed:?} vs {from_slice:?} vs {from_reader:?}"),
        }
    }
});
