//! Word edges: where an entity may start and end inside running text, and the words around it.

use super::lists;
use crate::text::{is_alnum, is_hangul};

/// What may follow a name inside its word besides a particle: honorifics and plural or side
/// markers that stay outside the span ("A씨", "정부측", "선수들", "카카오다운").
const NAME_SUFFIXES: &[&str] = &["군", "님", "다운", "들", "등", "양", "씨", "측", "팬"];

/// True when an entity may start at byte `at`: no letter or digit is glued on before it.
pub fn may_start(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(is_alnum)
}

/// True when an entity may end at byte `at`: the word ends there, or what is left of the word is
/// a particle, or a name suffix with or without a particle.
pub fn may_end(text: &str, at: usize) -> bool {
    may_end_before(text, at, NAME_SUFFIXES)
}

/// [`may_end`] with other name suffixes: the trainer's silver labels follow KLUE's, which keep
/// fewer words outside a name than this module does.
pub fn may_end_before(text: &str, at: usize, suffixes: &[&str]) -> bool {
    let rest = &text[at..];
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !is_alnum(next) {
        return true;
    }
    if !is_hangul(next) {
        return false;
    }
    let end = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
    particle_or_suffix(&rest[..end], suffixes)
}

/// True when `word` is a particle, or a name suffix with or without a particle.
pub(super) fn is_particle_or_suffix(word: &str) -> bool {
    particle_or_suffix(word, NAME_SUFFIXES)
}

fn particle_or_suffix(word: &str, suffixes: &[&str]) -> bool {
    lists::contains(lists::JOSA, word)
        || suffixes.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|r| r.is_empty() || lists::contains(lists::JOSA, r))
        })
}

/// The space-separated words of `text[from..to]` with their byte offsets in `text`.
pub(super) fn words_at(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    text[from..to]
        .split(' ')
        .scan(from, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect()
}

/// The end of the word that contains byte `at` (at a space, a quote or a bracket).
pub(super) fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c: char| !is_alnum(c))
        .map_or(text.len(), |i| at + i)
}

/// True when `word` opens with a title ("대표는", "회장").
pub fn is_title_word(word: &str) -> bool {
    let word = &word[..word.find(|c: char| !is_alnum(c)).unwrap_or(word.len())];
    // Most words open with no title's first char: the cheapest test first.
    if !word
        .chars()
        .next()
        .is_some_and(|c| lists::TITLE_FIRST.contains(c))
    {
        return false;
    }
    (1..=word.chars().count().min(6)).any(|k| {
        let cut = word.char_indices().nth(k).map_or(word.len(), |(b, _)| b);
        lists::contains(lists::TITLES, &word[..cut])
            && (cut == word.len() || is_particle_or_suffix(&word[cut..]))
    })
}
