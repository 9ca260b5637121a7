//! Rows and blocks of one document in, the plan record out.

use std::collections::BTreeMap;

use planx_extractor::{
    direction_start, field_label, measure_start, Column, Extraction, FieldLabel, Item, Row,
};
use planx_normalizer::{self as norm, Corrector, LatvianLexicon};
use planx_record::{
    Abbreviation, Correction, Direction, DocumentRecord, Measure, PlanRecord, Provenance, Record,
    Signatory, Source, Warning, FORMAT,
};

use crate::cutoff;
use crate::document::{self, BlockRole};
use crate::loose::{self, Field, Slot};

/// Most empty direction cells one page may ask the placement to fill, and
/// most loose blocks it may weigh: real pages hold a handful; past this the
/// input is not a plan page and placement would only cost time.
const MAX_PAGE_SLOTS: usize = 40;
const MAX_PAGE_BLOCKS: usize = 120;

/// A cleaned block of text outside the table.
struct Loose {
    text: String,
    segment: u32,
    provenance: Provenance,
}

/// Assembles the record of one extracted document. A document without
/// measure rows gets a record of kind `unknown`.
pub fn assemble(ex: &Extraction, mut source: Source, lexicon: &LatvianLexicon) -> Record {
    source.input = Some(ex.input);
    source.pages = ex.pages;
    source.encoding = Some(ex.encoding.to_string());
    source.decoding.clone_from(&ex.decoding);
    let has_measures = ex.items.iter().any(|i| match i {
        Item::Row(r) => r
            .cell(Column::Label)
            .is_some_and(|c| measure_start(&c.text).is_some()),
        Item::Block(_) => false,
    });
    if !has_measures {
        return Record::Document(Box::new(unknown(ex, source, lexicon)));
    }
    let mut b = Builder::new(ex, source, lexicon);
    b.document_blocks(ex);
    b.rows(ex);
    b.place_loose();
    b.fill_budget_notes(ex);
    b.correct(ex);
    crate::repairs::place(&mut b.plan, &ex.repairs);
    crate::repairs::doubtful(&mut b.plan, &ex.doubtful, lexicon);
    crate::footnotes::warn(&mut b.plan, ex);
    b.warn_cut_off();
    Record::Plan(Box::new(b.plan))
}

struct Builder<'a> {
    lexicon: &'a LatvianLexicon,
    plan: PlanRecord,
    loose: Vec<Loose>,
    /// Segment of each direction's heading row.
    direction_segments: Vec<u32>,
    /// Measure titles per direction, for placing loose blocks.
    direction_measures: Vec<String>,
    /// The columns the table has.
    columns: Vec<Column>,
    /// Header texts of the columns no role was found for.
    other_headers: Vec<(usize, String)>,
}

impl<'a> Builder<'a> {
    fn new(ex: &Extraction, source: Source, lexicon: &'a LatvianLexicon) -> Self {
        Builder {
            lexicon,
            plan: PlanRecord {
                format: FORMAT.to_string(),
                kind: "action_plan".to_string(),
                source,
                title: None,
                annex_to: None,
                overall_goal: None,
                abbreviations: Vec::new(),
                directions: Vec::new(),
                measures: Vec::new(),
                signatory: None,
                corrections: Vec::new(),
                warnings: Vec::new(),
                completions: Vec::new(),
            },
            loose: Vec::new(),
            direction_segments: Vec::new(),
            direction_measures: Vec::new(),
            columns: ex.columns.clone(),
            other_headers: ex.other_headers.clone(),
        }
    }

    fn clean(&self, raw: &str) -> String {
        norm::clean(raw, self.lexicon)
    }

    /// Heading, annex, abbreviations, overall goal and signature; the other
    /// blocks are kept as loose direction cells.
    fn document_blocks(&mut self, ex: &Extraction) {
        let last_row = ex.items.iter().rposition(|i| matches!(i, Item::Row(_)));
        let mut after_table: Vec<String> = Vec::new();
        let mut skip_to = 0;
        // The abbreviation list read so far: its items may follow the
        // heading one a block ("Lietotie saīsinājumi" / "LM – …" / "PR – …").
        let mut abbreviations: Option<String> = None;
        for (idx, item) in ex.items.iter().enumerate() {
            let Item::Block(block) = item else {
                if let Some(t) = abbreviations.take() {
                    self.plan.abbreviations = norm::abbreviations(&t);
                }
                continue;
            };
            if idx < skip_to {
                continue;
            }
            let mut text = self.clean(&block.lines.join("\n"));
            // "Pielikums" set over several lines, one block each (a text
            // export of a right-aligned annex block).
            if let Some((joined, next)) = self.annex_over_blocks(&text, ex, idx) {
                text = joined;
                skip_to = next;
            }
            if let Some(list) = abbreviations.as_mut() {
                if norm::starts_abbreviation(&text) {
                    list.push('\n');
                    list.push_str(&text);
                    continue;
                }
            }
            if let Some(t) = abbreviations.take() {
                self.plan.abbreviations = norm::abbreviations(&t);
            }
            match document::role(&text, self.plan.title.is_some()) {
                BlockRole::Title(t) => self.plan.title = Some(t),
                BlockRole::Annex(t) => self.plan.annex_to = Some(t),
                BlockRole::Abbreviations(t) => abbreviations = Some(t),
                BlockRole::OverallGoal(t) => self.plan.overall_goal = Some(t),
                BlockRole::Other if last_row.is_some_and(|l| idx > l) => after_table.push(text),
                BlockRole::Other => self.loose.push(Loose {
                    text,
                    segment: block.segment,
                    provenance: block.provenance.clone(),
                }),
            }
        }
        if let Some(t) = abbreviations.take() {
            self.plan.abbreviations = norm::abbreviations(&t);
        }
        if let Some((position, name)) = document::signature(&after_table) {
            self.plan.signatory = Some(Signatory {
                position,
                name: Some(name),
            });
        } else {
            for text in after_table {
                self.plan.warnings.push(Warning {
                    kind: planx_record::WarningKind::Unplaced,
                    path: "document".to_string(),
                    message: format!("text after the table was not recognised: {text:?}"),
                    provenance: None,
                });
            }
        }
    }

    /// An annex line begun in the block at `idx` ("Pielikums", no number
    /// yet) and ended by one of the next blocks before the table: the
    /// joined text and the index after its last block.
    fn annex_over_blocks(
        &self,
        text: &str,
        ex: &Extraction,
        idx: usize,
    ) -> Option<(String, usize)> {
        if !document::opens_annex(text)
            || document::ends_annex(text)
            || self.plan.annex_to.is_some()
        {
            return None;
        }
        let mut joined = text.to_string();
        for (k, item) in ex
            .items
            .iter()
            .enumerate()
            .skip(idx + 1)
            .take(document::ANNEX_LINES)
        {
            let Item::Block(block) = item else {
                return None;
            };
            joined.push(' ');
            joined.push_str(&self.clean(&block.lines.join("\n")));
            if document::ends_annex(&joined) {
                return Some((joined, k + 1));
            }
        }
        None
    }

    fn rows(&mut self, ex: &Extraction) {
        for item in &ex.items {
            let Item::Row(row) = item else { continue };
            let label = row
                .cell(Column::Label)
                .map(|c| c.text.as_str())
                .unwrap_or_default();
            let content = row
                .cell(Column::Title)
                .map(|c| self.clean(&c.text))
                .filter(|t| !t.is_empty());
            // The content may share the label's cell ("1. rīcības virziens:
            // Informēšana").
            let inline = |rest: &str| Some(self.clean(rest)).filter(|t| !t.is_empty());
            if let Some((number, rest)) = direction_start(label) {
                let content = content.or_else(|| inline(rest));
                let number = number.unwrap_or(self.plan.directions.len() as u32 + 1);
                self.plan.directions.push(Direction {
                    number,
                    title: content,
                    description: None,
                    goals: Vec::new(),
                    audience: None,
                    provenance: Some(row.provenance.clone()),
                });
                self.direction_segments.push(row.segment);
                self.direction_measures.push(String::new());
            } else if let Some((field, rest)) = field_label(label) {
                let content = content.or_else(|| inline(rest));
                let Some(d) = self.plan.directions.last_mut() else {
                    self.plan.warnings.push(Warning {
                        kind: planx_record::WarningKind::Unplaced,
                        path: "document".to_string(),
                        message: format!("'{label}' row before any direction heading"),
                        provenance: Some(row.provenance.clone()),
                    });
                    continue;
                };
                if let Some(text) = content {
                    set_field(d, field_of(field), text);
                }
            } else if let Some((id, _)) = measure_start(label) {
                let m = self.measure(id, row);
                if let Some(text) = self.direction_measures.last_mut() {
                    text.push_str(&m.title);
                    text.push('\n');
                }
                self.plan.measures.push(m);
            } else {
                self.plan.warnings.push(Warning {
                    kind: planx_record::WarningKind::Unplaced,
                    path: "document".to_string(),
                    message: format!(
                        "table row not understood: {:?}",
                        row.cells
                            .iter()
                            .map(|c| c.text.as_str())
                            .collect::<Vec<_>>()
                            .join(" | ")
                    ),
                    provenance: Some(row.provenance.clone()),
                });
            }
        }
    }

    fn measure(&self, id: String, row: &Row) -> Measure {
        let cell = |c: Column| row.cell(c).map(|x| self.clean(&x.text)).unwrap_or_default();
        let parts: Vec<&str> = id.split('.').collect();
        // The enclosing printed number: a measure printed before ("2" for
        // "2.1" in a plan without groups), or the measure level under a
        // group ("4.1" for "4.1.2").
        let prefix = parts[..parts.len().saturating_sub(1)].join(".");
        let parent = (parts.len() >= 3 || self.plan.measures.iter().any(|m| m.id == prefix))
            .then_some(prefix)
            .filter(|p| !p.is_empty());
        let title = cell(Column::Title);
        let title = title
            .strip_suffix(':')
            .map(str::trim_end)
            .unwrap_or(&title)
            .to_string();
        let procurement_codes: Vec<String> = self
            .plan
            .abbreviations
            .iter()
            .filter(|a| a.expansion.to_lowercase().contains("iepirkum"))
            .map(|a| a.abbr.clone())
            .collect();
        let is_procurement = |code: &str| {
            let base = code.trim_end_matches(|c: char| c.is_ascii_digit());
            if procurement_codes.is_empty() {
                norm::is_code(code)
            } else {
                procurement_codes.iter().any(|p| p == base)
            }
        };
        // The codes the abbreviation list names: they tell codes printed
        // side by side ("IeM IC") from two codes ("LM PR").
        let codes: Vec<String> = self
            .plan
            .abbreviations
            .iter()
            .map(|a| a.abbr.clone())
            .collect();
        let optional = |c: Column| {
            self.columns.contains(&c).then(|| {
                let text = cell(c);
                (!text.is_empty()).then_some(text)
            })
        };
        let other = (!self.other_headers.is_empty()).then(|| {
            self.other_headers
                .iter()
                .filter_map(|(pos, header)| {
                    let text = cell(Column::Other(*pos));
                    (!text.is_empty()).then(|| (self.clean(header), text))
                })
                .collect()
        });
        Measure {
            direction: self.plan.directions.last().map(|d| d.number),
            result: optional(Column::Result),
            funding_source: optional(Column::FundingSource),
            other,
            parent,
            responsible: norm::responsible_with_codes(
                &cell(Column::Responsible),
                &is_procurement,
                &codes,
            ),
            financer: norm::financer_with_codes(&cell(Column::Financer), &codes),
            period: norm::period(&cell(Column::Period)),
            budget: self.budget(row),
            partners: norm::partners(&cell(Column::Partners)),
            provenance: row.provenance.clone(),
            title,
            id,
        }
    }

    /// The budget cell, or the amounts per year and their total where the
    /// table prints years under its budget header.
    fn budget(&self, row: &Row) -> Option<planx_record::Budget> {
        let cell = |c: Column| row.cell(c).map(|x| self.clean(&x.text)).unwrap_or_default();
        let years: Vec<(u16, String)> = self
            .columns
            .iter()
            .filter_map(|c| match c {
                Column::BudgetYear(y) => Some((*y, cell(*c))),
                _ => None,
            })
            .collect();
        if years.is_empty() {
            return norm::budget(&cell(Column::Budget));
        }
        let total = self
            .columns
            .contains(&Column::BudgetTotal)
            .then(|| cell(Column::BudgetTotal));
        norm::budget_by_year(&years, total.as_deref()).or_else(|| {
            // No year's cell filled, but the budget's own (a note set
            // across the years' columns, "valsts budžeta ietvaros", read
            // into the column of the heading over them): the note, as a
            // note across the years is.
            let spanning = cell(Column::Budget);
            let first = years.first().map(|(y, _)| *y)?;
            norm::budget(&spanning)
                .filter(|b| b.eur.is_none())
                .and_then(|_| norm::budget_by_year(&[(first, spanning)], None))
        })
    }

    /// Gives the loose blocks of each segment to the empty direction fields
    /// of the directions whose headings stand in that segment.
    fn place_loose(&mut self) {
        let sim = loose::Similarity::new(&self.direction_measures);
        let mut blocks_by_segment: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (i, l) in self.loose.iter().enumerate() {
            blocks_by_segment.entry(l.segment).or_default().push(i);
        }
        let mut directions_by_segment: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (di, seg) in self.direction_segments.iter().enumerate() {
            directions_by_segment.entry(*seg).or_default().push(di);
        }
        let mut placed = vec![false; self.loose.len()];
        for (seg, idx) in blocks_by_segment {
            let mut slots = Vec::new();
            for &di in directions_by_segment.get(&seg).into_iter().flatten() {
                let Some(d) = self.plan.directions.get(di) else {
                    continue;
                };
                for (field, empty) in [
                    (Field::Title, d.title.is_none()),
                    (Field::Description, d.description.is_none()),
                    (Field::Goals, d.goals.is_empty()),
                    (Field::Audience, d.audience.is_none()),
                ] {
                    if empty {
                        slots.push(Slot {
                            direction: di,
                            field,
                        });
                    }
                }
            }
            if slots.len() > MAX_PAGE_SLOTS || idx.len() > MAX_PAGE_BLOCKS {
                self.plan.warnings.push(Warning {
                    kind: planx_record::WarningKind::Unplaced,
                    path: "document".to_string(),
                    message: format!(
                        "{} loose blocks for {} empty direction cells on one page: too many to place, left unplaced",
                        idx.len(),
                        slots.len()
                    ),
                    provenance: None,
                });
                continue;
            }
            let texts: Vec<String> = idx.iter().map(|&i| self.loose[i].text.clone()).collect();
            let chosen = loose::assign(&texts, &slots, &sim);
            for (k, slot) in chosen.into_iter().enumerate() {
                let (Some(slot), Some(&li)) = (slot, idx.get(k)) else {
                    continue;
                };
                if let Some(d) = self.plan.directions.get_mut(slot.direction) {
                    set_field(d, slot.field, self.loose[li].text.clone());
                    placed[li] = true;
                }
            }
        }
        for (i, l) in self.loose.iter().enumerate() {
            if !placed[i] {
                self.plan.warnings.push(Warning {
                    kind: planx_record::WarningKind::Unplaced,
                    path: "document".to_string(),
                    message: format!("text outside the table was not placed: {:?}", l.text),
                    provenance: Some(l.provenance.clone()),
                });
            }
        }
    }

    /// A budget column whose cell holds only a code the abbreviation list
    /// explains as a way of financing (`EAFI` - "esošā atalgojuma
    /// finansējuma ietvaros") was read as partners when nothing followed it.
    fn fill_budget_notes(&mut self, ex: &Extraction) {
        if !ex.columns.contains(&Column::Budget) {
            return;
        }
        let financing: Vec<&Abbreviation> = self
            .plan
            .abbreviations
            .iter()
            .filter(|a| a.expansion.to_lowercase().contains("finansējum"))
            .collect();
        for m in &mut self.plan.measures {
            if m.budget.is_none()
                && m.partners.len() == 1
                && financing.iter().any(|a| m.partners[0] == a.abbr)
            {
                m.budget = norm::budget(&m.partners[0]);
                m.partners.clear();
            }
        }
    }

    /// Typo correction over every text field, each change recorded; the
    /// words the document prints are the first evidence.
    fn correct(&mut self, ex: &Extraction) {
        let printed: Vec<&str> = ex
            .items
            .iter()
            .flat_map(|i| -> Vec<&str> {
                match i {
                    Item::Row(r) => r.cells.iter().map(|c| c.text.as_str()).collect(),
                    Item::Block(b) => b.lines.iter().map(String::as_str).collect(),
                }
            })
            .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
            .filter(|w| !w.is_empty())
            .collect();
        // A code of several words ("VM NVD") makes each of its words a code
        // the document prints.
        let mut corrector = Corrector::new(
            self.lexicon,
            self.plan.abbreviations.iter().flat_map(|a| {
                std::iter::once(a.abbr.clone()).chain(if a.abbr.contains(' ') {
                    a.abbr.split_whitespace().map(str::to_string).collect()
                } else {
                    Vec::new()
                })
            }),
        )
        .with_document_words(printed);
        if self.plan.source.input == Some(planx_record::InputKind::PdfOcr) {
            corrector = corrector.for_ocr();
        }
        let mut out: Vec<Correction> = Vec::new();
        let mut fix = |path: String, text: &mut String, prov: Option<&Provenance>| {
            let (fixed, changes) = corrector.correct(text);
            for c in changes {
                out.push(Correction {
                    path: path.clone(),
                    from: c.from,
                    to: c.to,
                    rule: c.rule.to_string(),
                    evidence: Some(c.evidence),
                    provenance: prov.cloned(),
                });
            }
            *text = fixed;
        };
        let p = &mut self.plan;
        for t in p.title.iter_mut() {
            fix("title".into(), t, None);
        }
        for t in p.overall_goal.iter_mut() {
            fix("overall_goal".into(), t, None);
        }
        for (i, a) in p.abbreviations.iter_mut().enumerate() {
            fix(
                format!("abbreviations[{i}].expansion"),
                &mut a.expansion,
                None,
            );
        }
        for (i, d) in p.directions.iter_mut().enumerate() {
            let prov = d.provenance.clone();
            for (name, field) in [
                ("title", &mut d.title),
                ("description", &mut d.description),
                ("audience", &mut d.audience),
            ] {
                if let Some(t) = field.as_mut() {
                    fix(format!("directions[{i}].{name}"), t, prov.as_ref());
                }
            }
            for (j, g) in d.goals.iter_mut().enumerate() {
                fix(format!("directions[{i}].goals[{j}]"), g, prov.as_ref());
            }
        }
        for (i, m) in p.measures.iter_mut().enumerate() {
            let prov = m.provenance.clone();
            fix(format!("measures[{i}].title"), &mut m.title, Some(&prov));
            for (j, r) in m.responsible.iter_mut().enumerate() {
                if let Some(n) = r.note.as_mut() {
                    fix(
                        format!("measures[{i}].responsible[{j}].note"),
                        n,
                        Some(&prov),
                    );
                }
            }
            for (j, pt) in m.partners.iter_mut().enumerate() {
                fix(format!("measures[{i}].partners[{j}]"), pt, Some(&prov));
            }
            if let Some(Some(t)) = m.result.as_mut() {
                fix(format!("measures[{i}].result"), t, Some(&prov));
            }
            if let Some(Some(t)) = m.funding_source.as_mut() {
                fix(format!("measures[{i}].funding_source"), t, Some(&prov));
            }
            for (header, t) in m.other.iter_mut().flatten() {
                fix(format!("measures[{i}].other[{header}]"), t, Some(&prov));
            }
        }
        p.corrections = out;
        if corrector.exhausted() {
            p.warnings.push(Warning {
                kind: planx_record::WarningKind::Limit,
                path: "document".to_string(),
                message: format!(
                    "more than {} distinct unknown words: typo correction stopped, the rest are as printed",
                    planx_normalizer::MAX_UNKNOWN_WORDS
                ),
                provenance: None,
            });
        }
    }

    fn warn_cut_off(&mut self) {
        let mut warnings = Vec::new();
        for (i, m) in self.plan.measures.iter().enumerate() {
            if let Some(why) = cutoff::reason(&m.title) {
                warnings.push(Warning {
                    kind: planx_record::WarningKind::CutOff,
                    path: format!("measures[{i}].title"),
                    message: format!("cell text {why}: likely cut off in the source"),
                    provenance: Some(m.provenance.clone()),
                });
            }
        }
        for (i, d) in self.plan.directions.iter().enumerate() {
            for (name, field) in [
                ("title", &d.title),
                ("description", &d.description),
                ("audience", &d.audience),
            ] {
                if let Some(why) = field.as_deref().and_then(cutoff::reason) {
                    warnings.push(Warning {
                        kind: planx_record::WarningKind::CutOff,
                        path: format!("directions[{i}].{name}"),
                        message: format!("cell text {why}: likely cut off in the source"),
                        provenance: d.provenance.clone(),
                    });
                }
            }
            for (name, empty) in [
                ("title", d.title.is_none()),
                ("description", d.description.is_none()),
                ("goals", d.goals.is_empty()),
                ("audience", d.audience.is_none()),
            ] {
                if empty {
                    warnings.push(Warning {
                        kind: planx_record::WarningKind::Missing,
                        path: format!("directions[{i}].{name}"),
                        message: "no text found for this field".to_string(),
                        provenance: d.provenance.clone(),
                    });
                }
            }
        }
        self.plan.warnings.extend(warnings);
    }
}

fn field_of(label: FieldLabel) -> Field {
    match label {
        FieldLabel::Description => Field::Description,
        FieldLabel::Goals => Field::Goals,
        FieldLabel::Audience | FieldLabel::AudienceHead => Field::Audience,
    }
}

fn set_field(d: &mut Direction, field: Field, text: String) {
    match field {
        Field::Title => d.title = Some(text),
        Field::Description => d.description = Some(text),
        Field::Goals => d.goals = norm::goals(&text),
        Field::Audience => d.audience = Some(text),
    }
}

/// The record of a text that is not a plan: announcement, project card,
/// news item or `unknown`.
fn unknown(ex: &Extraction, source: Source, _lexicon: &LatvianLexicon) -> DocumentRecord {
    let text: String = ex
        .items
        .iter()
        .flat_map(|i| match i {
            Item::Block(b) => b.lines.clone(),
            Item::Row(r) => vec![r
                .cells
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join("\t")],
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (kind, facts, mut warnings) = crate::kinds::classify(&text);
    warnings.extend(crate::footnotes::warnings(ex));
    DocumentRecord {
        format: FORMAT.to_string(),
        kind,
        source,
        error: None,
        facts,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planx_extractor::Cell;

    fn row(cells: &[(Column, &str)]) -> Item {
        Item::Row(Row {
            cells: cells
                .iter()
                .map(|(column, text)| Cell {
                    column: *column,
                    text: (*text).to_string(),
                    provenance: Provenance::lines(1, 1),
                })
                .collect(),
            provenance: Provenance::lines(1, 1),
            segment: 0,
        })
    }

    /// A note set across the years' columns, read into the column of the
    /// heading over them, is the measure's budget note — never dropped.
    #[test]
    fn a_note_across_the_years_is_the_budget() {
        let columns = vec![
            Column::Label,
            Column::Title,
            Column::BudgetYear(2020),
            Column::Budget,
            Column::BudgetYear(2021),
        ];
        let ex = Extraction {
            input: planx_record::InputKind::Pdf,
            pages: Some(1),
            encoding: "pdf",
            decoding: Vec::new(),
            columns,
            other_headers: Vec::new(),
            items: vec![
                row(&[
                    (Column::Label, "Pasākums nr.1.1."),
                    (Column::Title, "Kampaņa"),
                    (Column::Budget, "valsts budžeta ietvaros"),
                ]),
                row(&[
                    (Column::Label, "Pasākums nr.1.2."),
                    (Column::Title, "Semināri"),
                    (Column::BudgetYear(2020), "4 000"),
                    (Column::BudgetYear(2021), "500"),
                ]),
            ],
            furniture_lines: 0,
            doubtful: Vec::new(),
            repairs: Vec::new(),
            footnotes: Vec::new(),
        };
        let source = Source {
            path: "x.pdf".into(),
            sha256: String::new(),
            input: None,
            pages: None,
            encoding: None,
            decoding: Vec::new(),
        };
        let lexicon = LatvianLexicon::load().expect("lexicon");
        let Record::Plan(plan) = assemble(&ex, source, &lexicon) else {
            panic!("a plan")
        };
        let budgets: Vec<_> = plan.measures.iter().map(|m| m.budget.clone()).collect();
        let note = budgets.first().cloned().flatten().expect("a budget");
        assert_eq!(note.note.as_deref(), Some("valsts budžeta ietvaros"));
        assert_eq!(note.eur, None);
        let amounts = budgets.get(1).cloned().flatten().expect("a budget");
        assert_eq!(amounts.eur, Some(4500.0));
    }
}
