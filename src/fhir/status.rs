//! The FHIR R4 value sets (required bindings) the resources use, as enums that
//! serialize to FHIR's own codes.

use serde::{Deserialize, Serialize};

/// Status of an observation or a risk assessment (FHIR `ObservationStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum ObservationStatus {
    /// `registered`: exists, no result yet.
    Registered,
    /// `preliminary`: early result, may change.
    Preliminary,
    /// `final`: complete and verified by whoever is responsible.
    Final,
    /// `amended`: changed after being final.
    Amended,
    /// `corrected`: amended to fix an error.
    Corrected,
    /// `cancelled`: will not be completed.
    Cancelled,
    /// `entered-in-error`: should never have existed.
    EnteredInError,
    /// `unknown`: status not known.
    Unknown,
}

/// Status of a medication statement (FHIR `MedicationStatementStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum MedicationStatementStatus {
    /// `active`: being taken.
    Active,
    /// `completed`: course finished.
    Completed,
    /// `entered-in-error`.
    EnteredInError,
    /// `intended`: will be taken.
    Intended,
    /// `stopped`: stopped before completion.
    Stopped,
    /// `on-hold`: paused.
    OnHold,
    /// `unknown`.
    Unknown,
    /// `not-taken`: reported as not taken.
    NotTaken,
}

/// Status of a request (FHIR `RequestStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum RequestStatus {
    /// `draft`: created but not yet ready to act on.
    Draft,
    /// `active`: in force.
    Active,
    /// `on-hold`: suspended.
    OnHold,
    /// `revoked`: withdrawn.
    Revoked,
    /// `completed`: done.
    Completed,
    /// `entered-in-error`.
    EnteredInError,
    /// `unknown`.
    Unknown,
}

/// What kind of request a service request is (FHIR `RequestIntent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum RequestIntent {
    /// `proposal`: a suggestion without authority, as from decision support.
    Proposal,
    /// `plan`.
    Plan,
    /// `directive`.
    Directive,
    /// `order`.
    Order,
    /// `original-order`.
    OriginalOrder,
    /// `reflex-order`.
    ReflexOrder,
    /// `filler-order`.
    FillerOrder,
    /// `instance-order`.
    InstanceOrder,
    /// `option`.
    Option,
}

/// How quickly a request should be acted on (FHIR `RequestPriority`), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum RequestPriority {
    /// `routine`: normal priority.
    Routine,
    /// `urgent`: promptly, above routine.
    Urgent,
    /// `asap`: as soon as possible, above urgent.
    Asap,
    /// `stat`: immediately, the highest priority (emergencies).
    Stat,
}

/// The purpose of a bundle (FHIR `BundleType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum BundleType {
    /// `document`.
    Document,
    /// `message`.
    Message,
    /// `transaction`.
    Transaction,
    /// `transaction-response`.
    TransactionResponse,
    /// `batch`.
    Batch,
    /// `batch-response`.
    BatchResponse,
    /// `history`.
    History,
    /// `searchset`.
    Searchset,
    /// `collection`: a set of resources with no further meaning, as this crate emits.
    Collection,
}
