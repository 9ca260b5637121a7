use serde::{Deserialize, Serialize};

/// Where a value came from in the input.
///
/// Text inputs have no pages: `page` is `None` and `lines` holds the first and
/// last 1-based line numbers. PDF inputs have a page and a bounding box in PDF
/// points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// 1-based page number, or `None` for inputs without pages.
    pub page: Option<u32>,
    /// First and last 1-based line number of the input text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<[u32; 2]>,
    /// Bounding box `[x0, y0, x1, y1]` in PDF points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<[f64; 4]>,
    /// For inputs written as documents (DOCX, ODT, HTML): the table, row
    /// and column of the cell, each 1-based (`[1, 3, 2]`: first table,
    /// third row, second column); a span of cells gives its first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<[u32; 3]>,
}

impl Provenance {
    /// A span of lines of a text input.
    pub fn lines(first: u32, last: u32) -> Self {
        Provenance {
            page: None,
            lines: Some([first, last]),
            bbox: None,
            cell: None,
        }
    }

    /// The smallest provenance covering both `self` and `other`.
    pub fn union(&self, other: &Provenance) -> Provenance {
        let lines = match (self.lines, other.lines) {
            (Some([a, b]), Some([c, d])) => Some([a.min(c), b.max(d)]),
            (a, b) => a.or(b),
        };
        let bbox = match (self.bbox, other.bbox) {
            (Some(a), Some(b)) => Some([
                a[0].min(b[0]),
                a[1].min(b[1]),
                a[2].max(b[2]),
                a[3].max(b[3]),
            ]),
            (a, b) => a.or(b),
        };
        Provenance {
            page: self.page.or(other.page),
            lines,
            bbox,
            cell: self.cell.or(other.cell),
        }
    }
}
