//! Metadata from the lines the cleaner took out: publisher, reporters, publication time, and
//! stock codes from the kept text.

use super::byline::scan::Part;
use super::byline::{self, Date, Dateline};
use super::{Metadata, Reporter, StockCode};
use crate::entity::{self, Label};
use crate::text::is_hangul;

/// Collects metadata while the cleaner walks the page.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    pub(crate) meta: Metadata,
    /// Publisher from a dateline ("[서울경제]"), used when no copyright line names one.
    dateline_publisher: Option<String>,
    /// Publisher from a "X 언론사 이미지" logo line.
    logo_publisher: Option<String>,
    /// A date labelled as an update, used when no other date is found.
    modified: Option<String>,
    /// Publishers' names printed alone on the page (a logo's or a link's text), the first few.
    printed: Vec<String>,
}

/// Most [`Collector::printed`] names kept.
const PRINTED_MAX: usize = 8;

/// Company forms a copyright notice adds to a publisher's name ("뉴시스통신사", "한겨레신문사").
const COMPANY_FORMS: &[&str] = &["사", "신문사", "통신사", "방송사", "주식회사"];

/// Words that the byline pattern can take for a name but are not names.
const NOT_NAMES: &[&str] = &[
    "글",
    "사진",
    "영상",
    "취재",
    "선임",
    "수석",
    "전문",
    "인턴",
    "수습",
    "객원",
    "편집",
    "기자",
    "특파원",
    "논설위원",
    "통신원",
    "에디터",
    "대기자",
];

impl Collector {
    fn add_reporter(&mut self, name: &str, email: Option<&str>) {
        let reporters = &mut self.meta.reporters;
        if let Some(r) = reporters.iter_mut().find(|r| r.name == name) {
            if r.email.is_none() {
                r.email = email.map(str::to_string);
            }
            return;
        }
        reporters.push(Reporter {
            name: name.to_string(),
            email: email.map(str::to_string),
        });
    }

    fn add_names(&mut self, names: &str, email: Option<&str>) {
        let mut added = false;
        for name in names.split(|c: char| !is_hangul(c)) {
            let n = name.chars().count();
            if (2..=4).contains(&n) && !NOT_NAMES.contains(&name) {
                // One e-mail address belongs to one reporter: the first named.
                self.add_reporter(name, if added { None } else { email });
                added = true;
            }
        }
    }

    /// Reads a byline, e-mail or date line.
    pub(crate) fn byline(&mut self, line: &str) {
        let email = byline::email(line).map(|m| m.as_str());
        if let Some(b) = byline::byline(line) {
            self.add_names(b.names.as_str(), email);
        } else if let Some(email) = email {
            // An address on its own line belongs to the last reporter without one.
            if let Some(r) = self
                .meta
                .reporters
                .iter_mut()
                .rev()
                .find(|r| r.email.is_none())
            {
                r.email = Some(email.to_string());
            }
        }
        if let Some(c) = byline::dateline_only(line) {
            self.dateline(&c);
        }
        self.dates(line);
    }

    /// Reads a dateline such as "(서울=연합뉴스) 김철수 기자 =".
    pub(crate) fn dateline(&mut self, c: &Dateline<'_>) {
        if let Some(p) = c.agency.or(c.publisher) {
            // With a city ("서울=연합뉴스") or a reporter ("OSEN=홍길동 기자") the bracket names the
            // agency whatever its ending.
            let publisher =
                c.city.is_some() || c.agency.is_some() || byline::is_publisher_name(p.as_str());
            if publisher && self.dateline_publisher.is_none() {
                self.dateline_publisher = Some(p.as_str().to_string());
            }
        }
        for n in [c.names, c.names2].into_iter().flatten() {
            self.add_names(n.as_str(), None);
        }
    }

    /// Reads a copyright line: the publisher, and a byline printed against it.
    pub(crate) fn copyright(&mut self, line: &str) {
        if self.meta.publisher.is_none() {
            self.meta.publisher = publisher_from_copyright(line);
        }
        if byline::byline(line).is_some() || byline::email(line).is_some() {
            self.byline(line);
        }
    }

    /// Reads a "한국경제 언론사 이미지" logo line.
    pub(crate) fn logo(&mut self, line: &str) {
        if self.logo_publisher.is_none() {
            let name = line
                .trim_end_matches("언론사 이미지")
                .trim_end_matches("언론사 로고")
                .trim();
            if (1..=20).contains(&name.chars().count()) {
                self.logo_publisher = Some(name.to_string());
            }
        }
    }

    /// Reads a line that may be a publisher's name printed alone ("뉴시스").
    pub(crate) fn printed_name(&mut self, line: &str) {
        let name = line.trim();
        if self.printed.len() < PRINTED_MAX
            && name.chars().count() <= 12
            && !name.contains(char::is_whitespace)
            && byline::is_publisher_name(name)
        {
            self.printed.push(name.to_string());
        }
    }

    /// The name the page itself uses for `publisher` when a notice printed the company's name
    /// ("뉴시스통신사", "한겨레신문사"): a name printed alone on the page, or the publisher of the
    /// reporters' addresses, that the company's name is made of and a company form.
    fn masthead(&self, publisher: &str) -> Option<String> {
        let domains = self
            .meta
            .reporters
            .iter()
            .filter_map(|r| r.email.as_deref())
            .filter_map(publisher_from_domain);
        self.printed
            .iter()
            .map(String::as_str)
            .chain(domains.map(|d| -> &str { d }))
            .find(|name| {
                publisher
                    .strip_prefix(name)
                    .is_some_and(|form| COMPANY_FORMS.contains(&form))
            })
            .map(str::to_string)
    }

    fn dates(&mut self, line: &str) {
        if self.meta.published.is_some() || !line.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        for c in byline::dates(line) {
            let Some(date) = normalise(&c) else { continue };
            let start = c.whole.start();
            // The label printed just before the date says whether it is the update time.
            let before = &line[..start];
            let label_from = before.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
            let label = &before[label_from..];
            if label.contains("수정") || label.contains("업데이트") || label.contains("Updated")
            {
                if self.modified.is_none() {
                    self.modified = Some(date);
                }
                continue;
            }
            self.meta.published = Some(date);
            return;
        }
    }

    /// Finds stock codes in kept text: 카카오(035720), (KRX:035720). The codes are the entity
    /// rules' (one scanner for the idea); the company is the name printed against the bracket.
    pub(crate) fn stock_codes(&mut self, text: &str) {
        if !text.contains(['(', '[']) {
            return;
        }
        for e in entity::rules::tag(text) {
            if e.label != Label::STOCK || self.meta.stock_codes.iter().any(|s| s.code == e.text) {
                continue;
            }
            let before = &text[..e.span.byte_start];
            let open = before.rfind(['(', '[']).unwrap_or(0);
            let company = company_before(&before[..open]);
            self.meta.stock_codes.push(StockCode {
                code: e.text,
                company,
            });
        }
    }

    /// Fills the fields that have fallbacks and returns the metadata.
    pub(crate) fn finish(mut self) -> Metadata {
        if self.meta.publisher.is_none() {
            self.meta.publisher = self.dateline_publisher.take();
        }
        if self.meta.publisher.is_none() {
            self.meta.publisher = self.logo_publisher.take();
        }
        if self.meta.publisher.is_none() {
            self.meta.publisher = self
                .meta
                .reporters
                .iter()
                .filter_map(|r| r.email.as_deref())
                .find_map(publisher_from_domain)
                .map(str::to_string);
        }
        if let Some(name) = self
            .meta
            .publisher
            .as_deref()
            .and_then(|p| self.masthead(p))
        {
            self.meta.publisher = Some(name);
        }
        if self.meta.published.is_none() {
            self.meta.published = self.modified.take();
        }
        self.meta
    }
}

/// The company name written straight before a stock code's bracket: up to 20 letters, digits
/// or `&` ("카카오", "SK하이닉스", "LG에너지솔루션"); `None` after a space or punctuation.
fn company_before(text: &str) -> Option<String> {
    let is_name = |c: char| is_hangul(c) || c.is_ascii_alphanumeric() || c == '&';
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_name(c))
        .take(20)
        .last()
        .map(|(i, _)| i)?;
    Some(text[start..].to_string())
}

/// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` from a [`byline::dates`] match, if the numbers make a date.
fn normalise(c: &Date<'_>) -> Option<String> {
    let num = |p: Part<'_>| p.as_str().parse::<u32>().ok();
    let (y, m, d) = (num(c.y)?, num(c.m)?, num(c.d)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    let Some(mut h) = c.h.and_then(num) else {
        return Some(date);
    };
    let mi = c.mi.or(c.mi2).and_then(num).unwrap_or(0);
    match c.ap.map(|m| m.as_str()) {
        Some("오후" | "PM" | "pm") if h < 12 => h += 12,
        Some("오전" | "AM" | "am") if h == 12 => h = 0,
        _ => {}
    }
    if h > 23 || mi > 59 {
        return Some(date);
    }
    Some(format!("{date} {h:02}:{mi:02}"))
}

/// The publisher named in a copyright notice: "Copyright © 서울경제.", "<저작권자 ⓒ '…' 머니S,
/// 무단전재…>", "[ⓒ 한국경제 & hankyung.com, …]".
pub(crate) fn publisher_from_copyright(line: &str) -> Option<String> {
    let after = ['©', 'ⓒ']
        .iter()
        .filter_map(|m| line.find(*m).map(|i| i + m.len_utf8()))
        .chain(
            ["(c)", "(C)"]
                .iter()
                .filter_map(|m| line.find(m).map(|i| i + m.len())),
        )
        .min()
        .or_else(|| {
            ["Copyright", "COPYRIGHT", "copyright", "저작권자"]
                .iter()
                .filter_map(|m| line.find(m).map(|i| i + m.len()))
                .min()
        })?;
    let mut rest = line[after..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ':' | '.' | '|'));
    // A leading year: "Copyright ⓒ 2024 The Korea Herald".
    rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ');
    // A quoted slogan before the name: "'성공을 꿈꾸는 사람들의 경제 뉴스' 머니S".
    if let Some(q) = rest.chars().next() {
        let close = match q {
            '\'' => Some('\''),
            '"' => Some('"'),
            '‘' => Some('’'),
            '“' => Some('”'),
            _ => None,
        };
        if let Some(close) = close {
            if let Some(end) = rest[q.len_utf8()..].find(close) {
                rest = rest[q.len_utf8() + end + close.len_utf8()..].trim_start();
            }
        }
    }
    // The name ends before the web address, the "무단전재" clause or a bracket; a slogan
    // printed before it without quotes ("경제를 보는 눈, 세계를 보는 창 아시아경제") is cut off by
    // taking the last comma-separated part and, in Korean, its last word.
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '(' | '&' | '<' | '>' | '[' | ']' | '|' | '/' | ':')
                || ["무단", "All", "ALL", "all ", "www"]
                    .iter()
                    .any(|w| rest[i..].starts_with(w))
        })
        .map_or(rest.len(), |(i, _)| i);
    let candidate = rest[..end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '·' | '_' | '-'));
    let mut name = candidate.rsplit([',', '.']).next().unwrap_or("").trim();
    if name.chars().any(is_hangul) {
        name = name.split_whitespace().last().unwrap_or("");
    }
    let n = name.chars().count();
    if n == 0 || n > 20 || name.starts_with("무단") || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(name.to_string())
}

/// A few major publishers by the domain of their reporters' addresses; the last resort for
/// [`Metadata::publisher`].
fn publisher_from_domain(email: &str) -> Option<&'static str> {
    const DOMAINS: &[(&str, &str)] = &[
        ("sedaily.com", "서울경제"),
        ("hankyung.com", "한국경제"),
        ("mk.co.kr", "매일경제"),
        ("yna.co.kr", "연합뉴스"),
        ("chosun.com", "조선일보"),
        ("joongang.co.kr", "중앙일보"),
        ("donga.com", "동아일보"),
        ("hani.co.kr", "한겨레"),
        ("khan.co.kr", "경향신문"),
        ("edaily.co.kr", "이데일리"),
        ("ajunews.com", "아주경제"),
        ("news1.kr", "뉴스1"),
        ("newsis.com", "뉴시스"),
        ("asiae.co.kr", "아시아경제"),
        ("heraldcorp.com", "헤럴드경제"),
        ("fnnews.com", "파이낸셜뉴스"),
        ("etnews.com", "전자신문"),
        ("zdnet.co.kr", "지디넷코리아"),
        ("moneys.co.kr", "머니S"),
        ("hankookilbo.com", "한국일보"),
        ("kmib.co.kr", "국민일보"),
        ("seoul.co.kr", "서울신문"),
        ("munhwa.com", "문화일보"),
        ("segye.com", "세계일보"),
        ("bloter.net", "블로터"),
        ("ddaily.co.kr", "디지털데일리"),
    ];
    let domain = email.rsplit('@').next()?;
    DOMAINS
        .iter()
        .find(|(d, _)| domain == *d || domain.ends_with(&format!(".{d}")))
        .map(|(_, p)| *p)
}

#[cfg(test)]
mod tests;
