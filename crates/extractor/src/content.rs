//! What a cell's text is made of, by content alone: an amount, a period,
//! codes. The words of each kind are the layout profile's (`[content]`);
//! the codes a document defines come from its own abbreviation list.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::labels::re;
use crate::lines::is_code;
use crate::profile::{ContentWords, Profile};

/// The codes a document defines ("LM - Labklājības ministrija"), each with
/// its expansion.
#[derive(Debug, Default, Clone)]
pub(crate) struct Codes {
    expansions: HashMap<String, String>,
}

impl Codes {
    /// The codes of every line that reads `CODE - expansion` (the profile's
    /// dashes), items of one line parted by `,` or `;`.
    pub(crate) fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Codes {
        let dashes = &Profile::shipped().document.abbreviation_dashes;
        let mut expansions = HashMap::new();
        for line in lines {
            for item in line.split([',', ';']) {
                for d in dashes {
                    if let Some((code, expansion)) = item.split_once(d.as_str()) {
                        let code = code.trim();
                        let code = code.rsplit(':').next().unwrap_or(code).trim();
                        if !code.is_empty() && code.split_whitespace().count() <= 3 {
                            expansions.insert(code.to_string(), expansion.trim().to_string());
                        }
                        break;
                    }
                }
            }
        }
        Codes { expansions }
    }

    /// True when `word` is a code: one the document defines, or shaped as
    /// one (`LM`, `CI1`, `IeM`).
    pub(crate) fn is_code(&self, word: &str) -> bool {
        let w = word.trim_matches(|c: char| ",;:.()".contains(c));
        !w.is_empty() && (self.expansions.contains_key(w) || is_code(w))
    }

    /// True when the document defines `code` (a code of several words:
    /// "IeM IC").
    pub(crate) fn defines(&self, code: &str) -> bool {
        self.expansions.contains_key(code)
    }

    /// The expansion the document gives `code`.
    pub(crate) fn expansion(&self, code: &str) -> Option<&str> {
        self.expansions.get(code).map(String::as_str)
    }
}

fn words() -> &'static ContentWords {
    &Profile::shipped().content
}

/// An amount of money as a cell prints it: `11 700`, `2100000`,
/// `76 955,50`, an optional `EUR`.
pub(crate) fn is_amount(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = text
        .trim()
        .trim_end_matches("EUR")
        .trim_end_matches("euro")
        .trim();
    re(&RE, r"^(?:\d{1,3}(?:[ \u{a0}]\d{3})+|\d+)(?:[.,]\d{1,2})?$").is_match(t)
}

/// A period or deadline: years, days and quarters with the profile's
/// period words ("2026. gada II ceturksnis", "2025–2027", "Katru gadu").
pub(crate) fn is_period(text: &str) -> bool {
    let w = words();
    let mut year = false;
    let mut alone = false;
    let mut any = false;
    for token in text.split(|c: char| c.is_whitespace() || "-–—;,/".contains(c)) {
        let t = token.trim_matches(|c: char| ".:()".contains(c));
        if t.is_empty() {
            continue;
        }
        any = true;
        if t.len() == 4
            && (t.starts_with("19") || t.starts_with("20"))
            && t.chars().all(|c| c.is_ascii_digit())
        {
            year = true;
            continue;
        }
        if t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if matches!(t, "I" | "II" | "III" | "IV") {
            continue;
        }
        if ContentWords::has(&w.period_alone, t) {
            alone = true;
            continue;
        }
        if !ContentWords::has(&w.period, t) {
            return false;
        }
    }
    any && (year || alone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_periods() {
        for t in ["11 700", "2100000", "76 955,50", "1 600 EUR"] {
            assert!(is_amount(t), "{t}");
        }
        assert!(!is_amount("2026. gada"));
        for t in [
            "2026. gada II ceturksnis",
            "2025–2027",
            "2026; 2027",
            "Katru gadu",
            "Pastāvīgi",
            "2026. gada 10. janvāris",
            "2025.–2026. gads",
        ] {
            assert!(is_period(t), "{t}");
        }
        assert!(!is_period("TM (CI)"));
        assert!(!is_period("Semināru cikla izveide 2025"));
    }

    #[test]
    fn codes_come_from_the_abbreviation_list() {
        let codes = Codes::from_lines([
            "IeM IC - Iekšlietu ministrijas Informācijas centrs,",
            "EFI - esošā finansējuma ietvaros.",
        ]);
        assert!(codes.defines("IeM IC"));
        assert_eq!(codes.expansion("EFI"), Some("esošā finansējuma ietvaros."));
        assert!(codes.is_code("LM,"));
        assert!(!codes.is_code("valsts"));
    }
}
