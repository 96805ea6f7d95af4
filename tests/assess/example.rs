//! Runs the functions of `examples/assess.rs` (the README's first command): its
//! argument parsing and the human summary it prints by default.

#[allow(dead_code, reason = "main is the example's entry point, not used here")]
#[path = "../../examples/assess.rs"]
mod assess_example;

use assess_example::{Command, Format, Source, parse_args, summary};
use legcramps::assess::{Assessment, AssessmentInput};

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn assessed(json: &str) -> Assessment {
    AssessmentInput::from_json_str(json)
        .unwrap()
        .assess()
        .unwrap()
}

#[test]
fn arguments() {
    let run = |source, format| Ok(Command::Run { source, format });
    assert_eq!(parse_args(&[]), run(Source::Sample, Format::Summary));
    assert_eq!(
        parse_args(&args(&["--json"])),
        run(Source::Sample, Format::Json)
    );
    assert_eq!(
        parse_args(&args(&["-"])),
        run(Source::Stdin, Format::Summary)
    );
    assert_eq!(
        parse_args(&args(&["in.json", "--json"])),
        run(Source::Path("in.json".into()), Format::Json)
    );
    assert_eq!(parse_args(&args(&["--json", "-h"])), Ok(Command::Help));
    assert_eq!(
        parse_args(&args(&["a.json", "b.json"])),
        Err("expected at most one input (a path, or - for standard input)".to_owned())
    );
    assert_eq!(
        parse_args(&args(&["--jsn"])),
        Err("unknown option --jsn".to_owned())
    );
}

#[test]
fn the_sample_summary() {
    let a = assessed(assess_example::SAMPLE);
    let text = summary(&a);
    // The sample has no red flag (no numbness, weakness, swelling; cramps ease with a
    // stretch) but pain 7, broken sleep, a thiazide and arthritis: routine rules only.
    assert!(text.starts_with("Referral: routine\n"), "{text}");
    // An open question could lead to urgent (#11), so the advice says to answer the
    // questions first and then gives the routine level's own advice.
    assert!(
        text.contains("\n  Answer the questions below first"),
        "{text}"
    );
    assert!(text.contains("Book a routine appointment"), "{text}");
    // Nothing is left out: every reason and every open question is printed.
    assert!(!a.referral.reasons.is_empty());
    for r in &a.referral.reasons {
        assert!(
            text.contains(r.reason().as_ref()),
            "missing reason {:?}:\n{text}",
            r.rule
        );
    }
    assert!(!a.referral.questions.is_empty());
    for q in &a.referral.questions {
        assert!(
            text.contains(q.ask()),
            "missing question {:?}:\n{text}",
            q.rule
        );
    }
    // Two cramps in the sample diary (pain 7 and 5), both woke the person.
    assert!(
        text.contains("Burden (last 30 days): 2 cramp(s), 2 night(s) woken, worst pain 7/10\n"),
        "{text}"
    );
    // The score line splits the total into diary burden and risk factors; the parts
    // add up to the total.
    let line = text.lines().find(|l| l.starts_with("Score: ")).unwrap();
    let number_after = |key: &str| -> u32 {
        let rest = &line[line.find(key).unwrap() + key.len()..];
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        digits.parse().unwrap()
    };
    let total = number_after("Score: ");
    assert_eq!(total, u32::from(a.score.total));
    assert_eq!(
        number_after("burden ") + number_after("risk factors "),
        total
    );
    // The stretch relieved the first sample cramp; cautions are all shown.
    assert!(text.contains("(helped you before)"), "{text}");
    for c in &a.plan.cautions {
        assert!(
            text.contains(c.text()),
            "missing caution {:?}:\n{text}",
            c.step
        );
    }
    // The sample asks about quinine.
    assert!(text.contains("\nQuinine: "), "{text}");
    assert!(text.ends_with("--json\n"), "{text}");
}

#[test]
fn a_red_flag_leads_the_summary_whatever_the_score() {
    // A cramp over 10 minutes that does not settle is a same-day rule; with no diary and
    // no risk factors the score is 0.
    let a = assessed(
        r#"{"as_of": "2025-03-01T08:00:00+01:00",
            "profile": {"symptoms": {"cramp_over_10_min_not_settling": "yes"}},
            "diary": {"episodes": []}}"#,
    );
    let text = summary(&a);
    assert!(text.starts_with("Referral: urgent\n"), "{text}");
    assert!(text.contains("Score: 0/100 (low)"), "{text}");
    let reason = a.referral.reasons[0].reason();
    assert!(text.contains(&format!("  - {reason} [urgent]")), "{text}");
    assert!(text.contains("worst pain not recorded"), "{text}");
}
