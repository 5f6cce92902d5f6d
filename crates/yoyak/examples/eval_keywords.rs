//! Keyword precision at 10 on the hand-checked sets (`tests/cases/keywords/`), and the fit of
//! the learned keyword scorer ([`yoyak::keywords::learned`]).
//!
//! ```text
//! cargo run --release -p yoyak --example eval_keywords          # built-in weights, 5-fold CV
//! cargo run --release -p yoyak --example eval_keywords -- fit   # choose L2 by CV, fit on all
//! cargo run --release -p yoyak --example eval_keywords -- misses  # each set's picks and misses
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

use keyword_sets::{squash, KeywordSet, GROUPS};
use yoyak::keywords::learned::{self, Candidate, FEATURES, FEATURE_NAMES};
use yoyak::Label;

/// L2 penalty of the fit, chosen by cross-validation (`fit` prints the choice).
const L2: f64 = 0.0;

/// A set with its candidates, their features, and whether a reader picked each: computed once,
/// read by every fit and score.
struct Rows<'a> {
    set: &'a KeywordSet,
    rows: Vec<(Candidate, [f64; FEATURES], f64)>,
}

impl<'a> Rows<'a> {
    fn new(set: &'a KeywordSet) -> Self {
        let rows = yoyak::keywords::candidate_features(
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
        .collect();
        Rows { set, rows }
    }
}

/// Precision at 10 of `weights` on `sets`.
fn score(sets: &[&Rows], weights: &[f64; FEATURES]) -> f64 {
    let mut sum = 0.0;
    for r in sets {
        let scored = r
            .rows
            .iter()
            .map(|(c, x, _)| (learned::probability(x, weights), c.clone()))
            .collect();
        let got: Vec<String> = learned::select(scored, 10)
            .into_iter()
            .map(|(_, c)| c.text)
            .collect();
        sum += r.set.precision(&got).0;
    }
    sum / sets.len().max(1) as f64
}

fn fit(sets: &[&Rows], l2: f64) -> [f64; FEATURES] {
    let rows: Vec<([f64; FEATURES], f64)> = sets
        .iter()
        .flat_map(|r| r.rows.iter().map(|(_, x, y)| (*x, *y)))
        .collect();
    logistic::fit(&rows, l2)
}

/// Mean precision at 10 over 5 folds, each scored with weights fitted on the other four.
fn cross_validate(sets: &[Rows], l2: f64) -> f64 {
    let mut sum = 0.0;
    for fold in 0..5 {
        let part = |held: bool| -> Vec<&Rows> {
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

/// Each set's ten picks with the built-in weights (`+` a reader's keyword, `-` not, with its
/// entity label and probability), then the reader's keywords not picked (`*`: among the
/// candidates, so the model could have picked it). For reading errors; a set read this way is
/// no longer unseen.
fn misses(sets: &[Rows]) {
    for r in sets {
        let scored = r
            .rows
            .iter()
            .map(|(c, x, _)| (learned::probability(x, &learned::WEIGHTS), c.clone()))
            .collect();
        let mut hit = vec![false; r.set.gold.len()];
        let mut picks = String::new();
        for (p, c) in learned::select(scored, 10) {
            match r.set.line_of(&c.text) {
                Some(i) => {
                    hit[i] = true;
                    picks += &format!(" +{}", c.text);
                }
                None => {
                    let label = c.label.map_or("-", |l| l.as_str());
                    picks += &format!(" -{} ({label} {p:.2})", c.text);
                }
            }
        }
        let candidates: Vec<String> = r.rows.iter().map(|(c, _, _)| squash(&c.text)).collect();
        let missed: Vec<String> = r
            .set
            .gold
            .iter()
            .zip(&hit)
            .filter(|(_, h)| !**h)
            .map(|(line, _)| {
                let found = line.iter().any(|a| candidates.contains(&squash(a)));
                format!("{}{}", line.join("|"), if found { "*" } else { "" })
            })
            .collect();
        println!("{}:{picks}\n    missed: {}", r.set.name, missed.join(", "));
    }
}

/// Of the distinct people, organisations, places and artifacts the tagger finds (entity groups),
/// the share a reader listed, per label: why entities are candidates.
fn entity_shares(sets: &[KeywordSet]) {
    for label in [Label::PS, Label::OG, Label::LC, Label::AF] {
        let (mut found, mut listed) = (0, 0);
        for set in sets {
            for group in set.groups.iter().filter(|g| g.label == label) {
                found += 1;
                listed += usize::from(set.line_of(&group.name).is_some());
            }
        }
        println!(
            "{}: {listed} of {found} found are in a reader's list ({:.0} %)",
            label.as_str(),
            100.0 * listed as f64 / found.max(1) as f64
        );
    }
}

fn main() {
    let loaded = keyword_sets::load();
    let sets: Vec<Rows> = loaded.iter().map(Rows::new).collect();
    let all: Vec<&Rows> = sets.iter().collect();
    if std::env::args().nth(1).as_deref() == Some("misses") {
        misses(&sets);
        return;
    }
    // Zero weights score every candidate alike: the graph ranking's order is kept.
    let ranking_only = [0.0; FEATURES];
    println!("| sets | n | graph ranking alone | learned (built-in weights) |");
    println!("|---|---:|---:|---:|");
    for (g, (name, _, _)) in GROUPS.iter().enumerate() {
        let group: Vec<&Rows> = sets.iter().filter(|r| r.set.group() == Some(g)).collect();
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
    println!();
    entity_shares(&loaded);
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
