#![no_main]
//! Any bytes → lossy UTF-8 → sentences that cover every visible char exactly once (not
//! whitespace, nor the invisible separators of `yoyak::text::is_space`).

mod common;

use libfuzzer_sys::fuzz_target;
use yoyak::text::is_space;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let spans = yoyak::segment::split(&text);
    common::check_spans(&text, spans.iter().copied());
    let covered: usize = spans
        .iter()
        .map(|s| s.slice(&text).chars().filter(|&c| !is_space(c)).count())
        .sum();
    assert_eq!(covered, text.chars().filter(|&c| !is_space(c)).count());
});
