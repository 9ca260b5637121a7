//! A record compared with a hand-curated golden record, field by field.
//!
//! The fields and the text rules are those of `shared/tools/plan_score.py`:
//! every golden field is one point (document fields, each abbreviation,
//! each direction's title/description/goals/audience, each measure's
//! direction/parent/title/responsible/financer/period/budget/partners, each
//! expected correction); measures are matched by id, directions by number;
//! text is compared after NFC, white-space folding, trimming and dropping
//! one trailing ':'. The fields added for other ministries' plans
//! (`result`, `funding_source`, `budget.by_year`, each `other` column) are
//! scored wherever the golden record has them; a record that is not a plan
//! reproduces no field.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};
use unicode_normalization::UnicodeNormalization;

/// One field whose output differs from the golden value.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// Field path (`measures[2.3].responsible`).
    pub path: String,
    /// The golden value.
    pub golden: Value,
    /// The output value (`null` when missing).
    pub output: Value,
}

/// The score of a record against a golden record.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Golden fields reproduced exactly / golden fields.
    pub recall: f64,
    /// Output fields that are right / output fields scored.
    pub precision: f64,
    /// Number of golden fields.
    pub fields: usize,
    /// Fields that differ.
    pub mismatches: Vec<Mismatch>,
    /// Output fields the golden record does not have.
    pub extra: Vec<String>,
}

impl Score {
    /// True when recall and precision are both 1.
    pub fn is_exact(&self) -> bool {
        self.mismatches.is_empty() && self.extra.is_empty()
    }
}

/// Scores `output` against `golden`.
pub fn score(output: &Value, golden: &Value) -> Score {
    let expected: Vec<(String, String)> = golden
        .get("expected_corrections")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|p| {
                    Some((
                        canon_str(p.get(0)?.as_str()?),
                        canon_str(p.get(1)?.as_str()?),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let optional = optional_keys(golden);
    let mut gold = flatten(golden, &optional);
    for (printed, corrected) in &expected {
        gold.insert(
            format!("corrections[{printed}->{corrected}]"),
            Value::Bool(true),
        );
    }
    let kind = output
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("action_plan");
    if kind != "action_plan" {
        // An error or other-kind record reproduces no field of a plan, not even its nulls.
        let mismatches = gold
            .iter()
            .map(|(path, gv)| Mismatch {
                path: path.clone(),
                golden: gv.clone(),
                output: Value::String("<not a plan>".into()),
            })
            .collect();
        return Score {
            recall: 0.0,
            precision: 0.0,
            fields: gold.len(),
            mismatches,
            extra: Vec::new(),
        };
    }
    let mut got = flatten(output, &optional);
    let have: Vec<(String, String)> = output
        .get("corrections")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|c| {
                    let s =
                        |k: &str| canon_str(c.get(k).and_then(Value::as_str).unwrap_or_default());
                    (s("from"), s("to"))
                })
                .collect()
        })
        .unwrap_or_default();
    for (printed, corrected) in &expected {
        let hit = have.iter().any(|(f, t)| {
            (f == printed && t == corrected)
                || (f.contains(printed.as_str())
                    && t.contains(corrected.as_str())
                    && f.replace(printed.as_str(), corrected) == *t)
        });
        got.insert(
            format!("corrections[{printed}->{corrected}]"),
            if hit { Value::Bool(true) } else { Value::Null },
        );
    }
    let mut right = 0usize;
    let mut mismatches = Vec::new();
    for (path, gv) in &gold {
        let ov = got.get(path).cloned().unwrap_or(Value::Null);
        if canon(&ov) == canon(gv) {
            right += 1;
        } else {
            mismatches.push(Mismatch {
                path: path.clone(),
                golden: gv.clone(),
                output: ov,
            });
        }
    }
    let extra: Vec<String> = got
        .iter()
        .filter(|(p, v)| !gold.contains_key(*p) && !p.starts_with("corrections[") && !is_empty(v))
        .map(|(p, _)| p.clone())
        .collect();
    let wrong_scored = mismatches.iter().filter(|m| !m.output.is_null()).count();
    let scored = right + wrong_scored + extra.len();
    Score {
        recall: if gold.is_empty() {
            1.0
        } else {
            right as f64 / gold.len() as f64
        },
        precision: if scored == 0 {
            0.0
        } else {
            right as f64 / scored as f64
        },
        fields: gold.len(),
        mismatches,
        extra,
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// The added fields the golden record has on any measure: `result`,
/// `funding_source`, `other`, `by_year`.
fn optional_keys(golden: &Value) -> BTreeSet<&'static str> {
    let mut keys = BTreeSet::new();
    for m in golden
        .get("measures")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for k in ["result", "funding_source", "other"] {
            if m.get(k).is_some() {
                keys.insert(k);
            }
        }
        if m.get("budget").and_then(|b| b.get("by_year")).is_some() {
            keys.insert("by_year");
        }
    }
    keys
}

fn flatten(rec: &Value, optional: &BTreeSet<&'static str>) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let get = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    for k in ["title", "annex_to", "overall_goal"] {
        out.insert(k.to_string(), get(rec, k));
    }
    let sig = get(rec, "signatory");
    out.insert("signatory.position".into(), get(&sig, "position"));
    out.insert("signatory.name".into(), get(&sig, "name"));
    for a in rec
        .get("abbreviations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.insert(
            format!("abbreviations[{}]", key(&get(a, "abbr"))),
            get(a, "expansion"),
        );
    }
    for d in rec
        .get("directions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let n = key(&get(d, "number"));
        for k in ["title", "description", "goals", "audience"] {
            out.insert(format!("directions[{n}].{k}"), get(d, k));
        }
    }
    for m in rec
        .get("measures")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let id = key(&get(m, "id"));
        let or_empty = |v: Value| if v.is_null() { json!([]) } else { v };
        let responsible: Vec<Value> = get(m, "responsible")
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| json!({"institution": get(r, "institution"), "procurement": get(r, "procurement"), "note": get(r, "note")}))
            .collect();
        let period = match get(m, "period") {
            Value::Object(p) if !p.is_empty() => json!({"from": p.get("from"), "to": p.get("to")}),
            _ => Value::Null,
        };
        let budget = match get(m, "budget") {
            Value::Object(b) if !b.is_empty() => {
                let mut out = json!({"eur": b.get("eur"), "note": b.get("note")});
                if optional.contains("by_year") {
                    out["by_year"] = match b.get("by_year") {
                        Some(Value::Null) | None => json!({}),
                        Some(v) => v.clone(),
                    };
                }
                out
            }
            _ => Value::Null,
        };
        let fields = [
            ("direction", get(m, "direction")),
            ("parent", get(m, "parent")),
            ("title", get(m, "title")),
            ("responsible", Value::Array(responsible)),
            ("financer", or_empty(get(m, "financer"))),
            ("period", period),
            ("budget", budget),
            ("partners", or_empty(get(m, "partners"))),
        ];
        for (k, v) in fields {
            out.insert(format!("measures[{id}].{k}"), v);
        }
        for k in ["result", "funding_source"] {
            if optional.contains(k) {
                out.insert(format!("measures[{id}].{k}"), get(m, k));
            }
        }
        if optional.contains("other") {
            for (header, text) in m
                .get("other")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                out.insert(
                    format!("measures[{id}].other[{}]", canon_str(header)),
                    text.clone(),
                );
            }
        }
    }
    out
}

fn key(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn canon_str(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let folded = nfc.split_whitespace().collect::<Vec<_>>().join(" ");
    match folded.strip_suffix(':') {
        Some(rest) => rest.trim_end().to_string(),
        None => folded,
    }
}

fn canon(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(canon_str(s)),
        Value::Array(a) => Value::Array(a.iter().map(canon).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), canon(x)))
                .collect::<Map<_, _>>(),
        ),
        Value::Number(n) => n.as_f64().map_or(Value::Number(n.clone()), |f| json!(f)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_by_value_and_text_by_rules() {
        let g = json!({"measures": [{"id": "1.1", "title": "A  b:", "budget": {"eur": 4000, "note": null}}]});
        let o = json!({"measures": [{"id": "1.1", "title": "A b", "budget": {"eur": 4000.0, "note": null, "text": "4 000"}}]});
        let s = score(&o, &g);
        assert!(s.is_exact(), "{:?}", s.mismatches);
    }

    #[test]
    fn expected_corrections_count() {
        let g = json!({"expected_corrections": [["GTR", "GRT"]]});
        let found = json!({"corrections": [{"from": "GTR", "to": "GRT"}]});
        assert!(score(&found, &g).is_exact());
        assert!(!score(&json!({}), &g).is_exact());
    }

    #[test]
    fn added_fields_are_scored_where_the_golden_has_them() {
        let g = json!({"measures": [{"id": "1", "result": "Noorganizēti 5 semināri",
            "funding_source": null, "other": {"Piezīmes": "Katru gadu"},
            "budget": {"eur": 300, "note": null, "by_year": {"2024": 100, "2025": 200}}}]});
        let right = json!({"measures": [{"id": "1", "result": "Noorganizēti 5 semināri",
            "other": {"Piezīmes": "Katru gadu"},
            "budget": {"eur": 300.0, "note": null, "text": "100; 200", "by_year": {"2024": 100, "2025": 200}}}]});
        assert!(
            score(&right, &g).is_exact(),
            "{:?}",
            score(&right, &g).mismatches
        );
        let wrong = json!({"measures": [{"id": "1", "result": null,
            "budget": {"eur": 300, "note": null}}]});
        let paths: Vec<String> = score(&wrong, &g)
            .mismatches
            .into_iter()
            .map(|m| m.path)
            .collect();
        assert_eq!(
            paths,
            [
                "measures[1].budget",
                "measures[1].other[Piezīmes]",
                "measures[1].result"
            ]
        );
        // A golden record without the added fields does not score them.
        let plain = json!({"measures": [{"id": "1", "budget": {"eur": 300, "note": null}}]});
        assert!(score(&right, &plain).is_exact());
    }

    #[test]
    fn a_record_that_is_no_plan_reproduces_nothing() {
        let g = json!({"title": null, "measures": []});
        let s = score(&json!({"kind": "error", "title": null}), &g);
        assert_eq!((s.recall, s.precision), (0.0, 0.0));
        assert_eq!(s.mismatches.len(), s.fields);
    }
}
