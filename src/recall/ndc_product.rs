//! Product-level NDCs (labeler and product code, no package): [`ProductNdc`].

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ndc::Ndc;
use super::ndc_layout::{NdcError, NdcLayout, PRODUCT_LAYOUTS, Shape, shape};

/// How the segments of a [`ProductNdc`] (labeler-product, no package) were written.
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

impl fmt::Display for ProductNdcLayout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.segments();
        write!(f, "{a}-{b}")
    }
}

/// A product-level NDC: labeler and product code, no package.
///
/// Parsed from `4-4`, `5-3`, `5-4` or `6-4` hyphenated forms (openFDA's
/// `openfda.product_ndc` uses the first three). Its canonical key is 9 digits (5-4,
/// no hyphen) or 10 digits for a new 6-digit labeler, by the same padding rules as
/// [`Ndc`].
///
/// # Examples
///
/// ```
/// use legcramps::recall::{Ndc, ProductNdc};
///
/// let p: ProductNdc = "41163-703".parse()?;
/// assert_eq!(p.canonical(), "411630703");
/// assert!(p.contains(&"41163-703-10".parse::<Ndc>()?));
/// assert_eq!(p.to_string(), "41163-703");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct ProductNdc {
    layout: ProductNdcLayout,
    key: [u8; 10],
    key_len: u8,
}

impl ProductNdc {
    /// Builds from canonical key digits (`key_len` of them used: 9 or 10).
    pub(super) fn from_key(layout: ProductNdcLayout, key: [u8; 10], key_len: u8) -> ProductNdc {
        ProductNdc {
            layout,
            key,
            key_len,
        }
    }

    pub(super) fn build(layout: ProductNdcLayout, labeler: &str, product: &str) -> ProductNdc {
        // Pad through the package builder with a dummy package code.
        let (l, p) = layout.segments();
        let pack_layout = match (l, p) {
            (4, 4) => NdcLayout::L4_4_2,
            (5, 3) => NdcLayout::L5_3_2,
            (6, 4) => NdcLayout::L6_4_2,
            _ => NdcLayout::L5_4_2,
        };
        let mut p = Ndc::build(pack_layout, labeler, product, "00").product();
        p.layout = layout;
        p
    }

    /// The layout the code was written in.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{ProductNdc, ProductNdcLayout};
    ///
    /// assert_eq!("0185-0022".parse::<ProductNdc>()?.layout(), ProductNdcLayout::L4_4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn layout(&self) -> ProductNdcLayout {
        self.layout
    }

    /// The canonical key: 9 digits (labeler padded to 5, product to 4), or 10 for a new
    /// 6-digit labeler.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::ProductNdc;
    ///
    /// assert_eq!("0185-0022".parse::<ProductNdc>()?.canonical(), "001850022");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn canonical(&self) -> &str {
        self.key
            .get(..usize::from(self.key_len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// Whether a package code belongs to this product.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{Ndc, ProductNdc};
    ///
    /// let p: ProductNdc = "0185-0022".parse()?;
    /// assert!(p.contains(&"00185-0022-10".parse::<Ndc>()?));
    /// assert!(!p.contains(&"0185-0023-10".parse::<Ndc>()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, ndc: &Ndc) -> bool {
        ndc.product() == *self
    }
}

impl PartialEq for ProductNdc {
    fn eq(&self, other: &ProductNdc) -> bool {
        self.canonical() == other.canonical()
    }
}

impl Eq for ProductNdc {}

impl Hash for ProductNdc {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.canonical().hash(state);
    }
}

impl PartialOrd for ProductNdc {
    fn partial_cmp(&self, other: &ProductNdc) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProductNdc {
    fn cmp(&self, other: &ProductNdc) -> Ordering {
        (self.key_len, self.canonical()).cmp(&(other.key_len, other.canonical()))
    }
}

impl fmt::Debug for ProductNdc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProductNdc({self} = {})", self.canonical())
    }
}

impl fmt::Display for ProductNdc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let k = |a: usize, b: usize| {
            self.key
                .get(a..b)
                .and_then(|s| std::str::from_utf8(s).ok())
                .unwrap_or("")
        };
        match self.layout {
            ProductNdcLayout::L4_4 => write!(f, "{}-{}", k(1, 5), k(5, 9)),
            ProductNdcLayout::L5_3 => write!(f, "{}-{}", k(0, 5), k(6, 9)),
            ProductNdcLayout::L5_4 => write!(f, "{}-{}", k(0, 5), k(5, 9)),
            ProductNdcLayout::L6_4 if self.key_len == 10 => write!(f, "{}-{}", k(0, 6), k(6, 10)),
            ProductNdcLayout::L6_4 => write!(f, "0{}-{}", k(0, 5), k(5, 9)),
        }
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
                value: value.to_owned(),
                ndc: Ndc::build(layout, lab, prod, pack),
            }),
            Shape::Bare(d) => Err(NdcError::WrongGrouping {
                value: value.to_owned(),
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

impl Serialize for ProductNdc {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ProductNdc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ProductNdc, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
