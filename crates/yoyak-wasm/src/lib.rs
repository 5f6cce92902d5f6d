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
//! `Error`s with the core's message. TypeScript shapes are in the generated `.d.ts`.
//!
//! `summarize(text, k)` gives the same sentences as the yoyak app at summary length `k` (it runs
//! the same `analyze` with `SummaryLength::Sentences(k)`).

#![deny(missing_docs)]

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use yoyak::{AnalyzeOptions, Label, SummaryLength};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A place in the text: UTF-8 byte offsets and Unicode scalar (char) offsets, end exclusive. */
export interface Span { byte_start: number; byte_end: number; char_start: number; char_end: number; }
/** Entity types (KLUE scheme plus machine-readable kinds). */
export type Label = "PS" | "OG" | "LC" | "AF" | "DT" | "TI" | "QT" | "EMAIL" | "URL" | "STOCK";
/** Summary length: a number of sentences or a share (0–1] of them. */
export type SummaryLength = { sentences: number } | { ratio: number };
/** Options of `analyze`; every field is optional. */
export interface AnalyzeOptions {
  summary?: SummaryLength;
  /** How many keywords (default 10). */
  keywords?: number;
  /** Find entities (default true). */
  entities?: boolean;
  /** Run the cleaner (default true); false for text that is already just the article. */
  clean?: boolean;
  /** Longest input accepted, in bytes (default 8 MiB). */
  max_input_bytes?: number;
}
export interface Entity { span: Span; label: Label; text: string; origin: "rule" | "model"; }
/** An entity with all its mentions (`[char_start, char_end]` in `clean.body`). */
export interface Group { label: Label; name: string; count: number; mentions: [number, number][]; }
export interface Keyword { text: string; score: number; count: number; }
export interface Sentence { span: Span; paragraph: number; text: string; }
export interface Summary { indices: number[]; scores: number[]; sentence_scores: number[]; }
export interface Metadata {
  title: string | null; publisher: string | null;
  reporters: { name: string; email: string | null }[];
  published: string | null;
  stock_codes: { code: string; company: string | null }[];
}
export interface Cleaned {
  title: string | null; body: string;
  paragraphs: { span: Span; source: Span }[];
  site_summary: string[]; captions: { text: string; source: Span }[]; metadata: Metadata;
  removed: { text: string; reason: string; source: Span }[]; subheadings: string[];
}
/** Result of `analyze`. All spans index `clean.body`. */
export interface Analysis {
  clean: Cleaned; sentences: Sentence[]; summary: Summary; keywords: Keyword[]; entities: Entity[];
  groups: Group[];
}
/** Result of `summarize`: the chosen sentences in article order. */
export interface SummaryResult { sentences: string[]; indices: number[]; scores: number[]; title: string | null; }
/** One entity found by `tag`: `text.slice(start, end)` is the mention (UTF-16 offsets, as JS
 * strings count); `char_start`/`char_end` count Unicode scalars, `byte_*` UTF-8 bytes. */
export interface Tagged {
  text: string; label: Label; start: number; end: number;
  char_start: number; char_end: number; byte_start: number; byte_end: number;
}
"#;

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

/// What [`summarize`] returns.
#[derive(Serialize, Deserialize)]
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

/// One entity found by [`tag`].
#[derive(Serialize)]
struct Tagged {
    text: String,
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
