//! The one implementation of the `TryFrom` family shared by the bounded-integer
//! newtypes ([`PainScore`](crate::PainScore), [`Age`](crate::Age),
//! [`Trimester`](crate::Trimester), [`CrampDuration`](crate::CrampDuration)).

/// Implements, for a newtype `$ty($inner)` whose `$check(i64)` validates a value:
/// `TryFrom<i64>` (calling `$check`), `TryFrom<T>` for each narrower integer `T` (widened
/// to `i64` first, so every width gives the same answer and the same error), and
/// `From<$ty> for $inner`.
macro_rules! bounded_int {
    ($ty:ident($inner:ty), $check:path, [$($from:ty),* $(,)?]) => {
        impl TryFrom<i64> for $ty {
            type Error = $crate::ValidationError;

            /// # Errors
            ///
            /// A [`ValidationError`](crate::ValidationError) when the value is out of range.
            fn try_from(value: i64) -> Result<Self, Self::Error> {
                $check(value)
            }
        }

        $(
            impl TryFrom<$from> for $ty {
                type Error = $crate::ValidationError;

                /// # Errors
                ///
                /// As for `TryFrom<i64>`.
                fn try_from(value: $from) -> Result<Self, Self::Error> {
                    $check(i64::from(value))
                }
            }
        )*

        impl From<$ty> for $inner {
            fn from(value: $ty) -> $inner {
                value.0
            }
        }
    };
}

pub(crate) use bounded_int;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::{Age, CrampDuration, PainScore, Trimester};

    #[test]
    fn ranges_are_the_documented_ones() {
        // pain 0..=10 (NRS), age 0..=130 (Age::MAX_YEARS), trimester 1..=3
        assert!(PainScore::try_from(10u8).is_ok() && PainScore::try_from(11u8).is_err());
        assert!(PainScore::try_from(-1i32).is_err());
        assert!(Age::try_from(130u8).is_ok() && Age::try_from(131u8).is_err());
        assert!(Trimester::try_from(0u8).is_err() && Trimester::try_from(4u8).is_err());
        assert!((1u8..=3).all(|t| Trimester::try_from(t).is_ok()));
    }

    proptest! {
        #[test]
        fn every_width_gives_the_i64_answer(v in any::<i32>()) {
            let wide = i64::from(v);
            prop_assert_eq!(PainScore::try_from(v), PainScore::try_from(wide));
            prop_assert_eq!(Age::try_from(v), Age::try_from(wide));
            prop_assert_eq!(Trimester::try_from(v), Trimester::try_from(wide));
            prop_assert_eq!(CrampDuration::try_from(v), CrampDuration::try_from(wide));
            if let Ok(b) = u8::try_from(v) {
                prop_assert_eq!(PainScore::try_from(b), PainScore::try_from(wide));
                prop_assert_eq!(Age::try_from(b), Age::try_from(wide));
                prop_assert_eq!(Trimester::try_from(b), Trimester::try_from(wide));
            }
            if let Ok(u) = u32::try_from(v) {
                prop_assert_eq!(CrampDuration::try_from(u), CrampDuration::try_from(wide));
            }
        }
    }
}
