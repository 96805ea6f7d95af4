//! One cramp episode: when it started, how long it lasted, where, how painful, and
//! what happened around it.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::RemedyId;
use crate::ValidationError;
use crate::error::text_enum;

/// Pain during a cramp on the 0–10 numeric rating scale (0 = no pain, 10 = worst
/// imaginable), the scale used for cramp severity in trials and cohorts
/// (Hallegraeff-2012, Sebo-2019, Tan-2024; clinical.md §8.2).
///
/// JSON form: a whole number from 0 to 10.
///
/// # Examples
///
/// ```
/// use legcramps::PainScore;
///
/// let pain = PainScore::try_from(7u8)?;
/// assert_eq!(pain.get(), 7);
/// assert!(PainScore::try_from(11u8).is_err());
/// assert!(PainScore::try_from(-1i64).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct PainScore(u8);

impl PainScore {
    /// The lowest score, 0 (no pain).
    pub const MIN: PainScore = PainScore(0);
    /// The highest score, 10 (worst pain imaginable).
    pub const MAX: PainScore = PainScore(10);

    /// The score as a number from 0 to 10.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(legcramps::PainScore::MAX.get(), 10);
    /// ```
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for PainScore {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `pain` when the value is outside 0..=10.
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match u8::try_from(value) {
            Ok(v) if v <= 10 => Ok(PainScore(v)),
            _ => Err(ValidationError::invalid(
                "pain",
                "pain score",
                value,
                "must be a whole number from 0 to 10",
            )),
        }
    }
}

impl TryFrom<u8> for PainScore {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `pain` when the value is above 10.
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(value))
    }
}

impl TryFrom<i32> for PainScore {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `pain` when the value is outside 0..=10.
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(value))
    }
}

impl From<PainScore> for u8 {
    fn from(p: PainScore) -> u8 {
        p.0
    }
}

/// How long a cramp lasted, in whole seconds, from 1 second to
/// [`CrampDuration::MAX_SECS`] (4 hours).
///
/// Cramps usually last several minutes and up to about 10 minutes (CKS); one that
/// lasts over 10 minutes and does not settle is a reason to seek help the same day
/// (NHS). The 4-hour ceiling is not a clinical figure: it only keeps obvious entry
/// mistakes (a start and end on different days, a value in the wrong unit) out of
/// the statistics while still recording a cramp that went on far too long.
///
/// JSON form: a whole number of seconds (field `duration_seconds` of an episode).
///
/// # Examples
///
/// ```
/// use legcramps::CrampDuration;
///
/// let d = CrampDuration::from_minutes(2.5)?;
/// assert_eq!(d.as_secs(), 150);
/// assert_eq!(d.as_minutes_f64(), 2.5);
/// assert!(CrampDuration::from_secs(0).is_err());
/// assert!(CrampDuration::from_secs(5 * 3600).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u32")]
pub struct CrampDuration(u32);

impl CrampDuration {
    /// The longest duration accepted: 4 hours, in seconds.
    pub const MAX_SECS: u32 = 4 * 60 * 60;
    /// The shortest duration accepted: 1 second.
    pub const MIN: CrampDuration = CrampDuration(1);
    /// The longest duration accepted: 4 hours.
    pub const MAX: CrampDuration = CrampDuration(Self::MAX_SECS);

    const PROBLEM: &'static str = "must be from 1 s to 14400 s (4 hours)";

    /// A duration of `secs` whole seconds.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `duration_seconds` when `secs` is zero,
    /// negative or above [`CrampDuration::MAX_SECS`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::CrampDuration;
    ///
    /// assert_eq!(CrampDuration::from_secs(90)?.as_secs(), 90);
    /// assert_eq!(
    ///     CrampDuration::from_secs(-5).unwrap_err().to_string(),
    ///     "invalid cramp duration -5 s: must be from 1 s to 14400 s (4 hours)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_secs(secs: i64) -> Result<Self, ValidationError> {
        match u32::try_from(secs) {
            Ok(s) if (1..=Self::MAX_SECS).contains(&s) => Ok(CrampDuration(s)),
            _ => Err(ValidationError::invalid(
                "duration_seconds",
                "cramp duration",
                secs,
                Self::PROBLEM,
            )
            .shown_as(format!("{secs} s"))),
        }
    }

    /// A duration of `minutes` minutes, rounded to the nearest whole second.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `duration_minutes` when `minutes` is not a
    /// finite number or rounds to less than 1 second or more than 4 hours.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::CrampDuration;
    ///
    /// assert_eq!(CrampDuration::from_minutes(9.0)?.as_secs(), 540);
    /// assert!(CrampDuration::from_minutes(f64::NAN).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_minutes(minutes: f64) -> Result<Self, ValidationError> {
        let secs = (minutes * 60.0).round();
        if secs.is_finite() && secs >= 1.0 && secs <= f64::from(Self::MAX_SECS) {
            // In range 1..=14400, so the cast is exact.
            Ok(CrampDuration(secs as u32))
        } else {
            Err(ValidationError::invalid(
                "duration_minutes",
                "cramp duration",
                minutes,
                Self::PROBLEM,
            )
            .shown_as(format!("{minutes} min")))
        }
    }

    /// The duration in whole seconds.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(legcramps::CrampDuration::MAX.as_secs(), 14_400);
    /// ```
    pub const fn as_secs(self) -> u32 {
        self.0
    }

    /// The duration in minutes (seconds / 60).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(legcramps::CrampDuration::from_secs(30)?.as_minutes_f64(), 0.5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_minutes_f64(self) -> f64 {
        f64::from(self.0) / 60.0
    }

    /// The duration as a [`chrono::TimeDelta`].
    ///
    /// # Examples
    ///
    /// ```
    /// let d = legcramps::CrampDuration::from_secs(120)?;
    /// assert_eq!(d.to_time_delta(), chrono::TimeDelta::minutes(2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_time_delta(self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.0))
    }
}

impl TryFrom<i64> for CrampDuration {
    type Error = ValidationError;

    /// Whole seconds; see [`CrampDuration::from_secs`].
    fn try_from(secs: i64) -> Result<Self, Self::Error> {
        Self::from_secs(secs)
    }
}

impl TryFrom<i32> for CrampDuration {
    type Error = ValidationError;

    /// Whole seconds; see [`CrampDuration::from_secs`].
    fn try_from(secs: i32) -> Result<Self, Self::Error> {
        Self::from_secs(i64::from(secs))
    }
}

impl TryFrom<u32> for CrampDuration {
    type Error = ValidationError;

    /// Whole seconds; see [`CrampDuration::from_secs`].
    fn try_from(secs: u32) -> Result<Self, Self::Error> {
        Self::from_secs(i64::from(secs))
    }
}

impl From<CrampDuration> for u32 {
    fn from(d: CrampDuration) -> u32 {
        d.0
    }
}

/// The muscle (group) that cramped.
///
/// JSON form: `"calf"`, `"foot"`, `"front_of_thigh"`, `"back_of_thigh"`, `"other"`.
/// Cramps in muscles other than the legs are recorded as `Other`; they matter for
/// triage (BMJ-BP).
///
/// # Examples
///
/// ```
/// use legcramps::Muscle;
///
/// assert_eq!("back_of_thigh".parse::<Muscle>()?, Muscle::BackOfThigh);
/// assert_eq!(Muscle::Calf.as_str(), "calf");
/// assert_eq!(
///     "knee".parse::<Muscle>().unwrap_err().to_string(),
///     "invalid muscle \"knee\": expected one of calf, foot, front_of_thigh, back_of_thigh, other"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Muscle {
    /// The calf (the commonest site).
    Calf,
    /// The foot.
    Foot,
    /// The front of the thigh (quadriceps).
    FrontOfThigh,
    /// The back of the thigh (hamstrings).
    BackOfThigh,
    /// Any other muscle.
    Other,
}

text_enum!(Muscle, field = "muscle", what = "muscle", {
    Calf => "calf",
    Foot => "foot",
    FrontOfThigh => "front_of_thigh",
    BackOfThigh => "back_of_thigh",
    Other => "other",
});

/// Which leg cramped.
///
/// JSON form: `"left"`, `"right"`, `"both"`.
///
/// # Examples
///
/// ```
/// use legcramps::Side;
///
/// assert_eq!("both".parse::<Side>()?, Side::Both);
/// assert_eq!(
///     "up".parse::<Side>().unwrap_err().to_string(),
///     "invalid side \"up\": expected one of left, right, both"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    /// The left leg.
    Left,
    /// The right leg.
    Right,
    /// Both legs.
    Both,
}

text_enum!(Side, field = "side", what = "side", {
    Left => "left",
    Right => "right",
    Both => "both",
});

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
    pub fn builder(start: DateTime<FixedOffset>) -> CrampEpisodeBuilder {
        CrampEpisodeBuilder {
            start,
            duration: None,
            muscle: None,
            side: None,
            pain: None,
            woke: false,
            relieved_by: Vec::new(),
            in_bed_at_night: false,
            error: None,
        }
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

/// Builds a [`CrampEpisode`]; see [`CrampEpisode::builder`].
///
/// Setters take either a typed value or a raw one (`.pain(7)`, `.muscle("calf")`);
/// a raw value that fails validation is remembered and the first such error is
/// returned by [`build`](Self::build). Duration, muscle, side and pain are required;
/// `woke` and `in_bed_at_night` default to `false`, `relieved_by` to none.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until build() is called"]
pub struct CrampEpisodeBuilder {
    start: DateTime<FixedOffset>,
    duration: Option<CrampDuration>,
    muscle: Option<Muscle>,
    side: Option<Side>,
    pain: Option<PainScore>,
    woke: bool,
    relieved_by: Vec<RemedyId>,
    in_bed_at_night: bool,
    error: Option<ValidationError>,
}

impl CrampEpisodeBuilder {
    fn keep<T, E: Into<ValidationError>>(&mut self, value: Result<T, E>) -> Option<T> {
        match value {
            Ok(v) => Some(v),
            Err(e) => {
                self.error.get_or_insert(e.into());
                None
            }
        }
    }

    /// Sets the duration from a [`CrampDuration`] or a whole number of seconds.
    pub fn duration<T>(mut self, duration: T) -> Self
    where
        CrampDuration: TryFrom<T>,
        <CrampDuration as TryFrom<T>>::Error: Into<ValidationError>,
    {
        self.duration = self.keep(CrampDuration::try_from(duration));
        self
    }

    /// Sets the duration in whole seconds (see [`CrampDuration::from_secs`]).
    pub fn duration_secs(mut self, secs: i64) -> Self {
        self.duration = self.keep(CrampDuration::from_secs(secs));
        self
    }

    /// Sets the duration in minutes (see [`CrampDuration::from_minutes`]).
    pub fn duration_minutes(mut self, minutes: f64) -> Self {
        self.duration = self.keep(CrampDuration::from_minutes(minutes));
        self
    }

    /// Sets the muscle from a [`Muscle`] or its text form.
    pub fn muscle<T>(mut self, muscle: T) -> Self
    where
        Muscle: TryFrom<T>,
        <Muscle as TryFrom<T>>::Error: Into<ValidationError>,
    {
        self.muscle = self.keep(Muscle::try_from(muscle));
        self
    }

    /// Sets the side from a [`Side`] or its text form.
    pub fn side<T>(mut self, side: T) -> Self
    where
        Side: TryFrom<T>,
        <Side as TryFrom<T>>::Error: Into<ValidationError>,
    {
        self.side = self.keep(Side::try_from(side));
        self
    }

    /// Sets the pain from a [`PainScore`] or a whole number 0..=10.
    pub fn pain<T>(mut self, pain: T) -> Self
    where
        PainScore: TryFrom<T>,
        <PainScore as TryFrom<T>>::Error: Into<ValidationError>,
    {
        self.pain = self.keep(PainScore::try_from(pain));
        self
    }

    /// Sets whether the cramp woke the person (default `false`).
    pub fn woke(mut self, woke: bool) -> Self {
        self.woke = woke;
        self
    }

    /// Adds one remedy that relieved the cramp.
    pub fn relieved_by(mut self, remedy: RemedyId) -> Self {
        self.relieved_by.push(remedy);
        self
    }

    /// Adds several remedies that relieved the cramp.
    pub fn relieved_by_all(mut self, remedies: impl IntoIterator<Item = RemedyId>) -> Self {
        self.relieved_by.extend(remedies);
        self
    }

    /// Sets whether the cramp happened in bed at night (default `false`).
    pub fn in_bed_at_night(mut self, in_bed_at_night: bool) -> Self {
        self.in_bed_at_night = in_bed_at_night;
        self
    }

    /// Checks the values and builds the episode.
    ///
    /// # Errors
    ///
    /// The first invalid value given to a setter; else a missing duration, muscle,
    /// side or pain; else an error for field `start` if the cramp would end after
    /// the last date-time chrono can represent.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::CrampEpisode;
    ///
    /// let start = chrono::DateTime::parse_from_rfc3339("2025-03-02T03:10:00+01:00")?;
    /// let err = CrampEpisode::builder(start)
    ///     .duration_secs(60).muscle("calf").side("left").pain(11)
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "invalid pain score 11: must be a whole number from 0 to 10");
    ///
    /// let err = CrampEpisode::builder(start).pain(3).build().unwrap_err();
    /// assert_eq!(err.to_string(), "missing cramp duration: a cramp episode needs one");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<CrampEpisode, ValidationError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        const NEEDED: &str = "a cramp episode needs one";
        let duration = self.duration.ok_or_else(|| {
            ValidationError::missing("duration_seconds", "cramp duration", NEEDED)
        })?;
        let muscle = self
            .muscle
            .ok_or_else(|| ValidationError::missing("muscle", "muscle", NEEDED))?;
        let side = self
            .side
            .ok_or_else(|| ValidationError::missing("side", "side", NEEDED))?;
        let pain = self
            .pain
            .ok_or_else(|| ValidationError::missing("pain", "pain score", NEEDED))?;
        if self
            .start
            .checked_add_signed(duration.to_time_delta())
            .is_none()
        {
            return Err(ValidationError::invalid(
                "start",
                "episode start",
                self.start.to_rfc3339(),
                "the cramp would end after the last representable date-time",
            ));
        }
        let mut relieved_by = self.relieved_by;
        relieved_by.sort_unstable();
        relieved_by.dedup();
        Ok(CrampEpisode {
            start: self.start,
            duration,
            muscle,
            side,
            pain,
            woke: self.woke,
            relieved_by,
            in_bed_at_night: self.in_bed_at_night,
        })
    }
}

/// The JSON shape of an episode; every field is validated by its own type.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EpisodeRecord {
    start: DateTime<FixedOffset>,
    duration_seconds: CrampDuration,
    muscle: Muscle,
    side: Side,
    pain: PainScore,
    #[serde(default)]
    woke: bool,
    #[serde(default)]
    relieved_by: Vec<RemedyId>,
    #[serde(default)]
    in_bed_at_night: bool,
}

impl TryFrom<EpisodeRecord> for CrampEpisode {
    type Error = ValidationError;

    fn try_from(r: EpisodeRecord) -> Result<Self, Self::Error> {
        CrampEpisode::builder(r.start)
            .duration(r.duration_seconds)
            .muscle(r.muscle)
            .side(r.side)
            .pain(r.pain)
            .woke(r.woke)
            .relieved_by_all(r.relieved_by)
            .in_bed_at_night(r.in_bed_at_night)
            .build()
    }
}

impl From<CrampEpisode> for EpisodeRecord {
    fn from(e: CrampEpisode) -> Self {
        EpisodeRecord {
            start: e.start,
            duration_seconds: e.duration,
            muscle: e.muscle,
            side: e.side,
            pain: e.pain,
            woke: e.woke,
            relieved_by: e.relieved_by,
            in_bed_at_night: e.in_bed_at_night,
        }
    }
}
