//! A small tokenizer for recall free text, shared by lot extraction.
//!
//! Tokens are runs of characters between separators (whitespace and `, ; ( ) [ ] { } " # &
//! | < > = ! ?`). Each token remembers which separators came before it, so callers can
//! tell list commas from clause breaks. One pass, linear in the text.

/// Separators seen between two tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Seps {
    /// A `,`.
    pub comma: bool,
    /// A `;`.
    pub semicolon: bool,
    /// An opening bracket `(`, `[` or `{`.
    pub open: bool,
    /// A closing bracket `)`, `]` or `}`.
    pub close: bool,
    /// A `#`.
    pub hash: bool,
    /// A `&`.
    pub amp: bool,
    /// Any other separator character (quotes, `|`, `=`, …).
    pub other: bool,
    /// Exactly one space and nothing else.
    pub single_space: bool,
}

impl Seps {
    /// A break that ends a clause: `,`, `;` or a bracket.
    pub fn breaks_clause(self) -> bool {
        self.comma || self.semicolon || self.open || self.close
    }
}

/// One token with its byte span in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    /// The characters between separators, as written.
    pub raw: &'a str,
    /// `raw` without leading and trailing characters that are not letters or digits.
    pub core: &'a str,
    /// Byte offset of `core` in the text.
    pub start: usize,
    /// Byte offset just past `core`.
    pub end: usize,
    /// Separators between the previous token and this one.
    pub before: Seps,
}

impl Token<'_> {
    /// The raw text ends with a full stop (`expiry.`), not counting what `core` keeps.
    pub fn ends_with_period(&self) -> bool {
        self.raw.ends_with('.')
    }

    /// The raw text ends with a colon (`Lot:`), marking a label.
    pub fn ends_with_colon(&self) -> bool {
        self.raw.trim_end_matches(['.', '*']).ends_with(':')
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '"'
                | '#'
                | '&'
                | '|'
                | '<'
                | '>'
                | '='
                | '!'
                | '?'
        )
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut seps = Seps::default();
    // The gap before the next token: how many characters, and whether it is one space.
    let mut gap_len = 0usize;
    let mut gap_space = false;
    let mut tok_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_separator(c) {
            if let Some(s) = tok_start.take() {
                push(text, s, i, seps, &mut out);
                seps = Seps::default();
                gap_len = 0;
            }
            match c {
                ',' => seps.comma = true,
                ';' => seps.semicolon = true,
                '(' | '[' | '{' => seps.open = true,
                ')' | ']' | '}' => seps.close = true,
                '#' => seps.hash = true,
                '&' => seps.amp = true,
                c if c.is_whitespace() => {}
                _ => seps.other = true,
            }
            gap_space = gap_len == 0 && c == ' ';
            gap_len = gap_len.saturating_add(1);
        } else if tok_start.is_none() {
            tok_start = Some(i);
            seps.single_space = gap_len == 1 && gap_space;
        }
    }
    if let Some(s) = tok_start {
        push(text, s, text.len(), seps, &mut out);
    }
    out
}

fn push<'a>(text: &'a str, from: usize, to: usize, before: Seps, out: &mut Vec<Token<'a>>) {
    let raw = text.get(from..to).unwrap_or("");
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let start = from + lead;
    out.push(Token {
        raw,
        core,
        start,
        end: start + core.len(),
        before,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_separators_and_keeps_inner_punctuation() {
        let toks = tokenize("Lot #: 5M02ST*, 04262018:09 (b)L300263; ZD-078-19.");
        let cores: Vec<&str> = toks.iter().map(|t| t.core).collect();
        assert_eq!(
            cores,
            [
                "Lot",
                "",
                "5M02ST",
                "04262018:09",
                "b",
                "L300263",
                "ZD-078-19"
            ]
        );
        assert!(toks[1].before.hash);
        assert!(toks[3].before.comma);
        assert!(toks[4].before.open);
        assert!(toks[5].before.close);
        assert!(toks[6].before.semicolon);
        assert!(toks[6].ends_with_period());
    }

    #[test]
    fn single_space_is_recorded() {
        let toks = tokenize("a b  c");
        assert!(toks[1].before.single_space);
        assert!(!toks[2].before.single_space);
    }
}
