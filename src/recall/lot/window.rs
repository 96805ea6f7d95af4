//! The window of tokens the lot extractor reads a text through, and the readers of runs
//! of tokens that are not lot values: lot labels, labels of other identifiers, list
//! markers, quantities, phone numbers and dates. Each reader looks at the token at `i`
//! and a few after it, and says how many tokens the run spans (or whether the token is
//! one).

use std::cell::Cell;

use super::token_shape::{
    Coarse, Glued, Shape, coarse, coarse_shaped, date_kinds, glued_quantity, has_digit,
    lot_shaped_unless_date,
};
use super::tokenizer::{Seps, Token};
use super::vocabulary::{WordClass, is_day, is_month_day, is_number, is_time, is_year4};
use crate::recall::ndc::{self, NdcMention};

/// How many tokens past the current one the readers may look at. The all-lots reader
/// looks furthest: up to 6 tokens to its noun (any label tail after that is read into
/// the window as it goes), then up to 60 to the end of its statement plus a date of up
/// to 3 tokens; lot labels look 3 ahead.
const AHEAD: usize = 80;
/// How many tokens before the current one stay in the window (the readers look back 1).
const BEHIND: usize = 4;
/// Tokens leave the front of the window in batches of this many, so the window stays a
/// few hundred tokens long however long the text is.
const SLIDE: usize = 256;

/// Appends a token's core in lower case to `arena`, only where the word tables could
/// hold it (they hold no digit and no word over 16 bytes); returns where it starts and
/// how long it is. The lower-case texts of the window's tokens share one buffer, so
/// reading a token allocates nothing once the buffer has grown.
fn push_lower(arena: &mut String, c: &str, shape: Shape) -> (usize, usize) {
    let at = arena.len();
    if c.len() > 16 || shape.has(Shape::DIGIT) {
        return (at, 0);
    }
    arena.push_str(c);
    if shape.has(Shape::WIDE) {
        arena.truncate(at);
        arena.push_str(&c.to_lowercase());
    } else if let Some(new) = arena.get_mut(at..) {
        new.make_ascii_lowercase();
    }
    (at, arena.len() - at)
}

/// One token in the window, with what the readers ask about it.
#[derive(Debug)]
struct Slot<'a> {
    tok: Token<'a>,
    /// Which word tables it is in.
    class: WordClass,
    word: Coarse,
    /// It overlaps an NDC.
    masked: bool,
    /// Read as a date: `[anywhere, where a date is expected]`.
    dates: [bool; 2],
    shaped: bool,
    /// A count or size glued to its unit (`100g`), asked once per token.
    glued: bool,
    digit: bool,
    /// The first index of its run of digit-bearing tokens (no clause break inside).
    group_start: usize,
    /// A word of prose sits right before that run.
    group_word_before: bool,
    /// Where its lower-case core sits in [`TokenWindow::lower`]: start and length.
    lower: (usize, usize),
    /// ASCII and none of the [`READER_WORDS`](super::vocabulary::READER_WORDS): the readers that compare the
    /// lower-case text of their first word pass it over.
    quiet: bool,
    /// It ends a sentence (see [`TokenWindow::ends_sentence`]).
    ends_sentence: bool,
    /// The kinds of bytes its core holds.
    shape: Shape,
}

/// A token's answers to the questions the extractor's pass asks of every token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Info<'a> {
    pub(super) core: &'a str,
    pub(super) before: Seps,
    pub(super) class: WordClass,
    pub(super) masked: bool,
    pub(super) quiet: bool,
    pub(super) digit: bool,
}

/// The tokens of a text as the extractor reads them: a window that holds the current
/// token, a few before it and [`AHEAD`] after it, so memory stays bounded
/// however long the text is.
pub(super) struct TokenWindow<'a> {
    pub(super) text: &'a str,
    /// NDC spans of the text, in text order.
    ndcs: Vec<(NdcMention, usize, usize)>,
    /// The first span in `ndcs` that may overlap the next token read.
    ndc_at: usize,
    /// The tokens not yet in the window.
    source: Glued<'a>,
    /// Tokens `base..base + slots.len()`.
    slots: Vec<Slot<'a>>,
    base: usize,
    /// `source` has no tokens left.
    exhausted: bool,
    /// The lower-case cores of the tokens in the window, one after another.
    lower: String,
    /// The last run of digit-bearing tokens looked at whole: its first index, and
    /// whether a word of prose follows it.
    group_after: Cell<Option<(usize, bool)>>,
}

impl<'a> TokenWindow<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        // Room for the tokens of a typical record's text (a token and its gap take
        // about six bytes), up to the window's usual size.
        let cap = (text.len() / 6 + 8).min(AHEAD + BEHIND + SLIDE + 8);
        TokenWindow {
            text,
            ndcs: ndc::scan(text),
            ndc_at: 0,
            source: Glued::new(text),
            slots: Vec::with_capacity(cap),
            base: 0,
            exhausted: false,
            lower: String::with_capacity(cap * 4),
            group_after: Cell::new(None),
        }
    }

    /// Starts reading the text again from its first token.
    pub(super) fn restart(&mut self) {
        self.source = Glued::new(self.text);
        self.slots.clear();
        self.base = 0;
        self.exhausted = false;
        self.lower.clear();
        self.ndc_at = 0;
        self.group_after.set(None);
    }

    /// Reads tokens into the window until it holds every token up to `i + AHEAD`
    /// (or the text ends).
    #[inline]
    pub(super) fn ensure(&mut self, i: usize) {
        while !self.exhausted && self.base + self.slots.len() <= i.saturating_add(AHEAD) {
            self.pull();
        }
    }

    /// Drops tokens more than [`BEHIND`] before `i` from the window, in batches.
    #[inline]
    pub(super) fn slide(&mut self, i: usize) {
        if i > self.base + BEHIND + SLIDE {
            self.drop_before(i);
        }
    }

    /// The work of [`slide`](Self::slide), once a batch is due.
    fn drop_before(&mut self, i: usize) {
        let drop = (i - BEHIND - self.base).min(self.slots.len().saturating_sub(1));
        self.slots.drain(..drop);
        self.base += drop;
        // The lower-case texts of the dropped tokens go too.
        let keep_from = self.slots.first().map_or(self.lower.len(), |s| s.lower.0);
        self.lower.drain(..keep_from);
        for s in &mut self.slots {
            s.lower.0 -= keep_from;
        }
    }

    /// Reads the next token into the window.
    fn pull(&mut self) {
        let Some(t) = self.source.next() else {
            self.exhausted = true;
            return;
        };
        let k = self.base + self.slots.len();
        while self
            .ndcs
            .get(self.ndc_at)
            .is_some_and(|(_, _, end)| *end <= t.start)
        {
            self.ndc_at += 1;
        }
        let masked = self
            .ndcs
            .get(self.ndc_at)
            .is_some_and(|(_, start, end)| *start < t.end && t.start < *end);
        let shape = Shape::of(t.core);
        let digit = shape.has(Shape::DIGIT);
        // The word tables hold no digits, and a unit with digits is written with a `/`
        // (`mg/5ml`) or is not ASCII: an ASCII core with digits and no `/` is in none.
        let class = if digit && !shape.has(Shape::SLASH | Shape::WIDE) {
            WordClass::default()
        } else {
            WordClass::of(t.core)
        };
        let prev = self.slots.last();
        let joined = k > 0 && !t.before.breaks_clause() && digit && prev.is_some_and(|p| p.digit);
        let (group_start, group_word_before) = match prev {
            Some(p) if joined => (p.group_start, p.group_word_before),
            _ => (
                k,
                k > 0 && !t.before.breaks_clause() && prev.is_some_and(|p| p.word == Coarse::Word),
            ),
        };
        let dates = date_kinds(t.core, shape);
        let glued = glued_quantity(t.core, shape);
        let slot = Slot {
            class,
            word: coarse_shaped(&t, class, shape),
            masked,
            dates,
            shaped: digit && lot_shaped_unless_date(t.core, dates[0], glued, shape),
            glued,
            digit,
            group_start,
            group_word_before,
            lower: push_lower(&mut self.lower, t.core, shape),
            quiet: !class.has(WordClass::READER) && !shape.has(Shape::WIDE),
            // The month table is the class's (a month name is ASCII and has no digit or
            // `/`, so the class answers as `is_month` would).
            ends_sentence: t.ends_with_period()
                && ((!class.has(WordClass::MONTH) && t.core.chars().count() > 3) || digit),
            shape,
            tok: t,
        };
        self.slots.push(slot);
    }

    fn slot(&self, i: usize) -> Option<&Slot<'a>> {
        self.slots.get(i.checked_sub(self.base)?)
    }

    /// What the extractor's pass asks of the token at `i` itself, read at once (the
    /// same answers as [`core`](Self::core), [`before`](Self::before),
    /// [`has`](Self::has), [`masked`](Self::masked), [`quiet`](Self::quiet),
    /// [`word`](Self::word)); `None` past the window.
    pub(super) fn info(&self, i: usize) -> Option<Info<'a>> {
        self.slot(i).map(|s| Info {
            core: s.tok.core,
            before: s.tok.before,
            class: s.class,
            masked: s.masked,
            quiet: s.quiet,
            digit: s.digit,
        })
    }

    /// Whether token `i` exists; only asked within [`AHEAD`] of an [`ensure`](Self::ensure).
    pub(super) fn exists(&self, i: usize) -> bool {
        i < self.base + self.slots.len()
    }

    pub(super) fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.slot(i).map(|s| &s.tok)
    }

    pub(super) fn core(&self, i: usize) -> &'a str {
        self.slot(i).map_or("", |s| s.tok.core)
    }

    pub(super) fn lc(&self, i: usize) -> &str {
        self.slot(i).map_or("", |s| {
            self.lower
                .get(s.lower.0..s.lower.0 + s.lower.1)
                .unwrap_or("")
        })
    }

    /// Whether the token at `i` is in any of the tables `flags` names.
    pub(super) fn has(&self, i: usize, flags: u16) -> bool {
        self.slot(i).is_some_and(|s| s.class.has(flags))
    }

    pub(super) fn is_date(&self, i: usize, expected: bool) -> bool {
        self.slot(i)
            .is_some_and(|s| if expected { s.dates[1] } else { s.dates[0] })
    }

    pub(super) fn shaped(&self, i: usize) -> bool {
        self.slot(i).is_some_and(|s| s.shaped)
    }

    pub(super) fn word(&self, i: usize) -> Coarse {
        self.slot(i).map_or(Coarse::Other, |s| s.word)
    }

    pub(super) fn before(&self, i: usize) -> Seps {
        self.tok(i).map(|t| t.before).unwrap_or_default()
    }

    pub(super) fn masked(&self, i: usize) -> bool {
        self.slot(i).is_some_and(|s| s.masked)
    }

    /// Whether the token at `i` is none of the [`READER_WORDS`](super::vocabulary::READER_WORDS) (a token past the end
    /// is none): a reader that compares its lower-case text with one of them can say
    /// no at once.
    pub(super) fn quiet(&self, i: usize) -> bool {
        self.slot(i).is_none_or(|s| s.quiet)
    }

    /// Whether the token at `i` ends a sentence: it ends with a full stop and it is a
    /// word of more than three letters that is no month name (`Jan.`), or it has a
    /// digit.
    pub(super) fn ends_sentence(&self, i: usize) -> bool {
        self.slot(i).is_some_and(|s| s.ends_sentence)
    }

    /// In a lot list, a run of digit-bearing tokens with prose on both sides
    /// (`recalled CariFree CTx4 5000 gel tube`) is part of a sentence, not the list.
    pub(super) fn prose_group(&self, i: usize) -> bool {
        let Some(s) = self.slot(i) else {
            return false;
        };
        if !s.group_word_before {
            return false;
        }
        let a = s.group_start;
        if let Some((start, after)) = self.group_after.get() {
            if start == a {
                return after;
            }
        }
        let after = self.word_after_group(i);
        self.group_after.set(Some((a, after)));
        after
    }

    /// Whether a word of prose follows the run of digit-bearing tokens that holds `i`.
    /// Reads on past the window with a second cursor where the run is long; each run is
    /// read once, as [`prose_group`](Self::prose_group) keeps the answer.
    fn word_after_group(&self, i: usize) -> bool {
        // The token after the run decides: it joins the run when it has a digit and
        // no clause break before it (the token before it, in the run, has one too,
        // except at `i` itself).
        let follows = |prev_digit: bool, t: &Token<'_>, class: Option<WordClass>| {
            let joins = !t.before.breaks_clause() && has_digit(t.core) && prev_digit;
            if joins {
                return None;
            }
            let class = class.unwrap_or_else(|| WordClass::of(t.core));
            Some(!t.before.breaks_clause() && coarse(t, class) == Coarse::Word)
        };
        let mut prev_digit = self.slot(i).is_some_and(|s| s.digit);
        let from = i.saturating_sub(self.base).saturating_add(1);
        for s in self.slots.get(from..).unwrap_or(&[]) {
            if let Some(after) = follows(prev_digit, &s.tok, Some(s.class)) {
                return after;
            }
            prev_digit = s.digit;
        }
        let mut rest = self.source.clone();
        for t in rest.by_ref() {
            if let Some(after) = follows(prev_digit, &t, None) {
                return after;
            }
            prev_digit = has_digit(t.core);
        }
        false
    }

    /// The NDC spans of the whole text, in text order (those of `ndc::scan`).
    pub(super) fn into_ndcs(self) -> Vec<(NdcMention, usize, usize)> {
        self.ndcs
    }

    /// A lot label at `i`; returns how many tokens it spans.
    #[inline]
    pub(super) fn lot_label_at(&self, i: usize) -> Option<usize> {
        // Not a lot label, and not `control` (a reader word): no call.
        let may_be = self
            .slot(i)
            .is_some_and(|s| s.class.has(WordClass::LOT_LABEL) || !s.quiet);
        if may_be { self.read_lot_label(i) } else { None }
    }

    fn read_lot_label(&self, i: usize) -> Option<usize> {
        let lc = self.lc(i);
        // `Lot/Batch:`, `Lot/Exp:` label with their first word.
        let head = if self.has(i, WordClass::LOT_LABEL) {
            1
        } else if lc == "control"
            && (matches!(self.lc(i + 1), "no" | "number" | "nos" | "numbers")
                || self.before(i + 1).hash)
        {
            2
        } else {
            return None;
        };
        let mut n = head;
        while n < head + 2 && self.has(i + n, WordClass::LOT_TAIL) && !self.masked(i + n) {
            n += 1;
        }
        Some(n)
    }

    /// A label of some other identifier at `i`; returns how many tokens it spans.
    #[inline]
    pub(super) fn other_label_at(&self, i: usize) -> Option<usize> {
        // No label word, and not `code` or `codes` (reader words): no call.
        let labels = WordClass::OTHER_LABEL | WordClass::OTHER_HEAD;
        let may_be = self
            .slot(i)
            .is_some_and(|s| s.class.has(labels) || !s.quiet);
        if may_be {
            self.read_other_label(i)
        } else {
            None
        }
    }

    fn read_other_label(&self, i: usize) -> Option<usize> {
        let lc = self.lc(i);
        let t = self.tok(i)?;
        let next_lc = self.lc(i + 1);
        if self.has(i, WordClass::OTHER_LABEL) {
            if lc == "part" && next_lc == "of" {
                return None;
            }
            return Some(1);
        }
        if self.has(i, WordClass::OTHER_HEAD) {
            if self.has(i + 1, WordClass::OTHER_SECOND) {
                return Some(2);
            }
            if self.before(i + 1).hash {
                return Some(1);
            }
        }
        if (lc == "code" || lc == "codes") && (t.ends_with_colon() || self.before(i + 1).hash) {
            return Some(1);
        }
        None
    }

    /// A list marker: `a)`, `(b)`, `1)`, `12)`.
    pub(super) fn is_marker(&self, i: usize) -> bool {
        let c = self.core(i);
        let short = (c.len() == 1 && c.bytes().all(|b| b.is_ascii_alphabetic()))
            || (c.len() <= 2 && c.bytes().all(|b| b.is_ascii_digit()));
        short && self.before(i + 1).close
    }

    /// A count, size or strength at `i`: `100 mg`, `1000 tablets/bottle`, `100g`.
    #[inline]
    pub(super) fn quantity_at(&self, i: usize) -> Option<usize> {
        // A glued quantity, or a number (digits and `.`) before its unit: no call for
        // any other token.
        let may_be = self
            .slot(i)
            .is_some_and(|s| s.glued || (s.digit && s.shape.only(Shape::DIGIT | Shape::DOT)));
        if may_be { self.read_quantity(i) } else { None }
    }

    fn read_quantity(&self, i: usize) -> Option<usize> {
        let c = self.core(i);
        if self.slot(i).is_some_and(|s| s.glued) {
            return Some(1);
        }
        if is_number(c) && !self.before(i + 1).breaks_clause() {
            let next = self.tok(i + 1)?;
            if self.has(i + 1, WordClass::UNIT) || next.raw.starts_with('%') {
                return Some(2);
            }
        }
        None
    }

    /// A telephone number written with an area code in brackets: `(844) 555-0199`.
    #[inline]
    pub(super) fn phone_at(&self, i: usize) -> Option<usize> {
        // The area code is three digits: no call for any other token.
        let may_be = self
            .slot(i)
            .is_some_and(|s| s.digit && s.tok.core.len() == 3);
        if may_be { self.read_phone(i) } else { None }
    }

    fn read_phone(&self, i: usize) -> Option<usize> {
        let area = self.core(i);
        let next = self.tok(i + 1)?;
        let three = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit());
        let local = next.core.split_once(['-', '.']).is_some_and(|(a, b)| {
            three(a) && b.len() == 4 && b.bytes().all(|x| x.is_ascii_digit())
        });
        (three(area) && self.before(i).open && next.before.close && local).then_some(2)
    }

    /// A date starting at `i`; returns how many tokens it spans.
    #[inline]
    pub(super) fn date_at(&self, i: usize, expected: bool) -> Option<usize> {
        // A token read as a date, a month name or, where a date is expected, a no-date
        // word (`N/A`) starts a date; otherwise only digits (a year, a day, a day
        // range, a month number) do. No call for any other token.
        let s = self.slot(i)?;
        let [anywhere, where_expected] = s.dates;
        let may_start = (if expected { where_expected } else { anywhere })
            || s.class.has(WordClass::MONTH)
            || (expected && s.class.has(WordClass::NO_DATE))
            || (s.digit && s.shape.only(Shape::DIGIT | Shape::DASH));
        if may_start {
            self.read_date(i, expected)
        } else {
            None
        }
    }

    fn read_date(&self, i: usize, expected: bool) -> Option<usize> {
        let c = self.core(i);
        if self.is_date(i, expected) {
            // A time of day right after a numeric date (`5/14/18 0722`) belongs to it.
            let time_follows = self
                .tok(i + 1)
                .is_some_and(|t| t.before.single_space && has_digit(c) && is_time(t.core, true));
            return Some(if time_follows { 2 } else { 1 });
        }
        let joined = |k: usize| !self.before(k).semicolon && self.tok(k).is_some();
        if self.has(i, WordClass::MONTH) && !self.masked(i) {
            let mut n = 1;
            if joined(i + n) && is_day(self.core(i + n)) && !self.before(i + n).comma {
                n += 1;
            }
            if joined(i + n) && is_year4(self.core(i + n)) {
                n += 1;
            }
            return (n > 1 || expected).then_some(n);
        }
        // Year first: `2021 AUG 31`, `2020 SEP30`, `2022 MAR` (no comma inside).
        let close = |k: usize| self.tok(k).is_some() && !self.before(k).breaks_clause();
        if is_year4(c) && close(i + 1) && !self.masked(i + 1) {
            if self.has(i + 1, WordClass::MONTH) {
                let day = close(i + 2) && is_day(self.core(i + 2));
                return Some(if day { 3 } else { 2 });
            }
            if is_month_day(self.core(i + 1)) {
                return Some(2);
            }
        }
        if is_day(c) && joined(i + 1) && self.has(i + 1, WordClass::MONTH) {
            let mut n = 2;
            if joined(i + 2) && is_year4(self.core(i + 2)) {
                n += 1;
            }
            return Some(n);
        }
        if expected {
            if is_year4(c) || self.has(i, WordClass::NO_DATE) {
                return Some(1);
            }
            let month_num = c.len() <= 2 && matches!(c.parse::<u8>(), Ok(1..=12));
            if month_num && joined(i + 1) && is_year4(self.core(i + 1)) {
                return Some(2);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::lot::scope;

    #[test]
    fn the_first_words_the_readers_compare_are_not_quiet() {
        // Each reader, on a text where its first word (any case) starts what it reads.
        type Reader = fn(&TokenWindow<'_>) -> bool;
        let cases: &[(&str, Reader)] = &[
            ("Except AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("EXCLUDING AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("excepting AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("excludes AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("exclude AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("other than AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("but not AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("exception of AB1", |w| scope::exclusion_at(w, 0).is_some()),
            ("Not included", |w| scope::leaves_out_at(w, 0)),
            ("unaffected", |w| scope::leaves_out_at(w, 0)),
            ("Excluded", |w| scope::leaves_out_at(w, 0)),
            ("not affected", |w| scope::negation_at(w, 0)),
            ("exempt", |w| scope::negation_at(w, 0)),
            ("exempted", |w| scope::negation_at(w, 0)),
            ("Control No. 5", |w| w.lot_label_at(0).is_some()),
            ("Code: 5", |w| w.other_label_at(0).is_some()),
            ("codes # 5", |w| w.other_label_at(0).is_some()),
            ("Part 5", |w| w.other_label_at(0).is_some()),
        ];
        for (text, reads) in cases {
            let mut w = TokenWindow::new(text);
            w.ensure(0);
            assert!(reads(&w), "{text}");
            assert!(!w.quiet(0), "{text}");
        }
        // Read by the extractor and the distribution-window reader by their text.
        for word in [
            "all",
            "Use",
            "best",
            "SELL",
            "distributed",
            "distribution",
            "shipped",
            "shipping",
            "sold",
            "repackaged",
            "released",
            "delivered",
            "dispensed",
            "compounded",
            "prepared",
            "manufactured",
            "made",
            "produced",
            "packaged",
        ] {
            let mut w = TokenWindow::new(word);
            w.ensure(0);
            assert!(!w.quiet(0), "{word}");
        }
        // A lot, a plain word and a word that is not ASCII.
        for (text, quiet) in [("AB123", true), ("tablets", true), ("Ünused", false)] {
            let mut w = TokenWindow::new(text);
            w.ensure(0);
            assert_eq!(w.quiet(0), quiet, "{text}");
        }
    }
}
