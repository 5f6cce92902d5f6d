//! From float weights to the shipped file: quantized to `i8` units, pruned, an O bonus folded
//! into the transitions, zstd-compressed.

use yoyak::entity::model::{RawModel, SLOTS, TAGS};

use crate::TrainError;

/// The model of float weights `w` (`hashes.len() × TAGS`) and transitions `t` in `i8` units:
/// features whose largest weight is below `prune` units are left out, and the table is sized so
/// they fill at most `max_load` of its slots. Returns it with the float value of one unit.
pub(crate) fn quantize(
    w: &[f32],
    t: &[f32],
    hashes: &[u64],
    prune: i8,
    max_load: f64,
) -> (RawModel, f32) {
    let mut mags: Vec<f32> = w.iter().filter(|x| **x != 0.0).map(|x| x.abs()).collect();
    let scale = if mags.is_empty() {
        1.0
    } else {
        // The 99.999th percentile maps to 127: the few larger weights (biases, script classes) are clipped, and small
        // weights keep more resolution than a max-based scale would leave them.
        let q: f64 = std::env::var("YNER_Q")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.99999);
        let k = ((mags.len() as f64) * q) as usize;
        let k = k.min(mags.len() - 1);
        let (_, v, _) = mags.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
        (*v / 127.0).max(1e-6)
    };
    let mut raw = RawModel {
        scale,
        transitions: t.iter().map(|&x| (x / scale).round() as i32).collect(),
        bucket_bits: 0,
        features: Vec::new(),
    };
    for (id, &h) in hashes.iter().enumerate() {
        let mut row = [0i8; TAGS];
        let mut max = 0i8;
        for (k, r) in row.iter_mut().enumerate() {
            let q = (w[id * TAGS + k] / scale).round().clamp(-127.0, 127.0) as i8;
            *r = q;
            max = max.max(q.saturating_abs());
        }
        if max >= prune.max(1) {
            raw.features.push((h, row));
        }
    }
    raw.bucket_bits = 4;
    while (raw.features.len() as f64) > max_load * (SLOTS << raw.bucket_bits) as f64 {
        raw.bucket_bits += 1;
    }
    (raw, scale)
}

/// Adds `bias` units to every transition into O.
pub(crate) fn add_o_bias(raw: &mut RawModel, bias: i32) {
    for prev in 0..=TAGS {
        if let Some(t) = raw.transitions.get_mut(prev * TAGS) {
            *t += bias;
        }
    }
}

/// The encoded, compressed model file.
pub(crate) fn compress(raw: &RawModel) -> Result<Vec<u8>, TrainError> {
    // One-shot compression records the content size in the frame: the loader needs it.
    zstd::bulk::compress(&raw.encode(), 19).map_err(|e| TrainError(format!("zstd: {e}")))
}
