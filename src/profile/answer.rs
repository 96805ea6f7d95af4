//! Yes, no or unknown.

use crate::error::text_enum;

/// A yes/no answer that may also be unknown (not asked, or the person is not sure).
///
/// JSON form: `"yes"`, `"no"`, `"unknown"`. The default is `Unknown`.
///
/// # Examples
///
/// ```
/// use legcramps::Answer;
///
/// assert!(Answer::default().is_unknown());
/// assert_eq!(Answer::from(true), Answer::Yes);
/// assert_eq!("no".parse::<Answer>()?, Answer::No);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known or not asked.
    #[default]
    Unknown,
}

text_enum!(Answer, field = "answer", what = "answer", {
    Yes => "yes",
    No => "no",
    Unknown => "unknown",
});

impl Answer {
    /// `true` only for [`Answer::Yes`].
    pub const fn is_yes(self) -> bool {
        matches!(self, Answer::Yes)
    }

    /// `true` only for [`Answer::No`].
    pub const fn is_no(self) -> bool {
        matches!(self, Answer::No)
    }

    /// `true` only for [`Answer::Unknown`].
    pub const fn is_unknown(self) -> bool {
        matches!(self, Answer::Unknown)
    }
}

impl From<bool> for Answer {
    fn from(yes: bool) -> Self {
        if yes { Answer::Yes } else { Answer::No }
    }
}
