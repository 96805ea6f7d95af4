//! Reading NDCs from strings: the split of a written string into segments, and
//! `FromStr`, `TryFrom` and `Deserialize` for [`Ndc`] and [`ProductNdc`].

use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use super::code::{Ndc, NdcError, ProductNdc};
use super::layout::{NdcLayout, PACKAGE_LAYOUTS, PRODUCT_LAYOUTS, ProductNdcLayout};

/// What a string split on hyphens looks like, shared by [`Ndc`] and [`ProductNdc`].
pub(super) enum Shape<'a> {
    Bare(&'a str),
    Product(ProductNdcLayout, &'a str, &'a str),
    Package(NdcLayout, &'a str, &'a str, &'a str),
}

pub(super) fn shape(value: &str) -> Result<Shape<'_>, NdcError> {
    let s = value.trim();
    if s.is_empty() {
        return Err(NdcError::Empty {
            value: crate::error::echo(value),
        });
    }
    if let Some(ch) = s.chars().find(|c| !c.is_ascii_digit() && *c != '-') {
        return Err(NdcError::InvalidChar {
            value: crate::error::echo(value),
            ch,
        });
    }
    // The segment lengths, as the error writes them (only made for an error).
    let grouping = || {
        s.split('-')
            .map(|p| p.len().to_string())
            .collect::<Vec<_>>()
            .join("-")
    };
    let wrong = |expected| NdcError::WrongGrouping {
        value: crate::error::echo(value),
        grouping: crate::error::echo(&grouping()),
        expected,
    };
    // Up to four segments, without a `Vec`: a fourth is no layout.
    let mut split = s.split('-');
    match [split.next(), split.next(), split.next(), split.next()] {
        [Some(bare), None, ..] => Ok(Shape::Bare(bare)),
        [Some(lab), Some(prod), None, _] => ProductNdcLayout::from_segments(lab.len(), prod.len())
            .map(|l| Shape::Product(l, lab, prod))
            .ok_or_else(|| wrong(PRODUCT_LAYOUTS)),
        [Some(lab), Some(prod), Some(pack), None] => {
            NdcLayout::from_segments(lab.len(), prod.len(), pack.len())
                .map(|l| Shape::Package(l, lab, prod, pack))
                .ok_or_else(|| wrong(PACKAGE_LAYOUTS))
        }
        _ => Err(wrong(PACKAGE_LAYOUTS)),
    }
}

impl FromStr for Ndc {
    type Err = NdcError;

    /// Parses a package code in any written form; surrounding whitespace is ignored.
    ///
    /// # Errors
    ///
    /// - [`NdcError::Empty`]: nothing but whitespace;
    /// - [`NdcError::InvalidChar`]: anything but digits and hyphens;
    /// - [`NdcError::WrongLength`]: hyphen-less and not 10, 11 or 12 digits;
    /// - [`NdcError::Ambiguous`]: hyphen-less 10 digits (see [`Ndc::candidates`]);
    /// - [`NdcError::ProductOnly`]: a labeler-product code (see [`ProductNdc`]);
    /// - [`NdcError::WrongGrouping`]: hyphenated segments in no NDC layout.
    fn from_str(value: &str) -> Result<Ndc, NdcError> {
        match shape(value)? {
            Shape::Package(layout, lab, prod, pack) => Ok(Ndc::build(layout, lab, prod, pack)),
            Shape::Product(layout, lab, prod) => Err(NdcError::ProductOnly {
                value: crate::error::echo(value),
                product: ProductNdc::build(layout, lab, prod),
            }),
            Shape::Bare(d) => match d.len() {
                10 => match Ndc::ten_digit_readings(d) {
                    Some(candidates) => Err(NdcError::Ambiguous {
                        value: crate::error::echo(value),
                        candidates,
                    }),
                    None => Err(NdcError::Empty {
                        value: crate::error::echo(value),
                    }),
                },
                11 | 12 => {
                    let lab_len = d.len() - 6;
                    let layout = if lab_len == 5 {
                        NdcLayout::L5_4_2
                    } else {
                        NdcLayout::L6_4_2
                    };
                    let (lab, rest) = d.split_at_checked(lab_len).unwrap_or((d, ""));
                    let (prod, pack) = rest.split_at_checked(4).unwrap_or((rest, ""));
                    Ok(Ndc::build(layout, lab, prod, pack))
                }
                n => Err(NdcError::WrongLength {
                    value: crate::error::echo(value),
                    digits: n,
                    expected: "10, 11 or 12 digits",
                }),
            },
        }
    }
}

impl TryFrom<&str> for Ndc {
    type Error = NdcError;

    fn try_from(s: &str) -> Result<Ndc, NdcError> {
        s.parse()
    }
}

impl<'de> Deserialize<'de> for Ndc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ndc, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl FromStr for ProductNdc {
    type Err = NdcError;

    /// Parses `labeler-product`; surrounding whitespace is ignored.
    ///
    /// # Errors
    ///
    /// [`NdcError::Empty`], [`NdcError::InvalidChar`] as for [`Ndc`];
    /// [`NdcError::HasPackage`] for a full package code; [`NdcError::WrongGrouping`] for
    /// segments in no product layout, and for a hyphen-less string (product codes are
    /// only accepted with their hyphen, since 8 bare digits fit both 4-4 and 5-3).
    fn from_str(value: &str) -> Result<ProductNdc, NdcError> {
        match shape(value)? {
            Shape::Product(layout, lab, prod) => Ok(ProductNdc::build(layout, lab, prod)),
            Shape::Package(layout, lab, prod, pack) => Err(NdcError::HasPackage {
                value: crate::error::echo(value),
                ndc: Ndc::build(layout, lab, prod, pack),
            }),
            Shape::Bare(d) => Err(NdcError::WrongGrouping {
                value: crate::error::echo(value),
                grouping: d.len().to_string(),
                expected: PRODUCT_LAYOUTS,
            }),
        }
    }
}

impl TryFrom<&str> for ProductNdc {
    type Error = NdcError;

    fn try_from(s: &str) -> Result<ProductNdc, NdcError> {
        s.parse()
    }
}

impl<'de> Deserialize<'de> for ProductNdc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ProductNdc, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
