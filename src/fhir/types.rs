//! FHIR R4 primitive types as validated newtypes: [`Text`], [`Code`], [`Uri`], [`Id`],
//! [`DateTime`] and [`Decimal`].
//!
//! Each newtype checks the grammar that the official R4 JSON schema gives for it, so a
//! value that exists is a value the schema accepts.

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::{Datelike, FixedOffset};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ValidationError;

/// Whitespace as the schema's regular expressions see it: Unicode `White_Space` plus
/// U+FEFF, which ECMAScript's `\s` also matches.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// A control character other than tab, carriage return and line feed (FHIR: strings
/// SHOULD NOT contain them).
fn is_bad_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\r' | '\n')
}

fn check_text(s: &str) -> Result<(), &'static str> {
    if s.chars().all(is_space) {
        return Err("must contain a visible character");
    }
    if s.chars()
        .any(|c| is_space(c) && !matches!(c, ' ' | '\t' | '\r' | '\n'))
    {
        return Err("the only whitespace allowed is space, tab, carriage return and line feed");
    }
    if s.chars().any(is_bad_control) {
        return Err("must not contain control characters other than tab, CR and LF");
    }
    Ok(())
}

fn check_code(s: &str) -> Result<(), &'static str> {
    if s.is_empty() {
        return Err("must not be empty");
    }
    if s.starts_with(is_space) || s.ends_with(is_space) {
        return Err("must not start or end with whitespace");
    }
    let mut previous_space = false;
    for c in s.chars() {
        if is_bad_control(c) {
            return Err("must not contain control characters");
        }
        let space = is_space(c);
        if space && previous_space {
            return Err("words must be separated by a single whitespace character");
        }
        previous_space = space;
    }
    Ok(())
}

fn check_uri(s: &str) -> Result<(), &'static str> {
    if s.is_empty() {
        return Err("must not be empty");
    }
    if s.chars().any(|c| is_space(c) || c.is_control()) {
        return Err("must not contain whitespace or control characters");
    }
    Ok(())
}

fn check_id(s: &str) -> Result<(), &'static str> {
    let ok_chars = s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if s.is_empty() || s.len() > 64 || !ok_chars {
        return Err("must be 1 to 64 characters, each a letter, digit, '-' or '.'");
    }
    Ok(())
}

/// Defines a string newtype over `Cow<'static, str>` whose values pass `$check`.
macro_rules! string_type {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal, $check:path
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub(crate) struct $name(Cow<'static, str>);

        impl $name {
            #[doc = concat!("Checks `value` and wraps it.\n\n# Errors\n\n",
                "A [`ValidationError`] naming the value when it breaks the grammar of a FHIR ",
                $what, ".")]
            pub fn new(value: impl Into<Cow<'static, str>>) -> Result<Self, ValidationError> {
                Self::named($what, value)
            }

            /// Checks `value` and wraps it; an error names `field` (such as
            /// `referral.advice`) instead of the FHIR type.
            pub(crate) fn named(
                field: &'static str,
                value: impl Into<Cow<'static, str>>,
            ) -> Result<Self, ValidationError> {
                let value = value.into();
                match $check(&value) {
                    Ok(()) => Ok(Self(value)),
                    Err(problem) => Err(crate::fhir::invalid(field, &value, problem)),
                }
            }

            /// A literal the crate itself wrote; its validity is covered by unit tests.
            #[allow(dead_code, reason = "not every string type has literals")]
            pub(crate) fn lit(value: &'static str) -> Self {
                debug_assert!($check(value).is_ok(), "bad literal {value:?}");
                Self(Cow::Borrowed(value))
            }

            /// Text the crate built from already-valid parts (checked in debug builds).
            #[allow(dead_code, reason = "not every string type is built this way")]
            pub(crate) fn trusted(value: String) -> Self {
                debug_assert!($check(&value).is_ok(), "bad built value {value:?}");
                Self(Cow::Owned(value))
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&*self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = ValidationError;
            fn from_str(s: &str) -> Result<Self, ValidationError> {
                Self::new(s.to_owned())
            }
        }

        impl TryFrom<String> for $name {
            type Error = ValidationError;
            fn try_from(s: String) -> Result<Self, ValidationError> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = ValidationError;
            fn try_from(s: &str) -> Result<Self, ValidationError> {
                Self::new(s.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = String::deserialize(deserializer)?;
                Self::new(s).map_err(serde::de::Error::custom)
            }
        }
    };
}

string_type! {
    /// A FHIR `string` or `markdown` value: at least one visible character; the only
    /// whitespace is space, tab, CR and LF; no other control characters.
    Text, "FHIR string", check_text
}

string_type! {
    /// A FHIR `code`: words of non-whitespace characters separated by single
    /// whitespace characters, with none at either end.
    Code, "FHIR code", check_code
}

string_type! {
    /// A FHIR `uri` (also used for `url` and for literal references such as
    /// `Patient/123`): non-empty, with no whitespace or control characters.
    Uri, "FHIR uri", check_uri
}

string_type! {
    /// A FHIR resource `id`: 1 to 64 characters, each an ASCII letter, digit, `-` or `.`.
    ///
    /// The library never makes these up: the caller supplies them.
    Id, "FHIR id", check_id
}

impl Id {
    /// Whether this id is a UUID in the lower-case 8-4-4-4-12 hex form that a
    /// `urn:uuid:` URI needs.
    pub fn is_uuid(&self) -> bool {
        let groups: Vec<&str> = self.0.split('-').collect();
        let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
        lens == [8, 4, 4, 4, 12]
            && groups
                .iter()
                .all(|g| g.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
    }
}

/// A FHIR `dateTime` that is a full instant: date, time to the second (fractions
/// allowed) and a UTC offset.
///
/// It wraps `chrono::DateTime<FixedOffset>` and adds the limits of the FHIR grammar:
/// the year is 0001–9999 and the offset is a whole number of minutes no further than
/// 14 hours from UTC. It is written like `2026-11-28T03:12:00+01:00` (offset `+00:00`
/// for UTC, fractions of a second only when present).
///
/// Two values are equal only when both the instant *and* the offset match, so a
/// round trip through JSON that changed the offset would be noticed (plain chrono
/// compares instants only).
#[derive(Clone, Copy)]
pub(crate) struct DateTime(chrono::DateTime<FixedOffset>);

impl DateTime {
    /// Checks that `value` fits the FHIR grammar and wraps it.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when the year is outside 1–9999, or the offset is not a whole
    /// number of minutes or is more than 14 hours from UTC.
    pub fn new(value: chrono::DateTime<FixedOffset>) -> Result<Self, ValidationError> {
        Self::named("FHIR dateTime", value)
    }

    /// As [`DateTime::new`]; an error names `field` (such as `as_of`).
    pub(crate) fn named(
        field: &'static str,
        value: chrono::DateTime<FixedOffset>,
    ) -> Result<Self, ValidationError> {
        let offset = value.offset().local_minus_utc();
        let problem = if !(1..=9999).contains(&value.year()) {
            Some("the year must be from 1 to 9999")
        } else if offset % 60 != 0 {
            Some("the UTC offset must be a whole number of minutes")
        } else if offset.abs() > 14 * 3600 {
            Some("the UTC offset must be within 14 hours")
        } else {
            None
        };
        match problem {
            None => Ok(Self(value)),
            Some(problem) => Err(crate::fhir::invalid(field, value.to_rfc3339(), problem)),
        }
    }

    /// The wrapped chrono value.
    pub fn get(&self) -> chrono::DateTime<FixedOffset> {
        self.0
    }
}

impl TryFrom<chrono::DateTime<FixedOffset>> for DateTime {
    type Error = ValidationError;
    fn try_from(value: chrono::DateTime<FixedOffset>) -> Result<Self, ValidationError> {
        Self::new(value)
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 && self.0.offset() == other.0.offset()
    }
}

impl Eq for DateTime {}

impl Hash for DateTime {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
        self.0.offset().local_minus_utc().hash(state);
    }
}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    /// Earlier instants first; equal instants by offset (west before east).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0).then_with(|| {
            let a = self.0.offset().local_minus_utc();
            a.cmp(&other.0.offset().local_minus_utc())
        })
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTime({self})")
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%dT%H:%M:%S%.f%:z"))
    }
}

impl FromStr for DateTime {
    type Err = ValidationError;
    /// Parses the FHIR form (RFC 3339 with a `T` separator, seconds and an offset).
    fn from_str(s: &str) -> Result<Self, ValidationError> {
        let bad = |problem| crate::fhir::invalid("FHIR dateTime", s, problem);
        if s.as_bytes().get(10) != Some(&b'T') {
            return Err(bad(
                "expected a full date and time like 2026-11-28T03:12:00+01:00",
            ));
        }
        let parsed = chrono::DateTime::parse_from_rfc3339(s)
            .map_err(|_| bad("expected a full date and time like 2026-11-28T03:12:00+01:00"))?;
        Self::new(parsed)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A FHIR `decimal`: a finite number.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
pub(crate) struct Decimal(f64);

impl Decimal {
    /// Wraps a finite number.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when `value` is NaN or infinite (JSON cannot carry it).
    pub fn new(value: f64) -> Result<Self, ValidationError> {
        if value.is_finite() {
            Ok(Self(value))
        } else {
            Err(crate::fhir::invalid(
                "FHIR decimal",
                value.to_string(),
                "must be a finite number",
            ))
        }
    }
}

impl TryFrom<f64> for Decimal {
    type Error = ValidationError;
    fn try_from(value: f64) -> Result<Self, ValidationError> {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::new(f64::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_rules() {
        assert!(Text::new("a").is_ok());
        assert!(Text::new(" a\tb\r\nc ").is_ok());
        assert!(Text::new("").is_err());
        assert!(Text::new("\n").is_err());
        assert!(Text::new("a\u{a0}b").is_err()); // no-break space is whitespace to the schema
        assert!(Text::new("a\u{feff}b").is_err());
        assert!(Text::new("a\u{7}b").is_err());
    }

    #[test]
    fn code_rules() {
        assert!(Code::new("final").is_ok());
        assert!(Code::new("two words").is_ok());
        assert!(Code::new("two  spaces").is_err());
        assert!(Code::new("trailing ").is_err());
        assert!(Code::new("").is_err());
    }

    #[test]
    fn id_rules() {
        assert!(Id::new("a".repeat(64)).is_ok());
        assert!(Id::new("a".repeat(65)).is_err());
        assert!(Id::new("a_b").is_err());
        assert!(Id::new("é").is_err());
    }

    #[test]
    fn uuid_check() {
        assert!(Id::new("00000000-0000-0000-0000-000000000000").is_ok_and(|i| i.is_uuid()));
        assert!(!Id::new("0000000A-0000-0000-0000-000000000000").is_ok_and(|i| i.is_uuid()));
        assert!(!Id::new("00000000-0000-0000-0000-00000000000").is_ok_and(|i| i.is_uuid()));
    }

    #[test]
    fn date_time_limits() {
        let parse = |s: &str| s.parse::<DateTime>();
        assert!(parse("2026-01-01T00:00:00+14:00").is_ok());
        assert!(parse("2026-01-01T00:00:00-14:00").is_ok());
        assert!(parse("2026-01-01T00:00:00+14:01").is_err());
        assert!(parse("2026-01-01 00:00:00+01:00").is_err());
        assert!(parse("2026-01-01T00:00+01:00").is_err());
        // chrono writes "Z" input back as +00:00 and keeps fractions.
        assert_eq!(
            parse("2026-01-01T00:00:00.250Z")
                .map(|t| t.to_string())
                .ok()
                .as_deref(),
            Some("2026-01-01T00:00:00.250+00:00")
        );
        let secs = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00+00:00")
            .map(|t| t.with_timezone(&FixedOffset::east_opt(30).unwrap_or(*t.offset())));
        assert!(secs.is_ok_and(|t| DateTime::new(t).is_err()));
    }

    #[test]
    fn date_time_equality_sees_offsets() {
        let a: DateTime = "2026-01-01T01:00:00+01:00".parse().unwrap();
        let b: DateTime = "2026-01-01T00:00:00+00:00".parse().unwrap();
        assert_eq!(a.get(), b.get());
        assert_ne!(a, b);
    }
}
