//! `planx export`: a batch's JSON Lines to one CSV row per measure.

use std::io::{BufRead, Write};
use std::path::Path;

use planx_record::Record;

const HEADER: &[&str] = &[
    "plan_title",
    "source_path",
    "source_sha256",
    "input",
    "annex_to",
    "measure_id",
    "direction",
    "parent",
    "title",
    "responsible",
    "procurement",
    "financer",
    "period_from",
    "period_to",
    "period_text",
    "budget_eur",
    "budget_note",
    "partners",
    "lines",
];

/// Writes the measures of every plan record in `jsonl` to `csv`; returns the
/// number of rows.
pub fn csv(jsonl: &Path, csv: &Path, bom: bool) -> std::io::Result<usize> {
    let input = std::io::BufReader::new(std::fs::File::open(jsonl)?);
    let mut w = std::io::BufWriter::new(std::fs::File::create(csv)?);
    if bom {
        w.write_all(b"\xEF\xBB\xBF")?;
    }
    row(&mut w, HEADER.iter().map(|s| s.to_string()))?;
    let mut n = 0;
    for line in input.lines() {
        let line = line?;
        let Ok(Record::Plan(plan)) = serde_json::from_str::<Record>(&line) else {
            continue;
        };
        for m in &plan.measures {
            let join = |v: Vec<String>| v.join("; ");
            row(
                &mut w,
                [
                    plan.title.clone().unwrap_or_default(),
                    plan.source.path.clone(),
                    plan.source.sha256.clone(),
                    serde_json::to_value(plan.source.input)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    plan.annex_to.clone().unwrap_or_default(),
                    m.id.clone(),
                    m.direction.map(|d| d.to_string()).unwrap_or_default(),
                    m.parent.clone().unwrap_or_default(),
                    m.title.clone(),
                    join(
                        m.responsible
                            .iter()
                            .map(|r| r.institution.clone())
                            .collect(),
                    ),
                    join(
                        m.responsible
                            .iter()
                            .filter_map(|r| r.procurement.clone())
                            .collect(),
                    ),
                    join(m.financer.clone()),
                    m.period
                        .as_ref()
                        .and_then(|p| p.from)
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                    m.period
                        .as_ref()
                        .and_then(|p| p.to)
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                    m.period
                        .as_ref()
                        .map(|p| p.text.clone())
                        .unwrap_or_default(),
                    m.budget
                        .as_ref()
                        .and_then(|b| b.eur)
                        .map(|e| e.to_string())
                        .unwrap_or_default(),
                    m.budget
                        .as_ref()
                        .and_then(|b| b.note.clone())
                        .unwrap_or_default(),
                    join(m.partners.clone()),
                    m.provenance
                        .lines
                        .map(|[a, b]| format!("{a}-{b}"))
                        .unwrap_or_default(),
                ]
                .into_iter(),
            )?;
            n += 1;
        }
    }
    w.flush()?;
    Ok(n)
}

fn row(w: &mut impl Write, cells: impl Iterator<Item = String>) -> std::io::Result<()> {
    let cells: Vec<String> = cells
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c
            }
        })
        .collect();
    w.write_all(cells.join(",").as_bytes())?;
    w.write_all(b"\r\n")
}
