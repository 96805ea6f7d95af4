//! (placeholder: filled in by the assessment work)
