//! "Indikatīvais īstenošanas laiks": `2017`, `2017-2018`, `2017; 2018`.

use planx_record::Period;

/// Parses a period cell (already cleaned). `None` for an empty cell or one
/// without a year.
pub fn period(text: &str) -> Option<Period> {
    let years: Vec<i32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect();
    Some(Period {
        from: *years.iter().min()?,
        to: *years.iter().max()?,
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        for (text, want) in [
            ("2017", Some((2017, 2017))),
            ("2017-2018", Some((2017, 2018))),
            ("2017; 2018", Some((2017, 2018))),
            ("2016 – 2022", Some((2016, 2022))),
            ("", None),
            ("pastāvīgi", None),
        ] {
            assert_eq!(period(text).map(|p| (p.from, p.to)), want, "{text}");
        }
    }
}
