//! pdftotext-style exports: cells wrapped over several lines, every text
//! line followed by a blank line, each page's column headers and the
//! direction cells printed as loose blocks after that page's rows.
//!
//! Rows are rebuilt line by line: a row label starts a row; the name wraps
//! while a line ends in white space (or an enumerated list goes on); the
//! line whose end parses as the narrow columns closes the name; short
//! partner lines that follow a wrapped partner cell are joined to it.
//! Everything else is text outside the table, grouped into blocks and
//! tagged with the segment (page) of the rows it follows.

use planx_record::Provenance;

use crate::furniture;
use crate::labels::{direction_start, field_label, FieldLabel};
use crate::lines::{enumerator, BlockBuilder, Line};
use crate::trailing::{self, TrailingColumns};
use crate::{Cell, Column, Item, Row};

/// Longest line taken as the continuation of a wrapped partner cell.
const PARTNER_LINE_MAX: usize = 40;

/// Rows and blocks of a flowed export, with the columns its headers name.
pub fn read(lines: &[Line<'_>]) -> (Vec<Item>, Vec<Column>, usize) {
    let (furniture, found) = furniture::find(lines);
    let cols = TrailingColumns {
        financer: found.contains(&Column::Financer),
        budget: found.contains(&Column::Budget),
    };
    let mut columns = vec![Column::Label, Column::Title, Column::Responsible];
    columns.extend(
        [
            Column::Financer,
            Column::Period,
            Column::Budget,
            Column::Partners,
        ]
        .into_iter()
        .filter(|c| found.contains(c) || *c == Column::Period),
    );
    let mut reader = Reader {
        cols,
        items: Vec::new(),
        row: None,
        blocks: BlockBuilder::default(),
        segment: 0,
        loose_since_row: false,
    };
    let mut prev: Option<Line<'_>> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.text().is_empty() {
            continue;
        }
        if furniture.get(i).copied().unwrap_or(false) {
            reader.close_block();
            continue;
        }
        reader.line(*line, prev);
        prev = Some(*line);
    }
    reader.close_row();
    reader.close_block();
    let dropped = furniture.iter().filter(|f| **f).count();
    (reader.items, columns, dropped)
}

#[derive(Debug)]
enum Phase {
    /// Collecting the name; no narrow columns seen yet.
    Title,
    /// Narrow columns seen; only partner continuations may follow.
    Trailing,
}

#[derive(Debug)]
struct RowBuilder {
    label: String,
    title: Vec<String>,
    cells: Vec<(Column, String)>,
    phase: Phase,
    /// The responsible cell goes on over the next lines: a note not yet
    /// closed, or a group whose code ends a line (its note opens the next).
    open_note: bool,
    /// Parentheses open in the responsible cell.
    note_depth: usize,
    first: u32,
    last: u32,
    segment: u32,
}

impl RowBuilder {
    /// A line that continues the row's last `column` cell.
    fn continue_cell(&mut self, column: Column, text: &str, line: Line<'_>) {
        self.last = line.no;
        if let Some((_, t)) = self.cells.iter_mut().rev().find(|(c, _)| *c == column) {
            t.push('\n');
            t.push_str(text);
        }
    }
}

struct Reader {
    cols: TrailingColumns,
    items: Vec<Item>,
    row: Option<RowBuilder>,
    blocks: BlockBuilder,
    segment: u32,
    loose_since_row: bool,
}

impl Reader {
    fn line(&mut self, line: Line<'_>, prev: Option<Line<'_>>) {
        let text = line.text();
        if let Some((id, rest)) = crate::labels::measure_start(text) {
            self.start_row(line, format!("Pasākums nr.{id}."));
            self.title_line(rest, line);
            return;
        }
        if let Some((number, rest)) = direction_start(text) {
            let label = match number {
                Some(n) => format!("Rīcības virziens nr.{n}"),
                None => "Rīcības virziens".to_string(),
            };
            self.label_row(line, label, rest);
            return;
        }
        if let Some((label, rest)) = field_label(text) {
            // "Mērķ-" is named "Mērķauditorija" already; its second half,
            // "auditorija", is swallowed below.
            self.label_row(line, label.name().to_string(), rest);
            return;
        }
        let audience_tail = self
            .row
            .as_ref()
            .is_some_and(|r| r.label == FieldLabel::Audience.name());
        if text == "auditorija" && audience_tail {
            if let Some(row) = self.row.as_mut() {
                row.last = line.no;
            }
            return;
        }
        if let Some(row) = self.row.as_mut().filter(|r| r.open_note) {
            // Lines of a narrow column only: a long line is no note's.
            let narrow = text.chars().count() <= PARTNER_LINE_MAX;
            if narrow && (row.note_depth > 0 || text.trim_start().starts_with('(')) {
                self.note_line(text, line);
                return;
            }
            row.open_note = false;
        }
        let prev_wraps = prev.is_some_and(|p| p.wraps());
        let continues = match self.row.as_ref() {
            Some(row) if row.label.starts_with("Pasākums") => match row.phase {
                Phase::Title => {
                    prev_wraps
                        || enumerator(text).is_some()
                        || trailing::split(text, self.cols).is_some()
                }
                Phase::Trailing => {
                    let partners = row
                        .cells
                        .iter()
                        .any(|(c, t)| *c == Column::Partners && !t.is_empty());
                    let prev_text = prev.map(|p| p.text()).unwrap_or_default();
                    partners
                        && (prev_wraps || prev_text.ends_with(','))
                        && text.chars().count() <= PARTNER_LINE_MAX
                }
            },
            _ => false,
        };
        if continues {
            match self.row.as_ref().map(|r| &r.phase) {
                Some(Phase::Title) => self.title_line(text, line),
                _ => self.partner_line(text, line),
            }
            return;
        }
        self.close_row();
        self.loose_since_row = true;
        if let Some(block) = self.blocks.push(line, self.segment) {
            self.items.push(Item::Block(block));
        }
    }

    fn start_row(&mut self, line: Line<'_>, label: String) {
        self.close_row();
        self.close_block();
        if self.loose_since_row {
            self.segment += 1;
            self.loose_since_row = false;
        }
        self.row = Some(RowBuilder {
            label,
            title: Vec::new(),
            cells: Vec::new(),
            phase: Phase::Title,
            open_note: false,
            note_depth: 0,
            first: line.no,
            last: line.no,
            segment: self.segment,
        });
    }

    fn label_row(&mut self, line: Line<'_>, label: String, rest: &str) {
        self.start_row(line, label);
        if let Some(row) = self.row.as_mut() {
            if !rest.trim().is_empty() {
                row.title.push(rest.trim().to_string());
            }
            row.phase = Phase::Trailing;
        }
    }

    fn title_line(&mut self, text: &str, line: Line<'_>) {
        let cols = self.cols;
        let Some(row) = self.row.as_mut() else {
            return;
        };
        row.last = line.no;
        match trailing::split(text, cols) {
            Some(t) => {
                if !t.title_tail.is_empty() {
                    row.title.push(t.title_tail.to_string());
                }
                for (col, value) in [
                    (Column::Responsible, t.responsible),
                    (Column::Financer, t.financer),
                    (Column::Period, t.period),
                    (Column::Budget, t.budget),
                    (Column::Partners, t.partners),
                ] {
                    if !value.is_empty() {
                        row.cells.push((col, value.to_string()));
                    }
                }
                row.phase = Phase::Trailing;
                row.open_note = t.open_note;
                row.note_depth = usize::from(t.open_note);
            }
            None => {
                if !text.trim().is_empty() {
                    row.title.push(text.trim_end().to_string());
                }
            }
        }
    }

    /// A line of a responsible note cut by the line end, up to the line
    /// that closes it.
    fn note_line(&mut self, text: &str, line: Line<'_>) {
        let Some(row) = self.row.as_mut() else {
            return;
        };
        row.continue_cell(Column::Responsible, text, line);
        let opens = text.matches('(').count();
        let closes = text.matches(')').count();
        row.note_depth = (row.note_depth + opens).saturating_sub(closes);
        if row.note_depth == 0 {
            // `nodrošināšana) PR` + `(semināru …`: the next group's note.
            row.open_note = text
                .split_whitespace()
                .last()
                .is_some_and(crate::lines::is_code);
        }
    }

    fn partner_line(&mut self, text: &str, line: Line<'_>) {
        if let Some(row) = self.row.as_mut() {
            row.continue_cell(Column::Partners, text, line);
        }
    }

    fn close_row(&mut self) {
        let Some(row) = self.row.take() else {
            return;
        };
        let prov = Provenance::lines(row.first, row.last);
        let mut cells = vec![Cell {
            column: Column::Label,
            text: row.label,
            provenance: Provenance::lines(row.first, row.first),
        }];
        if !row.title.is_empty() {
            cells.push(Cell {
                column: Column::Title,
                text: row.title.join("\n"),
                provenance: prov.clone(),
            });
        }
        cells.extend(row.cells.into_iter().map(|(column, text)| Cell {
            column,
            text,
            provenance: prov.clone(),
        }));
        self.items.push(Item::Row(Row {
            cells,
            provenance: prov,
            segment: row.segment,
        }));
    }

    fn close_block(&mut self) {
        if let Some(block) = self.blocks.finish() {
            self.items.push(Item::Block(block));
        }
    }
}
