//! A 30-night cramp diary and its statistics.
//!
//! The diary below belongs to an imagined 74-year-old who wakes with calf cramps and
//! noted each one for the 30 nights of November 2025 (UK time, UTC+00:00). It is
//! read from JSON, the form a health platform would send, and summarised over the
//! whole 30 days and over the last 14 days (which can be compared with the 14 days
//! before them).
//!
//! Run with `cargo run --example diary`.

use std::error::Error;

use chrono::DateTime;
use legcramps::{Diary, DiaryStats, FrequencyThreshold};

/// One line per cramp: start (with offset), length in seconds, muscle, side, pain 0-10,
/// whether it woke the sleeper, what helped, and whether it was in bed at night.
const DIARY_JSON: &str = r#"{"episodes": [
 {"start": "2025-11-02T03:40:00+00:00", "duration_seconds": 180, "muscle": "calf", "side": "left", "pain": 5, "woke": true, "relieved_by": ["stretch_muscle"], "in_bed_at_night": true},
 {"start": "2025-11-05T02:15:00+00:00", "duration_seconds": 240, "muscle": "calf", "side": "right", "pain": 6, "woke": true, "relieved_by": ["stretch_muscle", "stand_on_leg"], "in_bed_at_night": true},
 {"start": "2025-11-09T04:50:00+00:00", "duration_seconds": 90, "muscle": "foot", "side": "left", "pain": 4, "woke": true, "relieved_by": ["flex_foot"], "in_bed_at_night": true},
 {"start": "2025-11-12T01:30:00+00:00", "duration_seconds": 360, "muscle": "calf", "side": "left", "pain": 7, "woke": true, "relieved_by": ["stretch_muscle", "massage"], "in_bed_at_night": true},
 {"start": "2025-11-14T16:20:00+00:00", "duration_seconds": 60, "muscle": "calf", "side": "left", "pain": 3, "relieved_by": ["stretch_muscle"]},
 {"start": "2025-11-16T03:05:00+00:00", "duration_seconds": 300, "muscle": "calf", "side": "left", "pain": 6, "woke": true, "relieved_by": ["stand_on_leg"], "in_bed_at_night": true},
 {"start": "2025-11-18T02:45:00+00:00", "duration_seconds": 420, "muscle": "calf", "side": "left", "pain": 7, "woke": true, "relieved_by": ["stretch_muscle", "heat"], "in_bed_at_night": true},
 {"start": "2025-11-19T05:10:00+00:00", "duration_seconds": 540, "muscle": "calf", "side": "both", "pain": 8, "woke": true, "relieved_by": ["stretch_muscle", "stand_on_leg"], "in_bed_at_night": true},
 {"start": "2025-11-21T00:55:00+00:00", "duration_seconds": 150, "muscle": "back_of_thigh", "side": "right", "pain": 5, "woke": true, "relieved_by": ["massage"], "in_bed_at_night": true},
 {"start": "2025-11-22T03:30:00+00:00", "duration_seconds": 240, "muscle": "calf", "side": "left", "pain": 6, "woke": true, "relieved_by": ["stretch_muscle"], "in_bed_at_night": true},
 {"start": "2025-11-22T04:10:00+00:00", "duration_seconds": 120, "muscle": "calf", "side": "left", "pain": 4, "relieved_by": ["stretch_muscle"], "in_bed_at_night": true},
 {"start": "2025-11-24T02:20:00+00:00", "duration_seconds": 300, "muscle": "calf", "side": "right", "pain": 7, "woke": true, "relieved_by": ["stand_on_leg"], "in_bed_at_night": true},
 {"start": "2025-11-26T03:50:00+00:00", "duration_seconds": 120, "muscle": "foot", "side": "left", "pain": 5, "woke": true, "relieved_by": ["flex_foot"], "in_bed_at_night": true},
 {"start": "2025-11-27T23:40:00+00:00", "duration_seconds": 270, "muscle": "calf", "side": "left", "pain": 6, "relieved_by": ["stretch_muscle"], "in_bed_at_night": true},
 {"start": "2025-11-28T04:25:00+00:00", "duration_seconds": 480, "muscle": "calf", "side": "left", "pain": 8, "woke": true, "relieved_by": ["stretch_muscle", "massage"], "in_bed_at_night": true},
 {"start": "2025-11-30T02:35:00+00:00", "duration_seconds": 360, "muscle": "calf", "side": "left", "pain": 7, "woke": true, "relieved_by": ["stretch_muscle"], "in_bed_at_night": true}
]}"#;

/// The morning after the last night of the diary.
const AS_OF: &str = "2025-12-01T08:00:00+00:00";

fn main() -> Result<(), Box<dyn Error>> {
    let diary: Diary = serde_json::from_str(DIARY_JSON)?;
    let as_of = DateTime::parse_from_rfc3339(AS_OF)?;
    let month = diary.stats(as_of)?;
    let fortnight = diary.stats_over(as_of, 14)?;

    println!(
        "Cramp diary: {} entries, statistics as of {AS_OF}",
        diary.len()
    );
    println!();
    print_table(&[&month, &fortnight]);
    println!();
    println!("Thresholds (the window's rate compared with each cut-off):");
    for threshold in [
        &FrequencyThreshold::FREQUENT_PER_WEEK,
        &FrequencyThreshold::MODERATE_SEVERE_PER_MONTH,
    ] {
        print_threshold(threshold, &[&month, &fortnight]);
    }
    println!();
    println!("Sources:");
    let mut cited: Vec<_> = [
        &FrequencyThreshold::FREQUENT_PER_WEEK,
        &FrequencyThreshold::MODERATE_SEVERE_PER_MONTH,
    ]
    .iter()
    .flat_map(|t| t.citations.iter().copied())
    .chain(legcramps::Trend::CITATIONS.iter().copied())
    .collect();
    cited.sort();
    cited.dedup();
    for c in cited {
        println!("  [{c}] {}", c.reference());
    }
    println!();
    println!("Notes: nights run from noon to noon in local time, and a night counts as");
    println!("disturbed when a cramp in bed woke the sleeper. A trend needs entries from");
    println!("before the window: this diary starts 30 days back, so only the 14-day column");
    println!("can compare with the window before it. This summary supports a conversation");
    println!("with a clinician; it is not a diagnosis.");
    Ok(())
}

/// Prints one row per statistic and one column per window.
fn print_table(stats: &[&DiaryStats]) {
    let rows: Vec<(&str, Vec<String>)> = vec![
        (
            "episodes",
            stats.iter().map(|s| s.episodes.to_string()).collect(),
        ),
        (
            "in the last 7 days",
            stats
                .iter()
                .map(|s| s.episodes_last_7_days.to_string())
                .collect(),
        ),
        (
            "per week",
            stats.iter().map(|s| format!("{:.1}", s.per_week)).collect(),
        ),
        (
            "per 30 days",
            stats
                .iter()
                .map(|s| format!("{:.1}", s.per_30_days))
                .collect(),
        ),
        (
            "nights with cramps",
            stats
                .iter()
                .map(|s| s.nights_with_cramps.to_string())
                .collect(),
        ),
        (
            "nights disturbed",
            stats
                .iter()
                .map(|s| s.nights_disturbed.to_string())
                .collect(),
        ),
        (
            "share in bed at night",
            stats.iter().map(|s| percent(s.share_at_night)).collect(),
        ),
        (
            "mean pain (0-10)",
            stats.iter().map(|s| number(s.mean_pain, "")).collect(),
        ),
        (
            "worst pain (0-10)",
            stats
                .iter()
                .map(|s| s.max_pain.map_or("-".into(), |p| p.get().to_string()))
                .collect(),
        ),
        (
            "mean length",
            stats
                .iter()
                .map(|s| number(s.mean_duration_minutes, " min"))
                .collect(),
        ),
        (
            "longest",
            stats
                .iter()
                .map(|s| number(s.longest_minutes, " min"))
                .collect(),
        ),
        (
            "previous window",
            stats
                .iter()
                .map(|s| s.previous_window_episodes.to_string())
                .collect(),
        ),
        (
            "trend",
            stats
                .iter()
                .map(|s| s.trend.to_string().replace('_', " "))
                .collect(),
        ),
        (
            "muscles",
            stats
                .iter()
                .map(|s| {
                    s.muscles
                        .iter()
                        .map(|m| m.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect(),
        ),
    ];
    let headers: Vec<String> = stats
        .iter()
        .map(|s| format!("last {} days", s.window_days))
        .collect();
    let label_width = rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..stats.len())
        .map(|i| {
            rows.iter()
                .filter_map(|(_, cells)| cells.get(i))
                .chain(headers.get(i))
                .map(String::len)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |label: &str, cells: &[String]| {
        let mut out = format!("  {label:<label_width$}");
        for (cell, width) in cells.iter().zip(&widths) {
            out.push_str(&format!("   {cell:>width$}"));
        }
        println!("{out}");
    };
    line("", &headers);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&"-".repeat(label_width), &rule);
    for (label, cells) in &rows {
        line(label, cells);
    }
}

fn print_threshold(t: &FrequencyThreshold, stats: &[&DiaryStats]) {
    let verdicts: Vec<String> = stats
        .iter()
        .map(|s| {
            format!(
                "{} days: {}",
                s.window_days,
                if s.meets(t) { "met" } else { "not met" }
            )
        })
        .collect();
    let sources: Vec<String> = t.citations.iter().map(ToString::to_string).collect();
    println!(
        "  {:<40} {}   [{}]",
        t.label,
        verdicts.join(", "),
        sources.join(", ")
    );
}

fn number(value: Option<f64>, unit: &str) -> String {
    value.map_or_else(|| "-".into(), |v| format!("{v:.1}{unit}"))
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "-".into(), |v| format!("{:.0} %", v * 100.0))
}
