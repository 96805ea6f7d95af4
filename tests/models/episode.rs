//! Cramp episodes through the public API: building, validation messages, JSON.
//!
//! Where an expected JSON error carries a position: serde_json reports the column of
//! the last character it has read. A rejected string is reported at its closing
//! quote. A rejected number is reported at its last digit — or, when it is the last
//! value in its object, at the `}` after it, which serde_json reads before the error
//! surfaces.

use chrono::{DateTime, FixedOffset};
use legcramps::{CrampDuration, CrampEpisode, Muscle, PainScore, RemedyId, Side};

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn calf(start: &str) -> legcramps::CrampEpisodeBuilder {
    CrampEpisode::builder(at(start))
        .duration_secs(300)
        .muscle(Muscle::Calf)
        .side(Side::Left)
        .pain(6)
}

fn json_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).unwrap_err().to_string()
}

#[test]
fn builder_sets_every_field() {
    let e = CrampEpisode::builder(at("2025-03-02T03:10:00+01:00"))
        .duration_minutes(4.5)
        .muscle("back_of_thigh")
        .side("both")
        .pain(PainScore::try_from(8u8).unwrap())
        .woke(true)
        .relieved_by(RemedyId::Massage)
        .relieved_by_all([RemedyId::StretchMuscle, RemedyId::Massage])
        .in_bed_at_night(true)
        .build()
        .unwrap();
    assert_eq!(e.start(), at("2025-03-02T03:10:00+01:00"));
    // 4.5 min = 270 s, so the cramp ends at 03:14:30 in the same offset.
    assert_eq!(e.end().to_rfc3339(), "2025-03-02T03:14:30+01:00");
    assert_eq!(e.duration().as_secs(), 270);
    assert_eq!(e.muscle(), Muscle::BackOfThigh);
    assert_eq!(e.side(), Side::Both);
    assert_eq!(e.pain().get(), 8);
    assert!(e.woke());
    assert!(e.in_bed_at_night());
    // A set: sorted in RemedyId order (StretchMuscle before Massage), each once.
    assert_eq!(
        e.relieved_by(),
        &[RemedyId::StretchMuscle, RemedyId::Massage]
    );
}

#[test]
fn flags_default_to_false_and_daytime_cramps_exist() {
    let e = calf("2025-03-02T14:00:00+01:00").build().unwrap();
    assert!(!e.woke());
    assert!(!e.in_bed_at_night());
    assert!(e.relieved_by().is_empty());
}

#[test]
fn bad_pain_messages() {
    let err = calf("2025-03-02T03:10:00+01:00")
        .pain(11)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid pain score 11: must be a whole number from 0 to 10"
    );
    assert_eq!((err.field(), err.value()), ("pain", "11"));
    let err = calf("2025-03-02T03:10:00+01:00")
        .pain(-1)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid pain score -1: must be a whole number from 0 to 10"
    );
    assert_eq!(err.value(), "-1");
    assert!(PainScore::try_from(11u8).is_err());
    assert!(PainScore::try_from(-1i32).is_err());
    assert_eq!(PainScore::try_from(0i64).unwrap(), PainScore::MIN);
    assert_eq!(PainScore::try_from(10i64).unwrap(), PainScore::MAX);
}

#[test]
fn bad_duration_messages() {
    let msg = |r: Result<CrampDuration, legcramps::ValidationError>| r.unwrap_err().to_string();
    let tail = "must be from 1 s to 14400 s (4 hours)";
    assert_eq!(
        msg(CrampDuration::from_secs(0)),
        format!("invalid cramp duration 0 s: {tail}")
    );
    assert_eq!(
        msg(CrampDuration::from_secs(-60)),
        format!("invalid cramp duration -60 s: {tail}")
    );
    // 4 h = 14400 s is the last accepted value.
    assert_eq!(
        msg(CrampDuration::from_secs(14_401)),
        format!("invalid cramp duration 14401 s: {tail}")
    );
    assert_eq!(
        msg(CrampDuration::from_minutes(0.0)),
        format!("invalid cramp duration 0 min: {tail}")
    );
    assert_eq!(
        msg(CrampDuration::from_minutes(-1.5)),
        format!("invalid cramp duration -1.5 min: {tail}")
    );
    assert_eq!(
        msg(CrampDuration::from_minutes(241.0)),
        format!("invalid cramp duration 241 min: {tail}")
    );
    assert_eq!(
        msg(CrampDuration::from_minutes(f64::NAN)),
        format!("invalid cramp duration NaN min: {tail}")
    );
    assert_eq!(
        msg(CrampDuration::from_minutes(f64::INFINITY)),
        format!("invalid cramp duration inf min: {tail}")
    );
    let err = CrampDuration::from_minutes(-1.5).unwrap_err();
    assert_eq!((err.field(), err.value()), ("duration_minutes", "-1.5"));
    let err = CrampDuration::from_secs(0).unwrap_err();
    assert_eq!((err.field(), err.value()), ("duration_seconds", "0"));
    // Boundaries that are accepted.
    assert_eq!(CrampDuration::from_secs(1).unwrap(), CrampDuration::MIN);
    assert_eq!(
        CrampDuration::from_minutes(240.0).unwrap(),
        CrampDuration::MAX
    );
    // 0.5 s rounds to 1 s (round half away from zero); 0.4 s rounds to 0 s.
    assert_eq!(
        CrampDuration::from_minutes(0.5 / 60.0).unwrap().as_secs(),
        1
    );
    assert!(CrampDuration::from_minutes(0.4 / 60.0).is_err());
}

#[test]
fn bad_muscle_and_side_messages() {
    let err = calf("2025-03-02T03:10:00+01:00")
        .muscle("knee")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid muscle \"knee\": expected one of calf, foot, front_of_thigh, back_of_thigh, other"
    );
    assert_eq!((err.field(), err.value()), ("muscle", "knee"));
    // The text form is exact: no case folding.
    assert!("Calf".parse::<Muscle>().is_err());
    let err = calf("2025-03-02T03:10:00+01:00")
        .side("up")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid side \"up\": expected one of left, right, both"
    );
    assert_eq!((err.field(), err.value()), ("side", "up"));
}

#[test]
fn builder_reports_the_first_error_then_missing_fields() {
    let err = CrampEpisode::builder(at("2025-03-02T03:10:00+01:00"))
        .pain(12)
        .muscle("knee")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid pain score 12: must be a whole number from 0 to 10"
    );

    let start = at("2025-03-02T03:10:00+01:00");
    let err = CrampEpisode::builder(start).build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing cramp duration: a cramp episode needs one"
    );
    assert!(err.is_missing());
    assert_eq!((err.field(), err.value()), ("duration_seconds", ""));
    let err = CrampEpisode::builder(start)
        .duration_secs(5)
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), "missing muscle: a cramp episode needs one");
    let err = CrampEpisode::builder(start)
        .duration_secs(5)
        .muscle("foot")
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), "missing side: a cramp episode needs one");
    let err = CrampEpisode::builder(start)
        .duration_secs(5)
        .muscle("foot")
        .side("left")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing pain score: a cramp episode needs one"
    );
}

#[test]
fn a_cramp_that_would_end_past_the_calendar_is_rejected() {
    let last = DateTime::<FixedOffset>::MAX_UTC.fixed_offset();
    let err = CrampEpisode::builder(last)
        .duration_secs(1)
        .muscle("calf")
        .side("left")
        .pain(1)
        .build()
        .unwrap_err();
    assert_eq!(err.field(), "start");
    // chrono's last instant is far past FHIR's four-digit years.
    assert!(
        err.to_string()
            .ends_with(": the year must be from 0001 to 9999"),
        "{err}"
    );

    // A cramp starting in year 9999 that would end in year 10000 (#14): 23:00 plus
    // 4 hours is 03:00 on 10000-01-01.
    let late = DateTime::parse_from_rfc3339("9999-12-31T23:00:00+01:00").unwrap();
    let err = CrampEpisode::builder(late)
        .duration_secs(4 * 3600)
        .muscle("calf")
        .side("left")
        .pain(1)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid episode start 9999-12-31T23:00:00+01:00: the cramp would end after 9999-12-31T23:59:59 local time"
    );
    // 59 min 59 s is fine: it ends at 9999-12-31T23:59:59.
    assert!(
        CrampEpisode::builder(late)
            .duration_secs(3599)
            .muscle("calf")
            .side("left")
            .pain(1)
            .build()
            .is_ok()
    );
}

#[test]
fn starts_that_fhir_cannot_write_are_rejected() {
    // #14: year 0000 and offsets beyond ±14:00 are accepted by chrono, not by FHIR.
    for (start, problem) in [
        (
            "0000-06-01T03:00:00+00:00",
            "the year must be from 0001 to 9999",
        ),
        (
            "2025-03-02T03:00:00+23:59",
            "the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)",
        ),
        (
            "2025-03-02T03:00:00-14:01",
            "the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)",
        ),
    ] {
        let err = calf(start).build().unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid episode start {start}: {problem}")
        );
    }
    assert!(calf("2025-03-02T03:00:00+14:00").build().is_ok());
    assert!(calf("0001-01-01T00:00:00-14:00").build().is_ok());
}

#[test]
fn night_runs_from_noon_to_noon_in_local_time() {
    let night = |s: &str| calf(s).build().unwrap().night().to_string();
    // Noon opens the night of that date; 11:59:59 next day still belongs to it.
    assert_eq!(night("2025-03-02T12:00:00+01:00"), "2025-03-02");
    assert_eq!(night("2025-03-02T23:59:00+01:00"), "2025-03-02");
    assert_eq!(night("2025-03-03T00:30:00+01:00"), "2025-03-02");
    assert_eq!(night("2025-03-03T11:59:59+01:00"), "2025-03-02");
    assert_eq!(night("2025-03-03T12:00:00+01:00"), "2025-03-03");
    // The same instant read in another offset can fall in another night: 02:00 UTC is
    // 14:00 at +12:00, which opens the night of 3 March there.
    assert_eq!(night("2025-03-03T02:00:00+00:00"), "2025-03-02");
    assert_eq!(night("2025-03-03T14:00:00+12:00"), "2025-03-03");
}

#[test]
fn order_and_equality_use_every_field_including_the_offset() {
    // Same instant, different offsets: not equal, and ordered by the offset seconds.
    let utc = calf("2025-03-02T02:00:00+00:00").build().unwrap();
    let cet = calf("2025-03-02T03:00:00+01:00").build().unwrap();
    assert_eq!(utc.start(), cet.start()); // chrono compares instants only
    assert_ne!(utc, cet);
    assert!(utc < cet);
    // Same start, differing only in a later field.
    let mild = calf("2025-03-02T02:00:00+00:00").pain(2).build().unwrap();
    assert!(mild < utc);
    let earlier = calf("2025-03-02T01:59:59+00:00").pain(9).build().unwrap();
    assert!(earlier < mild);
}

#[test]
fn json_form_reads_and_writes() {
    let json = r#"{"start":"2025-03-02T03:10:00+01:00","duration_seconds":240,"muscle":"calf","side":"left","pain":7,"woke":true,"relieved_by":["stretch_muscle"],"in_bed_at_night":true}"#;
    let e: CrampEpisode = serde_json::from_str(json).unwrap();
    assert_eq!(e.duration().as_secs(), 240);
    assert_eq!(e.relieved_by(), &[RemedyId::StretchMuscle]);
    assert_eq!(serde_json::to_string(&e).unwrap(), json);

    // Optional fields default to none / false.
    let short = r#"{"start":"2025-03-02T14:00:00+01:00","duration_seconds":60,"muscle":"foot","side":"right","pain":2}"#;
    let e: CrampEpisode = serde_json::from_str(short).unwrap();
    assert!(!e.woke() && !e.in_bed_at_night() && e.relieved_by().is_empty());
}

#[test]
fn json_errors_name_field_value_and_place() {
    let base = |field: &str, value: &str| {
        let mut fields = vec![
            ("start", r#""2025-03-02T03:10:00+01:00""#.to_string()),
            ("duration_seconds", "240".into()),
            ("muscle", r#""calf""#.into()),
            ("side", r#""left""#.into()),
            ("pain", "7".into()),
        ];
        for f in &mut fields {
            if f.0 == field {
                f.1 = value.to_string();
            }
        }
        let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        format!("{{{}}}", body.join(","))
    };
    // {"start":"2025-03-02T03:10:00+01:00","duration_seconds":240,"muscle":"calf","side":"left","pain":11}
    // `{` is column 1, `"start"` 2-8, `:` 9, the 27-character date string 10-36, `,` 37,
    // `"duration_seconds"` 38-55, `:` 56, so that value starts at column 57. Likewise
    // "muscle"'s value starts at 70, "side"'s at 84 and "pain"'s at 98 (with the
    // default values before them). The `11` is 98-99 and the last value, so the `}` at 100 is read too.
    assert_eq!(
        json_err::<CrampEpisode>(&base("pain", "11")),
        "invalid pain score 11: must be a whole number from 0 to 10 at line 1 column 100"
    );
    // `-1` is 98-99 as well.
    assert_eq!(
        json_err::<CrampEpisode>(&base("pain", "-1")),
        "invalid pain score -1: must be a whole number from 0 to 10 at line 1 column 100"
    );
    // `0` is column 57 (not the last field, so the comma after it is not read).
    assert_eq!(
        json_err::<CrampEpisode>(&base("duration_seconds", "0")),
        "invalid cramp duration 0 s: must be from 1 s to 14400 s (4 hours) at line 1 column 57"
    );
    // `-30` is columns 57-59.
    assert_eq!(
        json_err::<CrampEpisode>(&base("duration_seconds", "-30")),
        "invalid cramp duration -30 s: must be from 1 s to 14400 s (4 hours) at line 1 column 59"
    );
    // `86400` (a day) is columns 57-61.
    assert_eq!(
        json_err::<CrampEpisode>(&base("duration_seconds", "86400")),
        "invalid cramp duration 86400 s: must be from 1 s to 14400 s (4 hours) at line 1 column 61"
    );
    // "knee" with its quotes is columns 70-75; the closing quote is the last read.
    assert_eq!(
        json_err::<CrampEpisode>(&base("muscle", r#""knee""#)),
        "invalid muscle \"knee\": expected one of calf, foot, front_of_thigh, back_of_thigh, other at line 1 column 75"
    );
    // "up" with its quotes is columns 84-87.
    assert_eq!(
        json_err::<CrampEpisode>(&base("side", r#""up""#)),
        "invalid side \"up\": expected one of left, right, both at line 1 column 87"
    );
}

#[test]
fn json_rejects_unknown_and_missing_fields() {
    let typo = r#"{"start":"2025-03-02T03:10:00+01:00","duration_seconds":240,"muscle":"calf","side":"left","pain":7,"wokee":true}"#;
    assert!(json_err::<CrampEpisode>(typo).starts_with("unknown field `wokee`"));
    let missing = r#"{"start":"2025-03-02T03:10:00+01:00","muscle":"calf","side":"left","pain":7}"#;
    assert!(json_err::<CrampEpisode>(missing).starts_with("missing field `duration_seconds`"));
    let fraction = r#"{"start":"2025-03-02T03:10:00+01:00","duration_seconds":1.5,"muscle":"calf","side":"left","pain":7}"#;
    assert!(json_err::<CrampEpisode>(fraction).starts_with("invalid type: floating point"));
}

#[test]
fn text_forms_round_trip() {
    for m in [
        Muscle::Calf,
        Muscle::Foot,
        Muscle::FrontOfThigh,
        Muscle::BackOfThigh,
        Muscle::Other,
    ] {
        assert_eq!(m.to_string().parse::<Muscle>().unwrap(), m);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            format!("\"{}\"", m.as_str())
        );
    }
    for s in [Side::Left, Side::Right, Side::Both] {
        assert_eq!(Side::try_from(s.as_str()).unwrap(), s);
    }
}

#[test]
fn an_as_of_that_fhir_cannot_write_is_rejected() {
    // The same bounds as an episode start (#14), for the assessment's `as_of`.
    let as_of = at("2025-03-02T08:00:00+23:59");
    let err = legcramps::assess::assess(
        &legcramps::Profile::default(),
        &legcramps::Diary::new(),
        as_of,
    )
    .unwrap_err();
    assert_eq!(err.field(), "as_of");
    assert_eq!(
        err.to_string(),
        "invalid as_of 2025-03-02T08:00:00+23:59: the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)"
    );
    let err =
        legcramps::assess::AssessmentInput::from_json_str(r#"{"as_of": "0000-03-02T08:00:00Z"}"#)
            .unwrap_err();
    assert_eq!(err.path(), "as_of");
    assert!(
        err.to_string()
            .ends_with("the year must be from 0001 to 9999"),
        "{err}"
    );
}
