//! Every plan fixture reproduces its hand-curated golden record exactly.

mod common;

#[test]
fn approved_plan_matches_golden() {
    let (fixture, golden) = common::PLANS[0];
    let record = common::record_of(&common::read(fixture), fixture);
    common::assert_matches_golden(&record, golden, fixture);
}

#[test]
fn draft_plan_matches_golden() {
    let (fixture, golden) = common::PLANS[1];
    let record = common::record_of(&common::read(fixture), fixture);
    common::assert_matches_golden(&record, golden, fixture);
}

#[test]
fn every_correction_says_what_why_and_where() {
    for (fixture, _) in common::PLANS {
        let planx_record::Record::Plan(plan) = common::record_of(&common::read(fixture), fixture)
        else {
            panic!("{fixture} is not read as a plan");
        };
        assert!(
            !plan.corrections.is_empty(),
            "{fixture}: the seeds have known typos"
        );
        for c in &plan.corrections {
            assert_ne!(c.from, c.to);
            assert!(c.evidence.is_some(), "{c:?}");
            assert!(
                c.path.starts_with("measures[")
                    || c.path.starts_with("directions[")
                    || c.path.starts_with("abbreviations["),
                "{c:?}"
            );
        }
    }
}

#[test]
fn another_ministrys_plan_matches_golden() {
    // Its annex line is set over four lines, one block each.
    let (fixture, golden) = common::VARAM;
    let record = common::record_of(&common::read(fixture), fixture);
    common::assert_matches_golden(&record, golden, fixture);
}
