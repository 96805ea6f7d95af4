//! Nights and weekly bins for the charts, worked out from per-episode marks.
//!
//! Every episode has a night (the date the night began, [`crate::CrampEpisode::night`]).
//! The calendar shows only episodes in bed at night, so its counts match
//! [`crate::DiaryStats::nights_with_cramps`] and `nights_disturbed`; the weekly bins
//! count every episode, so they add up to [`crate::DiaryStats::episodes`].
//!
//! The bins are counted back from the last night in runs of 7, so every bar but the
//! oldest covers a whole week and can be read against the "3 or more in 7 days"
//! line, and the last bar is the last 7 nights; the oldest bar holds what is left (for
//! a 30-night window, 2 nights; for 90, 6) and is drawn hatched with its length under
//! it.

use chrono::{Days, NaiveDate};

use super::svg::{Night, WeekBin};

/// One episode, reduced to what the charts need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    /// The night the episode belongs to (for the calendar).
    pub(crate) night: NaiveDate,
    /// The night in the report's UTC offset (for the weekly bins).
    pub(crate) bin_night: NaiveDate,
    pub(crate) pain: u8,
    pub(crate) woke: bool,
    /// In bed at night (only these go on the calendar).
    pub(crate) at_night: bool,
}

/// One empty [`Night`] per date from `first` to `last` inclusive.
fn empty_nights(first: NaiveDate, last: NaiveDate) -> Vec<Night> {
    let mut out = Vec::new();
    let mut d = first;
    while d <= last {
        out.push(Night {
            date: d,
            episodes: 0,
            worst_pain: None,
            woke: false,
        });
        match d.checked_add_days(Days::new(1)) {
            Some(next) => d = next,
            None => break,
        }
    }
    out
}

/// The slot of `night` in a run of nights starting at `first`, if not before it.
fn slot(first: NaiveDate, night: NaiveDate) -> Option<usize> {
    usize::try_from(night.signed_duration_since(first).num_days()).ok()
}

/// One [`Night`] per date from `first` to `last` inclusive, filled from the marks in
/// bed at night (marks on other dates are ignored). Empty when `last` is before
/// `first`.
pub(crate) fn nights(first: NaiveDate, last: NaiveDate, marks: &[Mark]) -> Vec<Night> {
    let mut out = empty_nights(first, last);
    for m in marks.iter().filter(|m| m.at_night) {
        if let Some(n) = slot(first, m.night).and_then(|i| out.get_mut(i)) {
            n.episodes = n.episodes.saturating_add(1);
            n.worst_pain = Some(n.worst_pain.map_or(m.pain, |p| p.max(m.pain)));
            n.woke |= m.woke;
        }
    }
    out
}

/// Weekly bins over the nights from `first` to `last`, oldest first: runs of 7 counted
/// back from the last night, the oldest run possibly shorter. Every mark counts, in
/// bed at night or not.
pub(crate) fn week_bins(first: NaiveDate, last: NaiveDate, marks: &[Mark]) -> Vec<WeekBin> {
    let mut per_night = empty_nights(first, last);
    for m in marks {
        if let Some(n) = slot(first, m.bin_night).and_then(|i| per_night.get_mut(i)) {
            n.episodes = n.episodes.saturating_add(1);
        }
    }
    let mut bins: Vec<WeekBin> = per_night
        .rchunks(7)
        .filter_map(|chunk| {
            let (first, last) = (chunk.first()?, chunk.last()?);
            Some(WeekBin {
                first: first.date,
                last: last.date,
                days: u32::try_from(chunk.len()).unwrap_or(7),
                episodes: chunk
                    .iter()
                    .map(|n| n.episodes)
                    .fold(0u32, u32::saturating_add),
            })
        })
        .collect();
    bins.reverse();
    bins
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, day).unwrap()
    }

    fn m(night: NaiveDate, pain: u8, woke: bool, at_night: bool) -> Mark {
        Mark {
            night,
            bin_night: night,
            pain,
            woke,
            at_night,
        }
    }

    #[test]
    fn nights_cover_the_range_and_keep_the_worst() {
        let marks = [
            m(d(3, 1), 3, false, true),
            m(d(3, 1), 7, true, true),
            m(d(3, 1), 5, false, true),
            m(d(3, 2), 10, true, false), // not in bed at night: not on the calendar
            m(d(2, 27), 9, true, true),  // before the range: ignored
            m(d(3, 20), 9, true, true),  // after the range: ignored
        ];
        let ns = nights(d(2, 28), d(3, 6), &marks);
        // 28 Feb to 6 Mar 2025: 1 + 6 = 7 dates (2025 is not a leap year).
        assert_eq!(ns.len(), 7);
        assert_eq!(
            ns[1],
            Night {
                date: d(3, 1),
                episodes: 3,
                worst_pain: Some(7),
                woke: true
            }
        );
        assert_eq!(
            ns[2],
            Night {
                date: d(3, 2),
                episodes: 0,
                worst_pain: None,
                woke: false
            }
        );
        assert_eq!(ns.iter().map(|n| n.episodes).sum::<u32>(), 3);
        assert!(nights(d(3, 6), d(3, 5), &marks).is_empty());
    }

    #[test]
    fn bins_count_back_from_the_last_night() {
        let marks = [
            m(d(2, 6), 2, false, true),
            m(d(3, 6), 2, false, false),
            m(d(3, 7), 2, false, true), // after the range: ignored
        ];
        assert_eq!(nights(d(2, 5), d(3, 6), &marks).len(), 30);
        // 30 nights: 4 whole weeks and 2 nights left over, oldest first.
        let bins = week_bins(d(2, 5), d(3, 6), &marks);
        assert_eq!(bins.len(), 5);
        assert_eq!(
            bins[0],
            WeekBin {
                first: d(2, 5),
                last: d(2, 6),
                days: 2,
                episodes: 1
            }
        );
        // The daytime cramp counts in the bins, though not on the calendar.
        assert_eq!(
            bins[4],
            WeekBin {
                first: d(2, 28),
                last: d(3, 6),
                days: 7,
                episodes: 1
            }
        );
        assert!(bins[1..].iter().all(|b| b.days == 7));
        assert!(week_bins(d(3, 6), d(3, 5), &marks).is_empty());
    }
}
