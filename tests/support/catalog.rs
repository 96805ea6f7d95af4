//! The catalog tables, read through their public path: every id of `ALL` mapped
//! through `info()`.

use legcramps::{
    Condition, ConditionId, Medication, MedicationId, Remedy, RemedyId, RiskFactor, RiskFactorId,
};

/// Every medication row, in `MedicationId::ALL` order.
pub fn medications() -> Vec<&'static Medication> {
    MedicationId::ALL.iter().map(|&id| id.info()).collect()
}

/// Every condition row, in `ConditionId::ALL` order.
pub fn conditions() -> Vec<&'static Condition> {
    ConditionId::ALL.iter().map(|&id| id.info()).collect()
}

/// Every risk-factor row, in `RiskFactorId::ALL` order.
pub fn risk_factors() -> Vec<&'static RiskFactor> {
    RiskFactorId::ALL.iter().map(|&id| id.info()).collect()
}

/// Every remedy row, in `RemedyId::ALL` order.
pub fn remedies() -> Vec<&'static Remedy> {
    RemedyId::ALL.iter().map(|&id| id.info()).collect()
}
