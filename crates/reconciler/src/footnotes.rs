//! Footnotes and endnotes the extractor kept out of the text
//! (`Extraction::footnotes`) become warnings of kind `footnote`: each
//! quotes the note and names the field whose cell carries its mark.

use planx_extractor::{Column, Extraction, Footnote, FootnoteKind, Item, Row};
use planx_record::{PlanRecord, Warning, WarningKind};

/// A warning for each footnote of the plan, on the measure field (or
/// direction) whose cell carries the mark; a note referenced from a
/// paragraph, a header or a row no field took stands on `document`.
pub fn warn(plan: &mut PlanRecord, ex: &Extraction) {
    for note in &ex.footnotes {
        let path = path_of(plan, ex, note).unwrap_or_else(|| "document".to_string());
        plan.warnings.push(warning(note, path));
    }
}

/// The warnings of a document that is not a plan: every note on
/// `document`.
pub fn warnings(ex: &Extraction) -> Vec<Warning> {
    ex.footnotes
        .iter()
        .map(|n| warning(n, "document".to_string()))
        .collect()
}

fn warning(note: &Footnote, path: String) -> Warning {
    let what = match note.kind {
        FootnoteKind::Footnote => "footnote",
        FootnoteKind::Endnote => "endnote",
    };
    Warning {
        path,
        kind: WarningKind::Footnote,
        message: format!("{what}: {}", note.text),
        provenance: Some(note.provenance.clone()),
    }
}

/// The field of the record that holds the cell carrying the note's mark.
fn path_of(plan: &PlanRecord, ex: &Extraction, note: &Footnote) -> Option<String> {
    let at = note.provenance.cell?;
    let rows = ex.items.iter().filter_map(|i| match i {
        Item::Row(r) => Some(r),
        Item::Block(_) => None,
    });
    let same_row = |r: &&Row| r.provenance.cell.is_some_and(|c| c.get(..2) == at.get(..2));
    // The cell itself, or (a cell left empty but for its mark) its row.
    let (row, column) = match rows
        .clone()
        .find_map(|r| Some((r, r.cells.iter().find(|c| c.provenance.cell == Some(at))?)))
    {
        Some((r, cell)) => (r, Some(cell.column)),
        None => (rows.clone().find(same_row)?, None),
    };
    if let Some(i) = plan
        .measures
        .iter()
        .position(|m| m.provenance == row.provenance)
    {
        return Some(match column.map(field) {
            Some(f) => format!("measures[{i}].{f}"),
            None => format!("measures[{i}]"),
        });
    }
    plan.directions
        .iter()
        .position(|d| d.provenance.as_ref() == Some(&row.provenance))
        .map(|i| format!("directions[{i}]"))
}

/// The measure field a column's cell goes to.
fn field(column: Column) -> &'static str {
    match column {
        Column::Label | Column::Id => "id",
        Column::Title => "title",
        Column::Responsible => "responsible",
        Column::Financer => "financer",
        Column::Period => "period",
        Column::Budget | Column::BudgetYear(_) | Column::BudgetTotal => "budget",
        Column::Partners => "partners",
        Column::Result => "result",
        Column::FundingSource => "funding_source",
        Column::Other(_) => "other",
    }
}
