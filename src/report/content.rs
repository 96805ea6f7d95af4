//! The report's content as plain, already-worded data: what both renderers print.
//!
//! [`super::Report`] fills one [`Content`] from the profile, diary, statistics and
//! assessment; [`super::html`] and [`super::markdown`] only lay it out. Keeping the
//! wording here is what makes the HTML page and the Markdown summary say the same
//! things.

use chrono::NaiveDate;

use super::svg::{Night, ReferenceLine, WeekBin};
use crate::Citation;

/// A line of text with the sources behind it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cited {
    pub(crate) text: String,
    pub(crate) cites: Vec<Citation>,
}

impl Cited {
    pub(crate) fn new(text: impl Into<String>, cites: &[Citation]) -> Self {
        Self {
            text: text.into(),
            cites: cites.to_vec(),
        }
    }
}

/// One row of the key-figures table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StatRow {
    pub(crate) label: &'static str,
    /// The figure, formatted; an en dash when there is nothing to show.
    pub(crate) value: String,
    /// A short gloss (how it was counted), may be empty.
    pub(crate) note: String,
    /// Sources behind the figure's meaning (e.g. a threshold), may be empty.
    pub(crate) cites: Vec<Citation>,
}

/// A medicine the report points out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MedicineRow {
    pub(crate) name: String,
    pub(crate) detail: String,
    pub(crate) cites: Vec<Citation>,
}

/// A recalled product a lookup matched, already worded.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RecallRow {
    pub(crate) name: String,
    pub(crate) ndc: String,
    pub(crate) lot: String,
    pub(crate) recall: String,
}

/// How urgent the referral is, for the banner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Referral {
    /// Machine-style level name, e.g. `routine` (also used as a CSS class).
    pub(crate) level: String,
    /// Headline, e.g. "Book a routine appointment with a GP".
    pub(crate) headline: String,
    /// Every reason, each with its sources.
    pub(crate) reasons: Vec<Cited>,
    /// Set when unknown answers could raise the level.
    pub(crate) could_rise: Option<String>,
    /// Set when a rule says to stop quinine now.
    pub(crate) alert: Option<String>,
    /// Questions still to ask.
    pub(crate) questions: Vec<String>,
}

/// A labelled group of cited lines (a part of the plan, the differential, ...).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Group {
    pub(crate) heading: String,
    pub(crate) items: Vec<Cited>,
}

/// Everything the report prints, in order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Content {
    /// Page title and main heading.
    pub(crate) title: String,
    /// "Diary up to ..." line.
    pub(crate) as_of: String,
    /// First and last night of the window, and its length in nights.
    pub(crate) first_night: NaiveDate,
    pub(crate) last_night: NaiveDate,
    pub(crate) window_days: u32,
    /// The plain statement that this is not a diagnosis.
    pub(crate) notice: String,
    pub(crate) referral: Referral,
    /// Score headline, e.g. "Score 42 of 100 (moderate) ...: 17 ... (burden) and 25
    /// ... (risk)", and its parts.
    pub(crate) score: Option<Group>,
    pub(crate) stats: Vec<StatRow>,
    pub(crate) nights: Vec<Night>,
    pub(crate) heatmap_desc: String,
    pub(crate) bins: Vec<WeekBin>,
    pub(crate) lines: Vec<ReferenceLine>,
    pub(crate) bars_desc: String,
    /// Medicines on the profile that may cause cramps.
    pub(crate) flagged: Vec<MedicineRow>,
    /// Medicines named in free text that the catalog does not know.
    pub(crate) unlisted: Vec<String>,
    /// Recalled products passed by the caller.
    pub(crate) recalls: Vec<RecallRow>,
    /// Other things the clinician may want to tell apart (never a diagnosis).
    pub(crate) differential: Vec<Group>,
    /// The plan: tonight, from now on, cautions.
    pub(crate) plan: Vec<Group>,
    /// Every source cited anywhere above, in `Citation` order.
    pub(crate) sources: Vec<Citation>,
}

/// `CKS; Naylor-1994`.
pub(crate) fn cite_keys(cites: &[Citation]) -> String {
    let mut out = String::new();
    for (i, c) in cites.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(c.key());
    }
    out
}

/// The sentence under the nights table about the nights without cramps.
pub(crate) fn other_nights(total: usize, with_cramps: usize) -> String {
    match total.saturating_sub(with_cramps) {
        0 => "Every night in the window had a cramp in bed.".to_owned(),
        1 => "The other night in the window: no cramp recorded.".to_owned(),
        n => format!("The other {n} nights in the window: no cramp recorded."),
    }
}
