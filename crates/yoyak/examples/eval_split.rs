//! Scores the sentence splitter on the kss test sets.
//!
//! ```text
//! cargo run --release -p yoyak --example eval_split -- /work/shared/data/sentsplit [--misses]
//! ```
//!
//! Prints exact-match precision, recall and F1 per `*.txt` file of the folder and over all of
//! them (micro: pooled counts; macro: mean of the per-file F1), then a rough splitting speed.
//! `--misses` also prints every
//! paragraph that was not split exactly right.

#[path = "eval_split/metric.rs"]
mod metric;

use std::path::PathBuf;

fn main() {
    let mut dir = None;
    let mut misses = false;
    for arg in std::env::args().skip(1) {
        if arg == "--misses" {
            misses = true;
        } else {
            dir = Some(PathBuf::from(arg));
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: eval_split DIR [--misses]   (DIR holds the kss test sets, *.txt)");
        std::process::exit(2);
    };
    let files = match metric::test_files(&dir) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => {
            eprintln!("no *.txt files in {}", dir.display());
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    let split = |s: &str| -> Vec<String> {
        yoyak::segment::split(s)
            .iter()
            .map(|sp| sp.slice(s).to_string())
            .collect()
    };
    let mut total = metric::Score::default();
    let mut f1_sum = 0.0;
    println!(
        "{:<12} {:>6} {:>6} {:>6}  {:>5} {:>5} {:>5}",
        "set", "P", "R", "F1", "match", "pred", "gold"
    );
    for (name, text) in &files {
        let s = metric::score_text(text, split, |gold, pred| {
            if misses {
                println!("--- {name}");
                for g in gold {
                    println!("  gold| {g}");
                }
                for p in pred {
                    println!("  pred| {p}");
                }
            }
        });
        println!(
            "{:<12} {:>6.3} {:>6.3} {:>6.3}  {:>5} {:>5} {:>5}",
            name,
            s.precision(),
            s.recall(),
            s.f1(),
            s.matched,
            s.predicted,
            s.gold
        );
        total.add(s);
        f1_sum += s.f1();
    }
    println!(
        "{:<12} {:>6.3} {:>6.3} {:>6.3}  {:>5} {:>5} {:>5}",
        "all (micro)",
        total.precision(),
        total.recall(),
        total.f1(),
        total.matched,
        total.predicted,
        total.gold
    );
    println!("macro F1 {:.3}", f1_sum / files.len() as f64);
    // Rough speed figure (criterion benchmarks are the reference): split every paragraph of
    // every file repeatedly.
    let inputs: Vec<String> = files
        .iter()
        .flat_map(|(_, t)| metric::paragraphs(t).into_iter().map(|p| p.join(" ")))
        .collect();
    let bytes: usize = inputs.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let mut rounds = 0u32;
    let mut spans = 0usize;
    while start.elapsed().as_millis() < 300 {
        for i in &inputs {
            spans += yoyak::segment::split(i).len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "speed: {:.1} MB/s ({:.2} µs per KB, {} rounds, {} spans)",
        bytes as f64 * f64::from(rounds) / secs / 1e6,
        secs * 1e6 / (bytes as f64 * f64::from(rounds) / 1024.0),
        rounds,
        spans
    );
}
