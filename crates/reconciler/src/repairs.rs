//! OCR repairs made before the table was read (`Extraction::repairs`)
//! placed in the record's corrections under the path of the field that
//! now holds the repaired text.

use planx_record::{Correction, Lexicon, PlanRecord, Provenance, Warning};
use serde_json::Value;

/// Appends the repairs to the corrections, each with the first field (in
/// document order, on the repair's page where the field has one) whose
/// text holds the repaired token; a measure number gets its `id` field.
pub fn place(plan: &mut PlanRecord, repairs: &[Correction]) {
    if repairs.is_empty() {
        return;
    }
    let Ok(value) = serde_json::to_value(&*plan) else {
        plan.corrections.extend(repairs.iter().cloned());
        return;
    };
    let mut leaves = Vec::new();
    for key in [
        "title",
        "annex_to",
        "overall_goal",
        "abbreviations",
        "directions",
        "measures",
        "signatory",
    ] {
        if let Some(v) = value.get(key) {
            walk(v, key.to_string(), None, &mut leaves);
        }
    }
    for r in repairs {
        let page = r.provenance.as_ref().and_then(|p| p.page);
        let id = r
            .to
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .trim_end_matches('.');
        let holds = |(path, text, on): &(String, String, Option<u64>)| {
            let same_page = on.is_none() || page.is_none() || *on == page.map(u64::from);
            let token = text
                .split(|c: char| c.is_whitespace() || "(),;".contains(c))
                .any(|t| t == r.to);
            same_page && (token || (path.ends_with(".id") && text == id))
        };
        let mut c = r.clone();
        if let Some((path, _, _)) = leaves.iter().find(|l| holds(l)) {
            c.path.clone_from(path);
        }
        plan.corrections.push(c);
    }
}

/// Most low-confidence warnings per document.
const MAX_DOUBTFUL: usize = 100;

/// A warning for each word OCR read with a low confidence that is still
/// in the record and that the dictionary does not know.
pub fn doubtful(plan: &mut PlanRecord, words: &[(u32, String)], lexicon: &dyn Lexicon) {
    if words.is_empty() {
        return;
    }
    let Ok(value) = serde_json::to_value(&*plan) else {
        return;
    };
    let mut leaves = Vec::new();
    for key in ["title", "overall_goal", "abbreviations", "directions", "measures", "signatory"] {
        if let Some(v) = value.get(key) {
            walk(v, key.to_string(), None, &mut leaves);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (page, word) in words {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.chars().count() < 2 || lexicon.knows(bare) || lexicon.knows(&bare.to_lowercase()) {
            continue;
        }
        let Some((path, _, _)) = leaves.iter().find(|(_, text, on)| {
            (on.is_none() || *on == Some(u64::from(*page)))
                && text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|t| t == bare)
        }) else {
            continue;
        };
        if !seen.insert((path.clone(), bare.to_string())) || seen.len() > MAX_DOUBTFUL {
            continue;
        }
        plan.warnings.push(Warning {
            path: path.clone(),
            message: format!(
                "OCR read '{bare}' with low confidence and the dictionary does not know it: check it against the page"
            ),
            provenance: Some(Provenance {
                page: Some(*page),
                lines: None,
                bbox: None,
            }),
        });
    }
}

/// String leaves with their paths and the page of the measure or direction
/// they belong to.
fn walk(v: &Value, path: String, page: Option<u64>, out: &mut Vec<(String, String, Option<u64>)>) {
    match v {
        Value::String(s) => out.push((path, s.clone(), page)),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, format!("{path}[{i}]"), page, out);
            }
        }
        Value::Object(o) => {
            let page = o
                .get("provenance")
                .and_then(|p| p.get("page"))
                .and_then(Value::as_u64)
                .or(page);
            for (k, x) in o {
                if k != "provenance" {
                    walk(x, format!("{path}.{k}"), page, out);
                }
            }
        }
        _ => {}
    }
}
