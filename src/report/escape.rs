//! Escaping for the two output formats.
//!
//! Every string that reaches the page goes through one of these functions, whether it
//! came from the caller (free-text medication names, recall text) or from the crate's
//! own tables: one path for everything is easier to check than a list of exceptions.
//!
//! - HTML: the five characters with meaning in markup (`&`, `<`, `>`, `"`, `'`) become
//!   character references. The same function serves text and (double-quoted) attribute
//!   values, so a value can never close its attribute or open a tag. Control characters
//!   that HTML forbids (and that XML, for the inline SVG, rejects) become U+FFFD.
//! - Markdown: `<`, `>` and `&` become character references, so no raw HTML or entity
//!   can be formed; the punctuation that could open emphasis, a link, an image, code or
//!   strikethrough (`\\`, `` ` ``, `*`, `_`, `[`, `]`, `~`) is escaped with a backslash,
//!   and so is a leading `#`, `-`, `+`, `=` or `!` that could start a block; line breaks
//!   become spaces so a value stays inside its paragraph, list item or table cell; `|`
//!   is escaped so a value cannot split a table cell. (A bare `https://…` in caller text
//!   may still be turned into a link by a GitHub-flavoured renderer; it cannot become
//!   markup.)

use std::fmt::Write as _;

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

/// Appends `s` to `out`, escaped as inline Markdown text (paragraphs, list items and
/// table cells alike).
pub(crate) fn push_markdown(out: &mut String, s: &str) {
    let mut chars = s.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let at_start = std::mem::replace(&mut first, false);
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
            '\n' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' | '!' if at_start => {
                out.push('\\');
                out.push(c);
            }
            c if is_forbidden_control(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// `s` escaped as inline Markdown text.
pub(crate) fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_markdown(&mut out, s);
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
