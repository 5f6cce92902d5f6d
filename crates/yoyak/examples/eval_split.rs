//! Scores the sentence splitter on the kss test sets.
//!
//! ```text
//! cargo run --release -p yoyak --example eval_split -- ../shared/data/sentsplit [--misses]
//! cargo run --release -p yoyak --example eval_split -- --part held ../shared/data/sentsplit-ud
//! ```
//!
//! Prints exact-match precision, recall and F1 per `*.txt` file of each folder (or file) given
//! and over all of them (micro: pooled counts; macro: mean of the per-file F1), then a rough
//! splitting speed. `--part tune|held` scores only that half of each file's paragraphs (see
//! `metric::Part`; default `all`). `--misses` also prints every paragraph that was not split
//! exactly right.

#[path = "eval_split/metric.rs"]
mod metric;

use std::path::PathBuf;

fn main() {
    let usage = || -> ! {
        eprintln!(
            "usage: eval_split [--part all|tune|held] [--misses] DIR...   (DIR holds test sets, *.txt)"
        );
        std::process::exit(2);
    };
    let mut dirs = Vec::new();
    let mut misses = false;
    let mut part = metric::Part::All;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--misses" {
            misses = true;
        } else if arg == "--part" {
            part = args
                .next()
                .and_then(|p| metric::Part::parse(&p))
                .unwrap_or_else(|| usage());
        } else {
            dirs.push(PathBuf::from(arg));
        }
    }
    if dirs.is_empty() {
        usage();
    }
    let mut files = Vec::new();
    for dir in &dirs {
        match metric::test_files(dir) {
            Ok(f) if !f.is_empty() => files.extend(f),
            Ok(_) => {
                eprintln!("no *.txt files in {}", dir.display());
                std::process::exit(1);
            }
            Err(e) => {
                eprintln!("cannot read {}: {e}", dir.display());
                std::process::exit(1);
            }
        }
    }
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
        let s = metric::score_part(text, part, split, |gold, pred| {
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
        .flat_map(|(_, t)| {
            metric::paragraphs_in(t, part)
                .into_iter()
                .map(|p| p.join(" "))
        })
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
