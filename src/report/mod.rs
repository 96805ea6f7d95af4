//! The doctor-visit report: one self-contained HTML page with SVG charts, and a
//! Markdown summary with the same content. The public face is [`Report`].

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::assess::{Assessed, Assessment};
use crate::recall::RecallMatch;
#[cfg(doc)]
use crate::{CrampEpisode, FREQUENT_PER_WEEK, MODERATE_SEVERE_PER_MONTH};
use crate::{Diary, DiaryStats, LotNumber, Ndc, Profile, RecallRegistry, ValidationError};

mod bars;
mod calendar;
mod compose;
mod content;
pub(crate) mod escape;
mod figures;
mod html;
mod markdown;
mod palette;
mod svg;

/// A recalled product the person takes, as the report lists it: one match of a recall
/// registry lookup ([`Report::with_recall_lookup`]).
///
/// The report prints the four texts escaped. JSON form: `{"name": ..., "ndc": ...,
/// "lot": ..., "recall": ...}`, all four required, unknown fields rejected.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::AssessmentInput;
/// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
/// use legcramps::{Diary, Profile, Report};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
/// let assessed = AssessmentInput::new(as_of, Profile::default(), Diary::new())?.assessed()?;
/// let (ndc, lot): (Ndc, LotNumber) = ("0185-0022-01".parse()?, "JX6411".parse()?);
/// let report = Report::new(&assessed)?
///     .with_recall_lookup(&RecallRegistry::with_builtins(), &ndc, &lot);
/// let m = &report.recalls()[0];
/// assert_eq!((m.ndc.as_str(), m.lot.as_str()), ("0185-0022-01", "JX6411"));
/// assert!(m.recall.starts_with("D-0753-2022"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RecalledMedication {
    /// The recalled product, as the recall describes it.
    pub name: String,
    /// The NDC that matched.
    pub ndc: String,
    /// The person's lot number.
    pub lot: String,
    /// The recall: its label (the FDA recall number), class and reason.
    pub recall: String,
}

impl RecalledMedication {
    /// The row for one match of a lookup of `lot`, or `None` when the match's recall is
    /// not in `registry`.
    fn from_match(registry: &RecallRegistry, m: &RecallMatch, lot: &LotNumber) -> Option<Self> {
        let recall = registry.get(m.recall)?;
        let mut text = recall.label();
        if let Some(class) = recall.class {
            text.push_str(&format!(" ({})", class.as_fda_str()));
        }
        if !recall.reason.is_empty() {
            text.push_str(": ");
            text.push_str(&recall.reason);
        }
        Some(RecalledMedication {
            name: recall.product.clone(),
            ndc: m.ndc.to_string(),
            lot: lot.as_str().to_owned(),
            recall: text,
        })
    }
}

/// Why a [`Report`] could not be built. Names the field and the value.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::AssessmentInput;
/// use legcramps::{Diary, Profile, Report};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
/// let (profile, diary) = (Profile::default(), Diary::new());
/// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
/// let err = Report::new(&assessed)?.with_window_days(400).unwrap_err();
/// assert_eq!(err.to_string(), "invalid report window 400 nights: must be from 7 to 366 nights");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// The window is outside [`Report::MIN_WINDOW_DAYS`]..=[`Report::MAX_WINDOW_DAYS`].
    #[error(
        "invalid report window {0} nights: must be from {min} to {max} nights",
        min = Report::MIN_WINDOW_DAYS,
        max = Report::MAX_WINDOW_DAYS
    )]
    Window(u32),
    /// The diary does not fit the assessment's `as_of` (e.g. an episode after it). The
    /// error's field is the path from the input document, `diary.<field>`.
    #[error("invalid diary: {0}")]
    Diary(ValidationError),
    /// `as_of` is so close to the end of the supported calendar that the window's
    /// last night cannot be worked out.
    #[error("invalid as_of {}: too close to the end of the supported calendar", .0.to_rfc3339())]
    AsOfOutOfRange(DateTime<FixedOffset>),
}

impl ReportError {
    /// The name of the offending field: `window_days`, `diary.<field>` or `as_of`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(legcramps::ReportError::Window(3).field(), "window_days");
    /// ```
    pub fn field(&self) -> &str {
        match self {
            ReportError::Window(_) => "window_days",
            ReportError::Diary(e) => e.field(),
            ReportError::AsOfOutOfRange(_) => "as_of",
        }
    }
}

/// A doctor-visit report: one self-contained HTML page with SVG charts, and a
/// Markdown summary with the same content.
///
/// Build a [`Report`] from a profile, a diary and the [`Assessment`] made from them,
/// then call [`Report::to_html`] or [`Report::to_markdown`]. Nothing is read from the
/// clock: the report's time is the assessment's `as_of`.
///
/// It borrows its inputs and works out the window's figures once, in [`Report::new`]
/// and [`Report::with_window_days`]; rendering never fails. (It is a view over
/// borrowed data, so it has no serde form; its inputs have.)
///
/// # What the report holds
///
/// 1. A plain statement that it summarises a diary to support a conversation with a
///    clinician and is not a diagnosis (at the top and the bottom).
/// 2. At a glance: the referral level, why it could rise, the burden score, and a
///    table of key figures (cramps per week and per month, the last 7 nights, whether
///    the two frequency thresholds are reached, nights with cramps and nights
///    disturbed, mean and worst pain, mean and longest duration, trend, muscles).
/// 3. A calendar heatmap, one cell per night, shaded by the worst pain that night,
///    with the pain score printed in the cell and a dot for nights woken; and a table
///    of the nights with cramps.
/// 4. A weekly bar chart with the two thresholds ([`FREQUENT_PER_WEEK`](crate::FrequencyThreshold::FREQUENT_PER_WEEK),
///    [`MODERATE_SEVERE_PER_MONTH`](crate::FrequencyThreshold::MODERATE_SEVERE_PER_MONTH)) drawn as labelled reference lines with their
///    sources; and a table of the weeks.
/// 5. Every referral reason with its sources, the questions still to ask, what the
///    score is made of, and what points towards cramps or a look-alike.
/// 6. The medicines on the profile that may cause cramps, free-text medicine names the
///    catalog does not know, and the recalled products found by [`Report::with_recall_lookup`].
/// 7. The plan: tonight, from now on, supplements, cautions, and the quinine facts
///    when the person asked about quinine.
/// 8. The full reference of every source cited on the page.
///
/// # Window and nights
///
/// The charts and figures cover the last `N` nights ([`Report::with_window_days`],
/// default 30): the night in progress or just ended at `as_of` (a night runs from
/// 12:00 to 12:00, see [`CrampEpisode::night`]) and the `N − 1` before it. The
/// figures are [`Diary::stats_over`] for a window aligned to those nights (ending at
/// the noon after the last night), so the calendar cells, the weekly bars and the
/// figures count the same episodes; [`Report::stats`] returns them. The assessment's
/// own 30-day figures (behind the score and the referral) end at `as_of` exactly.
///
/// # Safety of the output
///
/// Every string, from the caller or from the crate's tables, is escaped for its
/// context: HTML text and attribute values get character references for `& < > " '`;
/// Markdown gets `&lt;`/`&gt;`/`&amp;` and backslash escapes for emphasis, link, code
/// and table-cell characters, with line breaks turned into spaces, so a value cannot
/// start a heading, list, quote or code block or add a table cell. Invisible format
/// characters (bidi controls, zero-width characters) become a visible marker such
/// as `[U+202E]` in both. The crate docs, "Caller text in the outputs", give the
/// full list. The HTML page has no scripts, no external fonts, images or style
/// sheets, and no links that load anything; source addresses are printed as text.
///
/// # Accessibility and print
///
/// Charts are inline SVG with `role="img"`, a `<title>` and a `<desc>` summarising
/// them; every number drawn is also printed in a table. Colours come from one blue
/// ramp that stays in order in grey print, every colour pair used for text meets WCAG
/// AA (4.5:1) and every graphic meets 3:1 (the ratios are listed and checked in the
/// `palette` module's tests: body text 17.40, muted text 7.00, dark cells with
/// white text 11.62, mid cells with dark text 6.81, light cells with dark text 13.43,
/// threshold lines 10.27, outlines 7.00); meaning never rests on colour alone (numbers
/// in the cells, a dot for woken nights, dash patterns for the two lines, hatching for
/// a part-week). The print style sheet fits A4 and US Letter.
///
/// # Examples
///
/// One cramp, 30 nights:
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::AssessmentInput;
/// use legcramps::{CrampEpisode, Diary, Profile, Report};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
/// let cramp = CrampEpisode::builder(DateTime::parse_from_rfc3339("2025-03-04T02:30:00+01:00")?)
///     .duration_secs(240).muscle("calf").side("left").pain(7).woke(true).in_bed_at_night(true)
///     .build()?;
/// let (profile, diary) = (Profile::default(), Diary::from_episodes([cramp]));
/// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
///
/// let report = Report::new(&assessed)?;
/// let html = report.to_html();
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert_eq!(html.matches("<g class=\"night\"").count(), 30); // one cell per night
/// assert!(!html.contains("<script"));
/// // 02:30 on 4 March belongs to the night that began on 3 March.
/// assert!(report.to_markdown().contains("| Mon 3 Mar 2025 | 1 | 7 | yes |"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A 90-night window with a recalled product (the recall's text is escaped):
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::AssessmentInput;
/// use legcramps::recall::{EnforcementRecord, Recall};
/// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
/// use legcramps::{Diary, Profile, Report};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
/// let (profile, diary) = (Profile::default(), Diary::new());
/// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
/// let record: EnforcementRecord = serde_json::from_str(r#"{"recall_number": "D-0001-2025",
///   "classification": "Class II", "recalling_firm": "Example Inc",
///   "product_description": "Example <b>tablets</b>, NDC 0000-0000-00",
///   "reason_for_recall": "example", "report_date": "20250101",
///   "code_info": "Lot # X1"}"#)?;
/// let mut registry = RecallRegistry::new();
/// registry.add(Recall::from_enforcement(&record))?;
/// let report = Report::new(&assessed)?
///     .with_window_days(90)?
///     .with_recall_lookup(&registry, &"0000-0000-00".parse::<Ndc>()?, &"X1".parse::<LotNumber>()?);
/// assert_eq!(report.window_days(), 90);
/// let html = report.to_html();
/// assert!(html.contains("No episodes were recorded"));
/// assert!(html.contains("Example &lt;b&gt;tablets&lt;/b&gt;"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'a> {
    profile: &'a Profile,
    diary: &'a Diary,
    assessment: &'a Assessment,
    window_days: u32,
    recalls: Vec<RecalledMedication>,
    last_night: NaiveDate,
    window_end: DateTime<FixedOffset>,
    stats: DiaryStats,
}

impl<'a> Report<'a> {
    /// The default window, 30 nights.
    pub const DEFAULT_WINDOW_DAYS: u32 = 30;
    /// The shortest window, 7 nights.
    pub const MIN_WINDOW_DAYS: u32 = 7;
    /// The longest window, 366 nights (a year); the calendar grows one row a week.
    pub const MAX_WINDOW_DAYS: u32 = 366;

    /// A report over the last 30 nights up to the assessment's `as_of`.
    ///
    /// `assessed` holds the profile, the diary and the assessment made from them
    /// ([`AssessmentInput::assessed`](crate::assess::AssessmentInput::assessed)), so the report
    /// cannot show an assessment of someone else.
    ///
    /// # Errors
    ///
    /// [`ReportError::Diary`] when an episode starts after the assessment's `as_of`;
    /// [`ReportError::AsOfOutOfRange`] for an `as_of` at the very end of chrono's
    /// calendar.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::AssessmentInput;
    /// use legcramps::{Diary, Profile, Report};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
    /// let (profile, diary) = (Profile::default(), Diary::new());
    /// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
    /// let report = Report::new(&assessed)?;
    /// // At 08:00 the last night is the one that began on 5 March.
    /// assert_eq!(report.last_night().to_string(), "2025-03-05");
    /// assert_eq!(report.first_night().to_string(), "2025-02-04");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(assessed: &'a Assessed) -> Result<Self, ReportError> {
        let (profile, diary, assessment) =
            (assessed.profile(), assessed.diary(), assessed.assessment());
        let as_of = assessment.as_of;
        // Checks that no episode starts after as_of (the error names the episode).
        diary
            .stats_over(as_of, Diary::MIN_WINDOW_DAYS)
            .map_err(ReportError::Diary)?;
        let last_night = night_of(as_of);
        let noon = NaiveTime::from_hms_opt(12, 0, 0);
        let window_end = last_night
            .checked_add_days(Days::new(1))
            .zip(noon)
            .map(|(day, noon)| day.and_time(noon))
            .and_then(|local| local.and_local_timezone(*as_of.offset()).single())
            .and_then(|noon| noon.checked_sub_signed(TimeDelta::nanoseconds(1)))
            .ok_or(ReportError::AsOfOutOfRange(as_of))?;
        let mut report = Report {
            profile,
            diary,
            assessment,
            window_days: Self::DEFAULT_WINDOW_DAYS,
            recalls: Vec::new(),
            last_night,
            window_end,
            stats: diary
                .stats_over(window_end, Self::DEFAULT_WINDOW_DAYS)
                .map_err(ReportError::Diary)?,
        };
        report.recompute()?;
        Ok(report)
    }

    /// The same report over the last `days` nights (7 to 366; 30 and 90 are the usual
    /// choices). See [`Report`] for how the nights are chosen.
    ///
    /// # Errors
    ///
    /// [`ReportError::Window`] when `days` is outside 7..=366.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::AssessmentInput;
    /// use legcramps::{Diary, Profile, Report};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
    /// let (profile, diary) = (Profile::default(), Diary::new());
    /// let assessed = AssessmentInput::new(as_of, profile, diary)?.assessed()?;
    /// let report = Report::new(&assessed)?
    ///     .with_window_days(90)?;
    /// assert_eq!(report.stats().window_days, 90);
    /// assert_eq!(report.first_night().to_string(), "2024-12-06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_window_days(mut self, days: u32) -> Result<Self, ReportError> {
        if !(Self::MIN_WINDOW_DAYS..=Self::MAX_WINDOW_DAYS).contains(&days) {
            return Err(ReportError::Window(days));
        }
        self.window_days = days;
        self.recompute()?;
        Ok(self)
    }

    /// The same report, also listing every recall in `registry` that covers the
    /// product with this NDC and lot ([`RecallRegistry::lookup`]): for each match, the
    /// recalled product as the recall describes it, the NDC that matched, the lot, and
    /// the recall's number, class and reason. Added to any listed before; nothing is
    /// added when no recall covers them. The report looks the product up itself, so
    /// the lot it prints is the one that was checked.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::AssessmentInput;
    /// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
    /// use legcramps::{Diary, Profile, Report};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
    /// let assessed = AssessmentInput::new(as_of, Profile::default(), Diary::new())?.assessed()?;
    /// let registry = RecallRegistry::with_builtins();
    /// let ndc: Ndc = "0185-0022-01".parse()?;
    /// let report = Report::new(&assessed)?
    ///     .with_recall_lookup(&registry, &ndc, &"JX6411".parse::<LotNumber>()?)
    ///     .with_recall_lookup(&registry, &ndc, &"NOTALOT1".parse::<LotNumber>()?);
    /// assert_eq!(report.recalls().len(), 1); // the second lot is not recalled
    /// assert!(report.to_markdown().contains("| 0185-0022-01 | JX6411 | D-0753-2022"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_recall_lookup(
        mut self,
        registry: &RecallRegistry,
        ndc: &Ndc,
        lot: &LotNumber,
    ) -> Self {
        let check = registry.lookup(ndc, lot);
        self.recalls.extend(
            check
                .matches
                .iter()
                .filter_map(|m| RecalledMedication::from_match(registry, m, lot)),
        );
        self
    }

    fn recompute(&mut self) -> Result<(), ReportError> {
        self.stats = self
            .diary
            .stats_over(self.window_end, self.window_days)
            .map_err(|e| {
                let field = format!("diary.{}", e.field());
                ReportError::Diary(e.for_field(field))
            })?;
        Ok(())
    }

    /// The window length in nights.
    pub fn window_days(&self) -> u32 {
        self.window_days
    }

    /// The first night shown (the date on which it began).
    pub fn first_night(&self) -> NaiveDate {
        self.last_night
            .checked_sub_days(Days::new(u64::from(self.window_days.saturating_sub(1))))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last night shown: the one in progress or just ended at `as_of`.
    pub fn last_night(&self) -> NaiveDate {
        self.last_night
    }

    /// The statistics the report shows: [`Diary::stats_over`] with this window,
    /// ending just before the noon that closes the last night.
    pub fn stats(&self) -> &DiaryStats {
        &self.stats
    }

    /// The recalled products to list.
    pub fn recalls(&self) -> &[RecalledMedication] {
        &self.recalls
    }

    /// The assessment's `as_of`.
    pub fn as_of(&self) -> DateTime<FixedOffset> {
        self.assessment.as_of
    }

    pub(crate) fn profile(&self) -> &Profile {
        self.profile
    }

    pub(crate) fn diary(&self) -> &Diary {
        self.diary
    }

    pub(crate) fn assessment(&self) -> &Assessment {
        self.assessment
    }

    /// The window as instants: episodes starting after `.0` and not after `.1`.
    pub(crate) fn window_bounds(&self) -> (DateTime<FixedOffset>, DateTime<FixedOffset>) {
        let start = self
            .window_end
            .checked_sub_signed(TimeDelta::days(i64::from(self.window_days)))
            .unwrap_or(self.window_end);
        (start, self.window_end)
    }

    /// The report as one self-contained HTML page (UTF-8; inline CSS and SVG; no
    /// scripts, no external resources).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::AssessmentInput;
    /// use legcramps::{Diary, Profile, Report};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
    /// let (profile, diary) = (Profile::default(), Diary::new());
    /// let html = Report::new(&AssessmentInput::new(as_of, profile, diary)?.assessed()?)?.to_html();
    /// assert!(html.contains("<svg class=\"chart\" id=\"heatmap\""));
    /// assert!(html.contains("It is not a diagnosis"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_html(&self) -> String {
        html::render(&compose::content(self))
    }

    /// The report as Markdown (GitHub-flavoured tables), with the same content as
    /// the HTML page; the charts' numbers are in the tables.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::DateTime;
    /// use legcramps::assess::AssessmentInput;
    /// use legcramps::{Diary, Profile, Report};
    ///
    /// let as_of = DateTime::parse_from_rfc3339("2025-03-06T08:00:00+01:00")?;
    /// let (profile, diary) = (Profile::default(), Diary::new());
    /// let md = Report::new(&AssessmentInput::new(as_of, profile, diary)?.assessed()?)?.to_markdown();
    /// assert!(md.starts_with("# Night leg cramps"));
    /// assert!(md.contains("No episodes were recorded in these 30 nights."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        markdown::render(&compose::content(self))
    }
}

/// The night `at` belongs to: the local date 12 hours earlier (the same rule as
/// [`crate::CrampEpisode::night`]).
pub(crate) fn night_of(at: DateTime<FixedOffset>) -> NaiveDate {
    let local = at.naive_local();
    local
        .checked_sub_signed(TimeDelta::hours(12))
        .map_or(local.date(), |shifted| shifted.date())
}
