//! `patient-view`: the assessment of the patient's record as cards.

use legcramps::assess::{Assessment, Urgency};
use legcramps::fhir::{self, Indicator, read_resources};
use serde_json::Value;

use crate::app::{ApiError, Shared, now};
use crate::cards::{card, cited, plain, to_value, word};
use crate::discovery::PATIENT_VIEW_PREFETCH;

pub fn cards(request: &Value, shared: &Shared) -> Result<Vec<Value>, ApiError> {
    let prefetch = request
        .get("prefetch")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            ApiError::bad_request(
                "missing prefetch: this service does not query the FHIR server; send every \
                 prefetch key of the discovery document",
            )
            .at("prefetch")
        })?;
    let missing: Vec<&str> = PATIENT_VIEW_PREFETCH
        .iter()
        .map(|(key, _)| *key)
        .filter(|key| !prefetch.contains_key(*key))
        .collect();
    if !missing.is_empty() {
        return Err(ApiError::bad_request(format!(
            "missing prefetch {}: this service does not query the FHIR server (a null value \
             says there is nothing to send)",
            missing.join(", ")
        ))
        .at("prefetch"));
    }
    if prefetch.get("patient").is_none_or(Value::is_null) {
        return Err(
            ApiError::bad_request("prefetch.patient is null: the patient is needed")
                .at("prefetch.patient"),
        );
    }
    let resources = PATIENT_VIEW_PREFETCH.iter().filter_map(|(key, _)| {
        prefetch
            .get(*key)
            .filter(|v| !v.is_null())
            .map(|v| (format!("prefetch.{key}"), v))
    });
    let read = read_resources(resources, now())?;
    let assessment = read
        .input
        .assess()
        .map_err(|e| ApiError::bad_request(format!("cannot assess: {e}")).at(e.field()))?;

    let mut out = vec![referral(&assessment)?];
    if let Some(q) = questions(&assessment)? {
        out.push(q);
    }
    for package in &read.packages {
        out.extend(crate::orders::package_cards(package, shared)?);
    }
    if let Some(c) = unused(&read)? {
        out.push(c);
    }
    Ok(out)
}

fn referral(a: &Assessment) -> Result<Value, ApiError> {
    if let Ok(Some(card)) = fhir::referral_card(&a.referral) {
        return to_value(&card);
    }
    let r = &a.referral;
    let (summary, indicator) = match r.urgency {
        Urgency::SelfCare => ("Leg cramps: self-care; no red flag found", Indicator::Info),
        Urgency::Routine => (
            "Leg cramps: routine review with the doctor",
            Indicator::Info,
        ),
        Urgency::Soon => ("Leg cramps: see a doctor soon", Indicator::Warning),
        Urgency::Urgent => ("Leg cramps: urgent medical attention", Indicator::Critical),
        _ => ("Leg cramps: see the referral detail", Indicator::Warning),
    };
    let mut detail = format!("**Referral: {}.** {}", word(&r.urgency), plain(&r.advice));
    for reason in &r.reasons {
        detail.push_str(&format!(
            "\n- {}{}",
            plain(&reason.reason()),
            cited(reason.citations())
        ));
    }
    detail.push_str(&format!(
        "\n\nScore: {} of 100 ({}).",
        a.score.total,
        word(&a.score.band)
    ));
    card(summary, &detail, indicator)
}

fn questions(a: &Assessment) -> Result<Option<Value>, ApiError> {
    let open = &a.referral.questions;
    if open.is_empty() {
        return Ok(None);
    }
    let mut detail = String::from("Answers still unknown that could raise the referral level:");
    for q in open {
        detail.push_str(&format!(
            "\n- {} (a yes would mean: {})",
            plain(q.ask()),
            word(&q.would_lead_to())
        ));
    }
    detail.push_str(&format!(
        "\n\nThe triage Questionnaire ({}) asks them.",
        fhir::Questionnaire::URL
    ));
    let summary = format!("Leg cramps: {} question(s) still open", open.len());
    card(&summary, &detail, Indicator::Info).map(Some)
}

fn unused(read: &fhir::FhirInput) -> Result<Option<Value>, ApiError> {
    let unrecognised: Vec<_> = read.unrecognised_conditions().collect();
    if unrecognised.is_empty() {
        return Ok(None);
    }
    let mut detail = String::from(
        "These conditions are not in the catalog, so the assessment did not count them; \
         review them yourself:",
    );
    for c in &unrecognised {
        detail.push_str(&format!("\n- {} ({})", plain(&c.what), plain(&c.path)));
    }
    let summary = format!(
        "Leg cramps: {} condition(s) not recognised",
        unrecognised.len()
    );
    card(&summary, &detail, Indicator::Info).map(Some)
}
