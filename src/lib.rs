//! # legcramps
//!
//! A pure library about nocturnal leg cramps (NLCs): typed models of cramp episodes,
//! diaries and the person's profile; catalogs of risk factors, medications,
//! conditions and remedies, every row cited; an explainable burden score, a
//! doctor-referral triage, a cramp-versus-look-alike discriminator and a remedy plan;
//! and drug-recall lookups by NDC and lot, including openFDA enforcement data.
//!
//! **This library supports decisions; it does not diagnose.** Its outputs are aids
//! for a conversation with a clinician. A red flag always raises the referral level,
//! whatever the score says.
//!
//! The library does no I/O of its own (readers are passed in), keeps no global state
//! and never reads the clock: every calculation that needs "now" takes an `as_of`
//! value from the caller.
//!
//! ## A short tour
//!
//! ```
//! use chrono::DateTime;
//! use legcramps::{
//!     Answer, CrampEpisode, Diary, MedicationId, Muscle, Profile, RecallRegistry, Side,
//!     Urgency, assess,
//! };
//!
//! let as_of = DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
//!
//! // The person: unknown answers stay unknown, they are never read as "no".
//! let mut profile = Profile::default();
//! profile.medications.push(MedicationId::Hydrochlorothiazide);
//! profile.symptoms.numbness = Answer::No;
//!
//! // Their diary: one calf cramp that woke them two nights ago.
//! let cramp = CrampEpisode::builder(DateTime::parse_from_rfc3339("2026-11-26T03:10:00+01:00")?)
//!     .duration_minutes(4.0)
//!     .muscle(Muscle::Calf)
//!     .side(Side::Left)
//!     .pain(6)
//!     .woke(true)
//!     .in_bed_at_night(true)
//!     .build()?;
//! let diary = Diary::from_episodes([cramp]);
//!
//! // The assessment: a cited score, a referral level with reasons, the questions still
//! // to ask, what else it might be, and a plan.
//! let a = assess(&profile, &diary, as_of)?;
//! assert!(a.score.total() <= 100);
//! // A thiazide diuretic may cause cramps (Garrison-2012): worth a medication review.
//! assert_eq!(a.referral.urgency(), Urgency::Routine);
//! assert!(a.referral.could_rise()); // e.g. "has a cramp lasted over 10 minutes?" is unknown
//!
//! // Recall lookups: the 2022 Sandoz orphenadrine ER recall is built in.
//! let recalls = RecallRegistry::with_builtins();
//! assert!(recalls.lookup_str("0185-0022-01", "jx6411")?.is_recalled());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The JSON input and output of an assessment are described in [`assess::json`].
//!
//! ## Sources
//!
//! Every clinical figure, rule and list carries a [`Citation`]; the full references are
//! in [`evidence::SOURCES`]. Where the consumer article the project started from
//! ([`Citation::Seed`]) disagrees with the studies, the studies win:
//!
//! - The article says about 30 % of adults have night cramps at least five times a
//!   month. Grandner-2017 found that about 30 % of US adults report *any* night cramps
//!   in the past month, and about **6 %** report them **five or more** times a month.
//! - The article's "at least 37 % of people over 60" matches the 37 % of Naylor-1994,
//!   which surveyed rest cramps in people aged 50 and over (rising to 54 % over 80).
//!   The defensible wording for older people is **about a third of those over 60**
//!   (CKS).
//!
//! ## Limits
//!
//! Input may come from anywhere, so every entry point is total: bad input gives a
//! typed error, never a panic, and no input makes the work super-linear. The limits
//! the library enforces, and what each gives:
//!
//! | What | Limit | Beyond it |
//! |---|---|---|
//! | Cramp duration | 1 s to 4 h ([`CrampDuration::MAX_SECS`]) | [`ValidationError`] for `duration_seconds` / `duration_minutes` |
//! | Pain score | 0 to 10 | [`ValidationError`] for `pain` |
//! | Hours per day | finite, 0 to 24 (NaN and infinities refused) | [`ValidationError`] for `hours_per_day` |
//! | Age | 0 to 130 years ([`Age::MAX_YEARS`]) | [`ValidationError`]; from a birth date, [`AssessError::Age`] |
//! | Episode start, birth date | not after `as_of` | [`AssessError::EpisodeAfterAsOf`], [`AssessError::BirthDateAfterAsOf`] ([`InputError`] from JSON) |
//! | Report window | 7 to 366 nights | [`ReportError::Window`] |
//! | JSON nesting | serde_json's limit of 128 levels, reached only where a field takes "any value" (e.g. `openfda.is_original_packager`); elsewhere the first level of the wrong type ends the read | [`InputError`] (assessment input) or a skipped record ([`recall::SkippedRecord`]; [`recall::LoadErrorKind::BadRecord`] in strict mode) |
//! | Recall registry | fewer than 2^32 - 1 recalls, lot entries, lot-text bytes and lot ranges | [`recall::RegistryError::Full`] |
//!
//! Chosen **not** to be limited:
//!
//! - The openFDA loader ([`recall::read_enforcement`]) has no limit on document size,
//!   record size, nesting inside a record, or record count. It streams: memory is one
//!   record's text at a time, plus what the caller's callback keeps, plus in lenient
//!   mode one [`recall::SkippedRecord`] (index, recall number text, a one-line reason)
//!   per bad record. A record is cut out of the stream without recursion, so a deeply
//!   nested record is skipped (or fails a strict load), never overflows the stack.
//!   Callers that need a cap wrap their reader (`Read::take`).
//! - Text extraction ([`recall::extract_lots`], [`recall::extract_ndcs`]) takes text of
//!   any length in time linear in it: the work per token is bounded, and nothing is
//!   searched backwards. Lot extraction reads the tokens through a window of a few
//!   hundred, so its working memory does not grow with the text. (Benchmark `hostile`:
//!   a 10 MB hostile text takes 9.5 to 12 times as long as a 1 MB one.)
//! - The assessment input has no size limit; a diary of any length is read (the
//!   statistics look at the 30 days before `as_of`).
//!
//! ## Features
//!
//! - `fhir`: FHIR R4 resources and CDS Hooks cards.
//! - `arbitrary`: [`arbitrary::Arbitrary`](https://docs.rs/arbitrary/1) for the main
//!   input types ([`AssessmentInput`], [`Profile`] and its parts, [`CrampEpisode`],
//!   [`Diary`], [`PainScore`], [`CrampDuration`], [`HoursPerDay`], [`Ndc`],
//!   [`LotNumber`], the id enums), so applications can fuzz with them. Every value is
//!   made through the validating constructors, so only valid values come out.
//!
//! Public dependency types: [`chrono`](https://docs.rs/chrono/0.4) dates and instants
//! appear in the API on purpose (they are the vocabulary of diaries); serde's traits
//! are implemented; serde_json's error type is never exposed (it is reachable only as
//! an error's `source`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod evidence;
pub use evidence::{Citation, EvidenceLevel};

// ---- models: episodes, diary, profile ----------------------------------------------

mod error;
pub use error::ValidationError;

mod episode;
pub use episode::{CrampDuration, CrampEpisode, CrampEpisodeBuilder, Muscle, PainScore, Side};

mod diary;
pub use diary::{
    Diary, DiaryStats, FREQUENT_PER_WEEK, FrequencyThreshold, MODERATE_SEVERE_PER_MONTH, Trend,
};

mod profile;
pub use profile::{
    Activity, Age, AgeInfo, Answer, Exposures, FluidIntake, Footwear, HoursPerDay, LegSwelling,
    MedicationList, MedicationName, OtherMedication, Pregnancy, Profile, Sex, Symptoms, Trimester,
};

// ---- catalogs: risk factors, medications, conditions, remedies ---------------------

pub use evidence::{EffectKind, EffectSize, EffectSizeError, IntervalKind};

mod factor;
pub use factor::{RISK_FACTORS, RiskFactor, RiskFactorInfo};

mod medication;
pub use medication::{
    DrugClass, Ingredient, MEDICATIONS, Medication, MedicationId, MedicationRole, Resolution,
    lookup_medication, normalize_drug_name, resolve_medication,
};

mod condition;
pub use condition::{
    COMPLAINT_CODES, CONDITIONS, CRAMP_AND_SPASM, ComplaintCode, Condition, ConditionId,
    ICD10CM_SYSTEM, SLEEP_RELATED_LEG_CRAMPS,
};

mod remedy;
pub use remedy::{PregnancySuitability, REMEDIES, Remedy, RemedyId, RemedyKind};

// ---- assessment: score, referral, differential, plan ------------------------------

pub mod assess;
pub use assess::{
    ASSOCIATION_WEIGHTS, AssessError, AssessedMedication, Assessment, AssessmentInput,
    AssociationSource, AssociationWeight, BURDEN_WEIGHTS, Band, BandCutoffs, BurdenWeight,
    BurdenWeights, Contribution, DIFFERENTIAL_FEATURES, Differential, EffectShown, Feature,
    FeatureId, FeatureRow, InputError, InputErrorKind, Leaning, Lookalike, LookalikeCategory,
    MedicationRecall, MedicationSource, MedicationStatus, Note, PERSON_WEIGHTS, PLAN_STEPS,
    PersonTrigger, PersonWeight, Plan, PlanRow, PlanStep, QUININE_USE_QUESTION, Question,
    QuinineInfo, REFERRAL_RULES, RecallOutcome, Referral, ReferralReason, ReferralRule, RuleId,
    Score, ScoreFactor, ScoreModel, StepId, Urgency, WeightBasis, assess,
};

// ---- report: doctor-visit page (HTML with SVG charts) and Markdown summary ---------

mod report;
pub use report::{RecalledMedication, Report, ReportError};

// ---- recall lookups: NDC, lots, openFDA, registry ----------------------------------

pub mod recall;
pub use recall::{EnforcementRecord, Recall, RecallCheck, RecallRegistry};
pub use recall::{LotNumber, Ndc};

// ---- interop ---------------------------------------------------------------------

#[cfg(feature = "fhir")]
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
pub mod fhir;

// ---- fuzzing support ---------------------------------------------------------------

#[cfg(feature = "arbitrary")]
mod arbitrary;

// The README's code runs as a doctest, so the front page cannot drift from the API.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
