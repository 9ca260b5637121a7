//! Page furniture: the column-header group that a table repeats on every
//! page. Only runs of header lines count, so a lone content line made of
//! header words ("personas") is kept.

use crate::labels::{header_columns, is_header_text};
use crate::lines::Line;
use crate::Column;

/// Flags the lines that belong to a run of column-header lines, and returns
/// the columns those headers name (each once, in order of first mention).
pub fn find(lines: &[Line<'_>]) -> (Vec<bool>, Vec<Column>) {
    let mut flags = vec![false; lines.len()];
    let mut columns: Vec<Column> = Vec::new();
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.get(i).is_some_and(|l| !l.text().is_empty()))
        .collect();
    let mut k = 0;
    while k < content.len() {
        let mut end = k;
        while content
            .get(end)
            .and_then(|&i| lines.get(i))
            .is_some_and(|l| is_header_text(l.text()))
        {
            end += 1;
        }
        if end > k {
            let run: Vec<&str> = content[k..end]
                .iter()
                .filter_map(|&i| lines.get(i).map(Line::text))
                .collect();
            let joined = run.join("\n");
            let named = header_columns(&joined);
            if run.len() >= 2 || named.len() >= 2 {
                for &i in &content[k..end] {
                    if let Some(f) = flags.get_mut(i) {
                        *f = true;
                    }
                }
                for c in named {
                    if !columns.contains(&c) {
                        columns.push(c);
                    }
                }
            }
            k = end;
        } else {
            k += 1;
        }
    }
    (flags, columns)
}
