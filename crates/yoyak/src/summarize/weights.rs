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
    -1.842, // bias
    0.644,  // first
    0.723,  // second
    0.999,  // lead
    -0.883, // position
    0.534,  // length
    -0.530, // short
    0.535,  // centrality
    0.465,  // headline
    0.019,  // numbers
    -0.596, // quote
    -0.487, // unfinished
    0.395,  // third
    0.025,  // lead similarity
    0.036,  // connective
    0.367,  // repeat
    0.0,    // weak lead x lead
    0.0,    // weak lead x centrality
    0.0,    // closest to headline
    0.0,    // question
];
