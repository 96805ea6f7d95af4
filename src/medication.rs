//! The medication catalog: drugs prescribed for night cramps, drugs that do not help,
//! and drugs that may bring cramps on, each with its evidence and sources.
//!
//! The rows live in `MEDICATIONS` (one per [`MedicationId`]); find a row by id with
//! [`MedicationId::info`] or by a generic or brand name with [`lookup_medication`].

use serde::{Deserialize, Serialize};

use crate::evidence::{Citation, EffectSize, EvidenceLevel};

mod causes;
mod resolve;
mod rows;
mod treats;
mod words;

pub use resolve::{Ingredient, Resolution, resolve_medication};
pub(crate) use rows::MEDICATIONS;

/// A drug in the catalog, by its generic (ingredient) name.
///
/// Serialized as its snake_case name, e.g. `"hydrochlorothiazide"`.
///
/// When adding a variant, add it at the end, give it a row in `MEDICATIONS` and an
/// arm in [`MedicationId::info`], and append it to [`MedicationId::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::MedicationId;
///
/// let id: MedicationId = serde_json::from_str("\"salbutamol\"")?;
/// assert_eq!(id.info().generic, "salbutamol");
/// assert!(id.may_cause_cramps());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MedicationId {
    /// Carisoprodol (Soma).
    Carisoprodol,
    /// Gabapentin (Horizant, Gralise, Neurontin).
    Gabapentin,
    /// Diltiazem (Cardizem).
    Diltiazem,
    /// Verapamil (Verelan, Calan).
    Verapamil,
    /// Orphenadrine (Norflex, Norgesic).
    Orphenadrine,
    /// Quinine.
    Quinine,
    /// Ibuprofen (NSAID).
    Ibuprofen,
    /// Aspirin (NSAID).
    Aspirin,
    /// Naproxen (NSAID).
    Naproxen,
    /// Salmeterol (long-acting beta2-agonist).
    Salmeterol,
    /// Formoterol (long-acting beta2-agonist).
    Formoterol,
    /// Salbutamol, also called albuterol (short-acting beta2-agonist).
    Salbutamol,
    /// Spironolactone (potassium-sparing diuretic).
    Spironolactone,
    /// Amiloride (potassium-sparing diuretic).
    Amiloride,
    /// Triamterene (potassium-sparing diuretic).
    Triamterene,
    /// Hydrochlorothiazide (thiazide diuretic).
    Hydrochlorothiazide,
    /// Chlorthalidone (thiazide-like diuretic).
    Chlorthalidone,
    /// Furosemide (loop diuretic).
    Furosemide,
    /// Atorvastatin (statin).
    Atorvastatin,
    /// Simvastatin (statin).
    Simvastatin,
    /// Rosuvastatin (statin).
    Rosuvastatin,
    /// Pravastatin (statin).
    Pravastatin,
    /// Iron sucrose, given intravenously.
    IronSucrose,
    /// Conjugated estrogens.
    ConjugatedEstrogens,
    /// Raloxifene.
    Raloxifene,
    /// Teriparatide.
    Teriparatide,
    /// Nifedipine (calcium channel blocker).
    Nifedipine,
}

/// What a drug's place is in the story of night cramps.
///
/// # Examples
///
/// ```
/// use legcramps::{MedicationId, MedicationRole};
///
/// let quinine = MedicationId::Quinine.info();
/// assert_eq!(quinine.roles, &[MedicationRole::EffectiveNotRoutine]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MedicationRole {
    /// Doctors sometimes prescribe it for cramps, but the evidence is limited.
    PrescribedForCramps,
    /// Shown to work, but not for routine use because of serious harms (quinine).
    EffectiveNotRoutine,
    /// Does not relieve a cramp (it may ease soreness afterwards).
    DoesNotRelieveCramps,
    /// Linked with cramps as a possible side effect.
    MayCauseCramps,
}

/// The drug class of a catalog row.
///
/// # Examples
///
/// ```
/// use legcramps::{DrugClass, MedicationId};
///
/// assert_eq!(MedicationId::Chlorthalidone.info().class, DrugClass::ThiazideDiuretic);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DrugClass {
    /// Inhaled long-acting beta2-agonists (LABA), e.g. salmeterol.
    LongActingBetaAgonist,
    /// Short-acting beta2-agonists, e.g. salbutamol.
    ShortActingBetaAgonist,
    /// Potassium-sparing diuretics, e.g. spironolactone.
    PotassiumSparingDiuretic,
    /// Thiazide and thiazide-like diuretics (Garrison-2012 groups them together).
    ThiazideDiuretic,
    /// Loop diuretics, e.g. furosemide.
    LoopDiuretic,
    /// Statins (HMG-CoA reductase inhibitors).
    Statin,
    /// Calcium channel blockers.
    CalciumChannelBlocker,
    /// Non-steroidal anti-inflammatory drugs, including aspirin.
    Nsaid,
    /// Centrally acting muscle relaxants.
    MuscleRelaxant,
    /// Gabapentinoids.
    Gabapentinoid,
    /// Antimalarials (quinine).
    Antimalarial,
    /// Iron given into a vein.
    ParenteralIron,
    /// Estrogens.
    Estrogen,
    /// Selective estrogen receptor modulators, e.g. raloxifene.
    SelectiveEstrogenReceptorModulator,
    /// Parathyroid hormone and its analogues, e.g. teriparatide.
    ParathyroidHormoneAnalogue,
}

/// One row of the medication catalog.
///
/// Serializes as a JSON object with every field. A row is catalog data, not input: it
/// does not deserialize (so JSON cannot invent a drug fact); read a [`MedicationId`] and
/// call [`MedicationId::info`].
///
/// # Examples
///
/// ```
/// use legcramps::MedicationId;
/// use legcramps::evidence::EvidenceLevel;
///
/// let diltiazem = MedicationId::Diltiazem.info();
/// assert_eq!(diltiazem.brands, &["Cardizem"]);
/// assert_eq!(diltiazem.evidence, EvidenceLevel::AanC);
/// assert_eq!(diltiazem.atc, Some("C08DB01"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Medication {
    /// The catalog id.
    pub id: MedicationId,
    /// The generic (ingredient) name, lower case.
    pub generic: &'static str,
    /// Brand names named by the sources.
    pub brands: &'static [&'static str],
    /// Other names that mean the same ingredient: a US or WHO spelling, or a salt
    /// named in the sources (e.g. `"albuterol"`, `"orphenadrine citrate"`).
    pub other_names: &'static [&'static str],
    /// The drug class.
    pub class: DrugClass,
    /// Its roles; the first is the main one.
    pub roles: &'static [MedicationRole],
    /// The evidence behind the main (first) role.
    pub evidence: EvidenceLevel,
    /// The Garrison-2012 sequence ratio for the drug's class, where the study gave one.
    pub effect: Option<EffectSize>,
    /// RxNorm ingredient RxCUI, only where the fact base verifies it.
    pub rxnorm: Option<&'static str>,
    /// WHO ATC code (main systemic code), only where the fact base verifies it.
    pub atc: Option<&'static str>,
    /// Whether a cited source says not to use it in pregnancy. `false` means no such
    /// statement is in the fact base, not that the drug is safe in pregnancy.
    pub contraindicated_in_pregnancy: bool,
    /// Safety warnings and conditions of use, each ending with its source key.
    pub warnings: &'static [&'static str],
    /// A short plain-English note on the drug and cramps.
    pub note: &'static str,
    /// Sources for the clinical content of the row.
    pub citations: &'static [Citation],
    /// Sources for the RxNorm and ATC codes (empty when there are no codes).
    pub code_citations: &'static [Citation],
}

impl Medication {
    /// Every name the row answers to: the generic name, then other names, then brands.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::MedicationId;
    ///
    /// let names: Vec<_> = MedicationId::Salbutamol.info().names().collect();
    /// assert_eq!(names, ["salbutamol", "albuterol"]);
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &'static str> + use<> {
        std::iter::once(self.generic)
            .chain(self.other_names.iter().copied())
            .chain(self.brands.iter().copied())
    }

    /// Whether the row has the given role.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{MedicationId, MedicationRole};
    ///
    /// let naproxen = MedicationId::Naproxen.info();
    /// assert!(naproxen.has_role(MedicationRole::MayCauseCramps));
    /// assert!(naproxen.has_role(MedicationRole::DoesNotRelieveCramps));
    /// ```
    pub fn has_role(&self, role: MedicationRole) -> bool {
        self.roles.contains(&role)
    }
}

impl MedicationId {
    /// The catalog row for this drug. Never panics: every id has exactly one row,
    /// chosen by an exhaustive `match`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::MedicationId;
    ///
    /// assert_eq!(MedicationId::Gabapentin.info().brands, &["Horizant", "Gralise", "Neurontin"]);
    /// ```
    pub fn info(self) -> &'static Medication {
        self.row()
    }

    /// Whether the catalog lists the drug as a possible cause of cramps.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::MedicationId;
    ///
    /// assert!(MedicationId::Spironolactone.may_cause_cramps());
    /// assert!(!MedicationId::Diltiazem.may_cause_cramps());
    /// ```
    pub fn may_cause_cramps(self) -> bool {
        self.info().has_role(MedicationRole::MayCauseCramps)
    }
}

/// Normalises a drug name for lookup.
///
/// The name is lower-cased (Unicode rules) and every character that is not a letter
/// or digit is dropped: spaces anywhere, punctuation (`.` `,` `-` `/` `(` `)` `'`
/// ...), and symbols such as `®` and `™`. Nothing else changes: there is no stemming,
/// no spelling correction and no removal of words such as strengths or salts. The
/// function is idempotent: normalising its own output changes nothing.
///
/// # Examples
///
/// ```
/// use legcramps::normalize_drug_name;
///
/// assert_eq!(normalize_drug_name(" NEURONTIN. "), "neurontin");
/// assert_eq!(normalize_drug_name("Hydro-chloro thiazide"), "hydrochlorothiazide");
/// assert_eq!(normalize_drug_name("Soma®"), "soma");
/// assert_eq!(normalize_drug_name("Calan SR 240"), "calansr240");
/// ```
pub fn normalize_drug_name(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Finds a catalog row by generic name, other name or brand name.
///
/// Both sides are compared after [`normalize_drug_name`], so case, spaces and
/// punctuation do not matter. Anything else does: an unknown name, a misspelling or a
/// name with extra words (a strength, "SR") gives `None`, never a best guess.
///
/// # Examples
///
/// ```
/// use legcramps::{lookup_medication, MedicationId};
///
/// assert_eq!(lookup_medication(" NEURONTIN. ").map(|m| m.id), Some(MedicationId::Gabapentin));
/// assert_eq!(lookup_medication("albuterol").map(|m| m.id), Some(MedicationId::Salbutamol));
/// assert_eq!(lookup_medication("hydro-chlorothiazide").map(|m| m.id),
///            Some(MedicationId::Hydrochlorothiazide));
/// assert!(lookup_medication("neurontn").is_none());
/// assert!(lookup_medication("").is_none());
/// ```
pub fn lookup_medication(name: &str) -> Option<&'static Medication> {
    let key = normalize_drug_name(name);
    if key.is_empty() {
        return None;
    }
    MEDICATIONS
        .iter()
        .find(|row| row.names().any(|n| normalized_eq(&key, n)))
}

/// Whether `normalized` equals `normalize_drug_name(raw)`, without allocating.
fn normalized_eq(normalized: &str, raw: &str) -> bool {
    raw.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .eq(normalized.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalized_eq_agrees_with_normalize() {
        for row in MEDICATIONS {
            for name in row.names() {
                assert!(normalized_eq(&normalize_drug_name(name), name), "{name}");
            }
        }
        assert!(!normalized_eq("soma", "Somax"));
    }

    #[test]
    fn no_two_rows_share_a_normalised_name() {
        let mut seen = std::collections::HashMap::new();
        for row in MEDICATIONS {
            for name in row.names() {
                let key = normalize_drug_name(name);
                assert!(!key.is_empty(), "{name} normalises to nothing");
                if let Some(other) = seen.insert(key, row.id) {
                    panic!("{name} is claimed by {other:?} and {:?}", row.id);
                }
            }
        }
    }
}
