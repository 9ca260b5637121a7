//! "Atbildīgā institūcija / iepirkuma veicējs": `LM (CI1)`,
//! `LM (CI2 apmācību satura nodrošināšana) PR (apmācību organizēšana)`,
//! `PR (katra brauciena darba kārtību … saskaņo …)`.

use planx_record::Responsible;

use crate::lists::is_code;

/// Parses a responsible cell into one entry per institution code.
///
/// `is_procurement` tells whether a code names a procurement (`CI`, `CI1`);
/// such a code at the start of the following parenthesis is the entry's
/// `procurement`, the rest of the parenthesis its `note`.
pub fn responsible(text: &str, is_procurement: &dyn Fn(&str) -> bool) -> Vec<Responsible> {
    responsible_with_codes(text, is_procurement, &[])
}

/// [`responsible`] with the codes of the document's abbreviation list.
/// Entries are separated by commas (and by a parenthesis closed before the
/// next code); codes side by side with only a space between them are one
/// institution (`IeM IC`), unless the list names each of them and not the
/// two together. After a comma, a word
/// that is no code opens an entry of its own ("LM, pašvaldības").
pub fn responsible_with_codes(
    text: &str,
    is_procurement: &dyn Fn(&str) -> bool,
    known: &[String],
) -> Vec<Responsible> {
    let mut out: Vec<Responsible> = Vec::new();
    let mut rest = text.trim();
    let mut after_comma = false;
    while !rest.is_empty() {
        if let Some(inner_and_after) = rest.strip_prefix('(') {
            let close = closing_paren(inner_and_after).unwrap_or(inner_and_after.len());
            let inner = inner_and_after.get(..close).unwrap_or_default().trim();
            rest = inner_and_after
                .get(close + 1..)
                .unwrap_or_default()
                .trim_start();
            if let Some(last) = out.last_mut() {
                attach(last, inner, is_procurement);
            }
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '(' || c == ',' || c == ';')
            .unwrap_or(rest.len());
        let word = rest.get(..end).unwrap_or_default();
        let after = rest.get(end..).unwrap_or_default();
        let next_rest = after.trim_start_matches([',', ';', ' ']);
        let comma = after
            .get(..after.len() - next_rest.len())
            .is_some_and(|sep| sep.contains([',', ';']));
        rest = next_rest;
        let opens = std::mem::replace(&mut after_comma, comma);
        if word.is_empty() {
            continue;
        }
        if let Some(last) = out.last_mut() {
            let all_codes = last.institution.split(' ').all(is_code);
            if !opens
                && last.procurement.is_none()
                && last.note.is_none()
                && all_codes
                && is_code(word)
                && crate::lists::one_code(&last.institution, word, known)
            {
                last.institution = format!("{} {word}", last.institution);
                continue;
            }
        }
        if is_code(word) || out.is_empty() || opens {
            out.push(Responsible {
                institution: word.to_string(),
                procurement: None,
                note: None,
            });
        } else if let Some(last) = out.last_mut() {
            // A word that is no code ("un", a name): part of the institution.
            if word != "un" {
                last.institution.push(' ');
                last.institution.push_str(word);
            }
        }
    }
    out
}

fn attach(entry: &mut Responsible, inner: &str, is_procurement: &dyn Fn(&str) -> bool) {
    let first = inner
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or_default();
    let (procurement, note) = if !first.is_empty() && is_procurement(first) {
        let note = inner.get(first.len()..).unwrap_or_default();
        let note = note.trim_start_matches([',', ';', ':', '-', ' ']).trim();
        (Some(first.to_string()), note)
    } else {
        (None, inner)
    };
    if entry.procurement.is_none() {
        entry.procurement = procurement;
    }
    if !note.is_empty() {
        entry.note = Some(match entry.note.take() {
            Some(prev) => format!("{prev}; {note}"),
            None => note.to_string(),
        });
    }
}

fn closing_paren(text: &str) -> Option<usize> {
    let mut depth = 1i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ci(code: &str) -> bool {
        code.starts_with("CI")
    }

    #[test]
    fn cases() {
        let r = responsible("LM (CI1)", &ci);
        assert_eq!(
            (
                r[0].institution.as_str(),
                r[0].procurement.as_deref(),
                r[0].note.as_deref()
            ),
            ("LM", Some("CI1"), None)
        );
        let r = responsible("LM (CI2 apmācību saturs, materiāli) PR (organizēšana)", &ci);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].note.as_deref(), Some("apmācību saturs, materiāli"));
        assert_eq!(
            (r[1].procurement.as_deref(), r[1].note.as_deref()),
            (None, Some("organizēšana"))
        );
        let r = responsible("PR (katra brauciena darba kārtību PR saskaņo)", &ci);
        assert_eq!(
            r[0].note.as_deref(),
            Some("katra brauciena darba kārtību PR saskaņo")
        );
        assert_eq!(responsible("LM, PR", &ci).len(), 2);
        let codes = vec!["IeM IC".to_string()];
        let r = responsible_with_codes(
            "IeM IC (CI1 materiālu sagatavošana), LM, pašvaldības",
            &ci,
            &codes,
        );
        let names: Vec<&str> = r.iter().map(|e| e.institution.as_str()).collect();
        assert_eq!(names, ["IeM IC", "LM", "pašvaldības"]);
        assert_eq!(r[0].procurement.as_deref(), Some("CI1"));
    }
}
