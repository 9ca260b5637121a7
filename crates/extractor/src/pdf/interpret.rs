//! A page's content stream interpreted: glyphs with their Unicode text and
//! position in page space, and the straight ruling segments of its paths.
//!
//! ISO 32000-1 §9.4 (text objects and operators), §8.4.4 (graphics state,
//! `q`/`Q`/`cm`), §8.5.2 (path construction), §8.10 (Form XObjects).

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

use super::fonts::Font;

/// Most operations interpreted on one page (Form XObjects included).
const MAX_OPS: usize = 2_000_000;
/// Deepest Form XObject nesting followed.
const MAX_FORM_DEPTH: usize = 8;
/// Largest inflated content of one page or form.
pub const MAX_CONTENT_BYTES: usize = 64 << 20;

/// One shown glyph.
#[derive(Debug, Clone)]
pub struct Glyph {
    /// Its Unicode text (may be several characters, or a space).
    pub text: String,
    /// Origin x in page space (points).
    pub x: f64,
    /// Baseline y in page space.
    pub y: f64,
    /// Advance width in page space.
    pub width: f64,
    /// Font size in page space.
    pub size: f64,
    /// Drawn with an invisible text rendering mode (`3 Tr`, §9.3.6): an
    /// OCR text layer under a page image.
    pub invisible: bool,
    /// The baseline's direction in page space (a unit vector): `[1, 0]`
    /// for upright text, `[0, 1]` for text reading upwards.
    pub dir: [f64; 2],
}

impl Glyph {
    /// The middle of the glyph's box: half its advance along the baseline
    /// and a third of its size above it.
    pub fn center(&self) -> (f64, f64) {
        let [dx, dy] = self.dir;
        (
            self.x + dx * self.width / 2.0 - dy * self.size * 0.3,
            self.y + dy * self.width / 2.0 + dx * self.size * 0.3,
        )
    }

    /// The baseline's direction in quarter turns counter-clockwise from
    /// upright (0 upright, 1 reading upwards, 2 upside down, 3 downwards).
    pub fn quarter(&self) -> u8 {
        let turns = self.dir[1].atan2(self.dir[0]) / std::f64::consts::FRAC_PI_2;
        (turns.round() as i64).rem_euclid(4) as u8
    }

    /// The glyph as seen after turning the page `q` quarter turns
    /// clockwise: text in quarter `q` becomes upright.
    pub fn turned(&self, q: u8) -> Glyph {
        let (x, y) = turn_point(self.x, self.y, q);
        let (dx, dy) = turn_point(self.dir[0], self.dir[1], q);
        Glyph {
            x,
            y,
            dir: [dx, dy],
            ..self.clone()
        }
    }
}

/// A point turned `q` quarter turns clockwise about the origin.
pub fn turn_point(x: f64, y: f64, q: u8) -> (f64, f64) {
    match q % 4 {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    }
}

/// A horizontal or vertical segment of a path.
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    /// Start.
    pub x0: f64,
    /// Start.
    pub y0: f64,
    /// End.
    pub x1: f64,
    /// End.
    pub y1: f64,
}

/// What a page shows.
#[derive(Debug, Default)]
pub struct PageContent {
    /// Glyphs in drawing order.
    pub glyphs: Vec<Glyph>,
    /// Axis-aligned path segments (table rulings and cell edges).
    pub segments: Vec<Segment>,
    /// Codes no font could map to text.
    pub unmapped: usize,
    /// True when the operation cap was reached.
    pub truncated: bool,
    /// Image XObjects drawn on the page.
    pub images: Vec<PlacedImage>,
    /// The glyphs are words recognised by OCR.
    pub recognised: bool,
    /// Recognised words with a low confidence.
    pub doubtful: Vec<String>,
    /// For a recognised page, the skew corrected (degrees).
    pub skew: Option<f64>,
    /// Quarter turns clockwise the glyphs and segments were turned by to
    /// make the page's text upright (a table drawn sideways).
    pub turns: u8,
    /// The glyphs stand on a grid of character cells (fixed-width text
    /// read as a page): gaps are whole spaces, and one may part cells.
    pub fixed_pitch: bool,
}

/// An image XObject and the matrix it was drawn with (the unit square to
/// page space, ISO 32000-1 §8.9.4).
#[derive(Debug, Clone, Copy)]
pub struct PlacedImage {
    /// The image stream.
    pub id: lopdf::ObjectId,
    /// Current transformation matrix at `Do`.
    pub ctm: [f64; 6],
}

impl PageContent {
    /// Drops what is drawn outside the page's visible region `[x0, y0, x1,
    /// y1]` (its CropBox): glyphs whose middle is outside, segments wholly
    /// outside.
    pub fn crop_to(&mut self, crop: [f64; 4]) {
        let inside = |x: f64, y: f64| x >= crop[0] && x <= crop[2] && y >= crop[1] && y <= crop[3];
        self.glyphs.retain(|g| {
            let (x, y) = g.center();
            inside(x, y)
        });
        self.segments.retain(|s| {
            s.x0.max(s.x1) >= crop[0]
                && s.x0.min(s.x1) <= crop[2]
                && s.y0.max(s.y1) >= crop[1]
                && s.y0.min(s.y1) <= crop[3]
        });
    }
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f64,
    char_space: f64,
    word_space: f64,
    scale: f64,
    leading: f64,
    rise: f64,
    render: i64,
}

/// Interprets one page.
pub fn page(doc: &Document, page_id: lopdf::ObjectId, base: Matrix) -> PageContent {
    let mut out = PageContent::default();
    let Ok(content) = doc.get_page_content_with_limit(page_id, MAX_CONTENT_BYTES) else {
        out.truncated = true;
        return out;
    };
    let resources = page_resources(doc, page_id);
    let mut cache = BTreeMap::new();
    let mut budget = MAX_OPS;
    run(
        doc,
        &content,
        &resources,
        base,
        &mut cache,
        &mut out,
        &mut budget,
        0,
    );
    out
}

fn page_resources(doc: &Document, page_id: lopdf::ObjectId) -> Dictionary {
    let mut merged = Dictionary::new();
    if let Ok((own, inherited)) = doc.get_page_resources(page_id) {
        for id in inherited.iter().rev() {
            if let Ok(d) = doc.get_dictionary(*id) {
                for (k, v) in d.iter() {
                    merged.set(k.clone(), v.clone());
                }
            }
        }
        if let Some(d) = own {
            for (k, v) in d.iter() {
                merged.set(k.clone(), v.clone());
            }
        }
    }
    merged
}

fn sub_dict<'a>(doc: &'a Document, res: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    match res.get(key).ok()? {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

/// Six operands as a matrix `[a b c d e f]`.
fn matrix(ops: &[Object]) -> Matrix {
    [
        num(ops.first()),
        num(ops.get(1)),
        num(ops.get(2)),
        num(ops.get(3)),
        num(ops.get(4)),
        num(ops.get(5)),
    ]
}

fn num(o: Option<&Object>) -> f64 {
    match o {
        Some(Object::Integer(i)) => *i as f64,
        Some(Object::Real(r)) => f64::from(*r),
        _ => 0.0,
    }
}

#[allow(clippy::too_many_arguments)]
fn run(
    doc: &Document,
    content: &[u8],
    resources: &Dictionary,
    base: Matrix,
    cache: &mut BTreeMap<Vec<u8>, Font>,
    out: &mut PageContent,
    budget: &mut usize,
    depth: usize,
) {
    let Ok(ops) = Content::decode(content) else {
        out.truncated = true;
        return;
    };
    let mut gs = State {
        ctm: base,
        font: None,
        size: 0.0,
        char_space: 0.0,
        word_space: 0.0,
        scale: 1.0,
        leading: 0.0,
        rise: 0.0,
        render: 0,
    };
    let mut stack: Vec<State> = Vec::new();
    let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
    // The path under construction, as subpaths.
    let mut path: Vec<Vec<Segment>> = Vec::new();
    let mut current = (0.0, 0.0);
    let mut start = (0.0, 0.0);
    let fonts = sub_dict(doc, resources, b"Font");
    for op in &ops.operations {
        if *budget == 0 {
            out.truncated = true;
            return;
        }
        *budget -= 1;
        let a = &op.operands;
        match op.operator.as_str() {
            "q" => stack.push(gs.clone()),
            "Q" => {
                if let Some(s) = stack.pop() {
                    gs = s;
                }
            }
            "cm" if a.len() == 6 => {
                let m = matrix(a);
                gs.ctm = mul(&m, &gs.ctm);
            }
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" => {
                if let Some(Object::Name(n)) = a.first() {
                    gs.font = Some(n.clone());
                    if !cache.contains_key(n) {
                        let dict = fonts.and_then(|f| match f.get(n).ok()? {
                            Object::Reference(id) => doc.get_dictionary(*id).ok(),
                            Object::Dictionary(d) => Some(d),
                            _ => None,
                        });
                        cache.insert(
                            n.clone(),
                            dict.map(|d| Font::load(doc, d)).unwrap_or_default(),
                        );
                    }
                }
                gs.size = num(a.get(1));
            }
            "Tc" => gs.char_space = num(a.first()),
            "Tw" => gs.word_space = num(a.first()),
            "Tz" => gs.scale = num(a.first()) / 100.0,
            "TL" => gs.leading = num(a.first()),
            "Ts" => gs.rise = num(a.first()),
            "Tr" => gs.render = num(a.first()) as i64,
            "Td" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(a.first()), num(a.get(1))], &tlm);
                tm = tlm;
            }
            "TD" => {
                gs.leading = -num(a.get(1));
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(a.first()), num(a.get(1))], &tlm);
                tm = tlm;
            }
            "Tm" if a.len() == 6 => {
                tlm = matrix(a);
                tm = tlm;
            }
            "T*" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator == "'" || op.operator == "\"" {
                    if op.operator == "\"" {
                        gs.word_space = num(a.first());
                        gs.char_space = num(a.get(1));
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                let font = gs.font.as_ref().and_then(|f| cache.get(f));
                let Some(font) = font else { continue };
                let items: Vec<&Object> = match (op.operator.as_str(), a.first()) {
                    ("TJ", Some(Object::Array(arr))) => arr.iter().collect(),
                    _ => a.last().into_iter().collect(),
                };
                for item in items {
                    match item {
                        Object::String(bytes, _) => show(bytes, font, &gs, &mut tm, out),
                        other => {
                            let adj = num(Some(other));
                            let tx = -adj / 1000.0 * gs.size * gs.scale;
                            tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                        }
                    }
                }
            }
            "m" => {
                current = (num(a.first()), num(a.get(1)));
                start = current;
                path.push(Vec::new());
            }
            "l" => {
                let next = (num(a.first()), num(a.get(1)));
                add_segment(&mut path, segment(&gs.ctm, current, next));
                current = next;
            }
            "h" => {
                add_segment(&mut path, segment(&gs.ctm, current, start));
                current = start;
            }
            "re" => {
                let (x, y, w, h) = (num(a.first()), num(a.get(1)), num(a.get(2)), num(a.get(3)));
                let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)];
                path.push(
                    (0..4)
                        .map(|k| segment(&gs.ctm, corners[k], corners[(k + 1) % 4]))
                        .collect(),
                );
                current = (x, y);
                start = current;
            }
            // Stroked: every edge is drawn.
            "S" | "s" | "B" | "B*" | "b" | "b*" => {
                out.segments
                    .extend(path.drain(..).flatten().filter(axis_aligned));
            }
            // Filled only: a thin shape is a line; the edges of a wide one
            // (a page background, a shaded cell) are not rulings.
            "f" | "F" | "f*" => {
                out.segments.extend(
                    path.drain(..)
                        .filter(|sub| is_thin(sub))
                        .flatten()
                        .filter(axis_aligned),
                );
            }
            "n" => path.clear(),
            "Do" if depth < MAX_FORM_DEPTH => {
                let Some(Object::Name(n)) = a.first() else {
                    continue;
                };
                let Some(xobjects) = sub_dict(doc, resources, b"XObject") else {
                    continue;
                };
                let Ok(Object::Reference(id)) = xobjects.get(n) else {
                    continue;
                };
                let Ok(Object::Stream(stream)) = doc.get_object(*id) else {
                    continue;
                };
                match name_of(stream.dict.get(b"Subtype").ok()).as_str() {
                    "Form" => {}
                    "Image" => {
                        out.images.push(PlacedImage {
                            id: *id,
                            ctm: gs.ctm,
                        });
                        continue;
                    }
                    _ => continue,
                }
                let m = match stream.dict.get(b"Matrix") {
                    Ok(Object::Array(v)) if v.len() == 6 => matrix(v),
                    _ => IDENTITY,
                };
                let inner_res = sub_dict(doc, &stream.dict, b"Resources")
                    .cloned()
                    .unwrap_or_else(|| resources.clone());
                if let Ok(bytes) = stream.decompressed_content_with_limit(MAX_CONTENT_BYTES) {
                    run(
                        doc,
                        &bytes,
                        &inner_res,
                        mul(&m, &gs.ctm),
                        cache,
                        out,
                        budget,
                        depth + 1,
                    );
                }
            }
            _ => {}
        }
    }
}

fn name_of(o: Option<&Object>) -> String {
    match o {
        Some(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
        _ => String::new(),
    }
}

fn segment(ctm: &Matrix, a: (f64, f64), b: (f64, f64)) -> Segment {
    let (x0, y0) = apply(ctm, a.0, a.1);
    let (x1, y1) = apply(ctm, b.0, b.1);
    Segment { x0, y0, x1, y1 }
}

/// Adds a segment to the current subpath (a new one if none is open).
fn add_segment(path: &mut Vec<Vec<Segment>>, s: Segment) {
    match path.last_mut() {
        Some(sub) => sub.push(s),
        None => path.push(vec![s]),
    }
}

/// Thickest filled shape still read as a line (points).
const THIN: f64 = 3.0;

/// A subpath whose bounding box is at most [`THIN`] across.
fn is_thin(sub: &[Segment]) -> bool {
    let xs = sub.iter().flat_map(|s| [s.x0, s.x1]);
    let ys = sub.iter().flat_map(|s| [s.y0, s.y1]);
    let span = |v: &mut dyn Iterator<Item = f64>| {
        let (lo, hi) = v.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
            (lo.min(x), hi.max(x))
        });
        hi - lo
    };
    span(&mut xs.into_iter()).min(span(&mut ys.into_iter())) <= THIN
}

fn axis_aligned(s: &Segment) -> bool {
    let (dx, dy) = ((s.x1 - s.x0).abs(), (s.y1 - s.y0).abs());
    (dy < 0.8 && dx > 2.0) || (dx < 0.8 && dy > 2.0)
}

/// Shows one string: a glyph per code, the text matrix advanced (§9.4.4).
fn show(bytes: &[u8], font: &Font, gs: &State, tm: &mut Matrix, out: &mut PageContent) {
    let step = font.code_len.max(1);
    for chunk in bytes.chunks(step) {
        let code = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
        let w0 = font.width(code) / 1000.0;
        let trm = mul(
            &[gs.size * gs.scale, 0.0, 0.0, gs.size, 0.0, gs.rise],
            &mul(tm, &gs.ctm),
        );
        let (x, y) = (trm[4], trm[5]);
        let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt() * font.em;
        let text = match font.text(code) {
            // Every path to text (bfrange increments included) ends here.
            Some(t) => t.chars().map(super::fonts::expand_ligature).collect(),
            None => {
                out.unmapped += 1;
                "\u{FFFD}".to_string()
            }
        };
        let space = step == 1 && code == 32;
        let tx =
            (w0 * gs.size + gs.char_space + if space { gs.word_space } else { 0.0 }) * gs.scale;
        let advance_page = {
            let m = mul(tm, &gs.ctm);
            tx * (m[0] * m[0] + m[1] * m[1]).sqrt()
        };
        let along = (trm[0] * trm[0] + trm[1] * trm[1]).sqrt();
        let dir = if along > 0.0 {
            [trm[0] / along, trm[1] / along]
        } else {
            [1.0, 0.0]
        };
        out.glyphs.push(Glyph {
            text,
            x,
            y,
            width: advance_page,
            size,
            invisible: gs.render == 3 || gs.render == 7,
            dir,
        });
        *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments_of(content: &[u8]) -> Vec<Segment> {
        let doc = Document::with_version("1.5");
        let mut out = PageContent::default();
        let mut budget = MAX_OPS;
        run(
            &doc,
            content,
            &Dictionary::new(),
            IDENTITY,
            &mut BTreeMap::new(),
            &mut out,
            &mut budget,
            0,
        );
        out.segments
    }

    #[test]
    fn filled_shapes_are_rulings_only_when_thin() {
        // A page background and a shaded cell, filled: no rulings.
        assert!(segments_of(b"0 0 595 842 re f 10 10 200 30 re f").is_empty());
        // A border drawn as a thin filled rectangle, and as a filled
        // polygon: rulings.
        assert_eq!(segments_of(b"10 100 300 0.6 re f").len(), 2);
        assert_eq!(
            segments_of(b"10 100 m 310 100 l 310 100.6 l 10 100.6 l h f").len(),
            2
        );
        // Stroked, every edge is drawn.
        assert_eq!(segments_of(b"10 10 200 30 re S").len(), 4);
        assert_eq!(segments_of(b"0 0 595 842 re B").len(), 4);
    }
}
