//! `order-select` and `order-sign`: checks of medication orders.

use legcramps::assess::AssessmentInput;
use legcramps::fhir::{self, Indicator, PackageSeen, read_resources};
use legcramps::recall::{Recall, RecallId};
use legcramps::{Diary, MedicationId, Profile, resolve_medication};
use serde_json::Value;

use crate::app::{ApiError, Shared, now};
use crate::cards::{card, cited, plain, to_value};

pub fn cards(request: &Value, hook: &str, shared: &Shared) -> Result<Vec<Value>, ApiError> {
    let prefetch = request.get("prefetch").and_then(Value::as_object);
    if prefetch.is_none_or(|p| !p.contains_key("patient")) {
        return Err(ApiError::bad_request(
            "missing prefetch patient: this service does not query the FHIR server",
        )
        .at("prefetch"));
    }
    let context = request
        .get("context")
        .filter(|c| c.is_object())
        .ok_or_else(|| ApiError::bad_request("missing the request's context").at("context"))?;
    let orders = context
        .get("draftOrders")
        .filter(|d| d.is_object())
        .ok_or_else(|| {
            ApiError::bad_request("missing context.draftOrders (a Bundle)")
                .at("context.draftOrders")
        })?;
    let entries = match orders.get("entry") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(items)) => items.as_slice(),
        Some(_) => {
            return Err(
                ApiError::bad_request("context.draftOrders.entry must be an array")
                    .at("context.draftOrders.entry"),
            );
        }
    };
    // order-select: the newly selected orders only, when the client names them.
    let selections: Option<Vec<&str>> = match (hook, context.get("selections")) {
        ("order-select", Some(Value::Array(s))) => {
            Some(s.iter().filter_map(Value::as_str).collect())
        }
        _ => None,
    };
    let mut out = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let Some(order) = entry.get("resource") else {
            continue;
        };
        let kind = order.get("resourceType").and_then(Value::as_str);
        if kind != Some("MedicationRequest") {
            continue;
        }
        if let (Some(sel), Some(id)) = (&selections, order.get("id").and_then(Value::as_str)) {
            if !sel.contains(&format!("MedicationRequest/{id}").as_str()) {
                continue;
            }
        }
        out.extend(order_cards(order, i, shared)?);
    }
    Ok(out)
}

/// The catalog medicines an order names: the ids read from its codes, and those the
/// library's resolver finds in each free name.
fn ordered(profile: &Profile) -> Vec<MedicationId> {
    let mut ids = profile.medications.clone();
    for medicine in &profile.other_medications {
        for id in resolve_medication(medicine.name.as_str()).ids() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// The words of the order's medicine, for spotting "ER" and "extended release".
fn order_text(order: &Value) -> String {
    let concept = &order["medicationCodeableConcept"];
    let mut words = concept["text"].as_str().unwrap_or_default().to_owned();
    if let Some(codings) = concept["coding"].as_array() {
        for c in codings {
            words.push(' ');
            words.push_str(c["display"].as_str().unwrap_or_default());
        }
    }
    words.to_lowercase()
}

fn extended_release(text: &str) -> bool {
    text.contains("extended")
        || text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "er" || w == "xr")
}

/// Whether the order's reason mentions cramps; `None` when it gives no reason.
fn for_cramps(order: &Value) -> Option<bool> {
    let reasons = order.get("reasonCode")?.as_array()?;
    if reasons.is_empty() {
        return None;
    }
    let cramp_codes = ["G47.62", "R25.2", "449918009", "424647005", "55300003"];
    Some(reasons.iter().any(|r| {
        let text = r["text"].as_str().unwrap_or_default().to_lowercase();
        text.contains("cramp")
            || r["coding"].as_array().is_some_and(|cs| {
                cs.iter().any(|c| {
                    c["code"]
                        .as_str()
                        .is_some_and(|code| cramp_codes.contains(&code))
                        || c["display"]
                            .as_str()
                            .is_some_and(|d| d.to_lowercase().contains("cramp"))
                })
            })
    }))
}

fn order_cards(order: &Value, index: usize, shared: &Shared) -> Result<Vec<Value>, ApiError> {
    let path = format!("context.draftOrders.entry[{index}].resource");
    let read = read_resources([(path.clone(), order)], now())?;
    let ids = ordered(read.input.profile());
    let text = order_text(order);
    let mut out = Vec::new();
    for &id in &ids {
        let info = id.info();
        if id == MedicationId::Quinine {
            out.push(quinine(for_cramps(order))?);
        } else if id.may_cause_cramps() {
            let summary = format!("{} may cause muscle cramps", info.generic);
            let detail = format!(
                "{} is listed as a drug that may cause cramps{}. If the patient has night-time \
                 leg cramps, consider it as a cause before treating the cramps.",
                plain(info.generic),
                cited(info.citations)
            );
            out.push(card(&summary, &detail, Indicator::Info)?);
        }
        // With a package named, the NDC (and lot) checks below say more.
        if id == MedicationId::Orphenadrine && extended_release(&text) && read.packages.is_empty() {
            out.extend(name_recall_cards(shared)?);
        }
    }
    for package in &read.packages {
        out.extend(package_cards(package, shared)?);
    }
    Ok(out)
}

fn quinine(for_cramps: Option<bool>) -> Result<Value, ApiError> {
    let profile = Profile::builder().asks_about_quinine(true).build();
    let input = AssessmentInput::new(now(), profile, Diary::new())
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let info = input
        .assess()
        .map_err(|e| ApiError::bad_request(e.to_string()))?
        .plan
        .quinine
        .ok_or_else(|| ApiError::bad_request("the plan gave no quinine information"))?;
    let warning = &info.boxed_warning;
    let (summary, indicator) = match for_cramps {
        Some(false) => (
            "Quinine ordered: FDA boxed warning (not for leg cramps)",
            Indicator::Warning,
        ),
        _ => (
            "Quinine for leg cramps: FDA boxed warning, serious harm",
            Indicator::Critical,
        ),
    };
    let mut detail = format!("**{}**{}", plain(&warning.text), cited(&warning.citations));
    if for_cramps.is_none() {
        detail.push_str("\n\nThe order gives no reason, so it is treated as possibly for cramps.");
    }
    card(summary, &detail, indicator)
}

/// Cards for a package (NDC, maybe a lot) named by an order or a record.
pub fn package_cards(package: &PackageSeen, shared: &Shared) -> Result<Vec<Value>, ApiError> {
    let registry = &shared.recalls;
    let mut out = Vec::new();
    if let Some(lot) = &package.lot {
        let check = registry.lookup(&package.ndc, lot);
        for hit in &check.matches {
            if let Some(recall) = registry.get(hit.recall) {
                let card = fhir::recall_card(recall, hit, lot)
                    .map_err(|e| ApiError::bad_request(e.to_string()))?;
                out.push(to_value(&card)?);
            }
        }
        return Ok(out);
    }
    let mut seen: Vec<RecallId> = Vec::new();
    for hit in registry.recalls_for(&package.ndc) {
        if seen.contains(&hit.recall) {
            continue;
        }
        seen.push(hit.recall);
        if let Some(recall) = registry.get(hit.recall) {
            out.push(recall_info(recall, Some(&package.ndc.to_string()))?);
        }
    }
    Ok(out)
}

/// Recall information for an orphenadrine ER order without a package: every recall
/// in the registry whose product is orphenadrine extended-release.
fn name_recall_cards(shared: &Shared) -> Result<Vec<Value>, ApiError> {
    let mut out = Vec::new();
    for recall in shared.recalls.recalls() {
        let product = recall.product.to_lowercase();
        if product.contains("orphenadrine") && extended_release(&product) {
            out.push(recall_info(recall, None)?);
        }
    }
    Ok(out)
}

fn recall_info(recall: &Recall, ndc: Option<&str>) -> Result<Value, ApiError> {
    let lots: Vec<String> = recall.lots.iter().map(|l| l.lot.to_string()).collect();
    let summary = format!("Recall: {} ({})", recall.product, recall.firm);
    let mut detail = format!("**{}**", plain(&recall.product));
    if let Some(ndc) = ndc {
        detail.push_str(&format!(
            "\n- The ordered package NDC {ndc} is named by this recall."
        ));
    }
    if let Some(n) = &recall.recall_number {
        detail.push_str(&format!("\n- FDA recall number: {}", plain(n.as_str())));
    }
    detail.push_str(&format!("\n- Firm: {}", plain(&recall.firm)));
    detail.push_str(&format!("\n- Reason: {}", plain(&recall.reason)));
    if !lots.is_empty() {
        detail.push_str(&format!("\n- Recalled lots: {}", plain(&lots.join(", "))));
    }
    detail.push_str("\n\nCheck the NDC and lot of the package dispensed.");
    card(&summary, &detail, Indicator::Warning)
}
