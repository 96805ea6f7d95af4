//! A QuestionnaireResponse to the triage questionnaire, read into a [`Profile`].
//!
//! Each answered item's `linkId` is a JSON path into the assessment input; the
//! answers are put at those paths and the result is read as a profile, so every
//! check of the profile's own JSON form applies.

use serde_json::{Map, Value};

use crate::fhir::QUESTIONNAIRE_URL;
use crate::fhir::questionnaire::{QuestionKind, catalog_names, triage_question};
use crate::profile::Profile;

use super::node::Node;
use super::{Gathered, IgnoredReason, ReadError, ReadErrorKind};

/// One answered item: its link id, the item's path and the answers' values.
#[derive(Debug, Clone)]
struct Answered {
    link_id: String,
    path: String,
    values: Vec<(String, Value)>,
}

/// A response to the triage questionnaire, as read.
#[derive(Debug, Clone)]
pub(super) struct Response {
    path: String,
    authored: Option<chrono::DateTime<chrono::FixedOffset>>,
    items: Vec<Answered>,
}

/// Reads a QuestionnaireResponse; one to another questionnaire is listed as ignored.
pub(super) fn collect(node: &Node<'_>, got: &mut Gathered) -> Result<(), ReadError> {
    let questionnaire = node.req("questionnaire")?;
    let url = questionnaire.str()?;
    let base = url.split_once('|').map_or(url, |(base, _)| base);
    if base != QUESTIONNAIRE_URL {
        got.ignore(node.path.clone(), url, IgnoredReason::OtherQuestionnaire);
        return Ok(());
    }
    let status = node.req("status")?;
    if matches!(status.str()?, "entered-in-error" | "stopped") {
        got.ignore(
            node.path.clone(),
            "QuestionnaireResponse",
            IgnoredReason::NotCurrent,
        );
        return Ok(());
    }
    let authored = match node.get("authored")? {
        Some(a) => Some(
            a.str()?
                .parse::<crate::fhir::DateTime>()
                .map_err(|e| a.invalid(e.problem().to_owned()))?
                .get(),
        ),
        None => None,
    };
    let mut items: Vec<Answered> = Vec::new();
    let mut stack: Vec<Node<'_>> = node.list("item")?.into_iter().rev().collect();
    while let Some(item) = stack.pop() {
        let link = item.req("linkId")?;
        let link_id = link.str()?;
        let mut nested: Vec<Node<'_>> = item.list("item")?;
        let answers = item.list("answer")?;
        for answer in &answers {
            nested.extend(answer.list("item")?);
        }
        stack.extend(nested.into_iter().rev());
        let Some(question) = triage_question(link_id) else {
            if !answers.is_empty() {
                got.ignore(item.path.clone(), link_id, IgnoredReason::UnknownQuestion);
            }
            continue;
        };
        if let Some(first) = items.iter().find(|a| a.link_id == link_id) {
            return Err(link.error(ReadErrorKind::Conflict {
                other: first.path.clone(),
            }));
        }
        if answers.len() > 1 && !question.repeats() {
            if let Some(second) = answers.get(1) {
                return Err(second.invalid("this question takes one answer"));
            }
        }
        let mut values = Vec::with_capacity(answers.len());
        for answer in &answers {
            values.push((answer.path.clone(), value(answer, question.kind)?));
        }
        if !values.is_empty() {
            items.push(Answered {
                link_id: link_id.to_owned(),
                path: item.path.clone(),
                values,
            });
        }
    }
    got.responses.push(Response {
        path: node.path.clone(),
        authored,
        items,
    });
    got.unused_members(node, &["questionnaire", "status", "authored", "item"])
}

/// The answer's `value[x]` as the JSON value of the input document.
fn value(answer: &Node<'_>, kind: QuestionKind) -> Result<Value, ReadError> {
    let member = |name: &'static str| answer.req(name);
    let word = |choices: &[&str]| -> Result<Value, ReadError> {
        let node = match answer.get("valueCoding")? {
            Some(coding) => coding.req("code")?,
            None => member("valueString")?,
        };
        let text = node.str()?;
        if choices.contains(&text) {
            Ok(Value::String(text.to_owned()))
        } else {
            Err(node.invalid(format!("expected one of {}", choices.join(", "))))
        }
    };
    match kind {
        QuestionKind::Answer => word(&["yes", "no", "unknown"]),
        QuestionKind::Choice(choices) => word(choices),
        QuestionKind::Medications | QuestionKind::Conditions => {
            let names = catalog_names(kind);
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            word(&refs)
        }
        QuestionKind::Integer => Ok(Value::from(member("valueInteger")?.int()?)),
        QuestionKind::Decimal => {
            let node = match answer.get("valueInteger")? {
                Some(n) => n,
                None => member("valueDecimal")?,
            };
            match &node.value {
                Value::Number(n) => Ok(Value::Number(n.clone())),
                _ => Err(node.error(ReadErrorKind::WrongType {
                    expected: "a number",
                    found: super::node::json_kind(node.value),
                })),
            }
        }
        QuestionKind::Date => {
            let node = member("valueDate")?;
            let text = node.str()?;
            if text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
                Ok(Value::String(text.to_owned()))
            } else {
                Err(node.invalid("expected a full date such as 1950-05-28"))
            }
        }
        QuestionKind::Boolean => Ok(Value::Bool(member("valueBoolean")?.bool()?)),
        QuestionKind::Text => Ok(Value::String(member("valueString")?.str()?.to_owned())),
    }
}

/// Keeps the newest response (by `authored`; one without it counts as oldest, and of
/// equals the later one wins) and lists the others as ignored.
pub(super) fn newest(got: &mut Gathered) -> Result<Option<Response>, ReadError> {
    let responses = std::mem::take(&mut got.responses);
    let mut best: Option<Response> = None;
    for r in responses {
        let replace = match &best {
            None => true,
            Some(b) => r.authored >= b.authored,
        };
        if replace {
            if let Some(old) = best.replace(r) {
                got.ignore(
                    old.path,
                    "QuestionnaireResponse",
                    IgnoredReason::OlderResponse,
                );
            }
        } else {
            got.ignore(
                r.path,
                "QuestionnaireResponse",
                IgnoredReason::OlderResponse,
            );
        }
    }
    Ok(best)
}

/// Puts `value` at `keys` in `map`, making objects on the way.
fn put(map: &mut Map<String, Value>, keys: &[&str], value: Value) {
    match keys {
        [] => {}
        [last] => {
            map.insert((*last).to_owned(), value);
        }
        [first, rest @ ..] => {
            let entry = map
                .entry((*first).to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            if let Value::Object(inner) = entry {
                put(inner, rest, value);
            }
        }
    }
}

impl Response {
    fn item(&self, link_id: &str) -> Option<&Answered> {
        self.items.iter().find(|a| a.link_id == link_id)
    }

    /// The profile the answers give.
    pub(super) fn profile(&self, _got: &mut Gathered) -> Result<Profile, ReadError> {
        let mut form = Map::new();
        let years = self.item("profile.age.years");
        let born = self.item("profile.age.birth_date");
        if let (Some(y), Some(b)) = (years, born) {
            return Err(ReadError::new(
                b.path.clone(),
                ReadErrorKind::Conflict {
                    other: y.path.clone(),
                },
            ));
        }
        let pregnant = self
            .item("profile.pregnancy")
            .and_then(|a| a.values.first())
            .is_some_and(|(_, v)| v == "pregnant");
        if let Some(t) = self.item("profile.pregnancy.pregnant.trimester") {
            if !pregnant {
                return Err(ReadError::new(
                    t.path.clone(),
                    ReadErrorKind::Invalid {
                        value: String::new(),
                        problem: "a trimester needs the answer \"pregnant\" to profile.pregnancy"
                            .to_owned(),
                    },
                ));
            }
        }
        for answered in &self.items {
            let keys: Vec<&str> = answered.link_id.split('.').skip(1).collect();
            let question = triage_question(&answered.link_id);
            let repeats = question.is_some_and(|q| q.repeats());
            let mut values = answered.values.iter().map(|(_, v)| v.clone());
            let value = if repeats {
                Value::Array(values.collect())
            } else {
                match values.next() {
                    Some(v) => v,
                    None => continue,
                }
            };
            match answered.link_id.as_str() {
                "profile.pregnancy" if pregnant => {
                    if !form.contains_key("pregnancy") {
                        put(
                            &mut form,
                            &["pregnancy", "pregnant"],
                            Value::Object(Map::new()),
                        );
                    }
                }
                _ => put(&mut form, &keys, value),
            }
        }
        let json = Value::Object(form);
        serde_path_to_error::deserialize::<_, Profile>(&json).map_err(|e| {
            let link_id = format!("profile.{}", e.path());
            let at = self
                .items
                .iter()
                .filter(|a| link_id.starts_with(&a.link_id))
                .max_by_key(|a| a.link_id.len())
                .map_or_else(|| self.path.clone(), |a| a.path.clone());
            ReadError::new(
                at,
                ReadErrorKind::Invalid {
                    value: link_id,
                    problem: e.inner().to_string(),
                },
            )
        })
    }

    /// Lists the answers under `prefix` (such as `profile.age`) as given by the
    /// Patient resource instead.
    pub(super) fn overridden(&self, got: &mut Gathered, prefix: &str) {
        for a in &self.items {
            if a.link_id.starts_with(prefix) {
                got.ignore(
                    a.path.clone(),
                    a.link_id.clone(),
                    IgnoredReason::GivenByPatient,
                );
            }
        }
    }
}
