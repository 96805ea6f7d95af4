//! Lot extraction from an openFDA record's code text.
//!
//! The rules follow `shared/openfda/LABELING.md`:
//!
//! - A token labelled as a lot (`Lot`, `Lot #`, `Lot No.`, `Lot Number(s)`, `Lots`,
//!   `Batch`, `lot code`, `Control No.`; also `Pedigree`, a repackager's batch code) and
//!   the list that follows the label are lots. The list runs on across expiry dates and
//!   list markers until another label (NDC, UPC, SKU, item, part, catalog, serial, Rx,
//!   product or service code) takes over.
//! - Where no label is written, lot-shaped tokens (letters and digits, at least three
//!   characters, at least one digit; bare numbers need four digits) are lots unless a
//!   word of prose sits right before them.
//! - Dates in any format, NDCs, UPCs and other GS1 codes, counts, sizes and strengths,
//!   phone numbers and placeholders (`NXXXX`) are never lots.
//! - `A to B`, `A through B`, `A thru B` and `A - B` between two lot-shaped tokens are
//!   ranges, and so is `A-B` written without spaces when both ends have the same shape
//!   and share a prefix (`N0019B01-N0019B12`); otherwise a hyphen is part of the lot.
//! - "All lots" (`All lots`, `all lot codes`, `all codes`, `All unexpired lots`, `all
//!   sterile products compounded between …`) sets the all-lots scope, with its date
//!   window where one is given. A bare distribution window with no lot named
//!   (`distributed prior to and including 05/23/2013`) does too.
//!
//! The work is one pass over the tokens with a fixed look-ahead, so the time is linear in
//! the text.

use std::collections::HashSet;

use super::lot::{LotExtraction, LotNumber, LotWindow, WindowBasis};
use super::lot_words::{
    CODE_LABELS, CONNECTORS, DATE_FILLERS, DATE_LABELS, LOT_LABEL_TAILS, LOT_LABELS, NO_DATE,
    OTHER_LABEL_HEADS, OTHER_LABEL_SECONDS, OTHER_LABELS, RANGE_WORDS, STOPWORDS, is_date_token,
    is_day, is_glued_quantity, is_gtin, is_in, is_month, is_number, is_phone, is_placeholder,
    is_unit, is_year4,
};
use super::ndc_extract;
use super::text::{Seps, Token, tokenize};

/// Reads the lots, lot ranges and "all lots" scope from a recall's code text.
///
/// `text` is `code_info` joined with `more_code_info` with **no** separator: openFDA
/// cuts a long `code_info` mid-token and continues it in `more_code_info`.
///
/// See the rules in the [module docs](self). Lots come out distinct, in order of first
/// appearance, normalised as [`LotNumber`]s; range ends go to `ranges`, not `lots`.
/// Runs in time linear in the text and never panics.
///
/// # Examples
///
/// ```
/// use legcramps::recall::extract_lots;
///
/// let found = extract_lots("Lot #s: 7800929, 7800931, Exp 02/15; 7800962, Exp 03/15");
/// let lots: Vec<&str> = found.lots.iter().map(|l| l.as_str()).collect();
/// assert_eq!(lots, ["7800929", "7800931", "7800962"]);
///
/// let found = extract_lots("Batch 81801504002 to 81801701003, exp 4/12/2017 through 1/19/2019");
/// assert!(found.lots.is_empty());
/// assert_eq!(found.ranges[0].0.as_str(), "81801504002");
/// assert_eq!(found.ranges[0].1.as_str(), "81801701003");
///
/// let found = extract_lots("All lots within expiry");
/// assert!(found.all_lots);
/// ```
pub fn extract_lots(text: &str) -> LotExtraction {
    let toks = split_glued(text, tokenize(text));
    let masked = ndc_mask(text, &toks);
    let words: Vec<Coarse> = toks.iter().map(coarse).collect();
    let mut run = Run {
        text,
        toks: &toks,
        words: &words,
        masked: &masked,
        out: LotExtraction::default(),
        seen: HashSet::new(),
    };
    run.go();
    run.out
}

/// What a token is, judged on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coarse {
    /// A word of prose: letters only, in none of the tables.
    Word,
    /// A word that ends with a colon (`Foreign:`): it introduces a list.
    Heading,
    /// Anything else (labels, numbers, dates, connectors, markers, units).
    Other,
}

fn coarse(t: &Token<'_>) -> Coarse {
    let c = t.core;
    if c.is_empty() || c.chars().any(|ch| ch.is_ascii_digit()) || is_placeholder(c) {
        return Coarse::Other;
    }
    let known = is_in(LOT_LABELS, c)
        || is_in(DATE_LABELS, c)
        || is_in(DATE_FILLERS, c)
        || is_in(OTHER_LABELS, c)
        || is_in(CODE_LABELS, c)
        || is_in(CONNECTORS, c)
        || is_in(STOPWORDS, c)
        || is_in(NO_DATE, c)
        || is_month(c)
        || is_unit(c)
        || c.chars().count() == 1;
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
fn split_glued<'a>(text: &'a str, toks: Vec<Token<'a>>) -> Vec<Token<'a>> {
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        match glue_point(t.core) {
            Some((head_len, value_at)) => {
                let head_end = t.start + head_len;
                let value_start = t.start + value_at;
                let head = text.get(t.start..head_end).unwrap_or("");
                let value = text.get(value_start..t.end).unwrap_or("");
                out.push(Token {
                    raw: text.get(t.start..value_start).unwrap_or(head),
                    core: head,
                    start: t.start,
                    end: head_end,
                    before: t.before,
                });
                let lead = value.len()
                    - value
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len();
                let core = value.trim_start_matches(|c: char| !c.is_alphanumeric());
                out.push(Token {
                    raw: value,
                    core,
                    start: value_start + lead,
                    end: t.end,
                    before: Seps::default(),
                });
            }
            None => out.push(t),
        }
    }
    out
}

/// Where a glued label ends and its value starts, if `core` is `label:value`,
/// `label.value` (date labels) or `labelDIGITS` (exp, ndc, upc, sku).
fn glue_point(core: &str) -> Option<(usize, usize)> {
    let alpha = core.bytes().take_while(u8::is_ascii_alphabetic).count();
    if alpha == 0 || alpha == core.len() {
        return None;
    }
    let head = core.get(..alpha)?;
    let next = core.as_bytes().get(alpha).copied()?;
    let any_label = is_in(LOT_LABELS, head)
        || is_in(DATE_LABELS, head)
        || is_in(OTHER_LABELS, head)
        || is_in(CODE_LABELS, head)
        || head.eq_ignore_ascii_case("code");
    let value_at = core
        .bytes()
        .enumerate()
        .skip(alpha)
        .find(|(_, b)| b.is_ascii_alphanumeric())
        .map(|(i, _)| i)?;
    match next {
        b':' if any_label => Some((alpha, value_at)),
        b'.' if is_in(DATE_LABELS, head) => Some((alpha, value_at)),
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

/// Marks tokens that overlap an NDC found by the NDC scanner.
fn ndc_mask(text: &str, toks: &[Token<'_>]) -> Vec<bool> {
    let spans = ndc_extract::scan(text);
    let mut mask = vec![false; toks.len()];
    let mut s = spans.iter().peekable();
    for (m, t) in mask.iter_mut().zip(toks) {
        while s.peek().is_some_and(|(_, _, end)| *end <= t.start) {
            s.next();
        }
        if let Some((_, start, end)) = s.peek() {
            *m = *start < t.end && t.start < *end;
        }
    }
    mask
}

/// Which label governs the tokens being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// No label seen yet.
    Open,
    /// After a lot label or an "all lots" statement.
    Lot,
    /// After a label of some other identifier (SKU, item, part, serial, Rx, …).
    Other,
}

struct Run<'t, 'a> {
    text: &'a str,
    toks: &'t [Token<'a>],
    words: &'t [Coarse],
    masked: &'t [bool],
    out: LotExtraction,
    seen: HashSet<LotNumber>,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

fn is_dash(raw: &str) -> bool {
    !raw.is_empty()
        && raw
            .chars()
            .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
}

/// Characters a lot may hold inside (see [`LotNumber`]).
fn lot_chars_ok(core: &str) -> bool {
    core.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '@' | ':' | '-' | '/' | '.' | '_' | '+'))
}

/// Letters and digits, at least three characters, at least one digit, and not a date,
/// quantity, phone number, decimal number or placeholder.
fn lot_shaped(core: &str) -> bool {
    core.chars().count() >= 3
        && has_digit(core)
        && lot_chars_ok(core)
        && !is_placeholder(core)
        && !is_date_token(core, false)
        && !is_glued_quantity(core)
        && !is_phone(core)
        && !(core.contains('.') && is_number(core))
}

impl Run<'_, '_> {
    fn tok(&self, i: usize) -> Option<&Token<'_>> {
        self.toks.get(i)
    }

    fn core(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.core)
    }

    fn lc(&self, i: usize) -> String {
        lower(self.core(i))
    }

    fn word(&self, i: usize) -> Coarse {
        self.words.get(i).copied().unwrap_or(Coarse::Other)
    }

    fn before(&self, i: usize) -> Seps {
        self.tok(i).map(|t| t.before).unwrap_or_default()
    }

    fn masked(&self, i: usize) -> bool {
        self.masked.get(i).copied().unwrap_or(false)
    }

    fn go(&mut self) {
        let mut scope = Scope::Open;
        // The next value is the first one after a lot label.
        let mut first = false;
        // A date label was just read.
        let mut expect_date = false;
        // An NDC/UPC label was just read: its values are codes.
        let mut code_values = false;
        let mut i = 0;
        while i < self.toks.len() {
            let before = self.before(i);
            if before.semicolon {
                code_values = false;
            }
            if self.masked(i) || self.core(i).is_empty() {
                i += 1;
                continue;
            }
            let lc = self.lc(i);
            // "All lots …"
            if lc == "all" {
                if let Some(next) = self.all_lots_at(i) {
                    scope = Scope::Lot;
                    first = false;
                    expect_date = false;
                    code_values = false;
                    i = next;
                    continue;
                }
            }
            // Lot labels.
            if let Some(n) = self.lot_label_at(i) {
                scope = Scope::Lot;
                first = true;
                expect_date = false;
                code_values = false;
                i += n;
                continue;
            }
            if is_in(CODE_LABELS, &lc) {
                code_values = true;
                expect_date = false;
                i += 1;
                continue;
            }
            if let Some(n) = self.other_label_at(i) {
                scope = Scope::Other;
                first = false;
                expect_date = false;
                code_values = false;
                i += n;
                continue;
            }
            if is_in(DATE_LABELS, &lc) {
                expect_date = true;
                i += 1;
                continue;
            }
            if let Some(n) = self.date_at(i, expect_date) {
                expect_date = false;
                i += n;
                continue;
            }
            if expect_date && (is_in(DATE_FILLERS, &lc) || is_in(NO_DATE, &lc)) {
                i += 1;
                continue;
            }
            expect_date = false;
            if self.is_marker(i) {
                i += 1;
                continue;
            }
            if let Some(n) = self.phone_at(i) {
                i += n;
                continue;
            }
            if let Some(n) = self.quantity_at(i) {
                first = false;
                i += n;
                continue;
            }
            let core = self.core(i);
            if is_in(CONNECTORS, &lc) || is_unit(core) || is_month(core) {
                i += 1;
                continue;
            }
            if code_values {
                if has_digit(core) {
                    i += 1;
                    continue;
                }
                code_values = false;
            }
            if scope == Scope::Other {
                i += 1;
                continue;
            }
            if self.accept(i, scope, first) {
                first = false;
                i = self.take(i);
                continue;
            }
            if self.word(i) == Coarse::Word {
                first = false;
            }
            i += 1;
        }
        if !self.out.all_lots && self.out.lots.is_empty() && self.out.ranges.is_empty() {
            self.bare_window();
        }
    }

    /// A lot label at `i`; returns how many tokens it spans.
    fn lot_label_at(&self, i: usize) -> Option<usize> {
        let lc = self.lc(i);
        let head = if is_in(LOT_LABELS, &lc) {
            1
        } else if lc == "control"
            && (matches!(self.lc(i + 1).as_str(), "no" | "number" | "nos" | "numbers")
                || self.before(i + 1).hash)
        {
            2
        } else {
            return None;
        };
        let mut n = head;
        while n < head + 2 && is_in(LOT_LABEL_TAILS, &self.lc(i + n)) && !self.masked(i + n) {
            n += 1;
        }
        Some(n)
    }

    /// A label of some other identifier at `i`; returns how many tokens it spans.
    fn other_label_at(&self, i: usize) -> Option<usize> {
        let lc = self.lc(i);
        let t = self.tok(i)?;
        let next_lc = self.lc(i + 1);
        if is_in(OTHER_LABELS, &lc) {
            if lc == "part" && next_lc == "of" {
                return None;
            }
            return Some(1);
        }
        if is_in(OTHER_LABEL_HEADS, &lc) {
            if is_in(OTHER_LABEL_SECONDS, &next_lc) {
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
    fn is_marker(&self, i: usize) -> bool {
        let c = self.core(i);
        let short = (c.len() == 1 && c.bytes().all(|b| b.is_ascii_alphabetic()))
            || (c.len() <= 2 && c.bytes().all(|b| b.is_ascii_digit()));
        short && self.before(i + 1).close
    }

    /// A count, size or strength at `i`: `100 mg`, `1000 tablets/bottle`, `100g`.
    fn quantity_at(&self, i: usize) -> Option<usize> {
        let c = self.core(i);
        if is_glued_quantity(c) {
            return Some(1);
        }
        if is_number(c) && !self.before(i + 1).breaks_clause() {
            let next = self.tok(i + 1)?;
            if is_unit(next.core) || next.raw.starts_with('%') {
                return Some(2);
            }
        }
        None
    }

    /// A telephone number written with an area code in brackets: `(844) 555-0199`.
    fn phone_at(&self, i: usize) -> Option<usize> {
        let area = self.core(i);
        let next = self.tok(i + 1)?;
        let three = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit());
        let local = next.core.split_once(['-', '.']).is_some_and(|(a, b)| {
            three(a) && b.len() == 4 && b.bytes().all(|x| x.is_ascii_digit())
        });
        (three(area) && self.before(i).open && next.before.close && local).then_some(2)
    }

    /// A date starting at `i`; returns how many tokens it spans.
    fn date_at(&self, i: usize, expected: bool) -> Option<usize> {
        let c = self.core(i);
        if is_date_token(c, expected) {
            return Some(1);
        }
        let joined = |k: usize| !self.before(k).semicolon && self.tok(k).is_some();
        if is_month(c) && !self.masked(i) {
            let mut n = 1;
            if joined(i + n) && is_day(self.core(i + n)) && !self.before(i + n).comma {
                n += 1;
            }
            if joined(i + n) && is_year4(self.core(i + n)) {
                n += 1;
            }
            return (n > 1 || expected).then_some(n);
        }
        if is_day(c) && joined(i + 1) && is_month(self.core(i + 1)) {
            let mut n = 2;
            if joined(i + 2) && is_year4(self.core(i + 2)) {
                n += 1;
            }
            return Some(n);
        }
        if expected {
            let lc = lower(c);
            if is_year4(c) || is_in(NO_DATE, &lc) {
                return Some(1);
            }
            let month_num = c.len() <= 2 && matches!(c.parse::<u8>(), Ok(1..=12));
            if month_num && joined(i + 1) && is_year4(self.core(i + 1)) {
                return Some(2);
            }
        }
        None
    }

    /// Whether the token at `i` is a lot in this scope.
    fn accept(&self, i: usize, scope: Scope, first: bool) -> bool {
        let c = self.core(i);
        if lot_shaped(c) {
            // A UPC, EAN or GTIN is not a lot, unless a lot label names it.
            if is_gtin(c) && !first {
                return false;
            }
            match scope {
                Scope::Open => self.open_ok(i),
                Scope::Lot => first || !self.prose_group(i),
                Scope::Other => false,
            }
        } else {
            first && scope == Scope::Lot && self.loose_ok(i)
        }
    }

    /// Right after a lot label, a value that is not lot-shaped may still be the lot: a
    /// short number (`Batch 39`) or a code in capitals standing alone (`Lot #: CHL,`).
    fn loose_ok(&self, i: usize) -> bool {
        let c = self.core(i);
        if !lot_chars_ok(c) || is_placeholder(c) || is_date_token(c, true) {
            return false;
        }
        if has_digit(c) {
            return c.chars().count() >= 2;
        }
        let stands_alone = match self.tok(i + 1) {
            None => true,
            Some(next) => {
                next.before.breaks_clause()
                    || is_in(DATE_LABELS, next.core)
                    || self.tok(i).is_some_and(|t| t.ends_with_period())
            }
        };
        c.chars().count() >= 3
            && c.chars().all(|ch| ch.is_ascii_uppercase())
            && !is_in(STOPWORDS, c)
            && !is_month(c)
            && !is_unit(c)
            && self.word_free_label(c)
            && stands_alone
    }

    fn word_free_label(&self, c: &str) -> bool {
        !(is_in(LOT_LABELS, c)
            || is_in(DATE_LABELS, c)
            || is_in(OTHER_LABELS, c)
            || is_in(CODE_LABELS, c)
            || is_in(NO_DATE, c))
    }

    /// With no label in force: not a bare number under four digits, not a GS1 code, and
    /// not right after a word of prose.
    fn open_ok(&self, i: usize) -> bool {
        let c = self.core(i);
        let digits_only = c.bytes().all(|b| b.is_ascii_digit());
        if digits_only && c.len() < 4 {
            return false;
        }
        let prev_word =
            i > 0 && !self.before(i).breaks_clause() && self.word(i - 1) == Coarse::Word;
        !prev_word
    }

    /// In a lot list, a run of digit-bearing tokens with prose on both sides
    /// (`recalled CariFree CTx4 5000 gel tube`) is part of a sentence, not the list.
    fn prose_group(&self, i: usize) -> bool {
        let mut a = i;
        while a > 0 && !self.before(a).breaks_clause() && has_digit(self.core(a - 1)) {
            a -= 1;
        }
        let mut b = i;
        while self.tok(b + 1).is_some()
            && !self.before(b + 1).breaks_clause()
            && has_digit(self.core(b + 1))
        {
            b += 1;
        }
        let word_before =
            a > 0 && !self.before(a).breaks_clause() && self.word(a - 1) == Coarse::Word;
        let word_after = self.tok(b + 1).is_some()
            && !self.before(b + 1).breaks_clause()
            && self.word(b + 1) == Coarse::Word;
        word_before && word_after
    }

    /// Records the lot at `i` (or the range starting there); returns the next index.
    fn take(&mut self, i: usize) -> usize {
        let c = self.core(i).to_owned();
        // `A to B`, `A thru B`, `A through B`, `A - B`.
        if let Some(link) = self.tok(i + 1) {
            let is_link = is_in(RANGE_WORDS, link.core) && !link.core.is_empty()
                || (link.core.is_empty() && is_dash(link.raw));
            if is_link && !link.before.semicolon {
                let end = self.core(i + 2).to_owned();
                if !self.masked(i + 2) && lot_shaped(&end) && !self.before(i + 2).semicolon {
                    self.push_range(&c, &end);
                    return i + 3;
                }
            }
        }
        // `A-B` with no spaces, same shape on both sides.
        if let Some((a, b)) = split_range(&c) {
            self.push_range(a, b);
            return i + 1;
        }
        if let Ok(lot) = LotNumber::new(&c) {
            if self.seen.insert(lot.clone()) {
                self.out.lots.push(lot);
            }
        }
        i + 1
    }

    fn push_range(&mut self, a: &str, b: &str) {
        if let (Ok(a), Ok(b)) = (LotNumber::new(a), LotNumber::new(b)) {
            let pair = (a, b);
            if !self.out.ranges.contains(&pair) {
                self.out.ranges.push(pair);
            }
        }
    }

    /// "All lots …" at `i`: records the scope and its window; returns the index after
    /// the statement.
    fn all_lots_at(&mut self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        let mut found = false;
        while j < i + 5 && j < self.toks.len() {
            let lc = self.lc(j);
            if SCOPE_NOUNS.contains(&lc.as_str()) {
                found = true;
                break;
            }
            if !ALL_ADJECTIVES.contains(&lc.as_str()) || self.before(j).breaks_clause() {
                break;
            }
            j += 1;
        }
        if !found {
            return None;
        }
        // Skip the noun and any label tail (`all lot codes`, `all lot numbers`).
        j += 1;
        while is_in(LOT_LABEL_TAILS, &self.lc(j)) && !self.before(j).breaks_clause() {
            j += 1;
        }
        self.out.all_lots = true;
        let end = self.clause_end(j);
        if self.out.all_lots_window.is_none() {
            self.out.all_lots_window = self.window(i, end);
        }
        Some(end)
    }

    /// The end (exclusive) of the statement that starts before `from`: a `;`, a
    /// sentence-ending full stop, a lot label, or a token that is neither a word nor a
    /// date.
    fn clause_end(&self, from: usize) -> usize {
        let mut k = from;
        while k < self.toks.len() && k < from + 60 {
            if self.before(k).semicolon {
                break;
            }
            if k > from && self.sentence_ends_after(k - 1) {
                break;
            }
            if self.lot_label_at(k).is_some() || self.is_marker(k) {
                break;
            }
            if let Some(n) = self.date_at(k, true) {
                k += n;
                continue;
            }
            if has_digit(self.core(k)) && self.quantity_at(k).is_none() {
                break;
            }
            k += 1;
        }
        k
    }

    fn sentence_ends_after(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.ends_with_period() && !is_month(t.core) && t.core.chars().count() > 3
        }) || self
            .tok(k)
            .is_some_and(|t| t.ends_with_period() && has_digit(t.core))
    }

    /// The window of an all-lots statement spanning tokens `from..to`.
    fn window(&self, from: usize, to: usize) -> Option<LotWindow> {
        let mut basis: Option<WindowBasis> = None;
        let mut expiry = false;
        // (the two words before, the date as written)
        let mut dates: Vec<([String; 2], String)> = Vec::new();
        let mut k = from;
        while k < to {
            if let Some(n) = self.date_at(k, true) {
                let lc = lower(self.core(k));
                if !is_in(NO_DATE, &lc) {
                    let word = |d: usize| {
                        if k >= from + d {
                            self.lc(k - d)
                        } else {
                            String::new()
                        }
                    };
                    let (s, e) = (self.tok(k)?.start, self.tok(k + n - 1)?.end);
                    dates.push(([word(1), word(2)], self.text.get(s..e)?.to_owned()));
                }
                k += n;
                continue;
            }
            let lc = self.lc(k);
            if basis.is_none() {
                basis = verb_basis(&lc);
            }
            expiry |= EXPIRY_WORDS.contains(&lc.as_str());
            k += 1;
        }
        let last = (from..to).rev().find(|&k| !self.core(k).is_empty())?;
        let (s, e) = (self.tok(from)?.start, self.tok(last)?.end);
        let text = self.text.get(s..e)?.to_owned();
        if dates.is_empty() {
            return expiry.then(|| LotWindow::new(WindowBasis::Expiry, None, None, text));
        }
        let basis = basis.unwrap_or(if expiry {
            WindowBasis::Expiry
        } else {
            WindowBasis::Unspecified
        });
        let (mut start, mut end): (Option<String>, Option<String>) = (None, None);
        for ([prev, prev2], date) in dates {
            let p = prev.as_str();
            let cut_off = |w: &str| matches!(w, "prior" | "before" | "until" | "including" | "by");
            if cut_off(p) || (p == "to" && cut_off(&prev2)) {
                if end.is_none() {
                    end = Some(date);
                }
            } else if matches!(p, "after" | "since" | "from" | "between") {
                if start.is_none() {
                    start = Some(date);
                }
            } else if matches!(p, "and" | "to" | "through" | "thru" | "until")
                && start.is_some()
                && end.is_none()
            {
                end = Some(date);
            } else if start.is_none() {
                start = Some(date);
            } else if end.is_none() {
                end = Some(date);
            }
        }
        Some(LotWindow::new(basis, start, end, text))
    }

    /// No lot and no "all lots" wording, but a distribution window
    /// (`distributed prior to and including 05/23/2013`): the recall covers every lot
    /// in that window.
    fn bare_window(&mut self) {
        for i in 0..self.toks.len() {
            let lc = self.lc(i);
            if !matches!(
                verb_basis(&lc),
                Some(WindowBasis::Distributed | WindowBasis::Dispensed)
            ) {
                continue;
            }
            let prep = (1..=3).any(|d| {
                !self.before(i + d).semicolon
                    && matches!(
                        self.lc(i + d).as_str(),
                        "prior"
                            | "before"
                            | "between"
                            | "from"
                            | "through"
                            | "until"
                            | "after"
                            | "since"
                    )
            });
            if !prep {
                continue;
            }
            let end = self.clause_end(i + 1);
            if let Some(w) = self.window(i, end) {
                if w.from.is_some() || w.to.is_some() {
                    self.out.all_lots = true;
                    self.out.all_lots_window = Some(w);
                    return;
                }
            }
        }
    }
}

/// Nouns that make "all …" an all-lots statement.
const SCOPE_NOUNS: &[&str] = &[
    "lot", "lots", "lot#s", "codes", "products", "product", "batches", "batch", "units",
];

/// Words that may sit between "all" and its noun (`All unexpired lots`, `all sterile
/// compounded products`).
const ALL_ADJECTIVES: &[&str] = &[
    "unexpired",
    "remaining",
    "sterile",
    "compounded",
    "unused",
    "affected",
    "recalled",
    "the",
    "of",
    "such",
    "finished",
    "released",
    "current",
    "in-date",
    "outstanding",
    "other",
    "drug",
    "human",
    "manufactured",
    "distributed",
    "repackaged",
    "injectable",
    "non-expired",
];

/// Words that tie the scope to expiry.
const EXPIRY_WORDS: &[&str] = &[
    "expiry",
    "expiration",
    "unexpired",
    "expiring",
    "expire",
    "expires",
    "expired",
    "dated",
    "non-expired",
];

/// What a window's dates refer to, from the verb that governs them.
fn verb_basis(lc: &str) -> Option<WindowBasis> {
    match lc {
        "distributed" | "distribution" | "shipped" | "shipping" | "sold" | "repackaged"
        | "released" | "delivered" => Some(WindowBasis::Distributed),
        "dispensed" => Some(WindowBasis::Dispensed),
        "compounded" | "prepared" | "manufactured" | "made" | "produced" | "packaged" => {
            Some(WindowBasis::Manufactured)
        }
        _ => None,
    }
}

/// `N0019B01-N0019B12`: one hyphen, both sides at least four characters, the same
/// length and letter/digit pattern, sharing a prefix of at least half their length,
/// different, and not two years.
fn split_range(core: &str) -> Option<(&str, &str)> {
    let (a, b) = core.split_once('-')?;
    if b.contains('-') || a.len() != b.len() || a.len() < 4 || a == b {
        return None;
    }
    if !lot_shaped(a) || !lot_shaped(b) || (is_year4(a) && is_year4(b)) {
        return None;
    }
    let same_pattern = a.bytes().zip(b.bytes()).all(|(x, y)| {
        x.is_ascii_digit() == y.is_ascii_digit()
            && x.is_ascii_alphanumeric()
            && y.is_ascii_alphanumeric()
    });
    let prefix = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    (same_pattern && prefix * 2 >= a.len()).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lots(text: &str) -> Vec<String> {
        extract_lots(text)
            .lots
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn labelled_lots_with_expiry() {
        // Shapes from recalls.md §2.5 (D-1285-2020, D-1443-2014, D-1035-2017, D-0623-2022).
        assert_eq!(lots("Lot #: 42614718, Exp. date 02/2021"), ["42614718"]);
        assert_eq!(lots("Lot H45241, exp. 11/16"), ["H45241"]);
        assert_eq!(lots("Lot:  16710, exp 07/2018"), ["16710"]);
        assert_eq!(lots("Batch: 1BK0964, Exp 01/31/2023"), ["1BK0964"]);
    }

    #[test]
    fn bare_lot_lists() {
        assert_eq!(lots("327A18001  327A18002"), ["327A18001", "327A18002"]);
        assert_eq!(
            lots("06598004A 04/2020  06599001A 12/2020"),
            ["06598004A", "06599001A"]
        );
        // Prose before a bare token: a product name, not a lot.
        assert!(lots("COENZYME Q-10, Capsule, 100 mg has the following codes").is_empty());
    }

    #[test]
    fn glued_labels_and_dates() {
        assert_eq!(lots("Lot:17-275322, Exp. 10/3/2023."), ["17-275322"]);
        assert_eq!(
            lots("Lot #: XC06, EXP06/2021; XC10, Exp.07/2016"),
            ["XC06", "XC10"]
        );
    }

    #[test]
    fn other_date_formats_are_not_lots() {
        // Hand-written texts in the shapes recalls.md §2.5 lists from other record sets.
        assert_eq!(lots("Lot #: QX-114-22 Exp. 14-06-2023"), ["QX-114-22"]);
        assert_eq!(lots("lot # KLMN4410 EXP: 2016/03/09"), ["KLMN4410"]);
        assert!(lots("Manufacturing Codes:  11.07.2012 Exp. 10.07.2014").is_empty());
        assert_eq!(lots("Lot # H52R.  EXP: 08/17"), ["H52R"]);
    }

    #[test]
    fn upcs_counts_and_item_numbers_are_not_lots() {
        // 036000291452 is a UPC-A with a valid check digit (3·(0+6+0+2+1+5) + (3+0+0+9+4)
        // = 58; 10 - 8 = 2).
        assert_eq!(
            lots("Lot # H52R.  EXP: 08/17    The UPC Codes are:  1ct - 036000291452"),
            ["H52R"]
        );
        assert_eq!(
            lots(
                "14 pill bottle and 2 pill bottle:  Lot # C81241 Exp. 04/16; 1 pill pack: Lot # 07022012 Exp 07/15."
            ),
            ["C81241", "07022012"]
        );
        assert!(lots("SKUs: 812345; 812346; 812399").is_empty());
        assert_eq!(
            lots("Lot: QRS-004411, Exp Date: 12/01/2027, Acme item No. 04-11230"),
            ["QRS-004411"]
        );
        assert_eq!(
            lots(
                "Lot code P254921B, exp 8/2018, NDC 61234-375-20, UPC 361234375207, and Lot code P254921, exp 8/2018"
            ),
            ["P254921B", "P254921"]
        );
    }

    #[test]
    fn all_lots_statements() {
        let f = extract_lots(
            "None Available.  All lots distributed prior to 03/07/2015 are being recalled.",
        );
        assert!(f.all_lots);
        let w = f.all_lots_window.unwrap();
        assert_eq!(w.basis, WindowBasis::Distributed);
        assert_eq!((w.from, w.to.as_deref()), (None, Some("03/07/2015")));
        assert!(extract_lots("All lot codes and expiration dates.").all_lots);
        // Listed lots and then a remark about their expiry: not an all-lots recall.
        assert!(
            !extract_lots("Lots: 4410021, 4410022.  All expiration dates within expiry.").all_lots
        );
        let f = extract_lots(
            "All products within their expiration date including those dated 90 days prior to May 2, 2014 (Feb. 2014 to May 2, 2014).",
        );
        let w = f.all_lots_window.unwrap();
        assert_eq!(
            (w.from.as_deref(), w.to.as_deref()),
            (Some("Feb. 2014"), Some("May 2, 2014"))
        );
    }

    #[test]
    fn split_range_needs_the_same_shape() {
        assert_eq!(
            split_range("N0019B01-N0019B12"),
            Some(("N0019B01", "N0019B12"))
        );
        assert_eq!(split_range("405-002"), None);
        assert_eq!(split_range("170614-007"), None);
        assert_eq!(split_range("2013-2014"), None);
    }
}
