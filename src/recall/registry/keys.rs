//! The 64-bit keys of the recall index: NDC names, products, and the hashes of
//! (product, lot) and (product, lot head, length).
//!
//! Every NDC a recall names becomes a *name*: a tag bit and the digits of its canonical
//! key (`00185002201` -> package 185002201). Canonical keys never start with a zero once
//! they reach 12 (or, for products, 10) digits, so the number alone tells the two
//! lengths apart. A package's product is its number divided by 100 (the package code is
//! the last two digits). Recalls that name no NDC use the name [`NO_NDC`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::recall::lot::split_tail;
use crate::recall::ndc::{Ndc, ProductNdc};

pub(crate) const VALUE_MASK: u64 = (1 << 48) - 1;
pub(crate) const TAG_PACKAGE: u64 = 1 << 62;
pub(crate) const TAG_PRODUCT: u64 = 1 << 61;
/// The name of a recall that names no NDC.
pub(crate) const NO_NDC: u64 = 1 << 60;
/// Set on a product-list name when its recall covers all lots.
pub(crate) const ALL_LOTS: u64 = 1 << 63;
/// Set on an entry's name when its lot is stored inside the entry.
pub(crate) const INLINE: u64 = 1 << 59;
pub(crate) const NIL: u32 = u32::MAX;
const RANGE_SALT: u64 = 0x5bd1_e995_2f9b_a3c1;

/// The digits of a canonical key as a number (at most 12 digits, so it fits).
fn digits_value(s: &[u8]) -> u64 {
    s.iter()
        .filter(|b| b.is_ascii_digit())
        .fold(0u64, |acc, &b| {
            acc.wrapping_mul(10).wrapping_add(u64::from(b - b'0'))
        })
}

pub(crate) fn package_name(n: &Ndc) -> u64 {
    TAG_PACKAGE | digits_value(n.key_digits())
}

pub(crate) fn product_name(p: &ProductNdc) -> u64 {
    TAG_PRODUCT | digits_value(p.canonical().as_bytes())
}

/// The product a name belongs to (a product name is its own product).
pub(crate) fn product_of(name: u64) -> u64 {
    if name & TAG_PACKAGE != 0 {
        TAG_PRODUCT | ((name & VALUE_MASK) / 100)
    } else {
        name & !ALL_LOTS
    }
}

/// How a recall's name relates to a queried package name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Package,
    Product,
    OtherPackage,
    NoNdc,
}

pub(crate) fn relation(name: u64, query: u64) -> Option<Rel> {
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

pub(crate) fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |h: u64, word: u64| (h ^ word).wrapping_mul(K).rotate_left(31);
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = step(h, u64::from_le_bytes(word));
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        // The last, short chunk, zero-padded.
        let mut word = [0u8; 8];
        if let Some(head) = word.get_mut(..tail.len()) {
            head.copy_from_slice(tail);
        }
        h = step(h, u64::from_le_bytes(word));
    }
    fmix(h)
}

pub(crate) fn lot_key(product: u64, lot: &[u8]) -> u64 {
    hash_bytes(product, lot)
}

pub(crate) fn range_key(product: u64, lot: &[u8]) -> u64 {
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

pub(crate) type Map<V> = HashMap<u64, V, BuildHasherDefault<MixHasher>>;

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
}
