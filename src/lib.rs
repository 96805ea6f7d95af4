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
    Pregnancy, Profile, Sex, Symptoms, Trimester,
};

// ---- catalogs: risk factors, medications, conditions, remedies ---------------------

pub use evidence::{EffectKind, EffectSize, EffectSizeError, IntervalKind};

mod factor;
pub use factor::{RISK_FACTORS, RiskFactor, RiskFactorInfo};

mod medication;
pub use medication::{
    DrugClass, MEDICATIONS, Medication, MedicationId, MedicationRole, lookup_medication,
    normalize_drug_name,
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
    ASSOCIATION_WEIGHTS, AssessError, Assessment, AssessmentInput, AssociationSource,
    AssociationWeight, BURDEN_WEIGHTS, Band, BandCutoffs, BurdenWeight, BurdenWeights,
    Contribution, DIFFERENTIAL_FEATURES, Differential, EffectShown, Feature, FeatureId, FeatureRow,
    InputError, InputErrorKind, Leaning, Lookalike, LookalikeCategory, Note, PERSON_WEIGHTS,
    PLAN_STEPS, PersonTrigger, PersonWeight, Plan, PlanRow, PlanStep, Question, QuinineInfo,
    REFERRAL_RULES, Referral, ReferralReason, ReferralRule, RuleId, Score, ScoreFactor, ScoreModel,
    StepId, Urgency, WeightBasis, assess,
};

// ---- recall lookups: NDC, lots, openFDA, registry ----------------------------------

pub mod recall;
pub use recall::{EnforcementRecord, Recall, RecallCheck, RecallRegistry};
pub use recall::{LotNumber, Ndc};

// ---- interop ---------------------------------------------------------------------

#[cfg(feature = "fhir")]
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
pub mod fhir;
