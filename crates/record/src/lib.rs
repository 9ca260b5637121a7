//! The types every planx stage shares.
//!
//! In: nothing — this crate only defines data. Out: the plan record of
//! `shared/spec/plan-record.md` ([`PlanRecord`]), the record for other
//! document kinds ([`DocumentRecord`]), and the [`Provenance`],
//! [`Correction`] and [`Warning`] values that travel with them.
//!
//! ```
//! use planx_record::{Period, Provenance};
//! let p = Period { from: Some(2017), to: Some(2018), text: "2017-2018".into() };
//! assert_eq!(serde_json::to_value(&p).unwrap()["from"], 2017);
//! assert_eq!(Provenance::lines(3, 5).lines, Some([3, 5]));
//! ```
#![deny(missing_docs)]

mod lexicon;
mod plan;
mod provenance;

pub use lexicon::Lexicon;
pub use plan::{
    Abbreviation, Budget, Completion, Correction, Direction, DocumentRecord, InputKind, Measure,
    Period, PlanRecord, Record, Responsible, Signatory, Source, Warning, WarningKind, FORMAT,
};
pub use provenance::Provenance;
