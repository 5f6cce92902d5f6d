#![no_main]
//! Any bytes → lossy UTF-8 → ordered, non-overlapping entities whose text is their slice.

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let entities = yoyak::entity::tag(&text);
    common::check_spans(&text, entities.iter().map(|e| e.span));
    for e in &entities {
        assert_eq!(e.span.slice(&text), e.text);
    }
});
