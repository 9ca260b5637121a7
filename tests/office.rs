//! The plans as the files annexes are written in (DOCX, ODT, HTML; made by
//! `scripts/office-fixtures/make.py` from the tab exports, and the draft from
//! the table its PDF fixtures are laid out from) give exactly
//! the plans' golden records; broken containers give clear error records;
//! a footnote is a warning, never cell text.

mod common;

use std::io::Write;

use planx_record::{InputKind, Record};

const PLANS: [(&str, &str); 4] = [
    ("approved-2016", "golden/approved-2016.json"),
    ("draft-2016-07", "golden/draft-2016-07.json"),
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
            // The draft prints typos: each is corrected, as in its text export.
            let expected = common::golden(golden)["expected_corrections"].clone();
            for pair in expected.as_array().into_iter().flatten() {
                let (from, to) = (pair[0].as_str(), pair[1].as_str());
                assert!(
                    p.corrections
                        .iter()
                        .any(|c| Some(c.from.as_str()) == from && Some(c.to.as_str()) == to),
                    "{rel}: correction {from:?} -> {to:?} missing"
                );
            }
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

/// `bytes`, a ZIP, with `edit` applied to the entry `name` and the entries
/// of `added` appended; `mimetype` stays stored, as ODF wants it.
fn repack(
    bytes: &[u8],
    name: &str,
    edit: impl Fn(&str) -> String,
    added: &[(&str, &str)],
) -> Vec<u8> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).expect("entry");
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("inflates");
        if f.name() == name {
            data = edit(std::str::from_utf8(&data).expect("UTF-8 XML")).into_bytes();
        }
        entries.push((f.name().to_string(), data));
    }
    entries.extend(
        added
            .iter()
            .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec())),
    );
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (n, data) in &entries {
        let method = if n == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        w.start_file(n.as_str(), options).expect("entry");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

/// A footnote on a measure's title cell changes none of the record's
/// measures and is one more warning, of kind `footnote`, quoting the note
/// on the title with the cell's provenance: in DOCX and in ODT.
#[test]
fn a_footnote_on_a_title_cell_is_a_warning_and_leaves_the_cell_alone() {
    const TITLE: &str =
        "Vienota kultūras notikumu kalendāra izveide un uzturēšana LNKC tīmekļa vietnē";
    const NOTE: &str = "Kalendārs aptver arī novadu pasākumus.";
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let footnotes = format!(
        r#"<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {NOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let docx = repack(
        &common::read("fixtures/office/km-2021.docx"),
        "word/document.xml",
        |x| {
            let at = format!("<w:t>{TITLE}</w:t></w:r>");
            assert!(x.contains(&at), "the fixture prints the title in one run");
            x.replacen(
                &at,
                &format!(r#"{at}<w:r><w:footnoteReference w:id="1"/></w:r>"#),
                1,
            )
        },
        &[("word/footnotes.xml", &footnotes)],
    );
    let odt = repack(
        &common::read("fixtures/office/km-2021.odt"),
        "content.xml",
        |x| {
            let at = format!(">{TITLE}</text:p>");
            assert!(
                x.contains(&at),
                "the fixture prints the title in one paragraph"
            );
            x.replacen(
                &at,
                &format!(r#">{TITLE}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>{NOTE}</text:p></text:note-body></text:note></text:p>"#),
                1,
            )
        },
        &[],
    );
    for (ext, noted) in [("docx", docx), ("odt", odt)] {
        let rel = format!("fixtures/office/km-2021.{ext}");
        let (Record::Plan(plain), Record::Plan(p)) = (
            common::record_of(&common::read(&rel), &rel),
            common::record_of(&noted, &rel),
        ) else {
            panic!("{rel}: not read as a plan")
        };
        assert_eq!(
            p.measures, plain.measures,
            "{rel}: the mark changes no measure"
        );
        let m = p.measures.first().expect("a measure");
        assert_eq!(m.title, TITLE, "{rel}");
        let notes: Vec<&planx_record::Warning> = p
            .warnings
            .iter()
            .filter(|w| w.kind == planx_record::WarningKind::Footnote)
            .collect();
        assert_eq!(notes.len(), 1, "{rel}: {:?}", p.warnings);
        let note = notes.first().expect("one");
        assert_eq!(note.path, "measures[0].title", "{rel}");
        assert_eq!(note.message, format!("footnote: {NOTE}"), "{rel}");
        let row = m.provenance.cell.expect("the measure's cell");
        assert_eq!(
            note.provenance.as_ref().and_then(|p| p.cell),
            Some([row[0], row[1], 2]),
            "{rel}: the title cell"
        );
        assert_eq!(p.warnings.len(), plain.warnings.len() + 1, "{rel}");
        assert!(
            p.source.decoding.iter().any(|d| d.starts_with("1 foot")),
            "{rel}"
        );
        // Serialised, the kind is `footnote`, and it reads back.
        let json = serde_json::to_value(note).expect("serialises");
        assert_eq!(json["kind"], "footnote");
        let back: planx_record::Warning = serde_json::from_value(json).expect("reads back");
        assert_eq!(&&back, note);
    }
}
