//! The remedies catalog. (Rows filled in by the catalogs work.)

use serde::{Deserialize, Serialize};

/// A remedy: something done in the moment of a cramp, a preventive habit, or a
/// supplement.
///
/// Serialized as its snake_case name, e.g. `"nightly_stretching"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemedyId {
    /// Stretch the cramping muscle (in the moment).
    StretchMuscle,
    /// Massage the muscle by hand (in the moment).
    Massage,
    /// Roll the muscle on a foam roller (in the moment).
    FoamRoller,
    /// Flex and unflex the foot (in the moment).
    FlexFoot,
    /// Apply heat (in the moment).
    Heat,
    /// Stand up and put weight on the leg (in the moment).
    StandOnLeg,
    /// Nightly calf and hamstring stretching before sleep (prevention).
    NightlyStretching,
    /// Mild exercise before bed, such as walking or a stationary bike (prevention).
    ExerciseBeforeBed,
    /// Drink enough fluid through the day (prevention).
    Fluids,
    /// Wear supportive shoes (prevention).
    SupportiveShoes,
    /// Sleep in a stretched-out position (prevention).
    StretchedOutSleep,
    /// Avoid sitting or lying with the legs crossed (prevention).
    AvoidCrossedLegs,
    /// Magnesium supplement.
    Magnesium,
    /// Vitamin B complex supplement.
    VitaminBComplex,
    /// Vitamin B6 supplement.
    VitaminB6,
    /// Vitamin E supplement.
    VitaminE,
}
