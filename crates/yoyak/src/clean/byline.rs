//! Bylines, datelines, dates and addresses: the patterns the line rules recognise them by and
//! `metadata` reads them with, kept in one place so both agree.
//!
//! They are plain scans, not regexes: compiling the regexes cost more, once per process, than
//! the command line spends cleaning a page. Each matcher gives exactly the answers of the regex
//! its doc comment shows (`byline/tests.rs` checks them against it), and returns the parts the
//! cleaner reads: the names before 기자, the year, month, day, hour and 오전/오후 of a date, the
//! city and agency of a dateline. They stay here rather than in [`crate::entity::rules`]: the
//! entity scanners give a labelled span only, and cut an address differently.

use std::iter;

use self::scan::{
    char_at, contains_ignore_ascii_case, first_word_at, greedy_ends, is_name_char, names, skip_ws,
    word_at, Part,
};
use super::rules::hangul_count;
use crate::text::is_hangul;

pub(super) mod scan;

/// Titles a byline ends with.
const TITLES: &[&str] = &["기자", "특파원", "논설위원", "통신원", "에디터"];

/// A byline's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Byline<'h> {
    pub(crate) whole: Part<'h>,
    /// The reporters' names: "홍길동", "이영희·박민수".
    pub(crate) names: Part<'h>,
}

/// A byline: an optional city ("제주=", "강릉/"), names, an optional job word and a reporter
/// title, and then the end or a char that is not a syllable: "장하은 기자", "글·사진 김철수 기자",
/// "이영희·박민수 기자", "제주=홍길동 기자", "[스포츠조선 = 김철수 기자]", "홍길동 대기자",
/// "강릉/박성우 기자 swpark@hani.co.kr". The pattern:
///
/// ```text
/// ^[\[(<]?\s*(?:[가-힣]{1,8}\s*[=/]\s*)?(?:글·사진|사진·글|글|사진|영상|취재)?\s*
/// (?P<names>[가-힣]{2,4}(?:\s*[·,/]\s*[가-힣]{2,4})*)\s*
/// (?:선임|수석|전문|인턴|수습|객원|편집|사진|영상|취재|대)?\s*
/// (?:기자|특파원|논설위원|통신원|에디터)(?:$|[^가-힣])
/// ```
pub(crate) fn byline(line: &str) -> Option<Byline<'_>> {
    const WORKS: &[&str] = &["글·사진", "사진·글", "글", "사진", "영상", "취재"];
    // A quick no for the many lines without a title.
    if !TITLES.iter().any(|t| line.contains(t)) {
        return None;
    }
    // Every `?` and `*` is greedy: the regex tries a part before going without it.
    let opens: &[usize] = if line.starts_with(['[', '(', '<']) {
        &[1, 0]
    } else {
        &[0]
    };
    for &open in opens {
        let p = skip_ws(line, open);
        let cities = greedy_ends(line, p, 1, 8, is_hangul).filter_map(|e| {
            let q = skip_ws(line, e);
            matches!(char_at(line, q), Some('=' | '/')).then(|| skip_ws(line, q + 1))
        });
        for c in cities.chain(iter::once(p)) {
            let works = WORKS.iter().filter_map(|w| word_at(line, c, w));
            for w in works.chain(iter::once(c)) {
                let start = skip_ws(line, w);
                let found = names(line, start, &['·', ',', '/'], &mut |e| {
                    byline_title(line, e).map(|end| (e, end))
                });
                if let Some((e, end)) = found {
                    return Some(Byline {
                        whole: Part::new(line, 0, end),
                        names: Part::new(line, start, e),
                    });
                }
            }
        }
    }
    None
}

/// What follows a byline's names from `at`: `\s*(?:선임|…|대)?\s*(?:기자|…)(?:$|[^가-힣])`; the
/// end of the match.
fn byline_title(line: &str, at: usize) -> Option<usize> {
    const JOBS: &[&str] = &[
        "선임", "수석", "전문", "인턴", "수습", "객원", "편집", "사진", "영상", "취재", "대",
    ];
    let p = skip_ws(line, at);
    let jobs = JOBS
        .iter()
        .filter_map(|j| word_at(line, p, j).map(|e| skip_ws(line, e)));
    jobs.chain(iter::once(p)).find_map(|q| {
        let e = first_word_at(line, q, TITLES)?;
        match char_at(line, e) {
            None => Some(e),
            Some(c) if !is_hangul(c) => Some(e + c.len_utf8()),
            Some(_) => None,
        }
    })
}

/// An e-mail address: "hong@sedaily.com", "hong.gildong@example.co.kr". The top-level domain is
/// lowercase only, so an address printed straight against the next word
/// ("hoje@sedaily.comCopyright") stops at ".com". The pattern:
///
/// ```text
/// [A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[a-z]{2,}
/// ```
///
/// The addresses in `line` from left to right, as `find_iter` gave them.
pub(crate) fn emails(line: &str) -> impl Iterator<Item = Part<'_>> {
    let mut from = 0;
    iter::from_fn(move || {
        let m = email_from(line, from)?;
        from = m.end();
        Some(m)
    })
}

/// The first address in `line`, if any.
pub(crate) fn email(line: &str) -> Option<Part<'_>> {
    emails(line).next()
}

/// `[A-Za-z0-9._%+-]`: a char of an address before its `@`.
pub(crate) fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-".contains(&b)
}

/// The leftmost address at or after `from`.
fn email_from(line: &str, from: usize) -> Option<Part<'_>> {
    let b = line.as_bytes();
    // The part before `@` cannot hold an `@`, so each `@` starts its own candidates, and the
    // leftmost start is where the run of address chars before it begins.
    for at in (from..b.len()).filter(|&i| b[i] == b'@') {
        let start = at
            - b[from..at]
                .iter()
                .rev()
                .take_while(|&&c| is_local_byte(c))
                .count();
        if start == at {
            continue;
        }
        // `(?:[A-Za-z0-9-]+\.)+` takes as many labels as it can and gives them back one at a
        // time until `[a-z]{2,}` follows, so the last label a lowercase run follows wins.
        let (mut p, mut end) = (at + 1, None);
        loop {
            let label = b[p..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
            if label == 0 || b.get(p + label) != Some(&b'.') {
                break;
            }
            p += label + 1;
            let tld = b[p..].iter().take_while(|c| c.is_ascii_lowercase()).count();
            if tld >= 2 {
                end = Some(p + tld);
            }
        }
        if let Some(end) = end {
            return Some(Part::new(line, start, end));
        }
    }
    None
}

/// A date's parts: year, month and day, and the time's when it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Date<'h> {
    pub(crate) whole: Part<'h>,
    pub(crate) y: Part<'h>,
    pub(crate) m: Part<'h>,
    pub(crate) d: Part<'h>,
    /// 오전, 오후, AM, PM, am or pm.
    pub(crate) ap: Option<Part<'h>>,
    pub(crate) h: Option<Part<'h>>,
    /// Minutes after a colon ("15:15").
    pub(crate) mi: Option<Part<'h>>,
    /// Minutes after 시 ("3시 5분").
    pub(crate) mi2: Option<Part<'h>>,
}

/// A calendar date with an optional time: "2024-06-23 15:15", "2023. 4. 18. 07:00",
/// "2024.05.01. 오전 9:12", "2024년 5월 1일 오후 3시", "2024.05.01(수) 10시 30분". Digits are ASCII
/// (the parts go to `str::parse`). The pattern:
///
/// ```text
/// (?P<y>(?:19|20)[0-9]{2})\s*(?:[-./]|년)\s*(?P<m>[0-9]{1,2})\s*(?:[-./]|월)\s*(?P<d>[0-9]{1,2})
/// (?:\s*[.일])?(?:\s*\([월화수목금토일]\))?(?:\s*(?P<ap>오전|오후|AM|PM|am|pm))?
/// (?:\s*(?P<h>[0-9]{1,2})\s*(?::\s*(?P<mi>[0-9]{2})|시(?:\s*(?P<mi2>[0-9]{1,2})\s*분)?))?
/// ```
///
/// The dates in `line` from left to right, as `captures_iter` gave them.
pub(crate) fn dates(line: &str) -> impl Iterator<Item = Date<'_>> {
    let mut from = 0;
    iter::from_fn(move || {
        let b = line.as_bytes();
        let date = (from..b.len())
            .filter(|&i| matches!(b[i], b'1' | b'2'))
            .find_map(|i| date_at(line, i))?;
        from = date.whole.end();
        Some(date)
    })
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// `(?:[-./]|sep)` at `at`.
fn date_sep(line: &str, at: usize, sep: &str) -> Option<usize> {
    match char_at(line, at)? {
        '-' | '.' | '/' => Some(at + 1),
        _ => word_at(line, at, sep),
    }
}

/// The date that starts at `at`, if one does.
fn date_at(line: &str, at: usize) -> Option<Date<'_>> {
    let b = line.as_bytes();
    let year = b.get(at..at + 4)?;
    if !matches!(&year[..2], b"19" | b"20") || !year[2..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let p = skip_ws(line, date_sep(line, skip_ws(line, at + 4), "년")?);
    let part = |s, e| Part::new(line, s, e);
    // A two-digit month leaves no room for a one-digit one: its second digit is not a
    // separator. The day is followed by optional parts only, so its longest run is taken.
    let (m_end, d, d_end) = greedy_ends(line, p, 1, 2, is_digit).find_map(|me| {
        let d = skip_ws(line, date_sep(line, skip_ws(line, me), "월")?);
        Some((me, d, greedy_ends(line, d, 1, 2, is_digit).next()?))
    })?;
    let mut date = Date {
        whole: part(at, d_end),
        y: part(at, at + 4),
        m: part(p, m_end),
        d: part(d, d_end),
        ap: None,
        h: None,
        mi: None,
        mi2: None,
    };
    // The rest is a row of optional groups with nothing required after them, so each is taken
    // when it matches where the last one ended, and skipped (whitespace and all) when not.
    let mut end = d_end;
    let q = skip_ws(line, end);
    if let Some(c @ ('.' | '일')) = char_at(line, q) {
        end = q + c.len_utf8();
    }
    let q = skip_ws(line, end);
    if b.get(q) == Some(&b'(')
        && char_at(line, q + 1).is_some_and(|c| "월화수목금토일".contains(c))
        && b.get(q + 4) == Some(&b')')
    {
        end = q + 5;
    }
    let q = skip_ws(line, end);
    if let Some(e) = first_word_at(line, q, &["오전", "오후", "AM", "PM", "am", "pm"]) {
        date.ap = Some(part(q, e));
        end = e;
    }
    let q = skip_ws(line, end);
    for h_end in greedy_ends(line, q, 1, 2, is_digit) {
        let r = skip_ws(line, h_end);
        if b.get(r) == Some(&b':') {
            let t = skip_ws(line, r + 1);
            if b.get(t..t + 2)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            {
                (date.h, date.mi, end) = (Some(part(q, h_end)), Some(part(t, t + 2)), t + 2);
                break;
            }
        } else if let Some(e) = word_at(line, r, "시") {
            (date.h, end) = (Some(part(q, h_end)), e);
            let t = skip_ws(line, e);
            for mi_end in greedy_ends(line, t, 1, 2, is_digit) {
                if let Some(e) = word_at(line, skip_ws(line, mi_end), "분") {
                    (date.mi2, end) = (Some(part(t, mi_end)), e);
                    break;
                }
            }
            break;
        }
    }
    date.whole = part(at, end);
    Some(date)
}

/// A label printed before publication and update times: 입력, 수정, 등록, 승인, 송고, 업데이트,
/// 발행, 게재, 작성, 전송, or posted, updated, published or date in any ASCII case. The pattern:
///
/// ```text
/// 입력|수정|등록|승인|송고|업데이트|발행|게재|작성|전송|(?i-u:posted|updated|published|date)
/// ```
fn has_date_label(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "입력",
        "수정",
        "등록",
        "승인",
        "송고",
        "업데이트",
        "발행",
        "게재",
        "작성",
        "전송",
    ];
    LABELS.iter().any(|w| s.contains(w))
        || [&b"posted"[..], b"updated", b"published", b"date"]
            .iter()
            .any(|w| contains_ignore_ascii_case(s, w))
}

/// A dateline's parts. [`dateline`] fills `city`, `publisher`, `names` and `names2`;
/// [`named_dateline`] fills `agency` and `names`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dateline<'h> {
    pub(crate) whole: Part<'h>,
    /// The city before "=": "서울" in "(서울=연합뉴스)".
    pub(crate) city: Option<Part<'h>>,
    /// The bracket's name: "서울경제" in "[서울경제]", a publisher or a tag such as 단독.
    pub(crate) publisher: Option<Part<'h>>,
    /// The publisher before "=" and a reporter: "OSEN" in "[OSEN=홍길동 기자]".
    pub(crate) agency: Option<Part<'h>>,
    /// Reporters inside the bracket: "홍길동" in "[아시아경제 홍길동 기자]".
    pub(crate) names: Option<Part<'h>>,
    /// Reporters after the bracket: "김철수" in "(서울=연합뉴스) 김철수 기자 =".
    pub(crate) names2: Option<Part<'h>>,
}

/// `[\[【(<]\s*` at the start of `line`: where what the bracket holds starts.
fn dateline_open(line: &str) -> Option<usize> {
    let c = char_at(line, 0).filter(|c| matches!(c, '[' | '【' | '(' | '<'))?;
    Some(skip_ws(line, c.len_utf8()))
}

/// `\s*[\]】)>]\s*` at `at`: where what follows the bracket starts.
fn dateline_close(line: &str, at: usize) -> Option<usize> {
    let q = skip_ws(line, at);
    let c = char_at(line, q).filter(|c| matches!(c, ']' | '】' | ')' | '>'))?;
    Some(skip_ws(line, q + c.len_utf8()))
}

/// `\s*(?:기자|특파원)` at `at`.
fn reporter_title(line: &str, at: usize) -> Option<usize> {
    first_word_at(line, skip_ws(line, at), &["기자", "특파원"])
}

/// A bracketed dateline at the start of a paragraph: "[서울경제]", "(서울=연합뉴스) 김철수 기자 =",
/// "[아시아경제 홍길동 기자]", "【서울=뉴시스】", and also a tag like "[단독]" ([`dateline_at_start`]
/// tells them apart). The pattern:
///
/// ```text
/// ^[\[【(<]\s*(?:(?P<city>[가-힣]{1,8})\s*=\s*)?(?P<pub>[가-힣A-Za-z0-9]{2,12})
/// (?:\s+(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원))?\s*[\]】)>]\s*
/// (?:(?P<names2>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=\s*)?
/// ```
pub(crate) fn dateline(line: &str) -> Option<Dateline<'_>> {
    let p = dateline_open(line)?;
    let part = |s, e| Part::new(line, s, e);
    let cities = greedy_ends(line, p, 1, 8, is_hangul).filter_map(|e| {
        let q = skip_ws(line, e);
        (char_at(line, q) == Some('=')).then(|| (Some(part(p, e)), skip_ws(line, q + 1)))
    });
    for (city, c) in cities.chain(iter::once((None, p))) {
        for pub_end in greedy_ends(line, c, 2, 12, is_name_char) {
            let mut found = Dateline {
                whole: part(0, 0),
                city,
                publisher: Some(part(c, pub_end)),
                agency: None,
                names: None,
                names2: None,
            };
            // The reporter inside the bracket is tried first; the bracket must close after it.
            let q = skip_ws(line, pub_end);
            let inside = (q > pub_end)
                .then(|| {
                    names(line, q, &['·', ','], &mut |e| {
                        let after = dateline_close(line, reporter_title(line, e)?)?;
                        Some((e, after))
                    })
                })
                .flatten();
            let after = match inside {
                Some((e, after)) => {
                    found.names = Some(part(q, e));
                    after
                }
                None => match dateline_close(line, pub_end) {
                    Some(after) => after,
                    None => continue,
                },
            };
            // Nothing after this is required, so the match is found; the reporter named after
            // the bracket is taken when it is there.
            let outside = names(line, after, &['·', ','], &mut |e| {
                let t = skip_ws(line, reporter_title(line, e)?);
                (char_at(line, t) == Some('=')).then(|| (e, skip_ws(line, t + 1)))
            });
            let end = match outside {
                Some((e, end)) => {
                    found.names2 = Some(part(after, e));
                    end
                }
                None => after,
            };
            found.whole = part(0, end);
            return Some(found);
        }
    }
    None
}

/// A dateline naming the publisher and the reporter with "=": "[OSEN=홍길동 기자]",
/// "[스포츠조선 = 홍길동 기자]". `agency` is always the publisher, whatever its ending. The
/// pattern:
///
/// ```text
/// ^[\[【(<]\s*(?P<agency>[가-힣A-Za-z0-9]{2,12})\s*=\s*
/// (?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*[\]】)>]\s*
/// ```
fn named_dateline(line: &str) -> Option<Dateline<'_>> {
    let p = dateline_open(line)?;
    greedy_ends(line, p, 2, 12, is_name_char).find_map(|agency_end| {
        let q = skip_ws(line, agency_end);
        let start = skip_ws(line, word_at(line, q, "=")?);
        names(line, start, &['·', ','], &mut |e| {
            Some((e, dateline_close(line, reporter_title(line, e)?)?))
        })
        .map(|(e, end)| Dateline {
            whole: Part::new(line, 0, end),
            city: None,
            publisher: None,
            agency: Some(Part::new(line, p, agency_end)),
            names: Some(Part::new(line, start, e)),
            names2: None,
        })
    })
}

/// Name endings of Korean publishers, for telling a dateline "[서울경제]" from a tag "[단독]".
const PUBLISHER_SUFFIXES: &[&str] = &[
    "경제",
    "일보",
    "신문",
    "뉴스",
    "투데이",
    "데일리",
    "방송",
    "타임스",
    "타임즈",
    "저널",
    "미디어",
    "코리아",
    "헤럴드",
    "통신",
    "TV",
    "뉴시스",
    "뉴스1",
    "비즈",
    "포스트",
    "머니S",
    "닷컴",
    "위클리",
];

/// True when `name` looks like a publisher's name rather than a tag such as 단독 or 속보.
pub(crate) fn is_publisher_name(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    if PUBLISHER_SUFFIXES.iter().any(|s| name.ends_with(s)) {
        return true;
    }
    // Broadcasters: KBS, MBC, SBS, YTN, JTBC.
    (2..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// True for a byline line: "장하은 기자", "김성태 기자 2023. 4. 18. 07:00", with no sentence after.
pub(crate) fn is_byline(line: &str) -> bool {
    byline(line).is_some_and(|m| {
        let rest = &line[m.whole.end()..];
        hangul_count(rest) <= 12 && !rest.contains("다.")
    })
}

/// True for a date line: "입력 2024-06-23 15:15", "기사입력 2024.05.01. 오전 9:12 수정 …".
pub(crate) fn is_date_line(line: &str, chars: usize) -> bool {
    if chars > 100 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut rest = String::new();
    let mut last = 0;
    let mut timed = false;
    let mut any = false;
    for d in dates(line) {
        any = true;
        timed |= d.h.is_some();
        rest.push_str(&line[last..d.whole.start()]);
        last = d.whole.end();
    }
    if !any {
        return false;
    }
    rest.push_str(&line[last..]);
    if line.trim_end().ends_with("다.") {
        return false;
    }
    (timed || has_date_label(&rest)) && hangul_count(&rest) <= 14
}

/// The dateline alone on its line ("[서울경제]"), or `None`.
pub(crate) fn dateline_only(line: &str) -> Option<Dateline<'_>> {
    dateline_at_start(line).filter(|c| c.whole.end() == line.len())
}

/// The valid dateline at the start of `line`, if any.
pub(crate) fn dateline_at_start(line: &str) -> Option<Dateline<'_>> {
    dateline(line)
        .filter(dateline_is_valid)
        .or_else(|| named_dateline(line))
}

/// A dateline match is real when it names a city, a reporter or a known kind of publisher.
fn dateline_is_valid(c: &Dateline<'_>) -> bool {
    c.city.is_some()
        || c.names.is_some()
        || c.names2.is_some()
        || c.publisher.is_some_and(|p| is_publisher_name(p.as_str()))
}

#[cfg(test)]
mod tests;
