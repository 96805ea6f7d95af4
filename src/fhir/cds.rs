//! CDS Hooks cards: the message a clinical system shows beside a patient's record.
//!
//! A card is not a FHIR resource; it is the unit of a CDS Hooks service response
//! (`{"cards": [...]}`), as described at <https://cds-hooks.hl7.org>.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Coding, Text, Uri, ValidationError};

/// The most characters a card summary may have: CDS Hooks asks for a summary of
/// *fewer than* 140 characters.
const MAX_SUMMARY_CHARS: usize = 139;

/// A card's one-line summary: valid FHIR-style text of fewer than 140 characters
/// (counted as Unicode scalar values).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Summary(Text);

impl Summary {
    /// Checks and wraps a summary.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when the text is not a valid FHIR string or has 140 characters
    /// or more.
    pub(crate) fn new(value: impl Into<Cow<'static, str>>) -> Result<Self, ValidationError> {
        let text = Text::named("CDS Hooks card summary", value)?;
        let count = text.as_str().chars().count();
        if count > MAX_SUMMARY_CHARS {
            return Err(crate::fhir::invalid(
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

/// How important a card is (its JSON code: `info`, `warning` or `critical`).
///
/// # Examples
///
/// ```
/// use legcramps::fhir::Indicator;
///
/// assert_eq!(serde_json::to_string(&Indicator::Critical)?, r#""critical""#);
/// assert!(Indicator::Info < Indicator::Critical);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
pub(crate) struct CardSource {
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
pub(crate) enum LinkType {
    /// `absolute`: an ordinary web page.
    Absolute,
    /// `smart`: a SMART app to launch.
    Smart,
}

/// A link shown on a card.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CardLink {
    /// The link text.
    pub label: Text,
    /// Where it goes.
    pub url: Uri,
    /// What kind of link it is (JSON member `type`).
    #[serde(rename = "type")]
    pub kind: LinkType,
}

/// A CDS Hooks card: the message a clinical system shows beside a patient's record.
/// Serialize it for the card's JSON (`summary`, `detail`, `indicator`, `source`, and
/// `uuid` and `links` when present).
///
/// [`referral_card`](super::referral_card) and [`recall_card`](super::recall_card)
/// make the library's cards; [`Card::new`] makes one with your own text. The summary
/// always has fewer than 140 characters, as CDS Hooks asks.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Card, Indicator};
///
/// let card = Card::new(Indicator::Warning, "See a doctor soon about night-time leg cramps",
///     "Two episodes a night for a week.")?;
/// assert_eq!(card.summary(), "See a doctor soon about night-time leg cramps");
/// assert_eq!(card.indicator(), Indicator::Warning);
/// let json = serde_json::to_value(&card)?;
/// assert_eq!(json["source"]["label"], "legcramps decision support");
/// assert!(json["detail"].as_str().unwrap_or_default().starts_with("Two episodes"));
///
/// let long = "x".repeat(140);
/// assert_eq!(Card::new(Indicator::Info, &long, "detail").unwrap_err().problem(),
///            "must be shorter than 140 characters (has 140)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// An identifier for feedback, chosen by the caller (the library makes none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) uuid: Option<Text>,
    /// The one-line message.
    pub(crate) summary: Summary,
    /// More detail, in GitHub-flavoured markdown. In the crate's cards, record text
    /// in it is escaped so that it stays inside its line (see the crate docs,
    /// "Caller text in the outputs").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) detail: Option<Text>,
    /// How important it is.
    pub(crate) indicator: Indicator,
    /// Where the advice comes from.
    pub(crate) source: CardSource,
    /// Links for more.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) links: Vec<CardLink>,
}

impl Card {
    /// A card with your own summary and detail (GitHub-flavoured markdown), from this
    /// library as its source (`legcramps decision support`, linking to the
    /// repository). The detail is followed by a blank line and the decision-support
    /// note that every card of the library carries.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `CDS Hooks card summary` when the summary is
    /// not a valid FHIR string or has 140 characters or more, or for field
    /// `CDS Hooks card detail` when the detail has control characters other than tab,
    /// CR and LF, or whitespace other than those and the space.
    pub fn new(indicator: Indicator, summary: &str, detail: &str) -> Result<Self, ValidationError> {
        Ok(Card {
            uuid: None,
            summary: Summary::new(summary.to_owned())?,
            detail: Some(Text::named(
                "CDS Hooks card detail",
                format!("{detail}\n\n{}", super::DECISION_SUPPORT_NOTE),
            )?),
            indicator,
            source: super::assessment::crate_source(),
            links: Vec::new(),
        })
    }

    /// The same card with a `uuid` for feedback, chosen by you.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `CDS Hooks card uuid` when it is not a valid
    /// FHIR string.
    pub fn with_uuid(mut self, uuid: &str) -> Result<Self, ValidationError> {
        self.uuid = Some(Text::named("CDS Hooks card uuid", uuid.to_owned())?);
        Ok(self)
    }

    /// The one-line summary (fewer than 140 characters).
    pub fn summary(&self) -> &str {
        self.summary.as_str()
    }

    /// The detail, in GitHub-flavoured markdown, if any.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_ref().map(Text::as_str)
    }

    /// How important the card is.
    pub fn indicator(&self) -> Indicator {
        self.indicator
    }

    /// The `uuid`, if one was set.
    pub fn uuid(&self) -> Option<&str> {
        self.uuid.as_ref().map(Text::as_str)
    }
}
