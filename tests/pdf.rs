//! Born-digital PDFs of both plans, from three producers (Chromium:
//! Identity-H CID fonts; LibreOffice: simple TrueType fonts, rows cut by page
//! breaks; reportlab: one drawString per word), read into the plans' golden
//! records; provenance gives page and box; broken PDFs give clear errors.

mod common;

use planx_record::Record;

const PRODUCERS: &[&str] = &["chromium", "libreoffice", "reportlab"];

#[test]
fn every_pdf_fixture_matches_its_plans_golden_record() {
    for (fixture, golden) in common::PLANS {
        let stem = fixture
            .trim_start_matches("fixtures/plans/")
            .trim_end_matches(".txt");
        for producer in PRODUCERS {
            let rel = format!("fixtures/pdf/{stem}-{producer}.pdf");
            let record = common::record_of(&common::read(&rel), &rel);
            common::assert_matches_golden(&record, golden, &rel);
            let Record::Plan(plan) = record else {
                unreachable!()
            };
            assert_eq!(plan.source.input, Some(planx_record::InputKind::Pdf));
            assert!(plan.source.pages.is_some_and(|p| p >= 2), "{rel}");
            for m in &plan.measures {
                let bbox = m
                    .provenance
                    .bbox
                    .unwrap_or_else(|| panic!("{rel} {}: no bbox", m.id));
                assert!(m.provenance.page.is_some_and(|p| p >= 1), "{rel} {}", m.id);
                assert!(
                    bbox[0] < bbox[2] && bbox[1] < bbox[3],
                    "{rel} {}: {bbox:?}",
                    m.id
                );
            }
        }
    }
}

fn error_of(bytes: &[u8]) -> String {
    match common::record_of(bytes, "broken.pdf") {
        Record::Document(d) if d.kind == "error" => d.error.unwrap_or_default(),
        other => panic!("expected an error record, got {}", other.kind()),
    }
}

#[test]
fn broken_pdfs_give_clear_errors() {
    let pdf = common::read("fixtures/pdf/draft-2016-07-chromium.pdf");
    let truncated = error_of(&pdf[..pdf.len() / 3]);
    assert!(truncated.contains("PDF"), "{truncated}");
    assert!(error_of(b"%PDF-1.7\n").contains("PDF"));
    let no_text = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n\
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    assert!(
        error_of(no_text).contains("OCR"),
        "a page without text says OCR is needed"
    );
}

#[test]
fn no_panic_on_mangled_pdfs() {
    // Deterministic mutations of real PDFs: cut, bytes flipped, ranges
    // zeroed. Any record is fine; a panic or hang is not.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for producer in PRODUCERS {
        let original = common::read(&format!("fixtures/pdf/draft-2016-07-{producer}.pdf"));
        for round in 0..25 {
            let mut bytes = original.clone();
            let len = bytes.len();
            match round % 3 {
                0 => bytes.truncate((next() as usize) % len + 1),
                1 => {
                    for _ in 0..(1 + next() % 50) {
                        let at = (next() as usize) % len;
                        if let Some(b) = bytes.get_mut(at) {
                            *b = (next() & 0xff) as u8;
                        }
                    }
                }
                _ => {
                    let at = (next() as usize) % len;
                    let end = (at + (next() as usize) % 4096).min(len);
                    for b in bytes.get_mut(at..end).into_iter().flatten() {
                        *b = 0;
                    }
                }
            }
            let _ = common::record_of(&bytes, "mangled.pdf");
        }
    }
}

#[test]
fn encrypted_pdfs() {
    let locked = error_of(&common::read(
        "fixtures/pdf/encrypted/draft-2016-07-user-password.pdf",
    ));
    assert!(locked.contains("encrypted"), "{locked}");
    let rel = "fixtures/pdf/encrypted/draft-2016-07-empty-user-password.pdf";
    common::assert_matches_golden(
        &common::record_of(&common::read(rel), rel),
        common::PLANS[1].1,
        rel,
    );
}

#[test]
fn another_ministrys_plan_from_other_producers_and_layouts_matches_golden() {
    // Column headers written sideways (LibreOffice bt-lr cells beside a
    // two-level header, Chromium vertical-rl), the whole table drawn turned
    // a quarter on a portrait page (no /Rotate), rows split over page
    // breaks, WeasyPrint and fpdf2, and tables with no rulings at all
    // (LibreOffice, Chromium with cells set flush top and vertically
    // centred, reportlab word by word).
    let (_, golden) = common::VARAM;
    for name in [
        "lo-ruled",
        "chromium-ruled",
        "lo-unruled",
        "chromium-unruled",
        "chromium-unruled-middle",
        "reportlab-unruled",
        "lo-sideways-header",
        "chromium-sideways-header",
        "rotated-page",
        "lo-ruled-split-rows",
        "weasyprint",
        "fpdf2",
    ] {
        let rel = format!("fixtures/pdf/varam/{name}.pdf");
        let record = common::record_of(&common::read(&rel), &rel);
        common::assert_matches_golden(&record, golden, &rel);
        let Record::Plan(plan) = record else {
            unreachable!()
        };
        // Boxes are in the page's own space, also for the turned table
        // (A4 portrait: 595 × 842 points).
        for m in &plan.measures {
            let b = m
                .provenance
                .bbox
                .unwrap_or_else(|| panic!("{rel} {}", m.id));
            assert!(b[0] < b[2] && b[1] < b[3], "{rel} {}: {b:?}", m.id);
            assert!(
                b.iter().all(|v| (-1.0..=842.5).contains(v)),
                "{rel} {}: {b:?}",
                m.id
            );
        }
    }
}

#[test]
fn more_producers_and_layouts_of_the_plans_match_golden() {
    // See scripts/more-pdf-fixtures/README.md for what each one tests.
    for name in [
        "draft-2016-07-matplotlib-type3-plain",
        "draft-2016-07-reportlab-serif-lines-noborder",
        "draft-2016-07-lo-serif-portrait-noborder",
        "draft-2016-07-chromium-booktabs",
        "approved-2016-lo-serif-portrait-noborder",
    ] {
        let rel = format!("fixtures/pdf/more/{name}.pdf");
        let golden = if name.starts_with("approved") {
            common::PLANS[0].1
        } else {
            common::PLANS[1].1
        };
        common::assert_matches_golden(&common::record_of(&common::read(&rel), &rel), golden, &rel);
    }
}

#[test]
fn a_third_plan_matches_golden_in_text_and_pdf() {
    // Kultūras ministrija 2021: words wrapped after a hyphen inside cells
    // ("informa-" + "tīvo", "e-" + "pakalpojumu"), a row split over a page
    // break, no rulings, horizontal rules only.
    for rel in [
        "fixtures/plans/km-2021.txt",
        "fixtures/pdf/km/km-2021.lo.pdf",
        "fixtures/pdf/km/km-2021.chrome-plain.pdf",
        "fixtures/pdf/km/km-2021.reportlab.pdf",
    ] {
        let record = common::record_of(&common::read(rel), rel);
        common::assert_matches_golden(&record, "golden/km-2021.json", rel);
    }
}

#[test]
fn text_outside_the_crop_box_is_not_read() {
    // Every page's MediaBox grown by 200 points on each side, the CropBox
    // set to the old page, and a draft stamp with a measure label drawn in
    // the margin below the page, which is cut away.
    let rel = "fixtures/pdf/approved-2016-libreoffice.pdf";
    let mut doc = lopdf::Document::load_mem(&common::read(rel)).expect("fixture loads");
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    for id in pages {
        let font = doc
            .get_page_fonts(id)
            .expect("fonts")
            .keys()
            .next()
            .cloned()
            .expect("a font");
        let mut content = b"q\n".to_vec();
        content.extend(doc.get_page_content(id));
        content.extend_from_slice(b"\nQ\nBT /");
        content.extend_from_slice(&font);
        content.extend_from_slice(b" 14 Tf 50 -100 Td (Pas\xe2kums nr.9.9. MELNRAKSTS) Tj ET\n");
        doc.change_page_content(id, content).expect("content set");
        let page = doc.get_dictionary_mut(id).expect("page");
        let media = page
            .get(b"MediaBox")
            .and_then(lopdf::Object::as_array)
            .map(|a| {
                a.iter()
                    .map(|o| o.as_float().unwrap_or(0.0))
                    .collect::<Vec<f32>>()
            })
            .unwrap_or_else(|_| vec![0.0, 0.0, 842.0, 595.0]);
        let grown: Vec<lopdf::Object> = [
            media[0] - 200.0,
            media[1] - 200.0,
            media[2] + 200.0,
            media[3] + 200.0,
        ]
        .into_iter()
        .map(lopdf::Object::Real)
        .collect();
        let crop: Vec<lopdf::Object> = media.iter().copied().map(lopdf::Object::Real).collect();
        page.set("MediaBox", grown);
        page.set("CropBox", crop);
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    let record = common::record_of(&bytes, "cropped.pdf");
    common::assert_matches_golden(&record, common::PLANS[0].1, "cropped.pdf");
    let json = serde_json::to_string(&record).expect("serialises");
    assert!(
        !json.contains("MELNRAKSTS") && !json.contains("9.9"),
        "{json}"
    );
}

#[test]
fn a_page_turned_for_display_is_read_as_drawn() {
    let rel = "fixtures/pdf/rotated/draft-2016-07-rotate90.pdf";
    common::assert_matches_golden(
        &common::record_of(&common::read(rel), rel),
        common::PLANS[1].1,
        rel,
    );
}

#[test]
fn identity_h_without_to_unicode_is_not_emitted_as_text() {
    // The Chromium draft with every /ToUnicode removed: its Identity-H codes
    // are glyph ids, not text. planx must not output them as text: without
    // OCR it says OCR is needed; with OCR the pages are rasterised and
    // recognised.
    let mut doc =
        lopdf::Document::load_mem(&common::read("fixtures/pdf/draft-2016-07-chromium.pdf"))
            .expect("fixture loads");
    let mut removed = 0;
    for obj in doc.objects.values_mut() {
        if let lopdf::Object::Dictionary(d) = obj {
            if d.remove(b"ToUnicode").is_some() {
                removed += 1;
            }
        }
    }
    assert!(removed > 0, "the fixture has ToUnicode maps");
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    let err = match planx_cli::read_record_with(&bytes, "no-tounicode.pdf", common::lexicon(), None)
    {
        Record::Document(d) if d.kind == "error" => d.error.unwrap_or_default(),
        other => panic!("expected an error record, got {}", other.kind()),
    };
    assert!(err.contains("OCR") && err.contains("unmapped"), "{err}");
    let Record::Plan(plan) = common::record_of(&bytes, "no-tounicode.pdf") else {
        panic!("read by OCR into a plan")
    };
    assert_eq!(plan.source.input, Some(planx_record::InputKind::PdfOcr));
    assert!(plan.source.decoding.iter().any(|d| d.contains("unmapped")));
    let value = serde_json::to_value(Record::Plan(plan)).expect("serialises");
    let score =
        planx_reconciler::check::score(&value, &common::golden("golden/draft-2016-07.json"));
    assert!(
        score.recall >= 0.98 && score.precision >= 0.98,
        "{:?}",
        score.mismatches
    );
}
