//! Boilerplate removal and metadata extraction for Korean news pages.
//!
//! A page copied from a portal (Naver, Daum, Nate) or a newspaper site mixes the article with
//! widgets, menus, comment dialogs, copyright notices, related-article lists, the portal's
//! automatic summary and photo captions. [`clean`] sorts every line into the body or into one
//! of those, reporting each removed line with its reason and its place in the input, and
//! reads title, publisher, reporters, date and stock codes on the way.
//!
//! The work is one pass over the lines with cheap tests per line (`patterns`), so it is linear
//! in the input. Pasted HTML is reduced to text first (`html`).

mod html;
mod metadata;
mod patterns;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use self::patterns::Class;
use crate::text::{trim_range, Span};

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

/// Most lines a portal's automatic summary block can hold.
const SUMMARY_MAX_LINES: usize = 8;

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
///   Unpunctuated lines *inside* the body (section titles) stay in the body.
/// - A portal summary block ("전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다." and the lines
///   after it) is only taken out when a page widget or a summary disclaimer closes it, or
///   when its lines are repeated further down the page; otherwise its lines stay in the body.
/// - After a copyright notice or "(끝)" everything is page furniture. After a byline that
///   follows the body, lines that read as sentences are still kept.
pub fn clean(input: &str) -> Cleaned {
    if html::looks_like_html(input) {
        let reduced = html::reduce(input);
        let mut cleaned = clean_text(&reduced.text, reduced.title.as_deref());
        cleaned.html = true;
        cleaned.text = Some(reduced.text);
        cleaned
    } else {
        clean_text(input, None)
    }
}

/// One input line: its trimmed byte range and, unless blank, its class.
struct LineRec {
    start: usize,
    end: usize,
    class: Option<Class>,
}

/// What follows the end of the article.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// Still in the article (or before it).
    No,
    /// After a byline that followed the body: sentences are still kept.
    Soft,
    /// After a copyright notice or an end mark: nothing is kept.
    Strict,
}

/// Fingerprint for spotting repeated lines: a 64-bit FNV-1a hash (one step per char) of the letters and digits
/// only (ASCII lowercased), so spacing, punctuation and quote styles do not matter. `None` for
/// lines too short to call a repeat.
fn dup_key(s: &str) -> Option<u64> {
    let mut hash = crate::text::Fnv1a::default();
    let mut n = 0;
    for c in s.chars() {
        let c = if ('가'..='힣').contains(&c) || c.is_ascii_digit() {
            c
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else if !c.is_ascii() && c.is_alphanumeric() {
            c
        } else {
            continue;
        };
        n += 1;
        hash.write_unit(c as u32);
    }
    (n >= 10).then_some(hash.finish())
}

/// True when `t` ends with a full stop (not an ellipsis "..").
fn ends_with_full_stop(t: &str) -> bool {
    t.ends_with('.') && !t.ends_with("..")
}

/// A headline: not too short, not too long, not a finished sentence.
fn title_like(line: &str) -> bool {
    let chars = line.chars().count();
    let t = line.trim_end();
    (8..=150).contains(&chars) && !ends_with_full_stop(t)
}

/// A sub-headline: short and without final punctuation.
fn subheading_like(line: &str) -> bool {
    let t = patterns::strip_bullets(line).trim_end();
    let chars = t.chars().count();
    (2..=70).contains(&chars) && !ends_with_full_stop(t)
}

/// Marks the lines of the portal's automatic summary blocks.
fn summary_lines(text: &str, lines: &[LineRec]) -> Vec<bool> {
    let mut marked = vec![false; lines.len()];
    // The look-ahead search for repeated lines runs for the first block only, so a page made of
    // thousands of summary markers stays linear.
    let mut search_left = 1;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].class != Some(Class::SummaryMarker) {
            i += 1;
            continue;
        }
        let mut collected = Vec::new();
        let mut closed = false;
        let mut j = i + 1;
        while j < lines.len() {
            match lines[j].class {
                None => {}
                Some(Class::Plain) => {
                    if collected.len() == SUMMARY_MAX_LINES {
                        break;
                    }
                    collected.push(j);
                }
                // A disclaimer after the lines (Naver's 요약봇) closes the block.
                Some(Class::SummaryMarker) if !collected.is_empty() => {
                    closed = true;
                    j += 1;
                    break;
                }
                Some(Class::SummaryMarker) => {}
                Some(Class::Furniture(RemovalReason::Widget | RemovalReason::Toolbar)) => {
                    closed = true;
                    break;
                }
                Some(_) => break,
            }
            j += 1;
        }
        let valid = match collected.last() {
            None => false,
            Some(_) if closed => true,
            Some(&last) if search_left > 0 => {
                search_left -= 1;
                let after = &text[lines[last].end..];
                collected
                    .iter()
                    .all(|&k| after.contains(&text[lines[k].start..lines[k].end]))
            }
            Some(_) => false,
        };
        if valid {
            for k in collected {
                marked[k] = true;
            }
        }
        i = j.max(i + 1);
    }
    marked
}

/// Char offsets of byte offsets asked for in (nearly) increasing order: one pass over the
/// text in all, with no index to build.
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn char_at(&mut self, byte: usize) -> usize {
        if byte >= self.byte {
            self.chars += self.text[self.byte..byte].chars().count();
        } else {
            // Only ever back by one line (a caption is reported twice).
            self.chars -= self.text[byte..self.byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }

    fn span(&mut self, start: usize, end: usize) -> Span {
        let char_start = self.char_at(start);
        let char_end = self.char_at(end);
        Span {
            byte_start: start,
            byte_end: end,
            char_start,
            char_end,
        }
    }
}

/// Collects the output while the lines are walked.
struct Out<'a> {
    text: &'a str,
    index: Cursor<'a>,
    removed: Vec<Removed>,
    captions: Vec<Caption>,
    site_summary: Vec<String>,
    /// Where each `site_summary` line is in the text.
    summary_spans: Vec<(usize, usize)>,
    subheadings: Vec<String>,
    /// Source spans of the kept lines.
    paragraphs: Vec<Span>,
}

impl Out<'_> {
    fn remove(&mut self, reason: RemovalReason, start: usize, end: usize) {
        self.removed.push(Removed {
            text: self.text[start..end].to_string(),
            reason,
            source: self.index.span(start, end),
        });
    }
}

fn clean_text(text: &str, html_title: Option<&str>) -> Cleaned {
    let mut key = String::new();
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split('\n') {
        let (start, end) = trim_range(text, offset, offset + raw.len());
        offset += raw.len() + 1;
        let class = (start < end).then(|| patterns::classify(&text[start..end], &mut key));
        lines.push(LineRec { start, end, class });
    }
    let summary = summary_lines(text, &lines);

    // Alt text printed just before a caption is part of the caption.
    let mut alt = vec![false; lines.len()];
    for k in 0..lines.len() {
        if lines[k].class != Some(Class::Caption) {
            continue;
        }
        let prev = (k.saturating_sub(2)..k)
            .rev()
            .find(|&p| lines[p].class.is_some());
        if let Some(p) = prev {
            let (ps, pe) = (lines[p].start, lines[p].end);
            if lines[p].class == Some(Class::Plain)
                && !summary[p]
                && patterns::is_alt_text(&text[ps..pe], &text[lines[k].start..lines[k].end])
            {
                alt[p] = true;
            }
        }
    }

    let mut out = Out {
        text,
        index: Cursor::new(text),
        removed: Vec::new(),
        captions: Vec::new(),
        site_summary: Vec::new(),
        summary_spans: Vec::new(),
        subheadings: Vec::new(),
        paragraphs: Vec::new(),
    };
    let mut meta = metadata::Collector::default();
    let mut title: Option<(usize, usize)> = None;
    let mut seen_body = false;
    let mut tail = Tail::No;
    let mut related = false;
    let mut keys: HashSet<u64> = HashSet::new();
    let mut caption_keys: HashSet<u64> = HashSet::new();

    for (k, l) in lines.iter().enumerate() {
        let Some(mut class) = l.class else { continue };
        let (s, e) = (l.start, l.end);
        let line = &text[s..e];
        if summary[k] {
            out.site_summary.push(line.to_string());
            out.summary_spans.push((s, e));
            out.remove(RemovalReason::SiteSummary, s, e);
            continue;
        }
        if alt[k] {
            class = Class::Caption;
        }
        match class {
            Class::SummaryMarker => out.remove(RemovalReason::SiteSummary, s, e),
            Class::Caption => {
                if dup_key(line).is_some_and(|key| !caption_keys.insert(key)) {
                    out.remove(RemovalReason::Duplicate, s, e);
                } else {
                    out.captions.push(Caption {
                        text: line.to_string(),
                        source: out.index.span(s, e),
                    });
                    out.remove(RemovalReason::Caption, s, e);
                }
            }
            Class::Furniture(reason) => {
                out.remove(reason, s, e);
                match reason {
                    RemovalReason::Byline => {
                        meta.byline(line);
                        if seen_body && tail == Tail::No {
                            tail = Tail::Soft;
                        }
                    }
                    RemovalReason::Copyright => {
                        meta.copyright(line);
                        if seen_body {
                            let strong = ["무단", "금지", "Copyright", "COPYRIGHT", "저작권"]
                                .iter()
                                .any(|w| line.contains(w))
                                || line.to_ascii_lowercase().contains("all rights");
                            tail = if strong { Tail::Strict } else { Tail::Soft };
                        }
                    }
                    RemovalReason::Other if line.contains("언론사") => meta.logo(line),
                    _ => {}
                }
            }
            Class::End => {
                out.remove(RemovalReason::Other, s, e);
                if seen_body {
                    tail = Tail::Strict;
                }
            }
            Class::RelatedHeader => {
                out.remove(RemovalReason::RelatedLinks, s, e);
                related = true;
            }
            Class::Plain => {
                let dashed = line.starts_with('-')
                    || line.starts_with('[')
                    || line.len() != patterns::strip_bullets(line).len();
                if tail != Tail::No {
                    let keep = tail == Tail::Soft
                        && !dashed
                        && patterns::ends_like_sentence(line)
                        && line.chars().count() >= 8;
                    if !keep {
                        let reason = if dashed {
                            RemovalReason::RelatedLinks
                        } else {
                            RemovalReason::Other
                        };
                        out.remove(reason, s, e);
                        continue;
                    }
                    tail = Tail::No;
                } else if related {
                    // Headlines in such lists often end in 다 but never with a full stop.
                    let sentence = ends_with_full_stop(line.trim_end());
                    if (dashed || !sentence) && line.chars().count() <= 100 {
                        out.remove(RemovalReason::RelatedLinks, s, e);
                        continue;
                    }
                    related = false;
                } else if !seen_body {
                    if title.is_none() && out.subheadings.is_empty() {
                        if title_like(line) {
                            title = Some((s, e));
                            if let Some(key) = dup_key(line) {
                                keys.insert(key);
                            }
                            meta.stock_codes(line);
                            out.remove(RemovalReason::Title, s, e);
                            continue;
                        }
                        if line.chars().count() <= 12 && !patterns::ends_like_sentence(line) {
                            // Section names and menu entries above the headline.
                            out.remove(RemovalReason::Other, s, e);
                            continue;
                        }
                    } else if subheading_like(line) {
                        out.subheadings
                            .push(patterns::strip_bullets(line).trim_end().to_string());
                        out.remove(RemovalReason::Subheading, s, e);
                        continue;
                    }
                }
                keep_paragraph(&mut out, &mut meta, &mut keys, s, e);
                seen_body = true;
            }
        }
    }

    restore_lead_from_summary(&mut out);
    let title = title
        .map(|(s, e)| text[s..e].to_string())
        .or_else(|| html_title.map(site_title));
    let mut metadata = meta.finish();
    metadata.title = title.clone();
    let Out {
        removed,
        captions,
        site_summary,
        subheadings,
        paragraphs: sources,
        ..
    } = out;
    // Body spans follow from the source spans: each paragraph is copied whole, with "\n\n"
    // (two bytes, two chars) between paragraphs.
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
    Cleaned {
        title,
        body,
        paragraphs,
        site_summary,
        captions,
        metadata,
        removed,
        subheadings,
        html: false,
        text: None,
    }
}

/// Letters and digits only, for matching text across punctuation and spacing differences.
fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A portal's extractive summary quotes the article. Summary lines found nowhere in the kept
/// body, printed before the first line that is found there, are article text the copied page
/// lost from its body (usually the lead): they are kept as the first paragraphs, so no article
/// sentence is lost. A summary none of whose lines is in the body may be a paraphrase, and is
/// left alone.
fn restore_lead_from_summary(out: &mut Out<'_>) {
    if out.summary_spans.is_empty() {
        return;
    }
    let text = out.text;
    let body: String = out
        .paragraphs
        .iter()
        .map(|p| squash(p.slice(text)))
        .collect();
    let found: Vec<bool> = out
        .summary_spans
        .iter()
        .map(|&(s, e)| {
            let line = squash(&text[s..e]);
            !line.is_empty() && body.contains(&line)
        })
        .collect();
    let Some(first_found) = found.iter().position(|&f| f) else {
        return;
    };
    let lost: Vec<(usize, usize)> = out.summary_spans[..first_found].to_vec();
    if lost.is_empty() {
        return;
    }
    out.removed
        .retain(|r| !lost.iter().any(|&(s, _)| r.source.byte_start == s));
    let mut restored: Vec<Span> = lost.iter().map(|&(s, e)| out.index.span(s, e)).collect();
    restored.append(&mut out.paragraphs);
    out.paragraphs = restored;
}

/// Keeps a body line: strips a leading dateline ("[서울경제]", "(서울=연합뉴스) 김철수 기자 =")
/// into the metadata and drops the line if the page printed it before.
fn keep_paragraph(
    out: &mut Out<'_>,
    meta: &mut metadata::Collector,
    keys: &mut HashSet<u64>,
    mut s: usize,
    e: usize,
) {
    let text = out.text;
    let line = &text[s..e];
    if line.starts_with(['[', '(', '【', '<']) {
        if let Some(c) = patterns::DATELINE.captures(line) {
            let end = c.get(0).map_or(0, |m| m.end());
            if end < line.len() && patterns::dateline_is_valid(&c) {
                meta.dateline(&c);
                let (ds, de) = trim_range(text, s, s + end);
                out.remove(RemovalReason::Byline, ds, de);
                s = trim_range(text, s + end, e).0;
            }
        }
    }
    let line = &text[s..e];
    if dup_key(line).is_some_and(|key| !keys.insert(key)) {
        out.remove(RemovalReason::Duplicate, s, e);
        return;
    }
    meta.stock_codes(line);
    let span = out.index.span(s, e);
    out.paragraphs.push(span);
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
