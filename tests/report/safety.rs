//! Caller text comes out inert, in HTML and in Markdown, and the page loads nothing.

use crate::support;
use legcramps::recall::RecallRegistry;
use legcramps::{Diary, Profile, Report};
use proptest::prelude::*;
use support::report::*;

const AS_OF: &str = "2025-03-06T08:00:00+01:00";
const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

/// The number of `|` in a Markdown table row that are cell separators: those not
/// escaped by an odd run of backslashes.
fn separators(row: &str) -> usize {
    let mut count = 0;
    let mut backslashes = 0;
    for c in row.chars() {
        match c {
            '\\' => backslashes += 1,
            '|' if backslashes % 2 == 0 => {
                count += 1;
                backslashes = 0;
            }
            _ => backslashes = 0,
        }
    }
    count
}

/// The first row of the Markdown table whose header is `header`.
fn first_row<'a>(md: &'a str, header: &str) -> &'a str {
    let at = md.find(header).unwrap();
    md[at..].lines().nth(2).unwrap()
}

/// Every tag the page really opens: the text from `<` up to the next `>`. Caller
/// text is escaped, so a `<` in the output always starts one of our own tags.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .map(|(i, _)| {
            let rest = &html[i..];
            &rest[..rest.find('>').map_or(rest.len(), |j| j + 1)]
        })
        .collect()
}

fn hostile_report_parts() -> (Profile, Diary, RecallRegistry) {
    let profile = Profile::builder()
        .other_medications(vec![
            SCRIPT.parse().unwrap(),
            IMG.parse().unwrap(),
            "a|b\n# heading\r\n<b>x</b>".parse().unwrap(),
            "[click](javascript:alert(1)) ![i](http://example.invalid/x.png)"
                .parse()
                .unwrap(),
            "'single' & \"double\" `code` *em* _u_ ~~s~~"
                .parse()
                .unwrap(),
        ])
        .build();
    let diary = Diary::from_episodes([cramp("2025-03-04T02:30:00+01:00", 7, true, true)]);
    // The recall's texts come from outside: the product and the reason.
    let recalls = recall_registry(
        &format!("{SCRIPT} {IMG}"),
        "<style>body{display:none}</style> L|1</td><td>",
    );
    (profile, diary, recalls)
}

#[test]
fn html_escapes_caller_text() {
    let (profile, diary, recalls) = hostile_report_parts();
    let a = assessed(&profile, &diary, AS_OF);
    let html = with_recall(Report::new(&a).unwrap(), &recalls).to_html();

    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>x"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("L|1&lt;/td&gt;&lt;td&gt;"));
    assert!(html.contains("&lt;style&gt;body{display:none}&lt;/style&gt;"));
    assert!(html.contains("&#39;single&#39; &amp; &quot;double&quot;"));
    // Only our own style element: one opening tag.
    assert_eq!(html.matches("<style").count(), 1);
    for tag in tags(&html) {
        let lower = tag.to_ascii_lowercase();
        assert!(
            !lower.contains("onerror") && !lower.contains("javascript:"),
            "{tag}"
        );
        assert!(
            !lower.starts_with("<img") && !lower.starts_with("<script"),
            "{tag}"
        );
    }
}

#[test]
fn markdown_escapes_caller_text() {
    let (profile, diary, recalls) = hostile_report_parts();
    let a = assessed(&profile, &diary, AS_OF);
    let md = with_recall(Report::new(&a).unwrap(), &recalls).to_markdown();

    assert!(
        !md.contains("<script")
            && !md.contains("<img")
            && !md.contains("<b>")
            && !md.contains("<style")
    );
    assert!(md.contains("- &lt;script&gt;alert(1)&lt;/script&gt;\n"));
    // The line breaks became spaces and the pipe is escaped: still one list item.
    assert!(md.contains("- a\\|b # heading &lt;b&gt;x&lt;/b&gt;\n"));
    assert!(md.contains("\\[click\\](javascript:alert(1)) !\\[i\\](http://example.invalid/x.png)"));
    assert!(md.contains("'single' &amp; \"double\" \\`code\\` \\*em\\* \\_u\\_ \\~\\~s\\~\\~"));
    // The recall row keeps its four cells: 5 unescaped pipes.
    let row = first_row(&md, "| Medicine | NDC | Lot | Recall |");
    assert!(row.starts_with("| &lt;script&gt;"));
    assert_eq!(separators(row), 5, "{row}");
    assert!(row.contains("L\\|1&lt;/td&gt;&lt;td&gt;"));
}

#[test]
fn the_page_loads_nothing() {
    let (profile, diary, recalls) = hostile_report_parts();
    let a = assessed(&profile, &diary, AS_OF);
    let html = with_recall(Report::new(&a).unwrap(), &recalls).to_html();
    let lower = html.to_ascii_lowercase();
    for banned in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "<base",
        "@import",
        "@font-face",
        "<meta http-equiv",
    ] {
        assert!(!lower.contains(banned), "{banned}");
    }
    // No attribute that points anywhere (the caller's "img src=x" above is text).
    for tag in tags(&lower) {
        for banned in [" src=", " href=", "xlink:href", " action=", " srcset="] {
            assert!(!tag.contains(banned), "{tag}");
        }
    }
    // `url(` only for the in-page hatch pattern.
    assert_eq!(
        lower.matches("url(").count(),
        lower.matches("url(#hatch)").count()
    );
    // Addresses appear only as text (in the source list), never inside a tag.
    for tag in tags(&html) {
        assert!(!tag.contains("http:") && !tag.contains("https:"), "{tag}");
    }
}

proptest! {
    #![proptest_config(crate::support::strategies::config(64))]

    /// Whatever the caller writes, it never opens a tag in the HTML nor raw HTML or an
    /// extra table cell in the Markdown.
    #[test]
    fn any_caller_text_stays_text(name in "[ -~\\n\\r\\t]{0,40}", reason in "[<>|&\"' a-z]{0,12}") {
        // A name with no visible character is rejected at input, so it cannot reach a report.
        let Ok(entry) = name.parse() else { return Ok(()) };
        let profile = Profile::builder().other_medications(vec![entry]).build();
        let diary = Diary::new();
        let a = assessed(&profile, &diary, AS_OF);
        let report = with_recall(Report::new(&a).unwrap(), &recall_registry(&name, &reason));
        let clean_profile = Profile::builder().other_medications(vec!["x".parse().unwrap()]).build();
        let clean_a = assessed(&clean_profile, &diary, AS_OF);
        let clean = with_recall(Report::new(&clean_a).unwrap(), &recall_registry("x", "x"));
        // Same number of tags as with harmless text: nothing was opened.
        prop_assert_eq!(tags(&report.to_html()).len(), tags(&clean.to_html()).len());
        let md = report.to_markdown();
        prop_assert!(!md.contains('<'));
        let row = first_row(&md, "| Medicine | NDC | Lot | Recall |");
        prop_assert_eq!(separators(row), 5, "{}", row);
    }
}
