//! The learned entity tagger: a linear-chain model over chars with BIO tags, decoded by Viterbi.
//!
//! Each char gets hashed features ([`features`]); each feature has one small integer weight per
//! tag; the tag sequence with the best total of feature weights and tag-to-tag transition
//! weights wins. Transitions that would make an invalid BIO sequence (`I-X` not after `B-X` or
//! `I-X`) are never considered, so every output decodes to clean, non-overlapping spans.
//!
//! The weights ship zstd-compressed inside the library (`model/ner.bin.zst`, see `MODEL.md`)
//! and are decoded once, on first use, by a pure-Rust zstd decoder so this works in wasm32.
//!
//! ## File format (after zstd), little-endian
//!
//! | field | type |
//! |---|---|
//! | magic | `b"YNERv2\0\0"` |
//! | tags | `u32`, must be [`TAGS`] |
//! | features | `u32` n |
//! | bucket bits | `u32` b: the table has 2^b buckets of [`SLOTS`] features |
//! | scale | `f32`, the float value of one weight unit (informational) |
//! | transitions | `i32` × (`TAGS` + 1) × `TAGS`; the last row is the start row |
//! | counts | `u8` × 2^b: features per bucket, in bucket order, each at most [`SLOTS`] |
//! | fingerprints | `u8` × n ([`fingerprint`]), features in bucket order |
//! | masks | `u8` × n low bytes, then `u8` × n high bytes: bit `t` set when tag `t`'s weight is not 0 |
//! | weights | `i8` × (set bits of all masks), feature by feature, tag by tag |
//!
//! The file is the table itself, sparsely: loading is one pass that drops each row into its
//! bucket. Most rows have only a few non-zero tags, so the sparse rows keep the data zstd must
//! produce (and the load time) small. The zstd frame must record the content size (one-shot
//! compression, as the trainer's, does): the loader decodes straight into a buffer of that size.

use std::sync::OnceLock;

use super::Label;
use crate::errors::{Error, Result};

mod decode;
pub mod features;
mod format;
pub mod lists;
mod rows;
mod tag;

pub use decode::viterbi;
pub use format::{Placement, RawModel};
pub use tag::{tag, tag_spans, Scratch};

/// The labels the model predicts, in tag order: tag `1 + 2l` is `B-LABELS[l]`, `2 + 2l` is
/// `I-LABELS[l]`, tag 0 is `O`.
///
/// They are the first seven of [`Label::ALL`]: the machine-readable kinds after them come from
/// rules alone.
pub const LABELS: [Label; 7] = {
    let mut labels = [Label::PS; 7];
    let mut l = 0;
    while l < labels.len() {
        labels[l] = Label::ALL[l];
        l += 1;
    }
    labels
};

/// Number of tags: `O` and a `B-`/`I-` pair per label.
pub const TAGS: usize = 1 + 2 * LABELS.len();

/// Width of a slot in memory: [`TAGS`] weights and the fingerprint in the last byte, so rows
/// add as whole vectors.
const ROW: usize = 16;

/// Features per bucket: one bucket is one 64-byte cache line, so a lookup touches one line.
pub const SLOTS: usize = 4;

/// The label and whether it begins an entity, for a tag; `None` for `O`.
pub fn tag_label(tag: u8) -> Option<(Label, bool)> {
    if tag == 0 || tag as usize >= TAGS {
        return None;
    }
    let l = (tag as usize - 1) / 2;
    Some((LABELS[l], (tag - 1) % 2 == 0))
}

/// The `B-` tag of a label, if the model predicts it.
pub fn begin_tag(label: Label) -> Option<u8> {
    LABELS
        .iter()
        .position(|&l| l == label)
        .map(|l| 1 + 2 * l as u8)
}

/// True when tag `cur` may follow tag `prev` (`None` = sentence start) in a BIO sequence.
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    match tag_label(cur) {
        Some((_, false)) => match prev {
            Some(p) => p != 0 && (p - 1) / 2 == (cur - 1) / 2,
            None => false,
        },
        _ => true,
    }
}

/// The bucket of a feature hash in a table of 2^`bits` buckets (its low bits).
#[inline(always)]
pub fn bucket_of(hash: u64, bits: u32) -> usize {
    (hash & ((1u64 << bits) - 1)) as usize
}

/// The byte that tells features of one bucket apart (the hash's top byte, never 0 so an empty
/// slot never matches).
#[inline(always)]
pub fn fingerprint(hash: u64) -> u8 {
    ((hash >> 56) as u8).max(1)
}

/// A loaded model, ready to tag.
#[derive(Debug, Clone)]
pub struct Model {
    /// The hash table: a feature's bucket is the low bits of its hash, and within the bucket
    /// the slot whose fingerprint matches holds its weights. No probing and no branches on
    /// hits: tagging is bound by memory latency, so each lookup is one independent load.
    buckets: Vec<rows::Bucket>,
    bits: u32,
    /// Transition weights laid out for `Model::decode`: into `O` and the `B-` tags (lane `j`
    /// is tag `decode::OPEN[j]`) from every tag, `[prev][lane]`.
    open: [[i32; decode::OPENS]; TAGS],
    /// Into each `I-X` from `B-X` and from `I-X`, the only moves allowed into it.
    inner: [[i32; 2]; LABELS.len()],
    /// From the start into each tag, `decode::NEG` for `I-` tags.
    start: [i32; ROW],
    features: usize,
}

impl Model {
    /// The model shipped in the library, decoded on first use; `None` if none ships or it fails
    /// to decode (see [`Model::embedded_checked`] for the reason).
    pub fn embedded() -> Option<&'static Model> {
        Model::embedded_checked().ok().flatten()
    }

    /// The model shipped in the library: `Ok(None)` when the build ships none (then only rule
    /// entities are found), an error when the embedded bytes do not decode — a broken build,
    /// which callers report instead of silently falling back to rules.
    pub fn embedded_checked() -> Result<Option<&'static Model>> {
        static MODEL: OnceLock<std::result::Result<Option<Model>, Error>> = OnceLock::new();
        let loaded = MODEL.get_or_init(|| {
            let bytes: &[u8] = include_bytes!("../../model/ner.bin.zst");
            if bytes.is_empty() {
                Ok(None)
            } else {
                Model::from_compressed(bytes).map(Some)
            }
        });
        match loaded {
            Ok(m) => Ok(m.as_ref()),
            Err(e) => Err(Error::Model(format!(
                "the entity model embedded in this build does not load ({e}); rebuild it with the command in crates/yoyak/MODEL.md"
            ))),
        }
    }

    /// Number of features with weights.
    pub fn feature_count(&self) -> usize {
        self.features
    }
}
