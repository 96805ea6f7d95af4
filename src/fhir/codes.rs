//! Every fixed code the FHIR mappings write, one row each, with where it comes from.
//!
//! Codes from the crate's catalogs (RxNorm ingredient codes on [`Medication`] rows,
//! the ICD-10-CM complaint codes [`SLEEP_RELATED_LEG_CRAMPS`] and [`CRAMP_AND_SPASM`])
//! are not repeated here; the mappings read them from the catalogs.
//!
//! [`Medication`]: crate::Medication
//! [`SLEEP_RELATED_LEG_CRAMPS`]: crate::ComplaintCode::SLEEP_RELATED_LEG_CRAMPS
//! [`CRAMP_AND_SPASM`]: crate::ComplaintCode::CRAMP_AND_SPASM

use super::Coding;
use crate::evidence::Citation;

/// SNOMED CT's FHIR system URI.
pub(crate) const SNOMED_SYSTEM: &str = "http://snomed.info/sct";
/// LOINC's FHIR system URI.
pub(crate) const LOINC_SYSTEM: &str = "http://loinc.org";
/// RxNorm's FHIR system URI.
pub(crate) const RXNORM_SYSTEM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
/// FHIR R4 code system for `RiskAssessment.prediction.qualitativeRisk`.
pub(crate) const RISK_PROBABILITY_SYSTEM: &str =
    "http://terminology.hl7.org/CodeSystem/risk-probability";
/// FHIR R4 code system for `Condition.clinicalStatus`.
pub(crate) const CONDITION_CLINICAL_SYSTEM: &str =
    "http://terminology.hl7.org/CodeSystem/condition-clinical";
/// FHIR R4 code system for `Condition.verificationStatus`.
pub(crate) const CONDITION_VERIFICATION_SYSTEM: &str =
    "http://terminology.hl7.org/CodeSystem/condition-ver-status";

/// One fixed code: its system, code and display, and the source that shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct CodeInfo {
    /// The code system URI.
    pub system: &'static str,
    /// The code.
    pub code: &'static str,
    /// The display text the source gives.
    pub display: &'static str,
    /// Where the code was verified (a section of the clinical fact base or the FHIR
    /// specification).
    pub source: &'static str,
    /// Citation keys, where the crate's source table has one for it.
    pub citations: &'static [Citation],
}

impl CodeInfo {
    /// The code as a FHIR [`Coding`].
    pub fn coding(&self) -> Coding {
        Coding::lit(self.system, self.code, self.display)
    }
}

/// SNOMED CT 449918009 "Cramp in lower leg": the code of an episode in the calf.
pub(crate) const CRAMP_IN_LOWER_LEG: CodeInfo = CodeInfo {
    system: SNOMED_SYSTEM,
    code: "449918009",
    display: "Cramp in lower leg",
    source: "clinical fact base 7.1 and 9.3 (HL7 IPS SNOMED CT free set, 2022-07-31 edition)",
    citations: &[],
};

/// SNOMED CT 424647005 "Cramp in limb": the code of an episode in the foot or thigh,
/// which "lower leg" would not describe.
pub(crate) const CRAMP_IN_LIMB: CodeInfo = CodeInfo {
    system: SNOMED_SYSTEM,
    code: "424647005",
    display: "Cramp in limb",
    source: "clinical fact base 9.3 (HL7 IPS SNOMED CT free set, 2022-07-31 edition)",
    citations: &[],
};

/// SNOMED CT 55300003 "Cramp": the code of an episode in another muscle.
pub(crate) const CRAMP: CodeInfo = CodeInfo {
    system: SNOMED_SYSTEM,
    code: "55300003",
    display: "Cramp",
    source: "clinical fact base 9.3 (HL7 IPS SNOMED CT free set, 2022-07-31 edition)",
    citations: &[],
};

/// LOINC 72514-3, the 0–10 pain score, as an episode's pain component.
pub(crate) const PAIN_SEVERITY_0_10: CodeInfo = CodeInfo {
    system: LOINC_SYSTEM,
    code: "72514-3",
    display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
    source: "clinical fact base 7.4",
    citations: &[Citation::LoincPain],
};

/// `active` in FHIR's condition-clinical code system.
pub(crate) const CLINICAL_ACTIVE: CodeInfo = CodeInfo {
    system: CONDITION_CLINICAL_SYSTEM,
    code: "active",
    display: "Active",
    source: "FHIR R4 code system condition-clinical",
    citations: &[],
};

/// `unconfirmed` in FHIR's condition-ver-status code system: what a person reports
/// about themselves, not confirmed by a clinician.
pub(crate) const VERIFICATION_UNCONFIRMED: CodeInfo = CodeInfo {
    system: CONDITION_VERIFICATION_SYSTEM,
    code: "unconfirmed",
    display: "Unconfirmed",
    source: "FHIR R4 code system condition-ver-status",
    citations: &[],
};

/// `low` in FHIR's risk-probability code system.
pub(crate) const RISK_LOW: CodeInfo = CodeInfo {
    system: RISK_PROBABILITY_SYSTEM,
    code: "low",
    display: "Low likelihood",
    source: "FHIR R4 code system risk-probability",
    citations: &[],
};

/// `moderate` in FHIR's risk-probability code system.
pub(crate) const RISK_MODERATE: CodeInfo = CodeInfo {
    system: RISK_PROBABILITY_SYSTEM,
    code: "moderate",
    display: "Moderate likelihood",
    source: "FHIR R4 code system risk-probability",
    citations: &[],
};

/// `high` in FHIR's risk-probability code system.
pub(crate) const RISK_HIGH: CodeInfo = CodeInfo {
    system: RISK_PROBABILITY_SYSTEM,
    code: "high",
    display: "High likelihood",
    source: "FHIR R4 code system risk-probability",
    citations: &[],
};

/// Every fixed code the mappings write.
#[cfg(test)]
pub(crate) static CODES: &[CodeInfo] = &[
    CRAMP_IN_LOWER_LEG,
    CRAMP_IN_LIMB,
    CRAMP,
    PAIN_SEVERITY_0_10,
    CLINICAL_ACTIVE,
    VERIFICATION_UNCONFIRMED,
    RISK_LOW,
    RISK_MODERATE,
    RISK_HIGH,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::{Code, Text, Uri};

    #[test]
    fn every_code_row_is_valid_fhir() {
        for c in CODES {
            assert!(Uri::new(c.system).is_ok(), "{c:?}");
            assert!(Code::new(c.code).is_ok(), "{c:?}");
            assert!(Text::new(c.display).is_ok(), "{c:?}");
        }
    }
}
