//! The report carries the assessment in full: every referral reason with its
//! sources, the questions, the plan, the medicines that may cause cramps, and the
//! not-a-diagnosis statement, in both formats.

use crate::support;
use legcramps::assess::Urgency;
use legcramps::{Answer, Diary, LegSwelling, MedicationId, Profile, Report};
use support::report::*;

const AS_OF: &str = "2025-03-06T08:00:00+01:00";

/// HTML text escaping, written out again here (independently of the crate).
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Markdown escaping of inline text, for text that does not start with a block
/// marker (as the crate's reason and step texts do not).
fn md_text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// On quinine with unexplained bruising, a swollen tender calf on one side, taking
/// salbutamol and ibuprofen, and simvastatin by free name.
fn urgent_profile() -> Profile {
    let mut p = Profile::builder()
        .medications(vec![
            MedicationId::Quinine,
            MedicationId::Salbutamol,
            MedicationId::Ibuprofen,
        ])
        .other_medications(vec!["simvastatin".parse().unwrap()])
        .build();
    p.symptoms.unexplained_bruising_or_bleeding = Answer::Yes;
    p.symptoms.leg_swelling = LegSwelling::OneSide;
    p.symptoms.calf_tender_or_warm = Answer::Yes;
    p
}

#[test]
fn every_reason_question_and_step_is_shown_with_its_sources() {
    let profile = urgent_profile();
    let diary = Diary::from_episodes([cramp("2025-03-04T02:30:00+01:00", 6, true, true)]);
    let a = assessed(&profile, &diary, AS_OF);
    assert_eq!(a.assessment().referral.urgency, Urgency::Urgent);
    assert!(a.assessment().referral.stop_quinine);
    let report = Report::new(&a).unwrap();
    let (html, md) = (report.to_html(), report.to_markdown());

    assert!(html.contains(
        "<div class=\"banner urgent\"><strong>Suggested level: same-day medical advice."
    ));
    assert!(md.contains("**Suggested level: same-day medical advice."));
    for text in [&html, &md] {
        assert!(text.contains("Stop quinine now and get medical help"));
    }

    assert!(!a.assessment().referral.reasons.is_empty());
    for r in &a.assessment().referral.reasons {
        let reason = capitalised(&r.reason());
        assert!(html.contains(&html_text(&reason)), "{reason}");
        assert!(md.contains(&md_text(&reason)), "{reason}");
        for c in r.citations().iter() {
            // Listed in the sources with its full reference.
            assert!(
                html.contains(&format!(
                    "<strong>{}</strong>: {}",
                    c.key(),
                    html_text(c.reference())
                )),
                "{c}"
            );
            assert!(
                md.contains(&format!(
                    "**{}**: {}",
                    md_text(c.key()),
                    md_text(c.reference())
                )),
                "{c}"
            );
        }
    }
    // The DVT rule is the library's own inference, and says so.
    assert!(
        md.contains(
            "This rule is this library's own safety inference, not a quoted guideline rule"
        )
    );

    for q in &a.assessment().referral.questions {
        assert!(html.contains(&html_text(q.ask())), "{}", q.ask());
        assert!(md.contains(&md_text(q.ask())), "{}", q.ask());
    }
    let plan = &a.assessment().plan;
    for step in plan
        .in_the_moment
        .iter()
        .chain(&plan.prevention)
        .chain(&plan.cautions)
    {
        assert!(html.contains(&html_text(step.text())), "{}", step.text());
        assert!(md.contains(&md_text(step.text())), "{}", step.text());
    }
    assert!(html.contains("<h3>Tonight, during a cramp</h3>"));
    assert!(html.contains("<h3>From now on, to prevent the next</h3>"));
}

#[test]
fn medicines_that_may_cause_cramps_are_flagged() {
    let profile = urgent_profile();
    let diary = Diary::new();
    let a = assessed(&profile, &diary, AS_OF);
    let md = Report::new(&a).unwrap().to_markdown();
    let table = &md[md
        .find("| Medicine | Why it is listed | Sources |")
        .unwrap()..];
    let rows: Vec<&str> = table
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let names: Vec<&str> = rows
        .iter()
        .map(|r| r.split(" | ").next().unwrap().trim_start_matches("| "))
        .collect();
    // Salbutamol (CKS, Garrison-2012) and simvastatin (a statin) may cause cramps;
    // quinine treats them and ibuprofen does not relieve them: not flagged.
    assert_eq!(names, ["salbutamol", "simvastatin"]);
    assert!(rows[1].contains("ASR 1.16 (95% CI 1.04-1.29) \\[Garrison-2012\\]"));
}

#[test]
fn free_names_the_catalog_does_not_know_are_listed_to_ask_about() {
    let profile = Profile::builder()
        .other_medications(vec!["Grandma's tonic".parse().unwrap()])
        .build();
    let diary = Diary::new();
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    assert!(report.to_html().contains("<li>Grandma&#39;s tonic</li>"));
    assert!(
        report.to_markdown().contains(
            "not in this library's medicine list (ask about them):\n\n- Grandma's tonic\n"
        )
    );
}

#[test]
fn the_plain_statement_opens_and_closes_both_formats() {
    let (profile, diary) = (Profile::default(), Diary::new());
    let a = assessed(&profile, &diary, AS_OF);
    let report = Report::new(&a).unwrap();
    let statement = "It is not a diagnosis and does not replace an examination.";
    assert_eq!(report.to_html().matches(statement).count(), 2);
    assert_eq!(report.to_markdown().matches(statement).count(), 2);
    assert!(
        report
            .to_html()
            .contains("<p class=\"notice\" role=\"note\">This is a summary of a cramp diary")
    );
}

#[test]
fn self_care_when_nothing_applies() {
    let (profile, diary) = (Profile::default(), Diary::new());
    let a = assessed(&profile, &diary, AS_OF);
    let md = Report::new(&a).unwrap().to_markdown();
    assert!(md.contains("**Suggested level: self-care for now."));
    assert!(md.contains("No reason to see a doctor was found in the answers given."));
    assert!(
        md.contains(
            "None of the medicines on the profile is listed as a possible cause of cramps."
        )
    );
}

#[test]
fn the_score_heading_shows_the_burden_and_the_risk() {
    // Issue #11: the score is two subtotals, the diary burden and the person's risk,
    // which add up to the total.
    let profile = urgent_profile();
    let diary = Diary::from_episodes([cramp("2025-03-04T02:30:00+01:00", 6, true, true)]);
    let a = assessed(&profile, &diary, AS_OF);
    let (b, r) = (
        a.assessment().score.burden().points,
        a.assessment().score.risk().points,
    );
    assert_eq!(
        u32::from(b) + u32::from(r),
        u32::from(a.assessment().score.total)
    );
    let report = Report::new(&a).unwrap();
    let md = report.to_markdown();
    let expected = format!(
        "{b} for how heavy the cramps in the diary are (burden) and {r} for the known risk \
         factors that apply (risk)"
    );
    assert!(md.contains(&md_text(&expected)), "{md}");
}
