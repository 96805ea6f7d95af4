//! Lot extraction from an openFDA record's code text (first version: labelled lots).

use super::lot::{LotExtraction, LotNumber, LotWindow, WindowBasis};

/// Reads the lots, lot ranges and "all lots" scope from a recall's code text.
///
/// `text` is `code_info` joined with `more_code_info` with no separator (openFDA cuts
/// long `code_info` values mid-token and continues them in `more_code_info`).
///
/// # Examples
///
/// ```
/// use legcramps::recall::extract_lots;
///
/// let found = extract_lots("Lot # G177092, Exp. 11/24");
/// assert_eq!(found.lots.len(), 1);
/// assert_eq!(found.lots[0].as_str(), "G177092");
/// ```
pub fn extract_lots(text: &str) -> LotExtraction {
    let mut out = LotExtraction::default();
    let lower = text.to_lowercase();
    out.all_lots = lower.contains("all lots") || lower.contains("all lot ");
    if out.all_lots {
        out.all_lots_window = window(text);
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut after_label = false;
    for w in words {
        let lw = w.to_ascii_lowercase();
        let lw = lw.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if matches!(lw, "lot" | "lots" | "batch" | "lot#" | "lot#s") {
            after_label = true;
            continue;
        }
        if after_label && w.chars().any(|c| c.is_ascii_digit()) && !w.contains('/') {
            if let Ok(lot) = LotNumber::new(w) {
                if !out.lots.contains(&lot) {
                    out.lots.push(lot);
                }
            }
            after_label = false;
        }
    }
    out
}

/// First version: `between A and B` / `between A to B` after a basis word.
fn window(text: &str) -> Option<LotWindow> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let basis = if lower
        .iter()
        .any(|w| w.starts_with("distribut") || w.starts_with("ship"))
    {
        WindowBasis::Distributed
    } else {
        WindowBasis::Unspecified
    };
    let at = lower.iter().position(|w| w == "between")?;
    let mid = lower
        .iter()
        .skip(at + 1)
        .position(|w| w == "and" || w == "to")?
        + at
        + 1;
    let from = words.get(at + 1..mid)?.join(" ");
    let to_end = (mid + 3).min(words.len());
    let to = words
        .get(mid + 1..to_end)?
        .iter()
        .take_while(|w| w.chars().any(|c| c.is_ascii_digit()) || w.len() > 2)
        .take(2)
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([';', ',', '.'])
        .to_owned();
    Some(LotWindow::new(basis, Some(from), Some(to), text.trim()))
}
