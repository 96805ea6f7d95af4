//! Lists that keep each value once, in order of first appearance, without a copy of the
//! values beside them: lot lists, NDC lists, NDC mentions, labeler codes.

use std::hash::{BuildHasher, Hash, RandomState};

use hashbrown::HashTable;

/// Up to this many values, a list is searched from end to end (most lists of a record
/// are this short); past it, through [`Positions`].
const LINEAR: usize = 32;

/// Where the values of a long list sit, by hash: built from the list the first time it
/// is longer than [`LINEAR`], so the work per value stays constant however long the
/// list grows (one description names 70,000 NDCs). Hashed with std's keyed
/// [`RandomState`], so no text can be written to make the table slow. It holds
/// positions, not values: the list is the only copy.
#[derive(Debug, Default)]
pub(crate) struct Positions {
    /// Each value's hash and position (the hash kept, so growing the table hashes no
    /// value again).
    table: HashTable<(u64, usize)>,
    hasher: RandomState,
}

impl Positions {
    /// Pushes `item` onto `list` unless the list holds it already; says whether it did.
    /// `list` must be the list these positions were made for, and only grow between
    /// calls (after it is cut, call [`forget`](Self::forget)).
    pub(crate) fn push<T: Eq + Hash>(&mut self, list: &mut Vec<T>, item: T) -> bool {
        self.push_with(list, item, |a, b| a == b, |h, x| h.hash_one(x))
    }

    /// [`push`](Self::push) for values that are the same when their keys are.
    pub(crate) fn push_by<T, K: Eq + Hash>(
        &mut self,
        list: &mut Vec<T>,
        item: T,
        key: impl Fn(&T) -> K,
    ) -> bool {
        self.push_with(
            list,
            item,
            |a, b| key(a) == key(b),
            |h, x| h.hash_one(key(x)),
        )
    }

    fn push_with<T>(
        &mut self,
        list: &mut Vec<T>,
        item: T,
        same: impl Fn(&T, &T) -> bool,
        hash: impl Fn(&RandomState, &T) -> u64,
    ) -> bool {
        if list.len() < LINEAR {
            if list.iter().any(|x| same(x, &item)) {
                return false;
            }
            list.push(item);
            return true;
        }
        let Positions { table, hasher } = self;
        if table.is_empty() {
            table.reserve(2 * list.len(), |(h, _)| *h);
            for (i, x) in list.iter().enumerate() {
                let h = hash(hasher, x);
                table.insert_unique(h, (h, i), |(h, _)| *h);
            }
        }
        let h = hash(hasher, &item);
        // The stored hash first: a value is read (from anywhere in a long list) only
        // when its whole hash matches, not on every 7-bit tag match.
        if table
            .find(h, |&(vh, i)| {
                vh == h && list.get(i).is_some_and(|x| same(x, &item))
            })
            .is_some()
        {
            return false;
        }
        table.insert_unique(h, (h, list.len()), |(h, _)| *h);
        list.push(item);
        true
    }

    /// Whether `list` (the list of these positions) holds `item`.
    pub(crate) fn contains<T: Eq + Hash>(&self, list: &[T], item: &T) -> bool {
        if self.table.is_empty() {
            return list.contains(item);
        }
        let h = self.hasher.hash_one(item);
        self.table
            .find(h, |&(vh, i)| {
                vh == h && list.get(i).is_some_and(|x| x == item)
            })
            .is_some()
    }

    /// Forgets every position: call it after the list was cut (the table is built again
    /// when the list is long).
    pub(crate) fn forget(&mut self) {
        self.table.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The list holds each value once, in order of first appearance, short or long,
        /// and after cuts.
        #[test]
        fn first_seen_order(values in proptest::collection::vec(0u16..80, 0..300), cut in 0usize..100) {
            let mut list = Vec::new();
            let mut at = Positions::default();
            let mut expected: Vec<u16> = Vec::new();
            for (n, v) in values.iter().enumerate() {
                if n == 150 {
                    list.truncate(cut);
                    expected.truncate(cut);
                    at.forget();
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

    #[test]
    fn by_key() {
        let mut list = Vec::new();
        let mut at = Positions::default();
        for v in 0..100u32 {
            at.push_by(&mut list, v, |x| x % 40);
        }
        assert_eq!(list, (0..40).collect::<Vec<_>>());
    }
}
