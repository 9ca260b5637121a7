//! Word-level differences of two texts (longest common subsequence).

use serde::Serialize;

/// One run of words: kept, deleted from the old text or inserted in the new.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum Op {
    /// In both texts.
    Same(String),
    /// Only in the old text.
    Del(String),
    /// Only in the new text.
    Ins(String),
}

/// Longest texts compared word by word; longer ones are shown as one
/// deletion and one insertion.
const MAX_WORDS: usize = 2000;

/// The word-level edit script from `old` to `new`, adjacent runs merged.
pub fn diff(old: &str, new: &str) -> Vec<Op> {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    if a.len() > MAX_WORDS || b.len() > MAX_WORDS {
        return vec![Op::Del(old.to_string()), Op::Ins(new.to_string())];
    }
    // lcs[i][j] = LCS length of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<Op> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            push(&mut ops, Op::Same(a[i].to_string()));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(&mut ops, Op::Ins(b[j].to_string()));
            j += 1;
        } else {
            push(&mut ops, Op::Del(a[i].to_string()));
            i += 1;
        }
    }
    ops
}

fn push(ops: &mut Vec<Op>, op: Op) {
    match (ops.last_mut(), &op) {
        (Some(Op::Same(t)), Op::Same(w))
        | (Some(Op::Del(t)), Op::Del(w))
        | (Some(Op::Ins(t)), Op::Ins(w)) => {
            t.push(' ');
            t.push_str(w);
        }
        _ => ops.push(op),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaced_word() {
        assert_eq!(
            diff("a b c", "a x c"),
            vec![
                Op::Same("a".into()),
                Op::Ins("x".into()),
                Op::Del("b".into()),
                Op::Same("c".into())
            ]
        );
    }
}
