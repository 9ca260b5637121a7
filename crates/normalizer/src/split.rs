//! Splitting cells into items at separators outside parentheses.

/// Splits `text` at each of `seps` that stands outside parentheses; items
/// are trimmed and empty ones dropped.
pub fn outside_parens(text: &str, seps: &[char]) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth == 0 && seps.contains(&c) {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    items.push(current);
    items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Byte offset of the first `pat` in `text` outside parentheses.
pub fn find_outside_parens(text: &str, pat: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth == 0 && text.get(i..).is_some_and(|rest| rest.starts_with(pat)) {
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_inside_parentheses_do_not_split() {
        assert_eq!(
            outside_parens("PR, NVO (biedrības, nodibinājumi), PV", &[',']),
            vec!["PR", "NVO (biedrības, nodibinājumi)", "PV"]
        );
    }
}
