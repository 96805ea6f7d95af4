//! FHIR R4 resources and CDS Hooks cards. (placeholder)
