//! The JSON input of an assessment: `{ "as_of": ..., "profile": {...}, "diary": {...} }`.

use std::io::Read;

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{AssessError, Assessment, ScoreModel, check_as_of};
use crate::{Diary, Profile};

/// Everything an assessment needs, as one value: the `as_of` instant, the person's
/// [`Profile`] and their cramp [`Diary`].
///
/// Its JSON form is the input document described in [`json`](mod@crate::assess::json):
/// `as_of` is required (RFC 3339 with an offset); `profile` and `diary` may be left
/// out (everything unknown, no episodes). Unknown fields are rejected. Building one,
/// through [`AssessmentInput::new`] or from JSON, checks that no episode starts after
/// `as_of` and that a birth date is not after it, so [`AssessmentInput::assess`] only
/// fails for a model-level problem such as an age above 130 worked out from a birth
/// date.
///
/// # Examples
///
/// ```
/// use legcramps::assess::{AssessmentInput, Urgency};
///
/// let input = AssessmentInput::from_json_str(r#"{
///     "as_of": "2025-03-01T08:00:00+01:00",
///     "profile": {"symptoms": {"numbness": "yes"}}
/// }"#)?;
/// assert_eq!(input.assess()?.referral.urgency, Urgency::Soon);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "InputRepr")]
pub struct AssessmentInput {
    as_of: DateTime<FixedOffset>,
    profile: Profile,
    diary: Diary,
}

#[derive(Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "AssessmentInput")
)]
#[serde(deny_unknown_fields)]
struct InputRepr {
    as_of: DateTime<FixedOffset>,
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    diary: Diary,
}

impl InputRepr {
    /// The checks against `as_of`, after the whole document is read. Done here rather
    /// than through serde's `try_from` so the error keeps its field path (serde_json
    /// has no position for an error raised after the value is read).
    fn checked(self) -> Result<AssessmentInput, InputError> {
        AssessmentInput::new(self.as_of, self.profile, self.diary)
            .map_err(|e| InputError::from_assess(&e))
    }
}

impl TryFrom<InputRepr> for AssessmentInput {
    type Error = AssessError;

    fn try_from(r: InputRepr) -> Result<Self, Self::Error> {
        AssessmentInput::new(r.as_of, r.profile, r.diary)
    }
}

impl AssessmentInput {
    /// Bundles an assessment's inputs, checking them against `as_of`.
    ///
    /// # Errors
    ///
    /// [`AssessError::EpisodeAfterAsOf`] when an episode starts after `as_of`;
    /// [`AssessError::BirthDateAfterAsOf`] when the birth date is after `as_of`'s date;
    /// [`AssessError::AsOf`] when `as_of` has a year outside 0001–9999 or a UTC offset
    /// that is not whole minutes within 14 hours of UTC.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::AssessmentInput;
    /// use legcramps::{Diary, Profile};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
    /// let input = AssessmentInput::new(as_of, Profile::default(), Diary::new())?;
    /// assert_eq!(input.as_of(), as_of);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        as_of: impl Into<DateTime<FixedOffset>>,
        profile: Profile,
        diary: Diary,
    ) -> Result<Self, AssessError> {
        let as_of = as_of.into();
        check_as_of(&profile, &diary, as_of)?;
        Ok(AssessmentInput {
            as_of,
            profile,
            diary,
        })
    }

    /// Reads the input document from a string.
    ///
    /// # Errors
    ///
    /// [`InputError`] naming the field path (e.g. `diary.episodes[2].pain`), the line
    /// and column, and what was wrong: bad JSON, an unknown field, a value a model
    /// type rejects, or an episode or birth date after `as_of`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::AssessmentInput;
    ///
    /// let err = AssessmentInput::from_json_str(
    ///     r#"{"as_of": "2025-03-01T08:00:00Z", "profile": {"symptoms": {"numbness": "maybe"}}}"#,
    /// )
    /// .unwrap_err();
    /// assert_eq!(err.path(), "profile.symptoms.numbness");
    /// // Column 78 is the closing quote of "maybe".
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid input at profile.symptoms.numbness (line 1, column 78): \
    ///      invalid answer \"maybe\": expected one of yes, no, unknown"
    /// );
    /// ```
    pub fn from_json_str(json: &str) -> Result<Self, InputError> {
        read::<_, InputRepr>(&mut serde_json::Deserializer::from_str(json))?.checked()
    }

    /// Reads the input document from a reader (a file, standard input, a socket).
    ///
    /// # Errors
    ///
    /// As [`AssessmentInput::from_json_str`], and [`InputError::Io`] when reading
    /// fails.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::AssessmentInput;
    ///
    /// let json = br#"{"as_of": "2025-03-01T08:00:00+01:00"}"#;
    /// let input = AssessmentInput::from_json_reader(&json[..])?;
    /// assert!(input.diary().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_reader<R: Read>(reader: R) -> Result<Self, InputError> {
        read::<_, InputRepr>(&mut serde_json::Deserializer::from_reader(reader))?.checked()
    }

    /// The instant the assessment is made at.
    pub fn as_of(&self) -> DateTime<FixedOffset> {
        self.as_of
    }

    /// The person.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The cramp diary.
    pub fn diary(&self) -> &Diary {
        &self.diary
    }

    /// The parts, by value.
    pub fn into_parts(self) -> (DateTime<FixedOffset>, Profile, Diary) {
        (self.as_of, self.profile, self.diary)
    }

    /// Assesses the input with the default [`ScoreModel`].
    ///
    /// # Errors
    ///
    /// See [`assess`](super::assess()).
    pub fn assess(&self) -> Result<Assessment, AssessError> {
        self.assess_with(&ScoreModel::default())
    }

    /// Assesses the input with `model`.
    ///
    /// # Errors
    ///
    /// See [`assess`](super::assess()).
    pub fn assess_with(&self, model: &ScoreModel) -> Result<Assessment, AssessError> {
        super::assess_with_model(model, &self.profile, &self.diary, self.as_of)
    }

    /// Assesses the input with the default [`ScoreModel`] and keeps the input with its
    /// assessment, for [`Report::new`](crate::Report::new) and `fhir::bundle`.
    ///
    /// # Errors
    ///
    /// See [`assess`](super::assess()).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::Report;
    /// use legcramps::assess::AssessmentInput;
    ///
    /// let assessed = AssessmentInput::from_json_str(r#"{"as_of": "2025-03-01T08:00:00+01:00"}"#)?
    ///     .assessed()?;
    /// assert_eq!(assessed.assessment().as_of, assessed.input().as_of());
    /// let report = Report::new(&assessed)?;
    /// assert_eq!(report.window_days(), Report::DEFAULT_WINDOW_DAYS);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assessed(self) -> Result<Assessed, AssessError> {
        self.assessed_with(&ScoreModel::default())
    }

    /// Assesses the input with `model` and keeps the input with its assessment.
    ///
    /// # Errors
    ///
    /// See [`assess`](super::assess()).
    pub fn assessed_with(self, model: &ScoreModel) -> Result<Assessed, AssessError> {
        let assessment = self.assess_with(model)?;
        Ok(Assessed {
            input: self,
            assessment,
        })
    }
}

/// An [`AssessmentInput`] together with the [`Assessment`] made from it.
///
/// Made only by [`AssessmentInput::assessed`] (or [`assessed_with`](AssessmentInput::assessed_with)),
/// and read-only, so the profile, diary and assessment it hands to a report or a FHIR
/// bundle cannot contradict each other.
///
/// # Examples
///
/// ```
/// use legcramps::assess::{AssessmentInput, Urgency};
///
/// let assessed = AssessmentInput::from_json_str(r#"{
///     "as_of": "2025-03-01T08:00:00+01:00",
///     "profile": {"symptoms": {"numbness": "yes"}}
/// }"#)?
/// .assessed()?;
/// assert_eq!(assessed.assessment().referral.urgency, Urgency::Soon);
/// assert!(assessed.diary().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessed {
    input: AssessmentInput,
    assessment: Assessment,
}

impl Assessed {
    /// The input the assessment was made from.
    pub fn input(&self) -> &AssessmentInput {
        &self.input
    }

    /// The assessment of [`input`](Self::input).
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// The input's profile.
    pub fn profile(&self) -> &Profile {
        self.input.profile()
    }

    /// The input's diary.
    pub fn diary(&self) -> &Diary {
        self.input.diary()
    }

    /// The input and the assessment, by value.
    pub fn into_parts(self) -> (AssessmentInput, Assessment) {
        (self.input, self.assessment)
    }
}

fn read<'de, R, T>(de: &mut serde_json::Deserializer<R>) -> Result<T, InputError>
where
    R: serde_json::de::Read<'de>,
    T: DeserializeOwned,
{
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        InputError::from_json(path, e.inner())
    })?;
    de.end()
        .map_err(|e| InputError::from_json(".".to_owned(), &e))?;
    Ok(value)
}

/// Why an assessment input could not be read: the kind of problem, the field path,
/// the position in the document, and what was wrong, on one line.
///
/// Every kind carries the same four facts ([`path`](Self::path), [`line`](Self::line),
/// [`column`](Self::column), [`message`](Self::message)).
///
/// # Examples
///
/// ```
/// use legcramps::assess::{AssessmentInput, InputError};
///
/// let err = AssessmentInput::from_json_str(r#"{"as_of": "2025-03-01T08:00:00Z", "diary": {"episodes": [
///   {"start": "2025-02-27T03:00:00Z", "duration_seconds": 120, "muscle": "calf",
///    "side": "left", "pain": 11}
/// ]}}"#).unwrap_err();
/// assert!(matches!(err, InputError::Data { .. }));
/// assert_eq!(err.path(), "diary.episodes[0].pain");
/// assert_eq!(err.line(), 3);
/// assert!(err.message().starts_with("invalid pain score 11"));
///
/// let err = AssessmentInput::from_json_str("{\"as_of\": ").unwrap_err();
/// assert!(matches!(err, InputError::Eof { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.describe())]
#[non_exhaustive]
pub enum InputError {
    /// Reading failed.
    Io {
        /// The path of the field being read; `.` for the document itself.
        path: String,
        /// The line (from 1); 0 if not known.
        line: usize,
        /// The column (from 1); 0 if not known.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// The text is not valid JSON.
    Syntax {
        /// The path of the field being read; `.` for the document itself.
        path: String,
        /// The line (from 1); 0 if not known.
        line: usize,
        /// The column (from 1); 0 if not known.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// Valid JSON, but a value is missing, unknown or invalid (or an episode or a birth
    /// date is after `as_of`).
    Data {
        /// The path of the field; `.` for the document itself.
        path: String,
        /// The line (from 1); 0 if not known.
        line: usize,
        /// The column (from 1); 0 if not known.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// The document ended too early.
    Eof {
        /// The path of the field being read; `.` for the document itself.
        path: String,
        /// The line (from 1); 0 if not known.
        line: usize,
        /// The column (from 1); 0 if not known.
        column: usize,
        /// What was wrong.
        message: String,
    },
}

impl InputError {
    fn from_json(path: String, e: &serde_json::Error) -> InputError {
        let (line, column) = (e.line(), e.column());
        let full = e.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = crate::error::echo_message(full.strip_suffix(&suffix).unwrap_or(&full));
        match e.classify() {
            serde_json::error::Category::Io => InputError::Io {
                path,
                line,
                column,
                message,
            },
            serde_json::error::Category::Syntax => InputError::Syntax {
                path,
                line,
                column,
                message,
            },
            serde_json::error::Category::Data => InputError::Data {
                path,
                line,
                column,
                message,
            },
            serde_json::error::Category::Eof => InputError::Eof {
                path,
                line,
                column,
                message,
            },
        }
    }

    /// A check against `as_of` failed. The path is the document's: for an episode,
    /// the `diary.episodes` array (the message gives the episode's index in the
    /// diary's start-time order, which need not be its place in the document).
    fn from_assess(e: &AssessError) -> InputError {
        let path = match e {
            AssessError::EpisodeAfterAsOf { .. } => "diary.episodes".to_owned(),
            other => other.field().to_owned(),
        };
        InputError::Data {
            path,
            line: 0,
            column: 0,
            message: e.to_string(),
        }
    }

    /// The four facts every kind carries.
    fn parts(&self) -> (&str, usize, usize, &str) {
        match self {
            InputError::Io {
                path,
                line,
                column,
                message,
            }
            | InputError::Syntax {
                path,
                line,
                column,
                message,
            }
            | InputError::Data {
                path,
                line,
                column,
                message,
            }
            | InputError::Eof {
                path,
                line,
                column,
                message,
            } => (path, *line, *column, message),
        }
    }

    fn describe(&self) -> String {
        let (path, line, column, message) = self.parts();
        if let InputError::Io { .. } = self {
            return format!("could not read the input: {message}");
        }
        let at = if path == "." {
            String::new()
        } else {
            format!(" at {path}")
        };
        if line == 0 {
            return format!("invalid input{at}: {message}");
        }
        format!("invalid input{at} (line {line}, column {column}): {message}")
    }

    /// The path of the field in the document, e.g. `profile.symptoms.numbness` or
    /// `diary.episodes[2].pain`; `.` for the document itself.
    pub fn path(&self) -> &str {
        self.parts().0
    }

    /// The line (from 1) where the problem was found; 0 if not known.
    pub fn line(&self) -> usize {
        self.parts().1
    }

    /// The column (from 1) where the problem was found; 0 if not known.
    pub fn column(&self) -> usize {
        self.parts().2
    }

    /// What was wrong, without the position.
    pub fn message(&self) -> &str {
        self.parts().3
    }
}
