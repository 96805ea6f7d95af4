//! The one place a catalog is declared: a single list of `Variant => row` pairs gives the
//! table, its length, the id list and the total row lookup, so they cannot drift.

/// Declares a catalog from one list of `Variant => row` pairs.
///
/// Emits the const array `$ARRAY` (length `$COUNT`), the static slice `$TABLE` over it
/// (in list order), and on the id type the constant `ALL` (same order) and the lookup
/// `$row_fn`, an exhaustive `match`: an id without a row, or a row listed twice, fails to
/// compile (non-exhaustive match / unreachable pattern under `-D warnings`).
macro_rules! catalog {
    (
        $(#[$meta:meta])*
        $vis:vis static $TABLE:ident: [$Row:ty] by $Id:ident;
        $array_vis:vis const $ARRAY:ident: [_; $COUNT:ident];
        $(#[$all_meta:meta])*
        $all_vis:vis const ALL;
        $(#[$row_meta:meta])*
        $row_vis:vis fn $row_fn:ident;
        { $( $V:ident => $row:expr ),+ $(,)? }
    ) => {
        /// The number of rows in the catalog.
        #[allow(dead_code)]
        $array_vis const $COUNT: usize = [$( $Id::$V ),+].len();

        /// The catalog's rows, in list order.
        #[allow(dead_code, reason = "read through the static, which some catalogs read only in tests")]
        $array_vis const $ARRAY: [$Row; $COUNT] = [$( $row ),+];

        $(#[$meta])*
        $vis static $TABLE: &[$Row] = &$ARRAY;

        impl $Id {
            $(#[$all_meta])*
            $all_vis const ALL: &'static [$Id] = &[$( $Id::$V ),+];

            $(#[$row_meta])*
            $row_vis fn $row_fn(self) -> &'static $Row {
                match self {
                    $( $Id::$V => {
                        const ROW: $Row = $row;
                        &ROW
                    } )+
                }
            }
        }
    };
}

pub(crate) use catalog;
