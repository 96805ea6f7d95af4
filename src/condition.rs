//! The conditions catalog. (Rows filled in by the catalogs work.)

use serde::{Deserialize, Serialize};

/// A medical condition linked to night cramps in the clinical fact base.
///
/// Serialized as its snake_case name, e.g. `"peripheral_artery_disease"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConditionId {
    /// Peripheral arterial (vascular) disease.
    PeripheralArteryDisease,
    /// Arthritis (type unspecified in the sources).
    Arthritis,
    /// Cirrhosis of the liver.
    Cirrhosis,
    /// Chronic kidney disease, including haemodialysis.
    KidneyDiseaseOrDialysis,
    /// Coronary artery disease.
    CoronaryArteryDisease,
    /// Heart failure.
    HeartFailure,
    /// High blood pressure.
    Hypertension,
    /// Stroke.
    Stroke,
    /// Chronic respiratory disease.
    RespiratoryDisease,
    /// Cancer.
    Cancer,
    /// Depression.
    Depression,
    /// Diabetes.
    Diabetes,
    /// Peripheral neuropathy, including diabetic neuropathy.
    PeripheralNeuropathy,
    /// Lumbar spinal (canal) stenosis.
    LumbarSpinalStenosis,
    /// Parkinson's disease or parkinsonism.
    Parkinsonism,
    /// Motor neuron disease, including ALS.
    MotorNeuronDisease,
    /// Thyroid disease, including hypothyroidism.
    ThyroidDisease,
    /// Low potassium.
    Hypokalaemia,
    /// Low calcium or another electrolyte disorder.
    ElectrolyteDisorder,
    /// Venous insufficiency or varicose veins.
    VenousInsufficiency,
}
