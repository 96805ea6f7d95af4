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

/// [`is_separator`] for an ASCII byte (`char::is_whitespace` there is tab, line feed,
/// vertical tab, form feed, carriage return and space).
const fn is_ascii_separator(b: u8) -> bool {
    matches!(
        b,
        b'\t'
            | b'\n'
            | 0x0B
            | 0x0C
            | b'\r'
            | b' '
            | b','
            | b';'
            | b'('
            | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'"'
            | b'#'
            | b'&'
            | b'|'
            | b'<'
            | b'>'
            | b'='
            | b'!'
            | b'?'
    )
}

/// For each byte value: it is not ASCII, or it is an [`is_ascii_separator`] byte. Any
/// other byte inside a token just extends the token.
static ENDS_ASCII_RUN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = !c.is_ascii() || is_ascii_separator(c);
        b += 1;
    }
    t
};

/// Splits `text` into tokens.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    Tokens::new(text).collect()
}

/// The tokens of a text, one at a time: the tokenizer keeps no per-token state, so a
/// caller can read a text of any length through a bounded window. Cloning it is cheap
/// and gives a cursor that reads on from the same place.
#[derive(Debug, Clone)]
pub(crate) struct Tokens<'a> {
    text: &'a str,
    /// Byte offset of the next character to read.
    pos: usize,
    seps: Seps,
    // The gap before the next token: how many characters, and whether it is one space.
    gap_len: usize,
    gap_space: bool,
    tok_start: Option<usize>,
    done: bool,
}

impl<'a> Tokens<'a> {
    /// A tokenizer at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Tokens {
            text,
            pos: 0,
            seps: Seps::default(),
            gap_len: 0,
            gap_space: false,
            tok_start: None,
            done: false,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.done {
            return None;
        }
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            // Inside a token, ASCII that is no separator just extends it: skip the whole
            // run of such bytes at once.
            if self.tok_start.is_some() && !ENDS_ASCII_RUN[usize::from(b)] {
                let rest = bytes.get(self.pos..).unwrap_or_default();
                self.pos += rest
                    .iter()
                    .position(|&b| ENDS_ASCII_RUN[usize::from(b)])
                    .unwrap_or(rest.len());
                continue;
            }
            let i = self.pos;
            // ASCII (the usual case) is read by bytes; other characters are decoded.
            let c = if b.is_ascii() {
                self.pos += 1;
                char::from(b)
            } else {
                let Some(c) = self.text.get(i..).and_then(|t| t.chars().next()) else {
                    break;
                };
                self.pos += c.len_utf8();
                c
            };
            if is_separator(c) {
                let mut out = None;
                if let Some(s) = self.tok_start.take() {
                    out = Some(make(self.text, s, i, self.seps));
                    self.seps = Seps::default();
                    self.gap_len = 0;
                }
                match c {
                    ',' => self.seps.comma = true,
                    ';' => self.seps.semicolon = true,
                    '(' | '[' | '{' => self.seps.open = true,
                    ')' | ']' | '}' => self.seps.close = true,
                    '#' => self.seps.hash = true,
                    '&' => self.seps.amp = true,
                    c if c.is_whitespace() => {}
                    _ => self.seps.other = true,
                }
                self.gap_space = self.gap_len == 0 && c == ' ';
                self.gap_len = self.gap_len.saturating_add(1);
                if out.is_some() {
                    return out;
                }
            } else if self.tok_start.is_none() {
                self.tok_start = Some(i);
                self.seps.single_space = self.gap_len == 1 && self.gap_space;
            }
        }
        self.done = true;
        self.tok_start
            .take()
            .map(|s| make(self.text, s, self.text.len(), self.seps))
    }
}

fn make(text: &str, from: usize, to: usize, before: Seps) -> Token<'_> {
    let raw = text.get(from..to).unwrap_or("");
    let (lead, core) = if raw.is_ascii() {
        // For ASCII, `char::is_alphanumeric` is `u8::is_ascii_alphanumeric`.
        let b = raw.as_bytes();
        let lead = b
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .unwrap_or(b.len());
        let end = b
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .map_or(lead, |e| e + 1);
        (lead, raw.get(lead..end).unwrap_or(""))
    } else {
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        (lead, raw.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let start = from + lead;
    Token {
        raw,
        core,
        start,
        end: start + core.len(),
        before,
    }
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
    fn ascii_separators_are_the_separators() {
        for b in 0u8..128 {
            assert_eq!(is_ascii_separator(b), is_separator(char::from(b)), "{b}");
        }
    }

    #[test]
    fn single_space_is_recorded() {
        let toks = tokenize("a b  c");
        assert!(toks[1].before.single_space);
        assert!(!toks[2].before.single_space);
    }
}
