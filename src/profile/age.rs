//! Age in years or by date of birth.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// An age in whole years, 0 to 130.
///
/// JSON form: a whole number.
///
/// # Examples
///
/// ```
/// use legcramps::Age;
///
/// assert_eq!(Age::try_from(67u8)?.get(), 67);
/// assert_eq!(
///     Age::try_from(131i64).unwrap_err().to_string(),
///     "invalid age 131: must be a whole number of years from 0 to 130"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(extend("minimum" = 0, "maximum" = Age::MAX_YEARS)))]
#[serde(try_from = "i64", into = "u8")]
pub struct Age(u8);

impl Age {
    /// The highest age accepted, 130 years.
    pub const MAX_YEARS: u8 = 130;

    /// The age in years.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl Age {
    /// Checks a whole number against the range.
    fn from_i64(years: i64) -> Result<Self, crate::ValidationError> {
        match u8::try_from(years) {
            Ok(y) if y <= Self::MAX_YEARS => Ok(Age(y)),
            _ => Err(ValidationError::invalid(
                "age",
                "age",
                years,
                "must be a whole number of years from 0 to 130",
            )),
        }
    }
}

crate::bounded::bounded_int!(Age(u8), Age::from_i64, [u8, i32]);

/// What is known about the person's age.
///
/// JSON form: `{"years": 67}`, `{"birth_date": "1958-03-01"}` or `"unknown"`. A
/// birth date is resolved against an `as_of` date by [`Profile::age_at`](crate::Profile::age_at).
///
/// # Examples
///
/// ```
/// use legcramps::{Age, AgeInfo};
///
/// let a: AgeInfo = serde_json::from_str(r#"{"years": 67}"#)?;
/// assert_eq!(a, AgeInfo::Years(Age::try_from(67u8)?));
/// assert!(serde_json::from_str::<AgeInfo>(r#"{"years": 131}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgeInfo {
    /// The age in whole years.
    Years(Age),
    /// The date of birth.
    BirthDate(NaiveDate),
    /// Not known.
    #[default]
    Unknown,
}

/// Whole years from `born` to `on` (a birthday counts on its own date; someone born
/// on 29 February has their birthday on 1 March in common years).
pub(super) fn years_between(born: NaiveDate, on: NaiveDate) -> Result<Age, ValidationError> {
    if born > on {
        return Err(ValidationError::invalid(
            "birth_date",
            "birth date",
            born,
            format!("is after the as-of date {on}"),
        ));
    }
    let mut years = i64::from(on.year()) - i64::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    Age::try_from(years)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn whole_years_count_birthdays() {
        // Reasoning: the birthday itself completes the year; the day before does not.
        assert_eq!(
            years_between(d("1958-03-01"), d("2025-03-01"))
                .unwrap()
                .get(),
            67
        );
        assert_eq!(
            years_between(d("1958-03-01"), d("2025-02-28"))
                .unwrap()
                .get(),
            66
        );
        assert_eq!(
            years_between(d("2025-03-01"), d("2025-03-01"))
                .unwrap()
                .get(),
            0
        );
        // Leap-day birth: (3, 1) >= (2, 29), so 1 March completes the year.
        assert_eq!(
            years_between(d("1960-02-29"), d("2025-03-01"))
                .unwrap()
                .get(),
            65
        );
        assert_eq!(
            years_between(d("1960-02-29"), d("2025-02-28"))
                .unwrap()
                .get(),
            64
        );
    }

    #[test]
    fn age_limits() {
        assert_eq!(
            years_between(d("1895-03-01"), d("2025-03-01"))
                .unwrap()
                .get(),
            130
        );
        assert_eq!(
            years_between(d("1894-03-01"), d("2025-03-01"))
                .unwrap_err()
                .to_string(),
            "invalid age 131: must be a whole number of years from 0 to 130"
        );
    }
}
