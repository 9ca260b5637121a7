//! The Latvian lexicon: the Hunspell dictionary shipped in `dict/`
//! (hunspell-lv, LGPL-2.1) and the project's list of domain words the
//! dictionary lacks (`dict/planx-lv.txt`).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock, RwLock};
use std::thread::JoinHandle;

use planx_record::Lexicon;

use crate::NormalizeError;

const AFF: &str = include_str!("../dict/lv_LV.aff");
const DIC: &str = include_str!("../dict/lv_LV.dic");
const PROJECT: &str = include_str!("../dict/planx-lv.txt");

/// Known Latvian words: dictionary plus project lexicon.
pub struct LatvianLexicon {
    dictionary: Dictionary,
    extra: BTreeSet<String>,
    /// Answers already given: documents repeat their words, and a batch
    /// repeats its documents' words (a lookup, not a Hunspell check).
    cache: RwLock<HashMap<String, bool>>,
}

/// The Hunspell dictionary in shards, each parsed on a thread of its own:
/// a word is known when a shard knows it. Parsing may still be under way
/// (see [`LatvianLexicon::start_loading`]); the first question waits for it.
struct Dictionary {
    shards: OnceLock<Shards>,
    loader: Mutex<Option<JoinHandle<Shards>>>,
}

impl Dictionary {
    fn ready(shards: Shards) -> Self {
        Dictionary {
            shards: OnceLock::from(shards),
            loader: Mutex::new(None),
        }
    }

    fn shards(&self) -> &Shards {
        self.shards.get_or_init(|| {
            let handle = self.loader.lock().ok().and_then(|mut h| h.take());
            match handle.map(JoinHandle::join) {
                Some(Ok(result)) => result,
                Some(Err(_)) => Err(NormalizeError::Dictionary("loader thread failed".into())),
                None => Err(NormalizeError::Dictionary("dictionary never loaded".into())),
            }
        })
    }
}

/// The parsed shards, or why they could not be parsed.
type Shards = Result<Vec<spellbook::Dictionary>, NormalizeError>;

/// Most shards the dictionary is loaded in.
const MAX_SHARDS: usize = 4;

/// The `.dic` text cut into `n` texts of whole entries, each with the
/// entry count on its first line as Hunspell expects.
fn dic_shards(dic: &str, n: usize) -> Vec<String> {
    let mut lines = dic.lines();
    let _count = lines.next();
    let entries: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    let per = entries.len().div_ceil(n).max(1);
    entries
        .chunks(per)
        .map(|chunk| {
            let mut text = format!("{}\n", chunk.len());
            for line in chunk {
                text.push_str(line);
                text.push('\n');
            }
            text
        })
        .collect()
}

/// Parses the dictionary in `n` shards, each on a thread of its own.
///
/// Hunspell knows a word when one of its entries (a stem and its affix
/// flags) produces it, and every entry is in one shard: the shards together
/// know exactly what the whole dictionary knows. Parsing the entries is most
/// of the load time, so it divides by the cores.
fn parse_shards(n: usize) -> Shards {
    let parts = dic_shards(DIC, n.max(1));
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .iter()
            .map(|part| scope.spawn(move || spellbook::Dictionary::new(AFF, part)))
            .collect();
        handles
            .into_iter()
            .map(|h| match h.join() {
                Ok(result) => result.map_err(|e| NormalizeError::Dictionary(e.to_string())),
                Err(_) => Err(NormalizeError::Dictionary("loader thread failed".into())),
            })
            .collect()
    })
}

fn default_shards() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_SHARDS))
}

fn project_words() -> BTreeSet<String> {
    PROJECT
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Most answers the lexicon remembers.
const MAX_CACHE: usize = 500_000;

impl LatvianLexicon {
    /// Loads the shipped dictionary and project lexicon, in as many
    /// shards as there are cores (up to four).
    pub fn load() -> Result<Self, NormalizeError> {
        Self::load_in(default_shards())
    }

    /// Loads the dictionary in `shards` parts, each on a thread of its own.
    pub fn load_in(shards: usize) -> Result<Self, NormalizeError> {
        let shards = parse_shards(shards)?;
        Ok(Self::with(Dictionary::ready(Ok(shards))))
    }

    /// Starts loading the dictionary on a thread of its own and returns at
    /// once, so that reading a file overlaps the load (most of a single
    /// short command's time). The first word asked about waits for the
    /// load; [`LatvianLexicon::ready`] says whether it succeeded.
    pub fn start_loading() -> Self {
        let loader = std::thread::Builder::new()
            .name("planx-dictionary".into())
            .spawn(|| parse_shards(default_shards()));
        match loader {
            Ok(handle) => Self::with(Dictionary {
                shards: OnceLock::new(),
                loader: Mutex::new(Some(handle)),
            }),
            Err(_) => Self::with(Dictionary::ready(parse_shards(1))),
        }
    }

    /// Waits for the dictionary; its load error, if any. A lexicon whose
    /// dictionary failed to load knows only the project's words.
    pub fn ready(&self) -> Result<(), NormalizeError> {
        match self.dictionary.shards() {
            Ok(_) => Ok(()),
            Err(e) => Err(e.clone()),
        }
    }

    fn with(dictionary: Dictionary) -> Self {
        LatvianLexicon {
            dictionary,
            extra: project_words(),
            cache: RwLock::new(HashMap::new()),
        }
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
        let lower = word.to_lowercase();
        let known = self.in_project_lexicon(word)
            || self
                .dictionary
                .shards()
                .iter()
                .flatten()
                .any(|d| d.check(word) || (lower != word && d.check(&lower)));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_know_what_the_whole_dictionary_knows() {
        let whole = LatvianLexicon::load_in(1).unwrap();
        let split = LatvianLexicon::load_in(3).unwrap();
        assert!(matches!(split.dictionary.shards(), Ok(s) if s.len() == 3));
        let text = include_str!("../../../fixtures/plans/approved-2016.txt");
        let words: BTreeSet<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .chain(["Paskums", "azibildņus", "Abava", "ABAVA", "nepasākums"])
            .collect();
        let mut unknown = 0;
        for word in &words {
            assert_eq!(whole.knows(word), split.knows(word), "{word}");
            unknown += usize::from(!whole.knows(word));
        }
        // Both answers occur: the comparison is not vacuous.
        assert!(unknown > 0 && unknown < words.len());
    }

    #[test]
    fn a_lexicon_loading_in_the_background_answers_once_loaded() {
        let lexicon = LatvianLexicon::start_loading();
        assert!(lexicon.knows("pasākums"));
        assert!(!lexicon.knows("azibildņus"));
        assert!(lexicon.ready().is_ok());
    }

    #[test]
    fn shards_keep_every_entry_once() {
        let parts = dic_shards("3\na/X\n\nb\nc/Y\n", 2);
        assert_eq!(
            parts,
            vec!["2\na/X\nb\n".to_string(), "1\nc/Y\n".to_string()]
        );
    }
}
