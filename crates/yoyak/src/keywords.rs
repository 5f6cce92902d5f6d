//! Keyphrases ranked over stems.

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// A keyword of a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The keyword as it is usually written in the text (its stem).
    pub text: String,
    /// Its score (higher is more important).
    pub score: f64,
    /// How often it occurs.
    pub count: usize,
}

/// The top `n` keywords of `text`, whose sentences are `sentences`.
pub fn keywords(text: &str, sentences: &[Span], n: usize) -> Vec<Keyword> {
    let _ = (text, sentences, n);
    Vec::new()
}
