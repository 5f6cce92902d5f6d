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

/// Logistic regression over hashed binary features by full-batch Adagrad.
fn fit(rows: &[&Row]) -> Vec<f64> {
    let size = 1usize << BITS;
    let mut w = vec![0.0f64; size];
    let mut g2 = vec![1e-8f64; size];
    let mut grad = vec![0.0f64; size];
    let n = rows.len().max(1) as f64;
    for _ in 0..STEPS {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for r in rows {
            let z: f64 = r.features.iter().map(|&f| w[f as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let e = p - f64::from(u8::from(r.gold));
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
    match mode.as_str() {
        "cv" => {
            // [blog, encyclopedia] × [rules, each variant]
            let mut m = [[Misses::default(); 1 + VARIANTS.len()]; 2];
            for fold in 0..5 {
                let train: Vec<&Row> = rows.iter().filter(|r| r.set % 5 != fold).collect();
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
            for (k, name) in ["blog", "encyclopedia"].iter().enumerate() {
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
            let all: Vec<&Row> = rows.iter().collect();
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
