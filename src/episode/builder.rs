//! The episode builder and the JSON shape of an episode.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{CrampEpisode, check_instant};
use crate::{CrampDuration, Muscle, PainScore, RemedyId, Side, ValidationError};

/// Builds a [`CrampEpisode`]; see [`CrampEpisode::builder`].
///
/// Setters take either a typed value or a raw one (`.pain(7)`, `.muscle("calf")`);
/// a raw value that fails validation is remembered and the first such error is
/// returned by [`build`](Self::build). Duration, muscle, side and pain are required;
/// `woke` and `in_bed_at_night` default to `false`, `relieved_by` to none.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub(super) fn new(start: DateTime<FixedOffset>) -> Self {
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
    /// side or pain; else an error for field `start` if the start is outside the
    /// years 0001–9999 or its UTC offset is not whole minutes within 14 hours of
    /// UTC, or if the cramp would end after 9999-12-31T23:59:59 (local time): every
    /// output (FHIR's `dateTime` above all) writes the start and the end, and could
    /// not write these.
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
        // Every output writes the start and the end, so both must be instants they
        // can write (see `check_instant`): a cramp starting late on 9999-12-31 would
        // end in year 10000.
        check_instant("start", "episode start", self.start)?;
        let end_fits = self
            .start
            .checked_add_signed(duration.to_time_delta())
            .is_some_and(|end| check_instant("start", "episode start", end).is_ok());
        if !end_fits {
            return Err(ValidationError::invalid(
                "start",
                "episode start",
                self.start.to_rfc3339(),
                "the cramp would end after 9999-12-31T23:59:59 local time",
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
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "CrampEpisode")
)]
#[serde(deny_unknown_fields)]
pub(super) struct EpisodeRecord {
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
