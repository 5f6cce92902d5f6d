//! Viterbi decoding: the best valid BIO tag sequence for a line's scores.
//!
//! Two decoders with one result: [`viterbi`], generic over the score type, for the trainer's
//! float weights and as the reference; and [`Model::decode`], which tries only the allowed moves
//! on this model's integer scores, for speed (a test checks that both find paths of one score).

use std::ops::Add;

use super::{allowed, Model, LABELS, ROW, TAGS};

/// Tags any tag may move to: `O` and the `B-` tags.
pub(super) const OPENS: usize = 1 + LABELS.len();
pub(super) const OPEN: [usize; OPENS] = [0, 1, 3, 5, 7, 9, 11, 13];

/// Score of an impossible move: far below any real path, far from overflow.
pub(super) const NEG: i32 = -(1 << 28);

/// Best tag sequence for `n` chars, with `emissions[i * TAGS + t]` the score of tag `t` at char
/// `i` and `transitions[p * TAGS + t]` the score of `t` after `p` (row `TAGS` = start).
///
/// Invalid BIO transitions are skipped, so the result is always a valid sequence.
pub fn viterbi<T>(
    emissions: &[T],
    n: usize,
    transitions: &[T],
    back: &mut Vec<u8>,
    out: &mut Vec<u8>,
) where
    T: Copy + PartialOrd + Add<Output = T>,
{
    out.clear();
    if n == 0 || emissions.len() < n * TAGS || transitions.len() < (TAGS + 1) * TAGS {
        return;
    }
    back.clear();
    back.resize(n * TAGS, 0);
    let start = &transitions[TAGS * TAGS..];
    // A start with I-X is impossible; give it the O score so it never wins a max (ties go to
    // the lower tag) and skip it as a predecessor of the second char.
    let mut best: [T; TAGS] = std::array::from_fn(|t| {
        if allowed(None, t as u8) {
            start[t] + emissions[t]
        } else {
            start[0] + emissions[0]
        }
    });
    for i in 1..n {
        let em = &emissions[i * TAGS..(i + 1) * TAGS];
        let bk = &mut back[i * TAGS..(i + 1) * TAGS];
        let mut next = best;
        for cur in 0..TAGS {
            // I-X may only follow B-X or I-X; O and B-X may follow anything.
            let (lo, hi) = if cur != 0 && cur % 2 == 0 {
                (cur - 1, cur)
            } else {
                (0, TAGS - 1)
            };
            let mut arg = lo;
            let mut s = best[lo] + transitions[lo * TAGS + cur];
            for prev in lo + 1..=hi {
                if i == 1 && prev != 0 && prev % 2 == 0 {
                    continue;
                }
                let v = best[prev] + transitions[prev * TAGS + cur];
                if v > s {
                    (arg, s) = (prev, v);
                }
            }
            next[cur] = s + em[cur];
            bk[cur] = arg as u8;
        }
        best = next;
    }
    backtrack(&best, n, out, |i, t| back[i * TAGS + t] as usize % TAGS);
}

/// Writes the `n` tags of the best path into `out`: the best last tag of `best`, then, going
/// back, `before(i, t)`, the best tag before tag `t` at char `i`.
fn backtrack<T: PartialOrd>(
    best: &[T],
    n: usize,
    out: &mut Vec<u8>,
    mut before: impl FnMut(usize, usize) -> usize,
) {
    let mut last = 0usize;
    for t in 1..TAGS {
        if best[t] > best[last] {
            last = t;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last as u8;
    for i in (1..n).rev() {
        last = before(i, last);
        out[i - 1] = last as u8;
    }
}

impl Model {
    /// [`viterbi`] for this model's integer scores, the same result with only the allowed
    /// moves: into `O` and `B-` tags from all tags (lanes the compiler vectorises), into `I-X`
    /// from `B-X` and `I-X` alone.
    ///
    /// The forward pass keeps every char's scores (`scores`) instead of back pointers: the
    /// maxima alone vectorise better, and the best predecessor is then looked for only on the
    /// chosen path, with the same tie-break (the lowest tag).
    pub(super) fn decode(
        &self,
        emissions: &[i32],
        n: usize,
        scores: &mut Vec<[i32; ROW]>,
        out: &mut Vec<u8>,
    ) {
        out.clear();
        if n == 0 || emissions.len() < n * TAGS {
            return;
        }
        scores.clear();
        scores.reserve(n);
        let em = |i: usize| -> [i32; ROW] {
            let mut e = [0; ROW];
            e[..TAGS].copy_from_slice(&emissions[i * TAGS..(i + 1) * TAGS]);
            e
        };
        let mut best = self.start;
        for (b, e) in best.iter_mut().zip(em(0)) {
            *b = b.wrapping_add(e);
        }
        scores.push(best);
        for i in 1..n {
            let mut s = [i32::MIN; OPENS];
            for (p, moves) in self.open.iter().enumerate() {
                let b = best[p];
                for j in 0..OPENS {
                    s[j] = s[j].max(b.wrapping_add(moves[j]));
                }
            }
            let e = em(i);
            let mut next = [NEG; ROW];
            for (j, &t) in OPEN.iter().enumerate() {
                next[t] = s[j].wrapping_add(e[t]);
            }
            for (l, m) in self.inner.iter().enumerate() {
                let (b, t) = (1 + 2 * l, 2 + 2 * l);
                let v = best[b].wrapping_add(m[0]).max(best[t].wrapping_add(m[1]));
                next[t] = v.wrapping_add(e[t]);
            }
            // Scores are kept relative to O's so they stay small on any line length.
            let base = next[0];
            for (b, &x) in best.iter_mut().zip(&next) {
                *b = x.wrapping_sub(base).max(NEG);
            }
            scores.push(best);
        }
        backtrack(&best, n, out, |i, t| self.before(&scores[i - 1], t));
    }

    /// The best tag before tag `t`, given the scores `prev` of the char before: the lowest of
    /// the best, as the forward pass's maxima were taken.
    fn before(&self, prev: &[i32; ROW], t: usize) -> usize {
        if t != 0 && t % 2 == 0 {
            let (l, b) = (t / 2 - 1, t - 1);
            let m = &self.inner[l];
            return if prev[t].wrapping_add(m[1]) > prev[b].wrapping_add(m[0]) {
                t
            } else {
                b
            };
        }
        let j = OPEN.iter().position(|&o| o == t).unwrap_or(0);
        let mut arg = 0;
        let mut s = i32::MIN;
        for (p, moves) in self.open.iter().enumerate() {
            let v = prev[p].wrapping_add(moves[j]);
            if v > s {
                (arg, s) = (p, v);
            }
        }
        arg
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::model::RawModel;

    #[test]
    fn viterbi_never_starts_or_continues_wrongly() {
        // Emissions that favour I-PS everywhere, and I-OG after B-PS: still valid output.
        for n in [1, 2, 5] {
            let mut em = vec![0i32; n * TAGS];
            for i in 0..n {
                em[i * TAGS + 2] = 10;
                em[i * TAGS + 4] = if i == 1 { 50 } else { 0 };
            }
            let tr = vec![0i32; (TAGS + 1) * TAGS];
            let (mut k, mut out) = (Vec::new(), Vec::new());
            viterbi(&em, n, &tr, &mut k, &mut out);
            assert_eq!(out.len(), n);
            let mut prev = None;
            for &t in &out {
                assert!(allowed(prev, t), "{out:?}");
                prev = Some(t);
            }
        }
    }

    #[test]
    fn fast_decoding_matches_the_reference_viterbi() {
        let raw = RawModel {
            scale: 1.0,
            transitions: (0..((TAGS + 1) * TAGS) as i32)
                .map(|k| (k * 7919) % 61 - 30)
                .collect(),
            bucket_bits: 4,
            features: Vec::new(),
        };
        let m = Model::from_bytes(&raw.encode()).unwrap();
        let mut seed = 12345u64;
        for n in [1usize, 2, 3, 17, 200] {
            let em: Vec<i32> = (0..n * TAGS)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 40) % 200) as i32 - 100
                })
                .collect();
            let (mut k, mut want, mut got) = (Vec::new(), Vec::new(), Vec::new());
            viterbi(&em, n, &raw.transitions, &mut k, &mut want);
            m.decode(&em, n, &mut Vec::new(), &mut got);
            let score = |tags: &[u8]| -> i32 {
                let mut prev = TAGS;
                let mut total = 0;
                for (i, &t) in tags.iter().enumerate() {
                    total += raw.transitions[prev * TAGS + t as usize] + em[i * TAGS + t as usize];
                    prev = t as usize;
                }
                total
            };
            assert_eq!(got.len(), n);
            assert_eq!(score(&got), score(&want), "n={n}");
            let mut prev = None;
            for &t in &got {
                assert!(allowed(prev, t));
                prev = Some(t);
            }
        }
    }
}
