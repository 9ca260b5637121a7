//! The diff record (`planx/plan-diff/1`).

use serde::Serialize;
use serde_json::Value;

use super::words::Op;

/// The format of diff records this version writes.
pub const DIFF_FORMAT: &str = "planx/plan-diff/1";

/// What changed from one version of a plan to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDiff {
    /// Always [`DIFF_FORMAT`].
    pub format: String,
    /// Source paths of the two versions.
    pub old: String,
    /// Source path of the new version.
    pub new: String,
    /// Measure changes.
    pub measures: MeasureChanges,
    /// Direction changes.
    pub directions: DirectionChanges,
    /// Abbreviation changes.
    pub abbreviations: AbbreviationChanges,
    /// Columns one version has and the other lacks.
    pub columns: ColumnChanges,
    /// Document-level fields that changed.
    pub document: DocumentChanges,
}

/// Measures added, removed, renumbered, moved and changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MeasureChanges {
    /// Ids of measures only the new version has.
    pub added: Vec<String>,
    /// Ids of measures only the old version has.
    pub removed: Vec<String>,
    /// Measures matched by content whose id changed.
    pub renumbered: Vec<Renumbered>,
    /// Measures that stand under another direction.
    pub moved: Vec<Moved>,
    /// Matched measures with changed fields.
    pub changed: Vec<Changed>,
}

/// A measure whose id changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Renumbered {
    /// Old id.
    pub old: String,
    /// New id.
    pub new: String,
}

/// A measure that moved to another direction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moved {
    /// Id in the new version.
    pub id: String,
    /// Old direction number.
    pub old: Option<u32>,
    /// New direction number.
    pub new: Option<u32>,
}

/// A matched measure (or direction) and its changed fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    /// Id in the new version.
    pub id: String,
    /// Id in the old version, when it differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// Field name → change.
    pub fields: std::collections::BTreeMap<String, FieldChange>,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// Old value as in the record.
    pub old: Value,
    /// New value as in the record.
    pub new: Value,
    /// True when one text is the other cut short.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cut_off: bool,
    /// Which version holds the shorter text: `old` or `new`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cut_off_in: Option<String>,
    /// Word-level edit script, for text fields.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Op>,
}

/// Direction changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DirectionChanges {
    /// Numbers only the new version has.
    pub added: Vec<u32>,
    /// Numbers only the old version has.
    pub removed: Vec<u32>,
    /// Changed directions.
    pub changed: Vec<DirectionChanged>,
}

/// A direction and its changed fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectionChanged {
    /// Direction number.
    pub number: u32,
    /// Field name → change.
    pub fields: std::collections::BTreeMap<String, FieldChange>,
}

/// Abbreviation changes, by abbreviation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AbbreviationChanges {
    /// Only in the new list.
    pub added: Vec<String>,
    /// Only in the old list.
    pub removed: Vec<String>,
    /// Expansion changed.
    pub changed: Vec<String>,
}

/// Columns that appear or disappear.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ColumnChanges {
    /// Fields only the new version fills (`financer`).
    pub appeared: Vec<String>,
    /// Fields only the old version fills (`budget`).
    pub disappeared: Vec<String>,
}

/// Document-level fields that changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentChanges {
    /// Names of the changed fields (`annex_to`, `signatory`).
    pub changed: Vec<String>,
    /// The changes.
    pub fields: std::collections::BTreeMap<String, FieldChange>,
}
