//! The medication catalog. (Rows filled in by the catalogs work.)

use serde::{Deserialize, Serialize};

/// A drug in the catalog, by its generic (ingredient) name.
///
/// Serialized as its snake_case name, e.g. `"hydrochlorothiazide"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
