#![no_main]
//! Any bytes → lossy UTF-8 → the whole analysis: an error only for empty input, and every span
//! inside the cleaned body.

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match yoyak::analyze(&text, &yoyak::AnalyzeOptions::default()) {
        Err(yoyak::Error::EmptyInput) => assert!(text.trim().is_empty()),
        Err(e) => panic!("unexpected error: {e}"),
        Ok(a) => {
            let body = &a.clean.body;
            common::check_spans(body, a.sentences.iter().map(|s| s.span));
            common::check_spans(body, a.entities.iter().map(|e| e.span));
            common::check_spans(body, a.clean.paragraphs.iter().map(|p| p.span));
            assert!(a.summary.indices.iter().all(|&i| i < a.sentences.len()));
        }
    }
});
