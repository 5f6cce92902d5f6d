//! The messages between the page and the analysis worker.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yoyak::{Analysis, AnalyzeOptions, SummaryLength};

/// What a request is for. The worker echoes it back, so the page needs no table of pending
/// requests and can drop answers that are out of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Job {
    /// The library's analysis of an article (default options).
    Library {
        /// The article's id.
        id: String,
    },
    /// The reader's analysis of an article with a chosen summary length.
    Reader {
        /// The article's id.
        id: String,
        /// The summary length asked for.
        length: LengthChoice,
    },
    /// The paste box, as of edit number `seq`.
    Draft {
        /// The edit the request was made for.
        seq: u64,
        /// The summary length asked for.
        length: LengthChoice,
    },
}

/// A request to analyse one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// What it is for.
    pub job: Job,
    /// The text, as pasted or bundled.
    pub text: String,
    /// Pipeline options.
    pub options: AnalyzeOptions,
}

/// The worker's answer to a [`Request`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's job.
    pub job: Job,
    /// The analysis, or the core's error message (shown to the user as is).
    pub result: Result<Analysis, String>,
}

/// The summary length the user chose, in the form the controls offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LengthChoice {
    /// This many sentences.
    Sentences(usize),
    /// This percentage of the sentences (1 to 100).
    Percent(u8),
    /// Every sentence.
    All,
}

impl Default for LengthChoice {
    fn default() -> Self {
        LengthChoice::Sentences(3)
    }
}

impl LengthChoice {
    /// The core's summary length for this choice.
    pub fn summary_length(self) -> SummaryLength {
        match self {
            LengthChoice::Sentences(n) => SummaryLength::Sentences(n.max(1)),
            LengthChoice::Percent(p) => SummaryLength::Ratio(f64::from(p.clamp(1, 100)) / 100.0),
            LengthChoice::All => SummaryLength::Ratio(1.0),
        }
    }

    /// Analysis options that ask for this summary length.
    pub fn options(self) -> AnalyzeOptions {
        AnalyzeOptions {
            summary: self.summary_length(),
            ..AnalyzeOptions::default()
        }
    }
}

/// Worker message encoding: structured-clone JS values via `serde-wasm-bindgen`.
///
/// gloo-worker's default (bincode) is not self-describing and breaks on serde attributes such as
/// `skip_serializing_if`, which the core's types may gain; JS values carry field names.
#[derive(Debug)]
pub struct JsCodec;

impl gloo_worker::Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
        // Only our own message types pass through here and they all serialise.
        input
            .serialize(&serializer)
            .unwrap_or_else(|e| wasm_bindgen::throw_str(&format!("worker message: {e}")))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // Page and worker are built from the same source, so a mismatch is a build bug.
        serde_wasm_bindgen::from_value(input)
            .unwrap_or_else(|e| wasm_bindgen::throw_str(&format!("worker message: {e}")))
    }
}
