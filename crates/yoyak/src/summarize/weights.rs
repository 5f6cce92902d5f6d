//! The learned sentence scorer's weights.
//!
//! Fitted by `cargo run --release -p yoyak --example eval_summary -- fit` (logistic regression,
//! L2 0.01, Newton's method) on 80 of the 100 articles of the Bflysoft/Dacon extractive summary
//! sample (`../shared/data/summarize/bflysoft-100.jsonl`, from github.com/sungtaekim-slx/kobertsum;
//! research use). Only these derived weights are shipped, never the articles. Every fifth article
//! was kept out of the fit and of every choice made here, and scored once at the end
//! (`docs/benchmarks.md`).

use super::FEATURES;

/// Weights of the logistic sentence scorer, in the order of [`super::FEATURE_NAMES`].
pub const WEIGHTS: [f64; FEATURES] = [
    -1.899, // bias
    0.629, // first
    0.718, // second
    0.979, // lead
    -0.856, // position
    0.524, // length
    -0.538, // short
    0.648, // centrality
    0.427, // headline
    0.001, // numbers
    -0.595, // quote
    -0.477, // unfinished
    0.386, // third
    -0.003, // lead similarity
    0.042, // connective
    0.302, // repeat
];
