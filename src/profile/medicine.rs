//! A medication the person takes that is given by name: the name (which must show at
//! least one visible character) and, optionally, the package NDC and lot number from
//! the label, for the recall check.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{LotNumber, Ndc, ValidationError};

/// A medication name as the caller wrote it, kept exactly (spaces, case and all).
///
/// It must hold at least one visible character: a name that is empty or only
/// whitespace (including no-break space U+00A0 and ideographic space U+3000), control
/// characters or invisible format characters (zero-width space, BOM, soft hyphen,
/// direction marks) is rejected, because no output (a report, a FHIR resource) can
/// show it.
///
/// JSON form: the string.
///
/// # Examples
///
/// ```
/// use legcramps::MedicationName;
///
/// let name: MedicationName = " Qualaquin 324mg ".parse()?;
/// assert_eq!(name.as_str(), " Qualaquin 324mg ");
///
/// let err = "\u{a0}\u{3000}".parse::<MedicationName>().unwrap_err();
/// assert_eq!(err.field(), "name");
/// assert_eq!(
///     err.to_string(),
///     // The message shows invisible characters escaped.
///     "invalid medication name \"\\u{a0}\\u{3000}\": must contain at least one visible character"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MedicationName(String);

/// Whether a character shows nothing: whitespace, a control character, or one of the
/// invisible format characters.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

impl MedicationName {
    /// Checks and wraps a name.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] for field `name` when the name has no visible character.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::MedicationName;
    ///
    /// assert!(MedicationName::new("Cardizem CD").is_ok());
    /// assert!(MedicationName::new("   ").is_err());
    /// assert!(MedicationName::new("\u{200b}").is_err());
    /// ```
    pub fn new(name: impl Into<String>) -> Result<MedicationName, ValidationError> {
        let name = name.into();
        if name.chars().all(invisible) {
            return Err(ValidationError::invalid_text(
                "name",
                "medication name",
                &name,
                "must contain at least one visible character",
            ));
        }
        Ok(MedicationName(name))
    }

    /// The name as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for MedicationName {
    type Err = ValidationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        MedicationName::new(s)
    }
}

impl TryFrom<String> for MedicationName {
    type Error = ValidationError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        MedicationName::new(s)
    }
}

impl fmt::Display for MedicationName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for MedicationName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for MedicationName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        MedicationName::new(s).map_err(de::Error::custom)
    }
}

/// A medication given by name, with the package NDC and lot number when the caller
/// has them (from the label or the pharmacy record).
///
/// JSON form: the name as a string, or an object `{"name", "ndc", "lot"}` in which
/// `ndc` and `lot` may be left out. It serializes as the plain string when there is no
/// NDC and no lot. When the NDC and the lot are both given, the assessment runs the
/// built-in recall check on them.
///
/// # Examples
///
/// ```
/// use legcramps::OtherMedication;
///
/// let plain: OtherMedication = serde_json::from_str(r#""Norflex SR""#)?;
/// assert_eq!(plain.name.as_str(), "Norflex SR");
/// assert!(plain.ndc.is_none());
///
/// let labelled: OtherMedication = serde_json::from_str(
///     r#"{"name": "Orphenadrine citrate ER 100 mg", "ndc": "0185-0022-10", "lot": "KS3939"}"#,
/// )?;
/// assert_eq!(labelled.ndc.map(|n| n.to_string()).as_deref(), Some("0185-0022-10"));
/// assert_eq!(serde_json::to_string(&plain)?, r#""Norflex SR""#);
///
/// let err = serde_json::from_str::<OtherMedication>(r#"{"name": " "}"#).unwrap_err();
/// assert!(err.to_string().starts_with("invalid medication name \" \""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct OtherMedication {
    /// The name as given.
    pub name: MedicationName,
    /// The package NDC, if known.
    pub ndc: Option<Ndc>,
    /// The lot number, if known.
    pub lot: Option<LotNumber>,
}

impl OtherMedication {
    /// A medication by name alone.
    ///
    /// # Errors
    ///
    /// As [`MedicationName::new`].
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::OtherMedication;
    ///
    /// let m = OtherMedication::new("Neurontin 300 mg capsules")?;
    /// assert_eq!(m.name.as_str(), "Neurontin 300 mg capsules");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(name: impl Into<String>) -> Result<OtherMedication, ValidationError> {
        Ok(OtherMedication {
            name: MedicationName::new(name)?,
            ndc: None,
            lot: None,
        })
    }

    /// The same medication with the package NDC and the lot number.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::OtherMedication;
    /// use legcramps::recall::{LotNumber, Ndc};
    ///
    /// let m = OtherMedication::new("orphenadrine")?
    ///     .with_label("0185-0022-10".parse::<Ndc>()?, "KS3939".parse::<LotNumber>()?);
    /// assert!(m.lot.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_label(self, ndc: Ndc, lot: LotNumber) -> OtherMedication {
        OtherMedication {
            ndc: Some(ndc),
            lot: Some(lot),
            ..self
        }
    }
}

impl FromStr for OtherMedication {
    type Err = ValidationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OtherMedication::new(s)
    }
}

impl Serialize for OtherMedication {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if self.ndc.is_none() && self.lot.is_none() {
            return self.name.serialize(serializer);
        }
        let mut s = serializer.serialize_struct("OtherMedication", 3)?;
        s.serialize_field("name", &self.name)?;
        if let Some(ndc) = &self.ndc {
            s.serialize_field("ndc", ndc)?;
        }
        if let Some(lot) = &self.lot {
            s.serialize_field("lot", lot)?;
        }
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryRepr {
    name: MedicationName,
    #[serde(default)]
    ndc: Option<Ndc>,
    #[serde(default)]
    lot: Option<LotNumber>,
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = OtherMedication;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a medication name, or an object with name, ndc and lot")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<OtherMedication, E> {
        OtherMedication::new(v).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<OtherMedication, A::Error> {
        let r = EntryRepr::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(OtherMedication {
            name: r.name,
            ndc: r.ndc,
            lot: r.lot,
        })
    }
}

impl<'de> Deserialize<'de> for OtherMedication {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EntryVisitor)
    }
}
