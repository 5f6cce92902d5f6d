//! Extractive summaries.

use serde::{Deserialize, Serialize};

use crate::errors::{Error, Result};
use crate::text::Span;

/// How long a summary should be.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SummaryLength {
    /// This many sentences (fewer if the text has fewer).
    Sentences(usize),
    /// This share of the sentences, in (0, 1], at least one sentence.
    Ratio(f64),
}

impl Default for SummaryLength {
    fn default() -> Self {
        SummaryLength::Sentences(3)
    }
}

impl SummaryLength {
    /// The number of sentences to pick out of `n`.
    pub fn count(self, n: usize) -> Result<usize> {
        match self {
            SummaryLength::Sentences(k) => Ok(k.min(n)),
            SummaryLength::Ratio(r) if r > 0.0 && r <= 1.0 => {
                Ok(((n as f64 * r).round() as usize).clamp(1.min(n), n))
            }
            SummaryLength::Ratio(_) => Err(Error::InvalidOption {
                name: "ratio",
                expected: "a number greater than 0 and at most 1",
            }),
        }
    }
}

/// A chosen set of sentences.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Indices of the chosen sentences, in document order.
    pub indices: Vec<usize>,
    /// The score of each chosen sentence, parallel to `indices`.
    pub scores: Vec<f64>,
    /// The score of every sentence (higher is more central).
    pub sentence_scores: Vec<f64>,
}

/// Summarises a text whose sentences are `sentences` (spans into `text`).
pub fn summarize(text: &str, sentences: &[Span], length: SummaryLength) -> Result<Summary> {
    let parts: Vec<&str> = sentences.iter().map(|s| s.slice(text)).collect();
    summarize_sentences(&parts, length)
}

/// Summarises pre-split sentences.
pub fn summarize_sentences(sentences: &[&str], length: SummaryLength) -> Result<Summary> {
    let k = length.count(sentences.len())?;
    let sentence_scores: Vec<f64> = (0..sentences.len()).map(|i| 1.0 / (1.0 + i as f64)).collect();
    let indices: Vec<usize> = (0..k).collect();
    let scores = indices.iter().map(|&i| sentence_scores[i]).collect();
    Ok(Summary {
        indices,
        scores,
        sentence_scores,
    })
}
