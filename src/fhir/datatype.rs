//! FHIR R4 general-purpose data types built from the primitives: [`Coding`],
//! [`CodeableConcept`], [`Reference`], [`Period`], [`Annotation`] and [`Quantity`].
//!
//! Structures whose every combination of fields is valid have public fields; the
//! others ([`CodeableConcept`], [`Period`]) keep them private behind constructors.

use serde::{Deserialize, Serialize};

use super::{Code, DateTime, Decimal, FhirError, Id, Text, Uri};

/// A code from a code system (FHIR `Coding`). Our codings always name their system
/// and code; the display text is optional.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Code, Coding, Text, Uri};
///
/// let c = Coding {
///     system: Uri::new("http://loinc.org")?,
///     code: Code::new("72514-3")?,
///     display: None,
/// };
/// assert_eq!(
///     serde_json::to_string(&c)?,
///     r#"{"system":"http://loinc.org","code":"72514-3"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coding {
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
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{CodeableConcept, Text};
///
/// let c = CodeableConcept::from_text(Text::new("Cramp in the left calf")?);
/// assert!(c.coding().is_empty());
/// assert_eq!(serde_json::to_string(&c)?, r#"{"text":"Cramp in the left calf"}"#);
/// assert!(serde_json::from_str::<CodeableConcept>("{}").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "CodeableConceptWire")]
pub struct CodeableConcept {
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
    type Error = FhirError;
    fn try_from(w: CodeableConceptWire) -> Result<Self, FhirError> {
        if w.coding.is_empty() && w.text.is_none() {
            return Err(FhirError::new(
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
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::fhir::{Code, CodeableConcept, Coding, Uri};
    ///
    /// let coding = Coding {
    ///     system: Uri::new("http://hl7.org/fhir/sid/icd-10-cm")?,
    ///     code: Code::new("G47.62")?,
    ///     display: None,
    /// };
    /// let c = CodeableConcept::coded(coding, None);
    /// assert_eq!(c.coding()[0].code.as_str(), "G47.62");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn coded(coding: Coding, text: Option<Text>) -> Self {
        Self {
            coding: vec![coding],
            text,
        }
    }

    /// Adds another coding (a translation of the same concept).
    #[must_use]
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding.push(coding);
        self
    }

    /// The codings, possibly none.
    pub fn coding(&self) -> &[Coding] {
        &self.coding
    }

    /// The plain-text form, if any.
    pub fn text(&self) -> Option<&Text> {
        self.text.as_ref()
    }
}

/// A literal reference to another resource (FHIR `Reference`): a relative reference
/// such as `Patient/123`, an absolute URL, or a `urn:uuid:` URI.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Id, Reference};
///
/// let r = Reference::to("Patient", &Id::new("123")?);
/// assert_eq!(r.reference.as_str(), "Patient/123");
/// assert_eq!(serde_json::to_string(&r)?, r#"{"reference":"Patient/123"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
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
    /// A [`FhirError`] when `id` is not a lower-case UUID (see [`Id::is_uuid`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::fhir::{Id, Reference};
    ///
    /// let id = Id::new("2f0a8c2e-6d3b-4a61-9f52-1c3e5b7d9a10")?;
    /// let r = Reference::urn_uuid(&id)?;
    /// assert_eq!(r.reference.as_str(), "urn:uuid:2f0a8c2e-6d3b-4a61-9f52-1c3e5b7d9a10");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn urn_uuid(id: &Id) -> Result<Self, FhirError> {
        if !id.is_uuid() {
            return Err(FhirError::new(
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

    /// The same reference with display text.
    #[must_use]
    pub fn with_display(mut self, display: Text) -> Self {
        self.display = Some(display);
        self
    }
}

/// A time range (FHIR `Period`); its start is never after its end.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::Period;
///
/// let start = "2026-11-28T03:12:00+01:00".parse()?;
/// let end = "2026-11-28T03:15:30+01:00".parse()?;
/// let p = Period::new(Some(start), Some(end))?;
/// assert_eq!(p.start(), Some(start));
/// assert!(Period::new(Some(end), Some(start)).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PeriodWire")]
pub struct Period {
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
    type Error = FhirError;
    fn try_from(w: PeriodWire) -> Result<Self, FhirError> {
        Self::new(w.start, w.end)
    }
}

impl Period {
    /// A period from its bounds; either may be open.
    ///
    /// # Errors
    ///
    /// A [`FhirError`] when both are missing, or when `start` is after `end` (FHIR
    /// invariant per-1).
    pub fn new(start: Option<DateTime>, end: Option<DateTime>) -> Result<Self, FhirError> {
        match (start, end) {
            (None, None) => Err(FhirError::new(
                "FHIR Period",
                "{}",
                "needs a start or an end",
            )),
            (Some(s), Some(e)) if s.get() > e.get() => Err(FhirError::new(
                "FHIR Period",
                format!("{s} to {e}"),
                "the start must not be after the end",
            )),
            _ => Ok(Self { start, end }),
        }
    }

    /// The start, if bounded.
    pub fn start(&self) -> Option<DateTime> {
        self.start
    }

    /// The end, if bounded.
    pub fn end(&self) -> Option<DateTime> {
        self.end
    }
}

/// A note (FHIR `Annotation`); its text is markdown.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Annotation, Text};
///
/// let n = Annotation { text: Text::new("Decision support, not a diagnosis.")? };
/// assert_eq!(serde_json::to_string(&n)?, r#"{"text":"Decision support, not a diagnosis."}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// The note.
    pub text: Text,
}

/// A measured amount with a UCUM unit (FHIR `Quantity`).
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Code, Decimal, Quantity, Text, Uri};
///
/// let q = Quantity {
///     value: Decimal::new(90.0)?,
///     unit: Text::new("s")?,
///     system: Uri::new("http://unitsofmeasure.org")?,
///     code: Code::new("s")?,
/// };
/// assert_eq!(
///     serde_json::to_string(&q)?,
///     r#"{"value":90.0,"unit":"s","system":"http://unitsofmeasure.org","code":"s"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// The amount.
    pub value: Decimal,
    /// The unit as shown to people.
    pub unit: Text,
    /// The unit's code system (UCUM: `http://unitsofmeasure.org`).
    pub system: Uri,
    /// The unit's code in that system.
    pub code: Code,
}
