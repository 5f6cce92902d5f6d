//! Numbers: Arabic digits mixed with 조/억/만/천/백, and spelled Korean numerals (their units and
//! counters are in `unit`).

use super::lex::{any_lit, char_at, digits, is_hangul, space};
use super::unit::{unit, Unit};

/// A parsed number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num {
    /// Byte offset one past its last char.
    pub end: usize,
    /// Its value when it is a plain integer of at most 9 digits without commas or units
    /// ("2024", "6", not "1,406", "3.5" or "4만").
    pub plain: Option<u32>,
    /// True when it carries 조/억/만/천/백 ("4만5000", "3천").
    pub big: bool,
    /// True when it is spelled ("두", "수십"), which only goes with a few counters.
    pub spelled: bool,
}

/// The big number units, largest first (a continuation must use a smaller one).
const BIG: &[&str] = &["조", "억", "만"];
/// Small multipliers inside a chunk ("5천8백38").
const SMALL: &[&str] = &["천", "백", "십"];

/// Parses an Arabic-digit chunk at `p`: `1,406`, `3.5`, `5천8백38`.
fn chunk(t: &str, p: usize) -> Option<(usize, Option<u32>, usize, bool)> {
    let b = t.as_bytes();
    let d = digits(t, p);
    if d == p {
        return None;
    }
    let lead = d - p;
    let mut e = d;
    let mut plain = lead <= 9;
    // Thousands separators: only groups of exactly three digits.
    if lead <= 3 {
        while b.get(e) == Some(&b',') {
            let g = digits(t, e + 1);
            if g - (e + 1) == 3 && !b.get(g).is_some_and(u8::is_ascii_digit) {
                e = g;
                plain = false;
            } else {
                break;
            }
        }
    }
    // A decimal part, not a version number ("2.0.1") or a dotted date.
    if b.get(e) == Some(&b'.') {
        let g = digits(t, e + 1);
        if g > e + 1 && b.get(g) != Some(&b'.') {
            e = g;
            plain = false;
        }
    }
    let mut small = false;
    while let Some((s, _)) = any_lit(t, e, SMALL) {
        small = true;
        plain = false;
        e = s;
        let g = digits(t, e);
        if g == e {
            break;
        }
        e = g;
    }
    let value = if plain {
        t.get(p..d).and_then(|s| s.parse().ok())
    } else {
        None
    };
    Some((e, value, lead, small))
}

/// Words that approximate a count: "수십", "수백만", "몇".
pub(crate) const APPROX: &[&str] = &[
    "수십", "수백", "수천", "수만", "수억", "수조", "몇십", "몇백", "몇천", "몇만",
];

/// Parses a number at `p`: digit chunks joined by 조/억/만 ("1조2000억", "1조 5천8백38억",
/// "4만5000", "1,406", "3.5"), or an approximate one ("수십억", "수백만").
pub(crate) fn number(t: &str, p: usize) -> Option<Num> {
    let (mut e, plain, _lead, small, mut big_rank) =
        if let Some((e, value, lead, small)) = chunk(t, p) {
            (e, value, lead, small, None)
        } else if let Some((e, _)) = any_lit(t, p, APPROX) {
            (e, None, 0, true, None)
        } else {
            return None;
        };
    let mut big = small;
    let mut plain = plain;
    while let Some((after_big, rank)) = any_lit(t, e, BIG) {
        if big_rank.is_some_and(|r| rank <= r) {
            break;
        }
        big = true;
        plain = None;
        big_rank = Some(rank);
        e = after_big;
        // A following chunk with a smaller big unit continues the number, directly or after
        // one space ("1조 2000억"); a bare chunk continues directly ("4만5000") or, after a
        // space, when a counter follows it ("32만 7951대").
        let s = space(t, e);
        if let Some((ce, _, _, _)) = chunk(t, s) {
            match any_lit(t, ce, BIG) {
                Some((_, r)) if r > rank => {
                    e = ce;
                    continue;
                }
                _ if s == e
                    || unit(t, ce)
                        .is_some_and(|(_, k)| matches!(k, Unit::Quantity | Unit::Latin)) =>
                {
                    e = ce;
                    break;
                }
                _ => break,
            }
        }
        break;
    }
    Some(Num {
        end: e,
        plain,
        big,
        spelled: false,
    })
}

/// Spelled native numerals, longest first so "열두" wins over "열".
pub(crate) const SPELLED: &[&str] = &[
    "열한", "열두", "열세", "열네", "다섯", "여섯", "일곱", "여덟", "아홉", "스무", "서른", "마흔",
    "한", "두", "세", "네", "열", "쉰", "몇",
];

/// Parses a spelled numeral at `p` ("두", "세", "수십").
pub(crate) fn spelled(t: &str, p: usize) -> Option<Num> {
    let (e, _) = any_lit(t, p, SPELLED).or_else(|| any_lit(t, p, APPROX))?;
    // The numeral is its own word ("두 명", "세 가지"); "두고", "한국" are not numerals.
    let next = char_at(t, e);
    if next.is_some_and(is_hangul) && !t[e..].starts_with("여") {
        // "수십억", "수백만" continue with a big unit; other spellings need a space.
        if any_lit(t, p, APPROX).is_some() {
            return number(t, p).map(|n| Num { spelled: true, ..n });
        }
        return None;
    }
    Some(Num {
        end: e,
        plain: None,
        big: false,
        spelled: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(t: &str) -> usize {
        number(t, 0).map_or(0, |n| n.end)
    }

    #[test]
    fn korean_numbers() {
        assert_eq!(end("1조2000억원"), "1조2000억".len());
        assert_eq!(end("1조 5천8백38억원"), "1조 5천8백38억".len());
        assert_eq!(end("4만5000건"), "4만5000".len());
        assert_eq!(end("1,406억원"), "1,406억".len());
        assert_eq!(end("3.5%"), 3);
        assert_eq!(end("2000만 유로"), "2000만".len());
        assert_eq!(end("수십억 원"), "수십억".len());
        assert_eq!(number("2024", 0).and_then(|n| n.plain), Some(2024));
        assert_eq!(number("1,406", 0).and_then(|n| n.plain), None);
    }
}
