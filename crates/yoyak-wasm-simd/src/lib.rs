//! The yoyak JavaScript API ([`yoyak_wasm`]) compiled with wasm SIMD in the tagger's row sums:
//! the same functions, for engines that validate SIMD. The bench page loads it there.

#![deny(missing_docs)]

pub use yoyak_wasm::*;
