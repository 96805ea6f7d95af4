//! Every public entry point that takes an instant accepts a `DateTime<Utc>` (through
//! `impl Into<DateTime<FixedOffset>>`), and the answer equals the one for the same
//! instant written with a `+00:00` offset: chrono's `From<DateTime<Utc>>` keeps the
//! instant and gives offset zero, so nights and ages are counted in UTC.
//!
//! The instants are fixed (`Utc.with_ymd_and_hms`, which needs no `clock` feature):
//! the crate reads no clock, and neither do its tests.

use legcramps::assess::{AssessmentInput, assess};
use legcramps::chrono::{DateTime, FixedOffset, TimeZone, Utc};
use legcramps::{CrampEpisode, Diary, Muscle, Side};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().unwrap()
}

fn fixed(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A person born on 1957-03-02 (68 from 2025-03-02 on) with one night cramp.
fn person() -> (legcramps::Profile, Diary) {
    let input = AssessmentInput::from_json_str(
        r#"{
          "as_of": "2025-03-01T07:00:00+00:00",
          "profile": {"age": {"birth_date": "1957-03-02"}, "medications": ["hydrochlorothiazide"]},
          "diary": {"episodes": [{"start": "2025-02-27T02:10:00+00:00", "duration_seconds": 240,
            "muscle": "calf", "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true}]}
        }"#,
    )
    .unwrap();
    let (_, profile, diary) = input.into_parts();
    (profile, diary)
}

#[test]
fn episode_builder_takes_utc() {
    let from_utc = CrampEpisode::builder(utc(2025, 2, 27, 2, 10))
        .duration_secs(240)
        .muscle(Muscle::Calf)
        .side(Side::Left)
        .pain(7)
        .build()
        .unwrap();
    let from_fixed = CrampEpisode::builder(fixed("2025-02-27T02:10:00+00:00"))
        .duration_secs(240)
        .muscle(Muscle::Calf)
        .side(Side::Left)
        .pain(7)
        .build()
        .unwrap();
    assert_eq!(from_utc, from_fixed);
    // The instant is kept and written with offset zero.
    assert_eq!(from_utc.start().to_rfc3339(), "2025-02-27T02:10:00+00:00");
}

#[test]
fn assess_takes_utc() {
    let (profile, diary) = person();
    let a = assess(&profile, &diary, utc(2025, 3, 1, 7, 0)).unwrap();
    let b = assess(&profile, &diary, fixed("2025-03-01T07:00:00+00:00")).unwrap();
    assert_eq!(
        serde_json::to_value(&a).unwrap(),
        serde_json::to_value(&b).unwrap()
    );
    let model = legcramps::assess::ScoreModel::default();
    let c = legcramps::assess::AssessmentInput::new(utc(2025, 3, 1, 7, 0), profile, diary)
        .unwrap()
        .assess_with(&model)
        .unwrap();
    assert_eq!(
        serde_json::to_value(&c).unwrap(),
        serde_json::to_value(&b).unwrap()
    );
}

#[test]
fn assessment_input_takes_utc() {
    let (profile, diary) = person();
    let a = AssessmentInput::new(utc(2025, 3, 1, 7, 0), profile.clone(), diary.clone()).unwrap();
    let b = AssessmentInput::new(fixed("2025-03-01T07:00:00+00:00"), profile, diary).unwrap();
    assert_eq!(a.as_of(), b.as_of());
    assert_eq!(a.as_of().to_rfc3339(), "2025-03-01T07:00:00+00:00");
}

#[test]
fn age_at_takes_utc() {
    let (profile, _) = person();
    // Born 1957-03-02: 67 on 2025-03-01 (the birthday is the next day), 68 on 2025-03-02.
    let before = profile.age_at(utc(2025, 3, 1, 23, 59)).unwrap();
    let on = profile.age_at(utc(2025, 3, 2, 0, 0)).unwrap();
    assert_eq!(before.map(|a| a.get()), Some(67));
    assert_eq!(on.map(|a| a.get()), Some(68));
    assert_eq!(
        before,
        profile.age_at(fixed("2025-03-01T23:59:00+00:00")).unwrap()
    );
}

#[test]
fn diary_windows_take_utc() {
    let (_, diary) = person();
    let a = diary.stats(utc(2025, 3, 1, 7, 0)).unwrap();
    let b = diary.stats(fixed("2025-03-01T07:00:00+00:00")).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.episodes, 1);
    let c = diary.stats_over(utc(2025, 3, 1, 7, 0), 7).unwrap();
    let d = diary
        .stats_over(fixed("2025-03-01T07:00:00+00:00"), 7)
        .unwrap();
    assert_eq!(c, d);
}
