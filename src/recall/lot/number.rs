//! Lot (batch) numbers: [`LotNumber`], a normalised lot identifier, and [`LotError`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Characters kept inside a lot number besides letters and digits.
/// `+` is kept too: compounding lots such as `10152019+53126` (D-0960-2020) use it.
const INNER: &[char] = &['@', ':', '-', '/', '.', '_', '+'];

/// Why a string is not a valid [`LotNumber`].
///
/// # Examples
///
/// ```
/// use legcramps::LotNumber;
///
/// let err = " ** ".parse::<LotNumber>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid lot number " ** ": no letter or digit"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LotError {
    /// Nothing is left once whitespace and surrounding punctuation are dropped.
    #[error("invalid lot number {value:?}: no letter or digit")]
    Empty {
        /// The rejected input.
        value: String,
    },
    /// A character inside the lot that is not a letter, a digit or one of `@ : - / . _ +`.
    #[error("invalid lot number {value:?}: {ch:?} is not a letter, digit or one of @ : - / . _ +")]
    InvalidChar {
        /// The rejected input.
        value: String,
        /// The first offending character.
        ch: char,
    },
}

/// A lot (batch) number, normalised so that equal lots compare equal.
///
/// Normalisation: whitespace anywhere is removed, punctuation around the lot is dropped
/// (`(L300263)`, `5M02ST*`), letters are upper-cased, and `@ : - / . _` inside the lot
/// are kept as written (`05062015@32`, `ZD-078-19`), as is `+` (`10152019+53126`). Any
/// other character inside the lot is an error. Serde uses the string form and validates it.
///
/// # Examples
///
/// ```
/// use legcramps::LotNumber;
///
/// let a: LotNumber = " jx6411 ".parse()?;
/// let b: LotNumber = "JX 6411".parse()?;
/// assert_eq!(a, b);
/// assert_eq!(a.as_str(), "JX6411");
/// assert_eq!("ProRx051425-5,".parse::<LotNumber>()?.to_string(), "PRORX051425-5");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LotNumber(String);

impl LotNumber {
    /// Parses and normalises a lot number (the same as [`str::parse`]).
    ///
    /// # Errors
    ///
    /// [`LotError::Empty`] if no letter or digit is left, [`LotError::InvalidChar`] for a
    /// character inside the lot that is not a letter, digit or one of `@ : - / . _ +`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::LotNumber;
    ///
    /// assert_eq!(LotNumber::new("ks3939")?.as_str(), "KS3939");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(value: &str) -> Result<LotNumber, LotError> {
        if value.is_ascii() {
            LotNumber::new_ascii(value)
        } else {
            LotNumber::new_general(value)
        }
    }

    /// [`LotNumber::new`] for any text.
    fn new_general(value: &str) -> Result<LotNumber, LotError> {
        // Upper-case first: a few letters upper-case to more than one character, and
        // the check must see what is stored.
        let upper: String = value
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        let core = upper.trim_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() {
            return Err(LotError::Empty {
                value: value.to_owned(),
            });
        }
        if let Some(ch) = core
            .chars()
            .find(|c| !c.is_alphanumeric() && !INNER.contains(c))
        {
            return Err(LotError::InvalidChar {
                value: value.to_owned(),
                ch,
            });
        }
        Ok(LotNumber(core.to_owned()))
    }

    /// [`LotNumber::new`] for ASCII text: one pass, one allocation.
    fn new_ascii(value: &str) -> Result<LotNumber, LotError> {
        let core = value.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if core.is_empty() {
            return Err(LotError::Empty {
                value: value.to_owned(),
            });
        }
        let mut out = String::with_capacity(core.len());
        for c in core.chars() {
            if c.is_ascii_alphanumeric() || INNER.contains(&c) {
                out.push(c.to_ascii_uppercase());
            } else if !c.is_whitespace() {
                return Err(LotError::InvalidChar {
                    value: value.to_owned(),
                    ch: c,
                });
            }
        }
        Ok(LotNumber(out))
    }

    /// The normalised text.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::LotNumber;
    ///
    /// assert_eq!("05062015@32".parse::<LotNumber>()?.as_str(), "05062015@32");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this lot falls in the recalled range `first ..= last`.
    ///
    /// Lot numbers have no agreed order, so the rule is deliberately narrow:
    ///
    /// - A lot equal to either end is always in the range.
    /// - Otherwise the three lots must have the same length and the same text up to a
    ///   numeric tail: split `first` into a head and its trailing run of digits (the tail);
    ///   `last` and this lot must start with the same head and continue with exactly as many
    ///   digits. The tails are then compared as numbers (equal-length digit strings, so a
    ///   text comparison gives the numeric order). A range written backwards
    ///   (`B to A`) is read as `A to B`.
    /// - Anything else (different lengths, different heads, no digits at the end) matches
    ///   only the two ends.
    ///
    /// So `81801504002 to 81801701003` contains `81801600000`, but `A100 to A200` does not
    /// contain `A1000`, `B150` or `A15`, and `A1B to A9B` contains only its ends. A
    /// lexicographic comparison would put `A1000` or `A15X` inside `A100 to A200`; this rule
    /// never does.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::LotNumber;
    ///
    /// let lot = |s: &str| s.parse::<LotNumber>();
    /// assert!(lot("81801600000")?.in_range(&lot("81801504002")?, &lot("81801701003")?));
    /// assert!(lot("AB150")?.in_range(&lot("AB100")?, &lot("AB200")?));
    /// assert!(!lot("AB1500")?.in_range(&lot("AB100")?, &lot("AB200")?));
    /// assert!(!lot("AC150")?.in_range(&lot("AB100")?, &lot("AB200")?));
    /// assert!(lot("A9B")?.in_range(&lot("A1B")?, &lot("A9B")?));
    /// assert!(!lot("A5B")?.in_range(&lot("A1B")?, &lot("A9B")?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_range(&self, first: &LotNumber, last: &LotNumber) -> bool {
        super::range::in_range(
            self.as_str().as_bytes(),
            first.as_str().as_bytes(),
            last.as_str().as_bytes(),
        )
    }
}

impl fmt::Display for LotNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for LotNumber {
    type Err = LotError;

    /// See [`LotNumber::new`].
    ///
    /// # Errors
    ///
    /// As [`LotNumber::new`].
    fn from_str(s: &str) -> Result<LotNumber, LotError> {
        LotNumber::new(s)
    }
}

impl TryFrom<&str> for LotNumber {
    type Error = LotError;

    fn try_from(s: &str) -> Result<LotNumber, LotError> {
        LotNumber::new(s)
    }
}

impl AsRef<str> for LotNumber {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Serialize for LotNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LotNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<LotNumber, D::Error> {
        let s = String::deserialize(d)?;
        LotNumber::new(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The one-pass ASCII path agrees with the general path, errors included.
        #[test]
        fn ascii_fast_path_matches_the_general_path(s in "[ -~\t\n\x0b\x0c\r]{0,24}") {
            prop_assert_eq!(LotNumber::new_ascii(&s), LotNumber::new_general(&s));
        }
    }

    fn lot(s: &str) -> LotNumber {
        s.parse().unwrap()
    }

    #[test]
    fn real_range_from_openfda() {
        // D-0656-2017 (recalls.md §2.5): "Batch 81801504002 to 81801701003".
        let (a, b) = (lot("81801504002"), lot("81801701003"));
        assert!(lot("81801504002").in_range(&a, &b));
        assert!(lot("81801701003").in_range(&a, &b));
        assert!(lot("81801600000").in_range(&a, &b));
        assert!(!lot("81801701004").in_range(&a, &b));
        assert!(!lot("8180160000").in_range(&a, &b));
        // Written backwards.
        assert!(lot("81801600000").in_range(&b, &a));
    }

    #[test]
    fn heads_and_lengths_must_agree() {
        let (a, b) = (lot("AB100"), lot("AB200"));
        assert!(!lot("AB1000").in_range(&a, &b));
        assert!(!lot("AB15").in_range(&a, &b));
        assert!(!lot("AC150").in_range(&a, &b));
        assert!(!lot("AB15X").in_range(&a, &b));
        // Different heads on the two ends: only the ends match.
        let (c, d) = (lot("AB100"), lot("AC200"));
        assert!(lot("AC200").in_range(&c, &d));
        assert!(!lot("AB150").in_range(&c, &d));
    }

    proptest! {
        #[test]
        fn numeric_tails_compare_as_numbers(head in "[A-Z]{0,3}", a in 0u32..100_000, b in 0u32..100_000, x in 0u32..100_000) {
            let f = |v: u32| lot(&format!("{head}{v:05}"));
            let inside = a.min(b) <= x && x <= a.max(b);
            prop_assert_eq!(f(x).in_range(&f(a), &f(b)), inside);
        }

        #[test]
        fn ends_always_match(a in "[A-Z0-9]{1,8}", b in "[A-Z0-9]{1,8}") {
            prop_assert!(lot(&a).in_range(&lot(&a), &lot(&b)));
            prop_assert!(lot(&b).in_range(&lot(&a), &lot(&b)));
        }
    }
}
