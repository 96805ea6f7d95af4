//! The two inline SVG charts: a calendar heatmap of nights and a weekly bar chart.
//!
//! Both builders take plain numbers already worked out by the report (see
//! [`Night`] and [`WeekBin`]) and only draw; they never look at episodes. Every chart
//! carries a `<title>` and a `<desc>` (named by `aria-labelledby`), every mark carries
//! its own `<title>` (a tooltip on screen), and every number drawn is also printed as
//! text, so the chart reads the same in grey print and to a screen reader; the report
//! repeats the numbers in tables as well. Marks carry `data-*` attributes with their
//! raw values so tests (and curious readers of the source) can read them back.
//!
//! No `xmlns` attribute: inline SVG in HTML does not need one, and leaving it out keeps
//! every `http` string off the page.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate, Weekday};

use super::escape::{html, number};
use super::palette;

/// One night in the heatmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Night {
    /// The date on which the night began (the evening's date).
    pub(crate) date: NaiveDate,
    /// Episodes recorded that night.
    pub(crate) episodes: u32,
    /// Worst pain score that night, if any episode.
    pub(crate) worst_pain: Option<u8>,
    /// Whether any episode that night woke the person.
    pub(crate) woke: bool,
}

/// One bar of the weekly chart: a run of consecutive days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WeekBin {
    /// First day in the bin.
    pub(crate) first: NaiveDate,
    /// Last day in the bin (inclusive).
    pub(crate) last: NaiveDate,
    /// Number of days in the bin: 7, or fewer for the oldest, partial bin.
    pub(crate) days: u32,
    /// Episodes in the bin.
    pub(crate) episodes: u32,
}

/// A frequency threshold drawn as a reference line, already converted to a weekly rate.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReferenceLine {
    /// Height of the line in episodes per 7 days.
    pub(crate) per_week: f64,
    /// Short tag printed at the line's right end, e.g. `3 / 7 d`.
    pub(crate) tag: String,
    /// Full legend text, with the sources (printed under the chart).
    pub(crate) legend: String,
    /// Legend inside the chart, short enough for its width, with the sources.
    pub(crate) short_legend: String,
    /// SVG `stroke-dasharray`, so the lines differ in grey print.
    pub(crate) dash: &'static str,
    /// The sources of the threshold.
    pub(crate) cites: Vec<crate::Citation>,
}

/// Short English month name.
pub(crate) fn month_abbr(d: NaiveDate) -> &'static str {
    match d.month() {
        1 => "Jan",
        2 => "Feb",
        3 => "Mar",
        4 => "Apr",
        5 => "May",
        6 => "Jun",
        7 => "Jul",
        8 => "Aug",
        9 => "Sep",
        10 => "Oct",
        11 => "Nov",
        _ => "Dec",
    }
}

/// Short English weekday name.
pub(crate) fn weekday_abbr(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

/// `4 Mar`.
pub(crate) fn day_month(d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_abbr(d))
}

/// `Tue 4 Mar 2025`.
pub(crate) fn long_date(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday_abbr(d.weekday()),
        d.day(),
        month_abbr(d),
        d.year()
    )
}

/// `1 cramp` / `3 cramps`.
pub(crate) fn cramps(n: u32) -> String {
    if n == 1 {
        "1 cramp".to_owned()
    } else {
        format!("{n} cramps")
    }
}

const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

fn open_svg(out: &mut String, id: &str, width: u32, height: u32, title: &str, desc: &str) {
    let _ = write!(
        out,
        "<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         font-family=\"{font}\" font-size=\"12\" fill=\"{text}\">\
         <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>",
        font = html(FONT),
        text = palette::TEXT.hex(),
        title = html(title),
        desc = html(desc),
    );
}

fn text(out: &mut String, x: f64, y: f64, attrs: &str, content: &str) {
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\"{attrs}>{}</text>",
        number(x, 1),
        number(y, 1),
        html(content)
    );
}

// ---- heatmap -------------------------------------------------------------------------

const CELL_W: u32 = 52;
const CELL_H: u32 = 40;
const GAP: u32 = 3;
const HM_LEFT: u32 = 58;
const HM_TOP: u32 = 30;

/// Days from the Monday on or before `d` (0 for a Monday).
fn weekday_index(d: NaiveDate) -> u32 {
    d.weekday().num_days_from_monday()
}

/// The calendar heatmap: one row per week (Monday to Sunday), one cell per night, the
/// cell's shade from that night's worst pain, the pain score printed in the cell, a
/// filled dot for a night woken, and the day of the month in the corner. Days outside
/// the window in the first and last rows are left blank.
///
/// `nights` must be consecutive dates in ascending order (the report builds them so).
pub(crate) fn heatmap(nights: &[Night], title: &str, desc: &str) -> String {
    let Some(first) = nights.first() else {
        let mut out = String::new();
        open_svg(&mut out, "heatmap", 300, 40, title, desc);
        text(&mut out, 0.0, 24.0, "", "No nights in the window.");
        out.push_str("</svg>");
        return out;
    };
    let lead = weekday_index(first.date);
    let span = u32::try_from(nights.len())
        .unwrap_or(u32::MAX)
        .saturating_add(lead);
    let rows = span.div_ceil(7).max(1);
    let grid_w = 7 * (CELL_W + GAP);
    let grid_h = rows * (CELL_H + GAP);
    let legend_top = HM_TOP + grid_h + 14;
    let width = HM_LEFT + grid_w + 4;
    let height = legend_top + 98;
    let mut out = String::with_capacity(400 * nights.len() + 2000);
    open_svg(&mut out, "heatmap", width, height, title, desc);

    // Column headers.
    for (i, w) in [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ]
    .iter()
    .enumerate()
    {
        let x = f64::from(HM_LEFT) + (i as f64) * f64::from(CELL_W + GAP) + f64::from(CELL_W) / 2.0;
        text(
            &mut out,
            x,
            f64::from(HM_TOP) - 10.0,
            " text-anchor=\"middle\" font-weight=\"600\"",
            weekday_abbr(*w),
        );
    }

    let muted = palette::MUTED.hex();
    let mut row_labelled = u32::MAX;
    for (i, night) in nights.iter().enumerate() {
        let slot = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(lead);
        let (row, col) = (slot / 7, slot % 7);
        let x = HM_LEFT + col * (CELL_W + GAP);
        let y = HM_TOP + row * (CELL_H + GAP);
        if row != row_labelled {
            // Row label: the first date shown in the row.
            row_labelled = row;
            text(
                &mut out,
                f64::from(HM_LEFT) - 8.0,
                f64::from(y) + f64::from(CELL_H) / 2.0 + 4.0,
                &format!(" text-anchor=\"end\" fill=\"{muted}\""),
                &day_month(night.date),
            );
        }
        let shade = palette::shade_for(night.worst_pain);
        let ink = shade.ink.hex();
        let mut tip = format!("Night of {}: ", long_date(night.date));
        match night.worst_pain {
            None => tip.push_str("no cramp recorded"),
            Some(p) => {
                let _ = write!(tip, "{}, worst pain {p} of 10", cramps(night.episodes));
                tip.push_str(if night.woke { ", woken" } else { ", not woken" });
            }
        }
        let _ = write!(
            out,
            "<g class=\"night\" data-date=\"{}\" data-episodes=\"{}\" data-worst-pain=\"{}\" \
             data-woke=\"{}\"><title>{}</title>\
             <rect x=\"{x}\" y=\"{y}\" width=\"{CELL_W}\" height=\"{CELL_H}\" rx=\"3\" \
             fill=\"{}\" stroke=\"{muted}\" stroke-width=\"1\"/>",
            night.date,
            night.episodes,
            night.worst_pain.map_or_else(String::new, |p| p.to_string()),
            night.woke,
            html(&tip),
            shade.fill.hex(),
        );
        // Day of month in the top-left corner; the 1st (and the first cell) name the month.
        let day = if night.date.day() == 1 || i == 0 {
            day_month(night.date)
        } else {
            night.date.day().to_string()
        };
        text(
            &mut out,
            f64::from(x + 4),
            f64::from(y + 12),
            &format!(" font-size=\"10\" fill=\"{ink}\""),
            &day,
        );
        if let Some(p) = night.worst_pain {
            text(
                &mut out,
                f64::from(x) + f64::from(CELL_W) / 2.0,
                f64::from(y + CELL_H - 8),
                &format!(
                    " class=\"pain\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\" fill=\"{ink}\""
                ),
                &p.to_string(),
            );
        }
        if night.episodes > 1 {
            // More than one cramp that night: the count in the bottom-left corner.
            text(
                &mut out,
                f64::from(x + 4),
                f64::from(y + CELL_H - 5),
                &format!(" class=\"multi\" font-size=\"10\" fill=\"{ink}\""),
                &format!("\u{d7}{}", night.episodes),
            );
        }
        if night.woke {
            let _ = write!(
                out,
                "<circle class=\"woke\" cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{ink}\"/>",
                x + CELL_W - 9,
                y + 9
            );
        }
        out.push_str("</g>");
    }

    heatmap_legend(&mut out, legend_top);
    out.push_str("</svg>");
    out
}

fn heatmap_legend(out: &mut String, top: u32) {
    let muted = palette::MUTED.hex();
    // Two columns of swatches, then the two marks, each on its own line.
    for (i, shade) in (0u32..).zip(palette::SHADES) {
        let x = HM_LEFT + (i % 2) * LEGEND_COL;
        let y = top + (i / 2) * 20;
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"16\" height=\"16\" rx=\"2\" fill=\"{}\" stroke=\"{muted}\"/>",
            shade.fill.hex()
        );
        text(out, f64::from(x + 22), f64::from(y + 12), "", shade.label);
    }
    let y = top + 40;
    let dark = palette::TEXT.hex();
    let _ = write!(
        out,
        "<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{dark}\"/>",
        HM_LEFT + 8,
        y + 8
    );
    text(
        out,
        f64::from(HM_LEFT + 22),
        f64::from(y + 12),
        "",
        "woken by a cramp that night",
    );
    text(
        out,
        f64::from(HM_LEFT),
        f64::from(y + 32),
        "",
        "Large number: worst pain that night (0\u{2013}10).",
    );
    text(
        out,
        f64::from(HM_LEFT),
        f64::from(y + 50),
        "",
        "Small number: day of the month; \u{d7}2: two cramps that night.",
    );
}

const LEGEND_COL: u32 = 190;

// ---- weekly bars -----------------------------------------------------------------------

const BAR_W: u32 = 640;
const BAR_LEFT: u32 = 40;
const BAR_RIGHT: u32 = 64;
const BAR_TOP: u32 = 16;
const PLOT_H: u32 = 200;

/// A tick step giving about six gridlines up to `max`.
fn tick_step(max: u32) -> u32 {
    match max {
        0..=6 => 1,
        7..=12 => 2,
        13..=30 => 5,
        31..=60 => 10,
        61..=150 => 25,
        151..=300 => 50,
        _ => max.div_ceil(6).div_ceil(100).saturating_mul(100).max(100),
    }
}

/// The weekly bar chart: one bar per bin with its count on top, the oldest bin hatched
/// and labelled with its length when it is shorter than 7 days, and each reference
/// line drawn with its own dash pattern, a short tag at its right end and a legend
/// line below the chart.
pub(crate) fn weekly_bars(
    bins: &[WeekBin],
    lines: &[ReferenceLine],
    title: &str,
    desc: &str,
) -> String {
    let max_count = bins.iter().map(|b| b.episodes).max().unwrap_or(0);
    let max_line = lines.iter().map(|l| l.per_week).fold(0.0_f64, f64::max);
    // Round the line height up; as f64 -> u32 saturates and lines are small constants.
    let wanted = max_count.max(max_line.ceil() as u32).max(1);
    let step = tick_step(wanted);
    let top_value = wanted.div_ceil(step).saturating_mul(step);
    let legend_lines = u32::try_from(lines.len()).unwrap_or(0) + 1;
    let axis_y = BAR_TOP + PLOT_H;
    let height = axis_y + 44 + legend_lines * 18;
    let plot_w = BAR_W - BAR_LEFT - BAR_RIGHT;
    let y_of = |v: f64| f64::from(axis_y) - v / f64::from(top_value) * f64::from(PLOT_H);
    let muted = palette::MUTED.hex();

    let mut out = String::with_capacity(600 * bins.len() + 2000);
    open_svg(&mut out, "weekly", BAR_W, height, title, desc);
    let _ = write!(
        out,
        "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{page}\"/>\
         <rect width=\"3\" height=\"6\" fill=\"{bar}\"/></pattern></defs>",
        page = palette::PAGE.hex(),
        bar = palette::BAR.hex()
    );

    // Gridlines and y-axis labels.
    let mut v = 0;
    while v <= top_value {
        let y = y_of(f64::from(v));
        let _ = write!(
            out,
            "<line x1=\"{BAR_LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{muted}\" \
             stroke-width=\"{}\"/>",
            BAR_LEFT + plot_w,
            if v == 0 { "1.5" } else { "0.5" }
        );
        text(
            &mut out,
            f64::from(BAR_LEFT) - 6.0,
            y + 4.0,
            &format!(" text-anchor=\"end\" fill=\"{muted}\""),
            &v.to_string(),
        );
        v = v.saturating_add(step);
        if step == 0 {
            break;
        }
    }
    text(
        &mut out,
        12.0,
        f64::from(BAR_TOP) + f64::from(PLOT_H) / 2.0,
        &format!(
            " text-anchor=\"middle\" fill=\"{muted}\" transform=\"rotate(-90 12 {})\"",
            BAR_TOP + PLOT_H / 2
        ),
        "cramps",
    );

    // Bars.
    let n = u32::try_from(bins.len()).unwrap_or(1).max(1);
    let slot = f64::from(plot_w) / f64::from(n);
    let bar_w = (slot * 0.66).min(48.0);
    for (i, bin) in bins.iter().enumerate() {
        let cx = f64::from(BAR_LEFT) + slot * (i as f64 + 0.5);
        let y = y_of(f64::from(bin.episodes));
        let h = f64::from(axis_y) - y;
        let partial = bin.days < 7;
        let range = if bin.first == bin.last {
            long_date(bin.first)
        } else {
            format!("{} to {}", long_date(bin.first), long_date(bin.last))
        };
        let tip = format!("{range}: {} in {} days", cramps(bin.episodes), bin.days);
        let _ = write!(
            out,
            "<g class=\"bar\" data-first=\"{}\" data-last=\"{}\" data-days=\"{}\" data-episodes=\"{}\">\
             <title>{}</title><rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{bar_w:.1}\" height=\"{h:.1}\" \
             fill=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>",
            bin.first,
            bin.last,
            bin.days,
            bin.episodes,
            html(&tip),
            cx - bar_w / 2.0,
            if partial {
                "url(#hatch)".to_owned()
            } else {
                palette::BAR.hex()
            },
            palette::BAR.hex(),
        );
        text(
            &mut out,
            cx,
            y - 5.0,
            " class=\"count\" text-anchor=\"middle\" font-weight=\"700\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\"",
            &bin.episodes.to_string(),
        );
        text(
            &mut out,
            cx,
            f64::from(axis_y) + 16.0,
            &format!(" text-anchor=\"middle\" font-size=\"11\" fill=\"{muted}\""),
            &day_month(bin.first),
        );
        if partial {
            text(
                &mut out,
                cx,
                f64::from(axis_y) + 29.0,
                &format!(" text-anchor=\"middle\" font-size=\"10\" fill=\"{muted}\""),
                &format!("{} n", bin.days),
            );
        }
        out.push_str("</g>");
    }

    // Reference lines with short tags at the right end.
    let line_colour = palette::THRESHOLD.hex();
    for line in lines {
        let y = y_of(line.per_week);
        let _ = write!(
            out,
            "<g class=\"threshold\" data-per-week=\"{}\"><title>{}</title>\
             <line x1=\"{BAR_LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{line_colour}\" \
             stroke-width=\"2\" stroke-dasharray=\"{}\"/>",
            number(line.per_week, 3),
            html(&line.legend),
            BAR_LEFT + plot_w,
            line.dash,
        );
        text(
            &mut out,
            f64::from(BAR_LEFT + plot_w + 4),
            y + 4.0,
            &format!(" font-size=\"11\" fill=\"{line_colour}\""),
            &line.tag,
        );
        out.push_str("</g>");
    }

    // Legend: one line per reference line, then the hatch.
    let mut y = axis_y + 52;
    for line in lines {
        let _ = write!(
            out,
            "<line x1=\"{BAR_LEFT}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{line_colour}\" stroke-width=\"2\" stroke-dasharray=\"{}\"/>",
            BAR_LEFT + 30,
            y - 4,
            y - 4,
            line.dash
        );
        text(
            &mut out,
            f64::from(BAR_LEFT + 38),
            f64::from(y),
            "",
            &line.short_legend,
        );
        y += 18;
    }
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"12\" fill=\"url(#hatch)\" stroke=\"{}\"/>",
        BAR_LEFT + 8,
        y - 11,
        palette::BAR.hex()
    );
    text(
        &mut out,
        f64::from(BAR_LEFT + 38),
        f64::from(y),
        "",
        "hatched bar: a part-week at the start (its length in nights below it)",
    );
    out.push_str("</svg>");
    out
}

/// Parses the `data-*` value of the first attribute `name` in `tag`; for tests.
#[cfg(test)]
pub(crate) fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag.get(start..)?.find('"')?;
    tag.get(start..start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn nights(first: NaiveDate, n: u32) -> Vec<Night> {
        (0..n)
            .map(|i| Night {
                date: first + chrono::Days::new(u64::from(i)),
                episodes: 0,
                worst_pain: None,
                woke: false,
            })
            .collect()
    }

    #[test]
    fn heatmap_has_one_cell_per_night() {
        let mut ns = nights(d(2025, 2, 5), 30);
        ns[3] = Night {
            episodes: 2,
            worst_pain: Some(8),
            woke: true,
            ..ns[3]
        };
        let svg = heatmap(&ns, "t", "d");
        assert_eq!(svg.matches("<g class=\"night\"").count(), 30);
        assert_eq!(svg.matches("class=\"woke\"").count(), 1);
        assert!(svg.contains(
            "data-date=\"2025-02-08\" data-episodes=\"2\" data-worst-pain=\"8\" data-woke=\"true\""
        ));
        // 5 Feb 2025 is a Wednesday: two blank slots, then 30 nights fill 5 rows.
        assert!(svg.contains("<title id=\"heatmap-title\">t</title>"));
    }

    #[test]
    fn heatmap_without_nights_says_so() {
        assert!(heatmap(&[], "t", "d").contains("No nights in the window."));
    }

    #[test]
    fn ticks() {
        assert_eq!(tick_step(3), 1);
        assert_eq!(tick_step(12), 2);
        assert_eq!(tick_step(49), 10);
        assert_eq!(tick_step(365), 100);
    }

    #[test]
    fn attr_reads_values() {
        assert_eq!(attr("<g data-x=\"5\" data-y=\"\">", "data-x"), Some("5"));
        assert_eq!(attr("<g data-x=\"5\" data-y=\"\">", "data-y"), Some(""));
        assert_eq!(attr("<g>", "data-x"), None);
    }
}
