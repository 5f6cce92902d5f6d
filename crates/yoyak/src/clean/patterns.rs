//! Line patterns of Korean news pages: page widgets, comment dialogs, copyright notices,
//! bylines, photo captions, related-article lists.
//!
//! Every check here looks at one trimmed line on its own; decisions that need the lines around
//! it (summary blocks, sub-headings, the page tail) are made in the parent module. Cheap
//! `contains`/prefix tests and one hash lookup come first; the few regexes only run on lines
//! that passed such a test.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::RemovalReason;
use crate::text::is_hangul;

/// What one line is, judged on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Nothing recognisable: article text, a title, a sub-heading.
    Plain,
    /// Page furniture to remove for the given reason.
    Furniture(RemovalReason),
    /// A line announcing or explaining the portal's automatic summary.
    SummaryMarker,
    /// A photo caption or photo credit.
    Caption,
    /// A header such as "▶ 관련기사" that starts a list of links.
    RelatedHeader,
    /// An end-of-article mark such as "(끝)".
    End,
}

/// Lines longer than this (in chars) are running text or captions: no notice, widget, byline
/// or summary disclaimer is this long, so the other tests are skipped for them.
const LONG_LINE_CHARS: usize = 200;

/// Lines longer than this (in chars) are never looked up as whole widget phrases.
const PHRASE_MAX_CHARS: usize = 60;

/// Leading bullets and arrows that portals print before menu items and list entries.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '‧'
            | '∙'
            | '◦'
            | '▪'
            | '▫'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '●'
            | '○'
            | '*'
            | '▶'
            | '▷'
            | '►'
            | '※'
            | '☞'
            | '→'
            | '-'
            | '–'
            | '—'
            | '>'
            | '+'
    ) || c.is_whitespace()
}

/// The line without its leading bullets.
pub(crate) fn strip_bullets(line: &str) -> &str {
    line.trim_start_matches(is_bullet)
}

/// Number of Hangul syllables in `s`.
pub(crate) fn hangul_count(s: &str) -> usize {
    s.chars().filter(|&c| is_hangul(c)).count()
}

/// The lookup key of a short line: Hangul and Latin letters only (lowercased), so that "0개의
/// 댓글", "댓글 12" and "• 글자크기 설정" meet their table entries whatever the counts, spacing
/// and bullets.
fn phrase_key(line: &str, out: &mut String) {
    out.clear();
    for c in line.chars() {
        if is_hangul(c) || c == '_' {
            out.push(c);
        } else if c.is_ascii_alphabetic() {
            out.push(c.to_ascii_lowercase());
        }
    }
}

/// Whole-line phrases of portal chrome, keyed by [`phrase_key`].
static PHRASES: LazyLock<HashMap<&'static str, Class>> = LazyLock::new(|| {
    use RemovalReason::*;
    let mut m = HashMap::new();
    let widget = [
        "이글자크기로변경됩니다",
        "글자크기설정",
        "글자크기",
        "글자크기조절",
        "글자크기변경",
        "글자크기변경하기",
        "글씨크기",
        "가",
        "가가",
        "가단계작게",
        "가단계보통",
        "가단계크게",
        "가단계아주크게",
        "가단계최대크게",
        "본문듣기시작",
        "도움말",
        "가가가가가",
        "음성재생설정",
        "음성재생",
        "본문듣기",
        "기사듣기",
        "듣기",
        "읽어주기",
        "번역",
        "번역설정",
        "텍스트음성변환서비스사용하기",
        "성별",
        "말하기속도",
        "여성",
        "남성",
        "느림",
        "보통",
        "빠름",
        "인쇄",
        "인쇄하기",
        "프린트",
        "스크랩",
        "북마크",
        "공유",
        "공유하기",
        "기사공유하기",
        "sns공유",
        "sns보내기",
        "url복사",
        "링크복사",
        "주소복사",
        "복사하기",
        "카카오톡",
        "카카오톡공유",
        "카카오스토리",
        "페이스북",
        "페이스북공유",
        "트위터",
        "트위터공유",
        "엑스",
        "네이버블로그",
        "밴드",
        "메일보내기",
        "이메일",
        "좋아요",
        "싫어요",
        "추천",
        "추천해요",
        "추천하기",
        "기사추천",
        "비추천",
        "공감",
        "비공감",
        "구독",
        "구독하기",
        "구독중",
        "구독취소",
        "구독자",
        "응원",
        "응원수",
        "응원하기",
        "쏠쏠정보",
        "흥미진진",
        "공감백배",
        "분석탁월",
        "후속강추",
        "훈훈해요",
        "슬퍼요",
        "화나요",
        "팬이에요",
        "후속기사원해요",
        "쏠쏠정보흥미진진공감백배분석탁월후속강추",
        "좋아요훈훈해요슬퍼요화나요후속기사원해요",
        "기사원문",
        "원문보기",
        "기사원문보기",
        "본문보기",
        "요약",
    ];
    for k in widget {
        m.insert(k, Class::Furniture(Widget));
    }
    let toolbar = [
        "도구모음",
        "메뉴",
        "전체메뉴",
        "검색",
        "본문바로가기",
        "메인메뉴바로가기",
        "홈",
        "뉴스홈",
        "섹션",
        "섹션이동",
        "이전",
        "다음",
        "이전기사",
        "다음기사",
        "목록",
        "목록보기",
        "맨위로",
        "top",
        "위로",
        "로그아웃",
        "회원가입",
        "pc버전",
        "앱설치",
        "앱으로보기",
        "네이버뉴스",
        "navernews",
        "naver뉴스",
        "다음뉴스",
        "네이트뉴스",
        "nate뉴스",
        "언론사선정",
        "언론사구독",
        "언론사홈",
        "이언론사구독",
        "메인에서바로보는언론사편집뉴스지금바로구독해보세요",
        "언론사편집",
        "더보기",
        "펼치기",
        "접기",
    ];
    for k in toolbar {
        m.insert(k, Class::Furniture(Toolbar));
    }
    let comments = [
        "닫기",
        "신고사유",
        "신고",
        "신고하기",
        "로그인",
        "로그인후댓글작성이가능합니다",
        "로그인하시겠습니까",
        "로그인이필요합니다",
        "댓글을삭제하시겠습니까",
        "이미참여하셨습니다",
        "이미신고접수한게시물입니다",
        "신고접수가완료되었습니다담당자가확인후신속히처리하도록하겠습니다",
        "차단해제하시겠습니까",
        "사용자차단시현재사용자의게시물을보실수없습니다",
        "개의댓글",
        "댓글",
        "댓글개",
        "댓글수",
        "댓글쓰기",
        "댓글달기",
        "댓글작성",
        "댓글보기",
        "댓글더보기",
        "댓글입력",
        "전체댓글",
        "댓글정렬",
        "등록",
        "취소",
        "확인",
        "최신순",
        "공감순",
        "추천순",
        "과거순",
        "답글",
        "답글쓰기",
        "베스트댓글",
        "best댓글",
        "이기사에대해어떻게생각하시나요",
        "이기사를추천합니다",
        "이기사어떠셨나요",
        "기사에대한의견",
        "의견쓰기",
    ];
    for k in comments {
        m.insert(k, Class::Furniture(Comments));
    }
    let other = [
        "실시간인기",
        "기사이미지확대보기",
        "이미지확대",
        "이미지확대보기",
        "확대보기",
        "광고",
        "ad",
        "advertisement",
        "sponsored",
        "많이본뉴스",
        "가장많이본뉴스",
        "주요뉴스",
        "인기기사",
        "랭킹뉴스",
        "오늘의주요뉴스",
    ];
    for k in other {
        m.insert(k, Class::Furniture(Other));
    }
    for k in [
        "기자정보기사등록일",
        "기자정보",
        "기자프로필",
        "기사등록일",
        "기자구독",
        "기자의다른기사",
    ] {
        m.insert(k, Class::Furniture(Byline));
    }
    for k in [
        "관련기사",
        "관련뉴스",
        "관련기사더보기",
        "함께보면좋은뉴스",
        "함께볼만한뉴스",
        "추천기사",
        "추천뉴스",
        "이시각주요뉴스",
        "이시각인기뉴스",
        "오늘의핫뉴스",
        "이기자의다른기사",
        "기자의다른기사보기",
        "다른기사보기",
        "최신기사",
        "핫클릭",
        "오늘의핫클릭",
        "헤드라인",
        "포토뉴스",
    ] {
        m.insert(k, Class::RelatedHeader);
    }
    m
});

static COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d[\d,]*\s*/\s*\d[\d,]*$").expect("valid regex"));

/// A byline: names, an optional job word and a reporter title, then nothing but e-mail, date
/// and labels. `names` captures the names for [`super::metadata`].
pub(crate) static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\[(<]?\s*(?:글·사진|사진·글|글|사진|영상|취재)?\s*(?P<names>[가-힣]{2,4}(?:\s*[·,/]\s*[가-힣]{2,4})*)\s*(?:선임|수석|전문|인턴|수습|객원|편집|사진|영상|취재|대)?\s*(?:기자|특파원|논설위원|통신원|에디터)(?:$|[^가-힣])",
    )
    .expect("valid regex")
});

/// An e-mail address. The top-level domain is lowercase only, so an address printed straight
/// against the next word ("hoje@sedaily.comCopyright") stops at ".com".
pub(crate) static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[a-z]{2,}").expect("valid regex")
});

/// A calendar date with an optional time: "2024-06-23 15:15", "2023. 4. 18. 07:00",
/// "2024.05.01. 오전 9:12", "2024년 5월 1일 오후 3시".
pub(crate) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<y>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?P<m>\d{1,2})\s*(?:[-./]|월)\s*(?P<d>\d{1,2})(?:\s*[.일])?(?:\s*\([월화수목금토일]\))?(?:\s*(?P<ap>오전|오후|AM|PM|am|pm))?(?:\s*(?P<h>\d{1,2})\s*(?::\s*(?P<mi>\d{2})|시(?:\s*(?P<mi2>\d{1,2})\s*분)?))?",
    )
    .expect("valid regex")
});

/// Labels printed before publication and update times.
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"입력|수정|등록|승인|송고|업데이트|발행|게재|작성|전송|(?i:posted|updated|published|date)",
    )
    .expect("valid regex")
});

/// A bracketed dateline at the start of a paragraph: "[서울경제]", "(서울=연합뉴스) 김철수 기자 =",
/// "[아시아경제 홍길동 기자]", "【서울=뉴시스】".
pub(crate) static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\[【(<]\s*(?:(?P<city>[가-힣]{1,8})\s*=\s*)?(?P<pub>[가-힣A-Za-z0-9]{2,12})(?:\s+(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원))?\s*[\]】)>]\s*(?:(?P<names2>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=\s*)?",
    )
    .expect("valid regex")
});

/// A photo credit: "사진=카카오", "사진제공=네이버", "[그래픽=…]".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:사진|그래픽|이미지|일러스트|인포그래픽|영상|자료|출처|제공)\s*(?:제공|출처)?\s*=",
    )
    .expect("valid regex")
});

/// A caption that ends with an agency or photographer credit after a slash: "… 전경. /연합뉴스".
static SLASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.)\]」』]\s*/\s*[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ·]{0,14}$").expect("valid regex")
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

/// True when the line ends like a written sentence.
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '」' | '』')
    });
    (t.ends_with('.') && !t.ends_with("..")) || t.ends_with('다') || t.ends_with('。')
}

/// Any of the words a copyright notice is made of, found in one scan.
static COPYRIGHT_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"©|ⓒ|\([cC]\)|무단|저작권|(?i:copyright|all rights)").expect("valid regex")
});

/// Any of the words of a font-size, audio or translation widget or a summary disclaimer.
static WIDGET_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"글자 ?크기|글씨 ?크기|음성 ?재생|음성을 재생|Translated by|번역|권장|요약")
        .expect("valid regex")
});

/// True for a copyright or redistribution notice.
fn is_copyright(line: &str, chars: usize) -> bool {
    if chars > 200 || !COPYRIGHT_HINT.is_match(line) {
        return false;
    }
    let marked = line.contains('©')
        || line.contains('ⓒ')
        || line.contains("(c)")
        || line.contains("(C)")
        || line.contains("저작권")
        || line.contains("Copyright")
        || line.contains("COPYRIGHT")
        || line.contains("copyright");
    let starts_marked = {
        let s = line.trim_start_matches(['<', '[', '(', ' ']);
        s.starts_with('©') || s.starts_with('ⓒ') || s.starts_with("Copyright")
    };
    if starts_marked && chars <= 150 {
        return true;
    }
    if line.contains("All Rights Reserved")
        || line.contains("All rights reserved")
        || line.contains("ALL RIGHTS RESERVED")
    {
        return true;
    }
    let unlicensed = line.contains("무단")
        && (line.contains("전재") || line.contains("배포") || line.contains("복제"));
    // A sentence of the article that talks about copying ends in 다; a notice does not.
    let sentence = line.trim_end().trim_end_matches('.').ends_with('다');
    if unlicensed && !sentence && (marked || line.contains("금지")) {
        return true;
    }
    marked && chars <= 150 && (line.contains("Copyright") || line.contains("저작권자"))
}

/// True for the automatic-summary announcements and disclaimers of portals.
fn is_summary_marker(line: &str, chars: usize) -> bool {
    if chars > 200 {
        return false;
    }
    let rec = line.contains("권장");
    if rec
        && (line.contains("전체 맥락") || line.contains("본문 보기") || line.contains("전체보기"))
    {
        return true;
    }
    if line.contains("자동요약") || line.contains("자동 요약") || line.contains("요약된 내용입니다")
    {
        return true;
    }
    chars <= 15
        && (line.contains("기사요약") || line.contains("기사 요약") || line.contains("요약봇"))
}

/// True for a date line: "입력 2024-06-23 15:15", "기사입력 2024.05.01. 오전 9:12 수정 …".
fn is_date_line(line: &str, chars: usize) -> bool {
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

/// True for a photo caption or a line that is only a photo credit.
fn is_caption(line: &str, chars: usize) -> bool {
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
    if (line.contains('@') && line.contains("photo@"))
        || (line.contains('ⓒ') && (line.contains("ⓒ News1") || line.contains("ⓒNews1")))
    {
        return true;
    }
    if chars <= 200 && line.contains('/') && SLASH_CREDIT.is_match(line) {
        return true;
    }
    let t = line.trim_end_matches([']', ')', ' ']);
    chars <= 200
        && [
            "게티이미지뱅크",
            "게티이미지",
            "셔터스톡",
            "클립아트코리아",
            "자료사진",
        ]
        .iter()
        .any(|s| t.ends_with(s))
}

/// True when `alt` looks like the image's alt text printed just before its caption: a run
/// of keywords without punctuation ("초거대언어모델LLMKoGPT 인포그래픽 사진카카오").
pub(crate) fn is_alt_text(alt: &str, caption: &str) -> bool {
    let chars = alt.chars().count();
    if !(4..=80).contains(&chars)
        || alt.chars().any(|c| {
            matches!(
                c,
                '.' | ','
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '\''
                    | '"'
                    | '‘'
                    | '’'
                    | '“'
                    | '”'
                    | '='
                    | '/'
                    | '?'
                    | '!'
            )
        })
    {
        return false;
    }
    if let Some(last) = alt.split_whitespace().last() {
        if last.starts_with("사진") && last.chars().count() > 2 {
            return true;
        }
    }
    let mut seen = std::collections::HashSet::new();
    for c in caption.chars().filter(|c| c.is_alphanumeric()) {
        seen.insert(c);
    }
    let (mut total, mut hit) = (0usize, 0usize);
    for c in alt.chars().filter(|c| c.is_alphanumeric()) {
        total += 1;
        hit += usize::from(seen.contains(&c));
    }
    total >= 4 && hit * 10 >= total * 9
}

/// The dateline alone on its line ("[서울경제]"), or `None`.
pub(crate) fn dateline_only(line: &str) -> Option<regex::Captures<'_>> {
    if !line.starts_with(['[', '【', '(', '<']) {
        return None;
    }
    let c = DATELINE.captures(line)?;
    let whole = c.get(0)?;
    if whole.end() != line.len() || !dateline_is_valid(&c) {
        return None;
    }
    Some(c)
}

/// A dateline match is real when it names a city, a reporter or a known kind of publisher.
pub(crate) fn dateline_is_valid(c: &regex::Captures<'_>) -> bool {
    c.name("city").is_some()
        || c.name("names").is_some()
        || c.name("names2").is_some()
        || c.name("pub").is_some_and(|p| is_publisher_name(p.as_str()))
}

/// Classifies one trimmed, non-empty line on its own.
pub(crate) fn classify(line: &str, key_buf: &mut String) -> Class {
    use RemovalReason::*;
    let chars = line.chars().count();
    let body = strip_bullets(line);

    // Portal widgets with long fixed texts.
    if body.starts_with("(예시)") {
        return Class::Furniture(Widget);
    }
    if chars > LONG_LINE_CHARS {
        // A paragraph of running text: only a caption can be this long.
        return if is_caption(line, chars) {
            Class::Caption
        } else {
            Class::Plain
        };
    }
    // One scan decides whether any widget or summary wording is there at all.
    if !WIDGET_HINT.is_match(line) {
        return classify_rest(line, body, chars, key_buf);
    }
    if chars <= 80
        && (line.contains("글자크기")
            || line.contains("글자 크기")
            || line.contains("글씨크기")
            || line.contains("글씨 크기"))
    {
        return Class::Furniture(Widget);
    }
    if (chars <= 80 && line.contains("Translated by")) || (chars <= 40 && body.starts_with("번역"))
    {
        return Class::Furniture(Widget);
    }
    if chars <= 100
        && (line.contains("음성재생") || line.contains("음성 재생") || line.contains("음성을 재생"))
    {
        return Class::Furniture(Widget);
    }
    if is_summary_marker(line, chars) {
        return Class::SummaryMarker;
    }
    classify_rest(line, body, chars, key_buf)
}

/// [`classify`] after the widget and summary tests.
fn classify_rest(line: &str, body: &str, chars: usize, key_buf: &mut String) -> Class {
    use RemovalReason::*;
    // Captions first: a photo credit such as "ⓒ게티이미지뱅크" is not the article's notice.
    if is_caption(line, chars) {
        return Class::Caption;
    }
    if is_copyright(line, chars) {
        return Class::Furniture(Copyright);
    }
    if chars <= PHRASE_MAX_CHARS {
        phrase_key(body, key_buf);
        if key_buf.is_empty() {
            // Counters ("0 / 300"), lone numbers and punctuation.
            return if COUNTER.is_match(body.trim()) {
                Class::Furniture(Comments)
            } else if line.contains("(끝)") || line.contains("<끝>") {
                Class::End
            } else {
                Class::Furniture(Other)
            };
        }
        if let Some(c) = PHRASES.get(key_buf.as_str()) {
            return *c;
        }
        if key_buf == "끝"
            && (line.contains("(끝)") || line.contains("<끝>") || line.contains("[끝]"))
        {
            return Class::End;
        }
        if line.ends_with("언론사 이미지") || line.ends_with("언론사 로고") {
            return Class::Furniture(Other);
        }
        // "▶ 네이버에서 한국경제 구독하기", "☞ 제보하기" and the like.
        if body.len() != line.len()
            && [
                "구독",
                "바로가기",
                "네이버에서",
                "클릭",
                "채널 추가",
                "제보",
                "이벤트",
                "무료",
            ]
            .iter()
            .any(|w| body.contains(w))
            && !ends_like_sentence(line)
        {
            return Class::Furniture(Other);
        }
    }
    if chars <= 100 {
        if BYLINE.is_match(line) {
            let m = BYLINE.find(line).map_or(0, |m| m.end());
            let rest = &line[m.min(line.len())..];
            if hangul_count(rest) <= 12 && !rest.contains("다.") {
                return Class::Furniture(Byline);
            }
        }
        if !line.contains(char::is_whitespace) && EMAIL.is_match(line) && chars <= 60 {
            return Class::Furniture(Byline);
        }
        if is_date_line(line, chars) {
            return Class::Furniture(Byline);
        }
        if dateline_only(line).is_some() {
            return Class::Furniture(Byline);
        }
    }
    // "- headline - 머니S": a related-article entry with its source.
    if chars <= 150 && !ends_like_sentence(line) {
        if let Some(p) = line.rfind(" - ") {
            let src = line[p + 3..].trim();
            let n = src.chars().count();
            if (1..=12).contains(&n) && !src.contains(' ') {
                return Class::Furniture(RelatedLinks);
            }
        }
        if (body.starts_with("관련기사") || body.starts_with("[관련기사]")) && chars <= 15 {
            return Class::RelatedHeader;
        }
    }
    Class::Plain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(line: &str) -> Class {
        classify(line, &mut String::new())
    }

    #[test]
    fn widgets_and_dialogs() {
        assert_eq!(
            c("이 글자크기로 변경됩니다."),
            Class::Furniture(RemovalReason::Widget)
        );
        assert_eq!(c("0개의 댓글"), Class::Furniture(RemovalReason::Comments));
        assert_eq!(c("0 / 300"), Class::Furniture(RemovalReason::Comments));
        assert_eq!(
            c("  • 글자크기 설정"),
            Class::Furniture(RemovalReason::Widget)
        );
        assert_eq!(c("    도구모음"), Class::Furniture(RemovalReason::Toolbar));
        assert_eq!(c("(끝)"), Class::End);
    }

    #[test]
    fn bylines_captions_copyright() {
        assert_eq!(c("장하은 기자"), Class::Furniture(RemovalReason::Byline));
        assert_eq!(
            c("김성태 기자 2023. 4. 18. 07:00"),
            Class::Furniture(RemovalReason::Byline)
        );
        assert_eq!(
            c("입력 2024-06-23 15:15"),
            Class::Furniture(RemovalReason::Byline)
        );
        assert_eq!(c("[서울경제]"), Class::Furniture(RemovalReason::Byline));
        assert_eq!(c("[단독]"), Class::Plain);
        assert_eq!(c("김 기자는 현장에 있었다."), Class::Plain);
        assert_eq!(
            c("데이터센터 안산 전산동 옥탑 전경. /사진=카카오"),
            Class::Caption
        );
        assert_eq!(c("서울 시내 모습. /연합뉴스"), Class::Caption);
        assert_eq!(
            c("[ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지]"),
            Class::Furniture(RemovalReason::Copyright)
        );
        assert_eq!(c("회사는 무단 전재를 금지했다."), Class::Plain);
    }
}
