//! Deserializing output values whose text and sources live in the crate's tables: the
//! JSON may repeat them (as serialization writes them) but may not change them.

/// A field of an output value read from JSON does not match the crate's table row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {id} {field}: must match the crate's table row")]
pub(crate) struct TableMismatch {
    what: &'static str,
    id: String,
    field: &'static str,
}

/// Checks that an optional value read from JSON equals the table's value.
pub(crate) fn same<T: PartialEq + ?Sized, U: std::borrow::Borrow<T>>(
    given: Option<U>,
    table: &T,
    what: &'static str,
    id: impl serde::Serialize,
    field: &'static str,
) -> Result<(), TableMismatch> {
    match given {
        Some(v) if v.borrow() != table => Err(TableMismatch {
            what,
            id: serde_json::to_string(&id).unwrap_or_default(),
            field,
        }),
        _ => Ok(()),
    }
}
