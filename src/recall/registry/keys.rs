//! The 64-bit names of the recall index: NDC names, products, and the tags that stand
//! for "no NDC", "several products" and "several names".
//!
//! Every NDC a recall names becomes a *name*: a tag bit and the digits of its canonical
//! key (`00185002201` -> package 185002201). Canonical keys never start with a zero once
//! they reach 12 (or, for products, 10) digits, so the number alone tells the two
//! lengths apart. A package's product is its number divided by 100 (the package code is
//! the last two digits). Recalls that name no NDC use the name [`NO_NDC`].

use crate::recall::ndc::{Ndc, ProductNdc};

/// The digits of a name (at most 12 digits, below 2^40).
const VALUE_MASK: u64 = (1 << 48) - 1;
const TAG_PACKAGE: u64 = 1 << 62;
const TAG_PRODUCT: u64 = 1 << 61;
/// The name (and index key) of a recall that names no NDC.
pub(crate) const NO_NDC: u64 = 1 << 60;
/// The index key of lots whose recall names NDCs of several products.
pub(crate) const WIDE: u64 = 1 << 59;
/// The name in an index entry that applies to every name its recall gives the product.
pub(crate) const MULTI: u64 = 1 << 58;

/// The number the ASCII digits spell (NDC keys are validated digits, so no byte is
/// skipped or checked here).
fn digits_value(s: &[u8]) -> u64 {
    s.iter().fold(0u64, |acc, &b| {
        acc.wrapping_mul(10)
            .wrapping_add(u64::from(b.wrapping_sub(b'0')))
    })
}

pub(crate) fn package_name(n: &Ndc) -> u64 {
    TAG_PACKAGE | digits_value(n.key_digits())
}

pub(crate) fn product_name(p: &ProductNdc) -> u64 {
    TAG_PRODUCT | digits_value(p.key_digits())
}

pub(crate) fn product_of(name: u64) -> u64 {
    if name & TAG_PACKAGE != 0 {
        TAG_PRODUCT | ((name & VALUE_MASK) / 100)
    } else {
        name
    }
}

/// The package code (the last two digits) of a package name; `None` for any other name.
pub(crate) fn package_code(name: u64) -> Option<u8> {
    if name & TAG_PACKAGE != 0 {
        u8::try_from((name & VALUE_MASK) % 100).ok()
    } else {
        None
    }
}

/// Whether `name` names a product (not a package, not a tag).
pub(crate) fn is_product(name: u64) -> bool {
    name & TAG_PRODUCT != 0
}

/// How a recalled name relates to a queried package.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Package,
    Product,
    OtherPackage,
    NoNdc,
}

pub(crate) fn relation(name: u64, query: u64) -> Option<Rel> {
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
        // The tags are apart from every name and product.
        for tag in [NO_NDC, WIDE, MULTI] {
            assert_eq!(tag & (VALUE_MASK | TAG_PACKAGE | TAG_PRODUCT), 0);
        }
    }
}
