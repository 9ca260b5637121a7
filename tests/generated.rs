//! The plan generator's fixed-seed sample (`fixtures/generated/`, made by
//! `scripts/plangen/sample.py`): plans of many layouts, each in several
//! forms, scored against the golden record the generator wrote from its own
//! model. The floors are what planx has reached on them; raise them as the
//! work goes, never lower them.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

/// Form, least mean recall, least mean precision over the sample's documents.
const FLOORS: &[(&str, f64, f64)] = &[
    ("tab", 0.99, 0.99),
    ("tab-wrap", 0.99, 0.99),
    ("libreoffice", 0.99, 0.99),
    ("chromium-ruled", 0.99, 0.99),
    ("chromium-unruled", 0.99, 0.99),
    ("reportlab", 0.99, 0.99),
    ("pdftotext", 0.10, 0.13),
    ("pdftotext-layout", 0.73, 0.79),
    ("pdftotext-raw", 0.87, 0.89),
    ("scan200", 0.65, 0.65),
    ("docx", 0.99, 0.99),
    ("odt", 0.99, 0.99),
    ("html", 0.99, 0.99),
];

/// Least documents per form: the sample may not shrink unnoticed.
const LEAST_DOCS: &[(&str, usize)] = &[
    ("tab", 40),
    ("tab-wrap", 40),
    ("libreoffice", 12),
    ("chromium-ruled", 12),
    ("chromium-unruled", 12),
    ("reportlab", 12),
    ("pdftotext", 12),
    ("pdftotext-layout", 12),
    ("pdftotext-raw", 12),
    ("scan200", 3),
    ("docx", 20),
    ("odt", 20),
    ("html", 20),
];

struct Input {
    form: String,
    rel: String,
    golden: String,
}

/// The form of an input from its name: `NAME.FORM.ext` or
/// `NAME.PRODUCER.MODE.txt` (pdftotext of a producer's PDF);
/// `tab-wrap93` is the form `tab-wrap`; `NAME.docx`, `.odt` and `.html`
/// are the written forms.
fn form_of(file: &str) -> Option<String> {
    let parts: Vec<&str> = file.split('.').collect();
    // The forms as written: `NAME.docx`, `NAME.odt`, `NAME.html`.
    if let [_, ext @ ("docx" | "odt" | "html")] = parts.as_slice() {
        return Some((*ext).to_string());
    }
    if parts.len() < 3 || file.ends_with(".json") {
        return None;
    }
    let form = parts[parts.len() - 2];
    Some(
        form.trim_end_matches(|c: char| c.is_ascii_digit())
            .to_string(),
    )
    .map(|f| if f == "scan" { form.to_string() } else { f })
}

fn inputs() -> Vec<Input> {
    let dir = common::root().join("fixtures/generated");
    let mut out = Vec::new();
    let mut docs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("golden.json").is_file())
        .collect();
    docs.sort();
    for doc in docs {
        let name = doc
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let mut files: Vec<String> = std::fs::read_dir(&doc)
            .expect("document folder")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        files.sort();
        for file in files {
            if let Some(form) = form_of(&file) {
                out.push(Input {
                    form,
                    rel: format!("fixtures/generated/{name}/{file}"),
                    golden: format!("fixtures/generated/{name}/golden.json"),
                });
            }
        }
    }
    out
}

/// Mean recall and precision per form, with the document count.
fn scores(inputs: &[&Input]) -> BTreeMap<String, (usize, f64, f64)> {
    let scored: Vec<(String, f64, f64)> = inputs
        .par_iter()
        .map(|i| {
            let record = common::record_of(&common::read(&i.rel), &i.rel);
            let value = serde_json::to_value(&record).expect("record serialises");
            let s = planx_reconciler::check::score(&value, &common::golden(&i.golden));
            (i.form.clone(), s.recall, s.precision)
        })
        .collect();
    let mut out: BTreeMap<String, (usize, f64, f64)> = BTreeMap::new();
    for (form, r, p) in scored {
        let e = out.entry(form).or_default();
        e.0 += 1;
        e.1 += r;
        e.2 += p;
    }
    for e in out.values_mut() {
        e.1 /= e.0 as f64;
        e.2 /= e.0 as f64;
    }
    out
}

fn assert_floors(got: &BTreeMap<String, (usize, f64, f64)>) {
    let mut failed = Vec::new();
    for (form, &(n, r, p)) in got {
        eprintln!("{form}: {n} documents, mean recall {r:.4}, mean precision {p:.4}");
        let &(_, fr, fp) = FLOORS
            .iter()
            .find(|f| f.0 == form)
            .unwrap_or_else(|| panic!("form {form} has no floor"));
        if r < fr || p < fp {
            failed.push(format!(
                "{form}: recall {r:.4} (floor {fr}), precision {p:.4} (floor {fp})"
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "below the floors:\n{}",
        failed.join("\n")
    );
}

#[test]
fn the_sample_has_every_form() {
    let all = inputs();
    for &(form, least) in LEAST_DOCS {
        let n = all.iter().filter(|i| i.form == form).count();
        assert!(
            n >= least,
            "{form}: {n} documents, at least {least} expected"
        );
    }
    assert!(
        all.iter().all(|i| FLOORS.iter().any(|f| f.0 == i.form)),
        "every form has a floor"
    );
}

#[test]
fn generated_plans_in_text_and_pdf_forms_score_at_their_floors() {
    let all = inputs();
    let some: Vec<&Input> = all.iter().filter(|i| i.form != "scan200").collect();
    assert_floors(&scores(&some));
}

#[test]
fn generated_plans_scanned_score_at_their_floors() {
    let all = inputs();
    let scans: Vec<&Input> = all.iter().filter(|i| i.form == "scan200").collect();
    assert_floors(&scores(&scans));
}

#[test]
fn forms_are_named_by_the_file_name() {
    assert_eq!(form_of("g1-0001.tab.txt").as_deref(), Some("tab"));
    assert_eq!(
        form_of("g1-0001.tab-wrap93.txt").as_deref(),
        Some("tab-wrap")
    );
    assert_eq!(
        form_of("g1-0001.reportlab.pdftotext-layout.txt").as_deref(),
        Some("pdftotext-layout")
    );
    assert_eq!(form_of("g1-0001.scan200.pdf").as_deref(), Some("scan200"));
    assert_eq!(form_of("golden.json"), None);
    assert_eq!(form_of("g1-0001.doc.json"), None);
}
