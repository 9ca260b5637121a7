//! Raw cell text in, clean typed values out, every change recorded.
//!
//! - [`clean`]: NFC, white space, line-wrap joining and hyphenation repair;
//! - [`Corrector`]: typo correction with evidence — the Latvian Hunspell
//!   dictionary shipped in `dict/` ([`LatvianLexicon`]), the project lexicon
//!   of domain words and the document's own abbreviation list;
//! - [`period`], [`budget`], [`responsible`], [`partners`], [`financer`],
//!   [`goals`], [`abbreviations`]: the typed values of the plan record.
//!
//! ```
//! use planx_normalizer::{budget, goals, period};
//! assert_eq!(period("2017; 2018").map(|p| (p.from, p.to)), Some((Some(2017), Some(2018))));
//! assert_eq!(budget("9 220").and_then(|b| b.eur), Some(9220.0));
//! assert_eq!(goals("(1) apzināt (2) apmainīties"), vec!["apzināt", "apmainīties"]);
//! ```
#![deny(missing_docs)]

mod budget;
mod error;
mod lexicon;
mod lists;
mod period;
mod responsible;
mod spell;
mod split;
mod text;

pub use budget::{budget, budget_by_year};
pub use error::NormalizeError;
pub use lexicon::LatvianLexicon;
pub use lists::{
    abbreviations, financer, financer_with_codes, goals, is_code, partners, starts_abbreviation,
};
pub use period::period;
pub use responsible::{responsible, responsible_with_codes};
pub use spell::{Change, Corrector, MAX_UNKNOWN_WORDS};
pub use split::{find_outside_parens, outside_parens};
pub use text::{clean, fold};
