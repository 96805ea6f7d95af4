//! What one registry lookup finds, recall by recall, and how those findings become a
//! [`RecallCheck`].

use std::collections::HashMap;
use std::sync::Arc;

use super::index::{ASK_RECALL, Index, NO_EXPIRY};
use super::keys::Rel;
use super::recall::Recall;
use super::recall_check::{LotBasis, NdcBasis, NearMiss, RecallCheck, RecallId, RecallMatch};
use super::recall_detail::complete_match;
use crate::recall::lot::LotNumber;
use crate::recall::ndc::Ndc;

/// What one lookup found for one recall.
#[derive(Clone, Copy)]
struct Found {
    recall: u32,
    /// Best match so far: (lot rank, NDC rank, range index).
    best: Option<(u8, u8, u32)>,
    /// Best near miss so far: (lot rank, range index).
    near: Option<(u8, u32)>,
    /// The lot's expiry, as the index holds it, for the best match when it is an exact
    /// lot (see `Hit::expiry`).
    expiry: u32,
}

impl Found {
    fn new(recall: u32) -> Found {
        Found {
            recall,
            best: None,
            near: None,
            expiry: ASK_RECALL,
        }
    }

    fn update(&mut self, lot_rank: u8, range: u32, rel: Rel, expiry: u32) {
        match rel {
            Rel::Package | Rel::Product => {
                let key = (lot_rank, u8::from(rel == Rel::Product), range);
                if self.best.is_none_or(|b| key < b) {
                    self.best = Some(key);
                    self.expiry = expiry;
                }
            }
            Rel::OtherPackage | Rel::NoNdc => {
                let key = (lot_rank, range);
                if self.near.is_none_or(|b| key < b) {
                    self.near = Some(key);
                }
            }
        }
    }
}

/// Where a recalled name is written in its recall: `ndcs[i]`, the own package of
/// `lots[i]`, or nowhere a package is (a product NDC, or no NDC).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) struct Pos(u32);

impl Pos {
    const OWN: u32 = 1 << 31;
    /// The largest index a position holds.
    pub(super) const MAX_INDEX: usize = (Pos::OWN - 2) as usize;
    pub(super) const NONE: Pos = Pos(u32::MAX);

    /// `ndcs[i]`; the caller has checked `i <= MAX_INDEX`.
    pub(super) fn ndc(i: usize) -> Pos {
        u32::try_from(i).map_or(Pos::NONE, |i| Pos(i & !Pos::OWN))
    }

    /// The own package of `lots[i]`; the caller has checked `i <= MAX_INDEX`.
    pub(super) fn own(i: usize) -> Pos {
        u32::try_from(i).map_or(Pos::NONE, |i| Pos(i | Pos::OWN))
    }

    /// The package written at this position in `recall`.
    fn ndc_in(self, recall: &Recall) -> Option<Ndc> {
        if self == Pos::NONE {
            None
        } else if self.0 & Pos::OWN != 0 {
            recall
                .lots
                .get((self.0 & !Pos::OWN) as usize)
                .and_then(|l| l.ndc)
        } else {
            recall.ndcs.get(self.0 as usize).copied()
        }
    }
}

/// What one lookup found so far, recall by recall. The first recall found is kept
/// inline (most lookups find one); the others are in a hash map, so each finding costs
/// O(1) however many recalls share the key.
#[derive(Default)]
pub(super) struct Acc {
    first: Option<Found>,
    /// Created on the second recall found (most lookups find one).
    rest: Option<HashMap<u32, Found>>,
    /// (recall, position) of the other packages each recall covers the lot under: the
    /// first two inline (a hit usually sees one sibling package, and allocating for it
    /// would cost more than the rest of the lookup), the others in `spill`.
    under: [(u32, Pos); 2],
    under_len: usize,
    spill: Vec<(u32, Pos)>,
}

impl Acc {
    pub(super) fn add(
        &mut self,
        recall: u32,
        lot_rank: u8,
        range: u32,
        rel: Rel,
        pos: Pos,
        expiry: u32,
    ) {
        if rel == Rel::OtherPackage {
            match self.under.get_mut(self.under_len) {
                Some(slot) => {
                    *slot = (recall, pos);
                    self.under_len += 1;
                }
                None => self.spill.push((recall, pos)),
            }
        }
        match &mut self.first {
            None => {
                let mut f = Found::new(recall);
                f.update(lot_rank, range, rel, expiry);
                self.first = Some(f);
            }
            Some(f) if f.recall == recall => f.update(lot_rank, range, rel, expiry),
            Some(_) => self
                .rest
                .get_or_insert_with(HashMap::new)
                .entry(recall)
                .or_insert_with(|| Found::new(recall))
                .update(lot_rank, range, rel, expiry),
        }
    }

    /// The answer, completed from the index's briefs (and, where a brief says so, from
    /// the recall: see [`complete_match`]).
    pub(super) fn finish(
        self,
        index: &Index,
        recalls: &[Recall],
        ndc: &Ndc,
        lot: &LotNumber,
    ) -> RecallCheck {
        // Every (recall, position) pair, grouped by recall, when there is a near miss to
        // give them to.
        let near = |f: &Found| f.best.is_none() && f.near.is_some();
        let any_near = self.first.as_ref().is_some_and(near)
            || self.rest.as_ref().is_some_and(|r| r.values().any(near));
        let mut under: Vec<(u32, Pos)> = Vec::new();
        if any_near {
            under.extend(self.under.iter().take(self.under_len).copied());
            under.extend(self.spill);
            under.sort_unstable();
        }
        let mut check = RecallCheck::default();
        let Some(first) = self.first else {
            return check;
        };
        // One recall (the usual case) needs no list; more are put in id order.
        let (only, found) = match self.rest {
            Some(rest) if !rest.is_empty() => {
                let mut all: Vec<Found> = rest.into_values().collect();
                all.push(first);
                all.sort_unstable_by_key(|f| f.recall);
                (None, all)
            }
            _ => (Some(first), Vec::new()),
        };
        for f in only.into_iter().chain(found) {
            // The recall itself, only when its brief says the answer needs it.
            let brief = index.brief(f.recall);
            let full = match brief {
                Some(b) if !b.ask_recall => None,
                _ => recalls.get(f.recall as usize),
            };
            if full.is_some_and(|r| r.detail.excludes(lot)) {
                continue;
            }
            // Only ranges and near misses need the recall itself.
            let basis = |rank: u8, range: u32| match rank {
                0 => LotBasis::ExactLot,
                1 => match recalls
                    .get(f.recall as usize)
                    .and_then(|r| r.lot_ranges.get(range as usize))
                {
                    Some((first, last)) => LotBasis::LotRange {
                        first: first.clone(),
                        last: last.clone(),
                    },
                    None => LotBasis::AllLots,
                },
                _ => LotBasis::AllLots,
            };
            if let Some((lot_rank, ndc_rank, range)) = f.best {
                if check.matches.capacity() == 0 {
                    // Usually the only one: allocate for exactly one (directly, not
                    // through the growth path).
                    check.matches = Vec::with_capacity(1);
                }
                let mut m = RecallMatch::new(
                    RecallId(f.recall),
                    *ndc,
                    basis(lot_rank, range),
                    if ndc_rank == 0 {
                        NdcBasis::Package
                    } else {
                        NdcBasis::Product
                    },
                );
                match (full, brief) {
                    (Some(r), _) => complete_match(&mut m, r, lot),
                    (None, Some(b)) => {
                        m.status = b.status();
                        m.termination_date = b.termination;
                        m.lot_expiry = match f.expiry {
                            NO_EXPIRY if lot_rank == 0 => None,
                            at if lot_rank == 0 && at != ASK_RECALL => index.expiry_at(at).cloned(),
                            _ => recalls
                                .get(f.recall as usize)
                                .and_then(|r| r.detail.expiry_of(lot))
                                .map(Arc::from),
                        };
                    }
                    (None, None) => {}
                }
                check.matches.push(m);
            } else if let Some((lot_rank, range)) = f.near {
                let from = under.partition_point(|&(r, _)| r < f.recall);
                let to = under.partition_point(|&(r, _)| r <= f.recall);
                let mut under: Vec<Ndc> =
                    match (recalls.get(f.recall as usize), under.get(from..to)) {
                        (Some(recall), Some(at)) => {
                            at.iter().filter_map(|(_, p)| p.ndc_in(recall)).collect()
                        }
                        _ => Vec::new(),
                    };
                under.sort();
                under.dedup();
                check.near_misses.push(NearMiss {
                    recall: RecallId(f.recall),
                    ndc: *ndc,
                    lot: basis(lot_rank, range),
                    recalled_under: under,
                });
            }
        }
        check
    }
}
