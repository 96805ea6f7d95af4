//! Escaping for the output formats: HTML, Markdown, and one-line plain text.
//!
//! Every string that reaches a page or a card goes through one of these functions,
//! whether it came from the caller (free-text medication names, recall text) or from
//! the crate's own tables: one path for everything is easier to check than a list of
//! exceptions. What each guarantees is listed in the crate docs ("Caller text in the
//! outputs"); in short:
//!
//! - HTML ([`push_html`]): the five characters with meaning in markup (`&`, `<`, `>`,
//!   `"`, `'`) become character references. The same function serves text and
//!   (double-quoted) attribute values, so a value can never close its attribute or
//!   open a tag. Control characters that HTML forbids (and that XML, for the inline
//!   SVG, rejects) become U+FFFD.
//! - Markdown ([`push_markdown`]): a value always stays inline text inside the
//!   paragraph, list item or table cell it was put in. `<`, `>` and `&` become
//!   character references, so no raw HTML or entity can be formed; the punctuation
//!   that could open emphasis, a link, an image, code or strikethrough (`\\`, `` ` ``,
//!   `*`, `_`, `[`, `]`, `~`) and the cell separator `|` are escaped with a backslash;
//!   a leading `#`, `-`, `+`, `=` or `!`, and the `.` or `)` after leading digits
//!   (`1. x`, `1) x`), are escaped so the value cannot start a block; line breaks (LF,
//!   CR, CR LF, U+0085, U+2028, U+2029) and tabs become spaces; a space at either end
//!   is written `&#32;` (still a space when rendered) so it cannot indent the value
//!   into a nested list or a code block, nor end a strong span early; whitespace other
//!   than the plain space becomes a character reference (a FHIR string cannot hold it
//!   raw). (A bare `https://…` in caller text may still be turned into a link by a
//!   GitHub-flavoured renderer; it cannot become markup.)
//! - Plain text ([`plain_line`]): every run of whitespace becomes one space.
//! - In all three, the invisible format characters of [`INVISIBLE`] (bidi controls,
//!   zero-width characters, ...) are replaced by a visible marker naming the code
//!   point, such as `[U+202E]`, so they can neither reorder nor hide text, and the
//!   reader sees that something was there.

use std::fmt::Write as _;

/// Invisible format characters, as inclusive ranges: they show nothing themselves but
/// can reorder (bidi controls), join or hide the text around them. Each is written as
/// a visible marker (`[U+202E]`) in every output.
///
/// | range | what |
/// |---|---|
/// | U+00AD | soft hyphen |
/// | U+034F | combining grapheme joiner |
/// | U+061C | Arabic letter mark (bidi) |
/// | U+115F–U+1160, U+3164, U+FFA0 | Hangul fillers (render as blank) |
/// | U+17B4–U+17B5 | Khmer inherent vowels (invisible) |
/// | U+180B–U+180F | Mongolian variation selectors and vowel separator |
/// | U+200B–U+200F | zero-width space, non-joiner, joiner; left-to-right and right-to-left marks |
/// | U+202A–U+202E | bidi embeddings and overrides |
/// | U+2060–U+2064 | word joiner, invisible operators |
/// | U+2066–U+206F | bidi isolates, deprecated format characters |
/// | U+FEFF | zero-width no-break space (byte-order mark) |
/// | U+FFF9–U+FFFB | interlinear annotation controls |
/// | U+1BCA0–U+1BCA3 | shorthand format controls |
/// | U+1D173–U+1D17A | musical symbol format controls |
/// | U+E0000–U+E007F | tag characters |
pub(crate) static INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E007F}'),
];

/// Whether `c` is one of the [`INVISIBLE`] format characters.
pub(crate) fn is_invisible(c: char) -> bool {
    c >= '\u{00AD}' && INVISIBLE.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Appends the visible marker for an invisible character: `[U+202E]`, with the
/// brackets escaped when `markdown`.
fn push_marker(out: &mut String, c: char, markdown: bool) {
    let (open, close) = if markdown { ("\\[", "\\]") } else { ("[", "]") };
    let _ = write!(out, "{open}U+{:04X}{close}", u32::from(c));
}

/// Appends `s` to `out`, escaped for HTML text or a double-quoted attribute value.
pub(crate) fn push_html(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if is_forbidden_control(c) => out.push('\u{FFFD}'),
            c if is_invisible(c) => push_marker(out, c, false),
            c => out.push(c),
        }
    }
}

/// `s` escaped for HTML text or a double-quoted attribute value.
pub(crate) fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_html(&mut out, s);
    out
}

/// Characters HTML and XML 1.0 do not allow in content: C0 controls other than tab,
/// line feed and carriage return; DEL and the C1 controls; the non-characters U+FFFE
/// and U+FFFF.
fn is_forbidden_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}')
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Line breaks as a reader (or a renderer other than CommonMark) may see them: they
/// become spaces in Markdown and plain text.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Appends `s` to `out`, escaped as inline Markdown text (paragraphs, list items and
/// table cells alike). See the module docs for what it guarantees.
pub(crate) fn push_markdown(out: &mut String, s: &str) {
    let begin = out.len();
    let mut chars = s.chars().peekable();
    let mut first = true;
    // Every character so far is an ASCII digit (and there was at least one).
    let mut after_digits = false;
    while let Some(c) = chars.next() {
        let at_start = std::mem::replace(&mut first, false);
        let lead_digits = after_digits;
        after_digits = c.is_ascii_digit() && (at_start || after_digits);
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => {
                // A CR LF pair becomes one space.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\t' => out.push(' '),
            c if is_line_break(c) => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' | '!' if at_start => {
                out.push('\\');
                out.push(c);
            }
            // `1.` or `1)` at the start would open an ordered list.
            '.' | ')' if lead_digits && chars.peek().is_none_or(|n| n.is_whitespace()) => {
                out.push('\\');
                out.push(c);
            }
            c if is_forbidden_control(c) => out.push('\u{FFFD}'),
            c if is_invisible(c) => push_marker(out, c, true),
            c if c.is_whitespace() && c != ' ' => {
                let _ = write!(out, "&#x{:X};", u32::from(c));
            }
            c => out.push(c),
        }
    }
    // A space at either end, written as a character reference, is still a space for
    // the reader but can no longer indent the value (a nested list, a code block) or
    // touch a `**` around it.
    if out.get(begin..).is_some_and(|v| v.starts_with(' ')) {
        out.replace_range(begin..begin + 1, "&#32;");
    }
    if out.len() > begin && out.ends_with(' ') {
        out.pop();
        out.push_str("&#32;");
    }
}

/// `s` escaped as inline Markdown text.
pub(crate) fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_markdown(&mut out, s);
    out
}

/// `s` as one line of plain text (a CDS Hooks card summary): each run of whitespace
/// (line breaks included) becomes one space and the ends are trimmed; control
/// characters become U+FFFD and invisible format characters a visible marker.
#[cfg_attr(
    not(feature = "fhir"),
    allow(dead_code, reason = "used by the CDS Hooks cards")
)]
pub(crate) fn plain_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if std::mem::take(&mut space) && !out.is_empty() {
            out.push(' ');
        }
        if c.is_control() {
            out.push('\u{FFFD}');
        } else if is_invisible(c) {
            push_marker(&mut out, c, false);
        } else {
            out.push(c);
        }
    }
    out
}

/// Formats a number with at most `decimals` decimals, trimming trailing zeros
/// (`1.50` -> `1.5`, `2.0` -> `2`). Non-finite values (which the statistics never
/// produce) print as an en dash rather than `NaN`.
pub(crate) fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "\u{2013}".to_owned();
    }
    let mut s = String::new();
    let _ = write!(s, "{value:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" {
        s = "0".to_owned();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_characters() {
        assert_eq!(
            html(r#"<script>alert(1)</script>"#),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            html(r#""><img src=x onerror=alert(1)>"#),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(html("a & b 'c'"), "a &amp; b &#39;c&#39;");
        // Already-escaped text is escaped again: the page shows what the caller wrote.
        assert_eq!(html("&lt;"), "&amp;lt;");
    }

    #[test]
    fn html_replaces_forbidden_controls_and_keeps_other_text() {
        assert_eq!(
            html("a\u{0}b\u{1B}c\u{7F}d"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"
        );
        assert_eq!(html("line\none\ttab"), "line\none\ttab");
        assert_eq!(html("Müller ≥3 😀"), "Müller ≥3 😀");
    }

    #[test]
    fn markdown_cannot_form_html_links_or_cells() {
        assert_eq!(markdown("<b>x</b>"), "&lt;b&gt;x&lt;/b&gt;");
        assert_eq!(markdown("a|b"), r"a\|b");
        assert_eq!(markdown("[x](javascript:y)"), r"\[x\](javascript:y)");
        assert_eq!(markdown("![i](x)"), r"\!\[i\](x)");
        assert_eq!(
            markdown("*a* _b_ `c` ~~d~~"),
            r"\*a\* \_b\_ \`c\` \~\~d\~\~"
        );
        // Block starters matter only at the start; inside a value they stay readable.
        assert_eq!(markdown("# h\r\n- item\n| x |"), r"\# h - item \| x \|");
        assert_eq!(markdown("Garrison-2012"), "Garrison-2012");
        assert_eq!(markdown("-x"), r"\-x");
        assert_eq!(markdown("&amp;"), "&amp;amp;");
        assert_eq!(markdown(r"a\b"), r"a\\b");
    }

    #[test]
    fn markdown_values_cannot_start_lists_or_code() {
        // The issue's examples (#14): list markers, ordered markers, indentation.
        assert_eq!(markdown("1. ordered"), r"1\. ordered");
        assert_eq!(markdown("1) x"), r"1\) x");
        assert_eq!(markdown("12) x"), r"12\) x");
        assert_eq!(markdown("12.5 mg"), "12.5 mg");
        assert_eq!(markdown("Vitamin B1. Daily"), "Vitamin B1. Daily");
        assert_eq!(markdown(" - x"), r"&#32;- x");
        assert_eq!(markdown("\t- x"), r"&#32;- x");
        assert_eq!(markdown("    code"), "&#32;   code");
        assert_eq!(markdown("x "), "x&#32;");
        assert_eq!(markdown(" "), "&#32;");
        assert_eq!(markdown("a\u{2028}b\u{85}c\u{2029}d"), "a b c d");
        // No-break and ideographic spaces survive as references (FHIR text cannot
        // hold them raw).
        assert_eq!(markdown("a\u{A0}b\u{3000}c"), "a&#xA0;b&#x3000;c");
        assert_eq!(markdown(""), "");
    }

    #[test]
    fn invisible_characters_become_visible_markers() {
        let rlo = "a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e";
        assert_eq!(html(rlo), "a[U+202E]b[U+2066]c[U+200B]d[U+FEFF]e");
        assert_eq!(
            markdown(rlo),
            r"a\[U+202E\]b\[U+2066\]c\[U+200B\]d\[U+FEFF\]e"
        );
        assert_eq!(plain_line(rlo), "a[U+202E]b[U+2066]c[U+200B]d[U+FEFF]e");
        assert_eq!(html("\u{E0041}"), "[U+E0041]");
        // Ordinary non-ASCII text is untouched.
        assert_eq!(html("Müller ≥3"), "Müller ≥3");
        assert!(!is_invisible('\u{AC}') && is_invisible('\u{AD}') && !is_invisible('\u{AE}'));
    }

    #[test]
    fn plain_line_collapses_whitespace() {
        assert_eq!(plain_line("  Acme\n- Lot\r\n\u{2028}x\t "), "Acme - Lot x");
        assert_eq!(plain_line("a\u{7}b"), "a\u{FFFD}b");
        assert_eq!(plain_line(""), "");
    }

    #[test]
    fn numbers_trim_trailing_zeros() {
        assert_eq!(number(1.5, 2), "1.5");
        assert_eq!(number(2.0, 1), "2");
        assert_eq!(number(0.0, 1), "0");
        assert_eq!(number(-0.0001, 1), "0");
        assert_eq!(number(10.0, 0), "10");
        assert_eq!(number(1.166_666, 1), "1.2");
        assert_eq!(number(f64::NAN, 1), "\u{2013}");
    }
}
