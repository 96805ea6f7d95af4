//! Nights and weekly bins for the charts, worked out from per-episode marks.
//!
//! The bins are counted back from the last night in runs of 7, so every bar but the
//! oldest covers a whole week and can be read against the "3 or more in 7 days"
//! line; the oldest bar holds what is left (for a 30-night window, 2 nights; for 90,
//! 6) and is drawn hatched with its length under it.

use chrono::{Days, NaiveDate};

use super::svg::{Night, WeekBin};

/// One episode, reduced to what the charts need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    /// The night the episode belongs to.
    pub(crate) night: NaiveDate,
    pub(crate) pain: u8,
    pub(crate) woke: bool,
}

/// One [`Night`] per date from `first` to `last` inclusive, filled from `marks`
/// (marks on other dates are ignored). Empty when `last` is before `first`.
pub(crate) fn nights(first: NaiveDate, last: NaiveDate, marks: &[Mark]) -> Vec<Night> {
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
    for m in marks {
        let Ok(offset) = usize::try_from((m.night - first).num_days()) else {
            continue;
        };
        if let Some(n) = out.get_mut(offset) {
            n.episodes = n.episodes.saturating_add(1);
            n.worst_pain = Some(n.worst_pain.map_or(m.pain, |p| p.max(m.pain)));
            n.woke |= m.woke;
        }
    }
    out
}

/// Weekly bins over `nights` (consecutive, ascending), oldest first: runs of 7 counted
/// back from the last night, the oldest run possibly shorter.
pub(crate) fn week_bins(nights: &[Night]) -> Vec<WeekBin> {
    let mut bins: Vec<WeekBin> = nights
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

    #[test]
    fn nights_cover_the_range_and_keep_the_worst() {
        let marks = [
            Mark {
                night: d(3, 1),
                pain: 3,
                woke: false,
            },
            Mark {
                night: d(3, 1),
                pain: 7,
                woke: true,
            },
            Mark {
                night: d(3, 1),
                pain: 5,
                woke: false,
            },
            Mark {
                night: d(2, 27),
                pain: 9,
                woke: true,
            }, // before the range: ignored
            Mark {
                night: d(3, 20),
                pain: 9,
                woke: true,
            }, // after the range: ignored
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
        assert_eq!(ns.iter().map(|n| n.episodes).sum::<u32>(), 3);
        assert!(nights(d(3, 6), d(3, 5), &marks).is_empty());
    }

    #[test]
    fn bins_count_back_from_the_last_night() {
        // 30 nights: 4 whole weeks and 2 nights left over, oldest first.
        let ns = nights(
            d(2, 5),
            d(3, 6),
            &[Mark {
                night: d(2, 6),
                pain: 2,
                woke: false,
            }],
        );
        assert_eq!(ns.len(), 30);
        let bins = week_bins(&ns);
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
        assert_eq!(
            bins[4],
            WeekBin {
                first: d(2, 28),
                last: d(3, 6),
                days: 7,
                episodes: 0
            }
        );
        assert!(bins[1..].iter().all(|b| b.days == 7));
        assert!(week_bins(&[]).is_empty());
    }
}
