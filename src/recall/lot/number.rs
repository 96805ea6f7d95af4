//! Lot (batch) numbers: [`LotNumber`], a normalised lot identifier, and [`LotError`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Characters kept inside a lot number besides letters and digits.
/// `+` is kept too: compounding lots such as `10152019+53126` (D-0960-2020) use it.
const INNER: &[char] = &['@', ':', '-', '/', '.', '_', '+'];

/// What an ASCII byte is inside a lot: kept ([`KEEP`]: a letter, a digit or one of
/// [`INNER`]), whitespace that is dropped ([`SPACE`]: what `char::is_whitespace` is in
/// ASCII), or neither (an error).
static ASCII_IN_LOT: [u8; 256] = {
    let mut t = [BAD; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'@' | b':' | b'-' | b'/' | b'.' | b'_' | b'+' => KEEP,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => SPACE,
            _ if c.is_ascii_alphanumeric() => KEEP,
            _ => BAD,
        };
        b += 1;
    }
    t
};
const KEEP: u8 = 0;
const SPACE: u8 = 1;
const BAD: u8 = 2;

/// Why a string is not a valid [`LotNumber`].
///
/// # Examples
///
/// ```
/// use legcramps::recall::LotNumber;
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
    /// A character inside the lot that is not a letter, a digit, a combining mark after
    /// a letter or one of `@ : - / . _ +` (after NFKC and case folding).
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
/// One normaliser serves record text and queries alike:
///
/// 1. **Compatibility characters fold** (Unicode NFKC): fullwidth `ＪＸ６４１１` is
///    `JX6411`, the Kelvin sign `K` is `K`, the long s `ſ` is `s`.
/// 2. **A leading lot label is dropped** when a separator follows it: `Lot JX6411`,
///    `Lot#JX6411`, `Lot # JX6411`, `Lot: JX6411`, `Lot No. JX6411`, `Lot Number JX6411`,
///    `Batch JX6411` are all `JX6411`. `LOT123` and `Lot-5` keep their letters, as no
///    separator follows the word.
/// 3. **Whitespace anywhere is removed** (`JX 6411` is `JX6411`) and punctuation around
///    the lot is dropped (`(L300263)`, `5M02ST*`).
/// 4. **Case folds by one rule:** the text is lower-cased and then upper-cased with
///    Unicode's default (not locale-specific) full mappings, then NFKC is applied again.
///    So `ß`, `ẞ` and `SS` are the same lot; `ı`, `i` and `I` are the same lot (all
///    upper-case to `I`); `İ` (I with dot above) stays `İ`, a different lot from `I`;
///    `ǰ` upper-cases to `J` plus a combining caron and stays a different lot from `J`
///    (`A1ǰ` ≠ `A1J`). Two lots are the same exactly when this rule gives the same text.
/// 5. **Inside the lot** letters, digits, combining marks that follow a letter, and
///    `@ : - / . _ +` are kept as written (`05062015@32`, `ZD-078-19`,
///    `10152019+53126`). Any other character is an error, never dropped.
///
/// Serde uses the string form and validates it.
///
/// # Examples
///
/// ```
/// use legcramps::recall::LotNumber;
///
/// let a: LotNumber = " jx6411 ".parse()?;
/// assert_eq!(a, "JX 6411".parse()?);
/// assert_eq!(a, "Lot # JX6411".parse()?);
/// assert_eq!(a, "\u{FF2A}\u{FF38}\u{FF16}\u{FF14}\u{FF11}\u{FF11}".parse()?); // fullwidth
/// assert_eq!(a.as_str(), "JX6411");
/// assert_eq!("ProRx051425-5,".parse::<LotNumber>()?.to_string(), "PRORX051425-5");
/// assert_ne!("A1\u{1F0}".parse::<LotNumber>()?, "A1J".parse()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LotNumber(Box<str>);

/// Words that label a lot at the start of a query, and words that may follow them.
const LABEL_HEADS: &[&str] = &["batch", "lot"];
const LABEL_TAILS: &[&str] = &["no", "nos", "num", "number", "numbers"];

/// `value` without a leading lot label (`Lot `, `Lot#`, `Lot No. `, `Batch: `), if it
/// has one followed by a separator and something more; otherwise `value` itself.
fn drop_label(value: &str) -> &str {
    let t = value.trim_start();
    let word = |s: &str| s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let is_sep = |c: char| c.is_whitespace() || c == '#' || c == ':';
    let head = word(t);
    let Some(w) = t.get(..head) else {
        return value;
    };
    if !LABEL_HEADS.iter().any(|h| h.eq_ignore_ascii_case(w)) {
        return value;
    }
    let Some(rest) = t.get(head..) else {
        return value;
    };
    let after = rest.trim_start_matches(is_sep);
    if after.len() == rest.len() {
        return value;
    }
    // An optional `No.` / `Number` tail with its own separator.
    let tail = word(after);
    let after = match after.get(..tail) {
        Some(w2) if LABEL_TAILS.iter().any(|h| h.eq_ignore_ascii_case(w2)) => {
            let r = after.get(tail..).unwrap_or("");
            let r2 = r.trim_start_matches(|c: char| is_sep(c) || c == '.');
            if r2.len() == r.len() { after } else { r2 }
        }
        _ => after,
    };
    if after.chars().any(char::is_alphanumeric) {
        after
    } else {
        value
    }
}

impl LotNumber {
    /// Parses and normalises a lot number (the same as [`str::parse`]); the rules are
    /// on [`LotNumber`].
    ///
    /// # Errors
    ///
    /// [`LotError::Empty`] if no letter or digit is left, [`LotError::InvalidChar`] for a
    /// character inside the lot that is not a letter, digit, combining mark or one of
    /// `@ : - / . _ +`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::LotNumber;
    ///
    /// assert_eq!(LotNumber::new("ks3939")?.as_str(), "KS3939");
    /// assert_eq!(LotNumber::new("Lot No. ks3939")?.as_str(), "KS3939");
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
        let folded: String = value.nfkc().collect();
        let body = drop_label(&folded);
        // Lower- then upper-case, then NFKC again: the check must see what is stored,
        // and a few letters change length when their case changes.
        let spaced: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        let upper: String = spaced.to_lowercase().to_uppercase().nfkc().collect();
        let core = upper
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !is_combining_mark(c));
        if core.is_empty() {
            return Err(LotError::Empty {
                value: crate::error::echo(value),
            });
        }
        let mut prev_letter = false;
        for c in core.chars() {
            let ok =
                c.is_alphanumeric() || INNER.contains(&c) || (is_combining_mark(c) && prev_letter);
            if !ok {
                return Err(LotError::InvalidChar {
                    value: crate::error::echo(value),
                    ch: c,
                });
            }
            prev_letter = c.is_alphabetic() || (is_combining_mark(c) && prev_letter);
        }
        Ok(LotNumber(core.into()))
    }

    /// [`LotNumber::new`] for ASCII text: one check of the bytes, one allocation.
    fn new_ascii(value: &str) -> Result<LotNumber, LotError> {
        // A text that starts and ends with a letter or digit, and not with the `l` or
        // `b` of a label (most lots a text gives), is its own core.
        let b = value.as_bytes();
        let plain = b
            .first()
            .is_some_and(|c| c.is_ascii_alphanumeric() && !matches!(c, b'l' | b'L' | b'b' | b'B'))
            && b.last().is_some_and(u8::is_ascii_alphanumeric);
        let core = if plain {
            value
        } else {
            drop_label(value).trim_matches(|c: char| !c.is_ascii_alphanumeric())
        };
        if core.is_empty() {
            return Err(LotError::Empty {
                value: crate::error::echo(value),
            });
        }
        let mut spaced = false;
        for b in core.bytes() {
            match ASCII_IN_LOT[usize::from(b)] {
                KEEP => {}
                SPACE => spaced = true,
                _ => {
                    return Err(LotError::InvalidChar {
                        value: crate::error::echo(value),
                        ch: char::from(b),
                    });
                }
            }
        }
        let mut out = if spaced {
            core.chars().filter(|c| !c.is_whitespace()).collect()
        } else {
            core.to_owned()
        };
        out.make_ascii_uppercase();
        Ok(LotNumber(out.into_boxed_str()))
    }

    /// The normalised text.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::LotNumber;
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
    /// use legcramps::recall::LotNumber;
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
