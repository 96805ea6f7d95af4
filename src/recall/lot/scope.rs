//! The "all lots" scope of a recall's code text, its date window, and the words that
//! limit a recall (negation and exclusion).
//!
//! `All lots`, `all lot codes`, `all codes`, `All unexpired lots`, `all sterile products
//! compounded between …` recall every lot, sometimes within a date window or within
//! expiry. The statement runs to a `;`, a full stop, a lot label, a list marker or a
//! token that is neither a word nor a date; its dates become the window's ends and its
//! verb the window's basis. A statement that is negated (`not all lots`, `all other lots
//! are not affected`) recalls nothing; one with an exception (`all lots except …`)
//! recalls every lot but the ones named after it. Every step looks at most 60 tokens
//! ahead.

use super::extraction::{LotExtraction, LotWindow, WindowBasis};
use super::token_shape::has_digit;
use super::vocabulary::WordClass;
use super::window::TokenWindow;

/// What an "all lots" statement at a token said.
pub(super) struct AllLots {
    /// The index after the statement.
    pub end: usize,
    /// The statement ends in an exception (`all lots except`): the lots that follow are
    /// left out of the recall.
    pub excluding: bool,
}

/// "All lots …" at `i`: records the scope and its window (unless the statement is
/// negated); returns where the statement ends.
pub(super) fn all_lots_at(
    w: &mut TokenWindow<'_>,
    out: &mut LotExtraction,
    i: usize,
) -> Option<AllLots> {
    let mut j = i + 1;
    let mut found = false;
    while j < i + 5 && w.exists(j) {
        let lc = w.lc(j);
        if SCOPE_NOUNS.contains(&lc) {
            found = true;
            break;
        }
        if !ALL_ADJECTIVES.contains(&lc) || w.before(j).breaks_clause() {
            break;
        }
        j += 1;
    }
    if !found {
        return None;
    }
    // Skip the noun and any label tail (`all lot codes`, `all lot numbers`).
    j += 1;
    w.ensure(j);
    while w.has(j, WordClass::LOT_TAIL) && !w.before(j).breaks_clause() {
        j += 1;
        w.ensure(j);
    }
    let end = clause_end(w, j);
    // `not all lots`, `all other lots are not affected`.
    let negated = (i > 0 && w.lc(i - 1) == "not" && !w.before(i).breaks_clause())
        || (j..end).any(|k| negation_at(w, k));
    let excluding = (j..end).any(|k| exclusion_at(w, k).is_some());
    if negated && !excluding {
        return Some(AllLots {
            end,
            excluding: false,
        });
    }
    out.all_lots = true;
    if out.all_lots_window.is_none() {
        out.all_lots_window = statement_window(w, i, end);
    }
    Some(AllLots { end, excluding })
}

/// A word that negates the statement it is in: `not` (but not `not limited to`, `not
/// expired`, `do not use`), `unaffected`, `excluded`, `exempt`.
#[inline]
pub(super) fn negation_at(w: &TokenWindow<'_>, k: usize) -> bool {
    if w.quiet(k) {
        false
    } else {
        read_negation_at(w, k)
    }
}

fn read_negation_at(w: &TokenWindow<'_>, k: usize) -> bool {
    match w.lc(k) {
        "not" => !matches!(
            w.lc(k + 1),
            "limited" | "expired" | "yet" | "use" | "exceed" | "to" | "appear"
        ),
        "unaffected" | "excluded" | "exempt" | "exempted" => true,
        _ => false,
    }
}

/// A word (or words) at `k` that start an exception: `except`, `excluding`, `other
/// than`, `with the exception of`, `but not`. Returns how many tokens it spans.
#[inline]
pub(super) fn exclusion_at(w: &TokenWindow<'_>, k: usize) -> Option<usize> {
    if w.quiet(k) {
        None
    } else {
        read_exclusion_at(w, k)
    }
}

fn read_exclusion_at(w: &TokenWindow<'_>, k: usize) -> Option<usize> {
    match w.lc(k) {
        "except" | "excluding" | "excepting" | "excludes" | "exclude" => {
            Some(if w.lc(k + 1) == "for" { 2 } else { 1 })
        }
        "other" if w.lc(k + 1) == "than" => Some(2),
        "but" if w.lc(k + 1) == "not" && w.lc(k + 2) != "limited" => Some(2),
        "exception" if w.lc(k + 1) == "of" => Some(2),
        _ => None,
    }
}

/// After listed lots, a phrase that leaves them out of the recall: `is not included`,
/// `are not affected`, `not part of`, `not subject to`, `not recalled`, `unaffected`.
#[inline]
pub(super) fn leaves_out_at(w: &TokenWindow<'_>, k: usize) -> bool {
    if w.quiet(k) {
        false
    } else {
        read_leaves_out_at(w, k)
    }
}

fn read_leaves_out_at(w: &TokenWindow<'_>, k: usize) -> bool {
    match w.lc(k) {
        "not" => {
            let next = w.lc(k + 1);
            let next = if next == "being" { w.lc(k + 2) } else { next };
            matches!(
                next,
                "included"
                    | "affected"
                    | "impacted"
                    | "involved"
                    | "recalled"
                    | "part"
                    | "subject"
                    | "covered"
                    | "in"
            )
        }
        "unaffected" | "excluded" => true,
        _ => false,
    }
}

/// The end (exclusive) of the statement that starts before `from`: a `;`, a
/// sentence-ending full stop, a lot label, or a token that is neither a word nor a
/// date.
fn clause_end(w: &TokenWindow<'_>, from: usize) -> usize {
    let mut k = from;
    while w.exists(k) && k < from + 60 {
        if w.before(k).semicolon {
            break;
        }
        if k > from && sentence_ends_after(w, k - 1) {
            break;
        }
        if w.lot_label_at(k).is_some() || w.is_marker(k) {
            break;
        }
        if let Some(n) = w.date_at(k, true) {
            k += n;
            continue;
        }
        if has_digit(w.core(k)) && w.quantity_at(k).is_none() {
            break;
        }
        k += 1;
    }
    k
}

pub(super) fn sentence_ends_after(w: &TokenWindow<'_>, k: usize) -> bool {
    w.ends_sentence(k)
}

/// The window of an all-lots statement spanning tokens `from..to`.
fn statement_window(w: &TokenWindow<'_>, from: usize, to: usize) -> Option<LotWindow> {
    let mut basis: Option<WindowBasis> = None;
    let mut expiry = false;
    // (the two words before, the date as written)
    let mut dates: Vec<([String; 2], String)> = Vec::new();
    let mut k = from;
    while k < to {
        if let Some(n) = w.date_at(k, true) {
            if !w.has(k, WordClass::NO_DATE) {
                let word = |d: usize| {
                    if k >= from + d {
                        w.lc(k - d).to_owned()
                    } else {
                        String::new()
                    }
                };
                let (s, e) = (w.tok(k)?.start, w.tok(k + n - 1)?.end);
                dates.push(([word(1), word(2)], w.text.get(s..e)?.to_owned()));
            }
            k += n;
            continue;
        }
        let lc = w.lc(k);
        if basis.is_none() {
            basis = verb_basis(lc);
        }
        expiry |= EXPIRY_WORDS.contains(&lc);
        k += 1;
    }
    let last = (from..to).rev().find(|&k| !w.core(k).is_empty())?;
    let (s, e) = (w.tok(from)?.start, w.tok(last)?.end);
    let text = w.text.get(s..e)?.to_owned();
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
pub(super) fn bare_window(w: &mut TokenWindow<'_>, out: &mut LotExtraction) {
    w.restart();
    let mut next = 0;
    loop {
        let i = next;
        next += 1;
        w.slide(i);
        w.ensure(i);
        if !w.exists(i) {
            break;
        }
        // The verbs are reader words.
        if w.quiet(i) {
            continue;
        }
        let lc = w.lc(i);
        if !matches!(
            verb_basis(lc),
            Some(WindowBasis::Distributed | WindowBasis::Dispensed)
        ) {
            continue;
        }
        let prep = (1..=3).any(|d| {
            !w.before(i + d).semicolon
                && matches!(
                    w.lc(i + d),
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
        let end = clause_end(w, i + 1);
        if let Some(found) = statement_window(w, i, end) {
            if found.from.is_some() || found.to.is_some() {
                out.all_lots = true;
                out.all_lots_window = Some(found);
                return;
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
