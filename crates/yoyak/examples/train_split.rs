//! Fits and checks the splitter's model of unmarked gaps (`src/segment/learned.rs`, stop 51).
//!
//! ```sh
//! cargo run --release -p yoyak --example train_split -- cv    # 5-fold CV by set, rules vs model
//! cargo run --release -p yoyak --example train_split -- fit   # fit on every set, write the model
//! ```
//!
//! The data: `tests/cases/sentsplit-fresh*` up to [`LAST`] (`blog.txt` and `encyclopedia.txt`,
//! written for the project by helper sessions), each paragraph given as its gold sentences joined
//! by single spaces, as `eval_split` does. Sets after [`LAST`] were written after the fit and are
//! scored, not fitted on. Folds are by set (set number mod 5), so no set is both fitted and scored.
//!
//! The CV also scores the tuning part of the NSMC reviews (`benches/split/nsmc/`, batches 1-4:
//! real posts, read from the shared data when it is there), each review a set of its own. They are
//! fitted on only with `REVIEWS=1` (their gaps weighted by `REVIEW_WEIGHT`, default 1): in stop
//! 52's CV that changed nothing on them, so the shipped fit leaves them out. `REVIEW_BATCHES=24`
//! reads batches 1-24 instead of 1-4: in stop 54's CV the model, fitted with or without them
//! (weights 1 and 4), added none of their 131 missed ends.

#[path = "../tests/support/inputs.rs"]
mod inputs;

use yoyak::segment::training::{gaps, model_file, BITS, FEATURES};

/// The last set the shipped model is fitted on.
const LAST: u32 = 421;

/// Adagrad's steps over the whole data, its rate, and the L2 penalty per weight.
const STEPS: usize = 150;
const RATE: f64 = 0.5;
const L2: f64 = 1e-6;

/// One gap: the set, the kind of file (0 blog, 1 encyclopedia), the rules' cut, the gold cut,
/// the features.
struct Row {
    set: u32,
    kind: usize,
    rules: bool,
    gold: bool,
    features: [u32; FEATURES],
}

/// Every gap of a paragraph given as its gold sentences.
fn paragraph_rows(set: u32, kind: usize, lines: &[&str], out: &mut Vec<Row>) {
    if lines.is_empty() {
        return;
    }
    let text = lines.join(" ");
    let mut gold = Vec::new();
    let mut at = 0;
    for l in &lines[..lines.len() - 1] {
        at += l.len();
        gold.push(at);
        at += 1;
    }
    for g in gaps(&text) {
        out.push(Row {
            set,
            kind,
            rules: g.cut,
            gold: gold.binary_search(&g.at).is_ok(),
            features: g.features,
        });
    }
}

fn rows() -> Vec<Row> {
    let root = inputs::repo_root().join("tests/cases");
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/cases")
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let n: u32 = name.strip_prefix("sentsplit-fresh")?.parse().ok()?;
            (n <= LAST).then_some((n, e.path()))
        })
        .collect();
    dirs.sort();
    review_rows(&mut out);
    for (set, dir) in dirs {
        for (file, kind) in [("blog.txt", 0), ("encyclopedia.txt", 1)] {
            let Ok(body) = std::fs::read_to_string(dir.join(file)) else {
                continue;
            };
            for para in body.split("\n\n") {
                let lines: Vec<&str> = para.lines().filter(|l| !l.trim().is_empty()).collect();
                paragraph_rows(set, kind, &lines, &mut out);
            }
        }
    }
    out
}

/// The tuning part of the NSMC reviews (`benches/split/nsmc/`, batches 1-4): real posts, each
/// one line, its boundaries given as char offsets. Each review is its own set, numbered from
/// [`REVIEW_SETS`] so that the folds (set mod 5) spread them. Skipped when the shared data is
/// absent.
fn review_rows(out: &mut Vec<Row>) {
    let raw = inputs::data_dir().join("ner/klue-train/raw-sentences.tsv");
    let Ok(raw) = std::fs::read_to_string(raw) else {
        eprintln!("no KLUE-NER raw sentences: the NSMC reviews are left out");
        return;
    };
    let text: std::collections::HashMap<&str, &str> =
        raw.lines().filter_map(|l| l.split_once('\t')).collect();
    let gold = std::fs::read_to_string(inputs::repo_root().join("benches/split/nsmc/gold.tsv"))
        .expect("benches/split/nsmc/gold.tsv");
    let last_batch = review_batches();
    let mut n = 0;
    for line in gold.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(id), Some(batch), Some(cuts)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if batch.parse::<u32>().map_or(true, |b| b > last_batch) {
            continue;
        }
        let Some(&t) = text.get(id) else { continue };
        let chars: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        let gold: Vec<usize> = cuts
            .split(',')
            .filter_map(|c| c.parse::<usize>().ok())
            .map(|c| chars[c])
            .collect();
        for g in gaps(t) {
            out.push(Row {
                set: REVIEW_SETS + n,
                kind: 2,
                rules: g.cut,
                gold: gold.contains(&g.at),
                features: g.features,
            });
        }
        n += 1;
    }
}

/// The last NSMC batch read: `REVIEW_BATCHES`, else 4 (the tuning part of stop 52).
fn review_batches() -> u32 {
    std::env::var("REVIEW_BATCHES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4)
}

/// How much a review's gap counts in the fit against a written set's: `REVIEW_WEIGHT`, else
/// [`REVIEW_WEIGHT`].
fn review_weight() -> f64 {
    std::env::var("REVIEW_WEIGHT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(REVIEW_WEIGHT)
}

/// The reviews' weight when they are fitted on.
const REVIEW_WEIGHT: f64 = 1.0;

/// The first set number of the NSMC reviews.
const REVIEW_SETS: u32 = 100_000;

/// Logistic regression over hashed binary features by full-batch Adagrad.
fn fit(rows: &[&Row]) -> Vec<f64> {
    let size = 1usize << BITS;
    let mut w = vec![0.0f64; size];
    let mut g2 = vec![1e-8f64; size];
    let mut grad = vec![0.0f64; size];
    let n = rows.len().max(1) as f64;
    let weight = review_weight();
    for _ in 0..STEPS {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for r in rows {
            let z: f64 = r.features.iter().map(|&f| w[f as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let e = (p - f64::from(u8::from(r.gold))) * if r.kind == 2 { weight } else { 1.0 };
            for &f in &r.features {
                grad[f as usize] += e;
            }
        }
        for j in 0..size {
            let g = grad[j] / n * 1000.0 + L2 * w[j] * 1000.0;
            if g == 0.0 {
                continue;
            }
            g2[j] += g * g;
            w[j] -= RATE * g / g2[j].sqrt();
        }
    }
    w
}

/// The weights as the model file stores them: `i8` and one scale.
fn quantize(w: &[f64]) -> (f32, Vec<i8>) {
    let max = w.iter().fold(0.0f64, |m, x| m.max(x.abs())).max(1e-9);
    let scale = max / 127.0;
    let q = w
        .iter()
        .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)
        .collect();
    (scale as f32, q)
}

fn logit(scale: f32, q: &[i8], r: &Row) -> f32 {
    r.features
        .iter()
        .map(|&f| i32::from(q[f as usize]))
        .sum::<i32>() as f32
        * scale
}

/// The variants the CV compares: whether the model may drop the rules' cuts, and the logit a
/// gap needs for the model to add a cut.
const VARIANTS: [(bool, f32); 6] = [
    (true, 0.0),
    (false, 0.0),
    (false, 1.0),
    (false, 1.5),
    (false, 2.0),
    (false, 2.5),
];

fn decide(variant: (bool, f32), z: f32, rules: bool) -> bool {
    let (drops, add_at) = variant;
    if rules {
        !drops || z > 0.0
    } else {
        z > add_at
    }
}

#[derive(Default, Clone, Copy)]
struct Misses {
    missed: usize,
    extra: usize,
}

impl Misses {
    fn add(&mut self, gold: bool, cut: bool) {
        if gold && !cut {
            self.missed += 1;
        } else if cut && !gold {
            self.extra += 1;
        }
    }
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let rows = rows();
    eprintln!("{} gaps in sets 1-{LAST}", rows.len());
    // Whether the reviews are fitted on (`REVIEWS=1`), or only scored by the CV.
    let with_reviews = std::env::var("REVIEWS").is_ok_and(|v| v == "1");
    match mode.as_str() {
        "cv" => {
            // [blog, encyclopedia, reviews] × [rules, each variant]
            let mut m = [[Misses::default(); 1 + VARIANTS.len()]; 3];
            for fold in 0..5 {
                let train: Vec<&Row> = rows
                    .iter()
                    .filter(|r| r.set % 5 != fold && (r.kind != 2 || with_reviews))
                    .collect();
                let (scale, q) = quantize(&fit(&train));
                for r in rows.iter().filter(|r| r.set % 5 == fold) {
                    let k = r.kind;
                    m[k][0].add(r.gold, r.rules);
                    let z = logit(scale, &q, r);
                    for (v, &variant) in VARIANTS.iter().enumerate() {
                        m[k][1 + v].add(r.gold, decide(variant, z, r.rules));
                    }
                }
                eprintln!("fold {fold} done");
            }
            println!("| file | splitter | missed ends | extra cuts |");
            println!("|---|---|---:|---:|");
            for (k, name) in ["blog", "encyclopedia", "NSMC tune"].iter().enumerate() {
                println!(
                    "| {name} | rules | {} | {} |",
                    m[k][0].missed, m[k][0].extra
                );
                for (v, (drops, add_at)) in VARIANTS.iter().enumerate() {
                    let how = if *drops {
                        "adds and drops"
                    } else {
                        "adds only"
                    };
                    println!(
                        "| {name} | model {how}, adds above logit {add_at} (CV) | {} | {} |",
                        m[k][1 + v].missed,
                        m[k][1 + v].extra
                    );
                }
            }
        }
        "fit" => {
            let all: Vec<&Row> = rows
                .iter()
                .filter(|r| r.kind != 2 || with_reviews)
                .collect();
            let (scale, q) = quantize(&fit(&all));
            let nonzero = q.iter().filter(|&&x| x != 0).count();
            let path = inputs::repo_root().join("crates/yoyak/data/split_gaps.bin");
            std::fs::write(&path, model_file(scale, &q)).expect("write the model");
            println!(
                "fitted on {} gaps of sets 1-{LAST}: {nonzero} of {} weights not zero, written to {}",
                all.len(),
                q.len(),
                path.display()
            );
        }
        _ => {
            eprintln!("usage: train_split cv|fit");
            std::process::exit(2);
        }
    }
}
