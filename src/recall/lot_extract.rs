//! Lot extraction from an openFDA record's code text.
//!
//! The rules are documented on [`extract_lots`]. This module holds the pass over the
//! tokens and the rules for what is a lot; the readers of labels, dates and other runs
//! that are not lots are in `lot_spans`, the "all lots" scope in `lot_scope`.

use std::cell::Cell;
use std::collections::HashSet;

use super::lot::{LotExtraction, LotNumber};
use super::lot_tokens::{Coarse, Glued, coarse, has_digit, is_dash, lot_chars_ok, lot_shaped};
use super::lot_words::{WordClass, is_date_token, is_gtin, is_placeholder};
use super::ndc_extract::{self, NdcMention};
use super::text::{Seps, Token};

/// Reads the lots, lot ranges and "all lots" scope from a recall's code text.
///
/// `text` is `code_info` joined with `more_code_info` with **no** separator: openFDA
/// cuts a long `code_info` mid-token and continues it in `more_code_info`.
///
/// Lots come out distinct, in order of first appearance, normalised as
/// [`LotNumber`]s; range ends go to `ranges`, not `lots`. Runs in time linear in the
/// text and never panics.
///
/// # Rules
///
/// The rules follow `shared/openfda/LABELING.md`:
///
/// - A token labelled as a lot (`Lot`, `Lot #`, `Lot No.`, `Lot Number(s)`, `Lots`,
///   `Batch`, `lot code`, `Control No.`; also `Pedigree`, a repackager's batch code) and
///   the list that follows the label are lots. The list runs on across expiry dates and
///   list markers until another label (NDC, UPC, SKU, item, part, catalog, serial, Rx,
///   product or service code) takes over.
/// - Where no label is written, lot-shaped tokens (letters and digits, at least three
///   characters, at least one digit; bare numbers need four digits) are lots unless a
///   word of prose sits right before them.
/// - Dates in any format, NDCs, UPCs and other GS1 codes, counts, sizes and strengths,
///   phone numbers and placeholders (`NXXXX`) are never lots.
/// - `A to B`, `A through B`, `A thru B` and `A - B` (a dash with spaces) between two
///   lot-shaped tokens are ranges. A hyphen with no spaces is part of the lot, as
///   LABELING.md keeps internal `-` as written (`170614-007`, `N0019B01-N0019B12`).
/// - "All lots" (`All lots`, `all lot codes`, `all codes`, `All unexpired lots`, `all
///   sterile products compounded between …`) sets the all-lots scope, with its date
///   window where one is given. A bare distribution window with no lot named
///   (`distributed prior to and including 05/23/2013`) does too.
///
/// The work is one pass over the tokens with a fixed look-ahead, so the time is linear in
/// the text. The tokens are read through a window of a few hundred at a time, so the
/// memory used besides the result grows only with the number of NDCs in the text.
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
    let mut run = Run::new(text);
    run.go();
    run.out
}

/// [`extract_lots`], also handing back the NDC spans the pass scanned for (those of
/// `ndc_extract::scan`), so a caller that wants the text's NDCs too scans it once.
pub(crate) fn extract_lots_and_ndcs(
    text: &str,
) -> (LotExtraction, Vec<(NdcMention, usize, usize)>) {
    let mut run = Run::new(text);
    run.go();
    (run.out, run.ndcs)
}

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

/// Which label governs the tokens being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// No label seen yet.
    Open,
    /// After a lot label or an "all lots" statement.
    Lot,
    /// After a label of some other identifier (SKU, item, part, serial, Rx, …).
    Other,
}

/// A token's core in lower case, kept only where the word tables could hold it (they
/// hold no digit and no word over 16 bytes). ASCII, the usual case, is kept inline, so
/// reading a token allocates nothing.
#[derive(Debug, Default)]
struct Lower {
    buf: [u8; 16],
    len: u8,
    heap: Option<String>,
}

impl Lower {
    fn of(c: &str) -> Self {
        if c.len() > 16 || c.bytes().any(|b| b.is_ascii_digit()) {
            return Lower::default();
        }
        if !c.is_ascii() {
            return Lower {
                heap: Some(c.to_lowercase()),
                ..Lower::default()
            };
        }
        let mut buf = [0u8; 16];
        for (d, s) in buf.iter_mut().zip(c.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Lower {
            buf,
            len: u8::try_from(c.len()).unwrap_or(0),
            heap: None,
        }
    }

    fn as_str(&self) -> &str {
        match &self.heap {
            Some(s) => s,
            None => std::str::from_utf8(self.buf.get(..usize::from(self.len)).unwrap_or(&[]))
                .unwrap_or(""),
        }
    }
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
    digit: bool,
    /// The first index of its run of digit-bearing tokens (no clause break inside).
    group_start: usize,
    /// A word of prose sits right before that run.
    group_word_before: bool,
    lower: Lower,
}

/// The pass over a text's tokens. The tokens are read through a window that holds the
/// current token, a few before it and [`AHEAD`] after it, so memory stays bounded
/// however long the text is.
pub(super) struct Run<'a> {
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
    /// The last run of digit-bearing tokens looked at whole: its first index, and
    /// whether a word of prose follows it.
    group_after: Cell<Option<(usize, bool)>>,
    pub(super) out: LotExtraction,
    pub(super) seen: HashSet<LotNumber>,
    pub(super) seen_ranges: HashSet<(LotNumber, LotNumber)>,
}

impl<'a> Run<'a> {
    fn new(text: &'a str) -> Self {
        // Room for the tokens of a typical record's text (a token and its gap take
        // about six bytes), up to the window's usual size.
        let cap = (text.len() / 6 + 8).min(AHEAD + BEHIND + SLIDE + 8);
        Run {
            text,
            ndcs: ndc_extract::scan(text),
            ndc_at: 0,
            source: Glued::new(text),
            slots: Vec::with_capacity(cap),
            base: 0,
            exhausted: false,
            group_after: Cell::new(None),
            out: LotExtraction::default(),
            seen: HashSet::new(),
            seen_ranges: HashSet::new(),
        }
    }

    /// Starts reading the text again from its first token.
    pub(super) fn restart(&mut self) {
        self.source = Glued::new(self.text);
        self.slots.clear();
        self.base = 0;
        self.exhausted = false;
        self.ndc_at = 0;
        self.group_after.set(None);
    }

    /// Reads tokens into the window until it holds every token up to `i + AHEAD`
    /// (or the text ends).
    pub(super) fn ensure(&mut self, i: usize) {
        while !self.exhausted && self.base + self.slots.len() <= i.saturating_add(AHEAD) {
            self.pull();
        }
    }

    /// Drops tokens more than [`BEHIND`] before `i` from the window, in batches.
    pub(super) fn slide(&mut self, i: usize) {
        if i > self.base + BEHIND + SLIDE {
            let drop = (i - BEHIND - self.base).min(self.slots.len().saturating_sub(1));
            self.slots.drain(..drop);
            self.base += drop;
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
        let class = WordClass::of(t.core);
        let digit = has_digit(t.core);
        let prev = self.slots.last();
        let joined = k > 0 && !t.before.breaks_clause() && digit && prev.is_some_and(|p| p.digit);
        let (group_start, group_word_before) = match prev {
            Some(p) if joined => (p.group_start, p.group_word_before),
            _ => (
                k,
                k > 0 && !t.before.breaks_clause() && prev.is_some_and(|p| p.word == Coarse::Word),
            ),
        };
        let slot = Slot {
            class,
            word: coarse(&t, class),
            masked,
            dates: [is_date_token(t.core, false), is_date_token(t.core, true)],
            shaped: lot_shaped(t.core),
            digit,
            group_start,
            group_word_before,
            lower: Lower::of(t.core),
            tok: t,
        };
        self.slots.push(slot);
    }

    fn slot(&self, i: usize) -> Option<&Slot<'a>> {
        self.slots.get(i.checked_sub(self.base)?)
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
        self.slot(i).map_or("", |s| s.lower.as_str())
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

    fn go(&mut self) {
        let mut scope = Scope::Open;
        // The next value is the first one after a lot label.
        let mut first = false;
        // A date label was just read.
        let mut expect_date = false;
        // An NDC/UPC label was just read: its values are codes.
        let mut code_values = false;
        let mut i = 0;
        loop {
            self.slide(i);
            self.ensure(i);
            if !self.exists(i) {
                break;
            }
            let before = self.before(i);
            if before.semicolon {
                code_values = false;
            }
            if self.masked(i) || self.core(i).is_empty() {
                i += 1;
                continue;
            }
            // "All lots …"
            if self.lc(i) == "all" {
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
            if self.has(i, WordClass::CODE_LABEL) {
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
            if self.has(i, WordClass::DATE_LABEL) {
                expect_date = true;
                i += 1;
                continue;
            }
            // `Use by`, `Best by`, `Sell by`, `Use before`, `Best before`.
            if matches!(self.lc(i), "use" | "best" | "sell")
                && matches!(self.lc(i + 1), "by" | "before")
            {
                expect_date = true;
                i += 2;
                continue;
            }
            if let Some(n) = self.date_at(i, expect_date) {
                expect_date = false;
                i += n;
                continue;
            }
            if expect_date && self.has(i, WordClass::DATE_FILLER | WordClass::NO_DATE) {
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
            if self.has(i, WordClass::CONNECTOR | WordClass::UNIT | WordClass::MONTH) {
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

    /// Whether the token at `i` is a lot in this scope.
    fn accept(&self, i: usize, scope: Scope, first: bool) -> bool {
        let c = self.core(i);
        if self.shaped(i) {
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
        if !lot_chars_ok(c) || is_placeholder(c) || self.is_date(i, true) {
            return false;
        }
        if has_digit(c) {
            return c.chars().count() >= 2;
        }
        let stands_alone = match self.tok(i + 1) {
            None => true,
            Some(next) => {
                next.before.breaks_clause()
                    || self.has(i + 1, WordClass::DATE_LABEL)
                    || self.tok(i).is_some_and(|t| t.ends_with_period())
            }
        };
        c.chars().count() >= 3
            && c.chars().all(|ch| ch.is_ascii_uppercase())
            && !self.has(i, WordClass::STOP | WordClass::MONTH | WordClass::UNIT)
            && !self.has(
                i,
                WordClass::LOT_LABEL
                    | WordClass::DATE_LABEL
                    | WordClass::OTHER_LABEL
                    | WordClass::CODE_LABEL
                    | WordClass::NO_DATE,
            )
            && stands_alone
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

    /// Records the lot at `i` (or the range starting there); returns the next index.
    fn take(&mut self, i: usize) -> usize {
        let c = self.core(i).to_owned();
        // `A to B`, `A thru B`, `A through B`, `A - B`.
        if let Some(link) = self.tok(i + 1) {
            let is_link =
                self.has(i + 1, WordClass::RANGE) || (link.core.is_empty() && is_dash(link.raw));
            if is_link && !link.before.semicolon {
                let end = self.core(i + 2).to_owned();
                if !self.masked(i + 2) && self.shaped(i + 2) && !self.before(i + 2).semicolon {
                    self.push_range(&c, &end);
                    return i + 3;
                }
            }
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
            if self.seen_ranges.insert(pair.clone()) {
                self.out.ranges.push(pair);
            }
        }
    }
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
    fn times_of_day_are_not_lots() {
        assert_eq!(
            lots("Lot 6/02/19 0915 52-00311K EXP 07/16/2019"),
            ["52-00311K"]
        );
        assert_eq!(lots("Lot 4410A made 10:30, Exp 12/2026"), ["4410A"]);
    }

    #[test]
    fn slashed_labels() {
        assert_eq!(lots("Lot/Batch: 88A1201, Exp 12/2026"), ["88A1201"]);
        assert!(lots("NDC/UPC 61234021001").is_empty());
    }

    #[test]
    fn use_by_and_year_month_dates() {
        assert_eq!(lots("Lot Code: 5521A Best By 2026 Oct 12"), ["5521A"]);
        assert_eq!(lots("LOT: 7734 EXP: 2027-03"), ["7734"]);
        assert_eq!(lots("Lot 9915, Use before 2025"), ["9915"]);
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
}
