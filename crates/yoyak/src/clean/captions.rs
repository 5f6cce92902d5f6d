//! Photo captions and credits: the caption rule's tests, and the alt text a page prints
//! before a caption.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::byline::{self, re};
use super::rules::strip_bullets;
use crate::text::is_hangul;

/// A photo credit: "사진=카카오", "사진제공=네이버", "[그래픽=…]".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:사진|그래픽|이미지|일러스트|인포그래픽|영상|자료|출처|제공)\s*(?:제공|출처)?\s*=")
});

/// A caption that ends with an agency or photographer credit after a slash: "… 전경. /연합뉴스".
static SLASH_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"[.)\]」』]\s*/\s*[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ·]{0,14}$"));

/// A date and an e-mail address ending a line, as agencies sign their photos.
static DATED_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}\.?\s+[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$",
    )
});

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
        if let Some(m) = CREDIT.find_iter(line).last() {
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
    if line.contains('@') && DATED_ADDRESS.is_match(line) {
        return true;
    }
    if chars <= 200 && line.contains('/') && SLASH_CREDIT.is_match(line) {
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
        && byline::EMAIL.find_iter(line).last().is_some_and(|m| {
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
