//! A project card of a grant programme: title, programme and year, funding
//! with currency, executor. Page furniture may be in another language
//! (Russian on some sites) and words may mix scripts (a Latin `P` among
//! Cyrillic letters), which is repaired and reported.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Map, Value};

use planx_record::Warning;

use super::facts::{amounts, re, LVL_PER_EUR};

const PROGRAMME_LABELS: &str = r"(?im)^\s*(?:Программа|Programma|Programme)\s*:\s*(.+?)\s*$";
const EXECUTOR_LABELS: &str = r"(?im)^\s*(?:Исполнитель проекта|Projekta īstenotājs|Projekta izpildītājs|Izpildītājs)\s*:\s*(.+?)\s*$";
const FUNDING_LABELS: &str =
    r"(?im)^\s*(?:предоставил финансирование|piešķirtais finansējums|finansējums)\s*:\s*(.+?)\s*$";

/// The facts of a project card, or `None` when the text is not one.
pub fn read(text: &str) -> super::Found {
    static PROGRAMME: OnceLock<Regex> = OnceLock::new();
    static EXECUTOR: OnceLock<Regex> = OnceLock::new();
    static FUNDING: OnceLock<Regex> = OnceLock::new();
    static YEAR: OnceLock<Regex> = OnceLock::new();
    let programme = re(&PROGRAMME, PROGRAMME_LABELS)
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str());
    let executor = re(&EXECUTOR, EXECUTOR_LABELS)
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str());
    let funding_line = re(&FUNDING, FUNDING_LABELS)
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str());
    if programme.is_none() || (executor.is_none() && funding_line.is_none()) {
        return None;
    }
    let mut facts = Map::new();
    let mut warnings = Vec::new();
    facts.insert("title".into(), json!(title(text)));
    if let Some(p) = programme {
        let year = re(&YEAR, r"\b(19|20)\d\d\b")
            .find(p)
            .and_then(|m| m.as_str().parse::<u32>().ok());
        let name = p
            .split(['"', '“', '”', '„'])
            .map(str::trim)
            .find(|s| !s.is_empty() && !s.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()))
            .unwrap_or(p);
        facts.insert("programme".into(), json!(name));
        facts.insert("programme_year".into(), json!(year));
    }
    let funding = funding_line.map(amounts).unwrap_or_default();
    let eur = funding
        .iter()
        .find(|a| a["currency"] == "EUR")
        .and_then(|a| a["amount"].as_f64());
    let lvl = funding
        .iter()
        .find(|a| a["currency"] == "LVL")
        .and_then(|a| a["amount"].as_f64());
    if let (Some(e), Some(l)) = (eur, lvl) {
        let expected = (e * LVL_PER_EUR * 100.0).round() / 100.0;
        let consistent = (expected - l).abs() <= 0.011;
        facts.insert("funding_conversion_checked".into(), json!(consistent));
        if !consistent {
            warnings.push(Warning {
                kind: planx_record::WarningKind::Doubtful,
                path: "facts.funding".into(),
                message: format!(
                    "{e} EUR is {expected} LVL at the official rate {LVL_PER_EUR}, the card says {l} LVL"
                ),
                provenance: None,
            });
        }
    }
    facts.insert("funding".into(), Value::Array(funding));
    facts.insert("executor".into(), json!(executor));
    let (mixed, furniture) = scripts(text);
    if !mixed.is_empty() {
        warnings.push(Warning {
            kind: planx_record::WarningKind::Repaired,
            path: "facts.mixed_script_words".into(),
            message: format!(
                "{} word(s) mix Latin and Cyrillic letters; repaired to one script",
                mixed.len()
            ),
            provenance: None,
        });
    }
    facts.insert("mixed_script_words".into(), json!(mixed));
    facts.insert("furniture_languages".into(), json!(furniture));
    Some((facts, warnings))
}

/// The card's heading: the line the breadcrumb's last (shortened) item
/// starts, else the first line of several words without labels.
fn title(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let crumb = lines
        .first()
        .and_then(|l| l.rsplit('>').next())
        .map(|c| c.trim().trim_end_matches("[..]"));
    if let Some(prefix) = crumb.filter(|c| c.chars().count() >= 10) {
        if let Some(l) = lines.iter().skip(1).find(|l| l.starts_with(prefix)) {
            return Some((*l).to_string());
        }
    }
    lines
        .iter()
        .find(|l| {
            l.split_whitespace().count() >= 3
                && !l.contains(':')
                && !l.contains('>')
                && !has_cyrillic(l)
        })
        .map(|l| (*l).to_string())
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Latin letters that look like Cyrillic ones.
const CONFUSABLES: &[(char, char)] = &[
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
];

/// Mixed-script words repaired to Cyrillic (`{from, to}`), and the
/// languages of the page furniture (`ru` for Cyrillic lines).
fn scripts(text: &str) -> (Vec<Value>, Vec<&'static str>) {
    let mut mixed = Vec::new();
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let cyr = word
            .chars()
            .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
            .count();
        let lat = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
        if cyr > 0 && lat > 0 && cyr > lat {
            let fixed: String = word
                .chars()
                .map(|c| {
                    CONFUSABLES
                        .iter()
                        .find(|(l, _)| *l == c)
                        .map_or(c, |(_, k)| *k)
                })
                .collect();
            mixed.push(json!({"from": word, "to": fixed}));
        }
    }
    let furniture = if text.lines().any(has_cyrillic) {
        vec!["ru"]
    } else {
        Vec::new()
    };
    (mixed, furniture)
}
