//! A diary of cramp episodes and its statistics over a window of days.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::{CrampEpisode, ValidationError};

mod stats;
mod window;

pub use stats::{
    DiaryStats, FREQUENT_PER_WEEK, FrequencyThreshold, MODERATE_SEVERE_PER_MONTH, Trend,
};

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
    pub fn stats(
        &self,
        as_of: impl Into<DateTime<FixedOffset>>,
    ) -> Result<DiaryStats, ValidationError> {
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
        as_of: impl Into<DateTime<FixedOffset>>,
        window_days: u32,
    ) -> Result<DiaryStats, ValidationError> {
        let as_of = as_of.into();
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
        Ok(window::compute(&self.episodes, as_of, window_days))
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
