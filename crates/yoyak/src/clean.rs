//! Boilerplate removal and metadata extraction for Korean news pages.
//!
//! A page copied from a portal (Naver, Daum, Nate) or a newspaper site mixes the article with
//! widgets, menus, comment dialogs, copyright notices, related-article lists, the portal's
//! automatic summary and photo captions. [`clean`] sorts every line into the body or into one
//! of those, reporting each removed line with its reason and its place in the input, and
//! reads title, publisher, reporters, date and stock codes on the way.
//!
//! A page goes through, in order:
//! 1. `html`: pasted HTML reduced to text (entities decoded by `html-escape`), with the byte
//!    ranges of the article's headline and sub-headings from its heading elements;
//! 2. `rules`: each line's class on its own, from an ordered list of named rules (listed with
//!    their reasons in `clean/README.md`); the whole-line phrase tables are data files read by
//!    `phrases`, the caption tests are in `captions`, the byline and date patterns in `byline`;
//! 3. `page`: the decisions that need the lines around a line (summary block, headline,
//!    sub-headlines, related links, the page's tail, repeats), in one pass;
//! 4. `metadata`: bylines, notices and datelines read on the way.
//!
//! Each step is linear in the input.

mod byline;
mod captions;
mod html;
mod metadata;
mod page;
mod phrases;
mod rules;

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// The byte ranges of `sentence` that are a page's lines rather than its story, for callers that
/// get sentences as given, with no page cleaned before: a dateline and byline opening it
/// (`[서울=뉴스1] 김도윤 기자 =`, `(서울=연합뉴스) 김도윤 기자 =`), a reporter line (`김도윤 기자`),
/// e-mail addresses and a photo's credit (`사진=연합뉴스`, `사진 제공=카카오`). The same patterns
/// [`clean`] removes such lines by.
pub(crate) fn page_parts(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if let Some(d) = byline::dateline_at_start(sentence) {
        out.push((0, d.whole.end()));
    } else if let Some(b) = byline::byline(sentence) {
        out.push((0, b.whole.end()));
    }
    out.extend(byline::emails(sentence).map(|e| (e.start(), e.end())));
    out.extend(captions::credits(sentence).map(|c| (c.start(), credited(sentence, c.end()))));
    out
}

/// The end of the name a photo credit's label gives at `at` (`사진=연합뉴스`, `사진=김도윤 기자`):
/// one word of name chars, and 기자 after it.
fn credited(sentence: &str, at: usize) -> usize {
    use byline::scan::{is_name_char, skip_ws, word_at};
    let start = skip_ws(sentence, at);
    let end = sentence[start..]
        .find(|c: char| !is_name_char(c))
        .map_or(sentence.len(), |i| start + i);
    word_at(sentence, skip_ws(sentence, end), "기자").unwrap_or(end)
}

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
    /// Sub-headlines printed between the headline and the first body paragraph, without
    /// their bullets. They are part of the article but not of its running text, so they are
    /// kept here rather than in `body` (each is also in `removed` as
    /// [`RemovalReason::Subheading`]).
    #[serde(default)]
    pub subheadings: Vec<String>,
    /// True when the input was HTML and was reduced to text before cleaning.
    #[serde(default)]
    pub html: bool,
    /// The text that all `source` spans index when the input was HTML (`None` when the input
    /// was text: then they index the input itself).
    #[serde(default)]
    pub text: Option<String>,
}

/// One paragraph of the cleaned body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Where the paragraph lies in [`Cleaned::body`].
    pub span: Span,
    /// Where it came from in the input (in [`Cleaned::text`] when the input was HTML).
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
///
/// HTML is first reduced to text (see [`Cleaned::html`]); then one pass over the lines sorts
/// each into the body or one of the [`RemovalReason`]s. Time and memory are linear in the
/// input's length.
///
/// Decisions that are judgement calls:
/// - Short unpunctuated lines between the headline (or the page widgets) and the first body
///   paragraph are the article's sub-headlines: they go to [`Cleaned::subheadings`] and are
///   reported as [`RemovalReason::Subheading`], so the body starts with the lead paragraph.
///   Unpunctuated lines *inside* the body (section titles) stay in the body, unless the page
///   is HTML and marks them as `<h3>`/`<h4>` after the headline.
/// - In HTML, the article's first `<h1>`/`<h2>` that reads as a headline is the title (inside
///   `<article>` when the page has one; never in `<nav>`, `<aside>` or `<footer>`), and the
///   lines before it are the site's header and menus.
/// - A portal summary block ("전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다." and the lines
///   after it) is only taken out when a page widget, a summary disclaimer or the pop-up's
///   close button ("닫기") closes it, or when its lines are repeated further down the page;
///   otherwise its lines stay in the body.
/// - After a copyright notice or "(끝)" everything is page furniture. After a byline that
///   follows the body, lines that read as sentences are still kept.
pub fn clean(input: &str) -> Cleaned {
    if html::looks_like_html(input) {
        let reduced = html::reduce(input);
        let outline = reduced.outline();
        let mut cleaned = clean_text(&reduced.text, reduced.title.as_deref(), outline);
        cleaned.html = true;
        cleaned.text = Some(reduced.text);
        cleaned
    } else {
        clean_text(input, None, html::Outline::default())
    }
}

/// `outline`: the headline and sub-headings that an HTML page's markup names.
fn clean_text(text: &str, html_title: Option<&str>, outline: html::Outline) -> Cleaned {
    let lines = page::read_lines(text);
    let summary = page::summary_lines(text, &lines);
    let alt = page::alt_lines(text, &lines, &summary);
    let hints = page::hints(&lines, outline.headline, &outline.subheadings);
    let mut walk = page::Walk::new(text, hints.contains(&page::Hint::Headline));
    for (k, l) in lines.iter().enumerate() {
        walk.line(l, summary[k], alt[k], hints[k]);
    }
    walk.restore_lead_from_summary();

    let title = walk
        .title
        .map(|(s, e)| text[s..e].to_string())
        .or_else(|| html_title.map(site_title));
    let mut metadata = walk.meta.finish();
    metadata.title = title.clone();
    let (body, paragraphs) = join_paragraphs(text, walk.paragraphs);
    Cleaned {
        title,
        body,
        paragraphs,
        site_summary: walk.site_summary,
        captions: walk.captions,
        metadata,
        removed: walk.removed,
        subheadings: walk.subheadings,
        html: false,
        text: None,
    }
}

/// The body and its paragraphs from the kept lines' source spans: each paragraph is copied
/// whole, with "\n\n" (two bytes, two chars) between paragraphs.
fn join_paragraphs(text: &str, sources: Vec<Span>) -> (String, Vec<Paragraph>) {
    let mut body = String::with_capacity(text.len());
    let mut paragraphs = Vec::with_capacity(sources.len());
    let mut chars = 0;
    for source in sources {
        if !body.is_empty() {
            body.push_str("\n\n");
            chars += 2;
        }
        let start = body.len();
        body.push_str(source.slice(text));
        let span = Span {
            byte_start: start,
            byte_end: body.len(),
            char_start: chars,
            char_end: chars + source.char_len(),
        };
        chars = span.char_end;
        paragraphs.push(Paragraph { span, source });
    }
    (body, paragraphs)
}

/// The article part of an HTML `<title>` ("제목 | 신문" → "제목").
fn site_title(t: &str) -> String {
    for sep in [" | ", " : ", " - ", " < ", " :: "] {
        if let Some(i) = t.find(sep) {
            let head = t[..i].trim();
            if head.chars().count() >= 8 {
                return head.to_string();
            }
        }
    }
    t.trim().to_string()
}

impl Cleaned {
    /// Treats `text` as an article body already: one paragraph per non-blank line, nothing
    /// removed.
    pub fn from_plain_text(text: &str) -> Cleaned {
        let index = crate::text::CharIndex::new(text);
        let mut sources = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let (s, e) = crate::text::trim_range(text, offset, offset + line.len());
            offset += line.len();
            if s < e {
                sources.push(index.span(s, e));
            }
        }
        let (body, paragraphs) = join_paragraphs(text, sources);
        Cleaned {
            body,
            paragraphs,
            ..Cleaned::default()
        }
    }
}
