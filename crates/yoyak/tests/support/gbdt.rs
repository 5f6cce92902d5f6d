//! Gradient-boosted decision trees on logistic loss, for the examples that fit the keyword and
//! summary scorers (taken with `#[path]`): small data, a few thousand rows, no dependencies. The trees
//! are written in the format [`yoyak::trees::Trees::parse`] reads, which is the one
//! implementation that scores them.

#![allow(dead_code)] // each includer uses part of it

/// How the trees are grown.
pub struct Params {
    /// Number of trees.
    pub trees: usize,
    /// Splits from root to leaf.
    pub depth: usize,
    /// Each tree's leaves are scaled by this (shrinkage).
    pub rate: f64,
    /// The least total curvature (sum of p(1-p)) a leaf may hold: no leaf for a handful of rows.
    pub min_curvature: f64,
    /// L2 penalty on leaf values.
    pub lambda: f64,
}

use yoyak::trees::{leaf, Node};

/// Fits trees to `rows` (features, 0/1 label) and returns them as a tree file with `header`.
pub fn fit<const N: usize>(rows: &[([f64; N], f64)], p: &Params, header: &str) -> String {
    let n = rows.len();
    let positive: f64 = rows.iter().map(|r| r.1).sum();
    let base = (positive.max(1.0) / (n as f64 - positive).max(1.0)).ln();
    boost(rows, p, header, base, |z| {
        let (mut g, mut h) = (vec![0.0; n], vec![0.0; n]);
        for i in 0..n {
            let q = 1.0 / (1.0 + (-z[i]).exp());
            g[i] = rows[i].1 - q;
            h[i] = (q * (1.0 - q)).max(1e-6);
        }
        (g, h)
    })
}

/// The boosting loop both losses share: from `base`, each tree is grown on the gradients and
/// curvatures `loss` gives for the current scores, and added to them.
fn boost<const N: usize>(
    rows: &[([f64; N], f64)],
    p: &Params,
    header: &str,
    base: f64,
    loss: impl Fn(&[f64]) -> (Vec<f64>, Vec<f64>),
) -> String {
    let n = rows.len();
    let cuts: Vec<Vec<f64>> = (0..N).map(|f| thresholds(rows, f)).collect();
    let mut z = vec![base; n];
    let mut out = format!("{header}\nfeatures {N}\nbase {base}\n");
    for _ in 0..p.trees {
        let (g, h) = loss(&z);
        let mut tree = Vec::new();
        grow(rows, (&g, &h), &cuts, (0..n).collect(), 0, p, &mut tree);
        for i in 0..n {
            z[i] += leaf(&tree, &rows[i].0);
        }
        out += &line(&tree);
    }
    out
}

/// One tree as a line of the tree file, newline included.
fn line(tree: &[Node]) -> String {
    let nodes: Vec<String> = tree
        .iter()
        .map(|node| match node {
            Node::Split {
                feature,
                threshold,
                left,
                right,
            } => format!("s{feature},{threshold:.6},{left},{right}"),
            Node::Leaf(v) => format!("l{v:.4}"),
        })
        .collect();
    nodes.join(" ") + "\n"
}

/// Where a feature may be split: between its distinct values, or between 32 quantiles of them.
fn thresholds<const N: usize>(rows: &[([f64; N], f64)], f: usize) -> Vec<f64> {
    let mut v: Vec<f64> = rows.iter().map(|r| r.0[f]).collect();
    v.sort_by(|a, b| a.total_cmp(b));
    v.dedup();
    let mut cuts: Vec<f64> = if v.len() <= 33 {
        v.windows(2).map(|w| (w[0] + w[1]) / 2.0).collect()
    } else {
        (1..32)
            .map(|q| {
                let i = q * v.len() / 32;
                (v[i - 1] + v[i]) / 2.0
            })
            .collect()
    };
    cuts.dedup();
    cuts
}

/// Grows the node for rows `idx` at `depth` and its children; returns its index. Leaves take the
/// Newton step for the rows they hold, times the rate; splits take the best gain.
fn grow<const N: usize>(
    rows: &[([f64; N], f64)],
    (g, h): (&[f64], &[f64]),
    cuts: &[Vec<f64>],
    idx: Vec<usize>,
    depth: usize,
    p: &Params,
    tree: &mut Vec<Node>,
) -> usize {
    let gs: f64 = idx.iter().map(|&i| g[i]).sum();
    let hs: f64 = idx.iter().map(|&i| h[i]).sum();
    let me = tree.len();
    tree.push(Node::Leaf(p.rate * gs / (hs + p.lambda)));
    if depth == p.depth {
        return me;
    }
    let parent = gs * gs / (hs + p.lambda);
    let mut best: Option<(f64, usize, f64)> = None;
    for (f, c) in cuts.iter().enumerate() {
        let (mut bg, mut bh) = (vec![0.0; c.len() + 1], vec![0.0; c.len() + 1]);
        for &i in &idx {
            let b = c.partition_point(|&t| t < rows[i].0[f]);
            bg[b] += g[i];
            bh[b] += h[i];
        }
        let (mut gl, mut hl) = (0.0, 0.0);
        for b in 0..c.len() {
            gl += bg[b];
            hl += bh[b];
            let (gr, hr) = (gs - gl, hs - hl);
            if hl < p.min_curvature || hr < p.min_curvature {
                continue;
            }
            let gain = gl * gl / (hl + p.lambda) + gr * gr / (hr + p.lambda) - parent;
            if gain > best.map_or(1e-9, |b| b.0) {
                best = Some((gain, f, c[b]));
            }
        }
    }
    let Some((_, feature, threshold)) = best else {
        return me;
    };
    let (l, r): (Vec<usize>, Vec<usize>) = idx
        .into_iter()
        .partition(|&i| rows[i].0[feature] <= threshold);
    let left = grow(rows, (g, h), cuts, l, depth + 1, p, tree);
    let right = grow(rows, (g, h), cuts, r, depth + 1, p, tree);
    tree[me] = Node::Split {
        feature,
        threshold,
        left,
        right,
    };
    me
}

/// Fits trees to rank the rows of each group (an article's candidates, 0/1 labels): the
/// pairwise logistic loss of RankNet over every (picked, not picked) pair of a group, each pair
/// weighted, when `lambda_at` is some k, by how much swapping the two would change the group's
/// NDCG at k (LambdaRank; Burges 2010). Scores are relative within a group; the base is 0.
pub fn fit_ranked<const N: usize>(
    groups: &[Vec<([f64; N], f64)>],
    p: &Params,
    lambda_at: Option<usize>,
    header: &str,
) -> String {
    let rows: Vec<([f64; N], f64)> = groups.iter().flatten().copied().collect();
    let n = rows.len();
    let mut spans = Vec::with_capacity(groups.len());
    let mut at = 0;
    for g in groups {
        spans.push(at..at + g.len());
        at += g.len();
    }
    let gain = |r: usize| match lambda_at {
        Some(k) if r >= k => 0.0,
        _ => 1.0 / ((r + 2) as f64).log2(),
    };
    boost(&rows, p, header, 0.0, |z| {
        let (mut g, mut h) = (vec![0.0; n], vec![1e-6; n]);
        let mut rank = vec![0usize; n];
        for span in &spans {
            // Each row's place in its group by the current scores, for the NDCG weights.
            let mut order: Vec<usize> = span.clone().collect();
            order.sort_by(|&a, &b| z[b].total_cmp(&z[a]));
            for (r, &i) in order.iter().enumerate() {
                rank[i] = r;
            }
            let picked = || span.clone().filter(|&i| rows[i].1 > 0.5);
            let ideal: f64 = (0..picked().count()).map(gain).sum::<f64>().max(1e-9);
            for i in picked() {
                for j in span.clone().filter(|&j| rows[j].1 <= 0.5) {
                    let w = match lambda_at {
                        Some(_) => (gain(rank[i]) - gain(rank[j])).abs() / ideal,
                        None => 1.0,
                    };
                    if w == 0.0 {
                        continue;
                    }
                    let rho = 1.0 / (1.0 + (z[i] - z[j]).exp());
                    g[i] += w * rho;
                    g[j] -= w * rho;
                    let c = w * rho * (1.0 - rho);
                    h[i] += c;
                    h[j] += c;
                }
            }
        }
        (g, h)
    })
}
