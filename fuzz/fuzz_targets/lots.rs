//! Lot and NDC extraction on arbitrary text: never panics; every lot and range end is
//! a valid, already-normalised lot; every NDC found re-parses.
#![no_main]

use legcramps::recall::{extract_lots, extract_ndcs};
use legcramps::recall::{LotNumber, Ndc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found = extract_lots(&text);
    for lot in &found.lots {
        let again: LotNumber = lot.as_str().parse().expect("an extracted lot re-parses");
        assert_eq!(&again, lot);
    }
    for (first, last) in &found.ranges {
        for end in [first, last] {
            let again: LotNumber = end.as_str().parse().expect("a range end re-parses");
            assert_eq!(&again, end);
        }
    }
    if found.all_lots_window.is_some() {
        assert!(found.all_lots, "a window only comes with an all-lots scope");
    }
    let mut seen = Vec::new();
    for mention in extract_ndcs(&text) {
        for p in mention.packages() {
            let again: Ndc = p.to_string().parse().expect("an extracted NDC re-parses");
            assert_eq!(&again, p);
            assert!(mention.matches(p));
        }
        assert!(!seen.contains(&mention), "each mention once");
        seen.push(mention);
    }
});
