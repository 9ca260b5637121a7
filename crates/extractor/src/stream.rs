//! Text in content-stream order (`pdftotext -raw`): a table's cells one
//! after another, row by row and left to right, each cell's lines in
//! order. Cells on one baseline share a line: the first lines of a row's
//! cells stand on the row's top line, so a cell of one line is followed on
//! the same line by the next cell, and a cell of several lines is followed
//! by the next cell on a new line.
//!
//! The reader finds the column header (the profile's wordings, parted
//! into cells by the words that open and the roles that name them), then
//! rows from their starts (a measure's label or number, a group heading,
//! a field label, a total), and parts each row's text into cells by
//! dynamic programming: every way of cutting the row's lines into cells
//! that keeps the columns in order and the lines' shape is scored by how
//! well each cell's content fits its column, and the best is kept. The
//! result is the grid pieces of [`crate::grid`], read by the table reader
//! like any other.

use planx_record::Provenance;

use crate::content::{self, Codes};
use crate::grid::{GridRow, Piece, RawCell, TextLine};
use crate::labels::{bare_measure_id, direction_start, field_label, header_columns, measure_start};
use crate::lines::Line;
use crate::pdf::join_wrapped;
use crate::profile::{ContentWords, Profile};
use crate::Column;

/// Most lines a column header may take.
const HEADER_LINES: usize = 40;
/// A line this long (characters) is a page-wide paragraph's: one nearly
/// as long wraps.
const WIDE_LINE: usize = 90;
/// Most lines one cell may take.
const CELL_LINES: usize = 16;

/// The text is a table in content-stream order: no tabs, few blank
/// lines, and a column header over several lines naming three roles or
/// more, followed by a row.
pub(crate) fn is_stream(lines: &[Line<'_>]) -> bool {
    let content: Vec<Line<'_>> = lines
        .iter()
        .filter(|l| !l.text().is_empty())
        .copied()
        .collect();
    let blank = lines.len() - content.len();
    if content.iter().any(|l| l.raw.contains('\t')) || blank * 4 > content.len() {
        return false;
    }
    (0..content.len()).any(|i| header_end(&content, i).is_some())
}

/// The lines of the text as grid pieces: text outside the table as text
/// lines, the header and every row as grid rows.
pub(crate) fn pieces(lines: &[Line<'_>]) -> Vec<Piece> {
    let content: Vec<Line<'_>> = lines
        .iter()
        .filter(|l| !l.text().is_empty())
        .copied()
        .collect();
    let codes = Codes::from_lines(content.iter().map(Line::text));
    let mut out = Vec::new();
    let mut reader = Rows {
        codes,
        layout: Vec::new(),
        ids: Vec::new(),
        row: None,
    };
    let mut i = 0;
    let mut in_table = false;
    let mut first_header: Option<Vec<String>> = None;
    let widest = content
        .iter()
        .map(|l| l.text().chars().count())
        .max()
        .unwrap_or(0);
    let mut wraps = false;
    while i < content.len() {
        let Some(line) = content.get(i) else { break };
        if let Some(mut end) = header_end(&content, i) {
            // The header repeated on a later page ends where its words
            // do: what follows before the next row is a row's rest.
            if let Some(first) = first_header.as_ref() {
                end = repeated_end(&content, i, end, first);
            }
            reader.flush(&mut out);
            let run = content.get(i..end).unwrap_or_default();
            let (rows, layout) = header(run);
            out.extend(rows.into_iter().map(Piece::Row));
            reader.layout = layout;
            if first_header.is_none() {
                first_header = Some(header_words(run));
            }
            in_table = true;
            i = end;
            continue;
        }
        if !in_table {
            // A line as long as the page's longest, not ending a sentence,
            // wraps: the next one goes on with its paragraph (the export
            // keeps no trailing space to tell).
            match out.last_mut() {
                Some(Piece::Text(t)) if wraps && !opens_block(line.text()) => {
                    t.raw.push(' ');
                    t.raw.push_str(line.text());
                    t.provenance = t.provenance.union(&Provenance::lines(line.no, line.no));
                }
                _ => out.push(text_piece(line)),
            }
            let len = line.text().chars().count();
            wraps = widest >= WIDE_LINE
                && len * 100 >= widest * 85
                && !line.text().ends_with(['.', ':']);
            i += 1;
            continue;
        }
        wraps = false;
        if is_page_number(line.text()) {
            i += 1;
            continue;
        }
        if ends_table(&content, i) {
            reader.flush(&mut out);
            in_table = false;
            continue;
        }
        if let Some((start, used, rest)) = reader.row_start(&content, i) {
            reader.flush(&mut out);
            reader.row = Some(RowText {
                start,
                lines: if rest.is_empty() {
                    Vec::new()
                } else {
                    vec![rest]
                },
                provenance: Provenance::lines(line.no, line.no),
            });
            for l in content.get(i..i + used).unwrap_or_default() {
                reader.extend_provenance(l);
            }
            i += used;
            continue;
        }
        if reader.row.is_none() {
            // A row's rest on a new page, or lines under the header before
            // any row: a row without a label.
            reader.row = Some(RowText {
                start: Start::None,
                lines: Vec::new(),
                provenance: Provenance::lines(line.no, line.no),
            });
        }
        if let Some(row) = reader.row.as_mut() {
            row.lines.push(line.text().to_string());
        }
        reader.extend_provenance(line);
        i += 1;
    }
    reader.flush(&mut out);
    out
}

fn text_piece(line: &Line<'_>) -> Piece {
    Piece::Text(TextLine {
        raw: line.raw.to_string(),
        provenance: Provenance::lines(line.no, line.no),
    })
}

/// A line that opens a paragraph of its own: an annex line, the overall
/// goal, an abbreviation heading, a row.
fn opens_block(text: &str) -> bool {
    let doc = &Profile::shipped().document;
    crate::profile::DocumentLabels::after(&doc.abbreviation_headings, text).is_some()
        || crate::profile::DocumentLabels::after(&doc.overall_goal, text).is_some()
        || crate::profile::DocumentLabels::after(&doc.annex, text).is_some()
        || opens_row(text, None)
}

/// A line of a page's number ("3. lpp.", "lapa 3", "3/7").
fn is_page_number(text: &str) -> bool {
    if let Some((a, b)) = text.trim().split_once('/') {
        let small =
            |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit());
        if small(a.trim()) && small(b.trim()) {
            return true;
        }
    }
    let words = &Profile::shipped().document.page_number_words;
    let (mut numbers, mut named) = (0, 0);
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| ".,:".contains(c));
        if w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() && w.len() <= 3 {
            numbers += 1;
        } else if words.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            named += 1;
        } else {
            return false;
        }
    }
    // "2. lpp.", "lapa 3", "3 no 7"; never bare numbers ("1 600").
    named >= 1 && (1..=2).contains(&numbers)
}

/// The table ends at line `i`: an abbreviation heading, or a signature
/// (a position's words and a name, on one line or two).
fn ends_table(content: &[Line<'_>], i: usize) -> bool {
    let Some(line) = content.get(i) else {
        return false;
    };
    let text = line.text();
    let doc = &Profile::shipped().document;
    if crate::profile::DocumentLabels::after(&doc.abbreviation_headings, text).is_some() {
        return true;
    }
    let position = |t: &str| {
        let ws: Vec<&str> = t.split_whitespace().collect();
        !ws.is_empty()
            && ws.len() <= 6
            && ws
                .iter()
                .any(|w| ContentWords::has(&Profile::shipped().content.signatory, w))
            && !t.chars().any(|c| c.is_ascii_digit())
    };
    if position(text) {
        return content.get(i + 1).is_some_and(|n| is_name(n.text())) || ends_in_name(text);
    }
    false
}

/// A person's name as signed: "A.Liepiņa", "A. Liepiņa", "Anna Liepiņa".
fn is_name(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let surname = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 3
            && c.all(|x| x.is_lowercase() || x == '-')
    };
    match ws.as_slice() {
        [one] => one.split_once('.').is_some_and(|(i, s)| {
            i.chars().count() == 1 && i.chars().all(char::is_uppercase) && surname(s)
        }),
        [a, b] => (a.ends_with('.') && a.chars().count() == 2 || surname(a)) && surname(b),
        _ => false,
    }
}

fn ends_in_name(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let n = ws.len();
    (n >= 2 && is_name(ws.get(n - 1).copied().unwrap_or_default()))
        || (n >= 3 && is_name(&ws.get(n - 2..).unwrap_or_default().join(" ")))
}

/// Where a column header that starts at line `i` ends: the line is made
/// of header words and names a role, and the lines up to the first row
/// name three roles or more.
fn header_end(content: &[Line<'_>], i: usize) -> Option<usize> {
    let first = content.get(i)?.text();
    if !crate::labels::is_header_text(first) || header_columns(first).is_empty() {
        return None;
    }
    let mut named: Vec<Column> = Vec::new();
    let mut end = i;
    while let Some(line) = content.get(end) {
        let t = line.text();
        let next = content.get(end + 1).map(Line::text);
        if end > i && (opens_row(t, next) || end - i >= HEADER_LINES) {
            break;
        }
        if end > i
            && !(crate::labels::is_header_text(t)
                || short_heading(t)
                || is_number_row(t)
                || is_sub_headers(t))
        {
            return None;
        }
        // Wordings wrapped over two lines ("Īstenošanas" / "periods")
        // count too.
        let pair = match content.get(end + 1) {
            Some(n) if !opens_row(n.text(), content.get(end + 2).map(Line::text)) => {
                format!("{t} {}", n.text())
            }
            _ => t.to_string(),
        };
        for c in header_columns(t).into_iter().chain(header_columns(&pair)) {
            if !named.contains(&c) {
                named.push(c);
            }
        }
        end += 1;
    }
    let next = content.get(end + 1).map(Line::text);
    (named.len() >= 3 && content.get(end).is_some_and(|l| opens_row(l.text(), next))).then_some(end)
}

/// The words of a header's lines.
fn header_words(lines: &[Line<'_>]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|l| l.text().split_whitespace())
        .map(str::to_string)
        .collect()
}

/// Where a header repeated at line `i` ends: after the lines that hold
/// the first header's words (its sub-headers and number row included),
/// never past `end`.
fn repeated_end(content: &[Line<'_>], i: usize, end: usize, first: &[String]) -> usize {
    let mut have = 0;
    for k in i..end {
        if have >= first.len() {
            return k;
        }
        let words = content
            .get(k)
            .map_or(0, |l| l.text().split_whitespace().count());
        have += words;
    }
    end
}

/// A line that opens a row: a measure's label or number, a group
/// heading, a field label.
fn opens_row(text: &str, next: Option<&str>) -> bool {
    measure_start(text).is_some()
        || next.is_some_and(|n| wrapped_label(text, n).is_some())
        || direction_start(text).is_some()
        || field_label(text).is_some()
        || leading_id(text).is_some()
}

/// A short line that may be (part of) a heading planx does not know:
/// four words or fewer, no digits.
fn short_heading(text: &str) -> bool {
    text.split_whitespace().count() <= 4 && !text.chars().any(|c| c.is_ascii_digit())
}

/// A row of column numbers: "1 2 3 4 5".
fn is_number_row(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    ws.len() >= 3
        && ws
            .iter()
            .enumerate()
            .all(|(k, w)| w.trim_end_matches('.').parse::<usize>().ok() == Some(k + 1))
}

/// Years and totals: the sub-headers of an amount column.
fn is_sub_headers(text: &str) -> bool {
    text.split_whitespace()
        .all(|w| crate::tabular::is_sub_part(w) || crate::labels::is_header_text(w))
}

/// A measure's label wrapped in its cell ("Pasākums" / "nr.1.1.",
/// "Pasākums Nr." / "1.1."): the number, the label and the rest of the
/// next line.
fn wrapped_label<'t>(text: &str, next: &'t str) -> Option<(String, String, &'t str)> {
    if text.split_whitespace().count() > 2 || measure_start(text).is_some() {
        return None;
    }
    let joined = format!("{text} {next}");
    let (id, rest) = measure_start(&joined)?;
    let rest_len = rest.len();
    let label = joined.get(..joined.len() - rest_len)?.trim().to_string();
    Some((id, label, next.get(next.len().checked_sub(rest_len)?..)?))
}

/// A measure number at the start of a line ("1.2.", "1.2.3 …"), and the
/// rest.
fn leading_id(text: &str) -> Option<(String, &str)> {
    let first = text.split_whitespace().next()?;
    if !first.contains('.') {
        return None;
    }
    let id = bare_measure_id(first)?;
    // A year is no measure's number ("2026. gada").
    if id.len() == 4 && !id.contains('.') {
        return None;
    }
    Some((id, text.get(first.len()..).unwrap_or_default().trim_start()))
}

/// The header's lines as grid rows (headings over sub-headings) and the
/// column of every grid position.
fn header(lines: &[Line<'_>]) -> (Vec<GridRow>, Vec<Column>) {
    let provenance = match (lines.first(), lines.last()) {
        (Some(a), Some(b)) => Provenance::lines(a.no, b.no),
        _ => Provenance::default(),
    };
    let words: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !is_number_row(l.text()))
        .flat_map(|(k, l)| l.text().split_whitespace().map(move |w| (k, w)))
        .collect();
    let cells = header_cells(&words);
    // Sub-headings: the cells from the first year, total or second
    // responsible wording on, each under the heading it parts.
    let mut tops: Vec<(String, Vec<String>)> = Vec::new();
    let mut subs_started = false;
    for text in cells {
        let named = header_columns(&text);
        let is_sub = crate::tabular::is_sub_part(&text)
            || (named.first() == Some(&Column::Responsible)
                && tops
                    .iter()
                    .any(|(t, _)| header_columns(t).first() == Some(&Column::Responsible)))
            || (subs_started && named.first() == Some(&Column::Financer));
        let parent = if is_sub {
            let want_budget = crate::tabular::is_sub_part(&text);
            tops.iter_mut().rev().find(|(t, _)| {
                let c = header_columns(t);
                if want_budget {
                    c.contains(&Column::Budget)
                } else {
                    c.first() == Some(&Column::Responsible)
                }
            })
        } else {
            None
        };
        match parent {
            Some((_, subs)) => {
                subs_started = true;
                subs.push(text);
            }
            None => tops.push((text, Vec::new())),
        }
    }
    // The title's heading spans the label column before it, as in the
    // seeds: a row's label stands at position 0, its title at 1.
    let mut top_cells = Vec::new();
    let mut sub_cells = Vec::new();
    let mut col = 0;
    for (k, (text, subs)) in tops.iter().enumerate() {
        let titled = k == 0 && header_columns(text).first() == Some(&Column::Title);
        let span = if titled { 2 } else { subs.len().max(1) };
        top_cells.push(RawCell {
            col,
            col_span: span,
            row_span: 1,
            text: text.clone(),
            provenance: provenance.clone(),
        });
        for (j, s) in subs.iter().enumerate() {
            sub_cells.push(RawCell {
                col: col + j,
                col_span: 1,
                row_span: 1,
                text: s.clone(),
                provenance: provenance.clone(),
            });
        }
        col += span;
    }
    let mut rows = vec![GridRow {
        cells: top_cells,
        width: col,
        provenance: provenance.clone(),
    }];
    if !sub_cells.is_empty() {
        rows.push(GridRow {
            cells: sub_cells,
            width: col,
            provenance,
        });
    }
    let texts: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.positional(col).iter().map(|s| s.to_string()).collect())
        .collect();
    let layout = crate::tabular::column_layout(&texts, &[]);
    (rows, layout)
}

/// The header's words parted into cells: each cell names one role (or
/// is a year, a total, a heading planx does not know), no cell ends in a
/// word that opens a heading, and cells part at line ends where they can.
fn header_cells(words: &[(usize, &str)]) -> Vec<String> {
    let n = words.len();
    let mut best: Vec<(f64, usize)> = vec![(f64::INFINITY, 0); n + 1];
    if let Some(b) = best.get_mut(0) {
        *b = (0.0, 0);
    }
    for end in 1..=n {
        for start in end.saturating_sub(12)..end {
            let Some(&(before, _)) = best.get(start) else {
                continue;
            };
            if !before.is_finite() {
                continue;
            }
            let text = words
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .map(|(_, w)| *w)
                .collect::<Vec<_>>()
                .join(" ");
            let mut cost = heading_cost(&text);
            // A cut inside a line costs a little: cells part at line ends
            // where the wordings allow; a cut through a wording, much.
            let mid_line = words
                .get(end)
                .zip(words.get(end - 1))
                .is_some_and(|(a, b)| a.0 == b.0);
            if mid_line {
                cost += 0.2;
            }
            if splits_wording(words, start) {
                cost += 10.0;
            }
            let total = before + cost;
            if best.get(end).is_some_and(|(b, _)| total < *b) {
                if let Some(b) = best.get_mut(end) {
                    *b = (total, start);
                }
            }
        }
    }
    let mut cuts = Vec::new();
    let mut end = n;
    while end > 0 {
        let start = best.get(end).map_or(0, |b| b.1);
        cuts.push((start, end));
        end = start;
    }
    cuts.reverse();
    cuts.into_iter()
        .map(|(s, e)| {
            words
                .get(s..e)
                .unwrap_or_default()
                .iter()
                .map(|(_, w)| *w)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A cut before word `at` parts a role's wording ("īstenošanas" |
/// "laiks"): a stem of the profile, matched exactly, runs across it.
fn splits_wording(words: &[(usize, &str)], at: usize) -> bool {
    if at == 0 || at >= words.len() {
        return false;
    }
    let squeeze = |ws: &[(usize, &str)]| -> String {
        ws.iter()
            .map(|(_, w)| crate::labels::fold_header(w))
            .collect::<String>()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let left = squeeze(words.get(at.saturating_sub(3)..at).unwrap_or_default());
    let right = squeeze(words.get(at..(at + 3).min(words.len())).unwrap_or_default());
    let joined = format!("{left}{right}");
    let cut = left.len();
    Profile::shipped()
        .roles
        .iter()
        .flat_map(|r| &r.stems)
        .any(|stem| {
            let stem: String = crate::labels::fold_header(stem)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            joined
                .match_indices(&stem)
                .any(|(start, m)| start < cut && start + m.len() > cut)
        })
}

/// How unlike one header cell a run of words is.
fn heading_cost(text: &str) -> f64 {
    let named = header_columns(text);
    let ws: Vec<&str> = text.split_whitespace().collect();
    let openers = &Profile::shipped().content.heading_openers;
    let mut cost = match named.len() {
        0 if crate::tabular::is_sub_part(text) => 0.0,
        0 if crate::labels::is_header_text(text) => 3.0,
        0 => 1.5,
        1 => 0.0,
        // A wording inside another ("atbildīg" in "Līdzatbildīgās") may
        // name two roles in one heading; more is several headings.
        k => 4.0 * (k - 1) as f64,
    };
    if named.len() == 1 {
        // Words that are no header's belong to a heading of their own.
        cost += 2.0
            * ws.iter()
                .filter(|w| !crate::labels::is_header_text(w))
                .count() as f64;
        // Before the wording only words that open a heading stand
        // ("Indikatīvais īstenošanas laiks", not "personas Finansējuma avots").
        let role = named.first().copied();
        let names = |a: usize, b: usize| {
            header_columns(&ws.get(a..b).unwrap_or_default().join(" "))
                .first()
                .copied()
                == role
        };
        let first_named = (1..=ws.len()).find(|&k| names(0, k)).unwrap_or(ws.len());
        let starts = (0..first_named)
            .rev()
            .find(|&s| names(s, first_named))
            .unwrap_or(0);
        cost += ws
            .get(..starts)
            .unwrap_or_default()
            .iter()
            .filter(|w| !ContentWords::has(openers, w))
            .count() as f64;
        if ws.len() > 1 && ws.iter().any(|w| crate::tabular::is_sub_part(w)) {
            cost += 5.0;
        }
    }
    if ws.len() > 1 && ws.last().is_some_and(|w| ContentWords::has(openers, w)) {
        cost += 3.0;
    }
    cost
}

/// How a row starts.
#[derive(Debug, Clone)]
enum Start {
    /// A measure's label ("Pasākums Nr. 1.1.") or number in the first
    /// column.
    Label(String),
    /// A group heading, a field label or a total: the whole row one text
    /// after its label.
    Whole(String),
    /// No label: the rest of a row from the page before.
    None,
}

struct RowText {
    start: Start,
    lines: Vec<String>,
    provenance: Provenance,
}

struct Rows {
    codes: Codes,
    layout: Vec<Column>,
    /// Measure numbers seen, for bare numbers in sequence.
    ids: Vec<String>,
    row: Option<RowText>,
}

impl Rows {
    fn extend_provenance(&mut self, line: &Line<'_>) {
        if let Some(r) = self.row.as_mut() {
            r.provenance = r.provenance.union(&Provenance::lines(line.no, line.no));
        }
    }

    /// A row that starts at line `i`: how it starts, the lines its label
    /// takes and the text after the label on its last line.
    fn row_start(&mut self, content: &[Line<'_>], i: usize) -> Option<(Start, usize, String)> {
        let text = content.get(i)?.text();
        let label_of = |t: &str, rest: &str| {
            t.get(..t.len() - rest.len())
                .unwrap_or(t)
                .trim()
                .to_string()
        };
        if let Some((id, rest)) = measure_start(text) {
            self.ids.push(id);
            return Some((
                Start::Label(label_of(text, rest)),
                1,
                rest.trim().to_string(),
            ));
        }
        if let Some((id, label, rest)) = content
            .get(i + 1)
            .and_then(|n| wrapped_label(text, n.text()))
        {
            self.ids.push(id);
            return Some((Start::Label(label), 2, rest.trim().to_string()));
        }
        let first = text.split_whitespace().next().unwrap_or_default();
        if direction_start(text).is_some()
            || field_label(text).is_some()
            || Profile::shipped().is_total(first)
        {
            return Some((Start::Whole(text.to_string()), 1, String::new()));
        }
        let (id, rest) = leading_id(text)?;
        if !self.in_sequence(&id) {
            return None;
        }
        self.ids.push(id);
        Some((
            Start::Label(label_of(text, rest)),
            1,
            rest.trim().to_string(),
        ))
    }

    /// A bare number that follows the numbers before it: a sub-number
    /// of the last, or the next of the last or of one of its ancestors,
    /// either perhaps followed by `.1`s (the first measure of a new group:
    /// "2.1." after "1.6.").
    fn in_sequence(&self, id: &str) -> bool {
        let mut bases = vec![id.to_string()];
        let mut base = id;
        while let Some(b) = base.strip_suffix(".1") {
            bases.push(b.to_string());
            base = b;
        }
        let Some(last) = self.ids.last() else {
            return bases.iter().any(|b| b == "1");
        };
        let parts: Vec<&str> = last.split('.').collect();
        let mut next: Vec<String> = vec![format!("{last}.1")];
        for k in 1..=parts.len() {
            let head = parts.get(..k - 1).unwrap_or_default();
            let n: u32 = parts.get(k - 1).and_then(|p| p.parse().ok()).unwrap_or(0);
            let mut v: Vec<String> = head.iter().map(|s| s.to_string()).collect();
            v.push((n + 1).to_string());
            next.push(v.join("."));
        }
        bases.iter().any(|b| next.contains(b))
    }

    /// Ends the open row: its cells found, the grid row written.
    fn flush(&mut self, out: &mut Vec<Piece>) {
        let Some(row) = self.row.take() else { return };
        let provenance = row.provenance.clone();
        let cell = |col: usize, text: String| RawCell {
            col,
            col_span: 1,
            row_span: 1,
            text,
            provenance: provenance.clone(),
        };
        let mut cells = Vec::new();
        match row.start {
            Start::Whole(first) => {
                let mut all = vec![first];
                all.extend(row.lines);
                let text = join_wrapped(&all);
                // A group heading may begin with a field's word ("Mērķis 1.
                // Pakalpojumu pieejamība" is a group, "Mērķis: …" a field).
                let field = direction_start(&text)
                    .is_none()
                    .then(|| field_label(&text))
                    .flatten();
                if let Some((_, rest)) = field {
                    let label = text
                        .get(..text.len() - rest.len())
                        .unwrap_or_default()
                        .trim()
                        .to_string();
                    cells.push(cell(0, label));
                    if !rest.trim().is_empty() {
                        cells.push(cell(1, rest.trim().to_string()));
                    }
                } else {
                    cells.push(cell(0, text));
                }
            }
            Start::Label(label) => {
                cells.push(cell(0, label));
                cells.extend(self.cells(&row.lines).into_iter().map(|(c, t)| cell(c, t)));
            }
            Start::None => {
                cells.extend(self.cells(&row.lines).into_iter().map(|(c, t)| cell(c, t)));
            }
        }
        if cells.is_empty() {
            return;
        }
        out.push(Piece::Row(GridRow {
            cells,
            width: self.layout.len(),
            provenance,
        }));
    }

    /// A row's lines parted into cells: (grid position, text).
    fn cells(&self, lines: &[String]) -> Vec<(usize, String)> {
        part_row(lines, &self.layout, &self.codes)
    }
}

/// What a word is, for the columns it may stand in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Year,
    Number,
    Roman,
    Code,
    Period,
    Institution,
    Funding,
    Note,
    Lower,
    Upper,
    Other,
}

fn word_kind(word: &str, codes: &Codes) -> Word {
    let w = word.trim_matches(|c: char| ",;:.()".contains(c));
    let cw = &Profile::shipped().content;
    if w.is_empty() {
        return Word::Other;
    }
    let digits = w.chars().filter(char::is_ascii_digit).count();
    if digits > 0 && w.chars().all(|c| c.is_ascii_digit() || "–-.,".contains(c)) {
        let year_like = w
            .split(['–', '-', '.'])
            .filter(|p| !p.is_empty())
            .all(|p| p.len() == 4 && (p.starts_with("19") || p.starts_with("20")));
        return if year_like { Word::Year } else { Word::Number };
    }
    if matches!(w, "I" | "II" | "III" | "IV") {
        return Word::Roman;
    }
    if codes.is_code(w) {
        return match codes.expansion(w) {
            Some(e)
                if e.split_whitespace()
                    .any(|x| ContentWords::has(&cw.budget_note_codes, x)) =>
            {
                Word::Note
            }
            Some(e)
                if e.split_whitespace()
                    .any(|x| ContentWords::has(&cw.funding_codes, x)) =>
            {
                Word::Funding
            }
            _ => Word::Code,
        };
    }
    if ContentWords::has(&cw.period, w) || ContentWords::has(&cw.period_alone, w) {
        return Word::Period;
    }
    if ContentWords::has(&cw.funding, w) {
        return Word::Funding;
    }
    if ContentWords::has(&cw.budget_note, w) {
        return Word::Note;
    }
    if ContentWords::has(&cw.institutions, w) {
        return Word::Institution;
    }
    if w.chars().next().is_some_and(char::is_lowercase) {
        Word::Lower
    } else if w.chars().next().is_some_and(char::is_uppercase) {
        Word::Upper
    } else {
        Word::Other
    }
}

/// What a run of words is, once for every column it may go to.
struct Features {
    /// Each word's kind, and whether it stands inside parentheses.
    words: Vec<(Word, bool)>,
    amount: bool,
    period: bool,
    open_parens: bool,
    trailing_comma: bool,
    lower_start: bool,
    /// The text opens with a parenthesis: the note of the item before.
    paren_start: bool,
    /// Codes that follow an item of a list with no comma between them
    /// ("VID (CI1) IZM"): the next cell's.
    juxtaposed: usize,
}

impl Features {
    fn of(lines: &[&str], codes: &Codes) -> Features {
        let text = join_wrapped(lines);
        let mut f = Features::of_text(&text, codes);
        // Codes side by side across a line end are the seeds' entries one
        // a line ("TM (CI)" / "IZM (CI2)"): only those within a line count.
        f.juxtaposed = lines
            .iter()
            .map(|l| Features::of_text(l, codes).juxtaposed)
            .sum();
        f
    }

    fn of_text(text: &str, codes: &Codes) -> Features {
        let mut depth = 0i32;
        let mut words = Vec::new();
        let mut juxtaposed = 0;
        let mut prev: Option<(&str, bool)> = None;
        for w in text.split_whitespace() {
            let kind = word_kind(w, codes);
            if let Some((p, p_outside)) = prev {
                let joined = format!("{p} {w}");
                if depth == 0
                    && p_outside
                    && matches!(kind, Word::Code | Word::Funding | Word::Note)
                    && !p.ends_with([',', ';'])
                    && p != "un"
                    && (codes.is_code(p) || p.ends_with(')'))
                    && !codes.defines(joined.trim_matches(|c: char| ",;:.()".contains(c)))
                {
                    juxtaposed += 1;
                }
            }
            prev = Some((w, depth == 0 || w.ends_with(')')));
            let opens = w.starts_with('(');
            if opens {
                depth += 1;
            }
            words.push((kind, depth > 0));
            depth += w.matches('(').count() as i32 - i32::from(opens);
            depth -= w.matches(')').count() as i32;
        }
        Features {
            words,
            amount: content::is_amount(text),
            period: content::is_period(text),
            open_parens: depth != 0,
            trailing_comma: text.trim_end().ends_with(','),
            lower_start: text.chars().next().is_some_and(char::is_lowercase),
            juxtaposed,
            paren_start: text.starts_with('('),
        }
    }

    /// How unlike a cell of `column` the text is (0: just like one): the
    /// cost of each word in such a cell, and of the cell's shape.
    fn cost(&self, column: Column) -> f64 {
        use Word::*;
        let word = |k: Word, paren: bool| -> f64 {
            match column {
                Column::Title => match k {
                    Code => 1.2,
                    Year => 1.5,
                    Number => 2.0,
                    Period | Roman | Note | Funding => 0.8,
                    Institution => 0.5,
                    _ if paren => 0.2,
                    _ => 0.3,
                },
                Column::Responsible | Column::Financer | Column::Partners => match k {
                    _ if paren => 0.1,
                    Code => 0.0,
                    Institution => 0.2,
                    Lower | Funding | Note => 1.2,
                    Upper | Other => 1.0,
                    Period | Roman => 1.5,
                    Year | Number => 3.0,
                },
                Column::Period => match k {
                    Year | Period | Roman => 0.0,
                    Number => 0.1,
                    _ => 3.0,
                },
                Column::Budget | Column::BudgetYear(_) | Column::BudgetTotal => match k {
                    Number => 0.0,
                    Note | Funding => 0.2,
                    Code => 1.0,
                    Year => 1.5,
                    _ => 1.5,
                },
                Column::FundingSource => match k {
                    Funding => 0.0,
                    Code | Note => 0.3,
                    Lower | Institution => 1.2,
                    Year | Number => 3.0,
                    _ => 1.0,
                },
                Column::Result | Column::Other(_) => match k {
                    Year | Number => 1.0,
                    _ => 0.6,
                },
                Column::Label | Column::Id => 8.0,
            }
        };
        let mut cost: f64 = self.words.iter().map(|(k, p)| word(*k, *p)).sum();
        if matches!(
            column,
            Column::Responsible | Column::Financer | Column::Partners | Column::FundingSource
        ) {
            cost += 1.5 * self.juxtaposed as f64;
        }
        match column {
            Column::Title if self.lower_start => cost += 2.0,
            Column::Budget | Column::BudgetYear(_) | Column::BudgetTotal => {
                // Numbers that make no one amount are no one cell.
                let numbers = self.words.iter().filter(|(k, _)| *k == Number).count();
                if numbers > 0 && !self.amount {
                    cost += 3.0;
                }
            }
            Column::Period if !self.period => cost += 2.0,
            Column::Responsible | Column::Financer | Column::Partners | Column::FundingSource
                if self.lower_start
                    && !matches!(self.words.first(), Some((Institution | Funding, _))) =>
            {
                cost += 1.5
            }
            _ => {}
        }
        if self.open_parens {
            cost += 1.0;
        }
        if self.paren_start {
            cost += 4.0;
        }
        if self.trailing_comma {
            cost += 1.5;
        }
        cost + CELL
    }
}

/// What every cell costs: a row is parted into no more cells than its
/// content asks for.
const CELL: f64 = 0.4;

/// A line break inside a cell: how unlike a wrap it is.
fn break_cost(before: &str, after: &str, codes: &Codes) -> f64 {
    let end = before.trim_end();
    if end.ends_with([',', '(', '-', '–'])
        || after.starts_with(|c: char| c.is_lowercase() || c == '(')
    {
        return 0.0;
    }
    let first = after.split_whitespace().next().unwrap_or_default();
    let depth = end.chars().fold(0i32, |d, c| match c {
        '(' => d + 1,
        ')' => d - 1,
        _ => d,
    });
    if depth > 0 {
        return 0.0;
    }
    if codes.is_code(first) {
        return if end.ends_with(')') { 0.3 } else { 1.2 };
    }
    0.8
}

/// Words of the row joined with spaces.
fn joined(words: Option<&[(usize, &str)]>) -> String {
    words
        .unwrap_or_default()
        .iter()
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Penalty for a cell that starts a line after a cell of one line: on one
/// baseline the two would have shared the line.
const OFF_BASELINE: f64 = 4.0;
/// Penalty for a row whose title is left empty.
const NO_TITLE: f64 = 3.0;

/// A row's lines parted into cells at grid positions after the first
/// (the label's), columns in order: the cheapest parting by content.
fn part_row(lines: &[String], layout: &[Column], codes: &Codes) -> Vec<(usize, String)> {
    let words: Vec<Vec<&str>> = lines
        .iter()
        .map(|l| l.split_whitespace().collect())
        .collect();
    let mut offsets = vec![0usize];
    for w in &words {
        offsets.push(offsets.last().copied().unwrap_or(0) + w.len());
    }
    let total = offsets.last().copied().unwrap_or(0);
    let ncols = layout.len();
    if total == 0 || ncols < 2 {
        return Vec::new();
    }
    let flat: Vec<(usize, &str)> = words
        .iter()
        .enumerate()
        .flat_map(|(i, ws)| ws.iter().map(move |w| (i, *w)))
        .collect();
    let line_of = |p: usize| flat.get(p).map_or(words.len(), |(i, _)| *i);
    let line_start = |i: usize| offsets.get(i).copied().unwrap_or(total);
    // best[p][j][f]: cost of parting words ..p with the last cell in
    // column j; f: that cell was of one line and ended its line.
    const INF: f64 = f64::INFINITY;
    let mut best = vec![vec![[INF; 2]; ncols]; total + 1];
    type Back = Option<(usize, usize, usize, usize)>; // (prev p, prev j, prev f, line count)
    let mut back: Vec<Vec<[Back; 2]>> = vec![vec![[None; 2]; ncols]; total + 1];
    if let Some(b) = best.get_mut(0).and_then(|r| r.get_mut(0)) {
        b[0] = 0.0;
    }
    for p in 0..total {
        let i = line_of(p);
        let at_line_start = p == line_start(i);
        let line_end = line_start(i + 1);
        // The shapes of a cell starting at p: (end, lines, text).
        let mut shapes: Vec<(usize, usize, f64, Vec<String>)> = Vec::new();
        for e in p + 1..line_end {
            shapes.push((e, 1, 0.0, vec![joined(flat.get(p..e))]));
        }
        let mut text_lines = vec![joined(flat.get(p..line_end))];
        let mut breaks = 0.0;
        for i2 in i..words.len().min(i + CELL_LINES) {
            if i2 > i {
                let before = text_lines.last().cloned().unwrap_or_default();
                let next = lines.get(i2).cloned().unwrap_or_default();
                breaks += break_cost(&before, &next, codes);
                text_lines.push(next);
            }
            shapes.push((line_start(i2 + 1), i2 - i + 1, breaks, text_lines.clone()));
        }
        for (end, nlines, extra, cell_lines) in shapes {
            let cell_lines: Vec<&str> = cell_lines.iter().map(String::as_str).collect();
            let features = Features::of(&cell_lines, codes);
            let ends_line = end == line_start(line_of(end.saturating_sub(1)) + 1);
            let f_next = usize::from(nlines == 1 && ends_line);
            for j in 0..ncols {
                for f in 0..2 {
                    let before = best.get(p).and_then(|r| r.get(j)).map_or(INF, |b| b[f]);
                    if !before.is_finite() {
                        continue;
                    }
                    let mut struct_cost = extra;
                    if at_line_start && f == 1 {
                        struct_cost += OFF_BASELINE;
                    }
                    for j2 in j + 1..ncols {
                        let Some(col) = layout.get(j2) else { continue };
                        let mut cost = before + struct_cost + features.cost(*col);
                        if j == 0 && j2 > 1 && layout.get(1) == Some(&Column::Title) {
                            cost += NO_TITLE;
                        }
                        if let Some(slot) = best.get_mut(end).and_then(|r| r.get_mut(j2)) {
                            if cost < slot[f_next] {
                                slot[f_next] = cost;
                                if let Some(b) = back.get_mut(end).and_then(|r| r.get_mut(j2)) {
                                    b[f_next] = Some((p, j, f, nlines));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // The cheapest end, then the cells back to the start.
    let mut end_state: Option<(usize, usize)> = None;
    let mut low = INF;
    for j in 0..ncols {
        for f in 0..2 {
            let c = best.get(total).and_then(|r| r.get(j)).map_or(INF, |b| b[f]);
            if c < low {
                low = c;
                end_state = Some((j, f));
            }
        }
    }
    let mut out = Vec::new();
    let (mut p, (mut j, mut f)) = (total, end_state.unwrap_or((0, 0)));
    while p > 0 {
        let Some((pp, pj, pf, nlines)) = back.get(p).and_then(|r| r.get(j)).and_then(|b| b[f])
        else {
            break;
        };
        let i = line_of(pp);
        let text = if nlines == 1 && p <= line_start(i + 1) {
            joined(flat.get(pp..p))
        } else {
            let mut ls = vec![joined(flat.get(pp..line_start(i + 1)))];
            ls.extend(
                lines
                    .get(i + 1..i + nlines)
                    .unwrap_or_default()
                    .iter()
                    .cloned(),
            );
            join_wrapped(&ls)
        };
        out.push((j, text));
        p = pp;
        j = pj;
        f = pf;
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::numbered;

    /// The header of a reportlab table as `pdftotext -raw` prints it:
    /// headings centred (one a line, or two side by side), then the
    /// sub-headings under "Atbildīgā institūcija".
    const HEADER: &str = "Pasākuma nosaukums:\nAtbildīgā institūcija Indikatīvais\nīstenošanas\nlaiks\n\
        Indikatīvais\nfinansējums,\nEUR\nIesaistāmās\ninstitūcijas un\npersonas\nFinansējuma\navots\n\
        iepirkuma veicējs finansētājs\n";

    fn layout() -> Vec<Column> {
        let lines = numbered(HEADER);
        let content: Vec<Line<'_>> = lines
            .iter()
            .filter(|l| !l.text().is_empty())
            .copied()
            .collect();
        header(&content).1
    }

    #[test]
    fn headings_part_where_their_wordings_do() {
        use Column::*;
        assert_eq!(
            layout(),
            [
                Title,
                Title,
                Responsible,
                Financer,
                Period,
                Budget,
                Partners,
                FundingSource
            ]
        );
        let w: Vec<(usize, &str)> = [
            "Atbildīgā",
            "institūcija",
            "Indikatīvais",
            "īstenošanas",
            "laiks",
        ]
        .iter()
        .map(|w| (0, *w))
        .collect();
        assert!(splits_wording(&w, 4), "a cut through īstenošanas laiks");
        assert!(!splits_wording(&w, 2));
    }

    fn row(lines: &[&str]) -> Vec<(usize, String)> {
        let codes = Codes::from_lines([
            "IeM IC - Iekšlietu ministrijas Informācijas centrs,",
            "ESF+ - Eiropas Sociālais fonds Plus,",
        ]);
        let lines: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        part_row(&lines, &layout(), &codes)
    }

    fn cells(parted: &[(usize, String)]) -> Vec<(usize, &str)> {
        parted.iter().map(|(c, t)| (*c, t.as_str())).collect()
    }

    /// Cells of one line share it with the next cell; a cell of several
    /// lines ends before a line that starts the next.
    #[test]
    fn a_row_is_parted_into_its_cells() {
        let parted = row(&[
            "Sociālās kampaņas publicēšana VID (CI1) IZM 2025-2027 30100 NVO (biedrības,",
            "nodibinājumi), IeM IC",
            "ESF+",
        ]);
        assert_eq!(
            cells(&parted),
            [
                (1, "Sociālās kampaņas publicēšana"),
                (2, "VID (CI1)"),
                (3, "IZM"),
                (4, "2025-2027"),
                (5, "30100"),
                (6, "NVO (biedrības, nodibinājumi), IeM IC"),
                (7, "ESF+"),
            ]
        );
    }

    /// The seeds' entries one a line ("TM (CI)" / "IZM (CI2)") are one
    /// cell: a cell of one line would have shared its line with the next.
    #[test]
    fn entries_one_a_line_stay_one_cell() {
        let parted = row(&[
            "Interaktīvās kartes sagatavošana un publicēšana TM (CI)",
            "IZM (CI2)",
            "2026. gada I",
            "ceturksnis",
            "11 700 TM, VP, VK, IZM valsts budžets,",
            "ESF+",
        ]);
        assert_eq!(
            cells(&parted),
            [
                (1, "Interaktīvās kartes sagatavošana un publicēšana"),
                (2, "TM (CI) IZM (CI2)"),
                (4, "2026. gada I ceturksnis"),
                (5, "11 700"),
                (6, "TM, VP, VK, IZM"),
                (7, "valsts budžets, ESF+"),
            ]
        );
    }

    /// A label wrapped in its cell opens a row; a bare number opens one
    /// when it follows the numbers before it, and a year never does.
    #[test]
    fn rows_open_at_labels_and_numbers_in_sequence() {
        assert_eq!(
            wrapped_label("Pasākums", "nr.1.1. Logo"),
            Some(("1.1".to_string(), "Pasākums nr.1.1.".to_string(), "Logo"))
        );
        assert!(wrapped_label("Logo izveide", "nr.1.1.").is_none());
        let mut rows = Rows {
            codes: Codes::default(),
            layout: Vec::new(),
            ids: vec!["1.6".to_string()],
            row: None,
        };
        assert!(rows.in_sequence("2.1"));
        assert!(rows.in_sequence("1.6.1"));
        assert!(rows.in_sequence("1.7"));
        assert!(!rows.in_sequence("3.1"));
        rows.ids.clear();
        assert!(rows.in_sequence("1.1"));
        assert!(leading_id("2026. gada II ceturksnis").is_none());
    }

    /// A whole export: the header, a group, two measures, the signatory
    /// after the table.
    #[test]
    fn a_raw_export_reads_into_rows() {
        let text = format!(
            "Rīcības plāns\n{HEADER}1. mērķis. Drošas vides veidošana\nPasākums Nr.\n1.1.\n\
             Logo izveide TM (CI) IZM 2025 1 600 PV valsts budžets\n\
             Pasākums Nr. 1.2. Stendu izgatavošana VK FM Katru gadu esošā budžeta ietvaros\n\
             Valsts sekretāre\nA.Liepiņa\n"
        );
        let lines = numbered(&text);
        assert!(is_stream(&lines));
        let t = crate::tabular::read(&pieces(&lines));
        let rows: Vec<&crate::Row> = t
            .items
            .iter()
            .filter_map(|i| match i {
                crate::Item::Row(r) => Some(r),
                _ => None,
            })
            .collect();
        let cell = |r: &crate::Row, c: Column| r.cell(c).map(|c| c.text.clone());
        let m = rows
            .iter()
            .find(|r| cell(r, Column::Label).is_some_and(|l| l.contains("1.1.")))
            .expect("measure 1.1");
        assert_eq!(cell(m, Column::Title).as_deref(), Some("Logo izveide"));
        assert_eq!(cell(m, Column::Responsible).as_deref(), Some("TM (CI)"));
        assert_eq!(cell(m, Column::Financer).as_deref(), Some("IZM"));
        assert_eq!(cell(m, Column::Budget).as_deref(), Some("1 600"));
        assert_eq!(
            cell(m, Column::FundingSource).as_deref(),
            Some("valsts budžets")
        );
        let m = rows
            .iter()
            .find(|r| cell(r, Column::Label).is_some_and(|l| l.contains("1.2.")))
            .expect("measure 1.2");
        assert_eq!(cell(m, Column::Period).as_deref(), Some("Katru gadu"));
        assert_eq!(
            cell(m, Column::Budget).as_deref(),
            Some("esošā budžeta ietvaros")
        );
        // The signatory is text after the table, in no row.
        assert!(t.items.iter().any(
            |i| matches!(i, crate::Item::Block(b) if b.lines.iter().any(|l| l.contains("Liepiņa")))
        ));
        assert!(!rows
            .iter()
            .any(|r| r.cells.iter().any(|c| c.text.contains("Liepiņa"))));
    }

    /// Whole-cell wordings ("Nr.", "Pasākums") are headings of their own
    /// before a wording found by its stem.
    #[test]
    fn short_headings_on_one_line_part() {
        let w: Vec<(usize, &str)> = ["Nr.", "Pasākums", "Atbildīgā", "iestāde"]
            .iter()
            .map(|w| (0, *w))
            .collect();
        assert_eq!(header_cells(&w), ["Nr.", "Pasākums", "Atbildīgā iestāde"]);
    }

    /// Page furniture in the body: page numbers in their printed forms.
    #[test]
    fn page_numbers() {
        for t in ["3/4", "2. lpp.", "lapa 3"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2026", "30100", "1 600"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    /// A group heading that begins with a field's word is the group's
    /// ("Mērķis 1. …"); "Mērķis: …" is the goals field.
    #[test]
    fn a_group_heading_is_no_field() {
        let mut rows = Rows {
            codes: Codes::default(),
            layout: layout(),
            ids: Vec::new(),
            row: None,
        };
        let mut out = Vec::new();
        for text in [
            "Mērķis 1. Pakalpojumu pieejamības uzlabošana",
            "Mērķis: (1) Palielināt pieejamību",
        ] {
            rows.row = Some(RowText {
                start: Start::Whole(text.to_string()),
                lines: Vec::new(),
                provenance: Provenance::default(),
            });
            rows.flush(&mut out);
        }
        let firsts: Vec<Vec<&str>> = out
            .iter()
            .filter_map(|p| match p {
                Piece::Row(r) => Some(r.cells.iter().map(|c| c.text.as_str()).collect()),
                _ => None,
            })
            .collect();
        assert_eq!(
            firsts,
            [
                vec!["Mērķis 1. Pakalpojumu pieejamības uzlabošana"],
                vec!["Mērķis:", "(1) Palielināt pieejamību"]
            ]
        );
    }

    /// A paragraph outside the table wrapped at the page's width is one
    /// text piece; short lines stay apart.
    #[test]
    fn wrapped_paragraphs_are_joined() {
        let long = "Saīsinājumi: LIAA - Latvijas Investīciju un attīstības aģentūra; PR - plānošanas reģioni; ESF+ - Eiropas Sociālais fonds";
        let text = format!("Pielikums\nLabklājības ministrijas\n{long}\nPlus; VM - Veselības ministrija.\nRīcības plāns\n{HEADER}Pasākums nr.1.1. Logo LM\n");
        let lines = numbered(&text);
        let texts: Vec<String> = pieces(&lines)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(t.raw),
                _ => None,
            })
            .collect();
        assert_eq!(
            texts,
            [
                "Pielikums".to_string(),
                "Labklājības ministrijas".to_string(),
                format!("{long} Plus; VM - Veselības ministrija."),
                "Rīcības plāns".to_string(),
            ]
        );
    }

    /// A tab export and the seeds' flowed export are no stream.
    #[test]
    fn other_exports_are_no_stream() {
        assert!(!is_stream(&numbered(
            "Pasākuma nosaukums:\tAtbildīgā institūcija\nPasākums nr.1.1.\tLogo\tLM\n"
        )));
        assert!(!is_stream(&numbered("Pasākuma nosaukums:\n\nIndikatīvais\n\nfinan-\n\nsējums, EUR\n\nPasākums nr.1.1. Logo\n\n")));
    }
}
