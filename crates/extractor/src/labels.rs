//! Recognisers for the row labels of plan tables and their column headers.

use std::sync::OnceLock;

use regex::Regex;

use crate::profile::Profile;
use crate::Column;

/// Compiles a pattern literal of this crate once. The literals are covered
/// by unit tests, so a failure here is a programming error.
pub(crate) fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("pattern literal compiles"))
}

/// A bare measure number as a table's first cell (`1.2.`, `4.1.3`, and
/// `3.` with its dot: a measure of a plan without groups): the id.
pub fn bare_measure_id(cell: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let caps = re(&RE, r"^(?:(\d+(?:\.\d+)+)\.?|(\d+)\.)$").captures(cell.trim())?;
    Some(caps.get(1).or_else(|| caps.get(2))?.as_str().to_string())
}

/// "Pasākums nr.1.2." at the start of a line: returns the id and the rest.
pub fn measure_start(line: &str) -> Option<(String, &str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let caps = re(
        &RE,
        r"^(?i:pasākums)\s*(?i:nr)\.?\s*(\d+(?:\.\d+)*)\.?(?:\s+|$)",
    )
    .captures(line)?;
    let id = caps.get(1)?.as_str().to_string();
    let rest = line.get(caps.get(0)?.end()..).unwrap_or_default();
    Some((id, rest))
}

/// A group heading ("Rīcības virziens nr.1", "1. mērķis.", the layout
/// profile's group names) at the start of a line: the number (if printed)
/// and the rest of the line.
pub fn direction_start(line: &str) -> Option<(Option<u32>, &str)> {
    Profile::shipped().group_start(line)
}

/// The label of a direction's field rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldLabel {
    /// "Apraksts".
    Description,
    /// "Mērķi" / "Mērķis".
    Goals,
    /// "Mērķauditorija" / "Mērķ-auditorija".
    Audience,
    /// "Mērķ-" alone: the first half of a hyphenated "Mērķauditorija".
    AudienceHead,
}

impl FieldLabel {
    /// The label as a short name.
    pub fn name(self) -> &'static str {
        match self {
            FieldLabel::Description => "Apraksts",
            FieldLabel::Goals => "Mērķi",
            FieldLabel::Audience | FieldLabel::AudienceHead => "Mērķauditorija",
        }
    }
}

/// A direction field label at the start of a line, and the rest.
pub fn field_label(line: &str) -> Option<(FieldLabel, &str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let Some(caps) = re(
        &RE,
        r"^(?:(Apraksts)|(M[eē]r[kķ]-?\s*auditorija)|(M[eē]r[kķ]i|M[eē]r[kķ]is)|(M[eē]r[kķ]-))\s*:?(?:\s+|$)",
    )
    .captures(line) else {
        return misread_audience(line);
    };
    let label = if caps.get(1).is_some() {
        FieldLabel::Description
    } else if caps.get(2).is_some() {
        FieldLabel::Audience
    } else if caps.get(3).is_some() {
        FieldLabel::Goals
    } else {
        FieldLabel::AudienceHead
    };
    let rest = line.get(caps.get(0)?.end()..).unwrap_or_default();
    Some((label, rest))
}

/// "Mērķauditorija" with one letter misread by OCR ("Mērķkauditorija"):
/// the long label is matched with one edit.
fn misread_audience(line: &str) -> Option<(FieldLabel, &str)> {
    let end = line
        .find(|c: char| c.is_whitespace() || c == ':')
        .unwrap_or(line.len());
    let word: Vec<char> = fold_header(line.get(..end)?).chars().collect();
    let label: Vec<char> = fold_header(FieldLabel::Audience.name()).chars().collect();
    if word.len().abs_diff(label.len()) > 1 || find_near(&word, &label, 1).is_none() {
        return None;
    }
    let rest = line.get(end..)?.trim_start_matches(':').trim_start();
    Some((FieldLabel::Audience, rest))
}

/// True when every word of `text` is a column-header word.
pub fn is_header_text(text: &str) -> bool {
    let mut words = 0;
    for w in text.split(|c: char| c.is_whitespace() || "(),:;/-".contains(c)) {
        let w = w.trim_matches('.');
        if w.is_empty() {
            continue;
        }
        words += 1;
        let folded = fold_header(w);
        if !Profile::shipped().is_header_word(&folded) {
            return false;
        }
    }
    words > 0
}

/// Where `needle` ends in `hay` with at most `edits` edits (Sellers'
/// approximate substring search), as a character offset of its end; the
/// first such place.
pub(crate) fn find_near(hay: &[char], needle: &[char], edits: usize) -> Option<usize> {
    let mut col: Vec<usize> = (0..=needle.len()).collect();
    for (j, h) in hay.iter().enumerate() {
        let mut prev_diag = col.first().copied().unwrap_or(0);
        if let Some(first) = col.first_mut() {
            *first = 0;
        }
        for (i, n) in needle.iter().enumerate() {
            let (Some(&up), Some(&left)) = (col.get(i), col.get(i + 1)) else {
                continue;
            };
            let cost = prev_diag + usize::from(n != h);
            let best = cost.min(up + 1).min(left + 1);
            prev_diag = left;
            if let Some(slot) = col.get_mut(i + 1) {
                *slot = best;
            }
        }
        if col.last().is_some_and(|&d| d <= edits) {
            return Some(j);
        }
    }
    None
}

/// Header words compared as OCR may read them: lower case, Latvian
/// diacritics dropped, and `l`, `I` and `|` (which OCR confuses) one letter.
pub fn fold_header(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ā' => 'a',
            'č' => 'c',
            'ē' => 'e',
            'ģ' => 'g',
            'ī' | 'l' | 'ļ' | '|' => 'i',
            'ķ' => 'k',
            'ņ' => 'n',
            'š' => 's',
            'ū' => 'u',
            'ž' => 'z',
            c => c,
        })
        .collect()
}

/// The columns a header text names, in the order they appear (the layout
/// profile's wordings).
pub fn header_columns(text: &str) -> Vec<Column> {
    Profile::shipped().columns_named(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_with_one_letter_misread() {
        assert_eq!(header_columns("īstenošanas taiks"), vec![Column::Period]);
        assert_eq!(header_columns("lesaistāmās"), vec![Column::Partners]);
        assert_eq!(header_columns("Pasākuma nosaukums:"), vec![Column::Title]);
        assert_eq!(
            header_columns("Sasniedzamais rezultāts"),
            vec![Column::Result]
        );
        assert!(header_columns("Piezīmes").is_empty());
    }

    #[test]
    fn measure_starts() {
        assert_eq!(
            measure_start("Pasākums nr.1.2. Vizuālas"),
            Some(("1.2".to_string(), "Vizuālas"))
        );
        assert_eq!(
            measure_start("pasākums nr.4.1.3.\tAtklāšanas"),
            Some(("4.1.3".to_string(), "Atklāšanas"))
        );
        assert_eq!(measure_start("Pasākuma nosaukums:"), None);
    }

    #[test]
    fn direction_starts() {
        assert_eq!(
            direction_start("Rīcības virziens  nr.2"),
            Some((Some(2), ""))
        );
        assert_eq!(direction_start("Rīcības virziens\tX"), Some((None, "X")));
        assert_eq!(
            direction_start("2. rīcības virziens: Apmācības"),
            Some((Some(2), "Apmācības"))
        );
        assert_eq!(
            direction_start("Rīcības virziens 3 Kampaņa"),
            Some((Some(3), "Kampaņa"))
        );
    }

    #[test]
    fn field_labels_misread_by_ocr() {
        assert_eq!(
            field_label("Mērķkauditorija\tX").map(|l| l.0),
            Some(FieldLabel::Audience)
        );
        assert_eq!(
            field_label("Mērkauditorija").map(|l| l.0),
            Some(FieldLabel::Audience)
        );
        assert_eq!(field_label("Mērķa grupa").map(|l| l.0), None);
    }

    #[test]
    fn field_labels() {
        assert_eq!(
            field_label("Mērķ-auditorija\tX").map(|l| l.0),
            Some(FieldLabel::Audience)
        );
        assert_eq!(
            field_label("Mērķ-").map(|l| l.0),
            Some(FieldLabel::AudienceHead)
        );
        assert_eq!(
            field_label("Mērķis\tX").map(|l| l.0),
            Some(FieldLabel::Goals)
        );
        assert_eq!(field_label("Mērķa grupa"), None);
    }

    #[test]
    fn headers() {
        assert!(is_header_text("Indikatīvais finan- sējums, EUR"));
        assert!(is_header_text("(iepirkuma"));
        assert!(!is_header_text("Informēšana par DI procesu"));
        // The numbering column's heading, however it is spaced.
        assert!(is_header_text("Nr.p.k.") && is_header_text("Nr. p.k."));
        assert_eq!(
            header_columns(
                "Pasākuma nosaukums: Atbildīgā institūcija iepirkuma veicējs finansētājs"
            ),
            vec![Column::Title, Column::Responsible, Column::Financer]
        );
    }
}
