//! Bytes in, table rows and text blocks with provenance out.
//!
//! [`extract`] decodes the bytes (BOMs, UTF-16, UTF-8, Windows-1257 and
//! ISO-8859-13, chosen by content) — or reads a PDF's text layer, and with
//! [`OcrOptions`] recognises its scanned pages with Tesseract —, decides
//! the layout (tab-separated rows, pdftotext-style flowed text, text in
//! content-stream order, fixed-width text, ruled PDF tables), rebuilds the table's rows and cells,
//! drops the column headers repeated on every page, and returns the rows and
//! the text outside the table in reading order, each with the lines it came
//! from. Nothing here knows what a cell means beyond its column.
//!
//! ```
//! use planx_extractor::{extract, Column, ExtractOptions, Item};
//! let text = "Pasākuma nosaukums:\t\tAtbildīgā institūcija\tIndikatīvais īstenošanas laiks\n\
//!             Pasākums nr.1.1.\tLogo izveide\tLM (CI1)\t2017\n";
//! let ex = extract(text.as_bytes(), &ExtractOptions::default()).unwrap();
//! let Item::Row(row) = &ex.items[0] else { panic!() };
//! assert_eq!(row.cell(Column::Period).unwrap().text, "2017");
//! ```
#![deny(missing_docs)]

mod content;
mod decode;
mod error;
mod fixed;
mod flow;
mod furniture;
pub mod grid;
mod labels;
mod lines;
mod model;
mod office;
mod pdf;
pub mod profile;
mod render;
mod scan;
mod stream;
mod tabular;
mod trailing;

pub use decode::{decode, Decoded};
pub use error::ExtractError;
pub use labels::{direction_start, field_label, measure_start, FieldLabel};
pub use lines::{enumerator, is_code};
pub use model::{Block, Cell, Column, Extraction, Footnote, FootnoteKind, Item, Row};
pub use scan::{OcrError, OcrOptions};

use planx_record::{InputKind, Lexicon};

/// What [`extract`] needs besides the bytes.
#[derive(Clone, Copy)]
pub struct ExtractOptions<'a> {
    /// Known words, to choose between candidate encodings.
    pub lexicon: Option<&'a dyn Lexicon>,
    /// Largest input accepted, in bytes.
    pub max_bytes: usize,
    /// OCR for PDF pages without a usable text layer; `None`: such pages
    /// are reported, not read.
    pub ocr: Option<&'a OcrOptions>,
}

impl Default for ExtractOptions<'_> {
    fn default() -> Self {
        ExtractOptions {
            lexicon: None,
            max_bytes: 64 * 1024 * 1024,
            ocr: None,
        }
    }
}

/// Reads one input into rows and blocks.
pub fn extract(bytes: &[u8], options: &ExtractOptions<'_>) -> Result<Extraction, ExtractError> {
    if bytes.len() > options.max_bytes {
        return Err(ExtractError::TooLarge {
            bytes: bytes.len(),
            limit: options.max_bytes,
        });
    }
    if bytes.starts_with(b"%PDF-")
        || bytes
            .get(..1024)
            .is_some_and(|head| head.windows(5).any(|w| w == b"%PDF-"))
    {
        return read_pdf(bytes, options);
    }
    if let Some(kind) = office::sniff(bytes) {
        let doc = office::read_container(bytes, kind, options.max_bytes)?;
        let input = match kind {
            office::Container::Docx => InputKind::Docx,
            office::Container::Odt => InputKind::Odt,
        };
        return Ok(from_document(doc, input));
    }
    if let Some(format) = office::sniff_legacy(bytes) {
        let docx = office::legacy_to_docx(bytes, format)?;
        let mut doc = office::read_container(&docx, office::Container::Docx, options.max_bytes)?;
        doc.notes.insert(
            0,
            format!("{format} converted to DOCX by LibreOffice (soffice --convert-to docx)"),
        );
        return Ok(from_document(doc, InputKind::Docx));
    }
    if let Some(what) = magic(bytes) {
        return Err(ExtractError::NotDocument { what });
    }
    if office::looks_like_html(bytes) {
        let doc = office::read_html(bytes)?;
        return Ok(from_document(doc, InputKind::Html));
    }
    let decoded = decode(bytes, options.lexicon)?;
    if fixed::is_fixed_width(&decoded.text) && !is_tabular(&lines::numbered(&decoded.text)) {
        return read_fixed_width(decoded);
    }
    let rejoined = lines::rejoin_hard_wraps(&decoded.text);
    let lines = lines::numbered(rejoined.as_deref().unwrap_or(&decoded.text));
    let tab = is_tabular(&lines);
    let (input, (items, columns, other_headers, furniture_lines)) =
        if tab || stream::is_stream(&lines) {
            // Tab-separated rows, or cells one after another in content-stream
            // order (`pdftotext -raw`): both give the table reader its pieces.
            let (input, pieces) = if tab {
                (InputKind::TextTabular, grid::from_tab_lines(&lines))
            } else {
                (InputKind::TextFlow, stream::pieces(&lines))
            };
            let t = tabular::read(&pieces);
            (input, (t.items, t.columns, t.other_headers, t.dropped))
        } else {
            let (items, columns, dropped) = flow::read(&lines);
            (InputKind::TextFlow, (items, columns, Vec::new(), dropped))
        };
    Ok(Extraction {
        input,
        pages: None,
        encoding: decoded.encoding,
        decoding: decoded.notes,
        columns,
        other_headers,
        items,
        furniture_lines,
        doubtful: Vec::new(),
        repairs: Vec::new(),
        footnotes: Vec::new(),
    })
}

/// The table reader's output as an extraction: nothing doubted, repaired
/// or footnoted yet.
fn table_extraction(
    t: tabular::Read,
    input: InputKind,
    pages: Option<u32>,
    encoding: &'static str,
    decoding: Vec<String>,
) -> Extraction {
    Extraction {
        input,
        pages,
        encoding,
        decoding,
        columns: t.columns,
        other_headers: t.other_headers,
        items: t.items,
        furniture_lines: t.dropped,
        doubtful: Vec::new(),
        repairs: Vec::new(),
        footnotes: Vec::new(),
    }
}

/// A document's pieces read by the table reader.
fn from_document(doc: office::Document, input: InputKind) -> Extraction {
    let t = tabular::read(&doc.pieces);
    Extraction {
        footnotes: doc.footnotes,
        ..table_extraction(t, input, None, doc.encoding, doc.notes)
    }
}

/// A PDF's lines read by the table reader, provenance set to page and box.
fn read_pdf(bytes: &[u8], options: &ExtractOptions<'_>) -> Result<Extraction, ExtractError> {
    let pdf::PdfText {
        lines,
        pages,
        notes,
        ocr_pages,
        doubtful,
        repairs,
    } = pdf::read(bytes, options.lexicon, options.ocr)?;
    let pieces = line_pieces(&lines, |l| planx_record::Provenance {
        page: Some(l.page),
        lines: None,
        bbox: Some(l.bbox),
        cell: None,
    });
    let tabular::Read {
        items,
        columns,
        other_headers,
        dropped: furniture_lines,
    } = tabular::read(&pieces);
    let mut decoding = vec![if ocr_pages == 0 {
        "text layer read from the PDF".to_string()
    } else {
        format!("{ocr_pages} of {pages} pages recognised by OCR (Tesseract)")
    }];
    decoding.extend(notes);
    Ok(Extraction {
        input: if ocr_pages > 0 {
            InputKind::PdfOcr
        } else {
            InputKind::Pdf
        },
        doubtful,
        repairs: repairs
            .into_iter()
            .map(|(page, bbox, r)| planx_record::Correction {
                path: format!("pages[{page}]"),
                from: r.from,
                to: r.to,
                rule: "ocr".to_string(),
                evidence: Some(r.evidence),
                provenance: Some(planx_record::Provenance {
                    page: Some(page),
                    lines: None,
                    bbox: Some(bbox),
                    cell: None,
                }),
            })
            .collect(),
        pages: Some(pages),
        encoding: "pdf",
        decoding,
        columns,
        other_headers,
        items,
        furniture_lines,
        footnotes: Vec::new(),
    })
}

/// Laid-out lines as pieces: tab-separated ones as grid rows.
fn line_pieces(
    lines: &[pdf::PdfLine],
    provenance: impl Fn(&pdf::PdfLine) -> planx_record::Provenance,
) -> Vec<grid::Piece> {
    lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .map(|l| {
            let provenance = provenance(l);
            if l.text.contains('\t') {
                grid::Piece::Row(grid::tab_row(&l.text, &provenance, |_| provenance.clone()))
            } else {
                grid::Piece::Text(grid::TextLine {
                    raw: l.text.clone(),
                    provenance,
                })
            }
        })
        .collect()
}

/// Fixed-width text (`pdftotext -layout`) read by the layout of PDF pages
/// without rulings, its characters placed at their columns and lines;
/// provenance gives the page (form feeds) and the lines.
fn read_fixed_width(decoded: Decoded) -> Result<Extraction, ExtractError> {
    let pages = fixed::pages(&decoded.text);
    let laid = pdf::read_pages(&pages)?;
    let pieces = line_pieces(&laid.lines, |l| planx_record::Provenance {
        page: Some(l.page),
        lines: Some(fixed::lines_of(l.bbox)),
        bbox: None,
        cell: None,
    });
    let t = tabular::read(&pieces);
    let mut decoding = decoded.notes;
    decoding.push(format!(
        "fixed-width text (columns aligned with spaces) read by character position, {} pages",
        laid.pages
    ));
    decoding.extend(laid.notes);
    Ok(table_extraction(
        t,
        InputKind::TextFlow,
        Some(laid.pages),
        decoded.encoding,
        decoding,
    ))
}

/// Formats recognised by their first bytes.
fn magic(bytes: &[u8]) -> Option<&'static str> {
    const KNOWN: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"II*\0", "a TIFF image"),
        (b"MM\0*", "a TIFF image"),
        (
            b"PK\x03\x04",
            "a ZIP container that is neither a Word (DOCX) nor an OpenDocument text (ODT)",
        ),
        (b"\x1F\x8B", "a gzip archive"),
    ];
    KNOWN
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, what)| *what)
}

/// Tab-separated when a good share of the content lines carry tabs, or a
/// column-header row does and another row follows it (a short table under
/// a long abbreviation list).
fn is_tabular(lines: &[lines::Line<'_>]) -> bool {
    let content = lines.iter().filter(|l| !l.text().is_empty()).count();
    let tabbed: Vec<&lines::Line<'_>> = lines
        .iter()
        .filter(|l| l.raw.trim_end().contains('\t'))
        .collect();
    let header = tabbed.iter().any(|l| {
        let cells: Vec<&str> = l.raw.split('\t').map(str::trim).collect();
        tabular::is_header_row(&cells)
    });
    (tabbed.len() >= 3 && tabbed.len() * 4 >= content) || (tabbed.len() >= 2 && header)
}
