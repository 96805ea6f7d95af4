//! `GET /cds-services`: the services, their hooks and prefetch templates.

use legcramps::fhir::Questionnaire;
use serde_json::{Value, json};

pub const PATIENT_VIEW: &str = "legcramps-patient-view";
pub const ORDER_SELECT: &str = "legcramps-order-select";
pub const ORDER_SIGN: &str = "legcramps-order-sign";

/// The prefetch keys of the patient-view service, each required in a request.
pub const PATIENT_VIEW_PREFETCH: &[(&str, &str)] = &[
    ("patient", "Patient/{{context.patientId}}"),
    (
        "medicationRequests",
        "MedicationRequest?patient={{context.patientId}}&status=active",
    ),
    (
        "medicationStatements",
        "MedicationStatement?patient={{context.patientId}}&status=active",
    ),
    ("conditions", "Condition?patient={{context.patientId}}"),
    (
        "observations",
        "Observation?patient={{context.patientId}}&code=http://snomed.info/sct|449918009,http://snomed.info/sct|424647005,http://snomed.info/sct|55300003",
    ),
    (
        "questionnaireResponses",
        "QuestionnaireResponse?patient={{context.patientId}}&questionnaire=",
    ),
];

/// The prefetch keys of the order services.
pub const ORDER_PREFETCH: &[(&str, &str)] = &[("patient", "Patient/{{context.patientId}}")];

/// The hook a service id answers.
pub fn hook_of(id: &str) -> Option<&'static str> {
    match id {
        PATIENT_VIEW => Some("patient-view"),
        ORDER_SELECT => Some("order-select"),
        ORDER_SIGN => Some("order-sign"),
        _ => None,
    }
}

fn templates(keys: &[(&str, &str)]) -> Value {
    let mut map = serde_json::Map::new();
    for (key, template) in keys {
        let mut t = (*template).to_owned();
        if t.ends_with("questionnaire=") {
            t.push_str(Questionnaire::URL);
        }
        map.insert((*key).to_owned(), Value::String(t));
    }
    Value::Object(map)
}

pub fn services() -> Value {
    let order_description = "Checks medication orders: quinine for night-time leg cramps \
        (FDA boxed warning), drugs that may cause cramps, and recalled orphenadrine ER. \
        Decision support, not diagnosis.";
    json!({"services": [
        {
            "hook": "patient-view",
            "id": PATIENT_VIEW,
            "title": "Night-time leg cramps: triage",
            "description": "Assesses night-time leg cramps from the patient's record: referral \
                level and reasons, questions still open, and drug recalls. Decision support, \
                not diagnosis.",
            "prefetch": templates(PATIENT_VIEW_PREFETCH),
        },
        {
            "hook": "order-select",
            "id": ORDER_SELECT,
            "title": "Leg cramps: medication order check",
            "description": order_description,
            "prefetch": templates(ORDER_PREFETCH),
        },
        {
            "hook": "order-sign",
            "id": ORDER_SIGN,
            "title": "Leg cramps: medication order check (on signing)",
            "description": order_description,
            "prefetch": templates(ORDER_PREFETCH),
        },
    ]})
}
