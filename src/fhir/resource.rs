//! [`Resource`], which holds any resource the crate emits, and [`ResourceType`].
//!
//! Reading a [`Resource`] dispatches on `resourceType`. When that member comes first
//! (as the crate writes it) the rest of the object streams straight into the
//! resource, so serde_json errors keep their line and column; otherwise the object is
//! buffered first and errors point at its end.

use std::fmt;

use super::{Bundle, Condition, MedicationStatement, Observation, RiskAssessment, ServiceRequest};
use serde::de::{self, MapAccess, Visitor, value::MapAccessDeserializer};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The name of a resource type that [`Resource`] can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub(crate) enum ResourceType {
    /// `RiskAssessment`.
    RiskAssessment,
    /// `Observation`.
    Observation,
    /// `MedicationStatement`.
    MedicationStatement,
    /// `Condition`.
    Condition,
    /// `ServiceRequest`.
    ServiceRequest,
    /// `Bundle`.
    Bundle,
}

impl ResourceType {
    /// The FHIR name, as in `resourceType`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RiskAssessment => "RiskAssessment",
            Self::Observation => "Observation",
            Self::MedicationStatement => "MedicationStatement",
            Self::Condition => "Condition",
            Self::ServiceRequest => "ServiceRequest",
            Self::Bundle => "Bundle",
        }
    }
}

impl fmt::Display for ResourceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Any resource the crate emits, read or written by its `resourceType`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub(crate) enum Resource {
    /// A [`RiskAssessment`].
    RiskAssessment(RiskAssessment),
    /// An [`Observation`].
    Observation(Observation),
    /// A [`MedicationStatement`].
    MedicationStatement(MedicationStatement),
    /// A [`Condition`].
    Condition(Condition),
    /// A [`ServiceRequest`].
    ServiceRequest(ServiceRequest),
    /// A [`Bundle`].
    Bundle(Bundle),
}

impl Resource {
    /// The resource's type.
    pub fn resource_type(&self) -> ResourceType {
        match self {
            Self::RiskAssessment(_) => ResourceType::RiskAssessment,
            Self::Observation(_) => ResourceType::Observation,
            Self::MedicationStatement(_) => ResourceType::MedicationStatement,
            Self::Condition(_) => ResourceType::Condition,
            Self::ServiceRequest(_) => ResourceType::ServiceRequest,
            Self::Bundle(_) => ResourceType::Bundle,
        }
    }
}

impl Serialize for Resource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::RiskAssessment(r) => r.serialize(serializer),
            Self::Observation(r) => r.serialize(serializer),
            Self::MedicationStatement(r) => r.serialize(serializer),
            Self::Condition(r) => r.serialize(serializer),
            Self::ServiceRequest(r) => r.serialize(serializer),
            Self::Bundle(r) => r.serialize(serializer),
        }
    }
}

impl ResourceType {
    fn read<'de, D: Deserializer<'de>>(self, d: D, tag_read: bool) -> Result<Resource, D::Error> {
        Ok(match self {
            Self::RiskAssessment => RiskAssessment::from_members(d, tag_read)?.into(),
            Self::Observation => Observation::from_members(d, tag_read)?.into(),
            Self::MedicationStatement => MedicationStatement::from_members(d, tag_read)?.into(),
            Self::Condition => Condition::from_members(d, tag_read)?.into(),
            Self::ServiceRequest => ServiceRequest::from_members(d, tag_read)?.into(),
            Self::Bundle => Bundle::from_members(d, tag_read)?.into(),
        })
    }
}

struct ResourceVisitor;

impl<'de> Visitor<'de> for ResourceVisitor {
    type Value = Resource;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a FHIR resource object with a resourceType")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Resource, A::Error> {
        let Some(first) = map.next_key::<String>()? else {
            return Err(de::Error::missing_field("resourceType"));
        };
        if first == "resourceType" {
            // Usual case: stream the rest straight into the resource, keeping positions.
            let kind: ResourceType = map.next_value()?;
            return kind.read(MapAccessDeserializer::new(map), true);
        }
        // The tag comes later: buffer the object, then read it.
        let mut object = serde_json::Map::new();
        let value: serde_json::Value = map.next_value()?;
        object.insert(first, value);
        while let Some(key) = map.next_key::<String>()? {
            let value: serde_json::Value = map.next_value()?;
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            object.insert(key, value);
        }
        let Some(tag) = object.get("resourceType") else {
            return Err(de::Error::missing_field("resourceType"));
        };
        let kind = ResourceType::deserialize(tag).map_err(de::Error::custom)?;
        kind.read(serde_json::Value::Object(object), false)
            .map_err(de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Resource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResourceVisitor)
    }
}
