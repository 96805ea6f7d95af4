//! How an NDC is written: the package layouts, the split of a written string into
//! segments (shared by [`Ndc`] and [`ProductNdc`]), and the errors for strings that fit
//! no layout.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::ndc::Ndc;
use super::ndc_product::{ProductNdc, ProductNdcLayout};

/// How the segments of a package [`Ndc`] were written.
///
/// The names give the digit counts of labeler, product and package code.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{Ndc, NdcLayout};
///
/// let ndc: Ndc = "51655-089-52".parse()?;
/// assert_eq!(ndc.layout(), NdcLayout::L5_3_2);
/// assert_eq!(NdcLayout::L5_3_2.to_string(), "5-3-2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NdcLayout {
    /// 10 digits: 4-digit labeler, 4-digit product, 2-digit package (`0185-0022-01`).
    L4_4_2,
    /// 10 digits: 5-digit labeler, 3-digit product, 2-digit package (`51655-089-52`).
    L5_3_2,
    /// 10 digits: 5-digit labeler, 4-digit product, 1-digit package (`58118-1397-3`).
    L5_4_1,
    /// 11 digits, the padded HIPAA billing form (`00185-0022-01` or `00185002201`).
    L5_4_2,
    /// 12 digits, the uniform layout of FDA's 2026 final rule (`000185-0022-01`).
    L6_4_2,
}

impl NdcLayout {
    /// Every package layout, in the order the candidates of a bare 10-digit string are
    /// listed (the three 10-digit layouts first).
    pub const ALL: [NdcLayout; 5] = [
        NdcLayout::L4_4_2,
        NdcLayout::L5_3_2,
        NdcLayout::L5_4_1,
        NdcLayout::L5_4_2,
        NdcLayout::L6_4_2,
    ];

    /// The digit counts of the labeler, product and package segments.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::NdcLayout;
    ///
    /// assert_eq!(NdcLayout::L5_4_1.segments(), (5, 4, 1));
    /// ```
    pub const fn segments(self) -> (usize, usize, usize) {
        match self {
            NdcLayout::L4_4_2 => (4, 4, 2),
            NdcLayout::L5_3_2 => (5, 3, 2),
            NdcLayout::L5_4_1 => (5, 4, 1),
            NdcLayout::L5_4_2 => (5, 4, 2),
            NdcLayout::L6_4_2 => (6, 4, 2),
        }
    }

    /// The total number of digits (10, 11 or 12).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::NdcLayout;
    ///
    /// assert_eq!(NdcLayout::L4_4_2.digits(), 10);
    /// assert_eq!(NdcLayout::L6_4_2.digits(), 12);
    /// ```
    pub const fn digits(self) -> usize {
        let (a, b, c) = self.segments();
        a + b + c
    }

    pub(super) fn from_segments(a: usize, b: usize, c: usize) -> Option<NdcLayout> {
        NdcLayout::ALL
            .into_iter()
            .find(|l| l.segments() == (a, b, c))
    }
}

impl fmt::Display for NdcLayout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b, c) = self.segments();
        write!(f, "{a}-{b}-{c}")
    }
}

/// Why a string is not a valid [`Ndc`] or [`ProductNdc`].
///
/// Every message names the value that was rejected.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{Ndc, NdcError};
///
/// let err = "018500220".parse::<Ndc>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid NDC "018500220": 9 digits; a hyphen-less NDC has 10, 11 or 12 digits"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NdcError {
    /// The string is empty or only whitespace.
    #[error("invalid NDC {value:?}: empty")]
    Empty {
        /// The rejected input.
        value: String,
    },
    /// The string holds a character other than an ASCII digit or a hyphen.
    #[error("invalid NDC {value:?}: {ch:?} is not a digit or a hyphen")]
    InvalidChar {
        /// The rejected input.
        value: String,
        /// The first offending character.
        ch: char,
    },
    /// A hyphen-less string of the wrong length.
    #[error("invalid NDC {value:?}: {digits} digits; a hyphen-less NDC has {expected}")]
    WrongLength {
        /// The rejected input.
        value: String,
        /// How many digits it has.
        digits: usize,
        /// What was expected, in words.
        expected: &'static str,
    },
    /// Hyphenated segments in a layout that no NDC uses.
    #[error("invalid NDC {value:?}: segments {grouping} are not {expected}")]
    WrongGrouping {
        /// The rejected input.
        value: String,
        /// The digit counts of the segments as written, e.g. `4-3-2`.
        grouping: String,
        /// The layouts that are accepted, in words.
        expected: &'static str,
    },
    /// A hyphen-less 10-digit string: it fits 4-4-2, 5-3-2 and 5-4-1 alike.
    #[error(
        "ambiguous NDC {value:?}: 10 digits without hyphens could be {}, {} or {}",
        candidates[0], candidates[1], candidates[2]
    )]
    Ambiguous {
        /// The rejected input.
        value: String,
        /// The code read in each 10-digit layout: 4-4-2, 5-3-2, 5-4-1.
        candidates: [Ndc; 3],
    },
    /// A labeler-product code where a package code was expected.
    #[error("invalid NDC {value:?}: labeler-product only, no package code")]
    ProductOnly {
        /// The rejected input.
        value: String,
        /// The product code that was read.
        product: ProductNdc,
    },
    /// A three-segment package code where a labeler-product code was expected.
    #[error("invalid product NDC {value:?}: has a package code")]
    HasPackage {
        /// The rejected input.
        value: String,
        /// The package code that was read.
        ndc: Ndc,
    },
}

pub(super) const PACKAGE_LAYOUTS: &str = "4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2";
pub(super) const PRODUCT_LAYOUTS: &str = "4-4, 5-3, 5-4 or 6-4";

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
            value: value.to_owned(),
        });
    }
    if let Some(ch) = s.chars().find(|c| !c.is_ascii_digit() && *c != '-') {
        return Err(NdcError::InvalidChar {
            value: value.to_owned(),
            ch,
        });
    }
    let segs: Vec<&str> = s.split('-').collect();
    let grouping = || {
        segs.iter()
            .map(|p| p.len().to_string())
            .collect::<Vec<_>>()
            .join("-")
    };
    let wrong = |expected| NdcError::WrongGrouping {
        value: value.to_owned(),
        grouping: grouping(),
        expected,
    };
    match segs.as_slice() {
        [bare] => Ok(Shape::Bare(bare)),
        [lab, prod] => ProductNdcLayout::from_segments(lab.len(), prod.len())
            .map(|l| Shape::Product(l, lab, prod))
            .ok_or_else(|| wrong(PRODUCT_LAYOUTS)),
        [lab, prod, pack] => NdcLayout::from_segments(lab.len(), prod.len(), pack.len())
            .map(|l| Shape::Package(l, lab, prod, pack))
            .ok_or_else(|| wrong(PACKAGE_LAYOUTS)),
        _ => Err(wrong(PACKAGE_LAYOUTS)),
    }
}
