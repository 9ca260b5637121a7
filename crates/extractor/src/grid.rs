//! The representation every reader produces, before any cell has a role:
//! table rows of cells placed by column (with their spans and provenance)
//! and lines of text outside tables, in reading order.
//!
//! Tab-separated text gives one row per line, a cell per tab position; a
//! PDF page gives its ruled or aligned cells; DOCX, ODT and HTML give their
//! table cells with the spans they declare. The table reader
//! (`tabular`) classifies these pieces — header, group, measure,
//! continuation — and gives each cell its column.

use planx_record::Provenance;

/// One table cell as printed: where it stands and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCell {
    /// 0-based column the cell starts in.
    pub col: usize,
    /// Columns the cell covers (1 for a plain cell).
    pub col_span: usize,
    /// Rows the cell covers (1 for a plain cell); the rows below hold no
    /// cell in the columns it covers.
    pub row_span: usize,
    /// The cell's text; its printed lines or paragraphs joined with `\n`,
    /// wraps of one paragraph with a space (or U+2028 after a hyphen).
    pub text: String,
    /// Where the cell came from.
    pub provenance: Provenance,
}

/// One table row: its cells, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    /// Cells in column order; columns without a cell are empty.
    pub cells: Vec<RawCell>,
    /// Columns the row was printed with, empty ones at its end included.
    pub width: usize,
    /// Where the row came from.
    pub provenance: Provenance,
}

impl GridRow {
    /// The row as one text per column, `width` at least: a cell's text at
    /// its column, the columns it spans and the empty ones blank.
    pub fn positional(&self, width: usize) -> Vec<&str> {
        let end = self
            .cells
            .iter()
            .map(|c| c.col + c.col_span.max(1))
            .max()
            .unwrap_or(0)
            .max(width)
            .max(self.width);
        let mut out = vec![""; end];
        for c in &self.cells {
            if let Some(slot) = out.get_mut(c.col) {
                *slot = c.text.as_str();
            }
        }
        out
    }

    /// The provenance of the cell at column `col`, else the row's.
    pub fn provenance_at(&self, col: usize) -> &Provenance {
        self.cells
            .iter()
            .find(|c| c.col == col)
            .map_or(&self.provenance, |c| &c.provenance)
    }
}

/// A line of text outside tables.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The line as read; trailing white space kept (the evidence of a wrap).
    pub raw: String,
    /// Where the line came from.
    pub provenance: Provenance,
}

/// An element of the document in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// A table row.
    Row(GridRow),
    /// A line of text outside tables.
    Text(TextLine),
}

/// Numbered lines of a tab-separated export: a line with a tab is a row,
/// a cell per tab position (cells trimmed, empty ones left out); any other
/// line is text. Blank lines are left out.
pub fn from_tab_lines(lines: &[crate::lines::Line<'_>]) -> Vec<Piece> {
    lines
        .iter()
        .filter(|l| !l.text().is_empty())
        .map(|l| {
            let provenance = Provenance::lines(l.no, l.no);
            if l.raw.contains('\t') {
                Piece::Row(tab_row(l.raw, &provenance, |_| provenance.clone()))
            } else {
                Piece::Text(TextLine {
                    raw: l.raw.to_string(),
                    provenance,
                })
            }
        })
        .collect()
}

/// One tab-separated line as a row; `cell_provenance` gives each cell's
/// provenance from its column.
pub fn tab_row(
    raw: &str,
    provenance: &Provenance,
    cell_provenance: impl Fn(usize) -> Provenance,
) -> GridRow {
    let cells = raw
        .split('\t')
        .enumerate()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(col, t)| RawCell {
            col,
            col_span: 1,
            row_span: 1,
            text: t.trim().to_string(),
            provenance: cell_provenance(col),
        })
        .collect();
    GridRow {
        cells,
        width: raw.split('\t').count(),
        provenance: provenance.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_lines_become_rows_and_text() {
        let lines = crate::lines::numbered("Plāns\n\nA\t\tB\t\nPielikums \n");
        let pieces = from_tab_lines(&lines);
        assert_eq!(pieces.len(), 3);
        let Some(Piece::Row(r)) = pieces.get(1) else {
            panic!("a row")
        };
        assert_eq!(r.positional(0), ["A", "", "B", ""]);
        assert_eq!(r.positional(4), ["A", "", "B", ""]);
        assert_eq!(r.provenance.lines, Some([3, 3]));
        let Some(Piece::Text(t)) = pieces.get(2) else {
            panic!("text")
        };
        assert_eq!(t.raw, "Pielikums ");
    }

    #[test]
    fn a_spanning_cell_leaves_its_columns_blank() {
        let cell = |col, col_span, text: &str| RawCell {
            col,
            col_span,
            row_span: 1,
            text: text.to_string(),
            provenance: Provenance::default(),
        };
        let r = GridRow {
            cells: vec![
                cell(0, 1, "Nr."),
                cell(1, 3, "Finansējums"),
                cell(4, 1, "x"),
            ],
            width: 0,
            provenance: Provenance::default(),
        };
        assert_eq!(r.positional(0), ["Nr.", "Finansējums", "", "", "x"]);
    }
}
