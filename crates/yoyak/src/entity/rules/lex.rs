//! Small lexical helpers over byte offsets of a `&str`.
//!
//! Every function takes a byte offset that lies on a char boundary and returns offsets that also
//! do, so the parsers built on them never slice inside a char.

/// The char starting at byte `p`, if any.
#[inline]
pub(crate) fn char_at(t: &str, p: usize) -> Option<char> {
    t.get(p..)?.chars().next()
}

/// The char ending at byte `p`, if any.
#[inline]
pub(crate) fn char_before(t: &str, p: usize) -> Option<char> {
    t.get(..p)?.chars().next_back()
}

/// `p + lit.len()` when `lit` starts at `p`.
#[inline]
pub(crate) fn lit(t: &str, p: usize, lit: &str) -> Option<usize> {
    let b = t.as_bytes();
    let end = p.checked_add(lit.len())?;
    (end <= b.len() && &b[p..end] == lit.as_bytes()).then_some(end)
}

/// The first of `words` that starts at `p`, as its end offset and index.
#[inline]
pub(crate) fn any_lit(t: &str, p: usize, words: &[&str]) -> Option<(usize, usize)> {
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| lit(t, p, w).map(|e| (e, i)))
}

/// Skips one space (ASCII or no-break) at `p`, if there is one.
#[inline]
pub(crate) fn space(t: &str, p: usize) -> usize {
    match t.as_bytes().get(p) {
        Some(b' ') => p + 1,
        Some(0xC2) if t.as_bytes().get(p + 1) == Some(&0xA0) => p + 2,
        _ => p,
    }
}

/// End of the run of ASCII digits at `p` (`p` itself when there is none).
#[inline]
pub(crate) fn digits(t: &str, p: usize) -> usize {
    let b = t.as_bytes();
    let mut e = p;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    e
}

pub(crate) use crate::text::is_hangul;

/// True when the byte at `p` continues an ASCII word (letter or digit).
#[inline]
pub(crate) fn ascii_alnum_at(t: &str, p: usize) -> bool {
    t.as_bytes()
        .get(p)
        .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// True when the byte before `p` is an ASCII letter or digit.
#[inline]
pub(crate) fn ascii_alnum_before(t: &str, p: usize) -> bool {
    p > 0
        && t.as_bytes()
            .get(p - 1)
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// True when a Hangul word does not continue at `p`.
#[inline]
pub(crate) fn hangul_word_ends(t: &str, p: usize) -> bool {
    !char_at(t, p).is_some_and(is_hangul)
}

/// True when no Hangul word starts before `p` (the char before is not a syllable).
#[inline]
pub(crate) fn hangul_word_starts(t: &str, p: usize) -> bool {
    !char_before(t, p).is_some_and(is_hangul)
}

/// Syllables that begin the particles and endings that may directly follow a counter or a date
/// word ("3명이", "11일에", "올해는", "2곳에서", "5명씩", "10배로"...). When the next syllable is not
/// one of these, the counter is more likely the start of a longer word ("3사", "1위원회"). 때
/// ("when") is a noun written glued to a count in everyday prose ("3학년때", "20대때").
const PARTICLE_HEADS: &[char] = &[
    '이', '가', '을', '를', '은', '는', '의', '에', '와', '과', '도', '만', '까', '부', '씩', '께',
    '쯤', '경', '나', '보', '처', '로', '으', '간', '째', '동', '여', '며', '인', '였', '엔', '대',
    '라', '란', '야', '요', '밖', '뿐', '안', '이', '전', '후', '내', '중', '말', '초', '정', '가',
    '했', '하', '된', '되', '다', '짜', '당', '꼴', '남', '넘', '미', '에', '치', '만', '께', '씨',
    '마', '서', '조', '랑', '든', '던', '면', '엔', '고', '잖', '지', '래', '냐', '죠', '임', '일',
    '때',
];

/// True when a counter or date word may end at `p`: nothing Hangul follows, or a particle does.
#[inline]
pub(crate) fn word_may_end(t: &str, p: usize) -> bool {
    match char_at(t, p) {
        Some(c) if is_hangul(c) => PARTICLE_HEADS.contains(&c),
        _ => true,
    }
}

/// Range separators: `~`, `∼`, `～`, `〜`, and `-` (the caller decides where a hyphen is allowed).
#[inline]
pub(crate) fn range_sep(t: &str, p: usize) -> Option<usize> {
    any_lit(t, p, &["~", "∼", "～", "〜", "-"]).map(|(e, _)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_stay_on_boundaries() {
        let t = "가 12나";
        assert_eq!(char_at(t, 0), Some('가'));
        assert_eq!(char_before(t, 3), Some('가'));
        assert_eq!(space(t, 3), 4);
        assert_eq!(digits(t, 4), 6);
        assert!(word_may_end(t, 9));
        assert!(!word_may_end("원회", 0));
        assert_eq!(lit(t, 4, "12나"), Some(9));
        assert_eq!(lit(t, 8, "나"), None);
    }
}
