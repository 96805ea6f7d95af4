//! The referral rules as a table: each rule's level, evidence, sources, reason and
//! question, and how it reads the facts (yes, no or unknown).

use serde::{Deserialize, Serialize};

use super::facts::{Facts, all, any, frequent_week};
use super::referral::Urgency;
use super::score::{Band, TYPICAL_MAX_MINUTES};
use crate::{Answer, Citation, EvidenceLevel, LegSwelling, MODERATE_SEVERE_PER_MONTH};

/// The referral rules, by name.
///
/// JSON form: the snake_case name, e.g. `"possible_dvt"`.
///
/// Every rule is in [`RuleId::ALL`], most urgent first, and [`RuleId::info`] gives its
/// [`Rule`]: level, evidence, sources, reason and question.
///
/// Levels: the same-day rules are those clinical.md §8.3 lists as immediate (NHS,
/// MHRA-2010, SmPC-Q) plus our own safety inference on DVT. Among the GP rules we
/// make *soon* the features that may point to a nerve, muscle or blood-vessel cause
/// (swelling, weakness, wasting or twitching, numbness, a pale or cold leg, a cramp
/// far longer than usual, quinine in pregnancy) and *routine* the burden and
/// look-alike features (frequent, severe or sleep-breaking cramps, daily life
/// affected, home measures failing, cramps outside the calf or foot, an urge to
/// move, calf pain on walking, a drug that may cause cramps, signs of an underlying
/// disease, quinine review, a high burden score). A known linked condition alone is
/// *self care* with "mention the cramps at its next review" (#11). That split is our
/// design choice; the sources say "see a GP" without a time frame.
///
/// # Examples
///
/// ```
/// use legcramps::assess::{RuleId, Urgency};
///
/// assert_eq!(RuleId::PossibleDvt.info().urgency, Urgency::Urgent);
/// assert_eq!(serde_json::to_string(&RuleId::PossibleDvt)?, "\"possible_dvt\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RuleId {
    /// A cramp lasting over 10 minutes that does not settle.
    #[serde(rename = "cramp_over_10_min_not_settling")]
    CrampOver10MinNotSettling,
    /// A possible tetanus-prone wound.
    TetanusProneWound,
    /// Exposure to lead or mercury.
    LeadOrMercuryExposure,
    /// Unexplained bruising, bleeding or spots while taking quinine.
    QuinineBleeding,
    /// A change in hearing or ringing in the ears while taking quinine.
    QuinineHearingChange,
    /// One swollen calf that is tender or warm.
    PossibleDvt,
    /// Taking quinine for cramps while pregnant.
    QuinineInPregnancy,
    /// Taking quinine while pregnant, prescribed for something else (for example
    /// malaria) or for a reason not given.
    QuinineInPregnancyOtherUse,
    /// Swelling of one or both legs.
    LegSwelling,
    /// A tender or warm calf, whatever the swelling.
    CalfTenderOrWarm,
    /// Muscle weakness.
    MuscleWeakness,
    /// Muscle wasting or twitching.
    MuscleWastingOrTwitching,
    /// Numbness in the legs.
    Numbness,
    /// A pale or cold leg.
    PaleOrColdLeg,
    /// The diary records a cramp longer than about 10 minutes.
    LongCrampInDiary,
    /// Frequent cramps in the diary.
    FrequentCramps,
    /// Severe pain in the diary.
    SevereCramps,
    /// Cramps disturb sleep.
    SleepDisturbed,
    /// Cramps get in the way of daily life.
    DailyLifeAffected,
    /// Home measures are not helping.
    HomeMeasuresNotHelping,
    /// Cramps spread to muscles other than the legs.
    CrampsInOtherMuscles,
    /// The diary records cramps in a thigh or another leg muscle.
    CrampsOutsideCalfOrFoot,
    /// An urge to move the legs.
    UrgeToMoveLegs,
    /// Calf pain on walking.
    CalfPainOnWalking,
    /// Takes a drug that may cause cramps.
    DrugMayCauseCramps,
    /// Signs of thyroid or another underlying disease.
    ThyroidOrOtherDiseaseSigns,
    /// Has a condition linked to cramps.
    KnownLinkedCondition,
    /// Takes quinine (needs regular review).
    QuinineReview,
    /// The burden subtotal (the diary alone, not the risk) is in the high band.
    HighBurdenScore,
}

/// A referral rule: the level it leads to, its evidence, sources, reason and question.
/// [`RuleId::info`] gives each rule's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// The rule.
    pub id: RuleId,
    /// The level it leads to when it applies.
    pub urgency: Urgency,
    /// What kind of statement it is (a guideline's advice, or our own safety inference).
    pub evidence: EvidenceLevel,
    /// The sources.
    pub citations: &'static [Citation],
    /// Why it leads to that level (shown when it applies).
    pub reason: &'static str,
    /// What to ask when the answer is unknown.
    pub question: &'static str,
    /// `true` when the rule also advises stopping quinine now.
    pub stop_quinine: bool,
    /// `true` when the rule rests on a cut-off of our own (a design choice, not a
    /// figure from the sources); its reason then says "our cut-off".
    pub our_cut_off: bool,
}

const fn rule(
    id: RuleId,
    urgency: Urgency,
    evidence: EvidenceLevel,
    citations: &'static [Citation],
    reason: &'static str,
    question: &'static str,
) -> Rule {
    Rule {
        id,
        urgency,
        evidence,
        citations,
        reason,
        question,
        stop_quinine: false,
        our_cut_off: false,
    }
}

const fn with_our_cut_off(r: Rule) -> Rule {
    Rule {
        our_cut_off: true,
        ..r
    }
}

const fn stopping_quinine(r: Rule) -> Rule {
    Rule {
        stop_quinine: true,
        ..r
    }
}

use EvidenceLevel::{GuidelineAdvice, SafetyInference};
use Urgency::{Routine, SelfCare, Soon, Urgent};

crate::table::catalog! {
    /// The referral rules, most urgent first.
    pub(crate) static REFERRAL_RULES: [Rule] by RuleId;
    const RULE_ROWS: [_; RULE_COUNT];
    /// Every rule id, most urgent first.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::assess::RuleId;
    ///
    /// assert!(RuleId::ALL.iter().all(|r| !r.info().citations.is_empty()));
    /// assert!(RuleId::ALL.windows(2).all(|w| w[0].info().urgency >= w[1].info().urgency));
    /// ```
    pub const ALL;
    /// The rule's level, evidence, sources, reason and question.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::Citation;
    /// use legcramps::assess::RuleId;
    ///
    /// assert_eq!(RuleId::TetanusProneWound.info().citations, &[Citation::Nhs]);
    /// ```
    pub fn info;
    {
        CrampOver10MinNotSettling => rule(
            RuleId::CrampOver10MinNotSettling,
            Urgent,
            GuidelineAdvice,
            &[Citation::Nhs],
            "a cramp has lasted more than 10 minutes and does not settle with stretching or moving",
            "Has a cramp lasted more than 10 minutes without easing when you stretch or move the leg?",
        ),
        TetanusProneWound => rule(
            RuleId::TetanusProneWound,
            Urgent,
            GuidelineAdvice,
            &[Citation::Nhs],
            "cramps after a wound that could let in tetanus need same-day advice",
            "Did the cramps start after a wound that could be tetanus-prone, such as a deep or dirty cut?",
        ),
        LeadOrMercuryExposure => rule(
            RuleId::LeadOrMercuryExposure,
            Urgent,
            GuidelineAdvice,
            &[Citation::Nhs],
            "cramps after contact with lead or mercury need same-day advice",
            "Could you have been exposed to lead or mercury, at work or at home?",
        ),
        QuinineBleeding => stopping_quinine(rule(
            RuleId::QuinineBleeding,
            Urgent,
            GuidelineAdvice,
            &[Citation::Mhra2010, Citation::Fda],
            "unexplained bruising, bleeding or tiny spots on the skin while taking quinine can \
             mean a serious blood reaction: stop quinine and get help today",
            "While taking quinine, have you had unexplained bruising, bleeding, or tiny red or \
             purple spots on the skin?",
        )),
        QuinineHearingChange => stopping_quinine(rule(
            RuleId::QuinineHearingChange,
            Urgent,
            GuidelineAdvice,
            &[Citation::Mhra2010, Citation::SmpcQuinine],
            "a change in hearing or ringing in the ears while taking quinine: stop quinine and \
             get advice today",
            "While taking quinine, has your hearing changed, or have you had ringing in the ears?",
        )),
        QuinineInPregnancyOtherUse => rule(
            RuleId::QuinineInPregnancyOtherUse,
            Urgent,
            SafetyInference,
            &[Citation::CochranePregnancy],
            "quinine can harm an unborn baby, but it may have been prescribed for something \
             serious such as malaria: do not stop it on your own; contact the doctor who \
             prescribed it today",
            "Are you pregnant, or could you be? (You take quinine, not only for cramps.)",
        ),
        PossibleDvt => rule(
            RuleId::PossibleDvt,
            Urgent,
            SafetyInference,
            &[Citation::Cks],
            "one swollen calf that is tender or warm could be a clot in a vein (DVT), which CKS \
             lists as a look-alike of cramp; treating it as same-day is our own safety \
             inference, not a quoted rule",
            "Is one calf swollen, and is it tender or warm to the touch?",
        ),
        QuinineInPregnancy => stopping_quinine(rule(
            RuleId::QuinineInPregnancy,
            Soon,
            SafetyInference,
            &[Citation::CochranePregnancy],
            "quinine for cramps can harm an unborn baby and must not be used in pregnancy: stop \
             it and talk to your doctor or midwife within days",
            "Are you pregnant, or could you be? (You take quinine for cramps.)",
        )),
        LegSwelling => rule(
            RuleId::LegSwelling,
            Soon,
            GuidelineAdvice,
            &[Citation::Nhs, Citation::Cks],
            "swelling of the legs can point to a cause other than simple cramp (CKS lists \
             DVT and a Baker's cyst)",
            "Are either of your legs swollen?",
        ),
        CalfTenderOrWarm => rule(
            RuleId::CalfTenderOrWarm,
            Soon,
            SafetyInference,
            &[Citation::Cks],
            "a tender or warm calf can be a sign of a clot in a vein (DVT), which CKS lists as \
             a look-alike of cramp; seeing a doctor within days even without swelling is our \
             own safety inference",
            "Is either calf tender to the touch, or warm?",
        ),
        MuscleWeakness => rule(
            RuleId::MuscleWeakness,
            Soon,
            GuidelineAdvice,
            &[Citation::Nhs, Citation::Cks],
            "muscles becoming weaker can point to a nerve or muscle problem",
            "Have any of your leg muscles become weaker?",
        ),
        MuscleWastingOrTwitching => rule(
            RuleId::MuscleWastingOrTwitching,
            Soon,
            GuidelineAdvice,
            &[Citation::Nhs, Citation::Cks],
            "muscles shrinking or twitching under the skin can point to a nerve or muscle problem",
            "Have any of your muscles shrunk, or do they twitch under the skin?",
        ),
        Numbness => rule(
            RuleId::Numbness,
            Soon,
            GuidelineAdvice,
            &[Citation::Nhs, Citation::Cks],
            "numbness in the legs can point to a nerve problem (neuropathy or a trapped nerve)",
            "Do you have numbness in your legs or feet?",
        ),
        PaleOrColdLeg => rule(
            RuleId::PaleOrColdLeg,
            Soon,
            GuidelineAdvice,
            &[Citation::Cks],
            "a pale or cold leg can point to poor blood flow in the arteries",
            "Is either leg or foot pale or cold compared with the other?",
        ),
        LongCrampInDiary => rule(
            RuleId::LongCrampInDiary,
            Soon,
            GuidelineAdvice,
            &[Citation::Cks, Citation::Nhs],
            "the diary records a cramp longer than the usual 10 minutes or so",
            "Has any cramp lasted longer than 10 minutes?",
        ),
        FrequentCramps => with_our_cut_off(rule(
            RuleId::FrequentCramps,
            Routine,
            GuidelineAdvice,
            &[
                Citation::Nhs,
                Citation::Seed,
                Citation::Cks,
                Citation::Grandner2017,
            ],
            "frequent cramps (3 or more in a week, or 5 or more in 30 days, which is our \
             cut-off) are worth a GP visit",
            "How often do the cramps come? Recording them in a diary for a few weeks helps.",
        )),
        SevereCramps => with_our_cut_off(rule(
            RuleId::SevereCramps,
            Routine,
            GuidelineAdvice,
            &[Citation::Seed, Citation::Mhra2010, Citation::Dgn2017],
            "severe cramps (pain 7 or more out of 10 in the diary; 7 is our cut-off, the \
             sources give no number) are worth a GP visit",
            "How painful are the cramps, from 0 to 10?",
        )),
        SleepDisturbed => with_our_cut_off(rule(
            RuleId::SleepDisturbed,
            Routine,
            GuidelineAdvice,
            &[Citation::Nhs, Citation::Mhra2010],
            "cramps that regularly break your sleep are worth a GP visit (from the diary: \
             woken on 5 or more nights in 30 days, our cut-off for \"regularly\")",
            "Do the cramps disturb your sleep regularly?",
        )),
        DailyLifeAffected => rule(
            RuleId::DailyLifeAffected,
            Routine,
            GuidelineAdvice,
            &[Citation::Seed, Citation::Nhs],
            "cramps that get in the way of daily life are worth a GP visit",
            "Do the cramps get in the way of your daily life?",
        ),
        HomeMeasuresNotHelping => rule(
            RuleId::HomeMeasuresNotHelping,
            Routine,
            GuidelineAdvice,
            &[Citation::Seed, Citation::Mhra2010],
            "home measures such as stretching have not helped",
            "Do the cramps keep coming even though you have tried stretching and other home \
             measures?",
        ),
        CrampsInOtherMuscles => rule(
            RuleId::CrampsInOtherMuscles,
            Routine,
            GuidelineAdvice,
            &[Citation::Seed, Citation::BmjBestPractice],
            "cramps spreading to other muscles are more likely to have an underlying cause",
            "Do you get cramps in muscles other than your legs?",
        ),
        CrampsOutsideCalfOrFoot => rule(
            RuleId::CrampsOutsideCalfOrFoot,
            Routine,
            GuidelineAdvice,
            &[Citation::BmjBestPractice, Citation::Hallegraeff2017],
            "the diary records cramps outside the calf and foot (for example the thigh), which \
             are more likely to have an underlying cause",
            "Where in the leg do the cramps happen?",
        ),
        UrgeToMoveLegs => rule(
            RuleId::UrgeToMoveLegs,
            Routine,
            GuidelineAdvice,
            &[Citation::Cks, Citation::Irlssg2014],
            "an urge to move the legs suggests restless legs syndrome, which is treated differently",
            "Do you feel an urge to move your legs when resting?",
        ),
        CalfPainOnWalking => rule(
            RuleId::CalfPainOnWalking,
            Routine,
            GuidelineAdvice,
            &[Citation::Cks],
            "calf pain on walking that eases with rest can point to narrowed leg arteries \
             (claudication)",
            "Do you get calf pain when walking that goes away when you rest?",
        ),
        DrugMayCauseCramps => rule(
            RuleId::DrugMayCauseCramps,
            Routine,
            GuidelineAdvice,
            &[Citation::Cks, Citation::Garrison2012, Citation::Aafp2012],
            "a medicine you take may cause cramps: ask for a medication review (do not stop a \
             prescribed medicine on your own)",
            "Could any of your other medicines cause cramps? A pharmacist can check.",
        ),
        ThyroidOrOtherDiseaseSigns => rule(
            RuleId::ThyroidOrOtherDiseaseSigns,
            Routine,
            GuidelineAdvice,
            &[Citation::Cks],
            "signs of thyroid or another underlying disease can be a cause of cramps",
            "Do you have signs of another illness, such as tiredness, weight change or feeling \
             the cold (thyroid)?",
        ),
        QuinineReview => rule(
            RuleId::QuinineReview,
            Routine,
            GuidelineAdvice,
            &[Citation::SmpcQuinine, Citation::Mhra2010],
            "quinine for cramps needs review about every 3 months, with a break to see whether \
             it is still needed",
            "Do you take quinine?",
        ),
        HighBurdenScore => rule(
            RuleId::HighBurdenScore,
            Routine,
            GuidelineAdvice,
            &[Citation::Seed, Citation::Nhs],
            "the diary burden alone (frequency, pain, duration, broken nights; not the risk \
             factors) is in the high band: regular cramps are worth a GP visit",
            "How often do the cramps come, and how bad are they?",
        ),
        KnownLinkedCondition => rule(
            RuleId::KnownLinkedCondition,
            SelfCare,
            GuidelineAdvice,
            &[Citation::Cks],
            "you have a condition linked to cramps: mention the cramps at its next review (on \
             its own this is no reason for an extra appointment)",
            "Do you have a long-term condition such as diabetes, kidney, liver, thyroid or \
             blood-vessel disease?",
        ),
    }
}

/// Whether a rule applies to the person: yes, no or unknown.
pub(crate) fn evaluate(id: RuleId, f: &Facts<'_>, band: Band) -> Answer {
    let s = &f.profile.symptoms;
    let on_quinine = f.on_quinine();
    let diary = |yes: bool| {
        if yes {
            Answer::Yes
        } else if f.diary_empty {
            Answer::Unknown
        } else {
            Answer::No
        }
    };
    match id {
        RuleId::CrampOver10MinNotSettling => s.cramp_over_10_min_not_settling,
        RuleId::TetanusProneWound => f.profile.exposures.tetanus_prone_wound,
        RuleId::LeadOrMercuryExposure => f.profile.exposures.lead_or_mercury,
        RuleId::QuinineBleeding => all(&[on_quinine, s.unexplained_bruising_or_bleeding]),
        RuleId::QuinineHearingChange => all(&[on_quinine, s.hearing_change]),
        RuleId::PossibleDvt => {
            let one_side = match s.leg_swelling {
                LegSwelling::OneSide => Answer::Yes,
                LegSwelling::Unknown => Answer::Unknown,
                _ => Answer::No,
            };
            all(&[one_side, s.calf_tender_or_warm])
        }
        RuleId::QuinineInPregnancy => all(&[on_quinine, f.pregnant, for_cramps(f).into()]),
        RuleId::QuinineInPregnancyOtherUse => {
            all(&[on_quinine, f.pregnant, (!for_cramps(f)).into()])
        }
        RuleId::LegSwelling => match s.leg_swelling {
            LegSwelling::OneSide | LegSwelling::BothSides => Answer::Yes,
            LegSwelling::Unknown => Answer::Unknown,
            _ => Answer::No,
        },
        RuleId::CalfTenderOrWarm => s.calf_tender_or_warm,
        RuleId::MuscleWeakness => s.weakness,
        RuleId::MuscleWastingOrTwitching => s.muscle_wasting_or_twitching,
        RuleId::Numbness => s.numbness,
        RuleId::PaleOrColdLeg => s.pale_or_cold_leg,
        RuleId::LongCrampInDiary => f
            .stats
            .longest_minutes
            .is_some_and(|m| m > TYPICAL_MAX_MINUTES)
            .into(),
        RuleId::FrequentCramps => {
            diary(frequent_week(f.stats) || f.stats.meets(&MODERATE_SEVERE_PER_MONTH))
        }
        RuleId::SevereCramps => diary(f.stats.max_pain.is_some_and(|p| p.get() >= SEVERE_PAIN)),
        RuleId::SleepDisturbed => any(&[
            s.sleep_disturbed,
            (f.stats.nights_disturbed >= SLEEP_DISTURBED_NIGHTS).into(),
        ]),
        RuleId::DailyLifeAffected => s.daily_life_affected,
        RuleId::HomeMeasuresNotHelping => s.home_measures_not_helping,
        RuleId::CrampsInOtherMuscles => s.cramps_in_other_muscles,
        RuleId::CrampsOutsideCalfOrFoot => f.outside_calf_or_foot().into(),
        RuleId::UrgeToMoveLegs => s.urge_to_move_legs,
        RuleId::CalfPainOnWalking => s.calf_pain_on_walking,
        RuleId::DrugMayCauseCramps => f.takes_cramp_drug(),
        RuleId::ThyroidOrOtherDiseaseSigns => s.thyroid_or_other_disease_signs,
        RuleId::KnownLinkedCondition => (!f.conditions().is_empty()).into(),
        // The 3-monthly review is for quinine taken for cramps; prescribed for
        // something else, it is not ours to review (unknown keeps the review).
        RuleId::QuinineReview => all(&[
            on_quinine,
            (f.profile.quinine_for != crate::QuinineFor::Other).into(),
        ]),
        RuleId::HighBurdenScore => (band == Band::High).into(),
    }
}

/// Quinine is taken for cramps (the profile says so). `Unknown` reads as "for
/// something else", the safer reading: the prescriber is asked before it is stopped.
fn for_cramps(f: &Facts<'_>) -> bool {
    f.profile.quinine_for == crate::QuinineFor::Cramps
}

/// The rules that read quinine use.
pub(crate) fn is_quinine_rule(id: RuleId) -> bool {
    matches!(
        id,
        RuleId::QuinineBleeding
            | RuleId::QuinineHearingChange
            | RuleId::QuinineInPregnancy
            | RuleId::QuinineInPregnancyOtherUse
            | RuleId::QuinineReview
    )
}

/// For a quinine rule, the answer to its other part (the symptom, or pregnancy; `Yes`
/// for the review rule, which is quinine use alone); `None` for other rules.
pub(crate) fn quinine_gate(id: RuleId, f: &Facts<'_>) -> Option<Answer> {
    let s = &f.profile.symptoms;
    match id {
        RuleId::QuinineBleeding => Some(s.unexplained_bruising_or_bleeding),
        RuleId::QuinineHearingChange => Some(s.hearing_change),
        RuleId::QuinineInPregnancy | RuleId::QuinineInPregnancyOtherUse => Some(f.pregnant),
        RuleId::QuinineReview => Some(Answer::Yes),
        _ => None,
    }
}

/// Woken nights in the 30-day window that count as sleep "regularly" disturbed for
/// [`RuleId::SleepDisturbed`]. NHS and MHRA-2010 say "regularly" without a number;
/// 5 nights in 30 days is our cut-off (a design choice, not a source's figure).
pub(crate) const SLEEP_DISTURBED_NIGHTS: u32 = 5;

/// The worst pain, on the 0-10 scale, that counts as a severe cramp for
/// [`RuleId::SevereCramps`]. The consumer article says "severe" without a scale;
/// reading 7-10 as severe is our design choice.
pub(crate) const SEVERE_PAIN: u8 = 7;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EvidenceLevel::SafetyInference;

    #[test]
    fn table_is_sorted_cited_and_complete() {
        assert!(
            REFERRAL_RULES.len() <= 64,
            "the unknown-rule buffer holds 64"
        );
        for w in REFERRAL_RULES.windows(2) {
            assert!(w[0].urgency >= w[1].urgency, "{:?} out of order", w[1].id);
        }
        for r in REFERRAL_RULES {
            assert!(!r.citations.is_empty(), "{:?} has no citation", r.id);
            assert!(!r.question.is_empty() && !r.reason.is_empty());
            assert_eq!(r.id.info().id, r.id);
            assert_eq!(REFERRAL_RULES.iter().filter(|x| x.id == r.id).count(), 1);
        }
    }

    #[test]
    fn every_rule_id_has_one_row_in_table_order() {
        // Exhaustive: a new variant fails to compile here until it is listed in ALL.
        fn known(id: RuleId) -> bool {
            match id {
                RuleId::CrampOver10MinNotSettling
                | RuleId::TetanusProneWound
                | RuleId::LeadOrMercuryExposure
                | RuleId::QuinineBleeding
                | RuleId::QuinineHearingChange
                | RuleId::PossibleDvt
                | RuleId::QuinineInPregnancy
                | RuleId::QuinineInPregnancyOtherUse
                | RuleId::LegSwelling
                | RuleId::CalfTenderOrWarm
                | RuleId::MuscleWeakness
                | RuleId::MuscleWastingOrTwitching
                | RuleId::Numbness
                | RuleId::PaleOrColdLeg
                | RuleId::LongCrampInDiary
                | RuleId::FrequentCramps
                | RuleId::SevereCramps
                | RuleId::SleepDisturbed
                | RuleId::DailyLifeAffected
                | RuleId::HomeMeasuresNotHelping
                | RuleId::CrampsInOtherMuscles
                | RuleId::CrampsOutsideCalfOrFoot
                | RuleId::UrgeToMoveLegs
                | RuleId::CalfPainOnWalking
                | RuleId::DrugMayCauseCramps
                | RuleId::ThyroidOrOtherDiseaseSigns
                | RuleId::KnownLinkedCondition
                | RuleId::QuinineReview
                | RuleId::HighBurdenScore => true,
            }
        }
        assert_eq!(RuleId::ALL.len(), REFERRAL_RULES.len());
        for (id, row) in RuleId::ALL.iter().zip(REFERRAL_RULES) {
            assert!(known(*id));
            assert_eq!(*id, row.id);
        }
    }

    #[test]
    fn only_the_dvt_and_pregnancy_prescriber_rules_are_safety_inferences_at_urgent() {
        // clinical.md §8.3 marks treating a swollen tender calf as urgent as our own
        // inference; asking the prescriber the same day about quinine taken in
        // pregnancy for another reason is also ours (#11: clinical.md gives no timing).
        // Every other same-day rule is quoted from NHS / MHRA / SmPC.
        let inferred: Vec<_> = REFERRAL_RULES
            .iter()
            .filter(|r| r.urgency == Urgency::Urgent && r.evidence == SafetyInference)
            .map(|r| r.id)
            .collect();
        assert_eq!(
            inferred,
            vec![RuleId::QuinineInPregnancyOtherUse, RuleId::PossibleDvt]
        );
    }
}
