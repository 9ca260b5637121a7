//! The diff as a readable Markdown report.

use std::fmt::Write;

use super::{FieldChange, Op, PlanDiff};

/// Markdown: deleted words as `~~…~~`, inserted words as `**…**`.
pub fn markdown(d: &PlanDiff) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Plan diff\n\n- old: `{}`\n- new: `{}`\n",
        d.old, d.new
    );
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(
        out,
        "## Columns\n\n- appeared: {}\n- disappeared: {}\n",
        list(&d.columns.appeared),
        list(&d.columns.disappeared)
    );
    let _ = writeln!(
        out,
        "## Measures\n\n- added: {}\n- removed: {}",
        list(&d.measures.added),
        list(&d.measures.removed)
    );
    for r in &d.measures.renumbered {
        let _ = writeln!(out, "- renumbered: {} → {}", r.old, r.new);
    }
    for m in &d.measures.moved {
        let _ = writeln!(
            out,
            "- moved: {} from direction {:?} to {:?}",
            m.id, m.old, m.new
        );
    }
    out.push('\n');
    for c in &d.measures.changed {
        let _ = writeln!(out, "### Measure {}\n", c.id);
        for (name, f) in &c.fields {
            field(&mut out, name, f);
        }
        out.push('\n');
    }
    if !d.directions.changed.is_empty() {
        out.push_str("## Directions\n\n");
        for c in &d.directions.changed {
            let _ = writeln!(out, "### Direction {}\n", c.number);
            for (name, f) in &c.fields {
                field(&mut out, name, f);
            }
            out.push('\n');
        }
    }
    let a = &d.abbreviations;
    let _ = writeln!(
        out,
        "## Abbreviations\n\n- added: {}\n- removed: {}\n- changed: {}\n",
        list(&a.added),
        list(&a.removed),
        list(&a.changed)
    );
    let _ = writeln!(out, "## Document\n");
    for (name, f) in &d.document.fields {
        field(&mut out, name, f);
    }
    out
}

fn field(out: &mut String, name: &str, f: &FieldChange) {
    let cut = if f.cut_off {
        format!(
            " *(cut off in the {} version)*",
            f.cut_off_in.as_deref().unwrap_or("?")
        )
    } else {
        String::new()
    };
    if f.words.is_empty() {
        let _ = writeln!(out, "- **{name}**{cut}: `{}` → `{}`", f.old, f.new);
        return;
    }
    let mut text = String::new();
    for op in &f.words {
        match op {
            Op::Same(t) => text.push_str(t),
            Op::Del(t) => {
                let _ = write!(text, "~~{t}~~");
            }
            Op::Ins(t) => {
                let _ = write!(text, "**{t}**");
            }
        }
        text.push(' ');
    }
    let _ = writeln!(out, "- **{name}**{cut}: {}", text.trim_end());
}
