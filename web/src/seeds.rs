//! The articles bundled with the app: every `seeds/*.txt`, compiled in by `build.rs`, with
//! their library analyses, made by `build.rs` too.

use yoyak::Analysis;

/// `(id, text)` of each bundled article, the id being the file's stem.
pub const SEEDS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// `(id, library analysis as JSON)` of each bundled article that analyses, made at build time
/// by the same code and model as the worker's, so the library needs no worker to show them.
const ANALYSES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/analyses.rs"));

/// The bundled articles' library analyses, `(id, analysis)`. Decoding the five takes a few
/// milliseconds, against about a second for the worker's wasm and model on a first visit. One
/// that does not decode (it cannot, short of a build bug) is left to the worker.
pub fn analyses() -> Vec<(String, Analysis)> {
    ANALYSES
        .iter()
        .filter_map(|(id, json)| Some(((*id).to_string(), serde_json::from_str(json).ok()?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Job, LengthChoice};

    /// Exactly, floats included (serde_json's `float_roundtrip`): the cards, the reader and the
    /// entity index see what the worker would have sent.
    #[test]
    fn the_bundled_analyses_are_what_the_worker_would_answer() {
        let analyses = analyses();
        assert_eq!(
            analyses.len(),
            SEEDS.len(),
            "every seed is analysed at build time"
        );
        for ((id, text), (analysed, analysis)) in SEEDS.iter().zip(&analyses) {
            assert_eq!(id, analysed);
            let job = Job::Library { id: id.to_string() };
            let fresh = yoyak::Analyzer::new(job.options(LengthChoice::default())).analyze(text);
            assert_eq!(fresh.as_ref(), Ok(analysis), "{id}");
            assert!(!analysis.entities.is_empty(), "{id} has its entities");
        }
    }
}
