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

/// A separator byte: ASCII whitespace (what `char::is_whitespace` is in ASCII: tab, line
/// feed, vertical tab, form feed, carriage return and space) or one of the punctuation
/// marks above. The only other separators are Unicode whitespace characters.
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

/// What an ASCII byte is to the tokenizer: no separator ([`IN_TOKEN`]), or a separator
/// with the [`Seps`] flag it sets (whitespace sets none).
const IN_TOKEN: u8 = 0;
const WHITE: u8 = 1;
const COMMA: u8 = 2;
const SEMICOLON: u8 = 3;
const OPEN: u8 = 4;
const CLOSE: u8 = 5;
const HASH: u8 = 6;
const AMP: u8 = 7;
const OTHER: u8 = 8;
/// Not ASCII: the character is decoded to tell (only Unicode whitespace separates).
const WIDE: u8 = 9;

/// [`IN_TOKEN`] .. [`WIDE`] for each byte value.
static BYTE_KIND: [u8; 256] = {
    let mut t = [IN_TOKEN; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if !c.is_ascii() {
            WIDE
        } else if !is_ascii_separator(c) {
            IN_TOKEN
        } else {
            match c {
                b',' => COMMA,
                b';' => SEMICOLON,
                b'(' | b'[' | b'{' => OPEN,
                b')' | b']' | b'}' => CLOSE,
                b'#' => HASH,
                b'&' => AMP,
                b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => WHITE,
                _ => OTHER,
            }
        };
        b += 1;
    }
    t
};

/// For each byte value: alphanumeric ASCII (what a token's core starts and ends with).
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
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
    /// Byte offset of the next character to read: the start of the text or the end of
    /// the last token, so a call reads one gap and then one token.
    pos: usize,
}

impl<'a> Tokens<'a> {
    /// A tokenizer at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Tokens { text, pos: 0 }
    }

    /// The character at byte `at` (a character boundary) when it is not ASCII.
    fn wide_char(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|t| t.chars().next())
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.text.as_bytes();
        let mut pos = self.pos;
        // The gap: separators, each setting its flag.
        let mut seps = Seps::default();
        let mut gap_len = 0usize;
        let mut first_is_space = false;
        loop {
            let Some(&b) = bytes.get(pos) else {
                self.pos = pos;
                return None;
            };
            let kind = BYTE_KIND[usize::from(b)];
            let width = match kind {
                IN_TOKEN => break,
                WIDE => match self.wide_char(pos) {
                    Some(c) if c.is_whitespace() => c.len_utf8(),
                    _ => break,
                },
                WHITE => 1,
                COMMA => {
                    seps.comma = true;
                    1
                }
                SEMICOLON => {
                    seps.semicolon = true;
                    1
                }
                OPEN => {
                    seps.open = true;
                    1
                }
                CLOSE => {
                    seps.close = true;
                    1
                }
                HASH => {
                    seps.hash = true;
                    1
                }
                AMP => {
                    seps.amp = true;
                    1
                }
                _ => {
                    seps.other = true;
                    1
                }
            };
            if gap_len == 0 {
                first_is_space = b == b' ';
            }
            gap_len += 1;
            pos += width;
        }
        seps.single_space = gap_len == 1 && first_is_space;
        // The token: up to the next separator or the end of the text.
        let start = pos;
        let mut ascii = true;
        loop {
            let rest = bytes.get(pos..).unwrap_or_default();
            pos += rest
                .iter()
                .position(|&b| BYTE_KIND[usize::from(b)] != IN_TOKEN)
                .unwrap_or(rest.len());
            let Some(&b) = bytes.get(pos) else {
                break;
            };
            if BYTE_KIND[usize::from(b)] != WIDE {
                break;
            }
            match self.wide_char(pos) {
                Some(c) if !c.is_whitespace() => {
                    ascii = false;
                    pos += c.len_utf8();
                }
                _ => break,
            }
        }
        self.pos = pos;
        Some(make(self.text, start, pos, seps, ascii))
    }
}

fn make(text: &str, from: usize, to: usize, before: Seps, ascii: bool) -> Token<'_> {
    let raw = text.get(from..to).unwrap_or("");
    let (lead, core) = if ascii {
        // For ASCII, `char::is_alphanumeric` is `u8::is_ascii_alphanumeric`.
        let b = raw.as_bytes();
        let lead = b
            .iter()
            .position(|&x| ALNUM[usize::from(x)])
            .unwrap_or(b.len());
        let end = b
            .iter()
            .rposition(|&x| ALNUM[usize::from(x)])
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

    /// Any separator character: the module's definition, read one character at a time.
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

    /// The tokenizer as it was before it read a gap and a token per call: one character
    /// per turn, with the gap's state kept between calls. The oracle for the faster one.
    fn tokenize_by_chars(text: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        let (mut seps, mut gap_len, mut gap_space) = (Seps::default(), 0usize, false);
        let mut tok_start: Option<usize> = None;
        let emit = |s: usize, e: usize, seps: Seps| {
            let raw = &text[s..e];
            let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            Token {
                raw,
                core,
                start: s + lead,
                end: s + lead + core.len(),
                before: seps,
            }
        };
        for (i, c) in text.char_indices() {
            if is_separator(c) {
                if let Some(s) = tok_start.take() {
                    out.push(emit(s, i, seps));
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
                gap_len += 1;
            } else if tok_start.is_none() {
                tok_start = Some(i);
                seps.single_space = gap_len == 1 && gap_space;
            }
        }
        if let Some(s) = tok_start {
            out.push(emit(s, text.len(), seps));
        }
        out
    }

    type Seen<'a> = Vec<(&'a str, &'a str, usize, usize, Seps)>;

    fn seen(tokens: Vec<Token<'_>>) -> Seen<'_> {
        tokens
            .into_iter()
            .map(|t| (t.raw, t.core, t.start, t.end, t.before))
            .collect()
    }

    proptest::proptest! {
        /// The tokenizer gives the tokens, spans and separator flags of the reading by
        /// characters, on recall-like text and on any text.
        #[test]
        fn tokens_are_those_read_by_chars(
            text in proptest::prop_oneof![
                "[A-Za-z0-9 ,;()#&:./*\"|-]{0,40}",
                "[a1 ,\\(\u{a0}\u{2003}\u{ff21}\u{e9}#.-]{0,24}",
                ".{0,24}",
            ]
        ) {
            proptest::prop_assert_eq!(seen(tokenize(&text)), seen(tokenize_by_chars(&text)));
        }
    }

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
