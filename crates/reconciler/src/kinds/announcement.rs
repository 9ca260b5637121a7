//! An announcement that a plan was approved: "Apstiprināts …", "… ir
//! apstiprinājusi …", "Publicēts 12.08.2016.".

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Map};

use planx_record::Warning;

use super::facts::{iso_from_dotted, re};

/// The facts of an announcement, or `None` when the text is not one.
pub fn read(text: &str) -> super::Found {
    static PUBLISHED: OnceLock<Regex> = OnceLock::new();
    static APPROVED_BY: OnceLock<Regex> = OnceLock::new();
    static HEADLINE: OnceLock<Regex> = OnceLock::new();
    let published = re(&PUBLISHED, r"(?i)publicēts:?\s*(\d{1,2}\.\d{1,2}\.\d{4})")
        .captures(text)
        .and_then(|c| iso_from_dotted(c.get(1)?.as_str()));
    let approved_by = re(
        &APPROVED_BY,
        r"(\p{Lu}\p{L}+(?:\s\p{Ll}+){0,3})\s*(?:\((\p{Lu}+)\))?\s+ir\s+apstiprināj",
    )
    .captures(text);
    let headline = re(&HEADLINE, r"(?m)^\s*Apstiprinā(?:ts|ta|ti|tas)\s+(.+?)\s*$").captures(text);
    if headline.is_none() && approved_by.is_none() {
        return None;
    }
    let mut facts = Map::new();
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    facts.insert("title".into(), json!(title));
    facts.insert("published".into(), json!(published));
    facts.insert(
        "approved".into(),
        json!(headline
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())),
    );
    facts.insert(
        "approved_by".into(),
        json!(approved_by
            .as_ref()
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())),
    );
    facts.insert(
        "approved_by_abbr".into(),
        json!(approved_by
            .as_ref()
            .and_then(|c| c.get(2))
            .map(|m| m.as_str().to_string())),
    );
    facts.insert("target_groups".into(), json!(target_groups(text)));
    let mut warnings = Vec::new();
    if published.is_none() {
        warnings.push(Warning {
            kind: planx_record::WarningKind::Missing,
            path: "facts.published".into(),
            message: "no publication date found".into(),
            provenance: None,
        });
    }
    Some((facts, warnings))
}

/// The bullet list after a line that names the target groups
/// ("mērķa grupas:").
fn target_groups(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_list = false;
    for line in text.lines() {
        let t = line.trim();
        if t.to_lowercase().contains("mērķa grupas:") {
            in_list = true;
            out.clear();
            continue;
        }
        if in_list {
            if let Some(item) = t.strip_prefix(['•', '-', '*', '–']) {
                out.push(
                    item.trim()
                        .trim_end_matches([',', ';', '.'])
                        .trim()
                        .to_string(),
                );
            } else if !t.is_empty() {
                in_list = false;
            }
        }
    }
    out
}
