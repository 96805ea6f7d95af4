//! [`Table`]: the open-addressing multimap behind the exact-lot index.
//!
//! Keys are precomputed 64-bit hashes; values are small `Copy` records stored inline, so
//! a lookup reads one run of adjacent 32-byte slots (usually inside one or two cache
//! lines) and nothing else.
//!
//! Layout. The table has `buckets` home positions and a slot vector that may run a few
//! slots past them (there is no wrap-around). A key's home is
//! `key × buckets / 2⁶⁴` (the high half of the 128-bit product), which is monotone in the
//! key. Slots are kept sorted by key (linear probing with the smaller key first, the
//! "ordered" form of Robin Hood hashing), every entry sits at or after its home, and the
//! slots from an entry's home up to the entry are all occupied. So:
//!
//! - a search starts at the home and stops at the first empty slot or larger key (a miss
//!   ends after the short run of smaller keys);
//! - entries with equal keys are adjacent, in insertion order; bit 0 of the stored key
//!   says "the next slot has the same key", so a hit reads exactly its run.
//!
//! A one-byte filter per home answers most misses without touching the slots: each
//! entry sets two of the eight bits of its home's byte (chosen by low key bits, which
//! the home does not use), and a search whose two bits are not both set stops there.
//! At a load of 2/3 about 3 % of misses get past it. The filter is 1/32 the size of the
//! slots, so it tends to stay in cache when the slots do not; for a hit, its load and
//! the slot load do not depend on each other and overlap.
//!
//! Stored keys have bit 0 cleared (it is the flag) and are never 0 (0 marks an empty
//! slot): see [`normal`]. Different hashes can therefore share a stored key; callers
//! compare the real value, so that costs time, never correctness.
//!
//! Growth doubles `buckets` when the load passes 3/4; [`Table::shrink_to_fit`] rebuilds
//! at a load of about 2/3. Rebuilding walks the sorted slots once (no rehashing).

use std::mem::size_of;

/// The next slot holds the same key.
const MORE: u64 = 1;

/// One slot: a stored key (0 when empty) and a value. 32-byte aligned so that a slot
/// never straddles a cache line when the value is at most 24 bytes.
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot<V> {
    key: u64,
    value: V,
}

/// The stored form of a key: bit 0 cleared, never 0.
pub(crate) fn normal(hash: u64) -> u64 {
    match hash & !MORE {
        0 => 2,
        k => k,
    }
}

/// An insert-only multimap from 64-bit keys to `V` (see the module docs).
#[derive(Clone)]
pub(crate) struct Table<V> {
    slots: Vec<Slot<V>>,
    /// One byte per home (see the module docs).
    filter: Vec<u8>,
    buckets: usize,
    len: usize,
}

impl<V: Copy + Default> Default for Table<V> {
    fn default() -> Self {
        Table {
            slots: Vec::new(),
            filter: Vec::new(),
            buckets: 0,
            len: 0,
        }
    }
}

/// The home position of a (normal) key among `buckets`.
fn home(key: u64, buckets: usize) -> usize {
    // The product's high half is below `buckets`, so it fits in usize.
    ((u128::from(key) * buckets as u128) >> 64) as usize
}

/// The two filter bits of a (normal) key: from bits 1–3 and 4–6 (bit 0 is always 0).
fn filter_bits(key: u64) -> u8 {
    (1u8 << ((key >> 1) & 7)) | (1u8 << ((key >> 4) & 7))
}

impl<V: Copy + Default> Table<V> {
    /// Entries stored.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Bytes held (slot capacity × slot size).
    pub(crate) fn bytes(&self) -> usize {
        self.slots
            .capacity()
            .saturating_mul(size_of::<Slot<V>>())
            .saturating_add(self.filter.capacity())
    }

    /// Adds a value under `hash`, after any values already there.
    pub(crate) fn insert(&mut self, hash: u64, value: V) {
        if self.len.saturating_add(1).saturating_mul(4) > self.buckets.saturating_mul(3) {
            self.rebuild(self.buckets.saturating_mul(2).max(8));
        }
        let key = normal(hash);
        let mut at = home(key, self.buckets);
        if let Some(f) = self.filter.get_mut(at) {
            *f |= filter_bits(key);
        }
        // Skip smaller and equal keys: the new value goes at the end of its run.
        while let Some(s) = self.slots.get(at) {
            if s.key == 0 || s.key & !MORE > key {
                break;
            }
            at += 1;
        }
        if let Some(prev) = at.checked_sub(1).and_then(|p| self.slots.get_mut(p)) {
            if prev.key & !MORE == key {
                prev.key |= MORE;
            }
        }
        // Open a gap at `at` by moving the occupied slots up to the next empty one.
        let empty = self
            .slots
            .get(at..)
            .and_then(|rest| rest.iter().position(|s| s.key == 0))
            .map(|i| at + i);
        let empty = match empty {
            Some(e) => e,
            None => {
                self.slots.push(Slot::default());
                self.slots.len() - 1
            }
        };
        if let Some(run) = self.slots.get_mut(at..=empty) {
            run.rotate_right(1);
            if let Some(first) = run.first_mut() {
                *first = Slot { key, value };
            }
        }
        self.len += 1;
    }

    /// The values stored under `hash`, in insertion order (plus those of any other hash
    /// with the same stored key).
    pub(crate) fn get(&self, hash: u64) -> EqualKeys<'_, V> {
        let key = normal(hash);
        let mut at = home(key, self.buckets);
        let bits = filter_bits(key);
        if self.filter.get(at).is_none_or(|&f| f & bits != bits) {
            return EqualKeys { slots: &[] };
        }
        while let Some(s) = self.slots.get(at) {
            let k = s.key & !MORE;
            if k == key {
                return EqualKeys {
                    slots: self.slots.get(at..).unwrap_or_default(),
                };
            }
            if s.key == 0 || k > key {
                break;
            }
            at += 1;
        }
        EqualKeys { slots: &[] }
    }

    /// Lays the entries out again over `buckets` homes (at least `len`).
    fn rebuild(&mut self, buckets: usize) {
        let buckets = buckets.max(self.len);
        let old = std::mem::take(&mut self.slots);
        let mut slots: Vec<Slot<V>> = Vec::with_capacity(buckets.saturating_add(buckets / 64));
        slots.resize(buckets, Slot::default());
        let mut filter = vec![0u8; buckets];
        let mut next = 0usize;
        for s in old.into_iter().filter(|s| s.key != 0) {
            // In key order, each entry goes at its home or just after the previous one.
            let h = home(s.key & !MORE, buckets);
            if let Some(f) = filter.get_mut(h) {
                *f |= filter_bits(s.key & !MORE);
            }
            let at = h.max(next);
            if at >= slots.len() {
                slots.resize(at + 1, Slot::default());
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = s;
            }
            next = at + 1;
        }
        self.slots = slots;
        self.filter = filter;
        self.buckets = buckets;
    }

    /// Rebuilds at a load of about 2/3 when that is smaller, and drops spare capacity.
    pub(crate) fn shrink_to_fit(&mut self) {
        let target = self.len.saturating_mul(3) / 2;
        if self.len == 0 {
            *self = Table::default();
        } else if target.max(8) < self.buckets {
            self.rebuild(target.max(8));
        }
        self.slots.shrink_to_fit();
    }
}

/// The values of one run of equal stored keys.
pub(crate) struct EqualKeys<'a, V> {
    /// Starts at the next slot of the run; empty when the run is over.
    slots: &'a [Slot<V>],
}

impl<V: Copy> Iterator for EqualKeys<'_, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        let (first, rest) = self.slots.split_first()?;
        self.slots = if first.key & MORE != 0 { rest } else { &[] };
        Some(first.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// Every invariant of the module docs, checked slot by slot.
    fn check_layout<V: Copy + Default>(t: &Table<V>) {
        let mut count = 0;
        let mut prev: Option<u64> = None;
        for (i, s) in t.slots.iter().enumerate() {
            if s.key == 0 {
                continue;
            }
            count += 1;
            let k = s.key & !MORE;
            assert!(prev.is_none_or(|p| p & !MORE <= k), "sorted at {i}");
            let next = t.slots.get(i + 1).map_or(0, |n| n.key);
            let same_next = next != 0 && next & !MORE == k;
            assert_eq!(s.key & MORE != 0, same_next, "flag at {i}");
            let h = home(k, t.buckets);
            assert!(h <= i, "entry {i} before its home {h}");
            let bits = filter_bits(k);
            assert_eq!(t.filter[h] & bits, bits, "filter bits of entry {i}");
            assert!(t.slots[h..i].iter().all(|s| s.key != 0), "gap before {i}");
            prev = Some(s.key);
        }
        assert_eq!(count, t.len);
        assert!(t.len * 4 <= t.buckets * 3 || t.buckets == 0);
        assert_eq!(t.filter.len(), t.buckets);
    }

    #[test]
    fn slots_are_32_bytes() {
        assert_eq!(size_of::<Slot<[u64; 3]>>(), 32);
        assert_eq!(size_of::<Slot<(u64, u64, u32)>>(), 32);
    }

    #[test]
    fn zero_and_flag_bit_keys_are_stored_apart_from_empty() {
        assert_eq!(normal(0), 2);
        assert_eq!(normal(1), 2);
        assert_eq!(normal(2), 2);
        assert_eq!(normal(7), 6);
        let mut t: Table<u32> = Table::default();
        t.insert(0, 10);
        t.insert(1, 11);
        t.insert(u64::MAX, 12);
        // 0, 1 and 2 share the stored key 2: one run, in insertion order.
        assert_eq!(t.get(2).collect::<Vec<_>>(), [10, 11]);
        assert_eq!(t.get(u64::MAX).collect::<Vec<_>>(), [12]);
        assert_eq!(t.get(u64::MAX - 1).collect::<Vec<_>>(), [12]);
        assert_eq!(t.get(4).count(), 0);
        check_layout(&t);
    }

    #[test]
    fn empty_table_finds_nothing() {
        let mut t: Table<u32> = Table::default();
        assert_eq!(t.get(12345).count(), 0);
        t.shrink_to_fit();
        assert_eq!((t.len(), t.bytes()), (0, 0));
    }

    #[test]
    fn keys_past_the_last_home_spill_into_extra_slots() {
        // All at the very top of the key space: every home is the last bucket, so the
        // run grows past the end of the bucket range.
        let mut t: Table<u32> = Table::default();
        for i in 0..100u32 {
            t.insert(u64::MAX - u64::from(i % 7) * 2, i);
            check_layout(&t);
        }
        for r in 0..7u32 {
            let want: Vec<u32> = (0..100).filter(|i| i % 7 == r).collect();
            assert_eq!(t.get(u64::MAX - u64::from(r) * 2).collect::<Vec<_>>(), want);
        }
    }

    /// Keys drawn from a tiny set of hashes (forcing equal keys and shared homes) or
    /// anywhere, checked against a HashMap of insertion-ordered lists.
    fn keys() -> impl Strategy<Value = Vec<(u64, u16)>> {
        let key = prop_oneof![
            (0u64..6).prop_map(|k| k << 61),
            (0u64..40).prop_map(|k| k.wrapping_mul(0x0100_0000_0000_0001)),
            any::<u64>(),
        ];
        prop::collection::vec((key, any::<u16>()), 0..400)
    }

    proptest! {
        #[test]
        fn matches_a_hashmap_model(items in keys(), probes in prop::collection::vec(any::<u64>(), 0..50), shrink in any::<bool>()) {
            let mut t: Table<u16> = Table::default();
            let mut model: HashMap<u64, Vec<u16>> = HashMap::new();
            for &(k, v) in &items {
                t.insert(k, v);
                model.entry(normal(k)).or_default().push(v);
            }
            if shrink {
                t.shrink_to_fit();
            }
            check_layout(&t);
            prop_assert_eq!(t.len(), items.len());
            for k in items.iter().map(|&(k, _)| k).chain(probes) {
                let want = model.get(&normal(k)).cloned().unwrap_or_default();
                prop_assert_eq!(t.get(k).collect::<Vec<_>>(), want);
            }
        }
    }
}
