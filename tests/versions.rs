//! Versions of a plan: the diff of the draft against the approved plan
//! checked against a hand-written expected diff, the merge completing the
//! approved plan's cut-off cells and nothing else, and the HTML report
//! rendered in a real browser.

mod common;

use std::collections::BTreeMap;

use planx_reconciler::diff::{self, PlanDiff};
use planx_record::{PlanRecord, Record};
use serde_json::{json, Value};

fn plan(rel: &str) -> PlanRecord {
    match common::record_of(&common::read(rel), rel) {
        Record::Plan(p) => *p,
        other => panic!("{rel}: kind {}", other.kind()),
    }
}

fn approved() -> PlanRecord {
    plan(common::PLANS[0].0)
}

fn draft() -> PlanRecord {
    plan(common::PLANS[1].0)
}

/// The diff reduced to the shape of the hand-written golden diff.
fn summary(d: &PlanDiff) -> Value {
    let changed: BTreeMap<&str, Vec<&String>> = d
        .measures
        .changed
        .iter()
        .map(|c| (c.id.as_str(), c.fields.keys().collect()))
        .collect();
    let directions: BTreeMap<String, Vec<&String>> = d
        .directions
        .changed
        .iter()
        .map(|c| (c.number.to_string(), c.fields.keys().collect()))
        .collect();
    json!({
        "measures": {
            "added": d.measures.added,
            "removed": d.measures.removed,
            "renumbered": d.measures.renumbered.iter().map(|r| json!({"old": r.old, "new": r.new})).collect::<Vec<_>>(),
            "changed": changed,
        },
        "directions": {"changed": directions},
        "abbreviations": {"added": d.abbreviations.added, "removed": d.abbreviations.removed, "changed": d.abbreviations.changed},
        "columns": {"appeared": d.columns.appeared, "disappeared": d.columns.disappeared},
        "document": {"changed": d.document.changed},
    })
}

#[test]
fn draft_to_approved_diff_matches_the_hand_written_diff() {
    let got = summary(&diff::diff(&draft(), &approved()));
    let mut want = common::golden("golden/diff-draft-2016-07-to-approved-2016.json");
    if let Value::Object(o) = &mut want {
        for k in ["old", "new", "notes"] {
            o.remove(k);
        }
    }
    let mut problems = Vec::new();
    for part in [
        "measures",
        "directions",
        "abbreviations",
        "columns",
        "document",
    ] {
        let (g, w) = (&got[part], &want[part]);
        if let (Value::Object(go), Value::Object(wo)) = (g, w) {
            for (k, wv) in wo {
                let gv = go.get(k).cloned().unwrap_or(Value::Null);
                if k == "changed" && wv.is_object() {
                    for (id, fields) in wv.as_object().into_iter().flatten() {
                        if gv.get(id) != Some(fields) {
                            problems.push(format!(
                                "{part}.changed[{id}]: want {fields}, got {}",
                                gv.get(id).unwrap_or(&Value::Null)
                            ));
                        }
                    }
                    for id in gv.as_object().into_iter().flatten().map(|(id, _)| id) {
                        if wv.get(id).is_none() {
                            problems.push(format!(
                                "{part}.changed[{id}]: not in the expected diff, got {}",
                                gv[id]
                            ));
                        }
                    }
                } else if &gv != wv {
                    problems.push(format!("{part}.{k}: want {wv}, got {gv}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "diff differs from golden:\n{}",
        problems.join("\n")
    );
}

#[test]
fn cut_off_text_is_marked_in_the_diff() {
    let d = diff::diff(&draft(), &approved());
    let m12 = d
        .measures
        .changed
        .iter()
        .find(|c| c.id == "1.2")
        .expect("1.2 changed");
    let title = &m12.fields["title"];
    assert!(title.cut_off);
    assert_eq!(title.cut_off_in.as_deref(), Some("new"));
    // The financer column appears once, not as a change of every measure.
    assert!(d
        .measures
        .changed
        .iter()
        .all(|c| !c.fields.contains_key("financer") && !c.fields.contains_key("budget")));
}

#[test]
fn merge_completes_the_cut_off_cells_and_nothing_else() {
    let base = approved();
    let merged = planx_reconciler::merge::merge(&base, &draft(), common::lexicon());
    let mut paths: Vec<&str> = merged.completions.iter().map(|c| c.path.as_str()).collect();
    paths.sort_unstable();
    let idx = |id: &str| {
        base.measures
            .iter()
            .position(|m| m.id == id)
            .expect("measure")
    };
    let want_12 = format!("measures[{}].title", idx("1.2"));
    let want_24 = format!("measures[{}].title", idx("2.4"));
    let mut want = vec![want_12.as_str(), want_24.as_str(), "directions[1].audience"];
    want.sort_unstable();
    assert_eq!(paths, want);
    assert!(merged.measures[idx("1.2")]
        .title
        .ends_with("infografikas, fotomateriāli)"));
    assert!(merged.measures[idx("2.4")]
        .title
        .ends_with("adoptētājiem un audžuģimenēm"));
    assert!(merged.directions[1]
        .audience
        .as_deref()
        .is_some_and(|a| a.ends_with("sniedzēji, mediji")));
    for c in &merged.completions {
        assert!(merged
            .warnings
            .iter()
            .any(|w| w.path == c.path && w.message.contains("completed from")));
        assert!(
            c.to.starts_with(c.from.trim_end()),
            "nothing invented: {c:?}"
        );
    }
    // Everything else is the approved plan as it was.
    let mut restored = merged.clone();
    for c in &merged.completions {
        if let Some(m) = restored.measures.iter_mut().find(|m| m.title == c.to) {
            m.title.clone_from(&c.from);
        }
        if let Some(d) = restored
            .directions
            .iter_mut()
            .find(|d| d.audience.as_deref() == Some(c.to.as_str()))
        {
            d.audience = Some(c.from.clone());
        }
    }
    assert_eq!(restored.measures, base.measures);
    assert_eq!(restored.directions, base.directions);
    assert_eq!(restored.abbreviations, base.abbreviations);
}

#[test]
fn merge_overwrites_nothing_that_disagrees() {
    // The draft is not cut off where the approved plan disagrees with it.
    let merged = planx_reconciler::merge::merge(&draft(), &approved(), common::lexicon());
    assert!(merged.completions.is_empty(), "{:?}", merged.completions);
}

/// The HTML report in headless Chromium: the page renders (a screenshot is
/// made) and the inserted and deleted words are in the DOM.
#[test]
fn html_report_renders_in_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install chromium (.ci/run does)"
        );
        eprintln!("SKIPPED: no chromium on this machine");
        return;
    };
    let dir = std::env::temp_dir().join(format!("planx-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join("diff.html");
    std::fs::write(&page, diff::html(&diff::diff(&draft(), &approved()))).expect("write page");
    let url = format!("file://{}", page.display());
    let base_args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let profile = format!("--user-data-dir={}", dir.join("profile").display());
    let shot = dir.join("shot.png");
    let out = std::process::Command::new(chromium)
        .args(base_args)
        .arg(&profile)
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1280,2000")
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "screenshot is a real picture"
    );
    let dom = std::process::Command::new(chromium)
        .args(base_args)
        .arg(&profile)
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("<del>fotomateriāli)</del>"),
        "deleted word highlighted"
    );
    assert!(
        dom.contains("<ins>skolēniem</ins>"),
        "inserted word highlighted"
    );
    assert!(dom.contains("<h3>Measure 2.2</h3>"));
    let _ = std::fs::remove_dir_all(&dir);
}
