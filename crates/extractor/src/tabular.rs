//! Tab-separated exports: one table row per line, cells split by tabs,
//! header rows repeated where pages broke. Lines without tabs are text
//! outside the table.

use planx_record::Provenance;

use crate::labels::{direction_start, field_label, header_columns, is_header_text, measure_start};
use crate::lines::{BlockBuilder, Line};
use crate::{Cell, Column, Item, Row};

/// Rows and blocks of a tab-separated export, with the columns its header
/// rows name and the number of header lines dropped.
pub fn read(lines: &[Line<'_>]) -> (Vec<Item>, Vec<Column>, usize) {
    let mut items = Vec::new();
    let mut blocks = BlockBuilder::default();
    let mut layout: Vec<Column> = Vec::new();
    let mut header_rows: Vec<Vec<&str>> = Vec::new();
    let mut dropped = 0;
    let mut segment = 0u32;
    let mut seen_rows = false;
    for line in lines {
        let text = line.text();
        if text.is_empty() {
            continue;
        }
        if !line.raw.contains('\t') {
            if let Some(b) = blocks.push(*line, segment) {
                items.push(Item::Block(b));
            }
            continue;
        }
        if let Some(b) = blocks.finish() {
            items.push(Item::Block(b));
        }
        let cells: Vec<&str> = line.raw.split('\t').map(str::trim).collect();
        let is_header = cells
            .iter()
            .filter(|c| !c.is_empty())
            .all(|c| is_header_text(c));
        if is_header {
            dropped += 1;
            if seen_rows {
                // A repeated header: a new page starts.
                segment += 1;
                seen_rows = false;
                header_rows.clear();
            }
            header_rows.push(cells);
            layout = column_layout(&header_rows);
            continue;
        }
        seen_rows = true;
        items.push(Item::Row(row(&cells, &layout, *line, segment)));
    }
    if let Some(b) = blocks.finish() {
        items.push(Item::Block(b));
    }
    let mut columns = vec![Column::Label];
    for c in &layout {
        if !columns.contains(c) {
            columns.push(*c);
        }
    }
    (items, columns, dropped)
}

/// One column per tab position: the most specific header text above it (a
/// lower header row wins), else the column of its left neighbour (a merged
/// header cell spans it).
fn column_layout(headers: &[Vec<&str>]) -> Vec<Column> {
    let width = headers.iter().map(Vec::len).max().unwrap_or(0);
    let mut layout: Vec<Column> = Vec::with_capacity(width);
    for pos in 0..width {
        let named = headers
            .iter()
            .rev()
            .filter_map(|h| h.get(pos))
            .find_map(|text| header_columns(text).first().copied());
        let col = named
            .or_else(|| layout.last().copied())
            .unwrap_or(Column::Other(pos));
        layout.push(col);
    }
    layout
}

fn row(cells: &[&str], layout: &[Column], line: Line<'_>, segment: u32) -> Row {
    let prov = Provenance::lines(line.no, line.no);
    let first = cells.first().copied().unwrap_or_default();
    let labelled = measure_start(first).is_some()
        || direction_start(first).is_some()
        || field_label(first).is_some();
    let out = cells
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(pos, text)| {
            let column = if pos == 0 && labelled {
                Column::Label
            } else if labelled && pos == 1 {
                Column::Title
            } else {
                layout.get(pos).copied().unwrap_or(Column::Other(pos))
            };
            Cell {
                column,
                text: (*text).to_string(),
                provenance: prov.clone(),
            }
        })
        .collect();
    Row {
        cells: out,
        provenance: prov,
        segment,
    }
}
