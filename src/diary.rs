//! A diary of cramp episodes and its statistics over a window of days.

use std::hash::{Hash, Hasher};
use std::sync::{Mutex, OnceLock};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::{CrampEpisode, ValidationError};

mod stats;
mod window;

pub(crate) use window::events;

pub use stats::{DiaryStats, FrequencyThreshold, Trend};
pub(crate) use stats::{FREQUENT_PER_WEEK, MODERATE_SEVERE_PER_MONTH};

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
/// # Copies
///
/// The diary keeps every episode it is given, copies too. The statistics count
/// copies of one cramp (same start, duration, muscle and side) once and say how many
/// they set aside ([`DiaryStats::duplicates_set_aside`]); cramps whose times overlap
/// stay separate and are counted in [`DiaryStats::overlapping_episodes`].
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
#[derive(Default, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "DiaryRecord")
)]
#[serde(from = "DiaryRecord")]
pub struct Diary {
    /// Every episode in canonical order, once sorted. Empty while `pending` holds them.
    sorted: OnceLock<Vec<CrampEpisode>>,
    /// While `sorted` is empty: every episode, a sorted run followed by those pushed
    /// out of order. Sorted on the first read, so a push never moves the others.
    pending: Mutex<Vec<CrampEpisode>>,
}

impl Diary {
    /// The episodes, sorting those pushed out of order on first use: one sort of a
    /// sorted run plus `k` new episodes, `O(n + k log k)` comparisons.
    fn sorted(&self) -> &[CrampEpisode] {
        self.sorted.get_or_init(|| {
            let mut all = std::mem::take(&mut *lock(&self.pending));
            all.sort();
            all
        })
    }

    /// Takes every episode out (in no particular order past the sorted run), leaving
    /// the diary empty.
    fn take_all(&mut self) -> Vec<CrampEpisode> {
        match self.sorted.take() {
            Some(all) => all,
            None => std::mem::take(self.pending.get_mut().unwrap_or_else(|e| e.into_inner())),
        }
    }

    /// Puts episodes back: `in_order` says they are already in canonical order.
    fn put_back(&mut self, all: Vec<CrampEpisode>, in_order: bool) {
        if in_order {
            self.sorted = OnceLock::from(all);
        } else {
            *self.pending.get_mut().unwrap_or_else(|e| e.into_inner()) = all;
        }
    }
}

/// Locks `pending`; a panic while it was held cannot leave it half-written (only
/// `mem::take` runs under the lock), so a poisoned lock is used as it is.
fn lock(m: &Mutex<Vec<CrampEpisode>>) -> std::sync::MutexGuard<'_, Vec<CrampEpisode>> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Clone for Diary {
    fn clone(&self) -> Self {
        Diary {
            sorted: OnceLock::from(self.sorted().to_vec()),
            pending: Mutex::default(),
        }
    }
}

impl std::fmt::Debug for Diary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Diary")
            .field("episodes", &self.sorted())
            .finish()
    }
}

impl PartialEq for Diary {
    fn eq(&self, other: &Self) -> bool {
        self.sorted() == other.sorted()
    }
}

impl Eq for Diary {}

impl Hash for Diary {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.sorted().hash(state);
    }
}

impl Serialize for Diary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Diary", 1)?;
        s.serialize_field("episodes", self.sorted())?;
        s.end()
    }
}

/// The JSON shape of a diary.
#[derive(Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Diary")
)]
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
        Diary {
            sorted: OnceLock::from(episodes),
            pending: Mutex::default(),
        }
    }

    /// Adds an episode at its place in the canonical order.
    ///
    /// Amortised `O(1)`: an episode later than every other is appended; one out of
    /// order is set aside and sorted in on the next read (one sort for all of them,
    /// `O(n + k log k)` for `k` set aside), so pushing `n` episodes in any order costs
    /// `O(n log n)` in all, not the `O(n²)` of inserting each one in place.
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
        // Sorted so far: already sorted, or nothing pending.
        let was_sorted = self.sorted.get().is_some()
            || self
                .pending
                .get_mut()
                .map_or_else(|e| e.into_inner().is_empty(), |p| p.is_empty());
        let mut all = self.take_all();
        let in_order = was_sorted && all.last().is_none_or(|last| *last <= episode);
        all.push(episode);
        self.put_back(all, in_order);
    }

    /// The episodes, in canonical order (earliest start first).
    pub fn episodes(&self) -> &[CrampEpisode] {
        self.sorted()
    }

    /// An iterator over the episodes, in canonical order.
    pub fn iter(&self) -> std::slice::Iter<'_, CrampEpisode> {
        self.sorted().iter()
    }

    /// The number of episodes.
    pub fn len(&self) -> usize {
        match self.sorted.get() {
            Some(all) => all.len(),
            None => lock(&self.pending).len(),
        }
    }

    /// `true` when the diary holds no episodes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
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
        let episodes = self.sorted();
        if let Some(late) = episodes.last().filter(|e| e.start() > as_of) {
            return Err(ValidationError::invalid(
                "start",
                "episode start",
                late.start().to_rfc3339(),
                format!("is after the as-of time {}", as_of.to_rfc3339()),
            ));
        }
        Ok(window::compute(episodes, as_of, window_days))
    }
}

impl FromIterator<CrampEpisode> for Diary {
    fn from_iter<I: IntoIterator<Item = CrampEpisode>>(iter: I) -> Self {
        Diary::from_episodes(iter)
    }
}

impl Extend<CrampEpisode> for Diary {
    fn extend<I: IntoIterator<Item = CrampEpisode>>(&mut self, iter: I) {
        for e in iter {
            self.push(e);
        }
    }
}

impl<'a> IntoIterator for &'a Diary {
    type Item = &'a CrampEpisode;
    type IntoIter = std::slice::Iter<'a, CrampEpisode>;

    fn into_iter(self) -> Self::IntoIter {
        self.sorted().iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> CrampEpisode {
        let start = DateTime::parse_from_rfc3339("2025-03-01T00:00:00+00:00").unwrap()
            + chrono::TimeDelta::minutes(minutes);
        CrampEpisode::builder(start)
            .duration_secs(60)
            .muscle("calf")
            .side("left")
            .pain(3)
            .build()
            .unwrap()
    }

    /// Issue #12: pushing newest-first used to insert each episode at the front of a
    /// sorted `Vec`, moving all the others (200 k pushes: 38 s). Now a push never moves
    /// the episodes already held: they stay where they were, in push order, until one
    /// sort on the next read.
    #[test]
    fn newest_first_pushes_move_nothing_until_one_sort() {
        let mut d = Diary::new();
        let n = 1000;
        for i in (0..n).rev() {
            d.push(at(i));
        }
        assert!(d.sorted.get().is_none(), "no push sorted anything");
        {
            let pending = d.pending.get_mut().unwrap();
            // In push order: the first pushed (the newest) is still first.
            assert_eq!(pending.first(), Some(&at(n - 1)));
            assert_eq!(pending.last(), Some(&at(0)));
        }
        assert_eq!(d.len(), 1000);
        let sorted = d.episodes();
        assert!(sorted.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(sorted.first(), Some(&at(0)));
        assert!(d.sorted.get().is_some());
    }

    #[test]
    fn in_order_pushes_stay_sorted_without_a_sort() {
        let mut d = Diary::new();
        for i in 0..100 {
            d.push(at(i));
            assert!(d.sorted.get().is_some(), "push {i} kept the order");
        }
        // One out of order sets the list aside for the next read.
        d.push(at(-1));
        assert!(d.sorted.get().is_none());
        assert_eq!(d.episodes().first(), Some(&at(-1)));
        assert_eq!(d, Diary::from_episodes((-1..100).map(at)));
    }
}
