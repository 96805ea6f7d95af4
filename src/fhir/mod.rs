//! FHIR R4 (4.0.1) resources and CDS Hooks cards, from our own small serde types.
//!
//! Enabled by the cargo feature `fhir`. Health platforms speak FHIR; this module lets
//! them store and show the crate's output without writing a mapping of their own. No
//! FHIR model crate is used: the existing ones are 100–850 thousand generated lines,
//! lack R4, or change `serde_json`'s features for the whole build.
//!
//! The module is small on purpose: a few entry points and the types they return,
//! which serialize to FHIR or CDS Hooks JSON. The resource structs, data types and
//! code constants behind them are internal; what they write is described here and
//! checked against the official R4 JSON schema by the conformance tests.
//!
//! | what | entry point | returns |
//! |---|---|---|
//! | an assessment as FHIR | [`bundle`] | [`Bundle`] |
//! | the triage questions | [`questionnaire`] | [`Questionnaire`] |
//! | a profile's answers | [`QuestionnaireResponse::new`] | [`QuestionnaireResponse`] |
//! | FHIR read back into an assessment input | [`read_bundle`], [`read_resources`] | [`FhirInput`] or [`ReadError`] |
//! | CDS Hooks cards | [`referral_card`], [`recall_card`], [`Card::new`] | [`Card`] |
//!
//! Values that FHIR cannot carry (an id with a space, a summary of 140 characters)
//! are reported as a [`ValidationError`] naming the field,
//! the value and the problem.
//!
//! # Quick start
//!
//! [`bundle`] turns an assessed input (the profile, the diary and their assessment)
//! into one `collection` [`Bundle`]. The caller supplies every identity
//! ([`Identities`]): the subject reference, an id per resource (a closure over
//! [`Slot`]) and how full URLs are formed. The library invents no identifier and
//! reads no clock; the time stamps are the assessment's `as_of`.
//!
//! ```
//! use legcramps::assess::AssessmentInput;
//! use legcramps::{Answer, CrampEpisode, Diary, Profile};
//! use legcramps::fhir::{self, Identities, Indicator, Slot};
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
//! let mut who = Identities::server("https://fhir.example.org/r4", "Patient/123",
//!     |slot: Slot| format!("nlc-7-{}", slot.label()))?;
//! let bundle = fhir::bundle(&assessed, &mut who)?;
//! let json = serde_json::to_string_pretty(&bundle)?;
//! assert!(json.contains(r#""priority": "urgent""#)); // numbness: see a doctor soon
//!
//! // A CDS Hooks card for the same referral.
//! let card = fhir::referral_card(&assessment.referral)?.expect("soon gets a card");
//! assert_eq!(card.indicator(), Indicator::Warning);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Mappings
//!
//! | from | to |
//! |---|---|
//! | cramp episode | Observation |
//! | the complaint (diary not empty) | Condition |
//! | profile condition | Condition |
//! | profile medicine (catalog / free text) | MedicationStatement |
//! | score (total = burden + risk) | RiskAssessment, the burden and risk subtotals and their contributions in `prediction.rationale` |
//! | referral (not `self_care`) | ServiceRequest |
//! | referral `soon` / `urgent` | CDS Hooks card ([`referral_card`]) |
//! | recall match | CDS Hooks card ([`recall_card`]) |
//! | all of the above | Bundle (`collection`, [`bundle`]) |
//!
//! Decisions:
//!
//! - **Codes** come only from the clinical fact base or the FHIR specification, or
//!   from catalog rows that carry verified codes. Episodes: SNOMED CT 449918009
//!   "Cramp in lower leg" for the calf, 424647005 "Cramp in limb" for the foot or
//!   thigh, 55300003 "Cramp" for another muscle (system `http://snomed.info/sct`);
//!   pain as LOINC 72514-3 (`http://loinc.org`) with `valueInteger`. Complaint:
//!   ICD-10-CM G47.62 when a cramp happened in bed at night, else R25.2. Medicines:
//!   RxNorm ingredient codes (`http://www.nlm.nih.gov/research/umls/rxnorm`) where
//!   the catalog has one.
//! - **Text only** where no code is verified: the body site and side ("Left calf"),
//!   the "woke" and "in bed at night" components, conditions without an ICD-10-CM
//!   code on their catalog row, medicines without an RxNorm code (such as
//!   orphenadrine) and every free-text medicine, the referral's reasons and what is
//!   requested, the RiskAssessment's method and outcome.
//! - **Verification**: every Condition is `unconfirmed` (system
//!   `http://terminology.hl7.org/CodeSystem/condition-ver-status`) and `active`: the
//!   person reported it and the crate does not diagnose.
//! - **Score**: band `low`/`moderate`/`high` becomes the `qualitativeRisk` code of
//!   the same name in `http://terminology.hl7.org/CodeSystem/risk-probability`; no
//!   `probabilityDecimal`, since a points total is not a probability. `method` is the
//!   text `legcramps burden score (legcramps <version>)`.
//! - **Referral priority**: `routine` → `routine`, `soon` → `urgent`, `urgent` →
//!   `asap`; `self_care` gets no ServiceRequest. The request is a `draft`
//!   `proposal`.
//! - **Cards**: a recall's FDA class I → `critical`, II → `warning`, III → `info`,
//!   unknown → `warning`; a `soon` referral → `warning`, an `urgent` one →
//!   `critical`. Summaries have fewer than 140 characters.
//! - **Notes**: every RiskAssessment, ServiceRequest and card carries the
//!   decision-support note: "Decision support from the legcramps library, not a
//!   diagnosis: discuss it with a clinician. A red flag always raises the referral
//!   level, whatever the score."
//!
//! The FHIR code values (such as `entered-in-error`) follow FHIR's spelling, not the
//! crate's snake_case habit, because that is what the standard requires.
//!
//! Only what the crate emits is modelled. Unknown members are rejected when a
//! [`Bundle`] is read back, so a document this module accepts is never silently
//! shortened; the `resourceType` of every resource is checked.
//!
//! ```
//! use legcramps::fhir::Bundle;
//!
//! let json = r#"{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:2f0a8c2e-6d3b-4a61-9f52-1c3e5b7d9a10","resource":{"resourceType":"Condition","subject":{"reference":"Patient/p1"}}}]}"#;
//! let bundle: Bundle = serde_json::from_str(json)?;
//! assert_eq!(bundle.len(), 1);
//! assert_eq!(serde_json::to_string(&bundle)?, json);
//!
//! // The tags are checked, and unknown members are refused.
//! assert!(serde_json::from_str::<Bundle>(&json.replace("\"Condition\"", "\"Patient\"")).is_err());
//! assert!(serde_json::from_str::<Bundle>(&json.replace("\"subject\"", "\"subjekt\"")).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;

use crate::ValidationError;

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

pub use assessment::referral_card;
pub use bundle::{Identities, Slot, bundle};
pub use cds::{Card, Indicator};
pub(crate) use questionnaire::QUESTIONNAIRE_URL;
pub use questionnaire::{Questionnaire, QuestionnaireResponse, questionnaire};
pub use read::{
    FhirInput, Ignored, IgnoredReason, PackageSeen, ReadError, ReadErrorKind, read_bundle,
    read_resources,
};
pub use recall_card::recall_card;
pub use resources::Bundle;

pub(crate) use assessment::{
    DECISION_SUPPORT_NOTE, referral_request, request_priority, risk_assessment,
};
pub(crate) use cds::{CardLink, CardSource, LinkType, Summary};
pub(crate) use codes::{
    CLINICAL_ACTIVE, CRAMP, CRAMP_IN_LIMB, CRAMP_IN_LOWER_LEG, CodeInfo, PAIN_SEVERITY_0_10,
    RISK_HIGH, RISK_LOW, RISK_MODERATE, RXNORM_SYSTEM, VERIFICATION_UNCONFIRMED,
};
pub(crate) use datatype::{Annotation, CodeableConcept, Coding, Period, Quantity, Reference};
pub(crate) use map::{
    complaint_condition, episode_observation, medication_statement, other_medication_statement,
    reported_condition,
};
pub(crate) use resource::{Resource, ResourceType};
pub(crate) use resources::{
    BundleEntry, Condition, ConditionEvidence, MedicationStatement, Observation,
    ObservationComponent, ObservationValue, Prediction, RiskAssessment, ServiceRequest,
};
pub(crate) use status::{
    BundleType, MedicationStatementStatus, ObservationStatus, RequestIntent, RequestPriority,
    RequestStatus,
};
pub(crate) use types::{Code, DateTime, Decimal, Id, Text, Uri};

/// A value that FHIR or CDS Hooks cannot carry, for `field` (a field path such as
/// `referral.advice`, or a FHIR type such as `FHIR id`, which then also names it in
/// the message: `invalid FHIR id "a b": must be ...`).
pub(crate) fn invalid(
    field: impl Into<Cow<'static, str>>,
    value: impl AsRef<str>,
    problem: impl Into<String>,
) -> ValidationError {
    let field = field.into();
    ValidationError::invalid_text(field.clone(), field, value.as_ref(), problem)
}
