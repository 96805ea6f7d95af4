//! The FHIR R4 resources the crate emits, including [`Bundle`].
//!
//! Every resource struct writes `"resourceType"` first when serialized. Reading one
//! back requires that member and checks its value, wherever it appears in the object
//! (FHIR does not require it to come first), and rejects unknown members.

use std::collections::HashSet;

use serde::de::{self, Unexpected};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{
    Annotation, BundleType, CodeableConcept, DateTime, Id, MedicationStatementStatus,
    ObservationStatus, Period, Quantity, Reference, RequestIntent, RequestPriority, RequestStatus,
    Resource, Text, Uri, ValidationError,
};

/// Defines a resource struct: public fields, `Serialize` that writes `resourceType`,
/// and a `Deserialize` that requires and checks it and rejects unknown members.
macro_rules! resource {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                pub $field:ident : $ty:ty,
            )*
        }
        $(validate = $check:path;)?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(tag = "resourceType", rename_all = "camelCase")]
        $vis struct $name {
            $( $(#[$fmeta])* pub(crate) $field: $ty, )*
        }

        impl $name {
            /// Reads the members of a resource of this type. `tag_read` says whether the
            /// caller already consumed `resourceType`.
            pub(crate) fn from_members<'de, D: Deserializer<'de>>(
                deserializer: D,
                tag_read: bool,
            ) -> Result<Self, D::Error> {
                struct Tag;
                impl<'de> Deserialize<'de> for Tag {
                    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                        let s = String::deserialize(d)?;
                        if s == stringify!($name) {
                            Ok(Tag)
                        } else {
                            Err(de::Error::invalid_value(
                                Unexpected::Str(&s),
                                &concat!("resourceType \"", stringify!($name), "\""),
                            ))
                        }
                    }
                }
                #[derive(Deserialize)]
                #[serde(rename_all = "camelCase", deny_unknown_fields)]
                struct Wire {
                    #[serde(rename = "resourceType", default)]
                    resource_type: Option<Tag>,
                    $( $(#[$fmeta])* $field: $ty, )*
                }
                let wire = Wire::deserialize(deserializer)?;
                match (wire.resource_type.is_some(), tag_read) {
                    (true, true) => return Err(de::Error::duplicate_field("resourceType")),
                    (false, false) => return Err(de::Error::missing_field("resourceType")),
                    _ => {}
                }
                let value = Self { $( $field: wire.$field, )* };
                $( $check(&value).map_err(de::Error::custom)?; )?
                Ok(value)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Self::from_members(deserializer, false)
            }
        }

        impl From<$name> for Resource {
            fn from(r: $name) -> Self {
                Resource::$name(r)
            }
        }
    };
}

resource! {
    /// A risk assessment (FHIR `RiskAssessment`): the outcome of the crate's score,
    /// with what it was based on and why.
    ///
    /// No `probabilityDecimal` is modelled: the crate's score is a points total, not a
    /// probability, so it is expressed as a `qualitativeRisk` and a rationale only.
    pub(crate) struct RiskAssessment {
        /// The resource id, chosen by the caller.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<Id>,
        /// The assessment's status.
        pub status: ObservationStatus,
        /// Whom it is about.
        pub subject: Reference,
        /// When it was made.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub occurrence_date_time: Option<DateTime>,
        /// The method (model name and version).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub method: Option<CodeableConcept>,
        /// The information it was based on.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub basis: Vec<Reference>,
        /// The outcomes assessed.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub prediction: Vec<Prediction>,
        /// How to reduce the risk.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mitigation: Option<Text>,
        /// Notes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub note: Vec<Annotation>,
    }
}

/// One outcome of a [`RiskAssessment`] (FHIR `RiskAssessment.prediction`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Prediction {
    /// The outcome assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<CodeableConcept>,
    /// The likelihood in words (`http://terminology.hl7.org/CodeSystem/risk-probability`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualitative_risk: Option<CodeableConcept>,
    /// Why this likelihood was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<Text>,
}

resource! {
    /// An observation (FHIR `Observation`); the crate uses one per cramp episode.
    pub(crate) struct Observation {
        /// The resource id, chosen by the caller.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<Id>,
        /// The observation's status.
        pub status: ObservationStatus,
        /// What was observed.
        pub code: CodeableConcept,
        /// Whom it is about.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<Reference>,
        /// When it happened.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub effective_period: Option<Period>,
        /// Notes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub note: Vec<Annotation>,
        /// Where on the body, including the side.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub body_site: Option<CodeableConcept>,
        /// Parts of the observation, each with its own code and value.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub component: Vec<ObservationComponent>,
    }
}

/// The value of an [`ObservationComponent`] (FHIR `value[x]`, the kinds the crate uses).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub(crate) enum ObservationValue {
    /// `valueInteger`.
    Integer(i32),
    /// `valueBoolean`.
    Boolean(bool),
    /// `valueQuantity`.
    Quantity(Quantity),
    /// `valueString`.
    String(Text),
    /// `valueCodeableConcept`.
    CodeableConcept(CodeableConcept),
}

/// One part of an [`Observation`] (FHIR `Observation.component`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "ComponentWire")]
pub(crate) struct ObservationComponent {
    /// What this part is.
    pub code: CodeableConcept,
    /// Its value, if any.
    pub value: Option<ObservationValue>,
}

impl Serialize for ObservationComponent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = 1 + usize::from(self.value.is_some());
        let mut s = serializer.serialize_struct("ObservationComponent", len)?;
        s.serialize_field("code", &self.code)?;
        match &self.value {
            None => {}
            Some(ObservationValue::Integer(v)) => s.serialize_field("valueInteger", v)?,
            Some(ObservationValue::Boolean(v)) => s.serialize_field("valueBoolean", v)?,
            Some(ObservationValue::Quantity(v)) => s.serialize_field("valueQuantity", v)?,
            Some(ObservationValue::String(v)) => s.serialize_field("valueString", v)?,
            Some(ObservationValue::CodeableConcept(v)) => {
                s.serialize_field("valueCodeableConcept", v)?;
            }
        }
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ComponentWire {
    code: CodeableConcept,
    #[serde(default)]
    value_integer: Option<i32>,
    #[serde(default)]
    value_boolean: Option<bool>,
    #[serde(default)]
    value_quantity: Option<Quantity>,
    #[serde(default)]
    value_string: Option<Text>,
    #[serde(default)]
    value_codeable_concept: Option<CodeableConcept>,
}

impl TryFrom<ComponentWire> for ObservationComponent {
    type Error = ValidationError;
    fn try_from(w: ComponentWire) -> Result<Self, ValidationError> {
        let values = [
            w.value_integer.map(ObservationValue::Integer),
            w.value_boolean.map(ObservationValue::Boolean),
            w.value_quantity.map(ObservationValue::Quantity),
            w.value_string.map(ObservationValue::String),
            w.value_codeable_concept
                .map(ObservationValue::CodeableConcept),
        ];
        let mut present = values.into_iter().flatten();
        let value = present.next();
        if present.next().is_some() {
            return Err(crate::fhir::invalid(
                "Observation.component.value[x]",
                "(several)",
                "only one value[x] member may be present",
            ));
        }
        Ok(Self {
            code: w.code,
            value,
        })
    }
}

resource! {
    /// A statement that the person takes a medicine (FHIR `MedicationStatement`).
    pub(crate) struct MedicationStatement {
        /// The resource id, chosen by the caller.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<Id>,
        /// Whether it is being taken.
        pub status: MedicationStatementStatus,
        /// The medicine, coded where a verified code exists, else as text.
        pub medication_codeable_concept: CodeableConcept,
        /// Who takes it.
        pub subject: Reference,
        /// Who reported it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub information_source: Option<Reference>,
        /// Notes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub note: Vec<Annotation>,
    }
}

resource! {
    /// A problem or concern (FHIR `Condition`).
    pub(crate) struct Condition {
        /// The resource id, chosen by the caller.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<Id>,
        /// Whether it is active (`http://terminology.hl7.org/CodeSystem/condition-clinical`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub clinical_status: Option<CodeableConcept>,
        /// How certain it is (`http://terminology.hl7.org/CodeSystem/condition-ver-status`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub verification_status: Option<CodeableConcept>,
        /// What it is.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<CodeableConcept>,
        /// Whom it is about.
        pub subject: Reference,
        /// When it began.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub onset_date_time: Option<DateTime>,
        /// When it was recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recorded_date: Option<DateTime>,
        /// What supports it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub evidence: Vec<ConditionEvidence>,
        /// Notes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub note: Vec<Annotation>,
    }
    validate = check_condition;
}

/// FHIR invariant con-5: a condition entered in error has no clinical status.
fn check_condition(c: &Condition) -> Result<(), ValidationError> {
    let in_error = c.verification_status.as_ref().is_some_and(|v| {
        v.coding()
            .iter()
            .any(|coding| coding.code.as_str() == "entered-in-error")
    });
    if in_error && c.clinical_status.is_some() {
        return Err(crate::fhir::invalid(
            "Condition.clinicalStatus",
            "(present)",
            "must be absent when verificationStatus is entered-in-error (con-5)",
        ));
    }
    Ok(())
}

/// Evidence for a [`Condition`] (FHIR `Condition.evidence`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct ConditionEvidence {
    /// Manifestations or symptoms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code: Vec<CodeableConcept>,
    /// Other resources that support it, such as observations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub detail: Vec<Reference>,
}

resource! {
    /// A request for a service (FHIR `ServiceRequest`); the crate uses it, with intent
    /// `proposal`, for a suggested referral.
    pub(crate) struct ServiceRequest {
        /// The resource id, chosen by the caller.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<Id>,
        /// The request's status.
        pub status: RequestStatus,
        /// What kind of request it is.
        pub intent: RequestIntent,
        /// How soon.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<RequestPriority>,
        /// What is requested.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<CodeableConcept>,
        /// Whom it is for.
        pub subject: Reference,
        /// When it was written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub authored_on: Option<DateTime>,
        /// Why, in words or codes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub reason_code: Vec<CodeableConcept>,
        /// Why, as links to other resources.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub reason_reference: Vec<Reference>,
        /// Notes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub note: Vec<Annotation>,
        /// Instructions for the person.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub patient_instruction: Option<Text>,
    }
}

resource! {
    /// A FHIR R4 `Bundle`, as [`bundle`](super::bundle) makes it: serialize it for the
    /// JSON. Every entry has a `fullUrl`, and no two entries share one (FHIR invariant
    /// bdl-7).
    ///
    /// Reading one back (`Deserialize`) accepts only what this module writes: the
    /// resource types it emits, each with its `resourceType` checked, no unknown
    /// members, and values that fit the FHIR grammar. To read any FHIR document into
    /// an assessment input, use [`read_bundle`](super::read_bundle).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::fhir::Bundle;
    ///
    /// let json = r#"{"resourceType":"Bundle","type":"collection"}"#;
    /// let bundle: Bundle = serde_json::from_str(json)?;
    /// assert!(bundle.is_empty());
    /// let bundle = bundle.with_id("b-1")?;
    /// assert_eq!(bundle.id(), Some("b-1"));
    /// assert_eq!(serde_json::to_string(&bundle)?,
    ///            r#"{"resourceType":"Bundle","id":"b-1","type":"collection"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Bundle {
        /// The bundle's id, chosen by the caller.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<Id>,
        /// What the bundle is for (JSON member `type`).
        #[serde(rename = "type")]
        pub kind: BundleType,
        /// The resources.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub entry: Vec<BundleEntry>,
    }
    validate = check_bundle;
}

fn check_bundle(b: &Bundle) -> Result<(), ValidationError> {
    let mut seen = HashSet::new();
    for e in &b.entry {
        if !seen.insert(e.full_url.as_str()) {
            return Err(crate::fhir::invalid(
                "Bundle.entry.fullUrl",
                e.full_url.as_str(),
                "appears twice; each entry needs its own (bdl-7)",
            ));
        }
    }
    Ok(())
}

/// One entry of a [`Bundle`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct BundleEntry {
    /// The absolute URL (or `urn:uuid:`) that identifies the resource.
    pub full_url: Uri,
    /// The resource.
    pub resource: Resource,
}
