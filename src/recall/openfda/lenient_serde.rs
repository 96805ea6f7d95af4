//! serde readers for openFDA's loosely typed fields: text that may come as a list,
//! lists that may come as one string, `YYYYMMDD` dates, digit-string ids, and booleans
//! that may be strings. Each reader names the field and the value when it refuses one.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use super::number_class_status::RecallStatus;

/// A string, a list of strings (joined by one space), or null.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a list of strings")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = String::new();
        while let Some(item) = seq.next_element::<String>()? {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&item);
        }
        Ok(Some(out))
    }
}

pub(crate) fn de_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(d.deserialize_any(TextVisitor)?.unwrap_or_default())
}

pub(crate) fn de_opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(d.deserialize_any(TextVisitor)?
        .filter(|s| !s.trim().is_empty()))
}

/// [`TextVisitor`] borrowing the text where the JSON allows (a string without escapes):
/// the same inputs, read into a `Cow` instead of a `String`.
struct CowTextVisitor;

impl<'de> Visitor<'de> for CowTextVisitor {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        TextVisitor.expecting(f)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        TextVisitor.visit_str(v).map(|t| t.map(Cow::Owned))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        TextVisitor.visit_string(v).map(|t| t.map(Cow::Owned))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        TextVisitor.visit_seq(seq).map(|t| t.map(Cow::Owned))
    }
}

/// [`de_text`], borrowing the text where it can.
pub(crate) fn de_text_cow<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'de, str>, D::Error> {
    Ok(d.deserialize_any(CowTextVisitor)?.unwrap_or_default())
}

/// [`de_opt_text`], borrowing the text where it can.
pub(crate) fn de_opt_text_cow<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Cow<'de, str>>, D::Error> {
    Ok(d.deserialize_any(CowTextVisitor)?
        .filter(|s| !s.trim().is_empty()))
}

/// Checks what [`de_opt_text`] reads, keeping nothing: for a text the reader passes on
/// unread (it fails where [`de_opt_text`] fails).
pub(crate) fn check_text<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    d.deserialize_any(CowTextVisitor).map(drop)
}

/// [`TextVisitor`] for a status: the same inputs, parsed from the borrowed text (no
/// String for the usual lone string); blank text is no status.
struct StatusVisitor;

impl StatusVisitor {
    fn judge<E: de::Error>(t: &str) -> Result<Option<RecallStatus>, E> {
        if t.trim().is_empty() {
            Ok(None)
        } else {
            t.parse().map(Some).map_err(E::custom)
        }
    }
}

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = Option<RecallStatus>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        TextVisitor.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Self::judge(v)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        match TextVisitor.visit_seq(seq)? {
            Some(t) => Self::judge(&t),
            None => Ok(None),
        }
    }
}

pub(crate) fn de_status<'de, D: Deserializer<'de>>(d: D) -> Result<Option<RecallStatus>, D::Error> {
    d.deserialize_any(StatusVisitor)
}

/// A list of strings; a lone string is a one-item list; null is empty.
struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of strings or a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(vec![v.to_owned()])
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<String>()? {
            out.push(item);
        }
        Ok(out)
    }
}

pub(crate) fn de_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    d.deserialize_any(ListVisitor)
}

/// Checks what [`de_list`] reads, keeping nothing.
pub(crate) fn check_list<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    d.deserialize_any(ListVisitor).map(drop)
}

/// A boolean, `"true"`/`"false"`, or a list of those.
#[derive(Deserialize)]
#[serde(untagged)]
enum BoolItem {
    Bool(bool),
    Text(String),
}

impl BoolItem {
    fn get<E: de::Error>(self) -> Result<bool, E> {
        match self {
            BoolItem::Bool(b) => Ok(b),
            BoolItem::Text(t) => match t.trim().to_ascii_lowercase().as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(E::custom(format_args!(
                    "invalid is_original_packager {t:?}: expected true or false"
                ))),
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum BoolOrList {
    One(BoolItem),
    Many(Vec<BoolItem>),
}

pub(crate) fn de_bools<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<bool>, D::Error> {
    match Option::<BoolOrList>::deserialize(d)? {
        None => Ok(Vec::new()),
        Some(BoolOrList::One(b)) => Ok(vec![b.get()?]),
        Some(BoolOrList::Many(v)) => v.into_iter().map(BoolItem::get).collect(),
    }
}

/// Checks what [`de_bools`] reads, keeping nothing.
pub(crate) fn check_bools<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    de_bools(d).map(drop)
}

/// `event_id`: openFDA writes a string of digits; a JSON number is read too.
struct EventIdVisitor;

impl Visitor<'_> for EventIdVisitor {
    type Value = Option<u64>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event id (digits)")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        u64::try_from(v).map(Some).map_err(|_| {
            E::custom(format_args!(
                "invalid event_id {v}: expected a whole number of 0 or more"
            ))
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let t = v.trim();
        if t.is_empty() {
            return Ok(None);
        }
        if !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(E::custom(format_args!(
                "invalid event_id {v:?}: expected digits"
            )));
        }
        t.parse()
            .map(Some)
            .map_err(|_| E::custom(format_args!("invalid event_id {v:?}: too large")))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

pub(crate) fn de_event_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    d.deserialize_any(EventIdVisitor)
}

/// Parses `YYYYMMDD` (openFDA) or `YYYY-MM-DD` (this crate's JSON).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    eight_digits(s).unwrap_or_else(|| parse_date_text(s))
}

/// [`parse_date`] on any text (trimmed first).
fn parse_date_text(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    let b = t.as_bytes();
    let (y, m, d) = match b.len() {
        8 => (t.get(0..4)?, t.get(4..6)?, t.get(6..8)?),
        10 if b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') => {
            (t.get(0..4)?, t.get(5..7)?, t.get(8..10)?)
        }
        _ => return None,
    };
    let num = |x: &str| -> Option<u32> {
        if x.bytes().all(|c| c.is_ascii_digit()) {
            x.parse().ok()
        } else {
            None
        }
    };
    let year = i32::try_from(num(y)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(m)?, num(d)?)
}

/// `Some(date or None)` when `s` is exactly eight ASCII digits (openFDA's usual form),
/// read as [`parse_date`] reads them; `None` for any other text.
fn eight_digits(s: &str) -> Option<Option<NaiveDate>> {
    let digits: [u8; 8] = s.as_bytes().try_into().ok()?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |from: usize, to: usize| {
        digits
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    // At most 9999: no overflow.
    let year = i32::try_from(n(0, 4)).ok()?;
    Some(NaiveDate::from_ymd_opt(year, n(4, 6), n(6, 8)))
}

/// What a lenient date field holds, read from the borrowed text where it can be (no
/// String for the usual `YYYYMMDD`): nothing, a date, or text that is no date.
enum DateText {
    Empty,
    Date(NaiveDate),
    Bad(String),
}

impl DateText {
    fn judge(t: &str) -> DateText {
        // The usual eight digits first: they are no blank text.
        if let Some(ymd) = eight_digits(t) {
            return ymd.map_or_else(|| DateText::Bad(t.to_owned()), DateText::Date);
        }
        if t.trim().is_empty() {
            DateText::Empty
        } else {
            parse_date(t).map_or_else(|| DateText::Bad(t.to_owned()), DateText::Date)
        }
    }
}

/// [`TextVisitor`] for a date: the same inputs, read into a [`DateText`].
struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = DateText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        TextVisitor.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(DateText::judge(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(DateText::Empty)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(DateText::Empty)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Ok(TextVisitor
            .visit_seq(seq)?
            .map_or(DateText::Empty, |t| DateText::judge(&t)))
    }
}

fn de_opt_date_named<'de, D: Deserializer<'de>>(
    d: D,
    field: &'static str,
) -> Result<Option<NaiveDate>, D::Error> {
    match d.deserialize_any(DateVisitor)? {
        DateText::Empty => Ok(None),
        DateText::Date(date) => Ok(Some(date)),
        DateText::Bad(t) => Err(de::Error::custom(format_args!(
            "invalid {field} {t:?}: expected a date written YYYYMMDD"
        ))),
    }
}

pub(crate) fn de_initiation_date<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDate>, D::Error> {
    de_opt_date_named(d, "recall_initiation_date")
}

pub(crate) fn de_classification_date<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDate>, D::Error> {
    de_opt_date_named(d, "center_classification_date")
}

pub(crate) fn de_termination_date<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDate>, D::Error> {
    de_opt_date_named(d, "termination_date")
}

pub(crate) fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    de_opt_date_named(d, "report_date")?.ok_or_else(|| {
        de::Error::custom("invalid report_date \"\": expected a date written YYYYMMDD")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_forms() {
        assert_eq!(parse_date("20240229"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_date("20230229"), None);
        assert_eq!(parse_date("2024022"), None);
        assert_eq!(parse_date("2024+02-29"), None);
        assert_eq!(parse_date("-2024-1-29"), None);
    }

    proptest::proptest! {
        /// The eight-digit reading is the general one.
        #[test]
        fn eight_digits_read_as_any_date_text(s in "[0-9]{8}|[0-9 +-]{6,10}") {
            proptest::prop_assert_eq!(parse_date(&s), parse_date_text(&s));
            if let Some(ymd) = eight_digits(&s) {
                proptest::prop_assert_eq!(ymd, parse_date_text(&s));
            }
        }
    }
}
