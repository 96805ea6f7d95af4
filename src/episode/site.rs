//! Where the cramp was: the muscle and the leg.

use crate::error::text_enum;

/// The muscle (group) that cramped.
///
/// JSON form: `"calf"`, `"foot"`, `"front_of_thigh"`, `"back_of_thigh"`, `"other"`.
/// Any muscle not listed, including muscles outside the legs, is `Other`. Cramps
/// away from the calf and foot are more likely to have an underlying cause
/// (BMJ-BP), which is why triage asks about them separately.
///
/// # Examples
///
/// ```
/// use legcramps::Muscle;
///
/// assert_eq!("back_of_thigh".parse::<Muscle>()?, Muscle::BackOfThigh);
/// assert_eq!(Muscle::Calf.as_str(), "calf");
/// assert_eq!(
///     "knee".parse::<Muscle>().unwrap_err().to_string(),
///     "invalid muscle \"knee\": expected one of calf, foot, front_of_thigh, back_of_thigh, other"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Muscle {
    /// The calf, the commonest site (80 % calf in Maisonneuve-2016, primary care, over 60s).
    Calf,
    /// The foot.
    Foot,
    /// The front of the thigh (quadriceps).
    FrontOfThigh,
    /// The back of the thigh (hamstrings).
    BackOfThigh,
    /// Any other muscle.
    Other,
}

text_enum!(Muscle, field = "muscle", what = "muscle", {
    Calf => "calf",
    Foot => "foot",
    FrontOfThigh => "front_of_thigh",
    BackOfThigh => "back_of_thigh",
    Other => "other",
});

/// Which leg cramped.
///
/// JSON form: `"left"`, `"right"`, `"both"`.
///
/// # Examples
///
/// ```
/// use legcramps::Side;
///
/// assert_eq!("both".parse::<Side>()?, Side::Both);
/// assert_eq!(
///     "up".parse::<Side>().unwrap_err().to_string(),
///     "invalid side \"up\": expected one of left, right, both"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    /// The left leg.
    Left,
    /// The right leg.
    Right,
    /// Both legs.
    Both,
}

text_enum!(Side, field = "side", what = "side", {
    Left => "left",
    Right => "right",
    Both => "both",
});
