//! Scores sentence choice (index F1 at the reference k) against reference summaries.
//!
//! ```sh
//! cargo run --release -p yoyak --example eval_summary -- seeds/            # the pages' own site summaries
//! cargo run --release -p yoyak --example eval_summary -- labelled.jsonl    # {"sentences": [...], "indices": [...]}
//! ```
//!
//! For a folder of pages, the reference is each page's site summary ([`yoyak::Cleaned::site_summary`]),
//! mapped to the body sentences it repeats. For a JSON-lines file, each line holds pre-split
//! `sentences` and the reference `indices`. Prints F1 of yoyak, lead-k and plain TextRank.

use std::path::Path;

use serde::Deserialize;
use yoyak::summarize::{Summarizer, SummaryParams};
use yoyak::SummaryLength;

#[derive(Deserialize)]
struct Labelled {
    sentences: Vec<String>,
    indices: Vec<usize>,
}

struct Case {
    name: String,
    title: Option<String>,
    lead: usize,
    sentences: Vec<String>,
    reference: Vec<usize>,
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn page_cases(dir: &Path) -> Vec<Case> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let page = std::fs::read_to_string(&path).expect("UTF-8 page");
        let analysis =
            yoyak::analyze(&page, &yoyak::AnalyzeOptions::default()).expect("analysable");
        let sentences: Vec<String> = analysis.sentences.iter().map(|s| s.text.clone()).collect();
        let squashed: Vec<String> = sentences.iter().map(|s| squash(s)).collect();
        let mut reference = Vec::new();
        for line in &analysis.clean.site_summary {
            for part in yoyak::segment::split(line) {
                let want = squash(part.slice(line));
                if want.len() < 10 {
                    continue;
                }
                if let Some(i) = squashed
                    .iter()
                    .position(|s| s.contains(&want) || want.contains(s.as_str()) && s.len() > 20)
                {
                    if !reference.contains(&i) {
                        reference.push(i);
                    }
                }
            }
        }
        reference.sort_unstable();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if reference.is_empty() {
            eprintln!("{name}: no site summary found, skipped");
            continue;
        }
        out.push(Case {
            name,
            title: analysis.clean.title.clone(),
            lead: analysis
                .sentences
                .iter()
                .take_while(|s| s.paragraph == 0)
                .count(),
            sentences,
            reference,
        });
    }
    out
}

fn labelled_cases(path: &Path) -> Vec<Case> {
    std::fs::read_to_string(path)
        .expect("a readable file")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let item: Labelled = serde_json::from_str(l).expect("a labelled line");
            Case {
                name: format!("line {}", n + 1),
                title: None,
                lead: 1,
                sentences: item.sentences,
                reference: item.indices,
            }
        })
        .collect()
}

fn f1(chosen: &[usize], reference: &[usize]) -> f64 {
    let hits = chosen.iter().filter(|i| reference.contains(i)).count() as f64;
    if hits == 0.0 {
        return 0.0;
    }
    let p = hits / chosen.len() as f64;
    let r = hits / reference.len() as f64;
    2.0 * p * r / (p + r)
}

fn main() {
    let arg = std::env::args()
        .nth(1)
        .expect("usage: eval_summary <pages folder | labelled.jsonl>");
    let path = Path::new(&arg);
    let cases = if path.is_dir() {
        page_cases(path)
    } else {
        labelled_cases(path)
    };
    let plain = SummaryParams {
        damping: 0.85,
        lead_decay: 1e12,
        first_bonus: 0.0,
        short_chars: 0,
        mmr_lambda: 1.0,
        ..SummaryParams::default()
    };
    if std::env::var_os("GRID").is_some() {
        return grid(&cases);
    }
    let mut ours = Summarizer::default();
    let mut textrank = Summarizer::new(plain);
    let (mut sum_ours, mut sum_lead, mut sum_tr) = (0.0, 0.0, 0.0);
    println!(
        "{:<40} {:>3} {:>6} {:>6} {:>8}",
        "case", "k", "yoyak", "lead", "textrank"
    );
    for case in &cases {
        let k = case.reference.len();
        let parts: Vec<&str> = case.sentences.iter().map(String::as_str).collect();
        let a = ours
            .summarize_article(
                &parts,
                case.title.as_deref(),
                case.lead,
                SummaryLength::Sentences(k),
            )
            .unwrap()
            .indices;
        let t = textrank
            .summarize(&parts, SummaryLength::Sentences(k))
            .unwrap()
            .indices;
        let lead: Vec<usize> = (0..k.min(parts.len())).collect();
        let (fa, fl, ft) = (
            f1(&a, &case.reference),
            f1(&lead, &case.reference),
            f1(&t, &case.reference),
        );
        sum_ours += fa;
        sum_lead += fl;
        sum_tr += ft;
        println!(
            "{:<40} {:>3} {:>6.3} {:>6.3} {:>8.3}   ref {:?} ours {:?}",
            case.name, k, fa, fl, ft, case.reference, a
        );
    }
    let n = cases.len().max(1) as f64;
    println!(
        "{:<40} {:>3} {:>6.3} {:>6.3} {:>8.3}",
        format!("mean of {} cases", cases.len()),
        "",
        sum_ours / n,
        sum_lead / n,
        sum_tr / n
    );
}

/// Mean F1 over a small grid of weights, to see how sensitive the choice is (`GRID=1`).
fn grid(cases: &[Case]) {
    let mut rows = Vec::new();
    for damping in [0.5, 0.75, 0.85] {
        for lead_decay in [1.0, 3.0, 10.0] {
            for first_bonus in [0.0, 1.0, 3.0] {
                for title_weight in [0.0, 1.0, 3.0] {
                    for long_weight in [0.0, 0.5, 1.0] {
                        let params = SummaryParams {
                            damping,
                            lead_decay,
                            first_bonus,
                            title_weight,
                            long_weight,
                            ..SummaryParams::default()
                        };
                        let mut s = Summarizer::new(params);
                        let mut total = 0.0;
                        for case in cases {
                            let parts: Vec<&str> =
                                case.sentences.iter().map(String::as_str).collect();
                            let k = case.reference.len();
                            let got = s
                                .summarize_article(
                                    &parts,
                                    case.title.as_deref(),
                                    case.lead,
                                    SummaryLength::Sentences(k),
                                )
                                .unwrap()
                                .indices;
                            total += f1(&got, &case.reference);
                        }
                        rows.push((total / cases.len().max(1) as f64, format!("{params:?}")));
                    }
                }
            }
        }
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (score, params) in rows.iter().take(15) {
        println!("{score:.3} {params}");
    }
}
