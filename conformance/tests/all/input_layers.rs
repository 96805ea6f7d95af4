//! One validation story (#14): what the assessment input accepts, every output can
//! write. The same generated input goes to the assessment, the report (HTML and
//! Markdown) and the FHIR bundle; either all of them succeed, or the input is
//! rejected when it is read, with an error naming the field.
//!
//! The generators favour the edges: years 0000, 0001, 9999 (and cramps that would
//! end in year 10000), UTC offsets of ±14:00, ±14:01 and ±23:59, and medication
//! names full of line breaks, Markdown markers and invisible characters.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta, TimeZone};
use legcramps::Report;
use legcramps::assess::AssessmentInput;
use legcramps::fhir::{self, Identities, Slot};
use proptest::prelude::*;
use serde_json::json;

/// Offsets in minutes: ordinary ones, FHIR's limits (±14:00) and past them.
const OFFSETS: &[i32] = &[0, 60, -300, 330, 345, 840, -840];
const BAD_OFFSETS: &[i32] = &[841, -841, 1439, -1439];

fn offset() -> impl Strategy<Value = i32> {
    prop_oneof![8 => prop::sample::select(OFFSETS), 1 => prop::sample::select(BAD_OFFSETS)]
}

fn instant() -> impl Strategy<Value = Option<DateTime<FixedOffset>>> {
    (
        prop_oneof![1 => Just(0), 3 => 1i32..=2, 3 => 2020i32..=2030, 3 => 9998i32..=9999],
        prop_oneof![Just(1u32), 1u32..=3, Just(365u32), 1u32..=365],
        0u32..86_400,
        offset(),
    )
        .prop_map(|(year, ordinal, secs, offset)| {
            let naive = NaiveDate::from_yo_opt(year, ordinal)?.and_hms_opt(
                secs / 3600,
                secs / 60 % 60,
                secs % 60,
            )?;
            FixedOffset::east_opt(offset * 60)?
                .from_local_datetime(&naive)
                .single()
        })
}

/// What the crate promises to write: a local year 0001–9999 and an offset within
/// ±14:00 (the generators make only whole minutes).
fn writable(t: DateTime<FixedOffset>) -> bool {
    (1..=9999).contains(&t.year()) && t.offset().local_minus_utc().abs() <= 14 * 3600
}

/// A medication name: hostile text around a visible letter.
fn name() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(
        &[
            "\n", "\r\n", "\u{2028}", "\u{85}", "\t", "    ", "- ", "1. ", "1) ", "# ", "> ",
            "===", "|", "`", "<", "&", "~~", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}",
            "\u{A0}", "\u{3000}", "\u{7}", "a",
        ][..],
    );
    (
        prop::collection::vec(piece.clone(), 0..6),
        prop::collection::vec(piece, 0..6),
    )
        .prop_map(|(a, b)| format!("{}Q{}", a.concat(), b.concat()))
}

/// An episode: minutes before `as_of`, duration in seconds, offset in minutes.
type Episode = (i64, i64, i32);

fn episodes() -> impl Strategy<Value = Vec<Episode>> {
    prop::collection::vec(
        (
            prop_oneof![0i64..=240, 0i64..=40 * 24 * 60],
            prop_oneof![Just(14_400i64), 1i64..=14_400],
            offset(),
        ),
        0..4,
    )
}

proptest! {
    #![proptest_config(crate::support::strategies::config(96))]

    #[test]
    fn every_layer_accepts_what_the_input_accepts(
        as_of in instant(),
        episodes in episodes(),
        names in prop::collection::vec(name(), 0..3),
    ) {
        let Some(as_of) = as_of else { return Ok(()) }; // no such local time
        let mut expect_ok = writable(as_of);
        let mut docs = Vec::new();
        for &(minutes_before, secs, offset) in &episodes {
            let zone = FixedOffset::east_opt(offset * 60).unwrap();
            let start = (as_of - TimeDelta::minutes(minutes_before)).with_timezone(&zone);
            let end = start + TimeDelta::seconds(secs);
            expect_ok &= writable(start) && writable(end);
            docs.push(json!({
                "start": start.to_rfc3339(), "duration_seconds": secs, "muscle": "calf",
                "side": "left", "pain": 5, "woke": true, "in_bed_at_night": true,
            }));
        }
        let doc = json!({
            "as_of": as_of.to_rfc3339(),
            "profile": {"other_medications": names},
            "diary": {"episodes": docs},
        })
        .to_string();

        let input = match AssessmentInput::from_json_str(&doc) {
            Ok(input) => input,
            Err(e) => {
                // Rejected when read: only for an instant the outputs cannot write,
                // and the error says which field.
                prop_assert!(!expect_ok, "rejected a writable input: {}\n{}", e, doc);
                prop_assert!(
                    e.path() == "as_of" || e.path().starts_with("diary.episodes"),
                    "{}", e
                );
                return Ok(());
            }
        };
        prop_assert!(expect_ok, "accepted an instant no output can write: {}", doc);

        let assessed = input.assessed().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let report = Report::new(&assessed)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(report.to_html().ends_with("</html>\n"));
        prop_assert!(!report.to_markdown().is_empty());
        let mut who = Identities::server("https://fhir.example.org/r4", "Patient/p1", |slot: Slot| {
            format!("a-{}", slot.label())
        })
        .unwrap();
        let bundle = fhir::bundle(&assessed, &mut who)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{doc}")))?;
        prop_assert!(!bundle.is_empty());
    }
}

/// Medication names with no visible character (empty, spaces, a no-break space,
/// U+3000, a zero-width space) are rejected when the input is read, with a typed
/// error naming the entry (#10), so no later layer has to refuse them.
#[test]
fn names_without_a_visible_character_are_rejected_when_read() {
    for name in ["", " ", "\u{A0}", "\u{3000}", "\u{200B}", "\t\n"] {
        let doc = json!({
            "as_of": "2025-03-06T08:00:00+01:00",
            "profile": {"other_medications": ["Atorvastatin", name]},
        })
        .to_string();
        let err = AssessmentInput::from_json_str(&doc).expect_err(name);
        assert!(
            err.path().starts_with("profile.other_medications[1]"),
            "{name:?}: {err}"
        );
    }
}
