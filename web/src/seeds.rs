//! The articles bundled with the app: every `seeds/*.txt`, compiled in by `build.rs`.

/// `(id, text)` of each bundled article, the id being the file's stem.
pub const SEEDS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
