//! How the index keeps each article and each entity: counts that [`Index::add`](super::Index::add)
//! adds and [`Index::remove`](super::Index::remove) takes off again.

use std::borrow::Borrow;
use std::collections::BTreeSet;
use std::sync::Arc;

use crate::Label;

/// One mention inside an indexed article.
#[derive(Debug, Clone)]
pub(super) struct MentionAt {
    pub(super) sentence: usize,
    /// Byte range inside the sentence's text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The entity's id, shared by all its mentions in the article (one allocation, not one per
    /// mention: a library of thousands of articles keeps every mention).
    pub(super) entity: Arc<str>,
}

#[derive(Debug, Clone)]
pub(super) struct ArticleEntry {
    pub(super) title: String,
    pub(super) published: Option<String>,
    /// The text of each sentence that mentions an entity (the contexts an entity page shows);
    /// empty for the others, which only count.
    pub(super) sentences: Vec<String>,
    /// Sorted by sentence, then position.
    pub(super) mentions: Vec<MentionAt>,
    /// What this article added to each entity, taken off again by `remove`.
    pub(super) parts: Vec<Contribution>,
}

/// One article's share of one entity while [`Index::add`](super::Index::add) gathers it.
#[derive(Debug)]
pub(super) struct Part {
    pub(super) entity: Arc<str>,
    pub(super) label: Label,
    pub(super) names: Vec<(String, usize)>,
    pub(super) keys: BTreeSet<String>,
    pub(super) mentions: usize,
    pub(super) sentences: BTreeSet<usize>,
}

/// One article's share of one entity, as kept until the article is removed.
#[derive(Debug, Clone)]
pub(super) struct Contribution {
    pub(super) entity: Arc<str>,
    /// Spellings and their mentions here: the entity's own strings, shared.
    pub(super) names: Vec<(Arc<str>, usize)>,
    /// Normalised spellings, each once, shared with the entity.
    pub(super) keys: Vec<Arc<str>>,
    pub(super) mentions: usize,
}

pub(super) fn decrement(map: &mut SortedMap<Arc<str>, usize>, key: &str, by: usize) {
    if let Some(n) = map.get_mut(key) {
        *n = n.saturating_sub(by);
        if *n == 0 {
            map.remove(key);
        }
    }
}

/// A map kept as a sorted `Vec`: most entities of a library appear in one article under one
/// spelling, and a `BTreeMap` of one entry allocates a node for eleven (about 300 bytes), four
/// of them per entity. Iterates in key order, like the `BTreeMap` it replaces.
#[derive(Debug, Clone)]
pub(super) struct SortedMap<K, V>(Vec<(K, V)>);

impl<K: Ord, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Sets `key` to `value`.
    pub(super) fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    pub(super) fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(key).ok()?;
        Some(&mut self.0[i].1)
    }

    pub(super) fn remove<Q: Ord + ?Sized>(&mut self, key: &Q)
    where
        K: Borrow<Q>,
    {
        if let Ok(i) = self.find(key) {
            self.0.remove(i);
        }
    }

    pub(super) fn len(&self) -> usize {
        self.0.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub(super) fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub(super) fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl SortedMap<Arc<str>, usize> {
    /// Adds `n` to `key`'s count (inserting it at 0 first) and returns the map's own copy of
    /// the key, for others to share.
    pub(super) fn add(&mut self, key: &str, n: usize) -> Arc<str> {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (Arc::from(key), 0));
                i
            }
        };
        self.0[i].1 += n;
        self.0[i].0.clone()
    }
}

#[derive(Debug, Clone)]
pub(super) struct EntityEntry {
    pub(super) label: Label,
    /// Spellings with their mention counts.
    pub(super) names: SortedMap<Arc<str>, usize>,
    /// Mentions per article (article ids shared with the other entities of the article).
    pub(super) articles: SortedMap<Arc<str>, usize>,
    /// Distinct sentences per article.
    pub(super) sentences: SortedMap<Arc<str>, usize>,
    pub(super) mentions: usize,
    /// Normalised spellings (with how many articles use them), for search.
    pub(super) keys: SortedMap<Arc<str>, usize>,
}

impl EntityEntry {
    pub(super) fn new(label: Label) -> EntityEntry {
        EntityEntry {
            label,
            names: SortedMap::default(),
            articles: SortedMap::default(),
            sentences: SortedMap::default(),
            mentions: 0,
            keys: SortedMap::default(),
        }
    }

    pub(super) fn name(&self) -> String {
        // Most mentioned spelling; ties go to the smallest, so the choice is order-free.
        self.names
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.to_string())
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
                ids.insert(&*m.entity);
            }
            _ => out.push((m.sentence, BTreeSet::from([&*m.entity]))),
        }
    }
    out
}
