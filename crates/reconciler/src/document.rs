//! Document-level text outside the table: the heading, the annex line, the
//! abbreviation list, the overall goal and the signature.

use planx_extractor::profile::{DocumentLabels, Profile};

/// What a block of text outside the table is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockRole {
    /// The plan's heading ("… pasākumu plāns").
    Title(String),
    /// "Pielikums … rīkojumam Nr. …".
    Annex(String),
    /// "Saīsinājumi: …" (the text after the colon).
    Abbreviations(String),
    /// "Virsmērķis: …" (the text after the colon, trailing colon dropped).
    OverallGoal(String),
    /// Anything else.
    Other,
}

/// Classifies a cleaned block. `have_title` stops a second heading.
pub fn role(text: &str, have_title: bool) -> BlockRole {
    let labels = &Profile::shipped().document;
    if let Some(rest) = DocumentLabels::after(&labels.abbreviation_headings, text) {
        return BlockRole::Abbreviations(rest.to_string());
    }
    if let Some(rest) = DocumentLabels::after(&labels.overall_goal, text) {
        return BlockRole::OverallGoal(rest.trim_end_matches(':').trim().to_string());
    }
    if opens_annex(text) && ends_annex(text) {
        return BlockRole::Annex(text.to_string());
    }
    let words = text.split_whitespace().count();
    let lower = text.to_lowercase();
    let plan_heading =
        lower.ends_with("plāns") || lower.contains(" plāns ") || lower.ends_with("plāns.");
    if !have_title && plan_heading && words <= 25 {
        return BlockRole::Title(text.trim_end_matches('.').to_string());
    }
    BlockRole::Other
}

/// Most lines an annex line is set over ("Pielikums" / ministry / date and
/// order / "Nr. …").
pub const ANNEX_LINES: usize = 5;

/// The text begins an annex line.
pub fn opens_annex(text: &str) -> bool {
    text.starts_with("Pielikums")
}

/// The annex line is complete: it has the order's number.
pub fn ends_annex(text: &str) -> bool {
    text.contains("Nr")
}

/// Splits a signature into position and name: the name is an initial and a
/// surname at the end (`I.Alliks`, `I. Jaunzeme`); the position is what
/// precedes it, in the same block or the block before.
pub fn signature(blocks: &[String]) -> Option<(Option<String>, String)> {
    for (i, text) in blocks.iter().enumerate().rev() {
        let Some(at) = name_start(text) else {
            continue;
        };
        let name = text.get(at..)?.trim().to_string();
        let before = text.get(..at).unwrap_or_default().trim();
        let position = if before.is_empty() {
            i.checked_sub(1).and_then(|p| blocks.get(p)).cloned()
        } else {
            Some(before.to_string())
        };
        return Some((position, name));
    }
    None
}

/// Byte offset of a trailing `X.Surname` / `X. Surname` / `Name Surname`.
fn name_start(text: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let (at, last) = *words.last()?;
    let is_surname = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().count() >= 2
            && c.all(|x| x.is_lowercase() || x == '-')
    };
    // "I.Alliks"
    if let Some((initial, surname)) = last.split_once('.') {
        if initial.chars().count() == 1
            && initial.chars().all(char::is_uppercase)
            && is_surname(surname)
        {
            return Some(at);
        }
    }
    // "I. Alliks"
    if words.len() >= 2 {
        let (pat, prev) = *words.get(words.len() - 2)?;
        let initial = prev.strip_suffix('.').unwrap_or_default();
        if initial.chars().count() == 1
            && initial.chars().all(char::is_uppercase)
            && is_surname(last)
        {
            return Some(pat);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        assert_eq!(
            role("Saīsinājumi: LM - x.", false),
            BlockRole::Abbreviations("LM - x.".into())
        );
        assert_eq!(
            role("Virsmērķis: Veicināt x:", false),
            BlockRole::OverallGoal("Veicināt x".into())
        );
        assert_eq!(
            role("Vienotais pasākumu plāns", false),
            BlockRole::Title("Vienotais pasākumu plāns".into())
        );
        assert_eq!(role("Vienotais pasākumu plāns", true), BlockRole::Other);
    }

    #[test]
    fn signatures() {
        let b = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            signature(&b(&["Valsts sekretāre I.Jaunzeme"])),
            Some((Some("Valsts sekretāre".into()), "I.Jaunzeme".into()))
        );
        assert_eq!(
            signature(&b(&["Valsts sekretārs", "I.Alliks"])),
            Some((Some("Valsts sekretārs".into()), "I.Alliks".into()))
        );
        assert_eq!(signature(&b(&["Paldies"])), None);
    }
}
