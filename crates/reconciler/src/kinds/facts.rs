//! Facts common to several kinds: dates, amounts with currency,
//! organisations in quotes.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Value};

pub fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("pattern literal compiles"))
}

/// `12.08.2016` → `2016-08-12`.
pub fn iso_from_dotted(d: &str) -> Option<String> {
    let mut parts = d.trim_end_matches('.').split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let (day, month, year): (u32, u32, u32) =
        (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2100).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

const MONTHS: &[&str] = &[
    "janvār", "februār", "mart", "aprīl", "maij", "jūnij", "jūlij", "august", "septembr", "oktobr",
    "novembr", "decembr",
];

/// `26 Jūnijs 2013` / `2013. gada 26. jūnijā` → `2013-06-26`.
pub fn latvian_date(text: &str) -> Option<(String, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(&RE, r"(?i)\b(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})\b");
    for c in r.captures_iter(text) {
        let month_word = c.get(2)?.as_str().to_lowercase();
        let Some(month) = MONTHS.iter().position(|m| month_word.starts_with(m)) else {
            continue;
        };
        let day: u32 = c.get(1)?.as_str().parse().ok()?;
        let year: u32 = c.get(3)?.as_str().parse().ok()?;
        if (1..=31).contains(&day) {
            return Some((
                format!("{year:04}-{:02}-{day:02}", month + 1),
                c.get(0)?.end(),
            ));
        }
    }
    None
}

/// Amounts followed by a currency: `6995,00 EUR`, `4 916.11 LVL`,
/// `24859.09LVL`.
pub fn amounts(text: &str) -> Vec<Value> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &RE,
        r"(\d{1,3}(?:[ \u{a0}]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s?(EUR|LVL|€|eiro|lati)\b",
    );
    r.captures_iter(text)
        .filter_map(|c| {
            let whole: String = c
                .get(1)?
                .as_str()
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            let cents = c.get(2).map_or("0", |m| m.as_str());
            let amount: f64 = format!("{whole}.{cents}").parse().ok()?;
            let currency = match c.get(3)?.as_str() {
                "€" | "eiro" => "EUR",
                "lati" => "LVL",
                other => other,
            };
            Some(json!({"amount": amount, "currency": currency, "text": c.get(0)?.as_str()}))
        })
        .collect()
}

/// Official conversion rate: lats per euro.
pub const LVL_PER_EUR: f64 = 0.702804;

/// Names in Latvian quotes after a legal form: `biedrība „X”`, nested
/// quotes kept (`„Centrs „AD OPUS””`).
pub fn organisations(text: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &RE,
        r#"(?i)\b(biedrība|nodibinājums|fonds|SIA|asociācija|pašvaldība)\s*[„"“]"#,
    );
    let mut out = Vec::new();
    for m in r.find_iter(text) {
        let rest = text.get(m.end()..).unwrap_or_default();
        let mut depth = 1;
        let mut end = None;
        for (i, c) in rest.char_indices() {
            match c {
                '„' => depth += 1,
                '”' | '"' | '“' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(i);
                        break;
                    }
                }
                _ => {}
            }
            if i > 300 {
                break;
            }
        }
        if let Some(e) = end {
            let name = rest.get(..e).unwrap_or_default().trim().to_string();
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_amounts() {
        assert_eq!(iso_from_dotted("12.08.2016."), Some("2016-08-12".into()));
        assert_eq!(
            latvian_date("Visi jaunumi\n26 Jūnijs 2013\n").map(|d| d.0),
            Some("2013-06-26".into())
        );
        let a = amounts("finansējums: 6995,00 EUR / 4 916.11 LVL; summa 24859.09LVL");
        assert_eq!(a.len(), 3);
        assert_eq!(a[1]["amount"], 4916.11);
        assert_eq!(a[2]["currency"], "LVL");
    }

    #[test]
    fn nested_quotes() {
        let o =
            organisations("biedrība „Centrs „AD OPUS””, biedrība „Sadarbības tilts” piedalījās");
        assert_eq!(o, vec!["Centrs „AD OPUS”", "Sadarbības tilts"]);
    }
}
