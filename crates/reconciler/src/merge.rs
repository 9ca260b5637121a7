//! Two versions of a plan in, one record out: a text field that one version
//! cut off (ending mid-phrase: trailing comma or conjunction, unbalanced
//! parenthesis) is completed from the other version when the other version's
//! text begins with it. Nothing is invented and nothing that disagrees is
//! overwritten; every completed field is listed in `completions` and gets a
//! warning.

use planx_record::{Completion, PlanRecord, Provenance, Warning};

use crate::cutoff;
use crate::diff::match_measures;
use crate::text::canon;

/// `base` with its cut-off fields completed from `other`.
pub fn merge(base: &PlanRecord, other: &PlanRecord) -> PlanRecord {
    let mut out = base.clone();
    let mut done: Vec<(Completion, Option<Provenance>)> = Vec::new();
    for (i, j) in match_measures(&base.measures, &other.measures) {
        let (Some(m), Some(o)) = (out.measures.get_mut(i), other.measures.get(j)) else {
            continue;
        };
        if let Some(c) = complete(
            &mut m.title,
            &o.title,
            format!("measures[{i}].title"),
            &other.source.path,
        ) {
            done.push((c, Some(o.provenance.clone())));
        }
    }
    for (i, d) in out.directions.iter_mut().enumerate() {
        let Some(o) = other.directions.iter().find(|x| x.number == d.number) else {
            continue;
        };
        for (name, mine, theirs) in [
            ("title", &mut d.title, &o.title),
            ("description", &mut d.description, &o.description),
            ("audience", &mut d.audience, &o.audience),
        ] {
            if let (Some(mine), Some(theirs)) = (mine.as_mut(), theirs.as_ref()) {
                if let Some(c) = complete(
                    mine,
                    theirs,
                    format!("directions[{i}].{name}"),
                    &other.source.path,
                ) {
                    done.push((c, o.provenance.clone()));
                }
            }
        }
        if d.goals.len() == o.goals.len() {
            for (k, (mine, theirs)) in d.goals.iter_mut().zip(&o.goals).enumerate() {
                if let Some(c) = complete(
                    mine,
                    theirs,
                    format!("directions[{i}].goals[{k}]"),
                    &other.source.path,
                ) {
                    done.push((c, o.provenance.clone()));
                }
            }
        }
    }
    for (mut c, prov) in done {
        out.warnings
            .retain(|w| w.path != c.path || !w.message.contains("cut off"));
        out.warnings.push(Warning {
            path: c.path.clone(),
            message: format!("cut off in this version; completed from {}", c.source),
            provenance: prov.clone(),
        });
        c.provenance = prov;
        out.completions.push(c);
    }
    out
}

/// Completes `mine` from `theirs` when `mine` is cut off and `theirs` starts
/// with it and goes on.
fn complete(mine: &mut String, theirs: &str, path: String, source: &str) -> Option<Completion> {
    cutoff::reason(mine)?;
    let (a, b) = (canon(mine), canon(theirs));
    if b.len() <= a.len() || !b.starts_with(&a) {
        return None;
    }
    let from = std::mem::replace(mine, b.clone());
    Some(Completion {
        path,
        from,
        to: b,
        source: source.to_string(),
        provenance: None,
    })
}
