//! The word tables the medication resolver reads: what a medication string may hold
//! around an ingredient name (strengths, units, dose forms, release modifiers, label
//! words), the salts and esters that may follow an ingredient, the words that join the
//! parts of a combination, and the products whose brand name stands for more (or other)
//! than one catalog row.
//!
//! Every table is matched on whole, lower-cased words: nothing here is a prefix, a
//! stem or a spelling variant worked out at run time.

use super::MedicationId;

/// Units of strength and amount, as they appear on labels and in RxNorm names
/// (`324 MG`, `90 mcg/actuation`, `1000 IU`, `5 mEq`, `24HR`).
pub(super) static UNITS: &[&str] = &[
    "mg",
    "mcg",
    "µg",
    "μg",
    "ug",
    "microgram",
    "micrograms",
    "milligram",
    "milligrams",
    "g",
    "gm",
    "gram",
    "grams",
    "kg",
    "ml",
    "l",
    "iu",
    "unit",
    "units",
    "meq",
    "mmol",
    "actuation",
    "actuations",
    "act",
    "puff",
    "puffs",
    "dose",
    "doses",
    "spray",
    "sprays",
    "hr",
    "hrs",
    "h",
    "hour",
    "hours",
    "day",
    "daily",
    "percent",
];

/// Dose forms and routes (RxNorm dose-form words and their usual abbreviations).
pub(super) static DOSE_FORMS: &[&str] = &[
    "tablet",
    "tablets",
    "tab",
    "tabs",
    "caplet",
    "caplets",
    "capsule",
    "capsules",
    "cap",
    "caps",
    "oral",
    "solution",
    "suspension",
    "syrup",
    "liquid",
    "elixir",
    "inhaler",
    "inhalers",
    "inhalation",
    "inhaled",
    "aerosol",
    "metered",
    "hfa",
    "mdi",
    "dpi",
    "powder",
    "pen",
    "pens",
    "injection",
    "injectable",
    "injector",
    "auto",
    "prefilled",
    "syringe",
    "cartridge",
    "cream",
    "ointment",
    "gel",
    "lotion",
    "topical",
    "transdermal",
    "patch",
    "nebuliser",
    "nebulizer",
    "nebulised",
    "nebulized",
    "nebule",
    "nebules",
    "respules",
    "vial",
    "ampoule",
    "ampule",
    "drops",
    "chewable",
    "dispersible",
    "effervescent",
    "orally",
    "disintegrating",
    "odt",
    "film",
    "coated",
    "sublingual",
    "rectal",
    "suppository",
    "intravenous",
    "iv",
    "subcutaneous",
    "sc",
    "im",
    "intramuscular",
    "granules",
    "sachet",
    "sachets",
    "pack",
    "kit",
    "dry",
];

/// Release modifiers, including the brand suffixes that mean one (`Cardizem CD`,
/// `Calan SR`, `Norflex SR`, `Norgesic Forte`).
pub(super) static MODIFIERS: &[&str] = &[
    "er",
    "xr",
    "xl",
    "sr",
    "cr",
    "cd",
    "la",
    "ec",
    "dr",
    "ir",
    "mr",
    "xt",
    "forte",
    "extended",
    "delayed",
    "modified",
    "controlled",
    "sustained",
    "immediate",
    "prolonged",
    "release",
    "released",
    "releasing",
    "action",
    "acting",
    "long",
    "enteric",
    "gastro",
    "resistant",
    "24hr",
    "12hr",
];

/// Words of pharmacy labels and lists that say nothing about the ingredient.
pub(super) static LABEL_WORDS: &[&str] = &[
    "usp",
    "bp",
    "ph",
    "eur",
    "nf",
    "rx",
    "only",
    "otc",
    "generic",
    "brand",
    "ndc",
    "bottle",
    "bottles",
    "count",
    "ct",
    "blister",
    "box",
    "carton",
    "strength",
    "each",
    "per",
    "contains",
    "containing",
    "equivalent",
    "to",
    "as",
    "base",
    "take",
    "at",
    "bedtime",
    "night",
    "nightly",
    "once",
    "twice",
    "a",
    "x",
    "nsaid",
    "single",
    "multi",
    "multiple",
    "use",
    "for",
    "vials",
    "actuator",
    "inhalations",
    "sample",
    "upc",
    "cii",
    "ciii",
    "civ",
    "cv",
    "fl",
    "oz",
];

/// Words that start the firm-and-address part of a label (`Manufactured by: ...`,
/// `Distributed by ...`, `Mfd. for ...`, `Made in India`): reading stops there, since
/// what follows names a company or a place, not an ingredient.
pub(super) static LABEL_TAIL_WORDS: &[&str] = &[
    "manufactured",
    "manufacturer",
    "mfd",
    "mfg",
    "mfr",
    "distributed",
    "distributor",
    "dist",
    "packaged",
    "packed",
    "repackaged",
    "relabeled",
    "relabelled",
    "compounded",
    "marketed",
    "made",
];

/// Words that join the parts of a combination product: `A and B`, `A with B`, `A plus B`
/// (the punctuation joiners `/ + & , ;` are read as characters).
pub(super) static JOINERS: &[&str] = &["and", "with", "plus", "w"];

/// Salts, esters and hydrates: read as part of the ingredient only when they follow an
/// ingredient name (`diltiazem hydrochloride`, `quinine bisulfate`, `atorvastatin
/// calcium`), so that `calcium carbonate` alone stays unrecognised.
pub(super) static SALTS: &[&str] = &[
    "hydrochloride",
    "hcl",
    "dihydrochloride",
    "sulfate",
    "sulphate",
    "bisulfate",
    "bisulphate",
    "disulfate",
    "citrate",
    "sodium",
    "potassium",
    "calcium",
    "magnesium",
    "fumarate",
    "propionate",
    "dipropionate",
    "xinafoate",
    "maleate",
    "besylate",
    "mesylate",
    "tartrate",
    "succinate",
    "acetate",
    "phosphate",
    "bromide",
    "chloride",
    "hydrobromide",
    "hyclate",
    "gluconate",
    "lactate",
    "dihydrate",
    "monohydrate",
    "trihydrate",
    "hemihydrate",
    "sesquihydrate",
    "hydrate",
    "anhydrous",
    "micronized",
    "micronised",
];

/// Ingredients that are not catalog rows but are known parts of a product the resolver
/// knows (caffeine, in Norgesic). Reported as known, so they do not make the product
/// "not recognised".
pub(super) static KNOWN_OTHER_INGREDIENTS: &[&str] = &["caffeine"];

/// A product whose name stands for something other than one catalog row.
pub(super) struct SpecialProduct {
    /// The name, as written (matched after normalising, like catalog names).
    pub name: &'static str,
    /// The catalog rows it contains, each with the substance actually in it and that
    /// substance's verified RxCUI (`None` where it differs from the row's ingredient).
    pub parts: &'static [(MedicationId, &'static str, Option<&'static str>)],
    /// Known ingredients that are not catalog rows.
    pub others: &'static [&'static str],
}

/// Products with their own treatment.
///
/// - Norgesic (and Norgesic Forte, read through the `forte` modifier) is orphenadrine
///   citrate with aspirin and caffeine, the combination WHO files as M03BC51
///   "orphenadrine, combinations" (clinical.md §9.2). Orphenadrine has no verified
///   ingredient RxCUI (§9.1); aspirin's is 1191.
/// - Horizant is gabapentin enacarbil, a prodrug of gabapentin and a different RxNorm
///   ingredient: it belongs to the gabapentin row's clinical story but must not carry
///   gabapentin's RxCUI 25480, and no RxCUI for the enacarbil is verified.
pub(super) static SPECIAL_PRODUCTS: &[SpecialProduct] = &[
    SpecialProduct {
        name: "Norgesic",
        parts: &[
            (MedicationId::Orphenadrine, "orphenadrine", None),
            (MedicationId::Aspirin, "aspirin", Some("1191")),
        ],
        others: &["caffeine"],
    },
    SpecialProduct {
        name: "Horizant",
        parts: &[(MedicationId::Gabapentin, "gabapentin enacarbil", None)],
        others: &[],
    },
    SpecialProduct {
        name: "gabapentin enacarbil",
        parts: &[(MedicationId::Gabapentin, "gabapentin enacarbil", None)],
        others: &[],
    },
];

/// Words that may come before a bare RxCUI (`RxCUI 9071`, `rxnorm:9071`).
pub(super) static CODE_PREFIXES: &[&str] = &["rxcui", "rxnorm"];
