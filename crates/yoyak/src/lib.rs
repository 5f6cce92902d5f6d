//! # yoyak — Korean news, summarised
//!
//! yoyak (요약, "summary") takes a Korean news article as it comes — copied from a portal page
//! with its clutter, pasted HTML, or clean text — and returns the article body, its sentences, an
//! extractive summary, keywords and entities. It is pure Rust with no web dependencies and builds
//! for `wasm32-unknown-unknown`, so the same code runs in the `yoyak` command and in the browser.
//!
//! ## Usage
//!
//! [`analyze`] runs the whole pipeline: [`clean`](clean::clean) → [`split`](segment::split) →
//! [`summarize`](summarize::summarize), [`keywords`](keywords::keywords) and
//! [`entity::tag`]. Each stage is public and can be used on its own. Every result carries
//! [`Span`]s with both byte and char ranges into the text it was computed from (for a full
//! analysis, [`Cleaned::body`](clean::Cleaned::body)); no stage rewrites the text.
//!
//! To analyse many texts, keep one [`Analyzer`]: it reuses its buffers across calls.
//!
//! ## Examples
//!
//! ```
//! let page = "카카오, AI 조직 신설\n\
//!     카카오(035720)가 AI 전담 조직을 신설했다. 지난해 8월 발표한 계획에 따른 것이다.\n\
//!     회사는 올해 1분기 매출 1406억원을 기록했다고 밝혔다.\n\
//!     양지혜 기자 hoje@sedaily.com\n";
//! let analysis = yoyak::analyze(page, &yoyak::AnalyzeOptions::default()).unwrap();
//! assert!(!analysis.sentences.is_empty());
//! for i in &analysis.summary.indices {
//!     println!("{}", analysis.sentences[*i].text);
//! }
//! ```
//!
//! Splitting alone:
//!
//! ```
//! let text = "주가는 1.5% 올랐다. 회사는 \"계획대로 간다\"고 말했다.";
//! let sentences = yoyak::segment::split(text);
//! assert_eq!(sentences[0].slice(text), "주가는 1.5% 올랐다.");
//! ```
//!
//! ## Performance
//!
//! Every stage is linear or near-linear in the text's length: the splitter scans once, then its
//! learned pass reads each gap the rules left uncut once more (a fixed number of feature lookups
//! per gap; it costs about 40% of the splitter's speed), and the tokenizer scans once (an
//! [`Analyzer`] tokenises each sentence once for the summary and the keywords both;
//! both rank with one PageRank over a sparse graph), the sentence graph only links sentences that share a stem (capped per stem), rule
//! entities come from one scan, the learned tagger is a linear-chain model with a fixed number
//! of feature lookups per char, and overlapping entities are resolved in O(n log n).
//!
//! On the development machine (2 cores) a 5 KB news page takes about 1 ms in all, most of it
//! the learned tagger (about 5.8 MiB/s); the rest of the pipeline about 0.3 ms. One megabyte of
//! article text takes about 225 ms. The embedded model decodes in about 13 ms, once per process.
//! See `docs/benchmarks.md` for every figure and the command that produced it.
//!
//! ## Untrusted input
//!
//! Any string is accepted without panicking. [`analyze`] refuses empty input and input over
//! [`AnalyzeOptions::max_input_bytes`] (default 8 MiB) with an [`Error`]; each stage's time
//! grows near-linearly with input size, so a hostile text cannot make it hang. Output text is
//! plain text: callers that render it as HTML must escape it.

#![deny(missing_docs)]

pub mod clean;
pub mod corpus;
pub mod entity;
pub mod errors;
pub mod keywords;
mod rank;
pub mod segment;
pub mod summarize;
pub mod text;
pub mod token;
pub mod trees;

use serde::{Deserialize, Serialize};

pub use crate::clean::Cleaned;
pub use crate::entity::{Entity, Label};
pub use crate::errors::{Error, Result};
pub use crate::keywords::Keyword;
pub use crate::summarize::{Summary, SummaryLength};
pub use crate::text::Span;

/// Options for [`analyze`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalyzeOptions {
    /// Summary length.
    pub summary: SummaryLength,
    /// How many keywords to return.
    pub keywords: usize,
    /// Whether to find entities (off when only the summary is wanted: the learned tagger is
    /// most of the analysis' time).
    pub entities: bool,
    /// Whether to run the cleaner (off for text that is already just the article).
    pub clean: bool,
    /// Longest input accepted, in bytes.
    pub max_input_bytes: usize,
}

/// Default for [`AnalyzeOptions::max_input_bytes`].
pub const DEFAULT_MAX_INPUT_BYTES: usize = 8 << 20;

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            summary: SummaryLength::default(),
            keywords: 10,
            entities: true,
            clean: true,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

/// One sentence of the analysed body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in the body.
    pub span: Span,
    /// Index of its paragraph in [`Cleaned::paragraphs`].
    pub paragraph: usize,
    /// Its text.
    pub text: String,
}

/// The whole analysis of one article. All spans index [`Cleaned::body`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The cleaned article and what was removed.
    pub clean: Cleaned,
    /// The body's sentences.
    pub sentences: Vec<Sentence>,
    /// The chosen summary sentences (indices into `sentences`).
    pub summary: Summary,
    /// Top keywords.
    pub keywords: Vec<Keyword>,
    /// Entities in the body.
    pub entities: Vec<Entity>,
    /// The entities grouped: every mention of one person, organisation or thing together
    /// ("정신아" … "정 대표"; "KoGPT" / "코(Ko)GPT").
    pub groups: Vec<entity::alias::Group>,
}

/// Checks that `input` is something to analyse.
pub fn check_input(input: &str, max_input_bytes: usize) -> Result<()> {
    if input.len() > max_input_bytes {
        return Err(Error::InputTooLarge {
            len: input.len(),
            max: max_input_bytes,
        });
    }
    if input.trim().is_empty() {
        return Err(Error::EmptyInput);
    }
    Ok(())
}

/// Decodes bytes as UTF-8, with an [`Error::InvalidUtf8`] that says where it went wrong.
pub fn from_utf8(bytes: &[u8]) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        valid_up_to: e.valid_up_to(),
    })
}

/// Runs the whole pipeline and keeps its working buffers between calls.
#[derive(Debug, Default)]
pub struct Analyzer {
    options: AnalyzeOptions,
    summarizer: summarize::Summarizer,
    tokens: token::TokenLists,
}

impl Analyzer {
    /// An analyzer with the given options.
    pub fn new(options: AnalyzeOptions) -> Self {
        Analyzer {
            options,
            summarizer: summarize::Summarizer::default(),
            tokens: token::TokenLists::default(),
        }
    }

    /// The options in use.
    pub fn options(&self) -> &AnalyzeOptions {
        &self.options
    }

    /// Analyses one article.
    pub fn analyze(&mut self, input: &str) -> Result<Analysis> {
        check_input(input, self.options.max_input_bytes)?;
        let cleaned = if self.options.clean {
            clean::clean(input)
        } else {
            clean::Cleaned::from_plain_text(input)
        };
        let body = cleaned.body.as_str();
        let mut sentences = Vec::new();
        for (p, paragraph) in cleaned.paragraphs.iter().enumerate() {
            let text = paragraph.span.slice(body);
            for s in segment::split(text) {
                let span = Span {
                    byte_start: paragraph.span.byte_start + s.byte_start,
                    byte_end: paragraph.span.byte_start + s.byte_end,
                    char_start: paragraph.span.char_start + s.char_start,
                    char_end: paragraph.span.char_start + s.char_end,
                };
                sentences.push(Sentence {
                    span,
                    paragraph: p,
                    text: span.slice(body).to_string(),
                });
            }
        }
        let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
        let title = cleaned.title.as_deref();
        let lead = sentences.iter().take_while(|s| s.paragraph == 0).count();
        // Tokenised once: the summary and the keywords read the same stems.
        self.tokens.clear();
        for text in texts.iter().chain(&title) {
            self.tokens.push(text);
        }
        let summary = self.summarizer.summarize_tokenized(
            &texts,
            title,
            lead,
            &self.tokens,
            self.options.summary,
        )?;
        let entities = if self.options.entities {
            entity::try_tag(body)?
        } else {
            Vec::new()
        };
        let groups = entity::alias::groups(body, &entities);
        let keywords = keywords::keywords_tokenized(
            body,
            &spans,
            title,
            &self.tokens,
            &groups,
            self.options.keywords,
        );
        Ok(Analysis {
            clean: cleaned,
            sentences,
            summary,
            keywords,
            entities,
            groups,
        })
    }
}

/// Analyses one article with the given options. See [`Analyzer`] to analyse many.
pub fn analyze(input: &str, options: &AnalyzeOptions) -> Result<Analysis> {
    Analyzer::new(options.clone()).analyze(input)
}
