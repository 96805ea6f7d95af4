//! Finding NDCs in free text (`product_description`, `code_info`).
//!
//! One left-to-right pass over the text's tokens (runs of ASCII letters, digits and
//! hyphens); the work per token is bounded, so the scan is linear in the text.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::code::{Ndc, ProductNdc};
use crate::recall::first_seen::Distinct;

/// One NDC found in free text by [`extract_ndcs`].
///
/// Serialized as `{"package": "0185-0022-01"}`, `{"product": "68016-177"}` or
/// `{"ambiguous": ["0185-0022-01", "01850-022-01", "01850-0220-1"]}`.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{extract_ndcs, NdcMention};
/// use legcramps::recall::Ndc;
///
/// let found = extract_ndcs("NDC 1406000304");
/// let NdcMention::Ambiguous(candidates) = &found[0] else { return Err("not ambiguous".into()) };
/// assert!(candidates.contains(&"1406-0003-04".parse::<Ndc>()?));
/// assert!(found[0].matches(&"14060-0003-04".parse::<Ndc>()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NdcMention {
    /// A package code written in an unambiguous layout.
    Package(Ndc),
    /// A labeler-product code without a package code (`NDC 68016-177`,
    /// `NDC 68016-177-XX`).
    Product(ProductNdc),
    /// Ten digits written without hyphens: every 10-digit reading (4-4-2, 5-3-2, 5-4-1).
    Ambiguous([Ndc; 3]),
}

impl NdcMention {
    /// Whether a package code is this mention: the same package, one of the ambiguous
    /// readings, or a package of the mentioned product.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::extract_ndcs;
    /// use legcramps::recall::Ndc;
    ///
    /// let found = extract_ndcs("NDC 68016-177");
    /// assert!(found[0].matches(&"68016-0177-03".parse::<Ndc>()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn matches(&self, ndc: &Ndc) -> bool {
        match self {
            NdcMention::Package(p) => p == ndc,
            NdcMention::Product(p) => p.contains(ndc),
            NdcMention::Ambiguous(c) => c.contains(ndc),
        }
    }

    /// The package codes this mention may stand for: one, three (ambiguous) or none (a
    /// product-only mention).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::extract_ndcs;
    ///
    /// assert_eq!(extract_ndcs("NDC 0185-0022-01")[0].packages().len(), 1);
    /// assert_eq!(extract_ndcs("NDC 0185002201")[0].packages().len(), 3);
    /// assert!(extract_ndcs("NDC 0185-0022")[0].packages().is_empty());
    /// ```
    pub fn packages(&self) -> &[Ndc] {
        match self {
            NdcMention::Package(p) => std::slice::from_ref(p),
            NdcMention::Product(_) => &[],
            NdcMention::Ambiguous(c) => c,
        }
    }

    /// The product the mention names (for an ambiguous mention, the 4-4-2 reading's).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::extract_ndcs;
    ///
    /// assert_eq!(extract_ndcs("NDC 0185-0022-01")[0].product().to_string(), "0185-0022");
    /// ```
    pub fn product(&self) -> ProductNdc {
        match self {
            NdcMention::Package(p) => p.product(),
            NdcMention::Product(p) => *p,
            NdcMention::Ambiguous([first, ..]) => first.product(),
        }
    }
}

impl fmt::Display for NdcMention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NdcMention::Package(p) => write!(f, "{p}"),
            NdcMention::Product(p) => write!(f, "{p}"),
            NdcMention::Ambiguous([a, b, c]) => write!(f, "{a} | {b} | {c}"),
        }
    }
}

/// Finds the NDCs written in free text, each once, in order of first appearance.
///
/// Recognised, anywhere in the text: hyphenated package codes in the 4-4-2, 5-3-2,
/// 5-4-1, 5-4-2 and 6-4-2 layouts, and product codes with a placeholder package
/// (`68016-177-XX`). Recognised only after an `NDC` label (`NDC`, `NDC:`, `NDC#`,
/// `NDC No.`, `NDCs`, `NDC3321678316`) and the list that follows it (list markers
/// `a)`, `1)`, commas, `and`/`or`): product-only codes (`NDC 68016-177`), 11 digits
/// without hyphens (5-4-2), 10 digits without hyphens (returned as
/// [`NdcMention::Ambiguous`]), and digit groups separated by single spaces that add up
/// to 10 or 11 digits (`NDC 0067 203 702`).
///
/// A labeler padded to six digits with a leading zero (`NDC: 054365-400-13`) is read
/// without the zero (`54365-400-13`), since 6-3-2 and 6-4-1 are not NDC layouts.
///
/// Not taken: 12 bare digits (before 2033 such numbers are UPCs), a code glued to
/// letters (`ZD-078-19`), and malformed codes (`NDC 71283-060-3` has 9 digits,
/// `NDC 562032-113` is no layout), which no reading can repair without guessing.
///
/// Runs in time linear in the text.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{extract_ndcs, NdcMention};
///
/// let text = "Orphenadrine 100 mg, NDC 0185-0022-01 and 0185-0022-10; NDC: a) 71399748005";
/// let found: Vec<String> = extract_ndcs(text).iter().map(|m| m.to_string()).collect();
/// assert_eq!(found, ["0185-0022-01", "0185-0022-10", "71399-7480-05"]);
/// ```
pub fn extract_ndcs(text: &str) -> Vec<NdcMention> {
    // Thinned as found: a text repeating a few codes holds at most twice those (or
    // 64), never a list of every mention.
    let mut d = distinct_mentions();
    scan_each(text, |m, _, _| d.push(m));
    d.into_items()
}

/// The mentions of [`scan`]'s spans, first of each kept: [`extract_ndcs`] without the
/// scan, for callers that already hold the spans.
pub(crate) fn dedup(spans: Vec<(NdcMention, usize, usize)>) -> Vec<NdcMention> {
    let mut d = distinct_mentions();
    for (m, _, _) in spans {
        d.push(m);
    }
    d.into_items()
}

/// What makes two mentions the same (codes compare by canonical key).
#[derive(PartialEq, Eq, Hash)]
enum Key {
    Package(Ndc),
    Product(ProductNdc),
    Ambiguous(Ndc),
}

/// Mentions, first of each kept, in order.
fn distinct_mentions() -> Distinct<NdcMention, fn(&NdcMention) -> Key> {
    Distinct::by(|m| match m {
        NdcMention::Package(p) => Key::Package(*p),
        NdcMention::Product(p) => Key::Product(*p),
        NdcMention::Ambiguous([a, ..]) => Key::Ambiguous(*a),
    })
}

/// A token: a maximal run of ASCII letters, digits and hyphens, with its byte span.
struct Tok<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// The separator before it was exactly one space.
    single_space_before: bool,
}

/// Reads a text's tokens one at a time.
struct Tokens<'a> {
    text: &'a str,
    /// Where the next token is looked for: the end of the last one (or 0).
    pos: usize,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens { text, pos: 0 }
    }

    /// The next token; with `all` false, the next one that starts with a digit, a `-`,
    /// `n` or `N` ([`CAN_MATTER`]): the tokens before it are passed over unread.
    fn next(&mut self, all: bool) -> Option<Tok<'a>> {
        let bytes = self.text.as_bytes();
        let start = if all {
            self.pos
                + bytes
                    .get(self.pos..)?
                    .iter()
                    .position(|&b| is_tok_byte(b))?
        } else {
            let mut p = self.pos;
            loop {
                p += bytes
                    .get(p..)?
                    .iter()
                    .position(|&b| CAN_MATTER[usize::from(b)])?;
                // A token starts there unless a token byte comes right before it.
                if p == 0 || !bytes.get(p - 1).is_some_and(|&b| is_tok_byte(b)) {
                    break p;
                }
                p += 1;
            }
        };
        let end = start
            + bytes
                .get(start..)?
                .iter()
                .position(|&b| !is_tok_byte(b))
                .unwrap_or(bytes.len() - start);
        self.pos = end;
        // One space since the previous token (or since the start of the text).
        let single_space_before = start >= 1
            && bytes.get(start - 1) == Some(&b' ')
            && (start == 1 || bytes.get(start - 2).is_some_and(|&b| is_tok_byte(b)));
        Some(Tok {
            // Token bytes are ASCII, so both ends fall on char boundaries.
            text: self.text.get(start..end).unwrap_or(""),
            start,
            end,
            single_space_before,
        })
    }
}

/// The first bytes of the tokens that can change what [`scan_each`] reads outside an
/// NDC list: digits and `-` (codes) and `n`/`N` (the `NDC` label). Any other token
/// there is a word that leaves the state as it is.
static CAN_MATTER: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_digit() || matches!(c, b'-' | b'n' | b'N');
        b += 1;
    }
    t
};

/// Whether a byte belongs to a token: an ASCII letter, digit or hyphen.
fn is_tok_byte(b: u8) -> bool {
    TOK_BYTE[usize::from(b)]
}

/// [`is_tok_byte`] as a table, one entry per byte value.
static TOK_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-';
        b += 1;
    }
    t
};

/// Words that may sit between an `NDC` label and the codes of its list.
fn is_list_filler(word: &str) -> bool {
    [
        "and", "or", "no", "nos", "number", "numbers", "code", "codes", "s", "upc",
    ]
    .iter()
    .any(|f| f.eq_ignore_ascii_case(word))
        || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()))
        || (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
}

/// Every NDC mention with its byte span, in text order (duplicates kept).
pub(crate) fn scan(text: &str) -> Vec<(NdcMention, usize, usize)> {
    let mut out = Vec::new();
    scan_each(text, |m, start, end| out.push((m, start, end)));
    out
}

/// Calls `found` with every NDC mention and its byte span, in text order (duplicates
/// included).
fn scan_each(text: &str, mut found: impl FnMut(NdcMention, usize, usize)) {
    let mut in_list = false;
    // Pending space-separated digit groups after an NDC label: (digits, start, end).
    let mut spaced: Option<(String, usize, usize, usize)> = None;
    let mut tokens = Tokens::new(text);
    // Outside a list (where `spaced` is always `None`), a token that starts with a
    // letter other than `n` changes nothing (see below), so only the others are read.
    while let Some(tok) = tokens.next(in_list) {
        let t = tok.text;
        // Most tokens are words that start with a letter other than `n`: neither an NDC
        // nor its label (what follows reads them so too), they only end a list unless
        // they are list fillers.
        if t.as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_alphabetic() && !b.eq_ignore_ascii_case(&b'n'))
        {
            spaced = None;
            if in_list && !is_list_filler(t) {
                in_list = false;
            }
            continue;
        }
        let lower_prefix = t.get(..3).map(|p| p.eq_ignore_ascii_case("ndc"));
        let mut body = t;
        let mut start = tok.start;
        if lower_prefix == Some(true) {
            let rest = t.get(3..).unwrap_or("");
            if rest.is_empty() || rest.eq_ignore_ascii_case("s") {
                in_list = true;
                spaced = None;
                continue;
            }
            if rest.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                in_list = true;
                spaced = None;
                body = rest;
                start += 3;
            }
        }
        // Space-separated groups: `NDC 0067 203 702`.
        if in_list && body.bytes().all(|b| b.is_ascii_digit()) && body.len() < 10 {
            match spaced.as_mut() {
                Some((digits, _, end, groups)) if tok.single_space_before => {
                    digits.push_str(body);
                    *end = tok.end;
                    *groups += 1;
                }
                _ => spaced = Some((body.to_owned(), start, tok.end, 1)),
            }
            if let Some((digits, s, e, groups)) = &spaced {
                if *groups >= 2 && (digits.len() == 10 || digits.len() == 11) {
                    if let Some(m) = bare(digits) {
                        found(m, *s, *e);
                        spaced = None;
                        continue;
                    }
                }
                if digits.len() > 11 {
                    spaced = None;
                }
            }
            continue;
        }
        spaced = None;
        match classify(body, in_list) {
            Some(m) => found(m, start, tok.end),
            None => {
                if !(in_list && is_list_filler(body)) {
                    in_list = false;
                }
            }
        }
    }
}

/// A bare digit string after an NDC label: 11 digits (5-4-2) or 10 (ambiguous).
fn bare(digits: &str) -> Option<NdcMention> {
    match digits.len() {
        10 => Ndc::ten_digit_readings(digits).map(NdcMention::Ambiguous),
        11 => digits.parse::<Ndc>().ok().map(NdcMention::Package),
        _ => None,
    }
}

/// Reads one token as an NDC, if it is one.
fn classify(body: &str, in_list: bool) -> Option<NdcMention> {
    if body.is_empty() {
        return None;
    }
    // Without a hyphen only a bare number in a list can be a code (every layout below
    // has two or three parts).
    if !body.as_bytes().contains(&b'-') {
        let digits = body.bytes().all(|b| b.is_ascii_digit());
        return if in_list && digits { bare(body) } else { None };
    }
    // A word: the code below keeps a prefix of `body` that must be digits and dashes
    // and split into two or three parts, so a first byte of anything else is no NDC.
    if !body
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || *b == b'-')
    {
        return None;
    }
    // A placeholder package: `68016-177-XX`, `68016-177-xx`.
    let (core, placeholder) = match body.rsplit_once('-') {
        Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b == b'X' || b == b'x') => {
            (head, true)
        }
        _ => (body, false),
    };
    if !core.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    // Up to four parts, without allocating: a fourth means no layout.
    let mut split = core.split('-');
    let parts = [split.next(), split.next(), split.next(), split.next()];
    let parts: &[&str] = match parts {
        [Some(a), None, ..] => &[a],
        [Some(a), Some(b), None, _] => &[a, b],
        [Some(a), Some(b), Some(c), None] => &[a, b, c],
        _ => &[],
    };
    match parts {
        // A labeler padded to six digits with a zero (`054365-400-13`): the zero is
        // padding, the code is 5-3-2 (or 5-4-1).
        [lab, prod, pack]
            if lab.len() == 6
                && lab.starts_with('0')
                && matches!((prod.len(), pack.len()), (3, 2) | (4, 1)) =>
        {
            Ndc::from_segments(lab.get(1..)?, prod, pack)
                .ok()
                .map(NdcMention::Package)
        }
        [_, _, _] => core.parse::<Ndc>().ok().map(NdcMention::Package),
        [_, _] if in_list || placeholder => {
            core.parse::<ProductNdc>().ok().map(NdcMention::Product)
        }
        _ => None,
    }
}
