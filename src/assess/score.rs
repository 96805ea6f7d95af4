//! The burden/risk score: points from the diary and from the person, each cited, that
//! add up exactly to a total from 0 to 100.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::model::BandCutoffs;
#[cfg(doc)]
use crate::{
    BurdenWeights, FREQUENT_PER_WEEK, MODERATE_SEVERE_PER_MONTH, PERSON_WEIGHTS, ScoreModel,
};
use crate::{Citation, ConditionId, MedicationId, RiskFactor, Trend};

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
/// use legcramps::{MedicationId, ScoreFactor};
///
/// let json = serde_json::to_string(&ScoreFactor::Medication(MedicationId::Salmeterol))?;
/// assert_eq!(json, r#"{"kind":"medication","id":"salmeterol"}"#);
/// assert_eq!(serde_json::to_string(&ScoreFactor::Pain)?, r#"{"kind":"pain"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ScoreFactor {
    /// The number of cramps in the 30-day window.
    EpisodeCount,
    /// The 30-day count reaches [`MODERATE_SEVERE_PER_MONTH`].
    ModerateToSevereMonth,
    /// Frequent cramps, [`FREQUENT_PER_WEEK`]: 3 or more in the last 7 days, or an
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
    /// A fact about the person (see [`PERSON_WEIGHTS`]).
    RiskFactor(RiskFactor),
    /// A condition from the conditions catalog.
    Condition(ConditionId),
    /// A drug from the medication catalog that may cause cramps.
    Medication(MedicationId),
}

/// One line of the score's explanation: what earned points, how many, and why.
///
/// `raw_points` are the points before the total was fitted into 0..=100; `points` are
/// after. The `points` of all contributions add up exactly to [`Score::total`].
///
/// # Examples
///
/// ```
/// use legcramps::{Contribution, ScoreFactor};
///
/// let c: Contribution = serde_json::from_str(
///     r#"{"factor": {"kind": "pain"}, "points": 6, "raw_points": 6,
///         "citations": ["Sebo-2019"], "reason": "worst pain"}"#,
/// )?;
/// assert_eq!(c.factor, ScoreFactor::Pain);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

/// The band a score total falls in.
///
/// JSON form: `"low"`, `"moderate"`, `"high"`. Ordered low < moderate < high.
///
/// # Examples
///
/// ```
/// use legcramps::Band;
///
/// assert!(Band::Low < Band::High);
/// assert_eq!(serde_json::to_string(&Band::Moderate)?, "\"moderate\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Band {
    /// Below [`BandCutoffs::moderate_from`].
    Low,
    /// From [`BandCutoffs::moderate_from`] up to below [`BandCutoffs::high_from`].
    Moderate,
    /// [`BandCutoffs::high_from`] and above.
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

/// The burden/risk score: a total from 0 to 100, its band, and the contributions that
/// make it up.
///
/// The contributions' `points` add up exactly to `total`. When the raw points add up
/// to more than 100, the total is 100 and the contributions are scaled down by the
/// largest-remainder method (see [`ScoreModel`]); `raw_total` keeps the sum before
/// scaling. Adding a risk factor, a drug that may cause cramps, a condition or another
/// episode never lowers the total.
///
/// Deserializing checks those invariants.
///
/// # Examples
///
/// ```
/// use chrono::DateTime;
/// use legcramps::{assess, Band, Diary, Profile};
///
/// let as_of = DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00")?;
/// let a = assess(&Profile::default(), &Diary::new(), as_of)?;
/// assert_eq!(a.score.total(), 0);
/// assert_eq!(a.score.band(), Band::Low);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ScoreRepr")]
pub struct Score {
    total: u8,
    band: Band,
    raw_total: u32,
    contributions: Vec<Contribution>,
    trend: Trend,
}

impl Score {
    /// Fits the contributions into 0..=100 and bands the total.
    pub(crate) fn from_contributions(
        mut contributions: Vec<Contribution>,
        bands: &BandCutoffs,
        trend: Trend,
    ) -> Score {
        let raw_total = contributions
            .iter()
            .fold(0u32, |sum, c| sum.saturating_add(c.raw_points));
        let total = fit_to_100(&mut contributions, raw_total);
        Score {
            total,
            band: bands.band(total),
            raw_total,
            contributions,
            trend,
        }
    }

    /// The total, 0 to 100.
    pub fn total(&self) -> u8 {
        self.total
    }

    /// The band of the total.
    pub fn band(&self) -> Band {
        self.band
    }

    /// The sum of the raw points before fitting into 0..=100.
    pub fn raw_total(&self) -> u32 {
        self.raw_total
    }

    /// `true` when the raw points exceeded 100 and were scaled down.
    pub fn is_scaled(&self) -> bool {
        self.raw_total > 100
    }

    /// The contributions, in a fixed order: diary burden, facts about the person,
    /// conditions (catalog order), drugs (catalog order).
    pub fn contributions(&self) -> &[Contribution] {
        &self.contributions
    }

    /// This 30-day window against the one before. Reported only; it earns no points
    /// (see [`BurdenWeights`]).
    pub fn trend(&self) -> Trend {
        self.trend
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreRepr {
    total: u8,
    band: Band,
    raw_total: u32,
    contributions: Vec<Contribution>,
    trend: Trend,
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
        let points: u64 = r.contributions.iter().map(|c| u64::from(c.points)).sum();
        if points != u64::from(r.total) {
            return Err(err(
                "total",
                r.total.into(),
                "must equal the sum of the contributions' points",
            ));
        }
        let raw: u64 = r
            .contributions
            .iter()
            .map(|c| u64::from(c.raw_points))
            .sum();
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
        Ok(Score {
            total: r.total,
            band: r.band,
            raw_total: r.raw_total,
            contributions: r.contributions,
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
