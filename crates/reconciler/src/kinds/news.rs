//! A news item about a project: date, title, project period, total amount,
//! co-financing share, project number, organisations named.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Map};

use super::facts::{amounts, iso_from_dotted, latvian_date, organisations, re};

/// The facts of a news item, or `None` when the text is not one.
pub fn read(text: &str) -> super::Found {
    static PERIOD: OnceLock<Regex> = OnceLock::new();
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    static SHARE: OnceLock<Regex> = OnceLock::new();
    static TOTAL: OnceLock<Regex> = OnceLock::new();
    let head: String = text.chars().take(400).collect();
    let (date, date_end) = latvian_date(&head)?;
    let title = head
        .get(date_end..)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    let period = re(
        &PERIOD,
        r"(\d{2}\.\d{2}\.\d{4})\.?\s*[-–—]\s*(\d{2}\.\d{2}\.\d{4})",
    )
    .captures(text)
    .map(|c| {
        json!({
            "from": c.get(1).and_then(|m| iso_from_dotted(m.as_str())),
            "to": c.get(2).and_then(|m| iso_from_dotted(m.as_str())),
        })
    });
    let number = re(&NUMBER, r"Nr\.\s*(\d?[A-Z]{1,4}[\w.]*(?:/[\w.]+){2,})")
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim_end_matches('.').to_string());
    let share = re(
        &SHARE,
        r"(\d{1,3}(?:[.,]\d{1,2})?)\s?%\s+no\s+projekta\s+finansē\s+(.+?)(?:\.|$)",
    )
    .captures(text)
    .map(|c| {
        json!({
            "percent": c.get(1).and_then(|m| m.as_str().replace(',', ".").parse::<f64>().ok()),
            "by": c.get(2).map(|m| m.as_str().trim()),
        })
    });
    let total = re(&TOTAL, r"(?i)kopējo\s+summu\s+([^\n]{0,40})")
        .captures(text)
        .and_then(|c| amounts(c.get(1)?.as_str()).into_iter().next());
    if period.is_none() && number.is_none() && total.is_none() {
        return None;
    }
    let mut facts = Map::new();
    facts.insert("date".into(), json!(date));
    facts.insert("title".into(), json!(title));
    facts.insert("project_period".into(), json!(period));
    facts.insert("total".into(), json!(total));
    facts.insert("co_financing".into(), json!(share));
    facts.insert("project_number".into(), json!(number));
    facts.insert("organisations".into(), json!(organisations(text)));
    Some((facts, Vec::new()))
}
