//! The hash index behind [`RecallRegistry`](super::RecallRegistry).
//!
//! Keys. Every NDC a recall names becomes a 64-bit *name*: a tag bit and the digits of
//! its canonical key (`00185002201` → package 185002201). Canonical keys never start
//! with a zero once they reach 12 (or, for products, 10) digits, so the number alone
//! tells the two lengths apart. A package's product is its number divided by 100.
//! Recalls that name no NDC use the name [`NO_NDC`].
//!
//! Exact lots. One [`LotEntry`] per (name, lot) pair, 24 bytes; the lot text lives once
//! per recall and lot in a shared arena. Entries are chained per (product of the name,
//! lot): the chain head sits in a `HashMap<u64, u32>` keyed by a 64-bit hash of the
//! product and the lot. A lookup hashes (product of the query, lot), walks the short
//! chain and compares the real name and lot text, so hash collisions cost time, never
//! correctness. Every package of the product shares the chain, which is how near misses
//! (same lot, other package) are found without another probe.
//!
//! Ranges are filed under a hash of (product, head, length) of each end, where the head
//! is the lot without its trailing digits (see [`lot_in_range`](super::lot_in_range)): a
//! lot can only be inside a range whose ends share its head and length.
//!
//! "All lots" recalls and the NDC-only listing use a map from product to the names
//! recalls give it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::size_of;

use super::answer::{
    LotBasis, NdcBasis, NearMiss, ProductRecall, RecallCheck, RecallId, RecallMatch,
};
use super::entry::Recall;
use super::lot::LotNumber;
use super::ndc::{Ndc, ProductNdc};
use super::range::{lot_in_range, split_tail};

const VALUE_MASK: u64 = (1 << 48) - 1;
const TAG_PACKAGE: u64 = 1 << 62;
const TAG_PRODUCT: u64 = 1 << 61;
/// The name of a recall that names no NDC.
const NO_NDC: u64 = 1 << 60;
/// Set on a product-list name when its recall covers all lots.
const ALL_LOTS: u64 = 1 << 63;
const NIL: u32 = u32::MAX;
const RANGE_SALT: u64 = 0x5bd1_e995_2f9b_a3c1;

/// The digits of a canonical key as a number (at most 12 digits, so it fits).
fn digits_value(s: &str) -> u64 {
    s.bytes().filter(u8::is_ascii_digit).fold(0u64, |acc, b| {
        acc.wrapping_mul(10).wrapping_add(u64::from(b - b'0'))
    })
}

pub(crate) fn package_name(n: &Ndc) -> u64 {
    TAG_PACKAGE | digits_value(n.canonical())
}

pub(crate) fn product_name(p: &ProductNdc) -> u64 {
    TAG_PRODUCT | digits_value(p.canonical())
}

/// The product a name belongs to (a product name is its own product).
fn product_of(name: u64) -> u64 {
    if name & TAG_PACKAGE != 0 {
        TAG_PRODUCT | ((name & VALUE_MASK) / 100)
    } else {
        name & !ALL_LOTS
    }
}

/// How a recall's name relates to a queried package name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rel {
    Package,
    Product,
    OtherPackage,
    NoNdc,
}

fn relation(name: u64, query: u64) -> Option<Rel> {
    let name = name & !ALL_LOTS;
    if name == query {
        Some(Rel::Package)
    } else if name == NO_NDC {
        Some(Rel::NoNdc)
    } else if product_of(name) != product_of(query) {
        None
    } else if name & TAG_PRODUCT != 0 {
        Some(Rel::Product)
    } else {
        Some(Rel::OtherPackage)
    }
}

/// Murmur3's 64-bit finaliser: a bijection that spreads every input bit.
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        for (slot, &b) in word.iter_mut().zip(chunk) {
            *slot = b;
        }
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(31);
    }
    fmix(h)
}

fn lot_key(product: u64, lot: &[u8]) -> u64 {
    hash_bytes(product, lot)
}

fn range_key(product: u64, lot: &[u8]) -> u64 {
    let (head, _) = split_tail(lot);
    hash_bytes(product ^ RANGE_SALT ^ ((lot.len() as u64) << 40), head)
}

/// A deterministic hasher for `u64` keys (no random state: same input, same layout).
#[derive(Default, Clone, Copy)]
pub(crate) struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = fmix(self.0 ^ n);
    }
}

type Map<V> = HashMap<u64, V, BuildHasherDefault<MixHasher>>;

#[derive(Clone, Copy)]
struct LotEntry {
    name: u64,
    lot_start: u32,
    lot_len: u32,
    recall: u32,
    next: u32,
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

/// Sizes of the registry's structures, from their capacities.
///
/// Hash-map figures are estimates from the capacity std reports and the layout of its
/// table (one control byte per bucket, buckets a power of two, at most 7/8 full).
///
/// # Examples
///
/// ```
/// use legcramps::RecallRegistry;
///
/// let m = RecallRegistry::with_builtins().memory_usage();
/// assert_eq!(m.entries, 13);
/// assert!(m.per_entry().is_some());
/// ```
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[non_exhaustive]
pub struct MemoryUsage {
    /// (NDC, lot) entries in the exact-lot index.
    pub entries: usize,
    /// Bytes of the exact-lot index: the chain-head table plus the entry array.
    pub entry_bytes: usize,
    /// Bytes of lot text (the arena's capacity).
    pub lot_text_bytes: usize,
    /// Bytes of the product table and the range index.
    pub other_index_bytes: usize,
}

impl MemoryUsage {
    /// Index bytes per (NDC, lot) entry, not counting the lot text; `None` when empty.
    pub fn per_entry(&self) -> Option<f64> {
        if self.entries == 0 {
            None
        } else {
            Some(self.entry_bytes as f64 / self.entries as f64)
        }
    }
}

fn map_bytes<V>(capacity: usize) -> usize {
    if capacity == 0 {
        return 0;
    }
    let buckets = if capacity < 8 {
        (capacity + 1).next_power_of_two()
    } else {
        (capacity.saturating_mul(8) / 7).next_power_of_two()
    };
    buckets
        .saturating_mul(size_of::<(u64, V)>() + 1)
        .saturating_add(16)
}

#[derive(Clone, Default)]
pub(crate) struct Index {
    heads: Map<u32>,
    entries: Vec<LotEntry>,
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
            n.entries += if l.ndc.is_some() { 1 } else { targets };
            n.text += l.lot.as_str().len();
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
        let (mut e, mut t, mut r) = (self.entries.len(), self.arena.len(), self.ranges.len());
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
            let (Ok(start), Ok(len)) = (u32::try_from(self.arena.len()), u32::try_from(text.len()))
            else {
                continue;
            };
            self.arena.push_str(text);
            let own;
            let to: &[u64] = match &l.ndc {
                Some(n) => {
                    own = [package_name(n)];
                    &own
                }
                None => targets,
            };
            for &name in to {
                let Ok(at) = u32::try_from(self.entries.len()) else {
                    continue;
                };
                let key = lot_key(product_of(name), text.as_bytes());
                let next = self.heads.insert(key, at).unwrap_or(NIL);
                self.entries.push(LotEntry {
                    name,
                    lot_start: start,
                    lot_len: len,
                    recall: id,
                    next,
                });
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

    fn lot_text(&self, e: &LotEntry) -> &str {
        let start = e.lot_start as usize;
        self.arena
            .get(start..start + e.lot_len as usize)
            .unwrap_or("")
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
        let mut acc = Acc::default();

        let walk = |key_product: u64, acc: &mut Acc| {
            let mut at = self
                .heads
                .get(&lot_key(key_product, bytes))
                .copied()
                .unwrap_or(NIL);
            while let Some(e) = self.entries.get(at as usize) {
                if product_of(e.name) == key_product && self.lot_text(e) == text {
                    if let Some(rel) = relation(e.name, q) {
                        acc.add(e.recall, 0, 0, rel, e.name);
                    }
                }
                at = e.next;
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
            entries: self.entries.len(),
            entry_bytes: map_bytes::<u32>(self.heads.capacity())
                + self.entries.capacity() * size_of::<LotEntry>(),
            lot_text_bytes: self.arena.capacity(),
            other_index_bytes: products + ranges,
        }
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.heads.shrink_to_fit();
        self.entries.shrink_to_fit();
        self.arena.shrink_to_fit();
        self.products.shrink_to_fit();
        self.products.values_mut().for_each(Vec::shrink_to_fit);
        self.range_heads.shrink_to_fit();
        self.range_heads.values_mut().for_each(Vec::shrink_to_fit);
        self.ranges.shrink_to_fit();
    }

    pub(crate) fn entry_count(&self) -> usize {
        self.entries.len()
    }
}

/// What one lookup found for one recall.
struct Found {
    recall: u32,
    /// Best match so far: (lot rank, NDC rank, range index).
    best: Option<(u8, u8, u32)>,
    /// Best near miss so far: (lot rank, range index).
    near: Option<(u8, u32)>,
    /// Names of other packages of the product that carry the lot.
    under: Vec<u64>,
}

#[derive(Default)]
struct Acc {
    found: Vec<Found>,
}

impl Acc {
    fn add(&mut self, recall: u32, lot_rank: u8, range: u32, rel: Rel, name: u64) {
        let i = match self.found.iter().position(|f| f.recall == recall) {
            Some(i) => i,
            None => {
                self.found.push(Found {
                    recall,
                    best: None,
                    near: None,
                    under: Vec::new(),
                });
                self.found.len() - 1
            }
        };
        let Some(f) = self.found.get_mut(i) else {
            return;
        };
        match rel {
            Rel::Package | Rel::Product => {
                let key = (lot_rank, u8::from(rel == Rel::Product), range);
                if f.best.is_none_or(|b| key < b) {
                    f.best = Some(key);
                }
            }
            Rel::OtherPackage | Rel::NoNdc => {
                let key = (lot_rank, range);
                if f.near.is_none_or(|b| key < b) {
                    f.near = Some(key);
                }
                if rel == Rel::OtherPackage && !f.under.contains(&name) {
                    f.under.push(name);
                }
            }
        }
    }

    fn finish(mut self, recalls: &[Recall], ndc: &Ndc) -> RecallCheck {
        let mut check = RecallCheck::default();
        if self.found.is_empty() {
            return check;
        }
        self.found.sort_by_key(|f| f.recall);
        for f in self.found {
            let Some(recall) = recalls.get(f.recall as usize) else {
                continue;
            };
            let basis = |rank: u8, range: u32| match rank {
                0 => LotBasis::ExactLot,
                1 => match recall.lot_ranges.get(range as usize) {
                    Some((first, last)) => LotBasis::LotRange {
                        first: first.clone(),
                        last: last.clone(),
                    },
                    None => LotBasis::AllLots,
                },
                _ => LotBasis::AllLots,
            };
            if let Some((lot_rank, ndc_rank, range)) = f.best {
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
                let mut under: Vec<Ndc> = f
                    .under
                    .iter()
                    .filter_map(|&name| recalled_ndc(recall, name))
                    .collect();
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
    fn names_and_products() {
        let a = package_name(&ndc("0185-0022-01"));
        let b = package_name(&ndc("00185-0022-10"));
        assert_eq!(a & VALUE_MASK, 185_002_201);
        assert_eq!(product_of(a), product_of(b));
        assert_eq!(product_of(a), product_name(&"0185-0022".parse().unwrap()));
        assert!(relation(b, a) == Some(Rel::OtherPackage));
        assert!(relation(product_of(a), a) == Some(Rel::Product));
        assert!(relation(package_name(&ndc("0185-0023-01")), a).is_none());
        // A 12-digit key never collides with an 11-digit one.
        let twelve = package_name(&ndc("123456-0022-01"));
        assert_ne!(
            twelve & VALUE_MASK,
            package_name(&ndc("12345-6002-20")) & VALUE_MASK
        );
    }

    #[test]
    fn map_estimate_is_monotone() {
        assert_eq!(map_bytes::<u32>(0), 0);
        assert!(map_bytes::<u32>(7) <= map_bytes::<u32>(14));
        assert!(map_bytes::<u32>(14) <= map_bytes::<u32>(1000));
    }
}
