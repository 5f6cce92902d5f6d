//! Logistic regression by Newton's method, for the examples that fit the summary and keyword
//! scorers (each takes it with `#[path]`): small data, a dozen weights, no dependencies.

#![allow(dead_code)] // each includer uses part of it

/// Weights minimising the mean log loss over `rows` (features, 0/1 label) plus `l2`/2 times the
/// squared weights; feature 0 is the bias, which is not shrunk.
pub fn fit<const N: usize>(rows: &[([f64; N], f64)], l2: f64) -> [f64; N] {
    let mut w = [0.0; N];
    let m = rows.len().max(1) as f64;
    // Newton's method: each step solves an N×N system exactly; 30 steps are far more than the
    // few a logistic loss needs.
    for _ in 0..30 {
        let mut grad = [0.0; N];
        let mut hess = [[0.0; N]; N];
        for (x, y) in rows {
            let z: f64 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for a in 0..N {
                grad[a] += (p - y) * x[a] / m;
                for b in 0..N {
                    hess[a][b] += p * (1.0 - p) * x[a] * x[b] / m;
                }
            }
        }
        // The bias is not shrunk; a tiny ridge on it keeps the system solvable.
        for j in 0..N {
            let l = if j == 0 { 1e-9 } else { l2 };
            grad[j] += l * w[j];
            hess[j][j] += l;
        }
        let step = solve(hess, grad);
        for (wj, d) in w.iter_mut().zip(step) {
            *wj -= d;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> [f64; N] {
    for col in 0..N {
        let pivot = (col..N)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        if a[col][col].abs() < 1e-12 {
            continue;
        }
        for row in col + 1..N {
            let f = a[row][col] / a[col][col];
            let pivot_row = a[col];
            for (cell, p) in a[row].iter_mut().zip(pivot_row).skip(col) {
                *cell -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; N];
    for col in (0..N).rev() {
        let rest: f64 = (col + 1..N).map(|k| a[col][k] * x[k]).sum();
        x[col] = if a[col][col].abs() < 1e-12 {
            0.0
        } else {
            (b[col] - rest) / a[col][col]
        };
    }
    x
}
