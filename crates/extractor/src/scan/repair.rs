//! Repairs of recognised text whose evidence is its shape or the document
//! itself, made before the table is read (a measure number or a
//! procurement code misread breaks the structure, not only the text):
//!
//! - a number-shaped token (digits, dots, `nr.`) with `l`, `I`, `|` or `O`
//!   among its digits: those are `1` and `0` (`nr.l.l.` → `nr.1.1.`);
//! - a code-shaped token (capitals and digits) with a lower-case `l` or a
//!   `|` where the document prints the same code with `I` elsewhere
//!   (`Cl1` → `CI1`, `Dl` → `DI`);
//! - an initial `l.` (or `1.`, `|.`) joined to a capitalised name is `I.`
//!   (`l.Alliks`).
//!
//! Words are left to the normalizer's dictionary.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::labels::re;

/// One change made to recognised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// The token as recognised.
    pub from: String,
    /// The token as repaired.
    pub to: String,
    /// Why, in words.
    pub evidence: String,
}

/// Repairs page after page; a code's evidence is what the document printed
/// so far (its abbreviation list comes first).
#[derive(Debug, Default)]
pub struct Repairer {
    codes: BTreeMap<String, usize>,
    /// Stems of numbered codes the document prints (`CI` of `CI1`).
    families: BTreeMap<String, usize>,
}

impl Repairer {
    /// Repairs one page's texts in place; returns the changes, one per
    /// changed token, in order, with the index of its text.
    pub fn page(&mut self, texts: &mut [String]) -> Vec<(usize, Repair)> {
        for t in texts.iter() {
            for token in t.split(|c: char| c.is_whitespace() || "(),;".contains(c)) {
                if is_code(token) {
                    *self.codes.entry(token.to_string()).or_default() += 1;
                    // A numbered code attests its family: CI1 and CI2 are CI.
                    let stem = token.trim_end_matches(|c: char| c.is_ascii_digit());
                    if stem.len() >= 2 && stem.len() < token.len() {
                        *self.families.entry(stem.to_string()).or_default() += 1;
                    }
                }
            }
        }
        repair(texts, |token| number(token).or_else(|| initial(token)))
    }

    /// Repairs code-shaped tokens once every page is read, so that a code's
    /// evidence is the whole document.
    pub fn codes(&self, texts: &mut [&mut String]) -> Vec<(usize, Repair)> {
        let mut owned: Vec<String> = texts.iter_mut().map(|t| std::mem::take(*t)).collect();
        let out = repair(&mut owned, |token| code(token, &self.codes, &self.families));
        for (t, o) in texts.iter_mut().zip(owned) {
            **t = o;
        }
        out
    }
}

/// Most cells of a column begin with a capital: a cell of it that begins
/// with `i` and a lower-case letter begins with `I` misread (Tesseract
/// reads a sans-serif capital I as i). Rows are tab-separated texts; the
/// share is taken over all of them.
pub fn capitals(rows: &mut [&mut String]) -> Vec<(usize, Repair)> {
    let mut stats: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for row in rows.iter() {
        if !row.contains('\t') {
            continue;
        }
        for (col, cell) in row.split('\t').enumerate() {
            if let Some(c) = cell
                .trim_start()
                .chars()
                .next()
                .filter(|c| c.is_alphabetic())
            {
                let e = stats.entry(col).or_default();
                e.1 += 1;
                if c.is_uppercase() {
                    e.0 += 1;
                }
            }
        }
    }
    let mut out = Vec::new();
    for (i, row) in rows.iter_mut().enumerate() {
        if !row.contains('\t') {
            continue;
        }
        let mut cells: Vec<String> = row.split('\t').map(str::to_string).collect();
        let mut changed = false;
        for (col, cell) in cells.iter_mut().enumerate() {
            let Some(&(upper, letters)) = stats.get(&col) else {
                continue;
            };
            if letters < 5 || upper * 10 < letters * 8 {
                continue;
            }
            let body = cell.trim_start();
            let mut chars = body.chars();
            let (Some('i'), Some(next)) = (chars.next(), chars.next()) else {
                continue;
            };
            if !next.is_lowercase() {
                continue;
            }
            let word: String = body.chars().take_while(|c| c.is_alphabetic()).collect();
            let to_word = format!("I{}", word.get(1..).unwrap_or_default());
            out.push((
                i,
                Repair {
                    from: word.clone(),
                    to: to_word.clone(),
                    evidence: format!(
                        "{upper} of {letters} cells of its column begin with a capital; OCR reads a capital I as i"
                    ),
                },
            ));
            let lead = cell.len() - body.len();
            cell.replace_range(lead..lead + 1, "I");
            changed = true;
        }
        if changed {
            **row = cells.join("\t");
        }
    }
    out
}

/// Applies `rule` to each token of the texts: a run between white space as
/// a whole first (`nr.1.).`), else its pieces between parentheses and
/// semicolons (`(Cl1)`).
fn repair(texts: &mut [String], rule: impl Fn(&str) -> Option<Repair>) -> Vec<(usize, Repair)> {
    let mut out = Vec::new();
    for (i, text) in texts.iter_mut().enumerate() {
        let mut changed = String::with_capacity(text.len());
        let mut line = text.as_str();
        while !line.is_empty() {
            let cut = line.find(char::is_whitespace).unwrap_or(line.len());
            let (chunk, after) = line.split_at(cut);
            let sep = after.chars().next().map_or(0, char::len_utf8);
            line = &after[sep..];
            if let Some(r) = (!chunk.is_empty()).then(|| rule(chunk)).flatten() {
                changed.push_str(&r.to);
                changed.push_str(&after[..sep]);
                out.push((i, r));
                continue;
            }
            let mut rest = chunk;
            while !rest.is_empty() {
                let end = rest.find(|c: char| "();".contains(c)).unwrap_or(rest.len());
                let (token, tail) = rest.split_at(end);
                match (!token.is_empty()).then(|| rule(token)).flatten() {
                    Some(r) => {
                        changed.push_str(&r.to);
                        out.push((i, r));
                    }
                    None => changed.push_str(token),
                }
                let sep_len = tail.chars().next().map_or(0, char::len_utf8);
                changed.push_str(&tail[..sep_len]);
                rest = &tail[sep_len..];
            }
            changed.push_str(&after[..sep]);
        }
        *text = changed;
    }
    out
}

/// Capitals (at least two, or one and digits) and digits only.
fn is_code(token: &str) -> bool {
    let upper = token.chars().filter(char::is_ascii_uppercase).count();
    let digits = token.chars().filter(char::is_ascii_digit).count();
    token.len() <= 8
        && token
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && token.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && (upper >= 2 || digits > 0)
}

fn number(token: &str) -> Option<Repair> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let caps = re(
        &RE,
        r"^((?i:nr)[.,:]?)?([0-9lI|O)\]!]+(?:[.,:][0-9lI|O)\]!]+)*[.,:]?)$",
    )
    .captures(token)?;
    let body = caps.get(2)?.as_str();
    let has_digit = body.chars().any(|c| c.is_ascii_digit());
    let has_nr = caps.get(1).is_some();
    // After "nr." only digits and dots are printed: `)`, `]` and `!` there
    // are misread ones too.
    if !has_nr && body.contains([')', ']', '!']) {
        return None;
    }
    let misread = body.contains(['l', 'I', '|', 'O', ')', ']', '!'])
        || (has_nr && (body.contains([',', ':']) || !caps.get(1)?.as_str().ends_with('.')));
    if !(has_digit || has_nr) || !misread {
        return None;
    }
    // Without "nr." only dots separate: "1,5" and "10:30" are other numbers.
    if !has_nr && body.contains([',', ':']) {
        return None;
    }
    // A bare "I" or "l." is a word or an initial, not a number.
    if !has_nr && body.trim_end_matches('.').chars().count() < 2 {
        return None;
    }
    let fixed: String = body
        .chars()
        .map(|c| match c {
            'l' | 'I' | '|' | ')' | ']' | '!' => '1',
            'O' => '0',
            ',' | ':' => '.',
            c => c,
        })
        .collect();
    let to = match caps.get(1) {
        Some(nr) => format!("{}.{fixed}", nr.as_str().trim_end_matches(['.', ',', ':'])),
        None => fixed,
    };
    Some(Repair {
        from: token.to_string(),
        evidence: format!("'{token}' is shaped as a number; OCR reads 1 and 0 as l, I, | and O"),
        to,
    })
}

/// Characters OCR reads for a capital `I`.
const LOOKS_LIKE_I: [char; 6] = ['l', 'i', '1', '|', '!', 'I'];

/// A code-shaped token with a misread `I` (`Cl1`, `C11`, `Dl`), or a
/// stray `l`, `1`, `|` or `!` besides (`ClI1`, `Cl11`): repaired to the
/// code the document prints itself, when the fewest edits (one, else two)
/// reach exactly one such code. A token the document prints twice or more
/// is taken as printed.
fn code(
    token: &str,
    codes: &BTreeMap<String, usize>,
    families: &BTreeMap<String, usize>,
) -> Option<Repair> {
    let core = token.trim_end_matches([',', '.', ':']);
    let tail = &token[core.len()..];
    if !core.starts_with(|c: char| c.is_ascii_uppercase())
        || core.chars().count() > 8
        || !core
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOOKS_LIKE_I.contains(&c))
    {
        return None;
    }
    let lower = core
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect::<String>();
    if !lower.chars().all(|c| c == 'l' || c == 'i') || !core.contains(LOOKS_LIKE_I) {
        return None;
    }
    // A token of capitals and digits only may be a code of its own: only
    // a digit read for an `I` is repaired there (`C11`), nothing dropped.
    let plain = !core.contains(['l', 'i', '|', '!']);
    // Every code the document prints within two confusions, with how
    // often it prints it and how many confusions away it is.
    let mut found: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut frontier: Vec<String> = vec![core.to_string()];
    for edits in 1..=2 {
        let next: std::collections::BTreeSet<String> =
            frontier.iter().flat_map(|r| one_edit(r, plain)).collect();
        for r in &next {
            if r == core || !is_code(r) {
                continue;
            }
            // A code never printed right (`CI2` read `Cl2` each time)
            // counts once when its family is printed: the stem of printed
            // numbered codes (`CI` of `CI1`), or a number of a printed
            // stem or family (`CI2` beside `CI1`).
            let stem = r.trim_end_matches(|c: char| c.is_ascii_digit());
            let family = families.contains_key(r.as_str())
                || (stem.len() >= 2
                    && stem.len() < r.len()
                    && (codes.get(stem).is_some_and(|&n| n >= 2)
                        || families.get(stem).is_some_and(|&n| n >= 2)));
            match codes.get(r) {
                Some(&n) => {
                    found.entry(r.clone()).or_insert((n, edits));
                }
                None if family => {
                    found.entry(r.clone()).or_insert((1, edits));
                }
                None => {}
            }
        }
        frontier = next.into_iter().collect();
    }
    // The fewest confusions that reach a code printed at least twice
    // win, the most printed there (at least twice as often as the next);
    // else the one reading of the fewest confusions that the document
    // attests at all.
    let mut ranked: Vec<(&String, &(usize, usize))> = found.iter().collect();
    ranked.sort_by(|a, b| a.1 .1.cmp(&b.1 .1).then(b.1 .0.cmp(&a.1 .0)));
    let attested: Vec<&(&String, &(usize, usize))> =
        ranked.iter().filter(|(_, (n, _))| *n >= 2).collect();
    // The token as printed is a rival too: a code the document prints
    // often is not a misreading.
    let printed = codes.get(core).copied().unwrap_or(0);
    let (best, &(seen, edits)) = match attested.first() {
        Some(&&(best, counts)) => {
            let rival = attested
                .iter()
                .skip(1)
                .find(|(_, (_, e))| *e == counts.1)
                .map_or(0, |(_, (n, _))| *n)
                .max(printed);
            if counts.0 < 2 * rival {
                return None;
            }
            (best, counts)
        }
        None if printed <= 1 => {
            let least = ranked.first()?.1 .1;
            let mut fewest = ranked.iter().filter(|(_, (_, e))| *e == least);
            match (fewest.next(), fewest.next()) {
                (Some(only), None) => *only,
                _ => return None,
            }
        }
        None => return None,
    };
    Some(Repair {
        from: token.to_string(),
        evidence: format!(
            "'{core}' is shaped as a code; the document prints '{best}' {seen} times, {edits} OCR confusion(s) of I away"
        ),
        to: format!("{best}{tail}"),
    })
}

/// Readings one confusion away: an I-like character read as `I`, or
/// (unless `keep`) dropped.
fn one_edit(token: &str, keep: bool) -> Vec<String> {
    let chars: Vec<char> = token.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if !LOOKS_LIKE_I.contains(c) {
            continue;
        }
        if *c != 'I' {
            let mut v = chars.clone();
            v[i] = 'I';
            out.push(v.into_iter().collect());
        }
        if !keep {
            let mut v = chars.clone();
            v.remove(i);
            out.push(v.into_iter().collect());
        }
    }
    out
}

fn initial(token: &str) -> Option<Repair> {
    let rest = ["l.", "1.", "|.", "!."]
        .iter()
        .find_map(|p| token.strip_prefix(p))?;
    rest.chars().next().filter(|c| c.is_uppercase())?;
    if rest.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    Some(Repair {
        from: token.to_string(),
        to: format!("I.{rest}"),
        evidence: format!("'{token}': an initial before a name is a capital; OCR reads I as l"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_codes_and_initials() {
        let mut texts: Vec<String> = [
            "Pasākums nr.l.l.\tVienota DI logo\tLM (Cl1)\t2O17",
            "LM (CI1) un Dl process; DI, DI (ClI1) (Cl11) (C11) nr.4.2,5. CI1 (Cl2) nr.1.). 1)",
            "Valsts sekretārs l.Alliks; Cl - iepirkums (CI1 un CI2)",
            "Lietas ir labas; Il l. punkts 1.Jaunzeme 1. Punkts 1.2.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut repairer = Repairer::default();
        let mut changes = repairer.page(&mut texts);
        let mut refs: Vec<&mut String> = texts.iter_mut().collect();
        changes.extend(repairer.codes(&mut refs));
        assert_eq!(
            texts[0],
            "Pasākums nr.1.1.\tVienota DI logo\tLM (CI1)\t2017"
        );
        assert_eq!(
            texts[1],
            "LM (CI1) un DI process; DI, DI (CI1) (CI1) (CI1) nr.4.2.5. CI1 (CI2) nr.1.1. 1)"
        );
        assert_eq!(
            texts[2],
            "Valsts sekretārs I.Alliks; CI - iepirkums (CI1 un CI2)"
        );
        assert_eq!(
            texts[3],
            "Lietas ir labas; Il l. punkts I.Jaunzeme 1. Punkts 1.2."
        );
        assert_eq!(changes.len(), 13);
    }

    /// A code read wrong every time but once: the reading of fewest
    /// confusions the document attests wins over the family's stem.
    #[test]
    fn a_code_misread_everywhere_but_once() {
        let mut texts: Vec<String> = [
            "CI - iepirkums (kopumā CI1 un CI2)",
            "LM (ClI1)",
            "LM (ClI1)",
            "LM (ClI1)",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut repairer = Repairer::default();
        repairer.page(&mut texts);
        let mut refs: Vec<&mut String> = texts.iter_mut().collect();
        repairer.codes(&mut refs);
        assert_eq!(texts[3], "LM (CI1)");
    }

    #[test]
    fn a_capital_i_read_as_i_in_a_capitalised_column() {
        let mut rows: Vec<String> = [
            "Pasākums nr.1.1.\tVienota\tLM",
            "Pasākums nr.1.2.\tVizuālas\tLM",
            "Pasākums nr.1.3.\tDI sadaļas\tLM",
            "Pasākums nr.1.4.\tDalība\tpašvaldības",
            "Pasākums nr.1.5.\tikgadēja informatīva\tiepirkums",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut refs: Vec<&mut String> = rows.iter_mut().collect();
        let changes = capitals(&mut refs);
        assert_eq!(rows[4], "Pasākums nr.1.5.\tIkgadēja informatīva\tiepirkums");
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].1.to, "Ikgadēja");
    }
}
