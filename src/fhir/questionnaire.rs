//! The triage [`Questionnaire`]: every question of a [`Profile`], for a platform to
//! render, and the [`QuestionnaireResponse`] that carries a person's answers back.
//!
//! Each item's `linkId` is the JSON field path of the answer in the assessment input
//! (such as `profile.symptoms.numbness`), and each answer is the JSON value that path
//! takes (`"yes"`, `"no"`, `"unknown"`, `"one_side"`, `72`, …), so the response maps
//! onto the input without a table of its own. Yes/no items offer `yes`, `no` and
//! `unknown` as `valueString` options: "not known" stays an answer of its own.

use chrono::NaiveDate;
use serde::Serialize;

use crate::condition::ConditionId;
use crate::medication::MedicationId;
use crate::profile::{AgeInfo, Pregnancy, Profile};

use super::{DateTime, Id, Reference, Text, ValidationError};

/// The canonical URL of the triage Questionnaire ([`Questionnaire::URL`]).
pub(crate) const QUESTIONNAIRE_URL: &str = Questionnaire::URL;

/// The Questionnaire's `version`: the crate's version.
pub(crate) const QUESTIONNAIRE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub(crate) enum QuestionKind {
    /// `yes`, `no` or `unknown`.
    Answer,
    /// One of the listed strings.
    Choice(&'static [&'static str]),
    /// Catalog medicine ids (repeating).
    Medications,
    /// Catalog condition ids (repeating).
    Conditions,
    /// A whole number.
    Integer,
    /// A decimal number.
    Decimal,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// `true` or `false`.
    Boolean,
    /// Free text (repeating).
    Text,
}

/// One question of the triage questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub(crate) struct TriageQuestion {
    /// The JSON field path of the answer, used as the item's `linkId`.
    pub link_id: &'static str,
    /// The question as shown to the person.
    pub text: &'static str,
    /// The kind of answer.
    pub kind: QuestionKind,
}

impl TriageQuestion {
    /// Whether the question takes more than one answer.
    pub fn repeats(&self) -> bool {
        matches!(
            self.kind,
            QuestionKind::Medications | QuestionKind::Conditions | QuestionKind::Text
        )
    }
}

const fn q(link_id: &'static str, text: &'static str, kind: QuestionKind) -> TriageQuestion {
    TriageQuestion {
        link_id,
        text,
        kind,
    }
}

use QuestionKind::{Answer as A, Boolean, Choice, Date, Decimal, Integer, Text as FreeText};

/// Every question of the triage questionnaire, in the order shown. The link ids cover
/// every field of a [`Profile`]'s JSON form (a test walks the form to check it).
pub(crate) static TRIAGE_QUESTIONS: &[TriageQuestion] = &[
    q(
        "profile.age.years",
        "How old are you, in whole years?",
        Integer,
    ),
    q(
        "profile.age.birth_date",
        "What is your date of birth? (instead of the age)",
        Date,
    ),
    q(
        "profile.sex",
        "What is your sex?",
        Choice(&["female", "male", "other", "unknown"]),
    ),
    q(
        "profile.pregnancy",
        "Are you pregnant?",
        Choice(&["not_pregnant", "pregnant", "unknown"]),
    ),
    q(
        "profile.pregnancy.pregnant.trimester",
        "Which trimester (1, 2 or 3)?",
        Integer,
    ),
    q(
        "profile.activity.sitting_hours",
        "About how many hours a day do you sit?",
        Decimal,
    ),
    q(
        "profile.activity.standing_hours",
        "About how many hours a day do you stand?",
        Decimal,
    ),
    q(
        "profile.activity.unusual_exertion",
        "Have you worked your leg muscles unusually hard lately?",
        A,
    ),
    q(
        "profile.activity.sedentary_lifestyle",
        "Do you get little physical activity most days?",
        A,
    ),
    q(
        "profile.stretches_regularly",
        "Do you stretch your legs regularly?",
        A,
    ),
    q(
        "profile.sleeps_with_legs_crossed_or_restricted",
        "Do you sleep or sit with your legs crossed or held in one position?",
        A,
    ),
    q(
        "profile.fluid_intake",
        "How much do you drink in a day?",
        Choice(&["low", "adequate", "unknown"]),
    ),
    q(
        "profile.footwear",
        "What kind of shoes do you usually wear?",
        Choice(&["supportive", "unsupportive", "unknown"]),
    ),
    q(
        "profile.medications",
        "Which of these medicines do you take?",
        QuestionKind::Medications,
    ),
    q(
        "profile.other_medications",
        "Which other medicines do you take? (one per answer, as written on the pack)",
        FreeText,
    ),
    q(
        "profile.medication_list",
        "Are the medicines above all the medicines you take?",
        Choice(&["complete", "unknown"]),
    ),
    q(
        "profile.conditions",
        "Which of these conditions have you been told you have?",
        QuestionKind::Conditions,
    ),
    q(
        "profile.exposures.tetanus_prone_wound",
        "Have you had a recent deep or dirty wound?",
        A,
    ),
    q(
        "profile.exposures.lead_or_mercury",
        "Have you been exposed to lead, mercury or a similar toxin?",
        A,
    ),
    q(
        "profile.symptoms.leg_swelling",
        "Is either leg swollen?",
        Choice(&["none", "one_side", "both_sides", "unknown"]),
    ),
    q(
        "profile.symptoms.calf_tender_or_warm",
        "Is a calf tender or warm to the touch?",
        A,
    ),
    q("profile.symptoms.numbness", "Do your legs feel numb?", A),
    q("profile.symptoms.weakness", "Do your legs feel weak?", A),
    q(
        "profile.symptoms.muscle_wasting_or_twitching",
        "Have you noticed muscles shrinking or twitching?",
        A,
    ),
    q(
        "profile.symptoms.calf_pain_on_walking",
        "Does a calf hurt when you walk and ease when you rest?",
        A,
    ),
    q(
        "profile.symptoms.pale_or_cold_leg",
        "Is a leg pale or cold?",
        A,
    ),
    q(
        "profile.symptoms.urge_to_move_legs",
        "Do you feel an urge to move your legs?",
        A,
    ),
    q(
        "profile.symptoms.urge_worse_at_rest",
        "Does that urge start or get worse when you rest?",
        A,
    ),
    q(
        "profile.symptoms.urge_eased_by_moving",
        "Does moving ease that urge?",
        A,
    ),
    q(
        "profile.symptoms.urge_worse_evening_or_night",
        "Is that urge worse in the evening or at night?",
        A,
    ),
    q(
        "profile.symptoms.muscle_hard_during_cramp",
        "Does the muscle go hard during a cramp?",
        A,
    ),
    q(
        "profile.symptoms.eased_by_forceful_stretch",
        "Does stretching the muscle firmly ease the cramp?",
        A,
    ),
    q(
        "profile.symptoms.cramps_in_other_muscles",
        "Do you get cramps in muscles other than your legs?",
        A,
    ),
    q(
        "profile.symptoms.cramp_over_10_min_not_settling",
        "Has a cramp lasted over 10 minutes without settling?",
        A,
    ),
    q(
        "profile.symptoms.unexplained_bruising_or_bleeding",
        "Have you had bruising or bleeding you cannot explain?",
        A,
    ),
    q(
        "profile.symptoms.hearing_change",
        "Has your hearing changed, or do your ears ring?",
        A,
    ),
    q(
        "profile.symptoms.thyroid_or_other_disease_signs",
        "Have you noticed signs of a thyroid problem or another illness?",
        A,
    ),
    q(
        "profile.symptoms.sleep_disturbed",
        "Do the cramps disturb your sleep?",
        A,
    ),
    q(
        "profile.symptoms.daily_life_affected",
        "Do the cramps affect your daily life?",
        A,
    ),
    q(
        "profile.symptoms.home_measures_not_helping",
        "Have stretching, massage and other home measures stopped helping?",
        A,
    ),
    q(
        "profile.asks_about_quinine",
        "Do you want to know about quinine for cramps?",
        Boolean,
    ),
    q(
        "profile.quinine_for",
        "If you take quinine, what was it prescribed for?",
        Choice(&["cramps", "other", "unknown"]),
    ),
    q(
        "profile.quinine_contraindications.hypersensitivity",
        "Are you allergic to quinine?",
        A,
    ),
    q(
        "profile.quinine_contraindications.haemolysis",
        "Have you been told you have haemolysis (red blood cells breaking down) or blood in your urine?",
        A,
    ),
    q(
        "profile.quinine_contraindications.optic_neuritis",
        "Have you had optic neuritis (inflammation of the nerve of the eye)?",
        A,
    ),
    q(
        "profile.quinine_contraindications.myasthenia_gravis",
        "Do you have myasthenia gravis?",
        A,
    ),
    q(
        "profile.quinine_contraindications.blackwater_fever",
        "Have you ever had blackwater fever?",
        A,
    ),
    q(
        "profile.quinine_contraindications.earlier_reaction",
        "Have you had a reaction to quinine before, including to tonic water?",
        A,
    ),
];

/// The triage question with this `linkId`.
pub(crate) fn triage_question(link_id: &str) -> Option<&'static TriageQuestion> {
    TRIAGE_QUESTIONS.iter().find(|q| q.link_id == link_id)
}

/// An answer value: one `value[x]` of FHIR's answer options and response answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub(crate) enum AnswerValue {
    /// `valueString`.
    #[serde(rename = "valueString")]
    String(String),
    /// `valueInteger`.
    #[serde(rename = "valueInteger")]
    Integer(i64),
    /// `valueDecimal`.
    #[serde(rename = "valueDecimal")]
    Decimal(f64),
    /// `valueDate`.
    #[serde(rename = "valueDate")]
    Date(NaiveDate),
    /// `valueBoolean`.
    #[serde(rename = "valueBoolean")]
    Boolean(bool),
}

/// `Questionnaire.item.enableWhen`, with an `answerString`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub(crate) struct EnableWhen {
    /// The `linkId` of the question this depends on.
    pub question: &'static str,
    /// Always `=`.
    pub operator: &'static str,
    /// The answer that enables the item.
    pub answer_string: &'static str,
}

/// `Questionnaire.item.answerOption`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub(crate) struct AnswerOption {
    /// The option's value.
    #[serde(flatten)]
    pub value: AnswerValue,
}

/// `Questionnaire.item`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub(crate) struct QuestionnaireItem {
    /// The JSON field path of the answer.
    pub link_id: &'static str,
    /// The question.
    pub text: &'static str,
    /// FHIR item type: `choice`, `integer`, `decimal`, `date`, `boolean` or `string`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Whether it takes more than one answer (written only when true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub repeats: bool,
    /// When the item is shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enable_when: Vec<EnableWhen>,
    /// The allowed answers of a `choice` item.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answer_option: Vec<AnswerOption>,
}

/// The triage questionnaire as a FHIR R4 `Questionnaire`: serialize it for the JSON.
///
/// Each item's `linkId` is the JSON field path of the answer in the assessment input
/// (such as `profile.symptoms.numbness`); yes/no questions are `choice` items with
/// the options `yes`, `no` and `unknown`, and the catalog questions list the catalog
/// ids. [`questionnaire`] makes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "resourceType", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Questionnaire {
    /// [`Questionnaire::URL`].
    pub(crate) url: &'static str,
    /// [`QUESTIONNAIRE_VERSION`].
    pub(crate) version: &'static str,
    /// A computer-friendly name.
    pub(crate) name: &'static str,
    /// A human-friendly title.
    pub(crate) title: &'static str,
    /// Always `active`.
    pub(crate) status: &'static str,
    /// Always `["Patient"]`.
    pub(crate) subject_type: Vec<&'static str>,
    /// What the questionnaire is for.
    pub(crate) description: &'static str,
    /// The questions.
    pub(crate) item: Vec<QuestionnaireItem>,
}

fn id_names<T: Serialize>(ids: &[T]) -> Vec<AnswerOption> {
    ids.iter()
        .filter_map(|id| match serde_json::to_value(id) {
            Ok(serde_json::Value::String(s)) => Some(AnswerOption {
                value: AnswerValue::String(s),
            }),
            _ => None,
        })
        .collect()
}

/// The catalog names a `Medications` or `Conditions` question accepts.
pub(crate) fn catalog_names(kind: QuestionKind) -> Vec<String> {
    let options = match kind {
        QuestionKind::Medications => id_names(MedicationId::ALL),
        QuestionKind::Conditions => id_names(ConditionId::ALL),
        _ => Vec::new(),
    };
    options
        .into_iter()
        .filter_map(|o| match o.value {
            AnswerValue::String(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// The triage questionnaire: every question of a [`Profile`], in the order shown.
/// The link ids cover every field of a profile's JSON form (a test walks the form to
/// check it).
///
/// # Examples
///
/// ```
/// let q = legcramps::fhir::questionnaire();
/// assert_eq!(q.question("profile.symptoms.numbness"), Some("Do your legs feel numb?"));
/// assert!(q.link_ids().any(|id| id == "profile.age.years"));
/// let json = serde_json::to_value(&q)?;
/// assert_eq!(json["resourceType"], "Questionnaire");
/// assert_eq!(json["url"], legcramps::fhir::Questionnaire::URL);
/// let numbness = json["item"].as_array().into_iter().flatten()
///     .find(|i| i["linkId"] == "profile.symptoms.numbness").expect("asked");
/// assert_eq!(numbness["type"], "choice");
/// assert_eq!(numbness["answerOption"],
///     serde_json::json!([{"valueString": "yes"}, {"valueString": "no"}, {"valueString": "unknown"}]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn questionnaire() -> Questionnaire {
    let strings = |values: &[&str]| {
        values
            .iter()
            .map(|v| AnswerOption {
                value: AnswerValue::String((*v).to_owned()),
            })
            .collect()
    };
    let item = TRIAGE_QUESTIONS
        .iter()
        .map(|question| {
            let (kind, answer_option) = match question.kind {
                QuestionKind::Answer => ("choice", strings(&["yes", "no", "unknown"])),
                QuestionKind::Choice(values) => ("choice", strings(values)),
                QuestionKind::Medications => ("choice", id_names(MedicationId::ALL)),
                QuestionKind::Conditions => ("choice", id_names(ConditionId::ALL)),
                QuestionKind::Integer => ("integer", Vec::new()),
                QuestionKind::Decimal => ("decimal", Vec::new()),
                QuestionKind::Date => ("date", Vec::new()),
                QuestionKind::Boolean => ("boolean", Vec::new()),
                QuestionKind::Text => ("string", Vec::new()),
            };
            let enable_when = if question.link_id == "profile.pregnancy.pregnant.trimester" {
                vec![EnableWhen {
                    question: "profile.pregnancy",
                    operator: "=",
                    answer_string: "pregnant",
                }]
            } else {
                Vec::new()
            };
            QuestionnaireItem {
                link_id: question.link_id,
                text: question.text,
                kind,
                repeats: question.repeats(),
                enable_when,
                answer_option,
            }
        })
        .collect();
    Questionnaire {
        url: QUESTIONNAIRE_URL,
        version: QUESTIONNAIRE_VERSION,
        name: "LegcrampsTriage",
        title: "Night-time leg cramps: triage questions",
        status: "active",
        subject_type: vec!["Patient"],
        description: "The questions the legcramps assessment asks about a person with \
                      night-time leg cramps. Each linkId is the JSON path of the answer in \
                      the assessment input. Decision support, not diagnosis.",
        item,
    }
}

impl Questionnaire {
    /// The canonical URL of the triage Questionnaire; a [`QuestionnaireResponse`] names
    /// it (optionally with `|` and a version) in its `questionnaire` element, and a CDS
    /// Hooks prefetch template can search for responses to it.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::fhir::{self, Questionnaire};
    ///
    /// assert_eq!(fhir::questionnaire().url(), Questionnaire::URL);
    /// ```
    pub const URL: &'static str =
        "https://github.com/legcramps/legcramps/fhir/Questionnaire/triage";

    /// The canonical URL, [`Questionnaire::URL`].
    pub fn url(&self) -> &str {
        self.url
    }

    /// The version: the crate's version.
    pub fn version(&self) -> &str {
        self.version
    }

    /// Every item's `linkId`, in the order shown.
    pub fn link_ids(&self) -> impl Iterator<Item = &str> {
        self.item.iter().map(|i| i.link_id)
    }

    /// The question text of the item with this `linkId`.
    pub fn question(&self, link_id: &str) -> Option<&str> {
        self.item
            .iter()
            .find(|i| i.link_id == link_id)
            .map(|i| i.text)
    }
}

/// `QuestionnaireResponse.item`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub(crate) struct ResponseItem {
    /// The question's `linkId`.
    pub link_id: &'static str,
    /// The answers, each one `value[x]`.
    pub answer: Vec<AnswerOption>,
}

/// A person's answers as a FHIR R4 `QuestionnaireResponse` to the triage
/// [`Questionnaire`]: serialize it for the JSON. [`QuestionnaireResponse::new`] makes it
/// from a profile; [`read_bundle`](super::read_bundle) reads one back.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "resourceType", rename_all = "camelCase")]
#[non_exhaustive]
pub struct QuestionnaireResponse {
    /// The resource id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<Id>,
    /// `QUESTIONNAIRE_URL|QUESTIONNAIRE_VERSION`.
    pub(crate) questionnaire: String,
    /// Always `completed`.
    pub(crate) status: &'static str,
    /// The person.
    pub(crate) subject: Reference,
    /// When the answers were given.
    pub(crate) authored: DateTime,
    /// One item per answered question.
    pub(crate) item: Vec<ResponseItem>,
}

fn string_of<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Some(s),
        _ => None,
    }
}

impl QuestionnaireResponse {
    /// The profile's answers as a response to the triage [`Questionnaire`], about
    /// `subject` (a reference such as `Patient/123`), with an optional resource `id`,
    /// given at `authored`. Every question whose answer is known is written, and also
    /// every yes/no question answered `unknown` (so "asked, not known" survives);
    /// empty lists and unknown ages are left out. An other medication is written by
    /// its name; its NDC and lot, if any, are not (a `string` answer has no place
    /// for them).
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] when `authored` cannot be a FHIR dateTime (a year outside
    /// 1 to 9999 or an offset that is not whole minutes), when an other medication's
    /// name is not a valid FHIR string (empty, or with control characters), when
    /// `subject` is empty or has whitespace, or when `id` is not a FHIR id.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Answer, Profile};
    /// use legcramps::fhir::QuestionnaireResponse;
    ///
    /// let mut profile = Profile::default();
    /// profile.symptoms.numbness = Answer::Yes;
    /// let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
    /// let r = QuestionnaireResponse::new(&profile, "Patient/p1", None, at)?;
    /// let json = serde_json::to_value(&r)?;
    /// let numbness = json["item"].as_array().into_iter().flatten()
    ///     .find(|i| i["linkId"] == "profile.symptoms.numbness").expect("answered");
    /// assert_eq!(numbness["answer"][0]["valueString"], "yes");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        profile: &Profile,
        subject: &str,
        id: Option<&str>,
        authored: impl Into<chrono::DateTime<chrono::FixedOffset>>,
    ) -> Result<Self, ValidationError> {
        let subject = Reference {
            reference: super::Uri::named("subject", subject.to_owned())?,
            display: None,
        };
        let id = id.map(|id| Id::new(id.to_owned())).transpose()?;
        questionnaire_response(profile, &subject, id, authored.into())
    }
}

fn questionnaire_response(
    profile: &Profile,
    subject: &Reference,
    id: Option<Id>,
    authored: chrono::DateTime<chrono::FixedOffset>,
) -> Result<QuestionnaireResponse, ValidationError> {
    for name in &profile.other_medications {
        let name = other_medication_name(name);
        Text::new(name.clone())
            .map_err(|e| crate::fhir::invalid("other medication", name, e.problem().to_owned()))?;
    }
    let form = serde_json::to_value(profile).unwrap_or(serde_json::Value::Null);
    let mut item = Vec::new();
    for question in TRIAGE_QUESTIONS {
        let answers = answers_for(question, profile, &form);
        if !answers.is_empty() {
            item.push(ResponseItem {
                link_id: question.link_id,
                answer: answers
                    .into_iter()
                    .map(|value| AnswerOption { value })
                    .collect(),
            });
        }
    }
    Ok(QuestionnaireResponse {
        id,
        questionnaire: format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}"),
        status: "completed",
        subject: subject.clone(),
        authored: DateTime::new(authored)?,
        item,
    })
}

fn answers_for(
    question: &TriageQuestion,
    profile: &Profile,
    form: &serde_json::Value,
) -> Vec<AnswerValue> {
    match question.link_id {
        "profile.age.years" => match profile.age {
            AgeInfo::Years(age) => vec![AnswerValue::Integer(i64::from(age.get()))],
            _ => Vec::new(),
        },
        "profile.age.birth_date" => match profile.age {
            AgeInfo::BirthDate(born) => vec![AnswerValue::Date(born)],
            _ => Vec::new(),
        },
        "profile.pregnancy" => {
            let word = match profile.pregnancy {
                Pregnancy::NotPregnant => "not_pregnant",
                Pregnancy::Pregnant { .. } => "pregnant",
                Pregnancy::Unknown => "unknown",
            };
            vec![AnswerValue::String(word.to_owned())]
        }
        "profile.pregnancy.pregnant.trimester" => match profile.pregnancy {
            Pregnancy::Pregnant { trimester: Some(t) } => {
                vec![AnswerValue::Integer(i64::from(t.get()))]
            }
            _ => Vec::new(),
        },
        "profile.activity.sitting_hours" => hours(profile.activity.sitting_hours),
        "profile.activity.standing_hours" => hours(profile.activity.standing_hours),
        "profile.medications" => profile
            .medications
            .iter()
            .filter_map(string_of)
            .map(AnswerValue::String)
            .collect(),
        "profile.conditions" => profile
            .conditions
            .iter()
            .filter_map(string_of)
            .map(AnswerValue::String)
            .collect(),
        "profile.other_medications" => profile
            .other_medications
            .iter()
            .map(|name| AnswerValue::String(other_medication_name(name)))
            .collect(),
        path => {
            let mut at = form;
            for key in path.split('.').skip(1) {
                at = &at[key];
            }
            match at {
                serde_json::Value::String(s) => vec![AnswerValue::String(s.clone())],
                serde_json::Value::Bool(b) => vec![AnswerValue::Boolean(*b)],
                serde_json::Value::Number(n) => match n.as_f64() {
                    Some(x) => vec![AnswerValue::Decimal(x)],
                    None => Vec::new(),
                },
                _ => Vec::new(),
            }
        }
    }
}

/// Hours as the shortest decimal that reads back as the same `f32` (7.1, not
/// 7.099999904632568).
fn hours(h: Option<crate::profile::HoursPerDay>) -> Vec<AnswerValue> {
    h.and_then(|h| h.get().to_string().parse::<f64>().ok())
        .map(AnswerValue::Decimal)
        .into_iter()
        .collect()
}

/// The name of an "other medication" entry (one place to change if the entry grows).
fn other_medication_name(medicine: &crate::profile::OtherMedication) -> String {
    medicine.name.as_str().to_owned()
}
