//! Exposures and symptoms that triage looks at.

use serde::{Deserialize, Serialize};

use super::Answer;
use crate::error::text_enum;

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Exposures {
    /// A recent wound that could let in tetanus (e.g. dirty or deep).
    pub tetanus_prone_wound: Answer,
    /// Exposure to toxins such as lead or mercury.
    pub lead_or_mercury: Answer,
}

/// The quinine contraindications that UK SmPCs and MHRA-2010 list (clinical.md §1.2),
/// as answers; each defaults to unknown. Any `yes` makes the quinine facts
/// `contraindicated`. Tinnitus is read from [`Symptoms::hearing_change`]. G6PD
/// deficiency is not here: clinical.md lists it only as a caution, from a source
/// without a citation key.
///
/// JSON form: an object; a missing item is `"unknown"`.
///
/// # Examples
///
/// ```
/// let c: legcramps::QuinineContraindications =
///     serde_json::from_str(r#"{"myasthenia_gravis": "yes"}"#)?;
/// assert!(c.myasthenia_gravis.is_yes());
/// assert!(c.optic_neuritis.is_unknown());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct QuinineContraindications {
    /// An allergy (hypersensitivity) to quinine [SmPC-Q].
    pub hypersensitivity: Answer,
    /// Haemoglobin in the urine or haemolysis [SmPC-Q].
    pub haemolysis: Answer,
    /// Optic neuritis [SmPC-Q].
    pub optic_neuritis: Answer,
    /// Myasthenia gravis [SmPC-Q].
    pub myasthenia_gravis: Answer,
    /// Blackwater fever in the past [SmPC-Q].
    pub blackwater_fever: Answer,
    /// An earlier reaction to quinine, including in tonic water [MHRA-2010].
    pub earlier_reaction: Answer,
}

impl QuinineContraindications {
    /// `true` when any item is answered yes.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::{Answer, QuinineContraindications};
    ///
    /// let mut c = QuinineContraindications::default();
    /// assert!(!c.any_yes());
    /// c.optic_neuritis = Answer::Yes;
    /// assert!(c.any_yes());
    /// ```
    pub fn any_yes(&self) -> bool {
        [
            self.hypersensitivity,
            self.haemolysis,
            self.optic_neuritis,
            self.myasthenia_gravis,
            self.blackwater_fever,
            self.earlier_reaction,
        ]
        .iter()
        .any(|a| a.is_yes())
    }
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
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
