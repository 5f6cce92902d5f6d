//! Replays the fuzzing corpus kept in `tests/cases/fuzz/<target>/` (minimised after each
//! fuzzing run, crashes included) through the same checks the fuzz targets make, so that what
//! the fuzzer once found stays fixed without a fuzzer.

use std::path::{Path, PathBuf};

#[path = "../../../fuzz/fuzz_targets/common.rs"]
mod common;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/cases/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, Vec<u8>)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn split_corpus() {
    for (_, data) in corpus("split") {
        let text = String::from_utf8_lossy(&data);
        let spans = yoyak::segment::split(&text);
        common::check_spans(&text, spans.iter().copied());
        let covered: usize = spans
            .iter()
            .map(|s| {
                s.slice(&text)
                    .chars()
                    .filter(|&c| !yoyak::text::is_space(c))
                    .count()
            })
            .sum();
        assert_eq!(
            covered,
            text.chars().filter(|&c| !yoyak::text::is_space(c)).count()
        );
    }
}

#[test]
fn tag_corpus() {
    for (_, data) in corpus("tag") {
        let text = String::from_utf8_lossy(&data);
        let entities = yoyak::entity::tag(&text);
        common::check_spans(&text, entities.iter().map(|e| e.span));
    }
}

#[test]
fn summarize_corpus() {
    for (_, data) in corpus("summarize") {
        let Some((&k, rest)) = data.split_first() else {
            continue;
        };
        let text = String::from_utf8_lossy(rest);
        let sentences: Vec<&str> = text.lines().collect();
        let k = (k % 8) as usize;
        let summary =
            yoyak::summarize::summarize_sentences(&sentences, yoyak::SummaryLength::Sentences(k))
                .unwrap();
        assert_eq!(summary.indices.len(), k.min(sentences.len()));
        assert!(summary.indices.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn analyze_corpus() {
    for (path, data) in corpus("analyze") {
        let text = String::from_utf8_lossy(&data);
        match yoyak::analyze(&text, &yoyak::AnalyzeOptions::default()) {
            Err(yoyak::Error::EmptyInput) => assert!(text.trim().is_empty()),
            Err(e) => panic!("{}: unexpected error {e}", path.display()),
            Ok(a) => {
                common::check_spans(&a.clean.body, a.sentences.iter().map(|s| s.span));
                common::check_spans(&a.clean.body, a.entities.iter().map(|e| e.span));
            }
        }
    }
}
