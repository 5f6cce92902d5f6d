//! # yoyak for JavaScript
//!
//! A wasm-bindgen package exporting the yoyak pipeline to plain JavaScript, no framework needed:
//!
//! ```js
//! import init, { analyze, summarize, tag } from './yoyak_wasm.js';
//! await init();
//! const a = analyze(text, { summary: { sentences: 3 } });   // the whole Analysis
//! const s = summarize(text, 3);                           // { sentences, indices, scores }
//! const e = tag(text);                                    // [{ text, label, start, end, … }]
//! ```
//!
//! Results are plain JS objects (serde-wasm-bindgen, maps as objects); errors are thrown as JS
//! `Error`s with the core's message. TypeScript shapes are in the generated `.d.ts`, derived from
//! the Rust types ([`types`]).
//!
//! `summarize(text, k)` gives the same sentences as the yoyak app at summary length `k` (it runs
//! the same `analyze` with `SummaryLength::Sentences(k)`).

#![deny(missing_docs)]

pub mod types;

use serde::{Deserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use yoyak::{AnalyzeOptions, Label, SummaryLength};

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

fn options_from(options: JsValue) -> Result<AnalyzeOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(AnalyzeOptions::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))
}

/// Runs the whole pipeline (clean, split, summarise, keywords, entities) on `text`.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = options_from(options)?;
    let analysis = yoyak::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// Result of `summarize`: the chosen sentences in article order.
#[derive(Serialize, Deserialize, Tsify)]
struct SummaryResult {
    sentences: Vec<String>,
    indices: Vec<usize>,
    scores: Vec<f64>,
    title: Option<String>,
}

/// The `k` most central sentences of the article in `text` (cleaned first), in article order.
#[wasm_bindgen(unchecked_return_type = "SummaryResult")]
pub fn summarize(text: &str, k: u32) -> Result<JsValue, JsError> {
    // The same sentences as the app's analysis, without the keywords and entities it discards.
    let options = AnalyzeOptions {
        summary: SummaryLength::Sentences((k as usize).max(1)),
        keywords: 0,
        entities: false,
        ..AnalyzeOptions::default()
    };
    let a = yoyak::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let sentences = a
        .summary
        .indices
        .iter()
        .filter_map(|&i| a.sentences.get(i).map(|s| s.text.clone()))
        .collect();
    to_js(&SummaryResult {
        sentences,
        indices: a.summary.indices,
        scores: a.summary.scores,
        title: a.clean.title,
    })
}

/// One entity found by `tag`: `text.slice(start, end)` is the mention (UTF-16 offsets, as JS
/// strings count); `char_start`/`char_end` count Unicode scalars, `byte_*` UTF-8 bytes.
#[derive(Serialize, Tsify)]
struct Tagged {
    text: String,
    #[tsify(type = "Label")]
    label: Label,
    /// UTF-16 offsets into the text as given: what JS string methods count.
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
}

/// The entities of `text` as given (no cleaning), in text order.
#[wasm_bindgen(unchecked_return_type = "Tagged[]")]
pub fn tag(text: &str) -> Result<JsValue, JsError> {
    // Entities come in text order, so one forward scan converts every offset to UTF-16.
    let mut at = (0usize, 0usize);
    let mut utf16 = |byte: usize| -> usize {
        if byte < at.0 {
            at = (0, 0);
        }
        let piece = text.get(at.0..byte).unwrap_or("");
        at = (byte, at.1 + piece.encode_utf16().count());
        at.1
    };
    let tagged: Vec<Tagged> = yoyak::entity::tag(text)
        .into_iter()
        .map(|e| Tagged {
            start: utf16(e.span.byte_start),
            end: utf16(e.span.byte_end),
            text: e.text,
            label: e.label,
            char_start: e.span.char_start,
            char_end: e.span.char_end,
            byte_start: e.span.byte_start,
            byte_end: e.span.byte_end,
        })
        .collect();
    to_js(&tagged)
}

/// The yoyak version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
