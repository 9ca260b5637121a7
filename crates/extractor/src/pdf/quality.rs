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
    let lexicon = lexicon?;
    let words: Vec<String> = page_words(page);
    let long: Vec<&String> = words
        .iter()
        .filter(|w| w.chars().count() >= 4)
        .take(400)
        .collect();
    if long.len() < 20 {
        return None;
    }
    let known = long.iter().filter(|w| lexicon.knows(w)).count();
    (known * 4 < long.len()).then(|| {
        format!(
            "only {known} of {} words are Latvian dictionary words",
            long.len()
        )
    })
}

fn page_words(page: &PageContent) -> Vec<String> {
    let mut glyphs: Vec<_> = page.glyphs.iter().collect();
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut end: Option<(f64, f64)> = None;
    for g in glyphs {
        let gap = end.is_none_or(|(x, y)| (g.y - y).abs() > g.size * 0.5 || g.x - x > g.size * 0.2);
        if (gap || !g.text.chars().all(char::is_alphabetic)) && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        if g.text.chars().all(char::is_alphabetic) {
            cur.push_str(&g.text);
        }
        end = Some((g.x + g.width, g.y));
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}
