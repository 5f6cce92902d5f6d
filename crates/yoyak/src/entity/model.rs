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
//! | magic | `b"YNERv1\0\0"` |
//! | tags | `u32`, must be [`TAGS`] |
//! | features | `u32` n |
//! | scale | `f32`, the float value of one weight unit (informational) |
//! | transitions | `i32` × (`TAGS` + 1) × `TAGS`; the last row is the start row |
//! | keys | n varints: deltas between the sorted 32-bit feature keys |
//! | weights | `i8` × `TAGS` × n, tag-major (all features' weight for tag 0, then tag 1, …) |
//!
//! Tag-major weights and delta-coded keys compress far better than feature-major rows.

use std::ops::Add;
use std::sync::OnceLock;

use super::{Entity, Label, Origin};
use crate::errors::{Error, Result};
use crate::text::CharIndex;

pub mod features;
pub mod lists;

/// The labels the model predicts, in tag order: tag `1 + 2l` is `B-LABELS[l]`, `2 + 2l` is
/// `I-LABELS[l]`, tag 0 is `O`.
pub const LABELS: [Label; 7] = [
    Label::PS,
    Label::OG,
    Label::LC,
    Label::AF,
    Label::DT,
    Label::TI,
    Label::QT,
];

/// Number of tags: `O` and a `B-`/`I-` pair per label.
pub const TAGS: usize = 1 + 2 * LABELS.len();

/// Width of a weight row in memory: [`TAGS`] padded so rows add as whole vectors.
const ROW: usize = 16;

const MAGIC: &[u8; 8] = b"YNERv1\0\0";

const ALL_TAGS: [usize; TAGS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

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

/// The 32-bit key a feature hash is stored under (never 0, which marks an empty slot).
pub fn key_of(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

/// Best tag sequence for `n` chars, with `emissions[i * TAGS + t]` the score of tag `t` at char
/// `i` and `transitions[p * TAGS + t]` the score of `t` after `p` (row `TAGS` = start).
///
/// Invalid BIO transitions are skipped, so the result is always a valid sequence.
pub fn viterbi<T>(
    emissions: &[T],
    n: usize,
    transitions: &[T],
    best: &mut Vec<T>,
    back: &mut Vec<u8>,
    out: &mut Vec<u8>,
) where
    T: Copy + PartialOrd + Add<Output = T>,
{
    out.clear();
    if n == 0 {
        return;
    }
    best.clear();
    back.clear();
    back.resize(n * TAGS, 0);
    for t in 0..TAGS as u8 {
        // A start with I-X is impossible; give it the O score so it never wins a max below.
        let s = if allowed(None, t) {
            transitions[TAGS * TAGS + t as usize] + emissions[t as usize]
        } else {
            transitions[TAGS * TAGS] + emissions[0]
        };
        best.push(s);
    }
    let mut valid = [false; TAGS];
    for (t, v) in valid.iter_mut().enumerate() {
        *v = allowed(None, t as u8);
    }
    let mut next: Vec<T> = best.clone();
    for i in 1..n {
        let mut nvalid = [false; TAGS];
        for cur in 0..TAGS {
            // I-X may only follow B-X or I-X; O and B-X may follow anything.
            let prevs: &[usize] = if cur != 0 && cur % 2 == 0 {
                &ALL_TAGS[cur - 1..=cur]
            } else {
                &ALL_TAGS
            };
            let mut arg: Option<(usize, T)> = None;
            for &prev in prevs {
                if !valid[prev] {
                    continue;
                }
                let s = best[prev] + transitions[prev * TAGS + cur];
                if arg.is_none_or(|(_, v)| s > v) {
                    arg = Some((prev, s));
                }
            }
            if let Some((a, s)) = arg {
                next[cur] = s + emissions[i * TAGS + cur];
                back[i * TAGS + cur] = a as u8;
                nvalid[cur] = true;
            }
        }
        valid = nvalid;
        std::mem::swap(best, &mut next);
    }
    let mut last = 0usize;
    for t in 1..TAGS {
        if valid[t] && best[t] > best[last] {
            last = t;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last as u8;
    for i in (1..n).rev() {
        last = back[i * TAGS + last] as usize;
        out[i - 1] = last as u8;
    }
}

/// Entity ranges `(first char, end char, label)` of a valid tag sequence, with whitespace
/// trimmed from both ends.
pub fn tag_spans(tags: &[u8], chars: &[char]) -> Vec<(usize, usize, Label)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        match tag_label(tags[i]) {
            Some((label, true)) => {
                let start = i;
                i += 1;
                while i < tags.len() && tag_label(tags[i]) == Some((label, false)) {
                    i += 1;
                }
                let (mut s, mut e) = (start, i);
                while s < e && chars.get(s).is_some_and(|c| c.is_whitespace()) {
                    s += 1;
                }
                while e > s && chars.get(e - 1).is_some_and(|c| c.is_whitespace()) {
                    e -= 1;
                }
                if s < e {
                    spans.push((s, e, label));
                }
            }
            _ => i += 1,
        }
    }
    spans
}

/// A model's weights before encoding: what the trainer produces and [`Model`] loads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawModel {
    /// Float value of one weight unit.
    pub scale: f32,
    /// `(TAGS + 1) × TAGS` transition weights, last row for the start.
    pub transitions: Vec<i32>,
    /// Feature keys ([`key_of`]) with their weight per tag.
    pub features: Vec<(u32, [i8; TAGS])>,
}

impl RawModel {
    /// Encodes the model in the file format (before compression). Features are sorted by key;
    /// duplicate keys keep the first.
    pub fn encode(&self) -> Vec<u8> {
        let mut feats = self.features.clone();
        feats.sort_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        let mut out = Vec::with_capacity(feats.len() * (TAGS + 3) + 1024);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for t in 0..(TAGS + 1) * TAGS {
            let w = self.transitions.get(t).copied().unwrap_or(0);
            out.extend_from_slice(&w.to_le_bytes());
        }
        let mut prev = 0u32;
        for (k, _) in &feats {
            let mut d = k - prev;
            prev = *k;
            loop {
                let b = (d & 0x7F) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
        for t in 0..TAGS {
            out.extend(feats.iter().map(|(_, w)| w[t] as u8));
        }
        out
    }
}

/// A loaded model, ready to tag.
#[derive(Debug, Clone)]
pub struct Model {
    /// Open-addressing table of keys (0 = empty) with their weight rows inline, so a lookup
    /// touches one cache line: memory latency, not arithmetic, bounds tagging speed.
    slots: Vec<Slot>,
    mask: usize,
    transitions: Vec<i32>,
    features: usize,
}

#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(4))]
struct Slot {
    key: u32,
    row: [i8; ROW],
}

/// Reusable working buffers of [`Model::tag_with`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    extractor: features::Extractor,
    emissions: Vec<i32>,
    best: Vec<i32>,
    back: Vec<u8>,
    tags: Vec<u8>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| Error::Model("the model file is truncated".into()))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> Result<u32> {
        let mut v = 0u64;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7F) as u64) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| Error::Model("bad feature key".into()));
            }
        }
        Err(Error::Model("bad feature key".into()))
    }
}

impl Model {
    /// Decodes an uncompressed model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(Error::Model("not a yoyak NER model (bad magic)".into()));
        }
        if r.u32()? as usize != TAGS {
            return Err(Error::Model(format!("the model does not have {TAGS} tags")));
        }
        let n = r.u32()? as usize;
        if n > bytes.len() {
            return Err(Error::Model("the model file is truncated".into()));
        }
        let _scale = r.u32()?;
        let mut transitions = Vec::with_capacity((TAGS + 1) * TAGS);
        for _ in 0..(TAGS + 1) * TAGS {
            transitions.push(r.u32()? as i32);
        }
        let mut keys = Vec::with_capacity(n);
        let mut k = 0u32;
        for _ in 0..n {
            k = k
                .checked_add(r.varint()?)
                .ok_or_else(|| Error::Model("bad feature key".into()))?;
            keys.push(k);
        }
        let weights = r.take(n * TAGS)?;
        let cap = (n + n / 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        for (f, &key) in keys.iter().enumerate() {
            if key == 0 {
                continue;
            }
            let mut s = key as usize & mask;
            while slots[s].key != 0 && slots[s].key != key {
                s = (s + 1) & mask;
            }
            slots[s].key = key;
            for t in 0..TAGS {
                slots[s].row[t] = weights[t * n + f] as i8;
            }
        }
        Ok(Model {
            slots,
            mask,
            transitions,
            features: n,
        })
    }

    /// Decodes a zstd-compressed model file.
    pub fn from_compressed(bytes: &[u8]) -> Result<Model> {
        use std::io::Read;
        let mut decoder = ruzstd::decoding::StreamingDecoder::new(bytes)
            .map_err(|e| Error::Model(format!("zstd: {e}")))?;
        let mut raw = Vec::new();
        decoder
            .read_to_end(&mut raw)
            .map_err(|e| Error::Model(format!("zstd: {e}")))?;
        Model::from_bytes(&raw)
    }

    /// The model shipped in the library, decoded on first use; `None` if none ships or it fails
    /// to decode (then only rule entities are found).
    pub fn embedded() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                let bytes: &[u8] = include_bytes!("../../model/ner.bin.zst");
                if bytes.is_empty() {
                    None
                } else {
                    Model::from_compressed(bytes).ok()
                }
            })
            .as_ref()
    }

    /// Number of features with weights.
    pub fn feature_count(&self) -> usize {
        self.features
    }

    fn row(&self, hash: u64) -> Option<&[i8; ROW]> {
        let key = key_of(hash);
        let mut s = key as usize & self.mask;
        loop {
            let slot = &self.slots[s];
            if slot.key == key {
                return Some(&slot.row);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// The tag sequence of one line (no newlines expected, but any text works); the line's chars
    /// and byte offsets are left in `scratch`.
    pub fn tag_line<'s>(&self, line: &str, scratch: &'s mut Scratch) -> &'s [u8] {
        scratch.extractor.extract(line);
        let n = scratch.extractor.chars().len();
        scratch.emissions.clear();
        scratch.emissions.resize(n * TAGS, 0);
        for i in 0..n {
            let mut acc = [0i32; ROW];
            for &h in scratch.extractor.of(i) {
                if let Some(row) = self.row(h) {
                    for (a, &w) in acc.iter_mut().zip(row) {
                        *a += w as i32;
                    }
                }
            }
            scratch.emissions[i * TAGS..(i + 1) * TAGS].copy_from_slice(&acc[..TAGS]);
        }
        viterbi(
            &scratch.emissions,
            n,
            &self.transitions,
            &mut scratch.best,
            &mut scratch.back,
            &mut scratch.tags,
        );
        &scratch.tags
    }

    /// Finds entities in `text`; spans index `text`.
    pub fn tag(&self, text: &str) -> Vec<Entity> {
        self.tag_with(text, &mut Scratch::default())
    }

    /// Like [`Model::tag`], reusing `scratch`'s buffers.
    pub fn tag_with(&self, text: &str, scratch: &mut Scratch) -> Vec<Entity> {
        let index = CharIndex::new(text);
        let mut out = Vec::new();
        let mut line_start = 0;
        for line in text.split('\n') {
            self.tag_line(line, scratch);
            let chars = scratch.extractor.chars();
            let offs = scratch.extractor.byte_offsets();
            for (s, e, label) in tag_spans(&scratch.tags, chars) {
                let (bs, be) = (line_start + offs[s], line_start + offs[e]);
                out.push(Entity {
                    span: index.span(bs, be),
                    label,
                    text: text[bs..be].to_string(),
                    origin: Origin::Model,
                });
            }
            line_start += line.len() + 1;
        }
        out
    }
}

/// Finds entities in `text` with the embedded model (none when no model ships).
pub fn tag(text: &str) -> Vec<Entity> {
    match Model::embedded() {
        Some(m) => m.tag(text),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_never_starts_or_continues_wrongly() {
        // Emissions that favour I-PS everywhere, and I-OG after B-PS: still valid output.
        let n = 5;
        let mut em = vec![0i32; n * TAGS];
        for i in 0..n {
            em[i * TAGS + 2] = 10;
            em[i * TAGS + 4] = if i == 2 { 50 } else { 0 };
        }
        let tr = vec![0i32; (TAGS + 1) * TAGS];
        let (mut b, mut k, mut out) = (Vec::new(), Vec::new(), Vec::new());
        viterbi(&em, n, &tr, &mut b, &mut k, &mut out);
        let mut prev = None;
        for &t in &out {
            assert!(allowed(prev, t), "{out:?}");
            prev = Some(t);
        }
    }

    #[test]
    fn encode_then_decode_round_trips() {
        let mut raw = RawModel {
            scale: 0.5,
            transitions: (0..((TAGS + 1) * TAGS) as i32).collect(),
            features: Vec::new(),
        };
        for k in [5u32, 1, 900_000, 77] {
            let mut w = [0i8; TAGS];
            w[(k % TAGS as u32) as usize] = 3;
            raw.features.push((k, w));
        }
        let m = Model::from_bytes(&raw.encode()).unwrap();
        assert_eq!(m.feature_count(), 4);
        assert_eq!(m.transitions, raw.transitions);
        let h = 900_000u64 << 32;
        assert_eq!(m.row(h).unwrap()[(900_000 % TAGS as u32) as usize], 3);
        assert!(Model::from_bytes(&raw.encode()[..20]).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
