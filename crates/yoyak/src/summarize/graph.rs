//! The sparse sentence similarity graph and its personalised PageRank.

use crate::rank;
use crate::token::{hash_stem, is_stopword, StemMap, TokenKind, TokenLists};

/// Stems found in more sentences than this are not used to link sentences: they are nearly
/// stopwords, and pairing all their sentences would make long texts quadratic.
pub const MAX_POSTINGS: usize = 64;

/// A weighted, undirected sentence graph in compressed sparse rows, with the buffers that build
/// it kept for the next text.
#[derive(Debug, Default)]
pub(crate) struct Graph {
    terms: StemMap<u32>,
    /// Per sentence, its (term, weight) pairs: `vectors[vector_offsets[i]..vector_offsets[i+1]]`.
    vector_offsets: Vec<usize>,
    vectors: Vec<(u32, f64)>,
    norms: Vec<f64>,
    document_frequency: Vec<u32>,
    /// Per term, the sentences that hold it with the term's weight there.
    postings: Vec<Vec<(u32, f64)>>,
    /// Per sentence, its edges: `edges[edge_offsets[i]..edge_offsets[i+1]]`.
    edge_offsets: Vec<usize>,
    edges: Vec<(u32, f64)>,
    scratch: Vec<f64>,
    touched: Vec<u32>,
}

impl Graph {
    /// Builds the graph of `sentences`, whose tokens are `tokens.get(i)`, linking pairs whose
    /// cosine is at least `min_similarity`.
    pub(crate) fn build(&mut self, sentences: &[&str], tokens: &TokenLists, min_similarity: f64) {
        let n = sentences.len();
        self.terms.clear();
        self.vector_offsets.clear();
        self.vectors.clear();
        self.document_frequency.clear();

        // Term frequencies per sentence.
        self.vector_offsets.push(0);
        for (i, sentence) in sentences.iter().enumerate() {
            let from = self.vectors.len();
            for token in tokens.get(i) {
                let stem = token.stem(sentence);
                if token.kind == TokenKind::Other && stem.chars().count() < 2 {
                    continue;
                }
                if is_stopword(stem) {
                    continue;
                }
                let h = hash_stem(stem);
                let next = self.terms.len() as u32;
                let id = *self.terms.entry(h).or_insert(next);
                self.vectors.push((id, 1.0));
            }
            let bag = &mut self.vectors[from..];
            bag.sort_unstable_by_key(|&(t, _)| t);
            // Merge repeated terms into counts.
            let mut write = from;
            for read in from..self.vectors.len() {
                if write > from && self.vectors[write - 1].0 == self.vectors[read].0 {
                    self.vectors[write - 1].1 += 1.0;
                } else {
                    self.vectors[write] = self.vectors[read];
                    write += 1;
                }
            }
            self.vectors.truncate(write);
            self.vector_offsets.push(write);
        }

        // Weights: (1 + ln tf) × ln(1 + n / df).
        self.document_frequency.resize(self.terms.len(), 0);
        for &(t, _) in &self.vectors {
            self.document_frequency[t as usize] += 1;
        }
        for postings in &mut self.postings {
            postings.clear();
        }
        if self.postings.len() < self.terms.len() {
            self.postings.resize_with(self.terms.len(), Vec::new);
        }
        self.norms.clear();
        for i in 0..n {
            let mut norm = 0.0;
            for entry in &mut self.vectors[self.vector_offsets[i]..self.vector_offsets[i + 1]] {
                let df = self.document_frequency[entry.0 as usize] as f64;
                entry.1 = (1.0 + entry.1.ln()) * (1.0 + n as f64 / df).ln();
                norm += entry.1 * entry.1;
                if df as usize <= MAX_POSTINGS {
                    self.postings[entry.0 as usize].push((i as u32, entry.1));
                }
            }
            self.norms.push(norm.sqrt());
        }

        // Edges through the inverted index: each sentence meets only those sharing a term.
        self.edge_offsets.clear();
        self.edges.clear();
        self.scratch.clear();
        self.scratch.resize(n, 0.0);
        self.edge_offsets.push(0);
        for i in 0..n {
            for &(t, w) in &self.vectors[self.vector_offsets[i]..self.vector_offsets[i + 1]] {
                for &(j, wj) in &self.postings[t as usize] {
                    if j as usize == i {
                        continue;
                    }
                    if self.scratch[j as usize] == 0.0 {
                        self.touched.push(j);
                    }
                    self.scratch[j as usize] += w * wj;
                }
            }
            self.touched.sort_unstable();
            for &j in &self.touched {
                let dot = self.scratch[j as usize];
                self.scratch[j as usize] = 0.0;
                let denominator = self.norms[i] * self.norms[j as usize];
                if denominator > 0.0 {
                    let cosine = dot / denominator;
                    if cosine >= min_similarity {
                        self.edges.push((j, cosine));
                    }
                }
            }
            self.touched.clear();
            self.edge_offsets.push(self.edges.len());
        }
    }

    /// The neighbours of sentence `i` with their cosine similarity.
    pub(crate) fn neighbours(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.sparse().row(i).iter().map(|&(j, w)| (j as usize, w))
    }

    fn sparse(&self) -> rank::Sparse<'_> {
        rank::Sparse {
            offsets: &self.edge_offsets,
            edges: &self.edges,
        }
    }

    /// PageRank over the graph, teleporting by `prior` (any positive weights). Sums to 1.
    pub(crate) fn pagerank(&self, prior: &[f64], damping: f64) -> Vec<f64> {
        let walk = rank::Walk {
            damping,
            rounds: 100,
            // Scores only order sentences and feed a feature: far finer than either needs.
            tolerance: 1e-8,
            start: rank::Start::Prior,
        };
        rank::pagerank(self.sparse(), prior, &walk)
    }
}
