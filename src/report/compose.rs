//! Fills a [`Content`] from the inputs: the report's wording lives here (the diary
//! figures and chart descriptions in [`super::figures`]).

use std::fmt::Write as _;

use super::content::{Cited, Content, Group, MedicineRow, RecallRow, Referral as ReferralContent};
use super::svg::long_date;
use super::{RecalledMedication, Report, calendar, figures};
use crate::assess::{Band, LookalikeCategory, PlanStep, ScoreFactor, Urgency};
use crate::{Answer, Citation, EvidenceLevel, MedicationId};

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
    let marks = figures::marks(report, first, last);
    let nights = calendar::nights(first, last, &marks);
    let bins = calendar::week_bins(first, last, &marks);
    let daytime = marks.iter().filter(|m| !m.at_night).count();
    let lines = figures::reference_lines();
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
        stats: figures::stat_rows(stats),
        heatmap_desc: figures::heatmap_desc(&nights, first, last, daytime),
        bars_desc: figures::bars_desc(&bins, stats),
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
    let u = r.urgency;
    let reasons = r
        .reasons
        .iter()
        .map(|reason| {
            let mut text = format!("{} ({})", sentence(&reason.reason()), urgency_label(reason.urgency()));
            if reason.evidence() == EvidenceLevel::SafetyInference {
                text.push_str(". This rule is this library's own safety inference, not a quoted guideline rule");
            }
            Cited::new(text, reason.citations())
        })
        .collect();
    let questions = r
        .questions
        .iter()
        .map(|q| {
            format!(
                "{} (a yes would mean: {})",
                q.ask(),
                urgency_label(q.would_lead_to())
            )
        })
        .collect();
    ReferralContent {
        level: urgency_name(u).to_owned(),
        headline: format!("Suggested level: {}. {}", urgency_label(u), r.advice),
        reasons,
        could_rise: r.could_rise.then(|| {
            "Some answers that matter are unknown; the level could rise once they are known \
             (see the questions below)."
                .to_owned()
        }),
        alert: r.stop_quinine.then(|| {
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
        "Score {} of 100 ({}), from the 30 days to {}: {} for how heavy the cramps in the \
         diary are (burden) and {} for the known risk factors that apply (risk). It is not \
         a probability of disease.",
        s.total,
        band_name(s.band),
        a.as_of.format("%Y-%m-%d"),
        s.burden().points,
        s.risk().points,
    );
    let items = s
        .contributions
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
    let mut items = vec![Cited::new(d.summary(), &[])];
    for cat in d.categories() {
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
            .flat_map(|f| f.citations().iter().copied())
            .collect();
        cites.sort();
        cites.dedup();
        let texts: Vec<&str> = present.iter().map(|f| f.text()).collect();
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
            let mut text = s.text().to_string();
            if s.helped_before {
                if !text.ends_with('.') {
                    text.push('.');
                }
                text.push_str(" This helped before, according to the diary.");
            }
            if s.evidence() == EvidenceLevel::SafetyInference {
                text.push_str(" (this library's own safety inference)");
            }
            Cited::new(text, s.citations())
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
        // "Thiazide diuretic." unless the catalog note already starts with the class.
        let class = serde_json::to_value(info.class)
            .ok()
            .and_then(|v| v.as_str().map(|s| sentence(&s.replace('_', " "))))
            .unwrap_or_default();
        let mut parts: Vec<String> = Vec::new();
        if !class.is_empty() && !info.note.to_lowercase().starts_with(&class.to_lowercase()) {
            parts.push(format!("{class}."));
        }
        if !info.note.is_empty() {
            parts.push(info.note.to_owned());
        }
        if let Some(effect) = &info.effect {
            parts.push(format!(
                "{effect} [{}]: the ratio of cramp treatment started after to before this kind \
                 of drug was begun.",
                effect.citation.key()
            ));
        }
        let detail = parts.join(" ");
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
    for entry in &profile.other_medications {
        let name = entry.name.as_str();
        let resolved = crate::resolve_medication(name);
        for id in resolved.ids() {
            add(id, Some(name), c);
        }
        if !resolved.is_recognised() {
            c.unlisted.push(name.to_owned());
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
