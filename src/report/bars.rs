//! The weekly bar chart: episode counts per 7 nights, with the frequency thresholds
//! as labelled reference lines.

use std::fmt::Write as _;

use super::escape::{html, number};
use super::palette;
use super::svg::{ReferenceLine, WeekBin, cramps, day_month, long_date, open_svg, text};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks() {
        assert_eq!(tick_step(3), 1);
        assert_eq!(tick_step(12), 2);
        assert_eq!(tick_step(49), 10);
        assert_eq!(tick_step(365), 100);
    }
}
