//! Mappings of an [`Assessment`]: the score to a [`RiskAssessment`], the referral to
//! a [`ServiceRequest`] and, when it is `soon` or `urgent`, to a CDS Hooks [`Card`].

use crate::assess::{Assessment, Band, Referral, Urgency};
use crate::evidence::Citation;

use super::{
    Annotation, Card, CardSource, CodeInfo, CodeableConcept, DateTime, Id, Indicator,
    ObservationStatus, Prediction, RISK_HIGH, RISK_LOW, RISK_MODERATE, Reference, RequestIntent,
    RequestPriority, RequestStatus, RiskAssessment, ServiceRequest, Summary, Text, Uri,
    ValidationError,
};

/// The note every assessment resource and card carries.
pub(crate) const DECISION_SUPPORT_NOTE: &str = "Decision support from the legcramps library, not a \
    diagnosis: discuss it with a clinician. A red flag always raises the referral level, \
    whatever the score.";

/// The label of the crate as a CDS Hooks card source.
pub(crate) const SOURCE_LABEL: &str = "legcramps decision support";

/// The FHIR `qualitativeRisk` code for a score band: `low`, `moderate` and `high`
/// map to the risk-probability codes of the same name. `negligible` and `certain`
/// are never used: the bands are relative burden levels, not probabilities.
pub(crate) fn qualitative_risk(band: Band) -> &'static CodeInfo {
    match band {
        Band::Low => &RISK_LOW,
        Band::Moderate => &RISK_MODERATE,
        Band::High => &RISK_HIGH,
    }
}

/// The FHIR request priority for a referral urgency, or `None` for `self_care`
/// (which gets no ServiceRequest):
///
/// | urgency | meaning | priority |
/// |---|---|---|
/// | `routine` | book a routine appointment | `routine` |
/// | `soon` | see a doctor within a few days | `urgent` (above routine) |
/// | `urgent` | get medical advice today | `asap` (above urgent) |
///
/// `stat` (immediately, an emergency) is never used: the crate's highest level is
/// same-day advice.
pub(crate) fn request_priority(urgency: Urgency) -> Option<RequestPriority> {
    match urgency {
        Urgency::SelfCare => None,
        Urgency::Routine => Some(RequestPriority::Routine),
        Urgency::Soon => Some(RequestPriority::Urgent),
        Urgency::Urgent => Some(RequestPriority::Asap),
    }
}

/// `text [KEY; KEY]`, or `text` alone without citations.
fn cited(text: &str, citations: &[Citation]) -> String {
    if citations.is_empty() {
        return text.to_owned();
    }
    let keys: Vec<&str> = citations.iter().map(|c| c.key()).collect();
    format!("{text} [{}]", keys.join("; "))
}

fn text(field: &'static str, value: String) -> Result<Text, ValidationError> {
    Text::named(field, value)
}

fn at(t: chrono::DateTime<chrono::FixedOffset>) -> Result<DateTime, ValidationError> {
    DateTime::named("as_of", t)
}

/// The name and version written as `RiskAssessment.method`.
fn method_text() -> String {
    format!(
        "legcramps burden score (legcramps {})",
        env!("CARGO_PKG_VERSION")
    )
}

/// The score of an assessment as a [`RiskAssessment`].
///
/// - `status` `final`; `occurrenceDateTime` is the assessment's `as_of`;
/// - `method`: the text `legcramps burden score (legcramps <version>)`. It names
///   the default weights of that version; if you assessed with your own
///   [`ScoreModel`](crate::assess::ScoreModel), set `method` yourself;
/// - `basis`: the references you pass (normally the Observations, Conditions and
///   MedicationStatements made from the same profile and diary);
/// - one `prediction`: outcome text, `qualitativeRisk` from the band (see
///   [`qualitative_risk`]) and a `rationale`: `Score <total> of 100 (<band> band) =
///   burden <points> + risk <points>.`, then the burden (what the diary shows, with
///   the band of the burden on its own) and the risk (who the person is), each
///   contribution as `+<points> <reason> [<citation keys>]`, separated by
///   semicolons. No `probabilityDecimal`: the score is a points total
///   from 0 to 100, not a probability, so writing it where FHIR expects a percentage
///   chance would mislead;
/// - `mitigation`: the prevention steps of the plan, with citations;
/// - `note`: that this is decision support, not a diagnosis, then the differential's
///   summary.
///
/// # Errors
///
/// A [`ValidationError`] for field `as_of` when it cannot be written as a FHIR dateTime.
pub(crate) fn risk_assessment(
    assessment: &Assessment,
    subject: &Reference,
    id: Option<Id>,
    basis: Vec<Reference>,
) -> Result<RiskAssessment, ValidationError> {
    let score = &assessment.score;
    let band = score.band;
    let band_word = qualitative_risk(band).code;
    let part = |sub: crate::assess::Subtotal<'_>| -> String {
        let lines: Vec<String> = sub
            .contributions
            .iter()
            .map(|c| format!("+{} {}", c.points, cited(&c.reason, &c.citations)))
            .collect();
        if lines.is_empty() {
            "no factor earned points".to_owned()
        } else {
            lines.join("; ")
        }
    };
    let burden_band = qualitative_risk(score.burden_band).code;
    let rationale = format!(
        "Score {} of 100 ({band_word} band) = burden {} + risk {}. Burden, what the diary \
         shows ({burden_band} band on its own): {}. Risk, who the person is: {}.",
        score.total,
        score.burden().points,
        score.risk().points,
        part(score.burden()),
        part(score.risk()),
    );
    let prevention: Vec<String> = assessment
        .plan
        .prevention
        .iter()
        .map(|s| cited(s.text(), s.citations()))
        .collect();
    let mitigation = if prevention.is_empty() {
        None
    } else {
        Some(text("plan.prevention", prevention.join(" "))?)
    };
    let mut note = vec![Annotation {
        text: Text::lit(DECISION_SUPPORT_NOTE),
    }];
    let summary = assessment.differential.summary();
    if !summary.trim().is_empty() {
        note.push(Annotation {
            text: text("differential.summary", summary.to_owned())?,
        });
    }
    Ok(RiskAssessment {
        id,
        status: ObservationStatus::Final,
        subject: subject.clone(),
        occurrence_date_time: Some(at(assessment.as_of)?),
        method: Some(CodeableConcept::from_text(text("method", method_text())?)),
        basis,
        prediction: vec![Prediction {
            outcome: Some(CodeableConcept::from_text(Text::lit(
                "Burden of nocturnal leg cramps and the factors linked to them",
            ))),
            qualitative_risk: Some(CodeableConcept::coded(
                qualitative_risk(band).coding(),
                None,
            )),
            rationale: Some(text("score.contributions", rationale)?),
        }],
        mitigation,
        note,
    })
}

/// The referral as a [`ServiceRequest`], or `None` for `self_care`.
///
/// - `status` `draft` and `intent` `proposal`: a suggestion from decision support
///   that a clinician has not acted on;
/// - `priority` from [`request_priority`];
/// - `code`: text only (no referral code is verified in the clinical fact base);
/// - `authoredOn`: `as_of`;
/// - `reasonCode`: one text-only concept per reason, with its citation keys;
/// - `reasonReference`: the RiskAssessment, when you pass its reference;
/// - `patientInstruction`: the referral's advice;
/// - `note`: the decision-support note, the questions still to ask (if any), and
///   a stop-quinine note when a rule advises it.
///
/// # Errors
///
/// A [`ValidationError`] for field `as_of` when it cannot be written as a FHIR dateTime.
pub(crate) fn referral_request(
    referral: &Referral,
    as_of: chrono::DateTime<chrono::FixedOffset>,
    subject: &Reference,
    id: Option<Id>,
    risk_assessment: Option<Reference>,
) -> Result<Option<ServiceRequest>, ValidationError> {
    let Some(priority) = request_priority(referral.urgency) else {
        return Ok(None);
    };
    let reason_code = referral
        .reasons
        .iter()
        .map(|r| {
            Ok(CodeableConcept::from_text(text(
                "referral.reasons",
                cited(&r.reason(), r.citations()),
            )?))
        })
        .collect::<Result<Vec<_>, ValidationError>>()?;
    let mut note = vec![Annotation {
        text: Text::lit(DECISION_SUPPORT_NOTE),
    }];
    if !referral.questions.is_empty() {
        let asks: Vec<&str> = referral.questions.iter().map(|q| q.ask()).collect();
        note.push(Annotation {
            text: text(
                "referral.questions",
                format!(
                    "Still to ask (a yes would raise the urgency): {}",
                    asks.join(" ")
                ),
            )?,
        });
    }
    if referral.stop_quinine {
        note.push(Annotation {
            text: Text::lit("A rule that applies advises stopping quinine now (see the reasons)."),
        });
    }
    Ok(Some(ServiceRequest {
        id,
        status: RequestStatus::Draft,
        intent: RequestIntent::Proposal,
        priority: Some(priority),
        code: Some(CodeableConcept::from_text(Text::lit(
            "Consultation with a doctor about leg cramps",
        ))),
        subject: subject.clone(),
        authored_on: Some(at(as_of)?),
        reason_code,
        reason_reference: risk_assessment.into_iter().collect(),
        note,
        patient_instruction: Some(text("referral.advice", referral.advice.to_string())?),
    }))
}

/// A CDS Hooks card for a `soon` (indicator `warning`) or `urgent` (indicator
/// `critical`) referral; `None` for `self_care` and `routine`.
///
/// The summary is a fixed sentence per level (well under 140 characters); the
/// detail, in markdown, gives the advice, each reason with its citation keys, the
/// questions still to ask, and the decision-support note. The source is this
/// library, linking to its repository.
///
/// # Errors
///
/// A [`ValidationError`] if a reason or question is not valid text (the crate's own rule
/// texts always are).
///
/// # Examples
///
/// ```
/// use legcramps::assess::assess;
/// use legcramps::{Answer, Diary, Profile};
/// use legcramps::fhir::{self, Indicator};
///
/// let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
/// let mut profile = Profile::default();
/// profile.exposures.tetanus_prone_wound = Answer::Yes;
/// let a = assess(&profile, &Diary::new(), as_of)?;
/// let card = fhir::referral_card(&a.referral)?.expect("urgent, so a card");
/// assert_eq!(card.indicator(), Indicator::Critical);
/// assert!(card.summary().chars().count() < 140);
/// assert!(fhir::referral_card(&assess(&Profile::default(), &Diary::new(), as_of)?.referral)?
///     .is_none()); // self-care: no card
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn referral_card(referral: &Referral) -> Result<Option<Card>, ValidationError> {
    let (indicator, summary) = match referral.urgency {
        Urgency::SelfCare | Urgency::Routine => return Ok(None),
        Urgency::Soon => (
            Indicator::Warning,
            "Leg cramps: see a doctor within the next few days",
        ),
        Urgency::Urgent => (
            Indicator::Critical,
            "Leg cramps with a red flag: get medical advice today",
        ),
    };
    let mut detail = format!("**{}**\n\nWhy:\n", referral.advice);
    for r in &referral.reasons {
        detail.push_str(&format!("\n- {}", cited(&r.reason(), r.citations())));
    }
    if !referral.questions.is_empty() {
        detail.push_str("\n\nStill to ask (a yes would raise the urgency):\n");
        for q in &referral.questions {
            detail.push_str(&format!("\n- {}", q.ask()));
        }
    }
    detail.push_str(&format!("\n\n_{DECISION_SUPPORT_NOTE}_"));
    Ok(Some(Card {
        uuid: None,
        summary: Summary::new(summary)?,
        detail: Some(text("referral card detail", detail)?),
        indicator,
        source: crate_source(),
        links: Vec::new(),
    }))
}

/// This library as a card source.
pub(crate) fn crate_source() -> CardSource {
    CardSource {
        label: Text::lit(SOURCE_LABEL),
        url: Some(Uri::lit(env!("CARGO_PKG_REPOSITORY"))),
        topic: None,
    }
}
