//! Benchmarks for `legcramps`, kept in their own workspace member so that the library,
//! its examples and its tests build without criterion. The benchmarks are the
//! `[[bench]]` targets beside this file:
//!
//! ```text
//! cargo bench -p legcramps-benches --bench recall -- --warm-up-time 1 --measurement-time 3
//! ```
// The one unsafe item is the counting allocator below, which forwards every call to
// the system allocator.
#![deny(unsafe_code)]

pub mod hostile_input;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

/// Counts live heap bytes and their peak, per thread. A bench that measures memory
/// installs it:
///
/// ```text
/// #[global_allocator]
/// static ALLOC: legcramps_benches::Counting = legcramps_benches::Counting;
/// ```
///
/// The counters are thread-local plain cells, not shared atomics: an atomic
/// read-modify-write per allocation (about 17 ns for an alloc and free pair here) would
/// be timed inside every benchmark that allocates. The benches build and query on one
/// thread, so per-thread counts are the whole count.
pub struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn grew(by: usize) {
    let now = LIVE.get().wrapping_add(by);
    LIVE.set(now);
    if now > PEAK.get() {
        PEAK.set(now);
    }
}

fn shrank(by: usize) {
    LIVE.set(LIVE.get().wrapping_sub(by));
}

// SAFETY: every call is forwarded to the system allocator unchanged; the counters are
// only bookkeeping.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        p
    }
}

/// Runs `f` once and returns the peak of heap bytes it held (its result included).
pub fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let base = LIVE.get();
    PEAK.set(base);
    let out = f();
    let peak = PEAK.get().saturating_sub(base);
    drop(black_box(out));
    peak
}

/// Heap bytes this thread holds now (with [`Counting`] installed as the global
/// allocator).
pub fn live_bytes() -> usize {
    LIVE.get()
}
