//! Fonts of a page: how a shown string's bytes become Unicode text and how
//! far each glyph advances.
//!
//! ISO 32000-1 §9.10.2: a font's `/ToUnicode` CMap wins; without one, a
//! simple font's `/Encoding` (base encoding plus `/Differences` glyph names)
//! is used. Widths come from `/Widths` + `/FirstChar` (simple fonts, §9.6.2)
//! or the descendant's `/W` and `/DW` (CID fonts, §9.7.4.3).

use std::collections::BTreeMap;

use lopdf::{Dictionary, Document, Object};

/// Largest inflated size of one ToUnicode stream.
const MAX_CMAP_BYTES: usize = 1 << 20;

/// What the interpreter needs of one font.
#[derive(Debug, Default)]
pub struct Font {
    /// Bytes per character code (2 for Identity-H CID fonts).
    pub code_len: usize,
    /// Code → text from the ToUnicode CMap.
    pub to_unicode: BTreeMap<u32, String>,
    /// Code → text from the simple-font encoding.
    pub encoding: BTreeMap<u32, String>,
    /// Code → width in thousandths of text space.
    pub widths: BTreeMap<u32, f64>,
    /// Width of codes without one.
    pub default_width: f64,
    /// The em of the font's glyphs in text space units of 1/1000 (1 but for
    /// a Type3 font whose `/FontMatrix` is not the usual 0.001 scale).
    pub em: f64,
}

impl Font {
    /// Text of one code, if the font maps it.
    pub fn text(&self, code: u32) -> Option<&str> {
        self.to_unicode
            .get(&code)
            .or_else(|| self.encoding.get(&code))
            .map(String::as_str)
    }

    /// Width of one code in thousandths.
    pub fn width(&self, code: u32) -> f64 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
    }

    /// Reads a font dictionary.
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = name(dict.get(b"Subtype").ok());
        let mut font = Font {
            code_len: if subtype == "Type0" { 2 } else { 1 },
            default_width: if subtype == "Type0" { 1000.0 } else { 500.0 },
            em: 1.0,
            ..Font::default()
        };
        // A Type3 font's glyph space maps to text space by its FontMatrix
        // (§9.6.5): its widths are in glyph units.
        let mut width_scale = 1.0;
        if subtype == "Type3" {
            let m: Vec<f64> = resolve(doc, dict.get(b"FontMatrix").ok())
                .and_then(|o| o.as_array().ok())
                .map(|a| a.iter().filter_map(number).collect())
                .unwrap_or_default();
            if let [a, _, _, d, ..] = m[..] {
                if a.is_finite() && d.is_finite() && a != 0.0 && d != 0.0 {
                    width_scale = a.abs() * 1000.0;
                    font.em = d.abs() * 1000.0;
                }
            }
        }
        if let Some(stream) =
            resolve(doc, dict.get(b"ToUnicode").ok()).and_then(|o| o.as_stream().ok())
        {
            if let Ok(bytes) = stream.decompressed_content_with_limit(MAX_CMAP_BYTES) {
                font.to_unicode = parse_cmap(&String::from_utf8_lossy(&bytes));
            } else if let Ok(bytes) = stream.get_plain_content_with_limit(MAX_CMAP_BYTES) {
                font.to_unicode = parse_cmap(&String::from_utf8_lossy(&bytes));
            }
        }
        if subtype == "Type0" {
            let descendant = resolve(doc, dict.get(b"DescendantFonts").ok())
                .and_then(|o| o.as_array().ok())
                .and_then(|a| a.first())
                .and_then(|d| resolve(doc, Some(d)))
                .and_then(|d| d.as_dict().ok());
            if let Some(d) = descendant {
                if let Some(dw) = resolve(doc, d.get(b"DW").ok()).and_then(number) {
                    font.default_width = dw;
                }
                if let Some(w) = resolve(doc, d.get(b"W").ok()).and_then(|o| o.as_array().ok()) {
                    cid_widths(doc, w, &mut font.widths);
                }
            }
        } else {
            let first = resolve(doc, dict.get(b"FirstChar").ok())
                .and_then(number)
                .unwrap_or(0.0) as u32;
            if let Some(ws) = resolve(doc, dict.get(b"Widths").ok()).and_then(|o| o.as_array().ok())
            {
                for (i, w) in ws.iter().enumerate() {
                    if let Some(w) = resolve(doc, Some(w)).and_then(number) {
                        font.widths.insert(first + i as u32, w * width_scale);
                    }
                }
            }
            font.encoding = simple_encoding(doc, dict);
        }
        font
    }
}

fn resolve<'a>(doc: &'a Document, obj: Option<&'a Object>) -> Option<&'a Object> {
    match obj? {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

fn number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn name(obj: Option<&Object>) -> String {
    match obj {
        Some(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
        _ => String::new(),
    }
}

/// `/W [c [w1 w2 …] c1 c2 w …]`.
fn cid_widths(doc: &Document, w: &[Object], out: &mut BTreeMap<u32, f64>) {
    let mut i = 0;
    while i < w.len() {
        let Some(start) = w.get(i).and_then(number) else {
            break;
        };
        match w.get(i + 1).and_then(|o| resolve(doc, Some(o))) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().enumerate() {
                    if let Some(v) = number(v) {
                        out.insert(start as u32 + k as u32, v);
                    }
                }
                i += 2;
            }
            Some(end) => {
                let (Some(end), Some(v)) = (number(end), w.get(i + 2).and_then(number)) else {
                    break;
                };
                let (s, e) = (start as u32, (end as u32).min(start as u32 + 65_535));
                for c in s..=e {
                    out.insert(c, v);
                }
                i += 3;
            }
            None => break,
        }
    }
}

/// Base encoding (WinAnsi unless it says otherwise) with `/Differences`.
fn simple_encoding(doc: &Document, dict: &Dictionary) -> BTreeMap<u32, String> {
    let mut map = BTreeMap::new();
    let enc = resolve(doc, dict.get(b"Encoding").ok());
    let base = match enc {
        Some(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
        Some(Object::Dictionary(d)) => name(d.get(b"BaseEncoding").ok()),
        _ => String::new(),
    };
    let single = if base == "MacRomanEncoding" {
        encoding_rs::MACINTOSH
    } else {
        encoding_rs::WINDOWS_1252
    };
    for b in 32u8..=255 {
        let one = [b];
        let text = single.decode_without_bom_handling(&one).0.into_owned();
        map.insert(u32::from(b), text);
    }
    if let Some(Object::Dictionary(d)) = enc {
        if let Some(diffs) =
            resolve(doc, d.get(b"Differences").ok()).and_then(|o| o.as_array().ok())
        {
            let mut code = 0u32;
            for item in diffs {
                match item {
                    Object::Integer(c) => code = *c as u32,
                    Object::Name(n) => {
                        if let Some(t) = glyph_text(&String::from_utf8_lossy(n)) {
                            map.insert(code, t);
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    map
}

/// Adobe Glyph List names used for Latvian text, and `uniXXXX`.
fn glyph_text(name: &str) -> Option<String> {
    const NAMES: &[(&str, char)] = &[
        ("amacron", 'ā'),
        ("Amacron", 'Ā'),
        ("ccaron", 'č'),
        ("Ccaron", 'Č'),
        ("emacron", 'ē'),
        ("Emacron", 'Ē'),
        ("gcommaaccent", 'ģ'),
        ("Gcommaaccent", 'Ģ'),
        ("imacron", 'ī'),
        ("Imacron", 'Ī'),
        ("kcommaaccent", 'ķ'),
        ("Kcommaaccent", 'Ķ'),
        ("lcommaaccent", 'ļ'),
        ("Lcommaaccent", 'Ļ'),
        ("ncommaaccent", 'ņ'),
        ("Ncommaaccent", 'Ņ'),
        ("scaron", 'š'),
        ("Scaron", 'Š'),
        ("umacron", 'ū'),
        ("Umacron", 'Ū'),
        ("zcaron", 'ž'),
        ("Zcaron", 'Ž'),
        ("space", ' '),
        ("hyphen", '-'),
        ("endash", '–'),
        ("emdash", '—'),
        ("quotedblbase", '„'),
        ("quotedblright", '”'),
        ("quotedblleft", '“'),
        ("fi", 'ﬁ'),
        ("fl", 'ﬂ'),
    ];
    if let Some(hex) = name.strip_prefix("uni") {
        let code = u32::from_str_radix(hex.get(..4)?, 16).ok()?;
        return char::from_u32(code).map(String::from);
    }
    if name.chars().count() == 1 {
        return Some(name.to_string());
    }
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| expand_ligature(*c))
}

/// Latin ligatures (U+FB00–FB06) as their letters: a cell compared or
/// searched by words must not hold "ﬁnansējums".
pub fn expand_ligature(c: char) -> String {
    match c {
        'ﬀ' => "ff".into(),
        'ﬁ' => "fi".into(),
        'ﬂ' => "fl".into(),
        'ﬃ' => "ffi".into(),
        'ﬄ' => "ffl".into(),
        'ﬅ' | 'ﬆ' => "st".into(),
        other => other.to_string(),
    }
}

/// `bfchar` and `bfrange` sections of a ToUnicode CMap (§9.10.3).
pub fn parse_cmap(text: &str) -> BTreeMap<u32, String> {
    let mut map = BTreeMap::new();
    let tokens = tokens(text);
    let mut i = 0;
    while i < tokens.len() {
        match tokens.get(i).map(String::as_str) {
            Some("beginbfchar") => {
                i += 1;
                while i + 1 < tokens.len() && tokens[i] != "endbfchar" {
                    if let (Some(src), Some(dst)) = (hex(&tokens[i]), utf16(&tokens[i + 1])) {
                        map.insert(src, dst);
                    }
                    i += 2;
                }
            }
            Some("beginbfrange") => {
                i += 1;
                while i + 2 < tokens.len() && tokens[i] != "endbfrange" {
                    let (lo, hi) = (hex(&tokens[i]), hex(&tokens[i + 1]));
                    if tokens[i + 2] == "[" {
                        let mut k = i + 3;
                        let mut code = lo.unwrap_or(0);
                        while k < tokens.len() && tokens[k] != "]" {
                            if let Some(d) = utf16(&tokens[k]) {
                                map.insert(code, d);
                            }
                            code += 1;
                            k += 1;
                        }
                        i = k + 1;
                    } else {
                        if let (Some(lo), Some(hi), Some(dst)) = (lo, hi, tokens.get(i + 2)) {
                            let units = hex_units(dst);
                            for (n, code) in (lo..=hi.min(lo + 65_535)).enumerate() {
                                let mut u = units.clone();
                                if let Some(last) = u.last_mut() {
                                    *last = last.wrapping_add(n as u16);
                                }
                                map.insert(code, String::from_utf16_lossy(&u));
                            }
                        }
                        i += 3;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}

fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for c in text.chars() {
        match c {
            '<' => {
                flush(&mut cur, &mut out);
                cur.push('<');
            }
            '>' => {
                cur.push('>');
                flush(&mut cur, &mut out);
            }
            '[' | ']' => {
                flush(&mut cur, &mut out);
                out.push(c.to_string());
            }
            c if c.is_whitespace() => flush(&mut cur, &mut out),
            c => cur.push(c),
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn hex(token: &str) -> Option<u32> {
    let inner = token.strip_prefix('<')?.strip_suffix('>')?;
    u32::from_str_radix(inner.get(..inner.len().min(8))?, 16).ok()
}

fn hex_units(token: &str) -> Vec<u16> {
    let inner = token.trim_start_matches('<').trim_end_matches('>');
    inner
        .as_bytes()
        .chunks(4)
        .filter_map(|ch| u16::from_str_radix(std::str::from_utf8(ch).ok()?, 16).ok())
        .collect()
}

fn utf16(token: &str) -> Option<String> {
    if !token.starts_with('<') {
        return None;
    }
    let units = hex_units(token);
    let s = String::from_utf16_lossy(&units);
    Some(s.chars().map(expand_ligature).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_and_bfrange_with_arrays() {
        let cmap = "2 beginbfchar <0003> <0020> <0011> <0101> endbfchar \
                    2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<0161> <FB01>] endbfrange";
        let m = parse_cmap(cmap);
        assert_eq!(m.get(&3).map(String::as_str), Some(" "));
        assert_eq!(m.get(&0x11).map(String::as_str), Some("ā"));
        assert_eq!(m.get(&0x22).map(String::as_str), Some("C"));
        assert_eq!(m.get(&0x30).map(String::as_str), Some("š"));
        assert_eq!(
            m.get(&0x31).map(String::as_str),
            Some("fi"),
            "ligatures expanded"
        );
    }

    #[test]
    fn differences_glyph_names() {
        assert_eq!(glyph_text("amacron").as_deref(), Some("ā"));
        assert_eq!(glyph_text("ncommaaccent").as_deref(), Some("ņ"));
        assert_eq!(glyph_text("uni0161").as_deref(), Some("š"));
    }
}
