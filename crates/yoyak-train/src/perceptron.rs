//! The averaged structured perceptron: sentences turned into feature ids and gold tags, then
//! fitted pass by pass with the same Viterbi that tagging uses.

use std::collections::HashMap;

use yoyak::entity::model::{begin_tag, features::Extractor, viterbi, TAGS};

use crate::{Sentence, TrainOptions};

/// Char-level BIO tags of a sentence (later overlapping spans are ignored).
fn gold_tags(s: &Sentence, n: usize) -> Vec<u8> {
    let mut tags = vec![0u8; n];
    for &(a, b, label) in &s.spans {
        let Some(bt) = begin_tag(label) else { continue };
        if a >= b || b > n || tags[a..b].iter().any(|&t| t != 0) {
            continue;
        }
        tags[a] = bt;
        for t in &mut tags[a + 1..b] {
            *t = bt + 1;
        }
    }
    tags
}

/// The training sentences as feature ids and gold tags, flat.
pub(crate) struct Prepared {
    /// Feature ids of every char, flat.
    feats: Vec<u32>,
    /// Per char, the end of its features in `feats`.
    ends: Vec<usize>,
    /// Per sentence, its char range in `ends`, and gold tags per char.
    sentences: Vec<(usize, usize)>,
    gold: Vec<u8>,
}

/// Extracts the features of `train`, keeps those seen at least `min_count` times, and numbers
/// them; returns the prepared sentences and the hash of each feature id.
pub(crate) fn prepare(train: &[Sentence], min_count: u32, skip: u64) -> (Prepared, Vec<u64>) {
    let mut x = Extractor::new();
    x.skip = skip;
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for s in train {
        x.extract(&s.text);
        for &h in &x.features {
            *counts.entry(h).or_default() += 1;
        }
    }
    let mut hashes: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .map(|(h, _)| h)
        .collect();
    hashes.sort_unstable();
    let ids: HashMap<u64, u32> = hashes
        .iter()
        .enumerate()
        .map(|(i, &h)| (h, i as u32))
        .collect();
    let mut p = Prepared {
        feats: Vec::new(),
        ends: Vec::new(),
        sentences: Vec::new(),
        gold: Vec::new(),
    };
    for s in train {
        x.extract(&s.text);
        let n = x.chars().len();
        let start = p.ends.len();
        for i in 0..n {
            p.feats
                .extend(x.of(i).iter().filter_map(|h| ids.get(h).copied()));
            p.ends.push(p.feats.len());
        }
        p.gold.extend(gold_tags(s, n));
        p.sentences.push((start, p.ends.len()));
    }
    (p, hashes)
}

/// An averaged perceptron's state: current weights and the running sums for the average.
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    step: f64,
}

impl Perceptron {
    fn bump(w: &mut [f32], u: &mut [f64], i: usize, d: f32, step: f64) {
        w[i] += d;
        u[i] += step * d as f64;
    }

    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(u)
                .map(|(&w, &u)| (w as f64 - u / self.step) as f32)
                .collect()
        };
        (avg(&self.w, &self.u), avg(&self.tw, &self.tu))
    }
}

fn emissions(p: &Prepared, w: &[f32], from: usize, to: usize, out: &mut Vec<f32>) {
    out.clear();
    for i in from..to {
        let fs = if i == 0 { 0 } else { p.ends[i - 1] };
        let mut acc = [0f32; TAGS];
        for &f in &p.feats[fs..p.ends[i]] {
            let row = &w[f as usize * TAGS..(f as usize + 1) * TAGS];
            for (a, &x) in acc.iter_mut().zip(row) {
                *a += x;
            }
        }
        out.extend_from_slice(&acc);
    }
}

/// Fits the weights; returns averaged feature weights (`ids × TAGS`) and transitions.
pub(crate) fn fit(p: &Prepared, n_feats: usize, opts: &TrainOptions) -> (Vec<f32>, Vec<f32>) {
    let mut m = Perceptron {
        w: vec![0.0; n_feats * TAGS],
        u: vec![0.0; n_feats * TAGS],
        tw: vec![0.0; (TAGS + 1) * TAGS],
        tu: vec![0.0; (TAGS + 1) * TAGS],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..p.sentences.len()).collect();
    let mut rng = opts.seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    let (mut em, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    for epoch in 0..opts.epochs {
        // Fisher-Yates with a small LCG: deterministic across platforms.
        for i in (1..order.len()).rev() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (rng >> 33) as usize % (i + 1));
        }
        let mut wrong = 0usize;
        for &s in &order {
            let (from, to) = p.sentences[s];
            let n = to - from;
            emissions(p, &m.w, from, to, &mut em);
            viterbi(&em, n, &m.tw, &mut back, &mut pred);
            let gold = &p.gold[from..to];
            if pred != gold {
                wrong += 1;
                for i in 0..n {
                    let (g, y) = (gold[i] as usize, pred[i] as usize);
                    let (gp, yp) = if i == 0 {
                        (TAGS, TAGS)
                    } else {
                        (gold[i - 1] as usize, pred[i - 1] as usize)
                    };
                    if g != y || gp != yp {
                        Perceptron::bump(&mut m.tw, &mut m.tu, gp * TAGS + g, 1.0, m.step);
                        Perceptron::bump(&mut m.tw, &mut m.tu, yp * TAGS + y, -1.0, m.step);
                    }
                    if g != y {
                        let c = from + i;
                        let fs = if c == 0 { 0 } else { p.ends[c - 1] };
                        for &f in &p.feats[fs..p.ends[c]] {
                            let f = f as usize * TAGS;
                            Perceptron::bump(&mut m.w, &mut m.u, f + g, 1.0, m.step);
                            Perceptron::bump(&mut m.w, &mut m.u, f + y, -1.0, m.step);
                        }
                    }
                }
            }
            m.step += 1.0;
        }
        if opts.verbose {
            eprintln!(
                "epoch {}: {} of {} sentences wrong",
                epoch + 1,
                wrong,
                order.len()
            );
        }
    }
    m.averaged()
}
