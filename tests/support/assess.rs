//! Builders shared by the assessment integration tests (`tests/assess_*.rs`).
#![allow(dead_code)]

use chrono::{DateTime, Duration, FixedOffset};
use legcramps::{
    Answer, CrampEpisode, Diary, Exposures, LegSwelling, Muscle, Pregnancy, Profile, RemedyId,
    Symptoms,
};

/// The instant every case is assessed at.
pub fn as_of() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00").unwrap()
}

/// A cramp of a calf starting `hours_ago` hours before [`as_of`].
pub struct Ep {
    pub hours_ago: i64,
    pub minutes: f64,
    pub muscle: Muscle,
    pub pain: u8,
    pub woke: bool,
    pub relieved_by: Vec<RemedyId>,
}

/// A typical night cramp: calf, 2 minutes, pain 4, in bed, did not wake the person.
pub fn ep(hours_ago: i64) -> Ep {
    Ep {
        hours_ago,
        minutes: 2.0,
        muscle: Muscle::Calf,
        pain: 4,
        woke: false,
        relieved_by: vec![],
    }
}

impl Ep {
    pub fn minutes(mut self, m: f64) -> Self {
        self.minutes = m;
        self
    }
    pub fn pain(mut self, p: u8) -> Self {
        self.pain = p;
        self
    }
    pub fn woke(mut self) -> Self {
        self.woke = true;
        self
    }
    pub fn muscle(mut self, m: Muscle) -> Self {
        self.muscle = m;
        self
    }
    pub fn relieved_by(mut self, r: RemedyId) -> Self {
        self.relieved_by.push(r);
        self
    }
    pub fn build(&self) -> CrampEpisode {
        CrampEpisode::builder(as_of() - Duration::hours(self.hours_ago))
            .duration_minutes(self.minutes)
            .muscle(self.muscle)
            .side("left")
            .pain(self.pain)
            .woke(self.woke)
            .in_bed_at_night(true)
            .relieved_by_all(self.relieved_by.clone())
            .build()
            .unwrap()
    }
}

pub fn diary(eps: &[Ep]) -> Diary {
    Diary::from_episodes(eps.iter().map(Ep::build))
}

/// Every symptom answered "no", no swelling.
pub fn no_symptoms() -> Symptoms {
    use Answer::No;
    Symptoms::builder()
        .leg_swelling(LegSwelling::None)
        .calf_tender_or_warm(No)
        .numbness(No)
        .weakness(No)
        .muscle_wasting_or_twitching(No)
        .calf_pain_on_walking(No)
        .pale_or_cold_leg(No)
        .urge_to_move_legs(No)
        .urge_worse_at_rest(No)
        .urge_eased_by_moving(No)
        .urge_worse_evening_or_night(No)
        .muscle_hard_during_cramp(No)
        .eased_by_forceful_stretch(No)
        .cramps_in_other_muscles(No)
        .cramp_over_10_min_not_settling(No)
        .unexplained_bruising_or_bleeding(No)
        .hearing_change(No)
        .thyroid_or_other_disease_signs(No)
        .sleep_disturbed(No)
        .daily_life_affected(No)
        .home_measures_not_helping(No)
        .build()
}

/// A person for whom every referral item is answered "no": not pregnant, no
/// exposures, no medicines, no conditions.
pub fn answered_profile() -> Profile {
    Profile::builder()
        .pregnancy(Pregnancy::NotPregnant)
        .exposures(
            Exposures::builder()
                .tetanus_prone_wound(Answer::No)
                .lead_or_mercury(Answer::No)
                .build(),
        )
        .symptoms(no_symptoms())
        .build()
}

/// Two ordinary calf cramps in the last 30 days (pain 4, 2 minutes, not waking).
pub fn occasional() -> Vec<Ep> {
    vec![ep(24 * 3), ep(24 * 17)]
}
