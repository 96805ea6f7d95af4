//! Deserialization of a [`Medication`] row: JSON must match the catalog's row.

use serde::{Deserialize, Deserializer};

use super::{DrugClass, Medication, MedicationId, MedicationRole};
use crate::evidence::rowcheck::{RowCheck, same_opt, same_strs};
use crate::evidence::{Citation, EffectSize, EvidenceLevel};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMedication {
    id: MedicationId,
    generic: String,
    brands: Vec<String>,
    other_names: Vec<String>,
    class: DrugClass,
    roles: Vec<MedicationRole>,
    evidence: EvidenceLevel,
    effect: Option<EffectSize>,
    rxnorm: Option<String>,
    atc: Option<String>,
    contraindicated_in_pregnancy: bool,
    warnings: Vec<String>,
    note: String,
    citations: Vec<Citation>,
    code_citations: Vec<Citation>,
}

impl<'de> Deserialize<'de> for Medication {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawMedication::deserialize(deserializer)?;
        let row = raw.id.info();
        RowCheck::default()
            .field("generic", raw.generic == row.generic)
            .field("brands", same_strs(&raw.brands, row.brands))
            .field("other_names", same_strs(&raw.other_names, row.other_names))
            .field("class", raw.class == row.class)
            .field("roles", raw.roles == row.roles)
            .field("evidence", raw.evidence == row.evidence)
            .field("effect", raw.effect == row.effect)
            .field("rxnorm", same_opt(&raw.rxnorm, row.rxnorm))
            .field("atc", same_opt(&raw.atc, row.atc))
            .field(
                "contraindicated_in_pregnancy",
                raw.contraindicated_in_pregnancy == row.contraindicated_in_pregnancy,
            )
            .field("warnings", same_strs(&raw.warnings, row.warnings))
            .field("note", raw.note == row.note)
            .field("citations", raw.citations == row.citations)
            .field("code_citations", raw.code_citations == row.code_citations)
            .finish("medication", format_args!("{:?}", row.generic))?;
        Ok(*row)
    }
}
