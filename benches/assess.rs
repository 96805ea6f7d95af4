//! Assessment speed: one person with 0, 30 (about 90 days) and 365 episodes, and a
//! batch of 10 000 varied people from a deterministic generator.
//!
//! Targets (issue 3): median at most 1 µs for the 30-episode case; at least 1 million
//! assessments per second per core for the batch.
//!
//! `diary_push` (issue 12): `Diary::push` newest-first at 5 000 and 20 000 episodes,
//! beside the old way (binary search and `Vec::insert` in place, kept here as the
//! "before" figure) and `Diary::from_episodes`. Linear-ish push shows as about 4× the
//! time for 4× the episodes; the old way shows about 16×.

use std::hint::black_box;

use chrono::{DateTime, Duration, FixedOffset};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use legcramps::assess::assess;
use legcramps::{
    AgeInfo, Answer, ConditionId, CrampEpisode, Diary, LegSwelling, MedicationId, Muscle,
    Pregnancy, Profile, RemedyId, Sex,
};

fn as_of() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00").expect("valid date")
}

/// A small deterministic generator (64-bit LCG); no dependency, same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn answer(&mut self) -> Answer {
        match self.below(10) {
            0 => Answer::Yes,
            1..=6 => Answer::No,
            _ => Answer::Unknown,
        }
    }
}

fn episode(rng: &mut Lcg, minutes_ago: i64) -> CrampEpisode {
    let muscles = [
        Muscle::Calf,
        Muscle::Calf,
        Muscle::Calf,
        Muscle::Foot,
        Muscle::BackOfThigh,
    ];
    let mut b = CrampEpisode::builder(as_of() - Duration::minutes(minutes_ago))
        .duration_secs(30 + rng.below(600) as i64)
        .muscle(muscles[rng.below(5) as usize])
        .side("left")
        .pain(rng.below(11) as u8)
        .woke(rng.below(2) == 0)
        .in_bed_at_night(rng.below(4) != 0);
    if rng.below(3) == 0 {
        b = b.relieved_by(RemedyId::StretchMuscle);
    }
    b.build().expect("valid episode")
}

/// `n` episodes spread evenly over `days` days before `as_of`.
fn diary(rng: &mut Lcg, n: i64, days: i64) -> Diary {
    Diary::from_episodes((0..n).map(|i| episode(rng, 30 + i * days * 24 * 60 / n.max(1))))
}

fn profile(rng: &mut Lcg) -> Profile {
    let mut p = Profile::builder()
        .age(AgeInfo::Years(
            (40 + rng.below(50) as u8).try_into().expect("valid age"),
        ))
        .sex(if rng.below(2) == 0 {
            Sex::Female
        } else {
            Sex::Male
        })
        .pregnancy(Pregnancy::NotPregnant)
        .stretches_regularly(rng.answer())
        .sleeps_with_legs_crossed_or_restricted(rng.answer())
        .asks_about_quinine(rng.below(8) == 0)
        .build();
    p.activity.sedentary_lifestyle = rng.answer();
    p.activity.unusual_exertion = rng.answer();
    let meds = MedicationId::ALL;
    for _ in 0..rng.below(3) {
        p.medications
            .push(meds[rng.below(meds.len() as u64) as usize]);
    }
    let conds = ConditionId::ALL;
    for _ in 0..rng.below(2) {
        p.conditions
            .push(conds[rng.below(conds.len() as u64) as usize]);
    }
    let s = &mut p.symptoms;
    s.leg_swelling = [
        LegSwelling::None,
        LegSwelling::None,
        LegSwelling::OneSide,
        LegSwelling::Unknown,
    ][rng.below(4) as usize];
    s.calf_tender_or_warm = rng.answer();
    s.numbness = rng.answer();
    s.weakness = rng.answer();
    s.urge_to_move_legs = rng.answer();
    s.muscle_hard_during_cramp = rng.answer();
    s.eased_by_forceful_stretch = rng.answer();
    s.cramp_over_10_min_not_settling = rng.answer();
    s.sleep_disturbed = rng.answer();
    p
}

fn bench(c: &mut Criterion) {
    let mut rng = Lcg(2025);
    let person = profile(&mut rng);
    let mut group = c.benchmark_group("assess");
    for (n, days) in [(0, 0), (30, 90), (365, 365)] {
        let d = diary(&mut rng, n, days);
        group.bench_function(format!("{n}_episodes"), |b| {
            b.iter(|| assess(black_box(&person), black_box(&d), black_box(as_of())))
        });
    }
    group.finish();

    let people: Vec<(Profile, Diary)> = (0..10_000)
        .map(|_| {
            let p = profile(&mut rng);
            let n = rng.below(12) as i64;
            let d = diary(&mut rng, n, 60);
            (p, d)
        })
        .collect();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(people.len() as u64));
    group.bench_function("10000_profiles", |b| {
        b.iter(|| {
            let mut urgent = 0u32;
            for (p, d) in &people {
                let a = assess(black_box(p), black_box(d), as_of()).expect("valid input");
                urgent += u32::from(a.referral.urgency == legcramps::assess::Urgency::Urgent);
            }
            black_box(urgent)
        })
    });
    group.finish();
}

fn bench_push(c: &mut Criterion) {
    let mut group = c.benchmark_group("diary_push");
    group.sample_size(10);
    for n in [5_000i64, 20_000] {
        let mut rng = Lcg(7);
        // Newest first: each episode starts a minute before the one pushed before it.
        let newest_first: Vec<CrampEpisode> = (0..n).map(|i| episode(&mut rng, i)).collect();
        group.bench_function(format!("insert_in_place_before/{n}"), |b| {
            b.iter_batched(
                || newest_first.clone(),
                |eps| {
                    let mut v: Vec<CrampEpisode> = Vec::new();
                    for e in eps {
                        let at = v.partition_point(|x| *x <= e);
                        v.insert(at, e);
                    }
                    black_box(v.len())
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_function(format!("push_newest_first/{n}"), |b| {
            b.iter_batched(
                || newest_first.clone(),
                |eps| {
                    let mut d = Diary::new();
                    for e in eps {
                        d.push(e);
                    }
                    // The read that sorts what the pushes set aside.
                    black_box(d.episodes().len())
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_function(format!("from_episodes/{n}"), |b| {
            b.iter_batched(
                || newest_first.clone(),
                |eps| black_box(Diary::from_episodes(eps).len()),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_push);
criterion_main!(benches);
