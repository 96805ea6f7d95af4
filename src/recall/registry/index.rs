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
//! the names under the queried product there (a binary search). Every package of a
//! product shares the key, which is how near misses (same lot, other package) are
//! found in the same probe.
//!
//! The table is `hashbrown`'s `HashTable`, hashed by foldhash with keys drawn per
//! registry from the OS random source (see the `keyed_hash` module): a crafted file
//! cannot aim lots at one bucket, and nothing the registry answers depends on the hash
//! order (answers are sorted by recall id). A lot of up to 16 bytes is stored inside
//! its slot (lot numbers never hold a zero byte, so zero padding marks the end); a
//! longer one lives once in a text arena.
//!
//! **Ranges** are filed under the same keys in a [`RangeTable`], by the head and length
//! of their ends, where a lookup reads only the ranges that may hold the lot. Each
//! recall's **excluded** ranges are filed in a second one under the recall's id, and
//! its excluded lots are binary-searched, so that a match does not read through
//! everything its recall leaves out.
//!
//! **All lots** and the NDC-only listing use maps from product to the names recalls
//! give it; the all-lots map holds only all-lots recalls.
//!
//! A lookup gathers what it finds recall by recall in the `findings` module, which
//! turns it into the answer.

use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::Arc;

use chrono::NaiveDate;
use hashbrown::HashTable;

use super::findings::{Acc, Pos};
use super::keys::{
    MULTI, NO_NDC, Rel, WIDE, is_product, package_code, package_name, product_name, product_of,
    relation,
};
use super::range_table::RangeTable;
use super::recall::{Recall, RecallSource};
use super::recall_check::{NdcBasis, ProductRecall, RecallCheck, RecallId};
use crate::recall::keyed_hash::KeyedHash;
use crate::recall::lot::LotNumber;
use crate::recall::ndc::{Ndc, ProductNdc};
use crate::recall::openfda::RecallStatus;

/// One distinct (key, lot) in the table, with its first hit: 48 bytes, read with one
/// memory access on a lookup (the lot is compared in place, not through a pointer).
#[derive(Clone, Copy)]
struct LotSlot {
    /// What the lot is filed under: a product, [`WIDE`] or [`NO_NDC`].
    key: u64,
    lot: LotKey,
    hit: Hit,
}

/// One recall's claim on a (key, lot): a table slot's first, the rest chained in
/// `Index::hits`, so any number of recalls share a slot at O(1) per insert.
#[derive(Clone, Copy)]
struct Hit {
    /// The one name the lot applies to, or [`MULTI`] | the recall's place in `multi`
    /// (and, under a product, a summary of its names there: see [`summarize`]).
    name: u64,
    recall: u32,
    /// Where `name` is written in the recall.
    pos: Pos,
    /// The next hit in `Index::hits`, or [`END`].
    next: u32,
    /// The lot's expiry as the recall gives it: its place in `Index::expiry`,
    /// [`NO_EXPIRY`] or [`ASK_RECALL`].
    expiry: u32,
}

/// The end of a hit chain.
const END: u32 = u32::MAX;
/// The recall gives the lot no expiry.
pub(super) const NO_EXPIRY: u32 = u32::MAX;
/// Read the expiry from the recall itself (a range or all-lots finding, or the expiry
/// store is full).
pub(super) const ASK_RECALL: u32 = u32::MAX - 1;

/// The expiry text last placed in the store while filing one recall: consecutive lots
/// usually share theirs, so most skip the store's map.
#[derive(Default)]
struct ExpiryTexts<'r> {
    last: Option<(&'r str, u32)>,
}

impl<'r> ExpiryTexts<'r> {
    /// Where `text` is in `index`'s expiry store (see [`Index::store_expiry`]).
    fn place(&mut self, index: &mut Index, text: &'r str) -> u32 {
        match self.last {
            Some((last, at)) if last == text => at,
            _ => {
                let at = index.store_expiry(text);
                self.last = Some((text, at));
                at
            }
        }
    }
}

/// What the ranges of one recall are filed under: every range of a recall shares its
/// key and name, so a range in the table is (its owner's place, its own index in the
/// recall's `lot_ranges`), 8 bytes.
#[derive(Clone, Copy)]
struct RangeOwner {
    key: u64,
    name: u64,
    recall: u32,
    pos: Pos,
}

/// A lot as a table slot holds it: up to 16 bytes in place, zero-padded (lot numbers
/// never hold a zero byte and are never empty, so a first byte of zero marks the other
/// form); a longer lot (or one with a zero byte) as a zero byte and its start and length
/// in the text arena.
#[derive(Clone, Copy, PartialEq, Eq)]
struct LotKey([u8; 16]);

impl LotKey {
    /// The lot in place, when it fits. No byte loop: one copy, then the zero bytes of
    /// the 16 found at once (the padding is zero, so the lot holds none exactly when its
    /// `len` bytes are the non-zero ones). The byte loops were about 60 instructions of
    /// a lookup (callgrind).
    fn inline(bytes: &[u8]) -> Option<LotKey> {
        const LOW7: u128 = u128::from_le_bytes([0x7f; 16]);
        let mut k = [0u8; 16];
        k.get_mut(..bytes.len())?.copy_from_slice(bytes);
        let x = u128::from_le_bytes(k);
        // The top bit of each byte set exactly when the byte is not zero: its low seven
        // bits plus 0x7f carry into it (never beyond), or it was set already.
        let nonzero = (((x & LOW7) + LOW7) | x) & !LOW7;
        // The top bits of the lot's own bytes (none for an empty lot).
        let len = u32::try_from(bytes.len()).ok()?;
        let own = u128::MAX.checked_shr(128 - 8 * len).unwrap_or(0) & !LOW7;
        (own != 0 && nonzero == own).then_some(LotKey(k))
    }

    fn arena(start: u32, len: u32) -> LotKey {
        let mut k = [0u8; 16];
        for (slot, b) in k
            .iter_mut()
            .skip(8)
            .zip(start.to_le_bytes().into_iter().chain(len.to_le_bytes()))
        {
            *slot = b;
        }
        LotKey(k)
    }

    /// (start, length) in the arena, for a lot stored there.
    fn in_arena(&self) -> Option<(usize, usize)> {
        let [0, _, _, _, _, _, _, _, s0, s1, s2, s3, l0, l1, l2, l3] = self.0 else {
            return None;
        };
        let start = u32::from_le_bytes([s0, s1, s2, s3]) as usize;
        let len = u32::from_le_bytes([l0, l1, l2, l3]) as usize;
        Some((start, len))
    }

    /// The lot's bytes.
    fn bytes<'a>(&'a self, arena: &'a str) -> &'a [u8] {
        match self.in_arena() {
            Some((start, len)) => arena
                .as_bytes()
                .get(start..start.saturating_add(len))
                .unwrap_or(&[]),
            None => {
                let len = self.0.iter().position(|&b| b == 0).unwrap_or(16);
                self.0.get(..len).unwrap_or(&[])
            }
        }
    }
}

/// A queried (or inserted) lot, ready to compare with slots.
struct LotQuery<'a> {
    bytes: &'a [u8],
    inline: Option<LotKey>,
}

impl<'a> LotQuery<'a> {
    fn new(bytes: &'a [u8]) -> LotQuery<'a> {
        LotQuery {
            bytes,
            inline: LotKey::inline(bytes),
        }
    }

    /// The table hash of this lot under `key` (as [`slot_hash`] gives its slot).
    fn hash(&self, hasher: &KeyedHash, key: u64) -> u64 {
        match &self.inline {
            Some(k) => inline_hash(hasher, key, k),
            None => long_hash(hasher, key, self.bytes),
        }
    }

    /// Whether `stored` is this lot. A lot that fits in place is always stored in
    /// place, so the two forms never need comparing with each other.
    fn is(&self, arena: &str, stored: &LotKey) -> bool {
        match self.inline {
            Some(k) => k == *stored,
            None => stored.in_arena().is_some() && stored.bytes(arena) == self.bytes,
        }
    }
}

/// A (recall, name, position) triple in the product maps.
type NameRef = (u32, u64, Pos);

/// A multimap from product to [`NameRef`]s without a vector per product (a recall naming
/// 100,000 products must not make 100,000 small allocations): every value is one item
/// of `items`, chained to the next of its product; the table holds the place of each
/// product's newest item and is keyed by the item's own name (a product is
/// `product_of(name)`), so an entry costs 4 bytes of table and 24 of item.
#[derive(Clone, Default)]
struct Chains {
    hasher: KeyedHash,
    heads: HashTable<u32>,
    items: Vec<(NameRef, u32)>,
}

impl Chains {
    fn hash(hasher: &KeyedHash, product: u64) -> u64 {
        hasher.one(product)
    }

    /// Files one recall's values, each under its name's product.
    fn push_all(&mut self, values: impl ExactSizeIterator<Item = NameRef>) {
        // fits() keeps the names below u32::MAX, so no place is END.
        let Ok(base) = u32::try_from(self.items.len()) else {
            return;
        };
        self.items.reserve(values.len());
        let (hasher, items) = (&self.hasher, &self.items);
        self.heads
            .reserve(values.len(), |&i| item_hash(hasher, items, i));
        for (at, value) in (base..).zip(values) {
            self.link(product_of(value.1), value, at);
        }
    }

    /// Adds `value` (of `product`) as item `at`, its product's newest, chained to the
    /// one before.
    fn link(&mut self, product: u64, value: NameRef, at: u32) {
        let hash = Chains::hash(&self.hasher, product);
        let items = &self.items;
        let head = self.heads.find_mut(hash, |&i| {
            items
                .get(i as usize)
                .is_some_and(|(v, _)| product_of(v.1) == product)
        });
        match head {
            Some(head) => {
                self.items.push((value, *head));
                *head = at;
            }
            None => {
                self.items.push((value, END));
                let (hasher, items) = (&self.hasher, &self.items);
                self.heads
                    .insert_unique(hash, at, |&i| item_hash(hasher, items, i));
            }
        }
    }

    fn get(&self, product: u64) -> impl Iterator<Item = NameRef> + '_ {
        let head = self
            .heads
            .find(Chains::hash(&self.hasher, product), |&i| {
                self.items
                    .get(i as usize)
                    .is_some_and(|(v, _)| product_of(v.1) == product)
            })
            .copied();
        let mut next = head.and_then(|i| self.items.get(i as usize)).copied();
        std::iter::from_fn(move || {
            let (value, after) = next?;
            next = self.items.get(after as usize).copied();
            Some(value)
        })
    }

    fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    fn shrink_to_fit(&mut self) {
        self.items.shrink_to_fit();
        let (hasher, items) = (&self.hasher, &self.items);
        self.heads.shrink_to_fit(|&i| item_hash(hasher, items, i));
    }
}

/// The hash of the product of `items[i]` (for the table's rehashing).
fn item_hash(hasher: &KeyedHash, items: &[(NameRef, u32)], i: u32) -> u64 {
    let product = items.get(i as usize).map_or(0, |(v, _)| product_of(v.1));
    Chains::hash(hasher, product)
}

#[derive(Clone, Default)]
pub(crate) struct Index {
    hasher: KeyedHash,
    lots: HashTable<LotSlot>,
    /// The hits after each slot's first.
    hits: Vec<Hit>,
    arena: String,
    /// The recalled lot ranges, by (key, head, length), as (place in `range_owners`,
    /// place in the recall's `lot_ranges`).
    ranges: RangeTable<(u32, u32)>,
    /// One per recall with lot ranges.
    range_owners: Vec<RangeOwner>,
    /// The lot ranges each recall leaves out, as (recall, place in its
    /// `excluded_ranges`) under the recall's id.
    excluded: RangeTable<(u32, u32)>,
    /// The names of recalls whose hits say [`MULTI`]: per recall a header (the count,
    /// as a name) and then its names sorted by product. A [`MULTI`] hit holds the
    /// header's index in its low 32 bits.
    multi: Vec<(u64, Pos)>,
    /// product -> every name recalls give it.
    products: Chains,
    /// product -> the names all-lots recalls give it.
    all_lots: Chains,
    /// Lot expiry texts the hits point to, by place, each distinct text once; an
    /// answer shares them (an `Arc` clone, no allocation). Few distinct texts (dates),
    /// so the ones a lookup reads stay in cache.
    expiry: Vec<Arc<str>>,
    /// Each text of `expiry` -> its place.
    expiry_places: HashMap<Arc<str>, u32>,
    /// Per recall, by id: what an answer needs from it besides the index.
    briefs: Vec<Brief>,
    /// Lot and range entries filed under [`WIDE`] and [`NO_NDC`] (lookups skip those
    /// probes when there are none).
    wide_entries: usize,
    no_ndc_entries: usize,
    entries: usize,
}

/// What a lookup's answer needs from a recall, kept beside the index (24 bytes per
/// recall) so that a plain match, and a near miss of a recall naming one package, never
/// read the recall itself.
#[derive(Clone, Copy)]
pub(super) struct Brief {
    pub(super) termination: Option<NaiveDate>,
    /// The recall's package NDC when it names exactly one (`ndcs[0]`).
    pub(super) only_ndc: Option<Ndc>,
    status: u8,
    /// The answer needs the recall: it leaves lots out, has unconfirmed NDC readings, is
    /// built in (lot notes) or has a status other than the three known ones.
    pub(super) ask_recall: bool,
}

impl Brief {
    fn of(recall: &Recall) -> Brief {
        let d = &recall.detail;
        let (status, other) = match &recall.status {
            None => (0, false),
            Some(RecallStatus::Ongoing) => (1, false),
            Some(RecallStatus::Completed) => (2, false),
            Some(RecallStatus::Terminated) => (3, false),
            Some(_) => (0, true),
        };
        Brief {
            termination: d.termination_date,
            only_ndc: match recall.ndcs.as_slice() {
                [one] => Some(*one),
                _ => None,
            },
            status,
            ask_recall: other
                || !d.excluded_lots.is_empty()
                || !d.excluded_ranges.is_empty()
                || !d.unconfirmed_ndcs.is_empty()
                || matches!(recall.source, RecallSource::Builtin(_)),
        }
    }

    /// The recall's status (only when `ask_recall` is false).
    pub(super) fn status(self) -> Option<RecallStatus> {
        match self.status {
            1 => Some(RecallStatus::Ongoing),
            2 => Some(RecallStatus::Completed),
            3 => Some(RecallStatus::Terminated),
            _ => None,
        }
    }
}

/// The names a recall gives, each once (its first position kept), sorted by name: one
/// sort instead of a hash-set probe per name, which missed the cache for every name of
/// a recall naming tens of thousands.
fn names_of(recall: &Recall) -> Vec<(u64, Pos)> {
    let n = recall.ndcs.len().saturating_add(recall.product_ndcs.len());
    let mut out = Vec::with_capacity(n);
    let packages = recall
        .ndcs
        .iter()
        .enumerate()
        .map(|(i, n)| (package_name(n), Pos::ndc(i)));
    let products = recall
        .product_ndcs
        .iter()
        .map(|p| (product_name(p), Pos::NONE));
    out.extend(packages.chain(products));
    // By name, then position: the first of each name is its first position.
    out.sort_unstable();
    out.dedup_by_key(|(name, _)| *name);
    out
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
    /// Whether recalls with these sizes still fit the 32-bit positions.
    pub(crate) fn fits<'a>(
        &self,
        recalls: impl IntoIterator<Item = &'a Recall>,
    ) -> Result<(), &'static str> {
        let limit = (u32::MAX - 1) as usize;
        let mut text = self.arena.len();
        let mut hits = self.hits.len();
        let mut multi = self.multi.len();
        let mut range_text = self
            .ranges
            .text_len()
            .saturating_add(self.excluded.text_len());
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
                let bytes = l.lot.as_str().as_bytes();
                if LotKey::inline(bytes).is_none() {
                    text = text.saturating_add(bytes.len());
                }
            }
            let ranges = recall
                .lot_ranges
                .iter()
                .chain(&recall.detail.excluded_ranges);
            let ends = ranges.map(|(a, b)| a.as_str().len().saturating_add(b.as_str().len()));
            range_text = ends.fold(range_text, usize::saturating_add);
        }
        if hits > limit {
            Err("recalled lots")
        } else if multi > limit {
            Err("NDCs")
        } else if text > limit {
            Err("bytes of lot text")
        } else if range_text > limit {
            Err("bytes of lot range ends")
        } else {
            Ok(())
        }
    }

    /// Files one recall. The caller has checked [`fits`](Self::fits) and that `id` is
    /// the next id (the recall's position); `earlier` are the recalls filed before.
    pub(crate) fn insert(&mut self, id: u32, recall: &Recall, earlier: &[Recall]) {
        self.briefs.push(Brief::of(recall));
        let names = names_of(recall);
        let refs = || names.iter().map(|&(name, pos)| (id, name, pos));
        self.products.push_all(refs());
        if recall.all_lots {
            self.all_lots.push_all(refs());
        }
        let (key, mut name, pos) = target(&names);
        if name == MULTI {
            // fits() has checked that the list fits u32 positions.
            name |= u32::try_from(self.multi.len()).map_or(0, u64::from);
            if key != WIDE {
                name |= summarize(&names);
            }
            self.multi.reserve_exact(names.len().saturating_add(1));
            self.multi.push((names.len() as u64, Pos::NONE));
            let from = self.multi.len();
            self.multi.extend_from_slice(&names);
            if let Some(list) = self.multi.get_mut(from..) {
                list.sort_by_key(|&(n, _)| product_of(n));
            }
        }
        // The names are filed: free them before the lot table grows.
        drop(names);
        let (hasher, arena) = (&self.hasher, &self.arena);
        self.lots
            .reserve(recall.lots.len(), |s| slot_hash(hasher, arena, s));
        // A lot with its own package looks its expiry up (few do); the others get
        // theirs from one pass over the recall's expiry list (`date_lots`).
        let mut expiries = ExpiryTexts::default();
        for (i, l) in recall.lots.iter().enumerate() {
            let (key, name, pos, expiry) = match &l.ndc {
                Some(n) => {
                    let own = package_name(n);
                    let text = recall.detail.sorted_expiry_of(&l.lot);
                    let expiry = text.map_or(NO_EXPIRY, |t| expiries.place(self, t));
                    (product_of(own), own, Pos::own(i), expiry)
                }
                None => (key, name, pos, NO_EXPIRY),
            };
            self.insert_lot(id, key, name, pos, l.lot.as_str(), expiry);
        }
        self.date_lots(id, key, recall, &mut expiries);
        self.insert_ranges(id, recall, earlier, (key, name, pos));
    }

    /// Gives the lots recall `id` filed under `key` (those without their own package)
    /// the expiries its `lot_expiry` lists (sorted: of two entries for a lot, the
    /// first counts): one probe per listed lot. A binary search of the list per filed
    /// lot missed the cache about 20 times per lot in a record of a million dated lots.
    /// The recall's hits on a slot are its head or come right after it (`insert_lot`
    /// chains each new hit there), so only that run of the chain is read.
    fn date_lots<'r>(
        &mut self,
        id: u32,
        key: u64,
        recall: &'r Recall,
        expiries: &mut ExpiryTexts<'r>,
    ) {
        let mut previous: Option<&LotNumber> = None;
        for (lot, text) in &recall.detail.lot_expiry {
            if previous == Some(lot) {
                continue;
            }
            previous = Some(lot);
            let expiry = expiries.place(self, text);
            let q = LotQuery::new(lot.as_str().as_bytes());
            let hash = q.hash(&self.hasher, key);
            let arena = &self.arena;
            let Some(slot) = self
                .lots
                .find_mut(hash, |s| s.key == key && q.is(arena, &s.lot))
            else {
                continue;
            };
            if slot.hit.recall == id {
                slot.hit.expiry = expiry;
            }
            let mut next = slot.hit.next;
            while let Some(hit) = self.hits.get_mut(next as usize).filter(|h| h.recall == id) {
                hit.expiry = expiry;
                next = hit.next;
            }
        }
    }

    /// Files the lot ranges of recall `id` under the key and name its lots without
    /// their own package have, and the ranges it leaves out under its id.
    fn insert_ranges(
        &mut self,
        id: u32,
        recall: &Recall,
        earlier: &[Recall],
        (key, name, pos): (u64, u64, Pos),
    ) {
        // Sealing may sort entries of recalls filed before.
        let recall_of = |r: u32| {
            if r == id {
                Some(recall)
            } else {
                earlier.get(r as usize)
            }
        };
        // fits() keeps the recalls, and so their owners, below u32::MAX.
        let owner = u32::try_from(self.range_owners.len()).ok();
        if let Some(owner) = owner.filter(|_| !recall.lot_ranges.is_empty()) {
            self.range_owners.push(RangeOwner {
                key,
                name,
                recall: id,
                pos,
            });
            for (range, (first, last)) in (0..).zip(&recall.lot_ranges) {
                self.ranges
                    .push(key, (bytes(first), bytes(last)), (owner, range));
                self.count_key(key);
            }
        }
        let owners = &self.range_owners;
        self.ranges.seal(|&(owner, range)| {
            let recall = recall_of(owners.get(owner as usize)?.recall)?;
            let (first, last) = recall.lot_ranges.get(range as usize)?;
            Some((bytes(first), bytes(last)))
        });
        for (range, (first, last)) in (0..).zip(&recall.detail.excluded_ranges) {
            self.excluded
                .push(u64::from(id), (bytes(first), bytes(last)), (id, range));
        }
        self.excluded.seal(|&(r, range)| {
            let (first, last) = recall_of(r)?.detail.excluded_ranges.get(range as usize)?;
            Some((bytes(first), bytes(last)))
        });
    }

    /// Whether recall `id` (`recall`, its lists sorted: see `RecallDetail::sort_lists`)
    /// leaves `lot` out: a binary search of its excluded lots, and only those of its
    /// excluded ranges that may hold the lot.
    pub(super) fn excludes(&self, id: u32, recall: &Recall, lot: &LotNumber) -> bool {
        let d = &recall.detail;
        let mut out = d.excluded_lots.binary_search(lot).is_ok();
        self.excluded
            .candidates(u64::from(id), bytes(lot), |(r, range)| {
                let holds = |(a, b): &(LotNumber, LotNumber)| lot.in_range(a, b);
                out = out || (r == id && d.excluded_ranges.get(range as usize).is_some_and(holds));
            });
        out
    }

    /// Where `text` is in the expiry store (stored once), or [`ASK_RECALL`] when the
    /// store is full.
    fn store_expiry(&mut self, text: &str) -> u32 {
        if let Some(&at) = self.expiry_places.get(text) {
            return at;
        }
        match u32::try_from(self.expiry.len()) {
            Ok(at) if at < ASK_RECALL => {
                let shared: Arc<str> = Arc::from(text);
                self.expiry.push(Arc::clone(&shared));
                self.expiry_places.insert(shared, at);
                at
            }
            _ => ASK_RECALL,
        }
    }

    /// The expiry text stored at `at`.
    pub(super) fn expiry_at(&self, at: u32) -> Option<&Arc<str>> {
        self.expiry.get(at as usize)
    }

    /// What an answer needs from recall `id`.
    pub(super) fn brief(&self, id: u32) -> Option<Brief> {
        self.briefs.get(id as usize).copied()
    }

    fn insert_lot(&mut self, id: u32, key: u64, name: u64, pos: Pos, text: &str, expiry: u32) {
        let q = LotQuery::new(text.as_bytes());
        let hash = q.hash(&self.hasher, key);
        let hit = Hit {
            name,
            recall: id,
            pos,
            next: END,
            expiry,
        };
        let arena = &self.arena;
        if let Some(slot) = self
            .lots
            .find_mut(hash, |s| s.key == key && q.is(arena, &s.lot))
        {
            // fits() has checked that the hits fit u32 positions.
            let at = u32::try_from(self.hits.len()).unwrap_or(END);
            self.hits.push(Hit {
                next: slot.hit.next,
                ..hit
            });
            slot.hit.next = at;
        } else {
            let lot = match q.inline {
                Some(k) => k,
                None => {
                    let (Ok(start), Ok(len)) =
                        (u32::try_from(self.arena.len()), u32::try_from(text.len()))
                    else {
                        return;
                    };
                    self.arena.push_str(text);
                    LotKey::arena(start, len)
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
        expiry: u32,
    ) {
        if key == NO_NDC {
            acc.add(recall, rank, range, Rel::NoNdc, pos, expiry);
        } else if name & MULTI != 0 {
            let settled = if key == WIDE {
                None
            } else {
                summary_relation(name, q)
            };
            if let Some(rel) = settled {
                // The recall names the package (or, all its names known, the product):
                // that decides it, whatever its other packages.
                acc.add(recall, rank, range, rel, Pos::NONE, expiry);
                return;
            }
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
                    acc.add(recall, rank, range, rel, p, expiry);
                }
            }
        } else if let Some(rel) = relation(name, q) {
            acc.add(recall, rank, range, rel, pos, expiry);
        }
    }

    /// The full (NDC, lot) lookup, answer completed; see `RecallRegistry::lookup` for
    /// the rules.
    pub(crate) fn lookup(&self, recalls: &[Recall], ndc: &Ndc, lot: &LotNumber) -> RecallCheck {
        let q = package_name(ndc);
        let product = product_of(q);
        let lq = LotQuery::new(lot.as_str().as_bytes());
        let mut acc = Acc::default();

        let keys = [
            Some(product),
            (self.wide_entries > 0).then_some(WIDE),
            (self.no_ndc_entries > 0).then_some(NO_NDC),
        ];
        for key in keys.into_iter().flatten() {
            let slot = self.lots.find(lq.hash(&self.hasher, key), |s| {
                s.key == key && lq.is(&self.arena, &s.lot)
            });
            if let Some(slot) = slot {
                let mut hit = Some(&slot.hit);
                while let Some(h) = hit {
                    self.relate(&mut acc, q, (key, h.name, h.recall, h.pos), 0, 0, h.expiry);
                    hit = self.hits.get(h.next as usize);
                }
            }
            self.ranges.candidates(key, lq.bytes, |(owner, range)| {
                let Some(&o) = self.range_owners.get(owner as usize) else {
                    return;
                };
                let ends = recalls
                    .get(o.recall as usize)
                    .and_then(|r| r.lot_ranges.get(range as usize));
                if o.key == key && ends.is_some_and(|(first, last)| lot.in_range(first, last)) {
                    self.relate(
                        &mut acc,
                        q,
                        (key, o.name, o.recall, o.pos),
                        1,
                        range,
                        ASK_RECALL,
                    );
                }
            });
        }
        if !self.all_lots.is_empty() {
            for (recall, name, pos) in self.all_lots.get(product) {
                if let Some(rel) = relation(name, q) {
                    acc.add(recall, 2, 0, rel, pos, ASK_RECALL);
                }
            }
        }
        acc.finish(self, recalls, ndc, lot)
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        let (hasher, arena) = (&self.hasher, &self.arena);
        self.lots.shrink_to_fit(|s| slot_hash(hasher, arena, s));
        self.hits.shrink_to_fit();
        self.ranges.shrink_to_fit();
        self.range_owners.shrink_to_fit();
        self.excluded.shrink_to_fit();
        self.arena.shrink_to_fit();
        self.expiry.shrink_to_fit();
        self.expiry_places.shrink_to_fit();
        self.briefs.shrink_to_fit();
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

/// A lot's bytes.
fn bytes(lot: &LotNumber) -> &[u8] {
    lot.as_str().as_bytes()
}

fn slot_hash(hasher: &KeyedHash, arena: &str, s: &LotSlot) -> u64 {
    match s.lot.in_arena() {
        None => inline_hash(hasher, s.key, &s.lot),
        Some(_) => long_hash(hasher, s.key, s.lot.bytes(arena)),
    }
}

/// Bits 32.. of a [`MULTI`] name filed under a product: up to three package codes of
/// the recall's names there (each plus one, 7 bits), whether it names the product
/// itself, and whether that is all of its names.
const SUMMARY_SHIFT: u32 = 32;
const SUMMARY_CODES: usize = 3;
const PRODUCT_NAMED: u64 = 1 << 53;
const ALL_NAMES: u64 = 1 << 54;

/// The summary bits of the names (all under one product) of a [`MULTI`] recall.
fn summarize(names: &[(u64, Pos)]) -> u64 {
    let mut bits = 0u64;
    let mut codes = 0usize;
    let mut all = true;
    for &(n, _) in names {
        match package_code(n) {
            Some(code) if codes < SUMMARY_CODES => {
                bits |= (u64::from(code) + 1) << (SUMMARY_SHIFT + 7 * codes as u32);
                codes += 1;
            }
            Some(_) => all = false,
            None if is_product(n) => bits |= PRODUCT_NAMED,
            None => all = false,
        }
    }
    if all { bits | ALL_NAMES } else { bits }
}

/// What the summary of a [`MULTI`] name filed under `q`'s product settles: the queried
/// package is named, or (all names known, the package not among them) the product is.
/// `None` when the names themselves must be read.
fn summary_relation(name: u64, q: u64) -> Option<Rel> {
    let code = u64::from(package_code(q)?) + 1;
    let named = (0..SUMMARY_CODES as u32).any(|i| (name >> (SUMMARY_SHIFT + 7 * i)) & 0x7f == code);
    if named {
        Some(Rel::Package)
    } else if name & ALL_NAMES != 0 && name & PRODUCT_NAMED != 0 {
        Some(Rel::Product)
    } else {
        None
    }
}

/// The hash of (key, lot) for a lot held in place: the key and the 16 bytes of the slot
/// as two words (the same lot always gives the same 16 bytes, so slots and queries
/// agree).
fn inline_hash(hasher: &KeyedHash, key: u64, lot: &LotKey) -> u64 {
    let mut h = hasher.hasher();
    h.write_u64(key);
    h.write_u128(u128::from_le_bytes(lot.0));
    h.finish()
}

/// The hash of (key, lot) for a lot held in the arena.
fn long_hash(hasher: &KeyedHash, key: u64, lot: &[u8]) -> u64 {
    let mut h = hasher.hasher();
    h.write_u64(key);
    h.write(lot);
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
            detail: Default::default(),
        }
    }

    #[test]
    fn lot_comparison_inline_and_in_the_arena() {
        let n = ndc("12345-678-90");
        let mut index = Index::default();
        // 8, 9 and 16 bytes fit in the slot; 17 and 20 go to the arena. The 8-byte lot
        // ending in a non-ASCII byte (É is C3 89) must not be read as an arena place.
        let stored = [
            "ABCDEFGH",
            "ABCDEFGHI",
            "ABCDEFGHIJKLMNOP",
            "ABCDEFGHIJKLMNOPQ",
            "81801504002012345678",
            "ABCDEFÉ",
        ];
        index.insert(0, &recall(vec![n], &stored), &[]);
        let find = |s: &str| {
            let q = LotQuery::new(s.as_bytes());
            index
                .lots
                .iter()
                .filter(|k| q.is(&index.arena, &k.lot))
                .count()
        };
        for s in stored {
            assert_eq!(find(s), 1, "{s}");
        }
        for s in [
            "ABCDEFG",
            "ABCDEFGHJ",
            "ABCDEFGHIJKLMNO",
            "ABCDEFGHIJKLMNOPR",
            "ABCDEFÈ",
        ] {
            assert_eq!(find(s), 0, "{s}");
        }
        // Only the two lots over 16 bytes are in the arena, once each.
        assert_eq!(index.arena, "ABCDEFGHIJKLMNOPQ81801504002012345678");
        // Every stored lot reads back as its bytes (the table rehashes with them).
        let mut back: Vec<&[u8]> = index
            .lots
            .iter()
            .map(|s| s.lot.bytes(&index.arena))
            .collect();
        back.sort();
        let mut want: Vec<&[u8]> = stored.iter().map(|s| s.as_bytes()).collect();
        want.sort();
        assert_eq!(back, want);
    }

    #[test]
    fn summary_settles_package_and_product() {
        let q = package_name(&ndc("12345-678-90"));
        let sibling = package_name(&ndc("12345-678-91"));
        let product = product_of(q);
        let names =
            |list: &[u64]| -> Vec<(u64, Pos)> { list.iter().map(|&n| (n, Pos::NONE)).collect() };
        let m = |list: &[u64]| MULTI | summarize(&names(list));
        // The package among the inline codes: a package match.
        assert!(summary_relation(m(&[sibling, q]), q) == Some(Rel::Package));
        // Not named, but the product is and every name is known: a product match.
        assert!(summary_relation(m(&[sibling, product]), q) == Some(Rel::Product));
        // Only a sibling: the names must be read (near miss bookkeeping).
        assert!(summary_relation(m(&[sibling, package_name(&ndc("12345-678-92"))]), q).is_none());
        // More packages than the summary holds: the fourth is not known from it.
        let more: Vec<u64> = (0..4)
            .map(|i| package_name(&ndc(&format!("12345-678-{:02}", 10 + i))))
            .collect();
        assert!(summary_relation(m(&more), more[3]).is_none());
        assert!(summary_relation(m(&more), more[2]) == Some(Rel::Package));
        let mut with_product = more.clone();
        with_product.push(product);
        // Not all names are known, so the product alone settles nothing.
        assert!(summary_relation(m(&with_product), q).is_none());
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
        index.insert(0, &recall(ndcs, &lots), &[]);
        assert_eq!(index.entry_count(), 40);
        assert_eq!(index.wide_entries, 40);
    }

    #[test]
    fn a_recall_of_thousands_finds_every_product_and_lot() {
        // Each product is found under its own head (one recall names them all, so each
        // query lists recall 0 once) and each lot under every package (filed under WIDE).
        let n = 5_000;
        let ndcs: Vec<Ndc> = (0..n).map(|i| ndc(&format!("99999-{i:04}-01"))).collect();
        let lots: Vec<String> = (0..n).map(|i| format!("ZQ{i}")).collect();
        let lots: Vec<&str> = lots.iter().map(String::as_str).collect();
        let r = recall(ndcs.clone(), &lots);
        let mut index = Index::default();
        index.insert(0, &r, &[]);
        assert_eq!(index.entry_count(), n);
        let recalls = [r];
        for (q, lot) in ndcs.iter().zip(&lots) {
            assert_eq!(index.recalls_for(q).len(), 1, "{q}");
            let check = index.lookup(&recalls, q, &lot.parse().unwrap());
            assert_eq!(check.matches.len(), 1, "{q} {lot}");
        }
    }
}
