//! Pregnancy and its trimester.

use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// A trimester of pregnancy, 1 to 3.
///
/// JSON form: a whole number.
///
/// # Examples
///
/// ```
/// use legcramps::Trimester;
///
/// assert_eq!(Trimester::try_from(3u8)?.get(), 3);
/// assert_eq!(
///     Trimester::try_from(0u8).unwrap_err().to_string(),
///     "invalid trimester 0: must be 1, 2 or 3"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(extend("minimum" = 1, "maximum" = 3)))]
#[serde(try_from = "i64", into = "u8")]
pub struct Trimester(u8);

impl Trimester {
    /// The trimester, 1 to 3.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl Trimester {
    /// Checks a whole number against the range.
    fn from_i64(value: i64) -> Result<Self, crate::ValidationError> {
        match u8::try_from(value) {
            Ok(t @ 1..=3) => Ok(Trimester(t)),
            _ => Err(ValidationError::invalid(
                "trimester",
                "trimester",
                value,
                "must be 1, 2 or 3",
            )),
        }
    }
}

crate::bounded::bounded_int!(Trimester(u8), Trimester::from_i64, [u8, i32]);

/// Whether the person is pregnant.
///
/// JSON form: `"not_pregnant"`, `{"pregnant": {"trimester": 3}}` (the trimester may
/// be left out or `null`) or `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// use legcramps::{Pregnancy, Trimester};
///
/// let p: Pregnancy = serde_json::from_str(r#"{"pregnant": {"trimester": 2}}"#)?;
/// assert_eq!(p, Pregnancy::Pregnant { trimester: Some(Trimester::try_from(2u8)?) });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Pregnancy {
    /// Not pregnant.
    NotPregnant,
    /// Pregnant, in the given trimester if known.
    Pregnant {
        /// The trimester, if known.
        #[serde(default)]
        trimester: Option<Trimester>,
    },
    /// Not known or not asked.
    #[default]
    Unknown,
}
