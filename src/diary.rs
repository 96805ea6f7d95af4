//! A diary of cramp episodes and its statistics over a window of days.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::error::text_enum;
use crate::{Citation, CrampEpisode, Muscle, PainScore, ValidationError};

/// The cramp episodes a person recorded, kept in canonical order.
///
/// # Windows
///
/// Statistics are taken over a window of `N` days ending at an `as_of` instant: an
/// episode is in the window when its start is after `as_of − N × 24 h` and not after
/// `as_of` (the window is open at its start and closed at its end). The previous
/// window is the `N` days just before: starts after `as_of − 2N × 24 h` and not
/// after `as_of − N × 24 h`. The "last 7 days" are counted the same way with `N = 7`
/// (windows are at least 7 days long, so they lie inside the window).
///
/// # Nights
///
/// An episode belongs to the night named by the local date on which that night
/// began: the night of date `D` runs from 12:00 on `D` to 12:00 on `D + 1` in the
/// episode's own UTC offset ([`CrampEpisode::night`]). Night counts only look at
/// episodes that happened in bed at night.
///
/// # Order
///
/// A diary keeps its episodes sorted by [`CrampEpisode`]'s order (start instant,
/// then every other field), so the order in which episodes were added changes
/// neither the stored list nor any statistic.
///
/// # JSON
///
/// `{"episodes": [ ...episodes... ]}`; unknown fields are rejected.
///
/// # Examples
///
/// ```
/// use legcramps::{CrampEpisode, Diary};
///
/// let at = |s| chrono::DateTime::parse_from_rfc3339(s);
/// let cramp = |s| -> Result<CrampEpisode, Box<dyn std::error::Error>> {
///     Ok(CrampEpisode::builder(at(s)?)
///         .duration_secs(300).muscle("calf").side("left").pain(6)
///         .woke(true).in_bed_at_night(true)
///         .build()?)
/// };
/// let diary = Diary::from_episodes([
///     cramp("2025-03-10T02:00:00+01:00")?,
///     cramp("2025-03-03T04:30:00+01:00")?,
/// ]);
/// assert_eq!(diary.len(), 2);
/// assert!(diary.episodes()[0].start() < diary.episodes()[1].start());
///
/// let stats = diary.stats(at("2025-03-15T08:00:00+01:00")?)?;
/// assert_eq!(stats.episodes, 2);
/// assert_eq!(stats.nights_disturbed, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "DiaryRecord")]
pub struct Diary {
    episodes: Vec<CrampEpisode>,
}

/// The JSON shape of a diary.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiaryRecord {
    episodes: Vec<CrampEpisode>,
}

impl From<DiaryRecord> for Diary {
    fn from(r: DiaryRecord) -> Self {
        Diary::from_episodes(r.episodes)
    }
}

impl Diary {
    /// The default window for [`Diary::stats`], 30 days.
    pub const DEFAULT_WINDOW_DAYS: u32 = 30;
    /// The shortest window accepted, 7 days (one week).
    pub const MIN_WINDOW_DAYS: u32 = 7;
    /// The longest window accepted, 3660 days (about ten years).
    pub const MAX_WINDOW_DAYS: u32 = 3660;

    /// An empty diary.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(legcramps::Diary::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Diary::default()
    }

    /// A diary holding `episodes`, in canonical order.
    ///
    /// # Examples
    ///
    /// ```
    /// let diary = legcramps::Diary::from_episodes(Vec::new());
    /// assert_eq!(diary.len(), 0);
    /// ```
    pub fn from_episodes(episodes: impl IntoIterator<Item = CrampEpisode>) -> Self {
        let mut episodes: Vec<CrampEpisode> = episodes.into_iter().collect();
        episodes.sort();
        Diary { episodes }
    }

    /// Adds an episode at its place in the canonical order.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{CrampEpisode, Diary};
    ///
    /// let start = chrono::DateTime::parse_from_rfc3339("2025-03-02T03:10:00+01:00")?;
    /// let mut diary = Diary::new();
    /// diary.push(CrampEpisode::builder(start).duration_secs(60).muscle("foot")
    ///     .side("right").pain(2).build()?);
    /// assert_eq!(diary.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn push(&mut self, episode: CrampEpisode) {
        let at = self.episodes.partition_point(|e| *e <= episode);
        self.episodes.insert(at, episode);
    }

    /// The episodes, in canonical order (earliest start first).
    pub fn episodes(&self) -> &[CrampEpisode] {
        &self.episodes
    }

    /// An iterator over the episodes, in canonical order.
    pub fn iter(&self) -> std::slice::Iter<'_, CrampEpisode> {
        self.episodes.iter()
    }

    /// The number of episodes.
    pub fn len(&self) -> usize {
        self.episodes.len()
    }

    /// `true` when the diary holds no episodes.
    pub fn is_empty(&self) -> bool {
        self.episodes.is_empty()
    }

    /// Statistics over the [default 30-day window](Diary::DEFAULT_WINDOW_DAYS) ending
    /// at `as_of`; see [`Diary::stats_over`].
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `start` if any episode starts after `as_of`.
    ///
    /// # Examples
    ///
    /// ```
    /// let as_of = chrono::DateTime::parse_from_rfc3339("2025-03-15T08:00:00+01:00")?;
    /// let stats = legcramps::Diary::new().stats(as_of)?;
    /// assert_eq!((stats.window_days, stats.episodes, stats.mean_pain), (30, 0, None));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stats(&self, as_of: DateTime<FixedOffset>) -> Result<DiaryStats, ValidationError> {
        self.stats_over(as_of, Self::DEFAULT_WINDOW_DAYS)
    }

    /// Statistics over the `window_days` days ending at `as_of` (see [`Diary`] for
    /// how windows and nights are defined, and [`Trend`] for how this window is
    /// compared with the previous one).
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `window_days` if it is outside
    /// [`MIN_WINDOW_DAYS`](Diary::MIN_WINDOW_DAYS)..=[`MAX_WINDOW_DAYS`](Diary::MAX_WINDOW_DAYS),
    /// or for field `start` if any episode starts after `as_of` (a diary cannot hold
    /// the future; this usually means a wrong date or offset).
    ///
    /// # Examples
    ///
    /// ```
    /// let as_of = chrono::DateTime::parse_from_rfc3339("2025-03-15T08:00:00+01:00")?;
    /// let err = legcramps::Diary::new().stats_over(as_of, 3).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid window 3 days: must be from 7 to 3660 days");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stats_over(
        &self,
        as_of: DateTime<FixedOffset>,
        window_days: u32,
    ) -> Result<DiaryStats, ValidationError> {
        if !(Self::MIN_WINDOW_DAYS..=Self::MAX_WINDOW_DAYS).contains(&window_days) {
            return Err(ValidationError::invalid(
                "window_days",
                "window",
                window_days,
                "must be from 7 to 3660 days",
            )
            .shown_as(format!("{window_days} days")));
        }
        // Sorted by start instant first, so the last episode starts latest.
        if let Some(late) = self.episodes.last().filter(|e| e.start() > as_of) {
            return Err(ValidationError::invalid(
                "start",
                "episode start",
                late.start().to_rfc3339(),
                format!("is after the as-of time {}", as_of.to_rfc3339()),
            ));
        }
        Ok(compute(&self.episodes, as_of, window_days))
    }
}

impl FromIterator<CrampEpisode> for Diary {
    fn from_iter<I: IntoIterator<Item = CrampEpisode>>(iter: I) -> Self {
        Diary::from_episodes(iter)
    }
}

impl Extend<CrampEpisode> for Diary {
    fn extend<I: IntoIterator<Item = CrampEpisode>>(&mut self, iter: I) {
        self.episodes.extend(iter);
        self.episodes.sort();
    }
}

impl<'a> IntoIterator for &'a Diary {
    type Item = &'a CrampEpisode;
    type IntoIter = std::slice::Iter<'a, CrampEpisode>;

    fn into_iter(self) -> Self::IntoIter {
        self.episodes.iter()
    }
}

/// Statistics of a [`Diary`] over a window ending at an `as_of` instant.
///
/// Every figure is computed from the set of episodes, so it does not depend on the
/// order they were added in. Counts are whole numbers; the means are exact sums
/// divided once.
///
/// # Examples
///
/// ```
/// use legcramps::{CrampEpisode, Diary, Trend, FREQUENT_PER_WEEK};
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
/// assert!(stats.meets(&FREQUENT_PER_WEEK));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

impl DiaryStats {
    /// Whether the window's episode rate reaches `threshold`: at least
    /// `threshold.count` episodes per `threshold.days` days, that is
    /// `episodes × threshold.days ≥ threshold.count × window_days` (exact integer
    /// arithmetic). Over a 30-day window, [`FREQUENT_PER_WEEK`] therefore needs 13
    /// episodes (13 × 7 = 91 ≥ 90) and [`MODERATE_SEVERE_PER_MONTH`] needs 5.
    ///
    /// Every recorded episode counts, in bed at night or not.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Diary, MODERATE_SEVERE_PER_MONTH};
    ///
    /// let as_of = chrono::DateTime::parse_from_rfc3339("2025-03-15T08:00:00+01:00")?;
    /// assert!(!Diary::new().stats(as_of)?.meets(&MODERATE_SEVERE_PER_MONTH));
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
    fn compare(now: u32, before: u32, has_history: bool) -> Trend {
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
/// use legcramps::{Citation, FREQUENT_PER_WEEK};
///
/// assert_eq!((FREQUENT_PER_WEEK.count, FREQUENT_PER_WEEK.days), (3, 7));
/// assert!(FREQUENT_PER_WEEK.citations.contains(&Citation::Cks));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct FrequencyThreshold {
    /// The number of episodes (at least this many).
    pub count: u32,
    /// The number of days they fall in.
    pub days: u32,
    /// A short label for reports.
    pub label: &'static str,
    /// The sources of the cut-off.
    pub citations: &'static [Citation],
}

/// Three or more cramps a week: CKS reports that 40 % of older people with cramps
/// have three or more attacks a week, as does Naylor-1994 (40 % had more than three
/// a week). Used as the mark of frequent cramps.
pub const FREQUENT_PER_WEEK: FrequencyThreshold = FrequencyThreshold {
    count: 3,
    days: 7,
    label: "3 or more a week (frequent)",
    citations: &[Citation::Cks, Citation::Naylor1994],
};

/// Five or more night cramps a month: the moderate-to-severe group of Grandner-2017,
/// about 6 % of US adults. The cut at five follows the NHANES answer scale the study
/// used ("often" = 5–15 times a month) and a published summary of the paper; the
/// paper's own grouping of the answers has not yet been read in full (clinical.md
/// §4.1, §9.4).
pub const MODERATE_SEVERE_PER_MONTH: FrequencyThreshold = FrequencyThreshold {
    count: 5,
    days: 30,
    label: "5 or more a month (moderate to severe)",
    citations: &[Citation::Grandner2017],
};

/// Narrows a count to `u32`, saturating (a diary would need over four billion
/// episodes to reach the limit).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Days from the Common Era to 1970-01-01 (chrono's `num_days_from_ce` of that date).
const UNIX_EPOCH_DAY: i64 = 719_163;

/// [`CrampEpisode::night`] as a day number from the Common Era, from the start's Unix
/// time and UTC offset (local time minus 12 hours, floored to a day) instead of chrono's
/// checked calendar arithmetic. Next to chrono's earliest date, where `night` has a
/// fallback of its own, it asks `night` itself.
fn night_day(e: &CrampEpisode) -> i64 {
    let start = e.start();
    let local = start.timestamp() + i64::from(start.offset().local_minus_utc());
    let day = (local - 12 * 3600).div_euclid(86_400) + UNIX_EPOCH_DAY;
    if day > i64::from(NaiveDate::MIN.num_days_from_ce()) + 1 {
        day
    } else {
        i64::from(e.night().num_days_from_ce())
    }
}

/// Distinct nights, counted as they come in start order.
///
/// Episodes arrive sorted by start instant, and a night is the local date of the start
/// 12 hours earlier in an offset under 24 hours, so a night is never more than two days
/// before the latest night seen. A 64-bit mask of the nights up to 63 days before the
/// latest is therefore enough; `insert` reports a night older than that (which the
/// reasoning rules out) instead of miscounting it.
#[derive(Default)]
struct RecentNights {
    latest: i64,
    /// Bit `k`: night `latest − k` was seen.
    seen: u64,
    count: u32,
}

impl RecentNights {
    /// Adds a night; `None` if it is too old to tell.
    fn insert(&mut self, day: i64) -> Option<()> {
        if self.seen == 0 || day > self.latest {
            let shift = if self.seen == 0 {
                64
            } else {
                day - self.latest
            };
            self.seen = if shift >= 64 { 0 } else { self.seen << shift };
            self.seen |= 1;
            self.latest = day;
            self.count += 1;
            return Some(());
        }
        let back = u32::try_from(self.latest - day).ok().filter(|&b| b < 64)?;
        let bit = 1u64 << back;
        if self.seen & bit == 0 {
            self.seen |= bit;
            self.count += 1;
        }
        Some(())
    }
}

/// The statistics; `episodes` is sorted and none starts after `as_of`.
///
/// The window's bounds are found by binary search (episodes are sorted by start
/// instant) and the window is read once, without allocating anything but the muscle
/// list; [`compute_with_sets`] is the plain version, and the fallback should a night
/// come out of order beyond what [`RecentNights`] holds.
fn compute(
    episodes: &[CrampEpisode],
    as_of: DateTime<FixedOffset>,
    window_days: u32,
) -> DiaryStats {
    let window = TimeDelta::days(i64::from(window_days));
    // The first episode after a bound; `None` means the bound lies before chrono's
    // earliest date, so nothing is excluded.
    let first_after = |bound: Option<DateTime<FixedOffset>>| match bound {
        None => 0,
        Some(b) => episodes.partition_point(|e| e.start() <= b),
    };
    // Bounds are only worked out when there is something to split.
    let start = (!episodes.is_empty())
        .then(|| as_of.checked_sub_signed(window))
        .flatten();
    let from = first_after(start);
    let previous = if from > 0 {
        from - first_after(start.and_then(|s| s.checked_sub_signed(window)))
    } else {
        0
    };
    let in_window = episodes.get(from..).unwrap_or_default();
    let last_7 = if in_window.is_empty() {
        0
    } else {
        episodes
            .len()
            .saturating_sub(first_after(as_of.checked_sub_signed(TimeDelta::days(7))))
    };

    let mut at_night = 0usize;
    let mut pain_sum = 0u64;
    let mut max_pain: Option<PainScore> = None;
    let mut secs_sum = 0u64;
    let mut longest = 0u32;
    let mut nights = RecentNights::default();
    let mut disturbed = RecentNights::default();
    let mut muscles: Vec<Muscle> = Vec::new();

    for e in in_window {
        pain_sum += u64::from(e.pain().get());
        max_pain = max_pain.max(Some(e.pain()));
        secs_sum += u64::from(e.duration().as_secs());
        longest = longest.max(e.duration().as_secs());
        if !muscles.contains(&e.muscle()) {
            muscles.push(e.muscle());
        }
        if e.in_bed_at_night() {
            at_night += 1;
            let night = night_day(e);
            let marked = nights.insert(night);
            let marked = if e.woke() {
                marked.and(disturbed.insert(night))
            } else {
                marked
            };
            if marked.is_none() {
                return compute_with_sets(episodes, as_of, window_days);
            }
        }
    }
    muscles.sort_unstable();

    finish(
        window_days,
        Counts {
            n: in_window.len(),
            last_7,
            previous,
            has_history: from > 0,
            at_night,
            pain_sum,
            max_pain,
            secs_sum,
            longest,
            nights: nights.count,
            disturbed: disturbed.count,
        },
        muscles,
    )
}

/// What [`compute`] and [`compute_with_sets`] count, before the rates and means.
struct Counts {
    n: usize,
    last_7: usize,
    previous: usize,
    has_history: bool,
    at_night: usize,
    pain_sum: u64,
    max_pain: Option<PainScore>,
    secs_sum: u64,
    longest: u32,
    nights: u32,
    disturbed: u32,
}

fn finish(window_days: u32, c: Counts, muscles: Vec<Muscle>) -> DiaryStats {
    let n = c.n;
    let episodes_n = count(n);
    let previous_n = count(c.previous);
    let days = f64::from(window_days);
    let mean = |sum: u64| (n > 0).then(|| sum as f64 / n as f64);
    DiaryStats {
        window_days,
        episodes: episodes_n,
        episodes_last_7_days: count(c.last_7),
        per_week: f64::from(episodes_n) * 7.0 / days,
        per_30_days: f64::from(episodes_n) * 30.0 / days,
        nights_with_cramps: c.nights,
        nights_disturbed: c.disturbed,
        share_at_night: mean(c.at_night as u64),
        mean_pain: mean(c.pain_sum),
        max_pain: c.max_pain,
        mean_duration_minutes: mean(c.secs_sum).map(|s| s / 60.0),
        longest_minutes: (n > 0).then(|| f64::from(c.longest) / 60.0),
        previous_window_episodes: previous_n,
        trend: Trend::compare(episodes_n, previous_n, c.has_history),
        muscles,
    }
}

/// The plain version of [`compute`]: every episode tested against every bound, sets for
/// nights and muscles.
fn compute_with_sets(
    episodes: &[CrampEpisode],
    as_of: DateTime<FixedOffset>,
    window_days: u32,
) -> DiaryStats {
    let window = TimeDelta::days(i64::from(window_days));
    let start = as_of.checked_sub_signed(window);
    let previous_start = start.and_then(|s| s.checked_sub_signed(window));
    let week_start = as_of.checked_sub_signed(TimeDelta::days(7));
    let after = |bound: Option<DateTime<FixedOffset>>, e: &CrampEpisode| {
        bound.is_none_or(|b| e.start() > b)
    };

    let mut n = 0usize;
    let mut last_7 = 0usize;
    let mut previous = 0usize;
    let mut has_history = false;
    let mut at_night = 0usize;
    let mut pain_sum = 0u64;
    let mut max_pain: Option<PainScore> = None;
    let mut secs_sum = 0u64;
    let mut longest = 0u32;
    let mut nights = BTreeSet::new();
    let mut disturbed = BTreeSet::new();
    let mut muscles = BTreeSet::new();

    for e in episodes {
        if !after(start, e) {
            has_history = true;
            if after(previous_start, e) {
                previous += 1;
            }
            continue;
        }
        n += 1;
        if after(week_start, e) {
            last_7 += 1;
        }
        pain_sum += u64::from(e.pain().get());
        max_pain = max_pain.max(Some(e.pain()));
        secs_sum += u64::from(e.duration().as_secs());
        longest = longest.max(e.duration().as_secs());
        muscles.insert(e.muscle());
        if e.in_bed_at_night() {
            at_night += 1;
            nights.insert(e.night());
            if e.woke() {
                disturbed.insert(e.night());
            }
        }
    }
    finish(
        window_days,
        Counts {
            n,
            last_7,
            previous,
            has_history,
            at_night,
            pain_sum,
            max_pain,
            secs_sum,
            longest,
            nights: count(nights.len()),
            disturbed: count(disturbed.len()),
        },
        muscles.into_iter().collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Episodes spread over a few weeks around `as_of`, in offsets from −23:59 to
    /// +23:59 (so nights and instants disagree in order), and windows of any length.
    fn fast_and_plain_agree(
        starts: &[(i64, i32, u8, u32, bool, bool)],
        window_days: u32,
        as_of_offset: i32,
    ) {
        let as_of_utc = DateTime::parse_from_rfc3339("2025-03-15T08:00:00+00:00").unwrap();
        let as_of = as_of_utc.with_timezone(&FixedOffset::east_opt(as_of_offset).unwrap());
        let muscles = [
            Muscle::Calf,
            Muscle::Foot,
            Muscle::BackOfThigh,
            Muscle::Other,
        ];
        let diary = Diary::from_episodes(starts.iter().map(
            |&(minutes_before, offset, pain, secs, in_bed, woke)| {
                let at = (as_of_utc - TimeDelta::minutes(minutes_before))
                    .with_timezone(&FixedOffset::east_opt(offset).unwrap());
                CrampEpisode::builder(at)
                    .duration_secs(i64::from(secs))
                    .muscle(muscles[usize::from(pain) % 4])
                    .side("left")
                    .pain(pain)
                    .woke(woke)
                    .in_bed_at_night(in_bed)
                    .build()
                    .unwrap()
            },
        ));
        // The fast night is chrono's night, and nights in start order never fall back.
        let mut recent = RecentNights::default();
        for e in diary.iter() {
            assert_eq!(
                night_day(e),
                i64::from(e.night().num_days_from_ce()),
                "{e:?}"
            );
            assert!(recent.insert(night_day(e)).is_some(), "{e:?}");
        }
        let fast = compute(diary.episodes(), as_of, window_days);
        let plain = compute_with_sets(diary.episodes(), as_of, window_days);
        assert_eq!(fast, plain);
    }

    #[test]
    fn recent_nights_by_hand() {
        let mut r = RecentNights::default();
        // 10, 9 (late by a day), 10 again, 80 (a jump past the mask), 79, then 16 is too
        // old to tell: 4 distinct nights, then a refusal.
        for day in [10, 9, 10, 80, 79] {
            assert_eq!(r.insert(day), Some(()));
        }
        assert_eq!(r.count, 4);
        assert_eq!(r.insert(17), Some(()));
        assert_eq!(r.insert(16), None);
        assert_eq!(r.count, 5);
    }

    #[test]
    fn night_span_edges() {
        // An episode just inside a 7-day window at offset -23:59 (its night is 2 days
        // before the window's first UTC day) and one at as_of at +23:59 (a day after).
        let early = 7 * 24 * 60 - 1;
        fast_and_plain_agree(
            &[
                (early, -86_340, 5, 60, true, true),
                (0, 86_340, 5, 60, true, true),
            ],
            7,
            0,
        );
    }

    proptest::proptest! {
        #[test]
        fn window_scan_matches_the_plain_count(
            starts in proptest::collection::vec(
                (0i64..60 * 24 * 60, -86_399i32..86_400, 0u8..=10, 1u32..3600,
                 proptest::bool::ANY, proptest::bool::ANY),
                0..60,
            ),
            window_days in Diary::MIN_WINDOW_DAYS..=40,
            as_of_offset in -86_399i32..86_400,
        ) {
            fast_and_plain_agree(&starts, window_days, as_of_offset);
        }

        #[test]
        fn long_windows_match_the_plain_count(
            starts in proptest::collection::vec(
                (0i64..20_000 * 24 * 60, -86_399i32..86_400, 0u8..=10, 1u32..3600,
                 proptest::bool::ANY, proptest::bool::ANY),
                0..40,
            ),
            window_days in 3000u32..=Diary::MAX_WINDOW_DAYS,
        ) {
            fast_and_plain_agree(&starts, window_days, 0);
        }
    }

    #[test]
    fn meets_uses_exact_rates() {
        let mut s = crate::Diary::new()
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
