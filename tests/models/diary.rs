//! The diary and its statistics through the public API, worked out by hand.

use chrono::{DateTime, FixedOffset};
use legcramps::evidence::Citation;
use legcramps::{CrampEpisode, Diary, FrequencyThreshold, Muscle, Trend};

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

#[allow(clippy::too_many_arguments)]
fn ep(
    start: &str,
    secs: i64,
    muscle: &str,
    side: &str,
    pain: i64,
    woke: bool,
    night: bool,
) -> CrampEpisode {
    CrampEpisode::builder(at(start))
        .duration_secs(secs)
        .muscle(muscle)
        .side(side)
        .pain(pain)
        .woke(woke)
        .in_bed_at_night(night)
        .build()
        .unwrap()
}

const AS_OF: &str = "2025-03-31T08:00:00+02:00";

/// Nine episodes around a 30-day window ending 2025-03-31 08:00 (+02:00). The window
/// holds starts after 2025-03-01 08:00 and up to 2025-03-31 08:00; the previous
/// window starts after 2025-01-30 08:00 and ends at 2025-03-01 08:00; the last 7 days
/// start after 2025-03-24 08:00.
fn sample() -> Vec<CrampEpisode> {
    vec![
        // 1: window, last 7 days, night of 29 March, woke.
        ep(
            "2025-03-30T03:00:00+02:00",
            600,
            "calf",
            "left",
            8,
            true,
            true,
        ),
        // 2: window, last 7 days, same night of 29 March, slept on.
        ep(
            "2025-03-29T23:30:00+02:00",
            120,
            "calf",
            "left",
            4,
            false,
            true,
        ),
        // 3: window, night of 19 March, woke.
        ep(
            "2025-03-20T02:00:00+02:00",
            300,
            "foot",
            "right",
            6,
            true,
            true,
        ),
        // 4: window, a daytime cramp.
        ep(
            "2025-03-15T15:00:00+02:00",
            60,
            "back_of_thigh",
            "both",
            2,
            false,
            false,
        ),
        // 5: exactly at the window's start, so in the previous window.
        ep(
            "2025-03-01T08:00:00+02:00",
            900,
            "calf",
            "left",
            9,
            true,
            true,
        ),
        // 6: one second later, in the window; 08:00 belongs to the night of 28 February.
        ep(
            "2025-03-01T08:00:01+02:00",
            240,
            "calf",
            "left",
            5,
            true,
            true,
        ),
        // 7: previous window.
        ep(
            "2025-02-10T03:00:00+02:00",
            300,
            "calf",
            "right",
            5,
            true,
            true,
        ),
        // 8: exactly at the previous window's start: in neither window.
        ep(
            "2025-01-30T08:00:00+02:00",
            300,
            "calf",
            "right",
            5,
            true,
            true,
        ),
        // 9: exactly at as_of, written in UTC: in the window and the last 7 days.
        ep(
            "2025-03-31T06:00:00+00:00",
            180,
            "calf",
            "left",
            7,
            false,
            false,
        ),
    ]
}

#[test]
fn thirty_day_stats_by_hand() {
    let s = Diary::from_episodes(sample()).stats(at(AS_OF)).unwrap();
    assert_eq!(s.window_days, 30);
    // Window: episodes 1, 2, 3, 4, 6, 9.
    assert_eq!(s.episodes, 6);
    // Last 7 days: 1, 2, 9.
    assert_eq!(s.episodes_last_7_days, 3);
    assert!((s.per_week - 6.0 * 7.0 / 30.0).abs() < 1e-12); // 1.4
    assert_eq!(s.per_30_days, 6.0);
    // In bed at night: 1, 2, 3, 6, on the nights of 29 Mar, 19 Mar and 28 Feb.
    assert_eq!(s.nights_with_cramps, 3);
    // Woke on each of those nights (1, 3, 6).
    assert_eq!(s.nights_disturbed, 3);
    assert_eq!(s.share_at_night, Some(4.0 / 6.0));
    // Pains 8 + 4 + 6 + 2 + 5 + 7 = 32.
    assert_eq!(s.mean_pain, Some(32.0 / 6.0));
    assert_eq!(s.max_pain.map(|p| p.get()), Some(8));
    // Durations 600 + 120 + 300 + 60 + 240 + 180 = 1500 s, mean 250 s.
    assert_eq!(s.mean_duration_minutes, Some(250.0 / 60.0));
    assert_eq!(s.longest_minutes, Some(10.0));
    // Previous window: 5 and 7 (8 sits on its open start).
    assert_eq!(s.previous_window_episodes, 2);
    // 6 vs 2: 4 x 6 = 24 >= 5 x 2 and 6 >= 2 + 2, with 8 >= 4 episodes in all.
    assert_eq!(s.trend, Trend::Rising);
    assert_eq!(
        s.muscles,
        vec![Muscle::Calf, Muscle::Foot, Muscle::BackOfThigh]
    );
    // 6 x 7 = 42 < 3 x 30 = 90; 6 x 30 = 180 >= 5 x 30 = 150.
    assert!(!s.meets(&FrequencyThreshold::FREQUENT_PER_WEEK));
    assert!(s.meets(&FrequencyThreshold::MODERATE_SEVERE_PER_MONTH));
}

#[test]
fn seven_day_window_by_hand() {
    let s = Diary::from_episodes(sample())
        .stats_over(at(AS_OF), 7)
        .unwrap();
    assert_eq!((s.episodes, s.episodes_last_7_days), (3, 3));
    assert_eq!(s.per_week, 3.0);
    // Previous 7 days: after 17 March 08:00 and up to 24 March 08:00: episode 3.
    assert_eq!(s.previous_window_episodes, 1);
    // 3 vs 1: 12 >= 5 and 3 >= 1 + 2, 4 episodes in all.
    assert_eq!(s.trend, Trend::Rising);
    // 3 in 7 days meets "3 or more a week"; 3 x 30 = 90 >= 5 x 7 = 35.
    assert!(s.meets(&FrequencyThreshold::FREQUENT_PER_WEEK));
    assert!(s.meets(&FrequencyThreshold::MODERATE_SEVERE_PER_MONTH));
    assert_eq!(s.nights_with_cramps, 1); // 1 and 2 share the night of 29 March
    assert_eq!(s.share_at_night, Some(2.0 / 3.0));
}

#[test]
fn empty_window() {
    let s = Diary::from_episodes(sample())
        .stats_over(at("2026-03-31T08:00:00+02:00"), 7)
        .unwrap();
    assert_eq!(
        (
            s.episodes,
            s.episodes_last_7_days,
            s.previous_window_episodes
        ),
        (0, 0, 0)
    );
    assert_eq!((s.per_week, s.per_30_days), (0.0, 0.0));
    assert_eq!((s.nights_with_cramps, s.nights_disturbed), (0, 0));
    assert_eq!(
        (s.share_at_night, s.mean_pain, s.max_pain),
        (None, None, None)
    );
    assert_eq!((s.mean_duration_minutes, s.longest_minutes), (None, None));
    assert!(s.muscles.is_empty());
    // History exists but 0 + 0 < 4 episodes.
    assert_eq!(s.trend, Trend::NotEnoughData);
}

#[test]
fn trend_needs_history_before_the_window() {
    // Five cramps, all in the last 30 days: nothing shows the month before was recorded.
    let five: Vec<_> = (1..=5)
        .map(|d| {
            ep(
                &format!("2025-03-{:02}T03:00:00+00:00", d * 5),
                60,
                "calf",
                "left",
                5,
                true,
                true,
            )
        })
        .collect();
    let as_of = at("2025-03-30T12:00:00+00:00");
    assert_eq!(
        Diary::from_episodes(five.clone())
            .stats(as_of)
            .unwrap()
            .trend,
        Trend::NotEnoughData
    );
    // One older entry (even before the previous window) shows the diary was kept.
    let mut diary = Diary::from_episodes(five);
    diary.push(ep(
        "2024-12-01T03:00:00+00:00",
        60,
        "calf",
        "left",
        5,
        true,
        true,
    ));
    let s = diary.stats(as_of).unwrap();
    assert_eq!(s.previous_window_episodes, 0);
    assert_eq!(s.trend, Trend::Rising);
}

#[test]
fn falling_and_steady() {
    let as_of = at("2025-03-30T12:00:00+00:00");
    let day = |m: u32, d: u32| {
        ep(
            &format!("2025-{m:02}-{d:02}T03:00:00+00:00"),
            60,
            "calf",
            "left",
            5,
            true,
            true,
        )
    };
    // Previous window (after 28 Jan 12:00, up to 28 Feb 12:00): 8 cramps. This window: 6.
    let mut v: Vec<_> = (1..=8).map(|d| day(2, d)).collect();
    v.extend((1..=6).map(|d| day(3, d)));
    // 4 x 6 = 24 <= 3 x 8 = 24 and 8 >= 6 + 2: falling (a 25 % reduction).
    assert_eq!(
        Diary::from_episodes(v.clone()).stats(as_of).unwrap().trend,
        Trend::Falling
    );
    // One more this window: 7 vs 8, 28 > 24: steady.
    v.push(day(3, 7));
    assert_eq!(
        Diary::from_episodes(v).stats(as_of).unwrap().trend,
        Trend::Steady
    );
}

#[test]
fn bad_windows_and_future_episodes() {
    let diary = Diary::from_episodes(sample());
    let as_of = at(AS_OF);
    let err = diary.stats_over(as_of, 6).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid window 6 days: must be from 7 to 3660 days"
    );
    assert_eq!((err.field(), err.value()), ("window_days", "6"));
    assert_eq!(
        diary.stats_over(as_of, 3661).unwrap_err().to_string(),
        "invalid window 3661 days: must be from 7 to 3660 days"
    );
    assert!(diary.stats_over(as_of, 7).is_ok());
    assert!(diary.stats_over(as_of, 3660).is_ok());

    let mut future = diary.clone();
    future.push(ep(
        "2025-03-31T08:00:01+02:00",
        60,
        "calf",
        "left",
        3,
        false,
        false,
    ));
    let err = future.stats(as_of).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid episode start 2025-03-31T08:00:01+02:00: is after the as-of time 2025-03-31T08:00:00+02:00"
    );
    assert_eq!(err.field(), "start");
}

#[test]
fn insertion_order_does_not_matter() {
    let forward = Diary::from_episodes(sample());
    let mut reversed = Diary::new();
    for e in sample().into_iter().rev() {
        reversed.push(e);
    }
    let collected: Diary = sample().into_iter().collect();
    let mut extended = Diary::new();
    extended.extend(sample());
    assert_eq!(forward, reversed);
    assert_eq!(forward, collected);
    assert_eq!(forward, extended);
    assert!(forward.episodes().windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(
        forward.stats(at(AS_OF)).unwrap(),
        reversed.stats(at(AS_OF)).unwrap()
    );
    assert_eq!(forward.iter().count(), 9);
    assert_eq!((&forward).into_iter().count(), forward.len());
}

#[test]
fn diary_json() {
    let diary = Diary::from_episodes(sample());
    let json = serde_json::to_string(&diary).unwrap();
    assert!(json.starts_with(r#"{"episodes":[{"start":"2025-01-30T08:00:00+02:00""#));
    let back: Diary = serde_json::from_str(&json).unwrap();
    assert_eq!(back, diary);
    // Any order in, canonical order out.
    let unsorted = format!(
        "{{\"episodes\":[{},{}]}}",
        serde_json::to_string(&sample()[0]).unwrap(),
        serde_json::to_string(&sample()[7]).unwrap()
    );
    let d: Diary = serde_json::from_str(&unsorted).unwrap();
    assert_eq!(d.episodes()[0], sample()[7]);
    assert!(
        serde_json::from_str::<Diary>(r#"{"episodes":[],"notes":1}"#)
            .unwrap_err()
            .to_string()
            .starts_with("unknown field `notes`")
    );
    let stats = diary.stats(at(AS_OF)).unwrap();
    let back: legcramps::DiaryStats =
        serde_json::from_str(&serde_json::to_string(&stats).unwrap()).unwrap();
    assert_eq!(back, stats);
}

#[test]
fn thresholds_match_the_fact_base() {
    // clinical.md §8.4: >= 3 attacks a week [CKS; Naylor-1994]; >= 5 a month
    // "moderate-severe" [Grandner-2017].
    assert_eq!(
        (
            FrequencyThreshold::FREQUENT_PER_WEEK.count,
            FrequencyThreshold::FREQUENT_PER_WEEK.days
        ),
        (3, 7)
    );
    assert_eq!(
        FrequencyThreshold::FREQUENT_PER_WEEK.citations,
        &[Citation::Cks, Citation::Naylor1994]
    );
    assert_eq!(
        (
            FrequencyThreshold::MODERATE_SEVERE_PER_MONTH.count,
            FrequencyThreshold::MODERATE_SEVERE_PER_MONTH.days
        ),
        (5, 30)
    );
    assert_eq!(
        FrequencyThreshold::MODERATE_SEVERE_PER_MONTH.citations,
        &[Citation::Grandner2017]
    );
    assert!(
        !FrequencyThreshold::FREQUENT_PER_WEEK.label.is_empty()
            && !FrequencyThreshold::MODERATE_SEVERE_PER_MONTH
                .label
                .is_empty()
    );
}
