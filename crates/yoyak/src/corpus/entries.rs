//! How the index keeps each article and each entity: counts that [`Index::add`](super::Index::add)
//! adds and [`Index::remove`](super::Index::remove) takes off again.

use std::collections::{BTreeMap, BTreeSet};

use crate::Label;

/// One mention inside an indexed article.
#[derive(Debug, Clone)]
pub(super) struct MentionAt {
    pub(super) sentence: usize,
    /// Byte range inside the sentence's text.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) entity: String,
}

#[derive(Debug, Clone)]
pub(super) struct ArticleEntry {
    pub(super) title: String,
    pub(super) published: Option<String>,
    pub(super) sentences: Vec<String>,
    /// Sorted by sentence, then position.
    pub(super) mentions: Vec<MentionAt>,
    /// What this article added to each entity, taken off again by `remove`.
    pub(super) parts: Vec<Contribution>,
}

/// One article's share of one entity.
#[derive(Debug, Clone)]
pub(super) struct Contribution {
    pub(super) entity: String,
    pub(super) label: Label,
    pub(super) names: Vec<(String, usize)>,
    pub(super) keys: BTreeSet<String>,
    pub(super) mentions: usize,
    pub(super) sentences: BTreeSet<usize>,
}

pub(super) fn decrement(map: &mut BTreeMap<String, usize>, key: &str, by: usize) {
    if let Some(n) = map.get_mut(key) {
        *n = n.saturating_sub(by);
        if *n == 0 {
            map.remove(key);
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct EntityEntry {
    pub(super) label: Label,
    /// Spellings with their mention counts.
    pub(super) names: BTreeMap<String, usize>,
    /// Mentions per article.
    pub(super) articles: BTreeMap<String, usize>,
    /// Distinct sentences per article.
    pub(super) sentences: BTreeMap<String, usize>,
    pub(super) mentions: usize,
    /// Normalised spellings (with how many articles use them), for search.
    pub(super) keys: BTreeMap<String, usize>,
}

impl EntityEntry {
    pub(super) fn name(&self) -> String {
        // Most mentioned spelling; ties go to the smallest, so the choice is order-free.
        self.names
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.clone())
            .unwrap_or_default()
    }

    pub(super) fn sentence_count(&self) -> usize {
        self.sentences.values().sum()
    }
}

/// Distinct entity ids per sentence, from mentions sorted by sentence.
pub(super) fn by_sentence(mentions: &[MentionAt]) -> Vec<(usize, BTreeSet<&str>)> {
    let mut out: Vec<(usize, BTreeSet<&str>)> = Vec::new();
    for m in mentions {
        match out.last_mut() {
            Some((s, ids)) if *s == m.sentence => {
                ids.insert(m.entity.as_str());
            }
            _ => out.push((m.sentence, BTreeSet::from([m.entity.as_str()]))),
        }
    }
    out
}
