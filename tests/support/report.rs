//! Helpers shared by the report integration tests: building inputs and reading the
//! chart marks back out of the HTML.
#![allow(dead_code)]

use chrono::{DateTime, FixedOffset};
use legcramps::assess::{Assessed, AssessmentInput};
use legcramps::{CrampEpisode, Diary, Profile};

pub fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A cramp starting at `start` (RFC 3339), 3 minutes in the calf.
pub fn cramp(start: &str, pain: u8, woke: bool, in_bed_at_night: bool) -> CrampEpisode {
    CrampEpisode::builder(at(start))
        .duration_secs(180)
        .muscle("calf")
        .side("left")
        .pain(pain)
        .woke(woke)
        .in_bed_at_night(in_bed_at_night)
        .build()
        .unwrap()
}

/// The profile and diary with their assessment at `as_of`.
pub fn assessed(profile: &Profile, diary: &Diary, as_of: &str) -> Assessed {
    AssessmentInput::new(at(as_of), profile.clone(), diary.clone())
        .unwrap()
        .assessed()
        .unwrap()
}

/// The opening tags of every `<g class="{class}" ...>` in `html`, in order.
pub fn groups<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    let key = format!("<g class=\"{class}\"");
    html.match_indices(&key)
        .map(|(i, _)| {
            let rest = &html[i..];
            &rest[..rest.find('>').unwrap() + 1]
        })
        .collect()
}

/// The value of attribute `name` in an opening tag.
pub fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + key.len();
    let len = tag[start..].find('"').unwrap();
    &tag[start..start + len]
}

pub fn attr_u32(tag: &str, name: &str) -> u32 {
    attr(tag, name).parse().unwrap()
}

/// The text of every `<text ... class="{class}" ...>...</text>` element.
pub fn texts<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    let key = format!("class=\"{class}\"");
    html.match_indices(&key)
        .map(|(i, _)| {
            let rest = &html[i..];
            let open = rest.find('>').unwrap() + 1;
            let close = rest.find("</text>").unwrap();
            &rest[open..close]
        })
        .collect()
}

/// The body of the `<svg ... id="{id}"` element.
pub fn svg<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<svg class=\"chart\" id=\"{id}\""))
        .unwrap();
    let end = start + html[start..].find("</svg>").unwrap() + "</svg>".len();
    &html[start..end]
}

/// A registry holding one recall, of NDC 0781-1151-01 lot AB1234, whose product text
/// is `product` followed by the NDC and whose reason is `reason` (caller text that
/// reaches a report).
pub fn recall_registry(product: &str, reason: &str) -> legcramps::recall::RecallRegistry {
    let record: legcramps::recall::EnforcementRecord = serde_json::from_value(serde_json::json!({
        "recall_number": "D-0001-2025",
        "classification": "Class II",
        "recalling_firm": "Example Inc",
        "product_description": format!("{product}, NDC 0781-1151-01"),
        "reason_for_recall": reason,
        "report_date": "20250101",
        "code_info": "Lot # AB1234",
    }))
    .unwrap();
    let mut registry = legcramps::recall::RecallRegistry::new();
    registry
        .add(legcramps::recall::Recall::from_enforcement(&record))
        .unwrap();
    registry
}

/// `report`, also listing the recalls in `registry` of NDC 0781-1151-01 lot AB1234.
pub fn with_recall<'a>(
    report: legcramps::Report<'a>,
    registry: &legcramps::recall::RecallRegistry,
) -> legcramps::Report<'a> {
    report.with_recall_lookup(
        registry,
        &"0781-1151-01".parse().unwrap(),
        &"AB1234".parse().unwrap(),
    )
}
