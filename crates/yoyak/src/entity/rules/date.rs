//! Date words and date chains: the words that are a date by themselves ("지난해", "다음 주"),
//! the words that lead or close one ("지난 20일", "작년 말"), and how date parts join into one
//! mention from coarse to fine ("2024년 6월 23일", "지난해 8월").

use super::expr::numeric;
use super::lex::{any_lit, char_at, is_hangul, lit, space, word_may_end};
use crate::entity::Label;

/// Syllables that may follow a date word that is also the head of other words ("연말정산",
/// "초과", "말했다"): only a particle may, and a tighter set than after counters.
const TIGHT_HEADS: &[char] = &[
    '에', '부', '까', '의', '께', '쯤', '이', '은', '는', '을', '를', '로', '엔', '만', '도', '들',
    '경', '인', '부', '중', '엔', '이', '처', '보', '와', '과', '가', '으',
];

/// True when a date word ends at `p`: no Hangul follows, or a particle from the tight set.
pub(super) fn tight_end(t: &str, p: usize) -> bool {
    match char_at(t, p) {
        Some(c) if is_hangul(c) => TIGHT_HEADS.contains(&c),
        _ => true,
    }
}

/// Date words that are a complete DT on their own, with their [`grain`]; the first that matches
/// is taken, so a word comes before the words it begins ("오늘날" before "오늘").
pub(super) const DT_WORDS: &[(&str, u8)] = &[
    ("지난해", YEAR),
    ("지난달", MONTH),
    ("지난주", WEEK),
    ("지난 주", WEEK),
    ("지난 달", MONTH),
    ("올해", YEAR),
    ("작년", YEAR),
    ("재작년", YEAR),
    ("내년", YEAR),
    ("금년", YEAR),
    ("전년", YEAR),
    ("이달", MONTH),
    ("이번 달", MONTH),
    ("이번달", MONTH),
    ("내달", MONTH),
    ("다음 달", MONTH),
    ("다음달", MONTH),
    ("이번 주", WEEK),
    ("이번주", WEEK),
    ("다음 주", WEEK),
    ("다음주", WEEK),
    ("오늘날", GRAIN_END),
    ("오늘", DAY),
    ("어제", DAY),
    ("내일", DAY),
    ("그제", DAY),
    ("모레", DAY),
    ("주말", WEEKEND),
    ("평일", DAY),
    ("연내", PART_OF_YEAR),
    ("연말", PART_OF_YEAR),
    ("연초", PART_OF_YEAR),
    ("연중", PART_OF_YEAR),
    ("상반기", PART_OF_YEAR),
    ("하반기", PART_OF_YEAR),
    ("매년", YEAR),
    ("매월", MONTH),
    ("매달", GRAIN_END),
    ("매주", GRAIN_END),
    ("새해", YEAR),
    ("이듬해", YEAR),
    ("이틀", GRAIN_END),
    ("사흘", GRAIN_END),
    ("나흘", GRAIN_END),
    ("닷새", GRAIN_END),
    ("엿새", GRAIN_END),
    ("열흘", GRAIN_END),
    ("보름", GRAIN_END),
    ("월요일", DAY),
    ("화요일", DAY),
    ("수요일", DAY),
    ("목요일", DAY),
    ("금요일", DAY),
    ("토요일", DAY),
    ("일요일", DAY),
    // Days named from the story's day: KLUE's annotators marked 이날 647 times against 658 uses
    // as a word, 전날 82 / 88, 다음날 19 / 21, 하루 71 / 84 (`python3
    // crates/yoyak/data/klue_counts.py words 이날 …`); a day's grain: "이날 하루" is two dates.
    ("이날", DAY),
    ("전날", DAY),
    ("다음날", DAY),
    ("이튿날", DAY),
    ("하루", DAY),
    // Holidays: KLUE's annotators mark them as dates (marks / uses as a word: 추석 12 / 11,
    // 크리스마스 44 / 38, 성탄절 6 / 6, 명절 7 / 7; more marks than uses where a glued use was
    // marked too); not 설, far more often another word. A day's grain: "올해 추석" is one date,
    // "10월 3일 개천절" two.
    ("설날", DAY),
    ("추석", DAY),
    ("한가위", DAY),
    ("성탄절", DAY),
    ("크리스마스", DAY),
    ("부활절", DAY),
    ("석가탄신일", DAY),
    ("삼일절", DAY),
    ("광복절", DAY),
    ("개천절", DAY),
    ("한글날", DAY),
    ("현충일", DAY),
    ("제헌절", DAY),
    ("어린이날", DAY),
    ("어버이날", DAY),
    ("명절", DAY),
];

/// Words that only follow another date ("작년 말", "6월 초", "이달 중순"); the first
/// [`DT_TAIL_ONLY`] close the date.
const DT_TAILS: &[&str] = &[
    "초반", "중반", "후반", "말", "초", "중순", "상순", "하순", "초순",
];

/// How many of [`DT_TAILS`] close a date.
const DT_TAIL_ONLY: usize = 9;

/// Words that only lead a date ("지난 20일", "오는 7월", "최근 3년간", "올 상반기").
pub(super) const DT_LEADS: &[&str] =
    &["지난", "오는", "최근", "올", "이번", "향후", "내년", "올해"];

/// Extends a date or period over `간`/`째` ("3년간", "2주째") or a half ("1년 반").
pub(super) fn dt_suffix(t: &str, e: usize) -> usize {
    if t[..e].ends_with('년') {
        if let Some(h) = lit(t, space(t, e), "반") {
            if word_may_end(t, h) {
                return h;
            }
        }
    }
    let e = match any_lit(t, e, &["간", "째"]) {
        Some((s, _)) if word_may_end(t, s) => s,
        _ => e,
    };
    ago(t, e).unwrap_or(e)
}

/// Words that turn a stretch of time into the point it reaches back or forward to ("10년 전",
/// "2년전", "사흘 뒤"); KLUE's annotators keep them inside the date (their forms: `10년전` 19
/// times, `10년 전` 11, `2년 전` 4, `3일 후` ...).
const AGO: &[&str] = &["전", "후", "뒤"];

/// What may follow [`AGO`] in its word: a tight set of particles, so that "후보", "전세",
/// "뒤집" and "전국" stay apart.
const AGO_PARTICLES: &[&str] = &[
    "",
    "에",
    "에는",
    "에도",
    "엔",
    "부터",
    "까지",
    "의",
    "인",
    "쯤",
    "께",
    "만",
    "만에",
    "도",
    "으로",
    "이다",
    "이었다",
    "였다",
    "과",
    "와",
];

/// The end of an [`AGO`] word after the stretch of time ending at `e` (years of at most three
/// digits, months, weeks, days, hours, minutes): "3년 전", "6개월 후", "20분 뒤"; not "2013년 전" (a year) nor
/// "3일 전 대통령" ("former", before a title).
pub(super) fn ago(t: &str, e: usize) -> Option<usize> {
    let head = &t[..e];
    let stretch = if let Some(n) = head.strip_suffix('년') {
        let d = n.len() - n.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        (1..=3).contains(&d)
    } else {
        [
            "개월", "주", "주일", "일", "달", "사흘", "나흘", "이틀", "하루", "시간", "분", "초",
        ]
        .iter()
        .any(|u| head.ends_with(u))
    };
    if !stretch {
        return None;
    }
    let s = space(t, e);
    let (a, _) = any_lit(t, s, AGO)?;
    let word_end = t[a..]
        .find(|c: char| !is_hangul(c))
        .map_or(t.len(), |i| a + i);
    if !AGO_PARTICLES.contains(&&t[a..word_end]) {
        return None;
    }
    let next = t[word_end..].strip_prefix(' ').unwrap_or("");
    if word_end == a && crate::entity::reading::is_title_word(next) {
        return None;
    }
    Some(a)
}

/// How fine a date part is, so a chain only goes from coarse to fine ("2024년 6월 23일",
/// "다음 주 월요일") and does not swallow a list of dates ("최근 3년간 2010년대").
fn grain(t: &str, s: usize, e: usize) -> u8 {
    let w = &t[s..e];
    if w.ends_with('간') || w.ends_with('째') {
        GRAIN_END
    } else if let Some(&(_, g)) = DT_WORDS.iter().find(|(d, _)| *d == w) {
        g
    } else if w.ends_with('년') {
        YEAR
    } else if w.ends_with("분기") || w.ends_with("반기") || w.starts_with('연') {
        PART_OF_YEAR
    } else if w.ends_with('월') {
        MONTH
    } else if w.ends_with('일') {
        DAY
    } else {
        GRAIN_END
    }
}

/// The grains of [`grain`], coarse to fine: a year ("2024년", "올해") …
const YEAR: u8 = 0;
/// A quarter, a half or a part of the year ("3분기", "상반기", "연말").
const PART_OF_YEAR: u8 = 1;
const MONTH: u8 = 2;
const WEEK: u8 = 3;
const WEEKEND: u8 = 4;
/// … a day ("23일", "월요일", "내일").
const DAY: u8 = 5;
/// The grain of a part after which nothing else joins (a period, "3년간", "2010년대").
const GRAIN_END: u8 = 9;

/// A DT that continues a date at `p` (after a space or directly): a numeric date unit, a date
/// word, or a tail word. Returns its end and whether it is a tail ("말", "초").
pub(super) fn dt_atom(t: &str, p: usize, after_date: bool) -> Option<(usize, bool)> {
    let c = char_at(t, p)?;
    if c.is_ascii_digit() {
        return match numeric(t, p) {
            Some((e, Label::DT)) => Some((e, false)),
            _ => None,
        };
    }
    if !is_hangul(c) {
        return None;
    }
    if after_date {
        if let Some((e, i)) = any_lit(t, p, DT_TAILS) {
            if tight_end(t, e) {
                return Some((e, i < DT_TAIL_ONLY));
            }
        }
    }
    let e = DT_WORDS.iter().find_map(|&(w, _)| lit(t, p, w))?;
    tight_end(t, e).then(|| (dt_suffix(t, e), false))
}

/// Extends a date from `start..e` over the date parts that follow it ("2024년 6월 23일",
/// "지난해 8월", "작년 말", "다음 주 월요일").
pub(super) fn dt_chain(t: &str, start: usize, mut e: usize) -> usize {
    let mut g = grain(t, start, e);
    loop {
        if g == GRAIN_END {
            return e;
        }
        let s = space(t, e);
        match dt_atom(t, s, true) {
            Some((n, true)) if n > s => {
                // A tail closes the date: "작년 말", "1990년대 초반".
                return n;
            }
            Some((n, false)) if n > s => {
                let ng = grain(t, s, n);
                if ng <= g {
                    return e;
                }
                g = ng;
                e = n;
            }
            _ => return e,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ago_words_stay_in_the_date() {
        // Written after the rule.
        let t = "10년 전에 떠난 그는 3개월뒤 돌아왔고 2년 후보다 나았다. 3일 전 대통령을 만났다. 2013년 전";
        let at = |p: &str| t.find(p).unwrap();
        let end = |p: &str, unit: &str| ago(t, at(p) + unit.len()).map(|e| &t[at(p)..e]);
        assert_eq!(end("10년", "10년"), Some("10년 전"));
        assert_eq!(end("3개월", "3개월"), Some("3개월뒤"));
        assert_eq!(end("2년 후", "2년"), None);
        assert_eq!(end("3일 전", "3일"), None);
        assert_eq!(end("2013년 전", "2013년"), None);
    }
}
