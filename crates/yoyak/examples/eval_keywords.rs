//! Keyword precision at 10 on the hand-checked sets (`tests/cases/keywords/`), and the fit of
//! the learned keyword scorer ([`yoyak::keywords::learned`]).
//!
//! ```text
//! cargo run --release -p yoyak --example eval_keywords          # built-in weights, 5-fold CV
//! cargo run --release -p yoyak --example eval_keywords -- fit   # choose L2 by CV, fit on all
//! ```
//!
//! Cross-validation holds out every fifth set in turn (by file name order), fits on the other
//! four fifths, and scores the held-out fifth: the figure says how the scorer does on articles
//! it was not fitted on. The built-in weights are fitted on every set, so their own figure on
//! these sets is a tuned one.

#[path = "../tests/support/inputs.rs"]
mod inputs;
#[path = "../tests/support/keyword_sets.rs"]
mod keyword_sets;
#[path = "../tests/support/logistic.rs"]
mod logistic;

use keyword_sets::KeywordSet;
use yoyak::keywords::learned::{self, Candidate, FEATURES, FEATURE_NAMES};

/// L2 penalty of the fit, chosen by cross-validation (`fit` prints the choice).
const L2: f64 = 0.0;

/// Every candidate of a set with its features, and whether a reader picked it.
fn rows(set: &KeywordSet) -> Vec<(Candidate, [f64; FEATURES], f64)> {
    yoyak::keywords::candidate_features(
        &set.text,
        &set.sentences,
        set.title.as_deref(),
        &set.groups,
    )
    .into_iter()
    .map(|(c, x)| {
        let y = f64::from(u8::from(set.line_of(&c.text).is_some()));
        (c, x, y)
    })
    .collect()
}

/// Precision at 10 of `weights` on `sets`.
fn score(sets: &[&KeywordSet], weights: &[f64; FEATURES]) -> f64 {
    let mut sum = 0.0;
    for set in sets {
        let scored = rows(set)
            .into_iter()
            .map(|(c, x, _)| (learned::probability(&x, weights), c))
            .collect();
        let got: Vec<String> = learned::select(scored, 10)
            .into_iter()
            .map(|(_, c)| c.text)
            .collect();
        sum += set.precision(&got).0;
    }
    sum / sets.len().max(1) as f64
}

fn fit(sets: &[&KeywordSet], l2: f64) -> [f64; FEATURES] {
    let rows: Vec<([f64; FEATURES], f64)> = sets
        .iter()
        .flat_map(|s| rows(s).into_iter().map(|(_, x, y)| (x, y)))
        .collect();
    logistic::fit(&rows, l2)
}

/// Mean precision at 10 over 5 folds, each scored with weights fitted on the other four.
fn cross_validate(sets: &[KeywordSet], l2: f64) -> f64 {
    let mut sum = 0.0;
    for fold in 0..5 {
        let part = |held: bool| -> Vec<&KeywordSet> {
            sets.iter()
                .enumerate()
                .filter(|(i, _)| (i % 5 == fold) == held)
                .map(|(_, s)| s)
                .collect()
        };
        let (test, train) = (part(true), part(false));
        sum += score(&test, &fit(&train, l2)) * test.len() as f64;
    }
    sum / sets.len().max(1) as f64
}

/// The sets' groups, in the order they were written (see `tests/cases/keywords/README.md`).
const GROUPS: [(&str, u32, u32); 7] = [
    ("seeds and 01-10 (tuned on)", 0, 10),
    ("11-20 (kept out of the rules)", 11, 20),
    ("21-30 (written later)", 21, 30),
    ("31-45 (stop 17, unseen then)", 31, 45),
    ("46-65 (stop 19, unseen then)", 46, 65),
    ("66-85 (stop 19, second set, unseen then)", 66, 85),
    ("86-105 (stop 19, third set, unseen then)", 86, 105),
];

fn main() {
    let sets = keyword_sets::load();
    let all: Vec<&KeywordSet> = sets.iter().collect();
    // Zero weights score every candidate alike: the graph ranking's order is kept.
    let ranking_only = [0.0; FEATURES];
    println!("| sets | n | graph ranking alone | learned (built-in weights) |");
    println!("|---|---:|---:|---:|");
    for (name, from, to) in GROUPS {
        let group: Vec<&KeywordSet> = sets
            .iter()
            .filter(|s| (from..=to).contains(&s.number.unwrap_or(0)))
            .collect();
        println!(
            "| {name} | {} | {:.3} | {:.3} |",
            group.len(),
            score(&group, &ranking_only),
            score(&group, &learned::WEIGHTS)
        );
    }
    println!(
        "| all | {} | {:.3} | {:.3} |",
        all.len(),
        score(&all, &ranking_only),
        score(&all, &learned::WEIGHTS)
    );
    if std::env::args().nth(1).as_deref() == Some("fit") {
        println!();
        for l2 in [0.0, 0.001, 0.01, 0.1, 1.0] {
            println!(
                "5-fold CV over all {} sets, L2 {l2:<5}: P@10 {:.3}",
                sets.len(),
                cross_validate(&sets, l2)
            );
        }
        let w = fit(&all, L2);
        println!("\nweights fitted on all {} sets (L2 {L2}):", sets.len());
        for (name, x) in FEATURE_NAMES.iter().zip(w) {
            println!("    {x:.3}, // {name}");
        }
    } else {
        println!(
            "\n5-fold CV over all {} sets (refitted per fold, L2 {L2}): P@10 {:.3}",
            sets.len(),
            cross_validate(&sets, L2)
        );
    }
}
