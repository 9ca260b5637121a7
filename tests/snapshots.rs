//! insta snapshots of what the program does now, so every change of output
//! shows in review. They detect change; the golden files say what is right.

mod common;

use std::fmt::Write;

use planx_record::Record;

fn rows(rel: &str) -> String {
    let options = planx_extractor::ExtractOptions {
        lexicon: Some(common::lexicon()),
        ..Default::default()
    };
    planx_extractor::extract(&common::read(rel), &options)
        .expect("fixture extracts")
        .render()
}

/// `## Record` (without corrections and warnings), `## Corrections`,
/// `## Warnings`, one line each.
fn record(rel: &str) -> String {
    let Record::Plan(mut plan) = common::record_of(&common::read(rel), rel) else {
        panic!("{rel} is not a plan");
    };
    let corrections = std::mem::take(&mut plan.corrections);
    let warnings = std::mem::take(&mut plan.warnings);
    let mut out = String::from("## Record\n");
    out.push_str(&serde_json::to_string_pretty(&plan).expect("serialises"));
    out.push_str("\n\n## Corrections\n");
    for c in corrections {
        let _ = writeln!(out, "- {}: {:?} → {:?} ({})", c.path, c.from, c.to, c.rule);
    }
    out.push_str("\n## Warnings\n");
    for w in warnings {
        let _ = writeln!(out, "- {}: {}", w.path, w.message);
    }
    out
}

#[test]
fn approved_rows() {
    insta::assert_snapshot!(rows(common::PLANS[0].0));
}

#[test]
fn draft_rows() {
    insta::assert_snapshot!(rows(common::PLANS[1].0));
}

#[test]
fn approved_record() {
    insta::assert_snapshot!(record(common::PLANS[0].0));
}

#[test]
fn draft_record() {
    insta::assert_snapshot!(record(common::PLANS[1].0));
}
