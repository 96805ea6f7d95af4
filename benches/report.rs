//! Rendering the doctor-visit report: HTML and Markdown for an empty diary, a 30-night
//! window with a month of cramps, and a 366-night window over a year of cramps.

use std::hint::black_box;

use chrono::{DateTime, Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use legcramps::assess::AssessmentInput;
use legcramps::{CrampEpisode, Diary, Profile, Report};

const AS_OF: &str = "2025-03-06T08:00:00+01:00";

/// One cramp at 02:00 on each of the `n` days up to 6 March 2025.
fn diary(n: u64) -> Diary {
    let last = NaiveDate::from_ymd_opt(2025, 3, 6).expect("valid date");
    Diary::from_episodes((0..n).map(|k| {
        let day = last - Days::new(k);
        let start = DateTime::parse_from_rfc3339(&format!("{day}T02:00:00+01:00")).expect("valid");
        CrampEpisode::builder(start)
            .duration_secs(180)
            .muscle("calf")
            .side("left")
            .pain((k % 11) as u8)
            .woke(k % 2 == 0)
            .in_bed_at_night(true)
            .build()
            .expect("valid episode")
    }))
}

fn bench(c: &mut Criterion) {
    let as_of = DateTime::parse_from_rfc3339(AS_OF).expect("valid as_of");
    let profile = Profile::default();
    for (name, n, window) in [
        ("empty_30", 0, 30),
        ("30_episodes_30", 30, 30),
        ("365_episodes_366", 365, 366),
    ] {
        let diary = diary(n);
        let assessed = AssessmentInput::new(as_of, profile.clone(), diary)
            .and_then(AssessmentInput::assessed)
            .expect("assessable");
        let report = Report::new(&assessed)
            .and_then(|r| r.with_window_days(window))
            .expect("valid report");
        c.bench_function(&format!("report_html_{name}"), |b| {
            b.iter(|| black_box(&report).to_html())
        });
        c.bench_function(&format!("report_markdown_{name}"), |b| {
            b.iter(|| black_box(&report).to_markdown())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
