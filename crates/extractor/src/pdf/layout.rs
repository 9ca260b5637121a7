//! Glyphs and rulings of a page to text lines in the tab-separated form the
//! table reader knows: one line per table row, a tab between cells (empty
//! cells kept, so a cell spanning columns leaves the spanned ones empty),
//! and one line per paragraph of the text around the table.
//!
//! Rows are the bands between the table's horizontal rulings; a band's
//! cells are cut by the vertical rulings that cross its middle; the columns
//! of the whole table are the x positions of all vertical rulings.

use super::interpret::{Glyph, PageContent, Segment};

/// A line of the page's text, with its bounding box in PDF points.
#[derive(Debug, Clone)]
pub struct PageLine {
    /// The text (cells separated by tabs for table rows).
    pub text: String,
    /// `[x0, y0, x1, y1]`.
    pub bbox: [f64; 4],
}

const TOL: f64 = 1.5;

/// The page as lines, top to bottom.
pub fn lines(page: &PageContent) -> Vec<PageLine> {
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
        return paragraphs(&glyphs);
    }
    let (top, bottom) = (ys[ys.len() - 1], ys[0]);
    let (left, right) = (xs[0], xs[xs.len() - 1]);
    let inside = |g: &Glyph| {
        let (cx, cy) = (g.x + g.width / 2.0, g.y + g.size * 0.3);
        cx > left && cx < right && cy > bottom && cy < top
    };
    let above: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| !inside(g) && g.y > top)
        .collect();
    let below: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| !inside(g) && g.y <= top)
        .collect();
    let table: Vec<&Glyph> = glyphs.iter().copied().filter(|g| inside(g)).collect();
    let mut out = paragraphs(&above);
    // Bands, top to bottom.
    for w in ys.windows(2).rev() {
        let (lo, hi) = (w[0], w[1]);
        let mid = (lo + hi) / 2.0;
        let band: Vec<&Glyph> = table
            .iter()
            .copied()
            .filter(|g| {
                let cy = g.y + g.size * 0.3;
                cy > lo && cy < hi
            })
            .collect();
        if band.is_empty() {
            continue;
        }
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
        let mut cells: Vec<String> = vec![String::new(); xs.len() - 1];
        for pair in cuts.windows(2) {
            let (x0, x1) = (pair[0], pair[1]);
            let in_cell: Vec<&Glyph> = band
                .iter()
                .copied()
                .filter(|g| {
                    let cx = g.x + g.width / 2.0;
                    cx >= x0 && cx < x1
                })
                .collect();
            let col = xs.iter().position(|x| (x - x0).abs() < TOL).unwrap_or(0);
            if let Some(slot) = cells.get_mut(col) {
                *slot = text_lines(&in_cell).join(" ");
            }
        }
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        out.push(PageLine {
            text: cells.join("\t") + "\t",
            bbox: [left, lo, right, hi],
        });
    }
    out.extend(paragraphs(&below));
    out
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

fn rows<'a>(glyphs: &[&'a Glyph]) -> Vec<(Vec<&'a Glyph>, String)> {
    let mut sorted: Vec<&'a Glyph> = glyphs.to_vec();
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
fn paragraphs(glyphs: &[&Glyph]) -> Vec<PageLine> {
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
            let label = text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with(':') && w.chars().count() > 3);
            close && same_size && !label && !(ends && starts_upper)
        });
        match out.last_mut() {
            Some(last) if joins => {
                last.text.push(' ');
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
