//! The JSON contract of the assessment: the input document and the output.
//!
//! # Input
//!
//! One object, read by [`AssessmentInput::from_json_str`] or
//! [`AssessmentInput::from_json_reader`]. Unknown fields are rejected everywhere, so
//! typos are caught; every yes/no item takes `"yes"`, `"no"` or `"unknown"`, and a
//! missing item is `"unknown"`.
//!
//! | Key | Type | Notes |
//! |---|---|---|
//! | `as_of` | RFC 3339 date-time with offset | required; no episode may start after it |
//! | `profile` | [`Profile`] object | optional; see [`Profile`] for every field |
//! | `diary` | `{"episodes": [...]}` | optional; each episode as in [`CrampEpisode`] |
//!
//! Medications: `profile.medications` holds catalog ids (`"quinine"`);
//! `profile.other_medications` holds names as written, each a string or an object
//! `{"name", "ndc", "lot"}` ([`OtherMedication`](crate::OtherMedication); `ndc` and
//! `lot` optional, for the recall check). A name with no visible character (empty,
//! spaces, no-break or ideographic spaces) is rejected with an error at
//! `profile.other_medications[i]`. `profile.medication_list` is `"complete"` (the
//! default) or `"unknown"` (the lists may miss medicines, so quinine use is unknown).
//! `profile.quinine_for` ([`QuinineFor`](crate::QuinineFor)) says why quinine is taken:
//! `"cramps"`, `"other"` (prescribed for something else, such as malaria) or
//! `"unknown"` (the default). In pregnancy, `"cramps"` gives rule
//! `quinine_in_pregnancy` (stop it, see a doctor or midwife within days);
//! `"other"` and `"unknown"` give `quinine_in_pregnancy_other_use` (do not stop it on
//! one's own, contact the prescriber today): unknown is read the safer way. The
//! 3-monthly `quinine_review` is left out for `"other"`. An unknown pregnancy is asked
//! about only for a person who is not male and whose age is unknown or 12 to 55 (our
//! band; clinical.md gives none).
//! `profile.quinine_contraindications` ([`QuinineContraindications`](crate::QuinineContraindications))
//! holds `hypersensitivity`, `haemolysis`, `optic_neuritis`, `myasthenia_gravis`,
//! `blackwater_fever`, `earlier_reaction` (each yes / no / unknown, default unknown;
//! clinical.md §1.2); any `"yes"` sets `plan.quinine.contraindicated`.
//!
//! ```
//! use legcramps::assess::{AssessmentInput, Band, Urgency};
//!
//! let input = AssessmentInput::from_json_str(r#"{
//!   "as_of": "2025-03-01T08:00:00+01:00",
//!   "profile": {
//!     "age": {"years": 68},
//!     "sex": "female",
//!     "pregnancy": "not_pregnant",
//!     "activity": {"sitting_hours": 9, "sedentary_lifestyle": "yes"},
//!     "stretches_regularly": "no",
//!     "medications": ["hydrochlorothiazide"],
//!     "other_medications": ["Atorvastatin"],
//!     "conditions": ["arthritis"],
//!     "exposures": {"tetanus_prone_wound": "no", "lead_or_mercury": "no"},
//!     "symptoms": {
//!       "leg_swelling": "none", "numbness": "no", "weakness": "no",
//!       "muscle_hard_during_cramp": "yes", "eased_by_forceful_stretch": "yes",
//!       "urge_to_move_legs": "no", "sleep_disturbed": "yes"
//!     },
//!     "asks_about_quinine": true
//!   },
//!   "diary": {"episodes": [
//!     {"start": "2025-02-27T03:10:00+01:00", "duration_seconds": 240, "muscle": "calf",
//!      "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true,
//!      "relieved_by": ["stretch_muscle"]},
//!     {"start": "2025-02-20T02:40:00+01:00", "duration_seconds": 180, "muscle": "calf",
//!      "side": "right", "pain": 5, "woke": true, "in_bed_at_night": true}
//!   ]}
//! }"#)?;
//! let a = input.assess()?;
//! assert_eq!(a.referral.urgency, Urgency::Routine);
//! assert_eq!(a.score.band, Band::Moderate);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A bad document gives an [`InputError`] naming the field path, line and column:
//! `invalid input at diary.episodes[1].pain (line 22, column 62): invalid pain score
//! 11: must be a whole number from 0 to 10`.
//!
//! # Output
//!
//! An [`Assessment`] serializes to an object with these keys:
//!
//! | Key | Content |
//! |---|---|
//! | `as_of` | the input's `as_of` |
//! | `diary_stats` | the 30-day [`DiaryStats`] the score read; copies of one cramp (same start, duration, muscle and side) count once and `duplicates_set_aside` says how many were set aside; `overlapping_episodes` counts cramps whose times overlap (kept separate) |
//! | `score` | `total` (0-100) = `burden.points` + `risk.points`; `band` (`"low"`, `"moderate"`, `"high"`) of the total; `raw_total`; `burden`: `{points, raw_points, band, contributions}`, what the diary shows (frequency, pain, duration, broken nights), its `band` read from its own raw points and the one the `high_burden_score` referral rule uses; `risk`: `{points, raw_points, contributions}`, who the person is (risk factors, conditions, drugs); `trend`. Each contribution is `{factor: {kind, id?}, points, raw_points, citations, reason, our_cut_off?}`; `our_cut_off: true` marks a weight resting on our own cut-off, and a ratio shown outside the ages it was measured in has 0 points and a reason saying so |
//! | `referral` | `urgency` (`"self_care"`, `"routine"`, `"soon"`, `"urgent"`), `advice`, `reasons`: each `{rule, urgency, evidence, citations, reason, medications?, conditions?}`, `questions`: every unknown item that has a rule, each `{rule, ask, would_lead_to, could_raise}`, `could_rise`, `stop_quinine` |
//! | `differential` | `leaning`, `summary`, `flags`, `categories`: each `{category, pointing, criteria_met, criteria_unknown, criteria_total, features}`, a feature being `{feature, status, criterion, text, citations}`; `questions`: the defining cramp questions still unknown, each `{feature, ask}` |
//! | `plan` | `in_the_moment`, `prevention`, `supplements`, `cautions`: each a list of `{step, remedy, text, evidence, citations, helped_before}`; `quinine`: `null` or `{summary, contraindicated, contraindications, conditions, benefit, boxed_warning, pregnancy}` |
//! | `medications` | one entry per medication given, catalog ids (`profile.medications`) first, then `profile.other_medications`, each in input order: `{source, index, given, status, ingredients, other_ingredients, unrecognised_parts, recall?}` (see below) |
//!
//! Each `medications` entry:
//!
//! | Key | Content |
//! |---|---|
//! | `source` | `"medications"` (a catalog id) or `"other_medications"` (a name) |
//! | `index` | the place in that input list, from 0 |
//! | `given` | the text exactly as given, or the catalog id's name |
//! | `status` | `"recognised"` when every part was recognised; `"unrecognised"` when any part was not (the assessment then treats quinine use and cramp-causing drugs as unknown, never as "no") |
//! | `ingredients` | catalog ids found by [`resolve_medication`](crate::resolve_medication), each once, in order of first appearance |
//! | `other_ingredients` | known ingredients that are not catalog rows (e.g. `"caffeine"` in Norgesic) |
//! | `unrecognised_parts` | the parts of the text not recognised, as written (e.g. `"Fluticasone"` in `"Fluticasone / Salmeterol"`) |
//! | `recall` | only when the entry carried an `ndc` or a `lot`: `{ndc, lot, status, check}`, `status` being `"recalled"`, `"not_recalled"` or `"not_checked"` (the check needs both), `check` the built-in registry's `{matches, near_misses}` |
//!
//! A reason that a drug or a condition triggers names it: `drug_may_cause_cramps`
//! carries `medications` (catalog ids) and `known_linked_condition` carries
//! `conditions`, and the reason text ends with their names.
//!
//! For the input above the output is:
//!
//! ```json
//! {
//!   "as_of": "2025-03-01T08:00:00+01:00",
//!   "diary_stats": {
//!     "window_days": 30,
//!     "episodes": 2,
//!     "episodes_last_7_days": 1,
//!     "per_week": 0.4666666666666667,
//!     "per_30_days": 2.0,
//!     "nights_with_cramps": 2,
//!     "nights_disturbed": 2,
//!     "share_at_night": 1.0,
//!     "mean_pain": 6.0,
//!     "max_pain": 7,
//!     "mean_duration_minutes": 3.5,
//!     "longest_minutes": 4.0,
//!     "previous_window_episodes": 0,
//!     "trend": "not_enough_data",
//!     "muscles": ["calf"],
//!     "duplicates_set_aside": 0,
//!     "overlapping_episodes": 0
//!   },
//!   "score": {
//!     "total": 42,
//!     "band": "moderate",
//!     "raw_total": 42,
//!     "burden": {
//!       "points": 17,
//!       "raw_points": 17,
//!       "band": "low",
//!       "contributions": [
//!         {
//!           "factor": {"kind": "episode_count"},
//!           "points": 4,
//!           "raw_points": 4,
//!           "citations": ["Cochrane-Mg", "Hallegraeff-2012"],
//!           "reason": "cramps recorded in the last 30 days (cramp counts are the main outcome of cramp trials)"
//!         },
//!         {
//!           "factor": {"kind": "pain"},
//!           "points": 7,
//!           "raw_points": 7,
//!           "citations": ["Sebo-2019", "Hallegraeff-2012"],
//!           "reason": "the worst pain recorded in the last 30 days (0-10 scale)"
//!         },
//!         {
//!           "factor": {"kind": "duration"},
//!           "points": 2,
//!           "raw_points": 2,
//!           "citations": ["Naylor-1994", "Sebo-2019"],
//!           "reason": "the longest cramp recorded in the last 30 days (episodes average 8-9 minutes)"
//!         },
//!         {
//!           "factor": {"kind": "disturbed_nights"},
//!           "points": 4,
//!           "raw_points": 4,
//!           "citations": ["Sebo-2019", "MHRA-2010", "Maisonneuve-2016"],
//!           "reason": "nights in the last 30 days on which a cramp woke the person"
//!         }
//!       ]
//!     },
//!     "risk": {
//!       "points": 25,
//!       "raw_points": 25,
//!       "contributions": [
//!         {
//!           "factor": {"kind": "risk_factor", "id": "sedentary_lifestyle"},
//!           "points": 4,
//!           "raw_points": 4,
//!           "citations": ["Delacour-2020"],
//!           "reason": "a sedentary life was linked to night cramps in people over 60 (OR 9.84); its 95% credibility interval runs from 1.74 to 101.9, far wider than any other ratio here, so it is scored from the lower end (1.74), below the factors whose ratios are well estimated"
//!         },
//!         {
//!           "factor": {"kind": "risk_factor", "id": "female_sex"},
//!           "points": 5,
//!           "raw_points": 5,
//!           "citations": ["Abdulla-1999"],
//!           "reason": "women report night cramps more often than men (OR 1.96 in outpatients 65 and over)"
//!         },
//!         {
//!           "factor": {"kind": "risk_factor", "id": "older_age"},
//!           "points": 3,
//!           "raw_points": 3,
//!           "citations": ["CKS", "Maisonneuve-2016"],
//!           "reason": "night cramps become common with age: about a third of people over 60 have them"
//!         },
//!         {
//!           "factor": {"kind": "risk_factor", "id": "prolonged_sitting"},
//!           "points": 1,
//!           "raw_points": 1,
//!           "citations": ["consumer-article"],
//!           "reason": "long spells of sitting may leave the muscles shortened (our cut-off: the model's long_sitting_hours, 8 a day by default; the article gives no number)",
//!           "our_cut_off": true
//!         },
//!         {
//!           "factor": {"kind": "risk_factor", "id": "not_stretching"},
//!           "points": 1,
//!           "raw_points": 1,
//!           "citations": ["consumer-article"],
//!           "reason": "muscles that are never stretched may be shorter and cramp more easily"
//!         },
//!         {
//!           "factor": {"kind": "condition", "id": "arthritis"},
//!           "points": 7,
//!           "raw_points": 7,
//!           "citations": ["Abdulla-1999", "Grandner-2017"],
//!           "reason": "a condition linked to night cramps; points from its odds ratio"
//!         },
//!         {
//!           "factor": {"kind": "medication", "id": "hydrochlorothiazide"},
//!           "points": 3,
//!           "raw_points": 3,
//!           "citations": ["Garrison-2012", "CKS", "BNSSG", "NHS", "Abdulla-1999"],
//!           "reason": "cramp treatment starts more often after this kind of drug is begun (sequence ratio); worth a medication review"
//!         },
//!         {
//!           "factor": {"kind": "medication", "id": "atorvastatin"},
//!           "points": 1,
//!           "raw_points": 1,
//!           "citations": ["Garrison-2012", "NHS", "BNSSG"],
//!           "reason": "cramp treatment starts more often after this kind of drug is begun (sequence ratio); worth a medication review"
//!         }
//!       ]
//!     },
//!     "trend": "not_enough_data"
//!   },
//!   "referral": {
//!     "urgency": "routine",
//!     "advice": "Answer the questions below first: a yes to any of the urgent ones means getting medical advice today. Book a routine appointment with your GP or family doctor.",
//!     "reasons": [
//!       {
//!         "rule": "severe_cramps",
//!         "urgency": "routine",
//!         "evidence": "guideline_advice",
//!         "citations": ["consumer-article", "MHRA-2010", "DGN-2017"],
//!         "reason": "severe cramps (pain 7 or more out of 10 in the diary; 7 is our cut-off, the sources give no number) are worth a GP visit"
//!       },
//!       {
//!         "rule": "sleep_disturbed",
//!         "urgency": "routine",
//!         "evidence": "guideline_advice",
//!         "citations": ["NHS", "MHRA-2010"],
//!         "reason": "cramps that regularly break your sleep are worth a GP visit (from the diary: woken on 5 or more nights in 30 days, our cut-off for \"regularly\")"
//!       },
//!       {
//!         "rule": "drug_may_cause_cramps",
//!         "urgency": "routine",
//!         "evidence": "guideline_advice",
//!         "citations": ["CKS", "Garrison-2012", "AAFP-2012"],
//!         "reason": "a medicine you take may cause cramps: ask for a medication review (do not stop a prescribed medicine on your own) (medicines: hydrochlorothiazide, atorvastatin)",
//!         "medications": ["hydrochlorothiazide", "atorvastatin"]
//!       },
//!       {
//!         "rule": "known_linked_condition",
//!         "urgency": "self_care",
//!         "evidence": "guideline_advice",
//!         "citations": ["CKS"],
//!         "reason": "you have a condition linked to cramps: mention the cramps at its next review (on its own this is no reason for an extra appointment) (conditions: arthritis)",
//!         "conditions": ["arthritis"]
//!       }
//!     ],
//!     "questions": [
//!       {
//!         "rule": "cramp_over_10_min_not_settling",
//!         "ask": "Has a cramp lasted more than 10 minutes without easing when you stretch or move the leg?",
//!         "would_lead_to": "urgent",
//!         "could_raise": true
//!       },
//!       {
//!         "rule": "calf_tender_or_warm",
//!         "ask": "Is either calf tender to the touch, or warm?",
//!         "would_lead_to": "soon",
//!         "could_raise": true
//!       },
//!       {
//!         "rule": "muscle_wasting_or_twitching",
//!         "ask": "Have any of your muscles shrunk, or do they twitch under the skin?",
//!         "would_lead_to": "soon",
//!         "could_raise": true
//!       },
//!       {
//!         "rule": "pale_or_cold_leg",
//!         "ask": "Is either leg or foot pale or cold compared with the other?",
//!         "would_lead_to": "soon",
//!         "could_raise": true
//!       },
//!       {
//!         "rule": "daily_life_affected",
//!         "ask": "Do the cramps get in the way of your daily life?",
//!         "would_lead_to": "routine",
//!         "could_raise": false
//!       },
//!       {
//!         "rule": "home_measures_not_helping",
//!         "ask": "Do the cramps keep coming even though you have tried stretching and other home measures?",
//!         "would_lead_to": "routine",
//!         "could_raise": false
//!       },
//!       {
//!         "rule": "cramps_in_other_muscles",
//!         "ask": "Do you get cramps in muscles other than your legs?",
//!         "would_lead_to": "routine",
//!         "could_raise": false
//!       },
//!       {
//!         "rule": "calf_pain_on_walking",
//!         "ask": "Do you get calf pain when walking that goes away when you rest?",
//!         "would_lead_to": "routine",
//!         "could_raise": false
//!       },
//!       {
//!         "rule": "thyroid_or_other_disease_signs",
//!         "ask": "Do you have signs of another illness, such as tiredness, weight change or feeling the cold (thyroid)?",
//!         "would_lead_to": "routine",
//!         "could_raise": false
//!       }
//!     ],
//!     "could_rise": true,
//!     "stop_quinine": false
//!   },
//!   "differential": {
//!     "leaning": "towards_cramp",
//!     "summary": "The features reported point towards night-time leg cramps rather than restless legs.",
//!     "flags": [],
//!     "categories": [
//!       {
//!         "category": "sleep_related_leg_cramps",
//!         "pointing": 5,
//!         "criteria_met": 3,
//!         "criteria_unknown": 0,
//!         "criteria_total": 3,
//!         "features": [
//!           {
//!             "feature": "painful_muscle_hardening",
//!             "status": "yes",
//!             "criterion": true,
//!             "text": "a painful cramp with sudden hardness or tightness of the muscle",
//!             "citations": ["Rabbitt-2016", "BMJ-BP", "AASM"]
//!           },
//!           {
//!             "feature": "during_time_in_bed",
//!             "status": "yes",
//!             "criterion": true,
//!             "text": "happens during time in bed, from sleep or while awake",
//!             "citations": ["Rabbitt-2016"]
//!           },
//!           {
//!             "feature": "eased_by_forceful_stretch",
//!             "status": "yes",
//!             "criterion": true,
//!             "text": "eased by stretching the muscle firmly",
//!             "citations": ["Rabbitt-2016", "AASM"]
//!           },
//!           {
//!             "feature": "short_episodes",
//!             "status": "yes",
//!             "criterion": false,
//!             "text": "each episode lasts from seconds up to about 10 minutes",
//!             "citations": ["Hallegraeff-2017", "CKS"]
//!           },
//!           {
//!             "feature": "calf_or_foot",
//!             "status": "yes",
//!             "criterion": false,
//!             "text": "in the calf or the foot",
//!             "citations": ["Hallegraeff-2017", "BMJ-BP"]
//!           }
//!         ]
//!       },
//!       {
//!         "category": "restless_legs",
//!         "pointing": 0,
//!         "criteria_met": 0,
//!         "criteria_unknown": 4,
//!         "criteria_total": 5,
//!         "features": [
//!           {
//!             "feature": "urge_to_move",
//!             "status": "no",
//!             "criterion": true,
//!             "text": "an urge to move the legs, often with unpleasant feelings in them",
//!             "citations": ["IRLSSG-2014"]
//!           },
//!           {
//!             "feature": "worse_at_rest",
//!             "status": "unknown",
//!             "criterion": true,
//!             "text": "the urge starts or gets worse when resting, lying or sitting",
//!             "citations": ["IRLSSG-2014"]
//!           },
//!           {
//!             "feature": "eased_by_moving",
//!             "status": "unknown",
//!             "criterion": true,
//!             "text": "moving (walking, stretching) eases it at once, for as long as the movement lasts",
//!             "citations": ["IRLSSG-2014", "AASM"]
//!           },
//!           {
//!             "feature": "worse_in_evening_or_night",
//!             "status": "unknown",
//!             "criterion": true,
//!             "text": "it happens only, or is worse, in the evening or at night",
//!             "citations": ["IRLSSG-2014"]
//!           },
//!           {
//!             "feature": "not_explained_by_another_condition",
//!             "status": "unknown",
//!             "criterion": true,
//!             "text": "not fully explained by another condition; leg cramps are one of the look-alikes to rule out, which only a clinician can judge",
//!             "citations": ["IRLSSG-2014"]
//!           }
//!         ]
//!       },
//!       {
//!         "category": "claudication",
//!         "pointing": 0,
//!         "criteria_met": 0,
//!         "criteria_unknown": 0,
//!         "criteria_total": 0,
//!         "features": [
//!           {
//!             "feature": "calf_pain_on_walking",
//!             "status": "unknown",
//!             "criterion": false,
//!             "text": "calf pain on walking that eases with rest",
//!             "citations": ["CKS"]
//!           },
//!           {
//!             "feature": "pale_or_cold_leg",
//!             "status": "unknown",
//!             "criterion": false,
//!             "text": "a pale or cold leg",
//!             "citations": ["CKS"]
//!           },
//!           {
//!             "feature": "known_arterial_disease",
//!             "status": "no",
//!             "criterion": false,
//!             "text": "known peripheral arterial disease",
//!             "citations": ["Abdulla-1999", "CKS"]
//!           }
//!         ]
//!       },
//!       {
//!         "category": "deep_vein_thrombosis",
//!         "pointing": 0,
//!         "criteria_met": 0,
//!         "criteria_unknown": 0,
//!         "criteria_total": 0,
//!         "features": [
//!           {
//!             "feature": "one_leg_swollen",
//!             "status": "no",
//!             "criterion": false,
//!             "text": "one leg (calf) swollen",
//!             "citations": ["CKS"]
//!           },
//!           {
//!             "feature": "tender_or_warm_calf",
//!             "status": "unknown",
//!             "criterion": false,
//!             "text": "a tender or warm calf (pointing towards a clot is our own safety inference)",
//!             "citations": ["CKS"]
//!           }
//!         ]
//!       },
//!       {
//!         "category": "nerve_problem",
//!         "pointing": 0,
//!         "criteria_met": 0,
//!         "criteria_unknown": 0,
//!         "criteria_total": 0,
//!         "features": [
//!           {
//!             "feature": "numbness",
//!             "status": "no",
//!             "criterion": false,
//!             "text": "numbness in the legs or feet",
//!             "citations": ["CKS", "NHS"]
//!           },
//!           {
//!             "feature": "weakness",
//!             "status": "no",
//!             "criterion": false,
//!             "text": "weakness of leg muscles",
//!             "citations": ["CKS", "NHS"]
//!           },
//!           {
//!             "feature": "wasting_or_twitching",
//!             "status": "unknown",
//!             "criterion": false,
//!             "text": "muscles shrinking or twitching under the skin",
//!             "citations": ["CKS"]
//!           },
//!           {
//!             "feature": "known_nerve_condition",
//!             "status": "no",
//!             "criterion": false,
//!             "text": "a known neuropathy, spinal stenosis or motor neuron disease",
//!             "citations": ["Haskell-VA", "AAFP-2012", "BNSSG"]
//!           }
//!         ]
//!       }
//!     ],
//!     "questions": []
//!   },
//!   "plan": {
//!     "in_the_moment": [
//!       {
//!         "step": "stretch_muscle",
//!         "remedy": "stretch_muscle",
//!         "text": "Straighten the leg and pull your toes up towards your shin, stretching the cramping muscle firmly until it lets go.",
//!         "evidence": "guideline_advice",
//!         "citations": ["CKS", "NHS", "AASM", "DGN-2017"],
//!         "helped_before": true
//!       },
//!       {
//!         "step": "flex_foot",
//!         "remedy": "flex_foot",
//!         "text": "Flex the foot up and down; bending it firmly upwards, towards the shin, can relieve a calf cramp.",
//!         "evidence": "guideline_advice",
//!         "citations": ["AASM", "consumer-article"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "stand_on_leg",
//!         "remedy": "stand_on_leg",
//!         "text": "Stand up and put your weight on the cramping leg.",
//!         "evidence": "guideline_advice",
//!         "citations": ["NHS"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "massage",
//!         "remedy": "massage",
//!         "text": "Rub and knead the tight muscle by hand.",
//!         "evidence": "guideline_advice",
//!         "citations": ["CKS", "NHS", "AASM"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "heat",
//!         "remedy": "heat",
//!         "text": "Warm the muscle, for example with a warm towel.",
//!         "evidence": "guideline_advice",
//!         "citations": ["AASM", "consumer-article"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "foam_roller",
//!         "remedy": "foam_roller",
//!         "text": "Roll the muscle gently on a foam roller.",
//!         "evidence": "insufficient",
//!         "citations": ["consumer-article"],
//!         "helped_before": false
//!       }
//!     ],
//!     "prevention": [
//!       {
//!         "step": "nightly_stretching",
//!         "remedy": "nightly_stretching",
//!         "text": "Stretch your calves and the backs of your thighs every night just before sleep: hold each stretch about 10 seconds, rest 10 seconds, do it 3 times, both legs (about 3 minutes in all; a seated version is fine). In a trial of adults over 55, six weeks of this made cramps less frequent and less painful (low-certainty evidence).",
//!         "evidence": "trial_benefit",
//!         "citations": ["Hallegraeff-2012", "Cochrane-NonDrug"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "exercise_before_bed",
//!         "remedy": "exercise_before_bed",
//!         "text": "Do some mild exercise in the evening, such as a short walk or a few minutes on a stationary bike. A sedentary life is strongly linked to night cramps in people over 60 (an association, not proof).",
//!         "evidence": "insufficient",
//!         "citations": ["consumer-article", "Delacour-2020"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "movement_breaks",
//!         "remedy": null,
//!         "text": "Break up long spells of sitting or standing: get up, walk about and stretch your calves every so often.",
//!         "evidence": "insufficient",
//!         "citations": ["consumer-article", "BNSSG"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "stretched_out_sleep",
//!         "remedy": "stretched_out_sleep",
//!         "text": "Sleep in a stretched-out position, and avoid sitting or lying with your legs crossed.",
//!         "evidence": "insufficient",
//!         "citations": ["consumer-article"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "medication_review",
//!         "remedy": null,
//!         "text": "Ask your doctor or pharmacist to review any medicine that may cause cramps. Do not stop a prescribed medicine on your own.",
//!         "evidence": "association_observed",
//!         "citations": ["CKS", "Garrison-2012", "AAFP-2012"],
//!         "helped_before": false
//!       }
//!     ],
//!     "supplements": [
//!       {
//!         "step": "magnesium",
//!         "remedy": "magnesium",
//!         "text": "Magnesium is unlikely to help: trials in older adults found no meaningful benefit.",
//!         "evidence": "no_benefit_shown",
//!         "citations": ["Cochrane-Mg"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "vitamin_b_complex",
//!         "remedy": "vitamin_b_complex",
//!         "text": "Vitamin B complex is possibly effective (one small study); discuss it with your doctor or pharmacist first.",
//!         "evidence": "aan_c",
//!         "citations": ["AAN-2010", "AAFP-2017"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "vitamin_e_or_b6",
//!         "remedy": "vitamin_e",
//!         "text": "The evidence for vitamin E or vitamin B6 is limited; neither is among the treatments rated possibly effective.",
//!         "evidence": "insufficient",
//!         "citations": ["consumer-article", "AAN-2010"],
//!         "helped_before": false
//!       }
//!     ],
//!     "cautions": [
//!       {
//!         "step": "nsaids_do_not_relieve",
//!         "remedy": null,
//!         "text": "Painkillers such as ibuprofen, aspirin or naproxen do not relieve a cramp: cramps are not inflammation, and the tablets act too slowly. They may ease soreness afterwards.",
//!         "evidence": "guideline_advice",
//!         "citations": ["NHS", "consumer-article"],
//!         "helped_before": false
//!       },
//!       {
//!         "step": "no_quinine_self_treatment",
//!         "remedy": null,
//!         "text": "Do not treat cramps yourself with quinine or tonic water: quinine can cause serious, sometimes life-threatening reactions and is not a routine treatment.",
//!         "evidence": "guideline_advice",
//!         "citations": ["MHRA-2010", "FDA", "BMJ-BP"],
//!         "helped_before": false
//!       }
//!     ],
//!     "quinine": {
//!       "summary": "Quinine is not a routine treatment for night cramps. UK guidance lets a doctor consider it only when all of the conditions listed hold.",
//!       "contraindicated": false,
//!       "contraindications": [
//!         {"text": "an allergy (hypersensitivity) to quinine", "citations": ["SmPC-Q"]},
//!         {"text": "haemoglobin in the urine, or red blood cells breaking down (haemolysis)", "citations": ["SmPC-Q"]},
//!         {"text": "optic neuritis (inflammation of the nerve of the eye)", "citations": ["SmPC-Q"]},
//!         {"text": "ringing in the ears (tinnitus)", "citations": ["SmPC-Q"]},
//!         {"text": "myasthenia gravis (quinine can bring on breathing and swallowing trouble)", "citations": ["SmPC-Q"]},
//!         {"text": "blackwater fever in the past", "citations": ["SmPC-Q"]},
//!         {"text": "an earlier reaction to quinine, including to quinine in drinks such as tonic water", "citations": ["MHRA-2010"]}
//!       ],
//!       "conditions": [
//!         {
//!           "text": "the cramps are very painful or frequent, and regularly disturb sleep",
//!           "citations": ["MHRA-2010"]
//!         },
//!         {"text": "other treatable causes have been ruled out", "citations": ["MHRA-2010"]},
//!         {
//!           "text": "non-drug measures such as regular stretching have not helped",
//!           "citations": ["MHRA-2010"]
//!         },
//!         {
//!           "text": "it starts as a 4-week trial (benefit can take that long to show) and is stopped if there is no benefit or if side effects such as hearing problems appear",
//!           "citations": ["MHRA-2010", "SmPC-Q"]
//!         },
//!         {
//!           "text": "if it helps, it is paused about every 3 months to check it is still needed",
//!           "citations": ["SmPC-Q", "MHRA-2010"]
//!         }
//!       ],
//!       "benefit": {
//!         "text": "On average it prevents about one cramp a week.",
//!         "citations": ["MHRA-2010"]
//!       },
//!       "boxed_warning": {
//!         "text": "US FDA boxed warning: quinine used to treat or prevent night-time leg cramps may cause serious, life-threatening blood reactions (including a low platelet count and HUS/TTP); for that use the risk outweighs any benefit shown.",
//!         "citations": ["FDA"]
//!       },
//!       "pregnancy": {
//!         "text": "Quinine must not be used in pregnancy: it can harm the unborn baby.",
//!         "citations": ["Cochrane-Preg"]
//!       }
//!     }
//!   },
//!   "medications": [
//!     {
//!       "source": "medications", "index": 0, "given": "hydrochlorothiazide",
//!       "status": "recognised", "ingredients": ["hydrochlorothiazide"],
//!       "other_ingredients": [], "unrecognised_parts": []
//!     },
//!     {
//!       "source": "other_medications", "index": 0, "given": "Atorvastatin",
//!       "status": "recognised", "ingredients": ["atorvastatin"],
//!       "other_ingredients": [], "unrecognised_parts": []
//!     }
//!   ]
//! }
//! ```
//!
//! (A test checks that this is exactly what [`assess`](crate::assess::assess()) gives for the input
//! above, which is also the sample that `cargo run --example assess` prints.)

#[cfg(doc)]
use super::{Assessment, AssessmentInput, InputError};
#[cfg(doc)]
use crate::{CrampEpisode, DiaryStats, Profile};
