//! Two versions of a plan in, what changed out.
//!
//! Measures are matched by content, not by id alone: a measure keeps its
//! partner of the same id when their titles share enough words; the others
//! are paired by title similarity, best pair first, and are reported as
//! renumbered. Fields are compared after the contract's text rules; periods
//! by years, budgets by amount and note. A column that only one version
//! fills (the draft's budget, the approved plan's financer) is reported once
//! under `columns`, not as a change of every measure.

mod html;
mod markdown;
mod model;
pub(crate) mod words;

use std::collections::{BTreeMap, BTreeSet};

use planx_record::{Measure, PlanRecord};
use serde_json::{json, Value};

pub use html::html;
pub use markdown::markdown;
pub use model::*;
pub use words::Op;

use crate::text::{canon, title_similarity};

/// Least title similarity for two measures of the same id to be one measure.
const SAME_ID_MIN: f64 = 0.2;
/// Least title similarity for two measures of different ids to be one
/// measure renumbered.
const RENUMBER_MIN: f64 = 0.6;

/// What changed from `old` to `new`.
pub fn diff(old: &PlanRecord, new: &PlanRecord) -> PlanDiff {
    let columns = columns(old, new);
    let skip: BTreeSet<String> = columns
        .appeared
        .iter()
        .chain(&columns.disappeared)
        .cloned()
        .collect();
    let pairs = match_measures(&old.measures, &new.measures);
    let mut measures = MeasureChanges::default();
    let matched_old: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_new: BTreeSet<usize> = pairs.iter().map(|p| p.1).collect();
    for (i, m) in old.measures.iter().enumerate() {
        if !matched_old.contains(&i) {
            measures.removed.push(m.id.clone());
        }
    }
    for (j, m) in new.measures.iter().enumerate() {
        if !matched_new.contains(&j) {
            measures.added.push(m.id.clone());
        }
    }
    let mut pairs = pairs;
    pairs.sort_by_key(|p| p.1);
    for (i, j) in pairs {
        let (Some(a), Some(b)) = (old.measures.get(i), new.measures.get(j)) else {
            continue;
        };
        if a.id != b.id {
            measures.renumbered.push(Renumbered {
                old: a.id.clone(),
                new: b.id.clone(),
            });
        }
        if a.direction != b.direction {
            measures.moved.push(Moved {
                id: b.id.clone(),
                old: a.direction,
                new: b.direction,
            });
        }
        let fields: BTreeMap<String, FieldChange> = measure_fields(a, b)
            .into_iter()
            .filter(|(name, _)| !skip.contains(name))
            .collect();
        if !fields.is_empty() {
            measures.changed.push(Changed {
                id: b.id.clone(),
                old_id: (a.id != b.id).then(|| a.id.clone()),
                fields,
            });
        }
    }
    PlanDiff {
        format: DIFF_FORMAT.to_string(),
        old: old.source.path.clone(),
        new: new.source.path.clone(),
        measures,
        directions: directions(old, new),
        abbreviations: abbreviations(old, new),
        columns,
        document: document(old, new),
    }
}

/// Pairs (old index, new index) of the same measure.
pub(crate) fn match_measures(old: &[Measure], new: &[Measure]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used_old = BTreeSet::new();
    let mut used_new = BTreeSet::new();
    for (i, a) in old.iter().enumerate() {
        if let Some(j) = new.iter().position(|b| b.id == a.id) {
            if title_similarity(&a.title, &new[j].title) >= SAME_ID_MIN && used_new.insert(j) {
                used_old.insert(i);
                pairs.push((i, j));
            }
        }
    }
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, a) in old
        .iter()
        .enumerate()
        .filter(|(i, _)| !used_old.contains(i))
    {
        for (j, b) in new
            .iter()
            .enumerate()
            .filter(|(j, _)| !used_new.contains(j))
        {
            let s = title_similarity(&a.title, &b.title);
            if s >= RENUMBER_MIN {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (_, i, j) in candidates {
        if !used_old.contains(&i) && !used_new.contains(&j) {
            used_old.insert(i);
            used_new.insert(j);
            pairs.push((i, j));
        }
    }
    pairs
}

fn measure_fields(a: &Measure, b: &Measure) -> Vec<(String, FieldChange)> {
    let mut out = Vec::new();
    if let Some(c) = text_change(&a.title, &b.title) {
        out.push(("title".to_string(), c));
    }
    let resp = |m: &Measure| -> Value {
        m.responsible
            .iter()
            .map(|r| json!({"institution": canon(&r.institution), "procurement": r.procurement, "note": r.note.as_deref().map(canon)}))
            .collect()
    };
    let lists = |v: &[String]| -> Value { v.iter().map(|s| canon(s)).collect() };
    let years = |m: &Measure| m.period.as_ref().map(|p| (p.from, p.to));
    let money = |m: &Measure| {
        m.budget
            .as_ref()
            .map(|b| (b.eur, b.note.as_deref().map(canon)))
    };
    if resp(a) != resp(b) {
        out.push((
            "responsible".into(),
            plain(value(&a.responsible), value(&b.responsible)),
        ));
    }
    if lists(&a.financer) != lists(&b.financer) {
        out.push((
            "financer".into(),
            plain(value(&a.financer), value(&b.financer)),
        ));
    }
    if years(a) != years(b) {
        out.push(("period".into(), plain(value(&a.period), value(&b.period))));
    }
    if money(a) != money(b) {
        out.push(("budget".into(), plain(value(&a.budget), value(&b.budget))));
    }
    if lists(&a.partners) != lists(&b.partners) {
        out.push((
            "partners".into(),
            plain(value(&a.partners), value(&b.partners)),
        ));
    }
    out
}

/// Any serialisable value as JSON.
fn value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn plain(old: Value, new: Value) -> FieldChange {
    FieldChange {
        old,
        new,
        cut_off: false,
        cut_off_in: None,
        words: Vec::new(),
    }
}

/// The change of a text field, or `None` when the texts are the same.
fn text_change(old: &str, new: &str) -> Option<FieldChange> {
    let (a, b) = (canon(old), canon(new));
    if a == b {
        return None;
    }
    let cut_off_in = if !b.is_empty() && a.starts_with(&b) {
        Some("new".to_string())
    } else if !a.is_empty() && b.starts_with(&a) {
        Some("old".to_string())
    } else {
        None
    };
    Some(FieldChange {
        words: words::diff(&a, &b),
        old: Value::String(a),
        new: Value::String(b),
        cut_off: cut_off_in.is_some(),
        cut_off_in,
    })
}

fn opt_text_change(old: Option<&str>, new: Option<&str>) -> Option<FieldChange> {
    match (old, new) {
        (Some(a), Some(b)) => text_change(a, b),
        (None, None) => None,
        (a, b) => Some(plain(json!(a), json!(b))),
    }
}

fn directions(old: &PlanRecord, new: &PlanRecord) -> DirectionChanges {
    let mut out = DirectionChanges::default();
    for d in &old.directions {
        if !new.directions.iter().any(|n| n.number == d.number) {
            out.removed.push(d.number);
        }
    }
    for b in &new.directions {
        let Some(a) = old.directions.iter().find(|o| o.number == b.number) else {
            out.added.push(b.number);
            continue;
        };
        let mut fields = BTreeMap::new();
        for (name, x, y) in [
            ("title", &a.title, &b.title),
            ("description", &a.description, &b.description),
            ("audience", &a.audience, &b.audience),
        ] {
            if let Some(c) = opt_text_change(x.as_deref(), y.as_deref()) {
                fields.insert(name.to_string(), c);
            }
        }
        let goals = |g: &[String]| g.iter().map(|s| canon(s)).collect::<Vec<_>>();
        if goals(&a.goals) != goals(&b.goals) {
            let mut c = plain(json!(a.goals), json!(b.goals));
            c.words = words::diff(&a.goals.join(" | "), &b.goals.join(" | "));
            fields.insert("goals".to_string(), c);
        }
        if !fields.is_empty() {
            out.changed.push(DirectionChanged {
                number: b.number,
                fields,
            });
        }
    }
    out
}

fn abbreviations(old: &PlanRecord, new: &PlanRecord) -> AbbreviationChanges {
    let map = |r: &PlanRecord| -> BTreeMap<String, String> {
        r.abbreviations
            .iter()
            .map(|a| (a.abbr.clone(), canon(&a.expansion)))
            .collect()
    };
    let (a, b) = (map(old), map(new));
    let mut out = AbbreviationChanges::default();
    for (k, v) in &a {
        match b.get(k) {
            None => out.removed.push(k.clone()),
            Some(w) if w != v => out.changed.push(k.clone()),
            Some(_) => {}
        }
    }
    out.added = b.keys().filter(|k| !a.contains_key(*k)).cloned().collect();
    out
}

fn columns(old: &PlanRecord, new: &PlanRecord) -> ColumnChanges {
    let has = |r: &PlanRecord| -> Vec<&'static str> {
        let mut v = Vec::new();
        if r.measures.iter().any(|m| !m.financer.is_empty()) {
            v.push("financer");
        }
        if r.measures.iter().any(|m| m.budget.is_some()) {
            v.push("budget");
        }
        if r.measures.iter().any(|m| m.period.is_some()) {
            v.push("period");
        }
        if r.measures.iter().any(|m| !m.partners.is_empty()) {
            v.push("partners");
        }
        if r.measures.iter().any(|m| !m.responsible.is_empty()) {
            v.push("responsible");
        }
        v
    };
    let (a, b) = (has(old), has(new));
    ColumnChanges {
        appeared: b
            .iter()
            .filter(|c| !a.contains(c))
            .map(|c| c.to_string())
            .collect(),
        disappeared: a
            .iter()
            .filter(|c| !b.contains(c))
            .map(|c| c.to_string())
            .collect(),
    }
}

fn document(old: &PlanRecord, new: &PlanRecord) -> DocumentChanges {
    let mut out = DocumentChanges::default();
    let sig = |r: &PlanRecord| {
        r.signatory.as_ref().map(|s| {
            format!(
                "{} {}",
                s.position.as_deref().unwrap_or_default(),
                s.name.as_deref().unwrap_or_default()
            )
        })
    };
    for (name, a, b) in [
        ("title", old.title.clone(), new.title.clone()),
        ("annex_to", old.annex_to.clone(), new.annex_to.clone()),
        (
            "overall_goal",
            old.overall_goal.clone(),
            new.overall_goal.clone(),
        ),
        ("signatory", sig(old), sig(new)),
    ] {
        if let Some(c) = opt_text_change(a.as_deref(), b.as_deref()) {
            out.changed.push(name.to_string());
            out.fields.insert(name.to_string(), c);
        }
    }
    out
}
