//! FHIR R4 (4.0.1) resources and CDS Hooks cards, from our own small serde types.
//!
//! Enabled by the cargo feature `fhir`. Health platforms speak FHIR; this module lets
//! them store and show the crate's output without writing a mapping of their own. No
//! FHIR model crate is used: the existing ones are 100–850 thousand generated lines,
//! lack R4, or change `serde_json`'s features for the whole build.
//!
//! # Quick start
//!
//! [`bundle`] turns a profile, a diary and their [`Assessment`](crate::assess::Assessment)
//! into one `collection` [`Bundle`]. The caller supplies every identity: the subject
//! reference, an id per resource (a closure over [`Slot`]) and how full URLs are
//! formed ([`Addressing`]). The library invents no identifier and reads no clock; the
//! time stamps are the assessment's `as_of`.
//!
//! ```
//! use legcramps::assess::AssessmentInput;
//! use legcramps::{Answer, CrampEpisode, Diary, Profile};
//! use legcramps::fhir::{self, Addressing, Id, Identities, Reference, Slot};
//!
//! let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
//! let start = chrono::DateTime::parse_from_rfc3339("2026-11-28T03:12:00+01:00")?;
//! let diary = Diary::from_episodes([CrampEpisode::builder(start)
//!     .duration_secs(240).muscle("calf").side("left").pain(7).woke(true)
//!     .in_bed_at_night(true).build()?]);
//! let mut profile = Profile::default();
//! profile.symptoms.numbness = Answer::Yes;
//! let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
//! let assessment = assessed.assessment();
//!
//! let mut who = Identities {
//!     subject: Reference::to("Patient", &Id::new("123")?),
//!     addressing: Addressing::server("https://fhir.example.org/r4")?,
//!     ids: |slot: Slot| Id::new(format!("nlc-7-{}", slot.label())),
//! };
//! let bundle = fhir::bundle(&assessed, &mut who)?;
//! let json = serde_json::to_string_pretty(&bundle)?;
//! assert!(json.contains(r#""priority": "urgent""#)); // numbness: see a doctor soon
//!
//! // A CDS Hooks card for the same referral.
//! let card = fhir::referral_card(&assessment.referral)?.expect("soon gets a card");
//! assert_eq!(card.indicator, fhir::Indicator::Warning);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Mappings
//!
//! | from | to | function |
//! |---|---|---|
//! | cramp episode | Observation | [`episode_observation`] |
//! | the complaint (diary not empty) | Condition | [`complaint_condition`] |
//! | profile condition | Condition | [`reported_condition`] |
//! | profile medicine (catalog / free text) | MedicationStatement | [`medication_statement`], [`other_medication_statement`] |
//! | score (total = burden + risk) | RiskAssessment, the burden and risk subtotals and their contributions in `prediction.rationale` | [`risk_assessment`] |
//! | referral (not `self_care`) | ServiceRequest | [`referral_request`] |
//! | referral `soon` / `urgent` | CDS Hooks card | [`referral_card`] |
//! | recall match | CDS Hooks card | [`recall_card`] |
//! | all of the above | Bundle (`collection`) | [`bundle`] |
//!
//! Decisions, each documented on its function:
//!
//! - **Codes** come only from the clinical fact base or the FHIR specification
//!   ([`CODES`]), or from catalog rows that carry verified codes. Episodes: SNOMED CT
//!   449918009 "Cramp in lower leg" for the calf, 424647005 "Cramp in limb" for the
//!   foot or thigh, 55300003 "Cramp" for another muscle; pain as LOINC 72514-3 with
//!   `valueInteger`. Complaint: ICD-10-CM G47.62 when a cramp happened in bed at
//!   night, else R25.2. Medicines: RxNorm ingredient codes where the catalog has one.
//! - **Text only** where no code is verified: the body site and side ("Left calf"),
//!   the "woke" and "in bed at night" components, conditions without an ICD-10-CM
//!   code on their catalog row, medicines without an RxNorm code (such as
//!   orphenadrine) and every free-text medicine, the referral's reasons and what is
//!   requested, the RiskAssessment's method and outcome.
//! - **Verification**: every Condition is `unconfirmed`: the person reported it and
//!   the crate does not diagnose.
//! - **Score**: band `low`/`moderate`/`high` becomes the risk-probability code of the
//!   same name ([`qualitative_risk`]); no `probabilityDecimal`, since a points total
//!   is not a probability.
//! - **Referral priority** ([`request_priority`]): `routine` → `routine`, `soon` →
//!   `urgent`, `urgent` → `asap`; `self_care` gets no ServiceRequest. The request is
//!   a `draft` `proposal`.
//! - **Cards**: a recall's FDA class I → `critical`, II → `warning`, III → `info`,
//!   unknown → `warning` ([`recall_indicator`]); a `soon` referral → `warning`, an
//!   `urgent` one → `critical`. Summaries have fewer than 140 characters
//!   ([`Summary`]).
//!
//! # Types
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
mod datatype;
mod map;
mod questionnaire;
mod read;
mod recall_card;
mod resource;
mod resources;
mod status;
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
pub use datatype::{Annotation, CodeableConcept, Coding, Period, Quantity, Reference};
pub use map::{
    complaint_condition, episode_observation, medication_statement, other_medication_statement,
    reported_condition,
};
pub use questionnaire::{
    AnswerOption, AnswerValue, EnableWhen, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, QuestionKind,
    Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseItem, TRIAGE_QUESTIONS,
    TriageQuestion, questionnaire, questionnaire_response, triage_question,
};
pub use read::{
    FhirInput, Ignored, IgnoredReason, PackageSeen, ReadError, ReadErrorKind, ReadReport,
    read_bundle, read_resources,
};
pub use recall_card::{recall_card, recall_indicator};
pub use resource::{Resource, ResourceType};
pub use resources::{
    Bundle, BundleEntry, Condition, ConditionEvidence, MedicationStatement, Observation,
    ObservationComponent, ObservationValue, Prediction, RiskAssessment, ServiceRequest,
};
pub use status::{
    BundleType, MedicationStatementStatus, ObservationStatus, RequestIntent, RequestPriority,
    RequestStatus,
};
pub use types::{Code, DateTime, Decimal, Id, Text, Uri};

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
            value: crate::error::echo(&value.into()),
            problem: problem.into(),
        }
    }

    /// The same error, said of another field (the value is already cut; it is not
    /// cut again).
    pub(crate) fn for_field(mut self, field: impl Into<Cow<'static, str>>) -> Self {
        self.field = field.into();
        self
    }

    /// What was being checked: a field or a FHIR type such as `"FHIR id"`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The offending value, as text: its first 100 characters, then (when longer) the
    /// marker `…[N more bytes]`.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// What is wrong with it.
    pub fn problem(&self) -> &str {
        &self.problem
    }
}
