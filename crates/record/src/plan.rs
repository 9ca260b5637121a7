use serde::{Deserialize, Serialize};

use crate::Provenance;

/// The `format` value of every record this version writes.
pub const FORMAT: &str = "planx/plan-record/1";

/// How the text of a document was obtained (`source.input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// Tab-separated export, one table row per line.
    TextTabular,
    /// pdftotext-style export, cells wrapped over lines.
    TextFlow,
    /// Text layer of a born-digital PDF.
    Pdf,
    /// Page images recognised by OCR.
    PdfOcr,
    /// Plain text that is not laid out as a table.
    Text,
    /// A Word document (Office Open XML).
    Docx,
    /// An OpenDocument text.
    Odt,
    /// An HTML page.
    Html,
}

/// Where the record came from and how it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Path as given on the command line.
    pub path: String,
    /// SHA-256 of the input bytes, 64 lowercase hex digits.
    pub sha256: String,
    /// How the text was obtained.
    pub input: Option<InputKind>,
    /// Page count where the input has pages.
    pub pages: Option<u32>,
    /// The text encoding that was decided on (`utf-8`, `windows-1257`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Why that encoding was chosen, and what else was done to the bytes
    /// (BOM removed, line endings, Unicode normalization).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decoding: Vec<String>,
}

/// One entry of the "Saīsinājumi" list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Abbreviation {
    /// The abbreviation as printed (`LM`).
    pub abbr: String,
    /// What it stands for.
    pub expansion: String,
}

/// One "Rīcības virziens" (action direction).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Direction {
    /// Printed number, or the 1-based position where none is printed.
    pub number: u32,
    /// Heading text.
    pub title: Option<String>,
    /// "Apraksts" cell.
    pub description: Option<String>,
    /// "Mērķi" cell split on its enumerators; null where the plan prints
    /// no goals.
    #[serde(
        default,
        serialize_with = "empty_as_null",
        deserialize_with = "null_as_empty"
    )]
    pub goals: Vec<String>,
    /// "Mērķauditorija" cell.
    pub audience: Option<String>,
    /// Where the heading row came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// One institution of a measure's responsible cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Responsible {
    /// Institution code (`LM`).
    pub institution: String,
    /// Procurement code from the following parenthesis (`CI1`).
    pub procurement: Option<String>,
    /// The rest of that parenthesis.
    pub note: Option<String>,
}

/// Indicative implementation period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// First year; null for a period in words ("Pastāvīgi", "Katru gadu").
    pub from: Option<i32>,
    /// Last year; null for a period in words.
    pub to: Option<i32>,
    /// The cell as printed.
    pub text: String,
}

/// Indicative budget cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// Amount in euro, when the cell is a number (written as an integer when
    /// it has no cents, so jq and pandas see `4000`, not `4000.0`).
    #[serde(serialize_with = "amount")]
    pub eur: Option<f64>,
    /// A non-numeric cell such as `EAFI`.
    pub note: Option<String>,
    /// The cell as printed (amounts per year: the filled cells joined by
    /// "; ", years first, then the total).
    pub text: String,
    /// Amounts per year, where the table prints them in columns of years:
    /// the year (as a string) to the amount; empty cells left out.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "amounts_by_year"
    )]
    pub by_year: Option<std::collections::BTreeMap<String, f64>>,
}

/// One "Pasākums nr.X.Y." row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// `2.3`, `4.1.2`.
    pub id: String,
    /// Number of the direction the measure stands under.
    pub direction: Option<u32>,
    /// Enclosing measure for sub-measures.
    pub parent: Option<String>,
    /// Name cell.
    pub title: String,
    /// Responsible institutions.
    pub responsible: Vec<Responsible>,
    /// Financer codes.
    pub financer: Vec<String>,
    /// Implementation period.
    pub period: Option<Period>,
    /// Indicative budget.
    pub budget: Option<Budget>,
    /// Involved institutions and persons.
    pub partners: Vec<String>,
    /// Expected result: absent where the document has no such column, null
    /// where the cell is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Option<String>>,
    /// Funding source: absent where the document has no such column, null
    /// where the cell is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<Option<String>>,
    /// Columns the contract does not name, by header text: absent where the
    /// document has none, empty where the row's cells in them are empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<std::collections::BTreeMap<String, String>>,
    /// Where the row came from.
    pub provenance: Provenance,
}

/// Position and name under the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    /// `Valsts sekretārs`.
    pub position: Option<String>,
    /// `I.Alliks`.
    pub name: Option<String>,
}

/// A change made to the text beyond white space and line-wrap repair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// Field path (`measures[28].title`).
    pub path: String,
    /// Text as printed.
    pub from: String,
    /// Text as output.
    pub to: String,
    /// The rule that made the change (`dictionary`, `abbreviation`, `lexicon`).
    pub rule: String,
    /// Why the rule fired: the evidence, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Where the corrected text came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// What kind of thing a [`Warning`] reports, for filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// Printed text that no field took (a row or a block not understood):
    /// the message quotes it.
    Unplaced,
    /// A cell whose text looks cut off in the source.
    CutOff,
    /// A field the document prints no text for.
    Missing,
    /// A value to check: read with low confidence, or disagreeing with
    /// another value of the document.
    Doubtful,
    /// Text repaired or completed (mixed scripts, a cut-off cell completed
    /// from another version).
    Repaired,
    /// A limit was reached and the work stopped there.
    Limit,
    /// The document is of no kind planx knows.
    NotRecognised,
    /// A footnote or endnote of the document, kept out of the text that
    /// carries its mark: the message quotes it.
    Footnote,
    /// Anything else.
    #[default]
    Other,
}

/// Something a careful reader should check by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// Field path, or `document`.
    pub path: String,
    /// What kind of thing it is.
    #[serde(default)]
    pub kind: WarningKind,
    /// What to check.
    pub message: String,
    /// Where in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// The record of an action plan (`kind = "action_plan"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanRecord {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always `action_plan`.
    pub kind: String,
    /// Where the record came from.
    pub source: Source,
    /// The plan's heading.
    pub title: Option<String>,
    /// The "Pielikums … rīkojumam Nr. …" line.
    pub annex_to: Option<String>,
    /// Text after "Virsmērķis:".
    pub overall_goal: Option<String>,
    /// "Saīsinājumi" list.
    pub abbreviations: Vec<Abbreviation>,
    /// Action directions.
    pub directions: Vec<Direction>,
    /// Measures in document order.
    pub measures: Vec<Measure>,
    /// Position and name under the table.
    pub signatory: Option<Signatory>,
    /// Every correction made.
    pub corrections: Vec<Correction>,
    /// What to check by hand.
    pub warnings: Vec<Warning>,
    /// Fields completed from another version of the document (`planx merge`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub completions: Vec<Completion>,
}

/// A field cut off in one version and completed from another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    /// Field path (`measures[1].title`).
    pub path: String,
    /// The text as this version printed it.
    pub from: String,
    /// The completed text.
    pub to: String,
    /// The version the text came from (its `source.path`).
    pub source: String,
    /// Where the completing text stands in that version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// The record of any document that is not an action plan: `announcement`,
/// `project_card`, `news`, `unknown` or `error`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Always [`FORMAT`].
    pub format: String,
    /// The document kind.
    pub kind: String,
    /// Where the record came from.
    pub source: Source,
    /// For `error`: why the input could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The facts the kind carries (dates, amounts, organisations…).
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub facts: serde_json::Map<String, serde_json::Value>,
    /// What to check by hand.
    pub warnings: Vec<Warning>,
}

/// One record, of whatever kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Record {
    /// An action plan.
    Plan(Box<PlanRecord>),
    /// Any other kind.
    Document(Box<DocumentRecord>),
}

impl Record {
    /// The record's `kind`.
    pub fn kind(&self) -> &str {
        match self {
            Record::Plan(p) => &p.kind,
            Record::Document(d) => &d.kind,
        }
    }
}

fn empty_as_null<S: serde::Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
    if v.is_empty() {
        s.serialize_none()
    } else {
        serde::Serialize::serialize(v, s)
    }
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<String>>::deserialize(d)?.unwrap_or_default())
}

fn amounts_by_year<S: serde::Serializer>(
    v: &Option<std::collections::BTreeMap<String, f64>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let Some(years) = v else {
        return s.serialize_none();
    };
    let mut map = s.serialize_map(Some(years.len()))?;
    for (year, eur) in years {
        if eur.fract() == 0.0 && eur.abs() < 9.0e15 {
            map.serialize_entry(year, &(*eur as i64))?;
        } else {
            map.serialize_entry(year, eur)?;
        }
    }
    map.end()
}

fn amount<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}
