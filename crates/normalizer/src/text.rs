//! Cell text to the contract's text form: NFC, one space for any run of
//! white space, line wraps joined, hyphenation repaired.

use planx_record::Lexicon;
use unicode_normalization::UnicodeNormalization;

/// Cleans a raw cell: lines joined with one space, except that a word split
/// by a hyphen at a line end (`finan-` + `sējums`) is joined without the
/// hyphen when the joined word is known to `lexicon` and at least two
/// letters stand before the hyphen (a hyphen that belongs to the word, as in
/// `roll-` + `up` or `e-` + `pasts`, is kept, without a space). Then NFC,
/// white-space folding (NBSP included) and trimming.
pub fn clean(raw: &str, lexicon: &dyn Lexicon) -> String {
    let mut out = String::with_capacity(raw.len());
    // U+2028 is a line break kept by the PDF reader where a cell's line
    // ends in a hyphen.
    for line in raw.split(['\n', '\u{2028}']) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        if out.ends_with('-') && ends_in_letter_before_hyphen(&out) {
            let head_start = out
                .trim_end_matches('-')
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_alphabetic())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let head = out.get(head_start..out.len() - 1).unwrap_or_default();
            let tail: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
            // Hyphenation leaves two letters or more on the line; a single
            // letter before the hyphen is a prefix (`e-` + `pasta`).
            if line.starts_with(char::is_lowercase)
                && head.chars().count() >= 2
                && lexicon.knows(&format!("{head}{tail}"))
            {
                out.pop();
            }
            out.push_str(line);
            continue;
        }
        out.push(' ');
        out.push_str(line);
    }
    fold(&out)
}

/// NFC, white space folded to single spaces, trimmed.
pub fn fold(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ends_in_letter_before_hyphen(s: &str) -> bool {
    s.trim_end_matches('-')
        .chars()
        .last()
        .is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let lx = ["finansējums", "mērķauditorija", "epasta"];
        for (raw, want) in [
            ("a  b\u{a0}c ", "a b c"),
            ("angļu \nun krievu", "angļu un krievu"),
            ("finan-\nsējums, EUR", "finansējums, EUR"),
            ("roll-\nup stendi", "roll-up stendi"),
            ("Pa\u{73}a\u{304}kums", "Pasākums"),
            ("2017 -\n2018", "2017 - 2018"),
            // A PDF cell's wrap after a hyphen (U+2028, see the extractor).
            ("finan-\u{2028}sējums", "finansējums"),
            ("e-\u{2028}pakalpojumu", "e-pakalpojumu"),
            ("e-\npasta", "e-pasta"),
        ] {
            assert_eq!(clean(raw, &lx), want, "{raw:?}");
        }
    }

    #[test]
    fn idempotent() {
        let lx: [&str; 0] = [];
        let once = clean("a \n b-\nc  d", &lx);
        assert_eq!(clean(&once, &lx), once);
    }
}
