//! Deserialization of [`Condition`] rows and [`ComplaintCode`]s: JSON must match the
//! catalog.

use serde::{Deserialize, Deserializer};

use super::{COMPLAINT_CODES, ComplaintCode, Condition, ConditionId};
use crate::evidence::rowcheck::{RowCheck, same_opt};
use crate::evidence::{Citation, EffectSize, EvidenceLevel};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    id: ConditionId,
    name: String,
    figure: String,
    effect: Option<EffectSize>,
    evidence: EvidenceLevel,
    icd10cm: Option<String>,
    citations: Vec<Citation>,
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawCondition::deserialize(deserializer)?;
        let row = raw.id.info();
        RowCheck::default()
            .field("name", raw.name == row.name)
            .field("figure", raw.figure == row.figure)
            .field("effect", raw.effect == row.effect)
            .field("evidence", raw.evidence == row.evidence)
            .field("icd10cm", same_opt(&raw.icd10cm, row.icd10cm))
            .field("citations", raw.citations == row.citations)
            .finish("condition", format_args!("{:?}", row.name))?;
        Ok(*row)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComplaintCode {
    system: String,
    code: String,
    display: String,
    citations: Vec<Citation>,
}

impl<'de> Deserialize<'de> for ComplaintCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawComplaintCode::deserialize(deserializer)?;
        let Some(known) = COMPLAINT_CODES
            .iter()
            .find(|c| c.system == raw.system && c.code == raw.code)
        else {
            return Err(serde::de::Error::custom(format_args!(
                "unknown complaint code {:?} in system {:?}",
                raw.code, raw.system
            )));
        };
        RowCheck::default()
            .field("display", raw.display == known.display)
            .field("citations", raw.citations == known.citations)
            .finish("complaint code", format_args!("{:?}", known.code))?;
        Ok(*known)
    }
}
