//! Cramp-episode Observations, in exactly the shape
//! [`episode_observation`](crate::fhir::episode_observation) writes.

use chrono::{DateTime, FixedOffset};

use crate::episode::{CrampEpisode, Muscle, Side};
use crate::remedy::RemedyId;

use super::node::Node;
use super::{Gathered, IgnoredReason, ReadError, ReadErrorKind};
use crate::fhir::map::{body_site_text, cramp_concept};
use crate::fhir::{CRAMP, CRAMP_IN_LIMB, CRAMP_IN_LOWER_LEG, PAIN_SEVERITY_0_10};

const MUSCLES: [Muscle; 5] = [
    Muscle::Calf,
    Muscle::Foot,
    Muscle::FrontOfThigh,
    Muscle::BackOfThigh,
    Muscle::Other,
];
const SIDES: [Side; 3] = [Side::Left, Side::Right, Side::Both];

/// Whether a CodeableConcept carries one of our three cramp codes.
fn is_cramp(code: &Node<'_>) -> Result<bool, ReadError> {
    for coding in code.list("coding")? {
        let system = coding.opt_str("system")?;
        let c = coding.opt_str("code")?;
        if [&CRAMP_IN_LOWER_LEG, &CRAMP_IN_LIMB, &CRAMP]
            .iter()
            .any(|k| Some(k.system) == system && Some(k.code) == c)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

fn time(node: &Node<'_>) -> Result<DateTime<FixedOffset>, ReadError> {
    let text = node.str()?;
    text.parse::<crate::fhir::DateTime>()
        .map(|t| t.get())
        .map_err(|e| node.invalid(e.problem().to_owned()))
}

/// An Observation: a cramp episode when its code is one of our cramp codes; other
/// Observations are listed as not read.
pub(super) fn observation(
    node: &Node<'_>,
    as_of: DateTime<FixedOffset>,
    got: &mut Gathered,
) -> Result<(), ReadError> {
    let code = node.req("code")?;
    if !is_cramp(&code)? {
        got.ignore(
            node.path.clone(),
            "Observation (not a cramp episode)",
            IgnoredReason::UnsupportedResource,
        );
        return Ok(());
    }
    let status = node.req("status")?;
    if status.str()? == "entered-in-error" {
        got.ignore(
            node.path.clone(),
            "cramp Observation",
            IgnoredReason::NotCurrent,
        );
        return Ok(());
    }
    let site = node.req("bodySite")?.req("text")?;
    let site_text = site.str()?;
    let (muscle, side) = MUSCLES
        .iter()
        .flat_map(|&m| SIDES.iter().map(move |&s| (m, s)))
        .find(|&(m, s)| body_site_text(m, s) == site_text)
        .ok_or_else(|| {
            site.invalid("not a body site text our episodes use, such as \"Left calf\"")
        })?;
    let (concept, words) = cramp_concept(muscle);
    let coded = code.list("coding")?.iter().any(|c| {
        c.opt_str("system").ok().flatten() == Some(concept.system)
            && c.opt_str("code").ok().flatten() == Some(concept.code)
    });
    if !coded {
        return Err(code.invalid(format!(
            "the body site {site_text:?} needs the code {} {}",
            concept.system, concept.code
        )));
    }
    if let Some(text) = code.opt_str("text")? {
        if text != words {
            return Err(code
                .req("text")?
                .invalid(format!("expected {words:?} for {site_text:?}")));
        }
    }
    let period = node.req("effectivePeriod")?;
    let start_node = period.req("start")?;
    let start = time(&start_node)?;
    let end_node = period.req("end")?;
    let end = time(&end_node)?;
    if start > as_of {
        return Err(start_node.invalid(format!(
            "the episode starts after the as-of instant {as_of}"
        )));
    }
    let span = end.signed_duration_since(start);
    if span.subsec_nanos() != 0 {
        return Err(end_node.invalid("the episode must last a whole number of seconds"));
    }

    let mut pain = None;
    let mut woke = None;
    let mut in_bed = None;
    for component in node.list("component")? {
        let ccode = component.req("code")?;
        let is_pain = ccode.list("coding")?.iter().any(|c| {
            c.opt_str("system").ok().flatten() == Some(PAIN_SEVERITY_0_10.system)
                && c.opt_str("code").ok().flatten() == Some(PAIN_SEVERITY_0_10.code)
        });
        if is_pain {
            pain = Some(component.req("valueInteger")?);
            continue;
        }
        match ccode.opt_str("text")? {
            Some("Woke from sleep") => woke = Some(component.req("valueBoolean")?.bool()?),
            Some("In bed at night") => in_bed = Some(component.req("valueBoolean")?.bool()?),
            _ => got.ignore(
                component.path.clone(),
                "component",
                IgnoredReason::UnusedElement,
            ),
        }
    }
    let missing = |what: &str| {
        ReadError::new(
            format!("{}.component", node.path),
            ReadErrorKind::Invalid {
                value: String::new(),
                problem: format!("a cramp episode needs the {what} component"),
            },
        )
    };
    let pain = pain.ok_or_else(|| missing("pain (LOINC 72514-3)"))?;
    let pain_value = pain.int()?;
    let woke = woke.ok_or_else(|| missing("\"Woke from sleep\""))?;
    let in_bed = in_bed.ok_or_else(|| missing("\"In bed at night\""))?;

    let mut remedies = Vec::new();
    for note in node.list("note")? {
        let text_node = note.req("text")?;
        let text = text_node.str()?;
        match text
            .strip_prefix("Eased by: ")
            .and_then(|t| t.strip_suffix('.'))
        {
            Some(list) => {
                for name in list.split("; ") {
                    let id = RemedyId::ALL
                        .iter()
                        .copied()
                        .find(|r| r.info().name == name)
                        .ok_or_else(|| {
                            text_node.invalid(format!("{name:?} is not a remedy in the catalog"))
                        })?;
                    remedies.push(id);
                }
            }
            None => got.ignore(note.path.clone(), "note", IgnoredReason::UnusedElement),
        }
    }
    let episode = CrampEpisode::builder(start)
        .duration_secs(span.num_seconds())
        .muscle(muscle)
        .side(side)
        .pain(pain_value)
        .woke(woke)
        .in_bed_at_night(in_bed)
        .relieved_by_all(remedies)
        .build()
        .map_err(|e| {
            let at = match e.field() {
                "pain" => pain.path.clone(),
                _ => period.path.clone(),
            };
            ReadError::new(
                at,
                ReadErrorKind::Invalid {
                    value: e.value().to_owned(),
                    problem: e.to_string(),
                },
            )
        })?;
    got.episodes.push(episode);
    got.unused_members(
        node,
        &[
            "status",
            "code",
            "bodySite",
            "effectivePeriod",
            "component",
            "note",
        ],
    )
}
