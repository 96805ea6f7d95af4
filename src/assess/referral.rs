//! Doctor-referral triage: red-flag and referral rules, each cited, give an urgency
//! whatever the score says.
//!
//! The urgency is the highest level among the rules that apply. Each rule reads the
//! profile and the diary as *yes*, *no* or *unknown*. A rule that is unknown and would
//! raise the level above the current one becomes a [`Question`], and the referral says
//! that the level could rise: unknown is never read as no.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::facts::Facts;
use super::rules::{REFERRAL_RULES, RuleId, evaluate};
use super::score::Band;
use crate::{Answer, Citation, EvidenceLevel};

/// How soon the person should see a doctor.
///
/// JSON form: `"self_care"`, `"routine"`, `"soon"`, `"urgent"`. Ordered from the least
/// to the most urgent.
///
/// # Examples
///
/// ```
/// use legcramps::Urgency;
///
/// assert!(Urgency::SelfCare < Urgency::Routine);
/// assert!(Urgency::Soon < Urgency::Urgent);
/// assert_eq!(serde_json::to_string(&Urgency::SelfCare)?, "\"self_care\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// assert!(legcramps::Urgency::Urgent.advice().contains("today"));
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
/// # Examples
///
/// ```
/// use legcramps::{ReferralReason, RuleId, Urgency};
///
/// let r: ReferralReason = serde_json::from_str(
///     r#"{"rule": "numbness", "urgency": "soon", "evidence": "guideline_advice",
///         "citations": ["NHS", "CKS"], "reason": "numbness in the legs"}"#,
/// )?;
/// assert_eq!((r.rule, r.urgency), (RuleId::Numbness, Urgency::Soon));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralReason {
    /// The rule.
    pub rule: RuleId,
    /// The level it leads to.
    pub urgency: Urgency,
    /// What kind of statement the rule is.
    pub evidence: EvidenceLevel,
    /// The sources.
    pub citations: Cow<'static, [Citation]>,
    /// Why, in plain words.
    pub reason: Cow<'static, str>,
}

/// Something still to ask: its answer is unknown and a *yes* would raise the level.
///
/// # Examples
///
/// ```
/// use legcramps::{Question, RuleId, Urgency};
///
/// let q: Question = serde_json::from_str(
///     r#"{"rule": "possible_dvt", "ask": "Is one calf swollen?", "would_lead_to": "urgent"}"#,
/// )?;
/// assert_eq!(q.would_lead_to, Urgency::Urgent);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The rule whose answer is unknown.
    pub rule: RuleId,
    /// The question to ask.
    pub ask: Cow<'static, str>,
    /// The level a *yes* would lead to (always above the current level).
    pub would_lead_to: Urgency,
}

/// The referral: how soon to see a doctor, why, and what is still unknown.
///
/// A red flag always escalates, whatever the score: the urgency is the highest level
/// among the rules that apply (see [`REFERRAL_RULES`]). Answering *yes* to a symptom or
/// a red flag never lowers it. Where an unknown answer could raise the level,
/// [`Referral::questions`] lists what to ask and [`Referral::could_rise`] is `true`.
///
/// Deserializing checks that the urgency is the highest level among the reasons (or
/// `self_care` with none), that every question would raise it, and that `could_rise`
/// matches the questions.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Answer, Diary, Profile, RuleId, Urgency};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let mut p = Profile::default();
/// p.exposures.tetanus_prone_wound = Answer::Yes;
/// let r = assess(&p, &Diary::new(), as_of)?.referral;
/// assert_eq!(r.urgency(), Urgency::Urgent);
/// assert_eq!(r.reasons()[0].rule, RuleId::TetanusProneWound);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ReferralRepr")]
pub struct Referral {
    urgency: Urgency,
    advice: Cow<'static, str>,
    reasons: Vec<ReferralReason>,
    questions: Vec<Question>,
    could_rise: bool,
    stop_quinine: bool,
}

impl Referral {
    /// How soon to see a doctor.
    pub fn urgency(&self) -> Urgency {
        self.urgency
    }

    /// What to do at that level, in one sentence.
    pub fn advice(&self) -> &str {
        &self.advice
    }

    /// The rules that apply, most urgent first (table order within a level).
    pub fn reasons(&self) -> &[ReferralReason] {
        &self.reasons
    }

    /// Unknown answers that would raise the level, most urgent first.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// `true` when an unknown answer could raise the level (there are questions).
    pub fn could_rise(&self) -> bool {
        self.could_rise
    }

    /// `true` when a rule advises stopping quinine now.
    pub fn stop_quinine(&self) -> bool {
        self.stop_quinine
    }

    /// Applies the rules to the facts.
    pub(crate) fn from_facts(f: &Facts<'_>, band: Band) -> Referral {
        let mut reasons = Vec::new();
        let mut urgency = Urgency::SelfCare;
        let mut stop_quinine = false;
        let mut unknown: [bool; 64] = [false; 64];
        for (i, r) in REFERRAL_RULES.iter().enumerate() {
            match evaluate(r.id, f, band) {
                Answer::Yes => {
                    urgency = urgency.max(r.urgency);
                    stop_quinine |= r.stop_quinine;
                    reasons.push(ReferralReason {
                        rule: r.id,
                        urgency: r.urgency,
                        evidence: r.evidence,
                        citations: Cow::Borrowed(r.citations),
                        reason: Cow::Borrowed(r.reason),
                    });
                }
                Answer::Unknown => {
                    if let Some(slot) = unknown.get_mut(i) {
                        *slot = true;
                    }
                }
                Answer::No => {}
            }
        }
        let questions: Vec<Question> = REFERRAL_RULES
            .iter()
            .zip(unknown.iter())
            .filter(|(r, unknown)| **unknown && r.urgency > urgency)
            .map(|(r, _)| Question {
                rule: r.id,
                ask: Cow::Borrowed(r.question),
                would_lead_to: r.urgency,
            })
            .collect();
        Referral {
            urgency,
            advice: Cow::Borrowed(urgency.advice()),
            could_rise: !questions.is_empty(),
            reasons,
            questions,
            stop_quinine,
        }
    }
}

#[derive(Deserialize)]
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
            .map(|x| x.urgency)
            .max()
            .unwrap_or(Urgency::SelfCare);
        if highest != r.urgency {
            return Err(ReferralCheckError {
                field: "urgency",
                problem: "must be the highest urgency among the reasons (self_care if none)",
            });
        }
        if r.questions.iter().any(|q| q.would_lead_to <= r.urgency) {
            return Err(ReferralCheckError {
                field: "questions",
                problem: "every question must lead to a level above the urgency",
            });
        }
        if r.could_rise == r.questions.is_empty() {
            return Err(ReferralCheckError {
                field: "could_rise",
                problem: "must be true exactly when there are questions",
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
