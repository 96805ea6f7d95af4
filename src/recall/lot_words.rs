//! Word tables and token shapes used by lot extraction: labels, months, units, dates.
//!
//! The tables follow `shared/openfda/LABELING.md` ("What is a lot" / "What is not a lot")
//! and the forms listed in recalls.md §2.5. All checks are on one token (or a fixed
//! small window of tokens) and cost time linear in the token's length.

/// Words that label the lot or batch list that follows (compared in lower case).
/// `pedigree` is a repackager's batch code; `chargennummer` is German for batch number.
pub(crate) static LOT_LABELS: &[&str] = &[
    "lot",
    "lots",
    "lot#",
    "lot#s",
    "lotno",
    "batch",
    "batches",
    "batch#",
    "pedigree",
    "chargennummer",
];

/// Words that may follow a lot label and belong to it (`Lot Number(s)`, `Lot No.`,
/// `lot code`, `Lot #s`, `Lot #'s`).
pub(crate) static LOT_LABEL_TAILS: &[&str] = &[
    "number",
    "numbers",
    "no",
    "nos",
    "num",
    "code",
    "codes",
    "s",
    "id",
    "ids",
    "identifier",
];

/// Words that label a date: expiry, beyond-use, discard, retest and manufacture dates.
pub(crate) static DATE_LABELS: &[&str] = &[
    "exp",
    "expiry",
    "expiration",
    "expirations",
    "expires",
    "expire",
    "expired",
    "expiring",
    "bud",
    "buds",
    "discard",
    "retest",
    "date",
    "dates",
    "dated",
    "mfg",
    "mfd",
    "manufactured",
    "manufacture",
    "manufacturing",
];

/// Words that may sit between a date label and its date (`Discard by`, `Use By Date`,
/// `Best Use Date`, `Exp Date on`).
pub(crate) static DATE_FILLERS: &[&str] = &[
    "by", "on", "after", "before", "use", "best", "buy", "of", "date", "dates", "beyond", "until",
];

/// Values that stand for "no date" after a date label.
pub(crate) static NO_DATE: &[&str] = &["unknown", "n/a", "na", "none", "tbd"];

/// Words that label identifiers that are not lots; what follows them is not a lot until
/// a lot label appears again.
pub(crate) static OTHER_LABELS: &[&str] = &[
    "sku",
    "skus",
    "sku#",
    "item",
    "items",
    "part",
    "parts",
    "catalog",
    "catalogue",
    "serial",
    "serials",
    "s/n",
    "rx",
    "rx#",
    "model",
    "ref",
    "reorder",
    "warennummer",
    "gtin",
    "phone",
    "tel",
    "telephone",
    "fax",
];

/// Words that label NDCs or UPCs: the values right after them are codes, not lots.
pub(crate) static CODE_LABELS: &[&str] = &["ndc", "ndcs", "ndc#", "upc", "upcs", "upc#", "gtin"];

/// First words of two-word labels of non-lot identifiers (`Product Code`, `Service
/// Code`, `Pack Number`, `Item No.`, `Cat. No.`).
pub(crate) static OTHER_LABEL_HEADS: &[&str] = &[
    "product", "service", "pack", "package", "cat", "catalog", "kit", "store", "order",
];

/// Second words that make a two-word label out of [`OTHER_LABEL_HEADS`].
pub(crate) static OTHER_LABEL_SECONDS: &[&str] =
    &["code", "codes", "number", "numbers", "no", "nos", "#"];

/// Words that mean no lot is named (never taken as a lot, even right after a label).
pub(crate) static STOPWORDS: &[&str] = &[
    "all", "none", "n/a", "na", "no", "not", "unknown", "tbd", "and", "or", "to", "the", "of",
    "lot", "lots", "number", "numbers", "code", "codes", "only", "see", "below", "above",
];

/// Words that join items of a list or the ends of a range.
pub(crate) static CONNECTORS: &[&str] = &["and", "or", "&", "to", "thru", "through", "plus"];

/// Words that introduce the second end of a lot range.
pub(crate) static RANGE_WORDS: &[&str] = &["to", "thru", "through"];

/// Units that make the number before them a count, size or strength.
pub(crate) static UNITS: &[&str] = &[
    "mg", "mcg", "ug", "µg", "g", "gm", "gms", "gram", "grams", "kg", "ml", "l", "liter", "liters",
    "litre", "litres", "oz", "fl", "floz", "lb", "lbs", "count", "counts", "ct", "cnt", "tablet",
    "tablets", "tab", "tabs", "capsule", "capsules", "cap", "caps", "softgel", "softgels",
    "caplet", "caplets", "vial", "vials", "bottle", "bottles", "unit", "units", "pack", "packs",
    "packet", "packets", "pouch", "pouches", "bag", "bags", "syringe", "syringes", "ampule",
    "ampules", "ampoule", "ampoules", "piece", "pieces", "pcs", "pc", "day", "days", "hour",
    "hours", "hr", "hrs", "week", "weeks", "month", "months", "year", "years", "meq", "mmol", "cc",
    "iu", "inch", "inches", "cm", "mm", "dose", "doses", "carton", "cartons", "case", "cases",
    "box", "boxes", "tube", "tubes", "jar", "jars", "kit", "kits", "strip", "strips", "patch",
    "patches", "spray", "sprays", "drop", "drops", "sachet", "sachets", "gallon", "gallons",
    "each", "ea", "blister", "blisters", "pk", "pill", "pills", "tray", "trays", "bx", "cs", "%",
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

/// Case-insensitive membership in a word table.
pub(crate) fn is_in(table: &[&str], word: &str) -> bool {
    table.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A month name or abbreviation (`Jan`, `Sept`, `November`), ignoring a trailing `.`.
pub(crate) fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w))
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
    match s.split_once('-') {
        Some((a, b)) => ok(a) && ok(b),
        None => ok(s),
    }
}

/// A date written in one token: `12/2020`, `10/17`, `5/28/2014`, `2015/07/08`,
/// `27-04-2020`, `8-30-2025`, `12-2020`, `10.06.2011`, `07/15/15-10/12/15`, `Nov-23`,
/// `Aug-2014`, `22-Jul-23`, `1FEB2015`. Two-digit-year glued forms (`1FEB15`) count only
/// where a date is expected (`expected`), since lots look like that too.
pub(crate) fn is_date_token(s: &str, expected: bool) -> bool {
    if s.contains('/') && !s.contains(['-', '.']) {
        return slash_date(s);
    }
    if let Some((a, b)) = s.split_once('-') {
        if slash_date(a) && slash_date(b) {
            return true;
        }
    }
    let dashed: Vec<&str> = s.split('-').collect();
    let dotted: Vec<&str> = s.split('.').collect();
    match dashed.as_slice() {
        [m, y] if is_month(m) && (is_year4(y) || (y.len() == 2 && all_digits(y))) => {
            return true;
        }
        [m, y] if m.len() <= 2 && matches!(num(m), Some(1..=12)) && is_year4(y) => return true,
        [d, m, y] if is_day(d) && is_month(m) && (is_year4(y) || y.len() == 2 && all_digits(y)) => {
            return true;
        }
        [a, b, c] if numeric_dmy(a, b, c) => return true,
        _ => {}
    }
    if let [a, b, c] = dotted.as_slice() {
        if numeric_dmy(a, b, c) {
            return true;
        }
    }
    glued_date(s, expected)
}

/// `12/2020`, `10/17`, `5/28/2014`, `2015/07/08`, `10/31/217` (a typo, still a date):
/// two or three all-digit parts of at most four digits.
fn slash_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    (2..=3).contains(&parts.len()) && parts.iter().all(|p| p.len() <= 4 && all_digits(p))
}

/// Three numeric parts in day-month-year, month-day-year or year-month-day order.
fn numeric_dmy(a: &str, b: &str, c: &str) -> bool {
    let small = |p: &str| p.len() <= 2 && matches!(num(p), Some(1..=31));
    let year = |p: &str| is_year4(p) || (p.len() == 2 && all_digits(p));
    (small(a) && small(b) && year(c)) || (is_year4(a) && small(b) && small(c))
}

/// `1FEB2015`, `01JAN20` (the last only when `expected`).
fn glued_date(s: &str, expected: bool) -> bool {
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

/// A plain number, possibly with a decimal part (`100`, `0.5`, `1.00`).
pub(crate) fn is_number(s: &str) -> bool {
    match s.split_once('.') {
        Some((a, b)) => all_digits(a) && all_digits(b),
        None => all_digits(s),
    }
}

/// A unit word, judged on the part before any `/` (`tablets/bottle`).
pub(crate) fn is_unit(word: &str) -> bool {
    let head = word.split('/').next().unwrap_or(word);
    is_in(UNITS, head)
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
    let whole = number.split('.').next().unwrap_or("");
    // Lots often end in one capital letter (`07282016G`), so a one-letter unit must be
    // lower case, and the number short.
    let one_letter_ok = rest.chars().count() > 1 || rest.chars().all(|c| c.is_lowercase());
    is_number(number) && whole.len() <= 4 && !rest.is_empty() && is_unit(rest) && one_letter_ok
}

/// A telephone number: `844-491-7869`, `1-800-525-8747`, `800.525.8747`.
pub(crate) fn is_phone(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '.']).collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    parts.iter().all(|p| all_digits(p)) && (lens == [3, 3, 4] || lens == [1, 3, 3, 4])
}

/// 12 to 14 digits with a valid GS1 check digit: a UPC-A, EAN-13 or GTIN-14.
pub(crate) fn is_gtin(s: &str) -> bool {
    if !(12..=14).contains(&s.len()) || !all_digits(s) {
        return false;
    }
    let digits: Vec<u32> = s.bytes().map(|b| u32::from(b - b'0')).collect();
    let Some((check, body)) = digits.split_last() else {
        return false;
    };
    // Weights 3, 1, 3, … from the digit next to the check digit leftwards.
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d })
        .sum();
    (10 - sum % 10) % 10 == *check
}

/// A placeholder such as `NXXXX` or `XX`: three or more `X` in a row.
pub(crate) fn is_placeholder(s: &str) -> bool {
    s.to_ascii_uppercase().contains("XXX")
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
    }
}
