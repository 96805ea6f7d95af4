//! The diary side of the report: episode marks for the charts, the reference
//! lines, the key-figures table and the chart descriptions.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::Report;
use super::calendar::Mark;
use super::content::{StatRow, cite_keys};
use super::escape::number;
use super::svg::{Night, ReferenceLine, WeekBin, cramps, long_date};
use crate::{
    Citation, DiaryStats, FREQUENT_PER_WEEK, FrequencyThreshold, MODERATE_SEVERE_PER_MONTH, Trend,
};

/// One mark per episode in the report's window.
pub(crate) fn marks(report: &Report<'_>, first: NaiveDate, last: NaiveDate) -> Vec<Mark> {
    let (start, end) = report.window_bounds();
    let offset = end.offset();
    // Copies of one cramp are one mark, as in the statistics (worst pain, woke or
    // in bed if any copy says so).
    crate::diary::events(report.diary().episodes())
        .filter(|ev| ev.first.start() > start && ev.first.start() <= end)
        .map(|ev| (ev.first, ev.pain, ev.woke, ev.in_bed))
        .map(|(e, pain, woke, in_bed)| Mark {
            // An episode recorded with another UTC offset than `as_of` can have its
            // own (local) night just outside the window near noon at either end; on
            // the calendar it goes to the nearest night shown, so every episode in
            // the window is drawn once.
            night: e.night().clamp(first, last.max(first)),
            // The bars count by the night in `as_of`'s offset, which is exactly the
            // statistics' window (the last bar is `episodes_last_7_days`).
            bin_night: super::night_of(e.start().with_timezone(offset)),
            pain: pain.get(),
            woke,
            at_night: in_bed,
        })
        .collect()
}

/// The two frequency thresholds as weekly reference lines.
pub(crate) fn reference_lines() -> Vec<ReferenceLine> {
    let line = |t: &FrequencyThreshold, tag: &str, dash: &'static str| {
        let per_week = f64::from(t.count) * 7.0 / f64::from(t.days.max(1));
        let keys = cite_keys(t.citations);
        let mut short_legend = format!("{} or more cramps in {} days", t.count, t.days);
        if t.days != 7 {
            let _ = write!(short_legend, " = {} per 7 days", number(per_week, 2));
        }
        let legend = format!("{short_legend}: {} [{keys}]", t.label);
        let _ = write!(short_legend, " [{keys}]");
        ReferenceLine {
            per_week,
            tag: tag.to_owned(),
            legend,
            short_legend,
            dash,
            cites: t.citations.to_vec(),
        }
    };
    vec![
        line(&FREQUENT_PER_WEEK, "3 / 7 d", "9 4"),
        line(&MODERATE_SEVERE_PER_MONTH, "5 / 30 d", "2 3"),
    ]
}

fn opt(v: Option<f64>, decimals: usize, unit: &str) -> String {
    v.map_or_else(
        || "\u{2013}".to_owned(),
        |x| format!("{}{unit}", number(x, decimals)),
    )
}

fn yes_no(b: bool) -> String {
    if b { "yes".to_owned() } else { "no".to_owned() }
}

fn trend_text(t: Trend) -> &'static str {
    match t {
        Trend::Rising => "rising",
        Trend::Steady => "steady",
        Trend::Falling => "falling",
        Trend::NotEnoughData => "not enough data",
    }
}

pub(crate) fn stat_rows(s: &DiaryStats) -> Vec<StatRow> {
    let n = s.window_days;
    let row = |label: &'static str, value: String, note: String, cites: &[Citation]| StatRow {
        label,
        value,
        note,
        cites: cites.to_vec(),
    };
    let muscles: Vec<&str> = s.muscles.iter().map(|m| m.as_str()).collect();
    vec![
        row(
            "Cramps recorded",
            s.episodes.to_string(),
            format!("in the last {n} nights"),
            &[],
        ),
        row(
            "Cramps per week",
            number(s.per_week, 1),
            format!("cramps \u{d7} 7 \u{f7} {n}"),
            &[],
        ),
        row(
            "Cramps per month",
            number(s.per_30_days, 1),
            format!("cramps \u{d7} 30 \u{f7} {n}"),
            &[],
        ),
        row(
            "Cramps in the last 7 nights",
            s.episodes_last_7_days.to_string(),
            String::new(),
            &[],
        ),
        row(
            "Reaches 3 or more a week",
            yes_no(s.meets(&FREQUENT_PER_WEEK)),
            format!("averaged over the {n} nights"),
            FREQUENT_PER_WEEK.citations,
        ),
        row(
            "Reaches 5 or more a month",
            yes_no(s.meets(&MODERATE_SEVERE_PER_MONTH)),
            format!("averaged over the {n} nights"),
            MODERATE_SEVERE_PER_MONTH.citations,
        ),
        row(
            "Nights with cramps",
            s.nights_with_cramps.to_string(),
            format!("of {n}; cramps in bed at night"),
            &[],
        ),
        row(
            "Nights disturbed",
            s.nights_disturbed.to_string(),
            "nights on which a cramp woke the person".to_owned(),
            &[],
        ),
        row(
            "Mean pain",
            opt(s.mean_pain, 1, ""),
            "0 (none) to 10 (worst imaginable)".to_owned(),
            &[],
        ),
        row(
            "Worst pain",
            s.max_pain
                .map_or_else(|| "\u{2013}".to_owned(), |p| p.get().to_string()),
            "0 to 10".to_owned(),
            &[],
        ),
        row(
            "Mean duration",
            opt(s.mean_duration_minutes, 1, " min"),
            String::new(),
            &[],
        ),
        row(
            "Longest cramp",
            opt(s.longest_minutes, 1, " min"),
            String::new(),
            &[],
        ),
        row(
            "Share in bed at night",
            opt(s.share_at_night.map(|x| x * 100.0), 0, " %"),
            String::new(),
            &[],
        ),
        row(
            "Trend",
            trend_text(s.trend).to_owned(),
            format!(
                "{} in these {n} nights against {} in the {n} before; a change of 25 % or more counts",
                cramps(s.episodes),
                s.previous_window_episodes
            ),
            Trend::CITATIONS,
        ),
        row(
            "Muscles",
            if muscles.is_empty() {
                "\u{2013}".to_owned()
            } else {
                muscles.join(", ").replace('_', " ")
            },
            String::new(),
            &[],
        ),
    ]
}

pub(crate) fn heatmap_desc(
    nights: &[Night],
    first: NaiveDate,
    last: NaiveDate,
    daytime: usize,
) -> String {
    let with = nights.iter().filter(|n| n.episodes > 0).count();
    let woke = nights.iter().filter(|n| n.woke).count();
    let total: u32 = nights.iter().map(|n| n.episodes).sum();
    let worst = nights.iter().filter_map(|n| n.worst_pain).max();
    let mut s = format!(
        "{} nights, the night of {} to the night of {}. ",
        nights.len(),
        long_date(first),
        long_date(last)
    );
    match worst {
        None => s.push_str("No episodes were recorded in bed at night."),
        Some(w) => {
            let _ = write!(
                s,
                "{} in bed at night, on {with} nights; woken on {woke} nights; worst pain {w} of 10.",
                cramps(total)
            );
        }
    }
    if daytime > 0 {
        let _ = write!(
            s,
            " {} not in bed at night {} not on the calendar; the weekly counts include {}.",
            cramps(u32::try_from(daytime).unwrap_or(u32::MAX)),
            if daytime == 1 { "is" } else { "are" },
            if daytime == 1 { "it" } else { "them" }
        );
    }
    s
}

pub(crate) fn bars_desc(bins: &[WeekBin], stats: &DiaryStats) -> String {
    let most = bins.iter().map(|b| b.episodes).max().unwrap_or(0);
    let mut s = format!(
        "{} bars, each 7 nights counted back from the last night",
        bins.len()
    );
    if let Some(b) = bins.first().filter(|b| b.days < 7) {
        let _ = write!(s, " (the oldest covers {} nights)", b.days);
    }
    let _ = write!(
        s,
        ". {} in all; at most {most} in one bar; {} in the last 7 nights. Dashed line: 3 or more \
         in 7 days; dotted line: 5 or more in 30 days.",
        cramps(stats.episodes),
        stats.episodes_last_7_days
    );
    s
}
