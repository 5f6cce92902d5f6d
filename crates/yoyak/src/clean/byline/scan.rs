//! The pieces the cleaner's hand-written matchers are built from.
//!
//! The cleaner's patterns (bylines, datelines, dates, addresses, photo credits, counters) were
//! regexes; compiling them cost about 0.8 ms in every process, more than the command line spends
//! on the rest of the cleaning. Each is now plain code that gives exactly the regex's answers:
//! the same leftmost match, the same greedy choice where several would do, the same parts. Where
//! a regex could backtrack (a name of two to four syllables, then more names, then a title), the
//! matcher tries the candidates in the order the regex would and keeps the first that completes.
//! `byline/tests.rs` checks every matcher against its original pattern.
//!
//! Positions are byte offsets on char boundaries. `\s` in the patterns is Unicode White_Space,
//! which is what [`char::is_whitespace`] tests; `[가-힣]` is [`is_hangul`].

use crate::text::is_hangul;

/// A matched part of a line, with its byte range (what `regex::Match` gave).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Part<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Part<'h> {
    pub(crate) fn new(hay: &'h str, start: usize, end: usize) -> Self {
        debug_assert!(start <= end && hay.is_char_boundary(start) && hay.is_char_boundary(end));
        Part { hay, start, end }
    }

    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }

    pub(crate) fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// The char at byte `at`, if any.
pub(crate) fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

/// `\s*` at `at`: where the run of whitespace there ends.
pub(crate) fn skip_ws(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    at + rest.len() - rest.trim_start_matches(char::is_whitespace).len()
}

/// The end of `word` when `s` has it at `at`.
pub(crate) fn word_at(s: &str, at: usize, word: &str) -> Option<usize> {
    s[at..].starts_with(word).then_some(at + word.len())
}

/// The end of the first of `words` that `s` has at `at`: a regex alternation of literals
/// none of which is a prefix of another tried before it.
pub(crate) fn first_word_at(s: &str, at: usize, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| word_at(s, at, w))
}

/// The ends `[class]{min,max}` can have at `at`, in the order a greedy regex tries them:
/// longest first. `max` is at most 15.
pub(crate) fn greedy_ends(
    s: &str,
    at: usize,
    min: usize,
    max: usize,
    class: impl Fn(char) -> bool,
) -> impl Iterator<Item = usize> {
    debug_assert!(max < 16);
    let mut ends = [at; 16];
    let mut n = 0;
    for (i, c) in s[at..].char_indices().take(max) {
        if !class(c) {
            break;
        }
        n += 1;
        ends[n] = at + i + c.len_utf8();
    }
    (min..=n).rev().map(move |k| ends[k])
}

/// Whether `hay` holds `needle`, ASCII letters compared without case (`(?i-u:…)`).
pub(crate) fn contains_ignore_ascii_case(hay: &str, needle: &[u8]) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// `[가-힣A-Za-z0-9]`: a char of a publisher's name in a dateline.
pub(crate) fn is_name_char(c: char) -> bool {
    is_hangul(c) || c.is_ascii_alphanumeric()
}

/// `[가-힣]{2,4}(?:\s*[seps]\s*[가-힣]{2,4})*`: reporters' names ("홍길동", "이영희·박민수").
///
/// Calls `then` with each end the regex would try, in its order (a longer name first, another
/// name before stopping), until `then` returns something, and returns that. The regex backtracks
/// here: in "홍길동기자" the names are "홍길동" only because "홍길동기" leaves no title after it.
pub(crate) fn names<R>(
    s: &str,
    at: usize,
    seps: &[char],
    then: &mut dyn FnMut(usize) -> Option<R>,
) -> Option<R> {
    greedy_ends(s, at, 2, 4, is_hangul).find_map(|e| more_names(s, e, seps, then))
}

/// The repetition of [`names`], after a name that ends at `at`: one more name, then none.
fn more_names<R>(
    s: &str,
    at: usize,
    seps: &[char],
    then: &mut dyn FnMut(usize) -> Option<R>,
) -> Option<R> {
    let p = skip_ws(s, at);
    if let Some(sep) = char_at(s, p).filter(|c| seps.contains(c)) {
        let q = skip_ws(s, p + sep.len_utf8());
        let more = greedy_ends(s, q, 2, 4, is_hangul).find_map(|e| more_names(s, e, seps, then));
        if more.is_some() {
            return more;
        }
    }
    then(at)
}
