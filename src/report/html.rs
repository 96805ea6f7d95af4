//! The HTML page: one self-contained document with inline CSS and inline SVG.
//!
//! No scripts, no external fonts, images or style sheets, no links that load anything:
//! the page can be saved, mailed or printed as it is. The layout is one column
//! (max. 46 rem on screen); the print style sheet fits A4 and US Letter alike (the
//! narrower printable width of the two is what the charts are sized for), keeps
//! charts and table rows from splitting across pages, and asks browsers to print the
//! shades as they are.

use std::fmt::Write as _;

use super::bars;
use super::content::{Cited, Content, Group, other_nights};
use super::escape::{html, push_html};
use super::palette;
use super::svg::{self, long_date};

fn css() -> String {
    format!(
        r#"
*{{box-sizing:border-box}}
html{{color-scheme:light}}
body{{margin:0;background:{page};color:{text};font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}}
main{{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}}
h1{{font-size:1.6rem;line-height:1.2;margin:0 0 .3rem}}
h2{{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid {text}}}
h3{{font-size:1.05rem;margin:1.2rem 0 .4rem}}
p,ul,ol{{margin:.4rem 0 .8rem}}
li{{margin:.2rem 0}}
.meta,.cite,figcaption,.small{{color:{muted}}}
.cite{{font-size:.85em}}
.k{{white-space:nowrap}}
.notice{{border:2px solid {text};background:{panel};padding:.6rem .8rem;margin:1rem 0}}
.banner{{border:2px solid {text};border-left-width:.6rem;background:{panel};padding:.6rem .8rem;margin:.6rem 0}}
.banner.urgent{{border-style:double;border-width:4px 4px 4px .8rem}}
.banner strong{{font-size:1.15rem}}
table{{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.95rem}}
caption{{text-align:left;font-weight:600;padding:.2rem 0}}
th,td{{border:1px solid {muted};padding:.3rem .5rem;text-align:left;vertical-align:top}}
thead th{{background:{panel}}}
td.num,th.num{{text-align:right;font-variant-numeric:tabular-nums}}
table.stats th[scope=row]{{width:38%}}
table.stats td.num{{width:16%}}
.url{{overflow-wrap:anywhere}}
figure{{margin:.6rem 0 1rem}}
.wide{{overflow-x:auto}}
svg.chart{{display:block;max-width:100%;height:auto}}
footer{{margin-top:2rem;border-top:1px solid {muted};padding-top:.6rem;font-size:.9rem}}
@page{{margin:14mm 12mm}}
@media print{{
  body{{font-size:10.5pt}}
  main{{max-width:none;padding:0}}
  h2{{margin-top:1.2rem;break-after:avoid}}
  h3{{break-after:avoid}}
  figure,.banner,.notice,tr,li{{break-inside:avoid}}
  th,td{{padding:.15rem .4rem}}
  .wide{{overflow:visible}}
  svg.chart{{max-height:160mm}}
  thead{{display:table-header-group}}
  *{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
}}
"#,
        page = palette::PAGE.hex(),
        text = palette::TEXT.hex(),
        muted = palette::MUTED.hex(),
        panel = palette::PANEL.hex(),
    )
}

/// Citation keys, each kept on one line (`Garrison-2012` must not break at its
/// hyphen), separated by `; `.
fn keys(out: &mut String, cites: &[crate::Citation]) {
    for (i, c) in cites.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str("<span class=\"k\">");
        push_html(out, c.key());
        out.push_str("</span>");
    }
}

fn cites(out: &mut String, item: &Cited) {
    if !item.cites.is_empty() {
        out.push_str(" <span class=\"cite\">[");
        keys(out, &item.cites);
        out.push_str("]</span>");
    }
}

fn cited_list(out: &mut String, items: &[Cited], ordered: bool) {
    out.push_str(if ordered { "<ol>" } else { "<ul>" });
    for item in items {
        out.push_str("<li>");
        push_html(out, &item.text);
        cites(out, item);
        out.push_str("</li>");
    }
    out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
}

fn group(out: &mut String, g: &Group) {
    out.push_str("<h3>");
    push_html(out, &g.heading);
    out.push_str("</h3>\n");
    if g.items.is_empty() {
        out.push_str("<p>Nothing to add here.</p>\n");
    } else {
        cited_list(out, &g.items, false);
    }
}

fn h2(out: &mut String, id: &str, text: &str) {
    let _ = write!(out, "<section id=\"{id}\">\n<h2>{}</h2>\n", html(text));
}

/// Renders the whole page.
pub(crate) fn render(c: &Content) -> String {
    let mut out = String::with_capacity(32_000 + 700 * c.nights.len());
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = write!(
        out,
        "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        html(&c.title),
        css()
    );

    // Header and notice.
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        html(&c.title),
        html(&c.as_of)
    );
    let _ = write!(
        out,
        "<p class=\"notice\" role=\"note\">{}</p>\n</header>\n",
        html(&c.notice)
    );

    // At a glance: referral level and key figures.
    h2(&mut out, "glance", "At a glance");
    let r = &c.referral;
    let _ = write!(
        out,
        "<div class=\"banner {}\"><strong>{}</strong>",
        html(&r.level),
        html(&r.headline)
    );
    if let Some(alert) = &r.alert {
        let _ = write!(out, "<br><strong>{}</strong>", html(alert));
    }
    if let Some(rise) = &r.could_rise {
        let _ = write!(out, "<br>{}", html(rise));
    }
    out.push_str("</div>\n");
    if let Some(score) = &c.score {
        let _ = writeln!(out, "<p>{}</p>", html(&score.heading));
    }
    out.push_str("<div class=\"wide\"><table class=\"stats\">\n<caption>Key figures</caption>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">How it was counted</th></tr></thead>\n<tbody>\n");
    for row in &c.stats {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}",
            html(row.label),
            html(&row.value),
            html(&row.note)
        );
        cites(
            &mut out,
            &Cited {
                text: String::new(),
                cites: row.cites.clone(),
            },
        );
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");

    // Heatmap.
    h2(&mut out, "nights", "Night by night");
    out.push_str("<figure>\n");
    out.push_str(&svg::heatmap(
        &c.nights,
        "Calendar of nights with cramps",
        &c.heatmap_desc,
    ));
    let _ = write!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>\n",
        html(&c.heatmap_desc)
    );
    nights_table(&mut out, c);
    out.push_str("</section>\n");

    // Weekly bars.
    h2(&mut out, "weeks", "Cramps per week");
    out.push_str("<figure>\n");
    out.push_str(&bars::weekly_bars(
        &c.bins,
        &c.lines,
        "Cramps per week",
        &c.bars_desc,
    ));
    let _ = write!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>\n",
        html(&c.bars_desc)
    );
    weeks_table(&mut out, c);
    out.push_str("<p class=\"small\">Reference lines:</p>\n<ul class=\"small\">");
    for line in &c.lines {
        let _ = write!(out, "<li>{}</li>", html(&line.legend));
    }
    out.push_str("</ul>\n</section>\n");

    // Referral reasons and questions.
    h2(&mut out, "referral", "Why see a doctor, and how soon");
    let _ = writeln!(out, "<p><strong>{}</strong></p>", html(&r.headline));
    if r.reasons.is_empty() {
        out.push_str("<p>No reason to see a doctor was found in the answers given.</p>\n");
    } else {
        cited_list(&mut out, &r.reasons, true);
    }
    out.push_str("<h3>Questions still to ask</h3>\n");
    if r.questions.is_empty() {
        out.push_str("<p>None: every question that could change the level was answered.</p>\n");
    } else {
        out.push_str("<ul>");
        for q in &r.questions {
            let _ = write!(out, "<li>{}</li>", html(q));
        }
        out.push_str("</ul>\n");
    }
    if let Some(score) = &c.score {
        if !score.items.is_empty() {
            out.push_str("<h3>What the burden score is made of</h3>\n");
            cited_list(&mut out, &score.items, false);
        }
    }
    for g in &c.differential {
        group(&mut out, g);
    }
    out.push_str("</section>\n");

    medicines(&mut out, c);

    h2(&mut out, "plan", "Plan");
    for g in &c.plan {
        group(&mut out, g);
    }
    out.push_str("</section>\n");

    h2(&mut out, "sources", "Sources");
    out.push_str("<ol class=\"small\">");
    for cite in &c.sources {
        let s = cite.source();
        let _ = write!(
            out,
            "<li id=\"src-{}\"><strong>{}</strong>: {}",
            html(s.key),
            html(s.key),
            html(s.reference)
        );
        if !s.url.is_empty() {
            // Printed as text, not as a link: nothing on the page points outside it.
            let _ = write!(out, " <span class=\"url\">{}</span>", html(s.url));
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>\n</section>\n");

    let _ = write!(
        out,
        "<footer>\n<p>{}</p>\n</footer>\n</main>\n</body>\n</html>\n",
        html(&c.notice)
    );
    out
}

fn nights_table(out: &mut String, c: &Content) {
    let with: Vec<_> = c.nights.iter().filter(|n| n.episodes > 0).collect();
    if with.is_empty() {
        let _ = writeln!(
            out,
            "<p>No episodes were recorded in these {} nights.</p>",
            c.window_days
        );
        return;
    }
    out.push_str("<div class=\"wide\"><table class=\"nights\">\n<caption>Nights with cramps</caption>\n<thead><tr><th scope=\"col\">Night of</th><th scope=\"col\" class=\"num\">Cramps</th><th scope=\"col\" class=\"num\">Worst pain (0\u{2013}10)</th><th scope=\"col\">Woken</th></tr></thead>\n<tbody>\n");
    for n in &with {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            html(&long_date(n.date)),
            n.episodes,
            n.worst_pain
                .map_or_else(|| "\u{2013}".to_owned(), |p| p.to_string()),
            if n.woke { "yes" } else { "no" }
        );
    }
    let _ = write!(
        out,
        "</tbody>\n</table></div>\n<p class=\"small\">{}</p>\n",
        html(&other_nights(c.nights.len(), with.len()))
    );
}

fn weeks_table(out: &mut String, c: &Content) {
    out.push_str("<div class=\"wide\"><table class=\"weeks\">\n<caption>Cramps per week</caption>\n<thead><tr><th scope=\"col\">Nights</th><th scope=\"col\" class=\"num\">Length</th><th scope=\"col\" class=\"num\">Cramps</th></tr></thead>\n<tbody>\n");
    for b in &c.bins {
        let _ = writeln!(
            out,
            "<tr><td>{} to {}</td><td class=\"num\">{} nights</td><td class=\"num\">{}</td></tr>",
            html(&long_date(b.first)),
            html(&long_date(b.last)),
            b.days,
            b.episodes
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
}

fn medicines(out: &mut String, c: &Content) {
    h2(out, "medicines", "Medicines");
    out.push_str("<h3>Medicines that may cause cramps</h3>\n");
    if c.flagged.is_empty() {
        out.push_str("<p>None of the medicines on the profile is listed as a possible cause of cramps.</p>\n");
    } else {
        out.push_str("<div class=\"wide\"><table class=\"flagged\">\n<thead><tr><th scope=\"col\">Medicine</th><th scope=\"col\">Why it is listed</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n");
        for m in &c.flagged {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>",
                html(&m.name),
                html(&m.detail),
            );
            keys(out, &m.cites);
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody>\n</table></div>\n");
    }
    if !c.unlisted.is_empty() {
        out.push_str(
            "<p>Also named, but not in this library's medicine list (ask about them):</p>\n<ul>",
        );
        for name in &c.unlisted {
            let _ = write!(out, "<li>{}</li>", html(name));
        }
        out.push_str("</ul>\n");
    }
    if !c.recalls.is_empty() {
        out.push_str("<h3>Recalled products</h3>\n<p>These entries match a recall by NDC and lot number. Do not stop a medicine on your own: ask a pharmacist or doctor what to do.</p>\n");
        out.push_str("<div class=\"wide\"><table class=\"recalls\">\n<thead><tr><th scope=\"col\">Medicine</th><th scope=\"col\">NDC</th><th scope=\"col\">Lot</th><th scope=\"col\">Recall</th></tr></thead>\n<tbody>\n");
        for m in &c.recalls {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                html(&m.name),
                html(&m.ndc),
                html(&m.lot),
                html(&m.recall)
            );
        }
        out.push_str("</tbody>\n</table></div>\n");
    }
    out.push_str("</section>\n");
}
