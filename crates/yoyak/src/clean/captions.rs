//! Photo captions and credits: the caption rule's tests, and the alt text a page prints
//! before a caption.

use std::collections::HashSet;
use std::iter;

use super::byline::scan::{is_name_char, skip_ws, word_at, Part};
use super::byline::{self, is_local_byte};
use super::rules::strip_bullets;
use crate::text::is_hangul;

/// A photo credit's label and its "=": "사진=카카오", "사진제공=네이버", "[그래픽=…]",
/// "사진 출처 = …". The pattern:
///
/// ```text
/// (?:사진|그래픽|이미지|일러스트|인포그래픽|영상|자료|출처|제공)\s*(?:제공|출처)?\s*=
/// ```
///
/// The labels in `line` from left to right, as `find_iter` gave them.
pub(super) fn credits(line: &str) -> impl Iterator<Item = Part<'_>> {
    let mut from = 0;
    iter::from_fn(move || {
        let (start, end) = line[from..]
            .char_indices()
            .find_map(|(i, _)| credit_at(line, from + i).map(|e| (from + i, e)))?;
        from = end;
        Some(Part::new(line, start, end))
    })
}

/// The end of the credit label that starts at `at`, if one does.
fn credit_at(line: &str, at: usize) -> Option<usize> {
    const LABELS: &[&str] = &[
        "사진",
        "그래픽",
        "이미지",
        "일러스트",
        "인포그래픽",
        "영상",
        "자료",
        "출처",
        "제공",
    ];
    // No label is the start of another, so one at most starts here.
    let p = skip_ws(line, LABELS.iter().find_map(|w| word_at(line, at, w))?);
    let second = ["제공", "출처"]
        .iter()
        .filter_map(|w| word_at(line, p, w).map(|e| skip_ws(line, e)));
    second
        .chain(iter::once(p))
        .find_map(|q| word_at(line, q, "="))
}

/// True when `line` ends with an agency or photographer credit after a slash: "… 전경. /연합뉴스",
/// "…(자료사진) / 홍길동 기자". The pattern:
///
/// ```text
/// [.)\]」』]\s*/\s*[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ·]{0,14}$
/// ```
pub(super) fn has_slash_credit(line: &str) -> bool {
    line.match_indices('/').any(|(i, _)| {
        // Whitespace is in neither the stop before the slash nor the credit's first char, so
        // each `\s*` takes exactly the run next to the slash.
        let stopped = line[..i]
            .trim_end_matches(char::is_whitespace)
            .ends_with(['.', ')', ']', '」', '』']);
        let credit = line[i + 1..].trim_start_matches(char::is_whitespace);
        let mut cs = credit.chars();
        stopped
            && cs.next().is_some_and(is_name_char)
            && cs.as_str().chars().count() <= 14
            && cs.all(|c| is_name_char(c) || c == ' ' || c == '·')
    })
}

/// True when `line` ends with a date and an e-mail address, as agencies sign their photos:
/// "… 있다. 2024.6.1 psj@yna.co.kr". The pattern:
///
/// ```text
/// (?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}\.?\s+[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$
/// ```
pub(super) fn has_dated_address(line: &str) -> bool {
    // Read from the end: no char after the `@` may be one, so it is the last `@`, and each
    // part before it is the whole run of its chars.
    let Some(at) = line.rfind('@') else {
        return false;
    };
    let domain = &line[at + 1..];
    let tld_ok = domain.rsplit_once('.').is_some_and(|(host, tld)| {
        !host.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase())
    });
    if !tld_ok
        || !domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return false;
    }
    let local = line[..at].trim_end_matches(|c: char| c.is_ascii() && is_local_byte(c as u8));
    let dated = local.trim_end_matches(char::is_whitespace);
    local.len() < at && dated.len() < local.len() && ends_with_dotted_date(dated.as_bytes())
}

/// True when `b` ends with `(?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}\.?`.
fn ends_with_dotted_date(b: &[u8]) -> bool {
    let digits = |s: usize, n: usize| {
        b.get(s..s + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let dot = |i: usize| b.get(i) == Some(&b'.');
    let stop = usize::from(b.last() == Some(&b'.'));
    (0..=stop).any(|s| {
        let end = b.len() - s;
        (1..=2).any(|dn| {
            (1..=2).any(|mn| {
                let Some(y) = end.checked_sub(dn + 1 + mn + 1 + 4) else {
                    return false;
                };
                matches!(&b[y..y + 2], b"19" | b"20")
                    && digits(y + 2, 2)
                    && dot(y + 4)
                    && digits(y + 5, mn)
                    && dot(y + 5 + mn)
                    && digits(end - dn, dn)
            })
        })
    })
}

/// Stock-photo agencies named at the end of a caption.
const PHOTO_AGENCIES: &[&str] = &[
    "게티이미지뱅크",
    "게티이미지",
    "셔터스톡",
    "클립아트코리아",
    "자료사진",
];

/// True for a photo caption or a line that is only a photo credit.
pub(crate) fn is_caption(line: &str, chars: usize) -> bool {
    if chars > 300 {
        return false;
    }
    if line.contains('=') {
        if let Some(m) = credits(line).last() {
            let before = line[..m.start()].trim_end();
            let after = &line[m.end()..];
            let credit_first = before.is_empty()
                || before.ends_with(['[', '(', '<', '/', '【', '▲', '△'])
                || strip_bullets(before).is_empty();
            if credit_first && chars <= 200 {
                return true;
            }
            if after.chars().count() <= 40 && !after.contains("다.") {
                return true;
            }
        }
    }
    if signed_by_photo_desk(line) || line.contains("ⓒ News1") || line.contains("ⓒNews1") {
        return true;
    }
    // An agency photo's date and photographer's address: "… 있다. 2024.6.1 psj@yna.co.kr".
    if line.contains('@') && has_dated_address(line) {
        return true;
    }
    if chars <= 200 && line.contains('/') && has_slash_credit(line) {
        return true;
    }
    let t = line.trim_end_matches([']', ')', ' ']);
    (chars <= 200 && PHOTO_AGENCIES.iter().any(|s| t.ends_with(s)))
        || (chars <= 150 && credit_after_sentence(t))
}

/// A caption signed with a photo desk's address at its end: "… 홍길동 기자 photo@yna.co.kr". An
/// address inside the text ("… 사진영상부(n-photo@newsis.com)에 보내주시면 …") is a notice's.
fn signed_by_photo_desk(line: &str) -> bool {
    line.contains("photo@")
        && byline::emails(line).last().is_some_and(|m| {
            m.as_str().contains("photo@")
                && line[m.end()..]
                    .trim_matches(|c: char| c.is_whitespace() || ")]>.".contains(c))
                    .is_empty()
        })
}

/// A caption whose last sentence is followed by its credit, a photographer or an agency: "…
/// 걷고 있다. 김혜윤 기자", "… 모습. 연합뉴스", "… 출국장 모습. 서울경제DB", "… 전경. 카카오 제공".
/// Running text never ends in a name after its stop.
fn credit_after_sentence(t: &str) -> bool {
    let Some((before, credit)) = t.rsplit_once(". ") else {
        return false;
    };
    let credit = credit.trim();
    let photographer = credit
        .strip_suffix("기자")
        .map(str::trim_end)
        .is_some_and(|n| (2..=4).contains(&n.chars().count()) && n.chars().all(is_hangul));
    // "서울경제DB", "카카오 제공", "연합뉴스 자료사진": a source and the kind of picture.
    let sourced = ["DB", "제공", "자료사진"].iter().any(|k| {
        credit
            .strip_suffix(k)
            .map(str::trim_end)
            .is_some_and(|src| (1..=10).contains(&src.chars().count()) && !src.contains(' '))
    });
    let agency = !credit.contains(' ') && byline::is_publisher_name(credit);
    !before.is_empty() && (photographer || sourced || agency)
}

/// Punctuation that never appears in an image's alt text.
const NOT_IN_ALT: &str = ".,()[]'\"‘’“”=/?!";

/// True when `alt` looks like the image's alt text printed just before its caption: a run
/// of keywords without punctuation ("초거대언어모델LLMKoGPT 인포그래픽 사진카카오").
pub(crate) fn is_alt_text(alt: &str, caption: &str) -> bool {
    let chars = alt.chars().count();
    if !(4..=80).contains(&chars) || alt.chars().any(|c| NOT_IN_ALT.contains(c)) {
        return false;
    }
    if let Some(last) = alt.split_whitespace().last() {
        if last.starts_with("사진") && last.chars().count() > 2 {
            return true;
        }
    }
    let seen: HashSet<char> = caption.chars().filter(|c| c.is_alphanumeric()).collect();
    let (mut total, mut hit) = (0usize, 0usize);
    for c in alt.chars().filter(|c| c.is_alphanumeric()) {
        total += 1;
        hit += usize::from(seen.contains(&c));
    }
    total >= 4 && hit * 10 >= total * 9
}
