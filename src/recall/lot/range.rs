//! How a lot is compared with a recalled lot range.

use super::number::LotNumber;

/// Whether `lot` falls in the recalled range `first ..= last`.
///
/// Lot numbers have no agreed order, so the rule is deliberately narrow:
///
/// - `lot` equal to either end is always in the range.
/// - Otherwise the three lots must have the same length and the same text up to a
///   numeric tail: split `first` into a head and its trailing run of digits (the tail);
///   `last` and `lot` must start with the same head and continue with exactly as many
///   digits. The tails are then compared as numbers (equal-length digit strings, so a
///   text comparison gives the numeric order). A range written backwards
///   (`B to A`) is read as `A to B`.
/// - Anything else (different lengths, different heads, no digits at the end) matches
///   only the two ends.
///
/// So `81801504002 to 81801701003` contains `81801600000`, but `A100 to A200` does not
/// contain `A1000`, `B150` or `A15`, and `A1B to A9B` contains only its ends. A
/// lexicographic comparison would put `A1000` or `A15X` inside `A100 to A200`; this rule
/// never does.
///
/// # Examples
///
/// ```
/// use legcramps::recall::lot_in_range;
/// use legcramps::LotNumber;
///
/// let lot = |s: &str| s.parse::<LotNumber>();
/// assert!(lot_in_range(&lot("81801600000")?, &lot("81801504002")?, &lot("81801701003")?));
/// assert!(lot_in_range(&lot("AB150")?, &lot("AB100")?, &lot("AB200")?));
/// assert!(!lot_in_range(&lot("AB1500")?, &lot("AB100")?, &lot("AB200")?));
/// assert!(!lot_in_range(&lot("AC150")?, &lot("AB100")?, &lot("AB200")?));
/// assert!(lot_in_range(&lot("A9B")?, &lot("A1B")?, &lot("A9B")?));
/// assert!(!lot_in_range(&lot("A5B")?, &lot("A1B")?, &lot("A9B")?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn lot_in_range(lot: &LotNumber, first: &LotNumber, last: &LotNumber) -> bool {
    if lot == first || lot == last {
        return true;
    }
    in_range_bytes(
        lot.as_str().as_bytes(),
        first.as_str().as_bytes(),
        last.as_str().as_bytes(),
    )
}

fn in_range_bytes(lot: &[u8], first: &[u8], last: &[u8]) -> bool {
    let n = first.len();
    if lot.len() != n || last.len() != n {
        return false;
    }
    let (head, first_tail) = split_tail(first);
    if first_tail.is_empty() {
        return false;
    }
    let h = head.len();
    let (Some(last_head), Some(last_tail)) = (last.get(..h), last.get(h..)) else {
        return false;
    };
    let (Some(lot_head), Some(lot_tail)) = (lot.get(..h), lot.get(h..)) else {
        return false;
    };
    if last_head != head || lot_head != head {
        return false;
    }
    if !last_tail.iter().all(u8::is_ascii_digit) || !lot_tail.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (lo, hi) = if first_tail <= last_tail {
        (first_tail, last_tail)
    } else {
        (last_tail, first_tail)
    };
    lo <= lot_tail && lot_tail <= hi
}

/// Splits text into a head and its trailing run of ASCII digits.
pub(crate) fn split_tail(s: &[u8]) -> (&[u8], &[u8]) {
    let digits = s.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    s.split_at(s.len().saturating_sub(digits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lot(s: &str) -> LotNumber {
        s.parse().unwrap()
    }

    #[test]
    fn real_range_from_openfda() {
        // D-0656-2017 (recalls.md §2.5): "Batch 81801504002 to 81801701003".
        let (a, b) = (lot("81801504002"), lot("81801701003"));
        assert!(lot_in_range(&lot("81801504002"), &a, &b));
        assert!(lot_in_range(&lot("81801701003"), &a, &b));
        assert!(lot_in_range(&lot("81801600000"), &a, &b));
        assert!(!lot_in_range(&lot("81801701004"), &a, &b));
        assert!(!lot_in_range(&lot("8180160000"), &a, &b));
        // Written backwards.
        assert!(lot_in_range(&lot("81801600000"), &b, &a));
    }

    #[test]
    fn heads_and_lengths_must_agree() {
        let (a, b) = (lot("AB100"), lot("AB200"));
        assert!(!lot_in_range(&lot("AB1000"), &a, &b));
        assert!(!lot_in_range(&lot("AB15"), &a, &b));
        assert!(!lot_in_range(&lot("AC150"), &a, &b));
        assert!(!lot_in_range(&lot("AB15X"), &a, &b));
        // Different heads on the two ends: only the ends match.
        let (c, d) = (lot("AB100"), lot("AC200"));
        assert!(lot_in_range(&lot("AC200"), &c, &d));
        assert!(!lot_in_range(&lot("AB150"), &c, &d));
    }

    proptest! {
        #[test]
        fn numeric_tails_compare_as_numbers(head in "[A-Z]{0,3}", a in 0u32..100_000, b in 0u32..100_000, x in 0u32..100_000) {
            let f = |v: u32| lot(&format!("{head}{v:05}"));
            let inside = a.min(b) <= x && x <= a.max(b);
            prop_assert_eq!(lot_in_range(&f(x), &f(a), &f(b)), inside);
        }

        #[test]
        fn ends_always_match(a in "[A-Z0-9]{1,8}", b in "[A-Z0-9]{1,8}") {
            prop_assert!(lot_in_range(&lot(&a), &lot(&a), &lot(&b)));
            prop_assert!(lot_in_range(&lot(&b), &lot(&a), &lot(&b)));
        }
    }
}
