//! The walk over a page's lines: each line's class from the rules, then the decisions that
//! need the lines around it, in the order they are made:
//!
//! 1. the portal's automatic summary block ([`summary_lines`]);
//! 2. an image's alt text printed just before its caption ([`alt_lines`]), and the headline
//!    and sub-headings an HTML page's markup names ([`hints`]);
//! 3. one pass in page order ([`Walk::line`]): captions and furniture out (bylines and notices
//!    read into the metadata), the headline, section names and sub-headlines before the body,
//!    links after a related-articles header, the tail after the article's end, repeated lines;
//! 4. the lead a copied page lost, restored from the portal's summary
//!    ([`restore_lead_from_summary`]).

use std::collections::HashSet;

use super::rules::{self, Class};
use super::{byline, captions, metadata, Caption, RemovalReason, Removed};
use crate::text::{trim_range, Fnv1a, Span};

mod summary;

pub(crate) use summary::summary_lines;

/// One input line: its trimmed byte range and, unless blank, its class.
pub(crate) struct LineRec {
    start: usize,
    end: usize,
    class: Option<Class>,
}

/// Splits `text` into lines and classifies each on its own.
pub(crate) fn read_lines(text: &str) -> Vec<LineRec> {
    let mut key = String::new();
    let mut offset = 0;
    let mut lines = Vec::new();
    for raw in text.split('\n') {
        let (start, end) = trim_range(text, offset, offset + raw.len());
        offset += raw.len() + 1;
        let class = (start < end).then(|| rules::classify(&text[start..end], &mut key));
        lines.push(LineRec { start, end, class });
    }
    lines
}

/// What a page's markup says a line is (HTML only: see `html::Reduced::outline`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub(crate) enum Hint {
    /// Nothing.
    #[default]
    None,
    /// The article's headline (its `<h1>` or `<h2>`).
    Headline,
    /// One of the article's sub-headings (an `<h3>` or `<h4>` after the headline).
    Subheading,
}

/// Each line's [`Hint`] from the byte ranges of the headline and the sub-headings (in page
/// order). The headline is its element's first line.
pub(crate) fn hints(
    lines: &[LineRec],
    headline: Option<(usize, usize)>,
    subheadings: &[(usize, usize)],
) -> Vec<Hint> {
    let mut out = vec![Hint::None; lines.len()];
    let within =
        |l: &LineRec, (s, e): (usize, usize)| l.class.is_some() && s <= l.start && l.end <= e;
    if let Some(h) = headline {
        if let Some(k) = lines.iter().position(|l| within(l, h)) {
            out[k] = Hint::Headline;
        }
    }
    let mut k = 0;
    for &(s, e) in subheadings {
        while k < lines.len() && lines[k].start < s {
            k += 1;
        }
        while k < lines.len() && lines[k].end <= e {
            if within(&lines[k], (s, e)) && out[k] == Hint::None {
                out[k] = Hint::Subheading;
            }
            k += 1;
        }
    }
    out
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

/// Fingerprint for spotting repeated lines: a hash of the letters and digits only (ASCII
/// lowercased), so spacing, punctuation and quote styles do not matter. `None` for lines too
/// short to call a repeat.
fn dup_key(s: &str) -> Option<u64> {
    let mut hash = Fnv1a::default();
    let mut n = 0;
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        n += 1;
        hash.write_unit(c.to_ascii_lowercase() as u32);
    }
    (n >= 10).then_some(hash.finish())
}

/// A headline: not too short, not too long, not a finished sentence.
fn title_like(line: &str) -> bool {
    let chars = line.chars().count();
    (8..=150).contains(&chars) && !rules::ends_with_full_stop(line.trim_end())
}

/// A sub-headline: short and without final punctuation.
fn subheading_like(line: &str) -> bool {
    let t = rules::strip_bullets(line).trim_end();
    (2..=70).contains(&t.chars().count()) && !rules::ends_with_full_stop(t)
}

/// Marks the alt text printed just before a caption: it is part of the caption.
pub(crate) fn alt_lines(text: &str, lines: &[LineRec], summary: &[bool]) -> Vec<bool> {
    let mut alt = vec![false; lines.len()];
    for (k, l) in lines.iter().enumerate() {
        if l.class != Some(Class::Caption) {
            continue;
        }
        let prev = (k.saturating_sub(2)..k)
            .rev()
            .find(|&p| lines[p].class.is_some());
        if let Some(p) = prev {
            let before = &text[lines[p].start..lines[p].end];
            if lines[p].class == Some(Class::Plain)
                && !summary[p]
                && captions::is_alt_text(before, &text[l.start..l.end])
            {
                alt[p] = true;
            }
        }
    }
    alt
}

/// Char offsets of byte offsets asked for in (nearly) increasing order: one pass over the
/// text in all, with no index to build.
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl Cursor<'_> {
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

/// The walk's state and output.
pub(crate) struct Walk<'a> {
    text: &'a str,
    index: Cursor<'a>,
    pub(crate) meta: metadata::Collector,
    pub(crate) removed: Vec<Removed>,
    pub(crate) captions: Vec<Caption>,
    pub(crate) site_summary: Vec<String>,
    /// Where each `site_summary` line is in the text.
    summary_spans: Vec<(usize, usize)>,
    pub(crate) subheadings: Vec<String>,
    /// Source spans of the kept lines.
    pub(crate) paragraphs: Vec<Span>,
    /// The headline's byte range.
    pub(crate) title: Option<(usize, usize)>,
    /// The markup names a headline that the walk has not reached yet: what comes before it
    /// is the site's header and navigation.
    headline_ahead: bool,
    seen_body: bool,
    tail: Tail,
    /// After a related-articles header, until a sentence comes.
    related: bool,
    keys: HashSet<u64>,
    caption_keys: HashSet<u64>,
}

impl<'a> Walk<'a> {
    /// `headline_ahead`: the markup names the headline (a line with [`Hint::Headline`]).
    pub(crate) fn new(text: &'a str, headline_ahead: bool) -> Self {
        Walk {
            text,
            index: Cursor {
                text,
                byte: 0,
                chars: 0,
            },
            meta: metadata::Collector::default(),
            removed: Vec::new(),
            captions: Vec::new(),
            site_summary: Vec::new(),
            summary_spans: Vec::new(),
            subheadings: Vec::new(),
            paragraphs: Vec::new(),
            title: None,
            headline_ahead,
            seen_body: false,
            tail: Tail::No,
            related: false,
            keys: HashSet::new(),
            caption_keys: HashSet::new(),
        }
    }

    fn remove(&mut self, reason: RemovalReason, start: usize, end: usize) {
        self.removed.push(Removed {
            text: self.text[start..end].to_string(),
            reason,
            source: self.index.span(start, end),
        });
    }

    /// Takes one line in page order; `summary` and `alt` are the marks of steps 1 and 2, `hint`
    /// what the markup says the line is.
    pub(crate) fn line(&mut self, l: &LineRec, summary: bool, alt: bool, hint: Hint) {
        let Some(class) = l.class else { return };
        let (s, e) = (l.start, l.end);
        let line = &self.text[s..e];
        if hint == Hint::Headline {
            self.headline_ahead = false;
        }
        if summary {
            self.site_summary.push(line.to_string());
            self.summary_spans.push((s, e));
            self.remove(RemovalReason::SiteSummary, s, e);
            return;
        }
        if hint == Hint::Headline {
            // The markup's headline wins over what the line's own look says.
            return self.headline(s, e);
        }
        match if alt { Class::Caption } else { class } {
            Class::SummaryMarker => self.remove(RemovalReason::SiteSummary, s, e),
            Class::Caption => {
                if dup_key(line).is_some_and(|key| !self.caption_keys.insert(key)) {
                    self.remove(RemovalReason::Duplicate, s, e);
                } else {
                    let source = self.index.span(s, e);
                    self.captions.push(Caption {
                        text: line.to_string(),
                        source,
                    });
                    self.remove(RemovalReason::Caption, s, e);
                }
            }
            Class::Furniture(reason) => self.furniture(reason, s, e),
            Class::End => {
                self.remove(RemovalReason::Other, s, e);
                if self.seen_body {
                    self.tail = Tail::Strict;
                }
            }
            Class::RelatedHeader => {
                self.remove(RemovalReason::RelatedLinks, s, e);
                self.related = true;
            }
            Class::Plain => self.plain(s, e, hint),
        }
    }

    fn furniture(&mut self, reason: RemovalReason, s: usize, e: usize) {
        let line = &self.text[s..e];
        self.remove(reason, s, e);
        match reason {
            RemovalReason::Byline => {
                self.meta.byline(line);
                if self.seen_body && self.tail == Tail::No {
                    self.tail = Tail::Soft;
                }
            }
            RemovalReason::Copyright => {
                self.meta.copyright(line);
                if self.seen_body {
                    self.tail = if rules::is_strong_copyright(line) {
                        Tail::Strict
                    } else {
                        Tail::Soft
                    };
                }
            }
            RemovalReason::Other if line.contains("언론사") => self.meta.logo(line),
            RemovalReason::Other => self.meta.printed_name(line),
            _ => {}
        }
    }

    /// Takes the headline.
    fn headline(&mut self, s: usize, e: usize) {
        self.title = Some((s, e));
        if let Some(key) = dup_key(&self.text[s..e]) {
            self.keys.insert(key);
        }
        self.meta.stock_codes(&self.text[s..e]);
        self.remove(RemovalReason::Title, s, e);
    }

    /// A line no rule recognised: body text unless its place (or the markup) says otherwise.
    fn plain(&mut self, s: usize, e: usize, hint: Hint) {
        let line = &self.text[s..e];
        let dashed = line.starts_with('-')
            || line.starts_with('[')
            || line.len() != rules::strip_bullets(line).len();
        let short = |max: usize| line.chars().count() <= max;
        if self.tail != Tail::No {
            let keep =
                self.tail == Tail::Soft && !dashed && rules::ends_like_sentence(line) && !short(7);
            if !keep {
                let reason = if dashed {
                    RemovalReason::RelatedLinks
                } else {
                    RemovalReason::Other
                };
                return self.remove(reason, s, e);
            }
            self.tail = Tail::No;
        } else if self.headline_ahead {
            // Above the headline the markup names: the site's header, menus, a section path.
            return self.remove(RemovalReason::Other, s, e);
        } else if hint == Hint::Subheading {
            // A sub-heading of the markup's, wherever it is in the article.
            self.related = false;
            let sub = rules::strip_bullets(line).trim_end().to_string();
            self.subheadings.push(sub);
            return self.remove(RemovalReason::Subheading, s, e);
        } else if self.related {
            // Headlines in such lists often end in 다 but never with a full stop.
            let sentence = rules::ends_with_full_stop(line.trim_end());
            if (dashed || !sentence) && short(100) {
                return self.remove(RemovalReason::RelatedLinks, s, e);
            }
            self.related = false;
        } else if !self.seen_body {
            if self.title.is_none() && self.subheadings.is_empty() {
                if title_like(line) {
                    return self.headline(s, e);
                }
                if short(12) && !rules::ends_like_sentence(line) {
                    // Section names and menu entries above the headline.
                    return self.remove(RemovalReason::Other, s, e);
                }
            } else if subheading_like(line) {
                let sub = rules::strip_bullets(line).trim_end().to_string();
                self.subheadings.push(sub);
                return self.remove(RemovalReason::Subheading, s, e);
            }
        }
        self.keep(s, e);
        self.seen_body = true;
    }

    /// Keeps a body line: strips a leading dateline ("[서울경제]", "(서울=연합뉴스) 김철수 기자 =")
    /// into the metadata and drops the line if the page printed it before.
    fn keep(&mut self, mut s: usize, e: usize) {
        let text = self.text;
        if let Some(c) = byline::dateline_at_start(&text[s..e]) {
            let end = c.whole.end();
            if s + end < e {
                self.meta.dateline(&c);
                let (ds, de) = trim_range(text, s, s + end);
                self.remove(RemovalReason::Byline, ds, de);
                s = trim_range(text, s + end, e).0;
            }
        }
        let line = &text[s..e];
        if dup_key(line).is_some_and(|key| !self.keys.insert(key)) {
            return self.remove(RemovalReason::Duplicate, s, e);
        }
        self.meta.stock_codes(line);
        let span = self.index.span(s, e);
        self.paragraphs.push(span);
    }

    /// A portal's extractive summary quotes the article. Summary lines found nowhere in the
    /// kept body, printed before the first line that is found there, are article text the
    /// copied page lost from its body (usually the lead): they are kept as the first
    /// paragraphs, so no article sentence is lost. A summary none of whose lines is in the body
    /// may be a paraphrase, and is left alone.
    pub(crate) fn restore_lead_from_summary(&mut self) {
        let text = self.text;
        let body: String = self
            .paragraphs
            .iter()
            .map(|p| squash(p.slice(text)))
            .collect();
        let found = |&(s, e): &(usize, usize)| {
            let line = squash(&text[s..e]);
            !line.is_empty() && body.contains(&line)
        };
        let Some(first_found) = self.summary_spans.iter().position(found) else {
            return;
        };
        let lost = &self.summary_spans[..first_found];
        if lost.is_empty() {
            return;
        }
        self.removed
            .retain(|r| !lost.iter().any(|&(s, _)| r.source.byte_start == s));
        let mut restored: Vec<Span> = lost.iter().map(|&(s, e)| self.index.span(s, e)).collect();
        restored.append(&mut self.paragraphs);
        self.paragraphs = restored;
    }
}

/// Letters and digits only, for matching text across punctuation and spacing differences.
fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}
