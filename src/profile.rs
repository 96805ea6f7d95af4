//! The person: age, sex, pregnancy, habits, medications, conditions, exposures and
//! the symptoms that triage looks at.
//!
//! Every yes/no item is an [`Answer`], so "not asked / not known" stays distinct
//! from "no". A [`Profile`] is plain data with public fields; its parts that have a
//! valid range ([`Age`], [`Trimester`], [`HoursPerDay`]) are validated newtypes.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::error::text_enum;
use crate::{ConditionId, MedicationId, ValidationError};

mod age;
mod answer;
mod builder;
mod habits;
mod medicine;
mod pregnancy;
mod symptoms;

pub use age::{Age, AgeInfo};
pub use answer::Answer;
pub use builder::{ActivityBuilder, ExposuresBuilder, ProfileBuilder, SymptomsBuilder};
pub use habits::{Activity, FluidIntake, Footwear, HoursPerDay};
pub use medicine::{MedicationName, OtherMedication};
pub use pregnancy::{Pregnancy, Trimester};
pub use symptoms::{Exposures, LegSwelling, QuinineContraindications, Symptoms};

/// The person's sex, as recorded.
///
/// JSON form: `"female"`, `"male"`, `"other"`, `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// assert_eq!("female".parse::<legcramps::Sex>()?, legcramps::Sex::Female);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Another sex or intersex.
    Other,
    /// Not known or not given.
    #[default]
    Unknown,
}

text_enum!(Sex, field = "sex", what = "sex", {
    Female => "female",
    Male => "male",
    Other => "other",
    Unknown => "unknown",
});

/// Why the person takes quinine, when they do.
///
/// It decides the advice in pregnancy: quinine taken for cramps is stopped; quinine
/// prescribed for something else (for example malaria) is not stopped on one's own,
/// and the prescriber is contacted the same day. `Unknown` is read the safer way, as
/// "for something else" (#11).
///
/// JSON form: `"cramps"`, `"other"`, `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// assert_eq!("cramps".parse::<legcramps::QuinineFor>()?, legcramps::QuinineFor::Cramps);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuinineFor {
    /// Taken for leg cramps.
    Cramps,
    /// Prescribed for something else, such as malaria.
    Other,
    /// Not known.
    #[default]
    Unknown,
}

text_enum!(QuinineFor, field = "quinine_for", what = "reason for quinine", {
    Cramps => "cramps",
    Other => "other",
    Unknown => "unknown",
});

/// Whether the medication lists of a [`Profile`] are the person's whole list.
///
/// JSON form: `"complete"`, `"unknown"`. Default `Complete`: the lists (possibly
/// empty) are what the person takes, which is how the lists were read before this
/// field existed. `Unknown` says the lists may be missing medicines (for example a
/// platform that has not asked): then quinine use counts as unknown, and the
/// quinine red flags become questions rather than "no".
///
/// # Examples
///
/// ```
/// assert_eq!("unknown".parse::<legcramps::MedicationList>()?, legcramps::MedicationList::Unknown);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MedicationList {
    /// The lists are the person's medicines.
    #[default]
    Complete,
    /// The lists may be missing medicines.
    Unknown,
}

text_enum!(MedicationList, field = "medication_list", what = "medication list", {
    Complete => "complete",
    Unknown => "unknown",
});

/// The person whose cramps are assessed.
///
/// Plain data with public fields. The default is "everything unknown or empty".
/// Missing JSON fields take that default; unknown fields are rejected so that typos
/// are caught. Each part is validated on its own; parts are not checked against
/// each other (a pregnancy is accepted whatever the recorded sex, and sitting plus
/// standing hours may exceed 24), so that what the person reported is kept as
/// reported.
///
/// Build one with [`Profile::builder`] (see [`ProfileBuilder`](crate::ProfileBuilder)) or
/// read it from JSON. The struct is `#[non_exhaustive]`, like [`Symptoms`],
/// [`Exposures`] and [`Activity`]: a new question is a new field, not a breaking change.
///
/// # Examples
///
/// ```
/// use legcramps::{Answer, MedicationId, Profile, Sex};
///
/// let p: Profile = serde_json::from_str(r#"{
///     "age": {"years": 72},
///     "sex": "female",
///     "medications": ["hydrochlorothiazide"],
///     "other_medications": ["Vitamin D 1000 IU"],
///     "symptoms": {"numbness": "no"}
/// }"#)?;
/// assert_eq!(p.sex, Sex::Female);
/// assert!(p.takes(MedicationId::Hydrochlorothiazide));
/// assert_eq!(p.symptoms.numbness, Answer::No);
/// assert_eq!(p.fluid_intake, legcramps::FluidIntake::Unknown);
///
/// let err = serde_json::from_str::<Profile>(r#"{"pregnancy": {"pregnant": {"trimester": 4}}}"#)
///     .unwrap_err();
/// // The `4` is column 42; serde_json also reads the `}` that closes its object (43).
/// assert_eq!(err.to_string(), "invalid trimester 4: must be 1, 2 or 3 at line 1 column 43");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Profile {
    /// Age in years or date of birth.
    pub age: AgeInfo,
    /// Sex.
    pub sex: Sex,
    /// Pregnancy and trimester.
    pub pregnancy: Pregnancy,
    /// Daily activity.
    pub activity: Activity,
    /// Stretches the legs regularly.
    pub stretches_regularly: Answer,
    /// Sleeps or sits with the legs crossed or in a restricted position.
    pub sleeps_with_legs_crossed_or_restricted: Answer,
    /// Fluid intake.
    pub fluid_intake: FluidIntake,
    /// Usual footwear.
    pub footwear: Footwear,
    /// Medicines from the catalog that the person takes.
    pub medications: Vec<MedicationId>,
    /// Other medicines, by the names given, kept exactly as written, each with the
    /// package NDC and lot when known. Every entry is resolved with
    /// [`resolve_medication`](crate::resolve_medication).
    pub other_medications: Vec<OtherMedication>,
    /// Whether the two medication lists are complete.
    pub medication_list: MedicationList,
    /// Conditions from the catalog that the person has.
    pub conditions: Vec<ConditionId>,
    /// Exposures that make cramps urgent.
    pub exposures: Exposures,
    /// Symptoms that triage looks at.
    pub symptoms: Symptoms,
    /// The person asks about quinine (a request for information, not a fact about
    /// them).
    pub asks_about_quinine: bool,
    /// Why the person takes quinine, if they do (read only when they do).
    pub quinine_for: QuinineFor,
    /// The quinine contraindications of clinical.md §1.2, as answers (default unknown).
    pub quinine_contraindications: QuinineContraindications,
}

impl Profile {
    /// The person's age on the local date of `as_of`: the stated age, or the whole
    /// years since the birth date; `None` if unknown.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `birth_date` if the birth date is after the
    /// local date of `as_of`, or for field `age` if it gives an age above 130.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{AgeInfo, Profile};
    ///
    /// let as_of = chrono::DateTime::parse_from_rfc3339("2025-03-01T09:00:00+00:00")?;
    /// let mut p = Profile::default();
    /// assert_eq!(p.age_at(as_of)?, None);
    ///
    /// p.age = AgeInfo::BirthDate("1958-03-02".parse()?);
    /// assert_eq!(p.age_at(as_of)?.map(|a| a.get()), Some(66)); // birthday is tomorrow
    ///
    /// p.age = AgeInfo::BirthDate("2025-03-02".parse()?);
    /// assert_eq!(
    ///     p.age_at(as_of).unwrap_err().to_string(),
    ///     "invalid birth date 2025-03-02: is after the as-of date 2025-03-01"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn age_at(
        &self,
        as_of: impl Into<DateTime<FixedOffset>>,
    ) -> Result<Option<Age>, ValidationError> {
        match self.age {
            AgeInfo::Years(age) => Ok(Some(age)),
            AgeInfo::Unknown => Ok(None),
            AgeInfo::BirthDate(born) => {
                age::years_between(born, as_of.into().date_naive()).map(Some)
            }
        }
    }

    /// Whether the person takes the catalog medicine `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{MedicationId, Profile};
    ///
    /// let p = Profile::builder().medications(vec![MedicationId::Atorvastatin]).build();
    /// assert!(p.takes(MedicationId::Atorvastatin));
    /// assert!(!p.takes(MedicationId::Quinine));
    /// ```
    pub fn takes(&self, id: MedicationId) -> bool {
        self.medications.contains(&id)
    }

    /// Whether the person has the catalog condition `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{ConditionId, Profile};
    ///
    /// let p = Profile::builder().conditions(vec![ConditionId::Arthritis]).build();
    /// assert!(p.has(ConditionId::Arthritis));
    /// assert!(!p.has(ConditionId::Diabetes));
    /// ```
    pub fn has(&self, id: ConditionId) -> bool {
        self.conditions.contains(&id)
    }
}
