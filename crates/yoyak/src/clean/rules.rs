//! The line rules: what one line of a Korean news page is, judged on its own.
//!
//! [`RULES`] is an ordered list; the first rule that applies to a line decides its [`Class`],
//! and a line no rule applies to is [`Class::Plain`]. Each rule has a name, a one-line reason
//! and a case file `tests/cases/clean/rules/<name>.txt` of lines it must remove and lines that
//! must be kept (run by this module's tests). Whole-line phrases are data: the tables in
//! `phrases/*.txt`, one phrase a line. Decisions that need the lines around a line (summary
//! blocks, sub-headings, the page's tail) are made in `page`.

use super::byline::scan::contains_ignore_ascii_case;
use super::phrases::{
    phrase_key, Phrases, BYLINE_LABELS, COMMENTS, OTHER, RELATED, TOOLBAR, WIDGET,
};
use super::RemovalReason::{self, *};
use super::{byline, captions};
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

/// One trimmed, non-empty line as the rules see it.
pub(crate) struct Line<'a> {
    /// The line.
    text: &'a str,
    /// The line without its leading bullets.
    body: &'a str,
    /// Its length in chars.
    chars: usize,
    /// For lines of at most [`PHRASE_MAX_CHARS`] chars, the [`phrase_key`] of `body`.
    key: Option<&'a str>,
}

/// Lines longer than this (in chars) are never looked up as phrases: no widget label is.
const PHRASE_MAX_CHARS: usize = 60;

impl<'a> Line<'a> {
    /// `key_buf` holds the phrase key, so classifying a page allocates it once.
    fn new(text: &'a str, key_buf: &'a mut String) -> Self {
        let chars = text.chars().count();
        let body = strip_bullets(text);
        let key = (chars <= PHRASE_MAX_CHARS).then(|| {
            phrase_key(body, key_buf);
            key_buf.as_str()
        });
        Line {
            text,
            body,
            chars,
            key,
        }
    }
}

/// A named line rule.
#[cfg_attr(
    not(test),
    expect(dead_code, reason = "name and why are read by the case tests")
)]
pub(crate) struct Rule {
    /// The rule's name, also the stem of its case file.
    pub(crate) name: &'static str,
    /// Why such a line is not article text (or, for captions, not running text).
    pub(crate) why: &'static str,
    /// What the line is when the rule applies.
    pub(crate) class: Class,
    applies: fn(&Line<'_>) -> bool,
}

const fn rule(
    name: &'static str,
    class: Class,
    applies: fn(&Line<'_>) -> bool,
    why: &'static str,
) -> Rule {
    Rule {
        name,
        why,
        class,
        applies,
    }
}

use Class::Furniture as F;

/// The rules in the order they are tried. The order matters where two could apply: widget and
/// summary wording is tested before captions, a photo credit ("ⓒ게티이미지뱅크") before the
/// copyright notice, dates before phrases (등록 in "등록 2024-07-05 08:51" is also a comment
/// button), phrases before bylines.
#[rustfmt::skip] // A table: one rule a line.
pub(crate) static RULES: &[Rule] = &[
    rule("example_widget", F(Widget), |l| l.body.starts_with("(예시)"), "a portal's worked example of a widget, printed as text"),
    rule("font_size", F(Widget), font_size, "the font-size widget: its label, its 가 buttons and its steps"),
    rule("translation", F(Widget), translation, "the translation widget"),
    rule("audio", F(Widget), audio, "the text-to-speech widget: its buttons and its data-charge notice"),
    rule("summary_marker", Class::SummaryMarker, summary_marker, "announces or explains the portal's automatic summary"),
    rule("caption", Class::Caption, |l| captions::is_caption(l.text, l.chars), "a photo caption or credit belongs to the picture, not the running text"),
    rule("copyright", F(Copyright), copyright, "the publisher's copyright or redistribution notice"),
    rule("date_line", F(Byline), |l| l.chars <= 100 && byline::is_date_line(l.text, l.chars), "publication and update times"),
    rule("breadcrumb", F(Toolbar), breadcrumb, "the section path or menu printed as one line (\"홈 > 사회 > 사건·사고\")"),
    rule("counter", F(Comments), |l| l.key == Some("") && is_counter(l.body.trim()), "a comment box's character counter (\"0 / 300\")"),
    rule("no_letters", F(Other), |l| l.key == Some(""), "lone numbers and punctuation are counts and separators of widgets"),
    rule("widget_phrase", F(Widget), |l| phrase(&WIDGET, l), "labels of share, print, reaction and speech buttons (phrases/widget.txt)"),
    rule("toolbar_phrase", F(Toolbar), |l| phrase(&TOOLBAR, l), "menus and navigation links (phrases/toolbar.txt)"),
    rule("comments_phrase", F(Comments), |l| phrase(&COMMENTS, l), "labels and buttons of comment boxes (phrases/comments.txt)"),
    rule("other_phrase", F(Other), |l| phrase(&OTHER, l), "ads, image-viewer buttons and other page furniture (phrases/other.txt)"),
    rule("byline_phrase", F(Byline), |l| phrase(&BYLINE_LABELS, l), "labels of the reporter box (phrases/byline.txt)"),
    rule("related_phrase", Class::RelatedHeader, |l| phrase(&RELATED, l), "a header above a list of links to other articles or a ranking (phrases/related.txt)"),
    rule("dialog", F(Comments), dialog, "comment and reaction dialogs speak to the reader, an article does not"),
    rule("end_mark", Class::End, end_mark, "the agency's end-of-article mark"),
    rule("logo", F(Other), logo, "the publisher's logo, printed as its alt text"),
    rule("promo", F(Other), promo, "links and calls to subscribe, send tips or join events"),
    rule("section_note", F(Other), section_note, "the portal's notes on the article's section and the publisher's picks"),
    rule("publisher_name", F(Other), |l| l.chars <= 12 && l.key.is_some_and(|k| !k.is_empty()) && !l.text.contains(' ') && byline::is_publisher_name(l.text), "the publisher's name alone, printed as its logo or link"),
    rule("byline", F(Byline), |l| l.chars <= 100 && byline::is_byline(l.text), "the reporter's byline (read into the metadata)"),
    rule("email_only", F(Byline), email_only, "a reporter's address on its own line"),
    rule("dateline_only", F(Byline), |l| l.chars <= 100 && byline::dateline_only(l.text).is_some(), "an agency dateline (\"[서울경제]\") on a line of its own"),
    rule("source_suffix", F(RelatedLinks), source_suffix, "a related-article link printed with its source (\"… - 머니S\")"),
    rule("related_prefix", Class::RelatedHeader, related_prefix, "a related-articles header with a count or a bracket"),
    rule("related_inline", F(RelatedLinks), related_inline, "a link to another article printed with its label (\"관련 기사: …\")"),
];

/// Classifies one trimmed, non-empty line on its own.
pub(crate) fn classify(line: &str, key_buf: &mut String) -> Class {
    rule_for(line, key_buf).map_or(Class::Plain, |r| r.class)
}

/// The first rule that applies to the line.
fn rule_for(line: &str, key_buf: &mut String) -> Option<&'static Rule> {
    let l = Line::new(line, key_buf);
    RULES.iter().find(|r| (r.applies)(&l))
}

/// Leading bullets and arrows that portals print before menu items and list entries.
fn is_bullet(c: char) -> bool {
    c.is_whitespace() || "•·‧∙◦▪▫■□◆◇●○*▶▷►※☞→-–—>+".contains(c)
}

/// The line without its leading bullets.
pub(crate) fn strip_bullets(line: &str) -> &str {
    line.trim_start_matches(is_bullet)
}

/// Number of Hangul syllables in `s`.
pub(crate) fn hangul_count(s: &str) -> usize {
    s.chars().filter(|&c| is_hangul(c)).count()
}

/// True when the line ends like a written sentence.
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]」』".contains(c));
    ends_with_full_stop(t) || t.ends_with('다') || t.ends_with('。')
}

/// True when `t` ends with a full stop (not an ellipsis "..").
pub(crate) fn ends_with_full_stop(t: &str) -> bool {
    t.ends_with('.') && !t.ends_with("..")
}

/// True when the line is short and made of phrases of `table`.
fn phrase(table: &Phrases, l: &Line<'_>) -> bool {
    l.key.is_some_and(|k| table.covers(k))
}

fn font_size(l: &Line<'_>) -> bool {
    let labelled = l.chars <= 80
        && ["글자크기", "글자 크기", "글씨크기", "글씨 크기"]
            .iter()
            .any(|w| l.text.contains(w));
    // The buttons print a 가 per size ("가가가가가") or the size's step ("가3단계 크게").
    let buttons = l
        .key
        .is_some_and(|k| !k.is_empty() && k.chars().all(|c| c == '가'));
    let step = l.chars <= 12
        && !ends_like_sentence(l.text)
        && l.body.strip_prefix('가').is_some_and(|r| {
            let r = r.trim_start();
            r.starts_with(|c: char| c.is_ascii_digit())
                && r.trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with("단계")
        });
    labelled || buttons || step
}

fn breadcrumb(l: &Line<'_>) -> bool {
    if l.chars > 60 || ends_like_sentence(l.text) {
        return false;
    }
    const SEPARATORS: [char; 4] = ['>', '|', '›', '»'];
    // Spaced separators only: "유성시립도서관|도서관" is a list of words, not a menu.
    let spaced = l
        .text
        .match_indices(SEPARATORS)
        .all(|(i, sep)| l.text[..i].ends_with(' ') && l.text[i + sep.len()..].starts_with(' '));
    let parts: Vec<&str> = l.text.split(SEPARATORS).map(str::trim).collect();
    // A path's arrow makes two parts a path ("사회 > 해양·수산"); a bar needs three.
    let path = !l.text.contains('|');
    spaced
        && (parts.len() >= 3 || (path && parts.len() == 2))
        && parts.iter().all(|p| (1..=8).contains(&p.chars().count()))
}

fn translation(l: &Line<'_>) -> bool {
    (l.chars <= 80 && l.text.contains("Translated by"))
        || (l.chars <= 40 && l.body.starts_with("번역"))
}

fn end_mark(l: &Line<'_>) -> bool {
    l.key == Some("끝") && ["(끝)", "<끝>", "[끝]"].iter().any(|m| l.text.contains(m))
}

fn logo(l: &Line<'_>) -> bool {
    l.key.is_some() && (l.text.ends_with("언론사 이미지") || l.text.ends_with("언론사 로고"))
}

fn email_only(l: &Line<'_>) -> bool {
    l.chars <= 60 && !l.text.contains(char::is_whitespace) && byline::email(l.text).is_some()
}

fn related_prefix(l: &Line<'_>) -> bool {
    l.chars <= 15
        && (l.body.starts_with("관련기사") || l.body.starts_with("[관련기사]"))
        && !ends_like_sentence(l.text)
}

/// "▶ 관련 기사: 감귤 가격 작년보다 10% 올라", "[관련뉴스] …": one link with its label.
fn related_inline(l: &Line<'_>) -> bool {
    let Some(rest) = ["관련 기사", "관련기사", "관련 뉴스", "관련뉴스"]
        .iter()
        .find_map(|w| l.body.trim_start_matches('[').strip_prefix(w))
    else {
        return false;
    };
    l.chars <= 100 && rest.trim_start().starts_with([':', ']', '=']) && !ends_with_full_stop(l.text)
}

fn audio(l: &Line<'_>) -> bool {
    // The player, its data-charge notice ("음성을 재생하면 …") and its fallback text.
    let player = l.chars <= 100
        && [
            "음성재생",
            "음성 재생",
            "음성을 재생",
            "기사를 읽어드립니다",
            "audio element",
        ]
        .iter()
        .any(|w| l.text.contains(w));
    // Button labels: "본문듣기 시작", "기사 읽어주기", "텍스트 음성 변환 서비스 사용하기",
    // "이 기사를 오디오로 들으세요".
    let button = l.chars <= 40
        && ["듣기", "읽어주기", "음성 변환", "음성변환", "오디오로 들으"]
            .iter()
            .any(|w| l.text.contains(w))
        && !ends_like_sentence(l.text);
    player || button
}

/// Reader-facing forms of the comment system's messages, which an article's own sentences
/// (plain 다 style, or a broadcast's 습니다 about third parties) do not use.
const DIALOG_FORMS: &[&str] = &[
    "하시겠습니까",
    "셨습니다",
    "보실 수 없",
    "가능합니다",
    "로그인이 필요",
    "완료되었습니다",
    "게시물입니다",
    "복사되었습니다",
    "제공하지 않습니다",
];

/// Words of comment, report and block dialogs.
const DIALOG_WORDS: &[&str] = &[
    "로그인",
    "댓글",
    "신고",
    "차단",
    "게시물",
    "참여",
    "삭제",
    "추천",
    "공감",
    "URL",
    "주소",
    "링크",
];

fn dialog(l: &Line<'_>) -> bool {
    if l.chars > PHRASE_MAX_CHARS {
        return false;
    }
    // "이 기사를 추천합니다", "이 기사에 대해 어떻게 생각하시나요?": prompts have no full stop, a
    // sentence about the article ("이 기사는 … 작성됐습니다.") has.
    let prompt = l.key.is_some_and(|k| k.starts_with("이기사")) && !ends_with_full_stop(l.text);
    let message = DIALOG_FORMS.iter().any(|f| l.text.contains(f))
        && DIALOG_WORDS.iter().any(|w| l.text.contains(w));
    prompt || message
}

/// Calls to act printed after a bullet. Topic words such as 무료 or 이벤트 alone are not
/// calls: "- 무료 급식 대상 확대" is a sub-headline.
const PROMO_CALLS: &[&str] = &[
    "구독",
    "바로가기",
    "네이버에서",
    "클릭",
    "채널 추가",
    "제보",
    "참여하",
    "응모",
];

/// How a publisher asks its readers for something; an article's own sentences use the plain
/// 다 style.
const READER_CALLS: &[&str] = &[
    "기다립니다",
    "보내주시면",
    "보내 주시면",
    "바랍니다",
    "주세요",
];

/// Double quotation marks: a request inside them is someone's speech reported by the article.
const QUOTES: [char; 3] = ['"', '“', '”'];

fn promo(l: &Line<'_>) -> bool {
    if l.chars > 120 {
        return false;
    }
    let short = l.key.is_some();
    let sentence = ends_like_sentence(l.text);
    // "▶ 네이버에서 한국경제 구독하기", "☞ 제보하기": a bullet and a call to act.
    let bulleted = short
        && l.body.len() != l.text.len()
        && PROMO_CALLS.iter().any(|w| l.body.contains(w))
        && !sentence;
    // "지금 바로 구독해보세요", "보고 싶은 언론사를 구독하세요.", "[무료 뉴스레터 구독하기]",
    // "[ 경향신문 바로가기 ]", "조선일보 구독": an imperative to subscribe, or a link to the
    // publisher.
    let t = l.text.trim_end_matches(['!', '.', ' ', ']', '】', '>']);
    let subscribe = l.text.contains("구독")
        && ["보세요", "하세요", "구독하기", "바로 보기", "바로보기"]
            .iter()
            .any(|w| t.ends_with(w));
    let link = t.ends_with("바로가기") || (l.chars <= 15 && t.ends_with(" 구독"));
    // "[제보] 카카오톡 okjebo / 이메일 jebo@yna.co.kr", "■ 제보하기 ▷ 전화 : 02-398-8585 ▷ 메일 :
    // social@ytn.co.kr": where to send tips; or the publisher's own request for them, which
    // speaks to the reader ("… 제보를 기다립니다. … 보내주시면 …") outside any quote.
    let asks = READER_CALLS.iter().any(|w| l.text.contains(w)) && !l.text.contains(QUOTES);
    let tips = l.text.contains("제보")
        && ["@", "카카오톡", "전화"].iter().any(|w| l.text.contains(w))
        && (!sentence || asks);
    bulleted || (short && (subscribe || link)) || tips
}

/// Naver's notes on the article's section ("이 기사는 언론사에서 경제 섹션으로 분류했습니다.") and
/// on the publisher's picks printed below the article.
fn section_note(l: &Line<'_>) -> bool {
    const NOTES: &[&str] = &[
        "섹션으로 분류했습니다",
        "섹션 분류 안내",
        "섹션 정보는 해당 언론사",
        "섹션으로 중복 분류",
        "언론사에서 선정하며",
        "언론사 페이지(아웃링크)로 이동",
    ];
    l.chars <= 120 && NOTES.iter().any(|w| l.text.contains(w))
}

fn source_suffix(l: &Line<'_>) -> bool {
    if l.chars > 150 || ends_like_sentence(l.text) {
        return false;
    }
    l.text.rfind(" - ").is_some_and(|p| {
        let src = l.text[p + 3..].trim();
        (1..=12).contains(&src.chars().count()) && !src.contains(' ')
    })
}

/// True for a comment box's character counter: "0 / 300", "0/100", "1,024 / 3,000". The
/// pattern:
///
/// ```text
/// ^[0-9][0-9,]*\s*/\s*[0-9][0-9,]*$
/// ```
pub(super) fn is_counter(s: &str) -> bool {
    // Neither side can hold a slash, so the first one divides them.
    let number = |n: &str| {
        n.starts_with(|c: char| c.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
    };
    s.split_once('/').is_some_and(|(a, b)| {
        number(a.trim_end_matches(char::is_whitespace))
            && number(b.trim_start_matches(char::is_whitespace))
    })
}

/// Whether a line holds any of the words a copyright notice is made of (a quick test before the
/// rule's own). Plain scans, not a regex: compiling one cost more, once per process, than these
/// scans cost on a whole page, and the command line compiles it for every article it is run on.
fn copyright_hint(line: &str) -> bool {
    ["©", "ⓒ", "(c)", "(C)", "무단", "저작권"]
        .iter()
        .any(|m| line.contains(m))
        || contains_ignore_ascii_case(line, b"copyright")
        || contains_ignore_ascii_case(line, b"all rights")
}

fn copyright(l: &Line<'_>) -> bool {
    let (line, chars) = (l.text, l.chars);
    if chars > 200 || !copyright_hint(line) {
        return false;
    }
    let marked = [
        "©",
        "ⓒ",
        "(c)",
        "(C)",
        "저작권",
        "Copyright",
        "COPYRIGHT",
        "copyright",
    ]
    .iter()
    .any(|m| line.contains(m));
    let starts_marked = {
        let s = line.trim_start_matches(['<', '[', '(', ' ']);
        s.starts_with('©') || s.starts_with('ⓒ') || s.starts_with("Copyright")
    };
    if starts_marked && chars <= 150 {
        return true;
    }
    if [
        "All Rights Reserved",
        "All rights reserved",
        "ALL RIGHTS RESERVED",
    ]
    .iter()
    .any(|m| line.contains(m))
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

/// True when a copyright line ends the article for good (a notice of the publisher's rights,
/// not a credit such as "ⓒ 연합뉴스").
pub(crate) fn is_strong_copyright(line: &str) -> bool {
    ["무단", "금지", "Copyright", "COPYRIGHT", "저작권"]
        .iter()
        .any(|w| line.contains(w))
        || line.to_ascii_lowercase().contains("all rights")
}

fn summary_marker(l: &Line<'_>) -> bool {
    let (line, chars) = (l.text, l.chars);
    if chars > 200 {
        return false;
    }
    let recommends = line.contains("권장")
        && (line.contains("전체 맥락") || line.contains("본문 보기") || line.contains("전체보기"));
    let automatic = ["자동요약", "자동 요약", "요약된 내용입니다"]
        .iter()
        .any(|w| line.contains(w));
    let label = chars <= 15
        && ["기사요약", "기사 요약", "요약봇", "AI 요약", "AI요약"]
            .iter()
            .any(|w| line.contains(w));
    recommends || automatic || label
}

#[cfg(test)]
mod tests;
