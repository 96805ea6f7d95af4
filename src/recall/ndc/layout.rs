//! How an NDC is written: the segment layouts of package and product codes.

use serde::{Deserialize, Serialize};

/// How the segments of a package [`Ndc`](crate::recall::Ndc) were written.
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
/// assert_eq!(NdcLayout::L5_3_2.segments(), (5, 3, 2));
/// assert_eq!(NdcLayout::L5_3_2.to_string(), "l5_3_2"); // the JSON code
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

/// How the segments of a [`ProductNdc`](crate::recall::ProductNdc) (labeler-product, no package) were written.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{ProductNdc, ProductNdcLayout};
///
/// let p: ProductNdc = "68016-177".parse()?;
/// assert_eq!(p.layout(), ProductNdcLayout::L5_3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProductNdcLayout {
    /// 4-digit labeler, 4-digit product (`0185-0022`).
    L4_4,
    /// 5-digit labeler, 3-digit product (`41163-703`).
    L5_3,
    /// 5-digit labeler, 4-digit product (`70710-1643`, or padded `00185-0022`).
    L5_4,
    /// 6-digit labeler, 4-digit product (the 2026 final rule's layout).
    L6_4,
}

impl ProductNdcLayout {
    /// Every product layout.
    pub const ALL: [ProductNdcLayout; 4] = [
        ProductNdcLayout::L4_4,
        ProductNdcLayout::L5_3,
        ProductNdcLayout::L5_4,
        ProductNdcLayout::L6_4,
    ];

    /// The digit counts of the labeler and product segments.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::ProductNdcLayout;
    ///
    /// assert_eq!(ProductNdcLayout::L5_3.segments(), (5, 3));
    /// ```
    pub const fn segments(self) -> (usize, usize) {
        match self {
            ProductNdcLayout::L4_4 => (4, 4),
            ProductNdcLayout::L5_3 => (5, 3),
            ProductNdcLayout::L5_4 => (5, 4),
            ProductNdcLayout::L6_4 => (6, 4),
        }
    }

    pub(super) fn from_segments(a: usize, b: usize) -> Option<ProductNdcLayout> {
        ProductNdcLayout::ALL
            .into_iter()
            .find(|l| l.segments() == (a, b))
    }
}

/// The package layouts, in words (for error messages).
pub(super) const PACKAGE_LAYOUTS: &str = "4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2";
/// The product layouts, in words (for error messages).
pub(super) const PRODUCT_LAYOUTS: &str = "4-4, 5-3, 5-4 or 6-4";
