//! Exact-match sentence F1 of the splitter on kss-style test sets.
//!
//! ```sh
//! cargo run --release -p yoyak --example eval_split -- ../shared/data/sentsplit
//! ```
//!
//! Each file holds one gold sentence per line and a blank line between paragraphs; a
//! paragraph's sentences joined by single spaces are the splitter's input. A predicted sentence
//! counts when its trimmed text equals a gold sentence's (multiset intersection per paragraph).
//! Set `SHOW=1` to print the paragraphs that differ.

use std::collections::HashMap;

/// (matches, predicted, gold) of one file.
fn score(path: &std::path::Path, show: bool) -> (usize, usize, usize) {
    let data = std::fs::read_to_string(path).expect("a readable test set");
    let (mut hits, mut predicted, mut gold) = (0, 0, 0);
    for paragraph in data.split("\n\n") {
        let want: Vec<&str> = paragraph
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if want.is_empty() {
            continue;
        }
        let input = want.join(" ");
        let got: Vec<&str> = yoyak::segment::split(&input)
            .iter()
            .map(|s| s.slice(&input).trim())
            .collect();
        let mut bag: HashMap<&str, usize> = HashMap::new();
        for w in &want {
            *bag.entry(w).or_default() += 1;
        }
        let mut h = 0;
        for g in &got {
            if let Some(n) = bag.get_mut(g) {
                if *n > 0 {
                    *n -= 1;
                    h += 1;
                }
            }
        }
        if show && h != want.len().max(got.len()) {
            println!(
                "--- want\n{}\n+++ got\n{}\n",
                want.join("\n"),
                got.join("\n")
            );
        }
        hits += h;
        predicted += got.len();
        gold += want.len();
    }
    (hits, predicted, gold)
}

fn f1(h: usize, p: usize, g: usize) -> (f64, f64, f64) {
    let precision = h as f64 / p.max(1) as f64;
    let recall = h as f64 / g.max(1) as f64;
    let f = if h == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f)
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: eval_split <folder of test sets>");
    let show = std::env::var_os("SHOW").is_some();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let (mut th, mut tp, mut tg) = (0, 0, 0);
    println!("{:<14} {:>7} {:>7} {:>7}", "set", "P", "R", "F1");
    for file in files {
        let (h, p, g) = score(&file, show);
        let (precision, recall, f) = f1(h, p, g);
        println!(
            "{:<14} {precision:>7.3} {recall:>7.3} {f:>7.3}",
            file.file_stem().unwrap().to_string_lossy()
        );
        th += h;
        tp += p;
        tg += g;
    }
    let (precision, recall, f) = f1(th, tp, tg);
    println!("{:<14} {precision:>7.3} {recall:>7.3} {f:>7.3}", "overall");
}
