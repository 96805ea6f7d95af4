//! The list of matches in an answer: read as a slice, one match held in place.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::recall_check::RecallMatch;

/// The recalls that cover a queried item, in [`RecallId`](crate::recall::RecallId)
/// order. Read it as a slice of [`RecallMatch`]: it derefs to one.
///
/// Most answers hold no match or one, and one is kept in place: a lookup that finds
/// one recall allocates nothing for its answer (the allocation and its free were about
/// an eighth of a cache-hot hit). JSON: an array, as a `Vec` writes it.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{RecallMatch, RecallRegistry};
///
/// let reg = RecallRegistry::with_builtins();
/// let check = reg.lookup_str("0185-0022-01", "JX6411")?;
/// assert_eq!(check.matches.len(), 1);
/// assert!(check.matches[0].is_over());
/// for m in &check.matches {
///     assert_eq!(m.recall.index(), 0);
/// }
/// let owned: Vec<RecallMatch> = check.matches.into();
/// assert_eq!(owned.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct RecallMatches(Held);

#[derive(Clone)]
enum Held {
    One(RecallMatch),
    /// Any number (every read goes through the slice, so one match may be in either
    /// form).
    Many(Vec<RecallMatch>),
}

impl Default for Held {
    fn default() -> Self {
        Held::Many(Vec::new())
    }
}

impl RecallMatches {
    /// An empty list with room for `n` matches: one is held in place, more in a `Vec`
    /// allocated once.
    pub(crate) fn with_capacity(n: usize) -> RecallMatches {
        RecallMatches(Held::Many(Vec::with_capacity(if n > 1 { n } else { 0 })))
    }

    /// A list of one match.
    pub(crate) fn one(m: RecallMatch) -> RecallMatches {
        RecallMatches(Held::One(m))
    }

    /// Adds a match at the end (the caller keeps the id order). Written to move the
    /// match once: it is larger than a plain copy inlines.
    pub(crate) fn push(&mut self, m: RecallMatch) {
        match &mut self.0 {
            Held::Many(v) if v.capacity() == 0 => self.0 = Held::One(m),
            Held::Many(v) => v.push(m),
            Held::One(_) => {
                let Held::One(first) = std::mem::take(&mut self.0) else {
                    return;
                };
                self.0 = Held::Many(vec![first, m]);
            }
        }
    }
}

impl Deref for RecallMatches {
    type Target = [RecallMatch];

    fn deref(&self) -> &[RecallMatch] {
        match &self.0 {
            Held::One(m) => std::slice::from_ref(m),
            Held::Many(v) => v,
        }
    }
}

impl From<Vec<RecallMatch>> for RecallMatches {
    fn from(mut v: Vec<RecallMatch>) -> Self {
        match v.pop() {
            Some(m) if v.is_empty() => RecallMatches(Held::One(m)),
            Some(m) => {
                v.push(m);
                RecallMatches(Held::Many(v))
            }
            None => RecallMatches(Held::Many(v)),
        }
    }
}

impl From<RecallMatches> for Vec<RecallMatch> {
    fn from(m: RecallMatches) -> Self {
        match m.0 {
            Held::One(m) => vec![m],
            Held::Many(v) => v,
        }
    }
}

impl<'a> IntoIterator for &'a RecallMatches {
    type Item = &'a RecallMatch;
    type IntoIter = std::slice::Iter<'a, RecallMatch>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for RecallMatches {
    type Item = RecallMatch;
    type IntoIter = std::vec::IntoIter<RecallMatch>;

    fn into_iter(self) -> Self::IntoIter {
        Vec::from(self).into_iter()
    }
}

impl fmt::Debug for RecallMatches {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for RecallMatches {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for RecallMatches {}

impl Hash for RecallMatches {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

impl Serialize for RecallMatches {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RecallMatches {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<RecallMatch>::deserialize(deserializer).map(RecallMatches::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::{LotBasis, NdcBasis, RecallId};

    fn m(id: u32) -> RecallMatch {
        let ndc = "0185-0022-01".parse().unwrap();
        RecallMatch::new(RecallId(id), ndc, LotBasis::ExactLot, NdcBasis::Package)
    }

    #[test]
    fn pushes_read_back_in_order_in_either_form() {
        let mut list = RecallMatches::default();
        assert!(list.is_empty());
        for n in 0..4 {
            list.push(m(n));
            let ids: Vec<u32> = list.iter().map(|x| x.recall.0).collect();
            assert_eq!(ids, (0..=n).collect::<Vec<_>>());
            // Equal to (and hashed as) the same list built from a Vec.
            let other = RecallMatches::from((0..=n).map(m).collect::<Vec<_>>());
            assert_eq!(list, other);
            let state = std::hash::RandomState::new();
            assert_eq!(
                std::hash::BuildHasher::hash_one(&state, &list),
                std::hash::BuildHasher::hash_one(&state, &other)
            );
        }
    }

    #[test]
    fn json_is_an_array() {
        let one = RecallMatches::from(vec![m(3)]);
        let json = serde_json::to_string(&one).unwrap();
        assert!(json.starts_with("[{\"recall\":3,"), "{json}");
        let back: RecallMatches = serde_json::from_str(&json).unwrap();
        assert_eq!(back, one);
        assert_eq!(
            serde_json::to_string(&RecallMatches::default()).unwrap(),
            "[]"
        );
    }
}
