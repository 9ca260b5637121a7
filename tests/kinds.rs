//! Documents beside plans get their kind and the facts it carries. The
//! expected values are read from the documents (fixtures/other/).

mod common;

use planx_record::Record;
use serde_json::{json, Value};

fn facts(rel: &str) -> (String, Value, usize) {
    match common::record_of(&common::read(rel), rel) {
        Record::Document(d) => (
            d.kind.clone(),
            Value::Object(d.facts.clone()),
            d.warnings.len(),
        ),
        Record::Plan(_) => panic!("{rel} read as a plan"),
    }
}

#[test]
fn announcement_of_the_plans_approval() {
    let (kind, f, _) = facts(common::OTHERS[0]);
    assert_eq!(kind, "announcement");
    assert_eq!(f["published"], "2016-08-12");
    assert_eq!(
        f["approved"],
        "vienotais deinstitucionalizācijas komunikācijas stratēģijas pasākumu plāns"
    );
    assert_eq!(f["approved_by"], "Labklājības ministrija");
    assert_eq!(
        f["target_groups"],
        json!([
            "bērni ar funkcionāliem traucējumiem, kuriem noteikta invaliditāte, un viņu ģimenes",
            "pilngadīgas personas ar garīga rakstura traucējumiem",
            "ārpusģimenes aprūpē esošie bērni un jaunieši līdz 17 gadu vecumam"
        ])
    );
}

#[test]
fn project_card_with_two_currencies_and_mixed_scripts() {
    let (kind, f, warnings) = facts(common::OTHERS[1]);
    assert_eq!(kind, "project_card");
    assert_eq!(
        f["title"],
        "Integrētas agrīnās prevencijas pieejas ieviešana Latvijā"
    );
    assert_eq!(f["programme"], "NVO fonds");
    assert_eq!(f["programme_year"], 2021);
    assert_eq!(f["funding"][0]["amount"], 6995.0);
    assert_eq!(f["funding"][0]["currency"], "EUR");
    assert_eq!(f["funding"][1]["amount"], 4916.11);
    assert_eq!(f["funding"][1]["currency"], "LVL");
    assert_eq!(
        f["funding_conversion_checked"], true,
        "6995 EUR × 0.702804 = 4916.11 LVL"
    );
    assert_eq!(f["executor"], "Nodibinājums \"Fonds PLECS\"");
    assert_eq!(
        f["mixed_script_words"],
        json!([{"from": "Pазвернутом", "to": "Развернутом"}])
    );
    assert_eq!(warnings, 1, "the mixed-script repair is reported");
}

#[test]
fn a_wrong_conversion_is_a_warning() {
    let text = common::read(common::OTHERS[1]);
    let text = String::from_utf8(text)
        .expect("UTF-8")
        .replace("4 916.11 LVL", "4 000.00 LVL");
    let Record::Document(d) = common::record_of(text.as_bytes(), "card.txt") else {
        panic!("plan?")
    };
    assert_eq!(d.facts["funding_conversion_checked"], false);
    assert!(d
        .warnings
        .iter()
        .any(|w| w.message.contains("official rate")));
}

#[test]
fn news_item_on_a_finished_project() {
    let (kind, f, _) = facts(common::OTHERS[2]);
    assert_eq!(kind, "news");
    assert_eq!(f["date"], "2013-06-26");
    assert_eq!(
        f["title"],
        "Noslēdzies Latvijas SOS Bērnu ciematu asociācijas administratīvās kapacitātes stiprināšanas projekts"
    );
    assert_eq!(
        f["project_period"],
        json!({"from": "2012-09-01", "to": "2013-06-30"})
    );
    assert_eq!(f["total"]["amount"], 24859.09);
    assert_eq!(f["total"]["currency"], "LVL");
    assert_eq!(f["co_financing"]["percent"], 92.07);
    assert_eq!(f["project_number"], "1DP/1.5.2.2.2/12/APIA/SIF/206/86");
    assert_eq!(f["organisations"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        f["organisations"][1],
        "Sociālā atbalsta, apmācības un informācijas centrs „AD OPUS”"
    );
}

/// Warnings carry a kind a researcher can filter on: a row planx cannot
/// place is `unplaced`, with its text quoted; a document of no known kind
/// is `not-recognised`.
#[test]
fn warnings_are_typed() {
    let plan = "Pasākuma nosaukums:\tAtbildīgā institūcija\tIndikatīvais īstenošanas laiks\n\
                Pasākums nr.1.1.\tLogo izveide\tLM (CI1)\t2017\n\
                Ziņojums par gaitu\t\tLM\t2018\n";
    let Record::Plan(p) = common::record_of(plan.as_bytes(), "plan.txt") else {
        panic!("a plan")
    };
    let unplaced: Vec<&planx_record::Warning> = p
        .warnings
        .iter()
        .filter(|w| w.kind == planx_record::WarningKind::Unplaced)
        .collect();
    assert!(
        unplaced
            .iter()
            .any(|w| w.message.contains("Ziņojums par gaitu")),
        "{:?}",
        p.warnings
    );
    let value = serde_json::to_value(&p.warnings).expect("serialises");
    assert!(value
        .as_array()
        .is_some_and(|ws| ws.iter().any(|w| w["kind"] == "unplaced")));
    let Record::Document(d) = common::record_of("Sveiki!\nŠodien līst.\n".as_bytes(), "x.txt")
    else {
        panic!("no plan")
    };
    assert!(d
        .warnings
        .iter()
        .any(|w| w.kind == planx_record::WarningKind::NotRecognised));
}
