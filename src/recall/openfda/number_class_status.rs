//! Small typed values of an openFDA enforcement record: the recall number, the FDA
//! class and the recall status.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::ValidationError;

/// A recall number, class or status that could not be read: a [`ValidationError`]
/// naming the record's field (`recall_number`, `classification`, `status`) and the
/// value. The message reads, for example, `invalid recall class "Class IV": expected
/// Class I, Class II or Class III`.
fn field_error(
    field: &'static str,
    what: &'static str,
    value: &str,
    problem: &'static str,
) -> ValidationError {
    ValidationError::invalid_text(field, what, value, problem)
}

// ---- recall number ------------------------------------------------------------------

/// An FDA recall number such as `D-0354-2023`, kept even when it is not of the usual
/// shape.
///
/// The usual shape, the one nearly every record has: one letter for the FDA centre (`D`
/// for drugs), an optional hyphen, one to five digits, a hyphen and a four-digit year.
/// Older drug recalls have three digits (`D-321-2016`), and a few records lack the first
/// hyphen (`D1051-2015`); both are kept exactly as written, so two spellings of one
/// recall are different values. The letter of a usual number is stored in upper case.
///
/// FDA's own data also holds numbers of other shapes: `N/A`, event-style numbers
/// (`D-66403-001`) and typos (`D-141-12013`, `D-0731-201`). Those records are real
/// recalls, so such a number is not an error: it is kept as written (trimmed) and
/// [`has_usual_shape`](Self::has_usual_shape) says `false`. Only empty text and text
/// with control characters are refused. A recall number need not be unique: FDA has
/// used `D-1442-2016` and `D-0418-2015` for two products each; see
/// [`EnforcementRecord::key`](crate::recall::EnforcementRecord::key).
///
/// # Examples
///
/// ```
/// use legcramps::recall::RecallNumber;
///
/// let n: RecallNumber = "D-0354-2023".parse()?;
/// assert_eq!(n.as_str(), "D-0354-2023");
/// assert_eq!(n.year(), Some(2023));
/// assert!(n.has_usual_shape());
///
/// let odd: RecallNumber = "D-66403-001".parse()?;
/// assert_eq!(odd.as_str(), "D-66403-001");
/// assert!(!odd.has_usual_shape());
/// assert_eq!(odd.year(), None);
/// assert!("".parse::<RecallNumber>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecallNumber {
    text: Box<str>,
    usual: bool,
}

impl RecallNumber {
    /// The recall number as text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `true` when the number has the usual shape (letter, digits, hyphen, 4-digit year);
    /// `false` for numbers such as `N/A`, `D-66403-001` or `D-0731-201`.
    pub fn has_usual_shape(&self) -> bool {
        self.usual
    }

    /// The year written at the end of a number of the usual shape (the fiscal year FDA
    /// filed it under); `None` for a number of another shape.
    pub fn year(&self) -> Option<u16> {
        if !self.usual {
            return None;
        }
        self.text.rsplit('-').next()?.parse().ok()
    }
}

/// The usual form of `t` (letter upper-cased), when `t` has the usual shape.
fn usual_form(t: &str) -> Option<String> {
    let mut chars = t.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    let after_letter = chars.as_str();
    let rest = after_letter.strip_prefix('-').unwrap_or(after_letter);
    let (serial, year) = rest.split_once('-')?;
    let digits = |x: &str, min: usize, max: usize| {
        (min..=max).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(serial, 1, 5) || !digits(year, 4, 4) {
        return None;
    }
    let mut out = String::with_capacity(t.len());
    out.push(letter.to_ascii_uppercase());
    out.push_str(after_letter);
    Some(out)
}

impl FromStr for RecallNumber {
    type Err = ValidationError;

    /// Reads a recall number: any text, trimmed; see [`RecallNumber`] for the usual shape
    /// and what happens to others.
    ///
    /// # Errors
    ///
    /// Fails on empty (or all-space) text and on text holding control characters.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.is_empty() {
            return Err(field_error(
                "recall_number",
                "recall number",
                s,
                "expected some text",
            ));
        }
        if t.chars().any(char::is_control) {
            return Err(field_error(
                "recall_number",
                "recall number",
                s,
                "control characters are not allowed",
            ));
        }
        Ok(match usual_form(t) {
            Some(text) => RecallNumber {
                text: text.into_boxed_str(),
                usual: true,
            },
            None => RecallNumber {
                text: t.into(),
                usual: false,
            },
        })
    }
}

impl TryFrom<&str> for RecallNumber {
    type Error = ValidationError;

    /// Same as [`str::parse`].
    ///
    /// # Errors
    ///
    /// See [`RecallNumber::from_str`].
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl fmt::Display for RecallNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl AsRef<str> for RecallNumber {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl Serialize for RecallNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for RecallNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(ParseVisitor::<RecallNumber>::new(
            "a recall number such as D-0354-2023",
        ))
    }
}

/// A serde visitor that parses a string through `FromStr`.
struct ParseVisitor<T> {
    expecting: &'static str,
    marker: std::marker::PhantomData<T>,
}

impl<T> ParseVisitor<T> {
    fn new(expecting: &'static str) -> Self {
        ParseVisitor {
            expecting,
            marker: std::marker::PhantomData,
        }
    }
}

impl<T> Visitor<'_> for ParseVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

// ---- class ----------------------------------------------------------------------

/// The FDA recall classification: how dangerous the recalled product is.
///
/// openFDA writes `"Class I"`, `"Class II"` and `"Class III"`; those texts are read
/// (any case, any spacing) as well as this crate's own JSON form, the snake_case names
/// `"class_i"`, `"class_ii"` and `"class_iii"`. [`Display`](fmt::Display) gives the FDA
/// text.
///
/// # Examples
///
/// ```
/// use legcramps::recall::RecallClass;
///
/// let c: RecallClass = "Class II".parse()?;
/// assert_eq!(c, RecallClass::ClassII);
/// assert_eq!(c.to_string(), "class_ii"); // the JSON code, as `as_str`
/// assert_eq!(c.as_fda_str(), "Class II"); // FDA's words
/// assert_eq!(serde_json::to_string(&c)?, r#""class_ii""#);
/// assert_eq!(serde_json::from_str::<RecallClass>(r#""class_ii""#)?, c);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecallClass {
    /// Class I: use of the product may cause serious harm or death.
    ClassI,
    /// Class II: use may cause temporary or reversible harm; serious harm is remote.
    ClassII,
    /// Class III: use is not likely to cause harm.
    ClassIII,
}

impl RecallClass {
    /// The FDA text, e.g. `"Class I"`.
    pub fn as_fda_str(self) -> &'static str {
        match self {
            RecallClass::ClassI => "Class I",
            RecallClass::ClassII => "Class II",
            RecallClass::ClassIII => "Class III",
        }
    }

    /// The JSON code (what serde writes, without the quotes), e.g. `"class_i"`; also
    /// what `Display` writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            RecallClass::ClassI => "class_i",
            RecallClass::ClassII => "class_ii",
            RecallClass::ClassIII => "class_iii",
        }
    }
}

/// Lower-cases ASCII and drops spaces, tabs, hyphens and underscores, so that
/// `"Class II"`, `"class_ii"` and `"CLASS-II"` all read `"classii"`. The words compared
/// with are short: a longer text is `None` (it matches none of them), so no `String` is
/// made.
fn squash(s: &str) -> Option<Squashed> {
    let mut out = Squashed {
        bytes: [0; SQUASHED],
        len: 0,
    };
    // The dropped characters are ASCII, so dropping their bytes drops them.
    for b in s
        .bytes()
        .filter(|b| !matches!(b, b' ' | b'\t' | b'-' | b'_'))
    {
        *out.bytes.get_mut(out.len)? = b.to_ascii_lowercase();
        out.len += 1;
    }
    Some(out)
}

/// Longest squashed text kept (`terminated` is 10 bytes).
const SQUASHED: usize = 16;

/// What [`squash`] gives: up to [`SQUASHED`] bytes.
struct Squashed {
    bytes: [u8; SQUASHED],
    len: usize,
}

impl Squashed {
    /// The squashed bytes.
    fn get(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }
}

impl FromStr for RecallClass {
    type Err = ValidationError;

    /// Parses `Class I`/`II`/`III` or `class_i`/`class_ii`/`class_iii`.
    ///
    /// # Errors
    ///
    /// Fails on any other text, including an empty string.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match squash(s).as_ref().map(Squashed::get) {
            Some(b"classi") => Ok(RecallClass::ClassI),
            Some(b"classii") => Ok(RecallClass::ClassII),
            Some(b"classiii") => Ok(RecallClass::ClassIII),
            _ => Err(field_error(
                "classification",
                "recall class",
                s,
                "expected Class I, Class II or Class III",
            )),
        }
    }
}

impl fmt::Display for RecallClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RecallClass {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecallClass {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(ParseVisitor::<RecallClass>::new(
            "Class I, Class II or Class III",
        ))
    }
}

// ---- status ------------------------------------------------------------------------

/// Where a recall stands, as FDA last reported it.
///
/// openFDA's documentation notes that FDA does not always update the status after the
/// recall is classified, so treat it as a hint. Text other than the three known values
/// is kept in [`RecallStatus::Other`] rather than rejected.
///
/// JSON: the known values are written `"ongoing"`, `"completed"`, `"terminated"`; on the
/// way in, openFDA's `"Ongoing"` (any case) is read too. An [`Other`](RecallStatus::Other)
/// value is written as its text.
///
/// # Examples
///
/// ```
/// use legcramps::recall::RecallStatus;
///
/// assert_eq!("Terminated".parse::<RecallStatus>()?, RecallStatus::Terminated);
/// let odd: RecallStatus = "Pending Review".parse()?;
/// assert_eq!(odd, RecallStatus::Other("Pending Review".into()));
/// assert_eq!(odd.to_string(), "Pending Review");
/// // Display and `as_str` give the JSON code; `as_fda_str` FDA's word.
/// assert_eq!(RecallStatus::Terminated.to_string(), "terminated");
/// assert_eq!(RecallStatus::Terminated.as_fda_str(), "Terminated");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecallStatus {
    /// The recall is still under way.
    Ongoing,
    /// The firm has finished the recall; FDA has not yet terminated it.
    Completed,
    /// FDA has closed the recall.
    Terminated,
    /// Any other text, trimmed and otherwise kept as written. Parsing never puts one of
    /// the three known values here.
    Other(String),
}

impl RecallStatus {
    /// The JSON code (what serde writes, without the quotes): `"ongoing"`,
    /// `"completed"`, `"terminated"` or the other text as kept; also what `Display`
    /// writes.
    pub fn as_str(&self) -> &str {
        match self {
            RecallStatus::Ongoing => "ongoing",
            RecallStatus::Completed => "completed",
            RecallStatus::Terminated => "terminated",
            RecallStatus::Other(s) => s,
        }
    }

    /// FDA's word: `"Ongoing"`, `"Completed"`, `"Terminated"` or the other text as
    /// kept.
    pub fn as_fda_str(&self) -> &str {
        match self {
            RecallStatus::Ongoing => "Ongoing",
            RecallStatus::Completed => "Completed",
            RecallStatus::Terminated => "Terminated",
            RecallStatus::Other(s) => s,
        }
    }
}

impl FromStr for RecallStatus {
    type Err = ValidationError;

    /// Reads a status; unknown text becomes [`RecallStatus::Other`].
    ///
    /// # Errors
    ///
    /// Fails only on empty (or all-space) text.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.is_empty() {
            return Err(field_error(
                "status",
                "recall status",
                s,
                "expected some text",
            ));
        }
        Ok(match squash(t).as_ref().map(Squashed::get) {
            Some(b"ongoing") => RecallStatus::Ongoing,
            Some(b"completed") => RecallStatus::Completed,
            Some(b"terminated") => RecallStatus::Terminated,
            _ => RecallStatus::Other(t.to_owned()),
        })
    }
}

impl fmt::Display for RecallStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RecallStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecallStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(ParseVisitor::<RecallStatus>::new("a recall status"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The squashed text is what the char-by-char reading gives, when it is short
        /// enough to be kept.
        #[test]
        fn squash_is_the_char_reading(s in "[ \t_A-Za-z-]{0,20}|.{0,20}") {
            let by_chars: String = s
                .chars()
                .filter(|c| !matches!(c, ' ' | '\t' | '-' | '_'))
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let kept = squash(&s).map(|q| q.get().to_vec());
            if by_chars.len() <= SQUASHED {
                prop_assert_eq!(kept, Some(by_chars.into_bytes()));
            } else {
                prop_assert_eq!(kept, None);
            }
        }
    }

    #[test]
    fn recall_numbers_seen_in_openfda_parse() {
        // Shapes from recalls.md §2.2: 4-digit serial, 3-digit serial, no first hyphen.
        for s in ["D-0354-2023", "D-321-2016", "D0031-2015", " d-0592-2024 "] {
            let n: RecallNumber = s.parse().unwrap();
            assert_eq!(n.as_str(), s.trim().to_uppercase());
            assert!(n.has_usual_shape(), "{s}");
        }
        assert_eq!(
            "D-0592-2024".parse::<RecallNumber>().unwrap().year(),
            Some(2024)
        );
    }

    #[test]
    fn odd_recall_numbers_are_kept_as_written() {
        // SOURCES-2.md "Odd values": N/A, event-style numbers, typos, plus shapes the old
        // grammar refused. Each is a real record's number, kept trimmed and flagged.
        for s in [
            "N/A",
            "D-66403-001",
            "D-66458-1",
            "D-141-12013",
            "D-751-013",
            "D-0731-201",
            " d-0354-23 ",
            "D--0354-2023",
            "D-03A4-2023",
            "D-123456-2023",
            "0354-2023",
            "D",
        ] {
            let n: RecallNumber = s.parse().unwrap();
            assert_eq!(n.as_str(), s.trim());
            assert!(!n.has_usual_shape(), "{s}");
            assert_eq!(n.year(), None);
        }
        // The typo with one digit short is still of the usual shape.
        assert!(
            "D00432-2015"
                .parse::<RecallNumber>()
                .unwrap()
                .has_usual_shape()
        );
    }

    #[test]
    fn empty_or_control_recall_numbers_name_field_and_value() {
        for s in ["", "   "] {
            let e = s.parse::<RecallNumber>().unwrap_err();
            assert_eq!(
                e.to_string(),
                format!("invalid recall number {s:?}: expected some text")
            );
        }
        let e = "D-1\n2".parse::<RecallNumber>().unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"invalid recall number "D-1\n2": control characters are not allowed"#
        );
    }

    #[test]
    fn class_reads_fda_and_snake_forms() {
        assert_eq!(
            "Class I".parse::<RecallClass>().unwrap(),
            RecallClass::ClassI
        );
        assert_eq!(
            " class iii ".parse::<RecallClass>().unwrap(),
            RecallClass::ClassIII
        );
        assert_eq!(
            "class_ii".parse::<RecallClass>().unwrap(),
            RecallClass::ClassII
        );
        let e = "Class IV".parse::<RecallClass>().unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"invalid recall class "Class IV": expected Class I, Class II or Class III"#
        );
        assert!(serde_json::from_str::<RecallClass>("\"Not Yet Classified\"").is_err());
    }

    #[test]
    fn status_keeps_unknown_text() {
        assert_eq!(
            "ONGOING".parse::<RecallStatus>().unwrap(),
            RecallStatus::Ongoing
        );
        assert_eq!(
            " Pending ".parse::<RecallStatus>().unwrap(),
            RecallStatus::Other("Pending".into())
        );
        assert!("  ".parse::<RecallStatus>().is_err());
    }

    proptest! {
        #[test]
        fn recall_number_round_trips(letter in "[A-Za-z]", hy in any::<bool>(), serial in "[0-9]{1,5}", year in "[0-9]{4}") {
            let s = format!("{letter}{}{serial}-{year}", if hy { "-" } else { "" });
            let n: RecallNumber = s.parse().unwrap();
            prop_assert!(n.has_usual_shape());
            let json = serde_json::to_string(&n).unwrap();
            let back: RecallNumber = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &n);
            prop_assert_eq!(n.to_string().parse::<RecallNumber>().unwrap(), n);
        }

        #[test]
        fn any_text_recall_number_round_trips(text in "[ -~]{0,24}") {
            // Printable ASCII: either refused as empty, or kept trimmed and round-tripped.
            match text.parse::<RecallNumber>() {
                Ok(n) => {
                    prop_assert_eq!(n.as_str().len() <= text.trim().len(), true);
                    let back: RecallNumber = serde_json::from_str(&serde_json::to_string(&n).unwrap()).unwrap();
                    prop_assert_eq!(&back, &n);
                    prop_assert_eq!(back.has_usual_shape(), n.has_usual_shape());
                }
                Err(e) => {
                    prop_assert!(text.trim().is_empty());
                    prop_assert_eq!(e.value(), text.as_str());
                }
            }
        }

        #[test]
        fn status_round_trips(text in "[A-Za-z][A-Za-z ]{0,20}") {
            let st: RecallStatus = text.parse().unwrap();
            let back: RecallStatus = serde_json::from_str(&serde_json::to_string(&st).unwrap()).unwrap();
            prop_assert_eq!(back, st);
        }
    }
}
