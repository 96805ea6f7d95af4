//! `schemars::JsonSchema` for the types whose serde form is written by hand (feature
//! `schema`). The derived types carry `#[cfg_attr(feature = "schema", ...)]` where they
//! are defined; the fieldless enums get theirs from `text_enum!`.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::{LotNumber, MedicationName, Ndc, OtherMedication};

/// The characters [`MedicationName`] counts as showing nothing (see `invisible` in
/// `profile/medicine.rs`): whitespace, control characters and the invisible format
/// characters. A name must contain one character outside this class.
const VISIBLE: &str =
    r"[^\s\p{Cc}\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]";

impl JsonSchema for MedicationName {
    fn schema_name() -> Cow<'static, str> {
        "MedicationName".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A medicine's name as written; it must contain at least one visible character.",
            "pattern": VISIBLE,
        })
    }
}

impl JsonSchema for Ndc {
    fn schema_name() -> Cow<'static, str> {
        "Ndc".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A package NDC, hyphenated (4-4-2, 5-3-2, 5-4-1) or as 11 digits; the segment rules are checked by the library, not by this schema.",
            "pattern": r"\S",
        })
    }
}

impl JsonSchema for LotNumber {
    fn schema_name() -> Cow<'static, str> {
        "LotNumber".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A lot number as printed; it must contain a letter or digit (checked by the library after NFKC folding; the schema only requires a character that is not whitespace).",
            "pattern": r"\S",
        })
    }
}

/// A medicine by name, with the package NDC and the lot number when known.
// The same fields as `EntryRepr` in `profile/medicine.rs`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Only its schema is used.
struct LabelledMedication {
    name: MedicationName,
    #[serde(default)]
    ndc: Option<Ndc>,
    #[serde(default)]
    lot: Option<LotNumber>,
}

impl JsonSchema for OtherMedication {
    fn schema_name() -> Cow<'static, str> {
        "OtherMedication".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let name = generator.subschema_for::<MedicationName>();
        let labelled = LabelledMedication::json_schema(generator);
        json_schema!({
            "description": "A medicine by name, or an object with its name and, for the recall check, the package NDC and lot number.",
            "anyOf": [name, labelled],
        })
    }
}

impl JsonSchema for crate::Citation {
    fn schema_name() -> Cow<'static, str> {
        "Citation".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let keys: Vec<&str> = crate::evidence::SOURCES.iter().map(|s| s.key).collect();
        json_schema!({"type": "string", "description": "A source's citation key.", "enum": keys})
    }
}

impl JsonSchema for crate::recall::RecallStatus {
    fn schema_name() -> Cow<'static, str> {
        "RecallStatus".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "The recall's status: \"ongoing\", \"completed\", \"terminated\", or another status as openFDA gave it.",
        })
    }
}
