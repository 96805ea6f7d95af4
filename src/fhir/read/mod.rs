//! Reading FHIR R4 in: a `Bundle`, or a slice of resources, becomes an
//! [`AssessmentInput`], with a report of everything that was read but not used.
//!
//! What is read, and how:
//!
//! | resource | what is used |
//! |---|---|
//! | `Patient` | `birthDate` (a full date) and `gender` |
//! | `Condition` | a code the catalog verifies (ICD-10-CM today; the catalog has no SNOMED CT codes yet), or a text-only `code` equal to a catalog name, which is how our own bundle writes conditions without a verified code; anything else is listed as not recognised |
//! | `MedicationStatement`, `MedicationRequest` | RxNorm codings the catalog knows; else the name (`text`, else a coding's `display`; a `medicationReference` to a contained Medication reads its `code`): a catalog generic name as written by our bundle gives the catalog medicine, any other name is kept as an "other medication" (which the assessment resolves by name); NDC codings are listed in [`FhirInput::packages`] |
//! | `Observation` | cramp episodes, exactly as [`bundle`](super::bundle) writes them |
//! | `QuestionnaireResponse` | answers to the triage [`questionnaire`](super::questionnaire) (the newest response by `authored`) |
//! | `Bundle` | its entries, read as above (a CDS Hooks prefetch gives `searchset` bundles) |
//!
//! Our own `RiskAssessment`, `ServiceRequest` and complaint `Condition` are outputs
//! of an assessment, so they are listed as ignored and worked out again. Resources of
//! other types, resources whose status says they do not apply (entered in error,
//! refuted, resolved, stopped …), and members of a used resource that are not read
//! are listed as ignored too; `resourceType`, `id`, `meta` and the subject reference
//! are taken as bookkeeping and not listed, and so are a Bundle entry's `fullUrl`,
//! `search`, `request` and `response`. The report ([`FhirInput::ignored`]) works at the level of a resource's
//! members: inside a member that is used (such as `code`), a second coding or an
//! extension is not listed on its own. The subject references are not compared: the
//! caller gives the resources of one person.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use crate::assess::AssessmentInput;
use crate::condition::ConditionId;
use crate::diary::Diary;
use crate::episode::CrampEpisode;
use crate::medication::MedicationId;
use crate::profile::{AgeInfo, OtherMedication, Profile, Sex};
use crate::recall::{LotNumber, Ndc};

mod clinical;
mod episode;
mod node;
mod response;

use node::Node;

/// What a FHIR read gives: the assessment input, what was ignored, and the drug
/// packages (NDCs) named.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FhirInput {
    /// The assessment input.
    pub input: AssessmentInput,
    /// Everything read but not used, each with its FHIR path and the reason, in
    /// reading order.
    pub ignored: Vec<Ignored>,
    /// Every NDC coding found on a medication, with its lot where a contained
    /// Medication gives one, for recall lookups.
    pub packages: Vec<PackageSeen>,
}

impl FhirInput {
    /// The Conditions that were not recognised (the [`ignored`](Self::ignored) items
    /// whose reason is [`IgnoredReason::NotRecognised`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::fhir::read_resources;
    ///
    /// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
    /// let gout = serde_json::json!({"resourceType": "Condition",
    ///     "code": {"coding": [{"system": "http://snomed.info/sct", "code": "90560007"}], "text": "Gout"},
    ///     "subject": {"reference": "Patient/p1"}});
    /// let read = read_resources([("Condition".to_owned(), &gout)], as_of)?;
    /// let unrecognised: Vec<_> = read.unrecognised_conditions().collect();
    /// assert_eq!(unrecognised.len(), 1);
    /// assert_eq!(unrecognised[0].what, "Gout (http://snomed.info/sct 90560007)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unrecognised_conditions(&self) -> impl Iterator<Item = &Ignored> {
        self.ignored
            .iter()
            .filter(|i| i.reason == IgnoredReason::NotRecognised)
    }
}

/// A drug package named by a medication resource.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct PackageSeen {
    /// Where the NDC coding was.
    pub path: String,
    /// The NDC.
    pub ndc: Ndc,
    /// The lot, from a contained Medication's `batch.lotNumber`.
    pub lot: Option<LotNumber>,
    /// The medicine's name as written, if any.
    pub name: Option<String>,
}

/// One thing read but not used.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Ignored {
    /// Its FHIR path, such as `Bundle.entry[2].resource` or
    /// `Bundle.entry[0].resource.name`.
    pub path: String,
    /// What it is, in a few words (a resource type, a member name, a condition's text
    /// and codes).
    pub what: String,
    /// Why it was not used.
    pub reason: IgnoredReason,
}

/// Why something read was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IgnoredReason {
    /// A resource type the assessment does not read.
    UnsupportedResource,
    /// An output of an assessment (RiskAssessment, ServiceRequest, the complaint
    /// Condition): it is worked out again.
    AssessmentOutput,
    /// A member of a resource that the assessment does not read.
    UnusedElement,
    /// A Condition whose codes and text the catalog does not verify.
    NotRecognised,
    /// Its status says it does not apply now (entered in error, refuted, resolved,
    /// stopped, cancelled …).
    NotCurrent,
    /// A QuestionnaireResponse to another questionnaire.
    OtherQuestionnaire,
    /// A QuestionnaireResponse older than the one used.
    OlderResponse,
    /// A response item whose `linkId` is not a triage question.
    UnknownQuestion,
    /// A response answer that the Patient resource also gives; the Patient wins.
    GivenByPatient,
    /// A birth date with only a year or a month: the age stays unknown.
    PartialBirthDate,
    /// A medication given only by a reference that is not contained in the resource.
    MedicationReference,
    /// A Bundle entry without a resource.
    NoResource,
}

impl IgnoredReason {
    /// The reason in words.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::fhir::IgnoredReason;
    /// assert_eq!(IgnoredReason::NotRecognised.describe(), "not a condition the catalog recognises");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            IgnoredReason::UnsupportedResource => "a resource type the assessment does not read",
            IgnoredReason::AssessmentOutput => "an assessment output, worked out again",
            IgnoredReason::UnusedElement => "not read by the assessment",
            IgnoredReason::NotRecognised => "not a condition the catalog recognises",
            IgnoredReason::NotCurrent => "its status says it does not apply now",
            IgnoredReason::OtherQuestionnaire => "a response to another questionnaire",
            IgnoredReason::OlderResponse => "an older response than the one used",
            IgnoredReason::UnknownQuestion => "not a triage question",
            IgnoredReason::GivenByPatient => "the Patient resource gives it",
            IgnoredReason::PartialBirthDate => "a partial birth date: the age stays unknown",
            IgnoredReason::MedicationReference => {
                "a medication reference that is not contained: not followed"
            }
            IgnoredReason::NoResource => "a Bundle entry without a resource",
        }
    }
}

/// A FHIR document that cannot be read, with the FHIR path of the problem.
///
/// # Examples
///
/// ```
/// use legcramps::fhir::{read_bundle, ReadErrorKind};
///
/// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
/// let bundle = serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": [
///     {"resource": {"resourceType": "Patient", "birthDate": "28 May 1950"}}]});
/// let err = read_bundle(&bundle, as_of).unwrap_err();
/// assert_eq!(err.path(), "Bundle.entry[0].resource.birthDate");
/// assert!(matches!(err.kind(), ReadErrorKind::Invalid { .. }));
/// assert_eq!(err.to_string(), "cannot read FHIR at Bundle.entry[0].resource.birthDate: \
///     invalid value \"28 May 1950\": expected a date such as 1950-05-28");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("cannot read FHIR at {path}: {kind}")]
pub struct ReadError {
    path: String,
    kind: ReadErrorKind,
}

impl ReadError {
    pub(crate) fn new(path: impl Into<String>, kind: ReadErrorKind) -> Self {
        ReadError {
            path: path.into(),
            kind,
        }
    }

    /// The FHIR path, such as `Bundle.entry[3].resource.birthDate`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was wrong.
    pub fn kind(&self) -> &ReadErrorKind {
        &self.kind
    }
}

/// What was wrong in a FHIR document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// A required member is missing.
    #[error("missing")]
    Missing,
    /// A member has the wrong JSON type.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What was expected.
        expected: &'static str,
        /// What was found.
        found: &'static str,
    },
    /// A value that FHIR or the assessment does not accept.
    #[error("invalid value {value:?}: {problem}")]
    Invalid {
        /// The value, as text (cut to 80 characters).
        value: String,
        /// What is wrong with it.
        problem: String,
    },
    /// Two resources or answers that cannot both hold (two Patients, an age and a
    /// birth date).
    #[error("conflicts with {other}")]
    Conflict {
        /// The path of the other one.
        other: String,
    },
}

/// What the resources have given so far.
#[derive(Debug, Default)]
struct Gathered {
    patient: Option<String>,
    age: Option<(AgeInfo, String)>,
    sex: Option<Sex>,
    /// Catalog medicines, each with the name it was matched by (none for a code).
    medications: Vec<(MedicationId, Option<String>)>,
    other_medications: Vec<OtherMedication>,
    conditions: Vec<ConditionId>,
    episodes: Vec<CrampEpisode>,
    responses: Vec<response::Response>,
    ignored: Vec<Ignored>,
    packages: Vec<PackageSeen>,
}

impl Gathered {
    fn ignore(&mut self, path: impl Into<String>, what: impl Into<String>, reason: IgnoredReason) {
        self.ignored.push(Ignored {
            path: path.into(),
            what: what.into(),
            reason,
        });
    }

    /// Lists the members of `node` not in `used` (nor bookkeeping) as unused.
    fn unused_members(&mut self, node: &Node<'_>, used: &[&str]) -> Result<(), ReadError> {
        for key in node.object()?.keys() {
            let bookkeeping = matches!(
                key.as_str(),
                "resourceType" | "id" | "meta" | "subject" | "patient"
            );
            if !bookkeeping && !used.contains(&key.as_str()) {
                self.ignore(
                    format!("{}.{key}", node.path),
                    key.clone(),
                    IgnoredReason::UnusedElement,
                );
            }
        }
        Ok(())
    }
}

/// Reads a FHIR R4 `Bundle` (of any type) into an assessment input at `as_of`.
///
/// Paths in errors and in the report start with `Bundle`.
///
/// # Errors
///
/// A [`ReadError`] naming the FHIR path: a value of the wrong type or that FHIR or
/// the assessment does not accept, a cramp Observation not in our shape, two
/// Patients, an answer both as an age and as a birth date, an episode that starts
/// after `as_of` or a birth date after it.
///
/// # Examples
///
/// ```
/// use legcramps::assess::Urgency;
/// use legcramps::Sex;
/// use legcramps::fhir::{read_bundle, Questionnaire};
///
/// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
/// let bundle = serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": [
///     {"resource": {"resourceType": "Patient", "gender": "female", "birthDate": "1950-05-28",
///                   "name": [{"family": "Chalmers"}]}},
///     {"resource": {"resourceType": "QuestionnaireResponse", "status": "completed",
///                   "questionnaire": Questionnaire::URL, "item": [
///         {"linkId": "profile.symptoms.numbness", "answer": [{"valueString": "yes"}]}]}}]});
/// let read = read_bundle(&bundle, as_of)?;
/// assert_eq!(read.input.profile().sex, Sex::Female);
/// assert_eq!(read.input.assess()?.referral.urgency, Urgency::Soon);
/// // The name is not used, and the report says so.
/// assert_eq!(read.ignored[0].path, "Bundle.entry[0].resource.name");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_bundle(bundle: &Value, as_of: DateTime<FixedOffset>) -> Result<FhirInput, ReadError> {
    let node = Node::new(bundle, "Bundle");
    let kind = node.req("resourceType")?;
    if kind.str()? != "Bundle" {
        return Err(kind.invalid("expected \"Bundle\""));
    }
    read_nodes(vec![node], as_of)
}

/// Reads FHIR R4 resources, each with the path to start its FHIR paths from (such as
/// `prefetch.conditions` for a CDS Hooks prefetch), into an assessment input at
/// `as_of`. A `Bundle` among them has its entries read.
///
/// # Errors
///
/// As [`read_bundle`].
///
/// # Examples
///
/// ```
/// use legcramps::MedicationId;
/// use legcramps::fhir::read_resources;
///
/// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
/// let statement = serde_json::json!({"resourceType": "MedicationStatement", "status": "active",
///     "medicationCodeableConcept": {"coding": [
///         {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "5487"}]},
///     "subject": {"reference": "Patient/p1"}});
/// let read = read_resources([("prefetch.medications".to_owned(), &statement)], as_of)?;
/// assert_eq!(read.input.profile().medications, [MedicationId::Hydrochlorothiazide]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_resources<'a>(
    resources: impl IntoIterator<Item = (String, &'a Value)>,
    as_of: DateTime<FixedOffset>,
) -> Result<FhirInput, ReadError> {
    read_nodes(
        resources
            .into_iter()
            .map(|(path, value)| Node::new(value, path))
            .collect(),
        as_of,
    )
}

fn read_nodes(nodes: Vec<Node<'_>>, as_of: DateTime<FixedOffset>) -> Result<FhirInput, ReadError> {
    let mut got = Gathered::default();
    // A stack, not recursion: bundles inside bundles cannot overflow it.
    let mut stack: Vec<Node<'_>> = nodes.into_iter().rev().collect();
    while let Some(node) = stack.pop() {
        let kind = node.req("resourceType")?;
        match kind.str()? {
            "Bundle" => {
                let entries = node.list("entry")?;
                got.unused_members(&node, &["type", "entry", "total", "link", "timestamp"])?;
                for entry in entries.into_iter().rev() {
                    match entry.get("resource")? {
                        Some(resource) => stack.push(resource),
                        None => got.ignore(entry.path.clone(), "entry", IgnoredReason::NoResource),
                    }
                }
            }
            "Patient" => read_patient(&node, &mut got)?,
            "Condition" => clinical::condition(&node, &mut got)?,
            "MedicationStatement" | "MedicationRequest" => clinical::medication(&node, &mut got)?,
            "Observation" => episode::observation(&node, as_of, &mut got)?,
            "QuestionnaireResponse" => response::collect(&node, &mut got)?,
            "RiskAssessment" | "ServiceRequest" => {
                got.ignore(
                    node.path.clone(),
                    kind.str()?,
                    IgnoredReason::AssessmentOutput,
                );
            }
            other => got.ignore(node.path.clone(), other, IgnoredReason::UnsupportedResource),
        }
    }
    finish(got, as_of)
}

fn read_patient(node: &Node<'_>, got: &mut Gathered) -> Result<(), ReadError> {
    if let Some(first) = &got.patient {
        return Err(node.error(ReadErrorKind::Conflict {
            other: first.clone(),
        }));
    }
    got.patient = Some(node.path.clone());
    if let Some(gender) = node.get("gender")? {
        got.sex = Some(match gender.str()? {
            "female" => Sex::Female,
            "male" => Sex::Male,
            "other" => Sex::Other,
            "unknown" => Sex::Unknown,
            _ => return Err(gender.invalid("expected one of male, female, other, unknown")),
        });
    }
    if let Some(born) = node.get("birthDate")? {
        let text = born.str()?;
        let partial = text.len() <= 7
            && text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && matches!(text.len(), 4 | 7);
        if partial {
            got.ignore(born.path.clone(), text, IgnoredReason::PartialBirthDate);
        } else {
            let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .filter(|_| text.len() == 10)
                .ok_or_else(|| born.invalid("expected a date such as 1950-05-28"))?;
            got.age = Some((AgeInfo::BirthDate(date), born.path.clone()));
        }
    }
    got.unused_members(node, &["gender", "birthDate"])
}

fn finish(mut got: Gathered, as_of: DateTime<FixedOffset>) -> Result<FhirInput, ReadError> {
    let answers = response::newest(&mut got)?;
    let mut profile = match &answers {
        Some(r) => r.profile(&mut got)?,
        None => Profile::default(),
    };
    if let Some((age, path)) = got.age.take() {
        if let Some(r) = &answers {
            r.overridden(&mut got, "profile.age");
        }
        if let AgeInfo::BirthDate(born) = age {
            if born > as_of.date_naive() {
                return Err(ReadError::new(
                    path,
                    ReadErrorKind::Invalid {
                        value: born.to_string(),
                        problem: format!("is after the as-of date {}", as_of.date_naive()),
                    },
                ));
            }
        }
        profile.age = age;
    }
    if let Some(sex) = got.sex {
        if let Some(r) = &answers {
            r.overridden(&mut got, "profile.sex");
        }
        profile.sex = sex;
    }
    for (m, by_name) in got.medications.drain(..) {
        // A name the response lists as an other medication is that entry, not a
        // second, catalog one.
        let listed = by_name.is_some_and(|n| {
            profile
                .other_medications
                .iter()
                .any(|o| o.name.as_str() == n)
        });
        if !listed && !profile.medications.contains(&m) {
            profile.medications.push(m);
        }
    }
    // A name the response also lists is the same medicine, not a second one.
    for medicine in got.other_medications.drain(..) {
        let listed = profile
            .other_medications
            .iter_mut()
            .find(|m| m.name == medicine.name);
        match listed {
            // The response gives the name only; the resource may add the package.
            Some(m) if m.ndc.is_none() && m.lot.is_none() => *m = medicine,
            Some(_) => {}
            None => profile.other_medications.push(medicine),
        }
    }
    for c in got.conditions.drain(..) {
        if !profile.conditions.contains(&c) {
            profile.conditions.push(c);
        }
    }
    let diary = Diary::from_episodes(std::mem::take(&mut got.episodes));
    let input = AssessmentInput::new(as_of, profile, diary).map_err(|e| {
        ReadError::new(
            "(assessment input)",
            ReadErrorKind::Invalid {
                value: e.field().to_owned(),
                problem: e.to_string(),
            },
        )
    })?;
    Ok(FhirInput {
        input,
        ignored: got.ignored,
        packages: got.packages,
    })
}
