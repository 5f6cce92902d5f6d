//! From tags to entities: a line's tag sequence, its spans, and the entities of a text.

use super::features;
use super::rows::{lane, Lanes, PREFETCH};
use super::{tag_label, Model, ROW, TAGS};
use crate::entity::{Entity, Label, Origin};
use crate::text::CharIndex;

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

/// Reusable working buffers of [`Model::tag_with`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    extractor: features::Extractor,
    emissions: Vec<i32>,
    scores: Vec<[i32; ROW]>,
    tags: Vec<u8>,
}

impl Scratch {
    /// The feature extractor, e.g. to set [`features::Extractor::skip`] for an ablation.
    pub fn extractor_mut(&mut self) -> &mut features::Extractor {
        &mut self.extractor
    }
}

impl Model {
    /// The tag sequence of one line (no newlines expected, but any text works); the line's chars
    /// and byte offsets are left in `scratch`.
    pub fn tag_line<'s>(&self, line: &str, scratch: &'s mut Scratch) -> &'s [u8] {
        let x = &mut scratch.extractor;
        x.extract(line);
        let n = x.chars().len();
        self.emissions(x, &mut scratch.emissions);
        self.decode(
            &scratch.emissions,
            n,
            &mut scratch.scores,
            &mut scratch.tags,
        );
        &scratch.tags
    }

    /// Every char's score per tag, `TAGS` per char, from the features `x` extracted.
    fn emissions(&self, x: &features::Extractor, out: &mut Vec<i32>) {
        #[cfg(all(target_arch = "wasm32", feature = "simd"))]
        self.emissions_simd(x, out);
        #[cfg(not(all(target_arch = "wasm32", feature = "simd")))]
        self.emissions_with::<false>(x, out);
    }

    /// [`Model::emissions`] compiled with wasm SIMD (the `simd` feature, for the page's
    /// second worker build: engines without SIMD get the other build, chosen at load).
    #[cfg(all(target_arch = "wasm32", feature = "simd"))]
    #[target_feature(enable = "simd128")]
    fn emissions_simd(&self, x: &features::Extractor, out: &mut Vec<i32>) {
        self.emissions_with::<true>(x, out);
    }

    #[inline(always)]
    fn emissions_with<const SIMD: bool>(&self, x: &features::Extractor, out: &mut Vec<i32>) {
        out.clear();
        out.reserve(x.chars().len() * TAGS);
        for fs in x.offsets.windows(2) {
            // 16-bit lanes: at most a few dozen features (far below 256) of at most 255 each.
            let mut acc: Lanes = [0; 4];
            let end = fs[1].min(x.features.len());
            for j in fs[0]..end {
                if let Some(&ahead) = x.features.get(j + PREFETCH) {
                    self.prefetch(ahead);
                }
                if SIMD {
                    #[cfg(all(target_arch = "wasm32", feature = "simd"))]
                    self.add_row_simd(x.features[j], &mut acc);
                } else {
                    self.add_row(x.features[j], &mut acc);
                }
            }
            let count = end.saturating_sub(fs[0]);
            out.extend((0..TAGS).map(|t| lane(&acc, t, count)));
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
