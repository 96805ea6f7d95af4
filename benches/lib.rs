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

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Counts live heap bytes and their peak. A bench that measures memory installs it:
///
/// ```text
/// #[global_allocator]
/// static ALLOC: legcramps_benches::Counting = legcramps_benches::Counting;
/// ```
pub struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
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
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

/// Runs `f` once and returns the peak of heap bytes it held (its result included).
pub fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    let peak = PEAK.load(Relaxed).saturating_sub(base);
    drop(black_box(out));
    peak
}

/// Heap bytes live now (with [`Counting`] installed as the global allocator).
pub fn live_bytes() -> usize {
    LIVE.load(Relaxed)
}
