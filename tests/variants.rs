//! The same plan in the encodings and byte forms real archives bring gives
//! the same record as the original: CRLF with a BOM, Windows-1257,
//! ISO-8859-13, UTF-16 with a BOM, NFD, and NBSP inside numbers and between
//! words.

mod common;

use encoding_rs::{Encoding, ISO_8859_13, WINDOWS_1257};
use planx_record::Record;
use unicode_normalization::UnicodeNormalization;

fn text(rel: &str) -> String {
    String::from_utf8(common::read(rel)).expect("fixtures are UTF-8")
}

fn single_byte(text: &str, enc: &'static Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "{} cannot encode the fixture", enc.name());
    bytes.into_owned()
}

/// NBSP in grouped numbers (`4 000`) and in every fifth space between two
/// letters.
fn with_nbsp(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut spaces = 0;
    for (i, c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p));
        let next = chars.get(i + 1);
        if *c == ' ' {
            let digits =
                prev.is_some_and(char::is_ascii_digit) && next.is_some_and(char::is_ascii_digit);
            let letters =
                prev.is_some_and(|p| p.is_alphabetic()) && next.is_some_and(|n| n.is_alphabetic());
            if letters {
                spaces += 1;
            }
            if digits || (letters && spaces % 5 == 0) {
                out.push('\u{a0}');
                continue;
            }
        }
        out.push(*c);
    }
    out
}

fn variants(original: &str) -> Vec<(&'static str, Vec<u8>)> {
    let crlf = original.replace('\n', "\r\n");
    let mut crlf_bom = b"\xEF\xBB\xBF".to_vec();
    crlf_bom.extend_from_slice(crlf.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(original.encode_utf16().flat_map(u16::to_le_bytes));
    vec![
        ("crlf+bom", crlf_bom),
        ("windows-1257", single_byte(original, WINDOWS_1257)),
        ("iso-8859-13", single_byte(original, ISO_8859_13)),
        ("utf-16le+bom", utf16),
        ("nfd", original.nfd().collect::<String>().into_bytes()),
        ("nbsp", with_nbsp(original).into_bytes()),
    ]
}

#[test]
fn every_variant_of_every_plan_matches_golden() {
    for (fixture, golden) in common::PLANS {
        for (name, bytes) in variants(&text(fixture)) {
            let record = common::record_of(&bytes, fixture);
            common::assert_matches_golden(&record, golden, &format!("{fixture} as {name}"));
        }
    }
}

#[test]
fn the_encoding_decision_is_reported() {
    let (fixture, _) = common::PLANS[0];
    let bytes = single_byte(&text(fixture), WINDOWS_1257);
    let Record::Plan(plan) = common::record_of(&bytes, fixture) else {
        panic!("not a plan");
    };
    assert_eq!(plan.source.encoding.as_deref(), Some("windows-1257"));
    assert!(
        plan.source
            .decoding
            .iter()
            .any(|n| n.contains("dictionary words")),
        "{:?}",
        plan.source.decoding
    );
}

/// Another ministry's export: bare measure numbers, "N. rīcības virziens",
/// a header with a column planx does not know, financer and budget both.
#[test]
fn another_layout_of_tabular_export() {
    let text = "Rīcības plāns bērnu tiesību aizsardzībai\n\n\
        Saīsinājumi: TM - Tieslietu ministrija, VBTAI - Valsts bērnu tiesību aizsardzības inspekcija, CI - centralizētais iepirkums.\n\n\
        Nr.\tPasākums\tAtbildīgā institūcija\tFinansētājs\tIzpildes termiņš\tIndikatīvais finansējums, EUR\tSasniedzamais rezultāts\tIesaistāmās institūcijas\n\
        1. rīcības virziens: Informēšana\t\t\t\t\t\t\t\n\
        1.1.\tBukletu sagatavošana vecākiem\tTM (CI)\tTM\t2019-2020\t12 500\t5 bukleti\tVBTAI, NVO\n\
        1.2.\tSemināri bāriņtiesām\tVBTAI\tTM\t2020\t3000\t10 semināri\t\n";
    let Record::Plan(plan) = common::record_of(text.as_bytes(), "other.txt") else {
        panic!("not read as a plan");
    };
    assert_eq!(
        plan.title.as_deref(),
        Some("Rīcības plāns bērnu tiesību aizsardzībai")
    );
    assert_eq!(plan.directions.len(), 1);
    assert_eq!(plan.directions[0].number, 1);
    assert_eq!(plan.directions[0].title.as_deref(), Some("Informēšana"));
    let ids: Vec<&str> = plan.measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["1.1", "1.2"]);
    let m = &plan.measures[0];
    assert_eq!(m.title, "Bukletu sagatavošana vecākiem");
    assert_eq!(
        (
            m.responsible[0].institution.as_str(),
            m.responsible[0].procurement.as_deref()
        ),
        ("TM", Some("CI"))
    );
    assert_eq!(m.financer, ["TM"]);
    assert_eq!(
        m.period.as_ref().map(|p| (p.from, p.to)),
        Some((Some(2019), Some(2020)))
    );
    assert_eq!(m.budget.as_ref().and_then(|b| b.eur), Some(12500.0));
    assert_eq!(m.partners, ["VBTAI", "NVO"]);
    assert!(plan.measures[1].partners.is_empty());
}
