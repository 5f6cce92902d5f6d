//! Gradient-boosted decision trees, as the keyword and summary scorers ship them: a small text
//! file of trees whose leaves add up, with a base, to the log-odds that a reader picks a thing.
//!
//! The file format (written by `tests/support/gbdt.rs` when an example fits a scorer):
//!
//! ```text
//! yoyak keyword trees 2          <- the scorer's header: kind and version
//! features 21                    <- must equal the code's feature count
//! base -0.93                     <- log-odds before any tree
//! s10,0.25,1,4 s3,0.1,2,3 l-0.11 l0.04 s2,-5.0,5,6 l0.03 l0.2
//! ...                            <- one tree per line
//! ```
//!
//! A tree lists its nodes from the root: `s<feature>,<threshold>,<left>,<right>` sends a
//! candidate to the node `left` when its feature is at most the threshold, else to `right`
//! (indices within the tree, always after the node, so a walk ends); `l<value>` is a leaf. The
//! header's version is raised whenever the features change, so that a stale file fails to load
//! with a message to refit it instead of scoring the wrong things.

/// One node of a tree (see the module docs for the file form).
#[derive(Debug, Clone, Copy)]
pub enum Node {
    /// Sends a thing to the node `left` when its feature is at most the threshold, else to
    /// `right`.
    Split {
        /// The feature's index.
        feature: usize,
        /// The largest value that goes left.
        threshold: f64,
        /// The node for values at most the threshold.
        left: usize,
        /// The node for the others.
        right: usize,
    },
    /// A value added to the log-odds.
    Leaf(f64),
}

/// The leaf value one tree (its nodes from the root) gives a thing with features `x`: the one
/// walk of a tree, for the shipped scorers and for the fit that grows them.
pub fn leaf<const N: usize>(tree: &[Node], x: &[f64; N]) -> f64 {
    let mut i = 0;
    loop {
        match tree[i] {
            Node::Split {
                feature,
                threshold,
                left,
                right,
            } => i = if x[feature] <= threshold { left } else { right },
            Node::Leaf(v) => return v,
        }
    }
}

/// Decision trees over `N` features (see the module docs).
#[derive(Debug, Clone)]
pub struct Trees<const N: usize> {
    base: f64,
    trees: Vec<Vec<Node>>,
}

impl<const N: usize> Trees<N> {
    /// Reads a tree file that must open with `header`.
    pub fn parse(file: &str, header: &str) -> Result<Self, String> {
        let mut lines = file.lines().filter(|l| !l.trim().is_empty());
        if lines.next() != Some(header) {
            return Err(format!(
                "the file does not start with `{header}`: refit it with the example that fits it"
            ));
        }
        let mut field = |name: &str| -> Result<f64, String> {
            lines
                .next()
                .and_then(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().parse::<f64>().ok())
                .filter(|v| v.is_finite())
                .ok_or_else(|| format!("expected a `{name} <number>` line"))
        };
        let features = field("features")?;
        if features != N as f64 {
            return Err(format!(
                "the file has {features} features, the code {N}: refit it"
            ));
        }
        let base = field("base")?;
        let mut trees = Vec::new();
        for (t, line) in lines.enumerate() {
            let mut nodes = Vec::new();
            for (i, token) in line.split_whitespace().enumerate() {
                nodes.push(
                    node(token, i, N)
                        .ok_or_else(|| format!("tree {t}, node {i}: `{token}` is not a node"))?,
                );
            }
            let n = nodes.len();
            let dangling = nodes.iter().any(
                |node| matches!(node, Node::Split { left, right, .. } if *left >= n || *right >= n),
            );
            if n == 0 || dangling {
                return Err(format!("tree {t} refers to a node it does not have"));
            }
            trees.push(nodes);
        }
        Ok(Trees { base, trees })
    }

    /// The log-odds the trees give a thing with these features.
    pub fn log_odds(&self, x: &[f64; N]) -> f64 {
        self.trees
            .iter()
            .fold(self.base, |z, tree| z + leaf(tree, x))
    }

    /// The probability the trees give a thing with these features.
    pub fn probability(&self, x: &[f64; N]) -> f64 {
        1.0 / (1.0 + (-self.log_odds(x)).exp())
    }

    /// How many trees there are.
    pub fn len(&self) -> usize {
        self.trees.len()
    }

    /// Whether there are no trees (the base alone scores).
    pub fn is_empty(&self) -> bool {
        self.trees.is_empty()
    }
}

/// Reads node `i` of a tree; children must come after it and features exist.
fn node(token: &str, i: usize, features: usize) -> Option<Node> {
    if let Some(v) = token.strip_prefix('l') {
        return v
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(Node::Leaf);
    }
    let mut parts = token.strip_prefix('s')?.split(',');
    let mut next = || parts.next();
    let feature = next()?.parse::<usize>().ok().filter(|&f| f < features)?;
    let threshold = next()?.parse::<f64>().ok().filter(|v| !v.is_nan())?;
    let child = |v: Option<&str>| v?.parse::<usize>().ok().filter(|&c| c > i);
    let left = child(next())?;
    let right = child(next())?;
    if next().is_some() {
        return None;
    }
    Some(Node::Split {
        feature,
        threshold,
        left,
        right,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "yoyak test trees 1";

    fn file(body: &str) -> String {
        format!("{HEADER}\nfeatures 3\nbase 0.5\n{body}")
    }

    #[test]
    fn trees_add_their_leaves_to_the_base() {
        // Feature 1 at most 0.5 goes left (+1), else right (-1); a lone leaf adds 0.25.
        let trees = Trees::<3>::parse(&file("s1,0.5,1,2 l1 l-1\nl0.25"), HEADER).unwrap();
        let mut x = [0.0; 3];
        assert!((trees.log_odds(&x) - 1.75).abs() < 1e-12);
        x[1] = 1.0;
        assert!((trees.log_odds(&x) + 0.25).abs() < 1e-12);
        assert!((trees.probability(&x) - 1.0 / (1.0 + 0.25f64.exp())).abs() < 1e-12);
        assert_eq!(trees.len(), 2);
    }

    #[test]
    fn broken_tree_files_are_errors_that_say_what_is_wrong() {
        let stale = "yoyak test trees 0\nfeatures 3\nbase 0\nl1";
        assert!(Trees::<3>::parse(stale, HEADER)
            .unwrap_err()
            .contains("refit"));
        let fewer = format!("{HEADER}\nfeatures 2\nbase 0\nl1");
        assert!(Trees::<3>::parse(&fewer, HEADER)
            .unwrap_err()
            .contains("2 features"));
        for body in [
            "s1,0.5,0,2 l1 l-1", // a child before its node: the walk would not end
            "s1,0.5,1,5 l1 l-1", // a child it does not have
            "s3,0.5,1,2 l1 l-1", // no such feature
            "s1,NaN,1,2 l1 l-1",
            "s1,0.5,1 l1 l-1",
            "s1,0.5,1,2,3 l1 l-1",
            "x1",
            "lNaN",
        ] {
            assert!(Trees::<3>::parse(&file(body), HEADER).is_err(), "{body}");
        }
    }
}
