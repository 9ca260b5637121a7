//! Typo correction with evidence. A word is changed only when one candidate
//! clearly wins:
//!
//! - an unknown all-capitals code one transposition or substitution away
//!   from exactly one entry of the document's own abbreviation list
//!   (`GTR` → `GRT`), rule `abbreviation` — unless the lexicon knows the
//!   code (`NVO`, a code every Latvian reader knows, beside a listed `NVA`)
//!   or the document prints it twice or more (a form printed twice is
//!   meant);
//! - an unknown word one edit (a letter added, dropped, changed, two
//!   neighbours swapped, a diacritic) away from exactly one known word the
//!   same document prints elsewhere ([`Corrector::with_document_words`]),
//!   rule `document`; where several such words are printed (`materiāl`:
//!   `materiāli`, `materiālu`), the one the document prints after the same
//!   word or before the same word as here, if only one is;
//! - an unknown word for which exactly one single-edit candidate is a known
//!   word, candidates tried in tiers — a restored or removed diacritic
//!   first (`celojoša` → `ceļojoša`), then a transposition, a missing or an
//!   extra letter (`transprts` → `transports`) — rule `dictionary`; for
//!   text read by OCR ([`Corrector::for_ocr`]) a third tier, one letter
//!   substituted (`izgtītojošu` → `izglītojošu`).
//!
//! Abbreviations, numbers, hyphenated compounds, short words and
//! capitalised words inside a sentence (names) are never touched.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

use planx_record::Lexicon;

/// One change made to a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The word as printed.
    pub from: String,
    /// The word as corrected.
    pub to: String,
    /// `abbreviation`, `document`, `context` or `dictionary`.
    pub rule: &'static str,
    /// Why, in words.
    pub evidence: String,
}

/// Letters that differ from a base letter only by a diacritic.
const DIACRITICS: &[(char, char)] = &[
    ('a', 'ā'),
    ('c', 'č'),
    ('e', 'ē'),
    ('g', 'ģ'),
    ('i', 'ī'),
    ('k', 'ķ'),
    ('l', 'ļ'),
    ('n', 'ņ'),
    ('s', 'š'),
    ('u', 'ū'),
    ('z', 'ž'),
];

const ALPHABET: &str = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž";

/// Shortest word the dictionary rule looks at.
const MIN_WORD: usize = 4;

/// Most distinct unknown words one corrector searches candidates for: a
/// garbage or huge input must not cost unbounded time. Past it, unknown
/// words are left as printed and [`Corrector::exhausted`] says so.
pub const MAX_UNKNOWN_WORDS: usize = 2000;

/// A correction found for a word: the right form, the kind of edit and the
/// rule.
type Found = (String, &'static str, &'static str);

/// Corrects typos in text fields of one document.
pub struct Corrector<'a> {
    lexicon: &'a dyn Lexicon,
    abbreviations: BTreeSet<String>,
    /// Unknown words already searched, with the fix found (if any).
    memo: RefCell<BTreeMap<String, Option<Found>>>,
    exhausted: Cell<bool>,
    /// Words already found in the lexicon (a plan repeats its words).
    known: RefCell<BTreeSet<String>>,
    /// The text was read by OCR: substituted letters are tried too.
    ocr: bool,
    /// Known words the document prints (lower case).
    document: BTreeSet<String>,
    /// All-capitals words the document prints, with how often.
    document_codes: BTreeMap<String, usize>,
    /// Pairs of neighbouring words the document prints (lower case).
    bigrams: BTreeSet<(String, String)>,
    /// Unknown words with several right forms the document prints, and
    /// the kind of edit: context decides between them.
    ambiguous: RefCell<BTreeMap<String, (Vec<String>, &'static str)>>,
}

/// Most known words remembered by one corrector.
const MAX_KNOWN_CACHE: usize = 100_000;

impl<'a> Corrector<'a> {
    /// A corrector that knows `lexicon` and the document's abbreviations.
    pub fn new(lexicon: &'a dyn Lexicon, abbreviations: impl IntoIterator<Item = String>) -> Self {
        Corrector {
            lexicon,
            abbreviations: abbreviations.into_iter().collect(),
            memo: RefCell::new(BTreeMap::new()),
            exhausted: Cell::new(false),
            known: RefCell::new(BTreeSet::new()),
            ocr: false,
            document: BTreeSet::new(),
            document_codes: BTreeMap::new(),
            bigrams: BTreeSet::new(),
            ambiguous: RefCell::new(BTreeMap::new()),
        }
    }

    /// The same corrector with the words of the document: those the
    /// lexicon knows are the first evidence for a typo's right form.
    pub fn with_document_words<'w>(mut self, words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut prev: Option<String> = None;
        for w in words {
            let lower = w.to_lowercase();
            if let Some(p) = prev.take() {
                if self.bigrams.len() < MAX_KNOWN_CACHE {
                    self.bigrams.insert((p, lower.clone()));
                }
            }
            prev = Some(lower);
            if w.chars().count() >= 2 && w.chars().all(char::is_uppercase) {
                *self.document_codes.entry(w.to_string()).or_default() += 1;
            }
            if w.chars().count() < MIN_WORD || !w.chars().all(char::is_alphabetic) {
                continue;
            }
            let lower = w.to_lowercase();
            if !self.document.contains(&lower) && self.lexicon.knows(&lower) {
                self.document.insert(lower);
            }
        }
        self
    }

    /// The same corrector for text read by OCR, whose typical error is one
    /// letter recognised as another: a unique known word one substitution
    /// away is taken, after the other tiers found nothing.
    pub fn for_ocr(mut self) -> Self {
        self.ocr = true;
        self
    }

    /// True when more than [`MAX_UNKNOWN_WORDS`] unknown words were met and
    /// the rest were left uncorrected.
    pub fn exhausted(&self) -> bool {
        self.exhausted.get()
    }

    /// The text with its typos corrected, and the changes made.
    pub fn correct(&self, text: &str) -> (String, Vec<Change>) {
        let mut out = String::with_capacity(text.len());
        let mut changes = Vec::new();
        let mut sentence_start = true;
        let mut prev: Option<String> = None;
        let mut rest = text;
        while !rest.is_empty() {
            let word_len: usize = rest
                .char_indices()
                .find(|(i, c)| !(c.is_alphanumeric() || (*c == '-' && *i > 0)))
                .map_or(rest.len(), |(i, _)| i);
            if word_len == 0 {
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '.' | '!' | '?' | ':' | '(' | ')') {
                    sentence_start = true;
                } else if !c.is_whitespace() {
                    sentence_start = false;
                }
                out.push(c);
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
                continue;
            }
            let word = rest.get(..word_len).unwrap_or_default();
            let after = rest.get(word_len..).unwrap_or_default();
            let next = after
                .split(|c: char| !c.is_alphabetic())
                .find(|w| !w.is_empty())
                .map(str::to_lowercase);
            let fixed = self.word(word, sentence_start, (prev.as_deref(), next.as_deref()));
            prev = Some(word.to_lowercase());
            match fixed {
                Some(change) => {
                    out.push_str(&change.to);
                    changes.push(change);
                }
                None => out.push_str(word),
            }
            sentence_start = false;
            rest = rest.get(word_len..).unwrap_or_default();
        }
        (out, changes)
    }

    /// The change of one word, if any; `context`: the words before and
    /// after it (lower case).
    fn word(
        &self,
        word: &str,
        sentence_start: bool,
        context: (Option<&str>, Option<&str>),
    ) -> Option<Change> {
        if word.contains('-') || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let letters = word.chars().count();
        if word.chars().all(char::is_uppercase) {
            return self.abbreviation(word);
        }
        let mut chars = word.chars();
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        if letters < MIN_WORD || chars.any(char::is_uppercase) || (first_upper && !sentence_start) {
            return None;
        }
        if self.known.borrow().contains(word) {
            return None;
        }
        if self.lexicon.knows(word) {
            let mut known = self.known.borrow_mut();
            if known.len() < MAX_KNOWN_CACHE {
                known.insert(word.to_string());
            }
            return None;
        }
        let lower = word.to_lowercase();
        let memoised = self.memo.borrow().get(&lower).cloned();
        let found = match memoised {
            Some(found) => found,
            None => {
                if self.memo.borrow().len() >= MAX_UNKNOWN_WORDS {
                    self.exhausted.set(true);
                    return None;
                }
                let found = self.search(&lower);
                self.memo.borrow_mut().insert(lower.clone(), found.clone());
                found
            }
        };
        let (fix, kind, rule) = match found {
            Some(found) => found,
            None => self.in_context(&lower, context)?,
        };
        let to = if first_upper { capitalise(&fix) } else { fix };
        let evidence = if rule == "context" {
            format!("'{word}' is not in the Latvian dictionary; of the words one edit away by {kind} that this document prints, only '{to}' is printed beside the same neighbouring word")
        } else if rule == "document" {
            format!("'{word}' is not in the Latvian dictionary; '{to}', one edit away by {kind}, is printed elsewhere in this document")
        } else {
            format!("'{word}' is not in the Latvian dictionary; the only known word one edit away by {kind}")
        };
        Some(Change {
            from: word.to_string(),
            to,
            rule,
            evidence,
        })
    }

    /// The one known word a single edit away from `lower`, the kind of
    /// edit and the rule, or `None` when there is none or more than one:
    /// the words the document prints first, then the dictionary's.
    fn search(&self, lower: &str) -> Option<Found> {
        if !self.document.is_empty() {
            // Edits that keep the word's letters come first: a diacritic,
            // two neighbours swapped; then a letter dropped or added; then
            // one changed.
            let tiers = [
                ("a restored or removed diacritic", diacritic_edits(lower)),
                ("two neighbouring letters swapped", swaps(lower)),
                ("a missing or an extra letter", indels(lower)),
                ("one letter changed", substitutions(lower)),
            ];
            for (kind, candidates) in tiers {
                let printed: BTreeSet<String> = candidates
                    .into_iter()
                    .filter(|c| c != lower && self.document.contains(c))
                    .collect();
                match printed.len() {
                    0 => continue,
                    1 => {
                        return printed
                            .into_iter()
                            .next()
                            .map(|fix| (fix, kind, "document"))
                    }
                    _ => {
                        self.ambiguous
                            .borrow_mut()
                            .insert(lower.to_string(), (printed.into_iter().collect(), kind));
                        break;
                    }
                }
            }
        }
        let mut tiers: Vec<(&'static str, Vec<String>)> = vec![
            ("a restored or removed diacritic", diacritic_edits(lower)),
            (
                "a transposition, missing or extra letter",
                other_edits(lower),
            ),
        ];
        if self.ocr {
            tiers.push(("a letter OCR misread", substitutions(lower)));
        }
        for (kind, candidates) in tiers {
            let known: BTreeSet<String> = candidates
                .into_iter()
                .filter(|c| c != lower && self.lexicon.knows(c))
                .collect();
            match known.len() {
                0 => continue,
                1 => {
                    return known
                        .into_iter()
                        .next()
                        .map(|fix| (fix, kind, "dictionary"))
                }
                _ => return None,
            }
        }
        None
    }

    /// Of the several right forms the document prints for `lower`, the
    /// only one it prints beside the same word (before or after) as here.
    fn in_context(&self, lower: &str, context: (Option<&str>, Option<&str>)) -> Option<Found> {
        let (candidates, kind) = self.ambiguous.borrow().get(lower).cloned()?;
        let (before, after) = context;
        let beside = |c: &String| {
            before.is_some_and(|b| self.bigrams.contains(&(b.to_string(), c.clone())))
                || after.is_some_and(|a| self.bigrams.contains(&(c.clone(), a.to_string())))
        };
        let fitting: Vec<&String> = candidates.iter().filter(|c| beside(c)).collect();
        match fitting.as_slice() {
            [only] => Some(((*only).clone(), kind, "context")),
            _ => None,
        }
    }

    fn abbreviation(&self, word: &str) -> Option<Change> {
        if word.chars().count() < 3
            || self.abbreviations.contains(word)
            || self.abbreviations.is_empty()
            || self.document_codes.get(word).is_some_and(|n| *n >= 2)
            || self.lexicon.knows(word)
        {
            return None;
        }
        let near: Vec<&String> = self
            .abbreviations
            .iter()
            .filter(|a| one_swap_or_substitution(word, a))
            .collect();
        match near.as_slice() {
            [only] => Some(Change {
                from: word.to_string(),
                to: (*only).clone(),
                rule: "abbreviation",
                evidence: format!(
                    "'{word}' is not in the document's abbreviation list; '{only}' is, one letter swap or change away"
                ),
            }),
            _ => None,
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn diacritic_edits(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        for (base, marked) in DIACRITICS {
            let other = if c == base {
                *marked
            } else if c == marked {
                *base
            } else {
                continue;
            };
            let mut v = chars.clone();
            if let Some(slot) = v.get_mut(i) {
                *slot = other;
            }
            out.push(v.into_iter().collect());
        }
    }
    out
}

fn other_edits(word: &str) -> Vec<String> {
    let mut out = swaps(word);
    out.extend(indels(word));
    out
}

/// The word with two neighbouring letters swapped, at each place.
fn swaps(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len().saturating_sub(1) {
        let mut v = chars.clone();
        v.swap(i, i + 1);
        out.push(v.into_iter().collect());
    }
    out
}

/// The word with one letter dropped or one added, at each place.
fn indels(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let mut v = chars.clone();
        v.remove(i);
        out.push(v.into_iter().collect());
    }
    for i in 0..=chars.len() {
        for letter in ALPHABET.chars() {
            let mut v = chars.clone();
            v.insert(i, letter);
            out.push(v.into_iter().collect());
        }
    }
    out
}

fn substitutions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        for letter in ALPHABET.chars() {
            if chars.get(i) == Some(&letter) {
                continue;
            }
            let mut v = chars.clone();
            if let Some(slot) = v.get_mut(i) {
                *slot = letter;
            }
            out.push(v.into_iter().collect());
        }
    }
    out
}

fn one_swap_or_substitution(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a.get(i) != b.get(i)).collect();
    match diff.as_slice() {
        [_] => true,
        [i, j] => *j == i + 1 && a.get(*i) == b.get(*j) && a.get(*j) == b.get(*i),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections() {
        let lx = ["ceļojoša", "transports", "aizbildņus", "nacionālajos", "un"];
        let c = Corrector::new(
            &lx,
            ["GRT".to_string(), "NVO".to_string(), "NVA".to_string()],
        );
        for (text, want) in [
            ("ar GTR un", "ar GRT un"),
            (
                "(piemēram, celojoša fotoizstāde)",
                "(piemēram, ceļojoša fotoizstāde)",
            ),
            ("transprts, brīvā", "transports, brīvā"),
            ("potenciālos azibildņus", "potenciālos aizbildņus"),
            ("nacionalajos medijos", "nacionālajos medijos"),
            // A name inside a sentence, a number, a listed code, an unknown
            // code near two listed ones: untouched.
            (
                "sekretārs Aliks 2017 NVO NVD",
                "sekretārs Aliks 2017 NVO NVD",
            ),
        ] {
            assert_eq!(c.correct(text).0, want, "{text}");
        }
    }

    #[test]
    fn ocr_text_gets_substitutions_and_other_text_does_not() {
        let lx = ["izglītojošu", "kaza", "kasa"];
        let plain = Corrector::new(&lx, []);
        assert!(plain.correct("izgtītojošu").1.is_empty());
        let ocr = Corrector::new(&lx, []).for_ocr();
        assert_eq!(ocr.correct("izgtītojošu stāstu").0, "izglītojošu stāstu");
        // Two known words one substitution away: left alone.
        assert!(ocr.correct("kava").1.is_empty());
    }

    #[test]
    fn ambiguous_candidates_are_left_alone() {
        let lx = ["kaza", "kasa"];
        let c = Corrector::new(&lx, []);
        assert!(c.correct("kaa").1.is_empty());
        // "kaša"? Not known; "kasa" and "kaza" are both one edit from "kaxa"
        // only by substitution, which is not tried.
        assert!(c.correct("kaxa").1.is_empty());
    }

    /// Several right forms printed, one edit away each: the one printed
    /// beside the same word decides; none or both so printed, the word is
    /// left as printed.
    #[test]
    fn context_decides_between_printed_forms() {
        let lx = [
            "materiāli",
            "materiālu",
            "apmācību",
            "metodisko",
            "izstrāde",
            "un",
        ];
        let doc = [
            "apmācību",
            "materiāli",
            "un",
            "metodisko",
            "materiālu",
            "izstrāde",
        ];
        let c = Corrector::new(&lx, []).with_document_words(doc);
        let (fixed, changes) = c.correct("apmācību materiāl un");
        assert_eq!(fixed, "apmācību materiāli un");
        assert_eq!(changes.first().map(|ch| ch.rule), Some("context"));
        assert_eq!(c.correct("metodisko materiāl").0, "metodisko materiālu");
        assert_eq!(c.correct("jauni materiāl").0, "jauni materiāl");
    }

    /// A code one letter from a listed one is a typo only when nothing
    /// says it is meant: not when the lexicon knows it, not when the
    /// document prints it twice.
    #[test]
    fn a_code_known_or_printed_twice_is_meant() {
        let codes = || ["GRT".to_string(), "NVA".to_string()];
        let lx = ["un", "NVO"];
        let c = Corrector::new(&lx, codes());
        assert_eq!(c.correct("NVO un GTR").0, "NVO un GRT");
        let lx = ["un"];
        let c = Corrector::new(&lx, codes());
        assert_eq!(c.correct("NVO un GTR").0, "NVA un GRT");
        let c = Corrector::new(&lx, codes()).with_document_words(["NVO", "un", "NVO", "GTR"]);
        assert_eq!(c.correct("NVO un GTR").0, "NVO un GRT");
    }

    /// A typo whose dictionary candidates are several: the one the document
    /// prints elsewhere wins, edits that keep the letters first.
    #[test]
    fn the_right_form_printed_elsewhere_decides() {
        let lx = ["šautra", "satura", "saturs", "ministrijas", "ministrija"];
        let c = Corrector::new(&lx, []);
        // The dictionary alone: "šautra" (a diacritic) outranks "satura".
        assert_eq!(c.correct("sautra").0, "šautra");
        let c = Corrector::new(&lx, []).with_document_words(["satura", "saturs"]);
        let (fixed, changes) = c.correct("sautra");
        assert_eq!(fixed, "satura");
        assert_eq!(changes.first().map(|ch| ch.rule), Some("document"));
        // Both printed, and both one edit away: a swap keeps the letters.
        let c = Corrector::new(&lx, []).with_document_words(["ministrijas", "ministrija"]);
        assert_eq!(c.correct("ministrijsa").0, "ministrijas");
        // Words the lexicon does not know are no evidence.
        let c = Corrector::new(&lx, []).with_document_words(["sautrx"]);
        assert_eq!(c.correct("sautra").0, "šautra");
    }
}
