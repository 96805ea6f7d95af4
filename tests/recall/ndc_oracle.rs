//! NDC extraction checked against openFDA's own harmonisation on the 500 real records in
//! `LEGCRAMPS_SHARED/openfda/medichain-ai_data_recalls.json`.
//!
//! openFDA pulls NDC strings out of `product_description` + `code_info` +
//! `more_code_info`, matches them against SPL labels and then fills
//! `openfda.package_ndc` (recalls.md §2.3). That list therefore holds three kinds of
//! value, and only the first is something an extractor can be asked to find:
//!
//! 1. an NDC written in the record's text as a token of its own: **required**;
//! 2. a package of the matched SPL that the text never writes (openFDA copies every
//!    package of a matched product): left out, as it is not in the text;
//! 3. a hyphen-less 10- or 11-digit run cut out of a longer digit string, such as
//!    `3681802950` from the UPC `368180295068` in D-0097-2018 (recalls.md §2.3, README):
//!    left out, as it is not well-formed NDC text.
//!
//! Every required value must be among the NDCs [`extract_ndcs`] finds (compared by
//! canonical key). The test also reports how many NDCs we find that openFDA did not list.

use crate::support;
use std::collections::BTreeSet;

use legcramps::recall::Ndc;
use legcramps::recall::{NdcMention, extract_ndcs};
use serde_json::Value;

fn field<'a>(record: &'a Value, key: &str) -> &'a str {
    record.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Whether `needle` occurs in `hay` with no letter or digit right before or after it.
fn standalone(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
#[ignore = "needs LEGCRAMPS_SHARED"]
fn extractor_finds_every_ndc_openfda_found_in_the_text() {
    let test = "extractor_finds_every_ndc_openfda_found_in_the_text";
    let Some(path) = support::shared::shared_file(test, "openfda/medichain-ai_data_recalls.json")
    else {
        return;
    };
    let records: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(records.len(), 500);

    let (mut with_block, mut required, mut found) = (0, 0, 0);
    let (mut not_in_text, mut junk) = (0, 0);
    let mut extra_in_matched = 0;
    let (mut all_mentions, mut packages, mut products, mut ambiguous) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for record in &records {
        let number = field(record, "recall_number");
        let description = field(record, "product_description");
        let code = format!(
            "{}{}",
            field(record, "code_info"),
            field(record, "more_code_info")
        );
        let mut mentions = extract_ndcs(description);
        for m in extract_ndcs(&code) {
            if !mentions.contains(&m) {
                mentions.push(m);
            }
        }
        all_mentions += mentions.len();
        for m in &mentions {
            match m {
                NdcMention::Package(_) => packages += 1,
                NdcMention::Product(_) => products += 1,
                NdcMention::Ambiguous(_) => ambiguous += 1,
                _ => {}
            }
        }

        let listed: Vec<&str> = record
            .pointer("/openfda/package_ndc")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if listed.is_empty() {
            continue;
        }
        with_block += 1;
        let text = format!("{description} {code}");
        let mut listed_keys = BTreeSet::new();
        for value in &listed {
            let Ok(candidates) = Ndc::candidates(value) else {
                junk += 1;
                continue;
            };
            listed_keys.extend(candidates.iter().map(|n| n.canonical().to_owned()));
            if !standalone(&text, value) {
                if text.contains(value) {
                    junk += 1; // kind 3: cut out of a longer digit run
                } else {
                    not_in_text += 1; // kind 2: an SPL package the text never writes
                }
                continue;
            }
            required += 1;
            if candidates
                .iter()
                .any(|n| mentions.iter().any(|m| m.matches(n)))
            {
                found += 1;
            } else {
                misses.push(format!("{number}: {value}"));
            }
        }
        extra_in_matched += mentions
            .iter()
            .filter(|m| {
                m.packages().is_empty()
                    || m.packages()
                        .iter()
                        .all(|n| !listed_keys.contains(n.canonical()))
            })
            .count();
    }
    println!(
        "NDC oracle: {with_block} records with openfda.package_ndc; {required} values written \
         in the text, {found} found by extract_ndcs; left out: {not_in_text} SPL packages not \
         in the text, {junk} hyphen-less runs cut from longer numbers"
    );
    println!(
        "extra: {extra_in_matched} NDC mentions in those records that openFDA did not list; \
         over all 500 records extract_ndcs finds {all_mentions} distinct mentions \
         ({packages} package, {products} product-only, {ambiguous} ambiguous 10-digit)"
    );
    assert!(
        misses.is_empty(),
        "NDCs openFDA found that we missed: {misses:?}"
    );
    assert!(required > 0);
}
