//! Runs of tokens in a recall's code text that are not lot values: lot labels, labels
//! of other identifiers, list markers, quantities, phone numbers and dates. Each reader
//! looks at the token at `i` and a few after it, and says how many tokens the run spans
//! (or whether the token is one).

use super::lot_extract::Run;
use super::lot_tokens::has_digit;
use super::lot_words::{WordClass, is_day, is_glued_quantity, is_number, is_time, is_year4};

impl Run<'_> {
    /// A lot label at `i`; returns how many tokens it spans.
    pub(super) fn lot_label_at(&self, i: usize) -> Option<usize> {
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
    pub(super) fn other_label_at(&self, i: usize) -> Option<usize> {
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
    pub(super) fn quantity_at(&self, i: usize) -> Option<usize> {
        let c = self.core(i);
        if is_glued_quantity(c) {
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
    pub(super) fn phone_at(&self, i: usize) -> Option<usize> {
        let area = self.core(i);
        let next = self.tok(i + 1)?;
        let three = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit());
        let local = next.core.split_once(['-', '.']).is_some_and(|(a, b)| {
            three(a) && b.len() == 4 && b.bytes().all(|x| x.is_ascii_digit())
        });
        (three(area) && self.before(i).open && next.before.close && local).then_some(2)
    }

    /// A date starting at `i`; returns how many tokens it spans.
    pub(super) fn date_at(&self, i: usize, expected: bool) -> Option<usize> {
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
