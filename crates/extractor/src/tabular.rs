//! The table reader: the pieces of [`crate::grid`] (rows of cells placed
//! by column, lines of text) to typed rows and text blocks. Header rows —
//! repeated where pages broke — name the columns; every other row's cells
//! take the role of their column, or of the label they start with.

use crate::grid::{GridRow, Piece};
use crate::labels::{
    bare_measure_id, direction_start, field_label, header_columns, is_header_text, measure_start,
};
use crate::lines::BlockBuilder;
use crate::{Cell, Column, Item, Row};

/// What the tab reader found: rows and blocks, the columns its header rows
/// name, the header text of each column no role was found for, and the
/// number of header lines dropped.
pub struct Read {
    pub items: Vec<Item>,
    pub columns: Vec<Column>,
    pub other_headers: Vec<(usize, String)>,
    pub dropped: usize,
}

/// Rows and blocks of a document's pieces, with the columns its header
/// rows name and the number of header rows dropped.
pub fn read(pieces: &[Piece]) -> Read {
    let mut items = Vec::new();
    let mut blocks = BlockBuilder::default();
    let mut layout: Vec<Column> = Vec::new();
    // The layout of the page before, for a repeated header that names fewer
    // columns (a header cell misread by OCR, or cut by the page).
    let mut before: Vec<Column> = Vec::new();
    let mut header_rows: Vec<Vec<String>> = Vec::new();
    // Each row's item index, layout index and the tab position of each of
    // its cells, for columns typed by their content afterwards.
    let mut typed: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    let mut layouts: Vec<Vec<Column>> = Vec::new();
    let mut dropped = 0;
    let mut other_headers: Vec<(usize, String)> = Vec::new();
    let mut segment = 0u32;
    let mut seen_rows = false;
    for piece in pieces {
        let grid_row = match piece {
            Piece::Text(line) => {
                if line.raw.trim().is_empty() {
                    continue;
                }
                if let Some(b) = blocks.push_text(&line.raw, line.provenance.clone(), segment) {
                    items.push(Item::Block(b));
                }
                continue;
            }
            Piece::Row(r) => r,
        };
        if grid_row.cells.is_empty() {
            continue;
        }
        if let Some(b) = blocks.finish() {
            items.push(Item::Block(b));
        }
        let mut cells: Vec<String> = grid_row
            .positional(0)
            .iter()
            .map(|c| c.trim().to_string())
            .collect();
        // A bare number as first cell ("1.2.") labels a measure row.
        if let Some(id) = cells.first().and_then(|c| bare_measure_id(c)) {
            if cells.iter().skip(1).any(|c| !c.is_empty()) {
                if let Some(first) = cells.first_mut() {
                    *first = format!("Pasākums nr.{id}.");
                }
            }
        }
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        // Under a header row, a row of years and totals is its sub-header
        // ("2024 | 2025 | Kopā" under "Nepieciešamais finansējums, EUR").
        let sub_header = !seen_rows
            && !header_rows.is_empty()
            && cells.iter().any(|c| !c.is_empty())
            && cells
                .iter()
                .filter(|c| !c.is_empty())
                .all(|c| is_sub_part(c) || is_header_text(c));
        let is_header = sub_header || is_header_row(&cells);
        if is_header {
            dropped += 1;
            if seen_rows {
                // A repeated header: a new page starts.
                segment += 1;
                seen_rows = false;
                header_rows.clear();
                before = std::mem::take(&mut layout);
            }
            header_rows.push(cells.iter().map(|c| (*c).to_string()).collect());
            layout = column_layout(&header_rows, &before);
            for (pos, col) in layout.iter().enumerate() {
                if *col == Column::Other(pos) && !other_headers.iter().any(|(p, _)| *p == pos) {
                    let text = header_text(&header_rows, pos);
                    if !text.is_empty() {
                        other_headers.push((pos, text));
                    }
                }
            }
            continue;
        }
        seen_rows = true;
        let r = row(&cells, &layout, grid_row, segment);
        if layouts.last() != Some(&layout) {
            layouts.push(layout.clone());
        }
        typed.push((items.len(), layouts.len() - 1, r.positions.clone()));
        items.push(Item::Row(r.row));
    }
    period_by_content(&mut items, &typed, &mut layout_periods(&layouts));
    if let Some(b) = blocks.finish() {
        items.push(Item::Block(b));
    }
    // Every column any page's header named, in the order of the table.
    let mut columns = vec![Column::Label];
    for c in layouts.iter().flatten().chain(&layout) {
        if !columns.contains(c) {
            columns.push(*c);
        }
    }
    let typed_period = items
        .iter()
        .any(|i| matches!(i, Item::Row(r) if r.cell(Column::Period).is_some()));
    if typed_period && !columns.contains(&Column::Period) {
        columns.push(Column::Period);
    }
    // A column typed by its content is no longer unknown; one unknown on
    // any page keeps its heading (pages' layouts differ when a page's
    // header or columns do).
    other_headers.retain(|(pos, _)| {
        layouts
            .iter()
            .chain(std::iter::once(&layout))
            .any(|l| l.get(*pos) == Some(&Column::Other(*pos)))
    });
    Read {
        items,
        columns,
        other_headers,
        dropped,
    }
}

/// The header text over a column: its cells top to bottom joined with
/// " / ", the header spanning it from the left included when the column
/// has a sub-header of its own.
fn header_text(headers: &[Vec<String>], pos: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (k, h) in headers.iter().enumerate() {
        let own = h.get(pos).map(|t| t.trim()).unwrap_or_default();
        if !own.is_empty() {
            parts.push(own.to_string());
            continue;
        }
        let below = headers
            .iter()
            .skip(k + 1)
            .any(|l| l.get(pos).is_some_and(|t| !t.trim().is_empty()));
        if below {
            // A cell spanning from the left over sub-columns.
            if let Some(t) = h
                .get(..pos)
                .and_then(|left| left.iter().rev().find(|t| !t.trim().is_empty()))
            {
                parts.push(t.trim().to_string());
            }
        }
    }
    parts.join(" / ")
}

/// A row of sub-column headers: every filled cell a year, a total or
/// header words ("2024 | 2025 | Kopā").
pub(crate) fn is_sub_header_row(cells: &[&str]) -> bool {
    let filled: Vec<&&str> = cells.iter().filter(|c| !c.trim().is_empty()).collect();
    !filled.is_empty()
        && filled.iter().any(|c| is_sub_part(c))
        && filled.iter().all(|c| is_sub_part(c) || is_header_text(c))
}

/// A sub-column header that stands for a part of the column above it: a
/// year or a total under an amount header.
pub(crate) fn is_sub_part(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ':']);
    (t.len() == 4 && t.starts_with("20") && t.chars().all(|c| c.is_ascii_digit()))
        || crate::profile::Profile::shipped().is_total(t)
}

/// One column per tab position: the most specific header text above it (a
/// lower header row wins), else the column of its left neighbour (a merged
/// header cell spans it).
/// A header row has no row label, and its cells are made of column-header
/// words, or at least half of them name a known column (a header may have
/// columns planx does not know, such as "Sasniedzamais rezultāts").
pub(crate) fn is_header_row(cells: &[&str]) -> bool {
    let first = cells.first().copied().unwrap_or_default();
    if measure_start(first).is_some()
        || direction_start(first).is_some()
        || field_label(first).is_some()
    {
        return false;
    }
    let filled: Vec<&&str> = cells.iter().filter(|c| !c.is_empty()).collect();
    if filled.is_empty() {
        return false;
    }
    let words = filled.iter().all(|c| is_header_text(c));
    let named = filled
        .iter()
        .filter(|c| !header_columns(c).is_empty())
        .count();
    // One cell that names a role is no header row: a full-width group row
    // may hold a header word ("… rezultātu apkopošana").
    words || (filled.len() >= 2 && named * 2 >= filled.len())
}

pub(crate) fn column_layout(headers: &[Vec<String>], before: &[Column]) -> Vec<Column> {
    let width = headers.iter().map(Vec::len).max().unwrap_or(0);
    // A header repeated on a new page with the table's width keeps the
    // columns of the page before where its own text names none.
    let same_table = before.len() == width;
    let mut layout: Vec<Column> = Vec::with_capacity(width);
    for pos in 0..width {
        let named = headers
            .iter()
            .rev()
            .filter_map(|h| h.get(pos))
            .find_map(|text| header_columns(text).first().copied())
            .or_else(|| {
                // A header cell cut in two by the rule under a neighbouring
                // spanning cell: its halves, read together.
                let joined: Vec<&str> = headers
                    .iter()
                    .filter_map(|h| h.get(pos).map(String::as_str))
                    .collect();
                header_columns(&joined.join(" ")).first().copied()
            });
        // A column whose own header cells are empty (or a year or total
        // under an amount header) is spanned by the header on its left; a
        // header that names no role is a column of its own.
        let own: Vec<&str> = headers
            .iter()
            .filter_map(|h| h.get(pos).map(|t| t.trim()))
            .filter(|t| !t.is_empty())
            .collect();
        let spanned = own.iter().all(|t| is_sub_part(t));
        // A heading of its own that names nothing planx knows ("Piezīmes")
        // is a column of its own on this page too, whatever stood there
        // before.
        let unknown = own.iter().any(|t| !is_sub_part(t) && !is_header_text(t));
        let col = named
            .or_else(|| before.get(pos).copied().filter(|_| same_table && !unknown))
            .or_else(|| layout.last().copied().filter(|_| spanned))
            .unwrap_or(Column::Other(pos));
        layout.push(col);
    }
    budget_parts(headers, &mut layout);
    // The same table's header repeated on a later page keeps the years and
    // the total it named before where this page's header names only the
    // budget (its sub-header cut or read into the header above).
    if same_table {
        for (col, was) in layout.iter_mut().zip(before) {
            if *col == Column::Budget && matches!(was, Column::BudgetYear(_) | Column::BudgetTotal)
            {
                *col = *was;
            }
        }
    }
    layout
}

/// Columns of the budget whose own sub-header is a year or a total are
/// that year's amount or the total.
fn budget_parts(headers: &[Vec<String>], layout: &mut [Column]) {
    for (pos, col) in layout.iter_mut().enumerate() {
        if *col != Column::Budget {
            continue;
        }
        let Some(own) = headers
            .iter()
            .rev()
            .filter_map(|h| h.get(pos).map(|t| t.trim()))
            .find(|t| !t.is_empty())
        else {
            continue;
        };
        if !is_sub_part(own) {
            continue;
        }
        let t = own.trim_end_matches(['.', ':']);
        *col = match t.parse::<u16>() {
            Ok(year) => Column::BudgetYear(year),
            Err(_) => Column::BudgetTotal,
        };
    }
}

/// A row and the tab position of each of its cells.
struct Placed {
    row: Row,
    positions: Vec<usize>,
}

fn row(cells: &[&str], layout: &[Column], grid_row: &GridRow, segment: u32) -> Placed {
    let prov = grid_row.provenance.clone();
    let first = cells.first().copied().unwrap_or_default();
    let labelled = measure_start(first).is_some()
        || direction_start(first).is_some()
        || field_label(first).is_some();
    let positions: Vec<usize> = cells
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(pos, _)| pos)
        .collect();
    // The label at the start of the title cell ("Pasākums Nr. 1.1.
    // Nosaukums"): the header names the title over the first column and
    // another role over the second.
    let label_in_title = labelled
        && measure_start(first).is_some_and(|(_, rest)| !rest.trim().is_empty())
        && layout.first() == Some(&Column::Title)
        && layout.get(1).is_some_and(|c| *c != Column::Title);
    let mut out: Vec<Cell> = Vec::new();
    for (pos, text) in cells.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        if pos == 0 && label_in_title {
            if let Some((_, rest)) = measure_start(text) {
                let label = text
                    .get(..text.len() - rest.len())
                    .unwrap_or(text)
                    .trim_end();
                let at = grid_row.provenance_at(pos);
                out.push(Cell {
                    column: Column::Label,
                    text: label.to_string(),
                    provenance: at.clone(),
                });
                out.push(Cell {
                    column: Column::Title,
                    text: rest.to_string(),
                    provenance: at.clone(),
                });
                continue;
            }
        }
        let column = if pos == 0 && labelled {
            Column::Label
        } else if labelled && pos == 1 && !label_in_title {
            Column::Title
        } else {
            layout.get(pos).copied().unwrap_or(Column::Other(pos))
        };
        out.push(Cell {
            column,
            text: (*text).to_string(),
            provenance: grid_row.provenance_at(pos).clone(),
        });
    }
    Placed {
        row: Row {
            cells: out,
            provenance: prov,
            segment,
        },
        positions,
    }
}

/// For each layout without a period column, the tab positions whose
/// column was not named by the header itself (taken from the left
/// neighbour): candidates for a period column typed by content.
fn layout_periods(layouts: &[Vec<Column>]) -> Vec<Vec<usize>> {
    layouts
        .iter()
        .map(|l| {
            if l.contains(&Column::Period) {
                return Vec::new();
            }
            // Positions past the header's width are unnamed too.
            (1..l.len() + 4)
                .filter(|&p| {
                    p >= l.len()
                        || l.get(p) == l.get(p - 1)
                        || matches!(l.get(p), Some(Column::Other(_)))
                })
                .collect()
        })
        .collect()
}

/// A column whose header was lost (an OCR misreading, a header cut off)
/// but whose cells are years ("2017", "2017-2018", "2016; 2018") in at
/// least three rows and four in five of its filled cells is the period.
fn period_by_content(
    items: &mut [Item],
    typed: &[(usize, usize, Vec<usize>)],
    candidates: &mut [Vec<usize>],
) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let years = crate::labels::re(&RE, r"^\s*(19|20)\d{2}(\s*[-–;,]\s*(19|20)\d{2})*\.?\s*$");
    for (layout, positions) in candidates.iter_mut().enumerate() {
        for &pos in positions.iter() {
            let cells: Vec<(usize, usize)> = typed
                .iter()
                .filter(|(_, l, _)| *l == layout)
                .filter_map(|(item, _, ps)| Some((*item, ps.iter().position(|p| *p == pos)?)))
                .collect();
            let hits = cells
                .iter()
                .filter(|(item, k)| match items.get(*item) {
                    Some(Item::Row(r)) => r.cells.get(*k).is_some_and(|c| years.is_match(&c.text)),
                    _ => false,
                })
                .count();
            if hits < 3 || hits * 5 < cells.len() * 4 {
                continue;
            }
            for (item, k) in cells {
                if let Some(Item::Row(r)) = items.get_mut(item) {
                    if let Some(c) = r.cells.get_mut(k) {
                        if c.column != Column::Label && c.column != Column::Title {
                            c.column = Column::Period;
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A header whose period cell was lost: the column of years is typed
    /// by its content; a column of codes is not.
    #[test]
    fn a_column_of_years_is_the_period() {
        let text = "Pasākuma nosaukums:\tAtbildīgā institūcija\t\n\
                    Pasākums nr.1.1.\tLogo\tLM\t2017\n\
                    Pasākums nr.1.2.\tStendi\tLM\t2017-2018\n\
                    Pasākums nr.1.3.\tVietne\tLM\t2016; 2018\n";
        let lines = crate::grid::from_tab_lines(&crate::lines::numbered(text));
        let Read { items, columns, .. } = read(&lines);
        assert!(columns.contains(&Column::Period), "{columns:?}");
        let Some(Item::Row(r)) = items.get(1) else {
            panic!("a row")
        };
        assert_eq!(
            r.cell(Column::Period).map(|c| c.text.as_str()),
            Some("2017-2018")
        );
        assert_eq!(
            r.cell(Column::Responsible).map(|c| c.text.as_str()),
            Some("LM")
        );
    }

    /// A header that names no role is a column of its own, kept with its
    /// header text; it never takes its neighbour's role.
    #[test]
    fn an_unknown_column_keeps_its_header() {
        let text = "Nr. p.k.\tPasākums\tAtbildīgā iestāde\tPiezīmes\tTermiņš\n\
                    1.1.\tLogo\tLM\tKatru gadu\t2017\n";
        let lines = crate::grid::from_tab_lines(&crate::lines::numbered(text));
        let Read {
            items,
            other_headers,
            ..
        } = read(&lines);
        assert_eq!(other_headers, vec![(3, "Piezīmes".to_string())]);
        let Some(Item::Row(r)) = items.first() else {
            panic!("a row")
        };
        assert_eq!(
            r.cell(Column::Other(3)).map(|c| c.text.as_str()),
            Some("Katru gadu")
        );
        assert_eq!(
            r.cell(Column::Responsible).map(|c| c.text.as_str()),
            Some("LM")
        );
        assert_eq!(
            r.cell(Column::Period).map(|c| c.text.as_str()),
            Some("2017")
        );
    }

    /// An unknown column keeps its header when a later page's header puts
    /// a known column where it stood.
    #[test]
    fn an_unknown_column_keeps_its_header_over_pages() {
        let text = "Nr. p.k.\tPasākums\tAtbildīgā iestāde\tPiezīmes\tTermiņš\n\
                    1.1.\tLogo\tLM\tKatru gadu\t2017\n\
                    Nr. p.k.\tPasākums\tAtbildīgā iestāde\tTermiņš\tPiezīmes\n\
                    1.2.\tVietne\tTM\t2018\tPēc vajadzības\n";
        let lines = crate::grid::from_tab_lines(&crate::lines::numbered(text));
        let Read { other_headers, .. } = read(&lines);
        assert!(
            other_headers.contains(&(3, "Piezīmes".to_string())),
            "{other_headers:?}"
        );
        assert!(
            other_headers.contains(&(4, "Piezīmes".to_string())),
            "{other_headers:?}"
        );
    }

    /// Sub-columns under a header spanning them: their header text joins
    /// the spanning header's; years under an amount header stay amounts.
    #[test]
    fn sub_column_headers_join_the_header_above() {
        let headers = vec![
            vec![
                "Pasākums".to_string(),
                "Uzraudzība".to_string(),
                String::new(),
            ],
            vec![String::new(), "rādītājs".to_string(), "avots".to_string()],
        ];
        assert_eq!(header_text(&headers, 1), "Uzraudzība / rādītājs");
        assert_eq!(header_text(&headers, 2), "Uzraudzība / avots");
        assert!(is_sub_part("2024") && is_sub_part("Kopā") && !is_sub_part("Piezīmes"));
    }

    /// "Pasākums Nr. 1.1." at the start of the title cell: the label and
    /// the title are two cells, and the next column keeps its role.
    #[test]
    fn a_label_at_the_start_of_the_title_cell() {
        let text = "Pasākuma nosaukums\tRezultatīvais rādītājs\tAtbildīgā institūcija\n\
                    Pasākums Nr. 1.1. Vienota logo izveide\tIzveidots logo\tLM\n";
        let lines = crate::grid::from_tab_lines(&crate::lines::numbered(text));
        let Read { items, .. } = read(&lines);
        let Some(Item::Row(r)) = items.first() else {
            panic!("a row")
        };
        assert_eq!(
            r.cell(Column::Label).map(|c| c.text.as_str()),
            Some("Pasākums Nr. 1.1.")
        );
        assert_eq!(
            r.cell(Column::Title).map(|c| c.text.as_str()),
            Some("Vienota logo izveide")
        );
        assert_eq!(
            r.cell(Column::Result).map(|c| c.text.as_str()),
            Some("Izveidots logo")
        );
        assert_eq!(
            r.cell(Column::Responsible).map(|c| c.text.as_str()),
            Some("LM")
        );
    }

    /// The header repeated on a later page without its row of years still
    /// gives the years; the document's columns are every page's.
    #[test]
    fn a_repeated_header_keeps_the_years_it_named() {
        let text = "Pasākuma nosaukums:\t\tFinansējums, EUR\t\t\n\
                    \t\t2024\t2025\tKopā\n\
                    Pasākums nr.1.1.\tLogo\t100\t200\t300\n\
                    Pasākuma nosaukums:\t\tFinansējums, EUR\t\t\n\
                    Pasākums nr.1.2.\tStendi\t10\t20\t30\n";
        let lines = crate::grid::from_tab_lines(&crate::lines::numbered(text));
        let Read { items, columns, .. } = read(&lines);
        assert!(columns.contains(&Column::BudgetYear(2024)), "{columns:?}");
        let Some(Item::Row(r)) = items.get(1) else {
            panic!("a row")
        };
        assert_eq!(
            r.cell(Column::BudgetYear(2024)).map(|c| c.text.as_str()),
            Some("10")
        );
        assert!(is_sub_header_row(&["", "2024", "2025", "Kopā"]));
        assert!(!is_sub_header_row(&["", "2024", "LM"]));
    }
}
