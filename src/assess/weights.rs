//! The weight tables of the score: which facts about a person earn points, on what
//! evidence, and why. Read with [`ScoreModel`](super::ScoreModel), which turns each
//! row's [`WeightBasis`] into points. The contributions of a score carry each row's
//! sources and reason, and the [`ScoreModel`](super::ScoreModel) docs list the rows.
//!
//! Three kinds of row:
//!
//! - [`burden`]: the diary burden (how often, how painful, how long, how many
//!   nights broken). Their points per unit are fields of [`ScoreModel`](super::ScoreModel).
//! - [`PERSON_WEIGHTS`]: facts about the person (sedentary life, female sex, age,
//!   pregnancy, and the habits the consumer article names).
//! - [`association_reason`]: how conditions and drugs from the catalogs score. Their
//!   effect sizes and citations are read from the catalog rows
//!   ([`crate::condition::CONDITIONS`], [`crate::medication::MEDICATIONS`]) so that
//!   every number lives in one place.

use serde::Serialize;

use crate::{Citation, EffectKind, EffectSize, IntervalKind, RiskFactorId};

/// How a weight row turns its evidence into points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub(crate) enum WeightBasis {
    /// A ratio with its interval (odds ratio or sequence ratio). A significant ratio
    /// scores `round(k × ln(estimate))`, no less than the non-significant points and no
    /// more than the cap; a non-significant one scores the non-significant points.
    Effect(EffectSize),
    /// The sources report a link (a prevalence or an association) but no ratio
    /// was retrieved: a fixed, small number of points.
    Association,
    /// Named only by the consumer article the project started from: the smallest
    /// weight.
    SeedOnly,
}

/// When a [`PersonWeight`] row applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub(crate) enum PersonTrigger {
    /// `activity.sedentary_lifestyle` is `yes`.
    SedentaryLifestyle,
    /// `sex` is `female`.
    FemaleSex,
    /// The age at `as_of` is at least this many years.
    AgeAtLeast(u8),
    /// `pregnancy` is `pregnant`.
    Pregnant,
    /// `activity.unusual_exertion` is `yes`.
    UnusualExertion,
    /// `activity.sitting_hours` reaches the model's `long_sitting_hours`.
    LongSitting,
    /// `activity.standing_hours` reaches the model's `long_standing_hours`.
    LongStanding,
    /// `stretches_regularly` is `no`.
    NotStretching,
    /// `sleeps_with_legs_crossed_or_restricted` is `yes`.
    RestrictedPosition,
}

/// One row of [`PERSON_WEIGHTS`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub(crate) struct PersonWeight {
    /// The risk factor the row scores.
    pub factor: RiskFactorId,
    /// When the row applies.
    pub trigger: PersonTrigger,
    /// How its points are found.
    pub basis: WeightBasis,
    /// The sources.
    pub citations: &'static [Citation],
    /// Why it scores, in one sentence (also the contribution's reason).
    pub reason: &'static str,
    /// `true` when the trigger is a cut-off of our own (a design choice, not a
    /// figure from the sources); the reason then says "our cut-off".
    pub our_cut_off: bool,
}

/// The facts about a person that earn points, in the order contributions are listed.
///
/// With the default model ([`ScoreModel::default`](super::ScoreModel::default), k = 8,
/// cap 10) the rows score: sedentary lifestyle 4 (its interval is so wide that it is
/// scored from the lower end, 1.74), female sex 5, age 60 or over 3, age 80 or over
/// 3 more, pregnancy 3, and 1 for each habit named only by the consumer article.
///
/// A ratio counts only for the people it was measured in ([`STUDY_POPULATIONS`]):
/// the sedentary odds ratio for people 60 and over (Delacour-2020), the female-sex
/// odds ratio for people 65 and over (Abdulla-1999). Outside that age, or with the
/// age unknown, the row still appears, with 0 points and a reason saying why.
pub(crate) static PERSON_WEIGHTS: &[PersonWeight] = &[
    PersonWeight {
        factor: RiskFactorId::SedentaryLifestyle,
        trigger: PersonTrigger::SedentaryLifestyle,
        // Delacour-2020: OR 9.84 (95% credibility interval 1.74-101.9), people over 60.
        basis: WeightBasis::Effect(EffectSize {
            kind: EffectKind::OddsRatio,
            interval: IntervalKind::Credibility95,
            estimate: 9.84,
            low: 1.74,
            high: 101.9,
            significant: true,
            citation: Citation::Delacour2020,
        }),
        citations: &[Citation::Delacour2020],
        reason: "a sedentary life was linked to night cramps in people over 60 (OR 9.84); \
                 its 95% credibility interval runs from 1.74 to 101.9, far wider than any \
                 other ratio here, so it is scored from the lower end (1.74), below the \
                 factors whose ratios are well estimated",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::FemaleSex,
        trigger: PersonTrigger::FemaleSex,
        // Abdulla-1999: OR 1.96 (95% CI 1.28-3.03), outpatients 65 and over.
        basis: WeightBasis::Effect(EffectSize {
            kind: EffectKind::OddsRatio,
            interval: IntervalKind::Confidence95,
            estimate: 1.96,
            low: 1.28,
            high: 3.03,
            significant: true,
            citation: Citation::Abdulla1999,
        }),
        citations: &[Citation::Abdulla1999],
        reason: "women report night cramps more often than men (OR 1.96 in outpatients \
                 65 and over)",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::OlderAge,
        trigger: PersonTrigger::AgeAtLeast(60),
        basis: WeightBasis::Association,
        citations: &[Citation::Cks, Citation::Maisonneuve2016],
        reason: "night cramps become common with age: about a third of people over 60 have them",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::OlderAge,
        trigger: PersonTrigger::AgeAtLeast(80),
        // Naylor-1994: 37 % of people 50 and over, 54 % of those over 80; the
        // prevalence ratio 54/37 = 1.46 would give round(8 x ln 1.46) = 3 points, the
        // same as an association row.
        basis: WeightBasis::Association,
        citations: &[Citation::Naylor1994],
        reason: "the share with cramps keeps rising with age, to about half of those over 80",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::Pregnancy,
        trigger: PersonTrigger::Pregnant,
        basis: WeightBasis::Association,
        citations: &[Citation::CochranePregnancy, Citation::Cks],
        reason: "leg cramps affect up to 30-50 % of pregnant women, most in the later months",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::MuscleFatigue,
        trigger: PersonTrigger::UnusualExertion,
        basis: WeightBasis::SeedOnly,
        citations: &[Citation::Seed],
        reason: "tired or overworked muscles may cramp later in the day or night",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::ProlongedSitting,
        trigger: PersonTrigger::LongSitting,
        basis: WeightBasis::SeedOnly,
        citations: &[Citation::Seed],
        reason: "long spells of sitting may leave the muscles shortened (our cut-off: \
                 the model's long_sitting_hours, 8 a day by default; the article gives no \
                 number)",
        our_cut_off: true,
    },
    PersonWeight {
        factor: RiskFactorId::ProlongedStanding,
        trigger: PersonTrigger::LongStanding,
        basis: WeightBasis::SeedOnly,
        citations: &[Citation::Seed, Citation::Bnssg],
        reason: "standing for long periods may tire the leg muscles (our cut-off: the \
                 model's long_standing_hours, 6 a day by default; the sources give no \
                 number)",
        our_cut_off: true,
    },
    PersonWeight {
        factor: RiskFactorId::NotStretching,
        trigger: PersonTrigger::NotStretching,
        basis: WeightBasis::SeedOnly,
        citations: &[Citation::Seed],
        reason: "muscles that are never stretched may be shorter and cramp more easily",
        our_cut_off: false,
    },
    PersonWeight {
        factor: RiskFactorId::RestrictivePosition,
        trigger: PersonTrigger::RestrictedPosition,
        basis: WeightBasis::SeedOnly,
        citations: &[Citation::Seed],
        reason: "sitting or lying with the legs crossed or restricted may bring cramps on",
        our_cut_off: false,
    },
];

/// What a catalog row's link to cramps is (see [`association_reason`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub(crate) enum AssociationSource {
    /// A row of the conditions catalog that the person has.
    Condition,
    /// A row of the medication catalog with the role "may cause cramps" that the
    /// person takes.
    Medication,
}

/// How much of an effect a catalog row records (see [`association_reason`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub(crate) enum EffectShown {
    /// The row has an effect size whose interval leaves out 1.
    Significant,
    /// The row has an effect size whose interval includes 1.
    NotSignificant,
    /// The row has no effect size.
    None,
}

/// How conditions and drugs from the catalogs score.
///
/// The points come from the catalog row's own [`EffectSize`] (an odds ratio for
/// peripheral arterial disease and arthritis, Abdulla-1999; a sequence ratio for drug
/// classes, Garrison-2012) through [`WeightBasis::Effect`], or are the fixed
/// association points when the row has no effect size. The citations are the catalog
/// row's. Two drugs of the same class count once, with the higher points.
///
/// With the default model: peripheral arterial disease 9 (OR 2.9), arthritis 7
/// (OR 2.26), other listed conditions 3; long-acting beta-agonists 7 (ASR 2.42),
/// potassium-sparing diuretics 6 (2.12), thiazide diuretics 3 (1.48), loop
/// diuretics 1 (1.20, not significant), statins 1 (1.16), other drugs listed as
/// possible causes 3.
///
/// One reason text for each kind of catalog link; the `match` is exhaustive, so a new
/// source or effect kind without its text does not compile.
pub(crate) fn association_reason(source: AssociationSource, effect: EffectShown) -> &'static str {
    match (source, effect) {
        (AssociationSource::Condition, EffectShown::Significant) => {
            "a condition linked to night cramps; points from its odds ratio"
        }
        (AssociationSource::Condition, EffectShown::NotSignificant) => {
            "a condition with a weak, not significant link to night cramps"
        }
        (AssociationSource::Condition, EffectShown::None) => {
            "a condition that the sources link to night cramps (no ratio retrieved)"
        }
        (AssociationSource::Medication, EffectShown::Significant) => {
            "cramp treatment starts more often after this kind of drug is begun \
                 (sequence ratio); worth a medication review"
        }
        (AssociationSource::Medication, EffectShown::NotSignificant) => {
            "this kind of drug showed only a small, not significant link to cramps"
        }
        (AssociationSource::Medication, EffectShown::None) => {
            "listed as a drug that may cause cramps (no ratio retrieved); worth a \
                 medication review"
        }
    }
}

/// Which kind of effect an optional effect size shows.
pub(crate) fn effect_shown(effect: Option<&EffectSize>) -> EffectShown {
    match effect {
        Some(e) if e.significant => EffectShown::Significant,
        Some(_) => EffectShown::NotSignificant,
        None => EffectShown::None,
    }
}

/// A part of the diary burden and its sources (the rows are in [`burden`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct BurdenPart {
    /// The factor, as it appears in a contribution.
    pub factor: super::ScoreFactor,
    /// The sources.
    pub citations: &'static [Citation],
    /// Why it scores (also the contribution's reason).
    pub reason: &'static str,
    /// `true` when the factor's threshold is a cut-off of our own (a design choice,
    /// not a figure from the sources); the reason then says "our cut-off".
    pub our_cut_off: bool,
}

/// The diary burden factors (their points per unit are [`ScoreModel`](super::ScoreModel)
/// fields). Every one of them is a count or a maximum over the
/// 30-day window, so one more episode can never lower it.
pub(crate) mod burden {
    use super::BurdenPart;
    use crate::assess::ScoreFactor;
    use crate::evidence::Citation;

    pub(crate) const EPISODE_COUNT: BurdenPart = BurdenPart {
        factor: ScoreFactor::EpisodeCount,
        citations: &[Citation::CochraneMagnesium, Citation::Hallegraeff2012],
        reason: "cramps recorded in the last 30 days (cramp counts are the main outcome \
                     of cramp trials)",
        our_cut_off: false,
    };

    pub(crate) const MODERATE_TO_SEVERE_MONTH: BurdenPart = BurdenPart {
        factor: ScoreFactor::ModerateToSevereMonth,
        citations: &[Citation::Grandner2017],
        reason: "5 or more cramps in 30 days (our cut-off, set where the NHANES question \
                     that Grandner-2017 used moves to \"often\", 5-15 times a month; that the \
                     paper's moderate-to-severe group starts there is unverified)",
        our_cut_off: true,
    };

    pub(crate) const FREQUENT_WEEK: BurdenPart = BurdenPart {
        factor: ScoreFactor::FrequentWeek,
        citations: &[Citation::Cks, Citation::Naylor1994],
        reason: "3 or more cramps in the last 7 days, or 3 or more a week on average: \
                     frequent cramps",
        our_cut_off: false,
    };

    pub(crate) const PAIN: BurdenPart = BurdenPart {
        factor: ScoreFactor::Pain,
        citations: &[Citation::Sebo2019, Citation::Hallegraeff2012],
        reason: "the worst pain recorded in the last 30 days (0-10 scale)",
        our_cut_off: false,
    };

    pub(crate) const DURATION: BurdenPart = BurdenPart {
        factor: ScoreFactor::Duration,
        citations: &[Citation::Naylor1994, Citation::Sebo2019],
        reason: "the longest cramp recorded in the last 30 days (episodes average 8-9 minutes)",
        our_cut_off: false,
    };

    pub(crate) const LONG_CRAMP: BurdenPart = BurdenPart {
        factor: ScoreFactor::LongCramp,
        citations: &[Citation::Cks, Citation::Nhs],
        reason: "a cramp lasted longer than the usual 10 minutes or so",
        our_cut_off: false,
    };

    pub(crate) const DISTURBED_NIGHTS: BurdenPart = BurdenPart {
        factor: ScoreFactor::DisturbedNights,
        citations: &[
            Citation::Sebo2019,
            Citation::Mhra2010,
            Citation::Maisonneuve2016,
        ],
        reason: "nights in the last 30 days on which a cramp woke the person",
        our_cut_off: false,
    };
}

/// The people a study measured its ratio in: a ratio from it counts only for a person
/// whose age is known and at least `min_age`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct StudyPopulation {
    /// The study.
    pub citation: Citation,
    /// The youngest age the study took in, in years.
    pub min_age: u8,
    /// Who the study measured, in plain words.
    pub who: &'static str,
}

/// Where each ratio the score uses was measured (clinical.md §2.1, §3, §8.4). Every
/// study whose [`EffectSize`] the score reads has a row (a test checks); a ratio whose
/// study has no row is never applied.
pub(crate) static STUDY_POPULATIONS: &[StudyPopulation] = &[
    StudyPopulation {
        // Delacour-2020: case-control study of patients over 60 in primary care.
        citation: Citation::Delacour2020,
        min_age: 60,
        who: "primary-care patients over 60",
    },
    StudyPopulation {
        // Abdulla-1999: outpatients 65 and over (mean age 78.5).
        citation: Citation::Abdulla1999,
        min_age: 65,
        who: "outpatients aged 65 and over",
    },
    StudyPopulation {
        // Garrison-2012: British Columbia residents aged 50 and over.
        citation: Citation::Garrison2012,
        min_age: 50,
        who: "adults aged 50 and over",
    },
];

/// The [`STUDY_POPULATIONS`] row of the study behind a ratio.
pub(crate) fn study_population(citation: Citation) -> Option<&'static StudyPopulation> {
    STUDY_POPULATIONS.iter().find(|p| p.citation == citation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RiskFactorId;

    #[test]
    fn person_effect_sizes_match_the_risk_factor_catalog() {
        for row in PERSON_WEIGHTS {
            if let WeightBasis::Effect(e) = row.basis {
                let catalog = row.factor.info().effect;
                assert_eq!(Some(e), catalog, "{:?}", row.factor);
            }
        }
    }

    #[test]
    fn every_ratio_the_score_reads_has_a_study_population() {
        let has = |c: Citation| study_population(c).is_some();
        for row in PERSON_WEIGHTS {
            if let WeightBasis::Effect(e) = row.basis {
                assert!(has(e.citation), "{:?}", row.factor);
            }
        }
        for row in crate::condition::CONDITIONS {
            if let Some(e) = row.effect {
                assert!(has(e.citation), "{:?}", row.id);
            }
        }
        for row in crate::medication::MEDICATIONS {
            if let Some(e) = row.effect {
                assert!(has(e.citation), "{:?}", row.id);
            }
        }
    }

    #[test]
    fn our_sitting_and_standing_hours_are_labelled_as_ours() {
        // The seed article names long sitting and standing without a number of hours;
        // 8 and 6 hours are our design choice.
        for row in PERSON_WEIGHTS {
            let ours = matches!(
                row.factor,
                RiskFactorId::ProlongedSitting | RiskFactorId::ProlongedStanding
            );
            assert_eq!(row.our_cut_off, ours, "{:?}", row.factor);
            assert_eq!(row.reason.contains("our cut-off"), ours, "{:?}", row.factor);
        }
    }
}
