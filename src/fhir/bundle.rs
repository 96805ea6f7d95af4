//! The whole picture as one FHIR [`Bundle`] of type `collection`, with identities the
//! caller supplies: the subject reference, an id for each resource and how full
//! URLs are formed.

use std::collections::HashSet;

use crate::assess::Assessed;
use crate::condition::ConditionId;
use crate::medication::MedicationId;

use super::{
    Bundle, BundleEntry, BundleType, Id, Reference, Resource, ResourceType, Uri, ValidationError,
    complaint_condition, episode_observation, medication_statement, other_medication_statement,
    referral_request, reported_condition, risk_assessment,
};

/// What a resource in the bundle stands for, so that the caller's id maker can name
/// it.
///
/// # Examples
///
/// ```
/// use legcramps::MedicationId;
/// use legcramps::fhir::Slot;
///
/// assert_eq!(Slot::Episode(2).label(), "episode-2");
/// assert_eq!(Slot::Medication(MedicationId::Hydrochlorothiazide).label(),
///            "medication-hydrochlorothiazide");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Slot {
    /// The diary's episode at this index (in the diary's order, from 0): an
    /// Observation.
    Episode(usize),
    /// The complaint, night-time leg cramps: a Condition.
    Complaint,
    /// A condition from the profile: a Condition.
    Condition(ConditionId),
    /// A catalog medicine from the profile: a MedicationStatement.
    Medication(MedicationId),
    /// The profile's free-text medicine at this index: a MedicationStatement.
    OtherMedication(usize),
    /// The score: a RiskAssessment.
    RiskAssessment,
    /// The referral: a ServiceRequest.
    Referral,
}

impl Slot {
    /// The type of resource made for this slot.
    pub(crate) fn resource_type(self) -> ResourceType {
        match self {
            Slot::Episode(_) => ResourceType::Observation,
            Slot::Complaint | Slot::Condition(_) => ResourceType::Condition,
            Slot::Medication(_) | Slot::OtherMedication(_) => ResourceType::MedicationStatement,
            Slot::RiskAssessment => ResourceType::RiskAssessment,
            Slot::Referral => ResourceType::ServiceRequest,
        }
    }

    /// A short, stable description of the slot that fits in a FHIR id (letters,
    /// digits and `-`), such as `episode-0`, `complaint`,
    /// `condition-peripheral-artery-disease`, `medication-quinine`,
    /// `other-medication-1`, `risk-assessment` or `referral`.
    ///
    /// It is unique within one bundle but not across bundles: to make ids, combine it
    /// with something of your own, such as the assessment's id.
    pub fn label(self) -> String {
        match self {
            Slot::Episode(i) => format!("episode-{i}"),
            Slot::Complaint => "complaint".to_owned(),
            Slot::Condition(c) => format!("condition-{}", kebab(&format!("{c:?}"))),
            Slot::Medication(m) => format!("medication-{}", kebab(&format!("{m:?}"))),
            Slot::OtherMedication(i) => format!("other-medication-{i}"),
            Slot::RiskAssessment => "risk-assessment".to_owned(),
            Slot::Referral => "referral".to_owned(),
        }
    }
}

/// `PeripheralArteryDisease` -> `peripheral-artery-disease`.
fn kebab(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Scheme {
    Server(String),
    UrnUuid,
}

/// How a bundle's `fullUrl`s and the references between its resources are formed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Addressing(Scheme);

impl Addressing {
    /// Resources as they would live on a FHIR server at `base`: each `fullUrl` is
    /// `<base>/<Type>/<id>` and references are relative, `<Type>/<id>`.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `base URL` unless `base` is an absolute URI (a
    /// scheme such as `https:` and no whitespace).
    pub(crate) fn server(base: &str) -> Result<Self, ValidationError> {
        let trimmed = base.trim_end_matches('/');
        let scheme_ok = trimmed.split_once(':').is_some_and(|(scheme, rest)| {
            !rest.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
        if !scheme_ok || Uri::new(trimmed.to_owned()).is_err() {
            return Err(crate::fhir::invalid(
                "base URL",
                base,
                "must be an absolute URI such as https://fhir.example.org/r4",
            ));
        }
        Ok(Self(Scheme::Server(trimmed.to_owned())))
    }

    /// Resources identified by UUIDs: the ids must be lower-case UUIDs, and both
    /// `fullUrl` and references are `urn:uuid:<id>`.
    pub(crate) fn urn_uuid() -> Self {
        Self(Scheme::UrnUuid)
    }

    /// The `fullUrl` for a resource.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when addressing by UUID and `id` is not a UUID.
    pub(crate) fn full_url(
        &self,
        resource_type: ResourceType,
        id: &Id,
    ) -> Result<Uri, ValidationError> {
        match &self.0 {
            Scheme::Server(base) => Uri::new(format!("{base}/{resource_type}/{id}")),
            Scheme::UrnUuid => Ok(Reference::urn_uuid(id)?.reference),
        }
    }

    /// The reference other resources in the bundle use for a resource.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when addressing by UUID and `id` is not a UUID.
    pub(crate) fn reference(
        &self,
        resource_type: ResourceType,
        id: &Id,
    ) -> Result<Reference, ValidationError> {
        match &self.0 {
            Scheme::Server(_) => Ok(Reference::to(resource_type.as_str(), id)),
            Scheme::UrnUuid => Reference::urn_uuid(id),
        }
    }
}

/// The identities a bundle needs, all from the caller: the library invents none.
///
/// - the subject: a reference to whom the resources are about, such as
///   `Patient/123` or `urn:uuid:…`;
/// - the addressing: resources on a FHIR server ([`Identities::server`]: `fullUrl`s
///   `<base>/<Type>/<id>`, references `<Type>/<id>`) or identified by UUIDs
///   ([`Identities::urn_uuid`]: both `urn:uuid:<id>`);
/// - an id per resource: `ids` is called with each resource's [`Slot`] and returns
///   its id, which must be a FHIR id (1 to 64 letters, digits, `-` or `.`).
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Identities, Slot};
///
/// let server = Identities::server("https://fhir.example.org/r4/", "Patient/123",
///     |slot: Slot| format!("a1-{}", slot.label()))?;
/// let uuids = Identities::urn_uuid("urn:uuid:2f0a8c2e-6d3b-4a61-9f52-1c3e5b7d9a10",
///     |_slot: Slot| String::from("not-a-uuid"))?; // refused by `bundle`, per id
///
/// let err = Identities::server("fhir.example.org", "Patient/123", |s: Slot| s.label())
///     .unwrap_err();
/// assert_eq!(err.field(), "base URL");
/// assert!(Identities::server("https://x.org", "Patient/1 2", |s: Slot| s.label()).is_err());
/// # let _ = (server, uuids);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Identities<F> {
    subject: Reference,
    addressing: Addressing,
    ids: F,
}

impl<F: FnMut(Slot) -> String> Identities<F> {
    /// Resources as they would live on a FHIR server at `base`: each `fullUrl` is
    /// `<base>/<Type>/<id>` and references are relative, `<Type>/<id>`. `subject` is
    /// the reference to the person, such as `Patient/123`.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `base URL` unless `base` is an absolute URI (a
    /// scheme such as `https:` and no whitespace), or for field `subject` when it is
    /// empty or has whitespace or control characters.
    pub fn server(base: &str, subject: &str, ids: F) -> Result<Self, ValidationError> {
        Ok(Self {
            subject: subject_reference(subject)?,
            addressing: Addressing::server(base)?,
            ids,
        })
    }

    /// Resources identified by UUIDs: every id `ids` gives must be a lower-case UUID,
    /// and both `fullUrl` and references are `urn:uuid:<id>`. `subject` is the
    /// reference to the person, such as `urn:uuid:…` or `Patient/123`.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `subject` when it is empty or has whitespace
    /// or control characters.
    pub fn urn_uuid(subject: &str, ids: F) -> Result<Self, ValidationError> {
        Ok(Self {
            subject: subject_reference(subject)?,
            addressing: Addressing::urn_uuid(),
            ids,
        })
    }
}

/// Shows the subject and the addressing; the id maker (usually a closure) is `..`.
impl<F> std::fmt::Debug for Identities<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identities")
            .field("subject", &self.subject.reference.as_str())
            .field("addressing", &self.addressing)
            .finish_non_exhaustive()
    }
}

fn subject_reference(subject: &str) -> Result<Reference, ValidationError> {
    Ok(Reference {
        reference: Uri::named("subject", subject.to_owned())?,
        display: None,
    })
}

struct Entries<'a, F> {
    who: &'a mut Identities<F>,
    entries: Vec<BundleEntry>,
    seen: HashSet<String>,
}

impl<F: FnMut(Slot) -> String> Entries<'_, F> {
    /// Asks for the slot's id, builds the resource with it, and adds the entry.
    fn add<R: Into<Resource>>(
        &mut self,
        slot: Slot,
        build: impl FnOnce(&Reference, Id) -> Result<R, ValidationError>,
    ) -> Result<Reference, ValidationError> {
        let kind = slot.resource_type();
        let id = Id::new((self.who.ids)(slot))?;
        let full_url = self.who.addressing.full_url(kind, &id)?;
        if !self.seen.insert(full_url.as_str().to_owned()) {
            return Err(crate::fhir::invalid(
                "resource id",
                id.as_str(),
                format!("was given twice (the second time for {})", slot.label()),
            ));
        }
        let reference = self.who.addressing.reference(kind, &id)?;
        let resource = build(&self.who.subject, id)?.into();
        self.entries.push(BundleEntry { full_url, resource });
        Ok(reference)
    }
}

/// Everything about one assessment as a FHIR `collection` [`Bundle`], in this order:
///
/// 1. an Observation per diary episode (the cramp code, the pain as LOINC 72514-3,
///    the period, the body site as text, what eased it);
/// 2. the complaint Condition when the diary has episodes (G47.62 or R25.2, with the
///    Observations as evidence);
/// 3. a Condition per profile condition;
/// 4. a MedicationStatement per catalog medicine, then per free-text medicine;
/// 5. the RiskAssessment, whose basis is every resource above;
/// 6. a ServiceRequest unless the urgency is `self_care`, with the RiskAssessment as
///    its reason.
///
/// `assessed` holds the profile, the diary and the assessment made from them
/// ([`AssessmentInput::assessed`](crate::assess::AssessmentInput::assessed)); the time stamps
/// come from the assessment's `as_of`, never from a clock. A condition or medicine listed
/// twice in the profile gets one resource. The bundle itself has no id; see
/// [`Bundle::with_id`].
///
/// # Errors
///
/// A [`ValidationError`] when an id from the id maker is not a FHIR id, is given
/// twice, or is not a UUID under [`Identities::urn_uuid`]; when a free-text medicine
/// is not valid FHIR text; or when a time cannot be written as a FHIR dateTime.
///
/// # Examples
///
/// ```
/// use legcramps::assess::AssessmentInput;
/// use legcramps::{CrampEpisode, Diary, Profile};
/// use legcramps::fhir::{self, Identities, Slot};
///
/// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
/// let start = chrono::DateTime::parse_from_rfc3339("2026-11-28T03:12:00+01:00")?;
/// let diary = Diary::from_episodes([CrampEpisode::builder(start)
///     .duration_secs(90).muscle("calf").side("right").pain(6).in_bed_at_night(true)
///     .build()?]);
/// let profile = Profile::default();
/// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
///
/// let mut who = Identities::server("https://fhir.example.org/r4", "Patient/p1",
///     |slot: Slot| format!("a1-{}", slot.label()))?;
/// let bundle = fhir::bundle(&assessed, &mut who)?;
/// let urls: Vec<&str> = bundle.full_urls().collect();
/// assert_eq!(urls, [
///     "https://fhir.example.org/r4/Observation/a1-episode-0",
///     "https://fhir.example.org/r4/Condition/a1-complaint",
///     "https://fhir.example.org/r4/RiskAssessment/a1-risk-assessment",
/// ]);
/// let json = serde_json::to_value(&bundle)?;
/// assert_eq!(json["entry"][0]["resource"]["subject"]["reference"], "Patient/p1");
///
/// // An id that is not a FHIR id is refused.
/// let mut bad = Identities::server("https://fhir.example.org/r4", "Patient/p1",
///     |slot: Slot| format!("a1 {}", slot.label()))?;
/// assert_eq!(fhir::bundle(&assessed, &mut bad).unwrap_err().field(), "FHIR id");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bundle<F: FnMut(Slot) -> String>(
    assessed: &Assessed,
    identities: &mut Identities<F>,
) -> Result<Bundle, ValidationError> {
    let (profile, diary, assessment) =
        (assessed.profile(), assessed.diary(), assessed.assessment());
    let as_of = assessment.as_of;
    let mut out = Entries {
        who: identities,
        entries: Vec::new(),
        seen: HashSet::new(),
    };
    let mut observations = Vec::with_capacity(diary.len());
    for (i, episode) in diary.iter().enumerate() {
        observations.push(out.add(Slot::Episode(i), |subject, id| {
            episode_observation(episode, subject, Some(id))
        })?);
    }
    let mut basis = observations.clone();
    if !diary.is_empty() {
        basis.push(out.add(Slot::Complaint, |subject, id| {
            complaint_condition(diary, as_of, subject, Some(id), observations).ok_or_else(|| {
                crate::fhir::invalid(
                    "diary",
                    "(empty)",
                    "has no episode to support the complaint",
                )
            })
        })?);
    }
    let mut conditions: Vec<ConditionId> = Vec::new();
    for &c in &profile.conditions {
        if !conditions.contains(&c) {
            conditions.push(c);
            basis.push(out.add(Slot::Condition(c), |subject, id| {
                Ok(reported_condition(c, subject, Some(id)))
            })?);
        }
    }
    let mut medications: Vec<MedicationId> = Vec::new();
    for &m in &profile.medications {
        if !medications.contains(&m) {
            medications.push(m);
            basis.push(out.add(Slot::Medication(m), |subject, id| {
                Ok(medication_statement(m, subject, Some(id)))
            })?);
        }
    }
    for (i, name) in profile.other_medications.iter().enumerate() {
        basis.push(out.add(Slot::OtherMedication(i), |subject, id| {
            other_medication_statement(name.name.as_str(), subject, Some(id))
        })?);
    }
    let risk = out.add(Slot::RiskAssessment, |subject, id| {
        risk_assessment(assessment, subject, Some(id), basis)
    })?;
    if super::request_priority(assessment.referral.urgency).is_some() {
        out.add(Slot::Referral, |subject, id| {
            referral_request(&assessment.referral, as_of, subject, Some(id), Some(risk))?
                .ok_or_else(|| crate::fhir::invalid("referral", "self_care", "needs no request"))
        })?;
    }
    Ok(Bundle {
        id: None,
        kind: BundleType::Collection,
        entry: out.entries,
    })
}

impl Bundle {
    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entry.len()
    }

    /// Whether the bundle has no entry.
    pub fn is_empty(&self) -> bool {
        self.entry.is_empty()
    }

    /// The entries' `fullUrl`s, in order.
    pub fn full_urls(&self) -> impl Iterator<Item = &str> {
        self.entry.iter().map(|e| e.full_url.as_str())
    }

    /// The bundle's `id`, if it has one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_ref().map(Id::as_str)
    }

    /// The same bundle with the `id` you choose ([`bundle`] gives it none).
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `FHIR id` unless `id` is 1 to 64 characters,
    /// each a letter, digit, `-` or `.`.
    pub fn with_id(mut self, id: &str) -> Result<Self, ValidationError> {
        self.id = Some(Id::new(id.to_owned())?);
        Ok(self)
    }

    /// Each entry's `resourceType` (such as `Observation`), in order.
    pub fn resource_types(&self) -> impl Iterator<Item = &'static str> {
        self.entry
            .iter()
            .map(|e| e.resource.resource_type().as_str())
    }
}
