//! Cells that are lists: partners, financers, goals, the abbreviation list.

use planx_record::Abbreviation;

pub use planx_extractor::is_code;

use crate::split::{find_outside_parens, outside_parens};

/// "Iesaistāmās institūcijas un personas": split on commas and semicolons
/// outside parentheses.
pub fn partners(text: &str) -> Vec<String> {
    outside_parens(text, &[',', ';'])
}

/// "finansētājs": a list of codes.
pub fn financer(text: &str) -> Vec<String> {
    outside_parens(text, &[',', ';'])
        .into_iter()
        .flat_map(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            if words.len() > 1 && words.iter().all(|w| is_code(w)) {
                words.into_iter().map(str::to_string).collect()
            } else {
                vec![item]
            }
        })
        .collect()
}

/// "Mērķi": split on the enumerators `(1)`, `1)` when they number the items
/// 1, 2, 3… in order; enumerators dropped. Without enumerators, one goal.
pub fn goals(text: &str) -> Vec<String> {
    let starts = enumerator_positions(text);
    if starts.is_empty() {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![text.to_string()]
        };
    }
    let mut goals = Vec::new();
    for (k, (at, body)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |(next, _)| *next);
        if k == 0 && *at > 0 {
            let intro = text.get(..*at).unwrap_or_default().trim();
            if !intro.is_empty() {
                goals.push(intro.to_string());
            }
        }
        let item = text.get(*body..end).unwrap_or_default().trim();
        if !item.is_empty() {
            goals.push(item.to_string());
        }
    }
    goals
}

/// Positions (enumerator start, body start) of the enumerators `(n)` / `n)`
/// that stand at the start or after white space and count 1, 2, 3….
fn enumerator_positions(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut expect = 1u32;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let at_boundary = i == 0 || bytes.get(i - 1).is_some_and(|b| b.is_ascii_whitespace());
        if at_boundary {
            let open = usize::from(bytes.get(i) == Some(&b'('));
            let digits_start = i + open;
            let mut j = digits_start;
            while bytes.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            let closed = bytes.get(j) == Some(&b')');
            let spaced = bytes.get(j + 1).is_none_or(|b| b.is_ascii_whitespace());
            if j > digits_start && closed && spaced {
                let n: u32 = text
                    .get(digits_start..j)
                    .and_then(|d| d.parse().ok())
                    .unwrap_or(0);
                if n == expect {
                    out.push((i, j + 1));
                    expect += 1;
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The "Saīsinājumi:" list: `LM - Labklājības ministrija, PR - …`. An item
/// runs to the comma before the next `CODE - `; a ` - ` inside parentheses
/// belongs to the expansion; the full stop that ends the list is dropped.
pub fn abbreviations(text: &str) -> Vec<Abbreviation> {
    let body = text.trim().trim_end_matches('.').trim();
    let mut items: Vec<String> = Vec::new();
    for part in outside_parens(body, &[',']) {
        let starts_item = find_outside_parens(&part, " - ")
            .and_then(|at| part.get(..at))
            .is_some_and(|head| is_code(head.trim()));
        match items.last_mut() {
            Some(last) if !starts_item => {
                last.push_str(", ");
                last.push_str(&part);
            }
            _ => items.push(part),
        }
    }
    items
        .into_iter()
        .filter_map(|item| {
            let at = find_outside_parens(&item, " - ")?;
            Some(Abbreviation {
                abbr: item.get(..at)?.trim().to_string(),
                expansion: item.get(at + 3..)?.trim().to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goal_lists() {
        assert_eq!(goals("(1) a b (2) c"), vec!["a b", "c"]);
        assert_eq!(goals("1) a 2) b 3) c"), vec!["a", "b", "c"]);
        assert_eq!(goals("Veicināt izpratni"), vec!["Veicināt izpratni"]);
        // A number that is not the next enumerator does not split.
        assert_eq!(
            goals("(1) valodas 2.līmenim) x (2) y"),
            vec!["valodas 2.līmenim) x", "y"]
        );
    }

    #[test]
    fn abbreviation_list() {
        let a = abbreviations(
            "LM - Labklājības ministrija, CI - centralizētais iepirkums (kopumā divi - CI1 un CI2), NVO - biedrības, nodibinājumi.",
        );
        let pairs: Vec<(&str, &str)> = a
            .iter()
            .map(|a| (a.abbr.as_str(), a.expansion.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("LM", "Labklājības ministrija"),
                ("CI", "centralizētais iepirkums (kopumā divi - CI1 un CI2)"),
                ("NVO", "biedrības, nodibinājumi"),
            ]
        );
    }

    #[test]
    fn partner_and_financer_lists() {
        assert_eq!(
            partners("PV sociālais dienests, bāriņtiesa, VBTAI, NVO").len(),
            4
        );
        assert_eq!(financer("LM, PR"), vec!["LM", "PR"]);
        assert_eq!(financer("LM PR"), vec!["LM", "PR"]);
    }
}
