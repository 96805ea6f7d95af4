//! Conditions and medicines.

use crate::condition::{CONDITIONS, ComplaintCode, ConditionId, ICD10CM_SYSTEM};
use crate::medication::{MEDICATIONS, MedicationId, resolve_medication};
use crate::profile::OtherMedication;
use crate::recall::{LotNumber, Ndc};

use super::node::Node;
use super::{Gathered, IgnoredReason, PackageSeen, ReadError};
use crate::fhir::RXNORM_SYSTEM;

/// The NDC code system.
const NDC_SYSTEM: &str = "http://hl7.org/fhir/sid/ndc";

/// A coding, its `system` and its `code`.
type CodingParts<'a> = (Node<'a>, Option<&'a str>, Option<&'a str>);

/// The codings of `concept` (a CodeableConcept).
fn codings<'a>(concept: &Node<'a>) -> Result<Vec<CodingParts<'a>>, ReadError> {
    let mut out = Vec::new();
    for coding in concept.list("coding")? {
        let system = coding.opt_str("system")?;
        let code = coding.opt_str("code")?;
        out.push((coding, system, code));
    }
    Ok(out)
}

/// Whether a status CodeableConcept (`clinicalStatus`, `verificationStatus`) has one of
/// the `codes`.
fn status_is(node: &Node<'_>, member: &str, codes: &[&str]) -> Result<bool, ReadError> {
    let Some(concept) = node.get(member)? else {
        return Ok(false);
    };
    for (_, _, code) in codings(&concept)? {
        if code.is_some_and(|c| codes.contains(&c)) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A Condition: a catalog condition, the complaint (our own output), or not recognised.
pub(super) fn condition(node: &Node<'_>, got: &mut Gathered) -> Result<(), ReadError> {
    let used = ["code", "clinicalStatus", "verificationStatus"];
    if status_is(node, "verificationStatus", &["entered-in-error", "refuted"])?
        || status_is(
            node,
            "clinicalStatus",
            &["inactive", "resolved", "remission"],
        )?
    {
        got.ignore(
            node.path.clone(),
            describe(node)?,
            IgnoredReason::NotCurrent,
        );
        return Ok(());
    }
    let Some(code) = node.get("code")? else {
        got.ignore(
            node.path.clone(),
            "Condition without a code",
            IgnoredReason::NotRecognised,
        );
        return Ok(());
    };
    let codes = codings(&code)?;
    let complaint = codes.iter().any(|(_, system, c)| {
        ComplaintCode::ALL
            .iter()
            .any(|k| Some(k.system) == *system && Some(k.code) == *c)
    });
    if complaint {
        got.ignore(
            node.path.clone(),
            describe(node)?,
            IgnoredReason::AssessmentOutput,
        );
        return Ok(());
    }
    let by_code = codes.iter().find_map(|(_, system, c)| {
        let (Some(system), Some(c)) = (system, c) else {
            return None;
        };
        CONDITIONS
            .iter()
            .find(|row| *system == ICD10CM_SYSTEM && row.icd10cm == Some(*c))
            .map(|row| row.id)
    });
    // Our own bundle writes a condition without a verified code as its catalog name
    // alone; that form (no coding at all) is read back.
    let by_name = if codes.is_empty() {
        let text = code.opt_str("text")?;
        CONDITIONS
            .iter()
            .find(|row| Some(row.name) == text)
            .map(|row| row.id)
    } else {
        None
    };
    match by_code.or(by_name) {
        Some(id) => {
            add_condition(got, id);
            got.unused_members(node, &used)
        }
        None => {
            got.ignore(
                node.path.clone(),
                describe(node)?,
                IgnoredReason::NotRecognised,
            );
            Ok(())
        }
    }
}

fn add_condition(got: &mut Gathered, id: ConditionId) {
    if !got.conditions.contains(&id) {
        got.conditions.push(id);
    }
}

/// A Condition in a few words: its code text and codings.
fn describe(node: &Node<'_>) -> Result<String, ReadError> {
    let Some(code) = node.get("code")? else {
        return Ok("Condition without a code".to_owned());
    };
    let mut parts: Vec<String> = Vec::new();
    for (_, system, c) in codings(&code)? {
        parts.push(format!(
            "{} {}",
            system.unwrap_or("(no system)"),
            c.unwrap_or("(no code)")
        ));
    }
    let text = code.opt_str("text")?.unwrap_or("Condition");
    Ok(if parts.is_empty() {
        text.to_owned()
    } else {
        format!("{text} ({})", parts.join(", "))
    })
}

/// A MedicationStatement or MedicationRequest.
pub(super) fn medication(node: &Node<'_>, got: &mut Gathered) -> Result<(), ReadError> {
    let kind = node.req("resourceType")?.str()?;
    let status = node.opt_str("status")?;
    let not_current: &[&str] = if kind == "MedicationRequest" {
        &["cancelled", "completed", "entered-in-error", "stopped"]
    } else {
        &["stopped", "entered-in-error", "not-taken", "completed"]
    };
    if status.is_some_and(|s| not_current.contains(&s)) {
        got.ignore(
            node.path.clone(),
            format!("{kind} ({})", status.unwrap_or("")),
            IgnoredReason::NotCurrent,
        );
        return Ok(());
    }
    let mut used = vec!["status", "medicationCodeableConcept", "medicationReference"];
    let (concept, lot) = match node.get("medicationCodeableConcept")? {
        Some(concept) => (concept, None),
        None => match contained_medication(node)? {
            Some((medication, lot)) => {
                used.push("contained");
                (medication, lot)
            }
            None => {
                let what = match node.get("medicationReference")? {
                    Some(r) => r
                        .opt_str("display")?
                        .or(r.opt_str("reference")?)
                        .unwrap_or(kind)
                        .to_owned(),
                    None => kind.to_owned(),
                };
                got.ignore(node.path.clone(), what, IgnoredReason::MedicationReference);
                return Ok(());
            }
        },
    };
    let name = concept_name(&concept)?;
    let mut label = None;
    for (coding, system, code) in codings(&concept)? {
        if system == Some(NDC_SYSTEM) {
            if let Some(code) = code {
                let ndc: Ndc = code
                    .parse()
                    .map_err(|e: crate::recall::NdcError| coding.invalid(e.to_string()))?;
                if let (None, Some(lot)) = (&label, &lot) {
                    label = Some((ndc, lot.clone()));
                }
                got.packages.push(PackageSeen {
                    path: coding.path.clone(),
                    ndc,
                    lot: lot.clone(),
                    name: name.map(str::to_owned),
                });
            }
        }
    }
    resolve(&concept, name, label, got)?;
    got.unused_members(node, &used)
}

/// A `medicationReference` to a contained Medication (`#id`): its `code` node and its
/// `batch.lotNumber`.
fn contained_medication<'a>(
    node: &Node<'a>,
) -> Result<Option<(Node<'a>, Option<LotNumber>)>, ReadError> {
    let Some(reference) = node.get("medicationReference")? else {
        return Ok(None);
    };
    let Some(local) = reference
        .opt_str("reference")?
        .and_then(|r| r.strip_prefix('#'))
    else {
        return Ok(None);
    };
    for contained in node.list("contained")? {
        if contained.opt_str("resourceType")? == Some("Medication")
            && contained.opt_str("id")? == Some(local)
        {
            let Some(code) = contained.get("code")? else {
                return Ok(None);
            };
            let lot = match contained.get("batch")? {
                Some(batch) => match batch.get("lotNumber")? {
                    Some(lot) => Some(
                        lot.str()?
                            .parse::<LotNumber>()
                            .map_err(|e| lot.invalid(e.to_string()))?,
                    ),
                    None => None,
                },
                None => None,
            };
            return Ok(Some((code, lot)));
        }
    }
    Ok(None)
}

/// The medicine's name: the concept's `text`, else the first coding `display`.
fn concept_name<'a>(concept: &Node<'a>) -> Result<Option<&'a str>, ReadError> {
    if let Some(text) = concept.opt_str("text")? {
        return Ok(Some(text));
    }
    for coding in concept.list("coding")? {
        if let Some(display) = coding.opt_str("display")? {
            return Ok(Some(display));
        }
    }
    Ok(None)
}

/// The one place where a medicine's codes and name become catalog ids or an "other
/// medication": RxNorm codings, through [`resolve_medication`] (verified ingredient
/// RxCUIs only); else a name equal to a catalog
/// generic name (how our own bundle writes catalog medicines without an RxNorm code);
/// else the name kept as written, which the assessment resolves with the same
/// resolver (so "Quinine sulfate 324 MG Oral Capsule" counts as quinine there, and
/// the name as written is what the output shows).
fn resolve(
    concept: &Node<'_>,
    name: Option<&str>,
    label: Option<(Ndc, LotNumber)>,
    got: &mut Gathered,
) -> Result<(), ReadError> {
    let mut found: Vec<MedicationId> = Vec::new();
    let mut rxnorm_codes: Vec<&str> = Vec::new();
    for (_, system, code) in codings(concept)? {
        if let (Some(RXNORM_SYSTEM), Some(code)) = (system, code) {
            rxnorm_codes.push(code);
            // Only a bare code: the resolver maps verified ingredient RxCUIs and
            // nothing else.
            if code.bytes().all(|b| b.is_ascii_digit()) {
                found.extend(resolve_medication(code).ids());
            }
        }
    }
    let mut by_name = None;
    if found.is_empty() {
        if let Some(row) = MEDICATIONS.iter().find(|m| Some(m.generic) == name) {
            found.push(row.id);
            by_name = name.map(str::to_owned);
        }
    }
    if found.is_empty() {
        let written = match (name, rxnorm_codes.first()) {
            (Some(name), _) => name.to_owned(),
            (None, Some(code)) => format!("RxNorm {code}"),
            (None, None) => {
                return Err(
                    concept.invalid("a medicine needs a text, a coding display or an RxNorm code")
                );
            }
        };
        let mut medicine = OtherMedication::new(written).map_err(|e| {
            let at = concept
                .get("text")
                .ok()
                .flatten()
                .unwrap_or_else(|| concept.clone());
            at.invalid(e.to_string())
        })?;
        if let Some((ndc, lot)) = label {
            medicine = medicine.with_label(ndc, lot);
        }
        got.other_medications.push(medicine);
    }
    for id in found {
        if !got.medications.iter().any(|(m, _)| *m == id) {
            got.medications.push((id, by_name.clone()));
        }
    }
    Ok(())
}
