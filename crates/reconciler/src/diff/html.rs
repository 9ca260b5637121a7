//! The diff as a self-contained HTML page: old and new side by side,
//! deleted words in `<del>`, inserted words in `<ins>`.

use std::fmt::Write;

use super::{FieldChange, Op, PlanDiff};

const STYLE: &str =
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left}\
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}\
.cut{color:#a60;font-style:italic}";

/// One page with a table per changed measure and direction.
pub fn html(d: &PlanDiff) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"lv\"><head><meta charset=\"utf-8\"><title>Plan diff</title><style>{STYLE}</style></head><body>"
    );
    let _ = write!(
        out,
        "<h1>Plan diff</h1><p>old: <code>{}</code><br>new: <code>{}</code></p>",
        esc(&d.old),
        esc(&d.new)
    );
    let _ = write!(
        out,
        "<h2>Measures</h2><p>added: {}<br>removed: {}<br>columns appeared: {}<br>columns disappeared: {}</p>",
        esc(&d.measures.added.join(", ")),
        esc(&d.measures.removed.join(", ")),
        esc(&d.columns.appeared.join(", ")),
        esc(&d.columns.disappeared.join(", "))
    );
    for c in &d.measures.changed {
        section(&mut out, &format!("Measure {}", c.id), c.fields.iter());
    }
    for c in &d.directions.changed {
        section(
            &mut out,
            &format!("Direction {}", c.number),
            c.fields.iter(),
        );
    }
    section(&mut out, "Document", d.document.fields.iter());
    out.push_str("</body></html>\n");
    out
}

fn section<'a>(
    out: &mut String,
    heading: &str,
    fields: impl Iterator<Item = (&'a String, &'a FieldChange)>,
) {
    let rows: Vec<_> = fields.collect();
    if rows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h3>{}</h3><table><tr><th>field</th><th>old</th><th>new</th></tr>",
        esc(heading)
    );
    for (name, f) in rows {
        let (old, new) = if f.words.is_empty() {
            (esc(&f.old.to_string()), esc(&f.new.to_string()))
        } else {
            sides(&f.words)
        };
        let cut = if f.cut_off {
            " <span class=\"cut\">(cut off)</span>"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr><td>{}{cut}</td><td>{old}</td><td>{new}</td></tr>",
            esc(name)
        );
    }
    out.push_str("</table>");
}

fn sides(ops: &[Op]) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for op in ops {
        match op {
            Op::Same(t) => {
                old.push_str(&esc(t));
                old.push(' ');
                new.push_str(&esc(t));
                new.push(' ');
            }
            Op::Del(t) => {
                let _ = write!(old, "<del>{}</del> ", esc(t));
            }
            Op::Ins(t) => {
                let _ = write!(new, "<ins>{}</ins> ", esc(t));
            }
        }
    }
    (old, new)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
