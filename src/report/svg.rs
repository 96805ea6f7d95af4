//! Inline SVG: the chart data types, shared drawing helpers, and the calendar heatmap
//! (the weekly bar chart is in [`super::bars`]).
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

pub(crate) fn open_svg(
    out: &mut String,
    id: &str,
    width: u32,
    height: u32,
    title: &str,
    desc: &str,
) {
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

pub(crate) fn text(out: &mut String, x: f64, y: f64, attrs: &str, content: &str) {
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

/// The value of the first attribute `name` in `tag`; for tests.
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
    fn attr_reads_values() {
        assert_eq!(attr("<g data-x=\"5\" data-y=\"\">", "data-x"), Some("5"));
        assert_eq!(attr("<g data-x=\"5\" data-y=\"\">", "data-y"), Some(""));
        assert_eq!(attr("<g>", "data-x"), None);
    }
}
