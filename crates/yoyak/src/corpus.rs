//! The library as a whole: an index of the entities of many articles, kept up to date one article
//! at a time, with search, keyword-in-context, co-occurrence and the network of the entities
//! seen together (the app draws it: its layout is the app's).
//!
//! An entity of the collection is a per-article [`entity::alias`](crate::entity::alias) group, merged
//! across articles by label and normalised name (lower-case letters and digits only), so
//! "카카오(035720)" in one article and "카카오" in another are one entity. Its id is
//! `"<LABEL>:<normalised name>"`, stable across rebuilds and page loads.
//!
//! [`Index::add`] and [`Index::remove`] touch only the entities of that article, and every answer
//! is computed from counts that do not depend on the order articles were added in, so an index
//! built incrementally answers exactly as one built from scratch.
//!
//! Co-occurrence is counted over sentences and ranked by Dunning's log-likelihood ratio (G²) of
//! the 2×2 table "sentence mentions A / mentions B", keeping only pairs seen together more often
//! than chance.

mod answers;
mod entries;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use answers::cut;
pub use answers::{
    Associate, Context, Dated, Edge, EntityDetail, EntitySummary, Network, Piece, SearchResult,
};
use entries::{by_sentence, decrement, ArticleEntry, Contribution, EntityEntry, MentionAt, Part};

use crate::entity::alias;
use crate::{Analysis, Label};

/// How [`Index::search`] orders entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortBy {
    /// Most mentions first.
    #[default]
    Mentions,
    /// Most articles first.
    Articles,
}

/// The labels of named things, drawn in the network (dates and amounts would crowd it).
pub const NAMED: [Label; 4] = [Label::PS, Label::OG, Label::LC, Label::AF];

/// The cross-article entity index.
#[derive(Debug, Clone, Default)]
pub struct Index {
    articles: HashMap<String, ArticleEntry>,
    entities: HashMap<String, EntityEntry>,
    sentences: usize,
}

/// Normalised name: lower-case letters and digits only, so spacing, brackets and case do not
/// split an entity.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The id of the entity with this label and name: spellings that [`alias::key`] folds together
/// ("KoGPT", "코GPT", "코(Ko)-GPT") are one entity across the library.
pub fn entity_id(label: Label, name: &str) -> String {
    format!("{}:{}", label.as_str(), alias::key(name))
}

/// The title of an analysed article: its headline, else the start of its first sentence.
pub fn title_of(analysis: &Analysis) -> String {
    if let Some(t) = analysis
        .clean
        .title
        .as_ref()
        .or(analysis.clean.metadata.title.as_ref())
        .filter(|t| !t.trim().is_empty())
    {
        return t.trim().to_string();
    }
    let first = analysis.sentences.first().map_or("", |s| s.text.as_str());
    let mut out: String = first.chars().take(40).collect();
    if first.chars().count() > 40 {
        out.push('…');
    }
    out
}

impl Index {
    /// An empty index.
    pub fn new() -> Index {
        Index::default()
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// True when no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Number of distinct entities.
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// True if the article is indexed.
    pub fn contains(&self, article_id: &str) -> bool {
        self.articles.contains_key(article_id)
    }

    /// Adds (or replaces) an article's entities.
    pub fn add(&mut self, article_id: &str, analysis: &Analysis) {
        self.remove(article_id);
        let body = analysis.clean.body.as_str();
        let groups = alias::group(body, &analysis.entities);
        // Groups of one article that normalise alike are one entity here.
        let mut parts: BTreeMap<String, Part> = BTreeMap::new();
        let mut mentions = Vec::new();
        for g in &groups {
            let id = entity_id(g.label, &g.canonical);
            if id.len() <= g.label.as_str().len() + 1 {
                // Nothing to name it by (only punctuation).
                continue;
            }
            let part = parts.entry(id.clone()).or_insert_with(|| Part {
                entity: Arc::from(id.as_str()),
                label: g.label,
                names: Vec::new(),
                keys: BTreeSet::new(),
                mentions: 0,
                sentences: BTreeSet::new(),
            });
            part.names.push((g.canonical.clone(), g.mentions.len()));
            part.mentions += g.mentions.len();
            part.keys.insert(normalize(&g.canonical));
            for &m in &g.mentions {
                let Some(e) = analysis.entities.get(m) else {
                    continue;
                };
                part.keys.insert(normalize(&e.text));
                let Some(s) = sentence_of(analysis, e.span.byte_start) else {
                    continue;
                };
                part.sentences.insert(s);
                let start = analysis.sentences[s].span.byte_start;
                mentions.push(MentionAt {
                    sentence: s,
                    start: e.span.byte_start.saturating_sub(start),
                    end: e.span.byte_end.saturating_sub(start),
                    entity: part.entity.clone(),
                });
            }
        }
        let shared_id: Arc<str> = Arc::from(article_id);
        let mut contributions = Vec::with_capacity(parts.len());
        for part in parts.into_values() {
            // Looked up by the borrowed id first: most parts join an entity already there, and
            // `entry` would take an owned key, a new string each time.
            if !self.entities.contains_key(&*part.entity) {
                self.entities
                    .insert(part.entity.to_string(), EntityEntry::new(part.label));
            }
            let Some(entry) = self.entities.get_mut(&*part.entity) else {
                continue;
            };
            // The contribution keeps the entry's own copies of the spellings (shared, not new).
            let names = part
                .names
                .iter()
                .map(|(name, n)| (entry.names.add(name, *n), *n))
                .collect();
            let keys = part.keys.iter().map(|k| entry.keys.add(k, 1)).collect();
            entry.mentions += part.mentions;
            entry.articles.insert(shared_id.clone(), part.mentions);
            entry
                .sentences
                .insert(shared_id.clone(), part.sentences.len());
            contributions.push(Contribution {
                entity: part.entity,
                names,
                keys,
                mentions: part.mentions,
            });
        }
        mentions.sort_by_key(|a| (a.sentence, a.start));
        self.sentences += analysis.sentences.len();
        let mentioned: BTreeSet<usize> = mentions.iter().map(|m| m.sentence).collect();
        self.articles.insert(
            article_id.to_string(),
            ArticleEntry {
                title: title_of(analysis),
                published: analysis.clean.metadata.published.clone(),
                sentences: analysis
                    .sentences
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        if mentioned.contains(&i) {
                            s.text.clone()
                        } else {
                            String::new()
                        }
                    })
                    .collect(),
                mentions,
                parts: contributions,
            },
        );
    }

    /// Removes an article; returns false if it was not indexed.
    pub fn remove(&mut self, article_id: &str) -> bool {
        let Some(article) = self.articles.remove(article_id) else {
            return false;
        };
        self.sentences = self.sentences.saturating_sub(article.sentences.len());
        for part in &article.parts {
            let Some(entry) = self.entities.get_mut(&*part.entity) else {
                continue;
            };
            entry.articles.remove(article_id);
            entry.sentences.remove(article_id);
            if entry.articles.is_empty() {
                self.entities.remove(&*part.entity);
                continue;
            }
            entry.mentions = entry.mentions.saturating_sub(part.mentions);
            for (name, n) in &part.names {
                decrement(&mut entry.names, name, *n);
            }
            for k in &part.keys {
                decrement(&mut entry.keys, k, 1);
            }
        }
        true
    }

    /// Entities whose name contains `query` (normalised; empty matches all), with a label in
    /// `labels` (empty means any), ordered by `sort`; at most `limit` of them.
    pub fn search(
        &self,
        query: &str,
        labels: &[Label],
        sort: SortBy,
        limit: usize,
    ) -> SearchResult {
        let q = normalize(query);
        let mut hits: Vec<EntitySummary> = self
            .entities
            .iter()
            .filter(|(_, e)| labels.is_empty() || labels.contains(&e.label))
            .filter(|(_, e)| q.is_empty() || e.keys.keys().any(|k| k.contains(&q)))
            .map(|(id, e)| summary(id, e))
            .collect();
        let total = hits.len();
        hits.sort_by(|a, b| order(a, b, sort));
        hits.truncate(limit);
        SearchResult {
            total,
            entities: hits,
        }
    }

    /// The entity with this id, with the first `max_contexts` sentences that mention it (and
    /// how many there are).
    pub fn entity(&self, id: &str, max_contexts: usize) -> Option<EntityDetail> {
        let e = self.entities.get(id)?;
        let mut variants: Vec<(String, usize)> =
            e.names.iter().map(|(n, c)| (n.to_string(), *c)).collect();
        variants.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut articles: Vec<(&str, &ArticleEntry)> = e
            .articles
            .keys()
            .filter_map(|a| self.articles.get(&**a).map(|entry| (&**a, entry)))
            .collect();
        articles.sort_by(|a, b| b.1.published.cmp(&a.1.published).then_with(|| a.0.cmp(b.0)));
        let mut contexts = Vec::new();
        let mut contexts_total = 0;
        for (article_id, article) in articles {
            let mut i = 0;
            let ms = &article.mentions;
            while i < ms.len() {
                let s = ms[i].sentence;
                let mut j = i;
                while j < ms.len() && ms[j].sentence == s {
                    j += 1;
                }
                let marks: Vec<(usize, usize)> = ms[i..j]
                    .iter()
                    .filter(|m| &*m.entity == id)
                    .map(|m| (m.start, m.end))
                    .collect();
                if !marks.is_empty() {
                    contexts_total += 1;
                }
                if !marks.is_empty() && contexts.len() < max_contexts {
                    if let Some(text) = article.sentences.get(s) {
                        contexts.push(Context {
                            article: article_id.to_string(),
                            title: article.title.clone(),
                            sentence: s,
                            pieces: cut(text, &marks),
                        });
                    }
                }
                i = j;
            }
        }
        Some(EntityDetail {
            summary: summary(id, e),
            variants,
            contexts,
            contexts_total,
        })
    }

    /// Entities with a label in `labels` (empty: any) mentioned in the same sentences as `id`,
    /// strongest association (G²) first; at most `limit`.
    pub fn cooccurring(&self, id: &str, labels: &[Label], limit: usize) -> Vec<Associate> {
        let Some(e) = self.entities.get(id) else {
            return Vec::new();
        };
        let mut together: HashMap<&str, usize> = HashMap::new();
        for article_id in e.articles.keys() {
            let Some(article) = self.articles.get(&**article_id) else {
                continue;
            };
            for (_, ids) in by_sentence(&article.mentions) {
                if ids.contains(id) {
                    for other in ids.into_iter().filter(|o| *o != id) {
                        *together.entry(other).or_default() += 1;
                    }
                }
            }
        }
        let n = self.sentences as f64;
        let a = e.sentence_count() as f64;
        let mut out: Vec<Associate> = together
            .into_iter()
            .filter_map(|(other, ab)| {
                let o = self.entities.get(other)?;
                if !labels.is_empty() && !labels.contains(&o.label) {
                    return None;
                }
                let b = o.sentence_count() as f64;
                let k = ab as f64;
                // Only pairs seen together more often than chance.
                (k * n > a * b).then(|| Associate {
                    entity: summary(other, o),
                    together: ab,
                    score: g2(k, a, b, n),
                })
            })
            .collect();
        out.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then_with(|| y.together.cmp(&x.together))
                .then_with(|| x.entity.id.cmp(&y.entity.id))
        });
        out.truncate(limit);
        out
    }

    /// The `top_n` most mentioned entities with a label in `labels` (empty: [`NAMED`]), the
    /// sentence co-occurrences between them.
    pub fn network(&self, top_n: usize, labels: &[Label]) -> Network {
        let labels = if labels.is_empty() {
            &NAMED[..]
        } else {
            labels
        };
        let top = self.search("", labels, SortBy::Mentions, top_n).entities;
        let position: HashMap<&str, usize> = top
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for article in self.articles.values() {
            for (_, ids) in by_sentence(&article.mentions) {
                let nodes: Vec<usize> = ids
                    .iter()
                    .filter_map(|i| position.get(i).copied())
                    .collect();
                for (x, &a) in nodes.iter().enumerate() {
                    for &b in &nodes[x + 1..] {
                        *pairs.entry((a.min(b), a.max(b))).or_default() += 1;
                    }
                }
            }
        }
        let edges: Vec<Edge> = pairs
            .into_iter()
            .map(|((a, b), together)| Edge { a, b, together })
            .collect();
        Network { nodes: top, edges }
    }

    /// Every article with its publication date, oldest first; undated ones last.
    pub fn timeline(&self) -> Vec<Dated> {
        let mut out: Vec<Dated> = self
            .articles
            .iter()
            .map(|(id, a)| Dated {
                article: id.clone(),
                title: a.title.clone(),
                published: a.published.clone(),
            })
            .collect();
        out.sort_by(|a, b| match (&a.published, &b.published) {
            (Some(x), Some(y)) => x.cmp(y).then_with(|| a.article.cmp(&b.article)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.article.cmp(&b.article),
        });
        out
    }
}

fn summary(id: &str, e: &EntityEntry) -> EntitySummary {
    EntitySummary {
        id: id.to_string(),
        name: e.name(),
        label: e.label,
        mentions: e.mentions,
        articles: e.articles.len(),
    }
}

fn order(a: &EntitySummary, b: &EntitySummary, sort: SortBy) -> std::cmp::Ordering {
    let (ka, kb) = match sort {
        SortBy::Mentions => ((a.mentions, a.articles), (b.mentions, b.articles)),
        SortBy::Articles => ((a.articles, a.mentions), (b.articles, b.mentions)),
    };
    kb.cmp(&ka)
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
}

/// The sentence holding byte `at` of the body.
fn sentence_of(analysis: &Analysis, at: usize) -> Option<usize> {
    let s = &analysis.sentences;
    let i = s.partition_point(|x| x.span.byte_end <= at);
    (i < s.len() && s[i].span.byte_start <= at).then_some(i)
}

/// Dunning's log-likelihood ratio of a 2×2 table: `ab` units with both, `a` with the first, `b`
/// with the second, `n` in all.
fn g2(ab: f64, a: f64, b: f64, n: f64) -> f64 {
    let cells = [
        (ab, a, b),
        (a - ab, a, n - b),
        (b - ab, n - a, b),
        (n - a - b + ab, n - a, n - b),
    ];
    let mut sum = 0.0;
    for (k, row, col) in cells {
        if k > 0.0 && row > 0.0 && col > 0.0 {
            sum += k * (k * n / (row * col)).ln();
        }
    }
    (2.0 * sum).max(0.0)
}
