//! Two versions of a plan in, one record out: a text field that one version
//! cut off (ending mid-phrase: trailing comma or conjunction, unbalanced
//! parenthesis) is completed from the other version when the other version's
//! text begins with it. Nothing is invented and nothing that disagrees is
//! overwritten; every completed field is listed in `completions` and gets a
//! warning.
//!
//! The other version is also evidence for typo correction: a word the
//! dictionary does not know is corrected when the other version prints the
//! same phrase with a known word in its place (one word for one word, at most
//! two letters apart), rule `other-version` in `corrections`.

use planx_record::{Completion, Correction, Lexicon, PlanRecord, Provenance, Warning};

use crate::cutoff;
use crate::diff::{match_measures, words, Op};
use crate::text::canon;

/// `base` with its cut-off fields completed from `other`, and the words
/// `lexicon` does not know corrected where `other` prints a known word.
pub fn merge(base: &PlanRecord, other: &PlanRecord, lexicon: &dyn Lexicon) -> PlanRecord {
    let mut out = base.clone();
    cross_correct(&mut out, other, lexicon);
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
            kind: planx_record::WarningKind::Repaired,
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

/// Corrects unknown words of `out` from the same phrase in `other`.
fn cross_correct(out: &mut PlanRecord, other: &PlanRecord, lexicon: &dyn Lexicon) {
    let source = other.source.path.clone();
    let mut found: Vec<Correction> = Vec::new();
    let mut fix = |path: String, mine: &mut String, theirs: &str, prov: Option<&Provenance>| {
        let (fixed, changes) = replace_unknown(mine, theirs, lexicon);
        for (from, to) in changes {
            found.push(Correction {
                path: path.clone(),
                evidence: Some(format!(
                    "'{from}' is not in the dictionary; {source} prints the same phrase with '{to}'"
                )),
                from,
                to,
                rule: "other-version".to_string(),
                provenance: prov.cloned(),
            });
        }
        *mine = fixed;
    };
    for (i, j) in match_measures(&out.measures.clone(), &other.measures) {
        if let (Some(m), Some(o)) = (out.measures.get_mut(i), other.measures.get(j)) {
            let prov = m.provenance.clone();
            fix(
                format!("measures[{i}].title"),
                &mut m.title,
                &o.title,
                Some(&prov),
            );
        }
    }
    for (i, d) in out.directions.iter_mut().enumerate() {
        let Some(o) = other.directions.iter().find(|x| x.number == d.number) else {
            continue;
        };
        let prov = d.provenance.clone();
        for (name, mine, theirs) in [
            ("title", &mut d.title, &o.title),
            ("description", &mut d.description, &o.description),
            ("audience", &mut d.audience, &o.audience),
        ] {
            if let (Some(mine), Some(theirs)) = (mine.as_mut(), theirs.as_ref()) {
                fix(
                    format!("directions[{i}].{name}"),
                    mine,
                    theirs,
                    prov.as_ref(),
                );
            }
        }
        if d.goals.len() == o.goals.len() {
            for (k, (mine, theirs)) in d.goals.iter_mut().zip(&o.goals).enumerate() {
                fix(
                    format!("directions[{i}].goals[{k}]"),
                    mine,
                    theirs,
                    prov.as_ref(),
                );
            }
        }
    }
    out.corrections.extend(found);
}

/// `mine` with each unknown word replaced by the known word `theirs` prints
/// in its place, and the (from, to) pairs replaced.
fn replace_unknown(
    mine: &str,
    theirs: &str,
    lexicon: &dyn Lexicon,
) -> (String, Vec<(String, String)>) {
    let ops = words::diff(&canon(mine), &canon(theirs));
    let mut out: Vec<String> = Vec::new();
    let mut changes = Vec::new();
    let mut k = 0;
    while k < ops.len() {
        let pair = match (ops.get(k), ops.get(k + 1)) {
            (Some(Op::Del(a)), Some(Op::Ins(b))) | (Some(Op::Ins(b)), Some(Op::Del(a))) => {
                Some((a, b))
            }
            _ => None,
        };
        if let Some((a, b)) = pair {
            let swap = !a.contains(' ') && !b.contains(' ') && {
                let (wa, wb) = (bare(a), bare(b));
                !lexicon.knows(wa) && lexicon.knows(wb) && edit_distance(wa, wb) <= 2
            };
            if swap {
                changes.push((bare(a).to_string(), bare(b).to_string()));
                out.push(a.replace(bare(a), bare(b)));
            } else {
                out.push(a.clone());
            }
            k += 2;
            continue;
        }
        match ops.get(k) {
            Some(Op::Same(t)) | Some(Op::Del(t)) => out.push(t.clone()),
            _ => {}
        }
        k += 1;
    }
    if changes.is_empty() {
        return (mine.to_string(), changes);
    }
    (out.join(" "), changes)
}

/// A word without the punctuation around it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = sub.min(del).min(ins);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_word_takes_the_other_versions_known_word() {
        let lx = ["Vienota", "logo", "izveide", "turpmākai", "kampaņa"];
        let (fixed, changes) = replace_unknown(
            "Vienota logo izvede, turpmākai",
            "Vienota logo izveide, turpmākai",
            &lx,
        );
        assert_eq!(fixed, "Vienota logo izveide, turpmākai");
        assert_eq!(changes, vec![("izvede".to_string(), "izveide".to_string())]);
    }

    #[test]
    fn known_words_and_rewordings_stay() {
        let lx = ["logo", "izveide", "kampaņa", "izstrāde"];
        // A known word is never replaced, and a different phrase is no evidence.
        assert!(replace_unknown("logo izstrāde", "logo izveide", &lx)
            .1
            .is_empty());
        assert!(replace_unknown("logo xyzzyabc", "logo kampaņa", &lx)
            .1
            .is_empty());
    }
}
