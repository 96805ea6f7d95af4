//! Token-level helpers for lot extraction: coarse word classes, glued labels and the
//! lot shape.

use super::tokenizer::{Seps, Token, Tokens};
use super::vocabulary::{
    WordClass, ascii_word_flags, date_token_kinds, glued_date, is_glued_quantity, is_number,
    is_phone, is_placeholder, is_size, is_time, month_year, slash_date_kinds, split_date_kinds,
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
    coarse_shaped(t, class, Shape::of(t.core))
}

/// [`coarse`] for a token whose core's [`Shape`] is known.
pub(super) fn coarse_shaped(t: &Token<'_>, class: WordClass, shape: Shape) -> Coarse {
    let c = t.core;
    if c.is_empty() || shape.has(Shape::DIGIT) || (shape.has(Shape::X) && is_placeholder(c)) {
        return Coarse::Other;
    }
    let one_char = if shape.has(Shape::WIDE) {
        c.chars().count() == 1
    } else {
        c.len() == 1
    };
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
    ) || one_char;
    if known {
        Coarse::Other
    } else if t.ends_with_colon() {
        Coarse::Heading
    } else {
        Coarse::Word
    }
}

/// Which kinds of bytes a token's core holds, from one pass over it: what most of the
/// token tests need to know before (or instead of) reading the token again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape(u16);

impl Shape {
    /// An ASCII digit.
    pub(super) const DIGIT: u16 = 1;
    /// An ASCII letter.
    pub(super) const ALPHA: u16 = 1 << 1;
    /// `/`.
    pub(super) const SLASH: u16 = 1 << 2;
    /// `-`.
    pub(super) const DASH: u16 = 1 << 3;
    /// `.`.
    pub(super) const DOT: u16 = 1 << 4;
    /// `:`.
    pub(super) const COLON: u16 = 1 << 5;
    /// `@`, `_` or `+` (the rest of what a lot may hold inside).
    pub(super) const LOT_MARK: u16 = 1 << 6;
    /// Any other ASCII byte.
    pub(super) const OTHER: u16 = 1 << 7;
    /// A byte of a character that is not ASCII.
    pub(super) const WIDE: u16 = 1 << 8;
    /// `x` or `X` (placeholders are runs of them).
    pub(super) const X: u16 = 1 << 9;

    pub(super) fn of(s: &str) -> Shape {
        Shape(s.bytes().fold(0, |m, b| m | SHAPE_BITS[usize::from(b)]))
    }

    /// Whether the core holds any of the kinds `bits` names.
    pub(super) fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }

    /// Whether the core holds only kinds that `bits` names.
    pub(super) fn only(self, bits: u16) -> bool {
        self.0 & !bits == 0
    }
}

/// The [`Shape`] bit of each byte value.
static SHAPE_BITS: [u16; 256] = {
    let mut t = [Shape::WIDE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'0'..=b'9' => Shape::DIGIT,
            b'x' | b'X' => Shape::ALPHA | Shape::X,
            b'a'..=b'z' | b'A'..=b'Z' => Shape::ALPHA,
            b'/' => Shape::SLASH,
            b'-' => Shape::DASH,
            b'.' => Shape::DOT,
            b':' => Shape::COLON,
            b'@' | b'_' | b'+' => Shape::LOT_MARK,
            _ => Shape::OTHER,
        };
        b += 1;
    }
    t
};

/// [`date_token_kinds`] for a core whose [`Shape`] is known: a core with `-` or `.` is
/// read by splitting it, one with `/` only as a slash date, one with none of them can
/// only be a date glued to a month name (`1FEB2015`, `MAY2028`), and one without letters
/// as well is none.
pub(super) fn date_kinds(core: &str, shape: Shape) -> [bool; 2] {
    if !shape.has(Shape::DIGIT) {
        return [false, false];
    }
    if shape.has(Shape::WIDE) {
        return date_token_kinds(core);
    }
    if shape.has(Shape::DASH | Shape::DOT) {
        return split_date_kinds(core);
    }
    if shape.has(Shape::SLASH) {
        return slash_date_kinds(core);
    }
    if !shape.has(Shape::ALPHA) {
        return [false, false];
    }
    let anywhere = glued_date(core, false) || month_year(core);
    [anywhere, anywhere || glued_date(core, true)]
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

/// [`is_glued_quantity`] for a core whose [`Shape`] is known: a glued quantity starts
/// with its number and ends with a unit, which has a letter, a `%` or a character that
/// is not ASCII (`µg`); any other core is none, unread.
pub(super) fn glued_quantity(core: &str, shape: Shape) -> bool {
    shape.has(Shape::DIGIT)
        && shape.has(Shape::ALPHA | Shape::OTHER | Shape::WIDE)
        && core
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
        && is_glued_quantity(core)
}

/// Letters and digits, at least three characters, at least one digit, and not a date,
/// quantity, phone number, decimal number or placeholder.
///
/// `date` is the caller's `is_date_token(core, false)` answer, so that the token window
/// reads each token as a date once; `glued` its `is_glued_quantity(core)` answer, for
/// the same reason; `shape` the core's [`Shape`], which rules most of the tests out
/// without reading the core again.
pub(super) fn lot_shaped_unless_date(core: &str, date: bool, glued: bool, shape: Shape) -> bool {
    let ascii = !shape.has(Shape::WIDE);
    let long_enough = if ascii {
        core.len() >= 3
    } else {
        core.chars().count() >= 3
    };
    // For ASCII, a lot's characters are letters, digits and `@ : - / . _ +`.
    let chars_ok = if ascii {
        !shape.has(Shape::OTHER)
    } else {
        lot_chars_ok(core)
    };
    !date
        && long_enough
        && shape.has(Shape::DIGIT)
        && chars_ok
        && !(shape.has(Shape::X) && is_placeholder(core))
        && !glued
        && !is_size(core)
        && !(shape.only(Shape::DIGIT | Shape::DASH | Shape::DOT) && is_phone(core))
        && !(shape.has(Shape::COLON) && is_time(core, false))
        && !(shape.has(Shape::DOT) && is_number(core))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`lot_shaped_unless_date`] as it was before [`Shape`]: every test on the core.
    fn lot_shaped_by_reading(core: &str, date: bool, glued: bool) -> bool {
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

    proptest::proptest! {
        /// The shape-led tests answer as the full readings do, on lot-, date- and
        /// word-like cores and on any text.
        #[test]
        fn shape_led_tests_are_the_full_readings(
            core in proptest::prop_oneof![
                "[0-9A-Za-z@:/._+-]{0,14}",
                "[0-9xX./:-]{0,12}",
                "(JAN|Apr|may|DEC|[0-9]{1,4})([-/.]?(JAN|Apr|may|DEC|[0-9]{1,4})){0,2}",
                "[0-9]{1,2}(jan|FEB|Sept|mar)[0-9]{2,4}",
                "[0-9.]{1,5}-?(mg|ML|g|G|%|µg|tabs|mg/ml|ct/5|x|[a-z]{1,3})",
                ".{0,10}",
            ],
            date in proptest::bool::ANY,
            glued in proptest::bool::ANY,
        ) {
            let shape = Shape::of(&core);
            proptest::prop_assert_eq!(date_kinds(&core, shape), date_token_kinds(&core));
            proptest::prop_assert_eq!(glued_quantity(&core, shape), is_glued_quantity(&core));
            proptest::prop_assert_eq!(
                lot_shaped_unless_date(&core, date, glued, shape),
                lot_shaped_by_reading(&core, date, glued)
            );
        }
    }
}
