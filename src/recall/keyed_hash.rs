//! The keyed hash of the recall index and of long lists: foldhash, seeded per table
//! from std's [`RandomState`], whose keys come from the operating system's random
//! source.
//!
//! foldhash hashes a (key, lot) pair in a few instructions where std's SipHash-1-3
//! took about 180 of a 1,100-instruction lookup (callgrind). Its own seeds come from
//! address-space layout; taking them from `RandomState` instead means a crafted file
//! cannot be aimed at one bucket without knowing keys drawn from the OS for that
//! table. Nothing the registry answers depends on the hash order.

use std::hash::{BuildHasher, Hash, Hasher, RandomState};

use foldhash::SharedSeed;
use foldhash::quality::FoldHasher;

/// Hash keys drawn once per table from the OS random source.
#[derive(Clone, Debug)]
pub(crate) struct KeyedHash {
    per_hasher: u64,
    shared: SharedSeed,
}

impl Default for KeyedHash {
    fn default() -> Self {
        let os = RandomState::new();
        KeyedHash {
            per_hasher: os.hash_one(0u8),
            shared: SharedSeed::from_u64(os.hash_one(1u8)),
        }
    }
}

impl KeyedHash {
    /// A hasher with this table's keys.
    pub(crate) fn hasher(&self) -> FoldHasher<'_> {
        FoldHasher::with_seed(self.per_hasher, &self.shared)
    }

    /// The hash of any hashable value.
    pub(crate) fn of<T: Hash + ?Sized>(&self, value: &T) -> u64 {
        let mut h = self.hasher();
        value.hash(&mut h);
        h.finish()
    }

    /// The hash of one 64-bit value.
    pub(crate) fn one(&self, value: u64) -> u64 {
        let mut h = self.hasher();
        h.write_u64(value);
        h.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_per_table_and_agree_within_one() {
        let (a, b) = (KeyedHash::default(), KeyedHash::default());
        // Equal inputs hash equal under one set of keys (the table relies on it)...
        assert_eq!(a.one(42), a.clone().one(42));
        // ...and two tables draw different keys: 64 values all hashing the same under
        // both would mean the keys were not drawn (chance 2^-4096).
        assert!((0..64).any(|v| a.one(v) != b.one(v)));
    }
}
