//! How long a cramp lasted.

use chrono::TimeDelta;
use serde::{Deserialize, Serialize};

use crate::ValidationError;

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(extend("minimum" = 1, "maximum" = CrampDuration::MAX_SECS)))]
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

crate::bounded::bounded_int!(CrampDuration(u32), CrampDuration::from_secs, [i32, u32]);
