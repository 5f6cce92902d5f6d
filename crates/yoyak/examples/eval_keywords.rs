//! Keyword precision at 10 on the hand-checked sets (`tests/cases/keywords/`), and the fit of
//! the learned keyword scorer ([`yoyak::keywords::learned`]).
//!
//! ```text
//! cargo run --release -p yoyak --example eval_keywords          # built-in model, CV
//! cargo run --release -p yoyak --example eval_keywords -- fit   # CV, then fit on all and write
//!                                                               # crates/yoyak/data/keyword_trees.txt
//! cargo run --release -p yoyak --example eval_keywords -- misses  # each set's picks and misses
//! cargo run --release -p yoyak --example eval_keywords -- absent [list]  # reader keywords no candidate holds
//! cargo run --release -p yoyak --example eval_keywords -- ceiling # the best P@10 any ranking could reach
//! cargo run --release -p yoyak --example eval_keywords -- pairwise  # CV of pairwise objectives
//! ```
//!
//! Cross-validation shuffles the sets, holds out each fifth in turn, fits on the other four
//! fifths and scores the held-out fifth; five shuffles, averaged (one split of 190 sets moves
//! the figure by a point): the figure says how the scorer does on articles it was not fitted
//! on. The built-in model is fitted on every set, so its own figure on these sets is a tuned
//! one.

#[path = "../tests/support/folds.rs"]
mod folds;
#[path = "../tests/support/gbdt.rs"]
mod gbdt;
#[path = "../tests/support/inputs.rs"]
mod inputs;
#[path = "../tests/support/keyword_sets.rs"]
mod keyword_sets;

use keyword_sets::{squash, KeywordSet, GROUPS};
use yoyak::keywords::learned::{self, Candidate, FEATURES, TREES_HEADER};
use yoyak::trees::Trees;
use yoyak::Label;

/// How the trees are grown, chosen by cross-validation in stop 21 among depths 2–4, 50–300
/// trees, rates 0.03–0.1 and penalties 1–10 (all within a point of each other from 100 trees
/// on); the smallest of the best.
const PARAMS: gbdt::Params = gbdt::Params {
    trees: 300,
    depth: 2,
    rate: 0.1,
    min_curvature: 5.0,
    lambda: 1.0,
};

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

    /// The candidates as the reader's lines are matched: without spaces.
    fn keys(&self) -> Vec<String> {
        self.rows.iter().map(|(c, _, _)| squash(&c.text)).collect()
    }
}

/// Precision at 10 of `model` on `sets`; no model scores every candidate alike, which keeps the
/// graph ranking's order.
fn score(sets: &[&Rows], model: Option<&Trees<FEATURES>>) -> f64 {
    let mut sum = 0.0;
    for r in sets {
        let scored = r
            .rows
            .iter()
            .map(|(c, x, _)| (model.map_or(0.0, |m| m.log_odds(x)), c.clone()))
            .collect();
        let got: Vec<String> = learned::select(scored, 10)
            .into_iter()
            .map(|(_, c)| c.text)
            .collect();
        sum += r.set.precision(&got).0;
    }
    sum / sets.len().max(1) as f64
}

fn fit(sets: &[&Rows]) -> Trees<FEATURES> {
    let rows: Vec<([f64; FEATURES], f64)> = sets
        .iter()
        .flat_map(|r| r.rows.iter().map(|(_, x, y)| (*x, *y)))
        .collect();
    Trees::parse(&gbdt::fit(&rows, &PARAMS, TREES_HEADER), TREES_HEADER)
        .expect("the fit writes what parse reads")
}

/// Mean precision at 10 over five shuffles of 5 folds, each fold scored with trees fitted on
/// the other four.
fn cross_validate(sets: &[Rows]) -> f64 {
    cross_validate_with(sets, fit)
}

/// [`cross_validate`] with another way of fitting.
fn cross_validate_with(sets: &[Rows], fit: impl Fn(&[&Rows]) -> Trees<FEATURES>) -> f64 {
    let mut total = 0.0;
    for seed in 1..=5u64 {
        let dealt = folds::folds(sets.len(), seed);
        let mut sum = 0.0;
        for fold in 0..5 {
            let part = |held: bool| -> Vec<&Rows> {
                sets.iter()
                    .zip(&dealt)
                    .filter(|(_, &d)| (d == fold) == held)
                    .map(|(r, _)| r)
                    .collect()
            };
            let (test, train) = (part(true), part(false));
            sum += score(&test, Some(&fit(&train))) * test.len() as f64;
        }
        total += sum / sets.len().max(1) as f64;
    }
    total / 5.0
}

/// Each set's ten picks with the built-in weights (`+` a reader's keyword, `-` not, with its
/// entity label and probability), then the reader's keywords not picked (`*`: among the
/// candidates, so the model could have picked it). For reading errors; a set read this way is
/// no longer unseen.
fn misses(sets: &[Rows]) {
    let model = learned::model().expect("the embedded trees load");
    for r in sets {
        let scored = r
            .rows
            .iter()
            .map(|(c, x, _)| (model.probability(x), c.clone()))
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
        let candidates = r.keys();
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

/// How many reader lines have a one-word alternative written in the text that is no candidate:
/// keywords the ranking never sees, whatever the trees make of the rest.
fn absent(sets: &[Rows]) {
    let (mut lines, mut absent) = (0, 0);
    for r in sets {
        let candidates = r.keys();
        for line in &r.set.gold {
            lines += 1;
            let found = line.iter().any(|a| candidates.contains(&squash(a)));
            let one_word_in_text = line
                .iter()
                .any(|a| !a.contains(' ') && r.set.text.contains(a.as_str()));
            absent += usize::from(!found && one_word_in_text);
            if !found && one_word_in_text && std::env::args().nth(2).as_deref() == Some("list") {
                println!("{}\t{}", r.set.name, line.join("|"));
            }
        }
    }
    println!("{absent} of {lines} reader lines have a one-word alternative in the text that is no candidate");
}

/// The best precision at 10 any ranking of the candidates could reach, per group: the share of
/// the first ten places a reader's line could fill. What is left above the trees' figure is
/// ranking; what is left under 1 is candidates.
fn ceiling(sets: &[Rows]) {
    for (g, (name, _, _)) in GROUPS.iter().enumerate() {
        let group: Vec<&Rows> = sets.iter().filter(|r| r.set.group() == Some(g)).collect();
        let sum: f64 = group
            .iter()
            .map(|r| {
                let candidates = r.keys();
                let lines = r
                    .set
                    .gold
                    .iter()
                    .filter(|line| line.iter().any(|a| candidates.contains(&squash(a))))
                    .count();
                lines.min(10) as f64 / candidates.len().clamp(1, 10) as f64
            })
            .sum();
        println!(
            "| {name} | {} | {:.3} |",
            group.len(),
            sum / group.len().max(1) as f64
        );
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
    if std::env::args().nth(1).as_deref() == Some("absent") {
        absent(&sets);
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("ceiling") {
        ceiling(&sets);
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("misses") {
        misses(&sets);
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("pairwise") {
        for (name, at) in [("RankNet", None), ("LambdaRank, NDCG at 10", Some(10))] {
            let fit = |train: &[&Rows]| -> Trees<FEATURES> {
                let groups: Vec<Vec<([f64; FEATURES], f64)>> = train
                    .iter()
                    .map(|r| r.rows.iter().map(|(_, x, y)| (*x, *y)).collect())
                    .collect();
                let trees = gbdt::fit_ranked(&groups, &PARAMS, at, TREES_HEADER);
                Trees::parse(&trees, TREES_HEADER).expect("the fit writes what parse reads")
            };
            println!("{name}: CV P@10 {:.4}", cross_validate_with(&sets, fit));
        }
        return;
    }
    // None when the features changed since the trees were fitted: `-- fit` writes new ones.
    let model = learned::model();
    let learned = |sets: &[&Rows]| {
        model.map_or("n/a".to_string(), |m| {
            format!("{:.3}", score(sets, Some(m)))
        })
    };
    println!("| sets | n | graph ranking alone | learned (built-in model) |");
    println!("|---|---:|---:|---:|");
    for (g, (name, _, _)) in GROUPS.iter().enumerate() {
        let group: Vec<&Rows> = sets.iter().filter(|r| r.set.group() == Some(g)).collect();
        println!(
            "| {name} | {} | {:.3} | {} |",
            group.len(),
            score(&group, None),
            learned(&group)
        );
    }
    println!(
        "| all | {} | {:.3} | {} |",
        all.len(),
        score(&all, None),
        learned(&all)
    );
    println!();
    entity_shares(&loaded);
    println!(
        "\n5 shuffles of 5-fold CV over all {} sets (refitted per fold): P@10 {:.4}",
        sets.len(),
        cross_validate(&sets)
    );
    if std::env::args().nth(1).as_deref() == Some("fit") {
        let rows: Vec<([f64; FEATURES], f64)> = all
            .iter()
            .flat_map(|r| r.rows.iter().map(|(_, x, y)| (*x, *y)))
            .collect();
        let path = inputs::repo_root().join("crates/yoyak/data/keyword_trees.txt");
        std::fs::write(&path, gbdt::fit(&rows, &PARAMS, TREES_HEADER)).expect("write the trees");
        println!(
            "trees fitted on all {} sets written to {}",
            sets.len(),
            path.display()
        );
    }
}
