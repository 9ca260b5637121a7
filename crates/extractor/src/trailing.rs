//! The trailing columns of a flowed table row: in a pdftotext-style export a
//! row's last line carries the end of the measure's name followed by the
//! narrow columns — responsible institution, financer, period, budget,
//! partners — on one line. This module finds where the name ends.

use std::sync::OnceLock;

use regex::Regex;

use crate::labels::re;
use crate::lines::is_code;

/// Which narrow columns the table has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrailingColumns {
    /// A financer column follows the responsible column.
    pub financer: bool,
    /// A budget column follows the period.
    pub budget: bool,
}

/// A row's last line split into the name tail and the narrow columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trailing<'a> {
    /// End of the measure name (may be empty).
    pub title_tail: &'a str,
    /// Responsible cell.
    pub responsible: &'a str,
    /// Financer cell.
    pub financer: &'a str,
    /// Period cell.
    pub period: &'a str,
    /// Budget cell.
    pub budget: &'a str,
    /// Partners cell (first line).
    pub partners: &'a str,
    /// The responsible cell's last note is still open: its text goes on
    /// over the next lines, up to the closing parenthesis.
    pub open_note: bool,
}

/// Splits `line` at its period: a year or year range preceded by the
/// responsible institutions' codes. `None` when the line has no such shape.
pub fn split(line: &str, cols: TrailingColumns) -> Option<Trailing<'_>> {
    static PERIOD: OnceLock<Regex> = OnceLock::new();
    // Years, ranges and lists of years; a year may be followed by "gada"
    // and a half or quarter ("2023. gada II pusgads").
    let period_re = re(
        &PERIOD,
        r"\b(?:19|20)\d\d(?:\s*[-–—;,]\s*(?:19|20)\d\d)*(?:\.\s*gada(?:\s+[IV]+\.?\s*(?:pusgads|pusgadā|ceturksnis|ceturksnī))?)?\b",
    );
    for m in period_re.find_iter(line) {
        let before = line.get(..m.start()).unwrap_or_default();
        let after = line.get(m.end()..).unwrap_or_default();
        if after.starts_with(|c: char| c.is_alphanumeric() || c == '.') {
            continue;
        }
        let Some((tail_end, resp_start, fin_start)) = walk_back(before, cols.financer) else {
            continue;
        };
        let title_tail = line.get(..tail_end).unwrap_or_default().trim();
        let (responsible, financer) = match fin_start {
            Some(f) => (
                line.get(resp_start..f).unwrap_or_default().trim(),
                before.get(f..).unwrap_or_default().trim(),
            ),
            None => (before.get(resp_start..).unwrap_or_default().trim(), ""),
        };
        let (budget, partners) = if cols.budget {
            split_budget(after.trim())
        } else {
            ("", after.trim())
        };
        return Some(Trailing {
            title_tail,
            responsible,
            financer,
            period: m.as_str(),
            budget,
            partners,
            open_note: unclosed(responsible).is_some(),
        });
    }
    None
}

/// Walks back from the period over the responsible groups (`LM`, `LM (CI1)`,
/// `LM (CI2 …) PR (…)`) and, when the table has one, the financer codes.
/// Returns where the name ends, where the responsible cell starts and where
/// the financer cell starts. The financer takes as many codes as leave the
/// responsible cell a group of its own (`… objektiem KM KM 2022`: one each).
fn walk_back(before: &str, financer: bool) -> Option<(usize, usize, Option<usize>)> {
    let end = before.trim_end().len();
    if !financer {
        let (end, resp_start) = walk_responsible(before, end)?;
        return Some((end, resp_start, None));
    }
    // The financer codes, nearest the period first.
    let mut starts = Vec::new();
    let mut at = end;
    while let Some(s) = code_before(before, at) {
        starts.push(s);
        at = end_before_list(before, s);
    }
    // A cell ends where no comma joins its codes: splits inside a list
    // (`NKMP, PV | PV`) are tried last.
    let in_list = |start: usize| {
        before
            .get(..start)
            .unwrap_or_default()
            .trim_end()
            .ends_with(',')
    };
    let ordered = starts
        .iter()
        .rev()
        .filter(|s| !in_list(**s))
        .chain(starts.iter().rev().filter(|s| in_list(**s)));
    for &start in ordered {
        let at = end_before_list(before, start);
        if let Some((end, resp_start)) = walk_responsible(before, at) {
            return Some((end, resp_start, Some(start)));
        }
    }
    None
}

/// Walks back from `end` over the responsible groups: where the name ends
/// and where the responsible cell starts.
fn walk_responsible(before: &str, mut end: usize) -> Option<(usize, usize)> {
    let mut groups = 0;
    // The last group's note may be cut by the line end (`KM (CI1 kampaņas`).
    if let Some(open) = unclosed(before.get(..end).unwrap_or_default()) {
        let head = before.get(..open).unwrap_or_default().trim_end();
        let code_start = code_before(head, head.len())?;
        end = end_before(before, code_start);
        groups += 1;
    }
    loop {
        let text = before.get(..end).unwrap_or_default();
        if text.ends_with(')') {
            let open = matching_open(text)?;
            let head = text.get(..open).unwrap_or_default().trim_end();
            let Some(code_start) = code_before(head, head.len()) else {
                break;
            };
            end = end_before(before, code_start);
            groups += 1;
        } else if groups > 0 && text.trim_end().ends_with(',') {
            // A list of institutions: `NKMP, PV`.
            let head = text.trim_end().trim_end_matches(',');
            let Some(code_start) = code_before(head, head.len()) else {
                break;
            };
            end = end_before(before, code_start);
        } else if groups == 0 {
            let code_start = code_before(text, text.len())?;
            end = end_before(before, code_start);
            groups += 1;
        } else {
            break;
        }
    }
    let resp_start = before
        .get(end..)
        .map(|rest| end + (rest.len() - rest.trim_start().len()))
        .unwrap_or(end);
    (groups > 0).then_some((end, resp_start))
}

/// Where the text before `at` ends, white space left out.
fn end_before(text: &str, at: usize) -> usize {
    text.get(..at).unwrap_or_default().trim_end().len()
}

/// Where the text before `at` ends, white space and list commas left out.
fn end_before_list(text: &str, at: usize) -> usize {
    text.get(..at)
        .unwrap_or_default()
        .trim_end_matches([' ', ','])
        .len()
}

/// Start of the code word that ends at `end` (after trailing white space).
fn code_before(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?.trim_end();
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == ',' || *c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = head.get(start..)?;
    if !is_code(word) {
        return None;
    }
    // A code that follows an opening parenthesis is inside a note, not a cell.
    if head.get(..start)?.ends_with('(') {
        return None;
    }
    Some(start)
}

/// Byte index of a `(` that no `)` closes, the last one.
fn unclosed(text: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(i),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Byte index of the `(` matching the `)` that ends `text`.
fn matching_open(text: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Budget at the start of the text after the period: a number (`4 000`,
/// `40000`, `1 234,50`) or a code followed by more text (`EAFI PR`).
fn split_budget(after: &str) -> (&str, &str) {
    static NUM: OnceLock<Regex> = OnceLock::new();
    let num = re(
        &NUM,
        r"^(?:\d{1,3}(?:[ \u{a0}]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:\s+|$)",
    );
    if let Some(m) = num.find(after) {
        return (
            m.as_str().trim(),
            after.get(m.end()..).unwrap_or_default().trim(),
        );
    }
    let mut words = after.splitn(2, char::is_whitespace);
    let first = words.next().unwrap_or_default();
    let rest = words.next().unwrap_or_default().trim();
    if is_code(first) && !rest.is_empty() && !rest.starts_with(',') {
        return (first, rest);
    }
    ("", after)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUDGET: TrailingColumns = TrailingColumns {
        financer: false,
        budget: true,
    };

    #[test]
    fn full_row_line() {
        let t = split("Vienota DI logo izveide LM (CI) 2016 1800 PR", BUDGET).unwrap();
        assert_eq!(t.title_tail, "Vienota DI logo izveide");
        assert_eq!(t.responsible, "LM (CI)");
        assert_eq!((t.period, t.budget, t.partners), ("2016", "1800", "PR"));
    }

    #[test]
    fn grouped_number_and_code_budget() {
        let t = split("LM (CI) 2017-2018 1 600", BUDGET).unwrap();
        assert_eq!((t.title_tail, t.budget, t.partners), ("", "1 600", ""));
        let t = split("organizēšana LM 2017-2022 EAFI PR ", BUDGET).unwrap();
        assert_eq!((t.responsible, t.budget, t.partners), ("LM", "EAFI", "PR"));
        let t = split("izstrāde: LM (CI) 2016-2017 NVO, DI ", BUDGET).unwrap();
        assert_eq!((t.budget, t.partners), ("", "NVO, DI"));
        let t = split("PR (CI) 2017; 2018 9600 LM ", BUDGET).unwrap();
        assert_eq!((t.period, t.budget), ("2017; 2018", "9600"));
    }

    #[test]
    fn no_break_spaces_separate_like_spaces() {
        let t = split("bērniem\u{a0}PR 2018-2019\u{a0}65\u{a0}000 PV ", BUDGET).unwrap();
        assert_eq!(
            (t.title_tail, t.responsible, t.budget, t.partners),
            ("bērniem", "PR", "65\u{a0}000", "PV")
        );
    }

    #[test]
    fn title_continuation_starting_with_codes_is_not_split() {
        assert_eq!(
            split(
                "PR un PV pārstāvjiem un medijiem par DI procesu Latvijā ",
                BUDGET
            ),
            None
        );
    }

    #[test]
    fn notes_in_parentheses_and_financer() {
        let cols = TrailingColumns {
            financer: true,
            budget: false,
        };
        let t = split(
            "Apmācības LM (CI2 satura nodrošināšana) PR (organizēšana) PR 2017-2020 PR",
            cols,
        )
        .unwrap();
        assert_eq!(t.title_tail, "Apmācības");
        assert_eq!(
            t.responsible,
            "LM (CI2 satura nodrošināšana) PR (organizēšana)"
        );
        assert_eq!((t.financer, t.partners), ("PR", "PR"));
    }

    /// A table with financer and budget columns.
    const FULL: TrailingColumns = TrailingColumns {
        financer: true,
        budget: true,
    };

    #[test]
    fn a_bare_responsible_code_is_left_to_the_responsible_cell() {
        let cols = FULL;
        let t = split(
            "uz mantojuma objektiem KM KM 2022; 2024 6 000 NKMP, PR",
            cols,
        )
        .unwrap();
        assert_eq!(t.title_tail, "uz mantojuma objektiem");
        assert_eq!((t.responsible, t.financer), ("KM", "KM"));
        assert_eq!((t.budget, t.partners), ("6 000", "NKMP, PR"));
        let t = split("tīkla nodrošināšana KM (CI1) KM, VKKF 2021 EFI LNB", cols).unwrap();
        assert_eq!((t.responsible, t.financer), ("KM (CI1)", "KM, VKKF"));
        assert!(!t.open_note);
        let t = split("pieejamība NKMP, PV PV 2022-2024 EFI NVO", cols).unwrap();
        assert_eq!((t.responsible, t.financer), ("NKMP, PV", "PV"));
        let t = split(
            "braucieni KM (saskaņo ar LMB) KM, VKKF 2023. gada II pusgads 9 900 LMB",
            cols,
        )
        .unwrap();
        assert_eq!((t.period, t.budget), ("2023. gada II pusgads", "9 900"));
    }

    #[test]
    fn a_note_cut_by_the_line_end_is_open() {
        let cols = FULL;
        let t = split("KM (CI1 kampaņas KM 2021 8 300 LNKC, PV", cols).unwrap();
        assert_eq!((t.title_tail, t.responsible), ("", "KM (CI1 kampaņas"));
        assert_eq!((t.financer, t.period, t.budget), ("KM", "2021", "8 300"));
        assert!(t.open_note);
        let t = split(
            "darbiniekiem LNKC (CI2 semināru satura) PR (organizēšana, telpu VKKF 2021-2023 21 400 PV",
            cols,
        )
        .unwrap();
        assert_eq!(t.title_tail, "darbiniekiem");
        assert_eq!(
            t.responsible,
            "LNKC (CI2 semināru satura) PR (organizēšana, telpu"
        );
        assert!(t.open_note);
    }
}
