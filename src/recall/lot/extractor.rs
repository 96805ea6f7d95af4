//! Lot extraction from an openFDA record's code text.
//!
//! The rules are documented on [`extract_lots`]. This module holds the pass over the
//! tokens and the rules for what is a lot; the token window and the readers of labels,
//! dates and other runs that are not lots are in `window`, the "all lots" scope in
//! `scope`.

use super::extraction::LotExtraction;
use super::number::LotNumber;
use super::scope;
use super::token_shape::{Coarse, has_digit, is_dash, lot_chars_ok};
use super::tokenizer::Token;
use super::vocabulary::{WordClass, is_gtin, is_placeholder};
use super::window::TokenWindow;
use crate::recall::first_seen::Positions;
use crate::recall::ndc::NdcMention;

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
/// - **Negation and exceptions.** An all-lots statement that is negated (`not all lots`,
///   `all other lots are not affected`) recalls nothing more; `not limited to`, `not
///   expired`, `do not use` and `may not appear` negate nothing. After `except`,
///   `excluding`, `other than`, `with the exception of` or `but not`, lots and ranges go
///   to `excluded` / `excluded_ranges` until the sentence ends; lots that a phrase such
///   as `is not included`, `are not affected`, `not part of` or `unaffected` follows
///   closely (within four tokens) are moved there too.
/// - **Lots written in pieces.** After a lot label, one to three capitals and a number
///   with a space between are one lot (`Lot JX 6411`, `INX 530; INX 535`); a compounding
///   lot with spaces after its colon is one lot (`01072016:  23@28`); a number of four
///   or more digits followed by groups of one to three digits ending a list item is one
///   lot (`7302 01 039`). A prefix with `/` stays (`CAP/013118`).
/// - **Not lots either:** month-day-year and month-year dates (`Jun-30-24`, `MAY2028`,
///   `2027-Apr`), sizes (`4X4`), an item code in brackets right before a lot label
///   (`(Gen-11460) Lot #: …`), stock numbers, and GS1 values other than after `(10)`
///   (`(01)` GTIN, `(21)` serial).
/// - **Expiry.** A date after an expiry or beyond-use label (`Exp`, `Expiry`, `BUD`, `Use
///   by`) belongs to the lots read since the previous such date; it goes to `expiry`.
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
/// `ndc::scan`), so a caller that wants the text's NDCs too scans it once.
pub(crate) fn extract_lots_and_ndcs(
    text: &str,
) -> (LotExtraction, Vec<(NdcMention, usize, usize)>) {
    let mut run = Run::new(text);
    run.go();
    (run.out, run.w.into_ndcs())
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

/// The pass over a text's tokens: the window it reads them through and what it found.
struct Run<'a> {
    w: TokenWindow<'a>,
    out: LotExtraction,
    seen: Positions,
    seen_ranges: Positions,
    /// What `out.excluded` and `out.excluded_ranges` hold, for constant-time checks.
    seen_excluded: Positions,
    seen_excluded_ranges: Positions,
    /// After `except`, `excluding`, …: lots read go to `out.excluded`.
    excluding: bool,
    /// Where the current sentence's lots and ranges start in `out`.
    sentence_lots: usize,
    sentence_ranges: usize,
    /// The first lot in `out.lots` that has no expiry date yet.
    expiry_from: usize,
    /// The token index of the last lot or range read.
    last_lot_at: Option<usize>,
    /// The letters of the last lot written with a space after them (`INX 530`): later
    /// items of the list may be written the same way (`; INX 535`).
    split_head: Option<&'a str>,
}

impl<'a> Run<'a> {
    fn new(text: &'a str) -> Self {
        Run {
            w: TokenWindow::new(text),
            out: LotExtraction::default(),
            seen: Positions::default(),
            seen_ranges: Positions::default(),
            seen_excluded: Positions::default(),
            seen_excluded_ranges: Positions::default(),
            excluding: false,
            sentence_lots: 0,
            sentence_ranges: 0,
            expiry_from: 0,
            last_lot_at: None,
            split_head: None,
        }
    }

    fn go(&mut self) {
        let mut scope = Scope::Open;
        // The next value is the first one after a lot label.
        let mut first = false;
        // A date label was just read.
        let mut expect_date = false;
        // An NDC/UPC label was just read: its values are codes.
        let mut code_values = false;
        // The date label just read names an expiry or beyond-use date.
        let mut expect_expiry = false;
        // The label of another identifier that is in force opened inside brackets.
        let mut other_in_bracket = false;
        let mut i = 0;
        loop {
            self.w.slide(i);
            self.w.ensure(i);
            // The token at `i`, asked once (the window never slides past `i`).
            let Some(info) = self.w.info(i) else {
                break;
            };
            let before = info.before;
            if before.semicolon || (i > 0 && scope::sentence_ends_after(&self.w, i - 1)) {
                if before.semicolon {
                    code_values = false;
                }
                self.excluding = false;
                self.sentence_lots = self.out.lots.len();
                self.sentence_ranges = self.out.ranges.len();
            }
            if info.masked || info.core.is_empty() {
                i += 1;
                continue;
            }
            // The readers that compare the text of their first word pass a quiet token
            // over; so do the tests on `all` and `use by` here.
            let quiet = info.quiet;
            // "All lots …"
            if !quiet && self.w.lc(i) == "all" {
                if let Some(stated) = scope::all_lots_at(&mut self.w, &mut self.out, i) {
                    scope = Scope::Lot;
                    first = false;
                    expect_date = false;
                    code_values = false;
                    self.excluding |= stated.excluding;
                    i = stated.end;
                    continue;
                }
            }
            // `except`, `excluding`, `other than`: the lots that follow are left out.
            if let Some(n) = scope::exclusion_at(&self.w, i) {
                self.excluding = true;
                scope = Scope::Lot;
                i += n;
                continue;
            }
            // `Lot AB124 is not included`: this sentence's lots are left out, when the
            // phrase follows the last of them closely.
            if !quiet
                && scope::leaves_out_at(&self.w, i)
                && self.last_lot_at.is_some_and(|k| k + 4 >= i)
            {
                self.leave_out_sentence();
                i += 1;
                continue;
            }
            // Lot labels.
            if let Some(n) = self.w.lot_label_at(i) {
                scope = Scope::Lot;
                first = true;
                expect_date = false;
                code_values = false;
                i += n;
                continue;
            }
            if info.class.has(WordClass::CODE_LABEL) {
                code_values = true;
                expect_date = false;
                i += 1;
                continue;
            }
            if let Some(n) = self.w.other_label_at(i) {
                other_in_bracket = before.open;
                scope = Scope::Other;
                first = false;
                expect_date = false;
                code_values = false;
                i += n;
                continue;
            }
            if info.class.has(WordClass::DATE_LABEL) {
                let lc = self.w.lc(i);
                expect_expiry = lc.starts_with("exp")
                    || lc.starts_with("bud")
                    || (expect_date && expect_expiry && lc.starts_with("date"));
                expect_date = true;
                i += 1;
                continue;
            }
            // `Use by`, `Best by`, `Sell by`, `Use before`, `Best before`.
            if !quiet
                && matches!(self.w.lc(i), "use" | "best" | "sell")
                && matches!(self.w.lc(i + 1), "by" | "before" | "beyond")
            {
                expect_date = true;
                expect_expiry = true;
                i += 2;
                continue;
            }
            if let Some(n) = self.w.date_at(i, expect_date) {
                if expect_date && expect_expiry {
                    self.note_expiry(i, n);
                }
                expect_date = false;
                expect_expiry = false;
                i += n;
                continue;
            }
            if expect_date && info.class.has(WordClass::DATE_FILLER | WordClass::NO_DATE) {
                i += 1;
                continue;
            }
            expect_date = false;
            if self.w.is_marker(i) {
                i += 1;
                continue;
            }
            if let Some(n) = self.w.phone_at(i) {
                i += n;
                continue;
            }
            if let Some(n) = self.w.quantity_at(i) {
                first = false;
                i += n;
                continue;
            }
            if info
                .class
                .has(WordClass::CONNECTOR | WordClass::UNIT | WordClass::MONTH)
            {
                i += 1;
                continue;
            }
            if code_values {
                if info.digit {
                    i += 1;
                    continue;
                }
                code_values = false;
            }
            // A closing bracket ends another identifier's label that opened inside it
            // (`(Item Number FAE-7014) coded: B11340515, …`).
            if scope == Scope::Other && other_in_bracket && before.close {
                scope = Scope::Open;
                other_in_bracket = false;
            }
            if scope == Scope::Other {
                i += 1;
                continue;
            }
            // A GS1 element string `(01)00307813528104(21)10686040629319`: the value
            // after `(10)` is a batch or lot; after any other identifier it is not.
            if let Some(ai) = self.gs1_identifier_before(i) {
                if ai == "10" {
                    let c = self.w.core(i);
                    self.push_lot(c);
                    self.last_lot_at = Some(i);
                }
                i += 1;
                continue;
            }
            // An item code in brackets right before a lot label: `AG 4X4 (Gen-11460)
            // Lot #: 1123315`.
            if before.open && self.w.before(i + 1).close && self.w.lot_label_at(i + 1).is_some() {
                i += 1;
                continue;
            }
            if scope != Scope::Other {
                if let Some(n) = self.split_lot_at(i, first && scope == Scope::Lot) {
                    first = false;
                    self.last_lot_at = Some(i + n - 1);
                    i += n;
                    continue;
                }
            }
            if self.accept(i, scope, first) {
                first = false;
                let next = self.take(i);
                self.last_lot_at = Some(next.saturating_sub(1));
                i = next;
                continue;
            }
            if self.w.word(i) == Coarse::Word {
                first = false;
            }
            i += 1;
        }
        if !self.out.all_lots && self.out.lots.is_empty() && self.out.ranges.is_empty() {
            scope::bare_window(&mut self.w, &mut self.out);
        }
    }

    /// Whether the token at `i` is a lot in this scope.
    fn accept(&self, i: usize, scope: Scope, first: bool) -> bool {
        let c = self.w.core(i);
        if self.w.shaped(i) {
            // A UPC, EAN or GTIN is not a lot, unless a lot label names it.
            if is_gtin(c) && !first {
                return false;
            }
            match scope {
                Scope::Open => self.open_ok(i),
                Scope::Lot => first || !self.w.prose_group(i),
                Scope::Other => false,
            }
        } else {
            first && scope == Scope::Lot && self.loose_ok(i)
        }
    }

    /// Right after a lot label, a value that is not lot-shaped may still be the lot: a
    /// short number (`Batch 39`) or a code in capitals standing alone (`Lot #: CHL,`).
    fn loose_ok(&self, i: usize) -> bool {
        let c = self.w.core(i);
        if !lot_chars_ok(c) || is_placeholder(c) || self.w.is_date(i, true) {
            return false;
        }
        if has_digit(c) {
            return c.chars().count() >= 2;
        }
        let stands_alone = match self.w.tok(i + 1) {
            None => true,
            Some(next) => {
                next.before.breaks_clause()
                    || self.w.has(i + 1, WordClass::DATE_LABEL)
                    || self.w.tok(i).is_some_and(|t| t.ends_with_period())
            }
        };
        c.chars().count() >= 3
            && c.chars().all(|ch| ch.is_ascii_uppercase())
            && !self
                .w
                .has(i, WordClass::STOP | WordClass::MONTH | WordClass::UNIT)
            && !self.w.has(
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
        let c = self.w.core(i);
        let digits_only = c.bytes().all(|b| b.is_ascii_digit());
        if digits_only && c.len() < 4 {
            return false;
        }
        let prev_word =
            i > 0 && !self.w.before(i).breaks_clause() && self.w.word(i - 1) == Coarse::Word;
        !prev_word
    }

    /// Records the lot at `i` (or the range starting there); returns the next index.
    fn take(&mut self, i: usize) -> usize {
        let c = self.w.core(i);
        // `A to B`, `A thru B`, `A through B`, `A - B`.
        if let Some(link) = self.w.tok(i + 1) {
            let is_link =
                self.w.has(i + 1, WordClass::RANGE) || (link.core.is_empty() && is_dash(link.raw));
            if is_link && !link.before.semicolon {
                let end = self.w.core(i + 2);
                if !self.w.masked(i + 2) && self.w.shaped(i + 2) && !self.w.before(i + 2).semicolon
                {
                    self.push_range(c, end);
                    return i + 3;
                }
            }
        }
        self.push_lot(c);
        i + 1
    }

    fn push_lot(&mut self, text: &str) {
        if let Ok(lot) = LotNumber::new(text) {
            if self.excluding {
                self.seen_excluded.push(&mut self.out.excluded, lot);
            } else {
                self.seen.push(&mut self.out.lots, lot);
            }
        }
    }

    fn push_range(&mut self, a: &str, b: &str) {
        if let (Ok(a), Ok(b)) = (LotNumber::new(a), LotNumber::new(b)) {
            let pair = (a, b);
            if self.excluding {
                self.seen_excluded_ranges
                    .push(&mut self.out.excluded_ranges, pair);
            } else {
                self.seen_ranges.push(&mut self.out.ranges, pair);
            }
        }
    }

    /// A lot written in two tokens: after a lot label, a short code of capitals and a
    /// number with spaces between (`Lot JX 6411`), or anywhere in a lot list, a
    /// compounding lot with spaces after its colon (`01072016:  23@28`). Records it
    /// and returns how many tokens it spans.
    fn split_lot_at(&mut self, i: usize, first: bool) -> Option<usize> {
        let (a, b) = (self.w.tok(i)?, self.w.tok(i + 1)?);
        // Every form below starts with one to three capitals or with digits only.
        let c = a.core.as_bytes();
        let capitals = (1..=3).contains(&c.len()) && c.iter().all(u8::is_ascii_uppercase);
        let number = !c.is_empty() && c.iter().all(u8::is_ascii_digit);
        if !capitals && !number {
            return None;
        }
        if b.before.breaks_clause() || b.before.hash || b.before.other || self.w.masked(i + 1) {
            return None;
        }
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|x| x.is_ascii_digit());
        let same_head = self.split_head == Some(a.core) && a.before.breaks_clause();
        let letters_head = (first || same_head)
            && a.raw == a.core
            && (1..=3).contains(&a.core.len())
            && a.core.bytes().all(|x| x.is_ascii_uppercase())
            && !self.w.has(
                i,
                WordClass::STOP
                    | WordClass::MONTH
                    | WordClass::UNIT
                    | WordClass::CONNECTOR
                    | WordClass::DATE_LABEL
                    | WordClass::OTHER_LABEL
                    | WordClass::CODE_LABEL
                    | WordClass::LOT_LABEL
                    | WordClass::LOT_TAIL
                    | WordClass::NO_DATE,
            )
            && digits(b.core)
            && b.core.len() >= 3
            && b.raw == b.core;
        let at_lot = |t: &Token<'_>| {
            t.core.contains('@') && t.core.bytes().next().is_some_and(|x| x.is_ascii_digit())
        };
        let date_head = digits(a.core) && a.core.len() >= 6;
        // `01072016:  23@28`, or `02022016 : 72@19` with the colon on its own.
        let (compounding, n) = if date_head && a.raw.ends_with(':') && at_lot(b) {
            (true, 2)
        } else if date_head && a.core.len() == 8 && a.raw == a.core && at_lot(b) {
            // `04122016    38@58`: the colon left out.
            (true, 2)
        } else if date_head && a.raw == a.core && b.raw == ":" {
            match self.w.tok(i + 2) {
                Some(c) if at_lot(c) && !c.before.breaks_clause() => (true, 3),
                _ => (false, 0),
            }
        } else {
            (false, 0)
        };
        // `7302 01 039, 7302 03 039`: a number of four or more digits, then groups of
        // one to three digits with single spaces between, ending the list item. Such
        // short groups are never lots on their own.
        let mut groups = 0;
        if digits(a.core) && a.core.len() >= 4 && a.raw == a.core {
            let mut k = i + 1;
            while let Some(t) = self.w.tok(k) {
                let short = digits(t.core) && t.core.len() <= 3 && t.raw == t.core;
                if !short || !t.before.single_space || self.w.masked(k) {
                    break;
                }
                k += 1;
            }
            let ends_item = match self.w.tok(k) {
                None => true,
                Some(t) => t.before.breaks_clause() || self.w.has(k, WordClass::CONNECTOR),
            };
            if k > i + 1 && ends_item {
                groups = k - i;
            }
        }
        if groups > 0 {
            let last = self.w.tok(i + groups - 1)?;
            let text = self.w.text.get(a.start..last.end)?;
            self.push_lot(text);
            return Some(groups);
        }
        if letters_head {
            self.split_head = Some(a.core);
            let text = self.w.text.get(a.start..b.end)?;
            self.push_lot(text);
            return Some(2);
        }
        if !compounding {
            return None;
        }
        let last = self.w.tok(i + n - 1)?;
        let text = self.w.text.get(a.start..last.end)?;
        self.push_lot(text);
        Some(n)
    }

    /// The two-digit GS1 application identifier in brackets right before token `i`
    /// (`(21)` in `(21)10686040629319`), if there is one.
    fn gs1_identifier_before(&self, i: usize) -> Option<&'a str> {
        // The value comes right after the identifier's closing bracket.
        if !self.w.before(i).close {
            return None;
        }
        let k = i.checked_sub(1)?;
        let ai = self.w.core(k);
        let two = ai.len() == 2 && ai.bytes().all(|b| b.is_ascii_digit());
        let t = self.w.tok(i)?;
        let glued = self.w.tok(k)?.end + 1 == t.start;
        (two && self.w.before(k).open && t.before.close && glued && has_digit(t.core)).then_some(ai)
    }

    /// The sentence's lots (and ranges) are left out of the recall.
    fn leave_out_sentence(&mut self) {
        let lots = self.seen.cut(&mut self.out.lots, self.sentence_lots);
        for lot in lots {
            self.seen_excluded.push(&mut self.out.excluded, lot);
        }
        let ranges = self
            .seen_ranges
            .cut(&mut self.out.ranges, self.sentence_ranges);
        for pair in ranges {
            self.seen_excluded_ranges
                .push(&mut self.out.excluded_ranges, pair);
        }
        self.expiry_from = self.expiry_from.min(self.out.lots.len());
    }

    /// An expiry date of `n` tokens at `i`: it belongs to the lots read since the last
    /// one.
    fn note_expiry(&mut self, i: usize, n: usize) {
        let (Some(a), Some(b)) = (self.w.tok(i), self.w.tok(i + n - 1)) else {
            return;
        };
        let Some(date) = self.w.text.get(a.start..b.end) else {
            return;
        };
        for lot in self.out.lots.get(self.expiry_from..).unwrap_or(&[]) {
            self.out.expiry.push((lot.clone(), date.to_owned()));
        }
        self.expiry_from = self.out.lots.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::lot::WindowBasis;

    fn lots(text: &str) -> Vec<String> {
        extract_lots(text)
            .lots
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn year_month_day_dates_are_not_lots() {
        // D-1342-2020's wording: expiry dates written year first, no label.
        assert_eq!(
            lots("Lot #: AF7814, 2021 AUG 31; AP5189, 2020 SEP30; CL6603, DH5847, 2022 MAR 31"),
            ["AF7814", "AP5189", "CL6603", "DH5847"]
        );
        // A four-digit lot before a comma and a month is still a lot.
        assert_eq!(lots("Lot 2021, Aug 2023"), ["2021"]);
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
}
