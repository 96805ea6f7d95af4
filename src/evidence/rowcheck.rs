//! Helpers for deserializing catalog rows: a row read from JSON is accepted only when
//! it equals the catalog's own row, and the catalog's `'static` row is returned.

/// The first field of a deserialized row that differs from the catalog row.
#[derive(Debug, Default)]
pub(crate) struct RowCheck {
    first_difference: Option<&'static str>,
}

impl RowCheck {
    /// Records `field` as different unless `same` holds (keeps the first one only).
    pub(crate) fn field(mut self, field: &'static str, same: bool) -> Self {
        if !same && self.first_difference.is_none() {
            self.first_difference = Some(field);
        }
        self
    }

    /// Builds the serde error for a row `id` of `table` that does not match, if any.
    pub(crate) fn finish<E: serde::de::Error>(
        self,
        table: &str,
        id: impl std::fmt::Display,
    ) -> Result<(), E> {
        match self.first_difference {
            None => Ok(()),
            Some(field) => Err(E::custom(format_args!(
                "{table} row {id} differs from the catalog in field `{field}`"
            ))),
        }
    }
}

/// Whether owned strings equal the static ones, in order.
pub(crate) fn same_strs(owned: &[String], table: &[&str]) -> bool {
    owned.len() == table.len() && owned.iter().zip(table).all(|(a, b)| a == b)
}

/// Whether an optional owned string equals the static one.
pub(crate) fn same_opt(owned: &Option<String>, table: Option<&str>) -> bool {
    owned.as_deref() == table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_difference() {
        let err = RowCheck::default()
            .field("a", true)
            .field("b", false)
            .field("c", false)
            .finish::<serde_json::Error>("medication", "\"x\"")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "medication row \"x\" differs from the catalog in field `b`"
        );
        assert!(
            RowCheck::default()
                .field("a", true)
                .finish::<serde_json::Error>("t", 1)
                .is_ok()
        );
    }

    #[test]
    fn string_helpers() {
        assert!(same_strs(&["a".to_owned()], &["a"]));
        assert!(!same_strs(&["a".to_owned()], &["a", "b"]));
        assert!(same_opt(&None, None));
        assert!(!same_opt(&Some("1".to_owned()), Some("2")));
    }
}
