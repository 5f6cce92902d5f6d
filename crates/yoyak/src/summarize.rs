//! Extractive summaries: graph centrality with a news lead prior, a length prior and redundancy
//! control.
//!
//! 1. Each sentence becomes a bag of stems ([`crate::token`]) weighted by saturated term
//!    frequency × inverse sentence frequency; stopwords and one-syllable predicate stems are
//!    dropped.
//! 2. Sentences are linked by the cosine of their vectors. Only sentences that share a stem are
//!    ever compared, through an inverted index, and stems found in more than
//!    [`MAX_POSTINGS`] sentences are not used for linking (they carry almost no weight and would
//!    make long texts quadratic), so the graph costs time linear in the text's length.
//! 3. Centrality is PageRank over the weighted graph (the continuous LexRank of Erkan & Radev),
//!    *personalised* by a prior: the teleport step lands on early sentences and on sentences of
//!    a normal length more often. That is how news works — the lead states the story — without
//!    letting the lead alone decide.
//! 4. Sentences are picked by maximal marginal relevance: the best score, minus its similarity
//!    to what is already picked, so the summary does not say the same thing twice.

mod graph;

use serde::{Deserialize, Serialize};

use crate::errors::{Error, Result};
use crate::text::Span;

pub use graph::MAX_POSTINGS;

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
    /// The score of every sentence (higher is more central), summing to 1.
    pub sentence_scores: Vec<f64>,
}

/// Tunable weights of the summarizer. The defaults are what `docs/benchmarks.md` reports.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SummaryParams {
    /// PageRank damping: the share of a step that follows the graph rather than the prior.
    pub damping: f64,
    /// How fast the lead prior decays: sentence `i` gets weight `1 / (1 + i / lead_decay)`.
    pub lead_decay: f64,
    /// Extra prior weight of the very first sentence.
    pub first_bonus: f64,
    /// Extra prior weight of the other sentences of the lead paragraph, when paragraphs are
    /// known: a Korean news story states itself in its lead (리드).
    pub lead_paragraph_bonus: f64,
    /// Sentences shorter than this many chars get a smaller prior.
    pub short_chars: usize,
    /// MMR trade-off: 1 ignores redundancy, 0 only avoids it.
    pub mmr_lambda: f64,
    /// Cosine below this does not link two sentences.
    pub min_similarity: f64,
    /// A sentence this similar to a chosen one is a near-repeat and is only taken when nothing
    /// else is left.
    pub max_redundancy: f64,
    /// How much similarity to the headline raises a sentence's prior (when a headline is known).
    pub title_weight: f64,
    /// Sentences longer than this many chars get a larger prior, up to twice this length.
    pub long_chars: usize,
    /// How much a long sentence's prior grows (0 disables).
    pub long_weight: f64,
}

impl Default for SummaryParams {
    fn default() -> Self {
        SummaryParams {
            damping: 0.5,
            lead_decay: 3.0,
            first_bonus: 3.0,
            lead_paragraph_bonus: 1.0,
            short_chars: 25,
            mmr_lambda: 0.85,
            min_similarity: 0.05,
            max_redundancy: 0.8,
            title_weight: 1.0,
            long_chars: 60,
            long_weight: 0.0,
        }
    }
}

/// Summarises texts, reusing its buffers across calls.
#[derive(Debug, Default)]
pub struct Summarizer {
    params: SummaryParams,
    graph: graph::Graph,
}

impl Summarizer {
    /// A summarizer with the given weights.
    pub fn new(params: SummaryParams) -> Self {
        Summarizer {
            params,
            graph: graph::Graph::default(),
        }
    }

    /// Summarises pre-split sentences.
    pub fn summarize(&mut self, sentences: &[&str], length: SummaryLength) -> Result<Summary> {
        self.summarize_titled(sentences, None, length)
    }

    /// Summarises pre-split sentences of an article with the given headline.
    ///
    /// The headline joins the graph as a node that passes on what it receives but is never
    /// teleported to or chosen, and its similarity to each sentence raises that sentence's
    /// prior: a headline says what the article is about.
    pub fn summarize_titled(
        &mut self,
        sentences: &[&str],
        title: Option<&str>,
        length: SummaryLength,
    ) -> Result<Summary> {
        self.summarize_article(sentences, title, 1, length)
    }

    /// Summarises an article: its sentences, its headline if known, and how many of the
    /// sentences make up its lead paragraph (1 when unknown).
    pub fn summarize_article(
        &mut self,
        sentences: &[&str],
        title: Option<&str>,
        lead_sentences: usize,
        length: SummaryLength,
    ) -> Result<Summary> {
        let k = length.count(sentences.len())?;
        let n = sentences.len();
        if n == 0 {
            return Ok(Summary::default());
        }
        let p = self.params;
        let title = title.filter(|t| !t.trim().is_empty());
        let mut nodes: Vec<&str> = sentences.to_vec();
        nodes.extend(title);
        self.graph.build(&nodes, p.min_similarity);
        let mut title_similarity = vec![0.0; n];
        if title.is_some() {
            for (j, sim) in self.graph.neighbours(n) {
                title_similarity[j] = sim;
            }
        }
        let mut prior: Vec<f64> = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let lead = if i > 0 && i < lead_sentences {
                    p.lead_paragraph_bonus
                } else {
                    0.0
                };
                (prior(i, s, &p) + lead) * (1.0 + p.title_weight * title_similarity[i])
            })
            .collect();
        if title.is_some() {
            prior.push(0.0);
        }
        let mut sentence_scores = self.graph.pagerank(&prior, p.damping);
        sentence_scores.truncate(n);
        let total: f64 = sentence_scores.iter().sum();
        if total > 0.0 {
            sentence_scores.iter_mut().for_each(|x| *x /= total);
        }
        let indices = self.pick(&sentence_scores, k);
        let scores = indices.iter().map(|&i| sentence_scores[i]).collect();
        Ok(Summary {
            indices,
            scores,
            sentence_scores,
        })
    }

    /// Maximal marginal relevance over the normalised scores; returns indices in document order.
    fn pick(&self, scores: &[f64], k: usize) -> Vec<usize> {
        let max = scores.iter().cloned().fold(f64::MIN_POSITIVE, f64::max);
        let lambda = self.params.mmr_lambda;
        let mut chosen: Vec<usize> = Vec::with_capacity(k);
        // Redundancy of each sentence with the chosen set so far.
        let mut redundancy = vec![0.0f64; scores.len()];
        let mut taken = vec![false; scores.len()];
        for _ in 0..k {
            let value = |i: usize| {
                let repeat = redundancy[i] >= self.params.max_redundancy;
                let mmr = lambda * scores[i] / max - (1.0 - lambda) * redundancy[i];
                (!repeat, mmr)
            };
            let best = (0..scores.len()).filter(|&i| !taken[i]).max_by(|&a, &b| {
                let (fresh_a, va) = value(a);
                let (fresh_b, vb) = value(b);
                // Ties go to the earlier sentence.
                fresh_a
                    .cmp(&fresh_b)
                    .then(va.total_cmp(&vb))
                    .then(b.cmp(&a))
            });
            let Some(best) = best else { break };
            taken[best] = true;
            chosen.push(best);
            // The headline node, when there is one, lies past the sentences.
            for (j, sim) in self
                .graph
                .neighbours(best)
                .filter(|&(j, _)| j < scores.len())
            {
                redundancy[j] = redundancy[j].max(sim);
            }
        }
        chosen.sort_unstable();
        chosen
    }
}

/// The prior weight of sentence `i`: lead position times a length factor.
fn prior(i: usize, sentence: &str, p: &SummaryParams) -> f64 {
    let lead = 1.0 / (1.0 + i as f64 / p.lead_decay) + if i == 0 { p.first_bonus } else { 0.0 };
    let chars = sentence.chars().filter(|c| !c.is_whitespace()).count();
    let length = if chars < p.short_chars {
        (chars as f64 / p.short_chars as f64).powi(2)
    } else if chars > p.long_chars && p.long_chars > 0 {
        1.0 + p.long_weight * ((chars - p.long_chars) as f64 / p.long_chars as f64).min(1.0)
    } else {
        1.0
    };
    lead * length + 1e-6
}

/// Summarises a text whose sentences are `sentences` (spans into `text`).
pub fn summarize(text: &str, sentences: &[Span], length: SummaryLength) -> Result<Summary> {
    let parts: Vec<&str> = sentences.iter().map(|s| s.slice(text)).collect();
    summarize_sentences(&parts, length)
}

/// Summarises pre-split sentences.
pub fn summarize_sentences(sentences: &[&str], length: SummaryLength) -> Result<Summary> {
    Summarizer::default().summarize(sentences, length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_k_sentences_in_document_order() {
        let sentences = [
            "카카오가 AI 전담 조직을 신설했다.",
            "날씨가 맑았다.",
            "카카오는 AI 조직을 두 팀으로 나눠 운영한다.",
            "AI 조직 신설로 카카오의 AI 사업 속도가 빨라질 전망이다.",
            "점심 메뉴는 국수였다.",
        ];
        let summary = summarize_sentences(&sentences, SummaryLength::Sentences(2)).unwrap();
        assert_eq!(summary.indices.len(), 2);
        assert!(summary.indices.windows(2).all(|w| w[0] < w[1]));
        assert!(!summary.indices.contains(&1) && !summary.indices.contains(&4));
        let total: f64 = summary.sentence_scores.iter().sum();
        assert!((total - 1.0).abs() < 1e-6);
    }

    #[test]
    fn ratio_and_k_are_bounded() {
        let sentences = ["가나다 라마바.", "사아자 차카타."];
        let all = summarize_sentences(&sentences, SummaryLength::Sentences(9)).unwrap();
        assert_eq!(all.indices, [0, 1]);
        let half = summarize_sentences(&sentences, SummaryLength::Ratio(0.5)).unwrap();
        assert_eq!(half.indices.len(), 1);
        assert!(summarize_sentences(&sentences, SummaryLength::Ratio(1.5)).is_err());
        assert!(summarize_sentences(&[], SummaryLength::Sentences(3))
            .unwrap()
            .indices
            .is_empty());
    }

    #[test]
    fn mmr_skips_a_repeated_sentence() {
        let sentences = [
            "카카오가 AI 전담 조직 카나나를 신설했다.",
            "카카오가 AI 전담 조직 카나나를 신설했다.",
            "카나나는 알파와 엑스 두 조직으로 나뉜다.",
        ];
        let summary = summarize_sentences(&sentences, SummaryLength::Sentences(2)).unwrap();
        assert_eq!(summary.indices, [0, 2]);
    }
}
