//! The folds every cross-validation of the examples deals (each takes it with `#[path]`): a
//! fixed shuffle, so that two runs, or two models compared in one run, see the same folds.

/// The fold (0-4) of each of `n` items in shuffle `seed`: its place in a fixed xorshift
/// shuffle, mod 5.
pub fn folds(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    let mut fold = vec![0; n];
    for (k, &i) in order.iter().enumerate() {
        fold[i] = k % 5;
    }
    fold
}
