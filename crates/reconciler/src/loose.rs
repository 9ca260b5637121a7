//! Direction cells printed outside the table. A flowed export prints each
//! page's direction cells (title, description, goals, audience) as loose
//! blocks after the page's rows, in an order that follows the PDF's drawing
//! order rather than the table's. Each block is given to one (direction,
//! field) slot of its page by solving one assignment problem whose score
//! adds:
//!
//! - how much the block looks like each field: goals are enumerated or start
//!   with an infinitive; audiences name groups of people (plural agent
//!   nouns); titles are short and often a nominalisation (`-šana`);
//!   descriptions name activities (`pasākumi`) or introduce a list;
//! - how much its words share with the direction's own measures (TF-IDF
//!   over word stems, so words every direction uses count for nothing);
//! - a small bonus for keeping the printed order, to break ties.
//!
//! That first solution fixes each block's field. A second pass then chooses,
//! field by field, which direction gets which block, adding a bonus for
//! every pair of neighbouring blocks (the first and last counting as
//! neighbours: the printed order wraps around) that land in the same
//! direction in the table's order — title, description, goals, audience.
//! Drawing order scrambles directions but mostly keeps a direction's cells
//! together, so this settles what word overlap alone cannot.

use std::collections::{BTreeMap, BTreeSet};

use crate::assign;

/// A field of a direction that can come from a loose block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    /// The heading text.
    Title,
    /// "Apraksts".
    Description,
    /// "Mērķi".
    Goals,
    /// "Mērķauditorija".
    Audience,
}

/// An empty slot: direction index (into the page's directions) and field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Index of the direction among all directions of the document.
    pub direction: usize,
    /// The field to fill.
    pub field: Field,
}

/// Assigns `blocks` (cleaned text, printed order) to `slots`. `measures`
/// holds, for every direction of the document, the text of its measures.
/// Returns for each block the slot it fills, or `None`.
pub fn assign(blocks: &[String], slots: &[Slot], sim: &Similarity) -> Vec<Option<Slot>> {
    if blocks.is_empty() || slots.is_empty() {
        return vec![None; blocks.len()];
    }
    // Rank of each slot's direction among the page's directions, per field,
    // for the order bonus.
    let mut per_field: BTreeMap<Field, Vec<usize>> = BTreeMap::new();
    for s in slots {
        per_field.entry(s.field).or_default().push(s.direction);
    }
    let mut field_rank: BTreeMap<Field, usize> = BTreeMap::new();
    let mut block_rank = vec![0usize; blocks.len()];
    let shape: Vec<[f64; 4]> = blocks.iter().map(|b| field_scores(b)).collect();
    for (i, sc) in shape.iter().enumerate() {
        let best = best_field(sc);
        let r = field_rank.entry(best).or_default();
        if let Some(slot) = block_rank.get_mut(i) {
            *slot = *r;
        }
        *r += 1;
    }
    let score = |b: usize, s: &Slot| -> f64 {
        let fs = shape.get(b).map_or(0.0, |sc| sc[s.field as usize]);
        let text = blocks.get(b).map(String::as_str).unwrap_or_default();
        let content = sim.score(text, s.direction);
        let order = per_field
            .get(&s.field)
            .and_then(|dirs| dirs.iter().position(|d| *d == s.direction))
            .is_some_and(|pos| block_rank.get(b) == Some(&pos));
        fs + 4.0 * content + if order { 0.05 } else { 0.0 }
    };
    let transposed = blocks.len() > slots.len();
    let first = if transposed {
        // More blocks than slots: assign slots to blocks.
        let m: Vec<Vec<f64>> = slots
            .iter()
            .map(|s| (0..blocks.len()).map(|b| score(b, s)).collect())
            .collect();
        let chosen = assign::maximise(&m);
        let mut out = vec![None; blocks.len()];
        for (si, b) in chosen.into_iter().enumerate() {
            if let (Some(o), Some(s)) = (out.get_mut(b), slots.get(si)) {
                *o = Some(*s);
            }
        }
        out
    } else {
        let m: Vec<Vec<f64>> = (0..blocks.len())
            .map(|b| slots.iter().map(|s| score(b, s)).collect())
            .collect();
        assign::maximise(&m)
            .into_iter()
            .map(|si| slots.get(si).copied())
            .collect()
    };
    let unary = |b: usize, s: &Slot| score(b, s);
    refine(first, &unary)
}

/// Bonus for two neighbouring blocks that fall in one direction in the
/// table's order.
const NEIGHBOUR_BONUS: f64 = 1.0;

/// Most combinations the second pass tries before it keeps the first
/// solution as it is.
const MAX_COMBINATIONS: usize = 400_000;

/// Re-chooses the direction of each block within its field (see the module
/// docs), keeping fields fixed.
fn refine(first: Vec<Option<Slot>>, unary: &dyn Fn(usize, &Slot) -> f64) -> Vec<Option<Slot>> {
    let fields = [
        Field::Title,
        Field::Description,
        Field::Goals,
        Field::Audience,
    ];
    // Per field: the blocks given that field, and the directions they fill.
    let groups: Vec<(Field, Vec<usize>, Vec<usize>)> = fields
        .iter()
        .map(|f| {
            let blocks: Vec<usize> = (0..first.len())
                .filter(|&b| {
                    first
                        .get(b)
                        .copied()
                        .flatten()
                        .is_some_and(|s| s.field == *f)
                })
                .collect();
            let dirs: Vec<usize> = blocks
                .iter()
                .filter_map(|&b| first.get(b).copied().flatten().map(|s| s.direction))
                .collect();
            (*f, blocks, dirs)
        })
        .collect();
    let combos = groups.iter().try_fold(1usize, |acc, (_, b, _)| {
        acc.checked_mul(factorial(b.len())?)
    });
    if combos.is_none_or(|c| c > MAX_COMBINATIONS) {
        return first;
    }
    let perms: Vec<Vec<Vec<usize>>> = groups
        .iter()
        .map(|(_, _, dirs)| permutations(dirs))
        .collect();
    let mut best = first.clone();
    let mut best_score = f64::NEG_INFINITY;
    let mut pick = vec![0usize; groups.len()];
    loop {
        let mut cand = vec![None; first.len()];
        for (g, (field, blocks, _)) in groups.iter().enumerate() {
            let perm = perms
                .get(g)
                .and_then(|p| p.get(pick.get(g).copied().unwrap_or(0)));
            for (k, &b) in blocks.iter().enumerate() {
                if let (Some(slot), Some(&direction)) =
                    (cand.get_mut(b), perm.and_then(|p| p.get(k)))
                {
                    *slot = Some(Slot {
                        direction,
                        field: *field,
                    });
                }
            }
        }
        let total = total_score(&cand, unary);
        if total > best_score + 1e-9 {
            best_score = total;
            best = cand;
        }
        // Next combination (odometer over the fields' permutations).
        let mut g = 0;
        loop {
            let Some(p) = pick.get_mut(g) else {
                return best;
            };
            *p += 1;
            if *p < perms.get(g).map_or(0, Vec::len) {
                break;
            }
            *p = 0;
            g += 1;
        }
    }
}

fn total_score(cand: &[Option<Slot>], unary: &dyn Fn(usize, &Slot) -> f64) -> f64 {
    let mut total: f64 = cand
        .iter()
        .enumerate()
        .filter_map(|(b, s)| s.as_ref().map(|s| unary(b, s)))
        .sum();
    let placed: Vec<Slot> = cand.iter().flatten().copied().collect();
    let n = placed.len();
    if n >= 2 {
        for i in 0..n {
            let (Some(a), Some(b)) = (placed.get(i), placed.get((i + 1) % n)) else {
                continue;
            };
            if i + 1 == n && n == 2 {
                break;
            }
            if a.direction == b.direction && (a.field as usize) + 1 == b.field as usize {
                total += NEIGHBOUR_BONUS;
            }
        }
    }
    total
}

fn factorial(n: usize) -> Option<usize> {
    (1..=n).try_fold(1usize, |acc, k| acc.checked_mul(k))
}

fn permutations(items: &[usize]) -> Vec<Vec<usize>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let head = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, head);
            out.push(tail);
        }
    }
    out
}

fn best_field(sc: &[f64; 4]) -> Field {
    let fields = [
        Field::Title,
        Field::Description,
        Field::Goals,
        Field::Audience,
    ];
    let mut best = 0;
    for i in 1..4 {
        if sc[i] > sc[best] {
            best = i;
        }
    }
    fields[best]
}

/// How much a block looks like each field: `[title, description, goals,
/// audience]`.
pub fn field_scores(text: &str) -> [f64; 4] {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let n = words.len();
    let starts_enumerated = planx_extractor::enumerator(text).is_some();
    let has_list_after_intro =
        !starts_enumerated && (text.contains(": (1)") || text.contains(": 1)"));
    let first = words.first().map(String::as_str).unwrap_or_default();
    let infinitive =
        first.chars().count() >= 4 && (first.ends_with('t') || first.ends_with("ties"));
    let nominalisation = words
        .iter()
        .any(|w| w.ends_with("šana") || w.ends_with("šanas"));
    let people = words.iter().filter(|w| is_people_noun(w)).count();
    let activities = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "pasākumi" | "semināri" | "darbnīcas" | "apmācības" | "aktivitātes"
        )
    });

    let mut title = 0.0;
    if n <= 6 {
        title += 1.0;
    }
    if nominalisation && n <= 8 {
        title += 2.0;
    }
    if n > 12 {
        title -= 2.0;
    }
    let mut description = 0.0;
    if activities {
        description += 2.0;
    }
    if has_list_after_intro {
        description += 2.0;
    }
    if n > 8 {
        description += 1.0;
    }
    let mut goals = -2.0;
    if starts_enumerated {
        goals += 5.0;
    }
    if infinitive {
        goals += 4.0;
    }
    let audience = (people.min(3) as f64) * 1.5 - if starts_enumerated { 3.0 } else { 0.0 };
    [title, description, goals, audience]
}

/// Plural nouns naming people: agent nouns in -tāji/-ēji, and the common
/// group words of audience cells.
fn is_people_noun(w: &str) -> bool {
    w.ends_with("tāji")
        || w.ends_with("ēji")
        || w.ends_with("nieki")
        || w.ends_with("ieši")
        || matches!(
            w,
            "mediji"
                | "eksperti"
                | "pārstāvji"
                | "bērni"
                | "vecāki"
                | "aizbildņi"
                | "iedzīvotāji"
                | "speciālisti"
                | "darbinieki"
        )
}

/// TF-IDF over word stems, one document per direction; built once per plan.
pub struct Similarity {
    docs: Vec<BTreeSet<String>>,
    norms: Vec<f64>,
    idf: BTreeMap<String, f64>,
}

impl Similarity {
    /// One document per direction: the text of its measures.
    pub fn new(measures: &[String]) -> Self {
        let docs: Vec<BTreeSet<String>> = measures.iter().map(|t| stems(t)).collect();
        let n = docs.len() as f64;
        let mut df: BTreeMap<String, usize> = BTreeMap::new();
        for d in &docs {
            for s in d {
                *df.entry(s.clone()).or_default() += 1;
            }
        }
        let idf = df
            .into_iter()
            .map(|(s, c)| (s, ((n + 1.0) / (c as f64 + 1.0)).ln()))
            .collect::<BTreeMap<String, f64>>();
        let norms = docs
            .iter()
            .map(|d| {
                d.iter()
                    .map(|s| idf.get(s).copied().unwrap_or(0.0).powi(2))
                    .sum::<f64>()
                    .sqrt()
            })
            .collect();
        Similarity { docs, norms, idf }
    }

    /// Cosine similarity of binary TF-IDF vectors, 0..1.
    fn score(&self, text: &str, direction: usize) -> f64 {
        let Some(doc) = self.docs.get(direction) else {
            return 0.0;
        };
        let block = stems(text);
        let w = |s: &String| self.idf.get(s).copied().unwrap_or(0.0);
        let shared: f64 = block
            .iter()
            .filter(|s| doc.contains(*s))
            .map(|s| w(s).powi(2))
            .sum();
        let nb: f64 = block.iter().map(|s| w(s).powi(2)).sum::<f64>().sqrt();
        let nd = self.norms.get(direction).copied().unwrap_or(0.0);
        if nb == 0.0 || nd == 0.0 {
            0.0
        } else {
            shared / (nb * nd)
        }
    }
}

/// Lower-case stems (first five letters) of the words of four letters or
/// more.
fn stems(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.to_lowercase().chars().take(5).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_shapes() {
        let f = |t: &str| best_field(&field_scores(t));
        assert_eq!(f("(1) Veidot vienotu izpratni"), Field::Goals);
        assert_eq!(
            f("Veicināt sabiedrības izpratni un rīcības maiņu"),
            Field::Goals
        );
        assert_eq!(f("Latvijas iedzīvotāji un mediji"), Field::Audience);
        assert_eq!(f("Informēšana par procesu"), Field::Title);
        assert_eq!(f("Praktiski līdzdalības pasākumi"), Field::Description);
    }

    #[test]
    fn blocks_follow_their_measures_not_their_order() {
        let measures = vec![
            "Nometņu organizēšana bērniem ģimenēm".to_string(),
            "Reklāmas kampaņa televīzijā radio".to_string(),
        ];
        let slots = [
            Slot {
                direction: 0,
                field: Field::Audience,
            },
            Slot {
                direction: 1,
                field: Field::Audience,
            },
        ];
        let blocks = vec![
            "Televīzijas skatītāji un radio klausītāji".to_string(),
            "Bērni un ģimenes".to_string(),
        ];
        let got = assign(&blocks, &slots, &Similarity::new(&measures));
        assert_eq!(got[0].map(|s| s.direction), Some(1));
        assert_eq!(got[1].map(|s| s.direction), Some(0));
    }
}
