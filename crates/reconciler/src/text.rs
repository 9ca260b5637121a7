//! Text comparison helpers shared by the diff and the merge.

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;

/// The contract's text form for comparison: NFC, white space folded,
/// trimmed.
pub fn canon(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Dice coefficient of the word stems (first five letters, lower case) of
/// two titles: 1 for the same words, 0 for none shared.
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let stems = |t: &str| -> BTreeSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(|w| w.to_lowercase().chars().take(5).collect())
            .collect()
    };
    let (x, y) = (stems(a), stems(b));
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    let shared = x.intersection(&y).count() as f64;
    2.0 * shared / (x.len() + y.len()) as f64
}
