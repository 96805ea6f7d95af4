//! How a lot is compared with a recalled lot range (on the bytes of normalised lots;
//! the rule is documented on `LotNumber::in_range`).

/// The rule documented on [`LotNumber::in_range`](crate::recall::LotNumber::in_range),
/// on the lots' bytes.
pub(super) fn in_range(lot: &[u8], first: &[u8], last: &[u8]) -> bool {
    if lot == first || lot == last {
        return true;
    }
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
