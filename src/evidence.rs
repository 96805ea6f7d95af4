//! Citation keys and evidence levels: the one place where sources are listed.
//!
//! Every clinical row in this crate (a risk factor, a drug, a condition, a remedy, a
//! score weight, a referral rule) carries one or more [`Citation`]s. The full
//! reference for each key is its [`Citation::source`] (one table in
//! `src/evidence/sources.rs`), so a reviewer can check a fact by reading one row.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod effect;
mod sources;
pub(crate) use effect::ci95;
pub use effect::{EffectKind, EffectSize, IntervalKind};
pub(crate) use sources::SOURCES;

/// A key naming one source of the project's clinical fact base.
///
/// The key's text form (for example `"Garrison-2012"`) is what [`Display`](fmt::Display),
/// [`FromStr`] and serde use.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::Citation;
///
/// let c: Citation = "Garrison-2012".parse()?;
/// assert_eq!(c, Citation::Garrison2012);
/// assert!(c.reference().contains("sequence symmetry"));
/// assert_eq!(c.to_string(), "Garrison-2012");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Citation {
    /// NICE Clinical Knowledge Summaries, "Leg cramps".
    Cks,
    /// MHRA Drug Safety Update, June 2010: quinine for nocturnal leg cramps.
    Mhra2010,
    /// MHRA Drug Safety Update, November 2017: quinine and QT prolongation.
    Mhra2017,
    /// UK summaries of product characteristics for quinine 300 mg tablets.
    SmpcQuinine,
    /// American Academy of Neurology evidence-based review of cramp treatments, 2010.
    Aan2010,
    /// Allen and Kirby, "Nocturnal leg cramps", American Family Physician 2012.
    Aafp2012,
    /// FPIN help-desk answer on treatments for nocturnal leg cramps, AFP 2017.
    Aafp2017,
    /// Cochrane review: quinine for muscle cramps (2015).
    CochraneQuinine,
    /// Cochrane review: magnesium for skeletal muscle cramps (2020).
    CochraneMagnesium,
    /// Cochrane review: non-drug therapies for lower-limb cramps.
    CochraneNonDrug,
    /// Cochrane review: interventions for leg cramps in pregnancy.
    CochranePregnancy,
    /// US FDA actions and boxed warning on quinine.
    Fda,
    /// Garrison et al. 2012, prescription use that precedes leg cramps.
    Garrison2012,
    /// Grandner and Winkelman 2017, prevalence of nocturnal leg cramps (NHANES).
    Grandner2017,
    /// Naylor and Young 1994, a general population survey of rest cramps.
    Naylor1994,
    /// Abdulla et al. 1999, leg cramps in the elderly.
    Abdulla1999,
    /// Haskell and Fiebach, nocturnal leg cramps in male veterans.
    HaskellVa,
    /// Maisonneuve et al. 2016, cramps in primary-care patients over 60.
    Maisonneuve2016,
    /// Delacour et al. 2020, physical activity and nocturnal leg cramps.
    Delacour2020,
    /// Sebo et al. 2019, features of nocturnal leg cramps in primary care.
    Sebo2019,
    /// Hallegraeff et al. 2012, stretching before sleep (randomised trial).
    Hallegraeff2012,
    /// Hallegraeff et al. 2017, criteria in diagnosing nocturnal leg cramps.
    Hallegraeff2017,
    /// Coppin et al. 2005, calf stretching and stopping quinine (factorial RCT).
    Coppin2005,
    /// Rabbitt et al. 2016, review of nocturnal leg cramps in older people.
    Rabbitt2016,
    /// International Restless Legs Syndrome Study Group criteria, 2014.
    Irlssg2014,
    /// American Academy of Sleep Medicine patient page, "Sleep leg cramps".
    Aasm,
    /// NHS "Leg cramps" page.
    Nhs,
    /// BMJ Best Practice, "Leg cramps".
    BmjBestPractice,
    /// NHS Bristol, North Somerset and South Gloucestershire muscle-cramp pathway (draft).
    Bnssg,
    /// German Society of Neurology S1 guideline on muscle cramps, 2017.
    Dgn2017,
    /// UK cohort on long-term quinine and mortality, as summarised by MIMS.
    Fardet2017,
    /// The consumer article this project started from.
    Seed,
    /// ICD-10-CM coding references for the cramp codes.
    Icd10Cm,
    /// CPIC drug table (RxNorm and ATC columns).
    CpicSchema,
    /// CPIC NSAID guideline drug rows.
    CpicData,
    /// OHDSI phenotype library concept sets (RxNorm ingredients).
    OhdsiPhenotypeLibrary,
    /// Hadlock lab hand-curated drug-to-RxNorm map.
    Hadlock,
    /// WHO ATC/DDD index (scraped snapshot).
    WhoAtc,
    /// LOINC pain-severity codes as used in published FHIR implementation guides.
    LoincPain,
    /// Voon and Sheu 2001, diltiazem for nocturnal leg cramps (letter).
    Voon2001,
    /// FDA company announcement: Sandoz recall of 13 lots of orphenadrine citrate
    /// 100 mg extended-release tablets (March 2022).
    FdaSandozOrphenadrine2022,
}

/// One row of the source table: a key and the full reference behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Source {
    /// The key.
    pub citation: Citation,
    /// The key's text form, e.g. `"CKS"`.
    pub key: &'static str,
    /// The full reference (authors, title, journal, year), in plain text.
    pub reference: &'static str,
    /// A URL or DOI where the source can be read; empty only for [`Citation::Seed`],
    /// whose publisher was not recorded.
    pub url: &'static str,
}

impl Citation {
    /// Every citation key, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    ///
    /// assert!(Citation::all().any(|c| c == Citation::Cks));
    /// ```
    pub fn all() -> impl Iterator<Item = Citation> {
        Citation::ALL.iter().copied()
    }

    /// The full reference behind this key.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    ///
    /// assert_eq!(Citation::Nhs.source().key, "NHS");
    /// ```
    pub fn source(self) -> &'static Source {
        self.row()
    }

    /// The key's text form, e.g. `"AAN-2010"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    ///
    /// assert_eq!(Citation::Aan2010.key(), "AAN-2010");
    /// ```
    pub fn key(self) -> &'static str {
        self.source().key
    }

    /// The full reference in plain text.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    ///
    /// assert!(Citation::Hallegraeff2012.reference().contains("J Physiother"));
    /// ```
    pub fn reference(self) -> &'static str {
        self.source().reference
    }

    /// A URL or DOI link for the source.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    ///
    /// assert!(Citation::Garrison2012.url().starts_with("https://doi.org/"));
    /// ```
    pub fn url(self) -> &'static str {
        self.source().url
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The error returned when a string is not a known citation key.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::Citation;
///
/// let err = "Smith-2099".parse::<Citation>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown citation key \"Smith-2099\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown citation key {key:?}")]
pub struct CitationError {
    key: String,
}

impl CitationError {
    /// The text that was not recognised (past 100 characters cut and marked
    /// `…[N more bytes]`, like every rejected value an error repeats).
    pub fn key(&self) -> &str {
        &self.key
    }
}

impl FromStr for Citation {
    type Err = CitationError;

    /// Parses a key exactly as its [`Source::key`] writes it (case-sensitive).
    ///
    /// # Errors
    ///
    /// [`CitationError`] when `s` is not a key in the table.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SOURCES
            .iter()
            .find(|row| row.key == s)
            .map(|row| row.citation)
            .ok_or_else(|| CitationError {
                key: crate::error::echo(s),
            })
    }
}

impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// How strong the evidence behind a statement is.
///
/// The AAN levels come from [`Citation::Aan2010`]; the others describe what the
/// cited sources show when no graded recommendation exists.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::EvidenceLevel;
///
/// assert_eq!(serde_json::to_string(&EvidenceLevel::AanC)?, "\"aan_c\"");
/// assert!(EvidenceLevel::AanC.description().contains("possibly effective"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EvidenceLevel {
    /// AAN level A: established or likely effective (for quinine: but avoid routine use).
    AanA,
    /// AAN level B: probably effective.
    AanB,
    /// AAN level C: possibly effective, may be considered.
    AanC,
    /// AAN level U: data inadequate, no recommendation.
    AanU,
    /// At least one randomised trial showed a benefit, with low or moderate certainty.
    TrialBenefit,
    /// An association was observed (observational data; not proof of cause).
    AssociationObserved,
    /// Trials looked for a benefit and found none worth having.
    NoBenefitShown,
    /// No trial evidence was found either way; the advice rests on experience.
    Insufficient,
    /// Advice from a guideline or health service, not graded by trial evidence.
    GuidelineAdvice,
    /// Our own clinical-safety inference, not a quoted rule.
    SafetyInference,
    /// A review calls the evidence limited, without grading it.
    LimitedEvidence,
    /// Only uncontrolled reports (case series, open use) describe a benefit.
    UncontrolledReport,
}

impl EvidenceLevel {
    /// A one-line plain-English description of the level.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::EvidenceLevel;
    ///
    /// assert!(EvidenceLevel::NoBenefitShown.description().contains("no"));
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            EvidenceLevel::AanA => "AAN level A: likely effective",
            EvidenceLevel::AanB => "AAN level B: probably effective",
            EvidenceLevel::AanC => "AAN level C: possibly effective, may be considered",
            EvidenceLevel::AanU => "AAN level U: data inadequate, no recommendation",
            EvidenceLevel::TrialBenefit => {
                "a randomised trial showed a benefit (low or moderate certainty)"
            }
            EvidenceLevel::AssociationObserved => {
                "association observed in observational data, not proof of cause"
            }
            EvidenceLevel::NoBenefitShown => "trials found no meaningful benefit",
            EvidenceLevel::Insufficient => "no trial evidence either way",
            EvidenceLevel::GuidelineAdvice => "guideline or health-service advice, not graded",
            EvidenceLevel::SafetyInference => "our own safety inference, not a quoted rule",
            EvidenceLevel::LimitedEvidence => "a review calls the evidence limited (ungraded)",
            EvidenceLevel::UncontrolledReport => "only uncontrolled reports describe a benefit",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_lists_every_variant_in_order() {
        for (i, row) in SOURCES.iter().enumerate() {
            assert_eq!(
                row.citation as usize, i,
                "row {} ({}) is out of order",
                i, row.key
            );
        }
    }

    #[test]
    fn every_published_source_has_a_link() {
        for row in SOURCES.iter().filter(|r| r.citation != Citation::Seed) {
            assert!(row.url.starts_with("http"), "{} has no link", row.key);
        }
    }

    #[test]
    fn keys_are_unique_and_round_trip() {
        for row in SOURCES {
            assert_eq!(row.key.parse::<Citation>(), Ok(row.citation));
            assert_eq!(SOURCES.iter().filter(|r| r.key == row.key).count(), 1);
        }
    }
}
