//! The code types: the package code [`Ndc`], the product code [`ProductNdc`], and
//! [`NdcError`] for strings that are neither (it carries codes of both kinds). How they
//! are written is in the `layout` module, reading them from strings in `parse`.
//!
//! The rules are documented on [`Ndc`].

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

use super::layout::{NdcLayout, PACKAGE_LAYOUTS, ProductNdcLayout};

/// A package National Drug Code (labeler-product-package).
///
/// Parsed from any written form (see below and [`NdcLayout`]); compared by its
/// canonical key ([`Ndc::canonical`]); written back in the layout it was parsed from.
/// Serde uses the string form and validates it, so a bare 10-digit string is refused
/// there too.
///
/// # Written forms and the comparison key
///
/// An FDA NDC has three segments, labeler-product-package. Today's codes are 10 digits in
/// one of three layouts (4-4-2, 5-3-2, 5-4-1); billing systems pad them to 11 digits
/// (5-4-2, the HIPAA form) by adding one leading zero to the short segment. FDA's 2026
/// final rule ("Revising the National Drug Code Format", effective 2033-03-07) makes every
/// code 12 digits, 6-4-2, and converts existing codes by adding leading zeros to the
/// segments as needed (recalls.md §4; Federal Register 2026-04368).
///
/// Every [`Ndc`] therefore has one **canonical key**:
///
/// - a code in a 10- or 11-digit layout: its 11-digit 5-4-2 form (`0185-0022-01` →
///   `00185002201`);
/// - a 12-digit 6-4-2 code whose labeler starts with `0`: the converted form of an existing
///   code, so the key drops that zero and the code equals its 10/11-digit twin
///   (`000185-0022-01` = `0185-0022-01`);
/// - a 12-digit 6-4-2 code whose labeler does not start with `0`: a labeler assigned under
///   the new rule; its key is the 12 digits and it never equals an 11-digit code.
///
/// Equality, hashing and ordering use the key only; `Display` writes the
/// layout the code was parsed from, so `parse → to_string → parse` gives back an equal
/// code.
///
/// A hyphen-less 10-digit string (`0185002201`) fits all three 10-digit layouts and names
/// three different products. [`Ndc::from_str`](Ndc#method.from_str) refuses to guess and returns
/// [`NdcError::Ambiguous`] with every candidate; [`Ndc::candidates`] returns the same
/// candidates as a list, for lookups that try each of them.
///
/// # Examples
///
/// ```
/// use legcramps::recall::Ndc;
///
/// let a: Ndc = "0185-0022-01".parse()?;
/// let b: Ndc = "00185-0022-01".parse()?;
/// let c: Ndc = "00185002201".parse()?;
/// assert_eq!(a, b);
/// assert_eq!(a, c);
/// assert_eq!(a.canonical(), "00185002201");
/// assert_eq!(a.to_string(), "0185-0022-01");
/// assert_eq!(c.to_string(), "00185-0022-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct Ndc {
    layout: NdcLayout,
    /// Canonical key digits (ASCII); `key_len` of them are used (11 or 12).
    key: [u8; 12],
    key_len: u8,
}

/// Digits of a validated segment string.
fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

impl Ndc {
    /// Builds a code from three digit segments whose lengths must form a package layout.
    ///
    /// # Errors
    ///
    /// [`NdcError::InvalidChar`] if a segment holds a non-digit, [`NdcError::WrongGrouping`]
    /// if the lengths are not a package layout.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::Ndc;
    ///
    /// let ndc = Ndc::from_segments("0185", "0022", "01")?;
    /// assert_eq!(ndc, "00185-0022-01".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_segments(labeler: &str, product: &str, package: &str) -> Result<Ndc, NdcError> {
        let value = || format!("{labeler}-{product}-{package}");
        for seg in [labeler, product, package] {
            if let Some(ch) = seg.chars().find(|c| !c.is_ascii_digit()) {
                return Err(NdcError::InvalidChar { value: value(), ch });
            }
        }
        let layout = NdcLayout::from_segments(labeler.len(), product.len(), package.len())
            .ok_or_else(|| NdcError::WrongGrouping {
                value: value(),
                grouping: format!("{}-{}-{}", labeler.len(), product.len(), package.len()),
                expected: PACKAGE_LAYOUTS,
            })?;
        Ok(Ndc::build(layout, labeler, product, package))
    }

    /// Builds from segments already checked to be ASCII digits in `layout`'s lengths.
    pub(super) fn build(layout: NdcLayout, labeler: &str, product: &str, package: &str) -> Ndc {
        let mut key = [b'0'; 12];
        // Pad each segment to 5-4-2 (or 6-4-2 for a new 6-digit labeler) by leading zeros.
        let labeler = labeler.as_bytes();
        let labeler = match labeler {
            [b'0', rest @ ..] if labeler.len() == 6 => rest,
            _ => labeler,
        };
        let lab_width = labeler.len().max(5);
        let key_len = lab_width + 6;
        let mut put = |from: usize, width: usize, seg: &[u8]| {
            let start = from + width.saturating_sub(seg.len());
            for (slot, &b) in key.iter_mut().skip(start).take(seg.len()).zip(seg) {
                *slot = b;
            }
        };
        put(0, lab_width, labeler);
        put(lab_width, 4, product.as_bytes());
        put(lab_width + 4, 2, package.as_bytes());
        Ndc {
            layout,
            key,
            // key_len is 11 or 12.
            key_len: if key_len == 12 { 12 } else { 11 },
        }
    }

    /// Every code a written form may stand for: one code for an unambiguous form, the
    /// three 10-digit readings (4-4-2, 5-3-2, 5-4-1, in that order) for a hyphen-less
    /// 10-digit string.
    ///
    /// # Errors
    ///
    /// The same errors as [`Ndc::from_str`](Ndc#method.from_str), except that a hyphen-less 10-digit string is
    /// not an error.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::Ndc;
    ///
    /// let all = Ndc::candidates("0185002201")?;
    /// let written: Vec<String> = all.iter().map(|n| n.to_string()).collect();
    /// assert_eq!(written, ["0185-0022-01", "01850-022-01", "01850-0220-1"]);
    /// assert_eq!(Ndc::candidates("0185-0022-01")?.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn candidates(s: &str) -> Result<Vec<Ndc>, NdcError> {
        match s.parse::<Ndc>() {
            Ok(ndc) => Ok(vec![ndc]),
            Err(NdcError::Ambiguous { candidates, .. }) => Ok(candidates.to_vec()),
            Err(e) => Err(e),
        }
    }

    /// The three readings of ten ASCII digits (4-4-2, 5-3-2, 5-4-1), or `None` if `digits`
    /// is not exactly ten ASCII digits.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::Ndc;
    ///
    /// let [a, b, c] = Ndc::ten_digit_readings("0185002201").ok_or("not ten digits")?;
    /// assert_eq!(a.to_string(), "0185-0022-01");
    /// assert_eq!(b.to_string(), "01850-022-01");
    /// assert_eq!(c.to_string(), "01850-0220-1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ten_digit_readings(digits: &str) -> Option<[Ndc; 3]> {
        if digits.len() != 10 || !is_digits(digits) {
            return None;
        }
        let split = |a: usize, b: usize| -> Option<Ndc> {
            let (lab, rest) = digits.split_at_checked(a)?;
            let (prod, pack) = rest.split_at_checked(b)?;
            let layout = NdcLayout::from_segments(lab.len(), prod.len(), pack.len())?;
            Some(Ndc::build(layout, lab, prod, pack))
        };
        Some([split(4, 4)?, split(5, 3)?, split(5, 4)?])
    }

    /// The layout the code was written in.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{Ndc, NdcLayout};
    ///
    /// assert_eq!("58118-1397-3".parse::<Ndc>()?.layout(), NdcLayout::L5_4_1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn layout(&self) -> NdcLayout {
        self.layout
    }

    /// The canonical comparison key: 11 digits (5-4-2, no hyphens) for every code that
    /// exists today or converts from one, 12 digits for a code with a new 6-digit labeler.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::Ndc;
    ///
    /// assert_eq!("51655-089-52".parse::<Ndc>()?.canonical(), "51655008952");
    /// assert_eq!("58118-1397-3".parse::<Ndc>()?.canonical(), "58118139703");
    /// assert_eq!("000185-0022-01".parse::<Ndc>()?.canonical(), "00185002201");
    /// assert_eq!("123456-0022-01".parse::<Ndc>()?.canonical(), "123456002201");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn canonical(&self) -> &str {
        self.key_str(0, usize::from(self.key_len))
    }

    /// The 11-digit HIPAA form with hyphens (`00185-0022-01`), or the 6-4-2 form for a
    /// code with a new 6-digit labeler.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::Ndc;
    ///
    /// assert_eq!("0185-0022-01".parse::<Ndc>()?.to_hipaa(), "00185-0022-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_hipaa(&self) -> String {
        let l = self.lab_width();
        format!(
            "{}-{}-{}",
            self.key_str(0, l),
            self.key_str(l, l + 4),
            self.key_str(l + 4, l + 6)
        )
    }

    /// The 12-digit 6-4-2 form of the 2026 final rule, with hyphens (`000185-0022-01`).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::Ndc;
    ///
    /// assert_eq!("51655-089-52".parse::<Ndc>()?.to_twelve_digit(), "051655-0089-52");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_twelve_digit(&self) -> String {
        let hipaa = self.to_hipaa();
        if self.key_len == 12 {
            hipaa
        } else {
            format!("0{hipaa}")
        }
    }

    /// The labeler-product part, for product-level matching.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{Ndc, ProductNdc};
    ///
    /// let ndc: Ndc = "0185-0022-10".parse()?;
    /// assert_eq!(ndc.product(), "0185-0022".parse::<ProductNdc>()?);
    /// assert_eq!(ndc.product().canonical(), "001850022");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn product(&self) -> ProductNdc {
        let l = self.lab_width();
        let layout = match self.layout {
            NdcLayout::L4_4_2 => ProductNdcLayout::L4_4,
            NdcLayout::L5_3_2 => ProductNdcLayout::L5_3,
            NdcLayout::L5_4_1 | NdcLayout::L5_4_2 => ProductNdcLayout::L5_4,
            NdcLayout::L6_4_2 => ProductNdcLayout::L6_4,
        };
        let mut key = [b'0'; 10];
        for (slot, &b) in key.iter_mut().zip(self.key.iter().take(l + 4)) {
            *slot = b;
        }
        ProductNdc::from_key(layout, key, if l == 6 { 10 } else { 9 })
    }

    /// Labeler code width in the key (5, or 6 for a new labeler).
    fn lab_width(&self) -> usize {
        usize::from(self.key_len) - 6
    }

    /// The canonical key's ASCII digits (the bytes of [`canonical`](Self::canonical),
    /// without its UTF-8 check).
    pub(crate) fn key_digits(&self) -> &[u8] {
        self.key.get(..usize::from(self.key_len)).unwrap_or(&[])
    }

    fn key_str(&self, from: usize, to: usize) -> &str {
        self.key
            .get(from..to)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl PartialEq for Ndc {
    /// Compares the canonical keys (their digits, as bytes).
    fn eq(&self, other: &Ndc) -> bool {
        self.key_digits() == other.key_digits()
    }
}

impl Eq for Ndc {}

impl Hash for Ndc {
    /// Hashes the canonical key's digits, as [`PartialEq`] compares them (making a
    /// `str` of them first took most of the hash's instructions).
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key_digits().hash(state);
    }
}

impl PartialOrd for Ndc {
    fn partial_cmp(&self, other: &Ndc) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ndc {
    /// Orders by canonical key: by length first (every 11-digit key before every
    /// 12-digit one), then digit by digit.
    fn cmp(&self, other: &Ndc) -> Ordering {
        (self.key_len, self.key_digits()).cmp(&(other.key_len, other.key_digits()))
    }
}

impl fmt::Debug for Ndc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ndc({self} = {})", self.canonical())
    }
}

impl fmt::Display for Ndc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key's digits of each segment of the layout, the segments joined by `-`
        // (a 12-digit code of an existing labeler gets its leading zero back).
        let (segments, zero) = match self.layout {
            NdcLayout::L4_4_2 => ([(1, 5), (5, 9), (9, 11)], false),
            NdcLayout::L5_3_2 => ([(0, 5), (6, 9), (9, 11)], false),
            NdcLayout::L5_4_1 => ([(0, 5), (5, 9), (10, 11)], false),
            NdcLayout::L5_4_2 => ([(0, 5), (5, 9), (9, 11)], false),
            NdcLayout::L6_4_2 if self.key_len == 12 => ([(0, 6), (6, 10), (10, 12)], false),
            NdcLayout::L6_4_2 => ([(0, 5), (5, 9), (9, 11)], true),
        };
        // One write, as `write!` with plain arguments writes: no padding.
        f.write_str(Written::segments(&self.key, zero, &segments).as_str())
    }
}

/// A code as written: at most 12 digits and their hyphens, made without allocating.
#[derive(Default)]
struct Written {
    bytes: [u8; 16],
    len: usize,
}

impl Written {
    /// The digits of `key` in each `(from, to)` segment, joined by `-`, after a `0`
    /// when `zero` (a labeler written with its leading zero).
    fn segments(key: &[u8], zero: bool, segments: &[(usize, usize)]) -> Written {
        let mut text = Written::default();
        if zero {
            text.push(b'0');
        }
        for (n, &(from, to)) in segments.iter().enumerate() {
            if n > 0 {
                text.push(b'-');
            }
            key.get(from..to)
                .unwrap_or_default()
                .iter()
                .for_each(|&b| text.push(b));
        }
        text
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl Serialize for Ndc {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why a string is not a valid [`Ndc`] or [`ProductNdc`].
///
/// Every message names the value that was rejected: its first 100 characters, then
/// (when longer) the marker `…[N more bytes]`; so are the `value` and `grouping`
/// fields.
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
        std::str::from_utf8(self.key_digits()).unwrap_or("")
    }

    /// The canonical key's ASCII digits (the bytes of [`canonical`](Self::canonical),
    /// without its UTF-8 check).
    pub(crate) fn key_digits(&self) -> &[u8] {
        self.key.get(..usize::from(self.key_len)).unwrap_or(&[])
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
        self.key_digits() == other.key_digits()
    }
}

impl Eq for ProductNdc {}

impl Hash for ProductNdc {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key_digits().hash(state);
    }
}

impl PartialOrd for ProductNdc {
    fn partial_cmp(&self, other: &ProductNdc) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProductNdc {
    fn cmp(&self, other: &ProductNdc) -> Ordering {
        (self.key_len, self.key_digits()).cmp(&(other.key_len, other.key_digits()))
    }
}

impl fmt::Debug for ProductNdc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProductNdc({self} = {})", self.canonical())
    }
}

impl fmt::Display for ProductNdc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As for `Ndc`: the two segments joined by `-`, in one write.
        let (segments, zero) = match self.layout {
            ProductNdcLayout::L4_4 => ([(1, 5), (5, 9)], false),
            ProductNdcLayout::L5_3 => ([(0, 5), (6, 9)], false),
            ProductNdcLayout::L5_4 => ([(0, 5), (5, 9)], false),
            ProductNdcLayout::L6_4 if self.key_len == 10 => ([(0, 6), (6, 10)], false),
            ProductNdcLayout::L6_4 => ([(0, 5), (5, 9)], true),
        };
        f.write_str(Written::segments(&self.key, zero, &segments).as_str())
    }
}

impl Serialize for ProductNdc {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Display` as it was: the segments through `write!`.
    fn written_by_format(n: &Ndc) -> String {
        let k = |a, b| n.key_str(a, b);
        match n.layout {
            NdcLayout::L4_4_2 => format!("{}-{}-{}", k(1, 5), k(5, 9), k(9, 11)),
            NdcLayout::L5_3_2 => format!("{}-{}-{}", k(0, 5), k(6, 9), k(9, 11)),
            NdcLayout::L5_4_1 => format!("{}-{}-{}", k(0, 5), k(5, 9), k(10, 11)),
            NdcLayout::L5_4_2 => format!("{}-{}-{}", k(0, 5), k(5, 9), k(9, 11)),
            NdcLayout::L6_4_2 if n.key_len == 12 => {
                format!("{}-{}-{}", k(0, 6), k(6, 10), k(10, 12))
            }
            NdcLayout::L6_4_2 => format!("0{}-{}-{}", k(0, 5), k(5, 9), k(9, 11)),
        }
    }

    proptest::proptest! {
        /// Every layout is written as the segments joined by `-`, as before, and reads
        /// back as the same code; so is a product code.
        #[test]
        fn written_form(
            lab in "[0-9]{4,6}",
            prod in "[0-9]{3,4}",
            pack in "[0-9]{1,2}",
        ) {
            if let Ok(n) = Ndc::from_segments(&lab, &prod, &pack) {
                proptest::prop_assert_eq!(n.to_string(), written_by_format(&n));
                proptest::prop_assert_eq!(n.to_string().parse::<Ndc>().ok(), Some(n));
            }
            if let Ok(p) = format!("{lab}-{prod}").parse::<ProductNdc>() {
                proptest::prop_assert_eq!(p.to_string(), format!("{lab}-{prod}"));
            }
        }

        /// Equality and order are those of the canonical keys (length first), for
        /// packages and their products.
        #[test]
        fn compared_by_canonical_key(
            a in "[0-9]{4,6}-[0-9]{3,4}-[0-9]{1,2}",
            b in "[0-9]{4,6}-[0-9]{3,4}-[0-9]{1,2}",
        ) {
            if let (Ok(a), Ok(b)) = (a.parse::<Ndc>(), b.parse::<Ndc>()) {
                proptest::prop_assert_eq!(a == b, a.canonical() == b.canonical());
                proptest::prop_assert_eq!(
                    a.cmp(&b),
                    (a.canonical().len(), a.canonical()).cmp(&(b.canonical().len(), b.canonical()))
                );
                let (p, q) = (a.product(), b.product());
                proptest::prop_assert_eq!(p == q, p.canonical() == q.canonical());
                proptest::prop_assert_eq!(
                    p.cmp(&q),
                    (p.canonical().len(), p.canonical()).cmp(&(q.canonical().len(), q.canonical()))
                );
            }
        }
    }
}
