//! The text-quality gate: a page whose text layer is not real text (glyphs
//! without a Unicode mapping, control characters, `(cid:N)` runs, words no
//! dictionary knows) is never emitted as text.

use std::sync::OnceLock;

use planx_record::Lexicon;
use regex::Regex;

use super::interpret::PageContent;
use crate::labels::re;

/// Why a page's text fails, or `None` when it is usable.
pub fn failure(page: &PageContent, lexicon: Option<&dyn Lexicon>) -> Option<String> {
    if page.glyphs.is_empty() {
        return None;
    }
    let text: String = page
        .glyphs
        .iter()
        .map(|g| g.text.as_str())
        .collect::<Vec<_>>()
        .join("");
    let chars = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    let bad = text
        .chars()
        .filter(|c| *c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()))
        .count();
    if bad * 10 > chars {
        return Some(format!(
            "{bad} of {chars} characters unmapped or control characters"
        ));
    }
    static CID: OnceLock<Regex> = OnceLock::new();
    let cids = re(&CID, r"\(cid:\d+\)").find_iter(&text).count();
    if cids > 5 {
        return Some(format!("{cids} '(cid:N)' runs"));
    }
    let (known, long) = dictionary_share(page, lexicon?, 20)?;
    (known * 4 < long).then(|| format!("only {known} of {long} words are Latvian dictionary words"))
}

/// How many of the page's first 400 words of four or more letters the
/// dictionary knows, and how many there are; `None` below `least` words.
fn dictionary_share(
    page: &PageContent,
    lexicon: &dyn Lexicon,
    least: usize,
) -> Option<(usize, usize)> {
    let words = page_words(page);
    let long: Vec<&String> = words
        .iter()
        .filter(|w| w.chars().count() >= 4)
        .take(400)
        .collect();
    if long.len() < least {
        return None;
    }
    Some((long.iter().filter(|w| lexicon.knows(w)).count(), long.len()))
}

/// Why a page's text, usable as it is, is likely wrong in places, or
/// `None`: fewer than four in five of its words are dictionary words (a
/// font whose map lost a letter: "Paskums"), Latvian text without a single
/// diacritic letter (a map that lost them all), or CJK or private-use
/// characters among Latin text (a ligature mapped to "昀椀"). Such a page
/// is read by OCR when OCR is on.
pub fn doubt(page: &PageContent, lexicon: Option<&dyn Lexicon>) -> Option<String> {
    let text: String = page.glyphs.iter().map(|g| g.text.as_str()).collect();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let strange = text
        .chars()
        .filter(|c| matches!(*c, '\u{3400}'..='\u{9FFF}' | '\u{E000}'..='\u{F8FF}'))
        .count();
    let latin = text.chars().filter(char::is_ascii_alphabetic).count();
    if strange > 0 && latin * 10 >= letters * 8 {
        return Some(format!(
            "{strange} CJK or private-use characters among Latin text"
        ));
    }
    let (known, long) = dictionary_share(page, lexicon?, 40)?;
    if known * 5 < long * 4 {
        return Some(format!(
            "{known} of {long} words are Latvian dictionary words"
        ));
    }
    let marked = text
        .chars()
        .filter(|c| "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".contains(*c))
        .count();
    (letters >= 500 && marked * 100 < letters)
        .then(|| format!("{letters} letters and {marked} with a Latvian diacritic"))
}

/// The page's words as the layout reads its lines (whatever direction
/// they are written in).
fn page_words(page: &PageContent) -> Vec<String> {
    let glyphs: Vec<_> = page.glyphs.iter().collect();
    super::layout::rows(&glyphs)
        .into_iter()
        .flat_map(|(_, line)| {
            line.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::interpret::{Glyph, PageContent};
    use super::*;

    fn page(text: &str) -> PageContent {
        let glyphs = text
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                x: i as f64 * 5.0,
                y: 100.0,
                width: 5.0,
                size: 10.0,
                invisible: false,
                dir: [1.0, 0.0],
            })
            .collect();
        PageContent {
            glyphs,
            ..PageContent::default()
        }
    }

    #[test]
    fn a_ligature_mapped_to_cjk_or_a_lost_letter_make_a_page_doubtful() {
        assert!(doubt(&page("Indikatīvais 昀椀nansējums, EUR"), None).is_some());
        assert!(doubt(&page("Indikatīvais finansējums, EUR"), None).is_none());
        let words = ["Pasākums", "komunikācijas", "plāns", "Labklājības"];
        let lexicon: &dyn Lexicon = &words;
        let good = "Pasākums komunikācijas plāns Labklājības ".repeat(12);
        assert!(doubt(&page(&good), Some(lexicon)).is_none());
        // "ā" lost by the font's map: most words are no longer words.
        let lost = "Paskums komunikcijas plns Labkljības ".repeat(12);
        assert!(doubt(&page(&lost), Some(lexicon)).is_some());
    }
}
