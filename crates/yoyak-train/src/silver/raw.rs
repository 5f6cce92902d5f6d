//! The KLUE raw sentences, hand annotations of some of them, and the silver train/dev split.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use yoyak::entity::Label;
use yoyak::text::Fnv1a;

use crate::data::Sentence;
use crate::TrainError;

/// One raw KLUE sentence.
#[derive(Debug, Clone)]
pub struct RawSentence {
    /// Its id (`klue-ner-v1_train_NNNNN_source`).
    pub id: String,
    /// Its text.
    pub text: String,
}

/// Reads `raw-sentences.tsv` (`id<TAB>sentence`).
pub fn read_raw(path: &Path) -> Result<Vec<RawSentence>, TrainError> {
    let content = std::fs::read_to_string(path)
        .map_err(|e| TrainError(format!("{}: {e}", path.display())))?;
    Ok(content
        .lines()
        .filter_map(|l| {
            let (id, text) = l.split_once('\t')?;
            Some(RawSentence {
                id: id.to_string(),
                text: text.to_string(),
            })
        })
        .collect())
}

/// A hand annotation of some raw sentences (`id<TAB>start<TAB>end<TAB>LABEL<TAB>surface`; a
/// sentence without entities has `-` fields; `#` starts a comment).
#[derive(Debug, Default, Clone)]
pub struct Annotation {
    /// Annotated entities per sentence id, in char offsets.
    pub by_id: HashMap<String, Vec<(usize, usize, Label)>>,
    /// Ids in file order.
    pub order: Vec<String>,
}

impl Annotation {
    /// Adds the sentences of `other` (a sentence annotated in both keeps `self`'s spans).
    pub fn merge(&mut self, other: Annotation) {
        for id in other.order {
            if !self.by_id.contains_key(&id) {
                self.by_id.insert(
                    id.clone(),
                    other.by_id.get(&id).cloned().unwrap_or_default(),
                );
                self.order.push(id);
            }
        }
    }
}

/// Reads an [`Annotation`] file.
pub fn read_annotation(path: &Path) -> Result<Annotation, TrainError> {
    let content = std::fs::read_to_string(path)
        .map_err(|e| TrainError(format!("{}: {e}", path.display())))?;
    let mut out = Annotation::default();
    for (n, line) in content.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || {
            TrainError(format!(
                "{}:{}: expected 5 tab-separated fields",
                path.display(),
                n + 1
            ))
        };
        if f.len() < 4 {
            return Err(bad());
        }
        let id = f[0].to_string();
        if !out.by_id.contains_key(&id) {
            out.order.push(id.clone());
        }
        let spans = out.by_id.entry(id).or_default();
        if f[1] == "-" {
            continue;
        }
        let (Ok(s), Ok(e), Some(label)) = (
            f[1].parse::<usize>(),
            f[2].parse::<usize>(),
            crate::data::map_tag(f[3]),
        ) else {
            return Err(bad());
        };
        spans.push((s, e, label));
    }
    for spans in out.by_id.values_mut() {
        spans.sort();
    }
    Ok(out)
}

/// The annotated sentences of `raw` as evaluation sentences, in the annotation's order.
pub fn annotated_sentences(raw: &[RawSentence], ann: &Annotation) -> Vec<Sentence> {
    let text: HashMap<&str, &str> = raw
        .iter()
        .map(|r| (r.id.as_str(), r.text.as_str()))
        .collect();
    ann.order
        .iter()
        .filter_map(|id| {
            Some(Sentence {
                text: text.get(id.as_str())?.to_string(),
                spans: ann.by_id.get(id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// Splits raw sentences into silver training and silver dev (one in twenty, by a hash of the id),
/// leaving out `held` ids.
pub fn split_raw<'a>(
    raw: &'a [RawSentence],
    held: &HashSet<&str>,
) -> (Vec<&'a RawSentence>, Vec<&'a RawSentence>) {
    let mut train = Vec::new();
    let mut dev = Vec::new();
    for r in raw.iter().filter(|r| !held.contains(r.id.as_str())) {
        if Fnv1a::hash32(r.id.as_bytes()) % 20 == 0 {
            dev.push(r);
        } else {
            train.push(r);
        }
    }
    (train, dev)
}
