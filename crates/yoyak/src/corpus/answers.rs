//! What the index answers: plain serde values, so they cross to a web worker and back as they
//! are.

use serde::{Deserialize, Serialize};

use crate::Label;

/// One entity of the collection, with its counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitySummary {
    /// Stable id, `"<LABEL>:<normalised name>"`.
    pub id: String,
    /// The name to show: its most frequent spelling.
    pub name: String,
    /// Its label.
    pub label: Label,
    /// Mentions across all articles.
    pub mentions: usize,
    /// Articles that mention it.
    pub articles: usize,
}

/// The answer to [`Index::search`](super::Index::search).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SearchResult {
    /// How many entities match in all.
    pub total: usize,
    /// The first matches, in the order asked for.
    pub entities: Vec<EntitySummary>,
}

/// A piece of a sentence in context: plain or a mention of the entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// True for a mention of the entity.
    pub mark: bool,
}

/// A sentence that mentions an entity (keyword in context).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// The article's id.
    pub article: String,
    /// The article's title.
    pub title: String,
    /// The sentence's index in the article's analysis.
    pub sentence: usize,
    /// The sentence cut at the mentions.
    pub pieces: Vec<Piece>,
}

/// Everything about one entity: [`Index::entity`](super::Index::entity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityDetail {
    /// Name and counts.
    pub summary: EntitySummary,
    /// The spellings seen, with how often, most frequent first.
    pub variants: Vec<(String, usize)>,
    /// The sentences that mention it, by article (newest first) then position; at most the
    /// number asked for.
    pub contexts: Vec<Context>,
    /// How many sentences mention it in all.
    pub contexts_total: usize,
}

/// An entity seen with another: [`Index::cooccurring`](super::Index::cooccurring).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Associate {
    /// The other entity.
    pub entity: EntitySummary,
    /// Sentences that mention both.
    pub together: usize,
    /// Log-likelihood ratio G² of the association (higher is stronger).
    pub score: f64,
}

/// An edge of the network: two of its entities mentioned in the same sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Index of one node.
    pub a: usize,
    /// Index of the other.
    pub b: usize,
    /// Sentences that mention both.
    pub together: usize,
}

/// The co-occurrence network of the top entities: [`Index::network`](super::Index::network).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Network {
    /// Nodes, most mentioned first.
    pub nodes: Vec<EntitySummary>,
    /// Edges between them.
    pub edges: Vec<Edge>,
}

/// An article on the timeline: [`Index::timeline`](super::Index::timeline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated {
    /// The article's id.
    pub article: String,
    /// Its title.
    pub title: String,
    /// Publication date as the cleaner normalised it (`YYYY-MM-DD[ HH:MM]`), if found.
    pub published: Option<String>,
}

/// `text` cut into plain pieces and marked ranges (byte ranges, sorted); ranges that are out of
/// bounds, overlap or do not fall on char boundaries are left unmarked.
pub(super) fn cut(text: &str, marks: &[(usize, usize)]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in marks {
        if s < at || e <= s {
            continue;
        }
        let (Some(before), Some(mark)) = (text.get(at..s), text.get(s..e)) else {
            continue;
        };
        if !before.is_empty() {
            out.push(Piece {
                text: before.to_string(),
                mark: false,
            });
        }
        out.push(Piece {
            text: mark.to_string(),
            mark: true,
        });
        at = e;
    }
    if let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        out.push(Piece {
            text: rest.to_string(),
            mark: false,
        });
    }
    out
}
