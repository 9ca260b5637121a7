//! Numbered input lines and the grouping of text outside the table into
//! blocks (paragraphs wrapped over several lines).

use std::sync::OnceLock;

use planx_record::Provenance;
use regex::Regex;

use crate::labels::re;
use crate::Block;

/// One line of the input: its 1-based number and its text without the line
/// break (trailing spaces kept: they tell a wrapped line from an ended one).
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: u32,
    /// The text, line break removed.
    pub raw: &'a str,
}

impl<'a> Line<'a> {
    /// The text without leading and trailing white space.
    pub fn text(&self) -> &'a str {
        self.raw.trim()
    }

    /// True when the line ends in white space: the writer wrapped it and the
    /// paragraph goes on in the next line.
    pub fn wraps(&self) -> bool {
        self.raw.ends_with(|c: char| c.is_whitespace())
    }
}

/// Splits text into numbered lines.
pub fn numbered(text: &str) -> Vec<Line<'_>> {
    text.split('\n')
        .enumerate()
        .map(|(i, raw)| Line {
            no: u32::try_from(i + 1).unwrap_or(u32::MAX),
            raw,
        })
        .collect()
}

/// A tab export hard-wrapped at a fixed width (`fold -s`): a table row
/// whose line ends in the space the wrap left goes on in the next line
/// while the two together keep within the table's width. Such pieces are joined back
/// into their row's line, and the lines they came from are left empty, so
/// that every other line keeps its number. `None` when nothing was joined.
pub fn rejoin_hard_wraps(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let tabs = |l: &str| l.matches('\t').count();
    let widest = lines.iter().map(|l| tabs(l)).max()?;
    if widest < 2 {
        return None;
    }
    // The table: from its first tabbed line (a header may be wrapped too)
    // to its last one.
    let mut first = lines.iter().position(|l| tabs(l) > 0)?;
    // The header's first piece may hold no tab yet ("Pasākuma " / "nosaukums:\t…").
    while first > 0
        && lines
            .get(first - 1)
            .is_some_and(|l| !l.trim().is_empty() && l.ends_with(' ') && tabs(l) == 0)
    {
        first -= 1;
    }
    let last = lines.iter().rposition(|l| tabs(l) > 0)?;
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
    let mut changed = false;
    let mut i = first;
    while i <= last {
        let mut j = i;
        // A row's line goes on while it ends in the wrap's space and the
        // next line is not empty and keeps the row within the table's width
        // (a last cell wrapped goes on in a line without tabs).
        while out.get(i).is_some_and(|l| l.ends_with(' '))
            && lines.get(j + 1).is_some_and(|n| {
                let row = out.get(i).map_or(0, |l| tabs(l));
                !n.trim().is_empty() && (row < widest || tabs(n) == 0) && row + tabs(n) <= widest
            })
        {
            j += 1;
            let next = out.get_mut(j).map(std::mem::take).unwrap_or_default();
            if let Some(row) = out.get_mut(i) {
                row.push_str(&next);
            }
            changed = true;
        }
        i = j + 1;
    }
    changed.then(|| out.join("\n"))
}

/// The number of an enumerator at the start of a line: `(1) …` or `1) …`.
pub fn enumerator(text: &str) -> Option<u32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(&RE, r"^\(?(\d{1,2})\)\s")
        .captures(text)?
        .get(1)?
        .as_str()
        .parse()
        .ok()
}

/// True when `word` looks like an abbreviation code: two or more capitals,
/// digits and `+` allowed after the first letter (`LM`, `CI1`, `VBTAI`,
/// `ESF+`), or a capital, a small letter and capitals (`IeM`).
pub fn is_code(word: &str) -> bool {
    let mut chars = word.chars();
    let all_caps = chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '+');
    // A capital, one small letter, capitals: "IeM".
    let mixed = {
        let c: Vec<char> = word.chars().collect();
        c.len() >= 3
            && c.first().is_some_and(|c| c.is_uppercase())
            && c.get(1).is_some_and(|c| c.is_lowercase())
            && c.get(2..)
                .is_some_and(|r| r.iter().all(|c| c.is_uppercase()))
    };
    (all_caps && !word.starts_with('+')) || mixed
}

/// Groups consecutive loose lines into blocks.
#[derive(Debug, Default)]
pub struct BlockBuilder {
    lines: Vec<String>,
    provenance: Option<Provenance>,
    last_wraps: bool,
    segment: u32,
    /// Highest enumerator seen in the block (kept, not recounted: a block
    /// may have many lines).
    max_enumerator: Option<u32>,
    /// An annex heading block ("Pielikums …") that has not reached its
    /// "Nr." line yet.
    annex_open: bool,
}

impl BlockBuilder {
    /// Adds a line, returning the finished block when the line starts a new
    /// one.
    pub fn push(&mut self, line: Line<'_>, segment: u32) -> Option<Block> {
        self.push_text(line.raw, Provenance::lines(line.no, line.no), segment)
    }

    /// Adds a line of text with its provenance (trailing white space is
    /// the evidence of a wrap), returning the finished block when the line
    /// starts a new one.
    pub fn push_text(&mut self, raw: &str, provenance: Provenance, segment: u32) -> Option<Block> {
        let text = raw.trim();
        let done = if self.lines.is_empty() || self.continues(text) {
            None
        } else {
            self.finish()
        };
        if self.lines.is_empty() {
            self.segment = segment;
        }
        if self.lines.is_empty() {
            self.max_enumerator = None;
            self.annex_open = text.starts_with("Pielikums");
        }
        if text.starts_with("Nr.") {
            self.annex_open = false;
        }
        if let Some(n) = enumerator(text) {
            self.max_enumerator = Some(self.max_enumerator.map_or(n, |m| m.max(n)));
        }
        self.lines.push(text.to_string());
        self.provenance = Some(match self.provenance.take() {
            Some(p) => p.union(&provenance),
            None => provenance,
        });
        self.last_wraps = raw.ends_with(|c: char| c.is_whitespace());
        done
    }

    /// Ends the current block, if any.
    pub fn finish(&mut self) -> Option<Block> {
        if self.lines.is_empty() {
            return None;
        }
        Some(Block {
            lines: std::mem::take(&mut self.lines),
            provenance: self.provenance.take().unwrap_or_default(),
            segment: self.segment,
        })
    }

    fn continues(&self, text: &str) -> bool {
        let Some(prev) = self.lines.last() else {
            return false;
        };
        // A parenthesis opened in the block and not yet closed: the line
        // is inside it ("(kopumā … CI1 un" / "CI2), NVO - …") when it
        // closes it or the line before ends in a wrap.
        if open_parentheses(&self.lines) > 0 && (text.contains(')') || self.last_wraps) {
            return true;
        }
        if let Some(n) = enumerator(text) {
            if prev.ends_with(':') {
                return true;
            }
            return self.max_enumerator.is_some_and(|m| m + 1 == n);
        }
        // A line ending in a dash or a comma is no paragraph's end: an
        // abbreviation's expansion or the list's next item follows.
        if prev.trim_end().ends_with(['–', '—', '-', ',']) {
            return true;
        }
        if !self.last_wraps {
            return false;
        }
        if self.annex_open {
            return true;
        }
        let first_word = text.split_whitespace().next().unwrap_or_default();
        let first = text.chars().next();
        first.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || !c.is_alphabetic())
            || is_code(first_word.trim_end_matches([',', ';', ':', '.']))
    }
}

/// Parentheses opened and not closed over `lines`, read in order (a
/// closing one without an opening one is no negative depth).
fn open_parentheses(lines: &[String]) -> usize {
    lines
        .iter()
        .flat_map(|l| l.chars())
        .fold(0usize, |depth, c| match c {
            '(' => depth + 1,
            ')' => depth.saturating_sub(1),
            _ => depth,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parenthesis_left_open_carries_the_block_over_its_line_end() {
        let text = "Saīsinājumi: VARAM - Vides ministrija, CI - centralizētais iepirkums (kopumā divi - CI1 un\n\
                    CI2), NVO - biedrības un nodibinājumi.\n\
                    Valsts sekretāre A.Liepiņa\n";
        let blocks = group(text);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(blocks[0].len(), 2);
        assert_eq!(open_parentheses(&["a) (b (c)".to_string()]), 1);
    }

    fn group(text: &str) -> Vec<Vec<String>> {
        let mut b = BlockBuilder::default();
        let mut out = Vec::new();
        for line in numbered(text).into_iter().filter(|l| !l.text().is_empty()) {
            out.extend(b.push(line, 0));
        }
        out.extend(b.finish());
        out.into_iter().map(|b| b.lines).collect()
    }

    #[test]
    fn wrapped_lowercase_line_continues() {
        assert_eq!(group("esošie un \n\npotenciālie\nNext").len(), 2);
    }

    #[test]
    fn a_line_ending_in_a_dash_goes_on() {
        assert_eq!(
            group("PV – pašvaldības; CFLA –\nCentrālā finanšu un līgumu aģentūra").len(),
            1
        );
    }

    #[test]
    fn capitalised_line_after_wrap_starts_new_block() {
        assert_eq!(group("Risinājumi \nPraktiski pasākumi").len(), 2);
    }

    #[test]
    fn enumerated_items_stay_together() {
        let g = group("Intro:\n(1) a\n(2) b\nOther");
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].len(), 3);
    }

    #[test]
    fn annex_heading_runs_to_number() {
        let g = group("Pielikums \nLabklājības ministrijas \nNr. 5\nVirsmērķis: x");
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].len(), 3);
    }

    #[test]
    fn hard_wrapped_tab_rows_are_rejoined() {
        let row = "Pasākums nr.1.1.\tVienota logo izveide komunikācijas materiālos\tLM (CI1)\t2017\tPR, NVO";
        let head =
            "Pasākuma nosaukums:\t\tAtbildīgā institūcija\tTermiņš\tIesaistītās institūcijas";
        let text = format!("Plāns\n\n{head}\n{row}\n\nValsts sekretārs I.Alliks\n");
        let wrapped: String = text
            .split('\n')
            .flat_map(|l| {
                // fold -s -w 30: the space stays at the end of each piece
                let mut pieces = Vec::new();
                let mut rest = l;
                while rest.len() > 30 {
                    let cut = rest
                        .get(..=30)
                        .and_then(|h| h.rfind(' '))
                        .unwrap_or(rest.len() - 1);
                    pieces.push(rest.get(..=cut).unwrap_or(rest).to_string());
                    rest = rest.get(cut + 1..).unwrap_or_default();
                }
                pieces.push(rest.to_string());
                pieces
            })
            .collect::<Vec<_>>()
            .join("\n");
        let joined = rejoin_hard_wraps(&wrapped).expect("rows were wrapped");
        let lines: Vec<&str> = joined.split('\n').filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["Plāns", head, row, "Valsts sekretārs I.Alliks"]);
        // An export that is not wrapped is left as it is.
        assert_eq!(rejoin_hard_wraps(&text), None);
    }
}
