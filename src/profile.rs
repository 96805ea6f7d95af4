//! The person: age, sex, pregnancy, habits, medications, conditions, exposures and
//! the symptoms that triage looks at.
//!
//! Every yes/no item is an [`Answer`], so "not asked / not known" stays distinct
//! from "no". A [`Profile`] is plain data with public fields; its parts that have a
//! valid range ([`Age`], [`Trimester`], [`HoursPerDay`]) are validated newtypes.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::text_enum;
use crate::{ConditionId, MedicationId, ValidationError};

/// A yes/no answer that may also be unknown (not asked, or the person is not sure).
///
/// JSON form: `"yes"`, `"no"`, `"unknown"`. The default is `Unknown`.
///
/// # Examples
///
/// ```
/// use legcramps::Answer;
///
/// assert!(Answer::default().is_unknown());
/// assert_eq!(Answer::from(true), Answer::Yes);
/// assert_eq!("no".parse::<Answer>()?, Answer::No);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known or not asked.
    #[default]
    Unknown,
}

text_enum!(Answer, field = "answer", what = "answer", {
    Yes => "yes",
    No => "no",
    Unknown => "unknown",
});

impl Answer {
    /// `true` only for [`Answer::Yes`].
    pub const fn is_yes(self) -> bool {
        matches!(self, Answer::Yes)
    }

    /// `true` only for [`Answer::No`].
    pub const fn is_no(self) -> bool {
        matches!(self, Answer::No)
    }

    /// `true` only for [`Answer::Unknown`].
    pub const fn is_unknown(self) -> bool {
        matches!(self, Answer::Unknown)
    }
}

impl From<bool> for Answer {
    fn from(yes: bool) -> Self {
        if yes { Answer::Yes } else { Answer::No }
    }
}

/// An age in whole years, 0 to 130.
///
/// JSON form: a whole number.
///
/// # Examples
///
/// ```
/// use legcramps::Age;
///
/// assert_eq!(Age::try_from(67u8)?.get(), 67);
/// assert_eq!(
///     Age::try_from(131i64).unwrap_err().to_string(),
///     "invalid age 131: must be a whole number of years from 0 to 130"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Age(u8);

impl Age {
    /// The highest age accepted, 130 years.
    pub const MAX_YEARS: u8 = 130;

    /// The age in years.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Age {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `age` outside 0..=130.
    fn try_from(years: i64) -> Result<Self, Self::Error> {
        match u8::try_from(years) {
            Ok(y) if y <= Self::MAX_YEARS => Ok(Age(y)),
            _ => Err(ValidationError::invalid(
                "age",
                "age",
                years,
                "must be a whole number of years from 0 to 130",
            )),
        }
    }
}

impl TryFrom<u8> for Age {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `age` above 130.
    fn try_from(years: u8) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(years))
    }
}

impl TryFrom<i32> for Age {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `age` outside 0..=130.
    fn try_from(years: i32) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(years))
    }
}

impl From<Age> for u8 {
    fn from(a: Age) -> u8 {
        a.0
    }
}

/// What is known about the person's age.
///
/// JSON form: `{"years": 67}`, `{"birth_date": "1958-03-01"}` or `"unknown"`. A
/// birth date is resolved against an `as_of` date by [`Profile::age_at`].
///
/// # Examples
///
/// ```
/// use legcramps::{Age, AgeInfo};
///
/// let a: AgeInfo = serde_json::from_str(r#"{"years": 67}"#)?;
/// assert_eq!(a, AgeInfo::Years(Age::try_from(67u8)?));
/// assert!(serde_json::from_str::<AgeInfo>(r#"{"years": 131}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeInfo {
    /// The age in whole years.
    Years(Age),
    /// The date of birth.
    BirthDate(NaiveDate),
    /// Not known.
    #[default]
    Unknown,
}

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

/// A trimester of pregnancy, 1 to 3.
///
/// JSON form: a whole number.
///
/// # Examples
///
/// ```
/// use legcramps::Trimester;
///
/// assert_eq!(Trimester::try_from(3u8)?.get(), 3);
/// assert_eq!(
///     Trimester::try_from(0u8).unwrap_err().to_string(),
///     "invalid trimester 0: must be 1, 2 or 3"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Trimester(u8);

impl Trimester {
    /// The trimester, 1 to 3.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Trimester {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `trimester` outside 1..=3.
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match u8::try_from(value) {
            Ok(t @ 1..=3) => Ok(Trimester(t)),
            _ => Err(ValidationError::invalid(
                "trimester",
                "trimester",
                value,
                "must be 1, 2 or 3",
            )),
        }
    }
}

impl TryFrom<u8> for Trimester {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `trimester` outside 1..=3.
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(value))
    }
}

impl TryFrom<i32> for Trimester {
    type Error = ValidationError;

    /// # Errors
    ///
    /// A [`ValidationError`] for field `trimester` outside 1..=3.
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(value))
    }
}

impl From<Trimester> for u8 {
    fn from(t: Trimester) -> u8 {
        t.0
    }
}

/// Whether the person is pregnant.
///
/// JSON form: `"not_pregnant"`, `{"pregnant": {"trimester": 3}}` (the trimester may
/// be left out or `null`) or `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// use legcramps::{Pregnancy, Trimester};
///
/// let p: Pregnancy = serde_json::from_str(r#"{"pregnant": {"trimester": 2}}"#)?;
/// assert_eq!(p, Pregnancy::Pregnant { trimester: Some(Trimester::try_from(2u8)?) });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pregnancy {
    /// Not pregnant.
    NotPregnant,
    /// Pregnant, in the given trimester if known.
    Pregnant {
        /// The trimester, if known.
        #[serde(default)]
        trimester: Option<Trimester>,
    },
    /// Not known or not asked.
    #[default]
    Unknown,
}

/// Hours per day spent doing something, a finite number from 0 to 24.
///
/// JSON form: a number. `-0.0` is stored as `0.0`, so equality, ordering and hashing
/// agree.
///
/// # Examples
///
/// ```
/// use legcramps::HoursPerDay;
///
/// assert_eq!(HoursPerDay::new(7.5)?.get(), 7.5);
/// assert_eq!(
///     HoursPerDay::new(25.0).unwrap_err().to_string(),
///     "invalid hours per day 25: must be a finite number from 0 to 24"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f32")]
pub struct HoursPerDay(f32);

impl HoursPerDay {
    /// Hours per day, from 0 to 24.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `hours_per_day` when `hours` is NaN, infinite,
    /// negative or above 24.
    pub fn new(hours: f32) -> Result<Self, ValidationError> {
        Self::try_from(f64::from(hours))
    }

    /// The number of hours.
    pub const fn get(self) -> f32 {
        self.0
    }
}

impl TryFrom<f64> for HoursPerDay {
    type Error = ValidationError;

    /// # Errors
    ///
    /// See [`HoursPerDay::new`]. The value is rounded to the nearest `f32` after the
    /// range check.
    fn try_from(hours: f64) -> Result<Self, Self::Error> {
        if hours.is_finite() && (0.0..=24.0).contains(&hours) {
            // `+ 0.0` turns -0.0 into 0.0; the range check keeps the cast in bounds.
            Ok(HoursPerDay(hours as f32 + 0.0))
        } else {
            Err(ValidationError::invalid(
                "hours_per_day",
                "hours per day",
                hours,
                "must be a finite number from 0 to 24",
            ))
        }
    }
}

impl From<HoursPerDay> for f32 {
    fn from(h: HoursPerDay) -> f32 {
        h.0
    }
}

impl PartialEq for HoursPerDay {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for HoursPerDay {}

impl PartialOrd for HoursPerDay {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for HoursPerDay {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl Hash for HoursPerDay {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

/// Daily activity.
///
/// Missing JSON fields default to unknown; unknown fields are rejected.
///
/// # Examples
///
/// ```
/// use legcramps::{Activity, Answer, HoursPerDay};
///
/// let a: Activity = serde_json::from_str(r#"{"sitting_hours": 9, "sedentary_lifestyle": "yes"}"#)?;
/// assert_eq!(a.sitting_hours, Some(HoursPerDay::new(9.0)?));
/// assert_eq!(a.standing_hours, None);
/// assert_eq!(a.sedentary_lifestyle, Answer::Yes);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Activity {
    /// Hours a day spent sitting, if known.
    pub sitting_hours: Option<HoursPerDay>,
    /// Hours a day spent standing, if known.
    pub standing_hours: Option<HoursPerDay>,
    /// Unusual exertion or overuse of the leg muscles lately.
    pub unusual_exertion: Answer,
    /// A sedentary lifestyle (little physical activity).
    pub sedentary_lifestyle: Answer,
}

/// How much the person drinks through the day.
///
/// JSON form: `"low"`, `"adequate"`, `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// assert_eq!(legcramps::FluidIntake::Low.as_str(), "low");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FluidIntake {
    /// Drinks too little.
    Low,
    /// Drinks enough.
    Adequate,
    /// Not known.
    #[default]
    Unknown,
}

text_enum!(FluidIntake, field = "fluid_intake", what = "fluid intake", {
    Low => "low",
    Adequate => "adequate",
    Unknown => "unknown",
});

/// The shoes the person usually wears.
///
/// JSON form: `"supportive"`, `"unsupportive"`, `"unknown"`. Default `Unknown`.
///
/// # Examples
///
/// ```
/// assert_eq!("supportive".parse::<legcramps::Footwear>()?, legcramps::Footwear::Supportive);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Footwear {
    /// Supportive shoes.
    Supportive,
    /// Unsupportive shoes (e.g. flat, worn-out or high-heeled).
    Unsupportive,
    /// Not known.
    #[default]
    Unknown,
}

text_enum!(Footwear, field = "footwear", what = "footwear", {
    Supportive => "supportive",
    Unsupportive => "unsupportive",
    Unknown => "unknown",
});

/// Swelling of the legs.
///
/// JSON form: `"none"`, `"one_side"`, `"both_sides"`, `"unknown"`. Default
/// `Unknown`. One-sided swelling with a tender or warm calf can point to a deep vein
/// thrombosis, a mimic that CKS names.
///
/// # Examples
///
/// ```
/// assert_eq!(legcramps::LegSwelling::OneSide.as_str(), "one_side");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegSwelling {
    /// No swelling.
    None,
    /// One leg is swollen.
    OneSide,
    /// Both legs are swollen.
    BothSides,
    /// Not known.
    #[default]
    Unknown,
}

text_enum!(LegSwelling, field = "leg_swelling", what = "leg swelling", {
    None => "none",
    OneSide => "one_side",
    BothSides => "both_sides",
    Unknown => "unknown",
});

/// Exposures that make cramps urgent (NHS).
///
/// Missing JSON fields default to unknown; unknown fields are rejected.
///
/// # Examples
///
/// ```
/// let e: legcramps::Exposures = serde_json::from_str(r#"{"tetanus_prone_wound": "no"}"#)?;
/// assert!(e.tetanus_prone_wound.is_no());
/// assert!(e.lead_or_mercury.is_unknown());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Exposures {
    /// A recent wound that could let in tetanus (e.g. dirty or deep).
    pub tetanus_prone_wound: Answer,
    /// Exposure to toxins such as lead or mercury.
    pub lead_or_mercury: Answer,
}

/// The symptoms triage looks at (clinical.md §1.1, §6, §8.3). Each is an
/// [`Answer`]; the default is all unknown.
///
/// Missing JSON fields default to unknown; unknown fields are rejected.
///
/// # Examples
///
/// ```
/// use legcramps::{LegSwelling, Symptoms};
///
/// let s: Symptoms = serde_json::from_str(r#"{"leg_swelling": "one_side", "numbness": "no"}"#)?;
/// assert_eq!(s.leg_swelling, LegSwelling::OneSide);
/// assert!(s.numbness.is_no());
/// assert!(s.weakness.is_unknown());
/// assert!(serde_json::from_str::<Symptoms>(r#"{"numbnes": "no"}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Symptoms {
    /// Swelling of one or both legs.
    pub leg_swelling: LegSwelling,
    /// A tender or warm calf (with one-sided swelling: possible DVT).
    pub calf_tender_or_warm: Answer,
    /// Numbness in the legs.
    pub numbness: Answer,
    /// Weakness in the legs.
    pub weakness: Answer,
    /// Muscle wasting or twitching (fasciculations).
    pub muscle_wasting_or_twitching: Answer,
    /// Calf pain on walking that rest relieves (claudication).
    pub calf_pain_on_walking: Answer,
    /// A pale or cold leg.
    pub pale_or_cold_leg: Answer,
    /// An urge to move the legs (IRLSSG criterion 1).
    pub urge_to_move_legs: Answer,
    /// The urge starts or worsens at rest (IRLSSG criterion 2).
    pub urge_worse_at_rest: Answer,
    /// Moving eases the urge (IRLSSG criterion 3).
    pub urge_eased_by_moving: Answer,
    /// The urge is worse in the evening or at night (IRLSSG criterion 4).
    pub urge_worse_evening_or_night: Answer,
    /// The muscle goes hard during a cramp (an ICSD-3 cramp feature).
    pub muscle_hard_during_cramp: Answer,
    /// A forceful stretch eases the cramp (an ICSD-3 cramp feature).
    pub eased_by_forceful_stretch: Answer,
    /// Cramps in muscles other than the legs.
    pub cramps_in_other_muscles: Answer,
    /// A cramp that lasted over 10 minutes and did not settle.
    pub cramp_over_10_min_not_settling: Answer,
    /// Unexplained bruising or bleeding (matters on quinine).
    pub unexplained_bruising_or_bleeding: Answer,
    /// A change in hearing or ringing in the ears (matters on quinine).
    pub hearing_change: Answer,
    /// Signs of thyroid or another underlying disease.
    pub thyroid_or_other_disease_signs: Answer,
    /// Cramps disturb sleep.
    pub sleep_disturbed: Answer,
    /// Cramps affect daily life.
    pub daily_life_affected: Answer,
    /// Home measures (stretching, massage) are not helping.
    pub home_measures_not_helping: Answer,
}

/// The person whose cramps are assessed.
///
/// Plain data with public fields. The default is "everything unknown or empty".
/// Missing JSON fields take that default; unknown fields are rejected so that typos
/// are caught.
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
/// // The `4` is column 42; serde_json reports the column of the `}` it read to end the number.
/// assert_eq!(err.to_string(), "invalid trimester 4: must be 1, 2 or 3 at line 1 column 43");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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
    /// Other medicines, by the names given, kept exactly as written.
    pub other_medications: Vec<String>,
    /// Conditions from the catalog that the person has.
    pub conditions: Vec<ConditionId>,
    /// Exposures that make cramps urgent.
    pub exposures: Exposures,
    /// Symptoms that triage looks at.
    pub symptoms: Symptoms,
    /// The person asks about quinine (a request for information, not a fact about
    /// them).
    pub asks_about_quinine: bool,
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
    pub fn age_at(&self, as_of: DateTime<FixedOffset>) -> Result<Option<Age>, ValidationError> {
        match self.age {
            AgeInfo::Years(age) => Ok(Some(age)),
            AgeInfo::Unknown => Ok(None),
            AgeInfo::BirthDate(born) => years_between(born, as_of.date_naive()).map(Some),
        }
    }

    /// Whether the person takes the catalog medicine `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{MedicationId, Profile};
    ///
    /// let p = Profile { medications: vec![MedicationId::Atorvastatin], ..Profile::default() };
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
    /// let p = Profile { conditions: vec![ConditionId::Arthritis], ..Profile::default() };
    /// assert!(p.has(ConditionId::Arthritis));
    /// assert!(!p.has(ConditionId::Diabetes));
    /// ```
    pub fn has(&self, id: ConditionId) -> bool {
        self.conditions.contains(&id)
    }
}

/// Whole years from `born` to `on` (a birthday counts on its own date; someone born
/// on 29 February has their birthday on 1 March in common years).
fn years_between(born: NaiveDate, on: NaiveDate) -> Result<Age, ValidationError> {
    if born > on {
        return Err(ValidationError::invalid(
            "birth_date",
            "birth date",
            born,
            format!("is after the as-of date {on}"),
        ));
    }
    let mut years = i64::from(on.year()) - i64::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    Age::try_from(years)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn whole_years_count_birthdays() {
        // Reasoning: the birthday itself completes the year; the day before does not.
        assert_eq!(
            years_between(d("1958-03-01"), d("2025-03-01"))
                .unwrap()
                .get(),
            67
        );
        assert_eq!(
            years_between(d("1958-03-01"), d("2025-02-28"))
                .unwrap()
                .get(),
            66
        );
        assert_eq!(
            years_between(d("2025-03-01"), d("2025-03-01"))
                .unwrap()
                .get(),
            0
        );
        // Leap-day birth: (3, 1) >= (2, 29), so 1 March completes the year.
        assert_eq!(
            years_between(d("1960-02-29"), d("2025-03-01"))
                .unwrap()
                .get(),
            65
        );
        assert_eq!(
            years_between(d("1960-02-29"), d("2025-02-28"))
                .unwrap()
                .get(),
            64
        );
    }

    #[test]
    fn age_limits() {
        assert_eq!(
            years_between(d("1895-03-01"), d("2025-03-01"))
                .unwrap()
                .get(),
            130
        );
        assert_eq!(
            years_between(d("1894-03-01"), d("2025-03-01"))
                .unwrap_err()
                .to_string(),
            "invalid age 131: must be a whole number of years from 0 to 130"
        );
    }
}
