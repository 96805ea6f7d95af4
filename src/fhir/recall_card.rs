//! A CDS Hooks card for a drug-recall match.

use crate::recall::{
    LotBasis, LotNumber, NdcBasis, Recall, RecallClass, RecallMatch, RecallSource,
};

use super::{Card, CardLink, CardSource, Indicator, LinkType, Summary, Text, Uri, ValidationError};

/// The card indicator for an FDA recall class:
///
/// | class | meaning (FDA) | indicator |
/// |---|---|---|
/// | I | may cause serious harm or death | `critical` |
/// | II | temporary or reversible harm | `warning` |
/// | III | not likely to cause harm | `info` |
/// | not known | — | `warning` |
///
/// An unknown class (the built-in Sandoz recall's class was not found in any source)
/// gets `warning`: the product *is* recalled, so `info` would understate it, and
/// `critical` would claim a class I hazard nobody has stated.
pub(crate) fn recall_indicator(class: Option<RecallClass>) -> Indicator {
    match class {
        Some(RecallClass::ClassI) => Indicator::Critical,
        Some(RecallClass::ClassII) | None => Indicator::Warning,
        Some(RecallClass::ClassIII) => Indicator::Info,
    }
}

/// Free text from a recall as inline Markdown that stays inside its list item: the
/// report's escaping (line breaks become spaces; block and inline markers, `<`, `&`
/// and `|` are escaped; invisible format characters become visible markers), which
/// also leaves only FHIR-valid whitespace.
fn markdown_text(s: &str) -> String {
    crate::report::escape::markdown(s)
}

fn class_words(class: Option<RecallClass>) -> &'static str {
    match class {
        Some(c) => c.as_fda_str(),
        None => "class not known",
    }
}

/// A CDS Hooks card for a recall match: `hit` as returned by a
/// [`RecallRegistry`](crate::RecallRegistry) lookup for `lot`, and `recall`, the
/// registry's entry for `hit.recall`.
///
/// - `indicator` from the FDA class: class I (may cause serious harm or death) →
///   `critical`, class II (temporary or reversible harm) → `warning`, class III (not
///   likely to cause harm) → `info`; a class not known → `warning` (the product *is*
///   recalled, so `info` would understate it, and `critical` would claim a class I
///   hazard nobody has stated);
/// - `summary`: the NDC, the lot and the class, such as
///   `Recalled: NDC 0185-0022-01, lot JX6411 (Class II)`, plus the firm when
///   it fits in fewer than 140 characters;
/// - `detail` (markdown): product, FDA recall number, firm, reason, class, status,
///   report date, and how the NDC and lot matched;
/// - `source`: for a built-in recall, its first source (the FDA announcement for the
///   Sandoz recall); for openFDA data, the openFDA drug enforcement API, with a link
///   to the record by recall number.
///
/// # Errors
///
/// A [`ValidationError`] if a URL in the recall's data is not a valid URI.
///
/// # Examples
///
/// ```
/// use legcramps::recall::{LotNumber, Ndc, RecallRegistry};
/// use legcramps::fhir::{self, Indicator};
///
/// let registry = RecallRegistry::with_builtins();
/// let lot: LotNumber = "JX6411".parse()?;
/// let check = registry.lookup(&"0185-0022-01".parse::<Ndc>()?, &lot);
/// let hit = &check.matches[0];
/// let recall = registry.get(hit.recall).ok_or("listed")?;
/// let card = fhir::recall_card(recall, hit, &lot)?;
/// assert_eq!(card.indicator(), Indicator::Warning); // Class II (D-0753-2022)
/// assert_eq!(card.summary(),
///            "Recalled: NDC 0185-0022-01, lot JX6411 (Class II) - Sandoz Inc.");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn recall_card(
    recall: &Recall,
    hit: &RecallMatch,
    lot: &LotNumber,
) -> Result<Card, ValidationError> {
    let class = class_words(recall.class);
    let base = format!("Recalled: NDC {}, lot {lot} ({class})", hit.ndc);
    let firm = crate::report::escape::plain_line(&recall.firm);
    let with_firm = format!("{base} - {firm}");
    let summary = if !firm.is_empty() && Summary::new(with_firm.clone()).is_ok() {
        with_firm
    } else if Summary::new(base.clone()).is_ok() {
        base
    } else {
        format!("Recalled: NDC {} (see the lot in the detail)", hit.ndc)
    };

    let ndc_match = match hit.ndc_basis {
        NdcBasis::Package => "the recall names this package",
        NdcBasis::Product => "the recall names this product (every package)",
        NdcBasis::UnconfirmedReading => {
            "the recall names this package only as one reading of a 10-digit code without \
             hyphens, and nothing else in the record confirms that reading"
        }
        NdcBasis::OtherPackage => "the recall names another package of this product",
    };
    let lot_match = match &hit.lot {
        LotBasis::ExactLot => "the recall lists this lot".to_owned(),
        LotBasis::LotRange { first, last } => {
            format!(
                "the lot is in the recalled range {} to {}",
                markdown_text(first.as_str()),
                markdown_text(last.as_str())
            )
        }
        LotBasis::AllLots => "the recall covers every lot".to_owned(),
    };
    // An empty product would leave `****`, which Markdown reads as a rule.
    let product = match markdown_text(&recall.product) {
        p if p.is_empty() => "(the record describes no product)".to_owned(),
        p => p,
    };
    let mut detail = format!("**{product}**\n");
    match &recall.recall_number {
        Some(n) => detail.push_str(&format!(
            "\n- FDA recall number: {}",
            markdown_text(n.as_str())
        )),
        None => detail.push_str("\n- FDA recall number: not known"),
    }
    detail.push_str(&format!("\n- Firm: {}", markdown_text(&recall.firm)));
    detail.push_str(&format!("\n- Reason: {}", markdown_text(&recall.reason)));
    detail.push_str(&format!("\n- FDA classification: {class}"));
    if let Some(status) = &recall.status {
        detail.push_str(&format!(
            "\n- Status: {}",
            markdown_text(status.as_fda_str())
        ));
    }
    if let Some(date) = recall.report_date {
        detail.push_str(&format!("\n- Enforcement report date: {date}"));
    }
    detail.push_str(&format!("\n- NDC {}: {ndc_match}", hit.ndc));
    detail.push_str(&format!(
        "\n- Lot {}: {lot_match}",
        markdown_text(lot.as_str())
    ));
    detail.push_str("\n\nCheck the NDC and lot printed on the package against this recall.");

    let (source, links) = match recall.source {
        RecallSource::Builtin(id) => {
            let row = id.info();
            let url = row
                .sources
                .first()
                .map(|&(url, _)| Uri::new(url))
                .transpose()?;
            let source = CardSource {
                label: Text::new(format!("Recall notice: {}", row.firm))?,
                url,
                topic: None,
            };
            (source, Vec::new())
        }
        RecallSource::OpenFda { .. } => {
            let source = CardSource {
                label: Text::lit("openFDA drug enforcement reports"),
                url: Some(Uri::lit("https://open.fda.gov/apis/drug/enforcement/")),
                topic: None,
            };
            let links = match &recall.recall_number {
                Some(n) => vec![CardLink {
                    label: Text::new(format!("openFDA record {n}"))?,
                    url: Uri::new(format!(
                        "https://api.fda.gov/drug/enforcement.json?search=recall_number:%22{n}%22"
                    ))?,
                    kind: LinkType::Absolute,
                }],
                None => Vec::new(),
            };
            (source, links)
        }
    };
    Ok(Card {
        uuid: None,
        summary: Summary::new(summary)?,
        detail: Some(Text::new(detail)?),
        indicator: recall_indicator(recall.class),
        source,
        links,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_escapes_and_cleans() {
        // Markers escaped, the no-break space kept as a reference, the control
        // character shown as U+FFFD, the line break a space.
        assert_eq!(
            markdown_text("a*b_c\u{a0}d\u{7}e\nf"),
            "a\\*b\\_c&#xA0;d\u{FFFD}e f"
        );
    }
}
