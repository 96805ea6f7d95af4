//! The person's profile through the public API: ranges, messages, JSON defaults.
//!
//! JSON error positions: serde_json reports the column of the last character it has
//! read. A rejected string is reported at its closing quote. A rejected number is
//! reported at its last digit — or, when it is the last value in its object, at the
//! `}` after it, which serde_json reads before the error surfaces.

use chrono::{DateTime, FixedOffset, NaiveDate};
use legcramps::{
    Activity, Age, AgeInfo, Answer, ConditionId, Exposures, FluidIntake, Footwear, HoursPerDay,
    LegSwelling, MedicationId, Pregnancy, Profile, Sex, Symptoms, Trimester,
};

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn json_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).unwrap_err().to_string()
}

#[test]
fn unknown_is_not_no() {
    assert_ne!(Answer::Unknown, Answer::No);
    assert!(Answer::No.is_no() && !Answer::No.is_unknown() && !Answer::No.is_yes());
    assert!(Answer::Unknown.is_unknown() && !Answer::Unknown.is_no());
    assert!(Answer::Yes.is_yes());
    let p = Profile::default();
    assert_eq!(p.symptoms.numbness, Answer::Unknown);
    assert_eq!(p.stretches_regularly, Answer::Unknown);
    assert_eq!(p.exposures, Exposures::default());
    assert_eq!(p.exposures.lead_or_mercury, Answer::Unknown);
    assert_eq!(p.symptoms.leg_swelling, LegSwelling::Unknown);
    assert_eq!(p.age, AgeInfo::Unknown);
    assert_eq!((p.sex, p.pregnancy), (Sex::Unknown, Pregnancy::Unknown));
    assert_eq!(
        (p.fluid_intake, p.footwear),
        (FluidIntake::Unknown, Footwear::Unknown)
    );
    assert!(p.medications.is_empty() && p.other_medications.is_empty());
    assert!(!p.asks_about_quinine);
    // JSON keeps the difference.
    let s: Symptoms = serde_json::from_str(r#"{"numbness":"no"}"#).unwrap();
    assert_eq!((s.numbness, s.weakness), (Answer::No, Answer::Unknown));
}

#[test]
fn age_range_and_messages() {
    assert_eq!(Age::try_from(0u8).unwrap().get(), 0);
    assert_eq!(Age::try_from(130i64).unwrap().get(), 130);
    let err = Age::try_from(131u8).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid age 131: must be a whole number of years from 0 to 130"
    );
    assert_eq!((err.field(), err.value()), ("age", "131"));
    let err = Age::try_from(-1i32).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid age -1: must be a whole number of years from 0 to 130"
    );
    // {"age":{"years":-1}}: `-1` is columns 17-18, then the inner `}` (19) is read.
    assert_eq!(
        json_err::<Profile>(r#"{"age":{"years":-1}}"#),
        "invalid age -1: must be a whole number of years from 0 to 130 at line 1 column 19"
    );
    assert_eq!(
        json_err::<Profile>(r#"{"age":{"years":200}}"#),
        "invalid age 200: must be a whole number of years from 0 to 130 at line 1 column 20"
    );
}

#[test]
fn trimester_range_and_messages() {
    for t in 1u8..=3 {
        assert_eq!(Trimester::try_from(t).unwrap().get(), t);
    }
    assert_eq!(
        Trimester::try_from(0u8).unwrap_err().to_string(),
        "invalid trimester 0: must be 1, 2 or 3"
    );
    let err = Trimester::try_from(4i64).unwrap_err();
    assert_eq!(err.to_string(), "invalid trimester 4: must be 1, 2 or 3");
    assert_eq!((err.field(), err.value()), ("trimester", "4"));
    // {"pregnancy":{"pregnant":{"trimester":0}}}: the `0` is column 39, its `}` 40.
    assert_eq!(
        json_err::<Profile>(r#"{"pregnancy":{"pregnant":{"trimester":0}}}"#),
        "invalid trimester 0: must be 1, 2 or 3 at line 1 column 40"
    );
    // The trimester may be left out or null.
    let p: Pregnancy = serde_json::from_str(r#"{"pregnant":{}}"#).unwrap();
    assert_eq!(p, Pregnancy::Pregnant { trimester: None });
    let p: Pregnancy = serde_json::from_str(r#"{"pregnant":{"trimester":null}}"#).unwrap();
    assert_eq!(p, Pregnancy::Pregnant { trimester: None });
    assert!(
        json_err::<Pregnancy>(r#"{"pregnant":{"trimster":2}}"#)
            .starts_with("unknown field `trimster`")
    );
    assert_eq!(
        serde_json::to_string(&Pregnancy::NotPregnant).unwrap(),
        r#""not_pregnant""#
    );
}

#[test]
fn birth_date_resolves_against_as_of() {
    let as_of = at("2025-06-01T23:30:00+02:00");
    let with = |d: &str| Profile::builder().age(AgeInfo::BirthDate(date(d))).build();
    // Born 1958-06-01: the 67th birthday is on the as-of date itself.
    assert_eq!(with("1958-06-01").age_at(as_of).unwrap().unwrap().get(), 67);
    assert_eq!(with("1958-06-02").age_at(as_of).unwrap().unwrap().get(), 66);
    // Born on the as-of date: age 0.
    assert_eq!(with("2025-06-01").age_at(as_of).unwrap().unwrap().get(), 0);
    // The as-of date is local: 23:30 at +02:00 is 21:30 UTC, still 1 June.
    let err = with("2025-06-02").age_at(as_of).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid birth date 2025-06-02: is after the as-of date 2025-06-01"
    );
    assert_eq!((err.field(), err.value()), ("birth_date", "2025-06-02"));
    // Same instant read at +03:00 is already 2 June there, so the same birth date is fine.
    let east = at("2025-06-02T00:30:00+03:00");
    assert_eq!(with("2025-06-02").age_at(east).unwrap().unwrap().get(), 0);
    // 131 years before.
    assert_eq!(
        with("1894-06-01").age_at(as_of).unwrap_err().to_string(),
        "invalid age 131: must be a whole number of years from 0 to 130"
    );
    // Stated years and unknown.
    let p = Profile::builder()
        .age(AgeInfo::Years(Age::try_from(80u8).unwrap()))
        .build();
    assert_eq!(p.age_at(as_of).unwrap().unwrap().get(), 80);
    assert_eq!(Profile::default().age_at(as_of).unwrap(), None);
}

#[test]
fn hours_per_day_range() {
    assert_eq!(HoursPerDay::new(0.0).unwrap().get(), 0.0);
    assert_eq!(HoursPerDay::new(24.0).unwrap().get(), 24.0);
    assert_eq!(
        HoursPerDay::new(-0.0).unwrap(),
        HoursPerDay::new(0.0).unwrap()
    );
    assert!(HoursPerDay::new(-0.0).unwrap().get().is_sign_positive());
    let err = HoursPerDay::new(24.5).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid hours per day 24.5: must be a finite number from 0 to 24"
    );
    assert_eq!(err.field(), "hours_per_day");
    assert_eq!(
        HoursPerDay::new(-1.0).unwrap_err().to_string(),
        "invalid hours per day -1: must be a finite number from 0 to 24"
    );
    assert_eq!(
        HoursPerDay::new(f32::NAN).unwrap_err().to_string(),
        "invalid hours per day NaN: must be a finite number from 0 to 24"
    );
    // {"activity":{"sitting_hours":25}}: `25` is columns 30-31, its `}` 32.
    assert_eq!(
        json_err::<Profile>(r#"{"activity":{"sitting_hours":25}}"#),
        "invalid hours per day 25: must be a finite number from 0 to 24 at line 1 column 32"
    );
}

#[test]
fn json_defaults_and_typos() {
    let p: Profile = serde_json::from_str("{}").unwrap();
    assert_eq!(p, Profile::default());
    // A misspelt field is an error, not a silently ignored answer.
    assert!(
        json_err::<Profile>(r#"{"stretches_regulary":"yes"}"#)
            .starts_with("unknown field `stretches_regulary`")
    );
    assert!(
        json_err::<Profile>(r#"{"symptoms":{"numbnes":"no"}}"#)
            .starts_with("unknown field `numbnes`")
    );
    assert!(json_err::<Activity>(r#"{"sitting":3}"#).starts_with("unknown field `sitting`"));
    // Text enums name the field and the value; "maybe" closes at column 30, "f" at 10,
    // "left" at 22.
    assert_eq!(
        json_err::<Profile>(r#"{"stretches_regularly":"maybe"}"#),
        "invalid answer \"maybe\": expected one of yes, no, unknown at line 1 column 30"
    );
    assert_eq!(
        json_err::<Profile>(r#"{"sex":"f"}"#),
        "invalid sex \"f\": expected one of female, male, other, unknown at line 1 column 10"
    );
    assert_eq!(
        json_err::<Symptoms>(r#"{"leg_swelling":"left"}"#),
        "invalid leg swelling \"left\": expected one of none, one_side, both_sides, unknown at line 1 column 22"
    );
}

#[test]
fn full_profile_json() {
    let json = r#"{
        "age": {"birth_date": "1951-09-14"},
        "sex": "male",
        "pregnancy": "not_pregnant",
        "activity": {"sitting_hours": 8.5, "standing_hours": 1, "unusual_exertion": "no",
                     "sedentary_lifestyle": "yes"},
        "stretches_regularly": "no",
        "sleeps_with_legs_crossed_or_restricted": "unknown",
        "fluid_intake": "low",
        "footwear": "unsupportive",
        "medications": ["furosemide", "atorvastatin"],
        "other_medications": ["  Levothyroxine 50 mcg "],
        "conditions": ["diabetes"],
        "exposures": {"tetanus_prone_wound": "no", "lead_or_mercury": "no"},
        "symptoms": {"leg_swelling": "both_sides", "calf_pain_on_walking": "yes"},
        "asks_about_quinine": true
    }"#;
    let p: Profile = serde_json::from_str(json).unwrap();
    assert_eq!(p.age, AgeInfo::BirthDate(date("1951-09-14")));
    assert_eq!(
        p.activity.sitting_hours,
        Some(HoursPerDay::new(8.5).unwrap())
    );
    assert_eq!(
        p.activity.standing_hours,
        Some(HoursPerDay::new(1.0).unwrap())
    );
    assert!(p.takes(MedicationId::Furosemide) && !p.takes(MedicationId::Quinine));
    assert!(p.has(ConditionId::Diabetes) && !p.has(ConditionId::Arthritis));
    // Free names are kept exactly as written, spaces included.
    assert_eq!(
        p.other_medications
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>(),
        ["  Levothyroxine 50 mcg "]
    );
    assert_eq!(p.symptoms.calf_pain_on_walking, Answer::Yes);
    assert!(p.asks_about_quinine);
    // Born 1951-09-14; on 2025-06-01 the 74th birthday has not come yet: 73.
    assert_eq!(
        p.age_at(at("2025-06-01T09:00:00+00:00"))
            .unwrap()
            .unwrap()
            .get(),
        73
    );
    let back: Profile = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
}
