//! FHIR R4 general-purpose data types built from the primitives: [`Coding`],
//! [`CodeableConcept`], [`Reference`], [`Period`], [`Annotation`] and [`Quantity`].
//!
//! Structures whose every combination of fields is valid have public fields; the
//! others ([`CodeableConcept`], [`Period`]) keep them private behind constructors.

use serde::{Deserialize, Serialize};

use super::{Code, DateTime, Decimal, Id, Text, Uri, ValidationError};

/// A code from a code system (FHIR `Coding`). Our codings always name their system
/// and code; the display text is optional.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Coding {
    /// The code system's canonical URI.
    pub system: Uri,
    /// The code within that system.
    pub code: Code,
    /// The system's display text for the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<Text>,
}

impl Coding {
    /// A coding from crate literals.
    pub(crate) fn lit(system: &'static str, code: &'static str, display: &'static str) -> Self {
        Coding {
            system: Uri::lit(system),
            code: Code::lit(code),
            display: Some(Text::lit(display)),
        }
    }
}

/// A concept given as codes and/or text (FHIR `CodeableConcept`); never empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "CodeableConceptWire")]
pub(crate) struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeableConceptWire {
    #[serde(default)]
    coding: Vec<Coding>,
    #[serde(default)]
    text: Option<Text>,
}

impl TryFrom<CodeableConceptWire> for CodeableConcept {
    type Error = ValidationError;
    fn try_from(w: CodeableConceptWire) -> Result<Self, ValidationError> {
        if w.coding.is_empty() && w.text.is_none() {
            return Err(crate::fhir::invalid(
                "FHIR CodeableConcept",
                "{}",
                "needs at least one coding or a text",
            ));
        }
        Ok(Self {
            coding: w.coding,
            text: w.text,
        })
    }
}

impl CodeableConcept {
    /// A concept given only as text.
    pub fn from_text(text: Text) -> Self {
        Self {
            coding: Vec::new(),
            text: Some(text),
        }
    }

    /// A coded concept, with optional text.
    pub fn coded(coding: Coding, text: Option<Text>) -> Self {
        Self {
            coding: vec![coding],
            text,
        }
    }

    /// The codings, possibly none.
    pub fn coding(&self) -> &[Coding] {
        &self.coding
    }
}

/// A literal reference to another resource (FHIR `Reference`): a relative reference
/// such as `Patient/123`, an absolute URL, or a `urn:uuid:` URI.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Reference {
    /// The reference itself.
    pub reference: Uri,
    /// Text for the target, shown when it cannot be resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<Text>,
}

impl Reference {
    /// A relative reference `<resource_type>/<id>`.
    ///
    /// `resource_type` must be a FHIR resource type name (letters only, such as
    /// `"Patient"`); other characters are dropped so the result is always a valid URI.
    pub fn to(resource_type: &str, id: &Id) -> Self {
        let kind: String = resource_type
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        Self {
            reference: Uri::trusted(format!("{kind}/{id}")),
            display: None,
        }
    }

    /// A reference to a `urn:uuid:` URI, for bundles whose ids are UUIDs.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when `id` is not a lower-case UUID (see [`Id::is_uuid`]).
    pub fn urn_uuid(id: &Id) -> Result<Self, ValidationError> {
        if !id.is_uuid() {
            return Err(crate::fhir::invalid(
                "FHIR id",
                id.as_str(),
                "a urn:uuid reference needs a lower-case UUID (8-4-4-4-12 hex digits)",
            ));
        }
        Ok(Self {
            reference: Uri::trusted(format!("urn:uuid:{id}")),
            display: None,
        })
    }
}

/// A time range (FHIR `Period`); its start is never after its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PeriodWire")]
pub(crate) struct Period {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<DateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<DateTime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodWire {
    #[serde(default)]
    start: Option<DateTime>,
    #[serde(default)]
    end: Option<DateTime>,
}

impl TryFrom<PeriodWire> for Period {
    type Error = ValidationError;
    fn try_from(w: PeriodWire) -> Result<Self, ValidationError> {
        Self::new(w.start, w.end)
    }
}

impl Period {
    /// A period from its bounds; either may be open.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when both are missing, or when `start` is after `end` (FHIR
    /// invariant per-1).
    pub fn new(start: Option<DateTime>, end: Option<DateTime>) -> Result<Self, ValidationError> {
        match (start, end) {
            (None, None) => Err(crate::fhir::invalid(
                "FHIR Period",
                "{}",
                "needs a start or an end",
            )),
            (Some(s), Some(e)) if s.get() > e.get() => Err(crate::fhir::invalid(
                "FHIR Period",
                format!("{s} to {e}"),
                "the start must not be after the end",
            )),
            _ => Ok(Self { start, end }),
        }
    }
}

/// A note (FHIR `Annotation`); its text is markdown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Annotation {
    /// The note.
    pub text: Text,
}

/// A measured amount with a UCUM unit (FHIR `Quantity`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Quantity {
    /// The amount.
    pub value: Decimal,
    /// The unit as shown to people.
    pub unit: Text,
    /// The unit's code system (UCUM: `http://unitsofmeasure.org`).
    pub system: Uri,
    /// The unit's code in that system.
    pub code: Code,
}
