//! The report for an empty diary, one episode, 365 episodes, episodes outside the
//! window, daytime cramps, and bad input. Expected figures are worked out by hand in
//! the comments.

use crate::support;
use legcramps::assess::{AssessError, AssessmentInput};
use legcramps::{Diary, Profile, RecalledMedication, Report, ReportError};
use support::report::*;

/// 08:00 on Thu 6 March 2025: the last night is the one that began on Wed 5 March
/// (08:00 minus 12 h is 5 March), so a 30-night window starts with the night of
/// Tue 4 February.
const AS_OF: &str = "2025-03-06T08:00:00+01:00";

#[test]
fn empty_diary_renders_an_empty_calendar_and_says_so() {
    let (profile, diary) = (Profile::default(), Diary::new());
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    assert_eq!(report.first_night().to_string(), "2025-02-04");
    assert_eq!(report.last_night().to_string(), "2025-03-05");
    let html = report.to_html();

    let nights = groups(&html, "night");
    assert_eq!(nights.len(), 30);
    assert!(
        nights
            .iter()
            .all(|n| attr(n, "data-episodes") == "0" && attr(n, "data-woke") == "false")
    );
    assert_eq!(attr(nights[0], "data-date"), "2025-02-04");
    assert_eq!(attr(nights[29], "data-date"), "2025-03-05");
    // 30 nights = 4 whole weeks + 2 nights: 5 bars, the oldest 2 nights long.
    let bars = groups(&html, "bar");
    assert_eq!(bars.len(), 5);
    assert_eq!(attr_u32(bars[0], "data-days"), 2);
    assert!(bars.iter().all(|b| attr(b, "data-episodes") == "0"));
    assert!(html.contains("No episodes were recorded in bed at night."));
    assert!(html.contains("No episodes were recorded in these 30 nights."));
    assert!(!html.contains("class=\"woke\""));

    let md = report.to_markdown();
    assert!(md.contains("No episodes were recorded in these 30 nights."));
    assert!(md.contains("| Cramps recorded | 0 | in the last 30 nights |"));
    assert!(md.contains("| Mean pain | \u{2013} |"));
    assert!(md.contains("| Trend | not enough data |"));
}

#[test]
fn a_90_night_window_has_90_cells_and_13_bars() {
    let (profile, diary) = (Profile::default(), Diary::new());
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap().with_window_days(90).unwrap();
    let html = report.to_html();
    assert_eq!(groups(&html, "night").len(), 90);
    // 90 = 12 x 7 + 6.
    let bars = groups(&html, "bar");
    assert_eq!(bars.len(), 13);
    assert_eq!(attr_u32(bars[0], "data-days"), 6);
    // 5 March minus 89 days: 5 Dec 2024 (31 days of December, 31 of January, 28 of
    // February: 89 = 26 + 31 + 28 + 4).
    assert_eq!(report.first_night().to_string(), "2024-12-06");
    assert_eq!(attr(bars[0], "data-first"), "2024-12-06");
    assert!(
        report
            .to_markdown()
            .contains("No episodes were recorded in these 90 nights.")
    );
}

#[test]
fn a_single_episode_lands_on_its_night() {
    let profile = Profile::default();
    // 02:30 on Tue 4 March belongs to the night that began on Mon 3 March.
    let diary = Diary::from_episodes([cramp("2025-03-04T02:30:00+01:00", 7, true, true)]);
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    let html = report.to_html();

    let with: Vec<_> = groups(&html, "night")
        .into_iter()
        .filter(|n| attr(n, "data-episodes") != "0")
        .collect();
    assert_eq!(with.len(), 1);
    assert_eq!(attr(with[0], "data-date"), "2025-03-03");
    assert_eq!(attr(with[0], "data-worst-pain"), "7");
    assert_eq!(attr(with[0], "data-woke"), "true");
    assert_eq!(html.matches("class=\"woke\"").count(), 1);
    assert_eq!(texts(&html, "pain"), ["7"]);
    // The last bar is the 7 nights from Thu 27 Feb to Wed 5 Mar.
    let bars = groups(&html, "bar");
    let last = bars.last().unwrap();
    assert_eq!(
        (attr(last, "data-first"), attr(last, "data-last")),
        ("2025-02-27", "2025-03-05")
    );
    assert_eq!(attr(last, "data-episodes"), "1");
    assert!(html.contains("The other 29 nights in the window: no cramp recorded."));

    let md = report.to_markdown();
    assert!(md.contains("| Mon 3 Mar 2025 | 1 | 7 | yes |"));
    // 1 x 7 / 30 = 0.233.. -> 0.2; 1 x 30 / 30 = 1.
    assert!(md.contains("| Cramps per week | 0.2 |"));
    assert!(md.contains("| Cramps per month | 1 |"));
    assert!(md.contains("| Worst pain | 7 |"));
    assert!(md.contains("| Mean duration | 3 min |"));
}

/// One cramp at 02:00 on each of the 365 days up to 6 March 2025: nights from
/// 6 March 2024 to 5 March 2025, pain cycling 0..=10, woken every other night.
fn year_of_cramps() -> Diary {
    let start = chrono::NaiveDate::from_ymd_opt(2025, 3, 6).unwrap();
    Diary::from_episodes((0..365u64).map(|k| {
        let day = start - chrono::Days::new(k);
        cramp(
            &format!("{day}T02:00:00+01:00"),
            (k % 11) as u8,
            k % 2 == 0,
            true,
        )
    }))
}

#[test]
fn three_hundred_and_sixty_five_episodes() {
    let profile = Profile::default();
    let diary = year_of_cramps();
    assert_eq!(diary.len(), 365);
    let a = assessed(&profile, &diary, AS_OF);

    // 30 nights: one cramp each; bars 2 + 7 + 7 + 7 + 7.
    let report = Report::new(&a).unwrap();
    let html = report.to_html();
    let nights = groups(&html, "night");
    assert_eq!(nights.len(), 30);
    assert!(nights.iter().all(|n| attr(n, "data-episodes") == "1"));
    let counts: Vec<u32> = groups(&html, "bar")
        .iter()
        .map(|b| attr_u32(b, "data-episodes"))
        .collect();
    assert_eq!(counts, [2, 7, 7, 7, 7]);
    assert_eq!(report.stats().episodes, 30);
    assert!(html.contains("Every night in the window had a cramp in bed."));

    // A year (366 nights, the most allowed): 5 Mar 2024 to 5 Mar 2025; the first night
    // has no cramp, the other 365 have one. 366 = 52 x 7 + 2: 53 bars, the oldest
    // 2 nights holding 1 cramp.
    let report = report.with_window_days(366).unwrap();
    assert_eq!(report.first_night().to_string(), "2024-03-05");
    let html = report.to_html();
    let nights = groups(&html, "night");
    assert_eq!(nights.len(), 366);
    assert_eq!(
        nights
            .iter()
            .filter(|n| attr(n, "data-episodes") == "1")
            .count(),
        365
    );
    assert_eq!(attr(nights[0], "data-episodes"), "0");
    let counts: Vec<u32> = groups(&html, "bar")
        .iter()
        .map(|b| attr_u32(b, "data-episodes"))
        .collect();
    assert_eq!(counts.len(), 53);
    assert_eq!(counts[0], 1);
    assert!(counts[1..].iter().all(|&c| c == 7));
    assert_eq!(report.stats().episodes, 365);
    // k = 0, 2, 4, ..., 364 woke: 183 nights.
    assert_eq!(html.matches("class=\"woke\"").count(), 183);
    assert_eq!(report.stats().nights_disturbed, 183);
    let md = report.to_markdown();
    assert!(md.contains("The other night in the window: no cramp recorded."));
}

#[test]
fn episodes_outside_the_window_are_left_out() {
    let profile = Profile::default();
    let diary = Diary::from_episodes([
        // 11:00 on 4 Feb belongs to the night of 3 Feb: before the first night.
        cramp("2025-02-04T11:00:00+01:00", 9, true, true),
        // 13:00 on 4 Feb begins the night of 4 Feb: the first night.
        cramp("2025-02-04T13:00:00+01:00", 4, false, true),
        // A year earlier: far outside.
        cramp("2024-02-20T03:00:00+01:00", 10, true, true),
        // 07:00 on 6 Mar: the night of 5 Mar, the last night.
        cramp("2025-03-06T07:00:00+01:00", 5, true, true),
    ]);
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    let html = report.to_html();
    let with: Vec<(&str, &str)> = groups(&html, "night")
        .into_iter()
        .filter(|n| attr(n, "data-episodes") != "0")
        .map(|n| (attr(n, "data-date"), attr(n, "data-worst-pain")))
        .collect();
    assert_eq!(with, [("2025-02-04", "4"), ("2025-03-05", "5")]);
    assert_eq!(report.stats().episodes, 2);
    assert_eq!(report.stats().max_pain.map(|p| p.get()), Some(5));
    let sum: u32 = groups(&html, "bar")
        .iter()
        .map(|b| attr_u32(b, "data-episodes"))
        .sum();
    assert_eq!(sum, 2);
    assert!(html.contains("The other 28 nights in the window: no cramp recorded."));
}

#[test]
fn daytime_cramps_count_in_the_bars_but_not_on_the_calendar() {
    let profile = Profile::default();
    let diary = Diary::from_episodes([
        cramp("2025-03-01T15:00:00+01:00", 6, false, false),
        cramp("2025-03-02T03:00:00+01:00", 3, true, true),
    ]);
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    let html = report.to_html();
    let with = groups(&html, "night")
        .into_iter()
        .filter(|n| attr(n, "data-episodes") != "0")
        .count();
    assert_eq!(with, 1);
    assert_eq!(report.stats().nights_with_cramps, 1);
    let last = *groups(&html, "bar").last().unwrap();
    assert_eq!(attr(last, "data-episodes"), "2");
    assert!(html.contains(
        "1 cramp not in bed at night is not on the calendar; the weekly counts include it."
    ));
}

#[test]
fn two_cramps_in_one_night_show_the_worst_pain_and_the_count() {
    let profile = Profile::default();
    let diary = Diary::from_episodes([
        cramp("2025-03-02T01:00:00+01:00", 3, false, true),
        cramp("2025-03-02T04:00:00+01:00", 8, true, true),
    ]);
    let a = assessed(&profile, &diary, AS_OF);
    let html = Report::new(&a).unwrap().to_html();
    let night = groups(&html, "night")
        .into_iter()
        .find(|n| attr(n, "data-date") == "2025-03-01")
        .unwrap();
    assert_eq!(
        (attr(night, "data-episodes"), attr(night, "data-worst-pain")),
        ("2", "8")
    );
    assert_eq!(texts(&html, "multi"), ["\u{d7}2"]);
}

#[test]
fn window_limits() {
    let (profile, diary) = (Profile::default(), Diary::new());
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    for ok in [7, 30, 90, 366] {
        assert_eq!(
            report.clone().with_window_days(ok).unwrap().window_days(),
            ok
        );
    }
    for bad in [0, 6, 367, u32::MAX] {
        let err = report.clone().with_window_days(bad).unwrap_err();
        assert_eq!(err, ReportError::Window(bad));
        assert_eq!(err.field(), "window_days");
        assert_eq!(
            err.to_string(),
            format!("invalid report window {bad} nights: must be from 7 to 366 nights")
        );
    }
    // A 7-night window is one whole bar.
    let html = report.with_window_days(7).unwrap().to_html();
    assert_eq!(groups(&html, "bar").len(), 1);
    assert_eq!(groups(&html, "night").len(), 7);
}

#[test]
fn an_episode_after_as_of_cannot_reach_a_report() {
    // A report is made from an `Assessed`, and an input whose diary runs past `as_of`
    // is refused before it can be assessed: the late cramp (7 March) is episode 0 of
    // the diary and starts after the 6 March as-of time.
    let late = Diary::from_episodes([cramp("2025-03-07T02:00:00+01:00", 5, true, true)]);
    let err = AssessmentInput::new(at(AS_OF), Profile::default(), late).unwrap_err();
    assert_eq!(err.field(), "diary.episodes[0].start");
    assert!(matches!(
        err,
        AssessError::EpisodeAfterAsOf { index: 0, .. }
    ));
}

#[test]
fn an_evening_as_of_shows_the_night_in_progress() {
    // At 23:00 on 6 March the night of 6 March has begun: it is the last night.
    let (profile, diary) = (
        Profile::default(),
        Diary::from_episodes([cramp("2025-03-06T22:30:00+01:00", 5, true, true)]),
    );
    let a = assessed(&profile, &diary, "2025-03-06T23:00:00+01:00");
    let report = Report::new(&a).unwrap();
    assert_eq!(report.last_night().to_string(), "2025-03-06");
    assert_eq!(report.first_night().to_string(), "2025-02-05");
    assert_eq!(report.stats().episodes, 1);
}

#[test]
fn recalls_are_listed_only_when_given() {
    let (profile, diary) = (Profile::default(), Diary::new());
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    assert!(!report.to_html().contains("Recalled products"));
    let registry = recall_registry("Orphenadrine citrate ER 100 mg", "Subpotent drug");
    // A lot the recall does not name lists nothing.
    let report = report.with_recall_lookup(
        &registry,
        &"0781-1151-01".parse().unwrap(),
        &"ZZ9999".parse().unwrap(),
    );
    assert!(report.recalls().is_empty());
    let report = with_recall(report, &registry);
    let html = report.to_html();
    assert!(html.contains("Recalled products"));
    assert!(html.contains("<td>0781-1151-01</td><td>AB1234</td>"));
    // The product as the recall describes it; the recall's number, class and reason.
    assert!(report.to_markdown().contains(
        "| Orphenadrine citrate ER 100 mg, NDC 0781-1151-01 | 0781-1151-01 | AB1234 | \
         D-0001-2025 (Class II): Subpotent drug |"
    ));
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Report<'static>>();
    check::<RecalledMedication>();
    check::<ReportError>();
}
