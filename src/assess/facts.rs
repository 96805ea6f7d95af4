//! The facts the assessment works from, derived once from the profile, the diary and
//! `as_of`, and the three-valued logic used on them.

use crate::{
    Answer, ConditionId, Diary, DiaryStats, FREQUENT_PER_WEEK, MedicationId, MedicationList,
    Muscle, Pregnancy, Profile, RemedyId, Resolution, Sex, resolve_medication,
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
    /// The resolution of each `other_medications` entry, in input order.
    pub resolutions: Vec<Resolution>,
    /// Catalog drugs named in `other_medications` (free names resolved by name).
    other_ids: Vec<MedicationId>,
    /// A free medication name (or a part of one) that the catalog does not know.
    pub unresolved_other_medication: bool,
    /// The diary holds no episodes at all.
    pub diary_empty: bool,
    /// Some episode happened in bed at night.
    pub any_in_bed: bool,
    /// Remedies that relieved at least one recorded episode (bit per `RemedyId`).
    relieved: u64,
    /// Takes quinine: yes if a medicine resolves to it, unknown if a medicine is not
    /// recognised or the list is unknown, otherwise no.
    on_quinine: Answer,
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
        let resolutions: Vec<Resolution> = profile
            .other_medications
            .iter()
            .map(|m| resolve_medication(m.name.as_str()))
            .collect();
        let mut other_ids = Vec::new();
        let mut unresolved_other_medication = false;
        for r in &resolutions {
            for id in r.ids() {
                if !other_ids.contains(&id) {
                    other_ids.push(id);
                }
            }
            unresolved_other_medication |= !r.is_recognised();
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
                // A male is never asked whether he is pregnant (#11); a recorded
                // pregnancy is still kept as given.
                Pregnancy::Unknown if profile.sex == Sex::Male => Answer::No,
                // Outside our childbearing-age band (clinical.md gives none) the
                // question is not asked; an unknown age is inside it (the safer reading).
                Pregnancy::Unknown if age.is_some_and(|a| !CHILDBEARING_AGE.contains(&a)) => {
                    Answer::No
                }
                Pregnancy::Unknown => Answer::Unknown,
            },
            resolutions,
            other_ids,
            unresolved_other_medication,
            diary_empty: diary.is_empty(),
            any_in_bed,
            relieved,
            on_quinine: Answer::No,
            cramp_drug: Answer::No,
        };
        f.on_quinine = f.takes_answer(MedicationId::Quinine);
        f.cramp_drug = f.find_cramp_drug();
        f
    }

    /// The person takes this catalog drug (by id, or by a free name that resolves to it).
    pub(crate) fn takes(&self, id: MedicationId) -> bool {
        self.profile.takes(id) || self.other_ids.contains(&id)
    }

    /// Takes this catalog drug: yes if listed or resolved; unknown if a medicine is
    /// not recognised or the list is unknown; otherwise no.
    pub(crate) fn takes_answer(&self, id: MedicationId) -> Answer {
        if self.takes(id) {
            Answer::Yes
        } else if self.medication_list_uncertain() {
            Answer::Unknown
        } else {
            Answer::No
        }
    }

    /// A medicine is not recognised, or the list itself is not known to be complete.
    pub(crate) fn medication_list_uncertain(&self) -> bool {
        self.unresolved_other_medication || self.profile.medication_list == MedicationList::Unknown
    }

    /// Whether the person takes quinine (yes / no / unknown).
    pub(crate) fn on_quinine(&self) -> Answer {
        self.on_quinine
    }

    /// The catalog drugs the person takes (listed ids first, then resolved names), each
    /// once, in input order.
    pub(crate) fn drugs(&self) -> Vec<MedicationId> {
        let mut out: Vec<MedicationId> = Vec::new();
        for id in self.profile.medications.iter().chain(self.other_ids.iter()) {
            if !out.contains(id) {
                out.push(*id);
            }
        }
        out
    }

    /// The catalog drugs taken that may cause cramps, each once, in catalog order (so
    /// the order of the input lists does not matter).
    pub(crate) fn cramp_drugs(&self) -> Vec<MedicationId> {
        let mut out: Vec<MedicationId> = self
            .drugs()
            .into_iter()
            .filter(|id| id.may_cause_cramps())
            .collect();
        out.sort();
        out
    }

    /// The catalog conditions the person has that are linked to cramps, each once, in
    /// catalog order. Parkinsonism and venous insufficiency / varicose veins are left
    /// out: CKS lists parkinsonism as a look-alike and varicose veins as an examination
    /// point of cramp (clinical.md §1.1, §3), not as causes (#11).
    pub(crate) fn conditions(&self) -> Vec<ConditionId> {
        let mut out: Vec<ConditionId> = self
            .profile
            .conditions
            .iter()
            .copied()
            .filter(|c| !LOOKALIKE_CONDITIONS.contains(c))
            .collect();
        out.sort();
        out.dedup();
        out
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
        } else if self.medication_list_uncertain() {
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

/// The ages (years) at which an unknown pregnancy is asked about. clinical.md gives no
/// band; 12 to 55 is our choice, set wide so that the question is rather asked once
/// too often than missed (#11).
pub(crate) const CHILDBEARING_AGE: std::ops::RangeInclusive<u8> = 12..=55;

/// Catalog conditions that CKS names as look-alikes or examination points of cramp,
/// not as conditions linked to cramps.
pub(crate) const LOOKALIKE_CONDITIONS: &[ConditionId] =
    &[ConditionId::Parkinsonism, ConditionId::VenousInsufficiency];

/// Frequent cramps ([`FREQUENT_PER_WEEK`](crate::FrequencyThreshold::FREQUENT_PER_WEEK), 3 or more a week): 3 or more in the last
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
