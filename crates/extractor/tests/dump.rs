#[test]
#[ignore]
fn dump() {
    for f in ["approved-2016.txt", "draft-2016-07.txt"] {
        let bytes = std::fs::read(format!(
            "{}/../../fixtures/plans/{f}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let ex = planx_extractor::extract(&bytes, &Default::default()).unwrap();
        println!("{}", ex.render());
    }
}
