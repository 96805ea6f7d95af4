//! Recalls shipped inside the crate, as readable static rows.
//!
//! There is one: Sandoz Inc.'s March 2022 nationwide recall of 13 lots of orphenadrine
//! citrate 100 mg extended-release tablets for a nitrosamine impurity. The figures come
//! from the sources listed in [`BuiltinRecall::sources`] (collected in the project's
//! `reference/recalls.md` §1): the company announcement and the pages that reprint its
//! lot table, and FDA's own enforcement record for the recall, `D-0753-2022` (FDA Data
//! Dashboard export, recalls.md §1.5), which gives the recall number, class, event,
//! dates, status and quantity.
//!
//! The two sources disagree on one lot: the enforcement record lists all 13 lots under
//! NDC 0185-0022-01 (100 tablets), while the company announcement puts KS3939 on the
//! 1000-count bottle, 0185-0022-10. The built-in recalls KS3939 under both NDCs, so a
//! recalled bottle is not missed, and every answer about KS3939 says which source says
//! what. They also differ on the expiry of LA7704 and LA7703 (announcement 10/2023,
//! enforcement record 11/2023).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::recall::lot::LotNumber;

/// Names a built-in recall.
///
/// Serialized as its snake_case name, e.g. `"sandoz_orphenadrine_er_2022"`.
///
/// # Examples
///
/// ```
/// use legcramps::recall::BuiltinRecallId;
///
/// let info = BuiltinRecallId::SandozOrphenadrineEr2022.info();
/// assert_eq!(info.lots.len(), 13);
/// assert_eq!(info.firm, "Sandoz Inc.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BuiltinRecallId {
    /// Sandoz orphenadrine citrate 100 mg ER tablets, 13 lots, March 2022.
    #[serde(rename = "sandoz_orphenadrine_er_2022")]
    SandozOrphenadrineEr2022,
}

impl BuiltinRecallId {
    /// Every built-in recall's id; its row is [`info`](Self::info).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::BuiltinRecallId;
    ///
    /// assert_eq!(BuiltinRecallId::ALL.len(), 1);
    /// assert_eq!(BuiltinRecallId::ALL[0].info().lots.len(), 13);
    /// ```
    pub const ALL: &'static [BuiltinRecallId] = &[BuiltinRecallId::SandozOrphenadrineEr2022];

    /// The recall's row.
    pub fn info(self) -> &'static BuiltinRecall {
        match self {
            BuiltinRecallId::SandozOrphenadrineEr2022 => &SANDOZ_ORPHENADRINE_ER_2022,
        }
    }
}

/// A month of a year, as expiry dates on drug labels are written (`05/2022`).
///
/// # Examples
///
/// ```
/// use legcramps::recall::YearMonth;
///
/// let m = YearMonth::new(2022, 5).ok_or("bad month")?;
/// assert_eq!(m.to_string(), "2022-05");
/// assert!(YearMonth::new(2022, 13).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "YearMonthParts")]
pub struct YearMonth {
    year: u16,
    month: u8,
}

#[derive(Deserialize)]
struct YearMonthParts {
    year: u16,
    month: u8,
}

impl TryFrom<YearMonthParts> for YearMonth {
    type Error = String;

    fn try_from(p: YearMonthParts) -> Result<Self, String> {
        YearMonth::new(p.year, p.month)
            .ok_or_else(|| format!("invalid month {}: must be 1 to 12", p.month))
    }
}

impl YearMonth {
    /// A month; `None` unless `month` is 1 to 12.
    pub const fn new(year: u16, month: u8) -> Option<YearMonth> {
        if month >= 1 && month <= 12 {
            Some(YearMonth { year, month })
        } else {
            None
        }
    }

    /// For static tables: like [`new`](Self::new), but a bad month stops compilation.
    const fn constant(year: u16, month: u8) -> YearMonth {
        match YearMonth::new(year, month) {
            Some(m) => m,
            None => panic!("month must be 1 to 12"),
        }
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// For static tables: a calendar date; an impossible date stops compilation.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("impossible date in a built-in table"),
    }
}

/// One recalled lot of a built-in recall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BuiltinLot {
    /// The lot number as printed.
    pub lot: &'static str,
    /// The package NDC in FDA's 10-digit form, as the company announcement's table
    /// prints it.
    pub ndc: &'static str,
    /// Another package NDC another source lists the lot under (the lot is recalled
    /// under it too), with the reason.
    pub also_under: Option<(&'static str, &'static str)>,
    /// Where the sources disagree about this lot, in this crate's words; answers about
    /// the lot carry it.
    pub note: Option<&'static str>,
    /// Tablets per bottle.
    pub bottle_count: u16,
    /// Expiry month.
    pub expires: YearMonth,
    /// Date of manufacture.
    pub manufactured: NaiveDate,
}

/// A recall shipped inside the crate: a plain row a reviewer can check against its
/// sources.
///
/// Fields that no source gave are `None` and stay so. For the Sandoz recall the FDA
/// facts (number, class, event, dates, status, quantity) come from the enforcement
/// record `D-0753-2022`; the lot table, NDCs, impurity and shipping window from the
/// company announcement and the pages that reprint it.
///
/// This type serializes (for reports) but does not deserialize; refer to a built-in
/// recall by its [`BuiltinRecallId`].
///
/// # Examples
///
/// ```
/// use legcramps::recall::BuiltinRecallId;
///
/// let sandoz = BuiltinRecallId::SandozOrphenadrineEr2022.info();
/// assert_eq!(sandoz.impurity, "NMOA");
/// assert_eq!(sandoz.fda_adi_ng_per_day, 26.5);
/// assert_eq!(sandoz.recall_number, Some("D-0753-2022"));
/// assert_eq!(sandoz.terminated.map(|d| d.to_string()).as_deref(), Some("2023-08-14"));
/// let big = sandoz.lots.iter().find(|l| l.lot == "KS3939").ok_or("missing")?;
/// assert_eq!((big.ndc, big.bottle_count), ("0185-0022-10", 1000));
/// assert_eq!(big.also_under.map(|(ndc, _)| ndc), Some("0185-0022-01"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BuiltinRecall {
    /// Which built-in recall this is.
    pub id: BuiltinRecallId,
    /// The recalling firm.
    pub firm: &'static str,
    /// Where the firm is.
    pub firm_location: &'static str,
    /// The product as the announcement names it.
    pub product: &'static str,
    /// Why it was recalled, in this crate's words.
    pub reason: &'static str,
    /// The impurity found, by its short name (e.g. `NMOA`).
    pub impurity: &'static str,
    /// The impurity's chemical name.
    pub impurity_name: &'static str,
    /// Another name the announcements use for the impurity.
    pub impurity_also_called: &'static str,
    /// The acceptable daily intake of the impurity FDA set, in nanograms a day.
    pub fda_adi_ng_per_day: f64,
    /// Every recalled lot, in the order of the published table.
    pub lots: &'static [BuiltinLot],
    /// What the recall does not cover.
    pub scope_note: &'static str,
    /// First month the recalled lots were shipped.
    pub shipped_from: YearMonth,
    /// Last month the recalled lots were shipped.
    pub shipped_to: YearMonth,
    /// Where the lots went.
    pub distribution: &'static str,
    /// When the recall was made public: the earliest and the latest date any source
    /// gives (the sources disagree on the exact day).
    pub announced: (NaiveDate, NaiveDate),
    /// Which source gives which announcement date.
    pub announced_note: &'static str,
    /// Whether the firm started the recall itself.
    pub voluntary: bool,
    /// How far down the supply chain the recall reaches.
    pub level: &'static str,
    /// FDA's recall number (source: the enforcement record).
    pub recall_number: Option<&'static str>,
    /// FDA's class (source: the enforcement record).
    pub class: Option<crate::recall::openfda::RecallClass>,
    /// The recall's status as FDA last gave it (source: the enforcement record).
    pub status: Option<&'static str>,
    /// FDA's recall event id (source: the enforcement record).
    pub event_id: Option<u64>,
    /// When the firm started the recall (source: the enforcement record's Recall
    /// Initiation Date).
    pub initiated: Option<NaiveDate>,
    /// When FDA classified it (source: the enforcement record's Center Classification
    /// Date).
    pub classified: Option<NaiveDate>,
    /// When it appeared in FDA's Enforcement Report (source: the enforcement record).
    pub report_date: Option<NaiveDate>,
    /// When FDA terminated the recall: the recall is over (source: the enforcement
    /// record).
    pub terminated: Option<NaiveDate>,
    /// How much product was recalled, as written (source: the enforcement record).
    pub quantity: Option<&'static str>,
    /// Where the figures come from: each web page's address and what was taken from it.
    pub sources: &'static [(&'static str, &'static str)],
}

impl BuiltinRecall {
    /// What the sources disagree on about `lot` (compared as [`LotNumber`]s), if
    /// anything.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::recall::{BuiltinRecallId, LotNumber};
    ///
    /// let sandoz = BuiltinRecallId::SandozOrphenadrineEr2022.info();
    /// let note = sandoz.lot_note(&"ks3939".parse::<LotNumber>()?).ok_or("no note")?;
    /// assert!(note.contains("0185-0022-01") && note.contains("0185-0022-10"));
    /// assert!(sandoz.lot_note(&"JX6411".parse::<LotNumber>()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lot_note(&self, lot: &LotNumber) -> Option<&'static str> {
        self.lots
            .iter()
            .find(|l| LotNumber::new(l.lot).is_ok_and(|x| &x == lot))
            .and_then(|l| l.note)
    }
}

/// Every built-in recall, in the order of [`BuiltinRecallId::ALL`].
pub(crate) static BUILTIN_RECALLS: &[&BuiltinRecall] = &[&SANDOZ_ORPHENADRINE_ER_2022];

const fn lot(
    lot: &'static str,
    ndc: &'static str,
    bottle_count: u16,
    expires: (u16, u8),
    manufactured: (i32, u32, u32),
) -> BuiltinLot {
    BuiltinLot {
        lot,
        ndc,
        also_under: None,
        note: None,
        bottle_count,
        expires: YearMonth::constant(expires.0, expires.1),
        manufactured: date(manufactured.0, manufactured.1, manufactured.2),
    }
}

/// Lot table of the Sandoz recall (recalls.md §1.2; medicalbag.com for every row,
/// thehealthmaster.com agrees on rows 1-4; 0185-0022-10 as printed by DailyMed and
/// thehealthmaster.com, where medicalbag.com misprints it "0185-022-10").
#[rustfmt::skip]
static SANDOZ_LOTS: [BuiltinLot; 13] = [
    //   lot       package NDC     count  expires     manufactured
    lot("JX6411", "0185-0022-01", 100,  (2022, 5),  (2019, 5, 24)),
    lot("JX6413", "0185-0022-01", 100,  (2022, 5),  (2019, 5, 24)),
    lot("KC0723", "0185-0022-01", 100,  (2022, 8),  (2019, 8, 21)),
    lot("KC3303", "0185-0022-01", 100,  (2022, 8),  (2019, 8, 21)),
    lot("KE4348", "0185-0022-01", 100,  (2022, 11), (2019, 11, 6)),
    lot("KE7169", "0185-0022-01", 100,  (2022, 11), (2019, 11, 6)),
    lot("KE4349", "0185-0022-01", 100,  (2022, 11), (2019, 11, 6)),
    lot("KL3199", "0185-0022-01", 100,  (2023, 3),  (2020, 3, 3)),
    lot("KM0072", "0185-0022-01", 100,  (2023, 3),  (2020, 3, 3)),
    BuiltinLot {
        also_under: Some(("0185-0022-01", KS3939_UNDER)),
        note: Some(KS3939_NOTE),
        ..lot("KS3939", "0185-0022-10", 1000, (2023, 3),  (2020, 3, 3))
    },
    BuiltinLot { note: Some(LA_EXPIRY_NOTE), ..lot("LA7704", "0185-0022-01", 100,  (2023, 10), (2020, 10, 6)) },
    BuiltinLot { note: Some(LA_EXPIRY_NOTE), ..lot("LA7703", "0185-0022-01", 100,  (2023, 10), (2020, 10, 6)) },
    lot("LA9243", "0185-0022-01", 100,  (2023, 11), (2020, 11, 18)),
];

/// Why KS3939 is also recalled under 0185-0022-01.
const KS3939_UNDER: &str = "FDA's enforcement record D-0753-2022 lists all 13 lots, KS3939 \
                            included, under NDC 0185-0022-01";

/// The disagreement over KS3939, as answers state it.
const KS3939_NOTE: &str = "Sources disagree on KS3939's package: FDA's enforcement record \
    D-0753-2022 lists it with the other 12 lots under NDC 0185-0022-01 (100 tablets); the \
    company announcement's lot table puts it on the 1000-count bottle, NDC 0185-0022-10. It \
    is reported recalled under both.";

/// The disagreement over the expiry of LA7704 and LA7703.
const LA_EXPIRY_NOTE: &str = "Sources disagree on this lot's expiry: the company \
    announcement's lot table gives 10/2023, FDA's enforcement record D-0753-2022 gives \
    Exp. 11/2023.";

/// The Sandoz orphenadrine citrate 100 mg ER recall of March 2022.
pub(crate) static SANDOZ_ORPHENADRINE_ER_2022: BuiltinRecall = BuiltinRecall {
    id: BuiltinRecallId::SandozOrphenadrineEr2022,
    firm: "Sandoz Inc.",
    firm_location: "Princeton, NJ",
    product: "Orphenadrine Citrate 100 mg Extended Release (ER) Tablets",
    reason: "Nitrosamine impurity: NMOA (nitroso-orphenadrine) was found in these lots in \
             testing and may be above FDA's acceptable daily intake of 26.5 ng/day.",
    impurity: "NMOA",
    impurity_name: "N-methyl-N-nitroso-2-[(2-methylphenyl)phenylmethoxy]ethanamine",
    impurity_also_called: "nitroso-orphenadrine",
    fda_adi_ng_per_day: 26.5,
    lots: &SANDOZ_LOTS,
    scope_note: "Only the 13 lots listed; other strengths and other lots of the product are \
                 not part of the recall.",
    shipped_from: YearMonth::constant(2019, 8),
    shipped_to: YearMonth::constant(2021, 4),
    distribution: "Nationwide in the USA, to wholesalers and distributors, in bottles of \
                   100 and 1000 tablets.",
    announced: (date(2022, 3, 21), date(2022, 3, 23)),
    announced_note: "Sources differ: freeschi.com says Sandoz announced on 21 March 2022; Humana and \
           healthesystems.com give 22 March 2022; CVS Caremark/Aetna say FDA published a \
           notice on 23 March 2022, the date of the Hong Kong Drug Office notice. The \
           stored copy of the FDA page left its date fields empty.",
    voluntary: true,
    level: "consumer",
    recall_number: Some("D-0753-2022"),
    class: Some(crate::recall::openfda::RecallClass::ClassII),
    status: Some("Terminated"),
    event_id: Some(88937),
    initiated: Some(date(2022, 3, 21)),
    classified: Some(date(2022, 4, 6)),
    report_date: Some(date(2022, 4, 13)),
    terminated: Some(date(2023, 8, 14)),
    quantity: Some("7908 bottles (790,800 extended release tablets)"),
    sources: &[
        // The company announcement first: it is the notice a reader can open, and the
        // CDS Hooks card links the first source.
        (
            "http://www.fda.gov/safety/recalls-market-withdrawals-safety-alerts/sandoz-inc-issues-nationwide-recall-13-lots-orphenadrine-citrate-100-mg-extended-release-tablets-due",
            "FDA company announcement: firm and place, product, impurity and ADI, \
                    voluntary consumer-level recall, shipping window",
        ),
        (
            "https://www.accessdata.fda.gov/scripts/ires/index.cfm",
            "FDA enforcement record D-0753-2022 (FDA Data Dashboard export, file \
                    Jan_2022_to_Jul_2022): recall number, Class II, event 88937, initiated \
                    2022-03-21, classified 2022-04-06, reported 2022-04-13, terminated \
                    2023-08-14, status Terminated, 7908 bottles, all 13 lots under NDC \
                    0185-0022-01 with expiry months",
        ),
        (
            "https://www.medicalbag.com/home/news/nitrosamine-impurity-detected-in-certain-lots-of-orphenadrine-citrate-er-tablets/",
            "all 13 lots with NDC, expiry and manufacture dates",
        ),
        (
            "https://thehealthmaster.com/?p=36338",
            "the same lot table (first four rows stored) with NDC 0185-0022-10",
        ),
        (
            "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=239018ff-cec6-46de-ae9d-26c9ec034a32",
            "NDC codes 0185-0022-01 and 0185-0022-10, packager Sandoz Inc",
        ),
        (
            "https://www.drugoffice.gov.hk/eps/news/showNews/The+United+States%3A+Sandoz+Inc.+issues+nationwide+recall+of+13+lots+of+Orphenadrine+Citrate+100+mg+Extended+Release+Tablets+due+to+presence+of+a+nitros/consumer/2022-03-23/en/46571.html",
            "the 13 lot numbers; notice dated 2022-03-23",
        ),
        (
            "https://pharmprom.net/sandoz-recalls-of-13-lots-of-orphenadrine-citrate-extended-release-tablets/",
            "scope (no other strengths or lots), distribution",
        ),
        (
            "https://www.humana.com/provider/news/pharmacy-news/orphenadrine-recall",
            "consumer-level recall on 22 March 2022",
        ),
        (
            "https://freeschi.com/?p=16393",
            "the 13 lot numbers; announced 21 March",
        ),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_distinct_lots_with_the_published_ndcs() {
        // recalls.md §1.2: 13 lots; only KS3939 is the 1000-count 0185-0022-10 package.
        let lots = SANDOZ_ORPHENADRINE_ER_2022.lots;
        assert_eq!(lots.len(), 13);
        let mut names: Vec<&str> = lots.iter().map(|l| l.lot).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 13);
        for l in lots {
            // The enforcement record (recalls.md §1.5) lists every lot under -01.
            let under = l.also_under.map_or(l.ndc, |(n, _)| n);
            assert_eq!(under, "0185-0022-01", "{}", l.lot);
            let expected = if l.lot == "KS3939" {
                ("0185-0022-10", 1000)
            } else {
                ("0185-0022-01", 100)
            };
            assert_eq!((l.ndc, l.bottle_count), expected, "{}", l.lot);
            // Every lot expires after it was made, and within the shipping story.
            assert!(
                l.manufactured < date(i32::from(l.expires.year()), u32::from(l.expires.month()), 1)
            );
        }
    }

    #[test]
    fn announcement_window_covers_the_differing_sources() {
        let r = &SANDOZ_ORPHENADRINE_ER_2022;
        assert_eq!(r.announced, (date(2022, 3, 21), date(2022, 3, 23)));
        assert!(r.announced_note.contains("21 March") && r.announced_note.contains("23 March"));
    }

    #[test]
    fn builtin_id_name_is_its_json() {
        let id = BuiltinRecallId::SandozOrphenadrineEr2022;
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            format!("\"{}\"", id.as_str())
        );
    }

    #[test]
    fn year_month_validates_on_the_way_in() {
        let ok: YearMonth = serde_json::from_str(r#"{"year": 2022, "month": 5}"#).unwrap();
        assert_eq!(ok, YearMonth::constant(2022, 5));
        let e = serde_json::from_str::<YearMonth>(r#"{"year": 2022, "month": 0}"#).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid month 0: must be 1 to 12"),
            "{e}"
        );
    }
}
