//! Span repair: brackets, word ends, titles and roles, particles left inside, a day before a time.

use super::words::{is_particle_or_suffix, is_title_word, may_end, word_end, words_at};
use super::{lists, never};
use crate::entity::Label;
use crate::text::is_hangul;

/// Rule: spans own their brackets, end at a word's end, and a person's span holds no title.
/// Returns the repaired byte range, or `None` when nothing sensible is left.
pub fn repair_span(text: &str, start: usize, end: usize, label: Label) -> Option<(usize, usize)> {
    let (mut s, mut e) = (start, end);
    // No name runs across a sentence end ("…고 밝혔다. 네이버 관계자는"): only what follows the
    // last one can be the name.
    if let Some(cut) = [". ", "? ", "! "]
        .iter()
        .filter_map(|m| text[s..e].rfind(m).map(|i| s + i + m.len()))
        .max()
    {
        s = cut;
    }
    // A closing bracket with no opening one inside: the name began before it ("Ko)-GPT").
    let inner = &text[s..e];
    if let Some(close) = inner.find(')') {
        if !inner[..close].contains('(') {
            let before = &text[..s];
            let word_start = before
                .rfind(|c: char| c.is_whitespace() || "'\"‘’“”「」『』<>[]".contains(c))
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            if before[word_start..].contains('(') {
                s = word_start;
            } else {
                s += close + 1;
            }
        }
    }
    // An opening bracket not closed inside: take the close if it is in the same word.
    let inner = &text[s..e];
    if let Some(open) = inner.rfind('(') {
        if !inner[open..].contains(')') {
            let after = &text[e..];
            match after.find(|c: char| c == ')' || c.is_whitespace()) {
                Some(i) if after[i..].starts_with(')') => e += i + 1,
                _ => e = s + open,
            }
        }
    }
    // Trailing spaces, quotes and stray punctuation are never part of a name; a unit symbol
    // ends its quantity.
    while let Some(c) = text[s..e].chars().next_back() {
        if c.is_alphanumeric() || c == ')' || is_unit_char(c) {
            break;
        }
        e -= c.len_utf8();
    }
    if s >= e {
        return None;
    }
    // Stopping inside a word: names of things take the rest of the word, less its particle
    // ("카카오브레" + "인은" → "카카오브레인"); people and numbers keep their span ("송중기팬").
    if !may_end(text, e) && matches!(label, Label::OG | Label::LC | Label::AF) {
        let we = word_end(text, e);
        let word = &text[e..we];
        let keep = (0..=word.len())
            .filter(|&i| word.is_char_boundary(i))
            .find(|&i| i > 0 && is_particle_or_suffix(&word[i..]))
            .unwrap_or(word.len());
        if word[..keep].chars().count() <= 4 {
            e += keep;
        }
    }
    if matches!(label, Label::DT | Label::TI | Label::QT) {
        // A number is never cut: "2000년대" tagged from its "000" takes its first digit back.
        while let Some(c) = text[..s].chars().next_back() {
            if !(c.is_ascii_digit()
                || ((c == ',' || c == '.') && s >= 2 && text.as_bytes()[s - 2].is_ascii_digit()))
            {
                break;
            }
            s -= c.len_utf8();
        }
    }
    if matches!(label, Label::PS | Label::OG | Label::LC | Label::AF) {
        // A particle of two syllables or more is never inside a name ("한국에선" → "한국").
        for p in TRAILING_PARTICLES {
            if let Some(rest) = text[s..e].strip_suffix(p) {
                if rest.chars().filter(|c| c.is_alphanumeric()).count() >= 2 {
                    e = s + rest.len();
                    break;
                }
            }
        }
        // One syllable the model took in after a listed name ("미국에" + "만"): the name less it,
        // unless the whole is listed too ("경기도", "제주도"). Not for people, whose names end
        // with such syllables more often ("김정은").
        if let Some(cut) = (label != Label::PS)
            .then(|| listed_before_particle(&text[s..e]))
            .flatten()
        {
            e = s + cut;
        }
    }
    if label == Label::QT && !text[s..e].chars().any(is_unit_char) {
        // A bare number with no unit or counter is no quantity ("씨(25)는", "방어율 3.00").
        return None;
    }
    if matches!(label, Label::DT | Label::TI | Label::QT) && !may_end(text, e) {
        // A date that runs one syllable into the next word ("1710년 데" of "1710년 데이터센터")
        // ends before that word: no date, time or quantity word is cut so.
        if let Some(space) = text[s..e].rfind(' ') {
            let piece = &text[s + space + 1..e];
            let mut chars = piece.chars();
            if chars.next().is_some_and(is_hangul) && chars.next().is_none() {
                e = s + text[s..s + space].trim_end().len();
            }
        }
    }
    if matches!(label, Label::DT | Label::TI) {
        // "20여년 간", "석 달 만에": 간 and 만 written apart belong to the sentence, not to the
        // date (KLUE's annotators leave them out).
        if let Some(rest) = text[s..e]
            .strip_suffix(" 간")
            .or_else(|| text[s..e].strip_suffix(" 만"))
        {
            e = s + rest.len();
        }
        // A particle is never inside a date: "지난해부터" → "지난해", "사흘 동안" → "사흘".
        for p in ["동안", "부터", "까지", "에는", "에도", "에서", "에"] {
            let t = &text[s..e];
            if let Some(rest) = t.strip_suffix(p) {
                let rest = rest.trim_end();
                let last = rest.chars().next_back();
                if last.is_some_and(|c| c.is_alphanumeric()) && !(p == "에" && rest.ends_with('주'))
                {
                    e = s + rest.len();
                    break;
                }
            }
        }
    }
    if matches!(label, Label::PS | Label::OG | Label::LC | Label::AF) {
        // A title or acronym that is never an entity ends no name ("카카오 CAIO" → "카카오").
        if let Some(space) = text[s..e].rfind(' ') {
            if never(&text[s + space + 1..e]) {
                e = s + space;
            }
        }
        // A name has letters: a bare version or number ("2.0") is none.
        if !text[s..e].chars().any(char::is_alphabetic) {
            return None;
        }
    }
    // A person cut one syllable short of a noun (정지궤 + 도 of 정지궤도, as if 도 were "also"):
    // the word is the noun, and no one's name.
    if label == Label::PS && completes_a_noun(text, s, e) {
        return None;
    }
    if label == Label::PS && !may_end(text, e) {
        // A person's last word cut after one syllable is the start of a title ("하 센" from
        // "하 센터장"): the person ends before it. Longer runs are names with a suffix glued on
        // ("송중기팬").
        if let Some(space) = text[s..e].rfind(' ') {
            if text[s + space + 1..e].chars().count() <= 1 {
                e = s + space;
            }
        }
    }
    if label == Label::PS {
        // Titles and roles stay outside a person ("이 부회장", "배우 최민식").
        let words = words_at(text, s, e);
        let title = |w: &str| lists::contains(lists::TITLES, w) || ROLES.contains(&w);
        let mut i = 0;
        let mut j = words.len();
        while j > i + 1 && title(words[j - 1].1) {
            j -= 1;
        }
        while i + 1 < j && title(words[i].1) {
            i += 1;
        }
        if (i, j) != (0, words.len()) {
            s = words[i].0;
            e = words[j - 1].0 + words[j - 1].1.len();
        }
        // A title glued on ("권상우배우"): the name is what comes before it.
        let t = &text[s..e];
        if let Some(cut) = ROLES
            .iter()
            .chain(lists::TITLES)
            .filter_map(|r| t.strip_suffix(r))
            .map(str::len)
            .filter(|&n| {
                t[..n].chars().filter(|c| is_hangul(*c)).count() >= 2 && !t[..n].ends_with(' ')
            })
            .min()
        {
            e = s + cut;
        }
        // "조모 씨", "남모(22) 양": 모 hides the given name; the person is the surname.
        if let Some(surname) = surname_with_mo(text, s, e) {
            e = surname;
        }
        // "전 회장", "현 대표": former and current, whoever tagged the syllable.
        if matches!(&text[s..e], "전" | "현")
            && text[e..].strip_prefix(' ').is_some_and(is_title_word)
        {
            return None;
        }
        // A role or title alone ("배우랑") is no person.
        let word = &text[s..e];
        let bare = (0..=word.len())
            .filter(|&i| word.is_char_boundary(i))
            .find(|&i| i > 0 && (i == word.len() || lists::contains(lists::JOSA, &word[i..])))
            .map_or(word, |i| &word[..i]);
        if ROLES.contains(&bare) || lists::contains(lists::TITLES, bare) {
            return None;
        }
    }
    (s < e).then_some((s, e))
}

/// When `text[s..e]` is a surname and 모 before 씨, 양, 군 or an age in brackets ("조모 씨",
/// "남모(22) 양"), the byte end of the surname.
pub(super) fn surname_with_mo(text: &str, s: usize, e: usize) -> Option<usize> {
    let mut chars = text[s..e].chars();
    let (first, mo) = (chars.next()?, chars.next()?);
    if chars.next().is_some() || mo != '모' || lists::SURNAMES.binary_search(&first).is_err() {
        return None;
    }
    let rest = text[e..].trim_start_matches(' ');
    let after = e + (text[e..].len() - rest.len());
    let honorific = ["씨", "양", "군"]
        .iter()
        .any(|h| rest.starts_with(h) && may_end(text, after + h.len()));
    (honorific || rest.starts_with('(')).then_some(s + first.len_utf8())
}

/// Particles of two syllables or more that a tagger may leave inside a name.
const TRAILING_PARTICLES: &[&str] = &[
    "에게서",
    "으로부터",
    "에서는",
    "에서도",
    "에서",
    "에선",
    "에게",
    "에는",
    "에도",
    "으로",
    "과의",
    "와의",
    "부터",
    "까지",
    "처럼",
    "보다",
    "이라는",
    "라는",
    "이라고",
];

/// Day words that lead a time of day and are dates of their own ("이날 오후" → "이날", "오후").
const DAY_WORDS: &[&str] = &[
    "그날",
    "내일",
    "다음날",
    "당일",
    "어제",
    "오늘",
    "이날",
    "전날",
];

/// Rule: a time of day led by a day is a date and a time: returns the byte end of the day part
/// when `text[s..e]`, a TI, starts with one.
pub(super) fn day_before_time(text: &str, s: usize, e: usize) -> Option<usize> {
    let t = &text[s..e];
    let (first, rest) = t.split_once(' ')?;
    let numeric_day = first
        .strip_suffix('일')
        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    (!rest.trim().is_empty() && (DAY_WORDS.contains(&first) || numeric_day))
        .then_some(s + first.len())
}

/// Where a date span holds two dates joined by a particle ("이날부터 석 달"): the end of the
/// first date and the start of the second. A particle is never inside a span.
pub(super) fn dates_around_particle(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let words = words_at(text, s, e);
    // Any word but the last may end the first date ("5월 17일부터 19일").
    words.windows(2).find_map(|pair| {
        let ((at, word), (next, _)) = (pair[0], pair[1]);
        let head = ["부터", "까지", "에서"]
            .iter()
            .find_map(|p| word.strip_suffix(p))
            .filter(|h| h.chars().next_back().is_some_and(char::is_alphanumeric))?;
        (next < e).then_some((at + head.len(), next))
    })
}

/// Where a date span runs from a finer unit to a coarser one ("지난해 8월 2분기": a month, then a
/// quarter): one referent is written coarse to fine, so this is two dates. Returns the end of
/// the first and the start of the second.
pub(super) fn finer_then_coarser(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let rank = |w: &str| -> Option<u8> {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        [
            ("일", 0),
            ("주", 1),
            ("월", 2),
            ("분기", 3),
            ("반기", 4),
            ("년", 5),
        ]
        .iter()
        .find(|(u, _)| {
            w.strip_suffix(u)
                .is_some_and(|n| n.chars().next_back().is_some_and(|c| c.is_ascii_digit()))
        })
        .map(|&(_, r)| r)
    };
    let words = words_at(text, s, e);
    words.windows(2).find_map(|pair| {
        let ((a_at, a), (b_at, b)) = (pair[0], pair[1]);
        (rank(a)? < rank(b)?).then_some((a_at + a.len(), b_at))
    })
}

/// Roles that come before a name in news ("배우 최민식", "가수 아이유").
pub(super) const ROLES: &[&str] = &[
    "DJ",
    "MC",
    "PD",
    "가수",
    "감독",
    "개그맨",
    "걸그룹",
    "모델",
    "방송인",
    "배우",
    "아나운서",
    "작가",
    "탤런트",
];

/// Particles of one syllable that no listed name ends with before a particle of its own.
const ONE_SYLLABLE_PARTICLES: &[&str] =
    &["에", "의", "을", "를", "은", "는", "와", "과", "이", "가"];

/// The length of a listed place or name that `span` is, less a one-syllable particle at its
/// end, when `span` itself is not listed.
fn listed_before_particle(span: &str) -> Option<usize> {
    // The known-names table holds the gazetteers' places too.
    let listed = |s: &str| super::known::listed_name(s).is_some();
    let head = ONE_SYLLABLE_PARTICLES
        .iter()
        .find_map(|p| span.strip_suffix(p))?;
    (head.chars().count() >= 2 && listed(head) && !listed(span)).then_some(head.len())
}

/// Whether `c` can be (part of) a unit or counter: a letter (명, km), a percent sign, a unit
/// symbol, which is no letter to Unicode (without it `1㎏` was read as a bare number), or a
/// currency sign before the amount (`$100`).
fn is_unit_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '%' | '％')
        || crate::entity::rules::is_unit_symbol(c)
        || crate::entity::rules::is_currency_symbol(c)
}

/// Whether the span `s..e` stops one syllable before the end of its word and that syllable makes
/// a noun of the word's last part (궤도 in 정지궤도) that the span's part is not.
fn completes_a_noun(text: &str, s: usize, e: usize) -> bool {
    use crate::keywords::nouns::is_noun;
    let we = word_end(text, e);
    let rest = &text[e..we];
    // A particle, not a title glued on (우주날 + 씨 of 우주날씨, which later readings settle).
    let mut syllables = rest.chars();
    if !(syllables.next().is_some_and(is_hangul)
        && syllables.next().is_none()
        && lists::contains(lists::JOSA, rest))
    {
        return false;
    }
    let ws = text[s..e].rfind(' ').map_or(s, |i| s + i + 1);
    let part = &text[ws..e];
    part.chars().count() >= 2 && is_noun(&text[ws..we]) && !is_noun(part)
}

#[cfg(test)]
mod particle_tests {
    use super::*;

    #[test]
    fn a_listed_name_sheds_a_particle_taken_in() {
        // Written after the rule.
        assert_eq!(listed_before_particle("일본에"), Some("일본".len()));
        assert_eq!(listed_before_particle("베트남과"), Some("베트남".len()));
        assert_eq!(listed_before_particle("경기도"), None);
        assert_eq!(listed_before_particle("일본"), None);
    }

    #[test]
    fn a_unit_symbol_ends_its_quantity() {
        // Written after the fix: the square unit symbols are no letters to Unicode.
        for (text, quantity) in [
            ("무게가 1㎏도 안 된다.", "1㎏"),
            ("키 180㎝ 이상", "180㎝"),
            ("기온이 35℃를 넘었다.", "35℃"),
        ] {
            let s = text.find(quantity).unwrap();
            let e = s + quantity.len();
            assert_eq!(repair_span(text, s, e, Label::QT), Some((s, e)), "{text}");
        }
        // A bare number is still no quantity.
        let text = "방어율 3.00";
        assert_eq!(repair_span(text, 10, text.len(), Label::QT), None);
    }
}
