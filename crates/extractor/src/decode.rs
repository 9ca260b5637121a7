//! Bytes to text: BOMs, UTF-16, UTF-8, the Baltic code pages, line endings
//! and Unicode normalization, with a report of every decision.

use encoding_rs::{Encoding, ISO_8859_13, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1257};
use planx_record::Lexicon;
use unicode_normalization::{is_nfc, UnicodeNormalization};

use crate::ExtractError;

/// Text decoded from bytes, with what was done to get it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text: NFC, `\n` line endings, no BOM.
    pub text: String,
    /// The encoding decided on (`utf-8`, `windows-1257`, …).
    pub encoding: &'static str,
    /// Every decision, in words (`BOM removed`, `CRLF line endings → LF`…).
    pub notes: Vec<String>,
}

/// Decodes `bytes` as text.
///
/// UTF-8 (with or without BOM) wins when the bytes are valid UTF-8; a UTF-16
/// BOM (or the NUL pattern of BOM-less UTF-16) selects UTF-16; otherwise each
/// Baltic candidate (Windows-1257, ISO-8859-13) decodes the bytes and the one
/// whose words `lexicon` knows best, and that has fewest control characters,
/// is kept. Line endings become `\n`; the text is put in NFC.
pub fn decode(bytes: &[u8], lexicon: Option<&dyn Lexicon>) -> Result<Decoded, ExtractError> {
    let mut notes = Vec::new();
    let (encoding, body): (&'static Encoding, &[u8]) =
        if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
            notes.push(format!("{} byte order mark removed", enc.name()));
            (enc, bytes.get(bom_len..).unwrap_or_default())
        } else if let Some(enc) = utf16_without_bom(bytes) {
            notes.push(format!(
                "{} without byte order mark (NUL byte pattern)",
                enc.name()
            ));
            (enc, bytes)
        } else if std::str::from_utf8(bytes).is_ok() {
            notes.push("valid UTF-8".to_string());
            (UTF_8, bytes)
        } else {
            let (enc, why) = best_baltic(bytes, lexicon);
            notes.push(why);
            (enc, bytes)
        };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        notes.push("malformed byte sequences replaced with U+FFFD".to_string());
    }
    check_is_text(&text)?;
    let mut text = text.into_owned();
    if text.contains('\r') {
        let crlf = text.matches("\r\n").count();
        text = text.replace("\r\n", "\n").replace('\r', "\n");
        notes.push(if crlf > 0 {
            "CRLF line endings → LF".to_string()
        } else {
            "CR line endings → LF".to_string()
        });
    }
    if !is_nfc(&text) {
        text = text.nfc().collect();
        notes.push("Unicode normalized to NFC".to_string());
    }
    if text.trim().is_empty() {
        return Err(ExtractError::Empty { bytes: bytes.len() });
    }
    Ok(Decoded {
        text,
        encoding: encoding.name_lower(),
        notes,
    })
}

trait NameLower {
    fn name_lower(&'static self) -> &'static str;
}

impl NameLower for Encoding {
    fn name_lower(&'static self) -> &'static str {
        match self.name() {
            "UTF-8" => "utf-8",
            "UTF-16LE" => "utf-16le",
            "UTF-16BE" => "utf-16be",
            "ISO-8859-13" => "iso-8859-13",
            other => other,
        }
    }
}

/// UTF-16 without a BOM shows as NUL bytes in every other position.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(4096))?;
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if odd_nul * 10 > pairs * 3 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 > pairs * 3 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Scores each Baltic single-byte candidate and keeps the best.
fn best_baltic(bytes: &[u8], lexicon: Option<&dyn Lexicon>) -> (&'static Encoding, String) {
    let mut scored: Vec<(i64, &'static Encoding, usize, usize)> = [WINDOWS_1257, ISO_8859_13]
        .into_iter()
        .map(|enc| {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            let known = lexicon.map_or(0, |lx| known_non_ascii_words(&text, lx));
            let bad = text
                .chars()
                .filter(|c| *c == '\u{FFFD}' || ('\u{80}'..='\u{9F}').contains(c))
                .count();
            (known as i64 * 4 - bad as i64, enc, known, bad)
        })
        .collect();
    // Highest score first; on a tie the order above (windows-1257) stands.
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    match scored.first() {
        Some(&(_, enc, known, bad)) => (
            enc,
            format!(
                "not UTF-8; {} chosen among windows-1257 and iso-8859-13: {known} dictionary words with non-ASCII letters, {bad} control or undefined characters",
                enc.name_lower()
            ),
        ),
        None => (WINDOWS_1257, "not UTF-8; windows-1257 assumed".to_string()),
    }
}

fn known_non_ascii_words(text: &str, lexicon: &dyn Lexicon) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_ascii() && w.chars().count() > 1)
        .take(5000)
        .filter(|w| lexicon.knows(w))
        .count()
}

/// Rejects decoded text that is really binary: NUL bytes or many control
/// characters.
fn check_is_text(text: &str) -> Result<(), ExtractError> {
    let total = text.chars().count().max(1);
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    let replacement = text.chars().filter(|c| *c == '\u{FFFD}').count();
    if text.contains('\0') {
        return Err(ExtractError::NotText {
            reason: "NUL bytes found (binary data)".to_string(),
        });
    }
    if control * 100 > total || replacement * 20 > total {
        return Err(ExtractError::NotText {
            reason: format!(
                "{control} control characters and {replacement} undecodable bytes in {total} characters"
            ),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_crlf_are_removed() {
        let d = decode(b"\xEF\xBB\xBFa\r\nb\r\n", None).unwrap();
        assert_eq!(d.text, "a\nb\n");
        assert_eq!(d.encoding, "utf-8");
        assert!(d.notes.iter().any(|n| n.contains("CRLF")));
    }

    #[test]
    fn nfd_becomes_nfc() {
        let d = decode("Pa\u{73}a\u{304}kums".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Pasākums");
    }

    #[test]
    fn windows_1257_letters_decode() {
        // "Pasākums" in windows-1257: ā = 0xE2.
        let d = decode(b"Pas\xE2kums nr.1", None).unwrap();
        assert_eq!(d.text, "Pasākums nr.1");
        assert_eq!(d.encoding, "windows-1257");
    }

    #[test]
    fn utf16le_without_bom_is_detected() {
        let bytes: Vec<u8> = "Pasākums nr.1.1."
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&bytes, None).unwrap().text, "Pasākums nr.1.1.");
    }

    #[test]
    fn empty_and_binary_are_errors() {
        assert_eq!(decode(b"", None), Err(ExtractError::Empty { bytes: 0 }));
        assert!(matches!(
            decode(&[0u8, 1, 2, 3, 0, 0, 7, 8, 9, 0xff], None),
            Err(ExtractError::NotText { .. })
        ));
    }
}
