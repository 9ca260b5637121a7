//! "Indikatīvais finansējums, EUR": `4 000`, `40000`, `1 234,50`, or a
//! note such as `EAFI`.

use planx_record::Budget;

/// Parses a budget cell (already cleaned). `None` for an empty cell.
pub fn budget(text: &str) -> Option<Budget> {
    if text.is_empty() {
        return None;
    }
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let numeric = !compact.is_empty()
        && compact
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && compact.chars().next().is_some_and(|c| c.is_ascii_digit());
    let eur = if numeric {
        compact.replace(',', ".").parse::<f64>().ok()
    } else {
        None
    };
    Some(Budget {
        eur,
        note: if eur.is_none() {
            Some(text.to_string())
        } else {
            None
        },
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        for (text, eur, note) in [
            ("4 000", Some(4000.0), None),
            ("40000", Some(40000.0), None),
            ("1 234,50", Some(1234.5), None),
            ("EAFI", None, Some("EAFI")),
        ] {
            let b = budget(text).unwrap();
            assert_eq!((b.eur, b.note.as_deref()), (eur, note), "{text}");
        }
        assert_eq!(budget(""), None);
    }
}
