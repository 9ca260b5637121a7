//! Word's `word/document.xml`: paragraphs (`w:p`), tables (`w:tbl`,
//! `w:tr`, `w:tc` with `w:gridSpan`, `w:gridBefore` and `w:vMerge`),
//! content controls (`w:sdt`), tracked changes (`w:ins` read, `w:del` left
//! out), fields (page numbers left out) and automatic numbering
//! (`w:numPr`, from the paragraph or its style, rendered from
//! `word/numbering.xml` as Word prints it). Footnotes and endnotes
//! (`w:footnoteReference`, `w:endnoteReference`) are read from
//! `word/footnotes.xml` and `word/endnotes.xml` by their `w:id` and given
//! apart from the text that references them.

use std::collections::HashMap;

use roxmltree::Node;

use super::notes::{self, Notes};
use super::{attr, cell_provenance, name, parse_xml, Builder, CellText, Document, MAX_COLUMNS};
use crate::FootnoteKind;

/// The parts of a Word package besides `word/document.xml` that the
/// reader uses, each as its XML text where the package has it.
#[derive(Default)]
pub struct Parts {
    /// `word/numbering.xml`: list definitions.
    pub numbering: Option<String>,
    /// `word/styles.xml`: paragraph styles (their numbering).
    pub styles: Option<String>,
    /// `word/footnotes.xml`: the footnotes' texts.
    pub footnotes: Option<String>,
    /// `word/endnotes.xml`: the endnotes' texts.
    pub endnotes: Option<String>,
}

/// Reads the document part, with the other parts the package has.
pub fn read(body: &str, parts: &Parts) -> Result<Document, String> {
    let doc = parse_xml(body)?;
    let numbering_doc = parts.numbering.as_deref().map(parse_xml).transpose()?;
    let styles_doc = parts.styles.as_deref().map(parse_xml).transpose()?;
    let mut notes = Notes::default();
    let mut unreadable = Vec::new();
    for (part, kind, path) in [
        (
            &parts.footnotes,
            FootnoteKind::Footnote,
            "word/footnotes.xml",
        ),
        (&parts.endnotes, FootnoteKind::Endnote, "word/endnotes.xml"),
    ] {
        if let Err(e) = define_notes(part.as_deref(), kind, &mut notes) {
            unreadable.push(format!(
                "{path} could not be read ({e}); its notes left out"
            ));
        }
    }
    let mut ctx = Context {
        notes,
        numbering: numbering_doc
            .as_ref()
            .map(|d| Numbering::of(d.root_element()))
            .unwrap_or_default(),
        styles: styles_doc
            .as_ref()
            .map(|d| styles_numbering(d.root_element()))
            .unwrap_or_default(),
        ..Context::default()
    };
    let mut b = Builder::default();
    let body = doc
        .root_element()
        .children()
        .find(|n| name(n) == "body")
        .ok_or("word/document.xml has no w:body")?;
    blocks(body, &mut b, &mut ctx);
    let mut notes = vec!["read as a Word document (word/document.xml)".to_string()];
    if ctx.inserted + ctx.deleted > 0 {
        notes.push(format!(
            "tracked changes: {} insertions read, {} deletions left out",
            ctx.inserted, ctx.deleted
        ));
    }
    if ctx.numbered > 0 {
        notes.push(format!(
            "{} paragraphs numbered automatically by Word; their numbers rendered as printed",
            ctx.numbered
        ));
    }
    notes.extend(ctx.notes.summary("footnote and endnote references"));
    notes.extend(unreadable);
    Ok(Document {
        pieces: b.pieces,
        notes,
        footnotes: ctx.notes.into_found(),
        encoding: "utf-8",
    })
}

/// The notes of a `word/footnotes.xml` or `word/endnotes.xml` part, by
/// `w:id`; the separator and continuation notes (a `w:type` other than
/// `normal`) left out. Without the part there is nothing to define.
fn define_notes(part: Option<&str>, kind: FootnoteKind, notes: &mut Notes) -> Result<(), String> {
    let Some(part) = part else {
        return Ok(());
    };
    let doc = parse_xml(part)?;
    let local = match kind {
        FootnoteKind::Footnote => "footnote",
        FootnoteKind::Endnote => "endnote",
    };
    for note in doc.root_element().children().filter(|n| name(n) == local) {
        if attr(&note, "type").is_some_and(|t| t != "normal") {
            continue;
        }
        let Some(id) = attr(&note, "id") else {
            continue;
        };
        // The note's own mark (`w:footnoteRef`) prints nothing here; a
        // note's paragraphs are not numbered as the body's lists.
        let mut paragraphs = Vec::new();
        cell_content(note, &mut paragraphs, &mut Context::default());
        notes.define(kind, id, notes::join(&paragraphs));
    }
    Ok(())
}

/// The first child element named `local`.
fn child<'a, 'i>(node: &Node<'a, 'i>, local: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| n.is_element() && name(n) == local)
}

/// A paragraph style's numbering (instance and level), if any, and the
/// style it is based on; by style id.
type Styles = HashMap<String, (Option<(String, usize)>, Option<String>)>;

#[derive(Default)]
struct Context {
    numbering: Numbering,
    /// Style id to (its numbering, the style it is based on).
    styles: Styles,
    /// Counters by numbering instance: one per level, `None` not started.
    counters: HashMap<String, [Option<u32>; 9]>,
    /// Instruction of each open complex field; `true` once its result
    /// (after `separate`) is being read.
    fields: Vec<(String, bool)>,
    inserted: usize,
    deleted: usize,
    numbered: usize,
    /// Footnotes and endnotes: their texts, and the references met.
    notes: Notes,
}

/// Body-level content: paragraphs and tables, through content controls
/// and custom XML.
fn blocks(node: Node<'_, '_>, b: &mut Builder, ctx: &mut Context) {
    for c in node.children().filter(Node::is_element) {
        match name(&c) {
            "p" => {
                let text = paragraph(c, ctx);
                b.paragraph(&text);
                ctx.notes.settle(&b.paragraph_provenance());
            }
            "tbl" => table(c, b, ctx),
            "del" | "moveFrom" => ctx.deleted += 1,
            "sectPr" => {}
            _ => blocks(c, b, ctx),
        }
    }
}

fn table(tbl: Node<'_, '_>, b: &mut Builder, ctx: &mut Context) {
    let t = b.table();
    let mut rows: Vec<Vec<CellText>> = Vec::new();
    // A cell merged down (`w:vMerge` restart) by its column: where it is.
    let mut open: HashMap<usize, (usize, usize)> = HashMap::new();
    for tr in descendants_named(tbl, "tr", "tbl") {
        let mut col = tr
            .children()
            .find(|n| name(n) == "trPr")
            .and_then(|p| child(&p, "gridBefore"))
            .and_then(|g| attr(&g, "val"))
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0)
            .min(MAX_COLUMNS);
        let mut cells = Vec::new();
        for tc in descendants_named(tr, "tc", "tbl") {
            let pr = child(&tc, "tcPr");
            let span = pr
                .and_then(|p| child(&p, "gridSpan"))
                .and_then(|g| attr(&g, "val"))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 64);
            let vmerge = pr
                .and_then(|p| child(&p, "vMerge"))
                .map(|v| attr(&v, "val").unwrap_or("continue"));
            if vmerge == Some("continue") {
                if let Some(&(r, k)) = open.get(&col) {
                    if let Some(cell) = rows.get_mut(r).and_then(|row| row.get_mut(k)) {
                        cell.row_span += 1;
                    }
                }
                col += span;
                continue;
            }
            if vmerge == Some("restart") {
                open.insert(col, (rows.len(), cells.len()));
            } else {
                open.remove(&col);
            }
            let mut paragraphs = Vec::new();
            cell_content(tc, &mut paragraphs, ctx);
            let row = u32::try_from(rows.len() + 1).unwrap_or(u32::MAX);
            ctx.notes.settle(&cell_provenance(t, row, col));
            cells.push(CellText {
                col,
                col_span: span,
                row_span: 1,
                paragraphs,
            });
            col += span;
            if col >= MAX_COLUMNS {
                break;
            }
        }
        rows.push(cells);
    }
    for (i, cells) in rows.into_iter().enumerate() {
        b.row(t, u32::try_from(i + 1).unwrap_or(u32::MAX), cells);
    }
}

/// Elements named `local` under `node`, through wrappers (content
/// controls, custom XML) but not into nested elements named `stop`.
fn descendants_named<'a, 'i>(node: Node<'a, 'i>, local: &str, stop: &str) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    for c in node.children().filter(Node::is_element) {
        let n = name(&c);
        if n == local {
            out.push(c);
        } else if n != stop && !matches!(n, "tblPr" | "tblGrid" | "trPr" | "tcPr" | "p") {
            out.extend(descendants_named(c, local, stop));
        }
    }
    out
}

/// A cell's paragraphs; a table nested in the cell gives its paragraphs.
fn cell_content(node: Node<'_, '_>, out: &mut Vec<String>, ctx: &mut Context) {
    for c in node.children().filter(Node::is_element) {
        match name(&c) {
            "p" => out.push(paragraph(c, ctx)),
            "tcPr" => {}
            "del" | "moveFrom" => ctx.deleted += 1,
            _ => cell_content(c, out, ctx),
        }
    }
}

/// A paragraph's text as printed: its automatic number first, line breaks
/// as `\n`.
fn paragraph(p: Node<'_, '_>, ctx: &mut Context) -> String {
    let mut text = String::new();
    if let Some(number) = number(p, ctx) {
        text.push_str(&number);
    }
    runs(p, &mut text, ctx);
    text
}

fn runs(node: Node<'_, '_>, out: &mut String, ctx: &mut Context) {
    for c in node.children() {
        if !c.is_element() {
            continue;
        }
        let in_page_field = ctx
            .fields
            .iter()
            .any(|(instr, result)| *result && is_page_field(instr));
        match name(&c) {
            "t" => {
                if !in_page_field {
                    out.push_str(c.text().unwrap_or_default());
                }
            }
            "tab" | "ptab" => out.push('\t'),
            "br" | "cr" => {
                if attr(&c, "type") != Some("page") && attr(&c, "type") != Some("column") {
                    out.push('\n');
                }
            }
            "noBreakHyphen" => out.push('-'),
            "sym" => {
                if let Some(ch) = attr(&c, "char")
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(char::from_u32)
                {
                    out.push(ch);
                }
            }
            "fldChar" => match attr(&c, "fldCharType") {
                Some("begin") => ctx.fields.push((String::new(), false)),
                Some("separate") => {
                    if let Some(f) = ctx.fields.last_mut() {
                        f.1 = true;
                    }
                }
                Some("end") => {
                    ctx.fields.pop();
                }
                _ => {}
            },
            "instrText" => {
                if let Some(f) = ctx.fields.last_mut() {
                    f.0.push_str(c.text().unwrap_or_default());
                }
            }
            "fldSimple" => {
                if !is_page_field(attr(&c, "instr").unwrap_or_default()) {
                    runs(c, out, ctx);
                }
            }
            "del" | "moveFrom" => ctx.deleted += 1,
            "ins" | "moveTo" => {
                ctx.inserted += 1;
                runs(c, out, ctx);
            }
            "footnoteReference" => ctx.notes.refer_id(FootnoteKind::Footnote, attr(&c, "id")),
            "endnoteReference" => ctx.notes.refer_id(FootnoteKind::Endnote, attr(&c, "id")),
            "pPr"
            | "rPr"
            | "delText"
            | "delInstrText"
            | "softHyphen"
            | "commentReference"
            | "lastRenderedPageBreak"
            | "drawing"
            | "pict"
            | "object" => {}
            _ => runs(c, out, ctx),
        }
    }
}

fn is_page_field(instr: &str) -> bool {
    let word = instr.split_whitespace().next().unwrap_or_default();
    matches!(
        word.to_ascii_uppercase().as_str(),
        "PAGE" | "NUMPAGES" | "SECTIONPAGES"
    )
}

/// The paragraph's automatic number with what follows it ("1.1. "), and
/// the counters moved on.
fn number(p: Node<'_, '_>, ctx: &mut Context) -> Option<String> {
    let ppr = child(&p, "pPr");
    let own = ppr.and_then(|pp| child(&pp, "numPr")).map(|np| {
        let id = child(&np, "numId")
            .and_then(|n| attr(&n, "val"))
            .map(str::to_string);
        let level = child(&np, "ilvl")
            .and_then(|n| attr(&n, "val"))
            .and_then(|v| v.parse::<usize>().ok());
        (id, level)
    });
    let style = ppr
        .and_then(|pp| child(&pp, "pStyle"))
        .and_then(|s| attr(&s, "val"))
        .and_then(|s| style_numbering(&ctx.styles, s));
    let (id, level) = match (own, style) {
        (Some((Some(id), level)), style) => {
            (id, level.or(style.as_ref().map(|s| s.1)).unwrap_or(0))
        }
        (Some((None, level)), Some((id, l))) => (id, level.unwrap_or(l)),
        (None, Some((id, l))) => (id, l),
        _ => return None,
    };
    if id == "0" {
        return None;
    }
    let levels = ctx.numbering.levels(&id)?.to_vec();
    let level = level.min(8);
    let lvl = levels.get(level)?;
    let counters = ctx.counters.entry(id.clone()).or_insert([None; 9]);
    for (k, c) in counters.iter_mut().enumerate() {
        let start = levels.get(k).map_or(1, |l| l.start);
        if k < level {
            c.get_or_insert(start);
        } else if k == level {
            *c = Some(c.map_or(start, |n| n + 1));
        } else {
            *c = None;
        }
    }
    if lvl.format == "bullet" || lvl.format == "none" {
        return None;
    }
    let mut text = lvl.text.clone();
    for k in (0..9).rev() {
        let key = format!("%{}", k + 1);
        if text.contains(&key) {
            let n = counters.get(k).copied().flatten().unwrap_or(1);
            let format = if lvl.legal {
                "decimal"
            } else {
                levels.get(k).map_or("decimal", |l| l.format.as_str())
            };
            text = text.replace(&key, &format_number(n, format));
        }
    }
    ctx.numbered += 1;
    text.push_str(match lvl.suffix.as_str() {
        "nothing" => "",
        _ => " ",
    });
    Some(text)
}

/// A style's numbering through the styles it is based on.
fn style_numbering(styles: &Styles, id: &str) -> Option<(String, usize)> {
    let mut at = id.to_string();
    for _ in 0..16 {
        let (num, based) = styles.get(&at)?;
        if let Some(n) = num {
            return Some(n.clone());
        }
        at = based.clone()?;
    }
    None
}

fn styles_numbering(root: Node<'_, '_>) -> Styles {
    let mut out = HashMap::new();
    for s in root.children().filter(|n| name(n) == "style") {
        let Some(id) = attr(&s, "styleId") else {
            continue;
        };
        let num = child(&s, "pPr")
            .and_then(|pp| child(&pp, "numPr"))
            .and_then(|np| {
                let id = child(&np, "numId").and_then(|n| attr(&n, "val"))?;
                let level = child(&np, "ilvl")
                    .and_then(|n| attr(&n, "val"))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                Some((id.to_string(), level))
            });
        let based = child(&s, "basedOn")
            .and_then(|b| attr(&b, "val"))
            .map(str::to_string);
        out.insert(id.to_string(), (num, based));
    }
    out
}

/// One level of a list definition.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
    suffix: String,
    legal: bool,
}

/// `word/numbering.xml`: numbering instances and their levels (start
/// overrides applied).
#[derive(Default)]
struct Numbering {
    instances: HashMap<String, Vec<Level>>,
}

impl Numbering {
    fn of(root: Node<'_, '_>) -> Numbering {
        let mut abstracts: HashMap<String, Vec<Level>> = HashMap::new();
        for a in root.children().filter(|n| name(n) == "abstractNum") {
            let Some(id) = attr(&a, "abstractNumId") else {
                continue;
            };
            let mut levels = vec![
                Level {
                    start: 1,
                    format: "decimal".to_string(),
                    text: String::new(),
                    suffix: "tab".to_string(),
                    legal: false,
                };
                9
            ];
            for l in a.children().filter(|n| name(n) == "lvl") {
                let Some(k) = attr(&l, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if let Some(slot) = levels.get_mut(k) {
                    *slot = level(l, k);
                }
            }
            abstracts.insert(id.to_string(), levels);
        }
        let mut instances = HashMap::new();
        for n in root.children().filter(|n| name(n) == "num") {
            let Some(id) = attr(&n, "numId") else {
                continue;
            };
            let Some(mut levels) = child(&n, "abstractNumId")
                .and_then(|a| attr(&a, "val"))
                .and_then(|a| abstracts.get(a).cloned())
            else {
                continue;
            };
            for o in n.children().filter(|c| name(c) == "lvlOverride") {
                let Some(k) = attr(&o, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if let Some(l) = child(&o, "lvl") {
                    if let Some(slot) = levels.get_mut(k) {
                        *slot = level(l, k);
                    }
                }
                if let Some(start) = child(&o, "startOverride")
                    .and_then(|s| attr(&s, "val"))
                    .and_then(|v| v.parse().ok())
                {
                    if let Some(slot) = levels.get_mut(k) {
                        slot.start = start;
                    }
                }
            }
            instances.insert(id.to_string(), levels);
        }
        Numbering { instances }
    }

    fn levels(&self, id: &str) -> Option<&[Level]> {
        self.instances.get(id).map(Vec::as_slice)
    }
}

fn level(l: Node<'_, '_>, k: usize) -> Level {
    let val = |local: &str| child(&l, local).and_then(|n| attr(&n, "val"));
    Level {
        start: val("start").and_then(|v| v.parse().ok()).unwrap_or(1),
        format: val("numFmt").unwrap_or("decimal").to_string(),
        text: val("lvlText")
            .map(str::to_string)
            .unwrap_or_else(|| format!("%{}.", k + 1)),
        suffix: val("suff").unwrap_or("tab").to_string(),
        legal: child(&l, "isLgl").is_some_and(|n| attr(&n, "val") != Some("0")),
    }
}

/// A counter in a list format: `decimal` 3, `lowerLetter` c, `upperRoman`
/// III.
fn format_number(n: u32, format: &str) -> String {
    // A counter past what lists print (a crafted start value) is printed
    // as a number: letters and roman numerals would grow with it.
    if n > 3999 {
        return n.to_string();
    }
    match format {
        "lowerLetter" | "upperLetter" => {
            let base = if format == "lowerLetter" { b'a' } else { b'A' };
            let k = n.saturating_sub(1);
            let letter = char::from(base + u8::try_from(k % 26).unwrap_or(0));
            letter
                .to_string()
                .repeat(usize::try_from(k / 26 + 1).unwrap_or(1))
        }
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in PARTS {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::Piece;
    use crate::office::{read_container, texts, zip_of, Container};

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn spans_merges_changes_and_fields() {
        let body = format!(
            r#"<w:document {W}><w:body>
<w:p><w:r><w:t>Plāns</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:tbl>
<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Pasākums</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Finansējums</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>2024</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Kopā</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Logo</w:t></w:r><w:del><w:r><w:delText>s</w:delText></w:r></w:del><w:ins><w:r><w:t> izveide</w:t></w:r></w:ins></w:p><w:p><w:r><w:t>un</w:t></w:r><w:r><w:br/><w:t>stendi</w:t></w:r></w:p></w:tc>
<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>4 000</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt></w:tr>
</w:tbl>
<w:p><w:r><w:t xml:space="preserve">Valsts sekretārs</w:t></w:r><w:r><w:tab/><w:t>I. Alliks</w:t></w:r></w:p>
</w:body></w:document>"#
        );
        let doc = read(&body, &Parts::default()).expect("reads");
        assert_eq!(
            texts(&doc),
            [
                "Plāns",
                "0:Pasākums | 1:Finansējums",
                "1:2024 | 2:Kopā",
                "0:Logo izveide\nun\nstendi | 1:4 000",
                "Valsts sekretārs I. Alliks",
            ]
        );
        let Some(Piece::Row(head)) = doc.pieces.get(1) else {
            panic!("a row")
        };
        assert_eq!(head.cells.first().map(|c| c.row_span), Some(2));
        assert_eq!(head.cells.get(1).map(|c| c.col_span), Some(2));
        assert_eq!(
            head.cells.get(1).and_then(|c| c.provenance.cell),
            Some([1, 1, 2])
        );
        assert!(doc
            .notes
            .iter()
            .any(|n| n.contains("1 insertions read, 1 deletions")));
    }

    /// A package with a footnote in a table cell and an endnote in a
    /// paragraph; `footnotes` is its `word/footnotes.xml`, if any.
    fn noted_package(footnotes: Option<&str>) -> Vec<u8> {
        let body = format!(
            r#"<w:document {W}><w:body>
<w:p><w:r><w:t>Plāns</w:t></w:r><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="2"/></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Pasākums nr.1.1.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Logo izveide</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:footnoteReference w:id="77"/></w:r></w:p>
</w:body></w:document>"#
        );
        let endnotes = format!(
            r#"<w:endnotes {W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Beigu piezīme.</w:t></w:r></w:p></w:endnote></w:endnotes>"#
        );
        let mut entries: Vec<(&str, &[u8])> = vec![
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", body.as_bytes()),
            ("word/endnotes.xml", endnotes.as_bytes()),
        ];
        if let Some(f) = footnotes {
            entries.push(("word/footnotes.xml", f.as_bytes()));
        }
        zip_of(&entries)
    }

    #[test]
    fn footnotes_are_kept_out_of_the_cell_and_given_with_its_place() {
        let footnotes = format!(
            r#"<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Saskaņā ar </w:t></w:r><w:r><w:t>MK noteikumiem.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"#
        );
        let bytes = noted_package(Some(&footnotes));
        let doc = read_container(&bytes, Container::Docx, 1 << 20).expect("reads");
        assert_eq!(
            texts(&doc),
            ["Plāns", "0:Pasākums nr.1.1. | 1:Logo izveide"]
        );
        assert_eq!(doc.footnotes, crate::office::noted_footnotes());
        // The unknown id 77 is counted, not given.
        assert!(
            doc.notes.iter().any(|n| n.starts_with(
                "3 footnote and endnote references; their texts kept out of the text and given as warnings, 1 without a text found"
            )),
            "{:?}",
            doc.notes
        );
    }

    #[test]
    fn without_a_readable_footnotes_part_the_document_still_reads() {
        for footnotes in [None, Some("<w:footnotes><w:footnote")] {
            let bytes = noted_package(footnotes);
            let doc = read_container(&bytes, Container::Docx, 1 << 20).expect("reads");
            assert_eq!(
                texts(&doc),
                ["Plāns", "0:Pasākums nr.1.1. | 1:Logo izveide"]
            );
            assert_eq!(doc.footnotes.len(), 1, "the endnote only");
            assert!(doc
                .notes
                .iter()
                .any(|n| n.contains("2 without a text found")));
            if footnotes.is_some() {
                assert!(doc
                    .notes
                    .iter()
                    .any(|n| n.starts_with("word/footnotes.xml could not be read")));
            }
        }
    }

    #[test]
    fn automatic_numbering_is_rendered_as_word_prints_it() {
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="3">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:suff w:val="space"/></w:lvl>
</w:abstractNum><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num></w:numbering>"#
        );
        let styles = format!(
            r#"<w:styles {W}><w:style w:styleId="Saraksts"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="Apakš"><w:basedOn w:val="Saraksts"/></w:style></w:styles>"#
        );
        let p = |num: &str, text: &str| {
            format!(r#"<w:p><w:pPr>{num}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
        };
        let lvl =
            |l: u8| format!(r#"<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="7"/></w:numPr>"#);
        let body = format!(
            r#"<w:document {W}><w:body>{}{}{}{}{}{}</w:body></w:document>"#,
            p(&lvl(0), "Virziens"),
            p(&lvl(1), "Logo"),
            p(&lvl(1), "Stendi"),
            p(r#"<w:pStyle w:val="Apakš"/>"#, "Otrs"),
            p(&lvl(1), "Vietne"),
            p(
                r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="8"/></w:numPr>"#,
                "punkts"
            ),
        );
        let doc = read(
            &body,
            &Parts {
                numbering: Some(numbering),
                styles: Some(styles),
                ..Parts::default()
            },
        )
        .expect("reads");
        assert_eq!(
            texts(&doc),
            [
                "1. Virziens",
                "1.1. Logo",
                "1.2. Stendi",
                "2. Otrs",
                "2.1. Vietne",
                "punkts"
            ]
        );
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(4_000_000_000, "lowerLetter"), "4000000000");
    }
}
