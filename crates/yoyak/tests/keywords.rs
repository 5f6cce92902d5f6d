//! Keyword precision at 10 against hand-checked keyword sets (`tests/cases/keywords/`).
//!
//! Each set lists what a reader picked after reading the article, with `|` between names of the
//! same thing. The seeds and articles `01`–`10` were looked at while tuning the keyword filter;
//! `11`–`20` were not, and are reported on their own.
//!
//! `cargo test -p yoyak --test keywords -- --nocapture` prints every article's misses.

#[path = "support/inputs.rs"]
mod inputs;

use std::path::Path;

use serde::Deserialize;
use yoyak::text::Span;

#[derive(Deserialize)]
struct Written {
    title: String,
    paragraphs: Vec<Vec<String>>,
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The keywords of a hand-written article, its sentences given (not split by the program).
fn written_keywords(path: &Path) -> Vec<String> {
    let item: Written = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut text = String::new();
    let mut spans = Vec::new();
    for (p, paragraph) in item.paragraphs.iter().enumerate() {
        if p > 0 {
            text.push_str("\n\n");
        }
        for (s, sentence) in paragraph.iter().enumerate() {
            if s > 0 {
                text.push(' ');
            }
            let (byte_start, char_start) = (text.len(), text.chars().count());
            text.push_str(sentence);
            spans.push(Span {
                byte_start,
                byte_end: text.len(),
                char_start,
                char_end: text.chars().count(),
            });
        }
    }
    yoyak::keywords::keywords_titled(&text, &spans, Some(&item.title), 10)
        .into_iter()
        .map(|k| k.text)
        .collect()
}

fn page_keywords(path: &Path) -> Vec<String> {
    let options = yoyak::AnalyzeOptions {
        entities: false,
        ..yoyak::AnalyzeOptions::default()
    };
    yoyak::analyze(&std::fs::read_to_string(path).unwrap(), &options)
        .unwrap()
        .keywords
        .into_iter()
        .map(|k| k.text)
        .collect()
}

/// Precision at 10 of `got` against `gold` lines (each line matched at most once), and misses.
fn precision(got: &[String], gold: &[Vec<String>]) -> (f64, Vec<String>) {
    let mut used = vec![false; gold.len()];
    let mut hits = 0;
    let mut misses = Vec::new();
    for word in got.iter().take(10) {
        let w = squash(word);
        match (0..gold.len()).find(|&g| !used[g] && gold[g].iter().any(|a| squash(a) == w)) {
            Some(g) => {
                used[g] = true;
                hits += 1;
            }
            None => misses.push(word.clone()),
        }
    }
    (hits as f64 / got.len().clamp(1, 10) as f64, misses)
}

#[test]
fn keywords_are_what_a_reader_picks() {
    let dir = inputs::repo_root().join("tests/cases/keywords");
    let files = inputs::files_with_extension(&dir, "txt");
    let (mut tuned, mut held, mut fresh, mut newest) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for file in &files {
        let content = std::fs::read_to_string(file).unwrap();
        let mut lines = content.lines();
        let source = lines
            .next()
            .and_then(|l| l.strip_prefix("# source: "))
            .expect("a source line");
        let gold: Vec<Vec<String>> = lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('|').map(|a| a.trim().to_string()).collect())
            .collect();
        let path = inputs::repo_root().join(source);
        let got = if source.ends_with(".json") {
            written_keywords(&path)
        } else {
            page_keywords(&path)
        };
        let (p, misses) = precision(&got, &gold);
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        println!("{name:<36} P@10 {p:.2}  misses {misses:?}");
        // Hand-written articles 11–20 were kept out of tuning; 21–30 were written later, after
        // the noun list was chosen, and scored once; 31–45 were written in stop 17 by a helper
        // who saw no code or output, and scored once after the keyword work of that stop.
        let number: Option<u32> = name.get(..2).and_then(|n| n.parse().ok());
        if source.ends_with(".json") && number.is_some_and(|n| n > 30) {
            newest.push(p);
        } else if source.ends_with(".json") && number.is_some_and(|n| n > 20) {
            fresh.push(p);
        } else if source.ends_with(".json") && number.is_some_and(|n| n > 10) {
            held.push(p);
        } else {
            tuned.push(p);
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let all: Vec<f64> = tuned
        .iter()
        .chain(&held)
        .chain(&fresh)
        .chain(&newest)
        .copied()
        .collect();
    println!(
        "P@10: all {} articles {:.3}; tuned-on (seeds, 01-10) {:.3}; held-out (11-20) {:.3}; \
         written later (21-30) {:.3}; written in stop 17 (31-45) {:.3}",
        all.len(),
        mean(&all),
        mean(&tuned),
        mean(&held),
        mean(&fresh),
        mean(&newest)
    );
    assert_eq!(all.len(), 50, "5 seeds and 45 written articles");
    // The goal of issue 10 is 0.7; these floors are just under what the ranking reaches today
    // (0.602 on all, 0.680 on 11-20, 0.530 on 21-30, 0.507 on 31-45, scored once; 01-30 have
    // all been looked at while tuning by now), so that a change that makes it worse fails here.
    assert!(
        mean(&all) >= 0.59,
        "keyword precision at 10 fell below 0.59"
    );
    assert!(
        mean(&held) >= 0.67,
        "held-out keyword precision at 10 fell below 0.67"
    );
    assert!(
        mean(&newest) >= 0.49,
        "keyword precision at 10 on articles 31-45 fell below 0.49"
    );
    assert!(
        mean(&fresh) >= 0.52,
        "keyword precision at 10 on articles 21-30 fell below 0.52"
    );
}

/// The analyzer tokenises each sentence once and hands the tokens to the summary and the
/// keywords; the stand-alone functions tokenise for themselves. Both ways must agree exactly.
#[test]
fn shared_tokens_give_what_the_stand_alone_functions_give() {
    let options = yoyak::AnalyzeOptions::default();
    let mut analyzer = yoyak::Analyzer::new(options.clone());
    let mut checked = 0;
    for (name, page) in inputs::seeds() {
        let a = analyzer.analyze(&page).unwrap();
        let body = a.clean.body.as_str();
        let spans: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
        let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        let title = a.clean.title.as_deref();
        let alone = yoyak::keywords::keywords_titled(body, &spans, title, options.keywords);
        assert_eq!(a.keywords, alone, "{name}: keywords");
        let lead = a.sentences.iter().take_while(|s| s.paragraph == 0).count();
        let summary = yoyak::summarize::Summarizer::default()
            .summarize_article(&texts, title, lead, options.summary)
            .unwrap();
        assert_eq!(a.summary, summary, "{name}: summary");
        checked += usize::from(!a.keywords.is_empty() && !a.summary.indices.is_empty());
    }
    assert_eq!(checked, 5, "every seed has keywords and a summary");
}
