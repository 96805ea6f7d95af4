//! The hostile inputs of issue #12, shared by the `hostile` bench (time and peak
//! memory) and the `hostile-work` binary (instruction counts under callgrind).

use legcramps::recall::{LoadOptions, RecallRegistry};

/// One mebibyte.
pub const MB: usize = 1024 * 1024;

/// The sizes every hostile case is run at.
pub const SIZES: [(&str, usize); 3] = [("1MB", MB), ("4MB", 4 * MB), ("16MB", 16 * MB)];

/// Repeats `piece` until the text is at least `len` bytes, after a `prefix`.
pub fn fill(prefix: &str, piece: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + piece.len() + prefix.len());
    s.push_str(prefix);
    while s.len() < len {
        s.push_str(piece);
    }
    s
}

/// The hostile texts, each about `len` bytes.
pub fn texts(len: usize) -> Vec<(&'static str, String)> {
    vec![
        // One digit run with no break at all.
        ("digits", fill("Lot ", "0123456789", len)),
        // Digits in single-space groups after an NDC label (the spaced-NDC reader).
        ("digit_groups", fill("NDC ", "0067 203 702 ", len)),
        // Only separators.
        ("separators", fill("", "-/.,;:_ ", len)),
        // The lot label again and again, with nothing after it.
        ("lot_repeated", fill("", "Lot ", len)),
        ("lot_labels", fill("", "Lot #: Lot No. Lots: ", len)),
        // The all-lots phrase again and again.
        ("all_lots_repeated", fill("", "All lots ", len)),
        // One endless range chain: A1 to A2 to A3 ...
        (
            "range_chain",
            fill("Lot A0", " to A1 through B2 thru C3 - D4", len),
        ),
        // One endless token with many inner separators.
        ("long_token", fill("Lot ", "A1-B2/C3.D4_E5:F6@G7+", len)),
        // A long lot list, then sentence after sentence leaving one lot out: each cut
        // of the list used to rebuild its whole table of positions (quadratic).
        ("left_out_sentences", left_out_sentences(len)),
        // Many NDC-shaped codes with hyphens.
        (
            "ndc_shapes",
            fill("NDC ", "0185-0022-01, 68016-177-XX, ", len),
        ),
    ]
}

/// Distinct lots for the first half of `len` bytes (`Lot A0000000, A0000001, …`), then
/// sentences that each leave one more distinct lot out (`Lot B0000000 is not
/// included.`) until the text is `len` bytes.
pub fn left_out_sentences(len: usize) -> String {
    let mut s = String::with_capacity(len + 32);
    s.push_str("Lot ");
    let mut i = 0usize;
    while s.len() < len / 2 {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&format!("A{i:07}"));
        i += 1;
    }
    s.push_str(". ");
    let mut i = 0usize;
    while s.len() < len {
        s.push_str(&format!("Lot B{i:07} is not included. "));
        i += 1;
    }
    s
}

/// One openFDA record as JSON.
pub fn record(serial: usize, description: &str, code: &str) -> String {
    format!(
        r#"{{"recall_number": "D-{:04}-2024", "classification": "Class II", "recalling_firm": "F", "product_description": {}, "reason_for_recall": "R", "report_date": "20240110", "code_info": {}}}"#,
        serial % 10_000,
        serde_json::to_string(description).unwrap_or_default(),
        serde_json::to_string(code).unwrap_or_default(),
    )
}

/// `k` distinct package NDCs of `k` distinct products, as a description.
pub fn distinct_ndcs(k: usize) -> String {
    let mut s = String::with_capacity(k * 20);
    for i in 0..k {
        s.push_str(&format!(
            "NDC {:05}-{:03}-10, ",
            10_000 + i / 1000,
            i % 1000
        ));
    }
    s
}

/// `k` distinct lots from `X{from}` on, without a label.
pub fn lots_from(from: usize, k: usize) -> String {
    let mut s = String::with_capacity(k * 10);
    for i in from..from + k {
        s.push_str(&format!("X{i:07}, "));
    }
    s
}

/// A lot list of `k` distinct lots, as code text.
pub fn lots(k: usize) -> String {
    let mut s = String::with_capacity(k * 10 + 4);
    s.push_str("Lot ");
    for i in 0..k {
        s.push_str(&format!("X{i:07}, "));
    }
    s
}

/// Named JSON documents.
pub type Documents = Vec<(&'static str, Vec<u8>)>;

/// The record-shaped hostile documents, each about `len` bytes.
pub fn documents(len: usize) -> Documents {
    // An NDC is 20 bytes of description, a lot 10 bytes of code text.
    let k = len / 30;
    let cross = format!("[{}]", record(1, &distinct_ndcs(k), &lots(k)));
    let wide = format!("[{}]", record(1, &distinct_ndcs(len / 20), "Lot A1234"));
    let one = |i: usize| {
        let ndc = if i.is_multiple_of(2) {
            "NDC 0185-0022-01"
        } else {
            "NDC 0185-0022-10"
        };
        record(i, ndc, "Lot JX6411")
    };
    let n = len / one(0).len();
    let same: Vec<String> = (0..n).map(one).collect();
    let same = format!("[{}]", same.join(","));
    // Half the lots with an expiry date, half without: filing each undated lot used to
    // scan every dated one for its expiry (quadratic).
    let half = len / 20;
    let dated = format!("{}Exp 12/2026, {}", lots(half), lots_from(half, half));
    let half_dated = format!("[{}]", record(1, "NDC 0185-0022-01", &dated));
    let mut docs = vec![
        ("ndcs_x_lots", cross.into_bytes()),
        ("distinct_ndcs", wide.into_bytes()),
        ("same_key", same.into_bytes()),
        ("half_dated_lots", half_dated.into_bytes()),
    ];
    docs.extend(lookup_documents(len));
    docs
}

/// Records whose one recall has a long list that a lookup used to read through (about
/// 2 ms per lookup at 1 MB, 9 ms at 4 MB), and `wide_shared_lot`, whose lookup still
/// reads every record: the (name, lookup) pairs of [`LOOKUPS`], each recalled.
fn lookup_documents(len: usize) -> Documents {
    let join =
        |k: usize, item: &dyn Fn(usize) -> String| (0..k).map(item).collect::<Vec<_>>().join(", ");
    let range = |i: usize| format!("X{:07} to X{:07}", 2 * i, 2 * i + 1);
    let package = "NDC 0185-0022-01";
    let doc = |description: &str, code: String| format!("[{}]", record(1, description, &code));
    vec![
        // All lots of the package but k, then a lot of the same head and length.
        (
            "excluded_lots",
            doc(
                package,
                format!(
                    "All lots except {}",
                    join(len / 10, &|i| format!("X{i:07}"))
                ),
            ),
        ),
        // All lots but k ranges of one head and length.
        (
            "excluded_ranges",
            doc(
                package,
                format!("All lots except {}", join(len / 22, &range)),
            ),
        ),
        // k ranges of one head and length; the lot is inside the 51st.
        (
            "ranges_one_head",
            doc(package, format!("Lots {}", join(len / 22, &range))),
        ),
        // One range, then k lots with an expiry date: a lot matched through the range
        // has none of them.
        (
            "range_and_dated_lots",
            doc(
                package,
                format!(
                    "Lots Y0000000 to Y9999999. Lot {} Exp 12/2026",
                    join(len / 10, &|i| format!("X{i:07}"))
                ),
            ),
        ),
        // k bare 10-digit codes with no other NDC of their labelers: each reading is
        // unconfirmed, and the lookup is through one.
        (
            "unconfirmed_ndcs",
            doc(
                &join(len / 16, &|i| format!("NDC {}", 7_000_000_000usize + 7 * i)),
                "Lot A1".to_owned(),
            ),
        ),
    ]
    .into_iter()
    .map(|(name, d)| (name, d.into_bytes()))
    .chain([("wide_shared_lot", wide_shared_lot(len))])
    .collect()
}

/// Records that each name two products (001 and 002 of one labeler, from 20000 on)
/// and lot JX6411: a recall naming several products is filed once, under no product,
/// so a lookup of JX6411 reads every such recall to find the ones naming its product.
/// This one stays linear in the number of records (see the crate docs' limits table).
fn wide_shared_lot(len: usize) -> Vec<u8> {
    let one = |i: usize| {
        let labeler = 20_000 + i % 50_000;
        let ndcs = format!("NDC {labeler:05}-001-01, NDC {labeler:05}-002-01");
        record(i, &ndcs, "Lot JX6411")
    };
    let n = len / one(0).len();
    let all: Vec<String> = (0..n).map(one).collect();
    format!("[{}]", all.join(",")).into_bytes()
}

/// The lookups timed on the record-shaped documents: (document, NDC, lot), each
/// recalled.
pub const LOOKUPS: [(&str, &str, &str); 7] = [
    ("same_key", "0185-0022-01", "JX6411"),
    ("excluded_lots", "0185-0022-01", "X9999999"),
    ("excluded_ranges", "0185-0022-01", "X9999999"),
    ("ranges_one_head", "0185-0022-01", "X0000101"),
    ("range_and_dated_lots", "0185-0022-01", "Y0000005"),
    ("unconfirmed_ndcs", "70000-000-00", "A1"),
    ("wide_shared_lot", "20001-001-01", "JX6411"),
];

/// A registry of ordinary records (one NDC, ten lots each) from about `len` bytes.
pub fn ordinary_registry(len: usize) -> (RecallRegistry, usize) {
    let one = |i: usize| {
        record(
            i,
            &format!("NDC {:05}-{:03}-10", 10_000 + i / 1000, i % 1000),
            &lots(10),
        )
    };
    let n = len / one(0).len();
    let doc = format!("[{}]", (0..n).map(one).collect::<Vec<_>>().join(","));
    let mut reg = RecallRegistry::new();
    reg.add_openfda_slice(doc.as_bytes(), LoadOptions::default())
        .expect("generated records load");
    (reg, doc.len())
}

/// A registry of the records in `doc`.
pub fn load(doc: &[u8]) -> RecallRegistry {
    let mut reg = RecallRegistry::new();
    reg.add_openfda_slice(doc, LoadOptions::default())
        .expect("generated records load");
    reg
}
