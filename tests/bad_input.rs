//! Bad input gets a clear record, never a panic.

mod common;

use planx_record::Record;

fn error_of(bytes: &[u8]) -> String {
    match common::record_of(bytes, "input") {
        Record::Document(d) if d.kind == "error" => d.error.unwrap_or_default(),
        other => panic!("expected an error record, got kind {}", other.kind()),
    }
}

#[test]
fn empty_file_is_an_error_record() {
    assert!(error_of(b"").contains("empty"));
    assert!(error_of(b" \n\n\t ").contains("empty"));
}

#[test]
fn binary_garbage_is_an_error_record() {
    let bytes: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(error_of(&bytes).contains("not text"));
}

#[test]
fn a_cut_pdf_is_an_error_that_says_pdf() {
    assert!(error_of(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj").contains("PDF"));
}

#[test]
fn a_text_that_is_no_known_kind_is_unknown() {
    let record = common::record_of(
        "Sveiki!\nŠī ir vēstule par citu tēmu.\n".as_bytes(),
        "letter.txt",
    );
    assert_eq!(record.kind(), "unknown");
}

#[test]
fn no_panic_on_mangled_plans() {
    // Deterministic mutations of a real plan: cut at many points, bytes
    // flipped, lines shuffled. Any record is fine; a panic is not.
    let (fixture, _) = common::PLANS[1];
    let original = common::read(fixture);
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..30 {
        let mut bytes = original.clone();
        let cut = (next() as usize) % bytes.len();
        bytes.truncate(cut.max(1));
        for _ in 0..(next() % 20) {
            let len = bytes.len();
            if let Some(b) = bytes.get_mut((next() as usize) % len) {
                *b = (next() & 0xff) as u8;
            }
        }
        let _ = common::record_of(&bytes, "mangled");
        let text = String::from_utf8_lossy(&original).into_owned();
        let mut lines: Vec<&str> = text.lines().collect();
        let n = lines.len();
        lines.swap((next() as usize) % n, (next() as usize) % n);
        let _ = common::record_of(lines.join("\n").as_bytes(), "shuffled");
    }
}

#[test]
fn a_long_plan_is_read_whole() {
    // Forty copies of the draft in one file: every page's loose cells are
    // placed within that page, and nothing grows quadratically with the
    // number of pages (this once took minutes for 30 MB).
    let (fixture, _) = common::PLANS[1];
    let one = String::from_utf8(common::read(fixture)).expect("UTF-8");
    let many = one.repeat(40);
    let Record::Plan(plan) = common::record_of(many.as_bytes(), "long") else {
        panic!("not read as a plan");
    };
    assert_eq!(plan.measures.len(), 40 * 28);
    assert_eq!(plan.directions.len(), 40 * 4);
    assert!(plan
        .directions
        .iter()
        .all(|d| d.title.is_some() && d.audience.is_some()));
}

#[test]
fn images_and_office_files_say_what_they_are() {
    assert!(error_of(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").contains("PNG image"));
    assert!(error_of(b"PK\x03\x04\x14\0\x06\0").contains("ZIP container"));
}
