//! OCR repairs made before the table was read (`Extraction::repairs`)
//! placed in the record's corrections under the path of the field that
//! now holds the repaired text.

use planx_record::{Correction, Lexicon, PlanRecord, Provenance, Warning};
use serde_json::Value;

/// Appends the repairs to the corrections, each with the path of a field
/// whose text holds the repaired token (a measure or direction number:
/// its `id` or `number`). Fields of the repair's page whose box meets the
/// repair's line come first, then fields without a box (title, lists),
/// in document order; a repair no field holds (page furniture) keeps its
/// page as path.
pub fn place(plan: &mut PlanRecord, repairs: &[Correction]) {
    if repairs.is_empty() {
        return;
    }
    let leaves = leaves_of(plan);
    for r in repairs {
        let page = r.provenance.as_ref().and_then(|p| p.page);
        let bbox = r.provenance.as_ref().and_then(|p| p.bbox);
        let number =
            r.to.trim_start_matches(|c: char| !c.is_ascii_digit())
                .trim_end_matches('.');
        let holds = |l: &Leaf| {
            let token = l
                .text
                .split(|c: char| c.is_whitespace() || "(),;".contains(c))
                .any(|t| t == r.to);
            let numbered = l.path.ends_with(".id") || l.path.ends_with(".number");
            token || (numbered && !number.is_empty() && l.text == number)
        };
        let meets = |l: &Leaf| match (l.place, page, bbox) {
            (Some((p, b)), Some(rp), Some(rb)) => {
                p == rp && b[1] <= rb[3] + 1.0 && rb[1] <= b[3] + 1.0
            }
            _ => false,
        };
        let found = leaves
            .iter()
            .find(|l| holds(l) && meets(l))
            .or_else(|| leaves.iter().find(|l| holds(l) && l.place.is_none()));
        let mut c = r.clone();
        if let Some(l) = found {
            c.path.clone_from(&l.path);
        }
        plan.corrections.push(c);
    }
}

/// A text or number field of the record, and the page and box of the
/// measure or direction it belongs to.
struct Leaf {
    path: String,
    text: String,
    place: Option<(u32, [f64; 4])>,
}

fn leaves_of(plan: &PlanRecord) -> Vec<Leaf> {
    let mut out = Vec::new();
    let Ok(value) = serde_json::to_value(plan) else {
        return out;
    };
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
            walk(v, key.to_string(), None, &mut out);
        }
    }
    out
}

/// Most low-confidence warnings per document.
const MAX_DOUBTFUL: usize = 100;

/// A warning for each word OCR read with a low confidence that is still
/// in the record and that the dictionary does not know.
pub fn doubtful(plan: &mut PlanRecord, words: &[(u32, String)], lexicon: &dyn Lexicon) {
    if words.is_empty() {
        return;
    }
    let leaves = leaves_of(plan);
    let mut seen = std::collections::BTreeSet::new();
    let codes: std::collections::BTreeSet<&str> =
        plan.abbreviations.iter().map(|a| a.abbr.as_str()).collect();
    for (page, word) in words {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        // Codes and numbers are checked by their own rules.
        if bare.chars().count() < 2
            || codes.contains(bare)
            || !bare.chars().any(char::is_lowercase)
            || lexicon.knows(bare)
            || lexicon.knows(&bare.to_lowercase())
        {
            continue;
        }
        let Some(Leaf { path, .. }) = leaves.iter().find(|l| {
            l.place.is_none_or(|(p, _)| p == *page)
                && l.text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|t| t == bare)
        }) else {
            continue;
        };
        if !seen.insert((path.clone(), bare.to_string())) || seen.len() > MAX_DOUBTFUL {
            continue;
        }
        plan.warnings.push(Warning {
            kind: planx_record::WarningKind::Doubtful,
            path: path.clone(),
            message: format!(
                "OCR read '{bare}' with low confidence and the dictionary does not know it: check it against the page"
            ),
            provenance: Some(Provenance {
                page: Some(*page),
                ..Provenance::default()
            }),
        });
    }
}

/// Text and number leaves with their paths and the page and box of the
/// object with a provenance they belong to.
fn walk(v: &Value, path: String, place: Option<(u32, [f64; 4])>, out: &mut Vec<Leaf>) {
    match v {
        Value::String(s) => out.push(Leaf {
            path,
            text: s.clone(),
            place,
        }),
        Value::Number(n) => out.push(Leaf {
            path,
            text: n.to_string(),
            place,
        }),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, format!("{path}[{i}]"), place, out);
            }
        }
        Value::Object(o) => {
            let own = o.get("provenance").and_then(|p| {
                let page = u32::try_from(p.get("page")?.as_u64()?).ok()?;
                let b: Vec<f64> = p
                    .get("bbox")?
                    .as_array()?
                    .iter()
                    .filter_map(Value::as_f64)
                    .collect();
                let bbox = <[f64; 4]>::try_from(b).ok()?;
                Some((page, bbox))
            });
            let place = own.or(place);
            for (k, x) in o {
                if k != "provenance" {
                    walk(x, format!("{path}.{k}"), place, out);
                }
            }
        }
        _ => {}
    }
}
