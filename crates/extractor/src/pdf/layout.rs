//! Glyphs and rulings of a page to text lines in the tab-separated form the
//! table reader knows: one line per table row, a tab between cells (empty
//! cells kept, so a cell spanning columns leaves the spanned ones empty),
//! and one line per paragraph of the text around the table.
//!
//! Rows are the bands between the table's horizontal rulings; a band's
//! cells are cut by the vertical rulings that cross its middle; the columns
//! of the whole table are the x positions of all vertical rulings.

use super::interpret::{turn_point, Glyph, PageContent, Segment};

/// A line of the page's text, with its bounding box in PDF points.
#[derive(Debug, Clone)]
pub struct PageLine {
    /// The text (cells separated by tabs for table rows).
    pub text: String,
    /// `[x0, y0, x1, y1]`.
    pub bbox: [f64; 4],
}

const TOL: f64 = 1.5;

/// The page as lines, top to bottom. `columns` carries the column edges
/// of a table without rulings from page to page (a last page with a row or
/// two has too little text to find them).
pub fn lines(page: &PageContent, columns: &mut Option<super::unruled::Columns>) -> Vec<PageLine> {
    let horizontal: Vec<&Segment> = page
        .segments
        .iter()
        .filter(|s| (s.y1 - s.y0).abs() < 0.8)
        .collect();
    let vertical: Vec<&Segment> = page
        .segments
        .iter()
        .filter(|s| (s.x1 - s.x0).abs() < 0.8)
        .collect();
    let mut ys = cluster(horizontal.iter().map(|s| (s.y0 + s.y1) / 2.0));
    let xs = cluster(vertical.iter().map(|s| (s.x0 + s.x1) / 2.0));
    // A row cut by a page break has no ruling on its open side, but its
    // vertical rulings reach down (or up) to the cut: use their ends.
    let v_low = vertical
        .iter()
        .map(|s| s.y0.min(s.y1))
        .fold(f64::INFINITY, f64::min);
    let v_high = vertical
        .iter()
        .map(|s| s.y0.max(s.y1))
        .fold(f64::NEG_INFINITY, f64::max);
    if let (Some(&low), Some(&high)) = (ys.first(), ys.last()) {
        if v_low.is_finite() && v_low < low - 2.0 * TOL {
            ys.insert(0, v_low);
        }
        if v_high.is_finite() && v_high > high + 2.0 * TOL {
            ys.push(v_high);
        }
    }
    let glyphs: Vec<&Glyph> = page
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty() || g.text == " ")
        .collect();
    if ys.len() < 2 || xs.len() < 2 {
        return super::unruled::lines(&glyphs, columns, page.fixed_pitch)
            .unwrap_or_else(|| paragraphs(&glyphs));
    }
    let (top, bottom) = (ys[ys.len() - 1], ys[0]);
    let (left, right) = (xs[0], xs[xs.len() - 1]);
    let inside = |g: &Glyph| {
        let (cx, cy) = g.center();
        cx > left && cx < right && cy > bottom && cy < top
    };
    let above: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| !inside(g) && g.center().1 > top)
        .collect();
    let below: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| !inside(g) && g.center().1 <= top)
        .collect();
    let table: Vec<&Glyph> = glyphs.iter().copied().filter(|g| inside(g)).collect();
    let mut out = paragraphs(&above);
    // Bands, top to bottom, each cut into cells by the vertical rulings
    // that cross its middle.
    let bands: Vec<(f64, f64, Vec<Cell>)> = ys
        .windows(2)
        .rev()
        .map(|w| {
            let (lo, hi) = (w[0], w[1]);
            let band: Vec<&Glyph> = table
                .iter()
                .copied()
                .filter(|g| {
                    let cy = g.center().1;
                    cy > lo && cy < hi
                })
                .collect();
            (
                lo,
                hi,
                band_cells(&band, lo, hi, &xs, &vertical, left, right),
            )
        })
        .collect();
    // A cell whose top edge has no ruling continues the cell above it (a
    // cell spanning rows, such as a header written sideways beside a
    // two-level header): its text joins the topmost cell of the span.
    let mut owners: Vec<Vec<(usize, usize)>> = Vec::with_capacity(bands.len());
    for (k, (_, hi, cells)) in bands.iter().enumerate() {
        let mut own = Vec::with_capacity(cells.len());
        for (i, cell) in cells.iter().enumerate() {
            let above = k
                .checked_sub(1)
                .filter(|_| !ruled(&horizontal, *hi, (cell.x0 + cell.x1) / 2.0))
                .and_then(|up| {
                    let j = bands.get(up)?.2.iter().position(|c| {
                        (c.x0 - cell.x0).abs() < TOL && (c.x1 - cell.x1).abs() < TOL
                    })?;
                    owners.get(up)?.get(j).copied()
                });
            own.push(above.unwrap_or((k, i)));
        }
        owners.push(own);
    }
    let mut texts: Vec<Vec<Vec<&Glyph>>> = bands
        .iter()
        .map(|(_, _, cells)| vec![Vec::new(); cells.len()])
        .collect();
    for (k, (_, _, cells)) in bands.iter().enumerate() {
        for (i, cell) in cells.iter().enumerate() {
            let owner = owners.get(k).and_then(|o| o.get(i)).copied();
            if let Some(t) = owner.and_then(|(ok, oi)| texts.get_mut(ok)?.get_mut(oi)) {
                t.extend(cell.glyphs.iter().copied());
            }
        }
    }
    for (k, (lo, hi, cells)) in bands.iter().enumerate() {
        let mut row: Vec<String> = vec![String::new(); xs.len() - 1];
        for (i, cell) in cells.iter().enumerate() {
            if let Some(slot) = row.get_mut(cell.col) {
                let glyphs = texts.get(k).and_then(|t| t.get(i));
                *slot = join_wrapped(text_lines(glyphs.map_or(&[][..], Vec::as_slice)));
            }
        }
        while row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        if row.is_empty() {
            continue;
        }
        out.push(PageLine {
            text: row.join("\t") + "\t",
            bbox: [left, *lo, right, *hi],
        });
    }
    out.extend(paragraphs(&below));
    out
}

/// Turns the page so that most of its text is upright (a table drawn
/// sideways on a portrait page, with or without `/Rotate`): glyphs and
/// segments are turned about the origin; `turns` says by how much, so that
/// boxes can be turned back ([`unturn_box`]).
pub fn upright(page: &mut PageContent) {
    let mut counts = [0usize; 4];
    for g in page.glyphs.iter().filter(|g| !g.text.trim().is_empty()) {
        counts[usize::from(g.quarter())] += 1;
    }
    let q = (1..4u8)
        .max_by_key(|&q| counts[usize::from(q)])
        .filter(|&q| counts[usize::from(q)] > counts[0])
        .unwrap_or(0);
    if q == 0 {
        return;
    }
    for g in &mut page.glyphs {
        *g = g.turned(q);
    }
    for s in &mut page.segments {
        let (x0, y0) = turn_point(s.x0, s.y0, q);
        let (x1, y1) = turn_point(s.x1, s.y1, q);
        *s = Segment { x0, y0, x1, y1 };
    }
    page.turns = q;
}

/// A box of the turned page in the page's own space.
pub fn unturn_box(bbox: [f64; 4], turns: u8) -> [f64; 4] {
    if turns.is_multiple_of(4) {
        return bbox;
    }
    let back = (4 - turns % 4) % 4;
    let (ax, ay) = turn_point(bbox[0], bbox[1], back);
    let (bx, by) = turn_point(bbox[2], bbox[3], back);
    [ax.min(bx), ay.min(by), ax.max(bx), ay.max(by)]
}

/// A cell of a band: its edges, its column and its glyphs.
struct Cell<'a> {
    x0: f64,
    x1: f64,
    col: usize,
    glyphs: Vec<&'a Glyph>,
}

/// A band's cells, cut by the vertical rulings crossing its middle (a cell
/// spanning columns leaves the spanned ones out).
fn band_cells<'a>(
    band: &[&'a Glyph],
    lo: f64,
    hi: f64,
    xs: &[f64],
    vertical: &[&Segment],
    left: f64,
    right: f64,
) -> Vec<Cell<'a>> {
    let mid = (lo + hi) / 2.0;
    let mut cuts: Vec<f64> = xs
        .iter()
        .copied()
        .filter(|x| {
            vertical.iter().any(|s| {
                let (y0, y1) = (s.y0.min(s.y1), s.y0.max(s.y1));
                ((s.x0 + s.x1) / 2.0 - x).abs() < TOL && y0 <= mid + TOL && y1 >= mid - TOL
            })
        })
        .collect();
    if cuts.first() != xs.first() {
        cuts.insert(0, left);
    }
    if cuts.last() != xs.last() {
        cuts.push(right);
    }
    cuts.windows(2)
        .map(|pair| {
            let (x0, x1) = (pair[0], pair[1]);
            Cell {
                x0,
                x1,
                col: xs.iter().position(|x| (x - x0).abs() < TOL).unwrap_or(0),
                glyphs: band
                    .iter()
                    .copied()
                    .filter(|g| {
                        let cx = g.center().0;
                        cx >= x0 && cx < x1
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A horizontal ruling runs at `y` across `x`.
fn ruled(horizontal: &[&Segment], y: f64, x: f64) -> bool {
    horizontal.iter().any(|s| {
        ((s.y0 + s.y1) / 2.0 - y).abs() < TOL
            && s.x0.min(s.x1) - TOL <= x
            && s.x0.max(s.x1) + TOL >= x
    })
}

/// The line wrap kept where a line ends in a hyphen after a letter: the
/// normalizer decides whether the hyphen splits a word (`informa-` +
/// `tīvo`) or belongs to it (`e-` + `pakalpojumu`). U+2028 is white space
/// to every reader of the row, and a line break to the normalizer.
pub const WRAP: char = '\u{2028}';

/// Lines of one cell joined: a space between them, or [`WRAP`] after a
/// hyphen that ends a word.
pub fn join_wrapped<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.as_ref().trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(if hyphen_wrap(&out) { WRAP } else { ' ' });
        }
        out.push_str(line);
    }
    out
}

/// The text ends in a hyphen right after a letter.
fn hyphen_wrap(text: &str) -> bool {
    let mut tail = text.chars().rev();
    tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic)
}

/// Sorted cluster centres of values closer than `TOL`.
fn cluster(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, usize)> = Vec::new();
    for x in v {
        match out.last_mut() {
            Some((c, n)) if (x - *c / *n as f64).abs() < TOL => {
                *c += x;
                *n += 1;
            }
            _ => out.push((x, 1)),
        }
    }
    out.into_iter().map(|(c, n)| c / n as f64).collect()
}

/// Glyphs to text lines, top to bottom; a space where the gap between two
/// glyphs is wider than a fifth of the font size.
fn text_lines(glyphs: &[&Glyph]) -> Vec<String> {
    rows(glyphs).into_iter().map(|(_, line)| line).collect()
}

/// Upright glyphs as lines, top to bottom; the glyphs of each other
/// direction (a column header written sideways) read in their own frame as
/// one block, placed among the lines by its top.
pub(super) fn rows<'a>(glyphs: &[&'a Glyph]) -> Vec<(Vec<&'a Glyph>, String)> {
    let mut out = upright_rows(glyphs.iter().copied().filter(|g| g.quarter() == 0));
    for q in 1..4u8 {
        let group: Vec<&'a Glyph> = glyphs
            .iter()
            .copied()
            .filter(|g| g.quarter() == q)
            .collect();
        if group.is_empty() {
            continue;
        }
        let turned: Vec<Glyph> = group.iter().map(|g| g.turned(q)).collect();
        let text = upright_rows(turned.iter())
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join(" ");
        let mut group = group;
        group.sort_by(|a, b| b.center().1.total_cmp(&a.center().1));
        if !text.is_empty() {
            out.push((group, text));
        }
    }
    let top = |gs: &[&Glyph]| {
        gs.iter()
            .map(|g| g.center().1)
            .fold(f64::NEG_INFINITY, f64::max)
    };
    out.sort_by(|a, b| top(&b.0).total_cmp(&top(&a.0)));
    out
}

pub(super) fn upright_rows<'a>(
    glyphs: impl Iterator<Item = &'a Glyph>,
) -> Vec<(Vec<&'a Glyph>, String)> {
    let mut sorted: Vec<&'a Glyph> = glyphs.collect();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<&'a Glyph>> = Vec::new();
    for g in sorted {
        match lines.last_mut() {
            Some(line)
                if line
                    .first()
                    .is_some_and(|f| (f.y - g.y).abs() < f.size.max(1.0) * 0.5) =>
            {
                line.push(g)
            }
            _ => lines.push(vec![g]),
        }
    }
    lines
        .into_iter()
        .map(|mut line| {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut text = String::new();
            let mut end: Option<f64> = None;
            for g in &line {
                if let Some(e) = end {
                    if g.x - e > g.size * 0.2 && !text.ends_with(' ') && g.text != " " {
                        text.push(' ');
                    }
                }
                text.push_str(&g.text);
                end = Some(g.x + g.width);
            }
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            (line, text)
        })
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// Text outside the table as paragraphs: lines join while the gap to the
/// next line is at most 1.6 line heights and the line does not end a
/// sentence before a capitalised label-like start.
pub(super) fn paragraphs(glyphs: &[&Glyph]) -> Vec<PageLine> {
    let lines = rows(glyphs);
    let mut out: Vec<PageLine> = Vec::new();
    let mut prev: Option<(f64, f64, String)> = None;
    for (gs, text) in lines {
        let y = gs.first().map_or(0.0, |g| g.y);
        let size = gs.first().map_or(10.0, |g| g.size);
        let x0 = gs.iter().map(|g| g.x).fold(f64::INFINITY, f64::min);
        let x1 = gs
            .iter()
            .map(|g| g.x + g.width)
            .fold(f64::NEG_INFINITY, f64::max);
        let joins = prev.as_ref().is_some_and(|(py, psize, ptext)| {
            let close = (py - y) <= psize.max(size) * 1.6;
            let same_size = (psize - size).abs() < 0.5;
            let ends = ptext.ends_with('.') || ptext.ends_with(':');
            let starts_upper = text.chars().next().is_some_and(char::is_uppercase);
            // "Saīsinājumi:", "Virsmērķis:": a label opens a paragraph.
            let label = text.split_whitespace().next().is_some_and(|w| {
                w.ends_with(':')
                    && w.chars().count() > 3
                    && w.chars().next().is_some_and(char::is_uppercase)
            });
            close && same_size && !label && !(ends && starts_upper)
        });
        match out.last_mut() {
            Some(last) if joins => {
                last.text
                    .push(if hyphen_wrap(&last.text) { WRAP } else { ' ' });
                last.text.push_str(&text);
                last.bbox = [last.bbox[0].min(x0), y, last.bbox[2].max(x1), last.bbox[3]];
            }
            _ => out.push(PageLine {
                text: text.clone(),
                bbox: [x0, y, x1, y + size],
            }),
        }
        prev = Some((y, size, text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` drawn from `(x, y)` along `dir`, 10 pt glyphs 5 pt wide.
    fn word(text: &str, x: f64, y: f64, dir: [f64; 2]) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                x: x + dir[0] * 5.0 * i as f64,
                y: y + dir[1] * 5.0 * i as f64,
                width: 5.0,
                size: 10.0,
                invisible: false,
                dir,
            })
            .collect()
    }

    #[test]
    fn lines_written_upwards_read_as_one_block_in_their_own_order() {
        // Two lines of a header cell written bottom to top: the first line
        // is the left one.
        let mut glyphs = word("Indikatīvais", 100.0, 100.0, [0.0, 1.0]);
        glyphs.extend(word("laiks", 112.0, 100.0, [0.0, 1.0]));
        glyphs.extend(word("Cits", 10.0, 300.0, [1.0, 0.0]));
        let refs: Vec<&Glyph> = glyphs.iter().collect();
        let texts: Vec<String> = rows(&refs).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Cits", "Indikatīvais laiks"]);
        // Written top to bottom, the first line is the right one.
        let mut glyphs = word("Indikatīvais", 112.0, 200.0, [0.0, -1.0]);
        glyphs.extend(word("laiks", 100.0, 200.0, [0.0, -1.0]));
        let refs: Vec<&Glyph> = glyphs.iter().collect();
        let texts: Vec<String> = rows(&refs).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Indikatīvais laiks"]);
    }

    #[test]
    fn a_page_drawn_sideways_is_turned_upright_and_its_boxes_back() {
        let mut page = PageContent {
            glyphs: [
                word("Pasākums", 300.0, 100.0, [0.0, 1.0]),
                word("nr.1.1.", 312.0, 100.0, [0.0, 1.0]),
            ]
            .concat(),
            segments: vec![Segment {
                x0: 290.0,
                y0: 90.0,
                x1: 290.0,
                y1: 400.0,
            }],
            ..PageContent::default()
        };
        upright(&mut page);
        assert_eq!(page.turns, 1);
        assert!(page.glyphs.iter().all(|g| g.quarter() == 0));
        let refs: Vec<&Glyph> = page.glyphs.iter().collect();
        let texts: Vec<String> = rows(&refs).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Pasākums", "nr.1.1."]);
        // The vertical ruling is horizontal now.
        let s = page.segments[0];
        assert!((s.y0 - s.y1).abs() < 1e-9 && (s.x0 - s.x1).abs() > 300.0);
        let turned = [s.x0.min(s.x1), s.y0 - 1.0, s.x0.max(s.x1), s.y0 + 1.0];
        let back = unturn_box(turned, page.turns);
        assert!((back[0] - 289.0).abs() < 1e-9 && (back[2] - 291.0).abs() < 1e-9);
        assert!((back[1] - 90.0).abs() < 1e-9 && (back[3] - 400.0).abs() < 1e-9);
    }

    #[test]
    fn a_cell_wrapped_after_a_hyphen_keeps_its_line_break() {
        assert_eq!(
            join_wrapped([
                "un informa-",
                "tīvo materiālu",
                "kultūras e-",
                "pakalpojumu"
            ]),
            "un informa-\u{2028}tīvo materiālu kultūras e-\u{2028}pakalpojumu"
        );
        // A dash between words is no wrapped word.
        assert_eq!(join_wrapped(["NVA -", "aģentūra"]), "NVA - aģentūra");
    }

    #[test]
    fn upright_pages_are_left_alone() {
        let mut page = PageContent {
            glyphs: [
                word("Pasākums", 10.0, 10.0, [1.0, 0.0]),
                word("x", 50.0, 50.0, [0.0, 1.0]),
            ]
            .concat(),
            ..PageContent::default()
        };
        upright(&mut page);
        assert_eq!(page.turns, 0);
        assert_eq!(page.glyphs[0].x, 10.0);
    }
}
