//! The pain score of a cramp.

use serde::{Deserialize, Serialize};

use crate::ValidationError;

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(extend("minimum" = 0, "maximum" = 10)))]
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

impl PainScore {
    /// Checks a whole number against the range.
    fn from_i64(value: i64) -> Result<Self, crate::ValidationError> {
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

crate::bounded::bounded_int!(PainScore(u8), PainScore::from_i64, [u8, i32]);
