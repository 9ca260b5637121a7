//! A readable rendering of an [`Extraction`], for snapshots and for
//! `planx rows`.

use std::fmt::Write;

use crate::{Extraction, Item};

impl Extraction {
    /// One line per row or block: provenance, segment, then the cells as
    /// `Column: text` with line wraps shown as `⏎`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "input: {:?}, encoding: {}, columns: {:?}, furniture lines dropped: {}",
            self.input, self.encoding, self.columns, self.furniture_lines
        );
        for item in &self.items {
            match item {
                Item::Row(row) => {
                    let lines = row.provenance.lines.unwrap_or_default();
                    let _ = write!(out, "row   s{} L{}-{}", row.segment, lines[0], lines[1]);
                    for cell in &row.cells {
                        let _ = write!(
                            out,
                            " | {:?}: {}",
                            cell.column,
                            cell.text.replace('\n', "⏎")
                        );
                    }
                    out.push('\n');
                }
                Item::Block(block) => {
                    let lines = block.provenance.lines.unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "block s{} L{}-{} | {}",
                        block.segment,
                        lines[0],
                        lines[1],
                        block.lines.join("⏎")
                    );
                }
            }
        }
        out
    }
}
