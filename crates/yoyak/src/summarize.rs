//! Extractive summaries: a small learned sentence scorer over graph centrality, position and
//! form, with redundancy control.
//!
//! 1. Each sentence becomes a bag of stems ([`crate::token`]) weighted by saturated term
//!    frequency × inverse sentence frequency; stopwords and one-syllable predicate stems are
//!    dropped.
//! 2. Sentences are linked by the cosine of their vectors. Only sentences that share a stem are
//!    ever compared, through an inverted index, and stems found in more than
//!    [`MAX_POSTINGS`] sentences are not used for linking (they carry almost no weight and would
//!    make long texts quadratic), so the graph costs time linear in the text's length.
//! 3. Centrality is PageRank over the weighted graph (the continuous LexRank of Erkan & Radev).
//! 4. Each sentence gets [`FEATURES`] features ([`FEATURE_NAMES`]): its place among the story's
//!    sentences (a headline, subheading or byline line copied with the text does not count, see
//!    [`is_unfinished`]), length, centrality, similarity to the headline and to the lead, share
//!    of numbers, quotation, a question, an opening connective, how much it repeats an earlier
//!    sentence, and what kind of opening the story has: a news lead restates the headline and
//!    dates or attributes its news (3일, 밝혔다), an opening scene or background does neither, and
//!    then the sentence closest to the headline and the central ones carry the story.
//!    Gradient-boosted trees ([`model`], fitted on labelled news of several sources) turn them
//!    into the probability that a reader would put the sentence in the summary.
//! 5. Sentences are picked by maximal marginal relevance: the best score, minus its similarity
//!    to what is already picked, so the summary does not say the same thing twice.
//!
//! On held-out articles it beats a lead baseline and plain TextRank on real news pages and on
//! written articles of every genre (three fresh sets, straight news, science stories and
//! features that open with a scene); on a portal's automatic summaries, which always hold the
//! first sentence, it falls under the lead (`docs/benchmarks.md`).
//! [`Scorer::Centrality`] gives plain TextRank, the baseline.

mod features;
mod graph;
mod model;

use serde::{Deserialize, Serialize};

use crate::errors::{Error, Result};
use crate::text::Span;
use crate::token::TokenLists;
use crate::trees::Trees;

pub use features::{is_unfinished, FEATURES, FEATURE_NAMES};
pub use graph::MAX_POSTINGS;
pub use model::{model, TREES_HEADER};

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

/// How sentences are scored before they are picked.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scorer {
    /// The learned trees ([`model`]), or those a summarizer was given
    /// ([`Summarizer::with_trees`]).
    Learned,
    /// A logistic model over the same features with these weights, in the order of
    /// [`FEATURE_NAMES`] (for comparisons when fitting).
    Weights([f64; FEATURES]),
    /// Graph centrality alone: plain TextRank / LexRank, the baseline.
    Centrality,
}

/// Tunable settings of the summarizer. The defaults are what `docs/benchmarks.md` reports.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SummaryParams {
    /// How sentences are scored.
    pub scorer: Scorer,
    /// PageRank damping of the centrality: the share of a step that follows the graph.
    pub damping: f64,
    /// MMR trade-off: 1 ignores redundancy, 0 only avoids it.
    pub mmr_lambda: f64,
    /// Cosine below this does not link two sentences.
    pub min_similarity: f64,
    /// A sentence this similar to a chosen one is a near-repeat and is only taken when nothing
    /// else is left.
    pub max_redundancy: f64,
}

impl Default for SummaryParams {
    fn default() -> Self {
        SummaryParams {
            scorer: Scorer::Learned,
            // Centrality is one feature among others: the faster-converging walk is enough.
            damping: 0.5,
            mmr_lambda: 0.85,
            min_similarity: 0.05,
            max_redundancy: 0.8,
        }
    }
}

impl SummaryParams {
    /// Plain TextRank: centrality alone, no redundancy control (the baseline in reports).
    pub fn textrank() -> Self {
        SummaryParams {
            scorer: Scorer::Centrality,
            damping: 0.85,
            mmr_lambda: 1.0,
            max_redundancy: f64::INFINITY,
            ..SummaryParams::default()
        }
    }
}

/// How the learned scorer turns features into a score.
#[derive(Clone, Copy)]
enum Scoring<'a> {
    Trees(&'a Trees<FEATURES>),
    Linear([f64; FEATURES]),
}

/// Summarises texts, reusing its buffers across calls.
#[derive(Debug, Default)]
pub struct Summarizer {
    params: SummaryParams,
    graph: graph::Graph,
    tokens: TokenLists,
    rows: Vec<[f64; FEATURES]>,
    /// Trees to score with instead of the built-in ones (for fitting).
    trees: Option<Trees<FEATURES>>,
}

impl Summarizer {
    /// A summarizer with the given settings.
    pub fn new(params: SummaryParams) -> Self {
        Summarizer {
            params,
            ..Summarizer::default()
        }
    }

    /// A summarizer whose [`Scorer::Learned`] scores with `trees` instead of the built-in
    /// [`model`]: for fitting and cross-validating other trees (the `eval_summary` example).
    pub fn with_trees(params: SummaryParams, trees: Trees<FEATURES>) -> Self {
        Summarizer {
            params,
            trees: Some(trees),
            ..Summarizer::default()
        }
    }

    /// Summarises pre-split sentences.
    pub fn summarize(&mut self, sentences: &[&str], length: SummaryLength) -> Result<Summary> {
        self.summarize_titled(sentences, None, length)
    }

    /// Summarises pre-split sentences of an article with the given headline.
    pub fn summarize_titled(
        &mut self,
        sentences: &[&str],
        title: Option<&str>,
        length: SummaryLength,
    ) -> Result<Summary> {
        self.summarize_article(sentences, title, 1, length)
    }

    /// Summarises an article: its sentences, its headline if known, and how many of the
    /// sentences make up its lead paragraph (1 when unknown; kept for callers, the learned
    /// model does not use it: its training data has no paragraphs).
    ///
    /// Without a headline, a first line that is not a finished sentence (a page's headline
    /// copied with the text) serves as one.
    pub fn summarize_article(
        &mut self,
        sentences: &[&str],
        title: Option<&str>,
        lead_sentences: usize,
        length: SummaryLength,
    ) -> Result<Summary> {
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        for text in sentences.iter().chain(&title) {
            tokens.push(text);
        }
        let summary = self.summarize_tokenized(sentences, title, lead_sentences, &tokens, length);
        self.tokens = tokens;
        summary
    }

    /// [`Summarizer::summarize_article`] with the tokens already found: `tokens` holds those of
    /// each sentence in order, then those of the title when there is one.
    pub(crate) fn summarize_tokenized(
        &mut self,
        sentences: &[&str],
        title: Option<&str>,
        _lead_sentences: usize,
        tokens: &TokenLists,
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
        self.graph.build(&nodes, tokens, p.min_similarity);
        let uniform = vec![1.0; nodes.len()];
        let mut centrality = self.graph.pagerank(&uniform, p.damping);
        centrality.truncate(n);
        normalise(&mut centrality);
        let scoring = match p.scorer {
            Scorer::Centrality => None,
            Scorer::Learned => self.trees.as_ref().or(model()).map(Scoring::Trees),
            Scorer::Weights(w) => Some(Scoring::Linear(w)),
        };
        let sentence_scores = match scoring {
            None => centrality,
            Some(scoring) => {
                let mut headline = vec![0.0; n];
                let headline_node = match title {
                    Some(_) => Some(n),
                    None if features::is_unfinished(sentences[0]) => Some(0),
                    None => None,
                };
                if let Some(h) = headline_node {
                    for (j, sim) in self.graph.neighbours(h).filter(|&(j, _)| j < n) {
                        headline[j] = sim;
                    }
                }
                let mut lead = vec![0.0; n];
                if let Some(f) = (0..n).find(|&i| !features::is_unfinished(sentences[i])) {
                    for (j, sim) in self.graph.neighbours(f).filter(|&(j, _)| j < n) {
                        lead[j] = sim;
                    }
                }
                let repeat: Vec<f64> = (0..n)
                    .map(|i| {
                        self.graph
                            .neighbours(i)
                            .filter(|&(j, _)| j < i)
                            .map(|(_, sim)| sim)
                            .fold(0.0, f64::max)
                    })
                    .collect();
                let context = features::Context {
                    centrality: &centrality,
                    headline: &headline,
                    lead: &lead,
                    repeat: &repeat,
                };
                features::features(sentences, &context, &mut self.rows);
                let mut scores: Vec<f64> = self
                    .rows
                    .iter()
                    .map(|x| match scoring {
                        Scoring::Trees(trees) => trees.probability(x),
                        Scoring::Linear(w) => {
                            let z: f64 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
                            1.0 / (1.0 + (-z).exp())
                        }
                    })
                    .collect();
                normalise(&mut scores);
                scores
            }
        };
        let indices = self.pick(&sentence_scores, k);
        let scores = indices.iter().map(|&i| sentence_scores[i]).collect();
        Ok(Summary {
            indices,
            scores,
            sentence_scores,
        })
    }

    /// The features of each sentence as the learned scorer sees them, in the order of
    /// [`FEATURE_NAMES`] (for fitting the trees; see the `eval_summary` example).
    pub fn features(&mut self, sentences: &[&str], title: Option<&str>) -> Vec<[f64; FEATURES]> {
        let mut all = self.params;
        all.scorer = Scorer::Weights([0.0; FEATURES]);
        let saved = std::mem::replace(&mut self.params, all);
        let _ = self.summarize_titled(sentences, title, SummaryLength::Sentences(0));
        self.params = saved;
        if sentences.is_empty() {
            return Vec::new();
        }
        self.rows.clone()
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

fn normalise(scores: &mut [f64]) {
    let total: f64 = scores.iter().sum();
    if total > 0.0 {
        scores.iter_mut().for_each(|x| *x /= total);
    }
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
        // Which copy is kept is the model's choice; never both.
        assert_eq!(summary.indices.len(), 2);
        assert!(summary.indices.contains(&2), "{:?}", summary.indices);
    }
}
