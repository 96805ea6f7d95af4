//! The hash index behind [`RecallRegistry`](super::RecallRegistry).
//!
//! Keys: every NDC a recall names is a 64-bit *name* (see the `keys` module).
//!
//! Exact lots. One [`LotEntry`] per (name, lot) pair, 24 bytes, stored inline in a
//! [`Table`] slot of 32 bytes keyed by a 64-bit hash of (product of the name, lot). A lot
//! of up to 8 bytes is stored inside the entry (lot numbers never hold a zero byte, so
//! zero padding marks the end); a longer one lives once per recall and lot in a shared
//! text arena. A lookup hashes (product of the query, lot), reads the run of
//! slots under that hash (adjacent slots, usually one cache line) and compares the real
//! name and lot, so hash collisions cost time, never correctness. Every package of the
//! product shares the run, which is how near misses (same lot, other package) are found
//! without another probe.
//!
//! Ranges are filed under a hash of (product, head, length) of each end, where the head
//! is the lot without its trailing digits (see [`lot_in_range`](super::lot_in_range)): a
//! lot can only be inside a range whose ends share its head and length.
//!
//! "All lots" recalls and the NDC-only listing use a map from product to the names
//! recalls give it.

use std::mem::size_of;

use super::answer::{
    LotBasis, NdcBasis, NearMiss, ProductRecall, RecallCheck, RecallId, RecallMatch,
};
use super::entry::Recall;
use super::lot::LotNumber;
use super::ndc::{Ndc, ProductNdc};
use super::range::lot_in_range;

use super::keys::{
    ALL_LOTS, INLINE, Map, NIL, NO_NDC, Rel, lot_key, package_name, product_name, product_of,
    range_key, relation,
};
use super::memory::{MemoryUsage, map_bytes};
use super::table::Table;

#[derive(Clone, Copy, Default)]
struct LotEntry {
    /// The name, with [`INLINE`] set when `lot` holds the lot's bytes.
    name: u64,
    /// The lot's bytes, zero-padded (inline), or arena start << 32 | length.
    lot: u64,
    recall: u32,
}

impl LotEntry {
    fn name(&self) -> u64 {
        self.name & !INLINE
    }
}

/// A lot of at most 8 bytes packed into a word (zero-padded); `None` if longer.
fn pack_lot(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 8 {
        return None;
    }
    let mut word = [0u8; 8];
    for (slot, &b) in word.iter_mut().zip(bytes) {
        *slot = b;
    }
    Some(u64::from_le_bytes(word))
}

#[derive(Clone, Copy)]
struct RangeEntry {
    recall: u32,
    range: u32,
    name: u64,
}

/// What adding a recall would need, checked before anything changes.
struct Needs {
    entries: usize,
    text: usize,
    ranges: usize,
}

#[derive(Clone, Default)]
pub(crate) struct Index {
    lots: Table<LotEntry>,
    arena: String,
    products: Map<Vec<NameRef>>,
    range_heads: Map<Vec<u32>>,
    ranges: Vec<RangeEntry>,
    no_ndc_entries: usize,
    no_ndc_ranges: usize,
    all_lots_names: usize,
}

/// A (recall, name) pair in the product table.
type NameRef = (u32, u64);

/// The names a recall gives: its package and product NDCs, each once, in order.
fn names_of(recall: &Recall) -> Vec<u64> {
    let mut names: Vec<u64> = Vec::with_capacity(recall.ndcs.len() + recall.product_ndcs.len());
    for n in recall
        .ndcs
        .iter()
        .map(package_name)
        .chain(recall.product_ndcs.iter().map(product_name))
    {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names
}

/// Names that lots without their own package apply to.
fn lot_targets(names: &[u64]) -> &[u64] {
    if names.is_empty() { &[NO_NDC] } else { names }
}

impl Index {
    fn needs(recall: &Recall) -> Needs {
        let names = names_of(recall);
        let targets = lot_targets(&names).len();
        let mut n = Needs {
            entries: 0,
            text: 0,
            ranges: recall.lot_ranges.len(),
        };
        for l in &recall.lots {
            n.entries = n
                .entries
                .saturating_add(if l.ndc.is_some() { 1 } else { targets });
            n.text = n.text.saturating_add(l.lot.as_str().len());
        }
        n.ranges = n.ranges.saturating_mul(targets);
        n
    }

    /// Whether recalls with these needs still fit the 32-bit positions.
    pub(crate) fn fits<'a>(
        &self,
        recalls: impl IntoIterator<Item = &'a Recall>,
    ) -> Result<(), &'static str> {
        let limit = (NIL - 1) as usize;
        let (mut e, mut t, mut r) = (self.lots.len(), self.arena.len(), self.ranges.len());
        for recall in recalls {
            let n = Index::needs(recall);
            e = e.saturating_add(n.entries);
            t = t.saturating_add(n.text);
            r = r.saturating_add(n.ranges);
        }
        if e > limit {
            Err("lot entries")
        } else if t > limit {
            Err("bytes of lot text")
        } else if r > limit {
            Err("lot ranges")
        } else {
            Ok(())
        }
    }

    /// Files one recall. The caller has checked [`fits`](Self::fits) and that `id` fits.
    pub(crate) fn insert(&mut self, id: u32, recall: &Recall) {
        let names = names_of(recall);
        for &name in &names {
            let flagged = if recall.all_lots {
                name | ALL_LOTS
            } else {
                name
            };
            self.products
                .entry(product_of(name))
                .or_default()
                .push((id, flagged));
            if recall.all_lots {
                self.all_lots_names += 1;
            }
        }
        let targets = lot_targets(&names);
        for l in &recall.lots {
            let text = l.lot.as_str();
            let (lot, inline) = match pack_lot(text.as_bytes()) {
                Some(word) => (word, INLINE),
                None => {
                    let (Ok(start), Ok(len)) =
                        (u32::try_from(self.arena.len()), u32::try_from(text.len()))
                    else {
                        continue;
                    };
                    self.arena.push_str(text);
                    ((u64::from(start) << 32) | u64::from(len), 0)
                }
            };
            let own;
            let to: &[u64] = match &l.ndc {
                Some(n) => {
                    own = [package_name(n)];
                    &own
                }
                None => targets,
            };
            for &name in to {
                let key = lot_key(product_of(name), text.as_bytes());
                self.lots.insert(
                    key,
                    LotEntry {
                        name: name | inline,
                        lot,
                        recall: id,
                    },
                );
                if name == NO_NDC {
                    self.no_ndc_entries += 1;
                }
            }
        }
        for (i, (first, last)) in recall.lot_ranges.iter().enumerate() {
            let Ok(range) = u32::try_from(i) else {
                continue;
            };
            for &name in targets {
                let Ok(at) = u32::try_from(self.ranges.len()) else {
                    continue;
                };
                self.ranges.push(RangeEntry {
                    recall: id,
                    range,
                    name,
                });
                if name == NO_NDC {
                    self.no_ndc_ranges += 1;
                }
                let product = product_of(name);
                let a = range_key(product, first.as_str().as_bytes());
                let b = range_key(product, last.as_str().as_bytes());
                self.range_heads.entry(a).or_default().push(at);
                if b != a {
                    self.range_heads.entry(b).or_default().push(at);
                }
            }
        }
    }

    /// Whether an entry's lot is `text` (`packed`: `text` packed by [`pack_lot`]).
    fn lot_is(&self, e: &LotEntry, text: &str, packed: Option<u64>) -> bool {
        if e.name & INLINE != 0 {
            return packed == Some(e.lot);
        }
        if packed.is_some() {
            return false;
        }
        let start = (e.lot >> 32) as usize;
        let len = (e.lot & u64::from(u32::MAX)) as usize;
        self.arena.get(start..start.saturating_add(len)) == Some(text)
    }

    /// Every recall naming the queried package's product, and how.
    pub(crate) fn recalls_for(&self, ndc: &Ndc) -> Vec<ProductRecall> {
        let q = package_name(ndc);
        let mut out: Vec<ProductRecall> = Vec::new();
        let Some(names) = self.products.get(&product_of(q)) else {
            return out;
        };
        for &(recall, name) in names {
            let basis = match relation(name, q) {
                Some(Rel::Package) => NdcBasis::Package,
                Some(Rel::Product) => NdcBasis::Product,
                Some(Rel::OtherPackage) => NdcBasis::OtherPackage,
                _ => continue,
            };
            match out.iter_mut().find(|p| p.recall.0 == recall) {
                Some(p) => p.ndc_basis = p.ndc_basis.min(basis),
                None => out.push(ProductRecall {
                    recall: RecallId(recall),
                    ndc: *ndc,
                    ndc_basis: basis,
                }),
            }
        }
        out.sort_by_key(|p| p.recall);
        out
    }

    /// Recalls naming a product (as itself or through any of its packages).
    pub(crate) fn recalls_for_product(&self, product: &ProductNdc) -> Vec<RecallId> {
        let mut out: Vec<RecallId> = self
            .products
            .get(&product_name(product))
            .map(|v| v.iter().map(|&(r, _)| RecallId(r)).collect())
            .unwrap_or_default();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The full (NDC, lot) lookup; see `RecallRegistry::lookup` for the rules.
    pub(crate) fn lookup(&self, recalls: &[Recall], ndc: &Ndc, lot: &LotNumber) -> RecallCheck {
        let q = package_name(ndc);
        let product = product_of(q);
        let text = lot.as_str();
        let bytes = text.as_bytes();
        let packed = pack_lot(bytes);
        let mut acc = Acc::default();

        let walk = |key_product: u64, acc: &mut Acc| {
            for e in self.lots.get(lot_key(key_product, bytes)) {
                let name = e.name();
                if product_of(name) == key_product && self.lot_is(&e, text, packed) {
                    if let Some(rel) = relation(name, q) {
                        acc.add(e.recall, 0, 0, rel, name);
                    }
                }
            }
        };
        walk(product, &mut acc);
        if self.no_ndc_entries > 0 {
            walk(NO_NDC, &mut acc);
        }

        if !self.ranges.is_empty() {
            let probe = |key_product: u64, acc: &mut Acc| {
                let Some(list) = self.range_heads.get(&range_key(key_product, bytes)) else {
                    return;
                };
                for &ri in list {
                    let Some(re) = self.ranges.get(ri as usize) else {
                        continue;
                    };
                    if product_of(re.name) != key_product {
                        continue;
                    }
                    let Some((first, last)) = recalls
                        .get(re.recall as usize)
                        .and_then(|r| r.lot_ranges.get(re.range as usize))
                    else {
                        continue;
                    };
                    if lot_in_range(lot, first, last) {
                        if let Some(rel) = relation(re.name, q) {
                            acc.add(re.recall, 1, re.range, rel, re.name);
                        }
                    }
                }
            };
            probe(product, &mut acc);
            if self.no_ndc_ranges > 0 {
                probe(NO_NDC, &mut acc);
            }
        }

        if self.all_lots_names > 0 {
            if let Some(names) = self.products.get(&product) {
                for &(recall, name) in names {
                    if name & ALL_LOTS != 0 {
                        if let Some(rel) = relation(name, q) {
                            acc.add(recall, 2, 0, rel, name & !ALL_LOTS);
                        }
                    }
                }
            }
        }
        acc.finish(recalls, ndc)
    }

    pub(crate) fn memory_usage(&self) -> MemoryUsage {
        let products: usize = map_bytes::<Vec<NameRef>>(self.products.capacity())
            + self
                .products
                .values()
                .map(|v| v.capacity() * size_of::<NameRef>())
                .sum::<usize>();
        let ranges: usize = map_bytes::<Vec<u32>>(self.range_heads.capacity())
            + self
                .range_heads
                .values()
                .map(|v| v.capacity() * size_of::<u32>())
                .sum::<usize>()
            + self.ranges.capacity() * size_of::<RangeEntry>();
        MemoryUsage {
            entries: self.lots.len(),
            entry_bytes: self.lots.bytes(),
            lot_text_bytes: self.arena.capacity(),
            other_index_bytes: products + ranges,
        }
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.lots.shrink_to_fit();
        self.arena.shrink_to_fit();
        self.products.shrink_to_fit();
        self.products.values_mut().for_each(Vec::shrink_to_fit);
        self.range_heads.shrink_to_fit();
        self.range_heads.values_mut().for_each(Vec::shrink_to_fit);
        self.ranges.shrink_to_fit();
    }

    pub(crate) fn entry_count(&self) -> usize {
        self.lots.len()
    }
}

/// What one lookup found for one recall.
#[derive(Clone, Copy)]
struct Found {
    recall: u32,
    /// Best match so far: (lot rank, NDC rank, range index).
    best: Option<(u8, u8, u32)>,
    /// Best near miss so far: (lot rank, range index).
    near: Option<(u8, u32)>,
}

impl Found {
    fn new(recall: u32) -> Found {
        Found {
            recall,
            best: None,
            near: None,
        }
    }

    fn update(&mut self, lot_rank: u8, range: u32, rel: Rel) {
        match rel {
            Rel::Package | Rel::Product => {
                let key = (lot_rank, u8::from(rel == Rel::Product), range);
                if self.best.is_none_or(|b| key < b) {
                    self.best = Some(key);
                }
            }
            Rel::OtherPackage | Rel::NoNdc => {
                let key = (lot_rank, range);
                if self.near.is_none_or(|b| key < b) {
                    self.near = Some(key);
                }
            }
        }
    }
}

/// (recall, package name) pairs: the other packages of the product that carry the lot.
/// The first two are kept inline: a hit usually also finds the lot under one other
/// package of the product, and that must not cost an allocation.
#[derive(Default)]
struct Under {
    inline: [(u32, u64); 2],
    len: usize,
    spill: Vec<(u32, u64)>,
}

impl Under {
    fn pairs(&self) -> impl Iterator<Item = (u32, u64)> + '_ {
        self.inline
            .iter()
            .take(self.len)
            .chain(&self.spill)
            .copied()
    }

    fn insert(&mut self, pair: (u32, u64)) {
        if self.pairs().any(|p| p == pair) {
            return;
        }
        match self.inline.get_mut(self.len) {
            Some(slot) => {
                *slot = pair;
                self.len += 1;
            }
            None => self.spill.push(pair),
        }
    }
}

/// Per-recall findings of one lookup. The first recall found is kept in place, so the
/// usual answer (none or one recall) allocates nothing here.
#[derive(Default)]
struct Acc {
    first: Option<Found>,
    rest: Vec<Found>,
    under: Under,
}

impl Acc {
    fn add(&mut self, recall: u32, lot_rank: u8, range: u32, rel: Rel, name: u64) {
        if rel == Rel::OtherPackage {
            self.under.insert((recall, name));
        }
        match &mut self.first {
            None => {
                let mut f = Found::new(recall);
                f.update(lot_rank, range, rel);
                self.first = Some(f);
            }
            Some(f) if f.recall == recall => f.update(lot_rank, range, rel),
            Some(_) => match self.rest.iter_mut().find(|f| f.recall == recall) {
                Some(f) => f.update(lot_rank, range, rel),
                None => {
                    let mut f = Found::new(recall);
                    f.update(lot_rank, range, rel);
                    self.rest.push(f);
                }
            },
        }
    }

    fn finish(self, recalls: &[Recall], ndc: &Ndc) -> RecallCheck {
        let mut check = RecallCheck::default();
        let Some(first) = self.first else {
            return check;
        };
        // One recall (the usual case) needs no list; more are put in id order.
        let mut rest = self.rest;
        let (only, found) = if rest.is_empty() {
            (Some(first), rest)
        } else {
            rest.push(first);
            rest.sort_by_key(|f| f.recall);
            (None, rest)
        };
        for f in only.into_iter().chain(found) {
            // Only ranges and near misses need the recall itself.
            let basis = |rank: u8, range: u32| match rank {
                0 => LotBasis::ExactLot,
                1 => match recalls
                    .get(f.recall as usize)
                    .and_then(|r| r.lot_ranges.get(range as usize))
                {
                    Some((first, last)) => LotBasis::LotRange {
                        first: first.clone(),
                        last: last.clone(),
                    },
                    None => LotBasis::AllLots,
                },
                _ => LotBasis::AllLots,
            };
            if let Some((lot_rank, ndc_rank, range)) = f.best {
                if check.matches.capacity() == 0 {
                    // Usually the only one: allocate for exactly one.
                    check.matches.reserve_exact(1);
                }
                check.matches.push(RecallMatch {
                    recall: RecallId(f.recall),
                    ndc: *ndc,
                    lot: basis(lot_rank, range),
                    ndc_basis: if ndc_rank == 0 {
                        NdcBasis::Package
                    } else {
                        NdcBasis::Product
                    },
                });
            } else if let Some((lot_rank, range)) = f.near {
                let mut under: Vec<Ndc> = match recalls.get(f.recall as usize) {
                    Some(recall) => self
                        .under
                        .pairs()
                        .filter(|&(r, _)| r == f.recall)
                        .filter_map(|(_, name)| recalled_ndc(recall, name))
                        .collect(),
                    None => Vec::new(),
                };
                under.sort();
                under.dedup();
                check.near_misses.push(NearMiss {
                    recall: RecallId(f.recall),
                    ndc: *ndc,
                    lot: basis(lot_rank, range),
                    recalled_under: under,
                });
            }
        }
        check
    }
}

/// The recall's own `Ndc` value for a package name (so it prints as the recall wrote it).
fn recalled_ndc(recall: &Recall, name: u64) -> Option<Ndc> {
    recall
        .ndcs
        .iter()
        .chain(recall.lots.iter().filter_map(|l| l.ndc.as_ref()))
        .find(|n| package_name(n) == name)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ndc(s: &str) -> Ndc {
        s.parse().unwrap()
    }

    #[test]
    fn lot_comparison_inline_and_in_the_arena() {
        use crate::recall::{Recall, RecallSource, RecalledLot};
        let n = ndc("12345-678-90");
        let lot = |s: &str| RecalledLot {
            lot: s.parse().unwrap(),
            ndc: Some(n),
        };
        let recall = Recall {
            source: RecallSource::OpenFda { event_id: None },
            recall_number: None,
            firm: String::new(),
            product: String::new(),
            reason: String::new(),
            class: None,
            status: None,
            report_date: None,
            ndcs: vec![n],
            product_ndcs: Vec::new(),
            lots: vec![lot("ABCDEFGH"), lot("ABCDEFGHI"), lot("81801504002")],
            lot_ranges: Vec::new(),
            all_lots: false,
        };
        let mut index = Index::default();
        index.insert(0, &recall);
        // The one entry filed under each lot (one NDC, so one entry per lot).
        let entry = |s: &str| {
            let mut run = index
                .lots
                .get(lot_key(product_of(package_name(&n)), s.as_bytes()));
            let e = run.next().unwrap();
            assert!(run.next().is_none());
            e
        };
        let [short, long, longer] = ["ABCDEFGH", "ABCDEFGHI", "81801504002"].map(entry);
        assert!(short.name & INLINE != 0 && long.name & INLINE == 0);
        let is = |e: &LotEntry, s: &str| index.lot_is(e, s, pack_lot(s.as_bytes()));
        assert!(is(&short, "ABCDEFGH"));
        assert!(!is(&short, "ABCDEFG") && !is(&short, "ABCDEFGHI"));
        assert!(is(&long, "ABCDEFGHI"));
        assert!(!is(&long, "ABCDEFGH") && !is(&long, "ABCDEFGHJ") && !is(&long, "81801504002"));
        assert!(is(&longer, "81801504002"));
        assert_eq!(index.arena, "ABCDEFGHI81801504002");
    }
}
