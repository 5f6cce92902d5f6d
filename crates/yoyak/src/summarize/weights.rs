//! The learned sentence scorer's weights.
//!
//! Fitted by `cargo run --release -p yoyak --example eval_summary -- fit` (logistic regression,
//! no penalty: the one cross-validation chose, Newton's method) on 149 labelled articles: 80 of
//! the 100 of the Bflysoft/Dacon extractive summary sample
//! (`../shared/data/summarize/bflysoft-100.jsonl`, from github.com/sungtaekim-slx/kobertsum;
//! research use; every fifth article kept out of every fit and choice), the project's own
//! hand-labelled articles 01-45 and 66-85 (`tests/cases/summary/`; 46-65 kept out and scored once
//! at the end), and the seeds' site summaries. Only these derived weights are shipped, never the
//! articles. `docs/benchmarks.md` has the figures.

use super::FEATURES;

/// Weights of the logistic sentence scorer, in the order of [`super::FEATURE_NAMES`].
pub const WEIGHTS: [f64; FEATURES] = [
    -6.01,  // bias
    -6.43,  // first
    -1.81,  // second
    11.4,   // lead
    1.21,   // position
    1.14,   // length
    -1.32,  // short
    2.13,   // centrality
    3.3,    // headline
    0.072,  // numbers
    -0.966, // quote
    -0.144, // unfinished
    -0.592, // third
    -1.22,  // lead similarity
    0.008,  // connective
    -0.764, // repeat
    -0.819, // weak lead x lead
    -0.144, // weak lead x centrality
    -0.154, // closest to headline
    -22.3,  // question
    0.785,  // weak lead x closest
    0.456,  // news lead x lead
];
