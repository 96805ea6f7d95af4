//! Property tests for the models: serde round-trips, exact validation ranges, and
//! diary statistics that are order-independent, consistent and equal to a naive
//! recount.

use crate::support;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta};
use legcramps::{
    Activity, Age, AgeInfo, Answer, ConditionId, CrampDuration, CrampEpisode, Diary, Exposures,
    FluidIntake, Footwear, HoursPerDay, MedicationId, Muscle, PainScore, Profile, RemedyId, Sex,
    Side, Trend, Trimester,
};
use proptest::prelude::*;
use proptest::sample::select;
use support::strategies::{answer, pregnancy, symptoms};

// ---- strategies ----------------------------------------------------------------

/// UTC offsets in quarter hours from -12:00 to +14:00.
fn offset() -> impl Strategy<Value = FixedOffset> {
    (-48i32..=56).prop_map(|q| FixedOffset::east_opt(q * 900).unwrap())
}

/// 2024-01-01T00:00:00Z.
const BASE: i64 = 1_704_067_200;

/// Starts over about 100 days: either on the second, or on a coarse 6-hour grid
/// so that equal instants (ties) are common.
fn start() -> impl Strategy<Value = DateTime<FixedOffset>> {
    let secs = prop_oneof![0i64..100 * 86_400, (0i64..400).prop_map(|h| h * 6 * 3600)];
    (secs, offset()).prop_map(|(s, off)| {
        DateTime::from_timestamp(BASE + s, 0)
            .unwrap()
            .with_timezone(&off)
    })
}

fn muscle() -> impl Strategy<Value = Muscle> {
    select(vec![
        Muscle::Calf,
        Muscle::Foot,
        Muscle::FrontOfThigh,
        Muscle::BackOfThigh,
        Muscle::Other,
    ])
}

fn side() -> impl Strategy<Value = Side> {
    select(vec![Side::Left, Side::Right, Side::Both])
}

fn remedy() -> impl Strategy<Value = RemedyId> {
    select(vec![
        RemedyId::StretchMuscle,
        RemedyId::Massage,
        RemedyId::FoamRoller,
        RemedyId::FlexFoot,
        RemedyId::Heat,
        RemedyId::StandOnLeg,
        RemedyId::NightlyStretching,
        RemedyId::Magnesium,
    ])
}

fn episode() -> impl Strategy<Value = CrampEpisode> {
    let secs = prop_oneof![Just(1i64), Just(14_400), 1i64..=14_400, 30i64..=900];
    (
        start(),
        secs,
        muscle(),
        side(),
        0i64..=10,
        any::<bool>(),
        prop::collection::vec(remedy(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(start, secs, muscle, side, pain, woke, remedies, night)| {
            CrampEpisode::builder(start)
                .duration_secs(secs)
                .muscle(muscle)
                .side(side)
                .pain(pain)
                .woke(woke)
                .relieved_by_all(remedies)
                .in_bed_at_night(night)
                .build()
                .unwrap()
        })
}

/// Episodes plus an `as_of` no earlier than the latest start.
fn history() -> impl Strategy<Value = (Vec<CrampEpisode>, DateTime<FixedOffset>)> {
    (
        prop::collection::vec(episode(), 0..40),
        0i64..40 * 86_400,
        offset(),
    )
        .prop_map(|(episodes, extra, off)| {
            let latest = episodes.iter().map(|e| e.start()).max();
            let base = latest.unwrap_or(DateTime::from_timestamp(BASE, 0).unwrap().fixed_offset());
            (
                episodes,
                (base + TimeDelta::seconds(extra)).with_timezone(&off),
            )
        })
}

fn hours() -> impl Strategy<Value = Option<HoursPerDay>> {
    prop::option::of((0.0f32..=24.0).prop_map(|h| HoursPerDay::new(h).unwrap()))
}

fn age_info() -> impl Strategy<Value = AgeInfo> {
    prop_oneof![
        (0u8..=130).prop_map(|y| AgeInfo::Years(Age::try_from(y).unwrap())),
        (-40_000i32..40_000).prop_map(|d| AgeInfo::BirthDate(
            NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + TimeDelta::days(i64::from(d))
        )),
        Just(AgeInfo::Unknown),
    ]
}

fn profile() -> impl Strategy<Value = Profile> {
    let activity = (hours(), hours(), answer(), answer()).prop_map(|(s, st, u, sed)| {
        Activity::builder()
            .sitting_hours(s)
            .standing_hours(st)
            .unusual_exertion(u)
            .sedentary_lifestyle(sed)
            .build()
    });
    let meds = prop::collection::vec(
        select(vec![
            MedicationId::Quinine,
            MedicationId::Furosemide,
            MedicationId::Atorvastatin,
            MedicationId::Salbutamol,
        ]),
        0..4,
    );
    let conds = prop::collection::vec(
        select(vec![
            ConditionId::Arthritis,
            ConditionId::Diabetes,
            ConditionId::Cirrhosis,
        ]),
        0..3,
    );
    let sex = select(vec![Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]);
    let fluid = select(vec![
        FluidIntake::Low,
        FluidIntake::Adequate,
        FluidIntake::Unknown,
    ]);
    let shoes = select(vec![
        Footwear::Supportive,
        Footwear::Unsupportive,
        Footwear::Unknown,
    ]);
    let head = (
        age_info(),
        sex,
        pregnancy(),
        activity,
        answer(),
        answer(),
        fluid,
        shoes,
    );
    let tail = (
        meds,
        prop::collection::vec(
            // A name with no visible character is rejected (tested in models_profile).
            "\\PC{0,20}".prop_filter_map("visible name", |s| {
                s.parse::<legcramps::OtherMedication>().ok()
            }),
            0..3,
        ),
        conds,
        (answer(), answer()),
        symptoms(),
        (
            any::<bool>(),
            select(vec![
                legcramps::QuinineFor::Cramps,
                legcramps::QuinineFor::Other,
                legcramps::QuinineFor::Unknown,
            ]),
        ),
        prop_oneof![
            Just(legcramps::MedicationList::Complete),
            Just(legcramps::MedicationList::Unknown)
        ],
    );
    (head, tail).prop_map(
        |((age, sex, pregnancy, activity, st, legs, fluid, shoes), t)| {
            let (
                medications,
                other_medications,
                conditions,
                (wound, lead),
                symptoms,
                (asks, why),
                list,
            ) = t;
            Profile::builder()
                .age(age)
                .sex(sex)
                .pregnancy(pregnancy)
                .activity(activity)
                .stretches_regularly(st)
                .sleeps_with_legs_crossed_or_restricted(legs)
                .fluid_intake(fluid)
                .footwear(shoes)
                .medications(medications)
                .other_medications(other_medications)
                .medication_list(list)
                .conditions(conditions)
                .exposures(
                    Exposures::builder()
                        .tetanus_prone_wound(wound)
                        .lead_or_mercury(lead)
                        .build(),
                )
                .symptoms(symptoms)
                .asks_about_quinine(asks)
                .quinine_for(why)
                .build()
        },
    )
}

fn round_trip<T>(value: &T) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
}

// ---- naive reference for the statistics -----------------------------------------

/// Counts straight from the definitions in `Diary`'s docs, on the unsorted list.
fn naive_counts(
    episodes: &[CrampEpisode],
    as_of: DateTime<FixedOffset>,
    days: i64,
) -> (u32, u32, u32, usize, usize) {
    // Copies of one recorded event (same start instant and offset, duration, muscle and
    // side) count once, as the diary documents; the event was in bed, or woke the
    // person, when any copy says so.
    type Key = (DateTime<FixedOffset>, i32, u32, String, String);
    let events = |keep: &dyn Fn(&CrampEpisode) -> bool| {
        let mut out: BTreeMap<Key, (bool, bool)> = BTreeMap::new();
        for e in episodes.iter().filter(|e| keep(e)) {
            let key = (
                e.start(),
                e.start().offset().local_minus_utc(),
                e.duration().as_secs(),
                format!("{:?}", e.muscle()),
                format!("{:?}", e.side()),
            );
            let flags = out.entry(key).or_insert((false, false));
            flags.0 |= e.in_bed_at_night();
            flags.1 |= e.woke();
        }
        out
    };
    let start = as_of - TimeDelta::days(days);
    let previous_start = start - TimeDelta::days(days);
    let week = as_of - TimeDelta::days(7);
    let window = events(&|e| e.start() > start && e.start() <= as_of);
    let previous = events(&|e| e.start() > previous_start && e.start() <= start).len();
    let last_7 = window.keys().filter(|k| k.0 > week).count();
    let night_of = |t: &DateTime<FixedOffset>| (t.naive_local() - TimeDelta::hours(12)).date();
    let nights: BTreeSet<NaiveDate> = window
        .iter()
        .filter(|(_, (in_bed, _))| *in_bed)
        .map(|(k, _)| night_of(&k.0))
        .collect();
    let disturbed: BTreeSet<NaiveDate> = window
        .iter()
        .filter(|(_, (in_bed, woke))| *in_bed && *woke)
        .map(|(k, _)| night_of(&k.0))
        .collect();
    (
        window.len() as u32,
        last_7 as u32,
        previous as u32,
        nights.len(),
        disturbed.len(),
    )
}

/// Whole years from `born` to `on`, counting birthdays one by one. A 29 February
/// birthday falls on 1 March in common years.
fn naive_age(born: NaiveDate, on: NaiveDate) -> i64 {
    let mut years = 0;
    loop {
        let y = born.year() + years as i32 + 1;
        let birthday = NaiveDate::from_ymd_opt(y, born.month(), born.day())
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(y, 3, 1).unwrap());
        if birthday > on {
            return years;
        }
        years += 1;
    }
}

proptest! {
    #![proptest_config(crate::support::strategies::config(256))]
    // ---- round trips ---------------------------------------------------------------

    #[test]
    fn episodes_and_diaries_round_trip((episodes, as_of) in history()) {
        for e in &episodes {
            prop_assert_eq!(&round_trip(e), e);
            prop_assert_eq!(round_trip(&e.pain()), e.pain());
            prop_assert_eq!(round_trip(&e.duration()), e.duration());
            prop_assert_eq!(round_trip(&e.muscle()), e.muscle());
            prop_assert_eq!(round_trip(&e.side()), e.side());
        }
        let diary = Diary::from_episodes(episodes);
        prop_assert_eq!(&round_trip(&diary), &diary);
        let stats = diary.stats(as_of).unwrap();
        prop_assert_eq!(round_trip(&stats.trend), stats.trend);
        // serde_json (without its `float_roundtrip` feature) may read a float back one
        // unit in the last place off, so the float fields are compared with a tolerance
        // and everything else exactly.
        let mut back = round_trip(&stats);
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs().max(1.0);
        let pairs = [
            (back.per_week, stats.per_week),
            (back.per_30_days, stats.per_30_days),
            (back.share_at_night.unwrap_or(0.0), stats.share_at_night.unwrap_or(0.0)),
            (back.mean_pain.unwrap_or(0.0), stats.mean_pain.unwrap_or(0.0)),
            (back.mean_duration_minutes.unwrap_or(0.0), stats.mean_duration_minutes.unwrap_or(0.0)),
            (back.longest_minutes.unwrap_or(0.0), stats.longest_minutes.unwrap_or(0.0)),
        ];
        prop_assert!(pairs.iter().all(|&(a, b)| close(a, b)), "{:?}", pairs);
        back.per_week = stats.per_week;
        back.per_30_days = stats.per_30_days;
        back.share_at_night = back.share_at_night.and(stats.share_at_night);
        back.mean_pain = back.mean_pain.and(stats.mean_pain);
        back.mean_duration_minutes = back.mean_duration_minutes.and(stats.mean_duration_minutes);
        back.longest_minutes = back.longest_minutes.and(stats.longest_minutes);
        prop_assert_eq!(back, stats);
    }

    #[test]
    fn profiles_round_trip(p in profile()) {
        prop_assert_eq!(&round_trip(&p), &p);
        prop_assert_eq!(round_trip(&p.age), p.age);
        prop_assert_eq!(round_trip(&p.pregnancy), p.pregnancy);
        prop_assert_eq!(round_trip(&p.activity), p.activity);
        prop_assert_eq!(round_trip(&p.symptoms), p.symptoms);
        prop_assert_eq!(round_trip(&p.exposures), p.exposures);
        prop_assert_eq!(round_trip(&p.sex), p.sex);
        prop_assert_eq!(round_trip(&p.fluid_intake), p.fluid_intake);
        prop_assert_eq!(round_trip(&p.footwear), p.footwear);
        prop_assert_eq!(round_trip(&p.symptoms.leg_swelling), p.symptoms.leg_swelling);
        prop_assert_eq!(round_trip(&p.stretches_regularly), p.stretches_regularly);
    }

    // ---- validation accepts exactly the valid ranges -----------------------------------

    #[test]
    fn integer_ranges_are_exact(v in prop_oneof![-20i64..150, any::<i64>()]) {
        let text = v.to_string();
        prop_assert_eq!(PainScore::try_from(v).is_ok(), (0..=10).contains(&v));
        prop_assert_eq!(serde_json::from_str::<PainScore>(&text).is_ok(), (0..=10).contains(&v));
        prop_assert_eq!(Age::try_from(v).is_ok(), (0..=130).contains(&v));
        prop_assert_eq!(serde_json::from_str::<Age>(&text).is_ok(), (0..=130).contains(&v));
        prop_assert_eq!(Trimester::try_from(v).is_ok(), (1..=3).contains(&v));
        prop_assert_eq!(serde_json::from_str::<Trimester>(&text).is_ok(), (1..=3).contains(&v));
        let secs_ok = (1..=14_400).contains(&v);
        prop_assert_eq!(CrampDuration::from_secs(v).is_ok(), secs_ok);
        prop_assert_eq!(serde_json::from_str::<CrampDuration>(&text).is_ok(), secs_ok);
        if let Ok(p) = PainScore::try_from(v) {
            prop_assert_eq!(i64::from(p.get()), v);
        }
        if let Ok(d) = CrampDuration::from_secs(v) {
            prop_assert_eq!(i64::from(d.as_secs()), v);
            prop_assert_eq!(d.as_minutes_f64(), v as f64 / 60.0);
        }
        if let Err(e) = PainScore::try_from(v) {
            prop_assert_eq!(e.value(), text.as_str());
            prop_assert_eq!(e.field(), "pain");
        }
    }

    #[test]
    fn minutes_are_rounded_then_checked(
        m in prop_oneof![-10.0f64..300.0, Just(f64::NAN), Just(f64::INFINITY), Just(-0.0)]
    ) {
        let secs = (m * 60.0).round();
        let ok = (1.0..=14_400.0).contains(&secs); // false for NaN
        let got = CrampDuration::from_minutes(m);
        prop_assert_eq!(got.is_ok(), ok);
        if let Ok(d) = got {
            prop_assert_eq!(f64::from(d.as_secs()), secs);
        }
    }

    #[test]
    fn hours_range_is_exact(
        h in prop_oneof![-5.0f64..30.0, Just(24.0), Just(0.0), Just(f64::NAN), Just(f64::NEG_INFINITY)]
    ) {
        let ok = (0.0..=24.0).contains(&h);
        prop_assert_eq!(HoursPerDay::try_from(h).is_ok(), ok);
        prop_assert_eq!(serde_json::from_str::<HoursPerDay>(&format!("{h}")).is_ok(), ok);
    }

    #[test]
    fn text_forms_accept_only_their_names(s in prop_oneof!["[a-z_]{0,14}", "\\PC{0,8}"]) {
        let muscles = ["calf", "foot", "front_of_thigh", "back_of_thigh", "other"];
        prop_assert_eq!(s.parse::<Muscle>().is_ok(), muscles.contains(&s.as_str()));
        prop_assert_eq!(s.parse::<Side>().is_ok(), ["left", "right", "both"].contains(&s.as_str()));
        prop_assert_eq!(s.parse::<Answer>().is_ok(), ["yes", "no", "unknown"].contains(&s.as_str()));
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<Muscle>(&json).is_ok(), muscles.contains(&s.as_str()));
        if let Err(e) = s.parse::<Side>() {
            prop_assert_eq!(e.value(), s.as_str());
            prop_assert_eq!(e.field(), "side");
        }
    }

    #[test]
    fn age_from_birth_date_counts_birthdays(born_days in 0i64..60_000, later in -400i64..50_000) {
        let born = NaiveDate::from_ymd_opt(1890, 1, 1).unwrap() + TimeDelta::days(born_days);
        let on = born + TimeDelta::days(later);
        let as_of = on.and_hms_opt(12, 0, 0).unwrap().and_utc().fixed_offset();
        let p = Profile::builder().age(AgeInfo::BirthDate(born)).build();
        let got = p.age_at(as_of);
        if later < 0 {
            prop_assert_eq!(got.unwrap_err().field().to_owned(), "birth_date");
        } else {
            let years = naive_age(born, on);
            if years <= 130 {
                prop_assert_eq!(i64::from(got.unwrap().unwrap().get()), years);
            } else {
                prop_assert_eq!(got.unwrap_err().field().to_owned(), "age");
            }
        }
    }

    // ---- diary statistics ---------------------------------------------------------------

    #[test]
    fn order_does_not_matter(
        (episodes, as_of) in history(),
        seed in any::<u64>(),
        window in 7u32..90,
    ) {
        let sorted = Diary::from_episodes(episodes.clone());
        // A deterministic shuffle driven by the seed.
        let mut shuffled = episodes.clone();
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let mut pushed = Diary::new();
        for e in shuffled.iter().cloned() {
            pushed.push(e);
        }
        let reversed = Diary::from_episodes(episodes.into_iter().rev());
        prop_assert_eq!(&pushed, &sorted);
        prop_assert_eq!(&reversed, &sorted);
        prop_assert!(sorted.episodes().windows(2).all(|w| w[0] <= w[1]));
        let a = sorted.stats_over(as_of, window).unwrap();
        prop_assert_eq!(&pushed.stats_over(as_of, window).unwrap(), &a);
        prop_assert_eq!(&reversed.stats_over(as_of, window).unwrap(), &a);
    }

    #[test]
    fn stats_are_consistent((episodes, as_of) in history(), window in 7u32..120) {
        let diary = Diary::from_episodes(episodes.clone());
        let s = diary.stats_over(as_of, window).unwrap();
        let (n, last_7, previous, nights, disturbed) =
            naive_counts(&episodes, as_of, i64::from(window));
        prop_assert_eq!(s.episodes, n);
        prop_assert_eq!(s.episodes_last_7_days, last_7);
        prop_assert_eq!(s.previous_window_episodes, previous);
        prop_assert_eq!(s.nights_with_cramps as usize, nights);
        prop_assert_eq!(s.nights_disturbed as usize, disturbed);

        prop_assert!(s.episodes_last_7_days <= s.episodes);
        prop_assert!(s.nights_disturbed <= s.nights_with_cramps);
        prop_assert!(s.nights_with_cramps <= s.episodes);
        let w = f64::from(window);
        prop_assert!((s.per_week * w / 7.0 - f64::from(s.episodes)).abs() < 1e-9);
        prop_assert!((s.per_30_days * w / 30.0 - f64::from(s.episodes)).abs() < 1e-9);
        prop_assert_eq!(s.window_days, window);
        prop_assert_eq!(s.muscles.windows(2).all(|m| m[0] < m[1]), true);
        if s.episodes == 0 {
            prop_assert!(s.share_at_night.is_none() && s.mean_pain.is_none());
            prop_assert!(s.max_pain.is_none() && s.mean_duration_minutes.is_none());
            prop_assert!(s.longest_minutes.is_none() && s.muscles.is_empty());
        } else {
            let share = s.share_at_night.unwrap();
            prop_assert!((0.0..=1.0).contains(&share));
            let (mean, max) = (s.mean_pain.unwrap(), s.max_pain.unwrap());
            prop_assert!(f64::from(max.get()) >= mean && mean >= 0.0);
            let (mean_d, longest) = (s.mean_duration_minutes.unwrap(), s.longest_minutes.unwrap());
            prop_assert!(longest >= mean_d && mean_d >= 1.0 / 60.0 && longest <= 240.0);
        }
        // The 7-day window is the 7-day tail of any longer one.
        prop_assert_eq!(diary.stats_over(as_of, 7).unwrap().episodes, s.episodes_last_7_days);
        if s.trend != Trend::NotEnoughData {
            prop_assert!(s.episodes + s.previous_window_episodes >= 4);
        }
    }

    #[test]
    fn longer_windows_hold_more((episodes, as_of) in history(), a in 7u32..200, b in 7u32..200) {
        let diary = Diary::from_episodes(episodes);
        let (short, long) = (a.min(b), a.max(b));
        let s = diary.stats_over(as_of, short).unwrap();
        let l = diary.stats_over(as_of, long).unwrap();
        prop_assert!(s.episodes <= l.episodes);
        prop_assert!(s.nights_with_cramps <= l.nights_with_cramps);
        prop_assert!(s.max_pain <= l.max_pain);
    }

    #[test]
    fn future_episodes_are_rejected((episodes, as_of) in history(), back in 1i64..1_000_000) {
        let diary = Diary::from_episodes(episodes);
        let earlier = as_of - TimeDelta::seconds(back);
        let late = diary.iter().any(|e| e.start() > earlier);
        let got = diary.stats(earlier);
        prop_assert_eq!(got.is_err(), late);
        if let Err(e) = got {
            prop_assert_eq!(e.field(), "start");
        }
    }

    #[test]
    fn night_is_the_local_date_twelve_hours_earlier(e in episode()) {
        let local = e.start().naive_local();
        let night = e.night();
        prop_assert_eq!(night, (local - TimeDelta::hours(12)).date());
        let gap = (local.date() - night).num_days();
        prop_assert!(gap == 0 || gap == 1);
        prop_assert_eq!(gap == 0, local.time() >= chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap());
        prop_assert_eq!(e.end() - e.start(), TimeDelta::seconds(i64::from(e.duration().as_secs())));
        prop_assert_eq!(*e.end().offset(), *e.start().offset());
    }
}
