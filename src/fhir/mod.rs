//! FHIR R4 (4.0.1) resources and CDS Hooks cards, from our own small serde types.
//!
//! Enabled by the cargo feature `fhir`. Health platforms speak FHIR; this module lets
//! them store and show the crate's output without writing a mapping of their own.
//!
//! - Data types: [`Text`], [`Code`], [`Uri`], [`Id`], [`DateTime`], [`Decimal`],
//!   [`Coding`], [`CodeableConcept`], [`Reference`], [`Period`], [`Annotation`],
//!   [`Quantity`]. Each checks the grammar of the official R4 JSON schema, on
//!   construction and when deserialized.
//! - Resources: [`RiskAssessment`], [`Observation`], [`MedicationStatement`],
//!   [`Condition`], [`ServiceRequest`] and [`Bundle`]. Each always writes its
//!   `resourceType`, and reading one back checks that tag. [`Resource`] holds any of
//!   them.
//! - CDS Hooks: [`Card`].
//!
//! The FHIR code values (such as `entered-in-error`) follow FHIR's spelling, not the
//! crate's snake_case habit, because that is what the standard requires.
//!
//! Only what the crate emits is modelled. Unknown members are rejected when reading,
//! so a document this module accepts is never silently shortened.
//!
//! # Examples
//!
//! ```
//! use legcramps::fhir::{Condition, Id, Reference, Resource};
//!
//! let json = r#"{"resourceType":"Condition","subject":{"reference":"Patient/p1"}}"#;
//! let condition: Condition = serde_json::from_str(json)?;
//! assert_eq!(condition.subject, Reference::to("Patient", &Id::new("p1")?));
//! assert_eq!(serde_json::to_string(&condition)?, json);
//!
//! // The tag is checked.
//! let wrong = r#"{"resourceType":"Observation","subject":{"reference":"Patient/p1"}}"#;
//! assert!(serde_json::from_str::<Condition>(wrong).is_err());
//! assert!(matches!(serde_json::from_str::<Resource>(json)?, Resource::Condition(_)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;

mod assessment;
mod bundle;
mod cds;
mod codes;
mod map;
mod recall_card;
mod resources;
mod types;

pub use assessment::{
    DECISION_SUPPORT_NOTE, qualitative_risk, referral_card, referral_request, request_priority,
    risk_assessment,
};
pub use bundle::{Addressing, Identities, MakeId, Slot, bundle};
pub use cds::{Card, CardLink, CardSource, Indicator, LinkType, Summary};
pub use codes::{
    CLINICAL_ACTIVE, CODES, CONDITION_CLINICAL_SYSTEM, CONDITION_VERIFICATION_SYSTEM, CRAMP,
    CRAMP_IN_LIMB, CRAMP_IN_LOWER_LEG, CodeInfo, LOINC_SYSTEM, PAIN_SEVERITY_0_10, RISK_HIGH,
    RISK_LOW, RISK_MODERATE, RISK_PROBABILITY_SYSTEM, RXNORM_SYSTEM, SNOMED_SYSTEM,
    VERIFICATION_UNCONFIRMED,
};
pub use map::{
    complaint_condition, episode_observation, medication_statement, other_medication_statement,
    reported_condition,
};
pub use recall_card::{recall_card, recall_indicator};
pub use resources::{
    Bundle, BundleEntry, BundleType, Condition, ConditionEvidence, MedicationStatement,
    MedicationStatementStatus, Observation, ObservationComponent, ObservationStatus,
    ObservationValue, Prediction, RequestIntent, RequestPriority, RequestStatus, Resource,
    ResourceType, RiskAssessment, ServiceRequest,
};
pub use types::{
    Annotation, Code, CodeableConcept, Coding, DateTime, Decimal, Id, Period, Quantity, Reference,
    Text, Uri,
};

/// A value that cannot be used in FHIR or CDS Hooks output.
///
/// It names what was being checked (the field or FHIR type), the value, and the
/// problem.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::Id;
///
/// let err = Id::new("a b").unwrap_err();
/// assert_eq!(err.field(), "FHIR id");
/// assert_eq!(err.value(), "a b");
/// assert_eq!(err.problem(), "must be 1 to 64 characters, each a letter, digit, '-' or '.'");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("invalid {field} {value:?}: {problem}")]
pub struct FhirError {
    field: Cow<'static, str>,
    value: String,
    problem: Cow<'static, str>,
}

impl FhirError {
    pub(crate) fn new(
        field: impl Into<Cow<'static, str>>,
        value: impl Into<String>,
        problem: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self {
            field: field.into(),
            value: value.into(),
            problem: problem.into(),
        }
    }

    /// What was being checked: a field or a FHIR type such as `"FHIR id"`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The offending value, as text.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// What is wrong with it.
    pub fn problem(&self) -> &str {
        &self.problem
    }
}
