//! The burden/risk score: points from the diary and from the person, each cited, that
//! add up exactly to a total from 0 to 100.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::model::ScoreModel;
use crate::{Citation, ConditionId, MedicationId, RiskFactorId, Trend};
#[cfg(doc)]
use crate::{FREQUENT_PER_WEEK, MODERATE_SEVERE_PER_MONTH};

/// The longest a typical cramp lasts, in minutes: CKS describes cramps lasting several
/// minutes and up to about 10 minutes, and NHS treats a cramp over 10 minutes as a
/// reason for advice.
pub(crate) const TYPICAL_MAX_MINUTES: f64 = 10.0;

/// The most raw points one contribution can hold, so that the raw total of any model
/// fits in a `u32` without saturating.
pub(crate) const MAX_RAW_POINTS: u32 = 1_000_000;

/// What a [`Contribution`] to the score is about.
///
/// JSON form: `{"kind": "pain"}`, `{"kind": "risk_factor", "id": "female_sex"}`,
/// `{"kind": "condition", "id": "arthritis"}`, `{"kind": "medication", "id": "salmeterol"}`.
///
/// # Examples
///
/// ```
/// use legcramps::MedicationId;
/// use legcramps::assess::ScoreFactor;
///
/// let json = serde_json::to_string(&ScoreFactor::Medication(MedicationId::Salmeterol))?;
/// assert_eq!(json, r#"{"kind":"medication","id":"salmeterol"}"#);
/// assert_eq!(serde_json::to_string(&ScoreFactor::Pain)?, r#"{"kind":"pain"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ScoreFactor {
    /// The number of cramps in the 30-day window.
    EpisodeCount,
    /// The 30-day count reaches `FrequencyThreshold::MODERATE_SEVERE_PER_MONTH`.
    ModerateToSevereMonth,
    /// Frequent cramps, `FrequencyThreshold::FREQUENT_PER_WEEK`: 3 or more in the last 7 days, or an
    /// average of 3 or more a week over the 30-day window.
    FrequentWeek,
    /// The worst pain in the window.
    Pain,
    /// The longest cramp in the window.
    Duration,
    /// A cramp in the window lasted longer than about 10 minutes.
    LongCramp,
    /// Nights in the window on which a cramp woke the person.
    DisturbedNights,
    /// A fact about the person (see [`ScoreModel`]).
    RiskFactor(RiskFactorId),
    /// A condition from the conditions catalog.
    Condition(ConditionId),
    /// A drug from the medication catalog that may cause cramps.
    Medication(MedicationId),
}

impl ScoreFactor {
    /// `true` when the factor belongs to the diary burden (frequency, pain, duration,
    /// broken nights), `false` when it belongs to the person's risk (facts about the
    /// person, conditions, drugs).
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::RiskFactorId;
    /// use legcramps::assess::ScoreFactor;
    ///
    /// assert!(ScoreFactor::Pain.is_burden());
    /// assert!(!ScoreFactor::RiskFactor(RiskFactorId::FemaleSex).is_burden());
    /// ```
    pub fn is_burden(self) -> bool {
        self.part() == ScorePart::Burden
    }

    /// Which subtotal the factor belongs to.
    pub(crate) fn part(self) -> ScorePart {
        match self {
            ScoreFactor::EpisodeCount
            | ScoreFactor::ModerateToSevereMonth
            | ScoreFactor::FrequentWeek
            | ScoreFactor::Pain
            | ScoreFactor::Duration
            | ScoreFactor::LongCramp
            | ScoreFactor::DisturbedNights => ScorePart::Burden,
            ScoreFactor::RiskFactor(_) | ScoreFactor::Condition(_) | ScoreFactor::Medication(_) => {
                ScorePart::Risk
            }
        }
    }
}

/// The two parts of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum ScorePart {
    /// What the diary shows: how often, how painful, how long, how many nights broken.
    Burden,
    /// Who the person is: risk factors, conditions and drugs.
    Risk,
}

/// One line of the score's explanation: what earned points, how many, and why.
///
/// `raw_points` are the points before the total was fitted into 0..=100; `points` are
/// after. The `points` of all contributions add up exactly to [`Score::total`].
///
/// # Examples
///
/// ```
/// use legcramps::assess::{Contribution, ScoreFactor};
///
/// let c: Contribution = serde_json::from_str(
///     r#"{"factor": {"kind": "pain"}, "points": 6, "raw_points": 6,
///         "citations": ["Sebo-2019"], "reason": "worst pain"}"#,
/// )?;
/// assert_eq!(c.factor, ScoreFactor::Pain);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Contribution {
    /// What earned the points.
    pub factor: ScoreFactor,
    /// Points in the total (after fitting into 0..=100).
    pub points: u8,
    /// Points before fitting.
    pub raw_points: u32,
    /// The sources behind the weight.
    pub citations: Cow<'static, [Citation]>,
    /// Why it earns points, in plain words.
    pub reason: Cow<'static, str>,
    /// `true` when the weight rests on a cut-off that is our own design choice rather
    /// than a figure from the sources (the reason then says "our cut-off"). JSON: left
    /// out when `false`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub our_cut_off: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The band a score total falls in.
///
/// JSON form: `"low"`, `"moderate"`, `"high"`. Ordered low < moderate < high.
///
/// # Examples
///
/// ```
/// use legcramps::assess::Band;
///
/// assert!(Band::Low < Band::High);
/// assert_eq!(serde_json::to_string(&Band::Moderate)?, "\"moderate\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Band {
    /// Below [`ScoreModel::moderate_from`].
    Low,
    /// From [`ScoreModel::moderate_from`] up to below [`ScoreModel::high_from`].
    Moderate,
    /// [`ScoreModel::high_from`] and above.
    High,
}

/// Fits the raw points into 0..=100 and fills in each contribution's `points`.
///
/// A raw total of 100 or less is kept as it is. Above 100, every contribution is
/// scaled by `100 / raw_total` and rounded down; the points still missing to reach
/// exactly 100 go, one each, to the contributions with the largest remainders (the
/// earlier contribution first on a tie). This is the largest-remainder method: the
/// points always add up to exactly 100, and no contribution moves by a whole point
/// more than rounding needs.
fn fit_to_100(contributions: &mut [Contribution], raw_total: u32) -> u8 {
    if raw_total <= 100 {
        for c in contributions.iter_mut() {
            c.points = u8::try_from(c.raw_points).unwrap_or(100);
        }
        return u8::try_from(raw_total).unwrap_or(100);
    }
    let total = u64::from(raw_total);
    let mut given = 0u64;
    for c in contributions.iter_mut() {
        let share = u64::from(c.raw_points) * 100 / total;
        given += share;
        c.points = u8::try_from(share).unwrap_or(100);
    }
    let mut bumped = vec![false; contributions.len()];
    for _ in given..100 {
        let mut best: Option<(usize, u64)> = None;
        for (i, c) in contributions.iter().enumerate() {
            if bumped.get(i).copied().unwrap_or(true) {
                continue;
            }
            let remainder = u64::from(c.raw_points) * 100 % total;
            if best.is_none_or(|(_, r)| remainder > r) {
                best = Some((i, remainder));
            }
        }
        let Some((i, _)) = best else { break };
        if let (Some(flag), Some(c)) = (bumped.get_mut(i), contributions.get_mut(i)) {
            *flag = true;
            c.points = c.points.saturating_add(1);
        }
    }
    100
}

/// One subtotal of a [`Score`], the diary burden or the person's risk: its points and
/// the contributions that make them up.
///
/// `points` are after the total was fitted into 0..=100 (the burden's and the risk's
/// `points` add up to [`Score::total`]); `raw_points` are before.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::assess;
/// use legcramps::{Diary, Profile, Sex};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let p = Profile::builder().sex(Sex::Female).age(legcramps::AgeInfo::Years(70.try_into()?)).build();
/// let a = assess(&p, &Diary::new(), as_of)?;
/// assert_eq!(a.score.burden().points, 0);
/// // Female sex, OR 1.96 in outpatients 65 and over (Abdulla-1999): 5; age 60+: 3.
/// assert_eq!(a.score.risk().points, 8);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Subtotal<'a> {
    /// Points in the total (after fitting into 0..=100).
    pub points: u8,
    /// Points before fitting.
    pub raw_points: u32,
    /// The contributions of this part, in the order of [`Score::contributions`](Score).
    pub contributions: &'a [Contribution],
}

/// The burden/risk score: a total from 0 to 100, its band, and two subtotals, the
/// diary **burden** and the person's **risk**, each with the contributions that make
/// it up.
///
/// The contributions' `points` add up exactly to `total`, and the two subtotals add
/// up to it too. When the raw points add up to more than 100, the total is 100 and
/// the contributions are scaled down by the largest-remainder method (see
/// [`ScoreModel`]); `raw_total` keeps the sum before scaling. Adding a risk factor, a
/// drug that may cause cramps, a condition or another episode never lowers the total.
///
/// `burden_band` is the band of the burden's own raw points (up to 100),
/// whatever the risk: it is what the `high_burden_score` referral rule reads, so a
/// long list of risk factors with an empty diary never reads as "regular cramps".
///
/// JSON form: `{"total", "band", "raw_total", "burden": {"points", "raw_points",
/// "band", "contributions"}, "risk": {"points", "raw_points", "contributions"},
/// "trend"}`. Deserializing checks the sums.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::assess::{assess, Band};
/// use legcramps::{Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let a = assess(&Profile::default(), &Diary::new(), as_of)?;
/// assert_eq!(a.score.total, 0);
/// assert_eq!(a.score.band, Band::Low);
/// assert_eq!(a.score.burden_band, Band::Low);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(with = "ScoreRepr")
)]
#[serde(try_from = "ScoreRepr")]
#[non_exhaustive]
pub struct Score {
    /// The total, 0 to 100.
    pub total: u8,
    /// The band of the total.
    pub band: Band,
    /// The sum of the raw points before fitting into 0..=100.
    pub raw_total: u32,
    /// The band of the burden subtotal's raw points (up to 100), read on its own: the
    /// risk never moves it.
    pub burden_band: Band,
    /// This 30-day window against the one before. Reported only; it earns no points
    /// (see [`ScoreModel`]).
    pub trend: Trend,
    /// Every contribution, in a fixed order: diary burden, then risk (facts about
    /// the person, conditions in catalog order, drugs in catalog order).
    pub contributions: Vec<Contribution>,
}

impl Score {
    /// Fits the contributions into 0..=100 and bands the total and the burden.
    pub(crate) fn from_contributions(
        mut contributions: Vec<Contribution>,
        bands: &ScoreModel,
        trend: Trend,
    ) -> Score {
        // Stable: the order inside each part is kept.
        contributions.sort_by_key(|c| c.factor.part());
        let burden_len = contributions.partition_point(|c| c.factor.is_burden());
        let raw_total = raw_sum(&contributions);
        let burden_raw = raw_sum(contributions.get(..burden_len).unwrap_or_default());
        let total = fit_to_100(&mut contributions, raw_total);
        Score {
            total,
            band: bands.band(total),
            raw_total,
            burden_band: bands.band(u8::try_from(burden_raw.min(100)).unwrap_or(100)),
            contributions,
            trend,
        }
    }

    /// `true` when the raw points exceeded 100 and were scaled down.
    pub fn is_scaled(&self) -> bool {
        self.raw_total > 100
    }

    /// The diary burden: frequency, pain, duration, broken nights.
    pub fn burden(&self) -> Subtotal<'_> {
        self.subtotal(ScorePart::Burden)
    }

    /// The person's risk: facts about the person, conditions, drugs.
    pub fn risk(&self) -> Subtotal<'_> {
        self.subtotal(ScorePart::Risk)
    }

    fn subtotal(&self, part: ScorePart) -> Subtotal<'_> {
        // The burden's contributions come first.
        let burden_len = self.contributions.partition_point(|c| c.factor.is_burden());
        let (burden, risk) = self
            .contributions
            .split_at_checked(burden_len)
            .unwrap_or((&[], &self.contributions));
        let contributions = match part {
            ScorePart::Burden => burden,
            ScorePart::Risk => risk,
        };
        Subtotal {
            points: u8::try_from(points_sum(contributions)).unwrap_or(100),
            raw_points: raw_sum(contributions),
            contributions,
        }
    }
}

fn raw_sum(cs: &[Contribution]) -> u32 {
    cs.iter()
        .fold(0u32, |sum, c| sum.saturating_add(c.raw_points))
}

fn points_sum(cs: &[Contribution]) -> u32 {
    cs.iter().map(|c| u32::from(c.points)).sum()
}

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Part<'a> {
            points: u8,
            raw_points: u32,
            #[serde(skip_serializing_if = "Option::is_none")]
            band: Option<Band>,
            contributions: &'a [Contribution],
        }
        #[derive(Serialize)]
        struct Out<'a> {
            total: u8,
            band: Band,
            raw_total: u32,
            burden: Part<'a>,
            risk: Part<'a>,
            trend: Trend,
        }
        fn part(s: Subtotal<'_>, band: Option<Band>) -> Part<'_> {
            Part {
                points: s.points,
                raw_points: s.raw_points,
                band,
                contributions: s.contributions,
            }
        }
        Out {
            total: self.total,
            band: self.band,
            raw_total: self.raw_total,
            burden: part(self.burden(), Some(self.burden_band)),
            risk: part(self.risk(), None),
            trend: self.trend,
        }
        .serialize(serializer)
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ScoreRepr {
    total: u8,
    band: Band,
    raw_total: u32,
    burden: PartRepr,
    risk: PartRepr,
    trend: Trend,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct PartRepr {
    points: u8,
    raw_points: u32,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip_serializing_if = "Option::is_none"))]
    band: Option<Band>,
    contributions: Vec<Contribution>,
}

/// Why a score read from JSON was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid score {field} {value}: {problem}")]
pub(crate) struct ScoreCheckError {
    field: &'static str,
    value: String,
    problem: &'static str,
}

impl TryFrom<ScoreRepr> for Score {
    type Error = ScoreCheckError;

    fn try_from(r: ScoreRepr) -> Result<Self, Self::Error> {
        let err = |field, value: u64, problem| ScoreCheckError {
            field,
            value: value.to_string(),
            problem,
        };
        if r.total > 100 {
            return Err(err("total", r.total.into(), "must be from 0 to 100"));
        }
        for (name, part, want) in [
            ("burden", &r.burden, ScorePart::Burden),
            ("risk", &r.risk, ScorePart::Risk),
        ] {
            if part.contributions.iter().any(|c| c.factor.part() != want) {
                return Err(err(
                    if want == ScorePart::Burden {
                        "burden.contributions"
                    } else {
                        "risk.contributions"
                    },
                    part.contributions.len() as u64,
                    "must hold only factors of its own part",
                ));
            }
            if u32::from(part.points) != points_sum(&part.contributions) {
                let field = if name == "burden" {
                    "burden.points"
                } else {
                    "risk.points"
                };
                return Err(err(
                    field,
                    part.points.into(),
                    "must equal the sum of the contributions' points",
                ));
            }
            if u64::from(part.raw_points)
                != part
                    .contributions
                    .iter()
                    .map(|c| u64::from(c.raw_points))
                    .sum::<u64>()
            {
                let field = if name == "burden" {
                    "burden.raw_points"
                } else {
                    "risk.raw_points"
                };
                return Err(err(
                    field,
                    part.raw_points.into(),
                    "must equal the sum of the contributions' raw points",
                ));
            }
        }
        let Some(burden_band) = r.burden.band else {
            return Err(err(
                "burden.band",
                0,
                "is missing (the burden's band is required)",
            ));
        };
        if r.risk.band.is_some() {
            return Err(err(
                "risk.band",
                0,
                "must be left out (only the burden has a band of its own)",
            ));
        }
        let points = u64::from(r.burden.points) + u64::from(r.risk.points);
        if points != u64::from(r.total) {
            return Err(err(
                "total",
                r.total.into(),
                "must equal the sum of the contributions' points",
            ));
        }
        let raw = u64::from(r.burden.raw_points) + u64::from(r.risk.raw_points);
        if raw != u64::from(r.raw_total) {
            return Err(err(
                "raw_total",
                r.raw_total.into(),
                "must equal the sum of the contributions' raw points",
            ));
        }
        let expected = if r.raw_total > 100 { 100 } else { r.raw_total };
        if u32::from(r.total) != expected {
            return Err(err(
                "total",
                r.total.into(),
                "must equal the raw total, or 100 when the raw total is above 100",
            ));
        }
        let mut contributions = r.burden.contributions;
        contributions.extend(r.risk.contributions);
        Ok(Score {
            total: r.total,
            band: r.band,
            raw_total: r.raw_total,
            contributions,
            burden_band,
            trend: r.trend,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contribution(raw: u32) -> Contribution {
        Contribution {
            factor: ScoreFactor::Pain,
            points: 0,
            raw_points: raw,
            citations: Cow::Borrowed(&[]),
            reason: Cow::Borrowed(""),
            our_cut_off: false,
        }
    }

    #[test]
    fn small_totals_are_kept() {
        let mut cs = vec![contribution(30), contribution(70)];
        assert_eq!(fit_to_100(&mut cs, 100), 100);
        assert_eq!((cs[0].points, cs[1].points), (30, 70));
    }

    #[test]
    fn large_totals_scale_by_largest_remainder() {
        // 50/150, 50/150, 50/150 -> 33.3 each, floors 33+33+33 = 99; the one point
        // left goes to the first of the equal remainders.
        let mut cs = vec![contribution(50), contribution(50), contribution(50)];
        assert_eq!(fit_to_100(&mut cs, 150), 100);
        assert_eq!(
            cs.iter().map(|c| c.points).collect::<Vec<_>>(),
            vec![34, 33, 33]
        );
        // 10, 95, 95 of 200 -> 5, 47.5, 47.5: floors 99, the first 47.5 gets the point.
        let mut cs = vec![contribution(10), contribution(95), contribution(95)];
        assert_eq!(fit_to_100(&mut cs, 200), 100);
        assert_eq!(
            cs.iter().map(|c| c.points).collect::<Vec<_>>(),
            vec![5, 48, 47]
        );
    }
}
