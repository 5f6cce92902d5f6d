//! The units and counters that follow a number ("억 원", "명", "%", "km") and what they make of
//! it: a date, a time, a period or a quantity.

use super::lex::{ascii_alnum_at, lit, word_may_end};
use crate::entity::reading::may_end_before;

/// What a unit makes of the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// 년 (a year, or a number of years).
    Year,
    /// 월.
    Month,
    /// 일.
    Day,
    /// Other date or period units: 년대, 세기, 분기, 개월, 반기, 주 (weeks).
    Period,
    /// 시 (o'clock).
    Hour,
    /// 분 (minutes).
    Minute,
    /// 초 (seconds).
    Second,
    /// 시간 (hours, a duration).
    Hours,
    /// A quantity: money, counts, percentages, measures, ranks.
    Quantity,
    /// A quantity unit written in Latin letters or symbols, which must not run into a word.
    Latin,
}

use Unit::*;

/// Units after Arabic numbers, longest first within each leading char (the lookup takes the
/// first match, so a longer unit must come before any unit that is its prefix).
const UNITS: &[(&str, Unit)] = &[
    // Dates and periods.
    ("년대", Period),
    ("년간", Year),
    ("년", Year),
    ("개월", Period),
    ("월", Month),
    ("일간", Day),
    ("일", Day),
    ("세기", Period),
    ("분기", Period),
    ("반기", Period),
    ("주년", Quantity),
    ("주간", Period),
    ("주째", Period),
    // Times.
    ("시간", Hours),
    ("시즌", Quantity),
    ("시", Hour),
    ("분간", Minute),
    ("분", Minute),
    ("초", Second),
    // Percentages.
    ("%포인트", Quantity),
    ("％포인트", Quantity),
    ("%p", Latin),
    ("%P", Latin),
    ("%", Quantity),
    ("％", Quantity),
    ("퍼센트", Quantity),
    ("포인트", Quantity),
    ("bp", Latin),
    // Money.
    ("원", Quantity),
    ("달러", Quantity),
    ("달", Period),
    ("엔", Quantity),
    ("위안", Quantity),
    ("유로", Quantity),
    ("파운드", Quantity),
    ("루블", Quantity),
    ("루피", Quantity),
    ("페소", Quantity),
    ("프랑", Quantity),
    ("바트", Quantity),
    ("헤알", Quantity),
    ("링깃", Quantity),
    // Counters.
    ("명", Quantity),
    ("개국", Quantity),
    ("개사", Quantity),
    ("개소", Quantity),
    ("개교", Quantity),
    ("개팀", Quantity),
    ("개", Quantity),
    ("건", Quantity),
    ("곳", Quantity),
    ("배럴", Quantity),
    ("배", Quantity),
    ("대", Quantity),
    ("채", Quantity),
    ("권", Quantity),
    ("편", Quantity),
    ("마리", Quantity),
    ("마일", Quantity),
    ("톤", Quantity),
    ("척", Quantity),
    ("종", Quantity),
    ("가구", Quantity),
    ("가지", Quantity),
    ("차례", Quantity),
    ("차", Quantity),
    ("번지", Quantity),
    ("번째", Quantity),
    ("번", Quantity),
    ("회차", Quantity),
    ("회", Quantity),
    ("호선", Quantity),
    ("호", Quantity),
    ("위", Quantity),
    ("점", Quantity),
    ("골", Quantity),
    ("타수", Quantity),
    ("타석", Quantity),
    ("타점", Quantity),
    ("타", Quantity),
    ("연승", Quantity),
    ("연패", Quantity),
    ("승", Quantity),
    ("패", Quantity),
    ("경기", Quantity),
    ("세트", Quantity),
    ("세대", Quantity),
    ("세이브", Quantity),
    ("득점", Quantity),
    ("실점", Quantity),
    ("리바운드", Quantity),
    ("어시스트", Quantity),
    ("도움", Quantity),
    ("탈삼진", Quantity),
    ("루타", Quantity),
    ("순위", Quantity),
    ("연전", Quantity),
    ("관왕", Quantity),
    ("인조", Quantity),
    ("인승", Quantity),
    ("년차", Quantity),
    ("곡", Quantity),
    ("게임", Quantity),
    ("할", Quantity),
    ("무", Quantity),
    ("급", Quantity),
    ("단", Quantity),
    ("매", Quantity),
    ("크로네", Quantity),
    ("다운로드", Quantity),
    ("TEU", Latin),
    ("㎾", Quantity),
    ("㎿", Quantity),
    ("세", Quantity),
    ("살", Quantity),
    ("표", Quantity),
    ("석", Quantity),
    ("장", Quantity),
    ("병", Quantity),
    ("잔", Quantity),
    ("벌", Quantity),
    ("쌍", Quantity),
    ("그루", Quantity),
    ("송이", Quantity),
    ("상자", Quantity),
    ("박스", Quantity),
    ("팀", Quantity),
    ("층", Quantity),
    ("인분", Quantity),
    ("인", Quantity),
    ("쪽", Quantity),
    ("페이지", Quantity),
    ("단계", Quantity),
    ("등급", Quantity),
    ("등", Quantity),
    ("라운드", Quantity),
    ("이닝", Quantity),
    ("안타", Quantity),
    ("홈런", Quantity),
    ("홀", Quantity),
    ("언더파", Quantity),
    ("오버파", Quantity),
    ("쿼터", Quantity),
    ("학년", Quantity),
    ("기", Quantity),
    ("강", Quantity),
    ("주", Period),
    ("평", Quantity),
    ("도", Quantity),
    ("부", Quantity),
    ("조각", Quantity),
    ("통", Quantity),
    ("포기", Quantity),
    ("봉지", Quantity),
    ("켤레", Quantity),
    ("량", Quantity),
    ("칸", Quantity),
    ("줄", Quantity),
    ("알", Quantity),
    ("모금", Quantity),
    ("끼", Quantity),
    ("킬로미터", Quantity),
    ("킬로그램", Quantity),
    ("킬로와트", Quantity),
    ("미터", Quantity),
    ("센티미터", Quantity),
    ("밀리미터", Quantity),
    ("리터", Quantity),
    ("그램", Quantity),
    ("인치", Quantity),
    ("야드", Quantity),
    ("피트", Quantity),
    ("갤런", Quantity),
    ("나노미터", Quantity),
    ("나노", Quantity),
    ("메가와트", Quantity),
    ("기가와트", Quantity),
    ("화소", Quantity),
    ("비트", Quantity),
    ("바이트", Quantity),
    ("테라바이트", Quantity),
    ("기가바이트", Quantity),
    ("메가바이트", Quantity),
    ("헥타르", Quantity),
    ("에이커", Quantity),
    ("칼로리", Quantity),
    // Symbols and Latin units.
    ("㎞", Quantity),
    ("㎡", Quantity),
    ("㎢", Quantity),
    ("㎏", Quantity),
    ("㎎", Quantity),
    ("㎝", Quantity),
    ("㎜", Quantity),
    ("㎖", Quantity),
    ("ℓ", Quantity),
    ("℃", Quantity),
    ("°C", Latin),
    ("m²", Latin),
    ("m³", Latin),
    ("km²", Latin),
    ("kWh", Latin),
    ("kW", Latin),
    ("MWh", Latin),
    ("MW", Latin),
    ("GWh", Latin),
    ("GW", Latin),
    ("km/h", Latin),
    ("km", Latin),
    ("kg", Latin),
    ("kcal", Latin),
    ("cm", Latin),
    ("mm", Latin),
    ("mg", Latin),
    ("ml", Latin),
    ("mL", Latin),
    ("mAh", Latin),
    ("m", Latin),
    ("g", Latin),
    ("t", Latin),
    ("L", Latin),
    ("cc", Latin),
    ("nm", Latin),
    ("TB", Latin),
    ("GB", Latin),
    ("MB", Latin),
    ("KB", Latin),
    ("Gbps", Latin),
    ("Mbps", Latin),
    ("GHz", Latin),
    ("MHz", Latin),
    ("Hz", Latin),
    ("fps", Latin),
    ("mph", Latin),
    ("ppm", Latin),
];

/// Counters that go with spelled numerals ("두 명", "세 가지", "한 달").
const SPELLED_UNITS: &[(&str, Unit)] = &[
    ("명", Quantity),
    ("사람", Quantity),
    ("개월", Period),
    ("개", Quantity),
    ("곳", Quantity),
    ("군데", Quantity),
    ("가지", Quantity),
    ("차례", Quantity),
    ("번째", Quantity),
    ("번", Quantity),
    ("배", Quantity),
    ("건", Quantity),
    ("마리", Quantity),
    ("권", Quantity),
    ("대", Quantity),
    ("잔", Quantity),
    ("척", Quantity),
    ("채", Quantity),
    ("그루", Quantity),
    ("살", Quantity),
    ("장", Quantity),
    ("벌", Quantity),
    ("병", Quantity),
    ("경기", Quantity),
    ("골", Quantity),
    ("편", Quantity),
    ("표", Quantity),
    ("석", Quantity),
    ("세트", Quantity),
    ("단계", Quantity),
    ("끼", Quantity),
    ("시간", Hours),
    ("달", Period),
    ("해", Period),
    ("주", Period),
];

/// Units that are often written glued to the noun they measure ("70%수준", "4차청문회",
/// "5번출구"), so no word end is needed after them.
const GLUED: &[&str] = &["%", "％", "%포인트", "％포인트", "차", "번"];

/// What may follow a Hangul unit inside its word and stay in the span: 대 for a range
/// ("7점대", "30%대") and 여 for "more than" ("6개월여"), as KLUE marks them.
const UNIT_TAILS: &[&str] = &["대", "여"];

/// What may follow a spelled numeral's counter in its word besides a particle ("두 명씩",
/// "한 달간"): anything else means the counter was the start of a noun ("세 주인공").
const COUNTER_TAILS: &[&str] = &["씩", "간", "여", "쯤", "가량", "만", "째", "당"];

/// Matches the longest unit at `p` from `table`, checking that it ends where a word may end;
/// `spelled` for counters after a spelled numeral, whose word must end with them.
fn unit_in(t: &str, p: usize, table: &[(&str, Unit)], spelled: bool) -> Option<(usize, Unit)> {
    let first = t.as_bytes().get(p)?;
    let mut best: Option<(usize, Unit)> = None;
    for &(u, kind) in table {
        if u.as_bytes()[0] != *first || best.is_some_and(|(e, _)| e >= p + u.len()) {
            continue;
        }
        let Some(mut e) = lit(t, p, u) else { continue };
        if kind != Latin && (!u.is_ascii() || u == "%") && !spelled {
            if let Some(tail) = UNIT_TAILS
                .iter()
                .find_map(|x| lit(t, e, x).filter(|&end| word_may_end(t, end)))
            {
                e = tail;
            }
        }
        let ok = if spelled {
            may_end_before(t, e, COUNTER_TAILS)
        } else if kind == Latin || u.is_ascii() || u.starts_with(is_unit_symbol) {
            !ascii_alnum_at(t, e)
        } else {
            GLUED.contains(&u) || word_may_end(t, e)
        };
        if ok {
            best = Some((e, kind));
        }
    }
    best
}

/// Whether `c` is a unit written as one symbol (`㎞ ㎏ ㎝ ㎡ ㎖ ㎾`, the square units of the CJK
/// compatibility block, and `ℓ ℃ °`): no letter to Unicode, yet a unit, after which no Latin
/// letter or digit may follow.
pub(crate) fn is_unit_symbol(c: char) -> bool {
    matches!(c, 'ℓ' | '℃' | '°') || ('\u{3380}'..='\u{33DF}').contains(&c)
}

/// A unit after an Arabic number at `p`.
pub(crate) fn unit(t: &str, p: usize) -> Option<(usize, Unit)> {
    unit_in(t, p, UNITS, false)
}

/// A counter after a spelled numeral at `p`.
pub(crate) fn spelled_unit(t: &str, p: usize) -> Option<(usize, Unit)> {
    unit_in(t, p, SPELLED_UNITS, true)
}

/// True when the unit may sit one space away from its number ("17억 원", "100여 개"): money
/// and counters do, date and time units do not in practice ("2024 년" is not news style).
pub(crate) fn unit_may_be_spaced(kind: Unit, t: &str, p: usize) -> bool {
    kind == Quantity && !t[p..].starts_with('%') && !t[p..].starts_with('％')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_need_a_word_end() {
        assert!(unit("명이", 0).is_some());
        assert!(unit("위원회", 0).is_none());
        assert!(unit("km를", 0).is_some());
        assert!(unit("kmh", 0).is_none());
    }
}
