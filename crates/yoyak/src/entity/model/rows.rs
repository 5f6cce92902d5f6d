//! The table lookup: a feature's row of weights, summed per char as 16-bit lanes of `u64`s.

use super::{bucket_of, fingerprint, Model, ROW, SLOTS};

/// How many features ahead of the current lookup [`Model::prefetch`] asks for a bucket.
pub(super) const PREFETCH: usize = 16;

/// [`SLOTS`] slots of `TAGS` weights with the fingerprint in the last byte (0 = empty).
/// Weights are stored plus 128, as `u8`: rows then add as 16-bit lanes of plain `u64`s
/// (see [`Model::add_row`]), which is fast without SIMD; the page's SIMD worker build adds
/// them with wasm SIMD instead (`Model::add_row_simd`, the `simd` feature).
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(super) struct Bucket(pub(super) [[u8; ROW]; SLOTS]);

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
pub(super) type Lanes = [u64; 4];

/// Tag `t`'s sum from [`Lanes`] after `n` rows were added.
#[inline(always)]
pub(super) fn lane(acc: &Lanes, t: usize, n: usize) -> i32 {
    let word = (t >> 3) << 1 | (t & 1);
    let shift = ((t & 7) >> 1) * 16;
    ((acc[word] >> shift) & 0xFFFF) as i32 - 128 * n as i32
}

impl Model {
    /// Asks for the bucket of `hash` ahead of its lookup: the lookups of a char are too few to
    /// keep enough memory loads in flight on their own.
    #[inline(always)]
    pub(super) fn prefetch(&self, hash: u64) {
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

    /// The slot of the feature `hash` and a mask that keeps it (all ones) or, for a feature
    /// the model does not know, turns it into zeros (128s as stored) (all zeros).
    #[inline(always)]
    fn slot(&self, hash: u64) -> (&[u8; ROW], u64) {
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
        (slot, keep)
    }

    /// Adds the weights of the feature `hash` to `acc`: zeros (128s as stored) for a feature
    /// the model does not know.
    #[inline(always)]
    pub(super) fn add_row(&self, hash: u64, acc: &mut Lanes) {
        let (slot, keep) = self.slot(hash);
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

    /// [`Model::add_row`] with wasm SIMD: one 16-byte load, the miss select and the spread of
    /// bytes into 16-bit lanes as single instructions; the lanes land exactly where the scalar
    /// path puts them (the browser test compares the two builds' entities).
    #[cfg(all(target_arch = "wasm32", feature = "simd"))]
    #[target_feature(enable = "simd128")]
    #[inline]
    pub(super) fn add_row_simd(&self, hash: u64, acc: &mut Lanes) {
        use core::arch::wasm32::{
            i16x8_add, i8x16_shuffle, u64x2, u64x2_extract_lane, u64x2_splat, u8x16_splat, v128,
            v128_bitselect, v128_load,
        };
        let (slot, keep) = self.slot(hash);
        // SAFETY: `slot` is a `[u8; ROW]`, 16 readable bytes; `v128_load` needs no alignment.
        let row = unsafe { v128_load(slot.as_ptr() as *const v128) };
        let row = v128_bitselect(row, u8x16_splat(0x80), u64x2_splat(keep));
        let z = u8x16_splat(0);
        // Even bytes then odd bytes of each half, each widened to 16 bits.
        let lo = i8x16_shuffle::<0, 16, 2, 16, 4, 16, 6, 16, 1, 16, 3, 16, 5, 16, 7, 16>(row, z);
        let hi =
            i8x16_shuffle::<8, 16, 10, 16, 12, 16, 14, 16, 9, 16, 11, 16, 13, 16, 15, 16>(row, z);
        let a = i16x8_add(u64x2(acc[0], acc[1]), lo);
        let b = i16x8_add(u64x2(acc[2], acc[3]), hi);
        *acc = [
            u64x2_extract_lane::<0>(a),
            u64x2_extract_lane::<1>(a),
            u64x2_extract_lane::<0>(b),
            u64x2_extract_lane::<1>(b),
        ];
    }

    /// The weights of a feature; zeros for one the model does not know.
    #[cfg(test)]
    pub(super) fn row(&self, hash: u64) -> [i32; super::TAGS] {
        let mut acc = [0; 4];
        self.add_row(hash, &mut acc);
        std::array::from_fn(|t| lane(&acc, t, 1))
    }
}
