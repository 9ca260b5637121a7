//! Table rulings in a scan: long straight runs of ink, horizontal and
//! vertical. Scans carry no path operators, so the grid the layout needs
//! is read from the pixels; the rulings are then erased, which also spares
//! the recogniser from reading them as `|` and `_`.

use super::binary::Ink;

/// A ruling in pixels of the working image.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    /// Start column.
    pub x0: f64,
    /// Start row.
    pub y0: f64,
    /// End column.
    pub x1: f64,
    /// End row.
    pub y1: f64,
    /// First and last pixel across the line (rows for a horizontal one).
    across: (usize, usize),
}

impl Line {
    /// True for a horizontal ruling.
    pub fn horizontal(&self) -> bool {
        (self.y1 - self.y0).abs() < (self.x1 - self.x0).abs()
    }
}

/// Shortest horizontal ruling, in inches.
const MIN_HORIZONTAL_IN: f64 = 0.35;
/// Shortest fill-in blank, in inches (four underscores of 10 pt text).
const MIN_BLANK_IN: f64 = 0.2;
/// Shortest vertical ruling, in inches (a one-line row is about 0.2 in).
const MIN_VERTICAL_IN: f64 = 0.2;
/// Thickest ruling, in inches; thicker runs are filled areas, not lines.
const MAX_THICKNESS_IN: f64 = 0.035;
/// Gap inside a run bridged, in pixels (noise and JPEG breaks).
const GAP: usize = 2;

/// The rulings of a page image at `dpi` that form the table's grid, and
/// the horizontal lines that meet no other line (fill-in blanks such as
/// "Nr. ______", underlines).
pub fn find(ink: &Ink, dpi: f64) -> (Vec<Line>, Vec<Line>) {
    let thick = (MAX_THICKNESS_IN * dpi).ceil() as usize;
    let all = lines(ink, (MIN_BLANK_IN * dpi) as usize, thick, true);
    let (horizontal, short): (Vec<Line>, Vec<Line>) = all
        .into_iter()
        .partition(|h| (h.x1 - h.x0).abs() >= MIN_HORIZONTAL_IN * dpi);
    let vertical = lines(ink, (MIN_VERTICAL_IN * dpi) as usize, thick, false);
    // A table's rulings meet: a line that touches no line across it is an
    // underline or a fill-in blank ("____"), not the grid.
    let reach = (0.03 * dpi).max(3.0);
    let meets = |a: &Line, b: &Line| {
        let (h, v) = if a.horizontal() { (a, b) } else { (b, a) };
        let (hx0, hx1) = (h.x0.min(h.x1), h.x0.max(h.x1));
        let (vy0, vy1) = (v.y0.min(v.y1), v.y0.max(v.y1));
        v.x0 >= hx0 - reach && v.x0 <= hx1 + reach && h.y0 >= vy0 - reach && h.y0 <= vy1 + reach
    };
    let (mut grid, loose): (Vec<Line>, Vec<Line>) = horizontal
        .iter()
        .partition(|h| vertical.iter().any(|v| meets(h, v)));
    // A piece of a grid line broken by noise lies on that line.
    let on_grid = |l: &Line| {
        grid.iter().any(|g| {
            (g.y0 - l.y0).abs() <= thick as f64 && g.x0.min(g.x1) - reach <= l.x0.max(l.x1)
        })
    };
    let blanks: Vec<Line> = loose
        .into_iter()
        .chain(short)
        .filter(|l| !on_grid(l))
        .collect();
    grid.extend(
        vertical
            .iter()
            .filter(|v| horizontal.iter().any(|h| meets(v, h)))
            .copied(),
    );
    (grid, blanks)
}

/// Calls `clear` on every pixel of the rulings, one pixel either side
/// included.
pub fn erase(found: &[Line], mut clear: impl FnMut(usize, usize)) {
    for l in found {
        let (a0, a1) = (l.across.0.saturating_sub(1), l.across.1 + 1);
        if l.horizontal() {
            let (c0, c1) = (l.x0.min(l.x1) as usize, l.x0.max(l.x1) as usize);
            for r in a0..=a1 {
                for c in c0..=c1 {
                    clear(c, r);
                }
            }
        } else {
            let (r0, r1) = (l.y0.min(l.y1) as usize, l.y0.max(l.y1) as usize);
            for r in r0..=r1 {
                for c in a0..=a1 {
                    clear(c, r);
                }
            }
        }
    }
}

/// Runs along one axis at least `min` long, joined across neighbouring
/// rows (or columns) into lines no thicker than `thick`.
fn lines(ink: &Ink, min: usize, thick: usize, horizontal: bool) -> Vec<Line> {
    let (along, across) = if horizontal {
        (ink.width, ink.height)
    } else {
        (ink.height, ink.width)
    };
    let at = |a: usize, b: usize| {
        if horizontal {
            ink.at(a, b)
        } else {
            ink.at(b, a)
        }
    };
    // Open groups: (first across, last across, start, end).
    let mut open: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut done: Vec<(usize, usize, usize, usize)> = Vec::new();
    for b in 0..across {
        let mut runs = Vec::new();
        let mut a = 0;
        while a < along {
            if !at(a, b) {
                a += 1;
                continue;
            }
            let start = a;
            let mut end = a;
            let mut gap = 0;
            while a < along && gap <= GAP {
                if at(a, b) {
                    end = a;
                    gap = 0;
                } else {
                    gap += 1;
                }
                a += 1;
            }
            if end + 1 - start >= min.max(2) {
                runs.push((start, end));
            }
        }
        let mut still = Vec::with_capacity(open.len());
        for g in open.drain(..) {
            if g.1 + 1 < b {
                done.push(g);
            } else {
                still.push(g);
            }
        }
        open = still;
        for (s, e) in runs {
            let hit = open.iter_mut().find(|g| {
                let overlap = e.min(g.3).saturating_sub(s.max(g.2));
                overlap * 2 > (e - s).min(g.3 - g.2)
            });
            match hit {
                Some(g) => {
                    g.1 = b;
                    g.2 = g.2.min(s);
                    g.3 = g.3.max(e);
                }
                None => open.push((b, b, s, e)),
            }
        }
    }
    done.extend(open);
    done.into_iter()
        .filter(|g| g.1 - g.0 < thick)
        .map(|(b0, b1, s, e)| {
            let mid = (b0 + b1) as f64 / 2.0;
            let (s, e) = (s as f64, e as f64);
            if horizontal {
                Line {
                    x0: s,
                    y0: mid,
                    x1: e,
                    y1: mid,
                    across: (b0, b1),
                }
            } else {
                Line {
                    x0: mid,
                    y0: s,
                    x1: mid,
                    y1: e,
                    across: (b0, b1),
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{GrayImage, Luma};

    /// A drawn grid is found as two horizontal and three vertical rulings,
    /// and text-sized strokes are not.
    #[test]
    fn finds_a_grid_and_not_letters() {
        let mut img = GrayImage::from_pixel(600, 300, Luma([255]));
        for c in 50..550 {
            for r in [50u32, 51, 250, 251] {
                img.put_pixel(c, r, Luma([0]));
            }
        }
        for r in 50..252 {
            for c in [50u32, 300, 549] {
                img.put_pixel(c, r, Luma([0]));
            }
        }
        // A letter-sized stroke, and a fill-in blank away from the grid.
        for r in 100..125 {
            img.put_pixel(100, r, Luma([0]));
        }
        for c in 100..300 {
            img.put_pixel(c, 20, Luma([0]));
        }
        let ink = Ink::of(&img, 128);
        let (found, blanks) = find(&ink, 300.0);
        assert_eq!(blanks.len(), 1);
        let h = found.iter().filter(|l| l.horizontal()).count();
        let v = found.iter().filter(|l| !l.horizontal()).count();
        assert_eq!((h, v), (2, 3), "{found:?}");
    }
}
