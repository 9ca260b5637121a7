//! Cells the source cut off: text that ends mid-phrase.

/// Words after which a Latvian phrase cannot end.
const OPEN_WORDS: &[&str] = &[
    "un", "vai", "ar", "par", "uz", "no", "pie", "kā", "arī", "lai", "kas", "tai", "kurā", "gan",
    "bet",
];

/// Why `text` looks cut off, or `None`.
pub fn reason(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.ends_with(',') || t.ends_with(';') {
        return Some("ends mid-phrase (trailing comma)");
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or_default();
    if OPEN_WORDS.contains(&last.to_lowercase().as_str()) {
        return Some("ends mid-phrase (trailing conjunction or preposition)");
    }
    if t.matches('(').count() > t.matches(')').count() {
        return Some("ends mid-phrase (unbalanced parenthesis)");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert!(reason("baneri, infografikas,").is_some());
        assert!(reason("adoptētājiem un").is_some());
        assert!(reason("(tai skaitā roll-up").is_some());
        assert!(reason("izglītība) sniedzēji").is_none());
    }
}
