//! How the statistics of a window are counted: the window's bounds by binary search
//! over the sorted episodes, then one pass over the window.

#[cfg(test)]
use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta};

use super::{DiaryStats, Trend};
use crate::{CrampEpisode, Muscle, PainScore};

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
/// latest therefore holds every night that can come again. A night older than that
/// (which the reasoning rules out) is still counted right: `insert` then asks the caller
/// whether it was seen before, and the mask is left as it is (the night lies outside it).
#[derive(Default)]
struct RecentNights {
    latest: i64,
    /// Bit `k`: night `latest − k` was seen.
    seen: u64,
    count: u32,
}

impl RecentNights {
    /// Adds a night; `seen_before` is asked only for a night older than the mask holds,
    /// and must say whether that night was added before.
    fn insert(&mut self, day: i64, seen_before: impl FnOnce() -> bool) {
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
            return;
        }
        match u32::try_from(self.latest - day).ok().filter(|&b| b < 64) {
            Some(back) => {
                let bit = 1u64 << back;
                if self.seen & bit == 0 {
                    self.seen |= bit;
                    self.count += 1;
                }
            }
            None => {
                if !seen_before() {
                    self.count += 1;
                }
            }
        }
    }
}

/// The same recorded event: the same start (instant and UTC offset), duration, muscle
/// and side. Such copies are counted once; they sit next to each other in canonical
/// order, which sorts by exactly these fields first.
pub(super) fn same_event(a: &CrampEpisode, b: &CrampEpisode) -> bool {
    a.start() == b.start()
        && a.start().offset() == b.start().offset()
        && a.duration() == b.duration()
        && a.muscle() == b.muscle()
        && a.side() == b.side()
}

/// One recorded event: the first copy, and what its copies add. Where copies disagree
/// the worst reading counts (highest pain; woke or in bed if any copy says so), so a
/// copy can add to the figures but never hide anything.
pub(crate) struct Event<'a> {
    /// The first copy (its start, duration, muscle and side are the event's).
    pub(crate) first: &'a CrampEpisode,
    /// The highest pain among the copies.
    pub(crate) pain: PainScore,
    /// Some copy woke the person.
    pub(crate) woke: bool,
    /// Some copy was in bed at night.
    pub(crate) in_bed: bool,
    /// How many copies beyond the first.
    pub(crate) copies: usize,
}

/// Splits sorted episodes into events (runs of copies of one event).
pub(crate) fn events(episodes: &[CrampEpisode]) -> impl Iterator<Item = Event<'_>> {
    let mut rest = episodes;
    std::iter::from_fn(move || {
        let (first, tail) = rest.split_first()?;
        let run = tail.iter().take_while(|e| same_event(first, e)).count();
        let (copies, after) = tail.split_at_checked(run).unwrap_or((tail, &[]));
        rest = after;
        let mut ev = Event {
            first,
            pain: first.pain(),
            woke: first.woke(),
            in_bed: first.in_bed_at_night(),
            copies: run,
        };
        for c in copies {
            ev.pain = ev.pain.max(c.pain());
            ev.woke |= c.woke();
            ev.in_bed |= c.in_bed_at_night();
        }
        Some(ev)
    })
}

/// The statistics; `episodes` is sorted and none starts after `as_of`.
///
/// The window's bounds are found by binary search (episodes are sorted by start
/// instant) and the window and the previous window are read once each, without
/// allocating anything but the muscle list. Copies of one event count once
/// ([`same_event`]); events whose times overlap are counted separately and reported.
/// The tests compare it with `compute_with_sets`, the plain version.
pub(super) fn compute(
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
        let before = first_after(start.and_then(|s| s.checked_sub_signed(window)));
        events(episodes.get(before..from).unwrap_or_default()).count()
    } else {
        0
    };
    let in_window = episodes.get(from..).unwrap_or_default();
    let week_start = as_of.checked_sub_signed(TimeDelta::days(7));

    let mut n = 0usize;
    let mut last_7 = 0usize;
    let mut duplicates = 0usize;
    let mut overlapping = 0usize;
    let mut latest_end: Option<DateTime<FixedOffset>> = None;
    let mut at_night = 0usize;
    let mut pain_sum = 0u64;
    let mut max_pain: Option<PainScore> = None;
    let mut secs_sum = 0u64;
    let mut longest = 0u32;
    let mut nights = RecentNights::default();
    let mut disturbed = RecentNights::default();
    let mut muscles: Vec<Muscle> = Vec::new();

    let mut seen = 0usize;
    let mut evs = events(in_window).peekable();
    while let Some(ev) = evs.next() {
        let e = ev.first;
        let i = seen;
        seen += 1 + ev.copies;
        n += 1;
        duplicates += ev.copies;
        if week_start.is_none_or(|w| e.start() > w) {
            last_7 += 1;
        }
        // Overlaps an earlier event (one still running when this one starts) or the
        // next one (the earliest later start, so it decides for all later ones).
        let end = e.end();
        let with_earlier = latest_end.is_some_and(|l| e.start() < l);
        let with_next = evs.peek().is_some_and(|next| next.first.start() < end);
        if with_earlier || with_next {
            overlapping += 1;
        }
        latest_end = latest_end.max(Some(end));
        pain_sum += u64::from(ev.pain.get());
        max_pain = max_pain.max(Some(ev.pain));
        secs_sum += u64::from(e.duration().as_secs());
        longest = longest.max(e.duration().as_secs());
        if !muscles.contains(&e.muscle()) {
            muscles.push(e.muscle());
        }
        if ev.in_bed {
            at_night += 1;
            let night = night_day(e);
            // Only a night too old for the mask (see RecentNights) looks back.
            let earlier = || {
                in_window
                    .iter()
                    .take(i)
                    .filter(|p| p.in_bed_at_night() && night_day(p) == night)
            };
            nights.insert(night, || earlier().next().is_some());
            if ev.woke {
                disturbed.insert(night, || earlier().any(|p| p.woke()));
            }
        }
    }
    muscles.sort_unstable();

    finish(
        window_days,
        Counts {
            n,
            last_7,
            previous,
            has_history: from > 0,
            duplicates,
            overlapping,
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

/// What [`compute`] and `compute_with_sets` count, before the rates and means.
struct Counts {
    n: usize,
    last_7: usize,
    previous: usize,
    has_history: bool,
    duplicates: usize,
    overlapping: usize,
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
        duplicates_set_aside: count(c.duplicates),
        overlapping_episodes: count(c.overlapping),
    }
}

/// The plain version of [`compute`]: copies merged through a map keyed by the event's
/// fields, every event tested against every bound, sets for nights and muscles, and
/// overlaps by comparing every pair. The reference model the tests compare [`compute`]
/// with.
#[cfg(test)]
fn compute_with_sets(
    episodes: &[CrampEpisode],
    as_of: DateTime<FixedOffset>,
    window_days: u32,
) -> DiaryStats {
    use std::collections::BTreeMap;

    let window = TimeDelta::days(i64::from(window_days));
    let start = as_of.checked_sub_signed(window);
    let previous_start = start.and_then(|s| s.checked_sub_signed(window));
    let week_start = as_of.checked_sub_signed(TimeDelta::days(7));
    let after = |bound: Option<DateTime<FixedOffset>>, e: &CrampEpisode| {
        bound.is_none_or(|b| e.start() > b)
    };

    // (start instant, offset, duration, muscle, side) -> (episode, pain, woke, in bed, copies)
    type Key = (i64, u32, i32, u32, Muscle, crate::Side);
    let mut merged: BTreeMap<Key, (&CrampEpisode, PainScore, bool, bool, usize)> = BTreeMap::new();
    for e in episodes {
        let key = (
            e.start().timestamp(),
            e.start().timestamp_subsec_nanos(),
            e.start().offset().local_minus_utc(),
            e.duration().as_secs(),
            e.muscle(),
            e.side(),
        );
        let slot = merged.entry(key).or_insert((e, e.pain(), false, false, 0));
        slot.1 = slot.1.max(e.pain());
        slot.2 |= e.woke();
        slot.3 |= e.in_bed_at_night();
        slot.4 += 1;
    }

    let mut n = 0usize;
    let mut last_7 = 0usize;
    let mut previous = 0usize;
    let mut has_history = false;
    let mut duplicates = 0usize;
    let mut at_night = 0usize;
    let mut pain_sum = 0u64;
    let mut max_pain: Option<PainScore> = None;
    let mut secs_sum = 0u64;
    let mut longest = 0u32;
    let mut nights = BTreeSet::new();
    let mut disturbed = BTreeSet::new();
    let mut muscles = BTreeSet::new();
    let mut spans = Vec::new();

    for &(e, pain, woke, in_bed, copies) in merged.values() {
        if !after(start, e) {
            has_history = true;
            if after(previous_start, e) {
                previous += 1;
            }
            continue;
        }
        n += 1;
        duplicates += copies - 1;
        spans.push((e.start(), e.end()));
        if after(week_start, e) {
            last_7 += 1;
        }
        pain_sum += u64::from(pain.get());
        max_pain = max_pain.max(Some(pain));
        secs_sum += u64::from(e.duration().as_secs());
        longest = longest.max(e.duration().as_secs());
        muscles.insert(e.muscle());
        if in_bed {
            at_night += 1;
            nights.insert(e.night());
            if woke {
                disturbed.insert(e.night());
            }
        }
    }
    let overlapping = (0..spans.len())
        .filter(|&i| {
            (0..spans.len()).any(|j| i != j && spans[i].0 < spans[j].1 && spans[j].0 < spans[i].1)
        })
        .count();
    finish(
        window_days,
        Counts {
            n,
            last_7,
            previous,
            has_history,
            duplicates,
            overlapping,
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
    use crate::Diary;

    /// One episode from a test tuple: (minutes before `as_of_utc`, UTC offset in seconds,
    /// pain, duration in seconds, in bed at night, woke).
    type Start = (i64, i32, u8, u32, bool, bool);

    fn as_of_utc() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2025-03-15T08:00:00+00:00").unwrap()
    }

    fn episode(&(minutes_before, offset, pain, secs, in_bed, woke): &Start) -> CrampEpisode {
        let muscles = [
            Muscle::Calf,
            Muscle::Foot,
            Muscle::BackOfThigh,
            Muscle::Other,
        ];
        // Episode starts must have whole-minute offsets within 14 hours (#14): the
        // generated seconds are mapped into that range.
        let offset = (offset / 60).clamp(-840, 840) * 60;
        let at = (as_of_utc() - TimeDelta::minutes(minutes_before))
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
    }

    /// Episodes spread over a few weeks around `as_of`, in offsets from −14:00 to
    /// +14:00 (`as_of` from −23:59 to +23:59; so nights and instants disagree in order), and windows of any length.
    fn fast_and_plain_agree(starts: &[Start], window_days: u32, as_of_offset: i32) {
        let as_of = as_of_utc().with_timezone(&FixedOffset::east_opt(as_of_offset).unwrap());
        let diary = Diary::from_episodes(starts.iter().map(episode));
        // The fast night is chrono's night, and nights in start order never fall more
        // than two days behind the latest, so the mask alone answers.
        let mut recent = RecentNights::default();
        for e in diary.iter() {
            let night = night_day(e);
            assert_eq!(night, i64::from(e.night().num_days_from_ce()), "{e:?}");
            assert!(recent.seen == 0 || night >= recent.latest - 2, "{e:?}");
            recent.insert(night, || panic!("{e:?} fell back past the mask"));
        }
        let fast = compute(diary.episodes(), as_of, window_days);
        let plain = compute_with_sets(diary.episodes(), as_of, window_days);
        assert_eq!(fast, plain);
    }

    /// Asked only about a night older than the mask holds; the calls below never are.
    fn unasked() -> bool {
        panic!("asked about a night the mask holds")
    }

    #[test]
    fn recent_nights_by_hand() {
        let mut r = RecentNights::default();
        // 10, 9 (late by a day), 10 again, 80 (a jump past the mask), 79: 4 distinct
        // nights, all told by the mask.
        for day in [10, 9, 10, 80, 79] {
            r.insert(day, unasked);
        }
        assert_eq!(r.count, 4);
        // 17 is 63 days before 80, the oldest night the mask holds.
        r.insert(17, unasked);
        assert_eq!(r.count, 5);
        // 16 is older: the caller's answer decides, and the mask is left alone.
        r.insert(16, || false);
        assert_eq!(r.count, 6);
        r.insert(16, || true);
        assert_eq!(r.count, 6);
        r.insert(17, unasked);
        assert_eq!(r.count, 6);
    }

    #[test]
    fn copies_count_once_and_overlaps_are_reported() {
        // Issue #11: the same cramp entered twice (same start, duration, muscle and
        // side) is one cramp; the copy with the higher pain and the waking decides.
        // A right-calf cramp at the same time is a different, overlapping event.
        let base = (60, 0, 3, 120, true, false);
        let mut eps = vec![episode(&base), episode(&base)];
        // Same event with pain 7 (muscle: 7 % 4 = 3 = Other, so keep pain % 4 == 3).
        let worse = episode(&(60, 0, 7, 120, true, true));
        eps.push(worse);
        let d = Diary::from_episodes(eps);
        let s = compute(d.episodes(), as_of_utc(), 30);
        assert_eq!((s.episodes, s.duplicates_set_aside), (1, 2));
        assert_eq!(s.max_pain.map(|p| p.get()), Some(7));
        assert_eq!(s.mean_pain, Some(7.0));
        assert_eq!(s.nights_disturbed, 1);
        assert_eq!(s.overlapping_episodes, 0);
        // Another event starting a minute later, inside the first one's 2 minutes.
        let mut eps = d.episodes().to_vec();
        eps.push(episode(&(59, 0, 5, 60, true, false)));
        let s = compute(Diary::from_episodes(eps).episodes(), as_of_utc(), 30);
        assert_eq!((s.episodes, s.duplicates_set_aside), (2, 2));
        assert_eq!(s.overlapping_episodes, 2);
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

        /// Copies of events (same start, duration, muscle and side, any pain, waking
        /// or bed flag) and overlapping events: the fast scan merges and reports them
        /// as the map-based model does.
        #[test]
        fn copies_and_overlaps_match_the_plain_count(
            starts in proptest::collection::vec(
                (0i64..40 * 24 * 60, -86_399i32..86_400, 0u8..=10, 1u32..3600,
                 proptest::bool::ANY, proptest::bool::ANY),
                1..30,
            ),
            copies in proptest::collection::vec(
                (0usize..30, 0u8..=10, proptest::bool::ANY, proptest::bool::ANY),
                0..30,
            ),
            window_days in Diary::MIN_WINDOW_DAYS..=40,
        ) {
            let mut all: Vec<CrampEpisode> = starts.iter().map(episode).collect();
            for &(i, pain, in_bed, woke) in &copies {
                let e = &all[i % starts.len()];
                // Same event, other details: pain keeps the muscle (pain % 4 picks it).
                let pain = pain - pain % 4 + e.pain().get() % 4;
                let pain = if pain > 10 { pain - 4 } else { pain };
                all.push(
                    CrampEpisode::builder(e.start())
                        .duration_secs(i64::from(e.duration().as_secs()))
                        .muscle(e.muscle())
                        .side(e.side())
                        .pain(pain)
                        .woke(woke)
                        .in_bed_at_night(in_bed)
                        .build()
                        .unwrap(),
                );
            }
            let diary = Diary::from_episodes(all);
            let fast = compute(diary.episodes(), as_of_utc(), window_days);
            let plain = compute_with_sets(diary.episodes(), as_of_utc(), window_days);
            proptest::prop_assert_eq!(fast, plain);
        }

        /// Nights added in any order, many of them far older than the mask holds, are
        /// counted as a set counts them.
        #[test]
        fn nights_in_any_order_match_a_set(
            days in proptest::collection::vec(-200i64..200, 0..80),
        ) {
            let mut r = RecentNights::default();
            for (i, &day) in days.iter().enumerate() {
                r.insert(day, || days[..i].contains(&day));
            }
            let set: BTreeSet<i64> = days.iter().copied().collect();
            proptest::prop_assert_eq!(r.count as usize, set.len());
        }

        /// Out of start order (outside `compute`'s contract, the one way to reach a night
        /// older than the mask holds), the nights are still counted right. Every episode
        /// lies inside the window, so the binary searches find no earlier one; only the
        /// 7-day count depends on the order.
        #[test]
        fn nights_out_of_order_match_the_plain_count(
            starts in proptest::collection::vec(
                (0i64..3000 * 24 * 60, -86_399i32..86_400, 0u8..=10, 1u32..3600,
                 proptest::bool::ANY, proptest::bool::ANY),
                0..40,
            ),
        ) {
            let episodes: Vec<CrampEpisode> = starts.iter().map(episode).collect();
            let fast = compute(&episodes, as_of_utc(), Diary::MAX_WINDOW_DAYS);
            let plain = compute_with_sets(&episodes, as_of_utc(), Diary::MAX_WINDOW_DAYS);
            proptest::prop_assert_eq!(
                (fast.nights_with_cramps, fast.nights_disturbed, fast.episodes),
                (plain.nights_with_cramps, plain.nights_disturbed, plain.episodes)
            );
        }
    }
}
