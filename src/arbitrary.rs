//! `arbitrary::Arbitrary` for the main input types (feature `arbitrary`), so that
//! downstream applications can fuzz with them.
//!
//! Every value is built through the types' own validating constructors, so only valid
//! values come out: pain 0 to 10, durations 1 s to 4 h, hours 0 to 24, ages 0 to 130,
//! episodes through [`CrampEpisode::builder`], NDCs in one of the package layouts, and
//! lots made of letters and digits with inner separators. Dates and instants stay in
//! the years 1900 to 2100 (offsets within ±14 h), and an [`AssessmentInput`]'s
//! `as_of` is never before its episodes or birth date and gives an age of at most 128.

use arbitrary::{Arbitrary, Error, Result, Unstructured};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};

use crate::assess::AssessmentInput;
use crate::recall::NdcLayout;
use crate::{
    Activity, Age, AgeInfo, Answer, ConditionId, CrampDuration, CrampEpisode, Diary, Exposures,
    FluidIntake, Footwear, HoursPerDay, LegSwelling, LotNumber, MedicationId, Muscle, Ndc,
    PainScore, Pregnancy, Profile, RemedyId, Sex, Side, Symptoms, Trimester,
};
use crate::{MedicationList, OtherMedication, QuinineFor};

/// Any constructor refusal becomes `IncorrectFormat` (it cannot happen for the ranges
/// used below; the mapping keeps the code free of panics).
fn ok<T, E>(r: std::result::Result<T, E>) -> Result<T> {
    r.map_err(|_| Error::IncorrectFormat)
}

fn pick<T: Copy>(u: &mut Unstructured<'_>, from: &[T]) -> Result<T> {
    u.choose(from).copied()
}

/// 1900-01-01 plus up to 200 years of days.
fn date(u: &mut Unstructured<'_>) -> Result<NaiveDate> {
    let start = ok(NaiveDate::from_ymd_opt(1900, 1, 1).ok_or(()))?;
    let days: i64 = u.int_in_range(0..=73_000)?;
    ok(start.checked_add_signed(TimeDelta::days(days)).ok_or(()))
}

/// An instant from 1900 to 2100 at a whole-minute offset within ±14 h.
fn instant(u: &mut Unstructured<'_>) -> Result<DateTime<FixedOffset>> {
    // -2_208_988_800 is 1900-01-01T00:00:00Z; 4_102_444_800 is 2100-01-01T00:00:00Z.
    let secs: i64 = u.int_in_range(-2_208_988_800..=4_102_444_800)?;
    let offset_minutes: i32 = u.int_in_range(-14 * 60..=14 * 60)?;
    let offset = ok(FixedOffset::east_opt(offset_minutes * 60).ok_or(()))?;
    let utc = ok(DateTime::from_timestamp(secs, 0).ok_or(()))?;
    Ok(utc.with_timezone(&offset))
}

macro_rules! choose_impl {
    ($($ty:ident => [$($v:expr),+ $(,)?]),+ $(,)?) => {
        $(
            impl<'a> Arbitrary<'a> for $ty {
                fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                    pick(u, &[$($v),+])
                }
            }
        )+
    };
}

choose_impl! {
    Answer => [Answer::Yes, Answer::No, Answer::Unknown],
    Sex => [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown],
    FluidIntake => [FluidIntake::Low, FluidIntake::Adequate, FluidIntake::Unknown],
    Footwear => [Footwear::Supportive, Footwear::Unsupportive, Footwear::Unknown],
    LegSwelling => [LegSwelling::None, LegSwelling::OneSide, LegSwelling::BothSides, LegSwelling::Unknown],
    Muscle => [Muscle::Calf, Muscle::Foot, Muscle::FrontOfThigh, Muscle::BackOfThigh, Muscle::Other],
    Side => [Side::Left, Side::Right, Side::Both],
    MedicationList => [MedicationList::Complete, MedicationList::Unknown],
    QuinineFor => [QuinineFor::Cramps, QuinineFor::Other, QuinineFor::Unknown],
}

impl<'a> Arbitrary<'a> for OtherMedication {
    /// A name with at least one visible character, without NDC or lot: arbitrary text,
    /// with a visible character from the input put in front when the text alone would
    /// be blank (a blank name is not a valid value, [`OtherMedication::new`]).
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let text = String::arbitrary(u)?;
        let name = match OtherMedication::new(text.clone()) {
            Ok(m) => return Ok(m),
            Err(_) => format!("{}{text}", pick(u, &['a', 'Q', '7', '\u{e9}', '\u{4e2d}'])?),
        };
        OtherMedication::new(name).map_err(|_| Error::IncorrectFormat)
    }
}

impl<'a> Arbitrary<'a> for MedicationId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        pick(u, MedicationId::ALL)
    }
}

impl<'a> Arbitrary<'a> for ConditionId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        pick(u, ConditionId::ALL)
    }
}

impl<'a> Arbitrary<'a> for RemedyId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        pick(u, RemedyId::ALL)
    }
}

impl<'a> Arbitrary<'a> for PainScore {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        ok(PainScore::try_from(u.int_in_range(0u8..=10)?))
    }
}

impl<'a> Arbitrary<'a> for CrampDuration {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        ok(CrampDuration::from_secs(i64::from(
            u.int_in_range(1..=CrampDuration::MAX_SECS)?,
        )))
    }
}

impl<'a> Arbitrary<'a> for HoursPerDay {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        // Quarter hours from 0 to 24.
        let quarters: u8 = u.int_in_range(0..=96)?;
        ok(HoursPerDay::new(f32::from(quarters) / 4.0))
    }
}

impl<'a> Arbitrary<'a> for Age {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        ok(Age::try_from(u.int_in_range(0..=Age::MAX_YEARS)?))
    }
}

impl<'a> Arbitrary<'a> for Trimester {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        ok(Trimester::try_from(u.int_in_range(1u8..=3)?))
    }
}

impl<'a> Arbitrary<'a> for AgeInfo {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(match u.int_in_range(0u8..=2)? {
            0 => AgeInfo::Years(Age::arbitrary(u)?),
            1 => AgeInfo::BirthDate(date(u)?),
            _ => AgeInfo::Unknown,
        })
    }
}

impl<'a> Arbitrary<'a> for Pregnancy {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(match u.int_in_range(0u8..=2)? {
            0 => Pregnancy::NotPregnant,
            1 => Pregnancy::Pregnant {
                trimester: Option::<Trimester>::arbitrary(u)?,
            },
            _ => Pregnancy::Unknown,
        })
    }
}

impl<'a> Arbitrary<'a> for Activity {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Activity {
            sitting_hours: Option::arbitrary(u)?,
            standing_hours: Option::arbitrary(u)?,
            unusual_exertion: Answer::arbitrary(u)?,
            sedentary_lifestyle: Answer::arbitrary(u)?,
        })
    }
}

impl<'a> Arbitrary<'a> for Exposures {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Exposures {
            tetanus_prone_wound: Answer::arbitrary(u)?,
            lead_or_mercury: Answer::arbitrary(u)?,
        })
    }
}

impl<'a> Arbitrary<'a> for Symptoms {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = Symptoms {
            leg_swelling: LegSwelling::arbitrary(u)?,
            ..Symptoms::default()
        };
        for answer in [
            &mut s.calf_tender_or_warm,
            &mut s.numbness,
            &mut s.weakness,
            &mut s.muscle_wasting_or_twitching,
            &mut s.calf_pain_on_walking,
            &mut s.pale_or_cold_leg,
            &mut s.urge_to_move_legs,
            &mut s.urge_worse_at_rest,
            &mut s.urge_eased_by_moving,
            &mut s.urge_worse_evening_or_night,
            &mut s.muscle_hard_during_cramp,
            &mut s.eased_by_forceful_stretch,
            &mut s.cramps_in_other_muscles,
            &mut s.cramp_over_10_min_not_settling,
            &mut s.unexplained_bruising_or_bleeding,
            &mut s.hearing_change,
            &mut s.thyroid_or_other_disease_signs,
            &mut s.sleep_disturbed,
            &mut s.daily_life_affected,
            &mut s.home_measures_not_helping,
        ] {
            *answer = Answer::arbitrary(u)?;
        }
        Ok(s)
    }
}

impl<'a> Arbitrary<'a> for Profile {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Profile {
            age: AgeInfo::arbitrary(u)?,
            sex: Sex::arbitrary(u)?,
            pregnancy: Pregnancy::arbitrary(u)?,
            activity: Activity::arbitrary(u)?,
            stretches_regularly: Answer::arbitrary(u)?,
            sleeps_with_legs_crossed_or_restricted: Answer::arbitrary(u)?,
            fluid_intake: FluidIntake::arbitrary(u)?,
            footwear: Footwear::arbitrary(u)?,
            medications: Vec::arbitrary(u)?,
            other_medications: Vec::arbitrary(u)?,
            medication_list: MedicationList::arbitrary(u)?,
            conditions: Vec::arbitrary(u)?,
            exposures: Exposures::arbitrary(u)?,
            symptoms: Symptoms::arbitrary(u)?,
            asks_about_quinine: bool::arbitrary(u)?,
            quinine_for: QuinineFor::arbitrary(u)?,
            quinine_contraindications: crate::QuinineContraindications {
                hypersensitivity: Answer::arbitrary(u)?,
                haemolysis: Answer::arbitrary(u)?,
                optic_neuritis: Answer::arbitrary(u)?,
                myasthenia_gravis: Answer::arbitrary(u)?,
                blackwater_fever: Answer::arbitrary(u)?,
                earlier_reaction: Answer::arbitrary(u)?,
            },
        })
    }
}

impl<'a> Arbitrary<'a> for CrampEpisode {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        ok(CrampEpisode::builder(instant(u)?)
            .duration(CrampDuration::arbitrary(u)?)
            .muscle(Muscle::arbitrary(u)?)
            .side(Side::arbitrary(u)?)
            .pain(PainScore::arbitrary(u)?)
            .woke(bool::arbitrary(u)?)
            .relieved_by_all(Vec::<RemedyId>::arbitrary(u)?)
            .in_bed_at_night(bool::arbitrary(u)?)
            .build())
    }
}

impl<'a> Arbitrary<'a> for Diary {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Diary::from_episodes(Vec::<CrampEpisode>::arbitrary(u)?))
    }
}

impl<'a> Arbitrary<'a> for AssessmentInput {
    /// `as_of` is at or after the latest episode start, and a birth date is at most
    /// about 128 years before it, so the input is accepted and assesses.
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut profile = Profile::arbitrary(u)?;
        let diary = Diary::arbitrary(u)?;
        let mut as_of = instant(u)?;
        if let Some(last) = diary.episodes().iter().map(CrampEpisode::start).max() {
            as_of = as_of.max(last);
        }
        if let AgeInfo::BirthDate(_) = profile.age {
            // Born on or before as_of's date, at most about 128 years earlier, so the
            // age worked out from it is valid too.
            let days: i64 = u.int_in_range(0..=47_000)?;
            let born = as_of.date_naive().checked_sub_signed(TimeDelta::days(days));
            profile.age = AgeInfo::BirthDate(ok(born.ok_or(()))?);
        }
        ok(AssessmentInput::new(as_of, profile, diary))
    }
}

impl<'a> Arbitrary<'a> for Ndc {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let layout = pick(u, &NdcLayout::ALL)?;
        let (a, b, c) = layout.segments();
        let mut seg = |n: usize| -> Result<String> {
            (0..n)
                .map(|_| Ok(char::from(b'0' + u.int_in_range(0u8..=9)?)))
                .collect()
        };
        let (lab, prod, pack) = (seg(a)?, seg(b)?, seg(c)?);
        ok(Ndc::from_segments(&lab, &prod, &pack))
    }
}

impl<'a> Arbitrary<'a> for LotNumber {
    /// 1 to 20 characters: letters and digits, with `-` `/` `.` `_` `:` `@` `+` only
    /// between them.
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        const ENDS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        const INNER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/._:@+";
        let len: usize = u.int_in_range(1..=20)?;
        let mut s = String::with_capacity(len);
        for i in 0..len {
            let from = if i == 0 || i + 1 == len { ENDS } else { INNER };
            s.push(char::from(pick(u, from)?));
        }
        ok(LotNumber::new(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pseudo-random bytes (a fixed linear congruential sequence).
    fn bytes(seed: u64, n: usize) -> Vec<u8> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                (x >> 56) as u8
            })
            .collect()
    }

    #[test]
    fn generated_values_are_valid_and_round_trip_through_json() {
        for seed in 0..300 {
            let data = bytes(seed, 4096);
            let mut u = Unstructured::new(&data);
            let input = AssessmentInput::arbitrary(&mut u).unwrap();
            let json = serde_json::to_string(&input).unwrap();
            assert_eq!(AssessmentInput::from_json_str(&json).unwrap(), input);
            input.assess().unwrap();
            let ndc = Ndc::arbitrary(&mut u).unwrap();
            assert_eq!(ndc.to_string().parse::<Ndc>().unwrap(), ndc);
            let lot = LotNumber::arbitrary(&mut u).unwrap();
            assert_eq!(lot.as_str().parse::<LotNumber>().unwrap(), lot);
        }
    }

    #[test]
    fn empty_input_still_gives_values() {
        let mut u = Unstructured::new(&[]);
        AssessmentInput::arbitrary(&mut u).unwrap();
        Ndc::arbitrary(&mut u).unwrap();
        LotNumber::arbitrary(&mut u).unwrap();
    }
}
