//! Fills a [`Content`] from the inputs: all the report's wording lives here.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::calendar::{self, Mark};
use super::content::{
    Cited, Content, Group, MedicineRow, RecallRow, Referral as ReferralContent, StatRow,
};
use super::escape::number;
use super::svg::{Night, ReferenceLine, WeekBin, cramps, long_date};
use super::{RecalledMedication, Report};
use crate::{
    Answer, Band, Citation, DiaryStats, EvidenceLevel, FREQUENT_PER_WEEK, FrequencyThreshold,
    LookalikeCategory, MODERATE_SEVERE_PER_MONTH, MedicationId, PlanStep, ScoreFactor, Trend,
    Urgency, lookup_medication,
};

/// The plain statement printed at the top and the bottom of the report.
pub(crate) const NOTICE: &str = "This is a summary of a cramp diary and a questionnaire, made to \
     support a conversation with a doctor, nurse or pharmacist. It is not a diagnosis and does \
     not replace an examination. If something feels wrong or is getting worse, seek medical \
     advice whatever this page says.";

const TITLE: &str = "Night leg cramps: summary for a visit to a clinician";

/// Builds the content for `report`.
pub(crate) fn content(report: &Report<'_>) -> Content {
    let stats = report.stats();
    let (first, last) = (report.first_night(), report.last_night());
    let marks = marks(report, first, last);
    let nights = calendar::nights(first, last, &marks);
    let bins = calendar::week_bins(first, last, &marks);
    let daytime = marks.iter().filter(|m| !m.at_night).count();
    let lines = reference_lines();
    let mut c = Content {
        title: TITLE.to_owned(),
        as_of: format!(
            "Diary up to {} (as-of time of the assessment). Charts and figures cover the last \
             {} nights: the night of {} to the night of {}.",
            report.as_of().format("%Y-%m-%d %H:%M %:z"),
            report.window_days(),
            long_date(first),
            long_date(last)
        ),
        first_night: first,
        last_night: last,
        window_days: report.window_days(),
        notice: NOTICE.to_owned(),
        referral: referral(report),
        score: Some(score(report)),
        stats: stat_rows(stats),
        heatmap_desc: heatmap_desc(&nights, first, last, daytime),
        bars_desc: bars_desc(&bins, stats),
        nights,
        bins,
        lines,
        flagged: Vec::new(),
        unlisted: Vec::new(),
        recalls: report.recalls().iter().map(recall_row).collect(),
        differential: differential(report),
        plan: plan(report),
        sources: Vec::new(),
    };
    medicines(report, &mut c);
    c.sources = sources(&c);
    c
}

/// One mark per episode in the report's window.
fn marks(report: &Report<'_>, first: NaiveDate, last: NaiveDate) -> Vec<Mark> {
    let (start, end) = report.window_bounds();
    let offset = end.offset();
    report
        .diary()
        .episodes()
        .iter()
        .filter(|e| e.start() > start && e.start() <= end)
        .map(|e| Mark {
            // An episode recorded with another UTC offset than `as_of` can have its
            // own (local) night just outside the window near noon at either end; on
            // the calendar it goes to the nearest night shown, so every episode in
            // the window is drawn once.
            night: e.night().clamp(first, last.max(first)),
            // The bars count by the night in `as_of`'s offset, which is exactly the
            // statistics' window (the last bar is `episodes_last_7_days`).
            bin_night: super::night_of(e.start().with_timezone(offset)),
            pain: e.pain().get(),
            woke: e.woke(),
            at_night: e.in_bed_at_night(),
        })
        .collect()
}

/// The two frequency thresholds as weekly reference lines.
fn reference_lines() -> Vec<ReferenceLine> {
    let line = |t: &FrequencyThreshold, tag: &str, dash: &'static str| {
        let per_week = f64::from(t.count) * 7.0 / f64::from(t.days.max(1));
        let keys = super::content::cite_keys(t.citations);
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

fn stat_rows(s: &DiaryStats) -> Vec<StatRow> {
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

fn heatmap_desc(nights: &[Night], first: NaiveDate, last: NaiveDate, daytime: usize) -> String {
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

fn bars_desc(bins: &[WeekBin], stats: &DiaryStats) -> String {
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

fn urgency_name(u: Urgency) -> &'static str {
    match u {
        Urgency::SelfCare => "self_care",
        Urgency::Routine => "routine",
        Urgency::Soon => "soon",
        Urgency::Urgent => "urgent",
    }
}

fn urgency_label(u: Urgency) -> &'static str {
    match u {
        Urgency::SelfCare => "self-care for now",
        Urgency::Routine => "routine GP appointment",
        Urgency::Soon => "see a doctor within days",
        Urgency::Urgent => "same-day medical advice",
    }
}

fn referral(report: &Report<'_>) -> ReferralContent {
    let r = &report.assessment().referral;
    let u = r.urgency();
    let reasons = r
        .reasons()
        .iter()
        .map(|reason| {
            let mut text = format!("{} ({})", sentence(&reason.reason), urgency_label(reason.urgency));
            if reason.evidence == EvidenceLevel::SafetyInference {
                text.push_str(". This rule is this library's own safety inference, not a quoted guideline rule");
            }
            Cited::new(text, &reason.citations)
        })
        .collect();
    let questions = r
        .questions()
        .iter()
        .map(|q| {
            format!(
                "{} (a yes would mean: {})",
                q.ask,
                urgency_label(q.would_lead_to)
            )
        })
        .collect();
    ReferralContent {
        level: urgency_name(u).to_owned(),
        headline: format!("Suggested level: {}. {}", urgency_label(u), r.advice()),
        reasons,
        could_rise: r.could_rise().then(|| {
            "Some answers that matter are unknown; the level could rise once they are known \
             (see the questions below)."
                .to_owned()
        }),
        alert: r.stop_quinine().then(|| {
            "Stop quinine now and get medical help: a reason below is a known serious side effect."
                .to_owned()
        }),
        questions,
    }
}

fn band_name(b: Band) -> &'static str {
    match b {
        Band::Low => "low",
        Band::Moderate => "moderate",
        Band::High => "high",
    }
}

fn score(report: &Report<'_>) -> Group {
    let a = report.assessment();
    let s = &a.score;
    let heading = format!(
        "Burden score {} of 100 ({}), from the 30 days to {}. It sums how heavy the cramps \
         are and how many known risk factors apply; it is not a probability of disease.",
        s.total(),
        band_name(s.band()),
        a.as_of.format("%Y-%m-%d")
    );
    let items = s
        .contributions()
        .iter()
        .map(|c| {
            let pts = if c.points == 1 {
                "1 point".to_owned()
            } else {
                format!("{} points", c.points)
            };
            let text = match factor_name(c.factor) {
                Some(name) => format!("{pts}, {name}: {}", c.reason),
                None => format!("{pts}: {}", c.reason),
            };
            Cited::new(text, &c.citations)
        })
        .collect();
    Group { heading, items }
}

/// The name of the risk factor, condition or drug behind a contribution.
fn factor_name(f: ScoreFactor) -> Option<&'static str> {
    match f {
        ScoreFactor::RiskFactor(r) => Some(r.info().name),
        ScoreFactor::Condition(c) => Some(c.info().name),
        ScoreFactor::Medication(m) => Some(m.info().generic),
        _ => None,
    }
}

/// `s` with its first letter in upper case.
fn sentence(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn category_label(c: LookalikeCategory) -> &'static str {
    match c {
        LookalikeCategory::SleepRelatedLegCramps => "night-time leg cramps",
        LookalikeCategory::RestlessLegs => "restless legs",
        LookalikeCategory::Claudication => "reduced blood flow in the leg arteries",
        LookalikeCategory::DeepVeinThrombosis => "a clot in a deep leg vein",
        LookalikeCategory::NerveProblem => "a nerve problem",
    }
}

fn differential(report: &Report<'_>) -> Vec<Group> {
    let d = &report.assessment().differential;
    let mut items = vec![Cited::new(d.summary.to_string(), &[])];
    for cat in &d.categories {
        let present: Vec<_> = cat
            .features
            .iter()
            .filter(|f| f.status == Answer::Yes)
            .collect();
        if present.is_empty() {
            continue;
        }
        let mut cites: Vec<Citation> = present
            .iter()
            .flat_map(|f| f.citations.iter().copied())
            .collect();
        cites.sort();
        cites.dedup();
        let texts: Vec<&str> = present.iter().map(|f| f.text.as_ref()).collect();
        let mut text = format!(
            "Features that can go with {}: {}",
            category_label(cat.category),
            texts.join("; ")
        );
        if cat.criteria_total > 0 {
            let _ = write!(
                text,
                " ({} of {} formal criteria met, {} unknown)",
                cat.criteria_met, cat.criteria_total, cat.criteria_unknown
            );
        }
        items.push(Cited { text, cites });
    }
    vec![Group {
        heading: "Cramps or a look-alike? (for the clinician to judge)".to_owned(),
        items,
    }]
}

fn steps(steps: &[PlanStep]) -> Vec<Cited> {
    steps
        .iter()
        .map(|s| {
            let mut text = s.text.to_string();
            if s.helped_before {
                text.push_str(" (this helped before, according to the diary)");
            }
            if s.evidence == EvidenceLevel::SafetyInference {
                text.push_str(" (this library's own safety inference)");
            }
            Cited::new(text, &s.citations)
        })
        .collect()
}

fn plan(report: &Report<'_>) -> Vec<Group> {
    let p = &report.assessment().plan;
    let mut groups = vec![
        Group {
            heading: "Tonight, during a cramp".to_owned(),
            items: steps(&p.in_the_moment),
        },
        Group {
            heading: "From now on, to prevent the next".to_owned(),
            items: steps(&p.prevention),
        },
    ];
    if !p.supplements.is_empty() {
        groups.push(Group {
            heading: "Supplements: what the evidence says".to_owned(),
            items: steps(&p.supplements),
        });
    }
    if !p.cautions.is_empty() {
        groups.push(Group {
            heading: "Cautions".to_owned(),
            items: steps(&p.cautions),
        });
    }
    if let Some(q) = &p.quinine {
        let mut items = vec![Cited::new(q.summary.to_string(), &[])];
        for n in q.conditions.iter() {
            items.push(Cited::new(
                format!("Condition for use: {}", n.text),
                &n.citations,
            ));
        }
        for n in [&q.benefit, &q.boxed_warning, &q.pregnancy] {
            items.push(Cited::new(n.text.to_string(), &n.citations));
        }
        groups.push(Group {
            heading: "About quinine (asked about; not a suggestion)".to_owned(),
            items,
        });
    }
    groups
}

fn medicines(report: &Report<'_>, c: &mut Content) {
    let profile = report.profile();
    let mut seen: Vec<MedicationId> = Vec::new();
    let mut add = |id: MedicationId, named_as: Option<&str>, c: &mut Content| {
        if !id.may_cause_cramps() || seen.contains(&id) {
            return;
        }
        seen.push(id);
        let info = id.info();
        let mut detail = serde_json::to_value(info.class)
            .ok()
            .and_then(|v| v.as_str().map(|s| sentence(&s.replace('_', " "))))
            .unwrap_or_default();
        if let Some(effect) = &info.effect {
            let _ = write!(
                detail,
                ". {} [{}]: how much more often cramp treatment was started after this kind of \
                 drug was begun than before",
                effect,
                effect.citation.key()
            );
        }
        if !info.note.is_empty() {
            let _ = write!(detail, ". {}", info.note);
        }
        let name = match named_as {
            Some(given) if !given.trim().eq_ignore_ascii_case(info.generic) => {
                format!(
                    "{} (named as \u{201c}{}\u{201d})",
                    info.generic,
                    given.trim()
                )
            }
            _ => info.generic.to_owned(),
        };
        c.flagged.push(MedicineRow {
            name,
            detail,
            cites: info.citations.to_vec(),
        });
    };
    for id in &profile.medications {
        add(*id, None, c);
    }
    for name in &profile.other_medications {
        match lookup_medication(name) {
            Some(row) => add(row.id, Some(name), c),
            None => c.unlisted.push(name.clone()),
        }
    }
}

fn recall_row(m: &RecalledMedication) -> RecallRow {
    RecallRow {
        name: m.name.clone(),
        ndc: m.ndc.clone(),
        lot: m.lot.clone(),
        recall: m.recall.clone(),
    }
}

fn sources(c: &Content) -> Vec<Citation> {
    let mut all: Vec<Citation> = Vec::new();
    let mut take = |cites: &[Citation]| all.extend_from_slice(cites);
    c.stats.iter().for_each(|r| take(&r.cites));
    c.lines.iter().for_each(|l| take(&l.cites));
    c.referral.reasons.iter().for_each(|r| take(&r.cites));
    if let Some(s) = &c.score {
        s.items.iter().for_each(|i| take(&i.cites));
    }
    c.differential
        .iter()
        .chain(&c.plan)
        .flat_map(|g| &g.items)
        .for_each(|i| take(&i.cites));
    c.flagged.iter().for_each(|m| take(&m.cites));
    all.sort();
    all.dedup();
    all
}
