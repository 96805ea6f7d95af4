//! What a recall's code text says about its lots: [`LotExtraction`], the result of
//! [`extract_lots`](crate::recall::extract_lots), with its all-lots window ([`LotWindow`],
//! [`WindowBasis`]).

use serde::{Deserialize, Serialize};

use super::number::LotNumber;

/// What the dates of an "all lots" window refer to.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{extract_lots, WindowBasis};
///
/// let found = extract_lots("All lots distributed between November 2014 and May 2015");
/// let window = found.all_lots_window.ok_or("no window")?;
/// assert_eq!(window.basis, WindowBasis::Distributed);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowBasis {
    /// Shipped, distributed, sold or repackaged in the window.
    Distributed,
    /// Dispensed (a pharmacy's own dispensing dates).
    Dispensed,
    /// Made or compounded in the window.
    Manufactured,
    /// Lots still within expiry, or expiring in the window.
    Expiry,
    /// The text gives dates without saying what they refer to.
    Unspecified,
}

/// The date window of an "all lots" recall, as the text writes it.
///
/// Dates stay text (`"01/05/12"`, `"November 2014"`): the records use many formats and
/// two-digit years, and a reader should see them as written.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{extract_lots, WindowBasis};
///
/// let found = extract_lots("All lots repackaged and distributed between 01/05/12 to 02/12/15");
/// assert!(found.all_lots);
/// let window = found.all_lots_window.ok_or("no window")?;
/// assert_eq!(window.from.as_deref(), Some("01/05/12"));
/// assert_eq!(window.to.as_deref(), Some("02/12/15"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LotWindow {
    /// What the dates refer to.
    pub basis: WindowBasis,
    /// The start of the window as written, if given.
    pub from: Option<String>,
    /// The end of the window as written (or the cut-off for "prior to" / "within
    /// expiry" forms), if given.
    pub to: Option<String>,
    /// The scope clause as written, e.g. `All lots distributed between … and …`.
    pub text: String,
}

impl LotWindow {
    /// Builds a window (the struct is non-exhaustive so it can gain fields).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{LotWindow, WindowBasis};
    ///
    /// let w = LotWindow::new(WindowBasis::Expiry, None, None, "All lots within expiry");
    /// assert_eq!(w.basis, WindowBasis::Expiry);
    /// ```
    pub fn new(
        basis: WindowBasis,
        from: Option<String>,
        to: Option<String>,
        text: impl Into<String>,
    ) -> LotWindow {
        LotWindow {
            basis,
            from,
            to,
            text: text.into(),
        }
    }
}

/// What a recall's code text says about lots: see [`extract_lots`](crate::recall::extract_lots).
///
/// # Examples
///
/// ```
/// use legcramps::recall::extract_lots;
///
/// let found = extract_lots("Lot #: 42614718, Exp. date 02/2021");
/// assert_eq!(found.lots.len(), 1);
/// assert_eq!(found.lots[0].as_str(), "42614718");
/// assert!(!found.all_lots);
/// assert!(found.ranges.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LotExtraction {
    /// Every distinct lot, in order of first appearance.
    pub lots: Vec<LotNumber>,
    /// The text recalls all lots (of the product, or all in a window / within expiry),
    /// instead of or beside listing lots.
    pub all_lots: bool,
    /// The date window of the "all lots" scope, where one is given.
    pub all_lots_window: Option<LotWindow>,
    /// Explicit ranges (`A to B`, `A through B`, `A thru B`, `A - B`): first and last lot.
    pub ranges: Vec<(LotNumber, LotNumber)>,
    /// Lots the text leaves out of the recall (`all lots except AB123`, `Lot AB124 is not
    /// included`), each once, in order. An excluded lot is never reported recalled, even
    /// where a range or the all-lots scope would cover it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded: Vec<LotNumber>,
    /// Lot ranges the text leaves out of the recall, first and last lot.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_ranges: Vec<(LotNumber, LotNumber)>,
    /// Expiry dates the text gives for listed lots, as written (`05/2022`,
    /// `Jun-30-24`): each lot with the expiry (or beyond-use) date written after it,
    /// before the next lot of another date. Lots with no such date are not here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expiry: Vec<(LotNumber, String)>,
}

impl LotExtraction {
    /// Whether the text names nothing: no lot, no range and no "all lots" scope.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::extract_lots;
    ///
    /// assert!(extract_lots("Exp 10/17").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.lots.is_empty() && self.ranges.is_empty() && !self.all_lots
    }

    /// Whether the text leaves `lot` out of the recall: listed as excluded, or inside an
    /// excluded range (compared as [`LotNumber::in_range`] does).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::LotNumber;
    /// use legcramps::recall::extract_lots;
    ///
    /// let found = extract_lots("All lots except lot AB123");
    /// assert!(found.all_lots);
    /// assert!(found.excludes(&"ab123".parse::<LotNumber>()?));
    /// assert!(!found.excludes(&"AB124".parse::<LotNumber>()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn excludes(&self, lot: &LotNumber) -> bool {
        self.excluded.contains(lot) || self.excluded_ranges.iter().any(|(a, b)| lot.in_range(a, b))
    }
}
