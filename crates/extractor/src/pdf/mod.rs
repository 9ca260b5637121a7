//! Born-digital PDFs: the only module that imports lopdf. Pages are
//! interpreted ([`interpret`]) into glyphs and rulings, laid out
//! ([`layout`]) into table rows and paragraphs, and handed to the table
//! reader as tab-separated lines with their page and bounding box.

mod fonts;
mod images;
mod interpret;
mod layout;
mod quality;
mod unruled;

use lopdf::{Document, LoadOptions};
use rayon::prelude::*;

pub(crate) use interpret::{Glyph, PageContent};
pub(crate) use layout::join_wrapped;

use crate::scan::{self, OcrError, OcrOptions};
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

/// What [`read`] gives: the lines of every page, the page count, notes
/// on what was done or skipped, and whether any page was read by OCR.
pub struct PdfText {
    /// The lines, page by page.
    pub lines: Vec<PdfLine>,
    /// Pages in the document.
    pub pages: u32,
    /// What was done or skipped, for `source.decoding`.
    pub notes: Vec<String>,
    /// Pages recognised by OCR.
    pub ocr_pages: u32,
    /// Recognised words with a low confidence: page and word.
    pub doubtful: Vec<(u32, String)>,
    /// Repairs of recognised text: page, box of its line, the change.
    pub repairs: Vec<(u32, [f64; 4], scan::Repair)>,
}

/// Pages interpreted (and recognised) together; bounds the page images
/// held in memory at once.
const PAGES_AT_ONCE: usize = 8;
/// Below this confidence a recognised word is doubtful.
const DOUBTFUL: f64 = 60.0;

/// Why a page meant for OCR was not read.
enum PageFailure {
    /// The OCR engine could not run.
    Ocr(OcrError),
    /// The page image could not be had.
    Image(String),
}

/// How a page will be read.
enum PagePlan {
    Text(interpret::PageContent),
    Ocr(interpret::PageContent, (f64, f64)),
    Skip,
}

/// Reads every page: the text layer where it is usable, OCR where it is
/// not (no text, invisible text over a page image, or text that fails the
/// quality gate) and `ocr` is given.
pub fn read(
    bytes: &[u8],
    lexicon: Option<&dyn planx_record::Lexicon>,
    ocr: Option<&OcrOptions>,
) -> Result<PdfText, ExtractError> {
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
    let mut pages_out = Pages::default();
    // The PDF on disk for pdftoppm, written when a page first needs it.
    let file: std::sync::OnceLock<Option<tempfile::NamedTempFile>> = std::sync::OnceLock::new();
    let all: Vec<(u32, lopdf::ObjectId)> = pages
        .iter()
        .take(MAX_PAGES)
        .map(|(n, id)| (*n, *id))
        .collect();
    for chunk in all.chunks(PAGES_AT_ONCE) {
        let plans: Vec<(u32, PagePlan)> = chunk
            .iter()
            .map(|&(number, id)| {
                let (matrix, size, crop) = page_box(&doc, id);
                let mut content = interpret::page(&doc, id, matrix);
                content.crop_to(crop);
                layout::upright(&mut content);
                (
                    number,
                    plan(
                        content,
                        size,
                        lexicon,
                        ocr.is_some(),
                        number,
                        &mut pages_out.notes,
                    ),
                )
            })
            .collect();
        let read: Vec<(u32, Result<interpret::PageContent, PageFailure>, bool)> = plans
            .into_par_iter()
            .map(|(number, plan)| match plan {
                PagePlan::Text(content) => (number, Ok(content), false),
                PagePlan::Skip => (number, Ok(interpret::PageContent::default()), false),
                PagePlan::Ocr(content, size) => {
                    let path = file
                        .get_or_init(|| {
                            let mut f = tempfile::NamedTempFile::new().ok()?;
                            std::io::Write::write_all(&mut f, bytes).ok()?;
                            Some(f)
                        })
                        .as_ref()
                        .map(tempfile::NamedTempFile::path);
                    let result = ocr
                        .ok_or_else(|| PageFailure::Image("OCR is off".to_string()))
                        .and_then(|o| {
                            let raster = images::page_raster(&doc, &content, number, size, path)
                                .map_err(PageFailure::Image)?;
                            scan::recognise(&raster, o).map_err(PageFailure::Ocr)
                        })
                        .map(|page| {
                            // A page scanned sideways is turned upright.
                            let mut content = scanned(&page);
                            layout::upright(&mut content);
                            content
                        });
                    (number, result, true)
                }
            })
            .collect();
        for (number, content, by_ocr) in read {
            match content {
                Ok(c) => pages_out.add(number, &c, by_ocr),
                Err(PageFailure::Ocr(e)) => {
                    pages_out
                        .notes
                        .push(format!("page {number}: not read: {e}"));
                    pages_out.ocr_error.get_or_insert(e);
                }
                Err(PageFailure::Image(why)) => {
                    pages_out
                        .notes
                        .push(format!("page {number}: not read by OCR: {why}"));
                }
            }
        }
    }
    pages_out.finish(count)
}

/// Laid-out pages that are not a PDF's (fixed-width text read as glyphs
/// at character positions) through the same layout as a PDF's pages.
pub(crate) fn read_pages(pages: &[PageContent]) -> Result<PdfText, ExtractError> {
    let mut out = Pages::default();
    for (k, content) in pages.iter().enumerate() {
        out.add(u32::try_from(k + 1).unwrap_or(u32::MAX), content, false);
    }
    out.finish(u32::try_from(pages.len()).unwrap_or(u32::MAX))
}

/// The pages read so far, assembled into one sequence of lines: rows cut
/// by a page break joined, repeated headers split off, OCR repaired.
#[derive(Default)]
struct Pages {
    out: Vec<PdfLine>,
    notes: Vec<String>,
    glyphs: usize,
    ocr_pages: u32,
    doubtful: Vec<(u32, String)>,
    ocr_error: Option<OcrError>,
    repairer: scan::Repairer,
    repairs: Vec<(u32, [f64; 4], scan::Repair)>,
    ocr_page_numbers: std::collections::BTreeSet<u32>,
    header: Option<Vec<String>>,
    columns: Option<unruled::Columns>,
    /// The last table row pushed, which a row cut by a page break continues.
    last_row: Option<usize>,
}

impl Pages {
    /// Lays out one page and appends its lines.
    fn add(&mut self, number: u32, content: &PageContent, by_ocr: bool) {
        if by_ocr {
            self.ocr_pages += 1;
            self.ocr_page_numbers.insert(number);
            self.notes.push(format!(
                "page {number}: recognised by OCR, {} words, {} rulings, skew {:.2}° corrected",
                content.glyphs.len(),
                content.segments.len(),
                content.skew.unwrap_or(0.0)
            ));
            self.doubtful
                .extend(content.doubtful.iter().map(|w| (number, w.clone())));
        }
        self.glyphs += content.glyphs.len();
        if content.truncated {
            self.notes.push(format!(
                "page {number}: content too large or unreadable, read in part"
            ));
        }
        let mut first_row = true;
        let mut page_lines = layout::lines(content, &mut self.columns);
        for line in &mut page_lines {
            line.bbox = layout::unturn_box(line.bbox, content.turns);
        }
        if content.recognised {
            let mut texts: Vec<String> = page_lines
                .iter_mut()
                .map(|l| std::mem::take(&mut l.text))
                .collect();
            for (i, r) in self.repairer.page(&mut texts) {
                let bbox = page_lines.get(i).map_or([0.0; 4], |l| l.bbox);
                self.repairs.push((number, bbox, r));
            }
            for (l, t) in page_lines.iter_mut().zip(texts) {
                l.text = t;
            }
        }
        split_repeated_header(&mut page_lines, &mut self.header);
        for line in page_lines {
            let row = line.text.contains('\t');
            let cells: Vec<&str> = line.text.split('\t').collect();
            // A header repeated on the page, or its row of sub-column
            // years and totals, is no continuation of the row before.
            let header =
                crate::tabular::is_header_row(&cells) || crate::tabular::is_sub_header_row(&cells);
            if row && first_row && !header {
                first_row = false;
                if continues_row(&cells) {
                    if let Some(prev) = self.last_row.and_then(|i| self.out.get_mut(i)) {
                        prev.text = merge_cells(&prev.text, &line.text);
                        continue;
                    }
                }
            }
            if row && !header {
                self.last_row = Some(self.out.len());
            }
            self.out.push(PdfLine {
                text: line.text,
                page: number,
                bbox: line.bbox,
            });
        }
    }

    /// The document's lines, furniture dropped and OCR codes repaired.
    fn finish(mut self, count: u32) -> Result<PdfText, ExtractError> {
        drop_repeated_lines(&mut self.out, &mut self.notes);
        // Codes misread, with the whole document as evidence, and capitals
        // misread at the start of cells, by their column's majority.
        let pages = &self.ocr_page_numbers;
        let mut ocr_rows: Vec<(usize, &mut PdfLine)> = self
            .out
            .iter_mut()
            .enumerate()
            .filter(|(_, l)| pages.contains(&l.page))
            .collect();
        let mut texts: Vec<&mut String> = ocr_rows.iter_mut().map(|(_, l)| &mut l.text).collect();
        let mut fixed = self.repairer.codes(&mut texts);
        fixed.extend(scan::capitals(&mut texts));
        for (k, r) in fixed {
            if let Some((_, line)) = ocr_rows.get(k) {
                self.repairs.push((line.page, line.bbox, r));
            }
        }
        if self.glyphs == 0 {
            let why = self
                .notes
                .first()
                .cloned()
                .unwrap_or_else(|| "no text on any page".to_string());
            return Err(ExtractError::Pdf {
                reason: match self.ocr_error {
                    Some(e) => {
                        format!("has no usable text layer (a scan?), and OCR could not run: {e}")
                    }
                    None => format!("has no usable text layer (a scan?): OCR is needed — {why}"),
                },
            });
        }
        Ok(PdfText {
            lines: self.out,
            pages: count,
            notes: self.notes,
            ocr_pages: self.ocr_pages,
            doubtful: self.doubtful,
            repairs: self.repairs,
        })
    }
}

/// Decides how a page is read. The text layer is used when it has visible,
/// usable text; OCR (when on) when the page has no text, only invisible
/// text (an earlier OCR's layer, whose quality is unknown), or text that
/// fails the quality gate.
fn plan(
    content: interpret::PageContent,
    size: (f64, f64),
    lexicon: Option<&dyn planx_record::Lexicon>,
    ocr: bool,
    number: u32,
    notes: &mut Vec<String>,
) -> PagePlan {
    let visible = content
        .glyphs
        .iter()
        .filter(|g| !g.invisible && !g.text.trim().is_empty())
        .count();
    let failure = if visible > 0 {
        quality::failure(&content, lexicon)
    } else {
        None
    };
    let doubt = (visible > 0 && failure.is_none())
        .then(|| quality::doubt(&content, lexicon))
        .flatten();
    match (visible, failure) {
        (v, None) if v > 0 && ocr && doubt.is_some() => {
            let why = doubt.unwrap_or_default();
            notes.push(format!(
                "page {number}: text layer doubtful ({why}); read by OCR"
            ));
            PagePlan::Ocr(content, size)
        }
        (v, None) if v > 0 => {
            if let Some(why) = doubt {
                notes.push(format!(
                    "page {number}: text layer doubtful ({why}); read as it is (OCR is off)"
                ));
            }
            if content.unmapped * 10 > content.glyphs.len().max(1) {
                notes.push(format!(
                    "page {number}: {} glyphs without Unicode mapping (OCR needed)",
                    content.unmapped
                ));
            }
            PagePlan::Text(content)
        }
        (_, Some(why)) if ocr => {
            notes.push(format!(
                "page {number}: text layer not usable ({why}); read by OCR"
            ));
            PagePlan::Ocr(content, size)
        }
        (_, Some(why)) => {
            notes.push(format!(
                "page {number}: text layer not usable ({why}); it needs OCR and was not read"
            ));
            PagePlan::Skip
        }
        _ if content.images.is_empty() => PagePlan::Skip,
        _ if ocr => {
            if !content.glyphs.is_empty() {
                notes.push(format!(
                    "page {number}: its text layer is invisible (an earlier OCR); recognised again"
                ));
            }
            PagePlan::Ocr(content, size)
        }
        _ => {
            notes.push(format!(
                "page {number}: an image without text; it needs OCR and was not read"
            ));
            PagePlan::Skip
        }
    }
}

/// A recognised page as page content: each word one glyph (ending in a
/// space, so words never run together), each ruling a segment.
fn scanned(page: &scan::ScanPage) -> interpret::PageContent {
    interpret::PageContent {
        glyphs: page
            .words
            .iter()
            .map(|w| interpret::Glyph {
                text: format!("{} ", w.text),
                x: w.x,
                y: w.y,
                width: w.width,
                size: w.size,
                invisible: false,
                dir: w.dir,
            })
            .collect(),
        segments: page
            .rulings
            .iter()
            .map(|r| interpret::Segment {
                x0: r[0],
                y0: r[1],
                x1: r[2],
                y1: r[3],
            })
            .collect(),
        doubtful: page
            .words
            .iter()
            .filter(|w| w.confidence < DOUBTFUL && w.text.chars().any(char::is_alphabetic))
            .map(|w| w.text.clone())
            .collect(),
        recognised: true,
        skew: Some(page.skew),
        ..interpret::PageContent::default()
    }
}

/// Page furniture outside the table: a page's own number, and a line of
/// text (no table row) printed alike on two pages or more — a running
/// footer or header such as a file name — are dropped, and the notes say
/// how many.
fn drop_repeated_lines(lines: &mut Vec<PdfLine>, notes: &mut Vec<String>) {
    // A page's own number printed on it ("3", "3. lpp.", "3/7", "- 3 -").
    let before = lines.len();
    lines.retain(|l| l.text.contains('\t') || !is_page_number(l.text.trim(), l.page));
    let numbers = before - lines.len();
    if numbers > 0 {
        notes.push(format!("{numbers} page numbers dropped"));
    }
    let mut pages_of: std::collections::HashMap<&str, std::collections::BTreeSet<u32>> =
        std::collections::HashMap::new();
    for l in lines.iter() {
        let t = l.text.trim();
        if !l.text.contains('\t') && !t.is_empty() && t.chars().count() <= 120 {
            pages_of.entry(t).or_default().insert(l.page);
        }
    }
    let repeated: std::collections::HashSet<String> = pages_of
        .into_iter()
        .filter(|(_, pages)| pages.len() >= 2)
        .map(|(t, _)| t.to_string())
        .collect();
    if repeated.is_empty() {
        return;
    }
    let before = lines.len();
    lines.retain(|l| l.text.contains('\t') || !repeated.contains(l.text.trim()));
    notes.push(format!(
        "{} lines of page furniture repeated on every page (running headers or footers) dropped",
        before - lines.len()
    ));
}

/// The text is the number of its page as page furniture prints it: its
/// own number, other numbers (of pages in all), the profile's page-number
/// words ("lpp", "lapa", "no") and marks ("-", "/", ".") only.
fn is_page_number(text: &str, page: u32) -> bool {
    let words = &crate::profile::Profile::shipped()
        .document
        .page_number_words;
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '/' | '.'))
        .filter(|t| !t.is_empty())
        .collect();
    let own = tokens
        .iter()
        .find(|t| t.chars().all(|c| c.is_ascii_digit()))
        .and_then(|t| t.parse::<u32>().ok())
        == Some(page);
    own && tokens.len() <= 4
        && tokens.iter().all(|t| {
            (t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit()))
                || words.iter().any(|w| w.eq_ignore_ascii_case(t))
        })
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
                _ => layout::join_wrapped([p, q]),
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
/// 0,0, the page size, and the visible region (the CropBox within the
/// MediaBox) in page space (ISO 32000-1 §7.7.3.3 and §14.11.2; both boxes
/// are inheritable). `/Rotate` is not applied: it turns the page for
/// display; text drawn sideways is turned upright by the layout.
fn page_box(doc: &Document, id: lopdf::ObjectId) -> ([f64; 6], (f64, f64), [f64; 4]) {
    let media = inherited_box(doc, id, b"MediaBox").unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let (x0, y0) = (media[0].min(media[2]), media[1].min(media[3]));
    let (x1, y1) = (media[0].max(media[2]), media[1].max(media[3]));
    let crop = inherited_box(doc, id, b"CropBox")
        .map(|c| {
            [
                c[0].min(c[2]).max(x0),
                c[1].min(c[3]).max(y0),
                c[0].max(c[2]).min(x1),
                c[1].max(c[3]).min(y1),
            ]
        })
        .filter(|c| c[0] < c[2] && c[1] < c[3])
        .unwrap_or([x0, y0, x1, y1]);
    (
        [1.0, 0.0, 0.0, 1.0, -x0, -y0],
        (x1 - x0, y1 - y0),
        [crop[0] - x0, crop[1] - y0, crop[2] - x0, crop[3] - y0],
    )
}

/// A page's rectangle `key`, from the page or the nearest ancestor with one.
fn inherited_box(doc: &Document, id: lopdf::ObjectId, key: &[u8]) -> Option<[f64; 4]> {
    let mut node = doc.get_dictionary(id).ok();
    for _ in 0..32 {
        let dict = node?;
        let found = dict
            .get(key)
            .ok()
            .and_then(|o| match o {
                lopdf::Object::Reference(r) => doc.get_object(*r).ok(),
                other => Some(other),
            })
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
                (v.len() == 4 && v.iter().all(|x| x.is_finite())).then(|| [v[0], v[1], v[2], v[3]])
            });
        if found.is_some() {
            return found;
        }
        node = dict
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|r| doc.get_dictionary(r).ok());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, page: u32) -> PdfLine {
        PdfLine {
            text: text.to_string(),
            page,
            bbox: [0.0; 4],
        }
    }

    /// Page numbers and running footers go; a line printed once stays, and
    /// so does a table row, however often it repeats.
    #[test]
    fn page_furniture_is_dropped() {
        assert!(
            is_page_number("3. lpp.", 3) && is_page_number("3/7", 3) && is_page_number("- 3 -", 3)
        );
        assert!(is_page_number("lapa 3 no 7", 3));
        assert!(!is_page_number("3. lpp.", 4) && !is_page_number("2024", 2024 - 1));
        assert!(!is_page_number("3. pasākums", 3));
        let mut lines = vec![
            line("Pielikums", 1),
            line("Pasākums nr.1.1.\tLogo", 1),
            line("LMPl_171121", 1),
            line("1. lpp.", 1),
            line("Pasākums nr.1.1.\tLogo", 2),
            line("LMPl_171121", 2),
            line("2. lpp.", 2),
            line("Valsts sekretārs I. Alliks", 2),
        ];
        let mut notes = Vec::new();
        drop_repeated_lines(&mut lines, &mut notes);
        let left: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            left,
            [
                "Pielikums",
                "Pasākums nr.1.1.\tLogo",
                "Pasākums nr.1.1.\tLogo",
                "Valsts sekretārs I. Alliks"
            ]
        );
        assert_eq!(notes.len(), 2, "{notes:?}");
    }
}
