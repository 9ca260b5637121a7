//! Documents as written: Word DOCX, OpenDocument ODT and HTML pages. Their
//! tables carry cells and spans exactly, so these readers guess nothing:
//! each table row becomes a [`GridRow`] whose cells stand at the grid
//! columns the document declares, each paragraph outside tables a
//! [`TextLine`]; provenance names the table, row and column.
//!
//! The containers are read with bounded memory: a ZIP entry is inflated
//! only up to the input limit (a ZIP bomb is an error, not an allocation),
//! and XML is parsed without DTDs (no entity expansion, so no XML bomb).

mod docx;
mod html;
mod legacy;
mod notes;
mod odt;

use std::io::Read;

use planx_record::Provenance;

use crate::grid::{GridRow, Piece, RawCell, TextLine};
use crate::{ExtractError, Footnote};

pub use html::looks_like_html;
pub use legacy::{sniff as sniff_legacy, to_docx as legacy_to_docx};

/// The office formats planx reads from a ZIP container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// Office Open XML word-processing document.
    Docx,
    /// OpenDocument text.
    Odt,
}

/// What a reader gives: the pieces in reading order, the footnotes kept
/// out of them, and notes on what it did (tracked changes read, footnotes
/// given apart, encoding chosen).
pub struct Document {
    /// Rows and text lines in reading order.
    pub pieces: Vec<Piece>,
    /// Decisions and omissions, in words.
    pub notes: Vec<String>,
    /// Footnotes and endnotes, each with the provenance of the cell or
    /// paragraph that references it.
    pub footnotes: Vec<Footnote>,
    /// The text encoding (the XML of DOCX and ODT is UTF-8).
    pub encoding: &'static str,
}

/// Which office document a ZIP container holds, by its content: a
/// `[Content_Types].xml` and parts under `word/` (DOCX), or an ODF
/// `mimetype` entry naming a text document (ODT). `None` for other ZIPs.
pub fn sniff(bytes: &[u8]) -> Option<Container> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let names: Vec<&str> = archive.file_names().collect();
    // A Word package: its parts stand under `word/` (a package without
    // the document part is a broken DOCX, and says so).
    if names.contains(&"[Content_Types].xml") && names.iter().any(|n| n.starts_with("word/")) {
        return Some(Container::Docx);
    }
    // ODF puts an uncompressed `mimetype` first; its text is in the
    // local header's data right after the name.
    if names.contains(&"content.xml") && names.contains(&"mimetype") {
        let head = bytes.get(..200).unwrap_or(bytes);
        let text = String::from_utf8_lossy(head);
        if text.contains("application/vnd.oasis.opendocument.text") {
            return Some(Container::Odt);
        }
    }
    None
}

/// Reads a DOCX or ODT container.
pub fn read_container(
    bytes: &[u8],
    kind: Container,
    limit: usize,
) -> Result<Document, ExtractError> {
    let format = match kind {
        Container::Docx => "DOCX",
        Container::Odt => "ODT",
    };
    let fail = |reason: String| ExtractError::Office { format, reason };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| fail(format!("not a readable ZIP container: {e}")))?;
    let mut entry = |name: &str| -> Result<Option<String>, ExtractError> {
        read_entry(&mut archive, name, limit).map_err(fail)
    };
    match kind {
        Container::Docx => {
            let body = entry("word/document.xml")?
                .ok_or_else(|| fail("it has no word/document.xml".to_string()))?;
            let parts = docx::Parts {
                numbering: entry("word/numbering.xml")?,
                styles: entry("word/styles.xml")?,
                footnotes: entry("word/footnotes.xml")?,
                endnotes: entry("word/endnotes.xml")?,
            };
            docx::read(&body, &parts).map_err(fail)
        }
        Container::Odt => {
            let content =
                entry("content.xml")?.ok_or_else(|| fail("it has no content.xml".to_string()))?;
            odt::read(&content).map_err(fail)
        }
    }
}

/// Reads an HTML page.
pub fn read_html(bytes: &[u8]) -> Result<Document, ExtractError> {
    html::read(bytes)
}

/// One entry of the archive as text, inflated up to `limit` bytes; `None`
/// when the archive has no such entry.
fn read_entry<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    limit: usize,
) -> Result<Option<String>, String> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    if file.encrypted() {
        return Err(format!("{name} is encrypted"));
    }
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX);
    file.take(cap.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("{name}: {e}"))?;
    if out.len() > limit {
        return Err(format!(
            "{name} inflates to more than {limit} bytes (a ZIP bomb?)"
        ));
    }
    String::from_utf8(out)
        .map(Some)
        .map_err(|_| format!("{name} is not UTF-8 XML"))
}

/// An element's local name ("p" for `w:p`, "table-cell" for
/// `table:table-cell`).
fn name<'a>(node: &roxmltree::Node<'a, '_>) -> &'a str {
    node.tag_name().name()
}

/// An attribute by its local name ("val" for `w:val`).
fn attr<'a>(node: &roxmltree::Node<'a, '_>, local: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == local)
        .map(|a| a.value())
}

/// XML parsed without DTDs and with a bound on the node count.
fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: 8_000_000,
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|e| format!("XML: {e}"))
}

/// Most grid columns a table row may reach: spans and skipped columns
/// declared in a file are bounded by it, so a crafted span cannot make a
/// row of millions of columns.
pub(crate) const MAX_COLUMNS: usize = 256;

/// Collects tables and paragraphs into pieces, with provenance by table,
/// row and column.
#[derive(Default)]
struct Builder {
    pieces: Vec<Piece>,
    tables: u32,
    paragraphs: u32,
}

/// One cell as a reader found it.
struct CellText {
    col: usize,
    col_span: usize,
    row_span: usize,
    /// The cell's paragraphs (line breaks inside them as `\n`).
    paragraphs: Vec<String>,
}

impl Builder {
    /// A paragraph outside tables: one text line per line it prints.
    fn paragraph(&mut self, text: &str) {
        self.paragraphs += 1;
        for line in text.split('\n') {
            let line = clean(line);
            if line.trim().is_empty() {
                continue;
            }
            self.pieces.push(Piece::Text(TextLine {
                raw: line,
                provenance: self.paragraph_provenance(),
            }));
        }
    }

    /// Where the paragraph added last stands.
    fn paragraph_provenance(&self) -> Provenance {
        Provenance {
            lines: Some([self.paragraphs, self.paragraphs]),
            ..Provenance::default()
        }
    }

    /// A new table starts; its number for provenance.
    fn table(&mut self) -> u32 {
        self.tables += 1;
        self.tables
    }

    /// One table row of `table`, its `row`-th (1-based).
    fn row(&mut self, table: u32, row: u32, cells: Vec<CellText>) {
        let cells: Vec<CellText> = cells.into_iter().filter(|c| c.col < MAX_COLUMNS).collect();
        let width = cells
            .iter()
            .map(|c| (c.col + c.col_span).min(MAX_COLUMNS))
            .max()
            .unwrap_or(0);
        let cells: Vec<RawCell> = cells
            .into_iter()
            .filter_map(|c| {
                let text = c
                    .paragraphs
                    .iter()
                    .flat_map(|p| p.split('\n'))
                    .map(clean)
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
                (!text.is_empty()).then(|| RawCell {
                    col: c.col,
                    col_span: c.col_span.clamp(1, MAX_COLUMNS - c.col),
                    row_span: c.row_span.max(1),
                    text,
                    provenance: cell_provenance(table, row, c.col),
                })
            })
            .collect();
        self.pieces.push(Piece::Row(GridRow {
            cells,
            width,
            provenance: Provenance {
                cell: Some([table, row, 1]),
                ..Provenance::default()
            },
        }));
    }
}

/// Where the cell at grid column `col` (0-based) of `row` of `table`
/// stands.
fn cell_provenance(table: u32, row: u32, col: usize) -> Provenance {
    Provenance {
        cell: Some([table, row, u32::try_from(col + 1).unwrap_or(u32::MAX)]),
        ..Provenance::default()
    }
}

/// Text as the table reader wants it: no-break and other spaces as
/// spaces, soft hyphens and zero-width marks left out, runs of spaces
/// kept (a tab in a paragraph is one space).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
            )
        })
        .map(|c| match c {
            '\t' | '\u{A0}' | '\u{202F}' | '\u{2007}' => ' ',
            c => c,
        })
        .collect()
}

/// The notes the footnote tests' packages carry, for tests: an endnote
/// on the first paragraph and a footnote in the first table's first row,
/// second cell.
#[cfg(test)]
pub(crate) fn noted_footnotes() -> Vec<Footnote> {
    vec![
        Footnote {
            kind: crate::FootnoteKind::Endnote,
            text: "Beigu piezīme.".to_string(),
            provenance: Provenance::lines(1, 1),
        },
        Footnote {
            kind: crate::FootnoteKind::Footnote,
            text: "Saskaņā ar MK noteikumiem.".to_string(),
            provenance: Provenance {
                cell: Some([1, 1, 2]),
                ..Provenance::default()
            },
        },
    ]
}

/// The pieces as text, for tests: a text line as it is, a row as
/// `col:text` cells joined with " | ".
#[cfg(test)]
pub(crate) fn texts(doc: &Document) -> Vec<String> {
    doc.pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.raw.clone(),
            Piece::Row(r) => r
                .cells
                .iter()
                .map(|c| format!("{}:{}", c.col, c.text))
                .collect::<Vec<_>>()
                .join(" | "),
        })
        .collect()
}

/// A ZIP of the named entries, for tests: `mimetype` stored (as ODF
/// wants it, so the container is known by it), the others deflated.
#[cfg(test)]
pub(crate) fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        let method = if *name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        w.start_file(*name, options).expect("entry");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_zips_are_not_office_documents() {
        assert_eq!(sniff(b"PK\x03\x04garbage"), None);
        assert_eq!(sniff(b"%PDF-1.4"), None);
    }

    #[test]
    fn xml_with_a_dtd_is_refused() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><l>&b;</l>"#;
        assert!(parse_xml(bomb).is_err());
        assert!(parse_xml("<l>x</l>").is_ok());
    }

    const BODY: &[u8] = br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Plans</w:t></w:r></w:p></w:body></w:document>"#;

    #[test]
    fn a_docx_is_known_by_its_parts_and_read() {
        let bytes = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", BODY),
        ]);
        assert_eq!(sniff(&bytes), Some(Container::Docx));
        let doc = read_container(&bytes, Container::Docx, 1 << 20).expect("reads");
        assert_eq!(doc.pieces.len(), 1);
        // Cut short, it is an error and no panic.
        let cut = bytes.get(..bytes.len() / 2).unwrap_or_default();
        assert!(read_container(cut, Container::Docx, 1 << 20).is_err());
    }

    #[test]
    fn a_zip_bomb_is_refused_within_the_limit() {
        let mut big = BODY.to_vec();
        big.extend(std::iter::repeat_n(b' ', 4 << 20));
        let bytes = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", &big),
        ]);
        assert!(bytes.len() < 64 << 10, "deflated to {} bytes", bytes.len());
        let err = read_container(&bytes, Container::Docx, 1 << 20)
            .err()
            .expect("refused");
        assert!(err.to_string().contains("ZIP bomb"), "{err}");
    }

    #[test]
    fn marks_are_cleaned() {
        assert_eq!(
            clean("e-\u{AD}pakal\u{200B}pojumi\u{A0}un\tLM"),
            "e-pakalpojumi un LM"
        );
    }
}
