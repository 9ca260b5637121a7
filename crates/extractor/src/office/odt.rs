//! OpenDocument text's `content.xml`: paragraphs and headings (`text:p`,
//! `text:h`), lists (numbered as the list style prints them, or by the
//! `text:number` the writer stored), tables (`table:table-row` in header
//! rows, row groups and bodies; `table:number-columns-spanned`, covered
//! cells and repeated cells), `text:s` / `text:tab` / `text:line-break`;
//! tracked deletions left out; notes (`text:note`) read from their
//! `text:note-body` and given apart from the text that references them.

use std::collections::HashMap;

use roxmltree::Node;

use super::notes::{self, Notes};
use super::{attr, cell_provenance, name, parse_xml, Builder, CellText, Document, MAX_COLUMNS};
use crate::FootnoteKind;

/// Reads `content.xml`.
pub fn read(content: &str) -> Result<Document, String> {
    let doc = parse_xml(content)?;
    let root = doc.root_element();
    let mut ctx = Context {
        list_styles: list_styles(root),
        ..Context::default()
    };
    let text = root
        .children()
        .find(|n| name(n) == "body")
        .and_then(|b| b.children().find(|n| name(n) == "text"))
        .ok_or("content.xml has no office:body/office:text")?;
    let mut b = Builder::default();
    blocks(text, &mut b, &mut ctx);
    let mut notes = vec!["read as an OpenDocument text (content.xml)".to_string()];
    if ctx.deleted > 0 {
        notes.push(format!(
            "tracked changes: {} deleted regions left out",
            ctx.deleted
        ));
    }
    notes.extend(ctx.notes.summary("footnotes or endnotes"));
    Ok(Document {
        pieces: b.pieces,
        notes,
        footnotes: ctx.notes.into_found(),
        encoding: "utf-8",
    })
}

/// A list level's numbering: prefix, format, suffix, levels shown.
#[derive(Debug, Clone)]
struct LevelStyle {
    prefix: String,
    format: String,
    suffix: String,
    display: usize,
    start: u32,
}

#[derive(Default)]
struct Context {
    list_styles: HashMap<String, Vec<Option<LevelStyle>>>,
    deleted: usize,
    /// Footnotes and endnotes referenced and not yet placed, and those
    /// placed.
    notes: Notes,
}

fn list_styles(root: Node<'_, '_>) -> HashMap<String, Vec<Option<LevelStyle>>> {
    let mut out = HashMap::new();
    for s in root.descendants().filter(|n| name(n) == "list-style") {
        let Some(id) = attr(&s, "name") else {
            continue;
        };
        let mut levels: Vec<Option<LevelStyle>> = vec![None; 10];
        for l in s.children().filter(Node::is_element) {
            let Some(k) = attr(&l, "level").and_then(|v| v.parse::<usize>().ok()) else {
                continue;
            };
            let style = (name(&l) == "list-level-style-number").then(|| LevelStyle {
                prefix: attr(&l, "num-prefix").unwrap_or_default().to_string(),
                format: attr(&l, "num-format").unwrap_or_default().to_string(),
                suffix: attr(&l, "num-suffix").unwrap_or_default().to_string(),
                display: attr(&l, "display-levels")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1),
                start: attr(&l, "start-value")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1),
            });
            if let Some(slot) = k.checked_sub(1).and_then(|i| levels.get_mut(i)) {
                *slot = style;
            }
        }
        out.insert(id.to_string(), levels);
    }
    out
}

fn blocks(node: Node<'_, '_>, b: &mut Builder, ctx: &mut Context) {
    for c in node.children().filter(Node::is_element) {
        match name(&c) {
            "p" | "h" => {
                let text = paragraph(c, ctx);
                b.paragraph(&text);
                ctx.notes.settle(&b.paragraph_provenance());
            }
            "table" => table(c, b, ctx),
            "list" => {
                let style = attr(&c, "style-name").map(str::to_string);
                let mut counters = Vec::new();
                list(c, style.as_deref(), 0, &mut counters, b, ctx);
            }
            "tracked-changes" => ctx.deleted += c.children().filter(Node::is_element).count(),
            "sequence-decls" | "variable-decls" | "user-field-decls" | "forms" => {}
            _ => blocks(c, b, ctx),
        }
    }
}

/// A list's items at `depth`, each paragraph numbered as the list style
/// prints it (or by the number the writer stored with it).
fn list(
    node: Node<'_, '_>,
    style: Option<&str>,
    depth: usize,
    counters: &mut Vec<u32>,
    b: &mut Builder,
    ctx: &mut Context,
) {
    for item in node
        .children()
        .filter(|n| name(n) == "list-item" || name(n) == "list-header")
    {
        let numbered = name(&item) == "list-item";
        if numbered {
            counters.truncate(depth + 1);
            let start = level_style(ctx, style, depth).map_or(1, |l| l.start);
            while counters.len() < depth + 1 {
                counters.push(start.saturating_sub(1));
            }
            if let Some(c) = counters.get_mut(depth) {
                *c += 1;
            }
        }
        let mut first = true;
        for c in item.children().filter(Node::is_element) {
            match name(&c) {
                "p" | "h" => {
                    let mut text = String::new();
                    let stored = c
                        .children()
                        .find(|n| name(n) == "number")
                        .and_then(|n| n.text())
                        .map(str::to_string);
                    if first && numbered {
                        if let Some(n) = stored.or_else(|| number(ctx, style, depth, counters)) {
                            text.push_str(&n);
                            text.push(' ');
                        }
                    }
                    first = false;
                    text.push_str(&paragraph(c, ctx));
                    b.paragraph(&text);
                    ctx.notes.settle(&b.paragraph_provenance());
                }
                "list" => list(c, style, depth + 1, counters, b, ctx),
                "table" => table(c, b, ctx),
                _ => {}
            }
        }
    }
}

fn level_style<'c>(ctx: &'c Context, style: Option<&str>, depth: usize) -> Option<&'c LevelStyle> {
    ctx.list_styles.get(style?)?.get(depth)?.as_ref()
}

fn number(ctx: &Context, style: Option<&str>, depth: usize, counters: &[u32]) -> Option<String> {
    let l = level_style(ctx, style, depth)?;
    if l.format.is_empty() {
        return None;
    }
    let first = (depth + 1).saturating_sub(l.display.max(1));
    let parts: Vec<String> = (first..=depth)
        .map(|k| {
            let n = counters.get(k).copied().unwrap_or(1);
            let f = level_style(ctx, style, k).map_or("1", |s| s.format.as_str());
            format_number(n, f)
        })
        .collect();
    Some(format!("{}{}{}", l.prefix, parts.join("."), l.suffix))
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "a" | "A" => {
            let base = if format == "a" { b'a' } else { b'A' };
            let k = u8::try_from(n.saturating_sub(1) % 26).unwrap_or(0);
            char::from(base + k).to_string()
        }
        _ => n.to_string(),
    }
}

fn table(node: Node<'_, '_>, b: &mut Builder, ctx: &mut Context) {
    let t = b.table();
    let mut rows: Vec<Vec<CellText>> = Vec::new();
    for tr in rows_of(node) {
        let repeat = attr(&tr, "number-rows-repeated")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, 4);
        let mut col = 0usize;
        let mut cells = Vec::new();
        for tc in tr.children().filter(Node::is_element) {
            if col >= MAX_COLUMNS {
                break;
            }
            let repeated = attr(&tc, "number-columns-repeated")
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 1024);
            match name(&tc) {
                "covered-table-cell" => col += repeated,
                "table-cell" => {
                    let span = attr(&tc, "number-columns-spanned")
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, 64);
                    let row_span = attr(&tc, "number-rows-spanned")
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(1);
                    let mut paragraphs = Vec::new();
                    cell_content(tc, &mut paragraphs, ctx);
                    let row = u32::try_from(rows.len() + 1).unwrap_or(u32::MAX);
                    ctx.notes.settle(&cell_provenance(t, row, col));
                    if paragraphs.iter().any(|p| !p.trim().is_empty()) {
                        cells.push(CellText {
                            col,
                            col_span: span,
                            row_span,
                            paragraphs,
                        });
                    }
                    // The columns it spans are covered cells of their own.
                    col += repeated;
                }
                _ => {}
            }
        }
        for _ in 0..repeat {
            if cells.is_empty() {
                break;
            }
            rows.push(
                cells
                    .iter()
                    .map(|c| CellText {
                        col: c.col,
                        col_span: c.col_span,
                        row_span: c.row_span,
                        paragraphs: c.paragraphs.clone(),
                    })
                    .collect(),
            );
        }
        if cells.is_empty() {
            rows.push(Vec::new());
        }
    }
    for (i, cells) in rows.into_iter().enumerate() {
        b.row(t, u32::try_from(i + 1).unwrap_or(u32::MAX), cells);
    }
}

/// The rows of a table in order, through header rows, row groups and
/// bodies (not into nested tables).
fn rows_of<'a, 'i>(node: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    for c in node.children().filter(Node::is_element) {
        match name(&c) {
            "table-row" => out.push(c),
            "table-header-rows" | "table-rows" | "table-row-group" => out.extend(rows_of(c)),
            _ => {}
        }
    }
    out
}

fn cell_content(node: Node<'_, '_>, out: &mut Vec<String>, ctx: &mut Context) {
    for c in node.children().filter(Node::is_element) {
        match name(&c) {
            "p" | "h" => out.push(paragraph(c, ctx)),
            "list" => {
                for p in c.descendants().filter(|n| name(n) == "p" || name(n) == "h") {
                    out.push(paragraph(p, ctx));
                }
            }
            "table" => cell_content(c, out, ctx),
            "table-row" | "table-cell" | "table-header-rows" | "table-rows" | "section" => {
                cell_content(c, out, ctx);
            }
            _ => {}
        }
    }
}

/// A paragraph's text: white space collapsed as ODF prescribes, `text:s`
/// as its spaces, tabs, line breaks as `\n`; notes kept apart (see
/// [`note`]).
fn paragraph(p: Node<'_, '_>, ctx: &mut Context) -> String {
    let mut out = String::new();
    inline(p, &mut out, ctx);
    out
}

fn inline(node: Node<'_, '_>, out: &mut String, ctx: &mut Context) {
    for c in node.children() {
        if c.is_text() {
            let text = c.text().unwrap_or_default();
            for ch in text.chars() {
                if matches!(ch, ' ' | '\t' | '\n' | '\r') {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                } else {
                    out.push(ch);
                }
            }
            continue;
        }
        if !c.is_element() {
            continue;
        }
        match name(&c) {
            "s" => {
                let n = attr(&c, "c")
                    .and_then(|v| v.parse::<usize>().ok())
                    .unwrap_or(1)
                    .min(64);
                out.push_str(&" ".repeat(n));
            }
            "tab" => out.push('\t'),
            "line-break" => out.push('\n'),
            "note" => note(c, ctx),
            "number" | "bookmark" | "bookmark-start" | "bookmark-end" | "soft-page-break"
            | "change" | "change-start" | "change-end" | "annotation" | "annotation-end"
            | "page-number" | "page-count" => {}
            _ => inline(c, out, ctx),
        }
    }
}

/// A `text:note`: its body's text is referenced here, its citation (the
/// printed mark) left out.
fn note(node: Node<'_, '_>, ctx: &mut Context) {
    let kind = match attr(&node, "note-class") {
        Some("endnote") => FootnoteKind::Endnote,
        _ => FootnoteKind::Footnote,
    };
    let mut paragraphs = Vec::new();
    if let Some(body) = node.children().find(|n| name(n) == "note-body") {
        cell_content(body, &mut paragraphs, &mut Context::default());
    }
    ctx.notes.refer(kind, notes::join(&paragraphs));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::Piece;
    use crate::office::{read_container, sniff, texts, zip_of, Container};

    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#;

    #[test]
    fn tables_lists_and_spaces() {
        let content = format!(
            r#"<office:document-content {NS}><office:automatic-styles>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/></text:list-style>
</office:automatic-styles><office:body><office:text>
<text:tracked-changes><text:changed-region><text:deletion><text:p>vecs</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>Rīcības   plāns<text:s text:c="2"/>x<text:note><text:note-body><text:p>piezīme</text:p></text:note-body></text:note></text:p>
<text:list text:style-name="L1"><text:list-item><text:p>Virziens</text:p><text:list><text:list-item><text:p>Logo</text:p></text:list-item><text:list-item><text:p>Stendi</text:p></text:list-item></text:list></text:list-item></text:list>
<table:table><table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Finansējums</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Termiņš</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>LM<text:line-break/>(CI1)</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1"/><table:table-cell><text:p>2017</text:p><text:p>2018</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#
        );
        let doc = read(&content).expect("reads");
        let texts: Vec<String> = doc
            .pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.raw.clone(),
                Piece::Row(r) => r
                    .cells
                    .iter()
                    .map(|c| format!("{}+{}:{}", c.col, c.col_span, c.text))
                    .collect::<Vec<_>>()
                    .join(" | "),
            })
            .collect();
        assert_eq!(
            texts,
            [
                "Rīcības plāns  x",
                "1. Virziens",
                "1.1. Logo",
                "1.2. Stendi",
                "0+2:Finansējums | 2+1:Termiņš",
                "0+1:LM\n(CI1) | 2+1:2017\n2018",
            ]
        );
        assert!(doc.notes.iter().any(|n| n.contains("1 deleted")));
        assert!(doc.notes.iter().any(|n| n.contains("1 footnotes")));
    }

    #[test]
    fn notes_are_kept_out_of_the_cell_and_given_with_its_place() {
        let note = |class: &str, mark: &str, text: &str| {
            format!(
                r#"<text:note text:id="n{mark}" text:note-class="{class}"><text:note-citation>{mark}</text:note-citation><text:note-body><text:p text:style-name="Footnote">{text}</text:p></text:note-body></text:note>"#
            )
        };
        let content = format!(
            r#"<office:document-content {NS}><office:body><office:text>
<text:p>Plāns{}</text:p>
<table:table><table:table-row><table:table-cell><text:p>Pasākums nr.1.1.</text:p></table:table-cell><table:table-cell><text:p>Logo izveide{}</text:p></table:table-cell></table:table-row></table:table>
<text:p>{}</text:p>
</office:text></office:body></office:document-content>"#,
            note("endnote", "i", "Beigu   piezīme."),
            note("footnote", "1", "Saskaņā ar MK noteikumiem."),
            note("footnote", "2", ""),
        );
        let bytes = zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", content.as_bytes()),
        ]);
        assert_eq!(sniff(&bytes), Some(Container::Odt));
        let doc = read_container(&bytes, Container::Odt, 1 << 20).expect("reads");
        assert_eq!(
            texts(&doc),
            ["Plāns", "0:Pasākums nr.1.1. | 1:Logo izveide"]
        );
        assert_eq!(doc.footnotes, crate::office::noted_footnotes());
        // The empty note is counted, not given.
        assert!(
            doc.notes
                .iter()
                .any(|n| n.starts_with("3 footnotes or endnotes;")
                    && n.ends_with("1 without a text found")),
            "{:?}",
            doc.notes
        );
    }
}
