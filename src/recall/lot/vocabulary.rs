//! Word tables and token shapes used by lot extraction: labels, months, units, dates.
//!
//! The tables follow `shared/openfda/LABELING.md` ("What is a lot" / "What is not a lot")
//! and the forms listed in recalls.md §2.5. All checks are on one token (or a fixed
//! small window of tokens) and cost time linear in the token's length.

/// Words that label the lot or batch list that follows (compared in lower case).
/// `pedigree` is a repackager's batch code; `chargennummer` is German for batch number.
pub(crate) static LOT_LABELS: &[&str] = &[
    "batch",
    "batch#",
    "batches",
    "chargennummer",
    "lot",
    "lot#",
    "lot#s",
    "lotno",
    "lots",
    "pedigree",
];

/// Words that may follow a lot label and belong to it (`Lot Number(s)`, `Lot No.`,
/// `lot code`, `Lot #s`, `Lot #'s`).
pub(crate) static LOT_LABEL_TAILS: &[&str] = &[
    "code",
    "codes",
    "id",
    "identifier",
    "ids",
    "no",
    "nos",
    "num",
    "number",
    "numbers",
    "s",
];

/// Words that label a date: expiry, beyond-use, discard, retest and manufacture dates.
pub(crate) static DATE_LABELS: &[&str] = &[
    "bud",
    "buds",
    "date",
    "dated",
    "dates",
    "discard",
    "exp",
    "expiration",
    "expirations",
    "expire",
    "expired",
    "expires",
    "expiring",
    "expiry",
    "manufacture",
    "manufactured",
    "manufacturing",
    "mfd",
    "mfg",
    "retest",
];

/// Words that may sit between a date label and its date (`Discard by`, `Use By Date`,
/// `Best Use Date`, `Exp Date on`).
pub(crate) static DATE_FILLERS: &[&str] = &[
    "after", "before", "best", "beyond", "buy", "by", "date", "dates", "of", "on", "until", "use",
];

/// Values that stand for "no date" after a date label.
pub(crate) static NO_DATE: &[&str] = &["n/a", "na", "none", "tbd", "unknown"];

/// Words that label identifiers that are not lots; what follows them is not a lot until
/// a lot label appears again.
pub(crate) static OTHER_LABELS: &[&str] = &[
    "catalog",
    "catalogue",
    "fax",
    "gtin",
    "item",
    "items",
    "model",
    "part",
    "parts",
    "phone",
    "ref",
    "reorder",
    "rx",
    "rx#",
    "s/n",
    "serial",
    "serials",
    "sku",
    "sku#",
    "skus",
    "tel",
    "telephone",
    "warennummer",
];

/// Words that label NDCs or UPCs: the values right after them are codes, not lots.
pub(crate) static CODE_LABELS: &[&str] = &["gtin", "ndc", "ndc#", "ndcs", "upc", "upc#", "upcs"];

/// First words of two-word labels of non-lot identifiers (`Product Code`, `Service
/// Code`, `Pack Number`, `Item No.`, `Cat. No.`).
pub(crate) static OTHER_LABEL_HEADS: &[&str] = &[
    "cat", "catalog", "kit", "order", "pack", "package", "product", "service", "stock", "store",
];

/// Second words that make a two-word label out of [`OTHER_LABEL_HEADS`].
pub(crate) static OTHER_LABEL_SECONDS: &[&str] =
    &["#", "code", "codes", "no", "nos", "number", "numbers"];

/// Words that mean no lot is named (never taken as a lot, even right after a label).
pub(crate) static STOPWORDS: &[&str] = &[
    "above", "all", "and", "below", "code", "codes", "lot", "lots", "n/a", "na", "no", "none",
    "not", "number", "numbers", "of", "only", "or", "see", "tbd", "the", "to", "unknown",
];

/// Words that join items of a list or the ends of a range.
pub(crate) static CONNECTORS: &[&str] = &["&", "and", "or", "plus", "through", "thru", "to"];

/// Words that introduce the second end of a lot range.
pub(crate) static RANGE_WORDS: &[&str] = &["through", "thru", "to"];

/// Units that make the number before them a count, size or strength.
pub(crate) static UNITS: &[&str] = &[
    "%", "ampoule", "ampoules", "ampule", "ampules", "bag", "bags", "blister", "blisters",
    "bottle", "bottles", "box", "boxes", "bx", "cap", "caplet", "caplets", "caps", "capsule",
    "capsules", "carton", "cartons", "case", "cases", "cc", "cm", "cnt", "count", "counts", "cs",
    "ct", "day", "days", "dose", "doses", "drop", "drops", "ea", "each", "fl", "floz", "g",
    "gallon", "gallons", "gm", "gms", "gram", "grams", "hour", "hours", "hr", "hrs", "inch",
    "inches", "iu", "jar", "jars", "kg", "kit", "kits", "l", "lb", "lbs", "liter", "liters",
    "litre", "litres", "mcg", "meq", "mg", "ml", "mm", "mmol", "month", "months", "oz", "pack",
    "packet", "packets", "packs", "patch", "patches", "pc", "pcs", "piece", "pieces", "pill",
    "pills", "pk", "pouch", "pouches", "sachet", "sachets", "softgel", "softgels", "spray",
    "sprays", "strip", "strips", "syringe", "syringes", "tab", "tablet", "tablets", "tabs", "tray",
    "trays", "tube", "tubes", "ug", "unit", "units", "vial", "vials", "week", "weeks", "year",
    "years", "µg",
];

/// Words the lot readers compare a token's lower-case text with when the token is the
/// first word of what they read: `all` (lots), the exceptions (`except`, `other than`,
/// `but not`, `with the exception of`), the negations (`not`, `unaffected`, `excluded`,
/// `exempt`), `control` (`Control No.`), `code`, `part`, `use`/`best`/`sell` (`Use by`)
/// and the verbs of a distribution window (`distributed`, `compounded`, …). A token in
/// none of them (a *quiet* token: most lots and most words) is passed over by those
/// readers without comparing texts; a reader that starts comparing a new word must find
/// it here.
pub(crate) static READER_WORDS: &[&str] = &[
    "all",
    "best",
    "but",
    "code",
    "codes",
    "compounded",
    "control",
    "delivered",
    "dispensed",
    "distributed",
    "distribution",
    "except",
    "excepting",
    "exception",
    "exclude",
    "excluded",
    "excludes",
    "excluding",
    "exempt",
    "exempted",
    "made",
    "manufactured",
    "not",
    "other",
    "packaged",
    "part",
    "prepared",
    "produced",
    "released",
    "repackaged",
    "sell",
    "shipped",
    "shipping",
    "sold",
    "unaffected",
    "use",
];

/// Month names and abbreviations, with their month number.
static MONTHS: &[(&str, u8)] = &[
    ("jan", 1),
    ("january", 1),
    ("feb", 2),
    ("february", 2),
    ("mar", 3),
    ("march", 3),
    ("apr", 4),
    ("april", 4),
    ("may", 5),
    ("jun", 6),
    ("june", 6),
    ("jul", 7),
    ("july", 7),
    ("aug", 8),
    ("august", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("oct", 10),
    ("october", 10),
    ("nov", 11),
    ("november", 11),
    ("dec", 12),
    ("december", 12),
];

/// Case-insensitive membership in a word table. Every table is sorted by bytes and
/// holds lower-case words of at most 15 bytes with no digit (a unit test checks this),
/// so most lot-shaped tokens are ruled out at once and the rest take a binary search.
pub(crate) fn is_in(table: &[&str], word: &str) -> bool {
    if word.is_empty() || word.len() > 16 || word.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if !word.is_ascii() {
        return table.iter().any(|w| w.eq_ignore_ascii_case(word));
    }
    let mut buf = [0u8; 16];
    for (slot, b) in buf.iter_mut().zip(word.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    in_sorted(table, buf.get(..word.len()).unwrap_or(&[]))
}

/// Membership of an ASCII word already in lower case in a sorted word table.
fn in_sorted(table: &[&str], lower: &[u8]) -> bool {
    table
        .binary_search_by(|w| cmp_short(w.as_bytes(), lower))
        .is_ok()
}

/// Byte order of two short slices, compared inline (cheaper than a `memcmp` call for
/// words of a few bytes).
fn cmp_short(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// The word tables [`WordClass::of`] reads, each with its flag.
const FLAGGED_TABLES: [(&[&str], u16); 13] = [
    (LOT_LABELS, WordClass::LOT_LABEL),
    (LOT_LABEL_TAILS, WordClass::LOT_TAIL),
    (DATE_LABELS, WordClass::DATE_LABEL),
    (DATE_FILLERS, WordClass::DATE_FILLER),
    (NO_DATE, WordClass::NO_DATE),
    (OTHER_LABELS, WordClass::OTHER_LABEL),
    (CODE_LABELS, WordClass::CODE_LABEL),
    (OTHER_LABEL_HEADS, WordClass::OTHER_HEAD),
    (OTHER_LABEL_SECONDS, WordClass::OTHER_SECOND),
    (STOPWORDS, WordClass::STOP),
    (CONNECTORS, WordClass::CONNECTOR),
    (RANGE_WORDS, WordClass::RANGE),
    (READER_WORDS, WordClass::READER),
];

/// Slots of [`MERGED`]: a power of two, about four times its words, so that a word that
/// is in no table (most tokens) is ruled out after a probe or two.
const SLOTS: usize = 1024;

/// Every word of [`FLAGGED_TABLES`], [`UNITS`] and the month names once, with the flags
/// of all the tables it is in: one lookup per token instead of one search per table.
/// An open-addressing hash table of [`word_key`]s (linear probing; a zero key is a free
/// slot). A unit flag from here holds only for a word without `/` (see [`is_unit`]) and
/// a month flag only for a word without a trailing `.` (see [`is_month`]);
/// [`WordClass::of`] reads the other cases apart. Built on first use.
struct Merged {
    keys: Vec<u128>,
    flags: Vec<u16>,
}

static MERGED: std::sync::LazyLock<Merged> = std::sync::LazyLock::new(|| {
    let all = FLAGGED_TABLES
        .iter()
        .flat_map(|(table, flag)| table.iter().map(move |w| (*w, *flag)))
        .chain(
            UNITS
                .iter()
                .filter(|w| w.is_ascii())
                .map(|w| (*w, WordClass::UNIT)),
        )
        .chain(MONTHS.iter().map(|(m, _)| (*m, WordClass::MONTH)));
    let mut t = Merged {
        keys: vec![0; SLOTS],
        flags: vec![0; SLOTS],
    };
    // Every table word has a key (a unit test checks their lengths).
    for (key, flag) in all.filter_map(|(w, f)| Some((word_key(w.as_bytes())?, f))) {
        let mut i = slot_of(key);
        for _ in 0..SLOTS {
            match t.keys.get_mut(i) {
                Some(k) if *k == 0 || *k == key => {
                    *k = key;
                    if let Some(f) = t.flags.get_mut(i) {
                        *f |= flag;
                    }
                    break;
                }
                _ => i = (i + 1) % SLOTS,
            }
        }
    }
    t
});

/// A word of 1 to 15 bytes as one number: its bytes, ASCII letters in lower case, then
/// zeros, and its length in the last byte. Table words have no digit and at most 15
/// bytes, all ASCII; a longer or empty word has no key (and is in no table).
fn word_key(word: &[u8]) -> Option<u128> {
    let len = u8::try_from(word.len())
        .ok()
        .filter(|l| (1..=15).contains(l))?;
    let mut buf = [0u8; 16];
    for (slot, b) in buf.iter_mut().zip(word) {
        *slot = b.to_ascii_lowercase();
    }
    if let Some(last) = buf.last_mut() {
        *last = len;
    }
    Some(u128::from_le_bytes(buf))
}

/// Where a key's probe starts in [`MERGED`] (a multiplicative hash of both halves).
fn slot_of(key: u128) -> usize {
    let (lo, hi) = (key as u64, (key >> 64) as u64);
    let h = (lo ^ hi.rotate_left(32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // The top ten bits: below `SLOTS`.
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The flags of a word key in [`MERGED`] (0 when it is in no table).
fn key_flags(key: u128) -> u16 {
    let t = &*MERGED;
    let mut i = slot_of(key);
    for _ in 0..SLOTS {
        match t.keys.get(i) {
            Some(&k) if k == key => return t.flags.get(i).copied().unwrap_or(0),
            Some(&0) | None => return 0,
            Some(_) => i = (i + 1) % SLOTS,
        }
    }
    0
}

/// The flags of the tables an ASCII word is in, any case (0 for a word that is not
/// ASCII: no table word but the unit `µg` is, see [`is_unit`]).
pub(crate) fn ascii_word_flags(word: &str) -> u16 {
    word_key(word.as_bytes()).map_or(0, key_flags)
}

/// The flags of an ASCII word already in lower case, from [`MERGED`].
fn merged_flags(lower: &[u8]) -> u16 {
    word_key(lower).map_or(0, key_flags)
}

/// For each byte value: an ASCII byte that is neither a digit nor `/` (a word made of
/// these alone takes [`WordClass::of`]'s short path).
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = !(b as u8).is_ascii_digit() && b != b'/' as usize;
        b += 1;
    }
    t
};

/// Which word tables a token belongs to, worked out once per token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u16);

impl WordClass {
    pub(crate) const LOT_LABEL: u16 = 1;
    pub(crate) const LOT_TAIL: u16 = 1 << 1;
    pub(crate) const DATE_LABEL: u16 = 1 << 2;
    pub(crate) const DATE_FILLER: u16 = 1 << 3;
    pub(crate) const NO_DATE: u16 = 1 << 4;
    pub(crate) const OTHER_LABEL: u16 = 1 << 5;
    pub(crate) const CODE_LABEL: u16 = 1 << 6;
    pub(crate) const OTHER_HEAD: u16 = 1 << 7;
    pub(crate) const OTHER_SECOND: u16 = 1 << 8;
    pub(crate) const STOP: u16 = 1 << 9;
    pub(crate) const CONNECTOR: u16 = 1 << 10;
    pub(crate) const RANGE: u16 = 1 << 11;
    pub(crate) const UNIT: u16 = 1 << 12;
    pub(crate) const MONTH: u16 = 1 << 13;
    pub(crate) const READER: u16 = 1 << 14;

    /// The tables `word` is in. A word with a `/` (`Lot/Batch`, `NDC/UPC`) also counts
    /// as a lot or code label when its first part is one.
    pub(crate) fn of(word: &str) -> WordClass {
        let b = word.as_bytes();
        // Most tokens: ASCII, no digit, no `/`, short enough for a table. The merged
        // table answers for them, the unit question included.
        if (1..=15).contains(&b.len()) && b.iter().all(|&c| PLAIN[usize::from(c)]) {
            let mut f = merged_flags(b);
            // `Jan.`: the month table is read without the trailing full stop.
            if b.last() == Some(&b'.') && is_month(word) {
                f |= Self::MONTH;
            }
            return WordClass(f);
        }
        let slash = word.bytes().position(|b| b == b'/');
        let mut f = 0;
        // The merged table answers the unit question for an ASCII word without `/`.
        if (slash.is_some() || !word.is_ascii()) && is_unit(word) {
            f |= Self::UNIT;
        }
        if word.is_empty() || word.len() > 16 || word.bytes().any(|b| b.is_ascii_digit()) {
            return WordClass(f);
        }
        if word.is_ascii() {
            // Lower-case once and look the word up once in the merged table.
            let mut buf = [0u8; 16];
            for (slot, b) in buf.iter_mut().zip(word.bytes()) {
                *slot = b.to_ascii_lowercase();
            }
            let lower = buf.get(..word.len()).unwrap_or(&[]);
            let mut merged = merged_flags(lower);
            if slash.is_some() {
                merged &= !Self::UNIT;
            }
            f |= merged;
            // `Jan.`: the month table is read without the trailing full stop.
            if word.ends_with('.') && is_month(word) {
                f |= Self::MONTH;
            }
        } else {
            for (table, flag) in FLAGGED_TABLES {
                if is_in(table, word) {
                    f |= flag;
                }
            }
            // A month name is ASCII, so no other word is one.
        }
        if let Some(first) = slash.and_then(|i| word.get(..i)) {
            if is_in(LOT_LABELS, first) {
                f |= Self::LOT_LABEL;
            }
            if is_in(CODE_LABELS, first) {
                f |= Self::CODE_LABEL;
            }
        }
        WordClass(f)
    }

    /// Whether any of `flags` is set.
    pub(crate) fn has(self, flags: u16) -> bool {
        self.0 & flags != 0
    }
}

/// A month name or abbreviation (`Jan`, `Sept`, `November`), ignoring a trailing `.`.
pub(crate) fn is_month(word: &str) -> bool {
    // Month names are ASCII: a word that is not matches none (as `eq_ignore_ascii_case`
    // would say).
    ascii_word_flags(word.trim_end_matches('.')) & WordClass::MONTH != 0
}

/// `s.split_once(sep)` for an ASCII separator, by bytes (cheaper than a `char` search).
fn split_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// The part of `s` before the first `sep` (all of it when there is none).
fn before_byte(s: &str, sep: u8) -> &str {
    split_byte(s, sep).map_or(s, |(a, _)| a)
}

fn has_byte(s: &str, sep: u8) -> bool {
    s.as_bytes().contains(&sep)
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn num(s: &str) -> Option<u32> {
    if all_digits(s) && s.len() <= 4 {
        s.parse().ok()
    } else {
        None
    }
}

/// A four-digit year from 1900 to 2099.
pub(crate) fn is_year4(s: &str) -> bool {
    s.len() == 4 && matches!(num(s), Some(1900..=2099))
}

/// A day of the month (`1`–`31`) or a day range (`24-31`).
pub(crate) fn is_day(s: &str) -> bool {
    let ok = |p: &str| p.len() <= 2 && matches!(num(p), Some(1..=31));
    match split_byte(s, b'-') {
        Some((a, b)) => ok(a) && ok(b),
        None => ok(s),
    }
}

/// A date written in one token: `12/2020`, `10/17`, `5/28/2014`, `2015/07/08`,
/// `27-04-2020`, `8-30-2025`, `12-2020`, `10.06.2011`, `07/15/15-10/12/15`, `Nov-23`,
/// `Aug-2014`, `22-Jul-23`, `1FEB2015`. Two-digit-year glued forms (`1FEB15`) count only
/// where a date is expected (`expected`), since lots look like that too.
pub(crate) fn is_date_token(s: &str, expected: bool) -> bool {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if has_byte(s, b'/') && !has_byte(s, b'-') && !has_byte(s, b'.') {
        return slash_date(s);
    }
    split_date(s, expected) || glued_date(s, expected) || month_year(s)
}

/// The readings of [`is_date_token`] that split the token at `-` or `.` (and a range of
/// two slash dates).
fn split_date(s: &str, expected: bool) -> bool {
    if let Some((a, b)) = split_byte(s, b'-') {
        if slash_date(a) && slash_date(b) {
            return true;
        }
    }
    let two_digit_year = |y: &str| y.len() == 2 && all_digits(y);
    match split3(s, b'-') {
        (2, [m, y, _]) if is_month(m) && (is_year4(y) || two_digit_year(y)) => return true,
        (2, [m, y, _]) if m.len() <= 2 && matches!(num(m), Some(1..=12)) && is_year4(y) => {
            return true;
        }
        // `2027-Apr`.
        (2, [y, m, _]) if is_year4(y) && is_month(m) => return true,
        // `2020-12` only where a date is expected: lots such as `1920-1` look alike.
        (2, [y, m, _])
            if expected && is_year4(y) && m.len() == 2 && matches!(num(m), Some(1..=12)) =>
        {
            return true;
        }
        (3, [d, m, y]) if is_day(d) && is_month(m) && (is_year4(y) || two_digit_year(y)) => {
            return true;
        }
        // `Jun-30-24`, `APR-30-25`.
        (3, [m, d, y]) if is_month(m) && is_day(d) && (is_year4(y) || two_digit_year(y)) => {
            return true;
        }
        (3, [a, b, c]) if numeric_dmy(a, b, c) => return true,
        _ => {}
    }
    if let (3, [a, b, c]) = split3(s, b'.') {
        if numeric_dmy(a, b, c) {
            return true;
        }
    }
    false
}

/// [`is_date_token`] for both values of `expected` at once, `[anywhere, expected]`, with
/// one full read of the token: `expected` only adds readings (every `expected` branch
/// there accepts more), so the second answer is the first or one of the two
/// expected-only forms (`2020-12`, a glued two-digit year).
pub(crate) fn date_token_kinds(s: &str) -> [bool; 2] {
    if is_date_token(s, false) {
        return [true, true];
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return [false, false];
    }
    let year_month = match split3(s, b'-') {
        (2, [y, m, _]) => is_year4(y) && m.len() == 2 && matches!(num(m), Some(1..=12)),
        _ => false,
    };
    [false, year_month || glued_date(s, true)]
}

/// [`date_token_kinds`] for a token with a digit, a `/` and neither `-` nor `.`: it is a
/// date of slash-separated numbers or none (anywhere and where expected alike).
pub(crate) fn slash_date_kinds(s: &str) -> [bool; 2] {
    let date = slash_date(s);
    [date, date]
}

/// [`date_token_kinds`] for an ASCII token with a digit and a `-` or a `.`: such a token
/// is no date glued to a month name (`1FEB2015`, `MAY2028` hold letters and digits
/// only), so only the readings that split it are tried.
pub(crate) fn split_date_kinds(s: &str) -> [bool; 2] {
    if split_date(s, false) {
        return [true, true];
    }
    let year_month = match split3(s, b'-') {
        (2, [y, m, _]) => is_year4(y) && m.len() == 2 && matches!(num(m), Some(1..=12)),
        _ => false,
    };
    [false, year_month]
}

/// A month name glued to a day of the month: `SEP30`, `Jun1` (after a year, in
/// year-month-day dates such as `2020 SEP30`).
pub(crate) fn is_month_day(s: &str) -> bool {
    let mon_len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (mon, day) = (
        s.get(..mon_len).unwrap_or(""),
        s.get(mon_len..).unwrap_or(""),
    );
    mon_len >= 3 && !day.contains('-') && is_month(mon) && is_day(day)
}

/// A month name glued to a four-digit year: `MAY2028`, `Aug2028`.
pub(crate) fn month_year(s: &str) -> bool {
    let mon_len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (mon, year) = (
        s.get(..mon_len).unwrap_or(""),
        s.get(mon_len..).unwrap_or(""),
    );
    mon_len >= 3 && is_month(mon) && is_year4(year)
}

/// How many parts `s` splits into at `sep`, and the first three of them.
fn split3(s: &str, sep: u8) -> (usize, [&str; 3]) {
    let mut parts = [""; 3];
    let mut n = 0;
    let mut rest = s;
    loop {
        let (part, next) = match split_byte(rest, sep) {
            Some((a, b)) => (a, Some(b)),
            None => (rest, None),
        };
        if let Some(p) = parts.get_mut(n) {
            *p = part;
        }
        n += 1;
        match next {
            Some(b) => rest = b,
            None => return (n, parts),
        }
    }
}

/// `12/2020`, `10/17`, `5/28/2014`, `2015/07/08`, `10/31/217` (a typo, still a date):
/// two or three all-digit parts of at most four digits.
fn slash_date(s: &str) -> bool {
    let (n, parts) = split3(s, b'/');
    (2..=3).contains(&n) && parts.iter().take(n).all(|p| p.len() <= 4 && all_digits(p))
}

/// Three numeric parts in day-month-year, month-day-year or year-month-day order.
fn numeric_dmy(a: &str, b: &str, c: &str) -> bool {
    let small = |p: &str| p.len() <= 2 && matches!(num(p), Some(1..=31));
    let year = |p: &str| is_year4(p) || (p.len() == 2 && all_digits(p));
    (small(a) && small(b) && year(c)) || (is_year4(a) && small(b) && small(c))
}

/// `1FEB2015`, `01JAN20` (the last only when `expected`).
pub(crate) fn glued_date(s: &str, expected: bool) -> bool {
    let day_len = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day_len) {
        return false;
    }
    let rest = s.get(day_len..).unwrap_or("");
    let mon_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (mon, year) = (
        rest.get(..mon_len).unwrap_or(""),
        rest.get(mon_len..).unwrap_or(""),
    );
    is_month(mon)
        && mon_len >= 3
        && is_day(s.get(..day_len).unwrap_or(""))
        && (is_year4(year) || (expected && year.len() == 2 && all_digits(year)))
}

/// A time of day: `07:22`, `7:22`, or `0722` / `1530` where `hhmm` is allowed.
pub(crate) fn is_time(s: &str, hhmm: bool) -> bool {
    let ok = |h: &str, m: &str| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && matches!(num(h), Some(0..=23))
            && matches!(num(m), Some(0..=59))
    };
    match split_byte(s, b':') {
        Some((h, m)) => ok(h, m),
        None => hhmm && s.len() == 4 && ok(s.get(..2).unwrap_or(""), s.get(2..).unwrap_or("")),
    }
}

/// A plain number, possibly with a decimal part (`100`, `0.5`, `1.00`).
pub(crate) fn is_number(s: &str) -> bool {
    match split_byte(s, b'.') {
        Some((a, b)) => all_digits(a) && all_digits(b),
        None => all_digits(s),
    }
}

/// A unit word, judged on the part before any `/` (`tablets/bottle`).
///
/// After the `/` a unit has a word, a number of at most four digits or a quantity
/// (`mg/mL`, `mg/30`, `mg/1000`, `mg/1ml`); anything else makes a lot with a prefix (`CAP/013118`,
/// `CC/004/24-25`).
pub(crate) fn is_unit(word: &str) -> bool {
    // `/` is ASCII, so its byte index is a character boundary.
    let (head, tail) = match word.bytes().position(|b| b == b'/') {
        Some(i) => (word.get(..i).unwrap_or(""), word.get(i + 1..).unwrap_or("")),
        None => (word, ""),
    };
    // No unit has a digit (`A18001`, the rest of the lot `327A18001`, is none).
    if head.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // The table first: most words are not units, and the tail test is dearer.
    let unit = if head.is_ascii() {
        ascii_word_flags(head) & WordClass::UNIT != 0
    } else {
        is_in(UNITS, head)
    };
    if !unit {
        return false;
    }
    let whole = before_byte(tail, b'.');
    tail.is_empty()
        || tail.starts_with(|c: char| c.is_alphabetic())
        || (is_number(tail) && whole.len() <= 4)
        || is_glued_quantity(tail)
}

/// A size written as two one-digit numbers and an `x`: `4X4`, `2x2`, `4X8` (gauze and
/// dressing sizes).
pub(crate) fn is_size(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3
        && b.first().is_some_and(u8::is_ascii_digit)
        && b.get(1).is_some_and(|x| matches!(x, b'x' | b'X'))
        && b.get(2).is_some_and(u8::is_ascii_digit)
}

/// A number glued to a unit: `100g`, `5ct`, `1.00kg`, `500mg`, `100-count`.
pub(crate) fn is_glued_quantity(s: &str) -> bool {
    let n = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if n == 0 {
        return false;
    }
    let (number, rest) = (s.get(..n).unwrap_or(""), s.get(n..).unwrap_or(""));
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let whole = before_byte(number, b'.');
    // Lots often end in one capital letter (`07282016G`), so a one-letter unit must be
    // lower case, and the number short.
    // Cheapest tests first; the unit table last but one.
    let one_letter_ok = || rest.chars().nth(1).is_some() || rest.chars().all(|c| c.is_lowercase());
    whole.len() <= 4 && !rest.is_empty() && is_number(number) && is_unit(rest) && one_letter_ok()
}

/// A telephone number: `844-491-7869`, `1-800-525-8747`, `800.525.8747`.
pub(crate) fn is_phone(s: &str) -> bool {
    if s.len() > 14
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        return false;
    }
    let mut lens = [0usize; 5];
    let mut n = 0;
    for part in s.split(['-', '.']) {
        match lens.get_mut(n) {
            Some(l) => *l = part.len(),
            None => return false,
        }
        n += 1;
    }
    matches!(lens.get(..n), Some([3, 3, 4] | [1, 3, 3, 4]))
}

/// 12 to 14 digits with a valid GS1 check digit: a UPC-A, EAN-13 or GTIN-14.
pub(crate) fn is_gtin(s: &str) -> bool {
    if !(12..=14).contains(&s.len()) || !all_digits(s) {
        return false;
    }
    let mut digits = s.bytes().rev().map(|b| u32::from(b.saturating_sub(b'0')));
    let Some(check) = digits.next() else {
        return false;
    };
    // Weights 3, 1, 3, … from the digit next to the check digit leftwards.
    let sum: u32 = digits
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 3 } else { d })
        .sum();
    (10 - sum % 10) % 10 == check
}

/// A placeholder such as `NXXXX` or `XX`: three or more `X` in a row.
pub(crate) fn is_placeholder(s: &str) -> bool {
    let mut run = 0;
    for b in s.bytes() {
        run = if b == b'X' || b == b'x' { run + 1 } else { 0 };
        if run == 3 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_record_formats_are_dates() {
        // Forms from recalls.md §2.5 and LABELING.md.
        for d in [
            "10/17",
            "12/2020",
            "5/28/2014",
            "2015/07/08",
            "27-04-2020",
            "8-30-2025",
            "10.06.2011",
            "07/15/15-10/12/15",
            "Nov-23",
            "Aug-2014",
            "22-Jul-23",
            "1FEB2015",
            "10/31/217",
            "12-2020",
        ] {
            assert!(is_date_token(d, false), "{d}");
        }
        assert!(is_date_token("1JAN20", true));
        assert!(is_date_token("2020-12", true));
        assert!(!is_date_token("2020-12", false));
    }

    #[test]
    fn lots_that_look_a_little_like_dates_are_not_dates() {
        // Real lots from the labelled records (LABELING.md examples and lot-labels.json shapes).
        for lot in [
            "1620-1",
            "1920-1",
            "160107-17",
            "36-262162",
            "27FE2315",
            "25MAR032",
            "24MA2010",
            "102-26",
            "405-002",
            "1JAN20",
            "20181213",
            "05062015@32",
            "OCT251BC01",
            "13016.011A",
        ] {
            assert!(!is_date_token(lot, false), "{lot}");
        }
    }

    #[test]
    fn word_tables_are_sorted_lower_case_short_and_digit_free() {
        // `is_in` relies on this to skip lot-shaped tokens quickly.
        for table in [
            LOT_LABELS,
            LOT_LABEL_TAILS,
            DATE_LABELS,
            DATE_FILLERS,
            NO_DATE,
            OTHER_LABELS,
            CODE_LABELS,
            OTHER_LABEL_HEADS,
            OTHER_LABEL_SECONDS,
            STOPWORDS,
            CONNECTORS,
            RANGE_WORDS,
            READER_WORDS,
            UNITS,
        ] {
            // `is_in` searches them by halves; the merged table keys words of up to
            // 15 bytes.
            assert!(table.windows(2).all(|p| p[0] < p[1]), "{table:?}");
            for w in table {
                assert!(
                    w.len() <= 15
                        && !w.bytes().any(|b| b.is_ascii_digit())
                        && *w == w.to_lowercase(),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn quantities_phones_and_gtins() {
        assert!(is_glued_quantity("100g"));
        assert!(is_glued_quantity("1.00kg"));
        assert!(is_glued_quantity("100-count"));
        assert!(!is_glued_quantity("10BR001B"));
        // A lot from D-0318-2017 (lot-labels.json) that ends in G.
        assert!(!is_glued_quantity("07282016G"));
        assert!(is_unit("tablets/bottle"));
        assert!(is_phone("844-491-7869"));
        assert!(is_phone("1-800-525-8747"));
        assert!(!is_phone("0185-0022-01"));
        // UPC from D-0994-2015 (recalls.md §2.5): 633090804632 has a valid check digit.
        assert!(is_gtin("633090804632"));
        assert!(!is_gtin("633090804633"));
        assert!(is_placeholder("NXXXX"));
        assert!(is_time("07:22", false));
        assert!(is_time("0722", true));
        assert!(!is_time("0722", false));
        assert!(!is_time("04262018:09", false));
        assert!(!is_time("2560", true));
    }

    proptest::proptest! {
        /// The one-pass reading used by the token window answers exactly what the two
        /// separate readings answer, on date-like tokens (digits, month names, `-`,
        /// `/`, `.`) and on any text.
        #[test]
        fn date_token_kinds_is_both_readings(
            s in proptest::prop_oneof![
                "[0-9A-Za-z./-]{0,12}",
                "(JAN|Apr|may|DEC|[0-9]{1,4})([-/.]?(JAN|Apr|may|DEC|[0-9]{1,4})){0,2}",
                ".{0,10}",
            ]
        ) {
            proptest::prop_assert_eq!(
                date_token_kinds(&s),
                [is_date_token(&s, false), is_date_token(&s, true)]
            );
        }
    }

    /// [`WordClass::of`] as it was before the merged table: one search per table.
    fn of_table_by_table(word: &str) -> WordClass {
        let mut f = if is_unit_by_search(word) {
            WordClass::UNIT
        } else {
            0
        };
        if word.is_empty() || word.len() > 16 || word.bytes().any(|b| b.is_ascii_digit()) {
            return WordClass(f);
        }
        for (table, flag) in FLAGGED_TABLES {
            if is_in(table, word) {
                f |= flag;
            }
        }
        if is_month_by_list(word) {
            f |= WordClass::MONTH;
        }
        if let Some((first, _)) = word.split_once('/') {
            if is_in(LOT_LABELS, first) {
                f |= WordClass::LOT_LABEL;
            }
            if is_in(CODE_LABELS, first) {
                f |= WordClass::CODE_LABEL;
            }
        }
        WordClass(f)
    }

    /// [`is_month`] as it was before the merged table: a walk through the month names.
    fn is_month_by_list(word: &str) -> bool {
        let w = word.trim_end_matches('.');
        MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w))
    }

    /// [`is_unit`] as it was before the merged table: a search of [`UNITS`].
    fn is_unit_by_search(word: &str) -> bool {
        let (head, tail) = word.split_once('/').unwrap_or((word, ""));
        if !is_in(UNITS, head) {
            return false;
        }
        let whole = before_byte(tail, b'.');
        tail.is_empty()
            || tail.starts_with(|c: char| c.is_alphabetic())
            || (is_number(tail) && whole.len() <= 4)
            || is_glued_quantity(tail)
    }

    /// Words to try the lookups on: a table word (any table, units and months too) in
    /// either case, with something after it or not, or any text.
    fn lookup_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let words: Vec<&'static str> = FLAGGED_TABLES
            .iter()
            .flat_map(|(t, _)| t.iter().copied())
            .chain(UNITS.iter().copied())
            .chain(MONTHS.iter().map(|(m, _)| *m))
            .collect();
        prop_oneof![
            (
                proptest::sample::select(words),
                proptest::bool::ANY,
                "(|[./]|[./][0-9a-z]{1,3}|[a-z])"
            )
                .prop_map(|(w, upper, tail)| {
                    let w = if upper {
                        w.to_uppercase()
                    } else {
                        w.to_owned()
                    };
                    format!("{w}{tail}")
                }),
            "[A-Za-z0-9%#&/.-]{0,17}",
            ".{0,8}",
        ]
    }

    proptest::proptest! {
        /// The merged table answers each table's membership as a search of that table
        /// does, and months and units as before.
        #[test]
        fn merged_table_is_each_table(word in lookup_words()) {
            for (table, flag) in FLAGGED_TABLES.iter().chain(&[(UNITS, WordClass::UNIT)]) {
                if word.is_ascii() {
                    proptest::prop_assert_eq!(
                        ascii_word_flags(&word) & flag != 0,
                        is_in(table, &word),
                        "{} in {:?}", word, table
                    );
                }
            }
            proptest::prop_assert_eq!(is_month(&word), is_month_by_list(&word), "{}", word);
            proptest::prop_assert_eq!(is_unit(&word), is_unit_by_search(&word), "{}", word);
            proptest::prop_assert_eq!(WordClass::of(&word), of_table_by_table(&word), "{}", word);
        }
    }

    #[test]
    fn merged_table_holds_every_table_word_with_all_its_flags() {
        // `through` is both a connector and a range word: both tables list it.
        assert_eq!(
            merged_flags(b"through"),
            WordClass::CONNECTOR | WordClass::RANGE
        );
        for (table, _) in FLAGGED_TABLES {
            for w in table {
                assert_eq!(WordClass::of(w), of_table_by_table(w), "{w}");
            }
        }
    }

    proptest::proptest! {
        /// The merged lookup classes a word as the table-by-table lookup does, for
        /// table words in either case and for other words (ASCII or not).
        #[test]
        fn merged_lookup_is_table_by_table(
            pick in 0usize..1000,
            upper in proptest::bool::ANY,
            other in proptest::prop_oneof!["[A-Za-z#&/.-]{0,17}", ".{0,8}"],
        ) {
            let words: Vec<&str> =
                FLAGGED_TABLES.iter().flat_map(|(t, _)| t.iter().copied()).collect();
            let word = words.get(pick % words.len()).copied().unwrap_or("lot");
            let word = if upper { word.to_ascii_uppercase() } else { word.to_owned() };
            for w in [word.as_str(), other.as_str(), &format!("{word}/{other}")] {
                proptest::prop_assert_eq!(WordClass::of(w), of_table_by_table(w), "{}", w);
            }
        }
    }
}
