//! What one registry lookup finds, recall by recall, and how those findings become a
//! [`RecallCheck`].

use super::index::{ASK_RECALL, Brief, Index, NO_EXPIRY};
use super::keys::Rel;
use super::recall::Recall;
use super::recall_check::{LotBasis, NdcBasis, NearMiss, RecallCheck, RecallId, RecallMatch};
use super::recall_detail::{complete_match, lot_expiry};
use super::recall_matches::RecallMatches;
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

    /// Takes in what `other` (a finding for the same recall, made later) found: the
    /// stronger reason wins, and on a tie the earlier one stays.
    fn merge(&mut self, other: &Found) {
        if let Some(b) = other.best.filter(|&b| self.best.is_none_or(|s| b < s)) {
            self.best = Some(b);
            self.expiry = other.expiry;
        }
        if let Some(n) = other.near.filter(|&n| self.near.is_none_or(|s| n < s)) {
            self.near = Some(n);
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
/// inline (most lookups find one); findings for other recalls are appended to `rest`
/// as they come (one per run of findings for the same recall), then sorted by recall
/// and merged once at the end: O(1) per finding and one sort, however many recalls
/// share the key, and the appends stay sequential in memory where a hash map's
/// inserts would miss the cache once the findings outgrow it.
#[derive(Default)]
pub(super) struct Acc {
    first: Option<Found>,
    /// Findings for recalls other than the first, in the order found (allocated on the
    /// second recall found).
    rest: Vec<Found>,
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
            Some(_) => match self.rest.last_mut() {
                Some(f) if f.recall == recall => f.update(lot_rank, range, rel, expiry),
                _ => {
                    let mut f = Found::new(recall);
                    f.update(lot_rank, range, rel, expiry);
                    self.rest.push(f);
                }
            },
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
        let Some(first) = self.first else {
            return RecallCheck::default();
        };
        let answer = Answer {
            index,
            recalls,
            ndc,
            lot,
        };
        // One recall that covers the item (most hits): the match is built straight into
        // the answer.
        if let (true, Some(best)) = (self.rest.is_empty(), first.best) {
            return RecallCheck {
                matches: answer
                    .matched(&first, best)
                    .map_or_else(RecallMatches::default, RecallMatches::one),
                near_misses: Vec::new(),
            };
        }
        // Otherwise the recalls in id order, each recall's findings merged in the order
        // they were made (a stable sort).
        let mut found = self.rest;
        found.insert(0, first);
        found.sort_by_key(|f| f.recall);
        found.dedup_by(|later, kept| {
            let same = later.recall == kept.recall;
            if same {
                kept.merge(later);
            }
            same
        });
        // Every (recall, position) pair, grouped by recall, when there is a near miss to
        // give them to.
        let nears = found
            .iter()
            .filter(|f| f.best.is_none() && f.near.is_some())
            .count();
        let mut under: Vec<(u32, Pos)> = Vec::new();
        if nears > 0 {
            under.extend(self.under.iter().take(self.under_len).copied());
            under.extend(self.spill);
            under.sort_unstable();
        }
        // The packages themselves, in one tight pass: from the brief for a recall naming
        // one package, else from the recall (far apart in memory when there are many:
        // the reads overlap in a loop that does nothing else).
        let under: Vec<(u32, Ndc)> = under
            .iter()
            .filter_map(|&(r, p)| {
                let ndc = match index.brief(r).and_then(|b| b.only_ndc) {
                    Some(only) if p == Pos::ndc(0) => only,
                    _ => p.ndc_in(recalls.get(r as usize)?)?,
                };
                Some((r, ndc))
            })
            .collect();
        // The answer's lists at their final sizes (no growth copies).
        let mut check = RecallCheck {
            matches: RecallMatches::with_capacity(
                found.iter().filter(|f| f.best.is_some()).count(),
            ),
            near_misses: Vec::with_capacity(nears),
        };
        // `found` and `under` are both in recall order: each near miss takes its
        // packages from the front of what is left (one pass, no search per recall).
        let mut rest = under.as_slice();
        for f in &found {
            if let Some(best) = f.best {
                if let Some(m) = answer.matched(f, best) {
                    check.matches.push(m);
                }
            } else if let Some(near) = f.near {
                let skip = rest.iter().take_while(|&&(r, _)| r < f.recall).count();
                let own = rest.get(skip..).unwrap_or(&[]);
                let len = own.iter().take_while(|&&(r, _)| r == f.recall).count();
                let (packages, after) = own.split_at(len.min(own.len()));
                rest = after;
                if let Some(n) = answer.near_miss(f, near, packages) {
                    check.near_misses.push(n);
                }
            }
        }
        check
    }
}

/// What turns a lookup's findings into the answer's entries.
struct Answer<'a> {
    index: &'a Index,
    recalls: &'a [Recall],
    ndc: &'a Ndc,
    lot: &'a LotNumber,
}

impl Answer<'_> {
    fn recall(&self, f: &Found) -> Option<&Recall> {
        self.recalls.get(f.recall as usize)
    }

    /// The recall itself, when its brief (read once by the caller) says the answer
    /// needs it (a plain match reads nothing of it).
    fn full(&self, f: &Found, brief: Option<Brief>) -> Option<&Recall> {
        match brief {
            Some(b) if !b.ask_recall => None,
            _ => self.recall(f),
        }
    }

    /// How the lot is covered: only a range needs the recall itself.
    fn basis(&self, f: &Found, rank: u8, range: u32) -> LotBasis {
        match rank {
            0 => LotBasis::ExactLot,
            1 => match self
                .recall(f)
                .and_then(|r| r.lot_ranges.get(range as usize))
            {
                Some((first, last)) => LotBasis::LotRange {
                    first: first.clone(),
                    last: last.clone(),
                },
                None => LotBasis::AllLots,
            },
            _ => LotBasis::AllLots,
        }
    }

    /// The match for a recall that covers the item, or `None` when the recall leaves
    /// this lot out.
    fn matched(
        &self,
        f: &Found,
        (lot_rank, ndc_rank, range): (u8, u8, u32),
    ) -> Option<RecallMatch> {
        let brief = self.index.brief(f.recall);
        let full = self.full(f, brief);
        if full.is_some_and(|r| self.index.excludes(f.recall, r, self.lot)) {
            return None;
        }
        let ndc_basis = if ndc_rank == 0 {
            NdcBasis::Package
        } else {
            NdcBasis::Product
        };
        let lot = self.basis(f, lot_rank, range);
        let mut m = RecallMatch::new(RecallId(f.recall), *self.ndc, lot, ndc_basis);
        match (full, brief) {
            (Some(r), _) => complete_match(&mut m, r, self.lot),
            (None, Some(b)) => {
                m.status = b.status();
                m.termination_date = b.termination;
                m.lot_expiry = match f.expiry {
                    NO_EXPIRY if lot_rank == 0 => None,
                    at if lot_rank == 0 && at != ASK_RECALL => self.index.expiry_at(at).cloned(),
                    _ => self.recall(f).and_then(|r| lot_expiry(r, self.lot)),
                };
            }
            (None, None) => {}
        }
        Some(m)
    }

    /// The near miss for a recall that lists the lot near by, with the packages it is
    /// recalled under (`packages`: its own (recall, package) pairs); `None` when the
    /// recall leaves this lot out.
    fn near_miss(
        &self,
        f: &Found,
        (lot_rank, range): (u8, u32),
        packages: &[(u32, Ndc)],
    ) -> Option<NearMiss> {
        if self
            .full(f, self.index.brief(f.recall))
            .is_some_and(|r| self.index.excludes(f.recall, r, self.lot))
        {
            return None;
        }
        let mut recalled_under: Vec<Ndc> = packages.iter().map(|&(_, n)| n).collect();
        recalled_under.sort();
        recalled_under.dedup();
        Some(NearMiss {
            recall: RecallId(f.recall),
            ndc: *self.ndc,
            lot: self.basis(f, lot_rank, range),
            recalled_under,
        })
    }
}
