//! Boilerplate removal and metadata extraction for Korean news pages.

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// A cleaned article: its body and everything that was taken out of it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Cleaned {
    /// The headline, if one was found.
    pub title: Option<String>,
    /// The article body: kept paragraphs joined by blank lines (`"\n\n"`).
    pub body: String,
    /// The paragraphs of `body`.
    pub paragraphs: Vec<Paragraph>,
    /// The portal's own automatic summary, one entry per sentence or line, if the page had one.
    pub site_summary: Vec<String>,
    /// Photo captions, kept apart from the body.
    pub captions: Vec<Caption>,
    /// Title, publisher, reporters, date, stock codes.
    pub metadata: Metadata,
    /// Every line that was removed, with the reason.
    pub removed: Vec<Removed>,
}

/// One paragraph of the cleaned body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Where the paragraph lies in [`Cleaned::body`].
    pub span: Span,
    /// Where it came from in the (HTML-reduced) input.
    pub source: Span,
}

/// A photo caption.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Caption {
    /// The caption line as it appeared.
    pub text: String,
    /// Where it came from in the (HTML-reduced) input.
    pub source: Span,
}

/// Article metadata found on the page.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Metadata {
    /// Headline.
    pub title: Option<String>,
    /// Publisher (newspaper or agency).
    pub publisher: Option<String>,
    /// Reporters with their e-mail addresses where given.
    pub reporters: Vec<Reporter>,
    /// Publication date and time as printed, normalised to `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    pub published: Option<String>,
    /// Stock codes such as `035720`, with the company name written before them where there is one.
    pub stock_codes: Vec<StockCode>,
}

/// A reporter named in the byline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reporter {
    /// Name, without the title 기자.
    pub name: String,
    /// E-mail address, if given.
    pub email: Option<String>,
}

/// A six-digit Korean stock code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StockCode {
    /// The six digits.
    pub code: String,
    /// The company written before it, e.g. 카카오 in 카카오(035720).
    pub company: Option<String>,
}

/// A line the cleaner removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    /// The line as it appeared.
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
    /// Where it was in the (HTML-reduced) input.
    pub source: Span,
}

/// Why the cleaner removed a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemovalReason {
    /// Font-size, audio, translation or similar page widgets.
    Widget,
    /// Tool bars and menus.
    Toolbar,
    /// Lists of links to other articles.
    RelatedLinks,
    /// Comment widgets and their dialog strings.
    Comments,
    /// Copyright and redistribution notices.
    Copyright,
    /// Byline, reporter and date lines (their content goes to [`Metadata`]).
    Byline,
    /// The headline (it goes to [`Cleaned::title`]).
    Title,
    /// The portal's automatic summary (it goes to [`Cleaned::site_summary`]).
    SiteSummary,
    /// A photo caption (it goes to [`Cleaned::captions`]).
    Caption,
    /// A line or lead paragraph the page repeats.
    Duplicate,
    /// Sub-headlines printed above the body.
    Subheading,
    /// Anything else that is page furniture, not article text.
    Other,
}

/// Cleans a page copied from a portal (plain text or HTML).
pub fn clean(input: &str) -> Cleaned {
    // Placeholder until the real cleaner lands.
    Cleaned::from_plain_text(input)
}

impl Cleaned {
    /// Treats `text` as an article body already: one paragraph per non-blank line, nothing
    /// removed.
    pub fn from_plain_text(text: &str) -> Cleaned {
        let index = crate::text::CharIndex::new(text);
        let mut body = String::with_capacity(text.len());
        let mut parts = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let (s, e) = crate::text::trim_range(text, offset, offset + line.len());
            offset += line.len();
            if s == e {
                continue;
            }
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            let start = body.len();
            body.push_str(&text[s..e]);
            parts.push((start, body.len(), index.span(s, e)));
        }
        let body_index = crate::text::CharIndex::new(&body);
        let paragraphs = parts
            .into_iter()
            .map(|(s, e, source)| Paragraph {
                span: body_index.span(s, e),
                source,
            })
            .collect();
        Cleaned {
            body,
            paragraphs,
            ..Cleaned::default()
        }
    }
}
