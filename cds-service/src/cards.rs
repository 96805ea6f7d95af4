//! Building CDS Hooks cards: a summary cut to fit, a detail, the source.

use legcramps::evidence::Citation;
use legcramps::fhir::{Card, Indicator};
use serde_json::Value;

use crate::app::ApiError;

/// A card from the library (source: legcramps decision support); the summary is cut
/// to the 139 characters CDS Hooks allows (with an ellipsis), and the detail ends
/// with the decision-support note.
pub fn card(summary: &str, detail: &str, indicator: Indicator) -> Result<Value, ApiError> {
    let mut short: String = summary.chars().take(138).collect();
    if short.chars().count() < summary.chars().count() {
        short.push('…');
    }
    let card =
        Card::new(indicator, &short, detail).map_err(|e| ApiError::bad_request(e.to_string()))?;
    to_value(&card)
}

pub fn to_value(card: &Card) -> Result<Value, ApiError> {
    serde_json::to_value(card)
        .map_err(|e| ApiError::bad_request(format!("cannot write a card: {e}")))
}

/// Citation keys as "(Key-1; Key-2)".
pub fn cited(citations: &[Citation]) -> String {
    if citations.is_empty() {
        return String::new();
    }
    let keys: Vec<&str> = citations.iter().map(|c| c.key()).collect();
    format!(" ({})", keys.join("; "))
}

/// Text from a FHIR record made safe for a Markdown card detail: one line, and
/// Markdown's special characters escaped.
pub fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if c.is_whitespace() => out.push(' '),
            c if c.is_control() => {}
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A value's JSON word, such as `self_care` for an urgency.
pub fn word<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s.replace('_', " "),
        _ => String::from("(unknown)"),
    }
}
