//! Effect sizes (odds ratios, sequence ratios) with their intervals, as data.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Citation;
use crate::ValidationError;

/// What kind of ratio an [`EffectSize`] is.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::EffectKind;
///
/// assert_eq!(serde_json::to_string(&EffectKind::SequenceRatio)?, "\"sequence_ratio\"");
/// assert_eq!(EffectKind::OddsRatio.abbreviation(), "OR");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EffectKind {
    /// An odds ratio from a case-control or cross-sectional comparison.
    OddsRatio,
    /// An adjusted sequence ratio from a prescription sequence symmetry analysis
    /// ([`Citation::Garrison2012`]): how much more often cramp treatment starts in the
    /// year after a drug is begun than in the year before. It is not an odds ratio of
    /// having cramps.
    SequenceRatio,
}

impl EffectKind {
    /// The usual short label: `"OR"` or `"ASR"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::EffectKind;
    ///
    /// assert_eq!(EffectKind::SequenceRatio.abbreviation(), "ASR");
    /// ```
    pub fn abbreviation(self) -> &'static str {
        match self {
            EffectKind::OddsRatio => "OR",
            EffectKind::SequenceRatio => "ASR",
        }
    }
}

/// What kind of 95 % interval surrounds an [`EffectSize`] estimate.
///
/// Most studies report a confidence interval; the Bayesian analysis of
/// [`Citation::Delacour2020`] reports a credibility interval.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::IntervalKind;
///
/// assert_eq!(serde_json::to_string(&IntervalKind::Credibility95)?, "\"credibility_95\"");
/// assert_eq!(IntervalKind::Confidence95.abbreviation(), "95% CI");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum IntervalKind {
    /// A 95 % confidence interval.
    #[serde(rename = "confidence_95")]
    Confidence95,
    /// A 95 % credibility (credible) interval from a Bayesian model.
    #[serde(rename = "credibility_95")]
    Credibility95,
}

impl IntervalKind {
    /// The usual short label: `"95% CI"` or `"95% CrI"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::IntervalKind;
    ///
    /// assert_eq!(IntervalKind::Credibility95.abbreviation(), "95% CrI");
    /// ```
    pub fn abbreviation(self) -> &'static str {
        match self {
            IntervalKind::Confidence95 => "95% CI",
            IntervalKind::Credibility95 => "95% CrI",
        }
    }
}

/// A ratio with its 95 % interval, as a source reports it.
///
/// The fields are public to read. Outside this crate a value is built with
/// [`EffectSize::new`] (the struct is `#[non_exhaustive]`) or by deserializing, and both
/// check it; after changing a field, [`EffectSize::validate`] checks it again. A value is
/// *valid* when every number is finite and above zero, `low <= estimate <= high`, and
/// `significant` says exactly whether the interval leaves out 1.0 (a row whose interval
/// touches 1.0, like Garrison-2012's loop diuretics at 1.00-1.44, is not significant).
/// The crate's own tables are checked by tests.
///
/// # Examples
///
/// ```
/// use legcramps::evidence::{Citation, EffectKind, EffectSize, IntervalKind};
///
/// // Abdulla-1999: peripheral vascular disease, OR 2.9 (95% CI 1.89-4.55).
/// let pad = EffectSize::new(
///     EffectKind::OddsRatio,
///     IntervalKind::Confidence95,
///     2.9,
///     1.89,
///     4.55,
///     Citation::Abdulla1999,
/// )?;
/// assert!(pad.significant);
/// assert_eq!(pad.to_string(), "OR 2.9 (95% CI 1.89-4.55)");
///
/// let json = serde_json::to_string(&pad)?;
/// assert_eq!(serde_json::from_str::<EffectSize>(&json)?, pad);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawEffectSize")]
#[non_exhaustive]
pub struct EffectSize {
    /// Odds ratio or sequence ratio.
    pub kind: EffectKind,
    /// Confidence or credibility interval.
    pub interval: IntervalKind,
    /// The point estimate.
    pub estimate: f64,
    /// The lower end of the 95 % interval.
    pub low: f64,
    /// The upper end of the 95 % interval.
    pub high: f64,
    /// Whether the interval leaves out 1.0 (no effect).
    pub significant: bool,
    /// Where the figure comes from.
    pub citation: Citation,
}

// An [`EffectSize`] that breaks one of its rules is reported as a `ValidationError`
// naming the field (`"estimate"`, `"low"`, `"high"` or `"significant"`), the rejected
// value and the rule.
fn effect_error(
    field: &'static str,
    value: impl fmt::Display,
    problem: impl Into<String>,
) -> ValidationError {
    ValidationError::invalid(field, format!("effect size {field}"), value, problem)
}

impl EffectSize {
    /// Builds an effect size, working out `significant` from the interval.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when a number is not finite or not above zero, or when
    /// `low <= estimate <= high` does not hold.
    /// The error names the field (`"estimate"`, `"low"`, `"high"` or
    /// `"significant"`) and the rejected value:
    ///
    /// ```
    /// use legcramps::evidence::{Citation, EffectKind, EffectSize, IntervalKind};
    ///
    /// let err = EffectSize::new(
    ///     EffectKind::OddsRatio,
    ///     IntervalKind::Confidence95,
    ///     2.0,
    ///     2.5,
    ///     3.0,
    ///     Citation::Abdulla1999,
    /// )
    /// .unwrap_err();
    /// assert_eq!((err.field(), err.value()), ("low", "2.5"));
    /// assert_eq!(err.to_string(), "invalid effect size low 2.5: must not be above the estimate 2");
    /// ```
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::{Citation, EffectKind, EffectSize, IntervalKind};
    ///
    /// // Garrison-2012, loop diuretics: ASR 1.20 (1.00-1.44), not significant.
    /// let loop_ = EffectSize::new(
    ///     EffectKind::SequenceRatio,
    ///     IntervalKind::Confidence95,
    ///     1.20,
    ///     1.00,
    ///     1.44,
    ///     Citation::Garrison2012,
    /// )?;
    /// assert!(!loop_.significant);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        kind: EffectKind,
        interval: IntervalKind,
        estimate: f64,
        low: f64,
        high: f64,
        citation: Citation,
    ) -> Result<Self, ValidationError> {
        let effect = EffectSize {
            kind,
            interval,
            estimate,
            low,
            high,
            significant: low > 1.0 || high < 1.0,
            citation,
        };
        effect.validate()?;
        Ok(effect)
    }

    /// Checks the rules listed on [`EffectSize`].
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming the first field that breaks a rule.
    ///
    /// # Examples
    ///
    /// ```
    /// use legcramps::evidence::{Citation, EffectKind, EffectSize, IntervalKind};
    ///
    /// let mut e = EffectSize::new(
    ///     EffectKind::OddsRatio,
    ///     IntervalKind::Confidence95,
    ///     1.96,
    ///     1.28,
    ///     3.03,
    ///     Citation::Abdulla1999,
    /// )?;
    /// e.significant = false;
    /// assert_eq!(e.validate().unwrap_err().field(), "significant");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self) -> Result<(), ValidationError> {
        for (field, value) in [
            ("estimate", self.estimate),
            ("low", self.low),
            ("high", self.high),
        ] {
            if !value.is_finite() {
                return Err(effect_error(field, value, "must be a finite number"));
            }
            if value <= 0.0 {
                return Err(effect_error(field, value, "a ratio must be above zero"));
            }
        }
        if self.low > self.estimate {
            return Err(effect_error(
                "low",
                self.low,
                format!("must not be above the estimate {}", self.estimate),
            ));
        }
        if self.high < self.estimate {
            return Err(effect_error(
                "high",
                self.high,
                format!("must not be below the estimate {}", self.estimate),
            ));
        }
        let excludes_one = self.low > 1.0 || self.high < 1.0;
        if self.significant != excludes_one {
            let problem = if excludes_one {
                "the interval leaves out 1.0, so the effect is significant"
            } else {
                "the interval includes 1.0, so the effect is not significant"
            };
            return Err(effect_error("significant", self.significant, problem));
        }
        Ok(())
    }
}

impl fmt::Display for EffectSize {
    /// Writes e.g. `ASR 2.42 (95% CI 2.02-2.89)`, plus `, not significant` when the
    /// interval includes 1.0.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({} {}-{})",
            self.kind.abbreviation(),
            self.estimate,
            self.interval.abbreviation(),
            self.low,
            self.high
        )?;
        if !self.significant {
            f.write_str(", not significant")?;
        }
        Ok(())
    }
}

/// The unchecked shape that deserialization reads before validating.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffectSize {
    kind: EffectKind,
    interval: IntervalKind,
    estimate: f64,
    low: f64,
    high: f64,
    significant: bool,
    citation: Citation,
}

impl TryFrom<RawEffectSize> for EffectSize {
    type Error = ValidationError;

    fn try_from(raw: RawEffectSize) -> Result<Self, Self::Error> {
        let effect = EffectSize {
            kind: raw.kind,
            interval: raw.interval,
            estimate: raw.estimate,
            low: raw.low,
            high: raw.high,
            significant: raw.significant,
            citation: raw.citation,
        };
        effect.validate()?;
        Ok(effect)
    }
}

/// Shorthand for catalog rows: an effect with a 95 % confidence interval.
pub(crate) const fn ci95(
    kind: EffectKind,
    estimate: f64,
    low: f64,
    high: f64,
    significant: bool,
    citation: Citation,
) -> EffectSize {
    EffectSize {
        kind,
        interval: IntervalKind::Confidence95,
        estimate,
        low,
        high,
        significant,
        citation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_finite_and_non_positive() {
        let bad = |est: f64, low: f64, high: f64| {
            EffectSize::new(
                EffectKind::OddsRatio,
                IntervalKind::Confidence95,
                est,
                low,
                high,
                Citation::Abdulla1999,
            )
            .unwrap_err()
        };
        assert_eq!(
            bad(f64::NAN, 1.0, 2.0).to_string(),
            "invalid effect size estimate NaN: must be a finite number"
        );
        assert_eq!(
            bad(1.5, 0.0, 2.0).to_string(),
            "invalid effect size low 0: a ratio must be above zero"
        );
        assert_eq!(
            bad(1.5, 1.0, f64::INFINITY).to_string(),
            "invalid effect size high inf: must be a finite number"
        );
        assert_eq!(
            bad(3.0, 1.0, 2.0).to_string(),
            "invalid effect size high 2: must not be below the estimate 3"
        );
    }

    #[test]
    fn deserialization_checks_significance() {
        let json = r#"{"kind":"sequence_ratio","interval":"confidence_95","estimate":1.2,
            "low":1.0,"high":1.44,"significant":true,"citation":"Garrison-2012"}"#;
        let err = serde_json::from_str::<EffectSize>(json).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "invalid effect size significant true: the interval includes 1.0, so the effect is not significant"
            ),
            "{err}"
        );
    }

    #[test]
    fn display_marks_non_significant() {
        let e = ci95(
            EffectKind::SequenceRatio,
            1.20,
            1.00,
            1.44,
            false,
            Citation::Garrison2012,
        );
        assert_eq!(e.to_string(), "ASR 1.2 (95% CI 1-1.44), not significant");
    }
}
