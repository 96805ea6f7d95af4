//! The whole picture as one FHIR [`Bundle`] of type `collection`, with identities the
//! caller supplies: the subject reference, an id for each resource and how full
//! URLs are formed.

use std::collections::HashSet;

use crate::assess::Assessed;
use crate::condition::ConditionId;
use crate::medication::MedicationId;

use super::{
    Bundle, BundleEntry, BundleType, FhirError, Id, Reference, Resource, ResourceType, Uri,
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
/// use legcramps::fhir::{ResourceType, Slot};
///
/// assert_eq!(Slot::Episode(2).label(), "episode-2");
/// assert_eq!(Slot::Medication(MedicationId::Hydrochlorothiazide).label(),
///            "medication-hydrochlorothiazide");
/// assert_eq!(Slot::Referral.resource_type(), ResourceType::ServiceRequest);
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
    pub fn resource_type(self) -> ResourceType {
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

/// Makes the id of each resource in a bundle. Closures
/// `FnMut(Slot) -> Result<Id, FhirError>` implement it.
pub trait MakeId {
    /// The id for the resource standing for `slot`.
    ///
    /// # Errors
    ///
    /// Whatever the maker reports; it ends the bundle.
    fn make_id(&mut self, slot: Slot) -> Result<Id, FhirError>;
}

impl<F: FnMut(Slot) -> Result<Id, FhirError>> MakeId for F {
    fn make_id(&mut self, slot: Slot) -> Result<Id, FhirError> {
        self(slot)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Scheme {
    Server(String),
    UrnUuid,
}

/// How a bundle's `fullUrl`s and the references between its resources are formed.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{Addressing, Id, ResourceType};
///
/// let server = Addressing::server("https://fhir.example.org/r4/")?;
/// let id = Id::new("obs-1")?;
/// assert_eq!(server.full_url(ResourceType::Observation, &id)?.as_str(),
///            "https://fhir.example.org/r4/Observation/obs-1");
/// assert_eq!(server.reference(ResourceType::Observation, &id)?.reference.as_str(),
///            "Observation/obs-1");
///
/// let uuid = Id::new("2f0a8c2e-6d3b-4a61-9f52-1c3e5b7d9a10")?;
/// assert_eq!(Addressing::urn_uuid().full_url(ResourceType::Observation, &uuid)?.as_str(),
///            "urn:uuid:2f0a8c2e-6d3b-4a61-9f52-1c3e5b7d9a10");
/// assert!(Addressing::urn_uuid().full_url(ResourceType::Observation, &id).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Addressing(Scheme);

impl Addressing {
    /// Resources as they would live on a FHIR server at `base`: each `fullUrl` is
    /// `<base>/<Type>/<id>` and references are relative, `<Type>/<id>`.
    ///
    /// # Errors
    ///
    /// A [`FhirError`] for field `base URL` unless `base` is an absolute URI (a
    /// scheme such as `https:` and no whitespace).
    pub fn server(base: &str) -> Result<Self, FhirError> {
        let trimmed = base.trim_end_matches('/');
        let scheme_ok = trimmed.split_once(':').is_some_and(|(scheme, rest)| {
            !rest.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
        if !scheme_ok || Uri::new(trimmed.to_owned()).is_err() {
            return Err(FhirError::new(
                "base URL",
                base,
                "must be an absolute URI such as https://fhir.example.org/r4",
            ));
        }
        Ok(Self(Scheme::Server(trimmed.to_owned())))
    }

    /// Resources identified by UUIDs: the ids must be lower-case UUIDs, and both
    /// `fullUrl` and references are `urn:uuid:<id>`.
    pub fn urn_uuid() -> Self {
        Self(Scheme::UrnUuid)
    }

    /// The `fullUrl` for a resource.
    ///
    /// # Errors
    ///
    /// A [`FhirError`] when addressing by UUID and `id` is not a UUID.
    pub fn full_url(&self, resource_type: ResourceType, id: &Id) -> Result<Uri, FhirError> {
        match &self.0 {
            Scheme::Server(base) => Uri::new(format!("{base}/{resource_type}/{id}")),
            Scheme::UrnUuid => Ok(Reference::urn_uuid(id)?.reference),
        }
    }

    /// The reference other resources in the bundle use for a resource.
    ///
    /// # Errors
    ///
    /// A [`FhirError`] when addressing by UUID and `id` is not a UUID.
    pub fn reference(&self, resource_type: ResourceType, id: &Id) -> Result<Reference, FhirError> {
        match &self.0 {
            Scheme::Server(_) => Ok(Reference::to(resource_type.as_str(), id)),
            Scheme::UrnUuid => Reference::urn_uuid(id),
        }
    }
}

/// The identities a bundle needs, all from the caller: the library invents none.
#[derive(Debug, Clone)]
pub struct Identities<M> {
    /// Whom the resources are about, such as `Patient/123`.
    pub subject: Reference,
    /// How full URLs and references are formed.
    pub addressing: Addressing,
    /// Makes each resource's id.
    pub ids: M,
}

struct Entries<'a, M> {
    who: &'a mut Identities<M>,
    entries: Vec<BundleEntry>,
    seen: HashSet<String>,
}

impl<M: MakeId> Entries<'_, M> {
    /// Asks for the slot's id, builds the resource with it, and adds the entry.
    fn add<R: Into<Resource>>(
        &mut self,
        slot: Slot,
        build: impl FnOnce(&Reference, Id) -> Result<R, FhirError>,
    ) -> Result<Reference, FhirError> {
        let kind = slot.resource_type();
        let id = self.who.ids.make_id(slot)?;
        let full_url = self.who.addressing.full_url(kind, &id)?;
        if !self.seen.insert(full_url.as_str().to_owned()) {
            return Err(FhirError::new(
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
/// 1. an Observation per diary episode ([`episode_observation`]);
/// 2. the complaint Condition when the diary has episodes ([`complaint_condition`],
///    with the Observations as evidence);
/// 3. a Condition per profile condition ([`reported_condition`]);
/// 4. a MedicationStatement per catalog medicine, then per free-text medicine
///    ([`medication_statement`], [`other_medication_statement`]);
/// 5. the RiskAssessment ([`risk_assessment`]), whose basis is every resource above;
/// 6. a ServiceRequest unless the urgency is `self_care` ([`referral_request`]),
///    with the RiskAssessment as its reason.
///
/// `assessed` holds the profile, the diary and the assessment made from them
/// ([`AssessmentInput::assessed`](crate::assess::AssessmentInput::assessed)); the time stamps
/// come from the assessment's `as_of`, never from a clock. A condition or medicine listed
/// twice in the profile gets one resource. The bundle itself has no id; set
/// `bundle.id` if you want one.
///
/// # Errors
///
/// A [`FhirError`] when the id maker fails or gives the same id twice, when an id is
/// not a UUID under [`Addressing::urn_uuid`], when a free-text medicine is not valid
/// FHIR text, or when a time cannot be written as a FHIR dateTime.
///
/// # Examples
///
/// ```
/// use legcramps::assess::AssessmentInput;
/// use legcramps::{CrampEpisode, Diary, Profile};
/// use legcramps::fhir::{self, Addressing, Id, Identities, Reference, Slot};
///
/// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
/// let start = chrono::DateTime::parse_from_rfc3339("2026-11-28T03:12:00+01:00")?;
/// let diary = Diary::from_episodes([CrampEpisode::builder(start)
///     .duration_secs(90).muscle("calf").side("right").pain(6).in_bed_at_night(true)
///     .build()?]);
/// let profile = Profile::default();
/// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
///
/// let mut who = Identities {
///     subject: Reference::to("Patient", &Id::new("p1")?),
///     addressing: Addressing::server("https://fhir.example.org/r4")?,
///     ids: |slot: Slot| Id::new(format!("a1-{}", slot.label())),
/// };
/// let bundle = fhir::bundle(&assessed, &mut who)?;
/// let urls: Vec<&str> = bundle.entry.iter().map(|e| e.full_url.as_str()).collect();
/// assert_eq!(urls, [
///     "https://fhir.example.org/r4/Observation/a1-episode-0",
///     "https://fhir.example.org/r4/Condition/a1-complaint",
///     "https://fhir.example.org/r4/RiskAssessment/a1-risk-assessment",
/// ]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bundle<M: MakeId>(
    assessed: &Assessed,
    identities: &mut Identities<M>,
) -> Result<Bundle, FhirError> {
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
                FhirError::new(
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
                .ok_or_else(|| FhirError::new("referral", "self_care", "needs no request"))
        })?;
    }
    Ok(Bundle {
        id: None,
        kind: BundleType::Collection,
        entry: out.entries,
    })
}
