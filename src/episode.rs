//! One cramp episode: when it started, how long it lasted, where, how painful, and
//! what happened around it.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::RemedyId;

mod builder;
mod duration;
mod instant;
mod pain;
mod site;

pub use builder::CrampEpisodeBuilder;
use builder::EpisodeRecord;
pub use duration::CrampDuration;
pub(crate) use instant::check_instant;
pub use pain::PainScore;
pub use site::{Muscle, Side};

/// One recorded cramp.
///
/// Built with [`CrampEpisode::builder`]; the fields are private so that every
/// episode is valid: its duration is in range and it ends at a representable time.
/// `relieved_by` is kept as a sorted set (each remedy once).
///
/// Episodes are ordered by start instant, then by the start's UTC offset, then by
/// every other field; equality compares every field including the offset. A
/// [`Diary`](crate::Diary) keeps episodes in this order.
///
/// JSON form (`relieved_by`, `woke` and `in_bed_at_night` may be left out; they
/// default to none, `false` and `false`; unknown fields are rejected):
///
/// ```json
/// {"start": "2025-03-02T03:10:00+01:00", "duration_seconds": 240, "muscle": "calf",
///  "side": "left", "pain": 7, "woke": true, "relieved_by": ["stretch_muscle"],
///  "in_bed_at_night": true}
/// ```
///
/// # Examples
///
/// ```
/// use legcramps::{CrampEpisode, Muscle, RemedyId, Side};
///
/// let start = chrono::DateTime::parse_from_rfc3339("2025-03-02T03:10:00+01:00")?;
/// let cramp = CrampEpisode::builder(start)
///     .duration_secs(240)
///     .muscle(Muscle::Calf)
///     .side("left")
///     .pain(7)
///     .woke(true)
///     .relieved_by(RemedyId::StretchMuscle)
///     .in_bed_at_night(true)
///     .build()?;
/// assert_eq!(cramp.end().to_rfc3339(), "2025-03-02T03:14:00+01:00");
/// assert_eq!(cramp.side(), Side::Left);
///
/// // A daytime cramp is just as representable.
/// let noon = chrono::DateTime::parse_from_rfc3339("2025-03-02T12:00:00+01:00")?;
/// let day = CrampEpisode::builder(noon)
///     .duration_secs(60)
///     .muscle("foot")
///     .side(Side::Right)
///     .pain(3)
///     .build()?;
/// assert!(!day.in_bed_at_night());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "EpisodeRecord", into = "EpisodeRecord")]
pub struct CrampEpisode {
    start: DateTime<FixedOffset>,
    duration: CrampDuration,
    muscle: Muscle,
    side: Side,
    pain: PainScore,
    woke: bool,
    relieved_by: Vec<RemedyId>,
    in_bed_at_night: bool,
}

impl CrampEpisode {
    /// Starts building an episode that began at `start` (an instant with the
    /// person's local UTC offset).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::CrampEpisode;
    ///
    /// let start = chrono::DateTime::parse_from_rfc3339("2025-03-02T03:10:00+01:00")?;
    /// let cramp = CrampEpisode::builder(start)
    ///     .duration_minutes(4.0)
    ///     .muscle("calf")
    ///     .side("both")
    ///     .pain(5)
    ///     .build()?;
    /// assert_eq!(cramp.duration().as_secs(), 240);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(start: impl Into<DateTime<FixedOffset>>) -> CrampEpisodeBuilder {
        CrampEpisodeBuilder::new(start.into())
    }

    /// When the cramp started, with the person's local UTC offset.
    pub fn start(&self) -> DateTime<FixedOffset> {
        self.start
    }

    /// When the cramp ended: [`start`](Self::start) plus [`duration`](Self::duration),
    /// in the same offset.
    pub fn end(&self) -> DateTime<FixedOffset> {
        // Construction checked that this addition succeeds; the fallback is unreachable.
        self.start
            .checked_add_signed(self.duration.to_time_delta())
            .unwrap_or(self.start)
    }

    /// How long the cramp lasted.
    pub fn duration(&self) -> CrampDuration {
        self.duration
    }

    /// The muscle that cramped.
    pub fn muscle(&self) -> Muscle {
        self.muscle
    }

    /// Which leg cramped.
    pub fn side(&self) -> Side {
        self.side
    }

    /// The pain, 0 to 10.
    pub fn pain(&self) -> PainScore {
        self.pain
    }

    /// Whether the cramp woke the person.
    pub fn woke(&self) -> bool {
        self.woke
    }

    /// What relieved the cramp, sorted, each remedy once; empty if nothing did or
    /// nothing was recorded.
    pub fn relieved_by(&self) -> &[RemedyId] {
        &self.relieved_by
    }

    /// Whether the cramp happened in bed at night (a nocturnal cramp). `false` is a
    /// daytime or out-of-bed cramp.
    pub fn in_bed_at_night(&self) -> bool {
        self.in_bed_at_night
    }

    /// The night this episode belongs to, named by the local date on which that
    /// night began.
    ///
    /// The night of local date `D` runs from 12:00 on `D` up to (not including)
    /// 12:00 on `D + 1`, read in the episode's own UTC offset. So a cramp at 03:00 on
    /// 3 March belongs to the night of 2 March, and one at 23:00 on 2 March to the
    /// same night. Daytime cramps map to a night by the same rule, but the diary
    /// statistics only count nights for episodes that happened in bed at night.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::CrampEpisode;
    ///
    /// let at = |s| chrono::DateTime::parse_from_rfc3339(s);
    /// let late = CrampEpisode::builder(at("2025-03-02T23:00:00+01:00")?)
    ///     .duration_secs(60).muscle("calf").side("left").pain(4).build()?;
    /// let early = CrampEpisode::builder(at("2025-03-03T03:00:00+01:00")?)
    ///     .duration_secs(60).muscle("calf").side("left").pain(4).build()?;
    /// assert_eq!(late.night(), early.night());
    /// assert_eq!(early.night().to_string(), "2025-03-02");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn night(&self) -> NaiveDate {
        let local = self.start.naive_local();
        local
            .checked_sub_signed(TimeDelta::hours(12))
            .map_or(local.date(), |shifted| shifted.date())
    }

    /// Every field as one key, in the canonical order.
    fn key(&self) -> impl Ord + Hash + '_ {
        (
            self.start.naive_utc(),
            self.start.offset().local_minus_utc(),
            self.duration,
            self.muscle,
            self.side,
            self.pain,
            self.woke,
            &self.relieved_by,
            self.in_bed_at_night,
        )
    }
}

impl PartialEq for CrampEpisode {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for CrampEpisode {}

impl PartialOrd for CrampEpisode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CrampEpisode {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Hash for CrampEpisode {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}
