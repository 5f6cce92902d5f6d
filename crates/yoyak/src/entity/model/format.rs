//! Reading and writing the model file (its layout is in the [`super`] docs): the trainer's
//! [`RawModel`] placed into buckets and encoded, and the loader that builds a [`Model`] from it.

use super::decode::{NEG, OPEN, OPENS};
use super::rows::Bucket;
use super::{allowed, bucket_of, fingerprint, Model, ROW, SLOTS, TAGS};
use crate::errors::{Error, Result};

/// Largest table the loader accepts (2^22 buckets, 256 MiB): a guard against corrupt files.
const MAX_BUCKET_BITS: u32 = 22;

const MAGIC: &[u8; 8] = b"YNERv2\0\0";

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
}

#[cfg(test)]
mod tests {
    use super::*;

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
