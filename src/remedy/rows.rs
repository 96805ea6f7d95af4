//! The rows of the remedies catalog, one per [`RemedyId`], in declaration order.

use super::{PregnancySuitability as P, Remedy, RemedyId, RemedyKind as K};
use crate::evidence::{Citation as C, EvidenceLevel as E};

const LONG_CRAMP: &str = "A cramp that lasts more than 10 minutes and does not settle with \
    stretching needs urgent medical advice [NHS].";

const STRETCH_MUSCLE: Remedy = Remedy {
    id: RemedyId::StretchMuscle,
    name: "stretch the muscle",
    kind: K::InTheMoment,
    how: "Gently stretch the cramping muscle until it lets go; for a calf cramp, straighten \
        the leg and pull the foot and toes up towards the shin.",
    evidence: E::GuidelineAdvice,
    evidence_note: "Advised for stopping an attack by CKS, the NHS and DGN-2017; forceful \
        stretching of the muscle (pulling the foot up) relieves a true cramp [AASM].",
    evidence_in_pregnancy: None,
    cautions: &[LONG_CRAMP],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Cks, C::Nhs, C::Dgn2017, C::Aasm, C::Seed],
};

const MASSAGE: Remedy = Remedy {
    id: RemedyId::Massage,
    name: "massage by hand",
    kind: K::InTheMoment,
    how: "Rub and knead the tight muscle with your hands.",
    evidence: E::GuidelineAdvice,
    evidence_note: "Advised by CKS and the NHS; massage also relieves cramps [AASM].",
    evidence_in_pregnancy: None,
    cautions: &[LONG_CRAMP],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Cks, C::Nhs, C::Aasm, C::Seed],
};

const FOAM_ROLLER: Remedy = Remedy {
    id: RemedyId::FoamRoller,
    name: "foam roller",
    kind: K::InTheMoment,
    how: "Roll the cramping muscle slowly over a foam roller to massage it.",
    evidence: E::Insufficient,
    evidence_note: "Suggested by the seed article; no study of it for cramps is in the fact \
        base. It is a form of massage, which CKS and the NHS advise.",
    evidence_in_pregnancy: None,
    cautions: &[LONG_CRAMP],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed, C::Cks, C::Nhs],
};

const FLEX_FOOT: Remedy = Remedy {
    id: RemedyId::FlexFoot,
    name: "flex and unflex the foot",
    kind: K::InTheMoment,
    how: "Pull the foot up towards the shin and let it go again, a few times, to lengthen \
        the calf muscle.",
    evidence: E::GuidelineAdvice,
    evidence_note: "Suggested by the seed article; forcibly bending the foot upwards relieves \
        a cramp [AASM], and DGN-2017 advises contracting the opposing muscle.",
    evidence_in_pregnancy: None,
    cautions: &[LONG_CRAMP],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed, C::Aasm, C::Dgn2017, C::Nhs],
};

const HEAT: Remedy = Remedy {
    id: RemedyId::Heat,
    name: "heat",
    kind: K::InTheMoment,
    how: "Put warmth on the muscle, for example a warm towel or a heat pack.",
    evidence: E::GuidelineAdvice,
    evidence_note: "Heat relieves cramps [AASM]; also suggested by the seed article.",
    evidence_in_pregnancy: None,
    cautions: &["Use gentle warmth, never heat that could burn the skin."],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Aasm, C::Seed],
};

const STAND_ON_LEG: Remedy = Remedy {
    id: RemedyId::StandOnLeg,
    name: "stand and put weight on the leg",
    kind: K::InTheMoment,
    how: "Get up and stand with your weight on the cramping leg, or walk about a little.",
    evidence: E::GuidelineAdvice,
    evidence_note: "Advised by the NHS.",
    evidence_in_pregnancy: None,
    cautions: &["At night, get up slowly and hold on to something so as not to fall."],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Nhs],
};

const NIGHTLY_STRETCHING: Remedy = Remedy {
    id: RemedyId::NightlyStretching,
    name: "nightly calf and hamstring stretching",
    kind: K::Prevention,
    how: "Just before going to sleep, stretch the calf and the hamstring (back of the thigh) \
        of both legs: hold each stretch for about 10 seconds, rest 10 seconds, and do each \
        stretch 3 times. Both legs take about 3 minutes in all; a seated version is fine.",
    evidence: E::TrialBenefit,
    evidence_note: "In a randomised trial (80 people over 55 with cramps at least weekly, 6 \
        weeks), stretching before sleep cut cramps by 1.2 a night more than no stretching \
        (95% CI 0.6-1.8) and pain by 1.3 cm on a 10-cm scale (0.9-1.7) [Hallegraeff-2012]. \
        Cochrane-NonDrug rates this low certainty; AAN-2010 gives stretching level U and \
        AAFP-2017 calls the results mixed; calf stretching alone did not help long-term \
        quinine users [Coppin-2005]. The NHS suggests stretching three times a day, the last \
        before bed, and DGN-2017 recommends regular calf stretching.",
    evidence_in_pregnancy: None,
    cautions: &["Stretch gently; a stretch should pull, not hurt."],
    suitable_in_pregnancy: P::Suitable,
    citations: &[
        C::Hallegraeff2012,
        C::CochraneNonDrug,
        C::Aan2010,
        C::Aafp2017,
        C::Coppin2005,
        C::Nhs,
        C::Dgn2017,
    ],
};

const EXERCISE_BEFORE_BED: Remedy = Remedy {
    id: RemedyId::ExerciseBeforeBed,
    name: "mild exercise before bed",
    kind: K::Prevention,
    how: "Do a few minutes of mild exercise at the end of the day, such as a walk or a \
        stationary bike.",
    evidence: E::Insufficient,
    evidence_note: "Suggested by the seed article from people's experience; no trial. \
        Separately, an inactive lifestyle is strongly linked with night cramps in people \
        over 60 (OR 9.84, observational) [Delacour-2020].",
    evidence_in_pregnancy: None,
    cautions: &["Keep it mild: unusually hard or long exercise can itself bring on cramps."],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed, C::Delacour2020],
};

const FLUIDS: Remedy = Remedy {
    id: RemedyId::Fluids,
    name: "drink enough fluid",
    kind: K::Prevention,
    how: "Drink enough through the day, mostly water.",
    evidence: E::Insufficient,
    evidence_note: "No trial. The NHS lists dehydration as a possible cause, but AAFP-2012 \
        finds that low body fluid does not appear related to ordinary night cramps.",
    evidence_in_pregnancy: None,
    cautions: &[
        "Keep to any fluid limit a doctor has set, for example for heart or kidney \
        disease.",
    ],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed, C::Nhs, C::Aafp2012],
};

const SUPPORTIVE_SHOES: Remedy = Remedy {
    id: RemedyId::SupportiveShoes,
    name: "supportive shoes",
    kind: K::Prevention,
    how: "Wear shoes that support the feet well; a podiatrist can check them.",
    evidence: E::Insufficient,
    evidence_note: "Suggested by the seed article from people's experience; no study.",
    evidence_in_pregnancy: None,
    cautions: &[],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed],
};

const STRETCHED_OUT_SLEEP: Remedy = Remedy {
    id: RemedyId::StretchedOutSleep,
    name: "stretched-out sleep position",
    kind: K::Prevention,
    how: "Try sleeping with the legs more stretched out rather than tightly bent.",
    evidence: E::Insufficient,
    evidence_note: "Suggested by the seed article as something to try; no study.",
    evidence_in_pregnancy: None,
    cautions: &[],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed],
};

const AVOID_CROSSED_LEGS: Remedy = Remedy {
    id: RemedyId::AvoidCrossedLegs,
    name: "do not sit or lie with the legs crossed",
    kind: K::Prevention,
    how: "Avoid sitting or lying with the legs crossed or one leg resting on the other.",
    evidence: E::Insufficient,
    evidence_note: "The seed article says positions that restrict movement or blood flow \
        may bring on cramps; no study.",
    evidence_in_pregnancy: None,
    cautions: &[],
    suitable_in_pregnancy: P::Suitable,
    citations: &[C::Seed],
};

const MAGNESIUM: Remedy = Remedy {
    id: RemedyId::Magnesium,
    name: "magnesium",
    kind: K::Supplement,
    how: "A daily magnesium supplement.",
    evidence: E::NoBenefitShown,
    evidence_note: "In mostly older adults with ordinary night cramps, magnesium did no \
        better than placebo at 4 weeks: change in cramp frequency MD -9.59% (95% CI -23.14 \
        to 3.97), responders RR 1.04 (0.84-1.29) [Cochrane-Mg]. In pregnancy, single \
        trials disagree (low or very low certainty) [Cochrane-Preg]. DGN-2017 says it may \
        be tried because its side effects are mild, and thinks it possibly effective in \
        pregnancy.",
    // Cochrane-Preg 2020: single trials disagree, low or very low certainty.
    evidence_in_pregnancy: Some(E::Insufficient),
    cautions: &[
        "Unlikely to help older adults with ordinary night cramps [Cochrane-Mg].",
        "In pregnancy, ask a midwife or doctor first: trial results conflict \
         [Cochrane-Preg].",
    ],
    suitable_in_pregnancy: P::AskFirst,
    citations: &[
        C::CochraneMagnesium,
        C::CochranePregnancy,
        C::Dgn2017,
        C::Seed,
    ],
};

const VITAMIN_B_COMPLEX: Remedy = Remedy {
    id: RemedyId::VitaminBComplex,
    name: "vitamin B complex",
    kind: K::Supplement,
    how: "A vitamin B complex supplement.",
    evidence: E::AanC,
    evidence_note: "AAN-2010 level C (possibly effective, may be considered) on one class II \
        study; AAFP-2017 says B vitamins may give short-term improvement (strength of \
        recommendation C).",
    evidence_in_pregnancy: None,
    cautions: &[
        "In pregnancy, ask a midwife or doctor first: vitamin B was tried only in \
        small trials of low certainty [Cochrane-Preg].",
    ],
    suitable_in_pregnancy: P::AskFirst,
    citations: &[C::Aan2010, C::Aafp2017, C::CochranePregnancy],
};

const VITAMIN_B6: Remedy = Remedy {
    id: RemedyId::VitaminB6,
    name: "vitamin B6",
    kind: K::Supplement,
    how: "A vitamin B6 supplement on its own.",
    evidence: E::Insufficient,
    evidence_note: "Not supported: the fact base holds no trial of vitamin B6 alone for \
        night cramps, and the seed article notes that the evidence for it is limited.",
    evidence_in_pregnancy: None,
    cautions: &["In pregnancy, ask a midwife or doctor before taking supplements."],
    suitable_in_pregnancy: P::AskFirst,
    citations: &[C::Seed],
};

const VITAMIN_E: Remedy = Remedy {
    id: RemedyId::VitaminE,
    name: "vitamin E",
    kind: K::Supplement,
    how: "A vitamin E supplement.",
    evidence: E::Insufficient,
    evidence_note: "Not supported: vitamin E was a comparator in four trials of the quinine \
        review [Cochrane-Q], but no source shows that it works for cramps, and AAN-2010 \
        does not list it as possibly effective. The seed article notes limited evidence.",
    evidence_in_pregnancy: None,
    cautions: &["In pregnancy, ask a midwife or doctor before taking supplements."],
    suitable_in_pregnancy: P::AskFirst,
    citations: &[C::CochraneQuinine, C::Aan2010, C::Seed],
};

crate::table::catalog! {
    /// Every remedy row, one per [`RemedyId`], in the order of [`RemedyId::ALL`].
    #[cfg_attr(not(all(test, feature = "fhir")), allow(dead_code, reason = "the ids' ALL and info() are the public path; the FHIR mapping's unit tests read the table whole"))]
    pub(crate) static REMEDIES: [Remedy] by RemedyId;
    const ROWS: [_; COUNT];
    /// Every id, in declaration order; each id's row is [`RemedyId::info`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::RemedyId;
    ///
    /// assert!(RemedyId::ALL.iter().all(|id| !id.info().citations.is_empty()));
    /// ```
    pub const ALL;
    /// The row for an id: an exhaustive match, so it cannot miss or panic.
    pub(super) fn row;
    {
        StretchMuscle => STRETCH_MUSCLE,
        Massage => MASSAGE,
        FoamRoller => FOAM_ROLLER,
        FlexFoot => FLEX_FOOT,
        Heat => HEAT,
        StandOnLeg => STAND_ON_LEG,
        NightlyStretching => NIGHTLY_STRETCHING,
        ExerciseBeforeBed => EXERCISE_BEFORE_BED,
        Fluids => FLUIDS,
        SupportiveShoes => SUPPORTIVE_SHOES,
        StretchedOutSleep => STRETCHED_OUT_SLEEP,
        AvoidCrossedLegs => AVOID_CROSSED_LEGS,
        Magnesium => MAGNESIUM,
        VitaminBComplex => VITAMIN_B_COMPLEX,
        VitaminB6 => VITAMIN_B6,
        VitaminE => VITAMIN_E,
    }
}
