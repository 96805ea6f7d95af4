//! The facts the assessment works from, derived once from the profile, the diary and
//! `as_of`, and the three-valued logic used on them.

use crate::{
    Answer, Diary, DiaryStats, FREQUENT_PER_WEEK, MedicationId, Muscle, Pregnancy, Profile,
    RemedyId, lookup_medication,
};

/// What the score, the referral, the differential and the plan read.
#[derive(Debug)]
pub(crate) struct Facts<'a> {
    pub profile: &'a Profile,
    pub stats: &'a DiaryStats,
    /// Age in years at `as_of`, if known.
    pub age: Option<u8>,
    /// `pregnancy` as an answer.
    pub pregnant: Answer,
    /// Catalog drugs named in `other_medications` (free names resolved by name).
    other_ids: Vec<MedicationId>,
    /// A free medication name that the catalog does not know.
    pub unresolved_other_medication: bool,
    /// The diary holds no episodes at all.
    pub diary_empty: bool,
    /// Some episode happened in bed at night.
    pub any_in_bed: bool,
    /// Remedies that relieved at least one recorded episode (bit per `RemedyId`).
    relieved: u64,
    /// Takes quinine.
    on_quinine: bool,
    /// Takes a drug that may cause cramps (yes / no / unknown).
    cramp_drug: Answer,
}

impl<'a> Facts<'a> {
    pub(crate) fn new(
        profile: &'a Profile,
        diary: &Diary,
        stats: &'a DiaryStats,
        age: Option<u8>,
    ) -> Self {
        let mut other_ids = Vec::new();
        let mut unresolved_other_medication = false;
        for name in &profile.other_medications {
            match lookup_medication(name) {
                Some(row) => other_ids.push(row.id),
                None => unresolved_other_medication = true,
            }
        }
        let mut any_in_bed = false;
        let mut relieved = 0u64;
        for e in diary.episodes() {
            any_in_bed |= e.in_bed_at_night();
            for r in e.relieved_by() {
                relieved |= remedy_bit(*r);
            }
        }
        let mut f = Facts {
            profile,
            stats,
            age,
            pregnant: match profile.pregnancy {
                Pregnancy::Pregnant { .. } => Answer::Yes,
                Pregnancy::NotPregnant => Answer::No,
                Pregnancy::Unknown => Answer::Unknown,
            },
            other_ids,
            unresolved_other_medication,
            diary_empty: diary.is_empty(),
            any_in_bed,
            relieved,
            on_quinine: false,
            cramp_drug: Answer::No,
        };
        f.on_quinine = f.takes(MedicationId::Quinine);
        f.cramp_drug = f.find_cramp_drug();
        f
    }

    /// The person takes this catalog drug (by id, or by a free name that resolves to it).
    pub(crate) fn takes(&self, id: MedicationId) -> bool {
        self.profile.takes(id) || self.other_ids.contains(&id)
    }

    /// The person takes quinine.
    pub(crate) fn on_quinine(&self) -> bool {
        self.on_quinine
    }

    /// Takes a drug that may cause cramps: yes if a known one; unknown if a free name
    /// could not be resolved; otherwise no.
    pub(crate) fn takes_cramp_drug(&self) -> Answer {
        self.cramp_drug
    }

    fn find_cramp_drug(&self) -> Answer {
        let known = self
            .profile
            .medications
            .iter()
            .chain(self.other_ids.iter())
            .any(|id| id.may_cause_cramps());
        if known {
            Answer::Yes
        } else if self.unresolved_other_medication {
            Answer::Unknown
        } else {
            Answer::No
        }
    }

    /// A recorded episode was relieved by this remedy.
    pub(crate) fn relieved_by(&self, remedy: RemedyId) -> bool {
        self.relieved & remedy_bit(remedy) != 0
    }

    /// The 30-day window shows a cramp in a muscle other than the calf or the foot.
    pub(crate) fn outside_calf_or_foot(&self) -> bool {
        self.stats
            .muscles
            .iter()
            .any(|m| !matches!(m, Muscle::Calf | Muscle::Foot))
    }
}

/// Frequent cramps ([`FREQUENT_PER_WEEK`], 3 or more a week): 3 or more in the last
/// 7 days, or an average of 3 or more a week over the window. Both readings only grow
/// when an episode is added.
pub(crate) fn frequent_week(stats: &DiaryStats) -> bool {
    stats.episodes_last_7_days >= FREQUENT_PER_WEEK.count || stats.meets(&FREQUENT_PER_WEEK)
}

fn remedy_bit(r: RemedyId) -> u64 {
    1u64 << ((r as u32) % 64)
}

/// Yes if any answer is yes; otherwise unknown if any is unknown; otherwise no.
pub(crate) fn any(answers: &[Answer]) -> Answer {
    if answers.iter().any(|a| a.is_yes()) {
        Answer::Yes
    } else if answers.iter().any(|a| a.is_unknown()) {
        Answer::Unknown
    } else {
        Answer::No
    }
}

/// No if any answer is no; otherwise unknown if any is unknown; otherwise yes.
pub(crate) fn all(answers: &[Answer]) -> Answer {
    if answers.iter().any(|a| a.is_no()) {
        Answer::No
    } else if answers.iter().any(|a| a.is_unknown()) {
        Answer::Unknown
    } else {
        Answer::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_valued_logic() {
        use Answer::{No, Unknown, Yes};
        assert_eq!(any(&[No, Unknown]), Unknown);
        assert_eq!(any(&[No, Yes, Unknown]), Yes);
        assert_eq!(any(&[No, No]), No);
        assert_eq!(all(&[Yes, Unknown]), Unknown);
        assert_eq!(all(&[Yes, No, Unknown]), No);
        assert_eq!(all(&[Yes, Yes]), Yes);
    }
}
