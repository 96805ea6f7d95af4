//! NDC, product NDC and lot number parsing: never panics; `parse -> to_string -> parse`
//! gives back an equal value with the same canonical key.
#![no_main]

use legcramps::recall::ProductNdc;
use legcramps::recall::{LotNumber, Ndc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(ndc) = text.parse::<Ndc>() {
        let shown = ndc.to_string();
        let again: Ndc = shown.parse().expect("a displayed NDC parses");
        assert_eq!(again, ndc);
        assert_eq!(again.canonical(), ndc.canonical());
        assert_eq!(again.layout(), ndc.layout());
        assert_eq!(again.to_string(), shown);
        // The other written forms parse to the same code.
        assert_eq!(
            ndc.to_hipaa().parse::<Ndc>().expect("HIPAA form parses"),
            ndc
        );
        assert_eq!(
            ndc.to_twelve_digit()
                .parse::<Ndc>()
                .expect("6-4-2 form parses"),
            ndc
        );
        assert!(ndc.product().contains(&ndc));
    }
    if let Ok(candidates) = Ndc::candidates(text) {
        for c in candidates {
            let again: Ndc = c.to_string().parse().expect("a candidate parses");
            assert_eq!(again, c);
        }
    }
    if let Ok(product) = text.parse::<ProductNdc>() {
        let again: ProductNdc = product.to_string().parse().expect("a product NDC parses");
        assert_eq!(again, product);
        assert_eq!(again.canonical(), product.canonical());
    }
    if let Ok(lot) = text.parse::<LotNumber>() {
        let again: LotNumber = lot.to_string().parse().expect("a lot re-parses");
        assert_eq!(again, lot, "lot normalisation is idempotent");
    }
});
