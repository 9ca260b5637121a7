//! The Latvian lexicon: the Hunspell dictionary shipped in `dict/`
//! (hunspell-lv, LGPL-2.1) and the project's list of domain words the
//! dictionary lacks (`dict/planx-lv.txt`).

use std::collections::{BTreeSet, HashMap};
use std::sync::RwLock;

use planx_record::Lexicon;

use crate::NormalizeError;

const AFF: &str = include_str!("../dict/lv_LV.aff");
const DIC: &str = include_str!("../dict/lv_LV.dic");
const PROJECT: &str = include_str!("../dict/planx-lv.txt");

/// Known Latvian words: dictionary plus project lexicon.
pub struct LatvianLexicon {
    dictionary: spellbook::Dictionary,
    extra: BTreeSet<String>,
    /// Answers already given: documents repeat their words, and a batch
    /// repeats its documents' words (a lookup, not a Hunspell check).
    cache: RwLock<HashMap<String, bool>>,
}

/// Most answers the lexicon remembers.
const MAX_CACHE: usize = 500_000;

impl LatvianLexicon {
    /// Loads the shipped dictionary and project lexicon (≈ 40 ms).
    pub fn load() -> Result<Self, NormalizeError> {
        let dictionary = spellbook::Dictionary::new(AFF, DIC)
            .map_err(|e| NormalizeError::Dictionary(e.to_string()))?;
        let extra = PROJECT
            .lines()
            .map(|l| l.split('#').next().unwrap_or_default().trim())
            .filter(|l| !l.is_empty())
            .map(str::to_lowercase)
            .collect();
        Ok(LatvianLexicon {
            dictionary,
            extra,
            cache: RwLock::new(HashMap::new()),
        })
    }

    /// True when the project lexicon (not the dictionary) lists `word`.
    pub fn in_project_lexicon(&self, word: &str) -> bool {
        self.extra.contains(&word.to_lowercase())
    }
}

impl Lexicon for LatvianLexicon {
    fn knows(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        if let Some(known) = self.cache.read().ok().and_then(|c| c.get(word).copied()) {
            return known;
        }
        let known = self.in_project_lexicon(word)
            || self.dictionary.check(word)
            || self.dictionary.check(&word.to_lowercase());
        if let Ok(mut cache) = self.cache.write() {
            if cache.len() < MAX_CACHE {
                cache.insert(word.to_string(), known);
            }
        }
        known
    }
}

impl std::fmt::Debug for LatvianLexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LatvianLexicon")
            .field("project_words", &self.extra.len())
            .finish_non_exhaustive()
    }
}
