//! Date, time and quantity expressions: a number with its unit, numeric dates and clock times,
//! relative date words, joined into one mention where news writes them as one ("지난해 8월",
//! "2024년 6월 23일", "오후 3시 30분", "3~5%").

use super::date::{ago, dt_atom, dt_chain, dt_suffix, tight_end, DT_LEADS};
use super::lex::{
    any_lit, ascii_alnum_at, char_at, digits, hangul_word_ends, is_hangul, lit, range_sep, space,
    word_may_end,
};
use super::num::{number, spelled, Num};
use super::unit::{spelled_unit, unit, unit_may_be_spaced, Unit};
use crate::entity::Label;

/// Words that lead a clock time ("오후 3시"), and 전반 and 후반, which lead a match's minute
/// ("후반 22분") that KLUE's annotators mark as a time.
const TI_LEADS: &[&str] = &[
    "오전", "오후", "새벽", "아침", "저녁", "낮", "밤", "정오", "자정", "전반", "후반",
];

/// An expression: its end and label.
pub(crate) type Found = (usize, Label);

/// `HH:MM` or `HH:MM:SS` at `p`.
fn clock(t: &str, p: usize) -> Option<usize> {
    let b = t.as_bytes();
    let h = digits(t, p);
    if !(1..=2).contains(&(h - p)) || b.get(h) != Some(&b':') {
        return None;
    }
    let hour: u32 = t[p..h].parse().ok()?;
    let m = digits(t, h + 1);
    if m - (h + 1) != 2 || hour > 24 || t[h + 1..m].parse::<u32>().ok()? > 59 {
        return None;
    }
    let mut e = m;
    if b.get(e) == Some(&b':') {
        let s = digits(t, e + 1);
        if s - (e + 1) == 2 {
            e = s;
        }
    }
    (!ascii_alnum_at(t, e) && b.get(e) != Some(&b':')).then_some(e)
}

/// A numeric date at `p`: `2024-06-23`, `2024.06.23`, `2023. 4. 18.`, `2024/6/23`.
fn numeric_date(t: &str, p: usize) -> Option<usize> {
    let b = t.as_bytes();
    let y = digits(t, p);
    if y - p != 4 {
        return None;
    }
    let year: u32 = t[p..y].parse().ok()?;
    if !(1900..=2099).contains(&year) {
        return None;
    }
    let sep = *b.get(y)?;
    if !matches!(sep, b'-' | b'.' | b'/') {
        return None;
    }
    let field = |s: usize, max: u32| -> Option<usize> {
        let s = if sep == b'.' { space(t, s) } else { s };
        let e = digits(t, s);
        let v: u32 = t.get(s..e)?.parse().ok()?;
        ((1..=2).contains(&(e - s)) && (1..=max).contains(&v)).then_some(e)
    };
    let m = field(y + 1, 12)?;
    if b.get(m) != Some(&sep) {
        return None;
    }
    let d = field(m + 1, 31)?;
    if b.get(d).is_some_and(|c| c.is_ascii_digit()) || ascii_alnum_at(t, d) {
        return None;
    }
    // The dotted style ends with a dot too ("2023. 4. 18."); it belongs to the date.
    if sep == b'.' && b.get(d) == Some(&b'.') && !b.get(d + 1).is_some_and(u8::is_ascii_digit) {
        return Some(d + 1);
    }
    Some(d)
}

/// Follows a number with its unit: `(여)? ( ?unit)?`. Returns the unit's end and kind.
fn number_unit(t: &str, n: &Num) -> Option<(usize, Unit)> {
    let mut e = n.end;
    // "100여 개", "90여명": about.
    if let Some(after) = lit(t, e, "여") {
        e = after;
    }
    let find = if n.spelled && !n.big {
        spelled_unit
    } else {
        unit
    };
    if let Some(u) = find(t, e) {
        return Some(u);
    }
    let s = space(t, e);
    if s > e {
        if let Some((ue, kind)) = find(t, s) {
            if n.spelled || n.big || e > n.end || unit_may_be_spaced(kind, t, s) {
                // A spaced counter must be a word of its own ("17억 원", not "17억 원장").
                return Some((ue, kind));
            }
        }
    }
    None
}

/// The label a number and its unit make, or `None` when they are not a mention.
fn judge(t: &str, n: &Num, unit_end: usize, kind: Unit) -> Option<Found> {
    let v = n.plain;
    let label = match kind {
        Unit::Year => Label::DT,
        Unit::Month => {
            if !v.is_some_and(|m| (1..=12).contains(&m)) {
                return None;
            }
            Label::DT
        }
        Unit::Day | Unit::Period => {
            // "100만주" counts shares, not weeks.
            if n.big && t[..unit_end].ends_with('주') {
                Label::QT
            } else {
                Label::DT
            }
        }
        Unit::Hour => {
            if v.is_none_or(|h| h > 24) {
                return None;
            }
            Label::TI
        }
        Unit::Minute => {
            // "3분의 1" is a fraction.
            let s = lit(t, unit_end, "의").map(|e| space(t, e));
            if let Some(s) = s {
                if let Some(f) = number(t, s) {
                    return Some((f.end, Label::QT));
                }
            }
            Label::TI
        }
        Unit::Second | Unit::Hours => Label::TI,
        Unit::Quantity | Unit::Latin => {
            // A score: "3대2", "1대 1".
            if t[..unit_end].ends_with('대') {
                let s = space(t, unit_end);
                let d = digits(t, s);
                if (1..=3).contains(&(d - s))
                    && unit(t, d).is_none()
                    && !t
                        .as_bytes()
                        .get(d)
                        .is_some_and(|c| matches!(c, b'.' | b','))
                {
                    return Some((d, Label::QT));
                }
            }
            Label::QT
        }
    };
    Some((unit_end, label))
}

/// Extends a clock time over its minutes and seconds ("3시 30분", "2시간 30분", "4분 33초").
fn time_tail(t: &str, mut e: usize, kind: Unit) -> usize {
    let next: &[&str] = match kind {
        Unit::Hour | Unit::Hours => &["분", "초"],
        Unit::Minute => &["초"],
        _ => return e,
    };
    if kind == Unit::Hour {
        let s = space(t, e);
        if let Some(h) = lit(t, s, "반") {
            if word_may_end(t, h) {
                return h;
            }
        }
    }
    for u in next {
        let s = space(t, e);
        let d = digits(t, s);
        if d == s || d - s > 2 {
            break;
        }
        match lit(t, d, u) {
            Some(ue) if word_may_end(t, ue) && !t[ue..].starts_with('기') => e = ue,
            _ => {
                if *u == "분" {
                    continue;
                }
                break;
            }
        }
    }
    e
}

/// A number-led expression at `p` (an ASCII digit or a spelled numeral).
pub(crate) fn numeric(t: &str, p: usize) -> Option<Found> {
    if let Some(e) = clock(t, p) {
        return Some((e, Label::TI));
    }
    if let Some(e) = numeric_date(t, p) {
        return Some((e, Label::DT));
    }
    let n = if t.as_bytes()[p].is_ascii_digit() {
        number(t, p)?
    } else {
        spelled(t, p)?
    };
    let first = number_unit(t, &n);
    // A range: "3~5%", "10~20일", "2019~2021년", "3월~5월".
    let r = first.map_or(n.end, |(e, _)| e);
    let spaced = space(t, r);
    if let Some(after) = range_sep(t, spaced) {
        let hyphen = t.as_bytes()[spaced] == b'-';
        let s = if hyphen { after } else { space(t, after) };
        if !(hyphen && (spaced > r || first.is_some()))
            && t.as_bytes().get(s).is_some_and(u8::is_ascii_digit)
        {
            if let Some(n2) = number(t, s) {
                if let Some((ue, kind)) = number_unit(t, &n2) {
                    let same = first.is_none_or(|(_, k)| k == kind);
                    if same {
                        if let Some((e, label)) = judge(t, &n2, ue, kind) {
                            let e = if label == Label::TI {
                                time_tail(t, e, kind)
                            } else if label == Label::DT {
                                dt_suffix(t, e)
                            } else {
                                e
                            };
                            return Some((e, label));
                        }
                    }
                } else if n2.big && first.is_none() {
                    return Some((n2.end, Label::QT));
                }
            }
        }
    }
    let Some((ue, kind)) = first else {
        if n.spelled && !n.big {
            return counted_noun(t, p, n.end).map(|e| (e, Label::QT));
        }
        // "600억", "4만5000": a big number is a quantity even without a counter.
        return (n.big && !n.spelled && word_may_end(t, n.end)).then_some((n.end, Label::QT));
    };
    let (e, label) = judge(t, &n, ue, kind)?;
    let e = match label {
        // A duration before or after now keeps its ago word ("20분 뒤"); a clock time does not.
        Label::TI if kind != Unit::Hour => {
            let e = time_tail(t, e, kind);
            ago(t, e).unwrap_or(e)
        }
        Label::TI => time_tail(t, e, kind),
        Label::DT => dt_suffix(t, e),
        _ => e,
    };
    Some((e, label))
}

/// Spelled numerals that count the noun after them ("두 경찰관", "세 주인공", "네 종목"): KLUE's
/// annotators list such a pair as an entity nearly every time (두 … 350 of 354 uses in their
/// train side, 세 68 of 70, 네 14 of 17: `python3 crates/yoyak/data/klue_counts.py counted`).
/// Not 한 (also "a": 한 남성, 367 of 879) and not 열 or 몇.
const COUNTING: &[&str] = &[
    "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열한", "열두", "열세", "열네",
    "스무",
];

/// The end of the noun a [`COUNTING`] numeral at `p..e` counts, one space after it, without its
/// particle ("두 경찰관은" → "두 경찰관"; "두 아이" keeps its 이, a particle would leave one
/// syllable).
fn counted_noun(t: &str, p: usize, e: usize) -> Option<usize> {
    if !COUNTING.contains(&&t[p..e]) || !t[e..].starts_with(' ') {
        return None;
    }
    let s = e + 1;
    let we = t[s..]
        .find(|c: char| !is_hangul(c))
        .map_or(t.len(), |i| s + i);
    if we == s {
        return None;
    }
    // Without the longest particle that leaves a noun of two syllables or more.
    Some(s + crate::entity::model::lists::before_josa(&t[s..we], 2).len())
}

/// A TI led by a time-of-day word at `p` ("오후 3시", "새벽 2시", "오전 9:30").
fn time_word(t: &str, p: usize) -> Option<Found> {
    let (w, i) = any_lit(t, p, TI_LEADS)?;
    if TI_LEADS[i] == "정오" || TI_LEADS[i] == "자정" {
        return tight_end(t, w).then_some((w, Label::TI));
    }
    let s = space(t, w);
    if !t.as_bytes().get(s).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    match numeric(t, s)? {
        (e, Label::TI) => Some((e, Label::TI)),
        _ => None,
    }
}

/// Extends a TI over a range to another ("오전 11시~오후 10시").
fn ti_range(t: &str, e: usize) -> usize {
    let Some(a) = any_lit(t, space(t, e), &["~", "∼", "～", "〜"]).map(|(a, _)| space(t, a))
    else {
        return e;
    };
    match char_at(t, a) {
        Some(c) if c.is_ascii_digit() => match numeric(t, a) {
            Some((n, Label::TI)) => n,
            _ => e,
        },
        Some(c) if is_hangul(c) => time_word(t, a).map_or(e, |(n, _)| n),
        _ => e,
    }
}

/// True when an expression may start with `c`: the first syllables of the date, time and
/// numeral words. Keep in sync with `DT_WORDS`, `DT_LEADS`, [`TI_LEADS`] and the numerals
/// (a unit test checks).
pub(crate) fn may_start(c: char) -> bool {
    STARTS.binary_search(&c).is_ok()
}

/// The first syllables of [`may_start`], sorted.
const STARTS: &[char] = &[
    '개', '광', '그', '금', '나', '낮', '내', '네', '다', '닷', '두', '마', '매', '명', '몇', '모',
    '목', '밤', '보', '부', '사', '삼', '상', '새', '서', '석', '설', '성', '세', '수', '쉰', '스',
    '아', '어', '여', '연', '열', '엿', '오', '올', '월', '이', '일', '자', '작', '재', '저', '전',
    '정', '제', '주', '지', '최', '추', '크', '토', '평', '하', '한', '향', '현', '화', '후',
];

/// An expression at `p`, the start of a Hangul word.
pub(crate) fn word(t: &str, p: usize) -> Option<Found> {
    if let Some((e, _)) = time_word(t, p) {
        return Some((ti_range(t, e), Label::TI));
    }
    // A lead word needs a date after it; some leads ("올해", "내년") are dates themselves.
    if let Some((w, _)) = any_lit(t, p, DT_LEADS) {
        if hangul_word_ends(t, w) || t[w..].starts_with(' ') {
            let s = space(t, w);
            if let Some((e, _)) = dt_atom(t, s, false) {
                return Some((dt_chain(t, s, e), Label::DT));
            }
        }
    }
    if let Some((e, _)) = dt_atom(t, p, false) {
        return Some((dt_chain(t, p, e), Label::DT));
    }
    let (e, label) = numeric(t, p)?;
    Some(match label {
        Label::DT => (dt_chain(t, p, e), label),
        _ => (e, label),
    })
}

/// Extends a number-led mention into the date it starts ("2024년 6월 23일") or the time range it
/// starts.
pub(crate) fn extend(t: &str, start: usize, found: Found) -> Found {
    match found {
        (e, Label::DT) => (dt_chain(t, start, e), Label::DT),
        (e, Label::TI) => (ti_range(t, e), Label::TI),
        f => f,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trigger_word_passes_the_filter() {
        for w in super::super::date::DT_WORDS
            .iter()
            .map(|(w, _)| w)
            .chain(DT_LEADS)
            .chain(TI_LEADS)
            .chain(super::super::num::SPELLED)
            .chain(super::super::num::APPROX)
        {
            let c = w.chars().next().unwrap();
            assert!(may_start(c), "{w}");
        }
        assert!(STARTS.windows(2).all(|p| p[0] < p[1]), "sorted");
    }
}
