//! Reduces pasted HTML to text: tags stripped, script and style contents dropped, block
//! elements turned into line breaks, entities decoded. One forward scan; every search moves
//! forward, so the time is linear in the input even for broken markup.

/// Elements that end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "article",
    "section",
    "header",
    "footer",
    "figure",
    "figcaption",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "hr",
    "title",
    "nav",
    "aside",
    "main",
    "pre",
    "form",
    "caption",
    "address",
    "body",
    "html",
    "head",
    "tbody",
    "thead",
    "tfoot",
    "button",
    "option",
    "select",
    "fieldset",
    "details",
    "summary",
    "center",
    "iframe",
];

/// Elements inside a line of text (table cells are set apart by a space).
const INLINE_TAGS: &[&str] = &[
    "span", "a", "img", "strong", "em", "b", "i", "u", "font", "picture", "source", "time", "meta",
    "link", "input", "td", "th",
];

/// Elements whose contents are not text for a reader.
const RAW_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "textarea", "title",
];

/// HTML reduced to text.
#[derive(Debug, Default)]
pub(crate) struct Reduced {
    /// The text, lines separated by `\n`.
    pub(crate) text: String,
    /// The document's `<title>`, if any.
    pub(crate) title: Option<String>,
    /// The `<h1>`–`<h4>` elements outside navigation, sidebars and footers, in page order.
    pub(crate) headings: Vec<Heading>,
}

/// A heading element as it came out in [`Reduced::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading {
    /// 1 for `<h1>` … 4 for `<h4>`.
    pub(crate) level: u8,
    /// Its text's byte range in [`Reduced::text`].
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Inside an `<article>` element.
    pub(crate) in_article: bool,
}

/// What a page's heading elements say about its article: byte ranges of [`Reduced::text`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Outline {
    /// The headline.
    pub(crate) headline: Option<(usize, usize)>,
    /// The sub-headings, in page order.
    pub(crate) subheadings: Vec<(usize, usize)>,
}

impl Reduced {
    /// The article's headline and sub-headings: the
    /// headline is the first `<h1>` or `<h2>` that reads as one (a site's logo in an `<h1>`
    /// does not), the sub-headings the `<h3>` and `<h4>` after it. When the page has an
    /// `<article>` element, only its headings count.
    pub(crate) fn outline(&self) -> Outline {
        let article = self.headings.iter().any(|h| h.in_article);
        let own: Vec<&Heading> = self
            .headings
            .iter()
            .filter(|h| h.in_article || !article)
            .collect();
        let headline_like = |h: &&Heading| {
            let t = self.text[h.start..h.end].trim();
            h.level <= 2 && (8..=150).contains(&t.chars().count()) && !t.ends_with('.')
        };
        let at = own.iter().position(headline_like);
        let headline = at.map(|i| (own[i].start, own[i].end));
        let subheadings = own[at.map_or(0, |i| i + 1)..]
            .iter()
            .filter(|h| (3..=4).contains(&h.level))
            .map(|h| (h.start, h.end))
            .collect();
        Outline {
            headline,
            subheadings,
        }
    }
}

/// Elements that hold a site's navigation, sidebars and footers: their headings are not the
/// article's.
const CHROME_TAGS: &[&str] = &["nav", "aside", "footer"];

fn tag_name(bytes: &[u8], from: usize) -> &[u8] {
    let mut end = from;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'-') {
        end += 1;
    }
    &bytes[from..end]
}

/// True for a tag name of an element listed here: markup of one shows that a paste is HTML
/// rather than text that happens to contain `<` (Korean copyright lines such as "<저작권자 ⓒ
/// …>" do).
fn is_known(name: &[u8]) -> bool {
    [BLOCK_TAGS, INLINE_TAGS, RAW_TAGS]
        .iter()
        .flat_map(|list| list.iter())
        .any(|t| t.as_bytes().eq_ignore_ascii_case(name))
}

/// True when `s` contains markup of a known HTML element.
pub(crate) fn looks_like_html(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s[from..].find('<').map(|i| i + from) {
        let rest = &bytes[i + 1..];
        if rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"!do") {
            return true;
        }
        let name_from = if rest.first() == Some(&b'/') {
            i + 2
        } else {
            i + 1
        };
        let name = tag_name(bytes, name_from.min(bytes.len()));
        if !name.is_empty() && is_known(name) {
            let after = bytes.get(name_from + name.len()).copied();
            if matches!(after, Some(b'>' | b' ' | b'/' | b'\n' | b'\t' | b'\r')) {
                return true;
            }
        }
        from = i + 1;
    }
    false
}

/// Writes text, collapsing runs of whitespace the way a browser does.
struct Writer {
    out: String,
    /// Newlines at the end of `out`.
    newlines: usize,
    /// A space is owed before the next visible char.
    space: bool,
}

impl Writer {
    fn push_char(&mut self, c: char) {
        if c.is_whitespace() && c != '\u{3000}' {
            self.space = true;
            return;
        }
        // Invisible format characters (soft hyphen, zero-width space and joiners) would split
        // words that a reader sees whole.
        if matches!(c, '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}') {
            return;
        }
        if self.space && self.newlines == 0 && !self.out.is_empty() {
            self.out.push(' ');
        }
        self.space = false;
        self.newlines = 0;
        self.out.push(c);
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push_char(c);
        }
    }

    fn newline(&mut self) {
        self.space = false;
        if self.out.is_empty() || self.newlines >= 2 {
            return;
        }
        self.out.push('\n');
        self.newlines += 1;
    }
}

/// Decodes entities in a text run: every named entity of HTML5 and numeric references, by
/// `html-escape` (a reference it cannot decode, such as "&#0;" or "&foo;", stays as written).
fn decode_into(s: &str, w: &mut Writer) {
    w.push_str(&html_escape::decode_html_entities(s));
}

/// Finds `</name` (any case) at or after `from`.
fn find_close(s: &str, from: usize, name: &[u8]) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut at = from;
    while let Some(i) = s[at..].find("</").map(|i| i + at) {
        let n = &bytes[i + 2..];
        if n.len() >= name.len() && n[..name.len()].eq_ignore_ascii_case(name) {
            return Some(i);
        }
        at = i + 2;
    }
    None
}

/// Reduces HTML to text.
pub(crate) fn reduce(s: &str) -> Reduced {
    let bytes = s.as_bytes();
    let mut w = Writer {
        out: String::with_capacity(s.len() / 2),
        newlines: 0,
        space: false,
    };
    let mut title = None;
    let mut headings = Vec::new();
    // The heading being read, and how deep the scan is in `<article>` and chrome elements.
    let mut open_heading: Option<(u8, usize)> = None;
    let (mut article_depth, mut chrome_depth) = (0usize, 0usize);
    let mut pos = 0;
    let mut text_from = 0;
    // Once a quoted attribute value has run to the end of the input, quotes stop counting:
    // otherwise each later tag would scan to the end again.
    let mut quotes_reliable = true;
    while let Some(lt) = s[pos..].find('<').map(|i| i + pos) {
        let rest = &bytes[lt + 1..];
        // Comments, doctype, processing instructions.
        if rest.starts_with(b"!--") {
            decode_into(&s[text_from..lt], &mut w);
            let end = s[lt + 4..].find("-->").map_or(s.len(), |i| lt + 4 + i + 3);
            pos = end;
            text_from = end;
            continue;
        }
        if rest.first().is_some_and(|&b| b == b'!' || b == b'?') {
            decode_into(&s[text_from..lt], &mut w);
            let end = s[lt..].find('>').map_or(s.len(), |i| lt + i + 1);
            pos = end;
            text_from = end;
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_from = if closing { lt + 2 } else { lt + 1 };
        let name = tag_name(bytes, name_from.min(bytes.len()));
        if name.is_empty() || !name[0].is_ascii_alphabetic() {
            // A lone '<' in the text.
            pos = lt + 1;
            continue;
        }
        // The end of the tag: the first '>' outside quotes.
        let mut end = None;
        let mut quote = 0u8;
        let mut i = name_from + name.len();
        while i < bytes.len() {
            let b = bytes[i];
            if quote != 0 {
                if b == quote {
                    quote = 0;
                }
            } else if b == b'>' {
                end = Some(i);
                break;
            } else if quotes_reliable && (b == b'"' || b == b'\'') {
                quote = b;
            }
            i += 1;
        }
        if end.is_none() && quote != 0 {
            quotes_reliable = false;
            end = s[lt..].find('>').map(|i| lt + i);
        }
        let Some(end) = end else {
            // No '>' anywhere after: the rest is text.
            break;
        };
        decode_into(&s[text_from..lt], &mut w);
        pos = end + 1;
        text_from = pos;
        let lname = name.to_ascii_lowercase();
        let self_closing = bytes[..end].ends_with(b"/");
        let level = match lname.as_slice() {
            [b'h', d @ b'1'..=b'4'] => Some(d - b'0'),
            _ => None,
        };
        if closing {
            if let (Some(_), Some((level, start))) = (level, open_heading) {
                if chrome_depth == 0 && start < w.out.len() {
                    headings.push(Heading {
                        level,
                        start,
                        end: w.out.len(),
                        in_article: article_depth > 0,
                    });
                }
                open_heading = None;
            }
        }
        if !self_closing {
            let depth = if lname == b"article" {
                Some(&mut article_depth)
            } else if CHROME_TAGS.iter().any(|t| t.as_bytes() == lname.as_slice()) {
                Some(&mut chrome_depth)
            } else {
                None
            };
            if let Some(d) = depth {
                *d = if closing { d.saturating_sub(1) } else { *d + 1 };
            }
        }
        if BLOCK_TAGS.iter().any(|t| t.as_bytes() == lname.as_slice()) {
            w.newline();
        } else if lname == b"td" || lname == b"th" {
            w.push_char(' ');
        }
        if let (false, false, Some(level)) = (closing, self_closing, level) {
            open_heading = Some((level, w.out.len()));
        }
        if !closing && !self_closing && RAW_TAGS.iter().any(|t| t.as_bytes() == lname.as_slice()) {
            let close = find_close(s, pos, &lname);
            let content_end = close.unwrap_or(s.len());
            if lname == b"title" && title.is_none() {
                let mut tw = Writer {
                    out: String::new(),
                    newlines: 0,
                    space: false,
                };
                decode_into(&s[pos..content_end], &mut tw);
                let t = tw.out.trim();
                if !t.is_empty() {
                    title = Some(t.to_string());
                }
            }
            let after = close.map_or(s.len(), |c| s[c..].find('>').map_or(s.len(), |i| c + i + 1));
            pos = after;
            text_from = after;
            if lname == b"title" {
                w.newline();
            }
        }
    }
    decode_into(&s[text_from..], &mut w);
    let mut text = w.out;
    while text.ends_with(['\n', ' ']) {
        text.pop();
    }
    for h in &mut headings {
        h.end = h.end.min(text.len());
        h.start = h.start.min(h.end);
    }
    Reduced {
        text,
        title,
        headings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduces_markup() {
        let html = "<html><head><title>제목 | 신문</title><style>p{color:red}</style></head>\
            <body><h1>카카오 &amp; 네이버</h1><p>첫 문단이다.&nbsp;둘째&#44; 셋째&#x2E;</p>\
            <script>var a = '<p>';</script><div>저작권 &copy; 신문<br>끝</div><!-- 주석 --></body></html>";
        assert!(looks_like_html(html));
        let r = reduce(html);
        assert_eq!(r.title.as_deref(), Some("제목 | 신문"));
        assert_eq!(
            r.text,
            "카카오 & 네이버\n\n첫 문단이다. 둘째, 셋째.\n\n저작권 © 신문\n끝"
        );
    }

    #[test]
    fn every_named_entity_is_decoded() {
        // Entities outside the ~45 once listed by hand, a two-char one, and references that
        // are not entities (left as written); invisible format characters are dropped.
        let r = reduce("<p>&alpha;&rarr;&Sigma; &NotEqualTilde; &frac12;&hearts; a&shy;b &#0; &foo; &amp x&nbsp;y</p>");
        assert_eq!(r.text, "α→Σ ≂̸ ½♥ ab &#0; &foo; &amp x y");
    }

    #[test]
    fn outline_is_the_articles_headline_and_subheadings() {
        let html = "<header><h1 class=\"logo\">한겨레</h1><nav><h2>오늘의 주요 뉴스 모아보기</h2></nav></header>\
            <article><p>사회 &gt; 해양</p><h2>동해 오징어 어획량 1년 새 62% 급감</h2><p>첫 문단이다.</p>\
            <h3>수온이 오르자 어장이 북쪽으로</h3><p>둘째 문단이다.</p><aside><h4>관련기사</h4></aside></article>\
            <h3>많이 본 기사</h3>";
        let r = reduce(html);
        let Outline {
            headline,
            subheadings: subs,
        } = r.outline();
        let text = |(s, e): (usize, usize)| r.text[s..e].to_string();
        assert_eq!(
            headline.map(text).as_deref(),
            Some("동해 오징어 어획량 1년 새 62% 급감")
        );
        let subs: Vec<String> = subs.into_iter().map(text).collect();
        assert_eq!(subs, ["수온이 오르자 어장이 북쪽으로"]);
        // Without an <article>, headings outside navigation, sidebars and footers count; a
        // logo too short for a headline does not.
        let r = reduce("<h1>연합뉴스</h1><header><h1>정부, AI 반도체에 3조원 투입</h1></header><p>본문.</p><footer><h3>회사 소개</h3></footer>");
        let Outline {
            headline,
            subheadings: subs,
        } = r.outline();
        assert_eq!(
            headline.map(text_of(&r)).as_deref(),
            Some("정부, AI 반도체에 3조원 투입")
        );
        assert!(subs.is_empty());
    }

    fn text_of(r: &Reduced) -> impl Fn((usize, usize)) -> String + '_ {
        |(s, e)| r.text[s..e].to_string()
    }

    #[test]
    fn korean_angle_brackets_are_not_html() {
        assert!(!looks_like_html(
            "<저작권자 ⓒ 머니S, 무단전재 및 재배포 금지>"
        ));
        assert!(!looks_like_html("a < b 이고 c > d 이다."));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for s in [
            "<p",
            "<p a=\"",
            "<p>a<",
            "<script>",
            "&#xFFFFFFFF;",
            "<!--",
            "<p a='>b",
            "&",
        ] {
            let _ = reduce(s);
        }
    }
}
