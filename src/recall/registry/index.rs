//! The hash index behind [`RecallRegistry`](crate::recall::RecallRegistry).
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
//! is the lot without its trailing digits (see [`lot_in_range`](crate::recall::lot_in_range)): a
//! lot can only be inside a range whose ends share its head and length.
//!
//! "All lots" recalls and the NDC-only listing use a map from product to the names
//! recalls give it.
//!
//! A lookup gathers what it finds recall by recall in the `findings` module, which
//! turns it into the answer.

use std::mem::size_of;

use super::findings::Acc;
use super::recall::Recall;
use super::recall_check::{NdcBasis, ProductRecall, RecallCheck, RecallId};
use crate::recall::lot::LotNumber;
use crate::recall::lot::lot_in_range;
use crate::recall::ndc::{Ndc, ProductNdc};

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
