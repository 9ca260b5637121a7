//! "Indikatīvais īstenošanas laiks": `2017`, `2017-2018`, `2017; 2018`.

use planx_record::Period;

/// Parses a period cell (already cleaned): the first and last year it
/// names (a deadline "2025. gada 31. decembris" names one), or none for a
/// period in words ("Pastāvīgi"). `None` for an empty cell.
pub fn period(text: &str) -> Option<Period> {
    if text.trim().is_empty() {
        return None;
    }
    let years: Vec<i32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect();
    Some(Period {
        from: years.iter().min().copied(),
        to: years.iter().max().copied(),
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        for (text, want) in [
            ("2017", Some((Some(2017), Some(2017)))),
            ("2017-2018", Some((Some(2017), Some(2018)))),
            ("2017; 2018", Some((Some(2017), Some(2018)))),
            ("2016 – 2022", Some((Some(2016), Some(2022)))),
            ("2025. gada 31. decembris", Some((Some(2025), Some(2025)))),
            ("līdz 2025. gada 1. martam", Some((Some(2025), Some(2025)))),
            ("2024.–2026. gads", Some((Some(2024), Some(2026)))),
            ("2025. gada I pusgads", Some((Some(2025), Some(2025)))),
            ("", None),
            ("Pastāvīgi", Some((None, None))),
        ] {
            assert_eq!(period(text).map(|p| (p.from, p.to)), want, "{text}");
        }
    }
}
