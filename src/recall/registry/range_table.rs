//! [`RangeTable`]: lot ranges filed so that a lookup reads the ranges that hold the
//! queried lot, not every range that shares its shape.
//!
//! A lot can only be inside a range whose ends share its head (the lot without its
//! trailing digits) and length (see
//! [`LotNumber::in_range`](crate::recall::LotNumber::in_range)), so each range is filed
//! in the *group* of (key, head, length) of its ends, found by a keyed hash. Within a
//! group every range is an interval of lots compared as (length, bytes): for lots of
//! one head and length that is the order of their digit tails, the order `in_range`
//! uses. A range whose ends have another shape (different heads or lengths, no digits)
//! holds only its ends, so it is filed as one or two single-lot intervals.
//!
//! A group of fewer than [`LOOSE`] entries is a plain list, read whole. A larger one
//! keeps its intervals in sorted blocks (the logarithmic method: block sizes fall from
//! first to last, and a new block is merged into the last while that one is no larger),
//! each block sorted by low end with a tree of the greatest high end beneath each node.
//! A lookup descends only into nodes holding a range that reaches the lot, so it costs
//! O(log² n) plus O(log n) per range found, where scanning the group cost O(n): one
//! record of 50,000 same-head ranges made every lookup under its product read all of
//! them (2 ms at 1 MB, 9 ms at 4 MB).
//!
//! The table is a filter: every entry it gives may hold the lot, and the caller checks
//! each with `in_range`. Entries of two groups whose hashes collide may share a list;
//! they cost time, never an answer.

use std::hash::Hasher;

use hashbrown::HashTable;

use crate::recall::keyed_hash::KeyedHash;
use crate::recall::lot::split_tail;

/// Groups smaller than this are read whole; larger ones are kept in sorted blocks.
const LOOSE: usize = 16;

/// No entry (a padding leaf of a block's tree).
const NONE: u32 = u32::MAX;

/// Lot ranges by (key, head, length), each with a value `V`.
#[derive(Clone)]
pub(crate) struct RangeTable<V> {
    hasher: KeyedHash,
    groups: HashTable<(u64, Group<V>)>,
    /// Groups given entries since the last [`seal`](Self::seal) that may need sorting.
    touched: Vec<u64>,
    /// The bytes of every range end pushed: each group stores at most these, so the
    /// registry keeps them below 4 GiB to keep every place a `u32`.
    text: usize,
}

#[derive(Clone)]
struct Group<V> {
    /// Entries not yet in a block: fewer than [`LOOSE`] after each `seal`.
    loose: Vec<V>,
    sorted: Option<Box<Sorted<V>>>,
}

/// A group's intervals in sorted blocks.
#[derive(Clone)]
struct Sorted<V> {
    /// The bytes of the interval ends, back to back.
    ends: Vec<u8>,
    items: Vec<Item<V>>,
    blocks: Vec<Block>,
}

/// One interval: its low and high ends as (start, length) in `Sorted::ends`.
#[derive(Clone, Copy)]
struct Item<V> {
    lo: (u32, u32),
    hi: (u32, u32),
    value: V,
}

/// Items sorted by low end, and over them a binary tree whose node holds the item of
/// greatest high end beneath it (`top[1]` the root, leaf `j` at `top[size + j]`).
#[derive(Clone)]
struct Block {
    by_lo: Vec<u32>,
    top: Vec<u32>,
}

/// The ranges' end lots, as bytes.
pub(crate) type Ends<'a> = (&'a [u8], &'a [u8]);

/// The intervals a range `first..=last` is filed as (see the module docs): itself when
/// its ends share head and length and end in digits (`in_range`'s rule), else its ends.
fn intervals<'a>((first, last): Ends<'a>) -> [Option<Ends<'a>>; 2] {
    let (head, tail) = split_tail(first);
    let shaped = !tail.is_empty()
        && first.len() == last.len()
        && last.get(..head.len()) == Some(head)
        && last
            .get(head.len()..)
            .is_some_and(|t| t.iter().all(u8::is_ascii_digit));
    if shaped {
        let (lo, hi) = if key(first) <= key(last) {
            (first, last)
        } else {
            (last, first)
        };
        [Some((lo, hi)), None]
    } else {
        [
            Some((first, first)),
            (last != first).then_some((last, last)),
        ]
    }
}

/// How lots of one group are ordered: by length, then bytes.
fn key(lot: &[u8]) -> (usize, &[u8]) {
    (lot.len(), lot)
}

impl<V> Default for RangeTable<V> {
    fn default() -> Self {
        RangeTable {
            hasher: KeyedHash::default(),
            groups: HashTable::new(),
            touched: Vec::new(),
            text: 0,
        }
    }
}

impl<V: Copy> RangeTable<V> {
    /// The hash of the group of `lot` under `key`.
    fn group_hash(&self, key: u64, lot: &[u8]) -> u64 {
        let (head, _) = split_tail(lot);
        let mut h = self.hasher.hasher();
        h.write_u64(key);
        h.write_usize(lot.len());
        h.write(head);
        h.finish()
    }

    /// Files `value` for the range `ends` under `key`. Call [`seal`](Self::seal) once the
    /// batch is filed and before reading.
    pub(crate) fn push(&mut self, key: u64, ends: Ends<'_>, value: V) {
        self.text = self
            .text
            .saturating_add(ends.0.len())
            .saturating_add(ends.1.len());
        let [a, b] = intervals(ends).map(|i| i.map(|(lo, _)| self.group_hash(key, lo)));
        for hash in [a, b.filter(|&b| Some(b) != a)].into_iter().flatten() {
            let group = match self.groups.find_mut(hash, |(h, _)| *h == hash) {
                Some((_, g)) => g,
                None => {
                    let empty = Group {
                        loose: Vec::new(),
                        sorted: None,
                    };
                    let entry = self.groups.insert_unique(hash, (hash, empty), |(h, _)| *h);
                    &mut entry.into_mut().1
                }
            };
            group.loose.push(value);
            if group.loose.len() == LOOSE || (group.sorted.is_some() && group.loose.len() == 1) {
                self.touched.push(hash);
            }
        }
    }

    /// Moves the loose entries of every group that has [`LOOSE`] entries or more into a
    /// sorted block. `ends` gives an entry's range.
    pub(crate) fn seal<'a>(&mut self, ends: impl Fn(&V) -> Option<Ends<'a>>) {
        for hash in std::mem::take(&mut self.touched) {
            let Some((_, group)) = self.groups.find_mut(hash, |(h, _)| *h == hash) else {
                continue;
            };
            if group.loose.len() >= LOOSE || (group.sorted.is_some() && !group.loose.is_empty()) {
                let sorted = group.sorted.get_or_insert_with(|| {
                    Box::new(Sorted {
                        ends: Vec::new(),
                        items: Vec::new(),
                        blocks: Vec::new(),
                    })
                });
                sorted.add_block(std::mem::take(&mut group.loose), &ends);
            }
        }
    }

    /// Calls `f` with every entry under `key` whose range may hold `lot` (a superset of
    /// those that do: check each). Inlined down to its first check, so that a lookup
    /// in an empty table (most registries file no range) costs no call and no hash.
    #[inline]
    pub(crate) fn candidates(&self, key: u64, lot: &[u8], f: impl FnMut(V)) {
        if !self.groups.is_empty() {
            self.find_candidates(key, lot, f);
        }
    }

    fn find_candidates(&self, key: u64, lot: &[u8], mut f: impl FnMut(V)) {
        let hash = self.group_hash(key, lot);
        let Some((_, group)) = self.groups.find(hash, |(h, _)| *h == hash) else {
            return;
        };
        group.loose.iter().copied().for_each(&mut f);
        if let Some(sorted) = &group.sorted {
            sorted.stab(lot, &mut f);
        }
    }

    /// How many loose entries the group of `lot` under `key` holds.
    #[cfg(test)]
    fn loose_len(&self, key: u64, lot: &[u8]) -> usize {
        let hash = self.group_hash(key, lot);
        self.groups
            .find(hash, |(h, _)| *h == hash)
            .map_or(0, |(_, g)| g.loose.len())
    }

    /// The number of sorted blocks of the group of `lot` under `key`.
    #[cfg(test)]
    fn block_count(&self, key: u64, lot: &[u8]) -> usize {
        let hash = self.group_hash(key, lot);
        let group = self.groups.find(hash, |(h, _)| *h == hash);
        group
            .and_then(|(_, g)| g.sorted.as_ref())
            .map_or(0, |s| s.blocks.len())
    }

    /// The bytes of the range ends pushed so far.
    pub(crate) fn text_len(&self) -> usize {
        self.text
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.groups.shrink_to_fit(|(h, _)| *h);
        for (_, g) in self.groups.iter_mut() {
            g.loose.shrink_to_fit();
            if let Some(s) = &mut g.sorted {
                s.ends.shrink_to_fit();
                s.items.shrink_to_fit();
            }
        }
        self.touched.shrink_to_fit();
    }
}

impl<V: Copy> Sorted<V> {
    fn end(&self, (at, len): (u32, u32)) -> (usize, &[u8]) {
        let at = at as usize;
        let bytes = self.ends.get(at..at.saturating_add(len as usize));
        key(bytes.unwrap_or(&[]))
    }

    fn lo(&self, i: u32) -> (usize, &[u8]) {
        self.items
            .get(i as usize)
            .map_or((0, &[]), |it| self.end(it.lo))
    }

    fn hi(&self, i: u32) -> (usize, &[u8]) {
        self.items
            .get(i as usize)
            .map_or((0, &[]), |it| self.end(it.hi))
    }

    /// Stores `lot` in `ends` as (start, length), or `None` past 4 GiB.
    fn store(&mut self, lot: &[u8]) -> Option<(u32, u32)> {
        let at = u32::try_from(self.ends.len()).ok()?;
        let len = u32::try_from(lot.len()).ok()?;
        at.checked_add(len)?;
        self.ends.extend_from_slice(lot);
        Some((at, len))
    }

    /// Files the intervals of `values` as a new block, merged into the last blocks while
    /// they are no larger. The registry keeps the bytes of all range ends below 4 GiB
    /// (`Index::fits`), and so the items too (each stores at least one byte), so the
    /// early returns below are never taken.
    fn add_block<'a>(&mut self, values: Vec<V>, ends: &impl Fn(&V) -> Option<Ends<'a>>) {
        let mut ids = Vec::with_capacity(values.len());
        for value in values {
            let Some(range) = ends(&value) else { continue };
            for (lo, hi) in intervals(range).into_iter().flatten() {
                let Ok(id) = u32::try_from(self.items.len()) else {
                    return;
                };
                let Some(lo_at) = self.store(lo) else { return };
                let hi_at = if hi == lo {
                    lo_at
                } else {
                    match self.store(hi) {
                        Some(at) => at,
                        None => return,
                    }
                };
                self.items.push(Item {
                    lo: lo_at,
                    hi: hi_at,
                    value,
                });
                ids.push(id);
            }
        }
        if ids.is_empty() {
            return;
        }
        ids.sort_unstable_by(|&a, &b| self.lo(a).cmp(&self.lo(b)));
        while let Some(last) = self.blocks.last() {
            if last.by_lo.len() > ids.len() {
                break;
            }
            let Some(last) = self.blocks.pop() else { break };
            ids = self.merge(&last.by_lo, &ids);
        }
        let top = self.tree(&ids);
        self.blocks.push(Block { by_lo: ids, top });
    }

    /// Two id lists sorted by low end, merged.
    fn merge(&self, a: &[u32], b: &[u32]) -> Vec<u32> {
        let mut out = Vec::with_capacity(a.len().saturating_add(b.len()));
        let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(&&x), Some(&&y)) => {
                    if self.lo(y) < self.lo(x) {
                        b.next()
                    } else {
                        a.next()
                    }
                }
                (Some(_), None) => a.next(),
                (None, _) => b.next(),
            };
            match next {
                Some(&id) => out.push(id),
                None => return out,
            }
        }
    }

    /// Of two ids (or [`NONE`]), the one with the greater high end.
    fn higher(&self, a: u32, b: u32) -> u32 {
        match (a, b) {
            (NONE, _) => b,
            (_, NONE) => a,
            _ if self.hi(b) > self.hi(a) => b,
            _ => a,
        }
    }

    /// The tree of greatest high ends over `by_lo`.
    fn tree(&self, by_lo: &[u32]) -> Vec<u32> {
        let size = by_lo.len().next_power_of_two();
        let mut top = vec![NONE; size.saturating_mul(2)];
        if let Some(leaves) = top.get_mut(size..) {
            leaves
                .iter_mut()
                .zip(by_lo)
                .for_each(|(slot, &id)| *slot = id);
        }
        for node in (1..size).rev() {
            let children = (top.get(2 * node), top.get(2 * node + 1));
            if let (Some(&l), Some(&r)) = children {
                let best = self.higher(l, r);
                if let Some(slot) = top.get_mut(node) {
                    *slot = best;
                }
            }
        }
        top
    }

    /// Calls `f` with the value of every interval holding `lot`.
    fn stab(&self, lot: &[u8], f: &mut impl FnMut(V)) {
        let q = key(lot);
        for block in &self.blocks {
            // Leaves before `reach` have low ends at or below the lot.
            let reach = block.by_lo.partition_point(|&i| self.lo(i) <= q);
            if reach == 0 {
                continue;
            }
            let size = block.top.len() / 2;
            // Depth-first: a tree of 2^32 leaves is 33 levels, and the stack holds at
            // most one pending sibling per level.
            let mut stack = [(1usize, 0usize, size); 40];
            let mut depth = 1;
            while depth > 0 {
                depth -= 1;
                let Some(&(node, start, width)) = stack.get(depth) else {
                    break;
                };
                let best = block.top.get(node).copied().unwrap_or(NONE);
                if start >= reach || best == NONE || self.hi(best) < q {
                    continue;
                }
                if width <= 1 {
                    if let Some(item) = self.items.get(best as usize) {
                        f(item.value);
                    }
                    continue;
                }
                let half = width / 2;
                for child in [(2 * node + 1, start + half, half), (2 * node, start, half)] {
                    if let Some(slot) = stack.get_mut(depth) {
                        *slot = child;
                        depth += 1;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::recall::lot::LotNumber;

    /// Lots of a few heads and lengths, most in one group (`A` and two digits) so that
    /// groups outgrow [`LOOSE`], some of them shapes a range holds only the ends of
    /// (`A1B`).
    fn lot() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => "A[0-9]{2}",
            1 => "[AB]{0,2}[0-9]{1,3}",
            1 => "[AB][0-9][AB]",
        ]
    }

    fn parse(s: &str) -> LotNumber {
        s.parse().expect("the strategies write valid lots")
    }

    /// Files `ranges` (key, first, last) in batches of `batch`, each batch sealed.
    fn table(ranges: &[(u64, LotNumber, LotNumber)], batch: usize) -> RangeTable<u32> {
        let mut t = RangeTable::default();
        let ends = |&i: &u32| {
            let (_, a, b) = ranges.get(i as usize)?;
            Some((a.as_str().as_bytes(), b.as_str().as_bytes()))
        };
        for (chunk, start) in ranges
            .chunks(batch.max(1))
            .zip((0u32..).step_by(batch.max(1)))
        {
            for ((key, a, b), i) in chunk.iter().zip(start..) {
                t.push(*key, (a.as_str().as_bytes(), b.as_str().as_bytes()), i);
            }
            t.seal(ends);
        }
        t
    }

    proptest! {
        /// The model-based test: the candidates that hold the lot are exactly the ranges
        /// a scan with `in_range` finds, whatever the batches; and apart from the loose
        /// entries of its group, every candidate holds it.
        #[test]
        fn candidates_agree_with_a_scan(
            spec in proptest::collection::vec((0u64..2, lot(), lot()), 0..120),
            batch in 1usize..40,
            queries in proptest::collection::vec((0u64..2, lot()), 1..20),
        ) {
            let ranges: Vec<(u64, LotNumber, LotNumber)> =
                spec.iter().map(|(k, a, b)| (*k, parse(a), parse(b))).collect();
            let t = table(&ranges, batch);
            for (key, q) in &queries {
                let q = parse(q);
                let holds = |i: u32| {
                    ranges.get(i as usize).is_some_and(|(k, a, b)| k == key && q.in_range(a, b))
                };
                let mut found = Vec::new();
                t.candidates(*key, q.as_str().as_bytes(), |i| found.push(i));
                let loose = t.loose_len(*key, q.as_str().as_bytes());
                let misses = found.iter().filter(|&&i| !holds(i)).count();
                prop_assert!(misses <= loose, "{misses} candidates miss, {loose} loose");
                let mut kept: Vec<u32> = found.into_iter().filter(|&i| holds(i)).collect();
                kept.sort_unstable();
                kept.dedup();
                let model: Vec<u32> = (0..ranges.len() as u32).filter(|&i| holds(i)).collect();
                prop_assert_eq!(kept, model);
            }
        }
    }

    #[test]
    fn a_large_group_gives_only_the_ranges_holding_the_lot() {
        // 1,000 disjoint ranges of one head and length (X0000 to X0001, X0002 to X0003,
        // ...), filed in one batch and then one at a time: a lot inside one of them gets
        // that range alone, where a scan of the group read all of them.
        let mut ranges: Vec<(u64, LotNumber, LotNumber)> = (0..1000)
            .map(|i| {
                (
                    7,
                    parse(&format!("X{:04}", 2 * i)),
                    parse(&format!("X{:04}", 2 * i + 1)),
                )
            })
            .collect();
        for batch in [1000, 1] {
            let t = table(&ranges, batch);
            let mut found = Vec::new();
            t.candidates(7, b"X1235", |i| found.push(i));
            assert_eq!(found, vec![617], "batch {batch}");
            let mut none = Vec::new();
            t.candidates(7, b"X2001", |i| none.push(i));
            assert!(none.is_empty(), "batch {batch}: {none:?}");
            // Filed one at a time, the blocks are merged as a binary counter is carried:
            // 1,000 = 0b1111101000 leaves six blocks, at most log2(1000) + 1 in any case.
            let blocks = t.block_count(7, b"X0000");
            assert!(
                blocks == if batch == 1 { 6 } else { 1 },
                "batch {batch}: {blocks} blocks"
            );
        }
        // A range written backwards holds the same lots.
        ranges.push((7, parse("X5009"), parse("X5000")));
        let t = table(&ranges, 1000);
        let mut found = Vec::new();
        t.candidates(7, b"X5004", |i| found.push(i));
        assert_eq!(found, vec![1000]);
    }
}
