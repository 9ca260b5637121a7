//! The layout profile: what planx knows of how plan tables are headed, as
//! data (`crates/extractor/layout.toml`), parsed once.

use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

use crate::labels::fold_header;
use crate::Column;

/// The profile shipped with planx.
const SHIPPED: &str = include_str!("../layout.toml");

/// The layout knowledge of plan annexes: column roles by header wording,
/// and the words headers are made of.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Column roles in the order they are tried.
    pub roles: Vec<RoleWording>,
    /// Header-only words.
    pub header: HeaderWords,
    /// Group headings.
    #[serde(default)]
    pub groups: Vec<GroupLabel>,
    /// Labels of the text outside the table.
    pub document: DocumentLabels,
    /// What cells of each kind are made of, for readers that must tell
    /// cells apart by their content (text in content-stream order).
    #[serde(default)]
    pub content: ContentWords,
    /// The group headings compiled, on first use.
    #[serde(skip)]
    group_patterns: OnceLock<Vec<Regex>>,
}

/// Labels of the text outside the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentLabels {
    /// Headings of the abbreviation list.
    pub abbreviation_headings: Vec<String>,
    /// What parts a code from its expansion.
    pub abbreviation_dashes: Vec<String>,
    /// Labels of the overall goal.
    pub overall_goal: Vec<String>,
    /// Words a page number is printed with ("lpp", "lapa", "no").
    #[serde(default)]
    pub page_number_words: Vec<String>,
    /// Words an annex line begins with ("Pielikums").
    #[serde(default)]
    pub annex: Vec<String>,
}

impl DocumentLabels {
    /// The text after one of `labels` at the start of `text` (case folded,
    /// a ':' after it dropped), the longest label first.
    pub fn after<'t>(labels: &[String], text: &'t str) -> Option<&'t str> {
        let mut sorted: Vec<&String> = labels.iter().collect();
        sorted.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
        for label in sorted {
            let n = label.chars().count();
            let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
            let head = text.get(..end)?;
            if head.to_lowercase() == label.to_lowercase() {
                let rest = text.get(end..)?;
                if rest.starts_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                let rest = rest.trim_start();
                return Some(rest.strip_prefix(':').unwrap_or(rest).trim());
            }
        }
        None
    }
}

/// The words cells of a kind are made of (matched case folded, on word
/// starts: a stem stands for its inflections).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentWords {
    /// Words of a period or deadline besides years and numbers ("gada",
    /// "ceturksnis", month names, "pastāvīgi").
    #[serde(default)]
    pub period: Vec<String>,
    /// Periods printed without a year ("Pastāvīgi", "Katru gadu").
    #[serde(default)]
    pub period_alone: Vec<String>,
    /// Words of a budget printed as a note ("esošā budžeta ietvaros").
    #[serde(default)]
    pub budget_note: Vec<String>,
    /// Words of the expansion of a code that stands for a budget note
    /// ("EFI - esošā finansējuma ietvaros").
    #[serde(default)]
    pub budget_note_codes: Vec<String>,
    /// Words of the expansion of a code that stands for a fund ("ESF+ -
    /// Eiropas Sociālais fonds Plus").
    #[serde(default)]
    pub funding_codes: Vec<String>,
    /// Words of a funding source ("valsts budžets", "fonds").
    #[serde(default)]
    pub funding: Vec<String>,
    /// Institutions printed in words, not codes ("pašvaldības").
    #[serde(default)]
    pub institutions: Vec<String>,
    /// Words a signatory's position is made of ("sekretārs", "ministrs").
    #[serde(default)]
    pub signatory: Vec<String>,
    /// Header words that open a heading and never end one ("Indikatīvais"
    /// in "Indikatīvais īstenošanas laiks").
    #[serde(default)]
    pub heading_openers: Vec<String>,
}

impl ContentWords {
    /// True when the folded word starts with one of `stems` (folded).
    pub(crate) fn has(stems: &[String], word: &str) -> bool {
        let w = fold_header(word.trim_matches(|c: char| !c.is_alphanumeric()));
        !w.is_empty() && stems.iter().any(|s| w.starts_with(&fold_header(s)))
    }
}

/// How a group heading is printed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupLabel {
    /// The group's word(s): "rīcības virziens", "mērķis".
    pub name: String,
    /// The name may stand without a number.
    #[serde(default)]
    pub unnumbered: bool,
}

/// How the header of one column role is printed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWording {
    /// The role's name (`title`, `responsible`, …).
    pub role: String,
    /// Stems found anywhere in a header cell (spaces and hyphens removed).
    #[serde(default)]
    pub stems: Vec<String>,
    /// Whole header cells (folded, punctuation and spaces dropped).
    #[serde(default)]
    pub cells: Vec<String>,
}

/// The words column headers are made of.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderWords {
    /// Sub-column headers of a total ("Kopā").
    #[serde(default)]
    pub totals: Vec<String>,
    /// Header-only words.
    pub words: Vec<String>,
}

/// A profile file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// Not TOML of the profile's shape.
    #[error("layout profile: {0}")]
    Syntax(#[from] toml::de::Error),
    /// A role the record has no place for.
    #[error("layout profile: unknown role {0:?}")]
    UnknownRole(String),
    /// A group name that makes no pattern.
    #[error("layout profile: group name {0:?}: {1}")]
    GroupName(String, regex::Error),
}

impl Profile {
    /// The profile shipped with planx, parsed on first use.
    pub fn shipped() -> &'static Profile {
        static P: OnceLock<Profile> = OnceLock::new();
        // The shipped file is checked by this module's tests.
        P.get_or_init(|| Profile::parse(SHIPPED).unwrap_or_else(|e| panic!("{e}")))
    }

    /// A profile from TOML text; every role must be one planx knows.
    pub fn parse(text: &str) -> Result<Profile, ProfileError> {
        let p: Profile = toml::from_str(text)?;
        for r in &p.roles {
            if column_of(&r.role).is_none() {
                return Err(ProfileError::UnknownRole(r.role.clone()));
            }
        }
        let patterns = p
            .groups
            .iter()
            .map(|g| group_pattern(g).map_err(|e| ProfileError::GroupName(g.name.clone(), e)))
            .collect::<Result<Vec<_>, _>>()?;
        let _ = p.group_patterns.set(patterns);
        Ok(p)
    }

    /// A group heading at the start of `line`: its printed number, if any,
    /// and the rest of the line (the title).
    pub(crate) fn group_start<'t>(&self, line: &'t str) -> Option<(Option<u32>, &'t str)> {
        // Compiled by `parse`; a profile deserialised otherwise compiles here
        // (a name that makes no pattern is `parse`'s error to report).
        let patterns = self.group_patterns.get_or_init(|| {
            self.groups
                .iter()
                .filter_map(|g| group_pattern(g).ok())
                .collect()
        });
        for (g, re) in self.groups.iter().zip(patterns) {
            let Some(caps) = re.captures(line) else {
                continue;
            };
            let number = caps
                .get(2)
                .or_else(|| caps.get(1))
                .and_then(|m| m.as_str().parse().ok());
            if number.is_none() && !g.unnumbered {
                continue;
            }
            let rest = line.get(caps.get(0)?.end()..).unwrap_or_default();
            return Some((number, rest));
        }
        None
    }

    /// True when `text` is the header of a total column ("Kopā").
    pub(crate) fn is_total(&self, text: &str) -> bool {
        let folded = fold_header(text.trim().trim_end_matches(['.', ':']));
        self.header.totals.iter().any(|t| fold_header(t) == folded)
    }

    /// True when `word` (already folded) is a header-only word or a word of
    /// a role's wording.
    pub(crate) fn is_header_word(&self, folded: &str) -> bool {
        self.header.words.iter().any(|h| fold_header(h) == folded)
    }

    /// The roles a header cell names, in the order their wordings stand in it.
    pub(crate) fn columns_named(&self, text: &str) -> Vec<Column> {
        // Spaces, line breaks and hyphens removed: narrow header cells break
        // words anywhere ("finan-" + "sējums", "finansētāj" + "s").
        let squeezed: String = fold_header(text)
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let whole: String = squeezed.chars().filter(|c| !":;,()".contains(*c)).collect();
        let hay: Vec<char> = squeezed.chars().collect();
        // (start, end, column): where each role's wording stands.
        let mut found: Vec<(usize, usize, Column)> = Vec::new();
        for r in &self.roles {
            let Some(col) = column_of(&r.role) else {
                continue;
            };
            if found.iter().any(|(_, _, c)| *c == col) {
                continue;
            }
            if r.cells.iter().any(|c| squeeze(c) == whole) {
                found.push((0, hay.len(), col));
                continue;
            }
            for stem in &r.stems {
                let needle: Vec<char> = squeeze(stem).chars().collect();
                // Long header words are matched with one letter misread.
                let edits = usize::from(needle.len() >= 10);
                if let Some(end) = crate::labels::find_near(&hay, &needle, edits) {
                    found.push((end.saturating_sub(needle.len().saturating_sub(1)), end, col));
                    break;
                }
            }
        }
        // A wording found inside a longer one is part of it ("finansējum"
        // in "finansējuma avots").
        let spans = found.clone();
        // Matches found with a letter misread may end a letter off, so a
        // wording overlapping a longer one of another role is inside it.
        found.retain(|&(s, e, c)| {
            !spans
                .iter()
                .any(|&(s2, e2, c2)| c2 != c && s2 < e && s < e2 && e2 - s2 > e - s)
        });
        found.sort();
        found.into_iter().map(|(_, _, c)| c).collect()
    }
}

/// `^(N.)? NAME (nr.)? (N)? [:.]?` with the name's words apart by any white
/// space, case folded.
fn group_pattern(g: &GroupLabel) -> Result<Regex, regex::Error> {
    let name: Vec<String> = g.name.split_whitespace().map(regex::escape).collect();
    Regex::new(&format!(
        r"^(?:(\d+)\.\s*)?(?i:{})(?:\s*(?i:nr)?\.?\s*(\d+)\.?)?\s*[:.]?(?:\s+|$)",
        name.join(r"\s+")
    ))
}

fn squeeze(s: &str) -> String {
    fold_header(s)
        .chars()
        .filter(|c| !c.is_whitespace() && !"-:;,()".contains(*c))
        .collect()
}

/// The column of a role name.
fn column_of(role: &str) -> Option<Column> {
    Some(match role {
        "title" => Column::Title,
        "responsible" => Column::Responsible,
        "financer" => Column::Financer,
        "period" => Column::Period,
        "budget" => Column::Budget,
        "partners" => Column::Partners,
        "result" => Column::Result,
        "funding_source" => Column::FundingSource,
        "id" => Column::Id,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_profile_parses_and_names_known_roles() {
        let p = Profile::parse(SHIPPED).expect("layout.toml parses");
        assert!(p.roles.len() >= 9);
        assert!(p
            .roles
            .iter()
            .all(|r| !r.stems.is_empty() || !r.cells.is_empty()));
        // Every word of every wording is a header word too.
        for r in &p.roles {
            for w in r.cells.iter() {
                for part in w.split(|c: char| c.is_whitespace() || c == '.') {
                    if part.chars().count() >= 3 && part.chars().all(char::is_alphabetic) {
                        assert!(p.is_header_word(&fold_header(part)), "{part}");
                    }
                }
            }
        }
    }

    #[test]
    fn document_labels_are_found_whatever_their_case() {
        let d = &Profile::shipped().document;
        let after = |t| DocumentLabels::after(&d.abbreviation_headings, t);
        assert_eq!(after("Saīsinājumi: LM - x"), Some("LM - x"));
        assert_eq!(after("Lietotie saīsinājumi"), Some(""));
        assert_eq!(after("LIETOTIE SAĪSINĀJUMI: A - b"), Some("A - b"));
        assert_eq!(after("Saīsinājumiem"), None);
        assert_eq!(
            DocumentLabels::after(&d.overall_goal, "Virsmērķis: Veicināt:"),
            Some("Veicināt:")
        );
    }

    #[test]
    fn group_headings_as_printed() {
        let p = Profile::shipped();
        for (line, number, rest) in [
            ("Rīcības virziens nr.1", Some(1), ""),
            ("Rīcības virziens Nr. 2: Apmācības", Some(2), "Apmācības"),
            ("3. Rīcības virziens: Kampaņa", Some(3), "Kampaņa"),
            ("Rīcības virziens\tX", None, "X"),
            (
                "1. mērķis. Drošas vides veidošana",
                Some(1),
                "Drošas vides veidošana",
            ),
            ("Mērķis 2. Datu pieejamība", Some(2), "Datu pieejamība"),
            ("4. uzdevums: Komunikācija", Some(4), "Komunikācija"),
        ] {
            assert_eq!(p.group_start(line), Some((number, rest)), "{line}");
        }
        // A goals field row is no group heading: "mērķis" needs its number.
        assert_eq!(p.group_start("Mērķis\t(1) Veidot izpratni"), None);
        assert_eq!(p.group_start("Mērķi 1) Veidot"), None);
        assert_eq!(p.group_start("Informēšana par DI"), None);
    }

    #[test]
    fn a_bad_profile_is_a_clear_error() {
        assert!(matches!(
            Profile::parse("roles = 3"),
            Err(ProfileError::Syntax(_))
        ));
        let unknown = "[[roles]]\nrole = \"colour\"\nstems = [\"krāsa\"]\n[header]\nwords = []\n\
                       [document]\nabbreviation_headings = []\nabbreviation_dashes = []\noverall_goal = []\n";
        assert!(matches!(
            Profile::parse(unknown),
            Err(ProfileError::UnknownRole(r)) if r == "colour"
        ));
    }

    #[test]
    fn a_new_header_wording_is_one_line_of_the_profile() {
        let p = Profile::shipped();
        assert!(!p.columns_named("Laika grafiks").contains(&Column::Period));
        let extended = SHIPPED.replace(
            "stems = [\"īstenošanaslaiks\",",
            "stems = [\"laikagrafiks\", \"īstenošanaslaiks\",",
        );
        let q = Profile::parse(&extended).expect("parses");
        assert_eq!(q.columns_named("Laika grafiks"), vec![Column::Period]);
    }

    /// A wording inside a longer one of another role is part of it, even
    /// where the longer one is matched with a letter misread:
    /// "Līdzatbildīgās" holds "atbildīg" but names the partners alone.
    #[test]
    fn a_wording_inside_another_names_nothing_of_its_own() {
        let p = Profile::shipped();
        assert_eq!(
            p.columns_named("Līdzatbildīgās institūcijas"),
            vec![Column::Partners]
        );
        assert_eq!(
            p.columns_named("Atbildīgā iestāde"),
            vec![Column::Responsible]
        );
    }

    /// The words of a cell's content are data too: a period word is one
    /// line of the profile.
    #[test]
    fn a_new_period_word_is_one_line_of_the_profile() {
        let shipped = Profile::shipped();
        assert!(!ContentWords::has(&shipped.content.period_alone, "Mēnesī"));
        let extended = SHIPPED.replace("period_alone = [", "period_alone = [\"mēnes\", ");
        let q = Profile::parse(&extended).expect("parses");
        assert!(ContentWords::has(&q.content.period_alone, "Mēnesī"));
    }

    #[test]
    fn the_contracts_wordings_name_their_roles() {
        let p = Profile::shipped();
        for (text, col) in [
            ("Pasākuma nosaukums:", Column::Title),
            ("Uzdevums", Column::Title),
            ("Rīcība", Column::Title),
            ("Atbildīgā iestāde", Column::Responsible),
            ("Atbildīgais izpildītājs", Column::Responsible),
            ("Atbildīgais", Column::Responsible),
            ("finansētājs", Column::Financer),
            ("Sadarbības partneri", Column::Partners),
            ("Iesaistītās institūcijas", Column::Partners),
            ("Līdzatbildīgās institūcijas", Column::Partners),
            ("Izpildes termiņš", Column::Period),
            ("Termiņš", Column::Period),
            ("Īstenošanas periods", Column::Period),
            ("Finansējums, EUR", Column::Budget),
            ("Nepieciešamais finansējums", Column::Budget),
            ("Finansējuma avots", Column::FundingSource),
            ("Sasniedzamais rezultāts", Column::Result),
            ("Rezultatīvais rādītājs", Column::Result),
            ("Nr. p.k.", Column::Id),
            ("Nr.", Column::Id),
        ] {
            assert_eq!(p.columns_named(text).first(), Some(&col), "{text}");
        }
        assert!(p.columns_named("Rīcības virziens nr.1").is_empty());
        assert!(p.columns_named("Piezīmes").is_empty());
    }
}
