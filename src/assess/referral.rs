//! Doctor-referral triage: red-flag and referral rules, each cited, give an urgency
//! whatever the score says.
//!
//! The urgency is the highest level among the rules that apply. Each rule reads the
//! profile and the diary as *yes*, *no* or *unknown*. Every rule that is unknown becomes
//! a [`Question`] that says whether a *yes* could raise the level above the current one;
//! when one could, the referral says that the level could rise: unknown is never read
//! as no.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::check::{TableMismatch, same};
use super::facts::Facts;
use super::rules::{REFERRAL_RULES, Rule, RuleId, evaluate, is_quinine_rule, quinine_gate};
use super::score::Band;
use crate::{Answer, Citation, ConditionId, EvidenceLevel, MedicationId};

/// How soon the person should see a doctor.
///
/// JSON form: `"self_care"`, `"routine"`, `"soon"`, `"urgent"`. Ordered from the least
/// to the most urgent.
///
/// # Examples
///
/// ```
/// use legcramps::assess::Urgency;
///
/// assert!(Urgency::SelfCare < Urgency::Routine);
/// assert!(Urgency::Soon < Urgency::Urgent);
/// assert_eq!(serde_json::to_string(&Urgency::SelfCare)?, "\"self_care\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Urgency {
    /// Self-care at home; see a doctor if things change.
    SelfCare,
    /// Book a routine appointment with a GP.
    Routine,
    /// See a doctor within a few days.
    Soon,
    /// Get medical advice the same day.
    Urgent,
}

impl Urgency {
    /// What to do at this level, in one sentence.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(legcramps::assess::Urgency::Urgent.advice().contains("today"));
    /// ```
    pub fn advice(self) -> &'static str {
        match self {
            Urgency::SelfCare => {
                "Self-care at home is reasonable for now; see a doctor if anything listed here changes."
            }
            Urgency::Routine => "Book a routine appointment with your GP or family doctor.",
            Urgency::Soon => "See a doctor within the next few days.",
            Urgency::Urgent => {
                "Get medical advice today: contact your doctor urgently or an urgent care service."
            }
        }
    }
}

/// A rule that applies, as listed in a [`Referral`].
///
/// Its level, evidence, sources and reason come from the rule's [`Rule`]
/// ([`RuleId::info`]). The rules that a drug or a condition triggers
/// ([`RuleId::DrugMayCauseCramps`], [`RuleId::KnownLinkedCondition`]) name them, as
/// data (`medications`, `conditions`) and at the
/// end of the reason text. JSON form: `{"rule", "urgency", "evidence", "citations",
/// "reason", "medications", "conditions"}` (the last two only when not empty); on the
/// way in, all but `rule` may be left out but must match the table when given.
///
/// # Examples
///
/// ```
/// use legcramps::assess::{ReferralReason, RuleId, Urgency};
///
/// let r: ReferralReason = serde_json::from_str(r#"{"rule": "numbness", "urgency": "soon"}"#)?;
/// assert_eq!((r.rule, r.urgency()), (RuleId::Numbness, Urgency::Soon));
/// assert!(serde_json::from_str::<ReferralReason>(r#"{"rule": "numbness", "urgency": "urgent"}"#).is_err());
///
/// let d: ReferralReason = serde_json::from_str(
///     r#"{"rule": "drug_may_cause_cramps", "medications": ["furosemide"]}"#,
/// )?;
/// assert!(d.reason().ends_with("(medicines: furosemide)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "ReasonRepr")
)]
#[serde(try_from = "ReasonRepr")]
#[non_exhaustive]
pub struct ReferralReason {
    /// The rule.
    pub rule: RuleId,
    /// The catalog drugs that triggered the rule (empty for rules no drug triggers).
    pub medications: Vec<MedicationId>,
    /// The catalog conditions that triggered the rule (empty for rules no condition
    /// triggers).
    pub conditions: Vec<ConditionId>,
}

impl ReferralReason {
    /// A reason for a rule that names no drug or condition.
    pub(crate) fn plain(rule: RuleId) -> ReferralReason {
        ReferralReason {
            rule,
            medications: Vec::new(),
            conditions: Vec::new(),
        }
    }

    /// The level the rule leads to (from [`RuleId::info`]).
    pub fn urgency(&self) -> Urgency {
        self.rule.info().urgency
    }

    /// What kind of statement the rule is.
    pub fn evidence(&self) -> EvidenceLevel {
        self.rule.info().evidence
    }

    /// The sources.
    pub fn citations(&self) -> &'static [Citation] {
        self.rule.info().citations
    }

    /// Why, in plain words: the rule's reason, followed by the drugs or conditions
    /// that triggered it, e.g. `"... (medicines: furosemide, atorvastatin)"`.
    pub fn reason(&self) -> Cow<'static, str> {
        let base = self.rule.info().reason;
        let mut named: Vec<&'static str> = Vec::new();
        let mut label = "";
        if !self.medications.is_empty() {
            label = "medicines";
            named.extend(self.medications.iter().map(|m| m.info().generic));
        } else if !self.conditions.is_empty() {
            label = "conditions";
            named.extend(self.conditions.iter().map(|c| c.info().name));
        }
        if named.is_empty() {
            Cow::Borrowed(base)
        } else {
            Cow::Owned(format!("{base} ({label}: {})", named.join(", ")))
        }
    }
}

impl Serialize for ReferralReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ReferralReason", 7)?;
        s.serialize_field("rule", &self.rule)?;
        s.serialize_field("urgency", &self.urgency())?;
        s.serialize_field("evidence", &self.evidence())?;
        s.serialize_field("citations", self.citations())?;
        s.serialize_field("reason", &self.reason())?;
        if !self.medications.is_empty() {
            s.serialize_field("medications", &self.medications)?;
        }
        if !self.conditions.is_empty() {
            s.serialize_field("conditions", &self.conditions)?;
        }
        s.end()
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ReasonRepr {
    rule: RuleId,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Urgency"))]
    urgency: Option<Urgency>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "EvidenceLevel"))]
    evidence: Option<EvidenceLevel>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Citation>"))]
    citations: Option<Vec<Citation>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    reason: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip_serializing_if = "Vec::is_empty"))]
    medications: Vec<MedicationId>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip_serializing_if = "Vec::is_empty"))]
    conditions: Vec<ConditionId>,
}

impl TryFrom<ReasonRepr> for ReferralReason {
    type Error = TableMismatch;

    fn try_from(r: ReasonRepr) -> Result<Self, Self::Error> {
        let row = r.rule.info();
        same(
            r.urgency,
            &row.urgency,
            "referral reason",
            r.rule,
            "urgency",
        )?;
        same(
            r.evidence,
            &row.evidence,
            "referral reason",
            r.rule,
            "evidence",
        )?;
        same(
            r.citations.as_deref(),
            row.citations,
            "referral reason",
            r.rule,
            "citations",
        )?;
        let out = ReferralReason {
            rule: r.rule,
            medications: r.medications,
            conditions: r.conditions,
        };
        same(
            r.reason.as_deref(),
            out.reason().as_ref(),
            "referral reason",
            r.rule,
            "reason",
        )?;
        Ok(out)
    }
}

/// Something still to ask: its answer is unknown. [`Question::could_raise`] says whether
/// a *yes* would raise today's level.
///
/// The question and the level come from the rule's [`Rule`] ([`RuleId::info`]), with
/// one exception: for a quinine rule whose symptom is *yes* but where it is not known
/// whether the person takes quinine (a medicine was not recognised, or the list is
/// not complete), the question asks about quinine itself
/// ([`asks_about_quinine_use`](Self::asks_about_quinine_use)).
/// JSON form: `{"rule", "ask", "would_lead_to", "could_raise"}`; on the way in, `ask`
/// and `would_lead_to` may be left out but must match the table (or, for a quinine
/// rule, the quinine question) when given; `could_raise` is checked by the
/// [`Referral`] that holds the question.
///
/// # Examples
///
/// ```
/// use legcramps::assess::{Question, Urgency};
///
/// let q: Question = serde_json::from_str(r#"{"rule": "possible_dvt"}"#)?;
/// assert_eq!(q.would_lead_to(), Urgency::Urgent);
/// assert!(q.ask().contains("calf"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "QuestionRepr")
)]
#[serde(try_from = "QuestionRepr")]
#[non_exhaustive]
pub struct Question {
    /// The rule whose answer is unknown.
    pub rule: RuleId,
    /// `true` when the question asks whether the person takes quinine (the rule's
    /// symptom is *yes*, only quinine use is unknown). Tonic water is named in it so
    /// that a drink is not mistaken for the medicine.
    pub asks_about_quinine_use: bool,
    /// `true` when a *yes* would raise the referral above its current level.
    pub could_raise: bool,
}

/// The question asked when a quinine red flag's symptom is present but quinine use is
/// not known. Tonic water is named so that a drink is not mistaken for the medicine.
pub(crate) const QUININE_USE_QUESTION: &str = "Do you take quinine, including for cramps? (Quinine \
     tablets or capsules; tonic water is a drink, not a medicine, but say so if you drink a \
     lot of it.)";

impl Question {
    /// The question to ask.
    pub fn ask(&self) -> &'static str {
        if self.asks_about_quinine_use {
            QUININE_USE_QUESTION
        } else {
            self.rule.info().question
        }
    }

    /// The level a *yes* would lead to.
    pub fn would_lead_to(&self) -> Urgency {
        self.rule.info().urgency
    }
}

impl Serialize for Question {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Question", 4)?;
        s.serialize_field("rule", &self.rule)?;
        s.serialize_field("ask", self.ask())?;
        s.serialize_field("would_lead_to", &self.would_lead_to())?;
        s.serialize_field("could_raise", &self.could_raise)?;
        s.end()
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct QuestionRepr {
    rule: RuleId,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    ask: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Urgency"))]
    would_lead_to: Option<Urgency>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "bool"))]
    could_raise: Option<bool>,
}

impl TryFrom<QuestionRepr> for Question {
    type Error = TableMismatch;

    fn try_from(r: QuestionRepr) -> Result<Self, Self::Error> {
        let row = r.rule.info();
        let asks_about_quinine_use =
            is_quinine_rule(r.rule) && r.ask.as_deref() == Some(QUININE_USE_QUESTION);
        if !asks_about_quinine_use {
            same(r.ask.as_deref(), row.question, "question", r.rule, "ask")?;
        }
        same(
            r.would_lead_to,
            &row.urgency,
            "question",
            r.rule,
            "would_lead_to",
        )?;
        // Without the referral, "could raise" is read as given (default: yes, the
        // safe reading); the referral checks it against its urgency.
        Ok(Question {
            rule: r.rule,
            asks_about_quinine_use,
            could_raise: r.could_raise.unwrap_or(true),
        })
    }
}

/// The advice while a question that could lead to `urgent` is still open: it replaces
/// the self-care headline, and comes before the advice of a higher level.
pub(crate) const ANSWER_URGENT_QUESTIONS_FIRST: &str = "Answer the questions below first: a yes to \
     any of the urgent ones means getting medical advice today.";

/// The reason for a rule that applies, naming the drugs or conditions behind it.
fn reason_for(rule: RuleId, f: &Facts<'_>) -> ReferralReason {
    let mut r = ReferralReason::plain(rule);
    match rule {
        RuleId::DrugMayCauseCramps => r.medications = f.cramp_drugs(),
        RuleId::KnownLinkedCondition => r.conditions = f.conditions(),
        _ => {}
    }
    r
}

/// The referral: how soon to see a doctor, why, and what is still unknown.
///
/// A red flag always escalates, whatever the score: the urgency is the highest level
/// among the rules that apply (see [`RuleId`]). Answering *yes* to a symptom or a red
/// flag never lowers it. `questions` lists every unknown answer that has a rule; where
/// one could raise the level, `could_rise` is `true`.
///
/// Deserializing checks that the urgency is the highest level among the reasons (or
/// `self_care` with none), that each question's `could_raise` agrees with the urgency,
/// and that `could_rise` matches the questions.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::{assess, RuleId, Urgency};
/// use legcramps::{Answer, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.exposures.tetanus_prone_wound = Answer::Yes;
/// let r = assess(&p, &Diary::new(), as_of)?.referral;
/// assert_eq!(r.urgency, Urgency::Urgent);
/// assert_eq!(r.reasons[0].rule, RuleId::TetanusProneWound);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "ReferralRepr")]
#[non_exhaustive]
pub struct Referral {
    /// How soon to see a doctor.
    pub urgency: Urgency,
    /// What to do at that level, in one sentence (while a question that could lead to
    /// `urgent` is open, it first asks for the answers).
    pub advice: Cow<'static, str>,
    /// The rules that apply, most urgent first ([`RuleId::ALL`] order within a level).
    pub reasons: Vec<ReferralReason>,
    /// Every unknown answer that has a rule, most urgent first; each says whether it
    /// could raise the level.
    pub questions: Vec<Question>,
    /// `true` when an unknown answer could raise the level (a question has
    /// [`Question::could_raise`]).
    pub could_rise: bool,
    /// `true` when a rule advises stopping quinine now.
    pub stop_quinine: bool,
}

impl Referral {
    /// Applies the rules to the facts.
    pub(crate) fn from_facts(f: &Facts<'_>, band: Band) -> Referral {
        // One pass to read every rule, then exact-size lists.
        let mut answers = [Answer::No; 64];
        let mut urgency = Urgency::SelfCare;
        let mut stop_quinine = false;
        let mut yes = 0;
        for (r, slot) in REFERRAL_RULES.iter().zip(answers.iter_mut()) {
            *slot = evaluate(r.id, f, band);
            if slot.is_yes() {
                urgency = urgency.max(r.urgency);
                stop_quinine |= r.stop_quinine;
                yes += 1;
            }
        }
        // Stopping quinine and reviewing it every 3 months never stand together.
        if stop_quinine {
            if let Some(i) = REFERRAL_RULES
                .iter()
                .position(|r| r.id == RuleId::QuinineReview)
            {
                if let Some(slot) = answers.get_mut(i) {
                    if slot.is_yes() {
                        yes -= 1;
                    }
                    *slot = Answer::No;
                }
            }
        }
        // Every unknown item that has a rule is asked (#11), each saying whether a yes
        // could raise today's level.
        let asked = |(_, a): &(&Rule, &Answer)| a.is_unknown();
        let rules = || REFERRAL_RULES.iter().zip(answers.iter());
        let mut reasons = Vec::with_capacity(yes);
        reasons.extend(
            rules()
                .filter(|(_, a)| a.is_yes())
                .map(|(r, _)| reason_for(r.id, f)),
        );
        let mut questions = Vec::with_capacity(rules().filter(asked).count());
        let quinine_unknown = f.on_quinine().is_unknown();
        let mut quinine_asked = false;
        for (r, _) in rules().filter(asked) {
            // Where the symptom is yes and only quinine use is unknown, ask about
            // quinine itself, once (the most urgent such rule comes first).
            let about_quinine =
                quinine_unknown && quinine_gate(r.id, f).is_some_and(|a| a.is_yes());
            if about_quinine || (r.id == RuleId::QuinineReview && quinine_asked) {
                if quinine_asked {
                    continue;
                }
                quinine_asked = true;
            }
            questions.push(Question {
                rule: r.id,
                asks_about_quinine_use: about_quinine,
                could_raise: r.urgency > urgency,
            });
        }
        // No reassuring headline while a question that could lead to `urgent` is open.
        let urgent_open = urgency < Urgency::Urgent
            && questions
                .iter()
                .any(|q| q.could_raise && q.would_lead_to() == Urgency::Urgent);
        let advice = if !urgent_open {
            Cow::Borrowed(urgency.advice())
        } else if urgency == Urgency::SelfCare {
            Cow::Borrowed(ANSWER_URGENT_QUESTIONS_FIRST)
        } else {
            Cow::Owned(format!(
                "{ANSWER_URGENT_QUESTIONS_FIRST} {}",
                urgency.advice()
            ))
        };
        Referral {
            urgency,
            advice,
            could_rise: questions.iter().any(|q| q.could_raise),
            reasons,
            questions,
            stop_quinine,
        }
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ReferralRepr {
    urgency: Urgency,
    advice: Cow<'static, str>,
    reasons: Vec<ReferralReason>,
    questions: Vec<Question>,
    could_rise: bool,
    stop_quinine: bool,
}

/// Why a referral read from JSON was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid referral {field}: {problem}")]
pub(crate) struct ReferralCheckError {
    field: &'static str,
    problem: &'static str,
}

impl TryFrom<ReferralRepr> for Referral {
    type Error = ReferralCheckError;

    fn try_from(r: ReferralRepr) -> Result<Self, Self::Error> {
        let highest = r
            .reasons
            .iter()
            .map(|x| x.urgency())
            .max()
            .unwrap_or(Urgency::SelfCare);
        if highest != r.urgency {
            return Err(ReferralCheckError {
                field: "urgency",
                problem: "must be the highest urgency among the reasons (self_care if none)",
            });
        }
        if r.questions
            .iter()
            .any(|q| q.could_raise != (q.would_lead_to() > r.urgency))
        {
            return Err(ReferralCheckError {
                field: "questions",
                problem: "could_raise must be true exactly when would_lead_to is above the urgency",
            });
        }
        if r.could_rise != r.questions.iter().any(|q| q.could_raise) {
            return Err(ReferralCheckError {
                field: "could_rise",
                problem: "must be true exactly when a question could raise the level",
            });
        }
        Ok(Referral {
            urgency: r.urgency,
            advice: r.advice,
            reasons: r.reasons,
            questions: r.questions,
            could_rise: r.could_rise,
            stop_quinine: r.stop_quinine,
        })
    }
}
