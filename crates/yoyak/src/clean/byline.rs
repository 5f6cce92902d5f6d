//! Bylines, datelines, dates and addresses: the patterns the line rules recognise them by and
//! `metadata` reads them with, kept in one place so both agree.
//!
//! These stay regexes rather than [`crate::entity::rules`]: the cleaner needs the parts
//! (names before 기자, the year, month, day, hour and 오전/오후 of a date, the city and agency of
//! a dateline) and an address cut at a lowercase top-level domain glued to the next word,
//! where the entity scanners give a labelled span only.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::hangul_count;

/// A compiled pattern of this module's constants (they are tested, so they compile).
///
/// Digits are written `[0-9]` and case is folded ASCII-only (`(?i-u:…)`): the parts are read
/// with `str::parse`, which takes ASCII digits only, and Unicode `\d` and case folding made
/// each pattern's automaton, compiled once per process, several times larger.
pub(crate) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// A byline: an optional city ("제주=", "강릉/"), names, an optional job word and a reporter title,
/// then nothing but e-mail, date and labels. `names` captures the names for `metadata`.
pub(crate) static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\[(<]?\s*(?:[가-힣]{1,8}\s*[=/]\s*)?(?:글·사진|사진·글|글|사진|영상|취재)?\s*(?P<names>[가-힣]{2,4}(?:\s*[·,/]\s*[가-힣]{2,4})*)\s*(?:선임|수석|전문|인턴|수습|객원|편집|사진|영상|취재|대)?\s*(?:기자|특파원|논설위원|통신원|에디터)(?:$|[^가-힣])",
    )
});

/// An e-mail address. The top-level domain is lowercase only, so an address printed straight
/// against the next word ("hoje@sedaily.comCopyright") stops at ".com".
pub(crate) static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[a-z]{2,}"));

/// A calendar date with an optional time: "2024-06-23 15:15", "2023. 4. 18. 07:00",
/// "2024.05.01. 오전 9:12", "2024년 5월 1일 오후 3시".
pub(crate) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<y>(?:19|20)[0-9]{2})\s*(?:[-./]|년)\s*(?P<m>[0-9]{1,2})\s*(?:[-./]|월)\s*(?P<d>[0-9]{1,2})(?:\s*[.일])?(?:\s*\([월화수목금토일]\))?(?:\s*(?P<ap>오전|오후|AM|PM|am|pm))?(?:\s*(?P<h>[0-9]{1,2})\s*(?::\s*(?P<mi>[0-9]{2})|시(?:\s*(?P<mi2>[0-9]{1,2})\s*분)?))?",
    )
});

/// Labels printed before publication and update times.
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"입력|수정|등록|승인|송고|업데이트|발행|게재|작성|전송|(?i-u:posted|updated|published|date)",
    )
});

/// A bracketed dateline at the start of a paragraph: "[서울경제]", "(서울=연합뉴스) 김철수 기자 =",
/// "[아시아경제 홍길동 기자]", "【서울=뉴시스】".
pub(crate) static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\[【(<]\s*(?:(?P<city>[가-힣]{1,8})\s*=\s*)?(?P<pub>[가-힣A-Za-z0-9]{2,12})(?:\s+(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원))?\s*[\]】)>]\s*(?:(?P<names2>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=\s*)?",
    )
});

/// A dateline naming the publisher and the reporter with "=": "[OSEN=홍길동 기자]",
/// "[스포츠조선 = 홍길동 기자]". `agency` is always the publisher, whatever its ending.
static NAMED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\[【(<]\s*(?P<agency>[가-힣A-Za-z0-9]{2,12})\s*=\s*(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*[\]】)>]\s*",
    )
});

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
    BYLINE.find(line).is_some_and(|m| {
        let rest = &line[m.end()..];
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
    for c in DATE.captures_iter(line) {
        let m = c.get(0).expect("group 0");
        any = true;
        timed |= c.name("h").is_some();
        rest.push_str(&line[last..m.start()]);
        last = m.end();
    }
    if !any {
        return false;
    }
    rest.push_str(&line[last..]);
    if line.trim_end().ends_with("다.") {
        return false;
    }
    (timed || DATE_LABEL.is_match(&rest)) && hangul_count(&rest) <= 14
}

/// The dateline alone on its line ("[서울경제]"), or `None`.
pub(crate) fn dateline_only(line: &str) -> Option<regex::Captures<'_>> {
    let c = dateline_at_start(line)?;
    (c.get(0)?.end() == line.len()).then_some(c)
}

/// The valid dateline at the start of `line`, if any.
pub(crate) fn dateline_at_start(line: &str) -> Option<regex::Captures<'_>> {
    if !line.starts_with(['[', '【', '(', '<']) {
        return None;
    }
    DATELINE
        .captures(line)
        .filter(dateline_is_valid)
        .or_else(|| NAMED_DATELINE.captures(line))
}

/// A dateline match is real when it names a city, a reporter or a known kind of publisher.
fn dateline_is_valid(c: &regex::Captures<'_>) -> bool {
    c.name("city").is_some()
        || c.name("names").is_some()
        || c.name("names2").is_some()
        || c.name("pub").is_some_and(|p| is_publisher_name(p.as_str()))
}
