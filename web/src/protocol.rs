//! The messages between the page and the analysis worker.

use crate::layout::Picture;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yoyak::corpus::{Associate, Dated, EntityDetail, SearchResult, SortBy};
use yoyak::{Analysis, AnalyzeOptions, Entity, Label, Sentence, SummaryLength};

/// What a request is for. The worker echoes it back, so the page needs no table of pending
/// requests and can drop answers that are out of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Job {
    /// The library's first, quick analysis of an article: the summary and keywords without
    /// entities, so the library shows before the tagger's model is even decoded. Not indexed;
    /// a [`Job::Library`] request for the same article follows.
    Preview {
        /// The article's id.
        id: String,
    },
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
    /// The worker's WebAssembly memory, in bytes, when it answered (the soak test follows it).
    pub memory_bytes: u64,
    /// How long the analysis (and, for the library, indexing it) took in the worker, in ms.
    pub analysis_ms: f64,
}

/// Everything the page asks of the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Input {
    /// Analyse a text. Library analyses are also added to the worker's entity index.
    Analyze(Request),
    /// Drop an article (deleted by the user) from the entity index.
    Forget(String),
    /// Add an analysis the page already has (a bundled article's, made at build time) to the
    /// entity index, instead of analysing the article again.
    Index {
        /// The article's id.
        id: String,
        /// Its library analysis.
        analysis: Box<Analysis>,
    },
    /// Ask the entity index.
    Explore(Query),
}

/// Most sentences in one [`Part`].
pub const PART_SENTENCES: usize = 4000;
/// Most entities in one [`Part`].
pub const PART_ENTITIES: usize = 8000;

/// Everything the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Output {
    /// The answer to [`Input::Analyze`] (boxed: an analysis is large, on 64-bit hosts too).
    /// When parts came before it for the same job, its sentences and entities are theirs.
    Analysis(Box<Response>),
    /// Sentences and entities of a long text's analysis, sent ahead of its
    /// [`Output::Analysis`] a few thousand at a time: the page decodes each message in a task
    /// of its own, where the whole analysis of a 5 MB text in one message would block it for
    /// about a second.
    Part(Box<Part>),
    /// The answer to [`Input::Explore`].
    Explored(Box<Explored>),
}

/// A slice of an analysis' sentences and entities, in order (see [`Output::Part`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// The request's job.
    pub job: Job,
    /// The next sentences.
    pub sentences: Vec<Sentence>,
    /// The next entities.
    pub entities: Vec<Entity>,
}

impl Part {
    /// Takes the sentences and entities out of a long `analysis` as parts for `job`, leaving
    /// them empty; a short analysis gives no parts and is left whole.
    pub fn split(job: &Job, analysis: &mut Analysis) -> Vec<Part> {
        if analysis.sentences.len() <= PART_SENTENCES && analysis.entities.len() <= PART_ENTITIES {
            return Vec::new();
        }
        let mut sentences = std::mem::take(&mut analysis.sentences).into_iter();
        let mut entities = std::mem::take(&mut analysis.entities).into_iter();
        let mut parts = Vec::new();
        loop {
            let s: Vec<Sentence> = sentences.by_ref().take(PART_SENTENCES).collect();
            let e: Vec<Entity> = entities.by_ref().take(PART_ENTITIES).collect();
            if s.is_empty() && e.is_empty() {
                return parts;
            }
            parts.push(Part {
                job: job.clone(),
                sentences: s,
                entities: e,
            });
        }
    }

    /// Puts parts back into the analysis they were taken from.
    pub fn join(analysis: &mut Analysis, parts: Vec<Part>) {
        for part in parts {
            analysis.sentences.extend(part.sentences);
            analysis.entities.extend(part.entities);
        }
    }
}

/// A question to the entity index (see `yoyak::corpus::Index`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Query {
    /// Entities by (partial) name.
    Search {
        /// What the user typed.
        text: String,
        /// Labels to keep (empty: all).
        labels: Vec<Label>,
        /// Order.
        sort: SortBy,
        /// Most rows wanted.
        limit: usize,
    },
    /// One entity: its sentences and the entities seen with it.
    Entity {
        /// Its id.
        id: String,
    },
    /// The co-occurrence network of the most mentioned named entities.
    Network {
        /// How many nodes.
        top: usize,
    },
    /// The articles by publication date.
    Timeline,
}

/// The index's answer to a [`Query`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explored {
    /// The question.
    pub query: Query,
    /// Articles in the index when it answered.
    pub indexed: usize,
    /// The answer.
    pub answer: Answer,
}

impl Explored {
    /// The answer if it is a search's.
    pub fn search(&self) -> Option<&SearchResult> {
        match &self.answer {
            Answer::Search(r) => Some(r),
            _ => None,
        }
    }

    /// The answer if it is the network's.
    pub fn network(&self) -> Option<&Picture> {
        match &self.answer {
            Answer::Network(n) => Some(n),
            _ => None,
        }
    }

    /// The answer if it is the timeline's.
    pub fn timeline(&self) -> Option<&[Dated]> {
        match &self.answer {
            Answer::Timeline(t) => Some(t),
            _ => None,
        }
    }
}

/// The answers, one per kind of [`Query`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// Matching entities.
    Search(SearchResult),
    /// The entity (none if no indexed article mentions it) and its associates.
    Entity(Option<EntityDetail>, Vec<Associate>),
    /// Nodes with positions, and edges.
    Network(Picture),
    /// Articles oldest first, undated last.
    Timeline(Vec<Dated>),
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

impl Job {
    /// The options this job is analysed with, at summary length `length`.
    pub fn options(&self, length: LengthChoice) -> AnalyzeOptions {
        match self {
            // The tagger is most of the analysis' time and needs the decoded model.
            Job::Preview { .. } => AnalyzeOptions {
                entities: false,
                ..length.options()
            },
            _ => length.options(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_analysis_travels_in_parts_and_comes_back_whole() {
        let text: String = (0..9000)
            .map(|i| format!("삼성전자는 {i}일 서울에서 발표했다. "))
            .collect();
        let options = AnalyzeOptions {
            max_input_bytes: usize::MAX,
            ..AnalyzeOptions::default()
        };
        let Ok(whole) = yoyak::Analyzer::new(options).analyze(&text) else {
            panic!("the text analyses");
        };
        assert!(whole.sentences.len() > 2 * PART_SENTENCES);
        let job = Job::Draft {
            seq: 1,
            length: LengthChoice::default(),
        };
        let mut head = whole.clone();
        let parts = Part::split(&job, &mut head);
        assert!(parts.len() >= 3);
        assert!(head.sentences.is_empty() && head.entities.is_empty());
        assert!(parts
            .iter()
            .all(|p| p.sentences.len() <= PART_SENTENCES && p.entities.len() <= PART_ENTITIES));
        Part::join(&mut head, parts);
        assert_eq!(head, whole);

        // A short one stays whole.
        let mut short = whole.clone();
        short.sentences.truncate(10);
        short.entities.truncate(10);
        let kept = short.clone();
        assert!(Part::split(&job, &mut short).is_empty());
        assert_eq!(short, kept);
    }
}
