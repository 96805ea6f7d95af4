//! [`MemoryUsage`]: sizes of the recall index, counted from capacities.

use std::mem::size_of;

/// Sizes of the registry's structures, from their capacities.
///
/// Hash-map figures are estimates from the capacity std reports and the layout of its
/// table (one control byte per bucket, buckets a power of two, at most 7/8 full).
///
/// # Examples
///
/// ```
/// use legcramps::RecallRegistry;
///
/// let m = RecallRegistry::with_builtins().memory_usage();
/// assert_eq!(m.entries, 13);
/// assert!(m.per_entry().is_some());
/// ```
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[non_exhaustive]
pub struct MemoryUsage {
    /// (NDC, lot) entries in the exact-lot index.
    pub entries: usize,
    /// Bytes of the exact-lot index: its slots (32 bytes each, one per entry plus the
    /// free ones) and its one-byte-per-home filter.
    pub entry_bytes: usize,
    /// Bytes of lot text kept outside the entries (lots longer than 8 bytes; the
    /// arena's capacity).
    pub lot_text_bytes: usize,
    /// Bytes of the product table and the range index.
    pub other_index_bytes: usize,
}

impl MemoryUsage {
    /// Index bytes per (NDC, lot) entry, not counting lot text kept outside the entries;
    /// `None` when empty.
    pub fn per_entry(&self) -> Option<f64> {
        if self.entries == 0 {
            None
        } else {
            Some(self.entry_bytes as f64 / self.entries as f64)
        }
    }
}

pub(crate) fn map_bytes<V>(capacity: usize) -> usize {
    if capacity == 0 {
        return 0;
    }
    let buckets = if capacity < 8 {
        (capacity + 1).next_power_of_two()
    } else {
        (capacity.saturating_mul(8) / 7).next_power_of_two()
    };
    buckets
        .saturating_mul(size_of::<(u64, V)>() + 1)
        .saturating_add(16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_estimate_is_monotone() {
        assert_eq!(map_bytes::<u32>(0), 0);
        assert!(map_bytes::<u32>(7) <= map_bytes::<u32>(14));
        assert!(map_bytes::<u32>(14) <= map_bytes::<u32>(1000));
    }
}
