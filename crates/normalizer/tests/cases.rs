//! Normalizer cases as data: `tests/data/cases.tsv`, one case a line.

use planx_normalizer as norm;
use serde_json::{json, Value};

fn run(lexicon: &norm::LatvianLexicon, function: &str, input: &str) -> Value {
    let abbreviations = ["LM", "PR", "DI", "GRT", "NVO", "VBTAI", "CI", "EAFI"].map(String::from);
    match function {
        "clean" => json!(norm::clean(input, lexicon)),
        "period" => json!(norm::period(input).map(|p| [p.from, p.to])),
        "budget" => json!(norm::budget(input).map(|b| json!([b.eur, b.note]))),
        "partners" => json!(norm::partners(input)),
        "goals" => json!(norm::goals(input)),
        "responsible" => {
            let ci = |c: &str| c.trim_end_matches(|x: char| x.is_ascii_digit()) == "CI";
            json!(norm::responsible(input, &ci)
                .into_iter()
                .map(|r| json!([r.institution, r.procurement, r.note]))
                .collect::<Vec<_>>())
        }
        "correct" => json!(
            norm::Corrector::new(lexicon, abbreviations)
                .correct(input)
                .0
        ),
        other => panic!("unknown function {other}"),
    }
}

#[test]
fn cases() {
    let lexicon = norm::LatvianLexicon::load().expect("dictionary");
    let data = include_str!("data/cases.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for (no, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(function), Some(input), Some(expected)) =
            (parts.next(), parts.next(), parts.next())
        else {
            panic!("line {}: want function<TAB>input<TAB>expected", no + 1);
        };
        let input = input.replace("\\n", "\n").replace("\\u00a0", "\u{a0}");
        let expected: Value =
            serde_json::from_str(expected).unwrap_or_else(|e| panic!("line {}: {e}", no + 1));
        let got = run(&lexicon, function, &input);
        count += 1;
        if got != expected {
            failures.push(format!(
                "line {}: {function}({input:?}) = {got}, want {expected}",
                no + 1
            ));
        }
        // Normalizing twice changes nothing.
        if function == "clean" || function == "correct" {
            let once = got.as_str().unwrap_or_default().to_string();
            let twice = run(&lexicon, function, &once);
            if twice != json!(once) {
                failures.push(format!(
                    "line {}: {function} is not idempotent: {twice}",
                    no + 1
                ));
            }
        }
    }
    assert!(count > 20);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
