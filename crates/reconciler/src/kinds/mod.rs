//! Documents that sit beside plans in archives: announcements of a plan's
//! approval, project cards of grant programmes, news items. Each is
//! recognised by what its text says (labels, dates, amounts), not by its
//! file name, and gets the facts its kind carries.

mod announcement;
mod facts;
mod news;
mod project_card;

use serde_json::{Map, Value};

use planx_record::Warning;

/// What a kind's reader finds: the facts and the warnings.
type Found = Option<(Map<String, Value>, Vec<Warning>)>;

/// A kind's name and its reader.
type Reader = (&'static str, fn(&str) -> Found);

/// The kind of a text that is not a plan, its facts and its warnings.
pub fn classify(text: &str) -> (String, Map<String, Value>, Vec<Warning>) {
    let candidates: [Reader; 3] = [
        ("project_card", project_card::read),
        ("announcement", announcement::read),
        ("news", news::read),
    ];
    for (kind, read) in candidates {
        if let Some((facts, warnings)) = read(text) {
            return (kind.to_string(), facts, warnings);
        }
    }
    let mut facts = Map::new();
    let first: String = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect();
    facts.insert(
        "looked_like".into(),
        Value::String(looked_like(text).into()),
    );
    facts.insert("first_line".into(), Value::String(first));
    (
        "unknown".to_string(),
        facts,
        vec![Warning {
            kind: planx_record::WarningKind::NotRecognised,
            path: "document".to_string(),
            message: "not an action plan, announcement, project card or news item".to_string(),
            provenance: None,
        }],
    )
}

fn looked_like(text: &str) -> &'static str {
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    if text.contains('\t') {
        "a table without plan rows"
    } else if lines <= 3 {
        "a short text"
    } else {
        "running text"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_text_says_what_it_looked_like() {
        let (kind, facts, _) = classify("Sveiki!\nŠī ir vēstule.");
        assert_eq!(kind, "unknown");
        assert_eq!(facts["looked_like"], "a short text");
    }
}
