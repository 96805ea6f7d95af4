//! What the statistics of a diary window are: the figures, the trend against the
//! previous window, and the frequency cut-offs the figures are tested against.

use serde::{Deserialize, Serialize};

use crate::error::text_enum;
use crate::{Citation, Muscle, PainScore};

#[cfg(doc)]
use crate::Diary;

/// Statistics of a [`Diary`] over a window ending at an `as_of` instant.
///
/// Every figure is computed from the set of episodes, so it does not depend on the
/// order they were added in. Copies of one recorded event count once (see
/// [`duplicates_set_aside`](Self::duplicates_set_aside)). Counts are whole numbers; the means are exact sums
/// divided once.
///
/// # Examples
///
/// ```
/// use legcramps::{CrampEpisode, Diary, FrequencyThreshold, Trend};
///
/// let at = |s| chrono::DateTime::parse_from_rfc3339(s);
/// let mut diary = Diary::new();
/// for day in 1..=14 {
///     let text = format!("2025-03-{day:02}T03:00:00+00:00");
///     let start = chrono::DateTime::parse_from_rfc3339(&text)?;
///     diary.push(CrampEpisode::builder(start).duration_secs(180).muscle("calf")
///         .side("left").pain(5).woke(true).in_bed_at_night(true).build()?);
/// }
/// let stats = diary.stats_over(at("2025-03-14T12:00:00+00:00")?, 7)?;
/// assert_eq!(stats.episodes, 7);
/// assert_eq!(stats.per_week, 7.0);
/// assert_eq!(stats.previous_window_episodes, 7);
/// assert_eq!(stats.trend, Trend::Steady);
/// assert!(stats.meets(&FrequencyThreshold::FREQUENT_PER_WEEK));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DiaryStats {
    /// The window length in days.
    pub window_days: u32,
    /// Episodes in the window.
    pub episodes: u32,
    /// Episodes in the last 7 days of the window.
    pub episodes_last_7_days: u32,
    /// Episodes per week: `episodes × 7 / window_days`.
    pub per_week: f64,
    /// Episodes per 30 days: `episodes × 30 / window_days`.
    pub per_30_days: f64,
    /// Distinct nights with at least one episode in bed at night.
    pub nights_with_cramps: u32,
    /// Distinct nights with at least one episode in bed at night that woke the person.
    pub nights_disturbed: u32,
    /// The share of the window's episodes that happened in bed at night (0 to 1);
    /// `None` when the window is empty.
    pub share_at_night: Option<f64>,
    /// Mean pain of the window's episodes; `None` when the window is empty.
    pub mean_pain: Option<f64>,
    /// Highest pain in the window; `None` when the window is empty.
    pub max_pain: Option<PainScore>,
    /// Mean duration in minutes; `None` when the window is empty.
    pub mean_duration_minutes: Option<f64>,
    /// Longest duration in minutes; `None` when the window is empty.
    pub longest_minutes: Option<f64>,
    /// Episodes in the previous window of the same length.
    pub previous_window_episodes: u32,
    /// This window compared with the previous one.
    pub trend: Trend,
    /// The distinct muscles affected in the window, sorted.
    pub muscles: Vec<Muscle>,
    /// Copies set aside: episodes in the window with the same start (instant and UTC
    /// offset), duration, muscle and side as another are one event, counted once in
    /// every figure above; where the copies differ, the highest pain counts, and the
    /// event woke the person or was in bed if any copy says so (our choice: the
    /// reading that hides nothing). The diary still holds every copy.
    pub duplicates_set_aside: u32,
    /// Events in the window whose times overlap another's (for example both legs at
    /// once). They are counted separately; this says how many there are.
    pub overlapping_episodes: u32,
}

impl DiaryStats {
    /// Whether the window's episode rate reaches `threshold`: at least
    /// `threshold.count` episodes per `threshold.days` days, that is
    /// `episodes × threshold.days ≥ threshold.count × window_days` (exact integer
    /// arithmetic). Over a 30-day window, [`FREQUENT_PER_WEEK`](FrequencyThreshold::FREQUENT_PER_WEEK) therefore needs 13
    /// episodes (13 × 7 = 91 ≥ 90) and
    /// [`MODERATE_SEVERE_PER_MONTH`](FrequencyThreshold::MODERATE_SEVERE_PER_MONTH) needs 5.
    ///
    /// Every recorded episode counts, in bed at night or not.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Diary, FrequencyThreshold};
    ///
    /// let as_of = chrono::DateTime::parse_from_rfc3339("2025-03-15T08:00:00+01:00")?;
    /// assert!(!Diary::new().stats(as_of)?.meets(&FrequencyThreshold::MODERATE_SEVERE_PER_MONTH));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meets(&self, threshold: &FrequencyThreshold) -> bool {
        u64::from(self.episodes) * u64::from(threshold.days)
            >= u64::from(threshold.count) * u64::from(self.window_days)
    }
}

/// How the episode count of a window compares with the previous window of the same
/// length.
///
/// The rule, with `now` the episodes in the window and `before` those in the
/// previous window:
///
/// - `NotEnoughData` when the diary holds no episode that started at or before the
///   start of the window (so nothing shows that the previous window was being
///   recorded), or when `now + before < 4`;
/// - `Falling` when `now ≤ 0.75 × before` and `before − now ≥ 2`: at least 25 % fewer,
///   the reduction Cochrane-Mg counts as a response;
/// - `Rising` when `now ≥ 1.25 × before` and `now − before ≥ 2`: at least 25 % more;
/// - `Steady` otherwise.
///
/// The 25 % step is the Cochrane-Mg responder definition; the minimum of 4 episodes
/// and the absolute step of 2 are this crate's own guards against reading noise as
/// change. JSON form: `"rising"`, `"steady"`, `"falling"`, `"not_enough_data"`.
///
/// # Examples
///
/// ```
/// assert_eq!(legcramps::Trend::NotEnoughData.as_str(), "not_enough_data");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Trend {
    /// At least 25 % more episodes than the previous window.
    Rising,
    /// Neither rising nor falling.
    Steady,
    /// At least 25 % fewer episodes than the previous window.
    Falling,
    /// Too little recorded to compare.
    NotEnoughData,
}

text_enum!(Trend, field = "trend", what = "trend", {
    Rising => "rising",
    Steady => "steady",
    Falling => "falling",
    NotEnoughData => "not_enough_data",
});

impl Trend {
    /// The citation behind the 25 % step.
    pub const CITATIONS: &'static [Citation] = &[Citation::CochraneMagnesium];

    /// Applies the rule in the type docs.
    pub(super) fn compare(now: u32, before: u32, has_history: bool) -> Trend {
        let (now, before) = (u64::from(now), u64::from(before));
        if !has_history || now + before < 4 {
            Trend::NotEnoughData
        } else if 4 * now <= 3 * before && before >= now + 2 {
            Trend::Falling
        } else if 4 * now >= 5 * before && now >= before + 2 {
            Trend::Rising
        } else {
            Trend::Steady
        }
    }
}

/// A cramp frequency that a source names as a cut-off: `count` or more episodes in
/// `days` days. Test a window's figures against one with [`DiaryStats::meets`].
///
/// # Examples
///
/// ```
/// use legcramps::FrequencyThreshold;
/// use legcramps::evidence::Citation;
///
/// let frequent = FrequencyThreshold::FREQUENT_PER_WEEK;
/// assert_eq!((frequent.count, frequent.days), (3, 7));
/// assert!(frequent.citations.contains(&Citation::Cks));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct FrequencyThreshold {
    /// The number of episodes (at least this many).
    pub count: u32,
    /// The number of days they fall in.
    pub days: u32,
    /// A short label for reports.
    pub label: &'static str,
    /// The sources of the cut-off.
    pub citations: &'static [Citation],
    /// `true` when the cut-off is our own design choice rather than a figure the
    /// sources give (the label then says "our cut-off").
    pub our_cut_off: bool,
}

impl FrequencyThreshold {
    /// Three or more cramps a week: CKS reports that 40 % of older people with cramps
    /// have three or more attacks a week, as does Naylor-1994 (40 % had more than three
    /// a week). Used as the mark of frequent cramps.
    pub const FREQUENT_PER_WEEK: FrequencyThreshold = FrequencyThreshold {
        count: 3,
        days: 7,
        label: "3 or more a week (frequent)",
        citations: &[Citation::Cks, Citation::Naylor1994],
        our_cut_off: false,
    };

    /// Five or more cramps in 30 days: **our own cut-off**. It sits where the NHANES
    /// question that Grandner-2017 used moves from "sometimes" (2–4 times a month) to
    /// "often" (5–15 times a month). That the paper's moderate-to-severe group (about 6 %
    /// of US adults) starts there is our reading of a summary, UNVERIFIED until the
    /// paper's methods are read (clinical.md §4.1, §9.4), so this is not the paper's
    /// finding.
    pub const MODERATE_SEVERE_PER_MONTH: FrequencyThreshold = FrequencyThreshold {
        count: 5,
        days: 30,
        label: "5 or more a month (our cut-off)",
        citations: &[Citation::Grandner2017],
        our_cut_off: true,
    };
}

/// Crate-internal short names of the two thresholds.
pub(crate) const FREQUENT_PER_WEEK: FrequencyThreshold = FrequencyThreshold::FREQUENT_PER_WEEK;
pub(crate) const MODERATE_SEVERE_PER_MONTH: FrequencyThreshold =
    FrequencyThreshold::MODERATE_SEVERE_PER_MONTH;

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::Diary;

    #[test]
    fn trend_rule_by_hand() {
        // Worked through the rule in Trend's docs.
        assert_eq!(Trend::compare(10, 10, false), Trend::NotEnoughData); // no history
        assert_eq!(Trend::compare(2, 1, true), Trend::NotEnoughData); // 3 < 4 episodes
        assert_eq!(Trend::compare(3, 1, true), Trend::Rising); // 12 >= 5, +2
        assert_eq!(Trend::compare(1, 3, true), Trend::Falling); // 4 <= 9, -2
        assert_eq!(Trend::compare(4, 3, true), Trend::Steady); // +33 % but only +1
        assert_eq!(Trend::compare(10, 8, true), Trend::Rising); // 40 >= 40, +2
        assert_eq!(Trend::compare(9, 8, true), Trend::Steady); // 36 < 40
        assert_eq!(Trend::compare(6, 8, true), Trend::Falling); // 24 <= 24, -2
        assert_eq!(Trend::compare(7, 8, true), Trend::Steady); // 28 > 24
        assert_eq!(Trend::compare(4, 0, true), Trend::Rising);
        assert_eq!(Trend::compare(0, 4, true), Trend::Falling);
    }

    #[test]
    fn meets_uses_exact_rates() {
        let mut s = Diary::new()
            .stats(DateTime::parse_from_rfc3339("2025-03-15T08:00:00+01:00").unwrap())
            .unwrap();
        // 30-day window: 3 a week needs 90/7 = 12.86 -> 13 episodes.
        s.episodes = 12;
        assert!(!s.meets(&FREQUENT_PER_WEEK));
        s.episodes = 13;
        assert!(s.meets(&FREQUENT_PER_WEEK));
        s.episodes = 4;
        assert!(!s.meets(&MODERATE_SEVERE_PER_MONTH));
        s.episodes = 5;
        assert!(s.meets(&MODERATE_SEVERE_PER_MONTH));
    }
}
