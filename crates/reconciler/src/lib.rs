//! Records in, judgements out.
//!
//! - [`assemble`]: the extractor's rows and blocks of one document, read
//!   through the normalizer, become the plan record (or a record of kind
//!   `unknown` for a text that is not a plan);
//! - [`diff::diff`]: what changed between two versions of a plan, as JSON,
//!   Markdown or HTML;
//! - [`merge::merge`]: cut-off fields of one version completed from another;
//! - [`check`]: a record compared with a hand-curated golden record, field
//!   by field, as `shared/tools/plan_score.py` scores it.
//!
//! ```
//! use planx_reconciler::check;
//! let golden = serde_json::json!({"title": "Plāns", "measures": [{"id": "1.1", "title": "A"}]});
//! let output = serde_json::json!({"title": "Plāns", "measures": [{"id": "1.1", "title": "B"}]});
//! let score = check::score(&output, &golden);
//! assert_eq!(score.mismatches.len(), 1);
//! assert!(score.recall < 1.0);
//! ```
#![deny(missing_docs)]

mod assemble;
mod assign;
pub mod check;
mod cutoff;
pub mod diff;
mod document;
mod footnotes;
pub mod kinds;
mod loose;
pub mod merge;
mod repairs;
mod text;

pub use assemble::assemble;
