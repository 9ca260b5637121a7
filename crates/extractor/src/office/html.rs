//! HTML pages (the official publication, a saved Word document): the
//! charset from the BOM, a `<meta>` declaration or the content; `<table>`
//! rows with `colspan` and `rowspan` placed on the table's grid; `<p>`,
//! `<div>`, `<li>` and `<br>` as line ends, in cells and around tables;
//! page chrome (scripts, styles, navigation, headers and footers of the
//! page) left out.

use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::{Builder, CellText, Document, MAX_COLUMNS};
use crate::ExtractError;

/// True when the bytes are an HTML page: after a BOM and white space they
/// open with a doctype, an `<html>` tag or an HTML element that pages
/// begin with.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.get(..4096).unwrap_or(bytes);
    let head = head
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(head);
    let text: String = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = text.trim_start();
    let t = if t.starts_with("<?xml") {
        t.split_once("?>").map_or("", |(_, r)| r.trim_start())
    } else {
        t
    };
    let t = if t.starts_with("<!--") {
        t.split_once("-->").map_or("", |(_, r)| r.trim_start())
    } else {
        t
    };
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<table",
        "<meta",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// Decodes and reads a page.
pub fn read(bytes: &[u8]) -> Result<Document, ExtractError> {
    let (text, note, encoding) = decode(bytes).map_err(|reason| ExtractError::Office {
        format: "HTML",
        reason,
    })?;
    let page = Html::parse_document(&text);
    let mut b = Builder::default();
    let mut walk = Walk {
        b: &mut b,
        line: String::new(),
    };
    walk.flow(*page.root_element());
    walk.flush();
    Ok(Document {
        pieces: b.pieces,
        notes: vec!["read as an HTML page".to_string(), note],
        footnotes: Vec::new(),
        encoding,
    })
}

/// The page's text: a BOM first, then a `<meta>` charset in the first
/// 1024 bytes, then UTF-8 if the bytes are valid UTF-8, else Windows-1257.
fn decode(bytes: &[u8]) -> Result<(String, String, &'static str), String> {
    if let Some((enc, len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes.get(len..).unwrap_or_default());
        return Ok((
            text.into_owned(),
            format!("{} by its BOM", enc.name()),
            enc.name(),
        ));
    }
    if let Some(enc) = meta_charset(bytes.get(..1024).unwrap_or(bytes)) {
        // A page that declares UTF-16 in ASCII is in fact ASCII-compatible.
        let enc = enc.output_encoding();
        let (text, _, bad) = enc.decode(bytes);
        let note = if bad {
            format!(
                "{} as its <meta> declares; some bytes were not valid",
                enc.name()
            )
        } else {
            format!("{} as its <meta> declares", enc.name())
        };
        return Ok((text.into_owned(), note, enc.name()));
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((
            t.to_string(),
            "UTF-8: valid, no charset declared".to_string(),
            "UTF-8",
        )),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1257.decode(bytes);
            Ok((
                text.into_owned(),
                "windows-1257: not UTF-8 and no charset declared".to_string(),
                "windows-1257",
            ))
        }
    }
}

/// The charset a `<meta charset>` or `<meta http-equiv … content="…;
/// charset=…">` names.
fn meta_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = rest.get(at + 5..)?;
        let tag = rest.split('>').next().unwrap_or_default();
        if let Some(pos) = tag.find("charset") {
            let value = tag.get(pos + 7..)?.trim_start().strip_prefix('=')?;
            let value = value.trim_start().trim_start_matches(['"', '\'']);
            let label: String = value
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if let Some(enc) = encoding_rs::Encoding::for_label(label.as_bytes()) {
                return Some(enc);
            }
        }
    }
    None
}

/// Elements that are page chrome or hold no printed text.
fn skipped(name: &str, role: Option<&str>) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "nav"
            | "header"
            | "footer"
            | "aside"
            | "iframe"
            | "svg"
            | "button"
            | "select"
            | "input"
            | "textarea"
            | "form"
            | "object"
            | "canvas"
    ) || matches!(
        role,
        Some("navigation" | "banner" | "contentinfo" | "search")
    )
}

/// Elements whose start and end break the line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
            | "article"
            | "main"
            | "blockquote"
            | "pre"
            | "dd"
            | "dt"
            | "dl"
            | "address"
            | "center"
            | "figure"
            | "figcaption"
            | "caption"
            | "hr"
            | "body"
            | "html"
    )
}

struct Walk<'b> {
    b: &'b mut Builder,
    line: String,
}

impl Walk<'_> {
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.line);
        if !text.trim().is_empty() {
            self.b.paragraph(text.trim());
        }
    }

    /// Text outside tables: block elements end paragraphs.
    fn flow(&mut self, node: NodeRef<'_, Node>) {
        for c in node.children() {
            match c.value() {
                Node::Text(t) => push_collapsed(&mut self.line, t),
                Node::Element(e) => {
                    let name = e.name();
                    if skipped(name, e.attr("role")) {
                        continue;
                    }
                    if name == "table" {
                        self.flush();
                        table(c, self.b);
                        continue;
                    }
                    if name == "br" {
                        self.line.push('\n');
                        continue;
                    }
                    let block = is_block(name);
                    if block {
                        self.flush();
                    }
                    self.flow(c);
                    if block {
                        self.flush();
                    }
                }
                _ => {}
            }
        }
    }
}

/// Text with HTML's white space collapsed onto the line.
fn push_collapsed(out: &mut String, text: &str) {
    for ch in text.chars() {
        if matches!(ch, ' ' | '\t' | '\n' | '\r' | '\u{C}') {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
}

/// The rows of a table (through `thead`, `tbody`, `tfoot`, not into nested
/// tables), cells placed on the grid past cells spanning down from above.
fn table(node: NodeRef<'_, Node>, b: &mut Builder) {
    let t = b.table();
    // For each grid column, the first row a cell spanning down from above
    // no longer covers: memory bounded by the columns, whatever the spans.
    let mut busy_until: Vec<usize> = Vec::new();
    let rows = rows_of(node);
    for (r, tr) in rows.iter().enumerate() {
        let mut col = 0;
        let mut cells = Vec::new();
        for tc in tr.children() {
            let Node::Element(e) = tc.value() else {
                continue;
            };
            if e.name() != "td" && e.name() != "th" {
                continue;
            }
            while busy_until.get(col).is_some_and(|&until| until > r) {
                col += 1;
            }
            if col >= MAX_COLUMNS {
                break;
            }
            let span = |a: &str, max: usize| {
                e.attr(a)
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, max)
            };
            let (col_span, row_span) = (span("colspan", MAX_COLUMNS - col), span("rowspan", 4096));
            if row_span > 1 {
                if busy_until.len() < col + col_span {
                    busy_until.resize(col + col_span, 0);
                }
                for slot in busy_until.iter_mut().skip(col).take(col_span) {
                    *slot = r + row_span;
                }
            }
            let mut text = String::new();
            cell_text(tc, &mut text);
            cells.push(CellText {
                col,
                col_span,
                row_span,
                paragraphs: vec![text],
            });
            col += col_span;
        }
        b.row(t, u32::try_from(r + 1).unwrap_or(u32::MAX), cells);
    }
}

fn rows_of<'a>(node: NodeRef<'a, Node>) -> Vec<NodeRef<'a, Node>> {
    let mut out = Vec::new();
    for c in node.children() {
        let Node::Element(e) = c.value() else {
            continue;
        };
        match e.name() {
            "tr" => out.push(c),
            "thead" | "tbody" | "tfoot" => out.extend(rows_of(c)),
            _ => {}
        }
    }
    out
}

/// A cell's text: block elements and `<br>` as line ends.
fn cell_text(node: NodeRef<'_, Node>, out: &mut String) {
    for c in node.children() {
        match c.value() {
            Node::Text(t) => push_collapsed(out, t),
            Node::Element(e) => {
                let name = e.name();
                if skipped(name, e.attr("role")) {
                    continue;
                }
                if name == "br" {
                    out.push('\n');
                    continue;
                }
                let block = is_block(name) || matches!(name, "table" | "tr");
                if block && !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                cell_text(c, out);
                if block && !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::office::texts;

    #[test]
    fn tables_spans_and_chrome() {
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title><style>p{}</style></head>\
            <body><nav><a href=/>Sākums</a></nav><script>var a=1</script>\
            <p>Rīcības&nbsp;plāns<br>2024.–2026. gadam</p>\
            <table><thead><tr><th rowspan=2>Pasākums</th><th colspan=2>Finansējums</th></tr>\
            <tr><th>2024</th><th>Kopā</th></tr></thead>\
            <tbody><tr><td>Logo<p>un stendi</td><td>4&nbsp;000</td><td>4 000</td></tr></tbody></table>\
            <footer>© Likumi.lv</footer></body></html>";
        assert!(looks_like_html(page.as_bytes()));
        let doc = read(page.as_bytes()).expect("reads");
        assert_eq!(
            texts(&doc),
            [
                "Rīcības plāns",
                "2024.–2026. gadam",
                "0:Pasākums | 1:Finansējums",
                "1:2024 | 2:Kopā",
                "0:Logo\nun stendi | 1:4 000 | 2:4 000",
            ]
        );
    }

    /// Crafted spans stay within the grid's bound: no row grows past
    /// [`MAX_COLUMNS`], and spans down cost memory by column only.
    #[test]
    fn huge_spans_are_bounded() {
        let row = "<tr><td colspan=1000000 rowspan=100000000>x</td><td>y</td></tr>".repeat(50);
        let page = format!("<html><body><table>{row}</table></body></html>");
        let doc = read(page.as_bytes()).expect("reads");
        for p in &doc.pieces {
            if let crate::grid::Piece::Row(r) = p {
                assert!(r.width <= MAX_COLUMNS && r.positional(0).len() <= MAX_COLUMNS);
            }
        }
    }

    #[test]
    fn the_charset_comes_from_meta_or_content() {
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1257\"></head><body><p>".to_vec();
        page.extend(encoding_rs::WINDOWS_1257.encode("Pasākumu plāns").0.iter());
        page.extend(b"</p></body></html>");
        let doc = read(&page).expect("reads");
        assert_eq!(texts(&doc), ["Pasākumu plāns"]);
        assert!(doc.notes.iter().any(|n| n.contains("windows-1257")));
        assert!(!looks_like_html(b"Pasakums\tLM\n"));
    }
}
