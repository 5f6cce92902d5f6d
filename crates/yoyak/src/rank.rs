//! PageRank with a restart prior over a sparse weighted graph: the one random walk behind
//! sentence centrality (summaries) and TextRank over stems (keywords).

/// A weighted directed graph in compressed sparse rows: the edges leaving node `i` are
/// `edges[offsets[i]..offsets[i + 1]]`, as (target, weight) pairs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sparse<'a> {
    /// Where each node's edges start, one more than there are nodes.
    pub offsets: &'a [usize],
    /// The edges of all nodes, row after row.
    pub edges: &'a [(u32, f64)],
}

impl<'a> Sparse<'a> {
    /// The edges leaving node `i`.
    pub(crate) fn row(&self, i: usize) -> &'a [(u32, f64)] {
        &self.edges[self.offsets[i]..self.offsets[i + 1]]
    }
}

/// What the walk's scores are before the first round.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Start {
    /// The normalised prior.
    Prior,
    /// The same score for every node.
    Uniform,
}

/// The settings of one walk.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Walk {
    /// The chance of following an edge rather than restarting from the prior.
    pub damping: f64,
    /// At most this many rounds.
    pub rounds: usize,
    /// Stop once a round moves the scores less than this in total (L1).
    pub tolerance: f64,
    /// The scores before the first round.
    pub start: Start,
}

/// The walk's stationary scores: at each step it follows an edge leaving the node, in
/// proportion to the edge's weight, with probability `damping`, or restarts at a node drawn from
/// `prior` (any non-negative weights with a positive sum). The scores sum to 1.
pub(crate) fn pagerank(graph: Sparse, prior: &[f64], walk: &Walk) -> Vec<f64> {
    let n = prior.len();
    let damping = walk.damping;
    let total: f64 = prior.iter().sum();
    let teleport: Vec<f64> = prior.iter().map(|p| p / total).collect();
    let out_weight: Vec<f64> = (0..n)
        .map(|i| graph.row(i).iter().map(|&(_, w)| w).sum())
        .collect();
    let mut score = match walk.start {
        Start::Prior => teleport.clone(),
        Start::Uniform => vec![1.0 / n as f64; n],
    };
    let mut next = vec![0.0; n];
    for _ in 0..walk.rounds {
        // Mass of nodes without edges goes back through the prior.
        let mut dangling = 0.0;
        for i in 0..n {
            if out_weight[i] == 0.0 {
                dangling += score[i];
            }
        }
        for i in 0..n {
            next[i] = (1.0 - damping + damping * dangling) * teleport[i];
        }
        for i in 0..n {
            if out_weight[i] > 0.0 {
                let share = damping * score[i] / out_weight[i];
                for &(j, w) in graph.row(i) {
                    next[j as usize] += share * w;
                }
            }
        }
        let change: f64 = score.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut score, &mut next);
        if change < walk.tolerance {
            break;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    const WALK: Walk = Walk {
        damping: 0.85,
        rounds: 200,
        tolerance: 1e-12,
        start: Start::Uniform,
    };

    #[test]
    fn a_star_centre_outranks_its_leaves_and_scores_sum_to_one() {
        // 0 is linked both ways with 1, 2 and 3.
        let offsets = [0, 3, 4, 5, 6];
        let edges = [(1, 1.0), (2, 1.0), (3, 1.0), (0, 1.0), (0, 1.0), (0, 1.0)];
        let graph = Sparse {
            offsets: &offsets,
            edges: &edges,
        };
        let score = pagerank(graph, &[1.0; 4], &WALK);
        assert!((score.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(score[1..].iter().all(|&s| s < score[0]), "{score:?}");
        assert!((score[1] - score[3]).abs() < 1e-12);
    }

    #[test]
    fn without_edges_the_prior_is_the_answer() {
        let offsets = [0, 0, 0];
        let graph = Sparse {
            offsets: &offsets,
            edges: &[],
        };
        let score = pagerank(graph, &[3.0, 1.0], &WALK);
        assert!((score[0] - 0.75).abs() < 1e-9 && (score[1] - 0.25).abs() < 1e-9);
    }

    #[test]
    fn heavier_edges_carry_more() {
        // 0 sends three times as much to 1 as to 2.
        let offsets = [0, 2, 3, 4];
        let edges = [(1, 3.0), (2, 1.0), (0, 1.0), (0, 1.0)];
        let graph = Sparse {
            offsets: &offsets,
            edges: &edges,
        };
        let score = pagerank(graph, &[1.0; 3], &WALK);
        assert!(score[1] > score[2], "{score:?}");
    }
}
