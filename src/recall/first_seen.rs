//! Lists that keep each value once, in order of first appearance, without a copy of the
//! values beside them: lot lists, NDC lists, NDC mentions, labeler codes.

use std::hash::Hash;

use hashbrown::HashTable;

use crate::recall::keyed_hash::KeyedHash;
use crate::recall::partition::Partitioned;

/// Up to this many values, a list is searched from end to end (most lists of a record
/// are this short); past it, through [`Positions`].
const LINEAR: usize = 32;

/// Where the values of a long list sit, by hash: built from the list the first time it
/// is longer than [`LINEAR`], so the work per value stays constant however long the
/// list grows (one description names 70,000 NDCs). Hashed with a [`KeyedHash`] drawn
/// when the table is first built, so no text can be written to make the table slow. It
/// holds positions, not values: the list is the only copy.
///
/// Each slot is 8 bytes, half of a value's hash and its position, so that a table of a
/// million values (the 16 MB hostile record) takes 8 MB of slots, and a new value is
/// told apart by the control bytes alone (1 MB), without reading a slot. Growing the
/// table hashes no value again: a slot's bucket and tag come from its stored half-hash.
#[derive(Debug, Default)]
pub(crate) struct Positions {
    table: HashTable<Slot>,
    hasher: Option<KeyedHash>,
}

/// Half of a value's hash and the value's position in the list.
#[derive(Clone, Copy, Debug)]
struct Slot {
    half: u32,
    at: u32,
}

impl Slot {
    /// The table's hash of a slot: the half-hash times an odd constant, so the bucket
    /// (low bits: a permutation of the half-hash's low bits) and the 7-bit tag (top
    /// bits: a mix of all its bits) both come from it, and slots of one partition of
    /// [`retain_first_by`] (same top bits) still get tags of their own.
    fn table_hash(half: u32) -> u64 {
        u64::from(half).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

impl Positions {
    /// Pushes `item` onto `list` unless the list holds it already; says whether it did.
    /// `list` must be the list these positions were made for, and only grow between
    /// calls (cut it only through [`cut`](Self::cut)).
    pub(crate) fn push<T: Eq + Hash>(&mut self, list: &mut Vec<T>, item: T) -> bool {
        self.push_with(list, item, |a, b| a == b, |h, x| h.of(x))
    }

    fn push_with<T>(
        &mut self,
        list: &mut Vec<T>,
        item: T,
        same: impl Fn(&T, &T) -> bool,
        hash: impl Fn(&KeyedHash, &T) -> u64,
    ) -> bool {
        // Positions are 32-bit: a list longer than that (over 4 G values, more memory
        // than any record could fill) is searched from end to end.
        let at = match u32::try_from(list.len()) {
            Ok(at) if list.len() >= LINEAR => at,
            _ => {
                if list.iter().any(|x| same(x, &item)) {
                    return false;
                }
                list.push(item);
                return true;
            }
        };
        let Positions { table, hasher } = self;
        let hasher = hasher.get_or_insert_with(KeyedHash::default);
        if table.is_empty() {
            table.reserve(2 * list.len(), |s| Slot::table_hash(s.half));
            for (at, x) in (0u32..).zip(list.iter()) {
                let half = half_of(hash(hasher, x));
                table.insert_unique(Slot::table_hash(half), Slot { half, at }, |s| {
                    Slot::table_hash(s.half)
                });
            }
        }
        let half = half_of(hash(hasher, &item));
        let h = Slot::table_hash(half);
        // The stored half-hash first: a value is read (from anywhere in a long list)
        // only when it matches, not on every 7-bit tag match.
        let known =
            |s: &Slot| s.half == half && list.get(s.at as usize).is_some_and(|x| same(x, &item));
        if table.find(h, known).is_some() {
            return false;
        }
        table.insert_unique(h, Slot { half, at }, |s| Slot::table_hash(s.half));
        list.push(item);
        true
    }

    /// Whether `list` (the list of these positions) holds `item`.
    pub(crate) fn contains<T: Eq + Hash>(&self, list: &[T], item: &T) -> bool {
        let long = u32::try_from(list.len()).is_ok() && !self.table.is_empty();
        let (true, Some(hasher)) = (long, &self.hasher) else {
            return list.contains(item);
        };
        let half = half_of(hasher.of(item));
        self.table
            .find(Slot::table_hash(half), |s| {
                s.half == half && list.get(s.at as usize).is_some_and(|x| x == item)
            })
            .is_some()
    }

    /// Cuts `list` (the list of these positions) at `from` and returns the values cut
    /// off. Only their positions leave the table, found by their hashes: a cut costs
    /// O(values cut), so a text that leaves out one lot after another, behind a long
    /// list, never makes the table be built again (it did: quadratic). A list cut below
    /// [`LINEAR`] drops its table, which is built again if the list grows long.
    pub(crate) fn cut<T: Hash>(&mut self, list: &mut Vec<T>, from: usize) -> Vec<T> {
        let from = from.min(list.len());
        let tail = list.split_off(from);
        if from < LINEAR {
            self.table = HashTable::new();
        } else if let (false, Some(hasher)) = (self.table.is_empty(), &self.hasher) {
            for (at, x) in (from..).zip(&tail) {
                let Ok(at) = u32::try_from(at) else {
                    break;
                };
                let half = half_of(hasher.of(x));
                if let Ok(slot) = self
                    .table
                    .find_entry(Slot::table_hash(half), |s| s.at == at)
                {
                    slot.remove();
                }
            }
        }
        tail
    }
}

/// A list that keeps each value once (values are the same when their keys are), in
/// order of first appearance, for callers that read it only at the end: values are
/// appended, and the list is thinned by [`retain_first_by`] each time it has doubled
/// since it was last thinned. Each push costs O(1) amortized, no step touches a table
/// larger than the cache, and the list never holds more than twice its distinct values
/// (or twice [`LINEAR`]), however often a text repeats one.
pub(crate) struct Distinct<T, F> {
    items: Vec<T>,
    /// The length after the last thinning.
    thinned: usize,
    key: F,
}

impl<T, K: Eq + Hash, F: Fn(&T) -> K> Distinct<T, F> {
    /// An empty list whose values are the same when `key` says so.
    pub(crate) fn by(key: F) -> Self {
        Distinct {
            items: Vec::new(),
            thinned: 0,
            key,
        }
    }

    /// Appends `value`, and thins the list when it has doubled.
    pub(crate) fn push(&mut self, value: T) {
        self.items.push(value);
        if self.items.len() >= self.thinned.max(LINEAR).saturating_mul(2) {
            retain_first_by(&mut self.items, &self.key);
            self.thinned = self.items.len();
        }
    }

    /// The values, each once, without spare capacity.
    pub(crate) fn into_items(self) -> Vec<T> {
        let mut items = self.items;
        if items.len() > self.thinned {
            retain_first_by(&mut items, &self.key);
        }
        items.shrink_to_fit();
        items
    }
}

/// Keeps the first of each value of `list` (values are the same when their keys are),
/// in order: what [`Positions::push`] of each would keep, found in one batch so that no
/// step reads or writes a table larger than the cache.
///
/// The (half-hash, position) pairs of the list are split by the top bits of the hash
/// into partitions of a few hundred ([`Partitioned`]); each partition is then
/// deduplicated through one small table that stays in the cache, in list order, so the
/// first of equal values is the one kept. A value is read again only when its whole
/// half-hash matches. Time O(n), extra memory 9 bytes per value.
pub(crate) fn retain_first_by<T, K: Eq + Hash>(list: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let same = |i: usize, j: usize| match (list.get(i), list.get(j)) {
        (Some(a), Some(b)) => key(a) == key(b),
        _ => false,
    };
    let n = list.len();
    let Some(n32) = u32::try_from(n).ok().filter(|_| n > LINEAR) else {
        // Short: each against the kept ones. (So is a list of over 4 G values, which
        // would take more memory than any record can fill.)
        let mut kept: Vec<usize> = Vec::new();
        let mut dup = Vec::with_capacity(n);
        for i in 0..n {
            let seen = kept.iter().any(|&j| same(j, i));
            if !seen {
                kept.push(i);
            }
            dup.push(seen);
        }
        retain_unmarked(list, &dup);
        return;
    };
    let hasher = KeyedHash::default();
    // Partitions of about 256 values, at most 4,096 of them, by the top bits.
    let bits = (n / 256).max(1).ilog2().min(12);
    // Each value is hashed once per pass of the sort, rather than its pairs kept twice.
    let pairs = || {
        list.iter()
            .zip(0..n32)
            .map(|(x, i)| (half_of(hasher.of(&key(x))), i))
    };
    let parts = Partitioned::new(pairs, 1 << bits, |(half, _)| {
        half.checked_shr(32 - bits).unwrap_or(0) as usize
    });
    let mut dup = vec![false; n];
    let mut table: HashTable<Slot> = HashTable::new();
    for part in parts.parts() {
        table.clear();
        for &(half, at) in part {
            let h = Slot::table_hash(half);
            if table
                .find(h, |s| s.half == half && same(s.at as usize, at as usize))
                .is_some()
            {
                if let Some(d) = dup.get_mut(at as usize) {
                    *d = true;
                }
            } else {
                table.insert_unique(h, Slot { half, at }, |s| Slot::table_hash(s.half));
            }
        }
    }
    retain_unmarked(list, &dup);
}

/// Drops the values whose flag is set.
fn retain_unmarked<T>(list: &mut Vec<T>, dup: &[bool]) {
    let mut flags = dup.iter();
    list.retain(|_| !flags.next().copied().unwrap_or(false));
}

/// The high half of a 64-bit hash (foldhash mixes its best bits there).
fn half_of(hash: u64) -> u32 {
    (hash >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The list holds each value once, in order of first appearance, short or long,
        /// and after cuts.
        #[test]
        fn first_seen_order(
            values in proptest::collection::vec(0u16..80, 0..300),
            cuts in proptest::collection::vec((0usize..300, 0usize..100), 0..6),
        ) {
            let mut list = Vec::new();
            let mut at = Positions::default();
            let mut expected: Vec<u16> = Vec::new();
            for (n, v) in values.iter().enumerate() {
                // Cuts above and below LINEAR, one after another.
                for &(_, cut) in cuts.iter().filter(|(when, _)| *when == n) {
                    let model_tail = expected.split_off(cut.min(expected.len()));
                    proptest::prop_assert_eq!(at.cut(&mut list, cut), model_tail);
                }
                let fresh = !expected.contains(v);
                if fresh {
                    expected.push(*v);
                }
                proptest::prop_assert_eq!(at.push(&mut list, *v), fresh);
                for probe in [*v, v.wrapping_add(1)] {
                    proptest::prop_assert_eq!(at.contains(&list, &probe), expected.contains(&probe));
                }
            }
            proptest::prop_assert_eq!(list, expected);
        }
    }

    /// The first of each key, in order, by an independent model (a set of the keys
    /// seen so far).
    fn model(values: &[u32], m: u32) -> Vec<u32> {
        let mut seen = std::collections::HashSet::new();
        values
            .iter()
            .copied()
            .filter(|v| seen.insert(v % m))
            .collect()
    }

    proptest::proptest! {
        /// The batch keeps the first value of each key, in order, for short lists, long
        /// lists of many partitions, and lists of many or few distinct keys.
        #[test]
        fn batch_keeps_first_of_each_key(
            values in proptest::collection::vec(0u32..100_000, 0..3_000),
            m in proptest::sample::select(vec![1u32, 7, 50, 1_000, 100_000]),
        ) {
            let mut list = values.clone();
            retain_first_by(&mut list, |v| v % m);
            proptest::prop_assert_eq!(list, model(&values, m));
        }

        /// Pushed one at a time, the list ends as the batch would, and never holds more
        /// than twice its distinct values (or twice `LINEAR`).
        #[test]
        fn distinct_pushes_stay_bounded(
            values in proptest::collection::vec(0u32..100_000, 0..3_000),
            m in proptest::sample::select(vec![1u32, 7, 50, 1_000, 100_000]),
        ) {
            let mut list = Distinct::by(|v: &u32| v % m);
            let mut keys = std::collections::HashSet::new();
            for &v in &values {
                keys.insert(v % m);
                list.push(v);
                proptest::prop_assert!(list.items.len() <= 2 * keys.len().max(LINEAR));
            }
            proptest::prop_assert_eq!(list.into_items(), model(&values, m));
        }
    }
}
