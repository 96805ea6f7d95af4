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

crate::table::catalog! {
    /// Every medication row, one per [`MedicationId`], in the order of [`MedicationId::ALL`].
    pub(crate) static MEDICATIONS: [Medication] by MedicationId;
    const ROWS: [_; COUNT];
    /// Every id, in declaration order; each id's row is [`MedicationId::info`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::MedicationId;
    ///
    /// assert!(MedicationId::ALL.iter().all(|id| !id.info().citations.is_empty()));
    /// ```
    pub const ALL;
    /// The row for an id: an exhaustive match, so it cannot miss or panic.
    pub(super) fn row;
    {
        Carisoprodol => CARISOPRODOL,
        Gabapentin => GABAPENTIN,
        Diltiazem => DILTIAZEM,
        Verapamil => VERAPAMIL,
        Orphenadrine => ORPHENADRINE,
        Quinine => QUININE,
        Ibuprofen => IBUPROFEN,
        Aspirin => ASPIRIN,
        Naproxen => NAPROXEN,
        Salmeterol => SALMETEROL,
        Formoterol => FORMOTEROL,
        Salbutamol => SALBUTAMOL,
        Spironolactone => SPIRONOLACTONE,
        Amiloride => AMILORIDE,
        Triamterene => TRIAMTERENE,
        Hydrochlorothiazide => HYDROCHLOROTHIAZIDE,
        Chlorthalidone => CHLORTHALIDONE,
        Furosemide => FUROSEMIDE,
        Atorvastatin => ATORVASTATIN,
        Simvastatin => SIMVASTATIN,
        Rosuvastatin => ROSUVASTATIN,
        Pravastatin => PRAVASTATIN,
        IronSucrose => IRON_SUCROSE,
        ConjugatedEstrogens => CONJUGATED_ESTROGENS,
        Raloxifene => RALOXIFENE,
        Teriparatide => TERIPARATIDE,
        Nifedipine => NIFEDIPINE,
    }
}
