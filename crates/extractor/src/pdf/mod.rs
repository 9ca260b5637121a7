//! Born-digital PDFs: the only module that imports lopdf. Pages are
//! interpreted ([`interpret`]) into glyphs and rulings, laid out
//! ([`layout`]) into table rows and paragraphs, and handed to the table
//! reader as tab-separated lines with their page and bounding box.

mod fonts;
mod interpret;
mod layout;
mod quality;

use lopdf::{Document, LoadOptions};

use crate::ExtractError;

/// Largest inflated size of any stream while loading.
const MAX_STREAM_BYTES: usize = 64 << 20;
/// Most pages read.
const MAX_PAGES: usize = 2000;

/// One line of a PDF page: text and where it stands.
#[derive(Debug, Clone)]
pub struct PdfLine {
    /// Text (tab-separated cells for table rows).
    pub text: String,
    /// 1-based page.
    pub page: u32,
    /// `[x0, y0, x1, y1]` in PDF points.
    pub bbox: [f64; 4],
}

/// The lines of every page, and the page count.
pub fn read(
    bytes: &[u8],
    lexicon: Option<&dyn planx_record::Lexicon>,
) -> Result<(Vec<PdfLine>, u32, Vec<String>), ExtractError> {
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_BYTES),
        ..LoadOptions::default()
    };
    let mut doc =
        Document::load_mem_with_options(bytes, options).map_err(|e| ExtractError::Pdf {
            reason: format!("cannot be parsed: {e}"),
        })?;
    if doc.is_encrypted() {
        doc.decrypt("").map_err(|_| ExtractError::Pdf {
            reason: "is encrypted, and its user password is not empty".to_string(),
        })?;
    }
    let pages = doc.get_pages();
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    let mut out: Vec<PdfLine> = Vec::new();
    let mut notes = Vec::new();
    let mut glyphs = 0usize;
    let mut header: Option<Vec<String>> = None;
    // The last table row pushed, which a row cut by a page break continues.
    let mut last_row: Option<usize> = None;
    for (&number, &id) in pages.iter().take(MAX_PAGES) {
        let content = interpret::page(&doc, id, page_matrix(&doc, id));
        if let Some(why) = quality::failure(&content, lexicon) {
            notes.push(format!(
                "page {number}: text layer not usable ({why}); it needs OCR and was not read"
            ));
            continue;
        }
        glyphs += content.glyphs.len();
        if content.truncated {
            notes.push(format!(
                "page {number}: content too large or unreadable, read in part"
            ));
        }
        if content.unmapped * 10 > content.glyphs.len().max(1) {
            notes.push(format!(
                "page {number}: {} glyphs without Unicode mapping (OCR needed)",
                content.unmapped
            ));
        }
        let mut first_row = true;
        let mut page_lines = layout::lines(&content);
        split_repeated_header(&mut page_lines, &mut header);
        for line in page_lines {
            let row = line.text.contains('\t');
            let cells: Vec<&str> = line.text.split('\t').collect();
            if row && first_row && !crate::tabular::is_header_row(&cells) {
                first_row = false;
                if continues_row(&cells) {
                    if let Some(prev) = last_row.and_then(|i| out.get_mut(i)) {
                        prev.text = merge_cells(&prev.text, &line.text);
                        continue;
                    }
                }
            }
            if row && !crate::tabular::is_header_row(&cells) {
                last_row = Some(out.len());
            }
            out.push(PdfLine {
                text: line.text,
                page: number,
                bbox: line.bbox,
            });
        }
    }
    if glyphs == 0 {
        let why = notes
            .first()
            .cloned()
            .unwrap_or_else(|| "no text on any page".to_string());
        return Err(ExtractError::Pdf {
            reason: format!("has no usable text layer (a scan?): OCR is needed — {why}"),
        });
    }
    Ok((out, count, notes))
}

/// A page's first table row continues the previous page's last row when its
/// first cell does not start a row (no measure, direction or field label).
fn continues_row(cells: &[&str]) -> bool {
    let first = cells.first().map(|c| c.trim()).unwrap_or_default();
    !(crate::labels::measure_start(first).is_some()
        || crate::labels::direction_start(first).is_some()
        || crate::labels::field_label(first).is_some()
        || crate::labels::bare_measure_id(first).is_some()
        || first.starts_with("Pasākums"))
}

/// Cell-wise join of a row cut by a page break.
fn merge_cells(a: &str, b: &str) -> String {
    let (xa, xb): (Vec<&str>, Vec<&str>) = (a.split('\t').collect(), b.split('\t').collect());
    (0..xa.len().max(xb.len()))
        .map(|i| {
            let (p, q) = (
                xa.get(i).copied().unwrap_or_default().trim(),
                xb.get(i).copied().unwrap_or_default().trim(),
            );
            match (p.is_empty(), q.is_empty()) {
                (_, true) => p.to_string(),
                (true, false) => q.to_string(),
                _ => format!("{p} {q}"),
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
}

/// The first header row of the document is remembered; on later pages a
/// header band that also holds the top of a row cut by the page break (no
/// ruling between them) is split in two: the header text, and the rest.
fn split_repeated_header(lines: &mut Vec<layout::PageLine>, header: &mut Option<Vec<String>>) {
    let Some(at) = lines.iter().position(|l| {
        let cells: Vec<&str> = l.text.split('\t').collect();
        l.text.contains('\t') && crate::tabular::is_header_row(&cells)
    }) else {
        return;
    };
    let Some(line) = lines.get(at) else { return };
    let cells: Vec<String> = line
        .text
        .split('\t')
        .map(|c| c.trim().to_string())
        .collect();
    let Some(known) = header.as_ref() else {
        *header = Some(cells);
        return;
    };
    let mut rest = Vec::with_capacity(cells.len());
    for (i, cell) in cells.iter().enumerate() {
        let h = known.get(i).map(String::as_str).unwrap_or_default();
        match cell.strip_prefix(h) {
            Some(r) => rest.push(r.trim().to_string()),
            None => return,
        }
    }
    if rest.iter().all(String::is_empty) {
        return;
    }
    let bbox = line.bbox;
    let head = known.join("\t");
    if let Some(l) = lines.get_mut(at) {
        l.text = head;
    }
    lines.insert(
        at + 1,
        layout::PageLine {
            text: rest.join("\t") + "\t",
            bbox,
        },
    );
}

/// The matrix from user space to page space with the MediaBox origin at
/// 0,0 (ISO 32000-1 §7.7.3.3; MediaBox is inheritable). `/Rotate` is not
/// applied: it turns the page for display, and text drawn upright in user
/// space reads best as drawn (sideways-drawn text is not handled yet).
fn page_matrix(doc: &Document, id: lopdf::ObjectId) -> [f64; 6] {
    let mut media = None;
    let mut node = doc.get_dictionary(id).ok();
    for _ in 0..32 {
        let Some(dict) = node else { break };
        media = dict
            .get(b"MediaBox")
            .ok()
            .and_then(|o| o.as_array().ok())
            .and_then(|a| {
                let v: Vec<f64> = a
                    .iter()
                    .filter_map(|x| match x {
                        lopdf::Object::Integer(i) => Some(*i as f64),
                        lopdf::Object::Real(r) => Some(f64::from(*r)),
                        _ => None,
                    })
                    .collect();
                (v.len() == 4).then(|| [v[0], v[1], v[2], v[3]])
            });
        if media.is_some() {
            break;
        }
        node = dict
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|r| doc.get_dictionary(r).ok());
    }
    let [x0, y0, x1, y1] = media.unwrap_or([0.0, 0.0, 612.0, 792.0]);
    [1.0, 0.0, 0.0, 1.0, -x0.min(x1), -y0.min(y1)]
}
