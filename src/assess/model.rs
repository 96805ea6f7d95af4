//! The points model: how evidence becomes points, the burden weights, the band
//! cut-offs, and the computation of a [`Score`] from the facts.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::facts::{Facts, LOOKALIKE_CONDITIONS, frequent_week};
use super::score::{Band, Contribution, MAX_RAW_POINTS, Score, ScoreFactor, TYPICAL_MAX_MINUTES};
use super::weights::{
    AssociationSource, BurdenPart, EffectShown, PERSON_WEIGHTS, PersonTrigger, WeightBasis,
    association_reason, burden, effect_shown, study_population,
};
use crate::{Answer, Citation, DiaryStats, EffectSize, MODERATE_SEVERE_PER_MONTH, Sex};

/// How many times its lower end an interval's upper end may be before the ratio is
/// scored from the lower end (a design choice: Delacour-2020's 1.74–101.9 is a 58-fold
/// spread, every other ratio in the catalogs under 3-fold).
const IMPRECISE_SPREAD: f64 = 10.0;

/// The points model: how evidence becomes points, the points per unit of diary
/// burden, and where the bands start.
///
/// Every field is a whole number and every combination is valid: arithmetic
/// saturates, and a total above 100 is fitted into 0..=100 (see [`Score`]). The
/// defaults are design choices (no validated points score exists, clinical.md §8.1);
/// the thresholds they reward come from the sources.
///
/// # The default, and how effect sizes set the order of weights
///
/// A significant ratio `r` (odds ratio or sequence ratio) scores
/// `round(k × ln r)` with `k = points_per_log_ratio = 8`, at least
/// `non_significant_points = 1` and at most `max_effect_points = 10`. The log keeps the
/// order of the ratios and treats halving and doubling alike; the cap stops one
/// study from dominating. A ratio whose interval's upper end is more than 10 times
/// its lower end (only Delacour-2020's, 1.74–101.9, a 58-fold spread; the others are
/// under 3-fold) is scored from the lower end instead: the estimate is too uncertain
/// to rank above factors whose ratios are well estimated. With the defaults:
///
/// | Factor | Ratio (source) | k·ln r | Points |
/// |---|---|---|---|
/// | Sedentary lifestyle | OR 9.84, CrI 1.74–101.9 (Delacour-2020) | 18.3; from 1.74: 4.4 | **4** (scored from the lower end: very wide interval) |
/// | Peripheral arterial disease | OR 2.9 (Abdulla-1999) | 8.5 | 9 |
/// | Long-acting beta-agonist | ASR 2.42 (Garrison-2012) | 7.1 | 7 |
/// | Arthritis | OR 2.26 (Abdulla-1999) | 6.5 | 7 |
/// | Potassium-sparing diuretic | ASR 2.12 (Garrison-2012) | 6.0 | 6 |
/// | Female sex | OR 1.96 (Abdulla-1999) | 5.4 | 5 |
/// | Thiazide diuretic | ASR 1.48 (Garrison-2012) | 3.1 | 3 |
/// | Statin | ASR 1.16 (Garrison-2012) | 1.2 | 1 |
/// | Loop diuretic | ASR 1.20, not significant (Garrison-2012) | — | 1 (`non_significant_points`) |
///
/// A link reported without a ratio (older age, pregnancy, other conditions, other drugs
/// listed as possible causes) scores `association_points = 3`; a habit named only by
/// the consumer article scores `seed_only_points = 1`. Sequence ratios are not odds
/// ratios; putting both on one scale only sets a rough order.
///
/// # Who a ratio applies to
///
/// A ratio counts only for people of the ages its study took in
/// (clinical.md §2.1, §3, §8.4): Delacour-2020 primary-care patients over 60,
/// Abdulla-1999 outpatients 65 and over, Garrison-2012 adults 50 and over. For anyone
/// else, and when the
/// age is unknown, a fact about the person (sedentary life, female sex) adds 0 points
/// and says why; a condition or drug, which the catalogs list as linked whatever the
/// age, scores as a link without a ratio, but never more than its ratio would give.
///
/// # Facts about the person
///
/// With the defaults they score: sedentary lifestyle 4 (Delacour-2020, scored from
/// the lower end of its interval), female sex 5 (Abdulla-1999), age 60 or over 3
/// (CKS, Maisonneuve-2016), age 80 or over 3 more (Naylor-1994), pregnancy 3
/// (Cochrane, CKS), and 1 (`seed_only_points`) for each habit named only by the
/// consumer article: unusual exertion, sitting `long_sitting_hours` or standing
/// `long_standing_hours` a day or more (our cut-offs), not stretching, sleeping with
/// the legs crossed or restricted. Each contribution of a [`Score`] carries its row's
/// sources and reason.
///
/// Conditions and drugs from the catalogs score from the catalog row's own
/// [`EffectSize`] (the ratio's points, as above) or, without one, `association_points`;
/// two drugs of the same class count once, with the higher points. With the defaults:
/// peripheral arterial disease 9, arthritis 7, other listed conditions 3; long-acting
/// beta-agonists 7, potassium-sparing diuretics 6, thiazide diuretics 3, loop
/// diuretics 1 (not significant), statins 1, other drugs listed as possible causes 3.
///
/// # Diary burden
///
/// Every burden factor is a count or a maximum over the 30-day window, so adding an
/// episode never lowers it. The trend (this window against the one before) earns no
/// points: an extra episode in the earlier window would turn "rising" into "steady"
/// and lower the total, so the trend is reported in [`Score::trend`](Score) instead.
/// The 5-in-30-days step ([`MODERATE_SEVERE_PER_MONTH`](crate::FrequencyThreshold::MODERATE_SEVERE_PER_MONTH))
/// is our own cut-off, so it carries a small weight: less than the sourced
/// frequent-cramps step and less than pain, nights or the count can reach.
///
/// # Bands
///
/// Moderate from 25 and high from 50 are design choices anchored on the default
/// burden weights: frequent cramps ([`FREQUENT_PER_WEEK`](crate::FrequencyThreshold::FREQUENT_PER_WEEK),
/// 3 or more a week: at least 13 in 30 days = 26 + 10 + 5 points) land in *moderate*
/// on their own; *high* needs about twice that, for example frequent cramps with
/// severe pain or broken nights. The same cut-offs band the burden subtotal on its
/// own ([`Score::burden_band`](Score)).
///
/// # Examples
///
/// ```
/// use legcramps::assess::ScoreModel;
///
/// let model = ScoreModel { points_per_log_ratio: 10, ..ScoreModel::default() };
/// let json = serde_json::to_string(&model)?;
/// assert_eq!(serde_json::from_str::<ScoreModel>(&json)?, model);
/// // Fields left out take their defaults.
/// assert_eq!(serde_json::from_str::<ScoreModel>("{}")?, ScoreModel::default());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoreModel {
    /// `k`: points per natural-log unit of a significant ratio (default 8).
    pub points_per_log_ratio: u32,
    /// The most points one ratio can earn (default 10).
    pub max_effect_points: u32,
    /// Points for a ratio whose interval includes 1, and the least a significant
    /// ratio earns (default 1).
    pub non_significant_points: u32,
    /// Points for a link reported without a ratio (default 3).
    pub association_points: u32,
    /// Points for a factor named only by the consumer article (default 1).
    pub seed_only_points: u32,
    /// Hours of sitting a day that count as long sitting (default 8; a design choice,
    /// the article gives no number).
    pub long_sitting_hours: u8,
    /// Hours of standing a day that count as long standing (default 6; a design
    /// choice, the article gives no number).
    pub long_standing_hours: u8,
    /// Points per cramp in the 30-day window (default 2).
    pub points_per_episode: u32,
    /// Cramps counted at most (default 15, so at most 30 points).
    pub max_counted_episodes: u32,
    /// Points for reaching [`MODERATE_SEVERE_PER_MONTH`](crate::FrequencyThreshold::MODERATE_SEVERE_PER_MONTH),
    /// 5 in 30 days, our own cut-off (default 5).
    pub moderate_to_severe_month: u32,
    /// Points for frequent cramps, [`FREQUENT_PER_WEEK`](crate::FrequencyThreshold::FREQUENT_PER_WEEK): 3 or
    /// more in the last 7 days or on average over the window (default 10).
    pub frequent_week: u32,
    /// Points per step of the worst pain score, 0-10 (default 1).
    pub points_per_pain_step: u32,
    /// Points per whole two minutes of the longest cramp (default 1).
    pub points_per_two_minutes: u32,
    /// Two-minute steps counted at most (default 5, i.e. up to 10 minutes).
    pub max_two_minute_steps: u32,
    /// Points when a cramp lasted over 10 minutes (default 5).
    pub long_cramp: u32,
    /// Points per night woken by a cramp (default 2).
    pub points_per_disturbed_night: u32,
    /// Nights counted at most (default 6).
    pub max_disturbed_nights: u32,
    /// The lowest total in the moderate band (default 25).
    pub moderate_from: u8,
    /// The lowest total in the high band (default 50). Checked first, so it wins if
    /// it is set below `moderate_from`.
    pub high_from: u8,
}

impl Default for ScoreModel {
    fn default() -> Self {
        ScoreModel {
            points_per_log_ratio: 8,
            max_effect_points: 10,
            non_significant_points: 1,
            association_points: 3,
            seed_only_points: 1,
            long_sitting_hours: 8,
            long_standing_hours: 6,
            points_per_episode: 2,
            max_counted_episodes: 15,
            moderate_to_severe_month: 5,
            frequent_week: 10,
            points_per_pain_step: 1,
            points_per_two_minutes: 1,
            max_two_minute_steps: 5,
            long_cramp: 5,
            points_per_disturbed_night: 2,
            max_disturbed_nights: 6,
            moderate_from: 25,
            high_from: 50,
        }
    }
}

impl ScoreModel {
    /// The band of a total.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::{Band, ScoreModel};
    ///
    /// let model = ScoreModel::default();
    /// assert_eq!(model.band(24), Band::Low);
    /// assert_eq!(model.band(25), Band::Moderate);
    /// assert_eq!(model.band(50), Band::High);
    /// ```
    pub fn band(&self, total: u8) -> Band {
        if total >= self.high_from {
            Band::High
        } else if total >= self.moderate_from {
            Band::Moderate
        } else {
            Band::Low
        }
    }

    /// The raw points a ratio earns under this model (before fitting the total into
    /// 0..=100): a significant ratio `round(k × ln(estimate))` (from the lower end when
    /// the interval is very wide), within `non_significant_points..=max_effect_points`;
    /// a ratio whose interval includes 1, `non_significant_points`. A link without a
    /// ratio earns `association_points`, a factor named only by the consumer article
    /// `seed_only_points`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::ScoreModel;
    /// use legcramps::evidence::{Citation, EffectKind, EffectSize, IntervalKind};
    ///
    /// let pad = EffectSize::new(
    ///     EffectKind::OddsRatio,
    ///     IntervalKind::Confidence95,
    ///     2.9,
    ///     1.89,
    ///     4.55,
    ///     Citation::Abdulla1999,
    /// )?;
    /// // round(8 x ln 2.9) = round(8.52) = 9
    /// assert_eq!(ScoreModel::default().effect_points(&pad), 9);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn effect_points(&self, effect: &EffectSize) -> u32 {
        self.points_for(&WeightBasis::Effect(*effect))
    }

    /// The raw points a weight basis earns under this model.
    pub(crate) fn points_for(&self, basis: &WeightBasis) -> u32 {
        match basis {
            WeightBasis::Effect(e) if e.significant => {
                // A very wide interval is scored from its lower end (see the type docs).
                let ratio = if e.high > IMPRECISE_SPREAD * e.low {
                    e.low
                } else {
                    e.estimate
                };
                // `as` saturates: NaN and negatives become 0, huge values u32::MAX.
                let scaled = (f64::from(self.points_per_log_ratio) * ratio.ln()).round() as u32;
                scaled
                    .min(self.max_effect_points)
                    .max(self.non_significant_points)
            }
            WeightBasis::Effect(_) => self.non_significant_points,
            WeightBasis::Association => self.association_points,
            WeightBasis::SeedOnly => self.seed_only_points,
        }
    }

    /// Computes the score from already checked facts.
    pub(crate) fn score(&self, facts: &Facts<'_>) -> Score {
        let mut contributions = Vec::with_capacity(16);
        self.burden_points(facts.stats, &mut contributions);
        self.person_points(facts, &mut contributions);
        self.condition_points(facts, &mut contributions);
        self.medication_points(facts, &mut contributions);
        Score::from_contributions(contributions, self, facts.stats.trend)
    }

    fn burden_points(&self, stats: &DiaryStats, out: &mut Vec<Contribution>) {
        let w = self;
        let counted = stats.episodes.min(w.max_counted_episodes);
        push_burden(
            out,
            &burden::EPISODE_COUNT,
            counted.saturating_mul(w.points_per_episode),
        );
        if stats.meets(&MODERATE_SEVERE_PER_MONTH) {
            push_burden(
                out,
                &burden::MODERATE_TO_SEVERE_MONTH,
                w.moderate_to_severe_month,
            );
        }
        if frequent_week(stats) {
            push_burden(out, &burden::FREQUENT_WEEK, w.frequent_week);
        }
        if let Some(pain) = stats.max_pain {
            let steps = u32::from(pain.get());
            push_burden(
                out,
                &burden::PAIN,
                steps.saturating_mul(w.points_per_pain_step),
            );
        }
        if let Some(longest) = stats.longest_minutes {
            // `as` saturates; the minutes are finite and positive for a valid diary.
            let steps = ((longest / 2.0).floor() as u32).min(w.max_two_minute_steps);
            push_burden(
                out,
                &burden::DURATION,
                steps.saturating_mul(w.points_per_two_minutes),
            );
            if longest > TYPICAL_MAX_MINUTES {
                push_burden(out, &burden::LONG_CRAMP, w.long_cramp);
            }
        }
        let nights = stats.nights_disturbed.min(w.max_disturbed_nights);
        push_burden(
            out,
            &burden::DISTURBED_NIGHTS,
            nights.saturating_mul(w.points_per_disturbed_night),
        );
    }

    fn person_points(&self, facts: &Facts<'_>, out: &mut Vec<Contribution>) {
        let p = facts.profile;
        for row in PERSON_WEIGHTS {
            let applies = match row.trigger {
                PersonTrigger::SedentaryLifestyle => p.activity.sedentary_lifestyle.is_yes(),
                PersonTrigger::FemaleSex => p.sex == Sex::Female,
                PersonTrigger::AgeAtLeast(years) => facts.age.is_some_and(|a| a >= years),
                PersonTrigger::Pregnant => facts.pregnant == Answer::Yes,
                PersonTrigger::UnusualExertion => p.activity.unusual_exertion.is_yes(),
                PersonTrigger::LongSitting => p
                    .activity
                    .sitting_hours
                    .is_some_and(|h| h.get() >= f32::from(self.long_sitting_hours)),
                PersonTrigger::LongStanding => p
                    .activity
                    .standing_hours
                    .is_some_and(|h| h.get() >= f32::from(self.long_standing_hours)),
                PersonTrigger::NotStretching => p.stretches_regularly.is_no(),
                PersonTrigger::RestrictedPosition => {
                    p.sleeps_with_legs_crossed_or_restricted.is_yes()
                }
            };
            if !applies {
                continue;
            }
            let factor = ScoreFactor::RiskFactor(row.factor);
            let outside = match &row.basis {
                WeightBasis::Effect(e) => outside_population(e, facts.age),
                WeightBasis::Association | WeightBasis::SeedOnly => None,
            };
            match outside {
                // The row applies but its ratio does not: shown with 0 points.
                Some(why) => out.push(Contribution {
                    factor,
                    points: 0,
                    raw_points: 0,
                    citations: Cow::Borrowed(row.citations),
                    reason: Cow::Owned(format!("{}; {why}, so it adds no points", row.reason)),
                    our_cut_off: row.our_cut_off,
                }),
                None => push(
                    out,
                    factor,
                    self.points_for(&row.basis),
                    row.citations,
                    Cow::Borrowed(row.reason),
                    row.our_cut_off,
                ),
            }
        }
    }

    /// The points of a catalog row (condition or drug) with an optional ratio, and the
    /// reason: the ratio's points for the people it was measured in, otherwise the
    /// points of a link without a ratio, but no more than the ratio would give.
    fn catalog_points(
        &self,
        effect: Option<&EffectSize>,
        age: Option<u8>,
        source: AssociationSource,
    ) -> (u32, Cow<'static, str>) {
        let reason = association_reason(source, effect_shown(effect));
        let Some(e) = effect else {
            return (
                self.points_for(&WeightBasis::Association),
                Cow::Borrowed(reason),
            );
        };
        let ratio_points = self.points_for(&WeightBasis::Effect(*e));
        match outside_population(e, age) {
            None => (ratio_points, Cow::Borrowed(reason)),
            Some(why) => (
                ratio_points.min(self.points_for(&WeightBasis::Association)),
                Cow::Owned(format!(
                    "{}; {why}, so it scores as a link without a ratio, and no more than \
                     the ratio would give",
                    association_reason(source, EffectShown::None)
                )),
            ),
        }
    }

    fn condition_points(&self, facts: &Facts<'_>, out: &mut Vec<Contribution>) {
        // Catalog order, each condition once, however the profile lists them.
        for row in crate::condition::CONDITIONS {
            // CKS lists parkinsonism as a look-alike and varicose veins as an
            // examination point of cramp (clinical.md §1.1, §3), not as conditions
            // linked to cramps: they score nothing here, as in the referral rule (#11).
            if !facts.profile.has(row.id) || LOOKALIKE_CONDITIONS.contains(&row.id) {
                continue;
            }
            let (points, reason) =
                self.catalog_points(row.effect.as_ref(), facts.age, AssociationSource::Condition);
            push(
                out,
                ScoreFactor::Condition(row.id),
                points,
                row.citations,
                reason,
                false,
            );
        }
    }

    fn medication_points(&self, facts: &Facts<'_>, out: &mut Vec<Contribution>) {
        let first_medication = out.len();
        for row in crate::medication::MEDICATIONS {
            if !row.id.may_cause_cramps() || !facts.takes(row.id) {
                continue;
            }
            let (points, reason) = self.catalog_points(
                row.effect.as_ref(),
                facts.age,
                AssociationSource::Medication,
            );
            let points = points.min(MAX_RAW_POINTS);
            if points == 0 {
                continue;
            }
            // One contribution per drug class: the higher points win, the first row on
            // a tie, so the result does not depend on the order of the profile's list.
            let same_class = out.iter().skip(first_medication).position(
                |c| matches!(c.factor, ScoreFactor::Medication(id) if id.info().class == row.class),
            );
            let contribution = Contribution {
                factor: ScoreFactor::Medication(row.id),
                points: 0,
                raw_points: points,
                citations: Cow::Borrowed(row.citations),
                reason,
                our_cut_off: false,
            };
            match same_class.and_then(|i| out.get_mut(first_medication + i)) {
                Some(existing) if existing.raw_points < points => *existing = contribution,
                Some(_) => {}
                None => out.push(contribution),
            }
        }
    }
}

/// Why a ratio does not apply to this person, or `None` when it does: it counts only
/// for a known age within its study's population (`STUDY_POPULATIONS`).
fn outside_population(e: &EffectSize, age: Option<u8>) -> Option<String> {
    let Some(population) = study_population(e.citation) else {
        return Some(format!(
            "the people {} measured its ratio in are not recorded here",
            e.citation
        ));
    };
    let who = population.who;
    let source = e.citation;
    match age {
        Some(a) if a >= population.min_age => None,
        Some(a) => Some(format!(
            "its ratio ({e}, {source}) was measured in {who}, and the person is {a}"
        )),
        None => Some(format!(
            "its ratio ({e}, {source}) was measured in {who}, and the person's age is unknown"
        )),
    }
}

fn push(
    out: &mut Vec<Contribution>,
    factor: ScoreFactor,
    raw_points: u32,
    citations: &'static [Citation],
    reason: Cow<'static, str>,
    our_cut_off: bool,
) {
    if raw_points > 0 {
        out.push(Contribution {
            factor,
            points: 0,
            raw_points: raw_points.min(MAX_RAW_POINTS),
            citations: Cow::Borrowed(citations),
            reason,
            our_cut_off,
        });
    }
}

fn push_burden(out: &mut Vec<Contribution>, row: &'static BurdenPart, raw_points: u32) {
    push(
        out,
        row.factor,
        raw_points,
        row.citations,
        Cow::Borrowed(row.reason),
        row.our_cut_off,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effect_points_follow_the_documented_table() {
        use crate::{Citation, EffectKind, EffectSize, IntervalKind};
        let m = ScoreModel::default();
        let e = |estimate: f64, low: f64, high: f64| {
            WeightBasis::Effect(EffectSize {
                kind: EffectKind::OddsRatio,
                interval: IntervalKind::Confidence95,
                estimate,
                low,
                high,
                significant: low > 1.0 || high < 1.0,
                citation: Citation::Abdulla1999,
            })
        };
        // Hand-computed: 9.84 (1.74-101.9) is a 58-fold interval, scored from its
        // lower end: 8 ln 1.74 = 4.43 -> 4; 8 ln 2.9 = 8.52 -> 9;
        // 8 ln 2.42 = 7.07 -> 7; 8 ln 2.26 = 6.52 -> 7; 8 ln 2.12 = 6.01 -> 6;
        // 8 ln 1.96 = 5.38 -> 5; 8 ln 1.48 = 3.14 -> 3; 8 ln 1.16 = 1.19 -> 1;
        // 1.20 (1.00-1.44) is not significant -> 1.
        assert_eq!(m.points_for(&e(9.84, 1.74, 101.9)), 4);
        // A precise ratio above the cap is still capped: 8 ln 9.84 = 18.3 -> 10.
        assert_eq!(m.points_for(&e(9.84, 5.0, 20.0)), 10);
        assert_eq!(m.points_for(&e(2.9, 1.89, 4.55)), 9);
        assert_eq!(m.points_for(&e(2.42, 2.02, 2.89)), 7);
        assert_eq!(m.points_for(&e(2.26, 1.48, 3.45)), 7);
        assert_eq!(m.points_for(&e(2.12, 1.61, 2.78)), 6);
        assert_eq!(m.points_for(&e(1.96, 1.28, 3.03)), 5);
        assert_eq!(m.points_for(&e(1.48, 1.29, 1.68)), 3);
        assert_eq!(m.points_for(&e(1.16, 1.04, 1.29)), 1);
        assert_eq!(m.points_for(&e(1.20, 1.00, 1.44)), 1);
    }
}
