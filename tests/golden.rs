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

#[test]
fn a_flowed_export_of_the_third_plan() {
    // Not exact yet (partners wrapped without a trailing space are lost,
    // and the direction the stray line lands in; see the closing note):
    // the score may not fall, and the rows that used to fail split right.
    let rel = "fixtures/plans/km-2021-flow.txt";
    let record = common::record_of(&common::read(rel), rel);
    let value = serde_json::to_value(&record).expect("serialises");
    let score = planx_reconciler::check::score(&value, &common::golden("golden/km-2021.json"));
    assert!(
        score.recall >= 0.955 && score.precision >= 0.969,
        "{score:?}"
    );
    let planx_record::Record::Plan(plan) = record else {
        panic!("a plan")
    };
    let measure = |id: &str| plan.measures.iter().find(|m| m.id == id).expect(id);
    // A bare responsible code before the financer's.
    let m = measure("1.3");
    assert_eq!(m.responsible[0].institution, "KM");
    assert_eq!(m.financer, ["KM"]);
    // A note wrapped over four lines.
    let m = measure("1.2");
    assert_eq!(
        m.responsible[0].note.as_deref(),
        Some("kampaņas „Kultūra tuvumā” koncepcijas izstrāde")
    );
    // A half-year period; a list of institutions before the financer.
    assert_eq!(
        measure("2.3").period.as_ref().map(|p| p.from),
        Some(Some(2023))
    );
    assert_eq!(measure("3.2.3").responsible.len(), 2);
}
