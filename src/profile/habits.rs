//! Daily activity, fluid intake and footwear.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::Answer;
use crate::ValidationError;
use crate::error::text_enum;

/// Hours per day spent doing something, a finite number from 0 to 24.
///
/// JSON form: a number. `-0.0` is stored as `0.0`, so equality, ordering and hashing
/// agree.
///
/// # Examples
///
/// ```
/// use legcramps::HoursPerDay;
///
/// assert_eq!(HoursPerDay::new(7.5)?.get(), 7.5);
/// assert_eq!(
///     HoursPerDay::new(25.0).unwrap_err().to_string(),
///     "invalid hours per day 25: must be a finite number from 0 to 24"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(extend("minimum" = 0, "maximum" = 24)))]
#[serde(try_from = "f64", into = "f32")]
pub struct HoursPerDay(f32);

impl HoursPerDay {
    /// Hours per day, from 0 to 24.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `hours_per_day` when `hours` is NaN, infinite,
    /// negative or above 24.
    pub fn new(hours: f32) -> Result<Self, ValidationError> {
        Self::try_from(f64::from(hours))
    }

    /// The number of hours.
    pub const fn get(self) -> f32 {
        self.0
    }
}

impl TryFrom<f64> for HoursPerDay {
    type Error = ValidationError;

    /// # Errors
    ///
    /// See [`HoursPerDay::new`]. The value is rounded to the nearest `f32` after the
    /// range check.
    fn try_from(hours: f64) -> Result<Self, Self::Error> {
        if hours.is_finite() && (0.0..=24.0).contains(&hours) {
            // `+ 0.0` turns -0.0 into 0.0; the range check keeps the cast in bounds.
            Ok(HoursPerDay(hours as f32 + 0.0))
        } else {
            Err(ValidationError::invalid(
                "hours_per_day",
                "hours per day",
                hours,
                "must be a finite number from 0 to 24",
            ))
        }
    }
}

impl From<HoursPerDay> for f32 {
    fn from(h: HoursPerDay) -> f32 {
        h.0
    }
}

impl PartialEq for HoursPerDay {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for HoursPerDay {}

impl PartialOrd for HoursPerDay {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for HoursPerDay {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl Hash for HoursPerDay {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

/// Daily activity.
///
/// Missing JSON fields default to unknown; unknown fields are rejected.
///
/// # Examples
///
/// ```
/// use legcramps::{Activity, Answer, HoursPerDay};
///
/// let a: Activity = serde_json::from_str(r#"{"sitting_hours": 9, "sedentary_lifestyle": "yes"}"#)?;
/// assert_eq!(a.sitting_hours, Some(HoursPerDay::new(9.0)?));
/// assert_eq!(a.standing_hours, None);
/// assert_eq!(a.sedentary_lifestyle, Answer::Yes);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Activity {
    /// Hours a day spent sitting, if known.
    pub sitting_hours: Option<HoursPerDay>,
    /// Hours a day spent standing, if known.
    pub standing_hours: Option<HoursPerDay>,
    /// Unusual exertion or overuse of the leg muscles lately.
    pub unusual_exertion: Answer,
    /// A sedentary lifestyle (little physical activity).
    pub sedentary_lifestyle: Answer,
}

/// How much the person drinks through the day.
///
/// JSON form: `"low"`, `"adequate"`, `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// assert_eq!(legcramps::FluidIntake::Low.as_str(), "low");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FluidIntake {
    /// Drinks too little.
    Low,
    /// Drinks enough.
    Adequate,
    /// Not known.
    #[default]
    Unknown,
}

text_enum!(FluidIntake, field = "fluid_intake", what = "fluid intake", {
    Low => "low",
    Adequate => "adequate",
    Unknown => "unknown",
});

/// The shoes the person usually wears.
///
/// JSON form: `"supportive"`, `"unsupportive"`, `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// assert_eq!("supportive".parse::<legcramps::Footwear>()?, legcramps::Footwear::Supportive);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Footwear {
    /// Supportive shoes.
    Supportive,
    /// Unsupportive shoes (e.g. flat, worn-out or high-heeled).
    Unsupportive,
    /// Not known.
    #[default]
    Unknown,
}

text_enum!(Footwear, field = "footwear", what = "footwear", {
    Supportive => "supportive",
    Unsupportive => "unsupportive",
    Unknown => "unknown",
});
