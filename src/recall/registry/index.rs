//! The hash index behind [`RecallRegistry`](crate::recall::RecallRegistry).
//!
//! Keys: every NDC a recall names is a 64-bit *name* (see the `keys` module).
//!
//! **Exact lots.** One hit per recalled lot of a recall, whatever the number of NDCs
//! the recall names, so the index grows with the input and never with the product
//! (NDCs × lots). A hit is filed under a *key* and the lot:
//!
//! - the lot's own package when it has one, or the recall's only name: the hit holds
//!   that name and a lookup reads the relation straight off it;
//! - the one product every name of the recall belongs to, when there are several names;
//! - [`WIDE`] when the names span several products, and [`NO_NDC`] when there are none.
//!
//! Each distinct (key, lot) is one [`LotSlot`] of the table holding its first hit; the
//! hits of other recalls for the same (key, lot) are chained in `hits`, so any number of
//! recalls sharing a key cost O(1) each to insert and to read.
//!
//! For the last two and for several names under one product, the hit holds [`MULTI`]
//! and the place of the recall's names in `multi`, sorted by product; a lookup reads
//! the names under the queried product there (a binary search). Every package of a product shares the key, which is
//! how near misses (same lot, other package) are found in the same probe.
//!
//! The table is `hashbrown`'s `HashTable`, hashed by std's [`RandomState`] (SipHash
//! with random keys, drawn per registry): a crafted file cannot aim lots at one bucket,
//! and nothing the registry answers depends on the hash order (answers are sorted by
//! recall id). A lot of up to 8 bytes is stored inside its slot (lot numbers never hold
//! a zero byte, so zero padding marks the end); a longer one lives once in a text arena.
//!
//! **Ranges** are filed the same way, under a hash of (key, head, length) of each end,
//! where the head is the lot without its trailing digits (see
//! [`LotNumber::in_range`](crate::recall::LotNumber::in_range)): a lot can only be inside
//! a range whose ends share its head and length.
//!
//! **All lots** and the NDC-only listing use maps from product to the names recalls
//! give it; the all-lots map holds only all-lots recalls.
//!
//! A lookup gathers what it finds recall by recall in the `findings` module, which
//! turns it into the answer.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher, RandomState};

use hashbrown::HashTable;

use super::findings::{Acc, Pos};
use super::keys::{MULTI, NO_NDC, Rel, WIDE, package_name, product_name, product_of, relation};
use super::recall::Recall;
use super::recall_check::{NdcBasis, ProductRecall, RecallCheck, RecallId};
use crate::recall::lot::{LotNumber, split_tail};
use crate::recall::ndc::{Ndc, ProductNdc};

/// Set in [`LotSlot::lot`] when the lot text is in the arena.
const IN_ARENA: u64 = 1 << 63;

/// One distinct (key, lot) in the table, with its first hit.
#[derive(Clone, Copy)]
struct LotSlot {
    /// What the lot is filed under: a product, [`WIDE`] or [`NO_NDC`].
    key: u64,
    /// The lot's bytes, zero-padded; or [`IN_ARENA`] | arena start << 32 | length.
    lot: u64,
    hit: Hit,
}

/// One recall's claim on a (key, lot): a table slot's first, the rest chained in
/// `Index::hits`, so any number of recalls share a slot at O(1) per insert.
#[derive(Clone, Copy)]
struct Hit {
    /// The one name the lot applies to, or [`MULTI`] | the recall's place in `multi`.
    name: u64,
    recall: u32,
    /// Where `name` is written in the recall.
    pos: Pos,
    /// The next hit in `Index::hits`, or [`END`].
    next: u32,
}

/// The end of a hit chain.
const END: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct RangeEntry {
    key: u64,
    name: u64,
    recall: u32,
    range: u32,
    pos: Pos,
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

/// A (recall, name, position) triple in the product maps.
type NameRef = (u32, u64, Pos);

/// A multimap from product to [`NameRef`]s without a vector per product (a recall naming
/// 100,000 products must not make 100,000 small allocations): each product's first
/// value sits in the map, the rest are chained through `more`.
#[derive(Clone, Default)]
struct Chains {
    heads: HashMap<u64, (NameRef, u32)>,
    more: Vec<(NameRef, u32)>,
}

impl Chains {
    fn push(&mut self, product: u64, value: NameRef) {
        let at = u32::try_from(self.more.len()).unwrap_or(END);
        match self.heads.get_mut(&product) {
            Some(head) if at != END => {
                // Newest after the head; readers sort what they return.
                self.more.push((value, head.1));
                head.1 = at;
            }
            // fits() keeps the names below u32::MAX, so `at` is never END.
            Some(_) => {}
            None => {
                self.heads.insert(product, (value, END));
            }
        }
    }

    fn get(&self, product: u64) -> impl Iterator<Item = NameRef> + '_ {
        let mut next = self.heads.get(&product).map(|h| (h.0, h.1));
        std::iter::from_fn(move || {
            let (value, after) = next?;
            next = self.more.get(after as usize).copied();
            Some(value)
        })
    }

    fn shrink_to_fit(&mut self) {
        self.heads.shrink_to_fit();
        self.more.shrink_to_fit();
    }
}

#[derive(Clone, Default)]
pub(crate) struct Index {
    hasher: RandomState,
    lots: HashTable<LotSlot>,
    /// The hits after each slot's first.
    hits: Vec<Hit>,
    arena: String,
    /// Keyed hash of (key, head, length) -> the ranges filed there.
    ranges: HashMap<u64, Vec<RangeEntry>>,
    /// The names of recalls whose hits say [`MULTI`]: per recall a header (the count,
    /// as a name) and then its names sorted by product. A [`MULTI`] hit holds the
    /// header's index in its low 32 bits.
    multi: Vec<(u64, Pos)>,
    /// product -> every name recalls give it.
    products: Chains,
    /// product -> the names all-lots recalls give it.
    all_lots: Chains,
    /// Lot and range entries filed under [`WIDE`] and [`NO_NDC`] (lookups skip those
    /// probes when there are none).
    wide_entries: usize,
    no_ndc_entries: usize,
    entries: usize,
}

/// The names a recall gives, each once (first position kept), in order.
fn names_of(recall: &Recall) -> Vec<(u64, Pos)> {
    let mut seen = std::collections::HashSet::with_capacity(
        recall.ndcs.len().saturating_add(recall.product_ndcs.len()),
    );
    let packages = recall
        .ndcs
        .iter()
        .enumerate()
        .map(|(i, n)| (package_name(n), Pos::ndc(i)));
    let products = recall
        .product_ndcs
        .iter()
        .map(|p| (product_name(p), Pos::NONE));
    packages
        .chain(products)
        .filter(|(n, _)| seen.insert(*n))
        .collect()
}

/// Where the lots of a recall without their own package are filed, and under which name.
fn target(names: &[(u64, Pos)]) -> (u64, u64, Pos) {
    match names {
        [] => (NO_NDC, NO_NDC, Pos::NONE),
        [(name, pos)] => (product_of(*name), *name, *pos),
        [(first, _), rest @ ..] => {
            let p = product_of(*first);
            if rest.iter().all(|(n, _)| product_of(*n) == p) {
                (p, MULTI, Pos::NONE)
            } else {
                (WIDE, MULTI, Pos::NONE)
            }
        }
    }
}

impl Index {
    fn lot_hash(&self, key: u64, lot: &[u8]) -> u64 {
        lot_hash(&self.hasher, key, lot)
    }

    /// Whether recalls with these sizes still fit the 32-bit positions.
    pub(crate) fn fits<'a>(
        &self,
        recalls: impl IntoIterator<Item = &'a Recall>,
    ) -> Result<(), &'static str> {
        let limit = (u32::MAX - 1) as usize;
        let mut text = self.arena.len();
        let mut hits = self.hits.len();
        let mut multi = self.multi.len();
        for recall in recalls {
            hits = hits.saturating_add(recall.lots.len());
            multi = multi
                .saturating_add(recall.ndcs.len())
                .saturating_add(recall.product_ndcs.len())
                .saturating_add(1);
            if recall.ndcs.len() > Pos::MAX_INDEX || recall.lots.len() > Pos::MAX_INDEX {
                return Err("NDCs or lots in one recall");
            }
            if recall.lot_ranges.len() > limit {
                return Err("lot ranges in one recall");
            }
            for l in &recall.lots {
                if l.lot.as_str().len() > 8 {
                    text = text.saturating_add(l.lot.as_str().len());
                }
            }
        }
        if hits > limit {
            Err("recalled lots")
        } else if multi > limit {
            Err("NDCs")
        } else if text > limit {
            Err("bytes of lot text")
        } else {
            Ok(())
        }
    }

    /// Files one recall. The caller has checked [`fits`](Self::fits) and that `id` fits.
    pub(crate) fn insert(&mut self, id: u32, recall: &Recall) {
        let names = names_of(recall);
        for &(name, pos) in &names {
            let product = product_of(name);
            self.products.push(product, (id, name, pos));
            if recall.all_lots {
                self.all_lots.push(product, (id, name, pos));
            }
        }
        let (key, mut name, pos) = target(&names);
        if name == MULTI {
            // fits() has checked that the list fits u32 positions.
            name |= u32::try_from(self.multi.len()).map_or(0, u64::from);
            self.multi.push((names.len() as u64, Pos::NONE));
            let from = self.multi.len();
            self.multi.extend_from_slice(&names);
            if let Some(list) = self.multi.get_mut(from..) {
                list.sort_by_key(|&(n, _)| product_of(n));
            }
        }
        for (i, l) in recall.lots.iter().enumerate() {
            let (key, name, pos) = match &l.ndc {
                Some(n) => {
                    let own = package_name(n);
                    (product_of(own), own, Pos::own(i))
                }
                None => (key, name, pos),
            };
            self.insert_lot(id, key, name, pos, l.lot.as_str());
        }
        for (i, (first, last)) in recall.lot_ranges.iter().enumerate() {
            let Ok(range) = u32::try_from(i) else {
                continue;
            };
            let a = range_hash(&self.hasher, key, first.as_str().as_bytes());
            let b = range_hash(&self.hasher, key, last.as_str().as_bytes());
            let entry = RangeEntry {
                key,
                name,
                recall: id,
                range,
                pos,
            };
            for hash in [Some(a), (b != a).then_some(b)].into_iter().flatten() {
                self.ranges.entry(hash).or_default().push(entry);
            }
            self.count_key(key);
        }
    }

    fn insert_lot(&mut self, id: u32, key: u64, name: u64, pos: Pos, text: &str) {
        let bytes = text.as_bytes();
        let packed = pack_lot(bytes);
        let hash = self.lot_hash(key, bytes);
        let hit = Hit {
            name,
            recall: id,
            pos,
            next: END,
        };
        let arena = &self.arena;
        if let Some(slot) = self.lots.find_mut(hash, |s| {
            s.key == key && stored_is(arena, s.lot, bytes, packed)
        }) {
            // fits() has checked that the hits fit u32 positions.
            let at = u32::try_from(self.hits.len()).unwrap_or(END);
            self.hits.push(Hit {
                next: slot.hit.next,
                ..hit
            });
            slot.hit.next = at;
        } else {
            let lot = match packed {
                Some(word) => word,
                None => {
                    let (Ok(start), Ok(len)) =
                        (u32::try_from(self.arena.len()), u32::try_from(text.len()))
                    else {
                        return;
                    };
                    self.arena.push_str(text);
                    IN_ARENA | (u64::from(start) << 32) | u64::from(len)
                }
            };
            let (hasher, arena) = (&self.hasher, &self.arena);
            self.lots
                .insert_unique(hash, LotSlot { key, lot, hit }, |s| {
                    slot_hash(hasher, arena, s)
                });
        }
        self.entries += 1;
        self.count_key(key);
    }

    fn count_key(&mut self, key: u64) {
        match key {
            WIDE => self.wide_entries += 1,
            NO_NDC => self.no_ndc_entries += 1,
            _ => {}
        }
    }

    /// Every recall naming the queried package's product, and how.
    pub(crate) fn recalls_for(&self, ndc: &Ndc) -> Vec<ProductRecall> {
        let q = package_name(ndc);
        let mut out: Vec<ProductRecall> = Vec::new();
        let mut at: HashMap<u32, usize> = HashMap::new();
        for (recall, name, _) in self.products.get(product_of(q)) {
            let basis = match relation(name, q) {
                Some(Rel::Package) => NdcBasis::Package,
                Some(Rel::Product) => NdcBasis::Product,
                Some(Rel::OtherPackage) => NdcBasis::OtherPackage,
                _ => continue,
            };
            match at.get(&recall).and_then(|&i| out.get_mut(i)) {
                Some(p) => p.ndc_basis = p.ndc_basis.min(basis),
                None => {
                    at.insert(recall, out.len());
                    out.push(ProductRecall {
                        recall: RecallId(recall),
                        ndc: *ndc,
                        ndc_basis: basis,
                    });
                }
            }
        }
        out.sort_by_key(|p| p.recall);
        out
    }

    /// Recalls naming a product (as itself or through any of its packages).
    pub(crate) fn recalls_for_product(&self, product: &ProductNdc) -> Vec<RecallId> {
        let mut out: Vec<RecallId> = self
            .products
            .get(product_name(product))
            .map(|(r, _, _)| RecallId(r))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Adds what one entry says about the query to `acc`: its own name's relation, or
    /// (for [`MULTI`]) that of each name its recall gives the queried product.
    fn relate(
        &self,
        acc: &mut Acc,
        q: u64,
        (key, name, recall, pos): (u64, u64, u32, Pos),
        rank: u8,
        range: u32,
    ) {
        if key == NO_NDC {
            acc.add(recall, rank, range, Rel::NoNdc, pos);
        } else if name & MULTI != 0 {
            let product = product_of(q);
            let start = (name & u64::from(u32::MAX)) as usize;
            let Some(&(len, _)) = self.multi.get(start) else {
                return;
            };
            let from = start.saturating_add(1);
            let names = self
                .multi
                .get(from..from.saturating_add(len as usize))
                .unwrap_or(&[]);
            let first = names.partition_point(|&(n, _)| product_of(n) < product);
            for &(n, p) in names.get(first..).unwrap_or(&[]) {
                if product_of(n) != product {
                    break;
                }
                if let Some(rel) = relation(n, q) {
                    acc.add(recall, rank, range, rel, p);
                }
            }
        } else if let Some(rel) = relation(name, q) {
            acc.add(recall, rank, range, rel, pos);
        }
    }

    /// The full (NDC, lot) lookup; see `RecallRegistry::lookup` for the rules.
    pub(crate) fn lookup(&self, recalls: &[Recall], ndc: &Ndc, lot: &LotNumber) -> RecallCheck {
        let q = package_name(ndc);
        let product = product_of(q);
        let bytes = lot.as_str().as_bytes();
        let mut acc = Acc::default();

        let packed = pack_lot(bytes);
        let keys = [
            Some(product),
            (self.wide_entries > 0).then_some(WIDE),
            (self.no_ndc_entries > 0).then_some(NO_NDC),
        ];
        for key in keys.into_iter().flatten() {
            let slot = self.lots.find(self.lot_hash(key, bytes), |s| {
                s.key == key && stored_is(&self.arena, s.lot, bytes, packed)
            });
            if let Some(slot) = slot {
                let mut hit = Some(&slot.hit);
                while let Some(h) = hit {
                    self.relate(&mut acc, q, (key, h.name, h.recall, h.pos), 0, 0);
                    hit = self.hits.get(h.next as usize);
                }
            }
            if !self.ranges.is_empty() {
                let list = self.ranges.get(&range_hash(&self.hasher, key, bytes));
                for e in list.into_iter().flatten() {
                    if e.key != key {
                        continue;
                    }
                    let Some((first, last)) = recalls
                        .get(e.recall as usize)
                        .and_then(|r| r.lot_ranges.get(e.range as usize))
                    else {
                        continue;
                    };
                    if lot.in_range(first, last) {
                        self.relate(&mut acc, q, (key, e.name, e.recall, e.pos), 1, e.range);
                    }
                }
            }
        }
        for (recall, name, pos) in self.all_lots.get(product) {
            if let Some(rel) = relation(name, q) {
                acc.add(recall, 2, 0, rel, pos);
            }
        }
        acc.finish(recalls, ndc)
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        let (hasher, arena) = (&self.hasher, &self.arena);
        self.lots.shrink_to_fit(|s| slot_hash(hasher, arena, s));
        self.hits.shrink_to_fit();
        self.ranges.shrink_to_fit();
        self.ranges.values_mut().for_each(Vec::shrink_to_fit);
        self.arena.shrink_to_fit();
        self.multi.shrink_to_fit();
        self.products.shrink_to_fit();
        self.all_lots.shrink_to_fit();
    }

    /// Lot entries filed (one per recalled lot).
    #[cfg(test)]
    pub(crate) fn entry_count(&self) -> usize {
        self.entries
    }
}

/// Whether a stored lot is `text` (`packed`: `text` packed by [`pack_lot`]).
fn stored_is(arena: &str, stored: u64, text: &[u8], packed: Option<u64>) -> bool {
    if stored & IN_ARENA == 0 {
        return packed == Some(stored);
    }
    let mut buf = [0u8; 8];
    packed.is_none() && lot_bytes(arena, stored, &mut buf) == text
}

fn slot_hash(hasher: &RandomState, arena: &str, s: &LotSlot) -> u64 {
    let mut buf = [0u8; 8];
    lot_hash(hasher, s.key, lot_bytes(arena, s.lot, &mut buf))
}

/// The bytes of a stored lot: unpacked into `buf`, or read from the arena.
fn lot_bytes<'a>(arena: &'a str, stored: u64, buf: &'a mut [u8; 8]) -> &'a [u8] {
    if stored & IN_ARENA == 0 {
        *buf = stored.to_le_bytes();
        let len = buf.iter().position(|&b| b == 0).unwrap_or(8);
        return buf.get(..len).unwrap_or(&[]);
    }
    let start = ((stored & !IN_ARENA) >> 32) as usize;
    let len = (stored & u64::from(u32::MAX)) as usize;
    arena
        .as_bytes()
        .get(start..start.saturating_add(len))
        .unwrap_or(&[])
}

fn lot_hash(hasher: &RandomState, key: u64, lot: &[u8]) -> u64 {
    let mut h = hasher.build_hasher();
    h.write_u64(key);
    h.write(lot);
    h.finish()
}

/// The hash a range end (or a queried lot) is filed under: key, head and length.
fn range_hash(hasher: &RandomState, key: u64, lot: &[u8]) -> u64 {
    let (head, _) = split_tail(lot);
    let mut h = hasher.build_hasher();
    h.write_u8(0xff); // apart from the lot hashes
    h.write_u64(key);
    h.write_usize(lot.len());
    h.write(head);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::{RecallSource, RecalledLot};

    fn ndc(s: &str) -> Ndc {
        s.parse().unwrap()
    }

    fn recall(ndcs: Vec<Ndc>, lots: &[&str]) -> Recall {
        Recall {
            source: RecallSource::OpenFda { event_id: None },
            recall_number: None,
            firm: String::new(),
            product: String::new(),
            reason: String::new(),
            class: None,
            status: None,
            report_date: None,
            ndcs,
            product_ndcs: Vec::new(),
            lots: lots
                .iter()
                .map(|s| RecalledLot {
                    lot: s.parse().unwrap(),
                    ndc: None,
                })
                .collect(),
            lot_ranges: Vec::new(),
            all_lots: false,
        }
    }

    #[test]
    fn lot_comparison_inline_and_in_the_arena() {
        let n = ndc("12345-678-90");
        let mut index = Index::default();
        index.insert(
            0,
            &recall(vec![n], &["ABCDEFGH", "ABCDEFGHI", "81801504002"]),
        );
        let stored: Vec<u64> = index.lots.iter().map(|s| s.lot).collect();
        let find = |s: &str| {
            let hits: Vec<u64> = stored
                .iter()
                .copied()
                .filter(|&w| stored_is(&index.arena, w, s.as_bytes(), pack_lot(s.as_bytes())))
                .collect();
            hits.len()
        };
        for s in ["ABCDEFGH", "ABCDEFGHI", "81801504002"] {
            assert_eq!(find(s), 1, "{s}");
        }
        for s in ["ABCDEFG", "ABCDEFGHJ", "8180150400"] {
            assert_eq!(find(s), 0, "{s}");
        }
        // Only the two lots over 8 bytes are in the arena, once each.
        assert_eq!(index.arena, "ABCDEFGHI81801504002");
    }

    #[test]
    fn one_entry_per_lot_however_many_ndcs() {
        // 50 packages of 50 products (so the lots are filed under WIDE) and 40 lots:
        // 40 entries, not 2,000.
        let ndcs: Vec<Ndc> = (0..50)
            .map(|i| ndc(&format!("{:05}-{:03}-01", 10000 + i, i)))
            .collect();
        let lots: Vec<String> = (0..40).map(|i| format!("LOT{i:04}")).collect();
        let lots: Vec<&str> = lots.iter().map(String::as_str).collect();
        let mut index = Index::default();
        index.insert(0, &recall(ndcs, &lots));
        assert_eq!(index.entry_count(), 40);
        assert_eq!(index.wide_entries, 40);
    }
}
