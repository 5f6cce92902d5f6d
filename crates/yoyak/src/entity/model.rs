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

/// Width of a slot in memory: [`TAGS`] weights and the fingerprint in the last byte, so rows
/// add as whole vectors.
const ROW: usize = 16;

/// Features per bucket: one bucket is one 64-byte cache line, so a lookup touches one line.
pub const SLOTS: usize = 4;

/// Largest table the loader accepts (2^22 buckets, 256 MiB): a guard against corrupt files.
const MAX_BUCKET_BITS: u32 = 22;

const MAGIC: &[u8; 8] = b"YNERv2\0\0";

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

/// Best tag sequence for `n` chars, with `emissions[i * TAGS + t]` the score of tag `t` at char
/// `i` and `transitions[p * TAGS + t]` the score of `t` after `p` (row `TAGS` = start).
///
/// Invalid BIO transitions are skipped, so the result is always a valid sequence.
pub fn viterbi<T>(
    emissions: &[T],
    n: usize,
    transitions: &[T],
    back: &mut Vec<u8>,
    out: &mut Vec<u8>,
) where
    T: Copy + PartialOrd + Add<Output = T>,
{
    out.clear();
    if n == 0 || emissions.len() < n * TAGS || transitions.len() < (TAGS + 1) * TAGS {
        return;
    }
    back.clear();
    back.resize(n * TAGS, 0);
    let start = &transitions[TAGS * TAGS..];
    // A start with I-X is impossible; give it the O score so it never wins a max (ties go to
    // the lower tag) and skip it as a predecessor of the second char.
    let mut best: [T; TAGS] = std::array::from_fn(|t| {
        if allowed(None, t as u8) {
            start[t] + emissions[t]
        } else {
            start[0] + emissions[0]
        }
    });
    for i in 1..n {
        let em = &emissions[i * TAGS..(i + 1) * TAGS];
        let bk = &mut back[i * TAGS..(i + 1) * TAGS];
        let mut next = best;
        for cur in 0..TAGS {
            // I-X may only follow B-X or I-X; O and B-X may follow anything.
            let (lo, hi) = if cur != 0 && cur % 2 == 0 {
                (cur - 1, cur)
            } else {
                (0, TAGS - 1)
            };
            let mut arg = lo;
            let mut s = best[lo] + transitions[lo * TAGS + cur];
            for prev in lo + 1..=hi {
                if i == 1 && prev != 0 && prev % 2 == 0 {
                    continue;
                }
                let v = best[prev] + transitions[prev * TAGS + cur];
                if v > s {
                    (arg, s) = (prev, v);
                }
            }
            next[cur] = s + em[cur];
            bk[cur] = arg as u8;
        }
        best = next;
    }
    let mut last = 0usize;
    for t in 1..TAGS {
        if best[t] > best[last] {
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
    /// The table has 2^`bucket_bits` buckets of [`SLOTS`] features.
    pub bucket_bits: u32,
    /// Feature hashes with their weight per tag.
    pub features: Vec<(u64, [i8; TAGS])>,
}

/// The features of a [`RawModel`] as the table holds them.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    /// Features per bucket.
    pub counts: Vec<u8>,
    /// Fingerprint and weights of the kept features, in bucket order.
    pub rows: Vec<(u8, [i8; TAGS])>,
    /// Features left out: their bucket was full, or a stronger feature of the bucket had the
    /// same fingerprint.
    pub dropped: usize,
}

impl RawModel {
    /// Puts the features into buckets. Where a bucket gets more than [`SLOTS`] features, or two
    /// with one fingerprint, the ones with the largest weights (sum of magnitudes) stay.
    pub fn place(&self) -> Placement {
        let bits = self.bucket_bits.min(MAX_BUCKET_BITS);
        let strength = |w: &[i8; TAGS]| -> u32 { w.iter().map(|x| x.unsigned_abs() as u32).sum() };
        let mut feats: Vec<(usize, u8, u32, &[i8; TAGS])> = self
            .features
            .iter()
            .map(|(h, w)| (bucket_of(*h, bits), fingerprint(*h), strength(w), w))
            .collect();
        feats.sort_by(|a, b| (a.0, b.2, a.1).cmp(&(b.0, a.2, b.1)).then(a.3.cmp(b.3)));
        let mut p = Placement {
            counts: vec![0; 1 << bits],
            rows: Vec::with_capacity(feats.len()),
            dropped: 0,
        };
        let mut i = 0;
        while i < feats.len() {
            let b = feats[i].0;
            let mut kept: Vec<(u8, [i8; TAGS])> = Vec::with_capacity(SLOTS);
            while i < feats.len() && feats[i].0 == b {
                let (_, fp, _, w) = feats[i];
                if kept.len() < SLOTS && kept.iter().all(|k| k.0 != fp) {
                    kept.push((fp, *w));
                } else {
                    p.dropped += 1;
                }
                i += 1;
            }
            kept.sort_by_key(|k| k.0);
            p.counts[b] = kept.len() as u8;
            p.rows.extend(kept);
        }
        p
    }

    /// Encodes the model in the file format (before compression).
    pub fn encode(&self) -> Vec<u8> {
        let p = self.place();
        let n = p.rows.len();
        let mut out = Vec::with_capacity(p.counts.len() + n * 8 + 1024);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(n as u32).to_le_bytes());
        out.extend_from_slice(&self.bucket_bits.min(MAX_BUCKET_BITS).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for t in 0..(TAGS + 1) * TAGS {
            let w = self.transitions.get(t).copied().unwrap_or(0);
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&p.counts);
        out.extend(p.rows.iter().map(|r| r.0));
        let mask = |w: &[i8; TAGS]| -> u16 {
            w.iter()
                .enumerate()
                .filter(|(_, &x)| x != 0)
                .fold(0u16, |m, (t, _)| m | 1 << t)
        };
        out.extend(p.rows.iter().map(|r| mask(&r.1) as u8));
        out.extend(p.rows.iter().map(|r| (mask(&r.1) >> 8) as u8));
        for (_, w) in &p.rows {
            out.extend(w.iter().filter(|&&x| x != 0).map(|&x| x as u8));
        }
        out
    }
}

/// A loaded model, ready to tag.
#[derive(Debug, Clone)]
pub struct Model {
    /// The hash table: a feature's bucket is the low bits of its hash, and within the bucket
    /// the slot whose fingerprint matches holds its weights. No probing and no branches on
    /// hits: tagging is bound by memory latency, so each lookup is one independent load.
    buckets: Vec<Bucket>,
    bits: u32,
    /// Transition weights laid out for [`Model::decode`]: into `O` and the `B-` tags (lane `j`
    /// is tag [`OPEN`]`[j]`) from every tag, `[prev][lane]`.
    open: [[i32; OPENS]; TAGS],
    /// Into each `I-X` from `B-X` and from `I-X`, the only moves allowed into it.
    inner: [[i32; 2]; LABELS.len()],
    /// From the start into each tag, [`NEG`] for `I-` tags.
    start: [i32; ROW],
    features: usize,
}

/// How many features ahead of the current lookup [`Model::prefetch`] asks for a bucket.
const PREFETCH: usize = 16;

/// Tags any tag may move to: `O` and the `B-` tags.
const OPENS: usize = 1 + LABELS.len();
const OPEN: [usize; OPENS] = [0, 1, 3, 5, 7, 9, 11, 13];

/// Score of an impossible move: far below any real path, far from overflow.
const NEG: i32 = -(1 << 28);

/// [`SLOTS`] slots of [`TAGS`] weights with the fingerprint in the last byte (0 = empty).
/// Weights are stored plus 128, as `u8`: rows then add as 16-bit lanes of plain `u64`s
/// (see [`Model::add_row`]), which is fast without SIMD, as in wasm32.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Bucket([[u8; ROW]; SLOTS]);

impl Default for Bucket {
    fn default() -> Self {
        let mut slot = [0x80; ROW];
        slot[ROW - 1] = 0;
        Bucket([slot; SLOTS])
    }
}

/// A row of zero weights as stored (each weight plus 128), eight lanes at a time.
const ZERO_LANES: u64 = 0x8080_8080_8080_8080;

/// The even bytes of a `u64`, as 16-bit lanes.
const EVEN: u64 = 0x00FF_00FF_00FF_00FF;

/// Four `u64`s of four 16-bit lanes each: the sums of tags 0,2,4,6 | 1,3,5,7 | 8,10,12,14 |
/// 9,11,13,(fingerprint), each weight counted plus 128.
type Lanes = [u64; 4];

/// Tag `t`'s sum from [`Lanes`] after `n` rows were added.
#[inline(always)]
fn lane(acc: &Lanes, t: usize, n: usize) -> i32 {
    let word = (t >> 3) << 1 | (t & 1);
    let shift = ((t & 7) >> 1) * 16;
    ((acc[word] >> shift) & 0xFFFF) as i32 - 128 * n as i32
}

/// Reusable working buffers of [`Model::tag_with`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    extractor: features::Extractor,
    emissions: Vec<i32>,
    back: Vec<u8>,
    tags: Vec<u8>,
}

impl Scratch {
    /// The feature extractor, e.g. to set [`features::Extractor::skip`] for an ablation.
    pub fn extractor_mut(&mut self) -> &mut features::Extractor {
        &mut self.extractor
    }
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
}

impl Model {
    /// Decodes an uncompressed model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let bad = |what: &str| Error::Model(format!("bad model file: {what}"));
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(Error::Model("not a yoyak NER model (bad magic)".into()));
        }
        if r.u32()? as usize != TAGS {
            return Err(Error::Model(format!("the model does not have {TAGS} tags")));
        }
        let n = r.u32()? as usize;
        let bits = r.u32()?;
        if bits > MAX_BUCKET_BITS || n > bytes.len() || n > SLOTS << bits {
            return Err(bad("table size"));
        }
        let _scale = r.u32()?;
        let transitions: Vec<i32> = r
            .take((TAGS + 1) * TAGS * 4)?
            .chunks_exact(4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let counts = r.take(1 << bits)?;
        let fps = r.take(n)?;
        let lo = r.take(n)?;
        let hi = r.take(n)?;
        let weights = &bytes[r.at..];
        let mut buckets = vec![Bucket::default(); 1 << bits];
        let (mut f, mut w) = (0usize, 0usize);
        for (bucket, &count) in buckets.iter_mut().zip(counts) {
            if count as usize > SLOTS || f + count as usize > n {
                return Err(bad("bucket counts"));
            }
            for slot in &mut bucket.0[..count as usize] {
                let mask = u16::from_le_bytes([lo[f], hi[f]]);
                if mask >> TAGS != 0 || fps[f] == 0 {
                    return Err(bad("feature row"));
                }
                let take = mask.count_ones() as usize;
                let vals = weights
                    .get(w..w + take)
                    .ok_or_else(|| bad("truncated weights"))?;
                // Every tag in turn, no branch on the mask bits: they are unpredictable.
                let mut buf = [0u8; ROW];
                buf[..take].copy_from_slice(vals);
                let mut k = 0;
                for (t, x) in slot[..TAGS].iter_mut().enumerate() {
                    let bit = (mask >> t & 1) as usize;
                    // Stored offset by 128 (see `Bucket`).
                    *x = (buf[k & (ROW - 1)] & (bit as u8).wrapping_neg()) ^ 0x80;
                    k += bit;
                }
                slot[ROW - 1] = fps[f];
                w += take;
                f += 1;
            }
        }
        if f != n || w != weights.len() {
            return Err(bad("feature count"));
        }
        // Clamped so that sums over a line can never overflow, whatever the file says.
        let tr = |p: usize, c: usize| transitions[p * TAGS + c].clamp(-(1 << 20), 1 << 20);
        let mut open = [[0; OPENS]; TAGS];
        for (p, row) in open.iter_mut().enumerate() {
            for (j, &c) in OPEN.iter().enumerate() {
                row[j] = tr(p, c);
            }
        }
        let inner = std::array::from_fn(|l| [tr(1 + 2 * l, 2 + 2 * l), tr(2 + 2 * l, 2 + 2 * l)]);
        let start = std::array::from_fn(|c| {
            if c < TAGS && allowed(None, c as u8) {
                tr(TAGS, c)
            } else {
                NEG
            }
        });
        Ok(Model {
            buckets,
            bits,
            open,
            inner,
            start,
            features: n,
        })
    }

    /// Decodes a zstd-compressed model file.
    pub fn from_compressed(bytes: &[u8]) -> Result<Model> {
        let zstd = |e: &dyn std::fmt::Display| Error::Model(format!("zstd: {e}"));
        let mut decoder = ruzstd::decoding::FrameDecoder::new();
        decoder.init(bytes).map_err(|e| zstd(&e))?;
        // The trainer writes the content size into the frame; decoding straight into a buffer
        // of that size saves growing one. The cap guards against a corrupt header.
        let size = decoder.content_size();
        if size == 0 || size > 1 << 28 {
            return Err(Error::Model("zstd: missing or absurd content size".into()));
        }
        let mut raw = vec![0u8; size as usize];
        let got = decoder.decode_all(bytes, &mut raw).map_err(|e| zstd(&e))?;
        raw.truncate(got);
        Model::from_bytes(&raw)
    }

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

    /// Asks for the bucket of `hash` ahead of its lookup: the lookups of a char are too few to
    /// keep enough memory loads in flight on their own.
    #[inline(always)]
    fn prefetch(&self, hash: u64) {
        #[cfg(target_arch = "x86_64")]
        if let Some(b) = self.buckets.get(bucket_of(hash, self.bits)) {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            // SAFETY: a prefetch is only a hint; it never faults, and the address is that of a
            // live bucket anyway. (The intrinsic is safe in newer Rust, unsafe in older.)
            #[allow(unused_unsafe)]
            unsafe {
                _mm_prefetch::<_MM_HINT_T0>(b as *const Bucket as *const i8)
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = hash;
    }

    /// Adds the weights of the feature `hash` to `acc`: zeros (128s as stored) for a feature
    /// the model does not know.
    #[inline(always)]
    fn add_row(&self, hash: u64, acc: &mut Lanes) {
        let b = &self.buckets[bucket_of(hash, self.bits) & (self.buckets.len() - 1)];
        // Arithmetic instead of branches: whether a feature is known is unpredictable, and a
        // mispredicted branch would stall the loads of the features after it. At most one slot
        // of a bucket matches (the trainer keeps fingerprints unique per bucket).
        let fp = fingerprint(hash);
        let hit = |k: usize| (b.0[k][ROW - 1] == fp) as usize;
        let (h0, h1, h2, h3) = (hit(0), hit(1), hit(2), hit(3));
        let slot = &b.0[(h1 + 2 * h2 + 3 * h3) & (SLOTS - 1)];
        // Opaque to the optimiser, which would otherwise turn the mask back into a branch.
        let keep = std::hint::black_box(((h0 | h1 | h2 | h3) as u64).wrapping_neg());
        // wasm SIMD (a build with `-C target-feature=+simd128`): one 16-byte load, the miss
        // select and the spread of bytes into 16-bit lanes as single instructions; the lanes
        // land exactly where the scalar path below puts them.
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        {
            use core::arch::wasm32::{
                i16x8_add, i8x16_shuffle, u64x2, u64x2_extract_lane, u64x2_splat, u8x16_splat,
                v128, v128_bitselect, v128_load,
            };
            // SAFETY: `slot` is a `[u8; ROW]`, 16 readable bytes; `v128_load` needs no alignment.
            let row = unsafe { v128_load(slot.as_ptr() as *const v128) };
            let row = v128_bitselect(row, u8x16_splat(0x80), u64x2_splat(keep));
            let z = u8x16_splat(0);
            // Even bytes then odd bytes of each half, each widened to 16 bits.
            let lo =
                i8x16_shuffle::<0, 16, 2, 16, 4, 16, 6, 16, 1, 16, 3, 16, 5, 16, 7, 16>(row, z);
            let hi = i8x16_shuffle::<8, 16, 10, 16, 12, 16, 14, 16, 9, 16, 11, 16, 13, 16, 15, 16>(
                row, z,
            );
            let a = i16x8_add(u64x2(acc[0], acc[1]), lo);
            let b = i16x8_add(u64x2(acc[2], acc[3]), hi);
            *acc = [
                u64x2_extract_lane::<0>(a),
                u64x2_extract_lane::<1>(a),
                u64x2_extract_lane::<0>(b),
                u64x2_extract_lane::<1>(b),
            ];
            // The scalar path's constants, unused in this build.
            let _ = (ZERO_LANES, EVEN);
        }
        #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
        {
            let word = |from: usize| {
                let mut w = [0u8; 8];
                w.copy_from_slice(&slot[from..from + 8]);
                (u64::from_le_bytes(w) & keep) | (ZERO_LANES & !keep)
            };
            let (lo, hi) = (word(0), word(8));
            acc[0] = acc[0].wrapping_add(lo & EVEN);
            acc[1] = acc[1].wrapping_add((lo >> 8) & EVEN);
            acc[2] = acc[2].wrapping_add(hi & EVEN);
            acc[3] = acc[3].wrapping_add((hi >> 8) & EVEN);
        }
    }

    /// The weights of a feature; zeros for one the model does not know.
    #[cfg(test)]
    fn row(&self, hash: u64) -> [i32; TAGS] {
        let mut acc = [0; 4];
        self.add_row(hash, &mut acc);
        std::array::from_fn(|t| lane(&acc, t, 1))
    }

    /// The tag sequence of one line (no newlines expected, but any text works); the line's chars
    /// and byte offsets are left in `scratch`.
    pub fn tag_line<'s>(&self, line: &str, scratch: &'s mut Scratch) -> &'s [u8] {
        let x = &mut scratch.extractor;
        x.extract(line);
        let n = x.chars().len();
        scratch.emissions.clear();
        scratch.emissions.reserve(n * TAGS);
        for fs in x.offsets.windows(2) {
            // 16-bit lanes: at most a few dozen features (far below 256) of at most 255 each.
            let mut acc: Lanes = [0; 4];
            let end = fs[1].min(x.features.len());
            for j in fs[0]..end {
                if let Some(&ahead) = x.features.get(j + PREFETCH) {
                    self.prefetch(ahead);
                }
                self.add_row(x.features[j], &mut acc);
            }
            let count = end.saturating_sub(fs[0]);
            scratch
                .emissions
                .extend((0..TAGS).map(|t| lane(&acc, t, count)));
        }
        self.decode(&scratch.emissions, n, &mut scratch.back, &mut scratch.tags);
        &scratch.tags
    }

    /// [`viterbi`] for this model's integer scores, the same result with only the allowed
    /// moves: into `O` and `B-` tags from all tags (lanes the compiler vectorises), into `I-X`
    /// from `B-X` and `I-X` alone.
    fn decode(&self, emissions: &[i32], n: usize, back: &mut Vec<u8>, out: &mut Vec<u8>) {
        out.clear();
        if n == 0 || emissions.len() < n * TAGS {
            return;
        }
        back.clear();
        back.resize(n * ROW, 0);
        let em = |i: usize| -> [i32; ROW] {
            let mut e = [0; ROW];
            e[..TAGS].copy_from_slice(&emissions[i * TAGS..(i + 1) * TAGS]);
            e
        };
        let mut best = self.start;
        for (b, e) in best.iter_mut().zip(em(0)) {
            *b = b.wrapping_add(e);
        }
        for i in 1..n {
            let mut s = [i32::MIN; OPENS];
            let mut arg = [0i32; OPENS];
            for (p, moves) in self.open.iter().enumerate() {
                let b = best[p];
                for j in 0..OPENS {
                    let v = b.wrapping_add(moves[j]);
                    let gt = v > s[j];
                    s[j] = if gt { v } else { s[j] };
                    arg[j] = if gt { p as i32 } else { arg[j] };
                }
            }
            let e = em(i);
            let bk = &mut back[i * ROW..(i + 1) * ROW];
            let mut next = [NEG; ROW];
            for (j, &t) in OPEN.iter().enumerate() {
                next[t] = s[j].wrapping_add(e[t]);
                bk[t] = arg[j] as u8;
            }
            for (l, m) in self.inner.iter().enumerate() {
                let (b, t) = (1 + 2 * l, 2 + 2 * l);
                let from_b = best[b].wrapping_add(m[0]);
                let from_i = best[t].wrapping_add(m[1]);
                let (v, p) = if from_i > from_b {
                    (from_i, t)
                } else {
                    (from_b, b)
                };
                next[t] = v.wrapping_add(e[t]);
                bk[t] = p as u8;
            }
            // Scores are kept relative to O's so they stay small on any line length.
            let base = next[0];
            for (b, &x) in best.iter_mut().zip(&next) {
                *b = x.wrapping_sub(base).max(NEG);
            }
        }
        let mut last = 0usize;
        for t in 1..TAGS {
            if best[t] > best[last] {
                last = t;
            }
        }
        out.resize(n, 0);
        out[n - 1] = last as u8;
        for i in (1..n).rev() {
            last = back[i * ROW + last] as usize % TAGS;
            out[i - 1] = last as u8;
        }
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
        for n in [1, 2, 5] {
            let mut em = vec![0i32; n * TAGS];
            for i in 0..n {
                em[i * TAGS + 2] = 10;
                em[i * TAGS + 4] = if i == 1 { 50 } else { 0 };
            }
            let tr = vec![0i32; (TAGS + 1) * TAGS];
            let (mut k, mut out) = (Vec::new(), Vec::new());
            viterbi(&em, n, &tr, &mut k, &mut out);
            assert_eq!(out.len(), n);
            let mut prev = None;
            for &t in &out {
                assert!(allowed(prev, t), "{out:?}");
                prev = Some(t);
            }
        }
    }

    #[test]
    fn fast_decoding_matches_the_reference_viterbi() {
        let raw = RawModel {
            scale: 1.0,
            transitions: (0..((TAGS + 1) * TAGS) as i32)
                .map(|k| (k * 7919) % 61 - 30)
                .collect(),
            bucket_bits: 4,
            features: Vec::new(),
        };
        let m = Model::from_bytes(&raw.encode()).unwrap();
        let mut seed = 12345u64;
        for n in [1usize, 2, 3, 17, 200] {
            let em: Vec<i32> = (0..n * TAGS)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 40) % 200) as i32 - 100
                })
                .collect();
            let (mut k, mut want, mut got) = (Vec::new(), Vec::new(), Vec::new());
            viterbi(&em, n, &raw.transitions, &mut k, &mut want);
            m.decode(&em, n, &mut k, &mut got);
            let score = |tags: &[u8]| -> i32 {
                let mut prev = TAGS;
                let mut total = 0;
                for (i, &t) in tags.iter().enumerate() {
                    total += raw.transitions[prev * TAGS + t as usize] + em[i * TAGS + t as usize];
                    prev = t as usize;
                }
                total
            };
            assert_eq!(got.len(), n);
            assert_eq!(score(&got), score(&want), "n={n}");
            let mut prev = None;
            for &t in &got {
                assert!(allowed(prev, t));
                prev = Some(t);
            }
        }
    }

    #[test]
    fn encode_then_decode_round_trips() {
        let mut raw = RawModel {
            scale: 0.5,
            transitions: (0..((TAGS + 1) * TAGS) as i32).collect(),
            bucket_bits: 4,
            features: Vec::new(),
        };
        let hashes: Vec<u64> = (1..=20u64)
            .map(|k| k.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        for (i, &h) in hashes.iter().enumerate() {
            let mut w = [0i8; TAGS];
            w[i % TAGS] = 3 + i as i8;
            w[(i + 5) % TAGS] = -1;
            raw.features.push((h, w));
        }
        let placed = raw.place();
        let m = Model::from_bytes(&raw.encode()).unwrap();
        assert_eq!(m.feature_count() + placed.dropped, hashes.len());
        for p in 0..TAGS {
            for (j, &c) in OPEN.iter().enumerate() {
                assert_eq!(m.open[p][j], raw.transitions[p * TAGS + c]);
            }
        }
        assert_eq!(
            m.inner[0],
            [raw.transitions[TAGS + 2], raw.transitions[2 * TAGS + 2]]
        );
        assert_eq!(m.start[0], raw.transitions[TAGS * TAGS]);
        let mut found = 0;
        for (h, w) in &raw.features {
            let row = m.row(*h);
            if row.iter().zip(w).all(|(&a, &b)| a == b as i32) {
                found += 1;
            } else {
                assert_eq!(row, [0; TAGS]);
            }
        }
        assert_eq!(found, m.feature_count());
        assert_eq!(m.row(0xDEAD_BEEF_0000_0000), [0; TAGS]);
        assert!(Model::from_bytes(&raw.encode()[..20]).is_err());
        let mut bad = raw.encode();
        bad.pop();
        assert!(Model::from_bytes(&bad).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
