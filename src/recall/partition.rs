//! A stable counting sort of items into a few thousand partitions: two passes in order
//! and one write per item into one of the running places, so sorting a million items
//! never jumps around a large table. Long lists are deduplicated one
//! cache-sized partition at a time with it.

/// Items sorted by partition, each partition in its input order.
pub(crate) struct Partitioned<T> {
    sorted: Vec<T>,
    /// Where partition `p` starts in `sorted` (`starts[p]..starts[p + 1]`).
    starts: Vec<usize>,
}

impl<T: Copy> Partitioned<T> {
    /// Sorts the items into `count` partitions (at least one) by `part` of each; a
    /// `part` past the last partition counts as the last. `items` gives them afresh for
    /// each of the two passes, so no unsorted copy is kept beside the sorted one.
    pub(crate) fn new<I: ExactSizeIterator<Item = T>>(
        items: impl Fn() -> I,
        count: usize,
        part: impl Fn(&T) -> usize,
    ) -> Self {
        let last = count.max(1) - 1;
        let part = |x: &T| part(x).min(last);
        let mut starts = vec![0usize; last + 2];
        for x in items() {
            if let Some(c) = starts.get_mut(part(&x) + 1) {
                *c += 1;
            }
        }
        for p in 1..starts.len() {
            let before = starts.get(p - 1).copied().unwrap_or(0);
            if let Some(c) = starts.get_mut(p) {
                *c += before;
            }
        }
        let mut next = starts.clone();
        let len = items().len();
        let mut sorted = Vec::with_capacity(len);
        if let Some(first) = items().next() {
            sorted.resize(len, first);
        }
        for x in items() {
            if let Some(at) = next.get_mut(part(&x)) {
                if let Some(place) = sorted.get_mut(*at) {
                    *place = x;
                }
                *at += 1;
            }
        }
        Partitioned { sorted, starts }
    }

    /// The partitions, in order.
    pub(crate) fn parts(&self) -> impl Iterator<Item = &[T]> {
        self.starts.windows(2).map(|w| match *w {
            [from, to] => self.sorted.get(from..to).unwrap_or(&[]),
            _ => &[],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The result is the input sorted stably by partition (std's stable sort as the
        /// model), and the partitions hold exactly the pairs of each number.
        #[test]
        fn stable_sort_by_partition(
            keys in proptest::collection::vec(0u32..1_000, 0..2_000),
            count in 1usize..70,
        ) {
            let pairs: Vec<(u32, u32)> = keys.iter().copied().zip(0..).collect();
            let part = |(k, _): &(u32, u32)| (*k as usize) % 80;
            let got = Partitioned::new(|| pairs.iter().copied(), count, part);
            let mut model = pairs.clone();
            model.sort_by_key(|x| part(x).min(count - 1));
            for (p, items) in got.parts().enumerate() {
                proptest::prop_assert!(items.iter().all(|x| part(x).min(count - 1) == p));
            }
            proptest::prop_assert_eq!(got.parts().count(), count);
            let sorted: Vec<(u32, u32)> = got.parts().flatten().copied().collect();
            proptest::prop_assert_eq!(sorted, model);
        }
    }
}
