//! (placeholder: filled in by the models and catalogs work)
