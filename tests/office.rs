//! The plans as the files annexes are written in (DOCX, ODT, HTML; made by
//! `scripts/office-fixtures/make.py` from the tab exports) give exactly
//! the plans' golden records; broken containers give clear error records.

mod common;

use std::io::Write;

use planx_record::{InputKind, Record};

const PLANS: [(&str, &str); 3] = [
    ("approved-2016", "golden/approved-2016.json"),
    ("km-2021", "golden/km-2021.json"),
    ("varam-2019", "golden/varam-2019.json"),
];

#[test]
fn written_forms_of_the_plans_match_golden() {
    for (name, golden) in PLANS {
        for (ext, input) in [
            ("docx", InputKind::Docx),
            ("odt", InputKind::Odt),
            ("html", InputKind::Html),
        ] {
            let rel = format!("fixtures/office/{name}.{ext}");
            let record = common::record_of(&common::read(&rel), &rel);
            let Record::Plan(p) = &record else {
                panic!("{rel}: not read as a plan")
            };
            assert_eq!(p.source.input, Some(input), "{rel}");
            assert!(
                p.measures.iter().all(|m| m.provenance.cell.is_some()),
                "{rel}: every measure names its table cell"
            );
            common::assert_matches_golden(&record, golden, &rel);
        }
    }
}

fn error_of(bytes: &[u8]) -> String {
    match common::record_of(bytes, "input") {
        Record::Document(d) if d.kind == "error" => d.error.unwrap_or_default(),
        other => panic!("expected an error record, got kind {}", other.kind()),
    }
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, options).expect("entry");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

#[test]
fn broken_containers_give_error_records() {
    let docx = common::read("fixtures/office/km-2021.docx");
    let cut = docx.get(..docx.len() * 2 / 3).unwrap_or_default();
    let e = error_of(cut);
    assert!(e.contains("ZIP") || e.contains("DOCX"), "{e}");
    let e = error_of(&zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/styles.xml", b"<w:styles/>"),
    ]));
    assert!(e.contains("word/document.xml"), "{e}");
    let bomb = br#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#;
    let e = error_of(&zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", bomb),
    ]));
    assert!(e.contains("DOCX") && e.contains("XML"), "{e}");
    // A page with no table is no plan: `unknown`, saying what it looked like.
    let page = "<!DOCTYPE html><html><body><p>Sveiki!</p><p>Šī ir vēstule.</p></body></html>";
    assert_eq!(
        common::record_of(page.as_bytes(), "x.html").kind(),
        "unknown"
    );
}

/// RTF (and Word 97–2003 `.doc`) is converted by LibreOffice when it is
/// installed; without it the error names the program.
#[test]
fn legacy_files_go_through_libreoffice_or_say_it_is_missing() {
    let rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}}\\f0 Sveiki!\\par Sodien list.\\par}";
    let installed = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let record = common::record_of(rtf, "letter.rtf");
    if installed {
        assert_eq!(record.kind(), "unknown");
    } else {
        assert!(error_of(rtf).contains("soffice"));
    }
}
