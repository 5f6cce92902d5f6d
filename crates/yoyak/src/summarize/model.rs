//! The learned sentence scorer: gradient-boosted trees over the features of [`super::features`].
//!
//! Fitted by `cargo run --release -p yoyak --example eval_summary -- fit` (depth-two trees on
//! logistic loss, see [`crate::trees`]) on labelled articles of three kinds: 80 of the 100 of the
//! Bflysoft/Dacon extractive summary sample (`../shared/data/summarize/bflysoft-100.jsonl`, from
//! github.com/sungtaekim-slx/kobertsum; research use; every fifth article kept out of every fit
//! and choice; counted six times, so that real pages weigh about as much as the written
//! articles), the project's own hand-labelled articles 01-505 (`tests/cases/summary/`; those
//! from 46 on were each scored once before being fitted on; 506 on are kept out), and the seeds' site
//! summaries. Only the derived trees are shipped, never the articles. `docs/benchmarks.md` has
//! the figures.

use std::sync::OnceLock;

use super::FEATURES;
use crate::trees::Trees;

/// The embedded trees, written by `eval_summary -- fit`.
const TREES: &str = include_str!("../../data/summary_trees.txt");

/// The first line of the summary tree file; the number is raised when the features change.
pub const TREES_HEADER: &str = "yoyak summary trees 1";

/// The embedded sentence scorer. It is compiled in and a test loads it, so it cannot fail at
/// run time; were it ever broken, sentences would be scored by centrality alone.
pub fn model() -> Option<&'static Trees<FEATURES>> {
    static MODEL: OnceLock<Option<Trees<FEATURES>>> = OnceLock::new();
    MODEL
        .get_or_init(|| Trees::parse(TREES, TREES_HEADER).ok())
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_trees_load() {
        assert!(Trees::<FEATURES>::parse(TREES, TREES_HEADER).is_ok());
        assert!(model().is_some_and(|m| !m.is_empty()));
    }
}
