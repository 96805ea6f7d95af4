//! Drug-recall lookups: NDC and lot-number types, openFDA enforcement data, the
//! built-in Sandoz orphenadrine recall and a fast recall registry.

mod ndc;

mod lot;

mod openfda;

mod builtin;

mod registry;
