//! The instants the crate accepts: those every output can write.

use chrono::{DateTime, Datelike, FixedOffset};

use crate::ValidationError;

/// The furthest a UTC offset may be from UTC, in seconds: 14 hours. FHIR's `dateTime`
/// grammar stops there, and so do the time zones in use (UTC−12:00 to UTC+14:00).
const MAX_OFFSET_SECS: i32 = 14 * 3600;

/// Checks that `t` can be written by every output: its local year is 0001–9999 (the
/// four-digit years of FHIR's `dateTime` and of the report's dates) and its UTC offset
/// is a whole number of minutes within 14 hours of UTC (FHIR writes `±hh:mm`, up to
/// `+14:00`; chrono accepts up to `±23:59:59`, which no time zone in use has).
///
/// `field` and `what` name the value in the error, as for any [`ValidationError`].
pub(crate) fn check_instant(
    field: &'static str,
    what: &'static str,
    t: DateTime<FixedOffset>,
) -> Result<(), ValidationError> {
    let offset = t.offset().local_minus_utc();
    let problem = if !(1..=9999).contains(&t.year()) {
        "the year must be from 0001 to 9999"
    } else if offset % 60 != 0 {
        "the UTC offset must be a whole number of minutes"
    } else if offset.abs() > MAX_OFFSET_SECS {
        "the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)"
    } else {
        return Ok(());
    };
    // RFC 3339 rounds an offset to minutes; show the seconds the caller gave.
    let shown = if offset % 60 == 0 {
        t.to_rfc3339()
    } else {
        t.format("%Y-%m-%dT%H:%M:%S%.f%::z").to_string()
    };
    Err(ValidationError::invalid(field, what, shown, problem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn accepts_what_fhir_can_write() {
        for ok in [
            "0001-01-01T00:00:00+00:00",
            "9999-12-31T23:59:59+00:00",
            "2026-11-28T03:12:00+14:00",
            "2026-11-28T03:12:00-14:00",
            "2026-11-28T03:12:00+05:45",
        ] {
            assert_eq!(
                check_instant("start", "episode start", at(ok)),
                Ok(()),
                "{ok}"
            );
        }
    }

    #[test]
    fn rejects_what_fhir_cannot_write() {
        let err = |s| {
            check_instant("start", "episode start", at(s))
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            err("2026-11-28T03:12:00+23:59"),
            "invalid episode start 2026-11-28T03:12:00+23:59: the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)"
        );
        assert_eq!(
            err("2026-11-28T03:12:00+14:01"),
            "invalid episode start 2026-11-28T03:12:00+14:01: the UTC offset must be within 14 hours of UTC (-14:00 to +14:00)"
        );
        assert_eq!(
            err("0000-06-01T03:12:00+00:00"),
            "invalid episode start 0000-06-01T03:12:00+00:00: the year must be from 0001 to 9999"
        );
        // RFC 3339 has no seconds in offsets; build one directly.
        let lmt = FixedOffset::east_opt(1172).unwrap(); // Amsterdam LMT, +00:19:32
        let t = at("1900-01-01T00:00:00+00:00").with_timezone(&lmt);
        assert_eq!(
            check_instant("as_of", "as_of", t).unwrap_err().to_string(),
            "invalid as_of 1900-01-01T00:19:32+00:19:32: the UTC offset must be a whole number of minutes"
        );
    }
}
