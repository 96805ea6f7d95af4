//! CDS Hooks cards: the message a clinical system shows beside a patient's record.
//!
//! A card is not a FHIR resource; it is the unit of a CDS Hooks service response
//! (`{"cards": [...]}`), as described at <https://cds-hooks.hl7.org>.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Coding, FhirError, Text, Uri};

/// The most characters a card summary may have: CDS Hooks asks for a summary of
/// *fewer than* 140 characters.
const MAX_SUMMARY_CHARS: usize = 139;

/// A card's one-line summary: valid FHIR-style text of fewer than 140 characters
/// (counted as Unicode scalar values).
///
/// # Examples
///
/// ```
/// use legcramps::fhir::Summary;
///
/// assert!(Summary::new("Recalled lot: orphenadrine ER 100 mg, lot JX6411").is_ok());
/// assert!(Summary::new("x".repeat(139)).is_ok());
/// assert_eq!(
///     Summary::new("x".repeat(140)).unwrap_err().problem(),
///     "must be shorter than 140 characters (has 140)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Summary(Text);

impl Summary {
    /// Checks and wraps a summary.
    ///
    /// # Errors
    ///
    /// A [`FhirError`] when the text is not a valid FHIR string or has 140 characters
    /// or more.
    pub fn new(value: impl Into<Cow<'static, str>>) -> Result<Self, FhirError> {
        let text = Text::new(value).map_err(|e| e.for_field("CDS Hooks card summary"))?;
        let count = text.as_str().chars().count();
        if count > MAX_SUMMARY_CHARS {
            return Err(FhirError::new(
                "CDS Hooks card summary",
                text.as_str(),
                format!("must be shorter than 140 characters (has {count})"),
            ));
        }
        Ok(Self(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Debug for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Summary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::new(String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// How important a card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// `info`: for information.
    Info,
    /// `warning`: the user should take note.
    Warning,
    /// `critical`: the user should act now.
    Critical,
}

/// Where a card's advice comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardSource {
    /// A short name for the source.
    pub label: Text,
    /// A page about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Uri>,
    /// A topic code for the card's subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Coding>,
}

/// What kind of link a [`CardLink`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkType {
    /// `absolute`: an ordinary web page.
    Absolute,
    /// `smart`: a SMART app to launch.
    Smart,
}

/// A link shown on a card.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardLink {
    /// The link text.
    pub label: Text,
    /// Where it goes.
    pub url: Uri,
    /// What kind of link it is (JSON member `type`).
    #[serde(rename = "type")]
    pub kind: LinkType,
}

/// A CDS Hooks card.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Card, CardSource, Indicator, Summary, Text};
///
/// let card = Card {
///     uuid: None,
///     summary: Summary::new("See a doctor soon about night-time leg cramps")?,
///     detail: None,
///     indicator: Indicator::Warning,
///     source: CardSource { label: Text::new("legcramps")?, url: None, topic: None },
///     links: vec![],
/// };
/// assert_eq!(
///     serde_json::to_string(&card)?,
///     r#"{"summary":"See a doctor soon about night-time leg cramps","indicator":"warning","source":{"label":"legcramps"}}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// An identifier for feedback, chosen by the caller (the library makes none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<Text>,
    /// The one-line message.
    pub summary: Summary,
    /// More detail, in GitHub-flavoured markdown. In the crate's cards, record text
    /// in it is escaped so that it stays inside its line (see the crate docs,
    /// "Caller text in the outputs").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Text>,
    /// How important it is.
    pub indicator: Indicator,
    /// Where the advice comes from.
    pub source: CardSource,
    /// Links for more.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<CardLink>,
}
