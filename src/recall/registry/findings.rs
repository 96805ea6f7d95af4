//! What one registry lookup finds, recall by recall, and how those findings become a
//! [`RecallCheck`].

use super::keys::{Rel, package_name};
use super::recall::Recall;
use super::recall_check::{LotBasis, NdcBasis, NearMiss, RecallCheck, RecallId, RecallMatch};
use crate::recall::ndc::Ndc;

/// What one lookup found for one recall.
#[derive(Clone, Copy)]
struct Found {
    recall: u32,
    /// Best match so far: (lot rank, NDC rank, range index).
    best: Option<(u8, u8, u32)>,
    /// Best near miss so far: (lot rank, range index).
    near: Option<(u8, u32)>,
}

impl Found {
    fn new(recall: u32) -> Found {
        Found {
            recall,
            best: None,
            near: None,
        }
    }

    fn update(&mut self, lot_rank: u8, range: u32, rel: Rel) {
        match rel {
            Rel::Package | Rel::Product => {
                let key = (lot_rank, u8::from(rel == Rel::Product), range);
                if self.best.is_none_or(|b| key < b) {
                    self.best = Some(key);
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

/// (recall, package name) pairs: the other packages of the product that carry the lot.
/// The first two are kept inline: a hit usually also finds the lot under one other
/// package of the product, and that must not cost an allocation.
#[derive(Default)]
struct Under {
    inline: [(u32, u64); 2],
    len: usize,
    spill: Vec<(u32, u64)>,
}

impl Under {
    fn pairs(&self) -> impl Iterator<Item = (u32, u64)> + '_ {
        self.inline
            .iter()
            .take(self.len)
            .chain(&self.spill)
            .copied()
    }

    fn insert(&mut self, pair: (u32, u64)) {
        if self.pairs().any(|p| p == pair) {
            return;
        }
        match self.inline.get_mut(self.len) {
            Some(slot) => {
                *slot = pair;
                self.len += 1;
            }
            None => self.spill.push(pair),
        }
    }
}

/// Per-recall findings of one lookup. The first recall found is kept in place, so the
/// usual answer (none or one recall) allocates nothing here.
#[derive(Default)]
pub(super) struct Acc {
    first: Option<Found>,
    rest: Vec<Found>,
    under: Under,
}

impl Acc {
    pub(super) fn add(&mut self, recall: u32, lot_rank: u8, range: u32, rel: Rel, name: u64) {
        if rel == Rel::OtherPackage {
            self.under.insert((recall, name));
        }
        match &mut self.first {
            None => {
                let mut f = Found::new(recall);
                f.update(lot_rank, range, rel);
                self.first = Some(f);
            }
            Some(f) if f.recall == recall => f.update(lot_rank, range, rel),
            Some(_) => match self.rest.iter_mut().find(|f| f.recall == recall) {
                Some(f) => f.update(lot_rank, range, rel),
                None => {
                    let mut f = Found::new(recall);
                    f.update(lot_rank, range, rel);
                    self.rest.push(f);
                }
            },
        }
    }

    pub(super) fn finish(self, recalls: &[Recall], ndc: &Ndc) -> RecallCheck {
        let mut check = RecallCheck::default();
        let Some(first) = self.first else {
            return check;
        };
        // One recall (the usual case) needs no list; more are put in id order.
        let mut rest = self.rest;
        let (only, found) = if rest.is_empty() {
            (Some(first), rest)
        } else {
            rest.push(first);
            rest.sort_by_key(|f| f.recall);
            (None, rest)
        };
        for f in only.into_iter().chain(found) {
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
                    // Usually the only one: allocate for exactly one.
                    check.matches.reserve_exact(1);
                }
                check.matches.push(RecallMatch {
                    recall: RecallId(f.recall),
                    ndc: *ndc,
                    lot: basis(lot_rank, range),
                    ndc_basis: if ndc_rank == 0 {
                        NdcBasis::Package
                    } else {
                        NdcBasis::Product
                    },
                });
            } else if let Some((lot_rank, range)) = f.near {
                let mut under: Vec<Ndc> = match recalls.get(f.recall as usize) {
                    Some(recall) => self
                        .under
                        .pairs()
                        .filter(|&(r, _)| r == f.recall)
                        .filter_map(|(_, name)| recalled_ndc(recall, name))
                        .collect(),
                    None => Vec::new(),
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

/// The recall's own `Ndc` value for a package name (so it prints as the recall wrote it).
fn recalled_ndc(recall: &Recall, name: u64) -> Option<Ndc> {
    recall
        .ndcs
        .iter()
        .chain(recall.lots.iter().filter_map(|l| l.ndc.as_ref()))
        .find(|n| package_name(n) == name)
        .copied()
}
