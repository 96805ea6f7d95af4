//! The medication resolver: from a medication string as an EHR, a pharmacy label or a
//! person writes it to the catalog ingredients it holds.
//!
//! The rules are documented on [`resolve_medication`].

use serde::Serialize;

use super::words::{
    CODE_PREFIXES, DOSE_FORMS, JOINERS, KNOWN_OTHER_INGREDIENTS, LABEL_TAIL_WORDS, LABEL_WORDS,
    MODIFIERS, SALTS, SPECIAL_PRODUCTS, UNITS,
};
use super::{MEDICATIONS, MedicationId, normalized_eq};

/// One catalog ingredient found in a medication string.
///
/// # Examples
///
/// ```
/// use legcramps::{resolve_medication, MedicationId};
///
/// let r = resolve_medication("Horizant 600 mg ER tablet");
/// let i = r.ingredients[0];
/// assert_eq!(i.id, MedicationId::Gabapentin);
/// assert_eq!(i.substance, "gabapentin enacarbil");
/// assert_eq!(i.rxnorm, None); // not gabapentin's 25480
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Ingredient {
    /// The catalog row whose clinical story the ingredient belongs to.
    pub id: MedicationId,
    /// The substance: the row's generic name, or the substance a special product
    /// holds (e.g. `"gabapentin enacarbil"` for Horizant).
    pub substance: &'static str,
    /// The substance's verified RxNorm ingredient RxCUI, if there is one.
    pub rxnorm: Option<&'static str>,
}

impl Ingredient {
    fn of(id: MedicationId) -> Ingredient {
        let row = id.info();
        Ingredient {
            id,
            substance: row.generic,
            rxnorm: row.rxnorm,
        }
    }
}

/// What a medication string resolved to: see [`resolve_medication`].
///
/// # Examples
///
/// ```
/// use legcramps::{resolve_medication, MedicationId};
///
/// let r = resolve_medication("Fluticasone / Salmeterol 250 mcg/50 mcg inhaler");
/// assert_eq!(r.ids().collect::<Vec<_>>(), [MedicationId::Salmeterol]);
/// assert_eq!(r.unrecognised, ["Fluticasone"]);
/// assert!(!r.is_recognised());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Resolution {
    /// The catalog ingredients, in order of first appearance, each once.
    pub ingredients: Vec<Ingredient>,
    /// Known ingredients that are not catalog rows (e.g. `"caffeine"` in Norgesic).
    pub other_ingredients: Vec<&'static str>,
    /// The parts of the text that are not recognised, as written.
    pub unrecognised: Vec<String>,
}

impl Resolution {
    /// The catalog ids of the [`ingredients`](Resolution::ingredients), each once.
    pub fn ids(&self) -> impl Iterator<Item = MedicationId> + '_ {
        self.ingredients
            .iter()
            .enumerate()
            .filter(|(i, x)| {
                !self
                    .ingredients
                    .get(..*i)
                    .is_some_and(|seen| seen.iter().any(|y| y.id == x.id))
            })
            .map(|(_, x)| x.id)
    }

    /// `true` when something was found and no part is left unrecognised.
    ///
    /// A string that holds only a strength or a dose form (`"100 mg tablet"`) names
    /// no medicine and is not recognised.
    pub fn is_recognised(&self) -> bool {
        self.unrecognised.is_empty()
            && !(self.ingredients.is_empty() && self.other_ingredients.is_empty())
    }

    /// Whether the string resolved to the catalog row `id`.
    pub fn contains(&self, id: MedicationId) -> bool {
        self.ingredients.iter().any(|i| i.id == id)
    }

    fn push(&mut self, i: Ingredient) {
        if !self.ingredients.contains(&i) {
            self.ingredients.push(i);
        }
    }

    fn push_other(&mut self, name: &'static str) {
        if !self.other_ingredients.contains(&name) {
            self.other_ingredients.push(name);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A word that may be (part of) a name.
    Word,
    /// A number.
    Number,
    /// A strength, unit, dose form, modifier or label word.
    Noise,
    /// A joiner between the parts of a combination.
    Joiner,
    /// The start of a label's firm-and-address text: reading stops.
    Tail,
}

#[derive(Debug)]
struct Token {
    start: usize,
    end: usize,
    key: String,
    kind: Kind,
}

fn is_joiner_char(c: char) -> bool {
    matches!(c, '/' | '+' | '&' | ',' | ';')
}

fn classify(key: &str) -> Kind {
    if key.chars().all(|c| c.is_ascii_digit()) {
        return Kind::Number;
    }
    let noise = |w: &str| {
        UNITS.contains(&w)
            || DOSE_FORMS.contains(&w)
            || MODIFIERS.contains(&w)
            || LABEL_WORDS.contains(&w)
    };
    if JOINERS.contains(&key) {
        return Kind::Joiner;
    }
    if LABEL_TAIL_WORDS.contains(&key) {
        return Kind::Tail;
    }
    if noise(key) {
        return Kind::Noise;
    }
    // A strength written without a space: digits then a unit or modifier (`324mg`,
    // `24hr`).
    let digits = key.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let rest = key.get(digits..).unwrap_or("");
        if UNITS.contains(&rest) || MODIFIERS.contains(&rest) {
            return Kind::Noise;
        }
    }
    Kind::Word
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let close = |out: &mut Vec<Token>, s: usize, e: usize| {
        let key: String = text
            .get(s..e)
            .unwrap_or("")
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        let kind = classify(&key);
        out.push(Token {
            start: s,
            end: e,
            key,
            kind,
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            close(&mut out, s, i);
        }
        if is_joiner_char(c) {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                key: String::new(),
                kind: Kind::Joiner,
            });
        }
    }
    if let Some(s) = start {
        close(&mut out, s, text.len());
    }
    out
}

/// What a run of words names.
enum Named {
    Special(&'static super::words::SpecialProduct),
    Row(MedicationId),
    Other(&'static str),
}

fn name_for(key: &str) -> Option<Named> {
    if let Some(p) = SPECIAL_PRODUCTS.iter().find(|p| normalized_eq(key, p.name)) {
        return Some(Named::Special(p));
    }
    if let Some(row) = MEDICATIONS
        .iter()
        .find(|row| row.names().any(|n| normalized_eq(key, n)))
    {
        return Some(Named::Row(row.id));
    }
    KNOWN_OTHER_INGREDIENTS
        .iter()
        .find(|n| normalized_eq(key, n))
        .map(|n| Named::Other(n))
}

/// The longest name starting at word `i`: how many words it takes and what it names.
fn longest_name(tokens: &[Token], i: usize) -> Option<(usize, Named)> {
    const MAX_WORDS: usize = 4;
    let words = tokens
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take(MAX_WORDS)
        .take_while(|t| t.kind == Kind::Word)
        .count();
    (1..=words).rev().find_map(|n| {
        let key: String = tokens
            .get(i..i + n)?
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        name_for(&key).map(|named| (n, named))
    })
}

/// A bare RxCUI (optionally after `RxCUI` / `RxNorm`): the row whose verified
/// ingredient code it is, or `None` when the text is not of that shape.
fn by_code(text: &str, tokens: &[Token]) -> Option<Resolution> {
    let number = match tokens {
        [n] if n.kind == Kind::Number => n,
        [p, n] if CODE_PREFIXES.contains(&p.key.as_str()) && n.kind == Kind::Number => n,
        _ => return None,
    };
    let mut r = Resolution::default();
    match MEDICATIONS
        .iter()
        .find(|row| row.rxnorm == Some(number.key.as_str()))
    {
        Some(row) => r.push(Ingredient::of(row.id)),
        None => r.unrecognised.push(text.trim().to_owned()),
    }
    Some(r)
}

/// Resolves a medication string to the catalog ingredients it holds.
///
/// Handles strengths and units, dose forms, release modifiers, salts and esters,
/// RxNorm clinical-drug and branded-drug names, brand names with a suffix, combination
/// products (every part is resolved; the parts not known are listed as
/// [`Resolution::unrecognised`]), and verified ingredient RxCUIs.
///
/// The rules, in order:
///
/// 1. **Codes.** A string that is only a number, optionally after `RxCUI` or `RxNorm`,
///    is an RxNorm code: it resolves to the row whose *verified* ingredient RxCUI it is
///    (clinical.md §7.2, §9.1), and is not recognised otherwise.
/// 2. **Words.** The text is cut into words (runs of letters and digits, lower-cased);
///    `/ + & , ;` and the words `and`, `with`, `plus` join the parts of a combination.
///    Everything else (spaces, `.`, `-`, brackets, `®`) only separates words.
/// 3. **Noise.** Numbers, strengths (`324`, `12.5mg`, `24HR`), units, dose forms,
///    release modifiers (`ER`, `XL`, `CD`, `Extended Release`, `Forte`) and label words
///    (`USP`, `Rx only`, `NDC`) are dropped wherever they appear.
/// 4. **Names.** At each remaining word the longest run of up to four adjacent words
///    whose letters, joined, equal a name exactly is taken: first the special products
///    (Norgesic, Horizant), then every catalog name (generic, other names, brands), then
///    known non-catalog ingredients (caffeine). Salts and esters are read as part of the
///    name only right after it (`quinine bisulfate`, `diltiazem hydrochloride`).
///    Reading stops at the words that start a label's firm-and-address text
///    (`Manufactured by`, `Distributed by`, `Mfd. for`, `Made in`).
/// 5. **The rest.** Words left over form the parts "not recognised", one per stretch
///    between joiners and names, reported as the caller wrote them.
///
/// There is no edit distance, no prefix or suffix match and no guess: `quinapril`,
/// `quinidine`, `Somatropin`, `Norco` and `calcium carbonate` stay unrecognised.
///
/// Linear in the length of the text (each word is tried against the fixed name tables
/// at most four times).
///
/// # Examples
///
/// ```
/// use legcramps::{resolve_medication, MedicationId};
///
/// let ids = |s: &str| resolve_medication(s).ids().collect::<Vec<_>>();
/// assert_eq!(ids("Quinine sulfate 324 MG Oral Capsule"), [MedicationId::Quinine]);
/// assert_eq!(ids("Qualaquin 324mg"), [MedicationId::Quinine]);
/// assert_eq!(ids("diltiazem hydrochloride 240 MG 24HR Extended Release Oral Capsule [Cardizem]"),
///            [MedicationId::Diltiazem]);
/// assert_eq!(ids("Cardizem CD"), [MedicationId::Diltiazem]);
/// assert_eq!(ids("Norgesic Forte"), [MedicationId::Orphenadrine, MedicationId::Aspirin]);
/// assert_eq!(ids("9071"), [MedicationId::Quinine]); // RxCUI of quinine
/// assert!(ids("quinapril 10 mg").is_empty());
/// assert!(!resolve_medication("Somatropin").is_recognised());
/// ```
pub fn resolve_medication(text: &str) -> Resolution {
    let tokens = tokenize(text);
    if let Some(r) = by_code(text, &tokens) {
        return r;
    }
    let mut r = Resolution::default();
    // The unrecognised stretch being collected: byte span of its first and last word.
    let mut run: Option<(usize, usize)> = None;
    let flush = |r: &mut Resolution, run: &mut Option<(usize, usize)>| {
        if let Some((s, e)) = run.take() {
            r.unrecognised
                .push(text.get(s..e).unwrap_or_default().to_owned());
        }
    };
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        match t.kind {
            Kind::Tail => break,
            Kind::Joiner => {
                flush(&mut r, &mut run);
                i += 1;
            }
            Kind::Noise | Kind::Number => i += 1,
            Kind::Word => match longest_name(&tokens, i) {
                Some((n, named)) => {
                    flush(&mut r, &mut run);
                    match named {
                        Named::Special(p) => {
                            for &(id, substance, rxnorm) in p.parts {
                                r.push(Ingredient {
                                    id,
                                    substance,
                                    rxnorm,
                                });
                            }
                            for o in p.others {
                                r.push_other(o);
                            }
                        }
                        Named::Row(id) => r.push(Ingredient::of(id)),
                        Named::Other(o) => r.push_other(o),
                    }
                    i += n;
                    while tokens
                        .get(i)
                        .is_some_and(|t| t.kind == Kind::Word && SALTS.contains(&t.key.as_str()))
                    {
                        i += 1;
                    }
                }
                None => {
                    run = Some(match run {
                        Some((s, _)) => (s, t.end),
                        None => (t.start, t.end),
                    });
                    i += 1;
                }
            },
        }
    }
    flush(&mut r, &mut run);
    r
}
