//! A JSON value with the FHIR path that leads to it, so every error can say where.

use serde_json::{Map, Value};

use super::{ReadError, ReadErrorKind};

/// A borrowed JSON value and its FHIR path, such as `Bundle.entry[3].resource.birthDate`.
#[derive(Debug, Clone)]
pub(crate) struct Node<'a> {
    pub(crate) value: &'a Value,
    pub(crate) path: String,
}

impl<'a> Node<'a> {
    pub(crate) fn new(value: &'a Value, path: impl Into<String>) -> Self {
        Node {
            value,
            path: path.into(),
        }
    }

    pub(crate) fn error(&self, kind: ReadErrorKind) -> ReadError {
        ReadError::new(self.path.clone(), kind)
    }

    fn wrong(&self, expected: &'static str) -> ReadError {
        self.error(ReadErrorKind::WrongType {
            expected,
            found: json_kind(self.value),
        })
    }

    pub(crate) fn object(&self) -> Result<&'a Map<String, Value>, ReadError> {
        self.value
            .as_object()
            .ok_or_else(|| self.wrong("an object"))
    }

    /// The member `key`, if present (a JSON `null` counts as absent).
    pub(crate) fn get(&self, key: &str) -> Result<Option<Node<'a>>, ReadError> {
        Ok(self
            .object()?
            .get(key)
            .filter(|v| !v.is_null())
            .map(|v| Node::new(v, format!("{}.{key}", self.path))))
    }

    /// The member `key`, which must be present.
    pub(crate) fn req(&self, key: &'static str) -> Result<Node<'a>, ReadError> {
        self.get(key)?
            .ok_or_else(|| ReadError::new(format!("{}.{key}", self.path), ReadErrorKind::Missing))
    }

    pub(crate) fn str(&self) -> Result<&'a str, ReadError> {
        self.value.as_str().ok_or_else(|| self.wrong("a string"))
    }

    pub(crate) fn bool(&self) -> Result<bool, ReadError> {
        self.value
            .as_bool()
            .ok_or_else(|| self.wrong("true or false"))
    }

    pub(crate) fn int(&self) -> Result<i64, ReadError> {
        self.value
            .as_i64()
            .ok_or_else(|| self.wrong("a whole number"))
    }

    /// The items of an array, each with its index in the path.
    pub(crate) fn items(&self) -> Result<Vec<Node<'a>>, ReadError> {
        let items = self
            .value
            .as_array()
            .ok_or_else(|| self.wrong("an array"))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, v)| Node::new(v, format!("{}[{i}]", self.path)))
            .collect())
    }

    /// The items of the array member `key`; none when it is absent.
    pub(crate) fn list(&self, key: &str) -> Result<Vec<Node<'a>>, ReadError> {
        match self.get(key)? {
            Some(n) => n.items(),
            None => Ok(Vec::new()),
        }
    }

    /// The string member `key`, if present.
    pub(crate) fn opt_str(&self, key: &str) -> Result<Option<&'a str>, ReadError> {
        self.get(key)?.map(|n| n.str()).transpose()
    }

    /// An invalid value at this path.
    pub(crate) fn invalid(&self, problem: impl Into<String>) -> ReadError {
        self.error(ReadErrorKind::Invalid {
            value: short_text(self.value),
            problem: problem.into(),
        })
    }
}

/// The JSON kind of a value, for "expected a string, found a number".
pub(crate) fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A value as short text for an error message: strings as they are, other values as
/// JSON, either cut to 80 characters.
pub(crate) fn short_text(value: &Value) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}
