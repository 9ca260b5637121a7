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
        by_year: None,
    })
}

/// A budget printed per year in columns (`years`: each year with its
/// cleaned cell) with an optional total column. `eur` is the total where
/// one is printed, else the sum of the years; a note printed across the
/// amount columns gives `eur` null, the note and `by_year` empty.
pub fn budget_by_year(years: &[(u16, String)], total: Option<&str>) -> Option<Budget> {
    let filled: Vec<(u16, &str)> = years
        .iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(y, t)| (*y, t.as_str()))
        .collect();
    let total = total.filter(|t| !t.is_empty());
    if filled.is_empty() && total.is_none() {
        return None;
    }
    let parsed: Vec<(u16, Option<f64>)> = filled
        .iter()
        .map(|(y, t)| (*y, budget(t).and_then(|b| b.eur)))
        .collect();
    let mut texts: Vec<&str> = filled.iter().map(|(_, t)| *t).collect();
    texts.extend(total);
    let text = texts.join("; ");
    if parsed.iter().any(|(_, e)| e.is_none())
        || total.is_some_and(|t| budget(t).and_then(|b| b.eur).is_none())
    {
        return Some(Budget {
            eur: None,
            note: Some(text.clone()),
            text,
            by_year: Some(Default::default()),
        });
    }
    let by_year: std::collections::BTreeMap<String, f64> = parsed
        .iter()
        .filter_map(|(y, e)| Some((y.to_string(), (*e)?)))
        .collect();
    let eur = match total {
        Some(t) => budget(t).and_then(|b| b.eur),
        None => Some(by_year.values().sum()),
    };
    Some(Budget {
        eur,
        note: None,
        text,
        by_year: Some(by_year),
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

    #[test]
    fn amounts_per_year() {
        let years = |cells: &[&str]| -> Vec<(u16, String)> {
            (2024..).zip(cells.iter().map(|c| c.to_string())).collect()
        };
        let b = budget_by_year(&years(&["1 000", "", "2 500,50"]), None).unwrap();
        assert_eq!(b.eur, Some(3500.5));
        assert_eq!(b.text, "1 000; 2 500,50");
        let by = b.by_year.unwrap();
        assert_eq!(by.get("2024"), Some(&1000.0));
        assert_eq!(by.get("2025"), None);
        let t = budget_by_year(&years(&["100", "200"]), Some("350")).unwrap();
        assert_eq!((t.eur, t.text.as_str()), (Some(350.0), "100; 200; 350"));
        let n = budget_by_year(&years(&["esošo resursu ietvaros", ""]), None).unwrap();
        assert_eq!(
            (n.eur, n.note.as_deref()),
            (None, Some("esošo resursu ietvaros"))
        );
        assert_eq!(n.by_year.map(|m| m.len()), Some(0));
        assert_eq!(budget_by_year(&years(&["", ""]), None), None);
    }
}
