//! Token-level helpers for lot extraction: coarse word classes, glued labels and the
//! lot shape.

use super::tokenizer::{Seps, Token, Tokens};
use super::vocabulary::{
    WordClass, ascii_word_flags, is_number, is_phone, is_placeholder, is_size, is_time,
};

/// What a token is, judged on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Coarse {
    /// A word of prose: letters only, in none of the tables.
    Word,
    /// A word that ends with a colon (`Foreign:`): it introduces a list.
    Heading,
    /// Anything else (labels, numbers, dates, connectors, markers, units).
    Other,
}

pub(super) fn coarse(t: &Token<'_>, class: WordClass) -> Coarse {
    let c = t.core;
    if c.is_empty() || c.chars().any(|ch| ch.is_ascii_digit()) || is_placeholder(c) {
        return Coarse::Other;
    }
    let known = class.has(
        WordClass::LOT_LABEL
            | WordClass::DATE_LABEL
            | WordClass::DATE_FILLER
            | WordClass::OTHER_LABEL
            | WordClass::CODE_LABEL
            | WordClass::CONNECTOR
            | WordClass::STOP
            | WordClass::NO_DATE
            | WordClass::MONTH
            | WordClass::UNIT,
    ) || c.chars().count() == 1;
    if known {
        Coarse::Other
    } else if t.ends_with_colon() {
        Coarse::Heading
    } else {
        Coarse::Word
    }
}

/// Splits labels glued to their value: `Lot:17-275322`, `BUD:10/23/2021`,
/// `Exp.07/2016`, `EXP06/2021`, `NDC3321678316`, `Chargennummer:NXXXX`.
///
/// Reads on from a [`Tokens`] cursor one token at a time; cloning it gives a second
/// cursor that reads on from the same place.
#[derive(Debug, Clone)]
pub(super) struct Glued<'a> {
    text: &'a str,
    inner: Tokens<'a>,
    /// The value half of a split token, given out next.
    pending: Option<Token<'a>>,
}

impl<'a> Glued<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Glued {
            text,
            inner: Tokens::new(text),
            pending: None,
        }
    }
}

impl<'a> Iterator for Glued<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(t) = self.pending.take() {
            return Some(t);
        }
        let t = self.inner.next()?;
        let Some((head_len, value_at)) = glue_point(t.core) else {
            return Some(t);
        };
        let text = self.text;
        let head_end = t.start + head_len;
        let value_start = t.start + value_at;
        let head = text.get(t.start..head_end).unwrap_or("");
        let value = text.get(value_start..t.end).unwrap_or("");
        let core = value.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = value.len() - core.len();
        self.pending = Some(Token {
            raw: value,
            core,
            start: value_start + lead,
            end: t.end,
            before: Seps::default(),
        });
        Some(Token {
            raw: text.get(t.start..value_start).unwrap_or(head),
            core: head,
            start: t.start,
            end: head_end,
            before: t.before,
        })
    }
}

/// Where a glued label ends and its value starts, if `core` is `label:value`,
/// `label.value` (date labels) or `labelDIGITS` (exp, ndc, upc, sku).
pub(super) fn glue_point(core: &str) -> Option<(usize, usize)> {
    let alpha = core.bytes().take_while(u8::is_ascii_alphabetic).count();
    if alpha == 0 || alpha == core.len() {
        return None;
    }
    let head = core.get(..alpha)?;
    // The byte after the letters decides which tables are asked (most tokens are asked
    // none).
    let next = core.as_bytes().get(alpha).copied()?;
    let value_at = || {
        core.bytes()
            .enumerate()
            .skip(alpha)
            .find(|(_, b)| b.is_ascii_alphanumeric())
            .map(|(i, _)| i)
    };
    match next {
        b':' => {
            // `head` is ASCII letters: the merged table answers for each table.
            let labels = WordClass::LOT_LABEL
                | WordClass::DATE_LABEL
                | WordClass::OTHER_LABEL
                | WordClass::CODE_LABEL;
            let any_label =
                ascii_word_flags(head) & labels != 0 || head.eq_ignore_ascii_case("code");
            any_label.then(value_at).flatten().map(|v| (alpha, v))
        }
        b'.' if ascii_word_flags(head) & WordClass::DATE_LABEL != 0 => {
            value_at().map(|v| (alpha, v))
        }
        b'0'..=b'9'
            if ["exp", "ndc", "upc", "sku", "bud"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(head)) =>
        {
            Some((alpha, alpha))
        }
        _ => None,
    }
}

pub(super) fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

pub(super) fn is_dash(raw: &str) -> bool {
    !raw.is_empty()
        && raw
            .chars()
            .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
}

/// Characters a lot may hold inside (see [`LotNumber`]).
pub(super) fn lot_chars_ok(core: &str) -> bool {
    core.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '@' | ':' | '-' | '/' | '.' | '_' | '+'))
}

/// Letters and digits, at least three characters, at least one digit, and not a date,
/// quantity, phone number, decimal number or placeholder.
///
/// `date` is the caller's `is_date_token(core, false)` answer, so that the token window
/// reads each token as a date once; `glued` its `is_glued_quantity(core)` answer, for
/// the same reason.
pub(super) fn lot_shaped_unless_date(core: &str, date: bool, glued: bool) -> bool {
    !date
        && core.chars().count() >= 3
        && has_digit(core)
        && lot_chars_ok(core)
        && !is_placeholder(core)
        && !glued
        && !is_size(core)
        && !is_phone(core)
        && !is_time(core, false)
        && !(core.contains('.') && is_number(core))
}
