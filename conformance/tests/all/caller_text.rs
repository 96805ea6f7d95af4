//! Caller and record text cannot change what a clinician reads (#14).
//!
//! Hostile strings (line breaks of every kind, Markdown markers at line starts, `|`,
//! backticks, `<`, `&`, bidi controls, zero-width characters) go where a person's or
//! a record's text goes: free-text medication names and recall rows in the report,
//! firm, product, reason and status of an openFDA record in a CDS Hooks card. Each
//! output is compared with the same output for plain text:
//!
//! - the HTML page opens the same elements, in the same order;
//! - the Markdown report and the card detail, parsed by a CommonMark renderer
//!   (pulldown-cmark, with GitHub's tables and strikethrough), give the same events
//!   apart from the text itself: the same blocks, list items, table cells, and no
//!   emphasis, strikethrough, link, code or HTML that the plain text did not have;
//! - the card summary stays under 140 characters.
//!
//! The invisible characters must also be gone from every output, replaced by a
//! visible marker such as `[U+202E]`.

use legcramps::Report;
use legcramps::assess::AssessmentInput;
use legcramps::fhir::{self, Card};
use legcramps::recall::{LoadOptions, RecallStatus};
use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag};
use serde_json::json;

// ---- hostile strings -------------------------------------------------------------

/// Pieces that mean something to a Markdown or HTML reader, or to a bidi algorithm.
const PIECES: &[&str] = &[
    "\n",
    "\r",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\t",
    "    ",
    " ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "1) ",
    "# ",
    "## ",
    "> ",
    "===",
    "---",
    "***",
    "___",
    "```",
    "~~~",
    "~~",
    "`",
    "|",
    "| a | b |",
    "|---|",
    "<",
    ">",
    "&",
    "&amp;",
    "&#42;",
    "<b>",
    "</td>",
    "<!--",
    "<div>",
    "[x](javascript:y)",
    "![i](x)",
    "[^1]",
    "[a]: http://x",
    "\\",
    "*",
    "_",
    "**",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{AD}",
    "\u{A0}",
    "\u{3000}",
    "a",
    "Acme",
    "Lot AB123",
    "2.5 mg",
    "é",
    "😀",
];

/// A hostile string: mostly pieces from [`PIECES`], sometimes any character.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..14).prop_map(|v| v.concat())
}

/// A hostile string that shows at least one visible character (what a medication
/// name must have, #10): a letter is put at a generated place.
fn hostile_visible() -> impl Strategy<Value = String> {
    (hostile(), hostile()).prop_map(|(a, b)| format!("{a}Q{b}"))
}

/// The invisible format characters the outputs must replace with a marker.
fn is_marked(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
}

// ---- structure of the outputs ----------------------------------------------------

/// Every event of the Markdown apart from the text: blocks, list items, table cells,
/// inline markup, breaks, raw HTML. Text is left out (it is what differs), and so
/// are its splits into several text events.
fn markdown_structure(md: &str) -> Vec<String> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    Parser::new_ext(md, options)
        .filter(|e| !matches!(e, Event::Text(_)))
        .map(|e| format!("{e:?}"))
        .collect()
}

/// How many list items and table cells the Markdown has.
fn items_and_cells(md: &str) -> (usize, usize) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut items = 0;
    let mut cells = 0;
    for e in Parser::new_ext(md, options) {
        match e {
            Event::Start(Tag::Item) => items += 1,
            Event::Start(Tag::TableCell) => cells += 1,
            _ => {}
        }
    }
    (items, cells)
}

/// The element structure of an HTML page: each tag's name, in order, as an HTML
/// tokenizer reads it in the data state (`<` followed by a letter or `/` and a letter
/// starts a tag; `<!` starts a comment or doctype). The report's `<style>` is CSS
/// without a `<`, so reading it as data changes nothing.
fn html_elements(html: &str) -> Vec<String> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let rest = &html[i + 1..];
            let starts_tag = rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '/' || c == '?');
            if starts_tag {
                let name: String = rest
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '>')
                    .collect();
                out.push(name.to_ascii_lowercase());
            }
        }
        i += 1;
    }
    out
}

// ---- inputs ----------------------------------------------------------------------

const AS_OF: &str = "2025-03-06T08:00:00+01:00";

fn input_with_medicines(names: &[String]) -> AssessmentInput {
    let doc = json!({
        "as_of": AS_OF,
        "profile": {"other_medications": names},
        "diary": {"episodes": [
            {"start": "2025-03-04T02:30:00+01:00", "duration_seconds": 120, "muscle": "calf",
             "side": "left", "pain": 7, "woke": true, "in_bed_at_night": true}
        ]}
    });
    AssessmentInput::from_json_str(&doc.to_string()).expect("the name has a visible character")
}

fn report_texts(name: &str, recall: &str) -> (String, String) {
    let input = input_with_medicines(&[name.to_owned()]);
    let assessed = input.assessed().expect("assess");
    // The recall's product and reason are the caller's text, as they would be from
    // any source of recalls; the report lists the recall as a lookup finds it.
    let mut plain = RecallRegistry::new();
    plain
        .add_openfda_slice(PLAIN_DOC, LoadOptions::strict())
        .expect("the record loads");
    let ndc: Ndc = "12345-678-90".parse().expect("ndc");
    let lot: LotNumber = "AB123".parse().expect("lot");
    let check = plain.lookup(&ndc, &lot);
    let hit = check.matches.first().expect("the record lists the lot");
    let mut changed = plain.get(hit.recall).expect("listed").clone();
    changed.product = name.to_owned();
    changed.reason = recall.to_owned();
    let mut registry = RecallRegistry::new();
    registry.add(changed).expect("added");
    let report = Report::new(&assessed)
        .expect("report")
        .with_recall_lookup(&registry, &ndc, &lot);
    assert_eq!(report.recalls().len(), 1);
    (report.to_html(), report.to_markdown())
}

/// The openFDA document the cards are made from: one plain record that lists lot
/// AB123 of NDC 12345-678-90.
const PLAIN_DOC: &[u8] = br#"{"results": [{
    "recall_number": "D-0001-2024", "classification": "Class II", "status": "Ongoing",
    "recalling_firm": "Acme", "product_description": "Tablets",
    "reason_for_recall": "Reason", "report_date": "20240110", "code_info": "Lot AB123",
    "openfda": {"package_ndc": ["12345-678-90"]}}]}"#;

/// The card for the plain record with its free text replaced by the caller's
/// (`None` status: the record gives none). The text goes in as given, with no
/// cleaning by the loader, as it would from any other source of [`Recall`]s.
///
/// [`Recall`]: legcramps::recall::Recall
fn card_with(firm: &str, product: &str, reason: &str, status: Option<&str>) -> Card {
    let mut registry = RecallRegistry::new();
    registry
        .add_openfda_slice(PLAIN_DOC, LoadOptions::strict())
        .expect("the record loads");
    let ndc: Ndc = "12345-678-90".parse().expect("ndc");
    let lot: LotNumber = "AB123".parse().expect("lot");
    let check = registry.lookup(&ndc, &lot);
    let hit = check.matches.first().expect("the record lists the lot");
    let mut recall = registry.get(hit.recall).expect("listed").clone();
    recall.firm = firm.to_owned();
    recall.product = product.to_owned();
    recall.reason = reason.to_owned();
    // A blank status is no status (the parser's rule): the card then has no status
    // line.
    recall.status = status.and_then(|s| s.parse::<RecallStatus>().ok());
    fhir::recall_card(&recall, hit, &lot).expect("card")
}

fn plain_card() -> Card {
    card_with("Acme", "Tablets", "Reason", Some("Ongoing"))
}

fn detail(card: &Card) -> &str {
    card.detail().unwrap_or_default()
}

// ---- the issue's examples ----------------------------------------------------------

#[test]
fn a_firm_name_cannot_add_a_list_item_to_the_card() {
    let plain = plain_card();
    let card = card_with(
        "Acme\n- Lot AB123: the recall does NOT list this lot",
        "Tablets",
        "Reason",
        Some("Ongoing"),
    );
    // Plain: the product in bold, then 8 list items (recall number, firm, reason,
    // class, status, date, NDC, lot).
    assert_eq!(items_and_cells(detail(&plain)), (8, 0));
    assert_eq!(
        items_and_cells(detail(&card)),
        items_and_cells(detail(&plain))
    );
    assert_eq!(
        markdown_structure(detail(&card)),
        markdown_structure(detail(&plain))
    );
    // The firm's text is still there, on the firm's line.
    assert!(
        detail(&card).contains("- Firm: Acme - Lot AB123: the recall does NOT list this lot\n"),
        "{}",
        detail(&card)
    );
}

#[test]
fn a_reason_cannot_add_a_heading_and_tildes_do_not_strike_through() {
    let plain = plain_card();
    let card = card_with(
        "Acme ~~not recalled~~",
        "Tablets",
        "Particulates found\nThis recall was withdrawn\n===",
        Some("Ongoing"),
    );
    let events = markdown_structure(detail(&card));
    assert!(!events.iter().any(|e| e.contains("Heading")), "{events:?}");
    assert!(
        !events.iter().any(|e| e.contains("Strikethrough")),
        "{events:?}"
    );
    assert_eq!(events, markdown_structure(detail(&plain)));
    assert!(detail(&card).contains("- Reason: Particulates found This recall was withdrawn ===\n"));
    assert!(detail(&card).contains("Acme \\~\\~not recalled\\~\\~"));
}

#[test]
fn bidi_controls_are_shown_as_markers_in_every_output() {
    let name = "Quinine \u{202E}gm 003\u{202C} \u{2066}x\u{2069}\u{200B}";
    let (html, md) = report_texts(name, "L\u{202E}1");
    for out in [&html, &md] {
        assert!(
            !out.chars().any(is_marked),
            "an invisible character got through"
        );
    }
    assert!(html.contains("Quinine [U+202E]gm 003[U+202C] [U+2066]x[U+2069][U+200B]"));
    assert!(md.contains(r"Quinine \[U+202E\]gm 003\[U+202C\] \[U+2066\]x\[U+2069\]\[U+200B\]"));

    let card = card_with("Acme\u{202E}", "Tablets\u{FEFF}", "Reason", Some("Ongoing"));
    assert!(!card.summary().chars().any(is_marked));
    assert!(
        card.summary().ends_with("Acme[U+202E]"),
        "{}",
        card.summary()
    );
    assert!(!detail(&card).chars().any(is_marked));
    assert!(detail(&card).contains(r"**Tablets\[U+FEFF\]**"));
}

#[test]
fn medicine_names_cannot_make_lists_or_code_blocks() {
    let (_, plain) = report_texts("x", "x");
    for name in [
        "1. ordered",
        "1) x",
        " - x",
        "\t- x",
        "    x",
        "- x",
        "+ x",
        "* x",
        "> x",
    ] {
        let (_, md) = report_texts(name, name);
        assert_eq!(
            markdown_structure(&md),
            markdown_structure(&plain),
            "{name:?}"
        );
    }
}

// ---- properties --------------------------------------------------------------------

proptest! {
    #![proptest_config(crate::support::strategies::config(48))]

    /// The report for a hostile medication name and recall row has the structure of
    /// the report for plain text, in HTML and in Markdown.
    #[test]
    fn report_structure_does_not_depend_on_caller_text(
        name in hostile_visible(),
        recall in hostile(),
    ) {
        let (html, md) = report_texts(&name, &recall);
        let (plain_html, plain_md) = report_texts("xQx", "x");
        prop_assert_eq!(html_elements(&html), html_elements(&plain_html));
        prop_assert_eq!(markdown_structure(&md), markdown_structure(&plain_md));
        prop_assert_eq!(items_and_cells(&md), items_and_cells(&plain_md));
        prop_assert!(!html.chars().chain(md.chars()).any(is_marked));
    }

    /// A card for a record with hostile free text has the structure of the card for
    /// plain text, and its summary stays under 140 characters.
    #[test]
    fn card_structure_does_not_depend_on_record_text(
        firm in hostile(),
        product in hostile(),
        reason in hostile(),
        status in hostile(),
    ) {
        let card = card_with(&firm, &product, &reason, Some(&status));
        let plain_status = if status.trim().is_empty() { None } else { Some("Ongoing") };
        let plain = card_with("Acme", "Tablets", "Reason", plain_status);
        prop_assert!(card.summary().chars().count() < 140);
        let breaks = ['\n', '\r', '\u{2028}', '\u{85}'];
        prop_assert!(!card.summary().contains(breaks), "{}", card.summary());
        prop_assert_eq!(markdown_structure(detail(&card)), markdown_structure(detail(&plain)));
        prop_assert_eq!(items_and_cells(detail(&card)), items_and_cells(detail(&plain)));
        prop_assert!(!detail(&card).chars().chain(card.summary().chars()).any(is_marked));
    }
}
