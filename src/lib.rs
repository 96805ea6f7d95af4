//! # legcramps
//!
//! A pure library about nocturnal leg cramps (NLCs): typed models of cramp episodes,
//! diaries and the person's profile; catalogs of risk factors, medications,
//! conditions and remedies, every row cited; an explainable burden score, a
//! doctor-referral triage, a cramp-versus-look-alike discriminator and a remedy plan;
//! and drug-recall lookups by NDC and lot, including openFDA enforcement data.
//!
//! **This library supports decisions; it does not diagnose.** Its outputs are aids
//! for a conversation with a clinician. A red flag always raises the referral level,
//! whatever the score says.
//!
//! The library does no I/O of its own (readers are passed in), keeps no global state
//! and never reads the clock: every calculation that needs "now" takes an `as_of`
//! value from the caller.
//!
//! ## A short tour
//!
//! ```
//! use chrono::DateTime;
//! use legcramps::assess::{Urgency, assess};
//! use legcramps::recall::RecallRegistry;
//! use legcramps::{Answer, CrampEpisode, Diary, MedicationId, Muscle, Profile, Side, Symptoms};
//!
//! let as_of = DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")?;
//!
//! // The person: unknown answers stay unknown, they are never read as "no".
//! let profile = Profile::builder()
//!     .medication(MedicationId::Hydrochlorothiazide)
//!     .symptoms(Symptoms::builder().numbness(Answer::No).build())
//!     .build();
//!
//! // Their diary: one calf cramp that woke them two nights ago.
//! let cramp = CrampEpisode::builder(DateTime::parse_from_rfc3339("2026-11-26T03:10:00+01:00")?)
//!     .duration_minutes(4.0)
//!     .muscle(Muscle::Calf)
//!     .side(Side::Left)
//!     .pain(6)
//!     .woke(true)
//!     .in_bed_at_night(true)
//!     .build()?;
//! let diary = Diary::from_episodes([cramp]);
//!
//! // The assessment: a cited score, a referral level with reasons, the questions still
//! // to ask, what else it might be, and a plan.
//! let a = assess(&profile, &diary, as_of)?;
//! assert!(a.score.total <= 100);
//! // A thiazide diuretic may cause cramps (Garrison-2012): worth a medication review.
//! assert_eq!(a.referral.urgency, Urgency::Routine);
//! println!("{}", a.referral.urgency); // prints the JSON code: routine
//! assert_eq!(a.referral.urgency.to_string(), "routine");
//! assert!(a.referral.could_rise); // e.g. "has a cramp lasted over 10 minutes?" is unknown
//!
//! // Recall lookups: the 2022 Sandoz orphenadrine ER recall is built in.
//! let recalls = RecallRegistry::with_builtins();
//! assert!(recalls.lookup_str("0185-0022-01", "jx6411")?.is_recalled());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The JSON input and output of an assessment are described in [`assess::json`].
//!
//! ## API conventions
//!
//! - **One path per item.** The public modules [`assess`](mod@assess), [`evidence`], [`recall`] and
//!   `fhir` own their items (`legcramps::recall::RecallRegistry`,
//!   `legcramps::evidence::Citation`); the crate root re-exports none of them. The root
//!   holds the input models (cramp episodes, the diary, the profile and their
//!   builders), the catalogs (medications, conditions, risk factors, remedies), the
//!   report ([`Report`]), [`ValidationError`] and [`chrono`].
//! - **Ids and rows.** A catalog's id enum is `<Noun>Id` and its static row `<Noun>`,
//!   reached with the id's `info()`: [`MedicationId`] and [`Medication`],
//!   [`RiskFactorId`] and [`RiskFactor`], [`ConditionId`] and [`Condition`],
//!   [`RemedyId`] and [`Remedy`], [`recall::BuiltinRecallId`] and
//!   [`recall::BuiltinRecall`]. The id's `ALL` lists every id in table order
//!   ([`MedicationId::ALL`]), so the whole table is `ALL` mapped through `info()`. Ids
//!   serialize and deserialize; rows only serialize.
//! - **Errors** are named `<What>Error`. A rejected value of one field is a
//!   [`ValidationError`]: [`field()`](ValidationError::field) (as JSON spells it),
//!   [`value()`](ValidationError::value) and [`problem()`](ValidationError::problem);
//!   every error's `field()` returns `&str`.
//! - **Plain-data outputs and accessor types.** What the library hands back for
//!   reading (the parts of an assessment, recall answers such as
//!   [`recall::RecallCheck`], load reports, catalog rows, [`DiaryStats`]) is a
//!   `#[non_exhaustive]` struct with public fields and no getters; its methods compute
//!   something ([`recall::RecallCheck::is_recalled`]). Types that keep an invariant
//!   (validated newtypes such as [`PainScore`] and [`recall::Ndc`], builders,
//!   [`Profile`], [`Diary`], [`CrampEpisode`], the registry, errors) keep their fields
//!   private behind accessors; so do the FHIR documents (`fhir::Bundle`, `fhir::Card`,
//!   `fhir::Questionnaire`), whose JSON must stay valid FHIR.
//! - **Codes.** Every fieldless public enum has `as_str()`, and its `Display` writes
//!   the same text: its JSON code (`Urgency::Routine` is `routine`); `{:?}` is the Rust
//!   name. Wording for people, where there is any, is a method of its own
//!   ([`recall::RecallClass::as_fda_str`] gives `Class II`).
//! - **Builders** ([`Profile::builder`], [`CrampEpisode::builder`]) take the values as
//!   given; a builder that validates reports the first invalid value at `build()`.
//!
//! ## Sources
//!
//! Every clinical figure, rule and list carries a [`Citation`]; the full references are
//! reached through [`Citation::source`](evidence::Citation::source)
//! (every key: [`Citation::ALL`](evidence::Citation::ALL)). Where the consumer article the project started from
//! ([`Citation::Seed`]) disagrees with the studies, the studies win:
//!
//! - The article says about 30 % of adults have night cramps at least five times a
//!   month. Grandner-2017 found that about 30 % of US adults report *any* night cramps
//!   in the past month, and about **6 %** report them **five or more** times a month.
//! - The article's "at least 37 % of people over 60" matches the 37 % of Naylor-1994,
//!   which surveyed rest cramps in people aged 50 and over (rising to 54 % over 80).
//!   The defensible wording for older people is **about a third of those over 60**
//!   (CKS).
//!
//! ## Limits
//!
//! Input may come from anywhere, so every entry point is total: bad input gives a
//! typed error, never a panic, and no input makes the work super-linear. The limits
//! the library enforces, and what each gives:
//!
//! | What | Limit | Beyond it |
//! |---|---|---|
//! | Cramp duration | 1 s to 4 h ([`CrampDuration::MAX_SECS`]) | [`ValidationError`] for `duration_seconds` / `duration_minutes` |
//! | Pain score | 0 to 10 | [`ValidationError`] for `pain` |
//! | Hours per day | finite, 0 to 24 (NaN and infinities refused) | [`ValidationError`] for `hours_per_day` |
//! | Age | 0 to 130 years ([`Age::MAX_YEARS`]) | [`ValidationError`]; from a birth date, [`AssessError::Age`](assess::AssessError::Age) |
//! | Episode start, birth date | not after `as_of` | [`AssessError::EpisodeAfterAsOf`](assess::AssessError::EpisodeAfterAsOf), [`AssessError::BirthDateAfterAsOf`](assess::AssessError::BirthDateAfterAsOf) ([`InputError`](assess::InputError) from JSON) |
//! | Instants: episode start and end, `as_of` | local year 0001 to 9999; UTC offset a whole number of minutes, −14:00 to +14:00 | [`ValidationError`] for `start` (the end is start + duration); [`AssessError::AsOf`](assess::AssessError::AsOf) ([`InputError`](assess::InputError) at `as_of` or `diary.episodes[i]` from JSON) |
//! | Report window | 7 to 366 nights | [`ReportError::Window`] |
//! | JSON nesting | serde_json's limit of 128 levels, reached only where a field takes "any value" (e.g. `openfda.is_original_packager`); elsewhere the first level of the wrong type ends the read | [`InputError`](assess::InputError) (assessment input) or a skipped record ([`recall::SkippedRecord`]; [`recall::LoadErrorKind::BadRecord`] in strict mode) |
//! | Recall registry | fewer than 2^32 - 1 recalls, recalled lots, NDCs and bytes of lot text (lots over 16 bytes); per recall fewer than 2^31 - 1 NDCs and lots | [`recall::RegistryError::Full`], before anything is added |
//! | A rejected value repeated in an error | its first 100 characters; a message quoted from the JSON reader (which may quote the input, such as an unknown key): 1000 | cut, followed by the marker `…[N more bytes]` (a 10 MB NDC gives an error of a few hundred bytes) |
//! | openFDA envelope | `results` and `meta` each at most once | [`recall::LoadErrorKind::Shape`] |
//!
//! Why the instants are bounded: every output writes them, and FHIR's `dateTime`
//! writes four-digit years from 0001 and offsets to the minute within 14 hours. Each
//! case is rejected when read rather than written some other way: an offset beyond
//! ±14:00 (chrono accepts up to ±23:59:59) belongs to no time zone in use, and
//! writing the instant in UTC instead would change the local time the diary counts
//! nights by; an offset with seconds (old local mean times) has no RFC 3339 or FHIR
//! form; year 0000, and a cramp that would end in year 10000, have no FHIR form a
//! server accepts. So whatever [`AssessmentInput`](assess::AssessmentInput) accepts, the assessment, the
//! report (HTML and Markdown) and the FHIR [`fhir::bundle`] can all write.
//!
//! What each entry point costs as its input grows (*n* the input's size; figures
//! measured with the `recall` and `hostile` benchmarks, one run each on a shared
//! two-core machine that other builds kept busy, so only ratios within a run mean
//! much; the recall index hashes with foldhash keyed per registry from std's
//! `RandomState`, so a crafted file cannot force collisions):
//!
//! | Entry point | Time | Memory |
//! |---|---|---|
//! | [`recall::extract_lots`], [`recall::extract_ndcs`] | O(*n*) | the result, the text's NDC spans, and a window of a few hundred tokens; `extract_ndcs` holds at most twice the distinct codes (or 64) before its result is thinned |
//! | [`recall::read_enforcement`], [`recall::read_enforcement_slice`] | O(*n*) | one record's text at a time, plus what is kept |
//! | [`Recall::from_enforcement`](recall::Recall::from_enforcement) | O(*n*) in the record's text | the recall, plus while it is built: its NDC lists, which hold at most twice their distinct entries (they are thinned, each time they double, one cache-sized partition at a time), and a table of its lots' positions (8 bytes a slot) |
//! | [`RecallRegistry::add_openfda`], [`add_openfda_slice`](RecallRegistry::add_openfda_slice), [`add`](RecallRegistry::add), deserializing | O(*n*) work: under callgrind, each hostile record or text of the `hostile` bench takes 15.1 to 17.3 times the instructions at 16 MB that it takes at 1 MB (`scripts/linearity-instructions`; 17.3 for *k* bare 10-digit NDCs, whose readings are sorted). On 2 MB of ordinary generated records, 1.11x the time of a bare `serde_json::Value` parse of the same bytes from a slice (11.1 ms against 10.0 ms; the slice reader reads each record in place) and 1.25x from a reader (22.9 ms against 18.4 ms) (`recall`, ingest group, one run; 1.33x and 1.45x in an earlier run). Not linear in wall time across cache sizes: a record of *k* short items fills tables whose random accesses stay in the 32 MB last-level cache at 1 MB and not at 16 MB. In one run of every record row (`hostile`), 16 MB took 15x (records sharing one key) to 37x (one range beside *k* dated lots: 2.53 s, 69 ms at 1 MB) the 1 MB time: *k* ranges of one head 19x, records naming two products 21x, *k* distinct NDCs 21x, *k* bare 10-digit NDCs 21x, *k* half-dated lots 23x (1.9 s), *k* excluded lots 24x, serializing 25x, *k* NDCs × *k* lots 26x (1.0 s), *k* excluded ranges 31x; the 40,000-near-miss lookup of the records sharing one key 19x (11 ms at 16 MB: it writes 80,000 answer entries, 15 MB). From 4 MB, where most tables have left the cache, to 16 MB the same rows took 3.3x to 5.8x, but the near-miss lookup 6.1x, *k* NDCs × *k* lots 6.4x, *k* excluded ranges 7.2x and one range beside *k* dated lots 8.4x (linear is 4x). Rows whose code had not changed have moved between 12x and 36x from one run to another | O(*n*): one table slot (48 bytes, lots of up to 16 bytes held in it) per distinct (product, lot), its first hit inside, 24 bytes per further recall of the same (product, lot); per NDC name 28 bytes (a 24-byte product-map item and a 4-byte table place) plus 16 bytes for a recall naming several; 24 bytes per recall (its status, termination date and, when it names one package, that package); lot texts over 16 bytes once each, and each distinct lot expiry text once (shared with the answers); per lot range, besides its two lots in the recall, 8 bytes in a group of fewer than 16 ranges of one head and length, else a 24-byte interval, the text of its ends and 8 to 16 bytes of block and tree places, and 32 bytes per recall with ranges; whatever the number of NDCs a recall names (no NDC × lot product). Ordinary records (2 NDCs, 5 lots): 187.9 bytes per (NDC, lot) pair, recalls included, 1.8x their JSON (`recall`). Peak while reading one hostile record at 1, 4 and 16 MB: at most 7.6x its JSON (*k* NDCs × *k* lots), 6.1x (*k* distinct NDCs; 5.8x at 16 MB), 5.2x (records sharing one key) (`hostile`, one run; was 11.3x, 9.9x, 5.3x), 4.0x (*k* excluded lots), 5.9x (*k* ranges of one head, or *k* excluded ranges), 5.7x (records naming two products that share a lot). A record that is little more than one list of short items costs more than 8x: 13.4x for *k* lots of which half carry an expiry date and 16.6x for one range and *k* dated lots (each dated lot keeps its lot and its date text again in [`RecallDetail::lot_expiry`](recall::RecallDetail::lot_expiry), about 55 bytes for 10 bytes of JSON, beside its recalled lot (32 bytes and its text) and table slot), and 20.3x to 21.8x for *k* bare 10-digit NDCs (each read three ways, so three names for 16 bytes of JSON) |
//! | [`RecallRegistry::lookup`], [`lookup_str`](RecallRegistry::lookup_str), [`lookup_any`](RecallRegistry::lookup_any) | one hash probe per NDC reading (and one each for recalls naming no NDC or several products, when there are any), plus O(1) per recall that lists the lot (a recall naming several products is filed once, under none of them, so as not to store NDCs × lots: a lookup reads each such recall that lists the lot, whether or not it names the queried product, so records naming two products and all listing one lot make its lookup linear in their number: about 4,600 such records per MB took 41 µs a lookup at 1 MB and 0.67 ms at 16 MB (`hostile`, `wide_shared_lot`, one run)); for the ranges of the lot's head and length under the product, a read of each when they are fewer than 16, else O(log² *r*) and O(log *r*) per range that holds the lot (*r* such ranges, kept in sorted blocks); plus a binary search in the names of a recall naming several NDCs when the summary in its entry (up to three package codes) does not settle it; *m* recalls found are sorted, O(*m* log *m*), and a bare 10-digit code's readings are merged by one more sort when more than one finds anything. A plain hit reads the table's control bytes, one slot and the recall's 24-byte brief; it reads the recall itself only for a range, an all-lots scope, a recall that leaves lots out, has unconfirmed NDC readings, is built in or has an unusual status, and for a near miss when the recall names more than one package. Reading a recall's detail costs O(log) of its size: its excluded lots, unconfirmed NDC readings and lot expiries are binary-searched (the registry keeps those lists sorted), and its excluded ranges are filed like the ranges. One 1 MB record of about 100,000 excluded lots, 48,000 excluded ranges or ranges of one head, one range beside 100,000 dated lots, or 65,000 unconfirmed codes made each lookup that found it read all of them: 0.3 to 2 ms, four times that at 4 MB; now 0.4 to 0.6 µs at 1 MB and 0.5 to 0.9 µs at 16 MB (`hostile`, the `LOOKUPS` rows, one run). Measured (`recall`, one run, on a day the machine ran slower than before: the code before the range table, run an hour earlier, gave a random hit 2.6x the dependent read): a random hit over 1 M (NDC, lot) pairs 419 ns beside 179 ns for a dependent random read over a buffer as large in the same run (2.3x; 1.7x to 1.85x on quieter days); a cache-hot hit 76 ns at 1 k and 88 ns at 1 M pairs; a cache-hot miss 40 ns at 1 k and 46 ns at 1 M. Under callgrind (11,000 identical questions to a registry of about 1,000 ordinary records, less 1,000, divided by 10,000): 795 instructions per cache-hot hit, the drop of its answer included, and 468 per miss (820 and 474 before the range table) | the answer (one match is held in place; more, and near misses, in lists of their final size) |
//! | [`RecallRegistry::recalls_for`], [`recalls_for_product`](RecallRegistry::recalls_for_product) | O(names recalls give the product), then a sort | the answer |
//! | Serializing a [`RecallRegistry`] | O(*n*) | nothing beyond the serializer's own buffers: the recalls are written in place |
//!
//! Chosen **not** to be limited:
//!
//! - The openFDA loader ([`recall::read_enforcement`]) has no limit on document size,
//!   record size, nesting inside a record, or record count. It streams: memory is one
//!   record's text at a time, plus what the caller's callback keeps, plus in lenient
//!   mode one [`recall::SkippedRecord`] (index, recall number text, a one-line reason)
//!   per bad record. A record is cut out of the stream without recursion, so a deeply
//!   nested record is skipped (or fails a strict load), never overflows the stack.
//!   Callers that need a cap wrap their reader (`Read::take`).
//! - Text extraction ([`recall::extract_lots`], [`recall::extract_ndcs`]) takes text of
//!   any length in time linear in it: the work per token is bounded, and nothing is
//!   searched backwards. Lot extraction reads the tokens through a window of a few
//!   hundred, so its working memory does not grow with the text. (Benchmark `hostile`,
//!   one run: 16 MB hostile texts took 15 to 26 times as long as 1 MB ones, and 15.7
//!   to 16.0 times the instructions (`scripts/linearity-instructions`); the slowest,
//!   `extract_ndcs` passing over 16 MB of `Lot Lot …`, read 1.6 GB/s against 2.6 GB/s
//!   over 1 MB that stays in the cache. Peak memory, result included, was at most 8x the text for
//!   `extract_lots`. `extract_ndcs` thins its list each time it doubles, so its memory
//!   is at most twice the distinct codes found: under 0.01 MB on the hostile texts,
//!   which repeat a few codes, where it was 13x the text before.)
//! - The assessment input has no size limit; a diary of any length is read (the
//!   statistics look at the 30 days before `as_of`).
//! - [`Diary::push`] is amortised O(1) in any order: an out-of-order episode is set
//!   aside and sorted in, with all the others set aside, on the next read. (Benchmark
//!   `diary_push`, newest-first: 5 000 episodes 0.34 ms, 20 000 1.6 ms, against 40 ms
//!   and 580 ms when each was inserted in place.)
//!
//! ## Caller text in the outputs
//!
//! Text from outside (free-text medication names and recalled products in a report;
//! the firm, product, reason, status and lot of a recall record in a CDS Hooks card)
//! is shown, never obeyed. What every output guarantees about it:
//!
//! | Output | Guarantee |
//! |---|---|
//! | HTML report ([`Report::to_html`]) | The text is character data: `&`, `<`, `>`, `"`, `'` become character references, so it opens no element, closes no attribute and loads nothing; the page has the same elements, in the same order, whatever the text. Control characters HTML forbids become U+FFFD. Line breaks stay (HTML shows them as spaces). |
//! | Markdown report ([`Report::to_markdown`]) and a card's `detail` | Each value stays inline text inside the paragraph, list item or table cell it was put in: it cannot start a heading, list, quote, code block, rule or table, add a list item or a table cell, or open emphasis, strikethrough, code, a link, an image or raw HTML. To get there, `<`, `>`, `&` become character references; `\`, `` ` ``, `*`, `_`, `[`, `]`, `~` and `|` are escaped with a backslash, and so are a leading `#`, `-`, `+`, `=`, `!` and the `.` or `)` of a leading `1.` / `1)`; line breaks (LF, CR, U+0085, U+2028, U+2029) and tabs become spaces; a space at either end is written `&#32;`, and other whitespace (such as a no-break space) as a character reference. A CommonMark renderer shows the text as given, except that line breaks and tabs are spaces. (A GitHub-flavoured renderer may still turn a bare `https://…` into a link.) |
//! | A card's `summary` | One line of plain text, fewer than 140 characters: each run of whitespace, line breaks included, is one space; control characters become U+FFFD; the firm is left out when it does not fit. |
//! | FHIR resources ([`fhir::bundle`]) | The text is JSON data, kept as given except for what a FHIR string cannot hold: whitespace other than space, tab, CR and LF becomes a space, other control characters U+FFFD. A free-text medication name must show a visible character (the input rejects other names), so every name the input accepts can be written. |
//!
//! **Invisible format characters.** Bidi controls (U+202A–U+202E, U+2066–U+2069,
//! U+200E, U+200F, U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF),
//! the soft hyphen, tag characters and the other format characters that show nothing
//! are replaced, in the HTML, the Markdown and both parts of a card, by a visible
//! marker naming the code point, such as `[U+202E]` (`\[U+202E\]` in the Markdown
//! source). A marker rather than removal, because removing would change the text
//! without saying so; rather than a character reference, because a reference is
//! the same character again once rendered, and would still reorder or hide the text
//! around it. FHIR resources keep them: they are data, and a system that shows them
//! must escape them for its own display.
//!
//! ## Features
//!
//! - `fhir`: FHIR R4 resources and CDS Hooks cards.
//! - `fda-csv`: `recall::read_fda_csv` for the FDA Data Dashboard's recall CSV export
//!   (optional dependency `csv`).
//! - `arbitrary`: [`arbitrary::Arbitrary`](https://docs.rs/arbitrary/1) for the main
//!   input types ([`AssessmentInput`](assess::AssessmentInput), [`Profile`] and its parts, [`CrampEpisode`],
//!   [`Diary`], [`PainScore`], [`CrampDuration`], [`HoursPerDay`], [`Ndc`],
//!   [`LotNumber`], the id enums), so applications can fuzz with them. Every value is
//!   made through the validating constructors, so only valid values come out.
//! - `schema`: [`schemars::JsonSchema`](https://docs.rs/schemars/1) for
//!   [`AssessmentInput`](assess::AssessmentInput) (as serde reads it) and [`Assessment`](assess::Assessment) (as serde writes it)
//!   and every type inside them (optional dependency `schemars`). The validated
//!   newtypes carry their checks: ranges for [`PainScore`], [`CrampDuration`],
//!   [`HoursPerDay`], [`Age`] and [`Trimester`], the allowed strings of every text
//!   enum, a visible character for a [`MedicationName`], `additionalProperties: false`
//!   wherever unknown fields are rejected. The schemas generated from them are
//!   committed as `schema/assessment-input.schema.json` and
//!   `schema/assessment.schema.json` (JSON Schema 2020-12), for platforms that
//!   validate documents without Rust. A schema cannot compare two values, so an
//!   episode or a birth date after `as_of` passes it; only the library rejects those.
//!
//! Public dependency types: [`chrono`](https://docs.rs/chrono/0.4) dates and instants
//! appear in the API on purpose (they are the vocabulary of diaries) and the crate
//! re-exports it as [`legcramps::chrono`](crate::chrono), so callers use the same
//! version. Functions that take an instant accept anything that converts into
//! `DateTime<FixedOffset>` (a `DateTime<Utc>` as well); serde's traits
//! are implemented; serde_json's error type is never exposed (it is reachable only as
//! an error's `source`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The [`chrono`](https://docs.rs/chrono/0.4) crate this crate's API uses, re-exported so
/// that callers name the same version (the `clock` feature is off: this crate reads no
/// clock).
pub use chrono;

mod bounded;
mod table;

pub mod evidence;
// Crate-internal short paths; the public path is `evidence::…` only.
pub(crate) use evidence::{Citation, EffectKind, EffectSize, EvidenceLevel, IntervalKind};

// ---- models: episodes, diary, profile ----------------------------------------------

mod error;
mod json_codes;
pub use error::ValidationError;

mod episode;
pub use episode::{CrampDuration, CrampEpisode, CrampEpisodeBuilder, Muscle, PainScore, Side};

mod diary;
pub use diary::{Diary, DiaryStats, FrequencyThreshold, Trend};
pub(crate) use diary::{FREQUENT_PER_WEEK, MODERATE_SEVERE_PER_MONTH};

mod profile;
pub use profile::{
    Activity, ActivityBuilder, Age, AgeInfo, Answer, Exposures, ExposuresBuilder, FluidIntake,
    Footwear, HoursPerDay, LegSwelling, MedicationList, MedicationName, OtherMedication, Pregnancy,
    Profile, ProfileBuilder, QuinineContraindications, QuinineFor, Sex, Symptoms, SymptomsBuilder,
    Trimester,
};

// ---- catalogs: risk factors, medications, conditions, remedies ---------------------

mod factor;
pub use factor::{RiskFactor, RiskFactorId};

mod medication;
pub use medication::{
    DrugClass, Ingredient, Medication, MedicationId, MedicationRole, Resolution, lookup_medication,
    normalize_drug_name, resolve_medication,
};

mod condition;
pub use condition::{ComplaintCode, Condition, ConditionId};

mod remedy;
pub use remedy::{PregnancySuitability, Remedy, RemedyId, RemedyKind};

// ---- assessment: score, referral, differential, plan ------------------------------

pub mod assess;

// ---- report: doctor-visit page (HTML with SVG charts) and Markdown summary ---------

mod report;
pub use report::{RecalledMedication, Report, ReportError};

// ---- recall lookups: NDC, lots, openFDA, registry ----------------------------------

pub mod recall;
// Crate-internal short paths; the public path is `recall::…` only.
pub(crate) use recall::{LotNumber, Ndc, RecallCheck, RecallRegistry};

// ---- interop ---------------------------------------------------------------------

#[cfg(feature = "fhir")]
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
pub mod fhir;

// ---- fuzzing support ---------------------------------------------------------------

#[cfg(feature = "arbitrary")]
mod arbitrary;

#[cfg(feature = "schema")]
mod schema;

// The README's code runs as a doctest, so the front page cannot drift from the API.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
