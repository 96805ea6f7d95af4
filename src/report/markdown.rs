//! The Markdown summary: the same content as the HTML page, as headings, lists and
//! tables (GitHub-flavoured table syntax), without the charts: their numbers are in
//! the tables.

use std::fmt::Write as _;

use super::content::{Cited, Content, Group, cite_keys, other_nights};
use super::escape::{markdown as md, push_markdown};
use super::svg::long_date;

fn cited_line(out: &mut String, prefix: &str, item: &Cited) {
    out.push_str(prefix);
    push_markdown(out, &item.text);
    if !item.cites.is_empty() {
        out.push_str(" \\[");
        push_markdown(out, &cite_keys(&item.cites));
        out.push_str("\\]");
    }
    out.push('\n');
}

fn group(out: &mut String, g: &Group) {
    let _ = write!(out, "\n### {}\n\n", md(&g.heading));
    if g.items.is_empty() {
        out.push_str("Nothing to add here.\n");
    }
    for item in &g.items {
        cited_line(out, "- ", item);
    }
}

/// Renders the whole summary.
pub(crate) fn render(c: &Content) -> String {
    let mut out = String::with_capacity(8_000 + 80 * c.nights.len());
    let _ = write!(
        out,
        "# {}\n\n{}\n\n> **{}**\n",
        md(&c.title),
        md(&c.as_of),
        md(&c.notice)
    );

    out.push_str("\n## At a glance\n\n");
    let r = &c.referral;
    let _ = writeln!(out, "**{}**", md(&r.headline));
    if let Some(alert) = &r.alert {
        let _ = writeln!(out, "\n**{}**", md(alert));
    }
    if let Some(rise) = &r.could_rise {
        let _ = writeln!(out, "\n{}", md(rise));
    }
    if let Some(score) = &c.score {
        let _ = writeln!(out, "\n{}", md(&score.heading));
    }
    out.push_str("\n| Figure | Value | How it was counted |\n|---|---:|---|\n");
    for row in &c.stats {
        let _ = write!(
            out,
            "| {} | {} | {}",
            md(row.label),
            md(&row.value),
            md(&row.note)
        );
        if !row.cites.is_empty() {
            let _ = write!(out, " \\[{}\\]", md(&cite_keys(&row.cites)));
        }
        out.push_str(" |\n");
    }

    out.push_str("\n## Night by night\n\n");
    let _ = writeln!(out, "{}", md(&c.heatmap_desc));
    let with: Vec<_> = c.nights.iter().filter(|n| n.episodes > 0).collect();
    if with.is_empty() {
        let _ = writeln!(
            out,
            "\nNo episodes were recorded in these {} nights.",
            c.window_days
        );
    } else {
        out.push_str(
            "\n| Night of | Cramps | Worst pain (0\u{2013}10) | Woken |\n|---|---:|---:|---|\n",
        );
        for n in &with {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(&long_date(n.date)),
                n.episodes,
                n.worst_pain
                    .map_or_else(|| "\u{2013}".to_owned(), |p| p.to_string()),
                if n.woke { "yes" } else { "no" }
            );
        }
        let _ = writeln!(out, "\n{}", md(&other_nights(c.nights.len(), with.len())));
    }

    out.push_str("\n## Cramps per week\n\n");
    let _ = writeln!(out, "{}", md(&c.bars_desc));
    out.push_str("\n| Nights | Length | Cramps |\n|---|---:|---:|\n");
    for b in &c.bins {
        let _ = writeln!(
            out,
            "| {} to {} | {} nights | {} |",
            md(&long_date(b.first)),
            md(&long_date(b.last)),
            b.days,
            b.episodes
        );
    }
    out.push_str("\nReference lines:\n\n");
    for line in &c.lines {
        let _ = writeln!(out, "- {}", md(&line.legend));
    }

    out.push_str("\n## Why see a doctor, and how soon\n\n");
    let _ = writeln!(out, "**{}**\n", md(&r.headline));
    if r.reasons.is_empty() {
        out.push_str("No reason to see a doctor was found in the answers given.\n");
    }
    for (i, reason) in r.reasons.iter().enumerate() {
        cited_line(&mut out, &format!("{}. ", i + 1), reason);
    }
    out.push_str("\n### Questions still to ask\n\n");
    if r.questions.is_empty() {
        out.push_str("None: every question that could change the level was answered.\n");
    }
    for q in &r.questions {
        let _ = writeln!(out, "- {}", md(q));
    }
    if let Some(score) = &c.score {
        if !score.items.is_empty() {
            out.push_str("\n### What the burden score is made of\n\n");
            for item in &score.items {
                cited_line(&mut out, "- ", item);
            }
        }
    }
    for g in &c.differential {
        group(&mut out, g);
    }

    out.push_str("\n## Medicines\n\n### Medicines that may cause cramps\n\n");
    if c.flagged.is_empty() {
        out.push_str(
            "None of the medicines on the profile is listed as a possible cause of cramps.\n",
        );
    } else {
        out.push_str("| Medicine | Why it is listed | Sources |\n|---|---|---|\n");
        for m in &c.flagged {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                md(&m.name),
                md(&m.detail),
                md(&cite_keys(&m.cites))
            );
        }
    }
    if !c.unlisted.is_empty() {
        out.push_str("\nAlso named, but not in this library's medicine list (ask about them):\n\n");
        for name in &c.unlisted {
            let _ = writeln!(out, "- {}", md(name));
        }
    }
    if !c.recalls.is_empty() {
        out.push_str("\n### Recalled products\n\nThese entries match a recall by NDC and lot number. Do not stop a medicine on your own: ask a pharmacist or doctor what to do.\n\n| Medicine | NDC | Lot | Recall |\n|---|---|---|---|\n");
        for m in &c.recalls {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(&m.name),
                md(&m.ndc),
                md(&m.lot),
                md(&m.recall)
            );
        }
    }

    out.push_str("\n## Plan\n");
    for g in &c.plan {
        group(&mut out, g);
    }

    out.push_str("\n## Sources\n\n");
    for (i, cite) in c.sources.iter().enumerate() {
        let s = cite.source();
        let _ = write!(out, "{}. **{}**: {}", i + 1, md(s.key), md(s.reference));
        if !s.url.is_empty() {
            let _ = write!(out, " {}", md(s.url));
        }
        out.push('\n');
    }
    let _ = write!(out, "\n---\n\n{}\n", md(&c.notice));
    out
}
