//! The assignment problem: give each row a distinct column so that the total
//! score is highest (Hungarian algorithm, O(n²m)). Rows ≤ columns.
// The classic index-based formulation reads best with range loops.
#![allow(clippy::needless_range_loop)]

/// For a `rows × cols` score matrix (rows ≤ cols), the column chosen for
/// each row, maximising the sum of scores.
pub fn maximise(scores: &[Vec<f64>]) -> Vec<usize> {
    let n = scores.len();
    let m = scores.first().map_or(0, Vec::len);
    if n == 0 || m < n {
        return Vec::new();
    }
    let cost = |i: usize, j: usize| -> f64 {
        -scores
            .get(i)
            .and_then(|r| r.get(j))
            .copied()
            .unwrap_or(f64::NEG_INFINITY)
    };
    // 1-based potentials and matching, as in the classic formulation.
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0usize;
        let mut minv = vec![f64::INFINITY; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0usize;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            if j1 == 0 {
                break;
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut out = vec![usize::MAX; n];
    for j in 1..=m {
        if p[j] != 0 {
            if let Some(slot) = out.get_mut(p[j] - 1) {
                *slot = j - 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_total_not_the_greedy_choice() {
        // Greedy would give row 0 column 0 (9) and row 1 column 1 (1) = 10;
        // the best is 8 + 7 = 15.
        let s = vec![vec![9.0, 8.0], vec![7.0, 1.0]];
        assert_eq!(maximise(&s), vec![1, 0]);
    }

    #[test]
    fn rectangular() {
        let s = vec![vec![0.0, 5.0, 1.0]];
        assert_eq!(maximise(&s), vec![1]);
    }
}
