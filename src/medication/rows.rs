//! The rows of the medication catalog, one per [`MedicationId`], in declaration order.
//!
//! Codes: RxNorm RxCUIs and ATC codes come from clinical.md §7.2, §7.3 and §9. Codes that
//! the fact base marks UNVERIFIED are absent (orphenadrine RxCUI, iron sucrose,
//! conjugated estrogens RxCUI), and so are the single-source "medium-low" RxCUIs of §9.1
//! (amiloride, triamterene, formoterol, raloxifene, teriparatide): a missing code means
//! "look it up", a wrong one would misfile a record.

use super::causes::{
    AMILORIDE, ATORVASTATIN, CHLORTHALIDONE, CONJUGATED_ESTROGENS, FORMOTEROL, FUROSEMIDE,
    HYDROCHLOROTHIAZIDE, IRON_SUCROSE, NIFEDIPINE, PRAVASTATIN, RALOXIFENE, ROSUVASTATIN,
    SALBUTAMOL, SALMETEROL, SIMVASTATIN, SPIRONOLACTONE, TERIPARATIDE, TRIAMTERENE,
};
use super::treats::{
    ASPIRIN, CARISOPRODOL, DILTIAZEM, GABAPENTIN, IBUPROFEN, NAPROXEN, ORPHENADRINE, QUININE,
    VERAPAMIL,
};
use super::{Medication, MedicationId};

/// Every medication row, one per [`MedicationId`], in the order of [`MedicationId::ALL`].
///
/// # Examples
///
/// ```
/// use legcramps::MEDICATIONS;
///
/// assert!(MEDICATIONS.iter().all(|m| !m.citations.is_empty()));
/// ```
pub static MEDICATIONS: &[Medication] = &[
    CARISOPRODOL,
    GABAPENTIN,
    DILTIAZEM,
    VERAPAMIL,
    ORPHENADRINE,
    QUININE,
    IBUPROFEN,
    ASPIRIN,
    NAPROXEN,
    SALMETEROL,
    FORMOTEROL,
    SALBUTAMOL,
    SPIRONOLACTONE,
    AMILORIDE,
    TRIAMTERENE,
    HYDROCHLOROTHIAZIDE,
    CHLORTHALIDONE,
    FUROSEMIDE,
    ATORVASTATIN,
    SIMVASTATIN,
    ROSUVASTATIN,
    PRAVASTATIN,
    IRON_SUCROSE,
    CONJUGATED_ESTROGENS,
    RALOXIFENE,
    TERIPARATIDE,
    NIFEDIPINE,
];

/// The row for `id`: an exhaustive match, so it cannot miss or panic.
pub(super) fn row(id: MedicationId) -> &'static Medication {
    match id {
        MedicationId::Carisoprodol => &CARISOPRODOL,
        MedicationId::Gabapentin => &GABAPENTIN,
        MedicationId::Diltiazem => &DILTIAZEM,
        MedicationId::Verapamil => &VERAPAMIL,
        MedicationId::Orphenadrine => &ORPHENADRINE,
        MedicationId::Quinine => &QUININE,
        MedicationId::Ibuprofen => &IBUPROFEN,
        MedicationId::Aspirin => &ASPIRIN,
        MedicationId::Naproxen => &NAPROXEN,
        MedicationId::Salmeterol => &SALMETEROL,
        MedicationId::Formoterol => &FORMOTEROL,
        MedicationId::Salbutamol => &SALBUTAMOL,
        MedicationId::Spironolactone => &SPIRONOLACTONE,
        MedicationId::Amiloride => &AMILORIDE,
        MedicationId::Triamterene => &TRIAMTERENE,
        MedicationId::Hydrochlorothiazide => &HYDROCHLOROTHIAZIDE,
        MedicationId::Chlorthalidone => &CHLORTHALIDONE,
        MedicationId::Furosemide => &FUROSEMIDE,
        MedicationId::Atorvastatin => &ATORVASTATIN,
        MedicationId::Simvastatin => &SIMVASTATIN,
        MedicationId::Rosuvastatin => &ROSUVASTATIN,
        MedicationId::Pravastatin => &PRAVASTATIN,
        MedicationId::IronSucrose => &IRON_SUCROSE,
        MedicationId::ConjugatedEstrogens => &CONJUGATED_ESTROGENS,
        MedicationId::Raloxifene => &RALOXIFENE,
        MedicationId::Teriparatide => &TERIPARATIDE,
        MedicationId::Nifedipine => &NIFEDIPINE,
    }
}
