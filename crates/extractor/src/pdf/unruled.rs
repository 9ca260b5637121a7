//! A table drawn without rulings, read by alignment: its columns are the x
//! positions where many lines start a stretch of text after a wide gap (cell
//! text is set flush left, so every line of a cell starts at its column's
//! edge), and its rows start where the first column starts a new label.
//!
//! The table begins at its column-header lines (a line of header words such
//! as "Atbildīgā institūcija"; the header's lines are joined cell-wise into
//! one header row) or, on a page without a header, at the first line that
//! begins with a row label. Text before the table and after its last
//! labelled row (a signature) is read as paragraphs.

use super::interpret::Glyph;
use super::layout::{join_wrapped, paragraphs, upright_rows, PageLine};

/// A gap wider than this many ems between two words of a line parts two
/// cells wherever the second word stands (at least; see [`Gaps`]).
const CELL_GAP: f64 = 0.8;

/// How wide a gap between words parts cells, from the table's own spaces.
#[derive(Debug, Clone, Copy)]
struct Gaps {
    /// A word at a column's edge after a gap wider than this (ems) opens a
    /// cell: wider than the table's spaces (1.3 of their median), so text
    /// spanning columns whose word happens to stand at an edge stays whole,
    /// yet narrow cell padding (0.36 em seen) still parts cells.
    aligned: f64,
    /// A word beyond a column's edge after a gap wider than this opens a cell.
    cell: f64,
    /// In a line already cut into cells by a wide gap, a word at a
    /// column's edge after a gap wider than this begins that column: in
    /// fixed-width text one space is all that parts two cells (an amount
    /// set flush right against the next column's text); in a PDF, as
    /// `aligned`.
    cut_line: f64,
}

impl Gaps {
    /// From the median gap between words closer than [`CELL_GAP`];
    /// `fixed_pitch`: the glyphs stand on a grid of character cells.
    fn of(lines: &[Line], fixed_pitch: bool) -> Gaps {
        let mut spaces: Vec<f64> = lines
            .iter()
            .flat_map(|l| l.words.iter().map(|w| w.gap))
            .filter(|g| g.is_finite() && *g > 0.05 && *g < CELL_GAP)
            .collect();
        spaces.sort_by(f64::total_cmp);
        let space = spaces
            .get(spaces.len() / 2)
            .copied()
            .unwrap_or(0.3)
            .clamp(0.15, 0.4);
        Gaps {
            aligned: space * 1.3,
            cell: (space * 2.5).clamp(0.5, CELL_GAP),
            cut_line: if fixed_pitch {
                space * 0.7
            } else {
                space * 1.3
            },
        }
    }
}

/// Words closer than this (points) to a column's edge are set at it.
const EDGE_TOL: f64 = 2.5;

/// A word of a line: its glyphs, text and extent.
struct Word<'a> {
    glyphs: Vec<&'a Glyph>,
    text: String,
    x0: f64,
    x1: f64,
    /// The gap before it, in ems (infinite for a line's first word).
    gap: f64,
}

/// A text line cut into words.
struct Line<'a> {
    words: Vec<Word<'a>>,
    /// Every glyph of the line, spaces included (a kerned space narrower
    /// than a word gap still parts words when the line is read as text).
    all: Vec<&'a Glyph>,
}

impl Line<'_> {
    fn text(&self) -> String {
        self.words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn glyphs(&self) -> Vec<&Glyph> {
        self.all.clone()
    }

    /// The size of the line's first glyph (at least 1 pt).
    fn size(&self) -> f64 {
        self.words
            .first()
            .and_then(|w| w.glyphs.first())
            .map_or(1.0, |g| g.size.max(1.0))
    }

    /// The line's baseline: its first word's.
    fn baseline(&self) -> f64 {
        self.words
            .first()
            .and_then(|w| w.glyphs.first())
            .map_or(0.0, |g| g.y)
    }
}

/// The page's upright glyphs as paragraphs and table rows (tab-separated
/// cells), top to bottom; `None` when no table is found. `prior` holds the
/// column edges of the table on the pages before: they are used when this
/// page shows fewer (a row or two on a last page).
pub fn lines(
    glyphs: &[&Glyph],
    prior: &mut Option<Columns>,
    fixed_pitch: bool,
) -> Option<Vec<PageLine>> {
    let upright: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| g.quarter() == 0)
        .collect();
    let lines: Vec<Line> = upright_rows(upright.iter().copied())
        .into_iter()
        .map(|(gs, _)| words(gs))
        .filter(|l| !l.words.is_empty())
        .collect();
    let start = lines.iter().position(is_header_line).or_else(|| {
        (0..lines.len()).position(|i| {
            let first = |k: usize| {
                lines
                    .get(k)
                    .and_then(|l| stretches(l).into_iter().next())
                    .unwrap_or_default()
            };
            // A label on the line, or wrapped onto the next in its column.
            let wrapped = lines.get(i).zip(lines.get(i + 1)).is_some_and(|(a, b)| {
                let x = |l: &Line| l.words.first().map_or(f64::NAN, |w| w.x0);
                (x(a) - x(b)).abs() < 2.0 && opens_row(&format!("{} {}", first(i), first(i + 1)))
            });
            // On a page after a table's first, a line of cells whose first
            // is a measure's number ("5.3.") goes on with the table.
            let numbered = prior.is_some()
                && lines
                    .get(i)
                    .is_some_and(|l| stretches(l).len() >= 2 && opens_row(&first(i)));
            lines.get(i).is_some_and(|l| starts_row(&l.text())) || wrapped || numbered
        })
    })?;
    // A header cell set vertically centred puts lines of its neighbours'
    // headings above the line found ("Īstenošanas" over "Nr. p. k.
    // Rīcība …"): header words right above it begin the header, and so
    // do headings standing where the line below them has no text, one
    // over the other.
    let found = start;
    let mut start = start;
    while start > 0
        && lines.get(found).is_some_and(is_header_line)
        && lines.get(start - 1).is_some_and(|above| {
            let close = lines
                .get(start)
                .is_some_and(|l| above.baseline() - l.baseline() < 1.6 * above.size());
            let known = stretches(above)
                .iter()
                .all(|s| crate::labels::is_header_text(s));
            (close && known) || lines.get(start).is_some_and(|l| heading_beside(above, l))
        })
    {
        start -= 1;
    }
    // A line of short headings planx partly knows ("Pasākums … Piezīmes")
    // between header lines is one of them.
    let header_end = (found..lines.len())
        .find(|&i| {
            let line = lines.get(i);
            let next = lines.get(i + 1);
            let header = line.is_some_and(continues_header)
                || (line.is_some_and(short_headings) && next.is_some_and(continues_header))
                || (i > found
                    && line
                        .zip(lines.get(i - 1))
                        .is_some_and(|(l, above)| heading_beside(l, above)));
            !header
        })
        .unwrap_or(lines.len());
    let body = lines.get(header_end..).unwrap_or_default();
    let gaps = Gaps::of(lines.get(start..).unwrap_or_default(), fixed_pitch);
    let table = lines.get(start..).unwrap_or_default();
    let own = column_edges(table, gaps, header_end - start)
        .map(|c| c.tidied(table, header_end - start, gaps));
    let edges = match (own, prior.take()) {
        // A page without a header of its own continues the table of the
        // page before, with its columns.
        (Some(own), Some(before))
            if own.edges.len() < before.edges.len() || header_end == start =>
        {
            before
        }
        (Some(own), _) => own,
        (None, before) => before?,
    };
    *prior = Some(edges.clone());
    let header: Vec<Vec<String>> = lines
        .get(start..header_end)
        .unwrap_or_default()
        .iter()
        .map(|l| cells(l, &edges, gaps))
        .collect();
    // Rows open where the first column starts a row label (a measure or
    // group label, a bare number, a totals word), on one line or wrapped
    // over two ("PASĀKUMS" / "NR.1.1."); the lines after it, until the
    // next, continue it. A page whose first column holds no label at all
    // opens a row at each line whose first cell starts with a capital or a
    // digit.
    let body_cells: Vec<Vec<String>> = body.iter().map(|l| cells(l, &edges, gaps)).collect();
    // The header names the title over a column and another role over the
    // next: measure labels there begin their title cells ("PASĀKUMS
    // NR.1." over its title's lines).
    let named = |k: usize| {
        let text: Vec<&str> = header
            .iter()
            .filter_map(|h| h.get(k))
            .map(String::as_str)
            .collect();
        crate::labels::header_columns(&text.join(" "))
            .first()
            .copied()
    };
    let titled = |k: usize| {
        named(k) == Some(crate::Column::Title)
            && named(k + 1).is_some_and(|c| c != crate::Column::Title)
    };
    let (mut starts, label_col) = row_starts(&body_cells, &titled);
    // Text below a gap wider than two line pitches and half as wide again
    // as the gaps between rows (at most two and a half pitches: a
    // signature or a page footer under the table's last row) is no part
    // of the row above.
    let ys: Vec<f64> = body.iter().map(Line::baseline).collect();
    let mut pitches: Vec<f64> = ys
        .windows(2)
        .map(|w| w[0] - w[1])
        .filter(|d| *d > 0.0)
        .collect();
    pitches.sort_by(f64::total_cmp);
    if let Some(&pitch) = pitches.get(pitches.len() / 2) {
        let row_gaps: Vec<f64> = pitches
            .iter()
            .copied()
            .filter(|d| *d > 1.2 * pitch)
            .collect();
        let row_gap = row_gaps.get(row_gaps.len() / 2).copied().unwrap_or(0.0);
        let wide = (2.0 * pitch).max((1.5 * row_gap).min(2.5 * pitch));
        for (i, w) in ys.windows(2).enumerate() {
            if w[0] - w[1] > wide && !starts.contains(&(i + 1)) {
                starts.push(i + 1);
            }
        }
        starts.sort_unstable();
    }
    // The abbreviation list or the overall goal under the table, begun in
    // its first column, is no part of the row above.
    let document = &crate::profile::Profile::shipped().document;
    for (i, cells) in body_cells.iter().enumerate() {
        let first = cells.iter().find(|c| !c.is_empty()).map(String::as_str);
        let labelled = first.is_some_and(|t| {
            crate::profile::DocumentLabels::after(&document.abbreviation_headings, t).is_some()
                || crate::profile::DocumentLabels::after(&document.overall_goal, t).is_some()
        });
        let leftmost = cells.iter().take(label_col + 1).any(|c| !c.is_empty());
        if labelled && leftmost && !starts.contains(&i) {
            starts.push(i);
        }
    }
    starts.sort_unstable();
    move_starts_up(&mut starts, body, &body_cells);
    let mut rows: Vec<(Vec<Vec<String>>, Vec<&Glyph>)> = Vec::new();
    for (i, (line, c)) in body.iter().zip(body_cells).enumerate() {
        match rows.last_mut() {
            Some((parts, glyphs)) if !starts.contains(&i) => {
                parts.push(c);
                glyphs.extend(line.glyphs());
            }
            _ => rows.push((vec![c], line.glyphs())),
        }
    }
    // Rows after the last labelled one are text below the table.
    let first_cell = |parts: &[Vec<String>]| {
        parts
            .iter()
            .filter_map(|c| c.get(label_col))
            .map(String::as_str)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // A row cut by the page break, continued at the top of this page, has
    // nothing in its first column.
    let labelled = rows
        .iter()
        .rposition(|(parts, _)| opens_row(&first_cell(parts)))
        .or_else(|| {
            rows.first()
                .filter(|(p, _)| first_cell(p).is_empty())
                .map(|_| 0)
        })?;
    let mut out = paragraphs(
        &lines
            .get(..start)
            .unwrap_or_default()
            .iter()
            .flat_map(Line::glyphs)
            .collect::<Vec<_>>(),
    );
    if !header.is_empty() {
        // A line of sub-column years and totals under the header ("2024
        // 2025 Kopā" under "Finansējums, EUR") is a header row of its own,
        // from its first such line on: the table reader names sub-columns
        // from it. Cells of such lines that hold other words (the last
        // line of a taller header cell beside the years) stay with the
        // header above.
        let is_sub =
            |c: &String| !c.is_empty() && c.split_whitespace().all(crate::tabular::is_sub_part);
        let sub = header
            .iter()
            .position(|cells| cells.iter().any(&is_sub))
            .filter(|&k| k > 0)
            .unwrap_or(header.len());
        let mut main: Vec<Vec<String>> = header.get(..sub).unwrap_or_default().to_vec();
        let mut subs: Vec<Vec<String>> = Vec::new();
        for cells in header.get(sub..).unwrap_or_default() {
            main.push(
                cells
                    .iter()
                    .map(|c| if is_sub(c) { String::new() } else { c.clone() })
                    .collect(),
            );
            subs.push(
                cells
                    .iter()
                    .map(|c| if is_sub(c) { c.clone() } else { String::new() })
                    .collect(),
            );
        }
        let glyphs = |range: std::ops::Range<usize>| -> Vec<&Glyph> {
            lines
                .get(range)
                .unwrap_or_default()
                .iter()
                .flat_map(Line::glyphs)
                .collect()
        };
        out.push(row_line(&main, &glyphs(start..header_end)));
        if !subs.is_empty() {
            out.push(row_line(&subs, &glyphs(start + sub..header_end)));
        }
    }
    let mut after: Vec<&Glyph> = Vec::new();
    for (k, (parts, glyphs)) in rows.iter().enumerate() {
        if k <= labelled {
            out.push(row_line(parts, glyphs));
        } else {
            after.extend(glyphs.iter().copied());
        }
    }
    out.extend(paragraphs(&after));
    let sideways: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| g.quarter() != 0)
        .collect();
    out.extend(paragraphs(&sideways));
    Some(out)
}

/// A line's glyphs (sorted left to right) cut into words at spaces and at
/// gaps wider than a fifth of an em.
fn words<'a>(glyphs: Vec<&'a Glyph>) -> Line<'a> {
    let all = glyphs.clone();
    let mut words: Vec<Word<'a>> = Vec::new();
    let mut end: Option<f64> = None;
    let mut open = false;
    for g in glyphs {
        if g.text.trim().is_empty() {
            open = false;
            continue;
        }
        let size = g.size.max(1.0);
        let gap = end.map_or(f64::INFINITY, |e| (g.x - e) / size);
        match words.last_mut() {
            Some(w) if open && gap <= 0.2 => {
                w.glyphs.push(g);
                w.text.push_str(g.text.trim());
                w.x1 = g.x + g.width;
            }
            _ => words.push(Word {
                glyphs: vec![g],
                text: g.text.trim().to_string(),
                x0: g.x,
                x1: g.x + g.width,
                gap,
            }),
        }
        open = true;
        end = Some(g.x + g.width);
    }
    Line { words, all }
}

/// A line of column headers: its words are header words and it names a
/// column ("Atbildīgā institūcija", "Indikatīvais finansējums, EUR").
fn is_header_line(line: &Line) -> bool {
    let text = line.text();
    crate::labels::is_header_text(&text) && !crate::labels::header_columns(&text).is_empty()
        || line.words.len() > 1 && {
            let parts = stretches(line);
            // A short heading spaced apart ("Nr. p. k.") names its column.
            let heading = |s: &String| {
                crate::labels::is_header_text(s)
                    || s.split_whitespace().count() <= 3
                        && !crate::labels::header_columns(s).is_empty()
            };
            let named = parts.iter().filter(|s| heading(s)).count();
            // A header may name a column planx does not know ("Saistītie
            // politikas dokumenti"): two thirds of three or more suffice.
            named == parts.len()
                || (parts.len() >= 3
                    && named * 3 >= parts.len() * 2
                    && parts.first().is_none_or(|s| !opens_row(s)))
        }
}

/// Rows whose cells are set vertically centred: the label stands in the
/// middle of its row, below the first lines of its taller cells. Where the
/// widest gap between the lines of two labels (wider than 1.25 line
/// pitches) lies above the line before the second label, the row starts
/// after that gap; set flush top, the widest gap is right above the label
/// and nothing moves.
fn move_starts_up(starts: &mut [usize], body: &[Line], cells: &[Vec<String>]) {
    let ys: Vec<f64> = body.iter().map(Line::baseline).collect();
    let mut pitches: Vec<f64> = ys
        .windows(2)
        .map(|w| w[0] - w[1])
        .filter(|d| *d > 0.0)
        .collect();
    pitches.sort_by(f64::total_cmp);
    let Some(&pitch) = pitches.get(pitches.len() / 2) else {
        return;
    };
    let mut moved = false;
    for k in 1..starts.len() {
        let (prev, start) = (starts[k - 1], starts[k]);
        let widest = (prev + 1..=start)
            .filter_map(|i| Some((i, ys.get(i - 1)? - ys.get(i)?)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((at, gap)) = widest else { continue };
        if at < start && gap > 1.25 * pitch && empty_labels(cells, at..start) {
            starts[k] = at;
            moved = true;
        }
    }
    // The page's first row, in such a table, begins with the lines above
    // its label when no wide gap parts them from it (a wide gap follows the
    // end of a row cut by the page break).
    if let Some(first) = starts.first_mut() {
        let close = (1..=*first).all(|i| ys[i - 1] - ys[i] <= 1.25 * pitch);
        if moved && *first > 0 && close && empty_labels(cells, 0..*first) {
            *first = 0;
        }
    }
}

/// The lines in `range` have nothing in the label column.
fn empty_labels(cells: &[Vec<String>], range: std::ops::Range<usize>) -> bool {
    range.into_iter().all(|i| {
        cells
            .get(i)
            .and_then(|c| c.first())
            .is_none_or(String::is_empty)
    })
}

/// A line of the header block begun by a header line: header words,
/// sub-column years and totals, or two thirds of its stretches such (a
/// column planx does not know). A row of column numbers is a row of its
/// own.
fn continues_header(line: &Line) -> bool {
    let parts = stretches(line);
    let header = |s: &String| {
        s.split_whitespace()
            .all(|w| crate::labels::is_header_text(w) || crate::tabular::is_sub_part(w))
    };
    let named = parts.iter().filter(|s| header(s)).count();
    // A header may name a column planx does not know ("Piezīmes").
    named == parts.len()
        || (parts.len() >= 3
            && named * 3 >= parts.len() * 2
            && parts.first().is_none_or(|s| !opens_row(s)))
}

/// A row of column numbers under the header ("1 2 3 … 10"): three or more
/// words, the numbers from 1 up. Its numbers are set centred, so they mark
/// no column's edge.
fn is_number_row(line: &Line) -> bool {
    line.words.len() >= 3
        && line
            .words
            .iter()
            .enumerate()
            .all(|(k, w)| w.text.trim_end_matches('.').parse::<usize>() == Ok(k + 1))
}

/// A line of short headings (three words or fewer each, no digits, none
/// opening a row), one of them a known header's.
fn short_headings(line: &Line) -> bool {
    let parts = stretches(line);
    !parts.is_empty()
        && parts.iter().all(|s| short_heading(s))
        && parts.iter().any(|s| crate::labels::is_header_text(s))
}

/// A stretch that may be a heading: three words or fewer, no digits, not
/// opening a row.
fn short_heading(text: &str) -> bool {
    text.split_whitespace().count() <= 3
        && !text.chars().any(|c| c.is_ascii_digit())
        && !opens_row(text)
}

/// A line of a heading set in a header cell taller than its neighbours'
/// (vertically centred: "Saistītie politikas" over, "dokumenti" under the
/// header's line), planx knowing its words or not: short stretches (see
/// [`short_heading`]) standing where `header` has no text, the line within
/// a line pitch and a half of `header`.
fn heading_beside(line: &Line, header: &Line) -> bool {
    let close = (line.baseline() - header.baseline()).abs() < 1.6 * line.size();
    let taken = parted(header, CELL_GAP);
    let parts = parted(line, CELL_GAP);
    close
        && !parts.is_empty()
        && parts.iter().all(|p| short_heading(&p.text))
        && parts
            .iter()
            .all(|p| taken.iter().all(|h| p.x1 < h.x0 || p.x0 > h.x1))
}

/// Words of a line between gaps wider than some width.
struct Stretch {
    x0: f64,
    x1: f64,
    text: String,
}

/// A line's stretches: its words joined where the gap between them is
/// `gap` ems or less.
fn parted(line: &Line, gap: f64) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    for w in &line.words {
        match out.last_mut() {
            Some(s) if w.gap <= gap => {
                s.x1 = w.x1;
                s.text.push(' ');
                s.text.push_str(&w.text);
            }
            _ => out.push(Stretch {
                x0: w.x0,
                x1: w.x1,
                text: w.text.clone(),
            }),
        }
    }
    out
}

/// The stretches of a line between wide gaps.
fn stretches(line: &Line) -> Vec<String> {
    parted(line, CELL_GAP).into_iter().map(|s| s.text).collect()
}

/// The lines that open rows, by their first cells (see [`lines`]), and
/// the label column they were found in.
fn row_starts(cells: &[Vec<String>], titled: &dyn Fn(usize) -> bool) -> (Vec<usize>, usize) {
    // The label column: of the first two, the one more lines open rows in
    // (a narrow column may stand left of it, empty in the body).
    let column = |k: usize| -> Vec<&str> {
        cells
            .iter()
            .map(|c| c.get(k).map_or("", |t| t.trim()))
            .collect()
    };
    let opened = |col: &[&str]| col.iter().filter(|t| opens_row(t)).count();
    let (a, b) = (column(0), column(1));
    if opened(&b) > opened(&a) {
        // Text left of the label column (a signature under the table)
        // is no part of a row.
        let mut starts = row_starts_in(&b, titled(1));
        starts.extend((0..a.len()).filter(|&i| a.get(i).is_some_and(|t| !t.is_empty())));
        starts.sort_unstable();
        starts.dedup();
        return (starts, 1);
    }
    (row_starts_in(&a, titled(0)), 0)
}

/// The lines that open rows by the texts of the label column; `titled`:
/// the header names it the title column (labels begin the title cells).
fn row_starts_in(first: &[&str], titled: bool) -> Vec<usize> {
    // The line whose first cell ends the label that line `i` begins: the
    // next line with text in the first column, within three lines (cells
    // set vertically centred put lines of other cells between).
    let completion = |i: usize| -> Option<usize> {
        let a = first
            .get(i)
            .copied()
            .filter(|a| !a.is_empty() && !opens_row(a))?;
        let j = (i + 1..(i + 4).min(first.len()))
            .find(|&j| first.get(j).is_some_and(|b| !b.is_empty()))?;
        let b = first.get(j)?;
        opens_row(&format!("{a} {b}")).then_some(j)
    };
    let completions: Vec<Option<usize>> = (0..first.len()).map(completion).collect();
    let completes = |i: usize| completions.contains(&Some(i));
    let wrapped = |i: usize| completions.get(i).copied().flatten();
    let labelled: Vec<usize> = (0..first.len())
        .filter(|&i| {
            let t = first.get(i).copied().unwrap_or_default();
            !t.is_empty() && !completes(i) && (opens_row(t) || wrapped(i).is_some())
        })
        .collect();
    let capital = |i: usize| {
        first
            .get(i)
            .and_then(|t| t.chars().next())
            .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
    };
    if labelled.is_empty() {
        return (0..first.len()).filter(|&i| capital(i)).collect();
    }
    // Where the first column holds the measures' labels or numbers and
    // nothing else, any other text in it (a signature under the table)
    // opens a row of its own too.
    let label_of = |i: usize| {
        let t = first.get(i).copied().unwrap_or_default();
        match wrapped(i) {
            Some(j) => format!("{t} {}", first.get(j).copied().unwrap_or_default()),
            None => t.to_string(),
        }
    };
    let measures: Vec<String> = labelled
        .iter()
        .map(|&i| label_of(i))
        .filter(|t| {
            crate::labels::measure_start(t).is_some() || crate::labels::bare_measure_id(t).is_some()
        })
        .collect();
    let label_column = !titled
        && !measures.is_empty()
        && measures.iter().all(|t| {
            crate::labels::measure_start(t).is_none_or(|(_, rest)| rest.trim().is_empty())
        });
    if !label_column {
        return labelled;
    }
    (0..first.len())
        .filter(|&i| labelled.contains(&i) || (capital(i) && !completes(i)))
        .collect()
}

/// The first cell of a line opens a table row: a row label, a measure's
/// bare number ("1.2.", "3." — not a year), or a totals word ("Kopā").
fn opens_row(text: &str) -> bool {
    let t = text.trim();
    starts_row(t)
        || t.split_whitespace().next().is_some_and(|w| {
            crate::labels::bare_measure_id(w).is_some_and(|id| {
                id.split('.')
                    .next()
                    .is_some_and(|n| n.len() <= 3 && !n.starts_with('0'))
            })
        })
        || crate::profile::Profile::shipped().is_total(t.trim_end_matches([':', '.']))
}

/// A table row label at the start of the text (measure, direction, field).
fn starts_row(text: &str) -> bool {
    crate::labels::measure_start(text).is_some()
        || crate::labels::direction_start(text).is_some()
        || crate::labels::field_label(text).is_some()
}

/// Column edges, left to right: x positions where at least a few lines
/// (and a twelfth of them) start a word after more than a space; and for a
/// column set flush right (amounts), the leftmost start of the stretches
/// that end together where no left edge explains them.
fn column_edges(lines: &[Line], gaps: Gaps, header_lines: usize) -> Option<Columns> {
    // A line of sub-column years and totals under the header names its
    // columns itself: amounts set flush right under a year make a column
    // however few rows fill it.
    // (Two such words on a header line, each alone between gaps.)
    let years: Vec<(f64, f64)> = lines
        .iter()
        .take(header_lines)
        .flat_map(|l| {
            let lone: Vec<(f64, f64)> = l
                .words
                .iter()
                .enumerate()
                .filter(|(i, w)| {
                    w.gap > CELL_GAP
                        && l.words.get(i + 1).is_none_or(|n| n.gap > CELL_GAP)
                        && crate::tabular::is_sub_part(&w.text)
                })
                .map(|(_, w)| (w.x0, w.x1))
                .collect();
            if lone.len() >= 2 {
                lone
            } else {
                Vec::new()
            }
        })
        .collect();
    let support = (lines.len() / 12).max(3);
    let amounts = amount_stretches(lines, gaps, header_lines);
    let ragged = ragged_amount_starts(&amounts, support);
    let is_amount: std::collections::HashSet<(u64, u64)> = amounts
        .iter()
        .map(|(e, b, _)| (e.to_bits(), b.to_bits()))
        .collect();
    // Starts of words after a gap, each with 1.0 for a header line's and
    // 0.0 for a body line's; amounts set flush right start where their
    // width puts them, so their starts mark no column.
    let starts: Vec<(f64, f64)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !is_number_row(l))
        .flat_map(|(i, l)| {
            let header = if i < header_lines { 1.0 } else { 0.0 };
            l.words
                .iter()
                .filter(|w| w.gap > gaps.aligned && !ragged.contains(&(i, w.x0.to_bits())))
                .map(|w| (w.x0, header))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    // A column few rows fill (a financer named once) still has its edge
    // where a heading and a cell of the body start alike.
    let mut edges: Vec<f64> = clusters(starts.iter().copied())
        .into_iter()
        .filter(|c| {
            let headed = c.iter().any(|(_, h)| *h > 0.5);
            let filled = c.iter().any(|(_, h)| *h < 0.5);
            c.len() >= support || (headed && filled)
        })
        .map(|c| c.iter().map(|(x, _)| x).sum::<f64>() / c.len() as f64)
        .collect();
    // Stretches (words between gaps wider than a space) as (end, start).
    let mut stretches: Vec<(f64, f64)> = Vec::new();
    // The header's, kept apart: a heading spanning the amounts' columns
    // ("… finansējums, EUR") may end where the last of them does.
    let mut header_stretches: std::collections::HashSet<(u64, u64)> =
        std::collections::HashSet::new();
    for (k, l) in lines.iter().enumerate() {
        if is_number_row(l) {
            continue;
        }
        for p in parted(l, gaps.aligned) {
            stretches.push((p.x1, p.x0));
            if k < header_lines {
                header_stretches.insert((p.x1.to_bits(), p.x0.to_bits()));
            }
        }
    }
    let near_edge = |x: f64, edges: &[f64]| edges.iter().any(|e| (x - e).abs() < EDGE_TOL);
    let mut added = Vec::new();
    let mut named_years: Vec<f64> = Vec::new();
    for group in clusters(stretches.iter().copied()) {
        // A heading set flush right over the column says it is one; the
        // column itself is where its body text is (a heading spanning the
        // amounts' columns may end where the last of them does), and a
        // column of amounts is where its amounts are: text of another
        // column that happens to end where they do is no part of it.
        let key = |(e, b): &(f64, f64)| (e.to_bits(), b.to_bits());
        let headed = group.iter().any(|p| header_stretches.contains(&key(p)));
        let body: Vec<(f64, f64)> = group
            .iter()
            .copied()
            .filter(|p| !header_stretches.contains(&key(p)))
            .collect();
        let sums: Vec<(f64, f64)> = body
            .iter()
            .copied()
            .filter(|p| is_amount.contains(&key(p)))
            .collect();
        let group = if sums.len() * 2 >= body.len() {
            sums
        } else {
            body
        };
        if group.is_empty() {
            continue;
        }
        // Under a year set flush right or centred over the amounts.
        let (lo, hi) = group
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (e, b)| {
                (lo.min(*b), hi.max(*e))
            });
        let naming = naming_year(&years, lo, hi);
        let named = naming.is_some();
        if group.len() < support && !named && !headed {
            continue;
        }
        let at_edges = group.iter().filter(|(_, b)| near_edge(*b, &edges)).count();
        let left = group.iter().map(|(_, b)| *b).fold(f64::INFINITY, f64::min);
        if at_edges * 2 >= group.len() || near_edge(left, &edges) {
            continue;
        }
        // The column begins where its year heading does, if that is
        // further left, and in the gap after the text of the column to
        // its left (found or added before it).
        let left = naming.map_or(left, |(x0, _)| left.min(x0));
        if let Some((x0, _)) = naming {
            named_years.push(x0);
        }
        let before = edges
            .iter()
            .chain(added.iter())
            .copied()
            .filter(|e| *e < left - EDGE_TOL)
            .fold(f64::NEG_INFINITY, f64::max);
        let reach = stretches
            .iter()
            .filter(|(end, b)| *b > before - EDGE_TOL && *end < left)
            .map(|(end, _)| *end)
            .fold(f64::NEG_INFINITY, f64::max);
        added.push(if reach.is_finite() {
            (reach + left) / 2.0
        } else {
            left
        });
    }
    // A year heading no amounts were found under (on this page) still
    // heads a column of its own.
    for (x0, _) in &years {
        let taken = |e: &f64| (e - x0).abs() < EDGE_TOL;
        if !named_years.iter().any(taken) && !edges.iter().chain(added.iter()).any(taken) {
            added.push(*x0);
        }
    }
    edges.extend(added);
    edges.sort_by(f64::total_cmp);
    if edges.len() < 2 {
        return None;
    }
    // Each column's bound is moved left into the gap after the text of the
    // column before, begun at its edge (a heading may start left of its
    // amounts) or, for a column of amounts whose edge lies in a gap and
    // no text starts at, anywhere in it.
    let mut bounds = edges.clone();
    for i in 1..edges.len() {
        let (before, edge) = (edges[i - 1], edges[i]);
        let reach_from = |starts_at: &dyn Fn(f64) -> bool| {
            stretches
                .iter()
                .filter(|(end, b)| starts_at(*b) && *end < edge - EDGE_TOL)
                .map(|(end, _)| *end)
                .fold(f64::NEG_INFINITY, f64::max)
        };
        let mut reach = reach_from(&|b| (b - before).abs() < EDGE_TOL);
        if !reach.is_finite() {
            reach = reach_from(&|b| b > before - EDGE_TOL && b < edge - EDGE_TOL);
        }
        if reach.is_finite() {
            bounds[i] = edge.min(reach + ((edge - reach) / 2.0).min(BOUND_GAP));
        }
    }
    Some(Columns { edges, bounds })
}

/// The year heading (its extent) over a column of amounts from `lo` to
/// `hi`: the one whose column the amounts end in — from its start to the
/// next year's (the last reaching as far again) — and that overlaps them
/// or stands left of them (set flush right, centred or flush left over
/// amounts set flush right).
fn naming_year(years: &[(f64, f64)], lo: f64, hi: f64) -> Option<(f64, f64)> {
    let mut sorted = years.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let n = sorted.len();
    (0..n).find_map(|k| {
        let (x0, x1) = *sorted.get(k)?;
        let next = match sorted.get(k + 1) {
            Some(&(nx, _)) => nx,
            None if k > 0 => x0 + (x0 - sorted.get(k - 1)?.0),
            None => x1 + (x1 - x0),
        };
        let ends_in = hi > x0 + EDGE_TOL && hi < next - EDGE_TOL;
        (ends_in && lo < x1.max(x0 + (next - x0) / 2.0)).then_some((x0, x1))
    })
}

/// The body's stretches that are amounts ("30 600", "950"), as (end,
/// start, line index); a row of column numbers is none.
fn amount_stretches(lines: &[Line], gaps: Gaps, header_lines: usize) -> Vec<(f64, f64, usize)> {
    let amount = |t: &str| {
        t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | ',' | '.'))
    };
    let mut found: Vec<(f64, f64, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(header_lines) {
        if is_number_row(l) {
            continue;
        }
        for p in parted(l, gaps.aligned) {
            if amount(&p.text) {
                found.push((p.x1, p.x0, i));
            }
        }
    }
    found
}

/// The starts (line index, x bits) of the body's amounts set flush right:
/// amounts whose ends line up, at least `support` of them, and whose
/// starts do not (a column of amounts "30 600", "950", "24" right
/// aligned). A column of numbers set flush left ("1.", "2.") keeps its
/// starts.
fn ragged_amount_starts(
    amounts: &[(f64, f64, usize)],
    support: usize,
) -> std::collections::HashSet<(usize, u64)> {
    let mut out = std::collections::HashSet::new();
    let mut sorted: Vec<(f64, f64, usize)> = amounts.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut group: Vec<(f64, f64, usize)> = Vec::new();
    let mut flush = |group: &mut Vec<(f64, f64, usize)>| {
        let (lo, hi) = group
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), g| {
                (lo.min(g.1), hi.max(g.1))
            });
        if group.len() >= support && hi - lo > EDGE_TOL {
            out.extend(group.iter().map(|g| (g.2, g.1.to_bits())));
        }
        group.clear();
    };
    for g in sorted {
        let mean = group.iter().map(|g| g.0).sum::<f64>() / group.len().max(1) as f64;
        if !group.is_empty() && (g.0 - mean).abs() >= EDGE_TOL {
            flush(&mut group);
        }
        group.push(g);
    }
    flush(&mut group);
    out
}

/// Most a column's bound is set after the text of the column before.
const BOUND_GAP: f64 = 6.0;

/// A table's columns: where their text is set flush (edges) and where each
/// begins (bounds: at or left of its edge).
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    edges: Vec<f64>,
    bounds: Vec<f64>,
}

impl Columns {
    /// The columns as the table fills them: a column no line has text in
    /// (a paragraph under the table aside) is dropped, and a column with a
    /// heading but no body text beside one
    /// with body text but no heading (amounts set flush right under a
    /// heading set flush left) are one column.
    fn tidied(self, lines: &[Line], header_lines: usize, gaps: Gaps) -> Columns {
        let n = self.edges.len();
        let (mut headed, mut filled) = (vec![false; n], vec![false; n]);
        for (i, line) in lines.iter().enumerate() {
            let texts = cells(line, &self, gaps);
            // A paragraph under the table fills no column.
            if i >= header_lines && texts.iter().filter(|c| !c.is_empty()).count() < 2 {
                continue;
            }
            for (k, cell) in texts.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let seen = if i < header_lines {
                    &mut headed
                } else {
                    &mut filled
                };
                if let Some(s) = seen.get_mut(k) {
                    *s = true;
                }
            }
        }
        let mut keep: Vec<usize> = Vec::with_capacity(n);
        let mut k = 0;
        while k < n {
            if !headed[k] && !filled[k] {
                k += 1;
                continue;
            }
            keep.push(k);
            let heading_only = headed[k] && !filled[k];
            if heading_only && k + 1 < n && !headed[k + 1] && filled[k + 1] {
                k += 2;
            } else {
                k += 1;
            }
        }
        if keep.len() < 2 || keep.len() == n {
            return self;
        }
        Columns {
            edges: keep.iter().map(|&k| self.edges[k]).collect(),
            bounds: keep.iter().map(|&k| self.bounds[k]).collect(),
        }
    }
}

/// Pairs grouped by their first value: sorted, a group holding values
/// within [`EDGE_TOL`] of its mean.
fn clusters(values: impl Iterator<Item = (f64, f64)>) -> Vec<Vec<(f64, f64)>> {
    let mut v: Vec<(f64, f64)> = values.collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, Vec<(f64, f64)>)> = Vec::new();
    for p in v {
        match out.last_mut() {
            Some((sum, group)) if (p.0 - *sum / group.len() as f64).abs() < EDGE_TOL => {
                *sum += p.0;
                group.push(p);
            }
            _ => out.push((p.0, vec![p])),
        }
    }
    out.into_iter().map(|(_, g)| g).collect()
}

/// A line's text in columns: a word opens a new cell when it stands at a
/// later column's edge after more than a space, or beyond it after a wide
/// gap; otherwise it continues its cell (text spanning columns).
fn cells(line: &Line, columns: &Columns, gaps: Gaps) -> Vec<String> {
    let edges = &columns.edges;
    let column = |x: f64| {
        columns
            .bounds
            .iter()
            .rposition(|e| *e <= x + EDGE_TOL)
            .unwrap_or(0)
    };
    let mut out = vec![String::new(); edges.len()];
    let mut current: Option<usize> = None;
    // A line already cut into cells by a wide gap (see `Gaps::cut_line`).
    let cut = line.words.iter().skip(1).any(|w| w.gap > gaps.cell);
    let parted = |gap: f64| gap > gaps.aligned || (cut && gap > gaps.cut_line);
    for w in &line.words {
        let col = column(w.x0);
        let aligned = edges.get(col).is_some_and(|e| (w.x0 - e).abs() < EDGE_TOL);
        let target = match current {
            Some(c) if col > c && ((aligned && parted(w.gap)) || w.gap > gaps.cell) => col,
            Some(c) => c,
            None => col,
        };
        current = Some(target);
        if let Some(cell) = out.get_mut(target) {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&w.text);
        }
    }
    out
}

/// Lines of one row joined cell-wise into a tab-separated line.
fn row_line(parts: &[Vec<String>], glyphs: &[&Glyph]) -> PageLine {
    let width = parts.iter().map(Vec::len).max().unwrap_or(0);
    let mut cells: Vec<String> = (0..width)
        .map(|i| join_wrapped(parts.iter().filter_map(|p| p.get(i))))
        .collect();
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    let x0 = glyphs.iter().map(|g| g.x).fold(f64::INFINITY, f64::min);
    let x1 = glyphs
        .iter()
        .map(|g| g.x + g.width)
        .fold(f64::NEG_INFINITY, f64::max);
    let y0 = glyphs.iter().map(|g| g.y).fold(f64::INFINITY, f64::min);
    let y1 = glyphs
        .iter()
        .map(|g| g.y + g.size)
        .fold(f64::NEG_INFINITY, f64::max);
    PageLine {
        text: cells.join("\t") + "\t",
        bbox: [x0, y0, x1, y1],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `cells` set on one line at `y`: each cell's text from its
    /// x, 10 pt glyphs 5 pt wide, a space glyph between words.
    fn line(y: f64, cells: &[(f64, &str)]) -> Vec<Glyph> {
        let mut out = Vec::new();
        for (x, text) in cells {
            for (i, c) in text.chars().enumerate() {
                out.push(Glyph {
                    text: c.to_string(),
                    x: x + 5.0 * i as f64,
                    y,
                    width: 5.0,
                    size: 10.0,
                    invisible: false,
                    dir: [1.0, 0.0],
                });
            }
        }
        out
    }

    fn read(lines_: &[Vec<Glyph>]) -> Vec<String> {
        let glyphs: Vec<Glyph> = lines_.concat();
        let refs: Vec<&Glyph> = glyphs.iter().collect();
        lines(&refs, &mut None, false)
            .expect("a table")
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn columns_come_from_aligned_text_and_rows_from_labels() {
        let page = [
            line(700.0, &[(10.0, "Virsmērķis: Veicināt izpratni")]),
            line(
                650.0,
                &[
                    (10.0, "Pasākuma nosaukums:"),
                    (300.0, "Atbildīgā institūcija"),
                    (500.0, "Indikatīvais"),
                ],
            ),
            line(638.0, &[(500.0, "laiks")]),
            line(
                620.0,
                &[
                    (10.0, "Rīcības"),
                    (
                        100.0,
                        "Sabiedrības informēšana par atkritumu dalīto vākšanu",
                    ),
                ],
            ),
            line(608.0, &[(10.0, "virziens nr.1")]),
            line(
                590.0,
                &[
                    (10.0, "Pasākums"),
                    (100.0, "Uzlīmju izgatavošana"),
                    (300.0, "VARAM (CI1)"),
                    (500.0, "2019"),
                ],
            ),
            line(578.0, &[(10.0, "nr.1.1."), (100.0, "konteineriem")]),
            line(
                560.0,
                &[
                    (10.0, "Pasākums"),
                    (100.0, "Kartes izveide"),
                    (300.0, "LVĢMC"),
                    (500.0, "2019-2023"),
                ],
            ),
            line(548.0, &[(10.0, "nr.1.2."), (300.0, "(CI3)")]),
            line(500.0, &[(10.0, "Valsts sekretāre"), (300.0, "L.Ķirsone")]),
        ];
        assert_eq!(
            read(&page),
            [
                "Virsmērķis: Veicināt izpratni",
                "Pasākuma nosaukums:\t\tAtbildīgā institūcija\tIndikatīvais laiks\t",
                // Text spanning columns stays in its cell.
                "Rīcības virziens nr.1\tSabiedrības informēšana par atkritumu dalīto vākšanu\t",
                "Pasākums nr.1.1.\tUzlīmju izgatavošana konteineriem\tVARAM (CI1)\t2019\t",
                "Pasākums nr.1.2.\tKartes izveide\tLVĢMC (CI3)\t2019-2023\t",
                // After the last labelled row: text below the table.
                "Valsts sekretāre L.Ķirsone",
            ]
        );
    }

    /// Years set flush left over amounts set flush right, narrow enough
    /// that an amount wraps ("32" / "950"): every amount is in its year's
    /// column whatever its width, the column of numbers under the header
    /// marks no column, and a year no amount stands under still heads one.
    #[test]
    fn flush_right_amounts_under_their_years() {
        // Glyphs 5 pt wide: an amount of n characters ending at `end`.
        let at = |end: f64, text: &'static str| (end - 5.0 * text.chars().count() as f64, text);
        let (y22, y23, y24) = (255.0, 315.0, 375.0);
        let row =
            |y: f64, label: &'static str, title: &'static str, sums: [&'static str; 3], who| {
                let mut cells = vec![(10.0, label), (100.0, title)];
                for (end, text) in [y22, y23, y24].into_iter().zip(sums) {
                    if !text.is_empty() {
                        cells.push(at(end, text));
                    }
                }
                cells.push((400.0, who));
                line(y, &cells)
            };
        let page = [
            line(
                712.0,
                &[
                    (10.0, "Pasākuma nosaukums:"),
                    (200.0, "Finansējums, EUR"),
                    (400.0, "Atbildīgā institūcija"),
                ],
            ),
            line(700.0, &[(200.0, "2022"), (260.0, "2023"), (320.0, "2024")]),
            line(
                688.0,
                &[
                    (12.0, "1"),
                    (150.0, "2"),
                    (230.0, "3"),
                    (290.0, "4"),
                    (350.0, "5"),
                    (420.0, "6"),
                ],
            ),
            row(
                670.0,
                "Pasākums nr.1.",
                "Kampaņa",
                ["32", "30600", ""],
                "VISC",
            ),
            line(658.0, &[(100.0, "medijiem"), at(y22, "950")]),
            row(
                640.0,
                "Pasākums nr.2.",
                "Semināri",
                ["7 350", "28", ""],
                "TM",
            ),
            line(628.0, &[at(y23, "100")]),
            row(
                610.0,
                "Pasākums nr.3.",
                "Buklets",
                ["400", "1 200", ""],
                "LM",
            ),
            row(
                592.0,
                "Pasākums nr.4.",
                "Video",
                ["12 000", "900", ""],
                "PR",
            ),
            row(
                574.0,
                "Pasākums nr.5.",
                "Plakāti",
                ["50", "8 000", ""],
                "IeM",
            ),
        ];
        let rows = read(&page);
        let row = |label: &str| {
            rows.iter()
                .find(|r| r.starts_with(label))
                .unwrap_or_else(|| panic!("no row {label} in {rows:?}"))
                .split('\t')
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            row("Pasākums nr.1.")[1..],
            ["Kampaņa medijiem", "32 950", "30600", "", "VISC", ""]
        );
        assert_eq!(row("Pasākums nr.2.")[2..6], ["7 350", "28 100", "", "TM"]);
        assert_eq!(row("Pasākums nr.4.")[2..6], ["12 000", "900", "", "PR"]);
        assert!(
            rows.iter().any(|r| r.contains("2022\t2023\t2024")),
            "{rows:?}"
        );
    }

    /// A header line of short headings planx knows only in part
    /// ("Pasākums" beside "Piezīmes") between header lines is one of them:
    /// the header goes on past it.
    #[test]
    fn a_partly_known_header_line_inside_the_header() {
        let page = [
            line(712.0, &[(200.0, "Atbildīgā iestāde"), (320.0, "Izpildes")]),
            line(700.0, &[(10.0, "Pasākums"), (440.0, "Piezīmes")]),
            line(688.0, &[(200.0, "iepirkuma veicējs"), (320.0, "termiņš")]),
            line(
                670.0,
                &[
                    (10.0, "1.1."),
                    (60.0, "Kampaņa"),
                    (200.0, "VISC"),
                    (320.0, "2024"),
                    (440.0, "Katru gadu"),
                ],
            ),
            line(
                652.0,
                &[
                    (10.0, "1.2."),
                    (60.0, "Semināri"),
                    (200.0, "TM"),
                    (320.0, "2025"),
                    (440.0, "Pēc vajadzības"),
                ],
            ),
            line(
                634.0,
                &[
                    (10.0, "1.3."),
                    (60.0, "Buklets"),
                    (200.0, "LM"),
                    (320.0, "2026"),
                    (440.0, "Reizi gadā"),
                ],
            ),
        ];
        let rows = read(&page);
        assert_eq!(
            rows.first().map(String::as_str),
            Some("Pasākums\t\tAtbildīgā iestāde iepirkuma veicējs\tIzpildes termiņš\tPiezīmes\t"),
            "{rows:?}"
        );
    }

    /// A heading planx does not know, set vertically centred in a taller
    /// header cell, has lines above and below the header's line: both are
    /// header, the paragraph above the table is not.
    #[test]
    fn a_vertically_centred_unknown_heading() {
        let page = [
            line(730.0, &[(10.0, "Virsmērķis: Veicināt izpratni par vidi")]),
            line(712.0, &[(200.0, "Saistītie politikas")]),
            line(
                700.0,
                &[
                    (10.0, "Pasākums"),
                    (320.0, "Izpildes termiņš"),
                    (440.0, "Atbildīgā iestāde"),
                ],
            ),
            line(688.0, &[(200.0, "dokumenti")]),
            line(
                670.0,
                &[
                    (10.0, "Pasākums nr.1.1."),
                    (200.0, "Nacionālais plāns"),
                    (320.0, "2024"),
                    (440.0, "VISC"),
                ],
            ),
            line(
                652.0,
                &[
                    (10.0, "Pasākums nr.1.2."),
                    (200.0, "Reģionālais plāns"),
                    (320.0, "2025"),
                    (440.0, "TM"),
                ],
            ),
            line(
                634.0,
                &[
                    (10.0, "Pasākums nr.1.3."),
                    (200.0, "Sociālās pamatnostādnes"),
                    (320.0, "2026"),
                    (440.0, "LM"),
                ],
            ),
        ];
        let rows = read(&page);
        assert_eq!(
            rows.get(..2),
            Some(
                &[
                    "Virsmērķis: Veicināt izpratni par vidi".to_string(),
                    "Pasākums\tSaistītie politikas dokumenti\tIzpildes termiņš\tAtbildīgā iestāde\t"
                        .to_string()
                ][..]
            ),
            "{rows:?}"
        );
    }

    /// Amounts set flush right under a heading set flush left are the
    /// heading's column; a column one row fills keeps its edge where its
    /// heading starts alike; a stray start in no row's cells makes no
    /// column.
    #[test]
    fn columns_as_the_table_fills_them() {
        let row = |y: f64, label: &str, amount: (f64, &str), financer: Option<&str>| {
            let mut cells = vec![(10.0, label), (60.0, "Kampaņa"), amount];
            if let Some(f) = financer {
                cells.push((300.0, f));
            }
            cells.push((400.0, "2020"));
            line(y, &cells)
        };
        let page = [
            line(
                700.0,
                &[
                    (10.0, "Pasākuma nosaukums:"),
                    (150.0, "Indikatīvais finansējums"),
                    (300.0, "Finansētājs"),
                    (400.0, "Īstenošanas laiks"),
                ],
            ),
            row(680.0, "1.", (200.0, "26 200"), None),
            row(660.0, "2.", (195.0, "142 000"), Some("LM")),
            row(640.0, "3.", (210.0, "500"), None),
            row(620.0, "4.", (200.0, "36 000"), None),
            line(580.0, &[(7.0, "Valsts sekretāre L.Ķirsone")]),
        ];
        let out = read(&page);
        assert_eq!(
            out[..3],
            [
                "Pasākuma nosaukums:\t\tIndikatīvais finansējums\tFinansētājs\tĪstenošanas laiks\t",
                "1.\tKampaņa\t26 200\t\t2020\t",
                "2.\tKampaņa\t142 000\tLM\t2020\t",
            ]
        );
    }

    /// Labels in capitals wrapped in their cell ("PASĀKUMS" / "NR.1.1."),
    /// a title wrapped onto a line that starts with a capital, a footer
    /// under a gap and a signature in the label column: each row is its
    /// label's, and the rest is text outside the table.
    #[test]
    fn wrapped_capital_labels_open_rows_and_nothing_else_does() {
        let page = [
            line(
                650.0,
                &[
                    (10.0, "Pasākuma nosaukums:"),
                    (300.0, "Atbildīgā institūcija"),
                    (500.0, "Termiņš"),
                ],
            ),
            line(
                620.0,
                &[
                    (10.0, "PASĀKUMS"),
                    (100.0, "Logo izveide"),
                    (300.0, "LM"),
                    (500.0, "2024"),
                ],
            ),
            line(608.0, &[(10.0, "NR.1.1."), (100.0, "Latvijas skolām")]),
            line(
                590.0,
                &[
                    (10.0, "PASĀKUMS"),
                    (100.0, "Stendi"),
                    (300.0, "PR"),
                    (500.0, "2025"),
                ],
            ),
            line(578.0, &[(10.0, "NR.1.2.")]),
            line(560.0, &[(10.0, "Valsts sekretāre"), (300.0, "I. Alliks")]),
            line(500.0, &[(10.0, "LMPl_171121")]),
        ];
        assert_eq!(
            read(&page),
            [
                "Pasākuma nosaukums:\t\tAtbildīgā institūcija\tTermiņš\t",
                "PASĀKUMS NR.1.1.\tLogo izveide Latvijas skolām\tLM\t2024\t",
                "PASĀKUMS NR.1.2.\tStendi\tPR\t2025\t",
                "Valsts sekretāre I. Alliks",
                "LMPl_171121",
            ]
        );
    }

    #[test]
    fn rows_with_cells_set_vertically_centred() {
        // Labels in the middle of their rows; each row's first and last
        // lines have nothing in the label column.
        let page = [
            line(
                700.0,
                &[
                    (10.0, "Pasākuma nosaukums:"),
                    (300.0, "Atbildīgā institūcija"),
                ],
            ),
            line(680.0, &[(100.0, "Uzlīmju izgatavošana")]),
            line(
                668.0,
                &[
                    (10.0, "Pasākums nr.1.1."),
                    (100.0, "dalītās vākšanas"),
                    (300.0, "VARAM"),
                ],
            ),
            line(656.0, &[(100.0, "konteineriem")]),
            line(630.0, &[(100.0, "Kartes izveide")]),
            line(
                618.0,
                &[
                    (10.0, "Pasākums nr.1.2."),
                    (100.0, "un uzturēšana"),
                    (300.0, "LVĢMC"),
                ],
            ),
            line(606.0, &[(100.0, "tīmekļa vietnē")]),
            line(580.0, &[(100.0, "Bukletu")]),
            line(
                568.0,
                &[
                    (10.0, "Pasākums nr.1.3."),
                    (100.0, "izgatavošana"),
                    (300.0, "PR"),
                ],
            ),
        ];
        assert_eq!(
            read(&page),
            [
                "Pasākuma nosaukums:\t\tAtbildīgā institūcija\t",
                "Pasākums nr.1.1.\tUzlīmju izgatavošana dalītās vākšanas konteineriem\tVARAM\t",
                "Pasākums nr.1.2.\tKartes izveide un uzturēšana tīmekļa vietnē\tLVĢMC\t",
                "Pasākums nr.1.3.\tBukletu izgatavošana\tPR\t",
            ]
        );
    }

    /// A measure's label alone on the first line of its title cell, the
    /// title on the lines under it, where the header names the title over
    /// that column: the title's lines are the label's row, not rows of
    /// their own.
    #[test]
    fn a_label_over_its_title_lines() {
        let page = [
            line(
                700.0,
                &[(10.0, "Rīcība"), (300.0, "Atbildīgais"), (400.0, "Termiņš")],
            ),
            line(
                684.0,
                &[
                    (10.0, "PASĀKUMS NR.1."),
                    (300.0, "VARAM (CI1)"),
                    (400.0, "2021"),
                ],
            ),
            line(
                672.0,
                &[(10.0, "Vienotas datu bāzes organizēšana skolēniem")],
            ),
            line(660.0, &[(10.0, "un studentiem")]),
            line(
                644.0,
                &[(10.0, "PASĀKUMS NR.2."), (300.0, "CFLA"), (400.0, "2022")],
            ),
            line(632.0, &[(10.0, "Preses relīžu izstrāde")]),
            line(
                616.0,
                &[(10.0, "PASĀKUMS NR.3."), (300.0, "LM"), (400.0, "2023")],
            ),
            line(604.0, &[(10.0, "Semināri pašvaldībām")]),
        ];
        let rows = read(&page);
        assert_eq!(
            rows.get(1..).unwrap_or_default(),
            [
                "PASĀKUMS NR.1. Vienotas datu bāzes organizēšana skolēniem un studentiem\tVARAM (CI1)\t2021\t",
                "PASĀKUMS NR.2. Preses relīžu izstrāde\tCFLA\t2022\t",
                "PASĀKUMS NR.3. Semināri pašvaldībām\tLM\t2023\t",
            ],
            "{rows:?}"
        );
    }

    /// A signature a little more than two lines under the last row, set
    /// where the titles are, is no part of the last title.
    #[test]
    fn a_signature_close_under_the_last_row() {
        let row = |y: f64, label: &'static str, title: &'static str, who: &'static str| {
            line(y, &[(10.0, label), (100.0, title), (300.0, who)])
        };
        let page = [
            line(
                700.0,
                &[
                    (10.0, "Nr."),
                    (100.0, "Pasākums"),
                    (300.0, "Atbildīgā institūcija"),
                ],
            ),
            row(684.0, "1.1.", "Uzlīmju izgatavošana", "VARAM"),
            line(672.0, &[(100.0, "dalītās vākšanas")]),
            line(660.0, &[(100.0, "konteineriem")]),
            row(644.0, "1.2.", "Kartes izveide", "LVĢMC"),
            line(632.0, &[(100.0, "un uzturēšana")]),
            row(616.0, "1.3.", "Bukletu izgatavošana", "PR"),
            line(604.0, &[(100.0, "skolām")]),
            line(575.0, &[(100.0, "Iekšlietu ministrs")]),
            line(563.0, &[(100.0, "R. Kozlovskis")]),
        ];
        let rows = read(&page);
        assert!(
            rows.iter()
                .any(|r| r.starts_with("1.3.\tBukletu izgatavošana skolām\tPR")),
            "{rows:?}"
        );
        assert!(
            rows.iter()
                .any(|r| r.contains("Kozlovskis") && !r.contains('\t')),
            "{rows:?}"
        );
    }

    #[test]
    fn running_text_is_no_table() {
        let page = [
            line(
                700.0,
                &[(10.0, "Ministrija paziņo, ka plāns apstiprināts.")],
            ),
            line(688.0, &[(10.0, "Projekta vadītājs"), (300.0, "J. Bērziņš")]),
        ];
        let glyphs: Vec<Glyph> = page.concat();
        let refs: Vec<&Glyph> = glyphs.iter().collect();
        assert!(lines(&refs, &mut None, false).is_none());
    }
}
