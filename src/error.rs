//! The validation error shared by the model types, the helper every error uses to
//! echo a rejected value ([`echo`]), and a private macro for the model enums whose
//! JSON form is a snake_case string.

use std::borrow::Cow;
use std::fmt;

/// How much of a rejected value an error repeats: its first 100 characters (Unicode
/// scalar values). A longer value is cut there and followed by the marker
/// `…[N more bytes]`, so a 10 MB value gives an error of about a hundred bytes, and
/// the reader sees that it was cut and by how much.
pub(crate) const ECHO_CHARS: usize = 100;

/// How much of a message from elsewhere (serde_json's, which may quote the input,
/// such as an unknown field's name) an error keeps: 1000 characters, then the same
/// marker as [`echo`].
pub(crate) const MESSAGE_CHARS: usize = 1000;

/// `value` split into the part an error repeats and, when it was cut, the marker
/// that says how much was left out.
pub(crate) fn echo_parts(value: &str) -> (&str, Option<String>) {
    cut(value, ECHO_CHARS)
}

/// `value` cut after `chars` characters, and the marker when it was cut.
fn cut(value: &str, chars: usize) -> (&str, Option<String>) {
    match value.char_indices().nth(chars) {
        None => (value, None),
        Some((at, _)) => {
            let (head, rest) = value.split_at(at);
            (head, Some(format!("\u{2026}[{} more bytes]", rest.len())))
        }
    }
}

/// `value` as an error repeats it: whole up to [`ECHO_CHARS`] characters, else cut
/// there and marked (`…[N more bytes]`).
pub(crate) fn echo(value: &str) -> String {
    match echo_parts(value) {
        (head, None) => head.to_owned(),
        (head, Some(marker)) => format!("{head}{marker}"),
    }
}

/// A message from elsewhere, cut after [`MESSAGE_CHARS`] characters and marked like
/// [`echo`].
pub(crate) fn echo_message(message: &str) -> String {
    match cut(message, MESSAGE_CHARS) {
        (head, None) => head.to_owned(),
        (head, Some(marker)) => format!("{head}{marker}"),
    }
}

/// `value` quoted as Rust debug text (`"a\nb"`), cut like [`echo`] with the marker
/// after the closing quote.
pub(crate) fn echo_quoted(value: &str) -> String {
    match echo_parts(value) {
        (head, None) => format!("{head:?}"),
        (head, Some(marker)) => format!("{head:?}{marker}"),
    }
}

/// A value was rejected by one of the model types' validating constructors.
// Kept under clippy's 128-byte `result_large_err` line: the texts are `Box<str>`.
///
/// The error names the field and the offending value. Its message reads like
/// `invalid pain score 11: must be a whole number from 0 to 10`. When the value came
/// from JSON, serde_json appends where in the document it sat (`at line 1 column 42`).
///
/// # Examples
///
/// ```
/// use legcramps::PainScore;
///
/// let err = PainScore::try_from(11u8).unwrap_err();
/// assert_eq!(err.field(), "pain");
/// assert_eq!(err.value(), "11");
/// assert_eq!(err.to_string(), "invalid pain score 11: must be a whole number from 0 to 10");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.message())]
pub struct ValidationError {
    /// The field name, as used in JSON and by the builders (e.g. `"pain"`), or a path
    /// to it.
    field: Cow<'static, str>,
    /// A human name for the field (e.g. `"pain score"`).
    what: Cow<'static, str>,
    /// The rejected value as plain text; empty when the value was missing.
    value: Box<str>,
    /// The value as shown in the message (may carry quotes or a unit).
    shown: Box<str>,
    /// What a valid value looks like.
    problem: Box<str>,
    /// `true` when the value was missing rather than wrong.
    missing: bool,
}

impl ValidationError {
    /// An error for a present but invalid value, shown as it is.
    pub(crate) fn invalid(
        field: impl Into<Cow<'static, str>>,
        what: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
        problem: impl Into<String>,
    ) -> Self {
        let value: Box<str> = echo(&value.to_string()).into();
        ValidationError {
            field: field.into(),
            what: what.into(),
            shown: value.clone(),
            value,
            problem: problem.into().into(),
            missing: false,
        }
    }

    /// An error for an invalid piece of text, shown in double quotes.
    pub(crate) fn invalid_text(
        field: impl Into<Cow<'static, str>>,
        what: impl Into<Cow<'static, str>>,
        value: &str,
        problem: impl Into<String>,
    ) -> Self {
        ValidationError {
            field: field.into(),
            what: what.into(),
            value: echo(value).into(),
            shown: echo_quoted(value).into(),
            problem: problem.into().into(),
            missing: false,
        }
    }

    /// An error for a value that was required but not given.
    pub(crate) fn missing(
        field: impl Into<Cow<'static, str>>,
        what: impl Into<Cow<'static, str>>,
        problem: &str,
    ) -> Self {
        ValidationError {
            field: field.into(),
            what: what.into(),
            value: "".into(),
            shown: "".into(),
            problem: problem.into(),
            missing: true,
        }
    }

    /// The same error, said of another field (for example a path such as
    /// `entry[2].resource.id`); the value is already cut and is not cut again.
    #[allow(dead_code, reason = "used by the optional fhir module")]
    pub(crate) fn for_field(mut self, field: impl Into<Cow<'static, str>>) -> Self {
        self.field = field.into();
        self
    }

    /// Replaces how the value is shown in the message (e.g. with a unit).
    pub(crate) fn shown_as(mut self, shown: impl Into<String>) -> Self {
        self.shown = shown.into().into();
        self
    }

    /// The name of the rejected field, as JSON and the builders spell it (for example
    /// `"pain"`, `"muscle"`, `"trimester"`, `"birth_date"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::Trimester;
    ///
    /// assert_eq!(Trimester::try_from(4u8).unwrap_err().field(), "trimester");
    /// ```
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rejected value as plain text, without quotes or units; empty when a
    /// required value was missing. Past 100 characters it is cut and marked
    /// `…[N more bytes]`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::Muscle;
    ///
    /// let err = "knee".parse::<Muscle>().unwrap_err();
    /// assert_eq!(err.value(), "knee");
    /// ```
    pub fn value(&self) -> &str {
        &self.value
    }

    /// What a valid value looks like, or why the value was refused (the part of the
    /// message after the colon).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::PainScore;
    ///
    /// let err = PainScore::try_from(11u8).unwrap_err();
    /// assert_eq!(err.problem(), "must be a whole number from 0 to 10");
    /// ```
    pub fn problem(&self) -> &str {
        &self.problem
    }

    /// `true` when the error reports a required value that was not given (for
    /// example a cramp episode built without a pain score).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::PainScore;
    ///
    /// assert!(!PainScore::try_from(-1i64).unwrap_err().is_missing());
    /// ```
    pub fn is_missing(&self) -> bool {
        self.missing
    }

    fn message(&self) -> String {
        if self.missing {
            format!("missing {}: {}", self.what, self.problem)
        } else {
            format!("invalid {} {}: {}", self.what, self.shown, self.problem)
        }
    }
}

impl From<std::convert::Infallible> for ValidationError {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

/// Gives a fieldless model enum its snake_case text form: `as_str`, `Display`,
/// `FromStr` and `TryFrom<&str>` (errors are [`ValidationError`]s naming the field),
/// and serde as that string, so an unknown string in JSON is reported like any other
/// invalid value.
macro_rules! text_enum {
    ($ty:ident, field = $field:literal, what = $what:literal,
     { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Every text form, in declaration order.
            const TEXTS: &'static [&'static str] = &[$($text),+];

            #[doc = concat!("The snake_case text form of this `", stringify!($ty),
                "`, as used in JSON and by `Display`.")]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::ValidationError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(Self::$variant),)+
                    _ => Err($crate::ValidationError::invalid_text(
                        $field,
                        $what,
                        s,
                        format!("expected one of {}", Self::TEXTS.join(", ")),
                    )),
                }
            }
        }

        #[cfg(feature = "schema")]
        impl ::schemars::JsonSchema for $ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({"type": "string", "enum": Self::TEXTS})
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $crate::ValidationError;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct TextVisitor;

                impl ::serde::de::Visitor<'_> for TextVisitor {
                    type Value = $ty;

                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        write!(f, "a {} as a string", $what)
                    }

                    fn visit_str<E: ::serde::de::Error>(self, s: &str) -> Result<$ty, E> {
                        s.parse().map_err(E::custom)
                    }
                }

                deserializer.deserialize_str(TextVisitor)
            }
        }
    };
}

pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_field_and_value() {
        let e = ValidationError::invalid("pain", "pain score", 11, "must be a whole number");
        assert_eq!(
            e.to_string(),
            "invalid pain score 11: must be a whole number"
        );
        assert_eq!(
            (e.field(), e.value(), e.is_missing()),
            ("pain", "11", false)
        );

        let e = ValidationError::invalid_text("side", "side", "up", "expected left");
        assert_eq!(e.to_string(), "invalid side \"up\": expected left");
        assert_eq!(e.value(), "up");

        let e = ValidationError::invalid("duration_seconds", "cramp duration", 0, "too short")
            .shown_as("0 s");
        assert_eq!(e.to_string(), "invalid cramp duration 0 s: too short");
        assert_eq!(e.value(), "0");

        // A long value is cut at 100 characters, and the marker says by how much:
        // 10 MB of 'x' keep 100 bytes and leave out 10_000_000 - 100.
        let long = "x".repeat(10_000_000);
        let e = ValidationError::invalid_text("side", "side", &long, "expected left");
        let head = "x".repeat(100);
        assert_eq!(
            e.to_string(),
            format!("invalid side \"{head}\"\u{2026}[9999900 more bytes]: expected left")
        );
        assert_eq!(e.value(), format!("{head}\u{2026}[9999900 more bytes]"));
        // Exactly 100 characters (multi-byte ones here) are kept whole.
        let hundred = "é".repeat(100);
        assert_eq!(echo(&hundred), hundred);
        assert_eq!(
            echo(&format!("{hundred}é")),
            format!("{hundred}\u{2026}[2 more bytes]")
        );

        let e = ValidationError::missing("pain", "pain score", "needed");
        assert_eq!(e.to_string(), "missing pain score: needed");
        assert!(e.is_missing());
        assert_eq!(e.value(), "");
    }
}
