//! Sentence splitting.
//!
//! Contract: [`split`] returns sentence spans of the given text, in order, non-overlapping, each
//! trimmed of surrounding whitespace and non-empty; every non-whitespace char of the text lies in
//! exactly one sentence, so nothing is lost and nothing is rewritten.

use crate::text::{trim_range, CharIndex, Span};

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Span> {
    // Placeholder: one sentence per line. Replaced by the real splitter.
    let index = CharIndex::new(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            push(&index, text, start, i, &mut out);
            start = i + 1;
        }
    }
    push(&index, text, start, text.len(), &mut out);
    out
}

fn push(index: &CharIndex, text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let (s, e) = trim_range(text, start, end);
    if s < e {
        out.push(index.span(s, e));
    }
}
