//! Helpers shared by the integration tests: fixture paths, one lexicon per
//! test binary, and reading a fixture into a record.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use planx_normalizer::LatvianLexicon;
use planx_record::Record;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Each plan fixture with its hand-curated golden file.
pub const PLANS: &[(&str, &str)] = &[
    (
        "fixtures/plans/approved-2016.txt",
        "golden/approved-2016.json",
    ),
    (
        "fixtures/plans/draft-2016-07.txt",
        "golden/draft-2016-07.json",
    ),
];

/// A plan of another ministry (VARAM 2019), written for planx as a
/// document it was not built on, with its hand-typed golden record.
pub const VARAM: (&str, &str) = ("fixtures/plans/varam-2019.txt", "golden/varam-2019.json");

/// Documents that sit beside plans in archives but are not plans.
pub const OTHERS: &[&str] = &[
    "fixtures/other/announcement-2016-08-12.txt",
    "fixtures/other/project-card-nvo-2021.txt",
    "fixtures/other/news-2013-06-26.txt",
];

pub fn lexicon() -> &'static LatvianLexicon {
    static LX: OnceLock<LatvianLexicon> = OnceLock::new();
    LX.get_or_init(|| LatvianLexicon::load().expect("shipped dictionary loads"))
}

pub fn read(rel: &str) -> Vec<u8> {
    std::fs::read(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

pub fn record_of(bytes: &[u8], rel: &str) -> Record {
    planx_cli::read_record(bytes, rel, lexicon())
}

pub fn golden(rel: &str) -> serde_json::Value {
    serde_json::from_slice(&read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Panics with every mismatching field when the record is not exactly the
/// golden record.
pub fn assert_matches_golden(record: &Record, golden_rel: &str, what: &str) {
    let value = serde_json::to_value(record).expect("record serialises");
    let score = planx_reconciler::check::score(&value, &golden(golden_rel));
    if !score.is_exact() {
        let mut msg = format!(
            "{what} vs {golden_rel}: recall {:.4}, precision {:.4}\n",
            score.recall, score.precision
        );
        for m in &score.mismatches {
            msg.push_str(&format!(
                "  {}\n    golden: {}\n    output: {}\n",
                m.path, m.golden, m.output
            ));
        }
        for e in &score.extra {
            msg.push_str(&format!("  EXTRA {e}\n"));
        }
        panic!("{msg}");
    }
}
