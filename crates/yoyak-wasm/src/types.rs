//! The shapes the JavaScript API hands out and takes, as TypeScript: tsify derives a declaration
//! from each type here, and wasm-bindgen writes them into `yoyak-wasm.d.ts`.
//!
//! These are mirrors of the core's serde types, not the core types themselves: the core stays
//! free of web crates (a tsify derive there, even behind a feature, would put wasm-bindgen in
//! its dependency graph). `tests/types.rs` keeps them honest: the core's output for real
//! articles must read into these mirrors with no field left over and write back identical.
//!
//! Results go out through serde-wasm-bindgen, which turns `None` into `undefined`: the
//! declarations say so (`T | undefined`).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A place in the text: UTF-8 byte offsets and Unicode scalar (char) offsets, end exclusive.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First byte.
    pub byte_start: usize,
    /// Byte after the last.
    pub byte_end: usize,
    /// First char.
    pub char_start: usize,
    /// Char after the last.
    pub char_end: usize,
}

/// Entity types (KLUE scheme plus machine-readable kinds).
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[allow(clippy::upper_case_acronyms)]
pub enum Label {
    /// Person.
    PS,
    /// Organisation.
    OG,
    /// Location.
    LC,
    /// Artefact (products, works, services).
    AF,
    /// Date.
    DT,
    /// Time.
    TI,
    /// Quantity.
    QT,
    /// E-mail address.
    EMAIL,
    /// Web address.
    URL,
    /// Stock code.
    STOCK,
}

/// Summary length: a number of sentences or a share (0–1] of them.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum SummaryLength {
    /// This many sentences.
    Sentences(usize),
    /// This share of the sentences.
    Ratio(f64),
}

/// Options of `analyze`; every field is optional.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeOptions {
    /// Summary length (default 3 sentences).
    #[tsify(optional)]
    pub summary: SummaryLength,
    /// How many keywords (default 10).
    #[tsify(optional)]
    pub keywords: usize,
    /// Find entities (default true).
    #[tsify(optional)]
    pub entities: bool,
    /// Run the cleaner (default true); false for text that is already just the article.
    #[tsify(optional)]
    pub clean: bool,
    /// Longest input accepted, in bytes (default 8 MiB).
    #[tsify(optional)]
    pub max_input_bytes: usize,
}

/// Where an entity was found: a pattern rule or the tagger's model.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A pattern rule.
    Rule,
    /// The tagger's model.
    Model,
}

/// A mention of an entity.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Where, in `clean.body`.
    pub span: Span,
    /// Its type.
    pub label: Label,
    /// The mention as written.
    pub text: String,
    /// Who found it.
    pub origin: Origin,
}

/// An entity with all its mentions (`[char_start, char_end]` in `clean.body`).
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Its type.
    pub label: Label,
    /// The name it is shown by.
    pub name: String,
    /// How many mentions.
    pub count: usize,
    /// Every mention.
    pub mentions: Vec<[usize; 2]>,
}

/// A keyword of the article.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Keyword {
    /// The word.
    pub text: String,
    /// Its weight (higher is more central).
    pub score: f64,
    /// How often it occurs.
    pub count: usize,
}

/// A sentence of the body.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// Where, in `clean.body`.
    pub span: Span,
    /// Which paragraph it is in.
    pub paragraph: usize,
    /// Its text.
    pub text: String,
}

/// The chosen summary sentences.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// Indices into `sentences`, in article order.
    pub indices: Vec<usize>,
    /// Their scores, in the same order.
    pub scores: Vec<f64>,
    /// Every sentence's score.
    pub sentence_scores: Vec<f64>,
}

/// A reporter named in the byline.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Reporter {
    /// The name.
    pub name: String,
    /// The e-mail address, where given.
    pub email: Option<String>,
}

/// A stock code, with the company written before it where there is one.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct StockCode {
    /// Six digits.
    pub code: String,
    /// The company.
    pub company: Option<String>,
}

/// Article metadata found on the page.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// Headline.
    pub title: Option<String>,
    /// Publisher (newspaper or agency).
    pub publisher: Option<String>,
    /// Reporters.
    pub reporters: Vec<Reporter>,
    /// Publication date as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    pub published: Option<String>,
    /// Stock codes.
    pub stock_codes: Vec<StockCode>,
}

/// A paragraph of the body and where it came from in the input.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Where, in `clean.body`.
    pub span: Span,
    /// Where, in the input (in `clean.text` when the input was HTML).
    pub source: Span,
}

/// A photo caption.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Caption {
    /// The caption as it appeared.
    pub text: String,
    /// Where, in the input.
    pub source: Span,
}

/// Why the cleaner removed a line.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum RemovalReason {
    Widget,
    Toolbar,
    RelatedLinks,
    Comments,
    Copyright,
    Byline,
    Title,
    SiteSummary,
    Caption,
    Duplicate,
    Subheading,
    Other,
}

/// A piece of the input the cleaner left out of the body.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Removed {
    /// The text removed.
    pub text: String,
    /// Why.
    pub reason: RemovalReason,
    /// Where, in the input.
    pub source: Span,
}

/// The cleaned article and what was removed.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Cleaned {
    /// The headline, if found.
    pub title: Option<String>,
    /// The article text.
    pub body: String,
    /// Its paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// The site's own summary lines, if any.
    pub site_summary: Vec<String>,
    /// Photo captions.
    pub captions: Vec<Caption>,
    /// Metadata.
    pub metadata: Metadata,
    /// What the cleaner removed.
    pub removed: Vec<Removed>,
    /// Subheadings found in the body.
    pub subheadings: Vec<String>,
    /// True when the input was HTML.
    pub html: bool,
    /// The text the HTML reduced to (what `source` spans index), for HTML input.
    pub text: Option<String>,
}

/// Result of `analyze`. All spans index `clean.body`.
#[derive(Debug, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// The cleaned article.
    pub clean: Cleaned,
    /// The body's sentences.
    pub sentences: Vec<Sentence>,
    /// The summary.
    pub summary: Summary,
    /// Top keywords.
    pub keywords: Vec<Keyword>,
    /// Entity mentions.
    pub entities: Vec<Entity>,
    /// The entities grouped.
    pub groups: Vec<Group>,
}
