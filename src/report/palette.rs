//! The page's colours, in one table, with their WCAG 2.x contrast ratios.
//!
//! The palette is a single blue ramp whose lightness falls step by step, so the shades
//! stay in order when printed in grey; each heatmap cell also prints its worst pain
//! score as a number, and the woken-night mark is a shape, so no fact depends on
//! colour alone.
//!
//! Contrast ratios below are computed from the sRGB relative-luminance formula of
//! WCAG 2.x (checked in this module's tests, to two decimals, rounded down):
//!
//! | Use | Colour | Against | Ratio | Needs |
//! |---|---|---|---|---|
//! | body text | `#1A1A1A` | white `#FFFFFF` | 17.40 | 4.5 (AA text) |
//! | muted text (axis labels, notes) | `#595959` | white | 7.00 | 4.5 |
//! | cell and bar outlines, gridlines | `#595959` | white | 7.00 | 3 (AA graphics) |
//! | heatmap "pain 0–3" cell | `#D6E4F0` | text `#1A1A1A` | 13.43 | 4.5 |
//! | heatmap "pain 4–6" cell | `#7FA6CC` | text `#1A1A1A` | 6.81 | 4.5 |
//! | heatmap "pain 7–10" cell | `#1B3A5C` | text white | 11.62 | 4.5 |
//! | weekly bar fill | `#1B3A5C` | white page | 11.62 | 3 |
//! | threshold lines | `#7A1F1F` | white | 10.27 | 3 |
//! | referral banner text | `#1A1A1A` | `#F2F2F2` | 15.54 | 4.5 |
//!
//! The "pain 0–3" and "pain 4–6" fills are lighter than 3:1 against white; the
//! outline (`#595959`, 7.00:1) is what separates a cell from the page, and the number
//! inside tells the level. The grouping 0–3 / 4–6 / 7–10 is a display choice for the
//! shading only, not a clinical severity band.

/// An sRGB colour written as `#RRGGBB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub(crate) u8, pub(crate) u8, pub(crate) u8);

impl Rgb {
    /// The `#RRGGBB` form for CSS and SVG.
    pub(crate) fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// WCAG 2.x relative luminance, from 0 (black) to 1 (white).
    #[cfg(test)]
    pub(crate) fn luminance(self) -> f64 {
        fn channel(v: u8) -> f64 {
            let c = f64::from(v) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2.x contrast ratio between two colours, from 1 to 21.
    #[cfg(test)]
    pub(crate) fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a >= b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// The page background.
pub(crate) const PAGE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
/// Body text.
pub(crate) const TEXT: Rgb = Rgb(0x1A, 0x1A, 0x1A);
/// Secondary text, outlines and gridlines.
pub(crate) const MUTED: Rgb = Rgb(0x59, 0x59, 0x59);
/// Background of boxed notes (referral banner, disclaimer).
pub(crate) const PANEL: Rgb = Rgb(0xF2, 0xF2, 0xF2);
/// Reference (threshold) lines in the bar chart.
pub(crate) const THRESHOLD: Rgb = Rgb(0x7A, 0x1F, 0x1F);
/// Weekly bars.
pub(crate) const BAR: Rgb = Rgb(0x1B, 0x3A, 0x5C);

/// One shade of the heatmap: what it means, its fill and the colour of text on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shade {
    /// Legend text.
    pub(crate) label: &'static str,
    /// Lowest worst-pain score shown in this shade (`None` for "no cramp").
    pub(crate) min_pain: Option<u8>,
    /// Cell fill.
    pub(crate) fill: Rgb,
    /// Text and mark colour on that fill.
    pub(crate) ink: Rgb,
}

/// Heatmap shades, lightest first. A night falls into the last shade whose `min_pain`
/// is at most its worst pain score.
pub(crate) static SHADES: &[Shade] = &[
    Shade {
        label: "no cramp recorded",
        min_pain: None,
        fill: PAGE,
        ink: TEXT,
    },
    Shade {
        label: "worst pain 0\u{2013}3",
        min_pain: Some(0),
        fill: Rgb(0xD6, 0xE4, 0xF0),
        ink: TEXT,
    },
    Shade {
        label: "worst pain 4\u{2013}6",
        min_pain: Some(4),
        fill: Rgb(0x7F, 0xA6, 0xCC),
        ink: TEXT,
    },
    Shade {
        label: "worst pain 7\u{2013}10",
        min_pain: Some(7),
        fill: BAR,
        ink: PAGE,
    },
];

/// The shade for a night with the given worst pain (`None`: no cramp that night).
pub(crate) fn shade_for(worst_pain: Option<u8>) -> &'static Shade {
    let mut chosen = &SHADES[0];
    if let Some(p) = worst_pain {
        for s in SHADES {
            if s.min_pain.is_some_and(|m| m <= p) {
                chosen = s;
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rounds down to two decimals, as WCAG tools do, so 4.499 never passes as 4.5.
    fn ratio(a: Rgb, b: Rgb) -> f64 {
        (a.contrast(b) * 100.0).floor() / 100.0
    }

    #[test]
    fn formula_matches_known_values() {
        // Black on white is the maximum, 21:1; a colour against itself is 1:1.
        assert_eq!(ratio(Rgb(0, 0, 0), PAGE), 21.0);
        assert_eq!(ratio(MUTED, MUTED), 1.0);
        // #767676 on white is the well-known lightest grey that passes AA text (4.54).
        assert_eq!(ratio(Rgb(0x76, 0x76, 0x76), PAGE), 4.54);
    }

    #[test]
    fn documented_ratios_hold() {
        // The table in the module docs, row by row. The expected figures were worked
        // out separately (a few lines of Python applying the same WCAG formula), not
        // copied from this code's output.
        assert_eq!(ratio(TEXT, PAGE), 17.40);
        assert_eq!(ratio(MUTED, PAGE), 7.00);
        assert_eq!(ratio(SHADES[1].fill, TEXT), 13.43);
        assert_eq!(ratio(SHADES[2].fill, TEXT), 6.81);
        assert_eq!(ratio(SHADES[3].fill, PAGE), 11.62);
        assert_eq!(ratio(BAR, PAGE), 11.62);
        assert_eq!(ratio(THRESHOLD, PAGE), 10.27);
        assert_eq!(ratio(TEXT, PANEL), 15.54);
    }

    #[test]
    fn every_pairing_meets_wcag_aa() {
        // Text: 4.5:1 (WCAG 1.4.3). Graphics that carry meaning: 3:1 (WCAG 1.4.11).
        for s in SHADES {
            assert!(ratio(s.ink, s.fill) >= 4.5, "{}: ink on fill", s.label);
        }
        for text in [TEXT, MUTED] {
            assert!(ratio(text, PAGE) >= 4.5);
            assert!(ratio(text, PANEL) >= 4.5);
        }
        for graphic in [MUTED, BAR, THRESHOLD] {
            assert!(ratio(graphic, PAGE) >= 3.0);
        }
        // The darkest fill needs no outline to stand out: it is 11.62:1 on the page.
        assert!(ratio(SHADES[3].fill, PAGE) >= 3.0);
    }

    #[test]
    fn shades_get_darker_in_order() {
        // Grey printing keeps the order only if luminance falls strictly.
        for pair in SHADES.windows(2) {
            assert!(pair[0].fill.luminance() > pair[1].fill.luminance());
        }
    }

    #[test]
    fn pain_maps_to_the_right_shade() {
        assert_eq!(shade_for(None).label, "no cramp recorded");
        assert_eq!(shade_for(Some(0)).label, "worst pain 0\u{2013}3");
        assert_eq!(shade_for(Some(3)).label, "worst pain 0\u{2013}3");
        assert_eq!(shade_for(Some(4)).label, "worst pain 4\u{2013}6");
        assert_eq!(shade_for(Some(6)).label, "worst pain 4\u{2013}6");
        assert_eq!(shade_for(Some(7)).label, "worst pain 7\u{2013}10");
        assert_eq!(shade_for(Some(10)).label, "worst pain 7\u{2013}10");
    }

    #[test]
    fn hex_form() {
        assert_eq!(BAR.hex(), "#1B3A5C");
    }
}
