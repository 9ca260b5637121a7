/// Something that can tell whether a word is a known word of the language.
///
/// The extractor uses it to choose between candidate text encodings, the
/// normalizer to repair hyphenation and to correct typos.
pub trait Lexicon: Sync {
    /// True when `word` (a single word, no white space) is known.
    fn knows(&self, word: &str) -> bool;
}

/// A fixed list of words is a lexicon (handy in tests and for small
/// domain lists).
impl Lexicon for [&str] {
    fn knows(&self, word: &str) -> bool {
        self.contains(&word)
    }
}

impl<const N: usize> Lexicon for [&str; N] {
    fn knows(&self, word: &str) -> bool {
        self.contains(&word)
    }
}
