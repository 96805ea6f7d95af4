//! Serializing a registry writes its recalls without copying the registry first
//! (issue #12: `#[serde(into = "Vec<Recall>")]` cloned every recall and the whole index,
//! +544 MB for 238 KB of output).
//!
//! A counting global allocator measures the heap bytes this thread holds at the peak of
//! the call, above what was live before it. It counts per thread, so the other tests of
//! the `recall` binary may run at the same time.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use legcramps::recall::LoadOptions;
use legcramps::recall::RecallRegistry;

struct Counting;

// Per thread, so that the other tests of this binary, running on other threads, do not
// count. `const` initialisation and `Cell<usize>` (no destructor): reading them never
// allocates and never fails, also while a thread is being torn down.
thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn live() -> usize {
    LIVE.with(Cell::get)
}

fn peak() -> usize {
    PEAK.with(Cell::get)
}

fn grew(by: usize) {
    let now = live().saturating_add(by);
    LIVE.with(|c| c.set(now));
    PEAK.with(|p| p.set(p.get().max(now)));
}

fn shrank(by: usize) {
    // A block freed on another thread than the one that allocated it can take a
    // thread's count below zero; saturate (this test allocates and frees on one thread).
    LIVE.with(|c| c.set(c.get().saturating_sub(by)));
}

// SAFETY: every call is forwarded to the system allocator unchanged; the counters are
// only bookkeeping.
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

#[global_allocator]
static ALLOC: Counting = Counting;

fn record(i: usize) -> String {
    let lots: Vec<String> = (0..10).map(|k| format!("L{i:05}{k}")).collect();
    format!(
        r#"{{"recall_number": "D-{:04}-2024", "classification": "Class II", "recalling_firm": "Firm {i}",
            "product_description": "Tablets, NDC {:05}-{:03}-10", "reason_for_recall": "Dissolution",
            "report_date": "20240110", "code_info": "Lots: {}"}}"#,
        i % 10_000,
        10_000 + i / 1000,
        i % 1000,
        lots.join(", ")
    )
}

#[test]
fn serializing_does_not_copy_the_registry() {
    let records: Vec<String> = (0..2_000).map(record).collect();
    let doc = format!("[{}]", records.join(","));

    let before = live();
    let mut reg = RecallRegistry::new();
    let report = reg
        .add_openfda_slice(doc.as_bytes(), LoadOptions::default())
        .unwrap();
    assert_eq!(report.summary.kept, 2_000);
    let held = live() - before;

    let base = live();
    PEAK.with(|p| p.set(base));
    serde_json::to_writer(std::io::sink(), &reg).unwrap();
    let peak = peak() - base;

    // A copy of the registry would need about `held` bytes (every recall's strings and
    // vectors, plus the index). Writing straight from the recalls needs only what the
    // serializer keeps on the side, so the bound is a tenth of the registry: far below a
    // copy, and well above the few small buffers a writer may use.
    assert!(
        peak < held / 10,
        "serializing held {peak} bytes at its peak; the registry holds {held}"
    );

    // What was written reads back as the same registry.
    let text = serde_json::to_string(&reg).unwrap();
    let back: RecallRegistry = serde_json::from_str(&text).unwrap();
    assert_eq!(back, reg);
    assert!(
        back.lookup_str("10001-234-10", "L012343")
            .unwrap()
            .is_recalled()
    );
}
