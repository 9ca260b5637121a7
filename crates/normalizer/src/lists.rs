//! Cells that are lists: partners, financers, goals, the abbreviation list.

use planx_record::Abbreviation;

pub use planx_extractor::is_code;
use planx_extractor::profile::Profile;

use crate::split::outside_parens;

/// "Iesaistāmās institūcijas un personas": split on commas and semicolons
/// outside parentheses.
pub fn partners(text: &str) -> Vec<String> {
    outside_parens(text, &[',', ';'])
}

/// "finansētājs": a list of codes.
pub fn financer(text: &str) -> Vec<String> {
    financer_with_codes(text, &[])
}

/// [`financer`] with the codes of the document's abbreviation list: items
/// are separated by commas and semicolons; codes side by side in one item
/// (`VM NVD`) are one code, unless the list names each of them and not the
/// two together (`LM PR` where the list has `LM` and `PR`).
pub fn financer_with_codes(text: &str, known: &[String]) -> Vec<String> {
    outside_parens(text, &[',', ';'])
        .into_iter()
        .flat_map(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            if words.len() < 2 || !words.iter().all(|w| is_code(w)) {
                return vec![item];
            }
            let mut out: Vec<String> = Vec::new();
            for w in words {
                match out.last_mut() {
                    Some(prev) if one_code(prev, w, known) => {
                        prev.push(' ');
                        prev.push_str(w);
                    }
                    _ => out.push(w.to_string()),
                }
            }
            out
        })
        .collect()
}

/// Whether `word`, printed after the code `prev` with only a space between
/// them, goes on the same code: yes unless the abbreviation list names
/// both the last word of `prev` and `word` and not the two together.
pub fn one_code(prev: &str, word: &str, known: &[String]) -> bool {
    let joined = format!("{prev} {word}");
    if known.contains(&joined) {
        return true;
    }
    let last = prev.rsplit(' ').next().unwrap_or(prev);
    !(known.iter().any(|k| k == last) && known.iter().any(|k| k == word))
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

/// The abbreviation list: `LM - Labklājības ministrija, PR - …`. An item
/// opens where a code (one to three code words: `LM`, `IeM IC`, `ESF+`)
/// stands before a dash of the layout profile outside parentheses, and runs
/// to the next item; the `,` or `;` that parts items and the full stop
/// that ends the list are dropped, so items may also stand one a line.
pub fn abbreviations(text: &str) -> Vec<Abbreviation> {
    // Line ends are spaces here: a wrap may fall right after a dash
    // ("CFLA –" / "Centrālā finanšu …"), and items are found by their
    // code and dash, not by their lines.
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let body = joined.trim().trim_end_matches('.').trim();
    let dashes = &Profile::shipped().document.abbreviation_dashes;
    let mut starts = item_starts(body, dashes);
    if starts.is_empty() {
        starts = item_starts(body, &[": ".to_string()]);
    }
    let mut out = Vec::new();
    for (k, &(code_at, dash_at, dash_len)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(body.len(), |s| s.0);
        let (Some(abbr), Some(expansion)) = (
            body.get(code_at..dash_at),
            body.get(dash_at + dash_len..end),
        ) else {
            continue;
        };
        out.push(Abbreviation {
            abbr: abbr.trim().to_string(),
            expansion: expansion
                .trim()
                .trim_end_matches([',', ';'])
                .trim()
                .trim_end_matches('.')
                .to_string(),
        });
    }
    out
}

/// True when `text` begins with an abbreviation item (`LM – …`).
pub fn starts_abbreviation(text: &str) -> bool {
    let dashes = &Profile::shipped().document.abbreviation_dashes;
    item_starts(text.trim(), dashes)
        .first()
        .is_some_and(|s| s.0 == 0)
}

/// Where each item opens: (code start, dash start, dash length) in bytes.
fn item_starts(body: &str, dashes: &[String]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        let Some(rest) = body.get(i..) else { continue };
        let Some(dash) = dashes.iter().find(|d| rest.starts_with(d.as_str())) else {
            continue;
        };
        let head = body.get(..i).unwrap_or_default();
        // The code: up to three code words right before the dash.
        let mut code_at = None;
        let mut end = head.len();
        for _ in 0..3 {
            let word_start = head
                .get(..end)
                .unwrap_or_default()
                .trim_end()
                .rfind(char::is_whitespace)
                .map_or(0, |p| p + 1);
            let word = head.get(word_start..end).unwrap_or_default().trim();
            if word.is_empty() || !is_code(word) {
                break;
            }
            code_at = Some(word_start);
            end = word_start.saturating_sub(1);
            if word_start == 0 {
                break;
            }
        }
        if let Some(at) = code_at {
            if out
                .last()
                .is_none_or(|&(_, d, l): &(usize, usize, usize)| at >= d + l)
            {
                out.push((at, i, dash.len()));
            }
        }
    }
    out
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
    fn abbreviation_lists_in_every_form() {
        let pairs = |t: &str| -> Vec<(String, String)> {
            abbreviations(t)
                .into_iter()
                .map(|a| (a.abbr, a.expansion))
                .collect()
        };
        let want = vec![
            ("LM".to_string(), "Labklājības ministrija".to_string()),
            (
                "IeM IC".to_string(),
                "Iekšlietu ministrijas Informācijas centrs".to_string(),
            ),
            (
                "ESF+".to_string(),
                "Eiropas Sociālais fonds Plus".to_string(),
            ),
        ];
        for text in [
            "LM - Labklājības ministrija, IeM IC - Iekšlietu ministrijas Informācijas centrs, ESF+ - Eiropas Sociālais fonds Plus.",
            "LM – Labklājības ministrija; IeM IC – Iekšlietu ministrijas Informācijas centrs; ESF+ – Eiropas Sociālais fonds Plus",
            "LM – Labklājības ministrija\nIeM IC – Iekšlietu ministrijas Informācijas centrs\nESF+ – Eiropas Sociālais fonds Plus.",
            "LM: Labklājības ministrija; IeM IC: Iekšlietu ministrijas Informācijas centrs; ESF+: Eiropas Sociālais fonds Plus",
        ] {
            assert_eq!(pairs(text), want, "{text}");
        }
        assert!(starts_abbreviation("VM – Veselības ministrija;"));
        assert!(!starts_abbreviation("Valsts sekretārs I.Alliks"));
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
        // Codes side by side are one code, unless the list names each.
        assert_eq!(financer("VM NVD"), vec!["VM NVD"]);
        let known = vec!["LM".to_string(), "PR".to_string(), "VM NVD".to_string()];
        assert_eq!(financer_with_codes("LM PR", &known), vec!["LM", "PR"]);
        assert_eq!(
            financer_with_codes("VM NVD, LM", &known),
            vec!["VM NVD", "LM"]
        );
    }
}
