use planx_record::Lexicon;
#[test]
#[ignore]
fn unknown_words() {
    let lx = planx_normalizer::LatvianLexicon::load().unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for f in ["approved-2016.txt", "draft-2016-07.txt"] {
        let t = std::fs::read_to_string(format!(
            "{}/../../fixtures/plans/{f}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        for w in t.split(|c: char| !c.is_alphabetic() && c != '-') {
            let w = w.trim_matches('-');
            if w.chars().count() < 3 || w.chars().all(|c| c.is_uppercase()) {
                continue;
            }
            if !lx.knows(w) && seen.insert(w.to_string()) {
                println!("{f}: {w}");
            }
        }
    }
}
