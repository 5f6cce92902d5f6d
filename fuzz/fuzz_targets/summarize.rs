#![no_main]
//! Any bytes → lines as pre-split sentences → valid, unique, ordered summary indices.

use libfuzzer_sys::fuzz_target;
use yoyak::SummaryLength;

fuzz_target!(|data: &[u8]| {
    let Some((&k, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let sentences: Vec<&str> = text.lines().collect();
    let k = (k % 8) as usize;
    let summary = yoyak::summarize::summarize_sentences(&sentences, SummaryLength::Sentences(k))
        .expect("a count is always valid");
    assert_eq!(summary.indices.len(), k.min(sentences.len()));
    assert!(summary.indices.windows(2).all(|w| w[0] < w[1]));
    assert!(summary.indices.iter().all(|&i| i < sentences.len()));
    assert!(summary.sentence_scores.iter().all(|s| s.is_finite()));
});
