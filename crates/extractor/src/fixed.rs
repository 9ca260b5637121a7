//! Fixed-width text — `pdftotext -layout`, a table aligned with spaces —
//! read as what it is: a page laid out on a grid of character cells. Each
//! character becomes a glyph at its column and line, form feeds part the
//! pages, and the pages go through the same layout as a PDF page without
//! rulings (columns where many lines start a stretch after a gap, rows
//! where the label column opens one), so one column engine serves both.

use crate::pdf::{Glyph, PageContent};

/// A character's height in the glyph frame (points, as if printed).
const SIZE: f64 = 4.0;
/// A character's advance: 0.55 em, so that one space at a column's edge
/// (0.55 em) parts cells there, and two spaces (1.1 em) part them anywhere.
const ADVANCE: f64 = 2.0;
/// From one line to the next: 1.2 em, as a PDF sets text; a blank line
/// between two lines is a paragraph's or a row's gap.
const PITCH: f64 = 4.8;
/// A tab stops at every eighth column.
const TAB: usize = 8;

/// The text is laid out in fixed-width columns: lines hold three
/// stretches or more parted by runs of three spaces — at least three such
/// lines making a fifth of all lines with text, or two such beside a line
/// of column headers so laid out (a short table under a long list).
pub(crate) fn is_fixed_width(text: &str) -> bool {
    let mut content = 0usize;
    let mut aligned = 0usize;
    let mut header = false;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        content += 1;
        let stretches: Vec<&str> = t
            .split("   ")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if stretches.len() >= 3 {
            aligned += 1;
        }
        if stretches.len() >= 2 {
            let named = stretches
                .iter()
                .filter(|s| crate::labels::is_header_text(s))
                .count();
            header |= named * 2 > stretches.len();
        }
    }
    aligned >= 2 && (aligned >= 3 && aligned * 5 >= content || header)
}

/// The pages of the text (parted by form feeds), each character a glyph.
/// Line `n` of the text (1-based, counted over all pages) has its baseline
/// at [`baseline`]`(n)`, so that [`lines_of`] gives the lines back.
pub(crate) fn pages(text: &str) -> Vec<PageContent> {
    let page = || PageContent {
        fixed_pitch: true,
        ..PageContent::default()
    };
    let mut pages = vec![page()];
    for (i, line) in text.split('\n').enumerate() {
        let no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut column = 0usize;
        for ch in line.chars() {
            match ch {
                '\u{c}' => {
                    pages.push(page());
                    column = 0;
                    continue;
                }
                '\t' => {
                    column = (column / TAB + 1) * TAB;
                    continue;
                }
                '\r' => continue,
                _ => {}
            }
            if !ch.is_whitespace() && !ch.is_control() {
                if let Some(page) = pages.last_mut() {
                    page.glyphs.push(Glyph {
                        text: ch.to_string(),
                        x: column as f64 * ADVANCE,
                        y: baseline(no),
                        width: ADVANCE,
                        size: SIZE,
                        invisible: false,
                        dir: [1.0, 0.0],
                    });
                }
            }
            column += 1;
        }
    }
    while pages.len() > 1 && pages.last().is_some_and(|p| p.glyphs.is_empty()) {
        pages.pop();
    }
    pages
}

/// The baseline of line `no`: lines go down the page from a top far above
/// any text's.
fn baseline(no: u32) -> f64 {
    f64::from(u32::MAX - no) * PITCH
}

/// The first and last line of the text a box of [`pages`]' frame covers.
pub(crate) fn lines_of(bbox: [f64; 4]) -> [u32; 2] {
    let line = |y: f64| {
        let n = (f64::from(u32::MAX) - y / PITCH).round();
        n.clamp(1.0, f64::from(u32::MAX)) as u32
    };
    // A box reaches from below the last baseline to above the first.
    let (first, last) = (line(bbox[3] - SIZE * 0.8), line(bbox[1]));
    [first.min(last), first.max(last)]
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAYOUT: &str = "\
Rīcība            Atbildīgais     Īstenošanas periods
1.    Logo izveide      LM          2017
2.    Vietne            KM, LM      2018
3.    Konference        IZM         2019
\u{c}4.    Kampaņa           LM          2020
";

    #[test]
    fn aligned_columns_are_fixed_width_and_flowed_text_is_not() {
        assert!(is_fixed_width(LAYOUT));
        let flowed = "Rīcība\n\nAtbildīgais\n\n1.\nLogo izveide\nLM\n2017\n";
        assert!(!is_fixed_width(flowed));
        let tabbed = "Rīcība\tAtbildīgais\n1.\tLogo\tLM\n";
        assert!(!is_fixed_width(tabbed));
        // A short table under a long list: its header line decides.
        let short = format!(
            "{}\n{}",
            LAYOUT.lines().take(3).collect::<Vec<_>>().join("\n"),
            "LM - Labklājības ministrija\n".repeat(20)
        );
        assert!(is_fixed_width(&short));
        let prose = format!(
            "{}\n{}",
            LAYOUT.lines().nth(1).unwrap_or_default(),
            "Teksts.\n".repeat(5)
        );
        assert!(!is_fixed_width(&prose));
    }

    #[test]
    fn characters_stand_at_their_columns_and_form_feeds_part_pages() {
        let pages = pages(LAYOUT);
        assert_eq!(pages.len(), 2);
        let lm = pages[0]
            .glyphs
            .iter()
            .find(|g| g.text == "M" && g.y == baseline(2))
            .unwrap();
        assert_eq!(lm.x, 25.0 * ADVANCE);
        assert_eq!(pages[1].glyphs[0].text, "4");
        assert_eq!(pages[1].glyphs[0].x, 0.0);
    }

    #[test]
    fn a_box_gives_its_lines_back() {
        let (top, bottom) = (baseline(3), baseline(5));
        assert_eq!(lines_of([0.0, bottom - 1.0, 10.0, top + SIZE]), [3, 5]);
        assert_eq!(lines_of([0.0, top, 10.0, top + SIZE * 0.7]), [3, 3]);
    }
}
