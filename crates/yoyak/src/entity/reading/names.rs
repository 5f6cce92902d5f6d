//! People: runs of names split where the article reads a word as another entity, and surnames
//! or full names before a title.

use std::collections::HashMap;

use super::span::{surname_with_mo, ROLES};
use super::words::{is_title_word, may_end_before, may_start, words_at};
use super::{is_place, lists, rule_entity};
use crate::entity::{Entity, Label};
use crate::text::{is_hangul, CharIndex};

/// Rule: a person span of several words stops before a word that this text reads as another kind
/// of entity ("정신아 카카오" where "카카오" is an organisation elsewhere).
pub fn split_runs(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut other: HashMap<&str, Label> = HashMap::new();
    for e in entities.iter() {
        if e.label != Label::PS {
            other.entry(e.span.slice(text)).or_insert(e.label);
        }
    }
    let mut added = Vec::new();
    for e in entities.iter_mut().filter(|e| e.label == Label::PS) {
        let t = e.span.slice(text);
        let Some(space) = t.find(' ') else { continue };
        let rest = t[space + 1..].trim_start();
        let first_word_rest = rest.split(' ').next().unwrap_or(rest);
        let label = other
            .get(rest)
            .or_else(|| other.get(first_word_rest))
            .copied()
            .or_else(|| is_place(first_word_rest).then_some(Label::LC));
        if let Some(label) = label {
            let rest_start = e.span.byte_start + (t.len() - rest.len());
            added.push((rest_start, rest_start + first_word_rest.len(), label));
            e.span.byte_end = e.span.byte_start + space;
        }
    }
    for e in entities.iter_mut() {
        e.span = index.span(e.span.byte_start, e.span.byte_end);
    }
    entities.extend(added.into_iter().map(|r| rule_entity(text, index, r)));
}

/// Rule: an organisation span "X Y" before a title, where X could be a person's name (a surname
/// first, two or three syllables, no listed noun or place) and Y is an organisation's name by its
/// ending, is a person and an organisation ("고진 디지털플랫폼정부위원회 위원장").
pub fn person_before_org_title(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut added = Vec::new();
    for e in entities.iter_mut().filter(|e| e.label == Label::OG) {
        let t = e.span.slice(text);
        let Some((x, y)) = t.split_once(' ') else {
            continue;
        };
        let name_like = (2..=3).contains(&x.chars().count())
            && x.chars().all(is_hangul)
            && x.chars()
                .next()
                .is_some_and(|c| lists::SURNAMES.contains(&c))
            && !NOT_NAMES.contains(&x)
            && !is_place(x)
            && crate::keywords::nouns::share(x).is_none();
        let org_like = !y.contains(' ') && lists::ORG_SUFFIXES.iter().any(|s| y.ends_with(s));
        let after = text[e.span.byte_end..].strip_prefix(' ').unwrap_or("");
        if name_like && org_like && is_title_word(after.split(' ').next().unwrap_or("")) {
            let s = e.span.byte_start;
            added.push((s, s + x.len(), Label::PS));
            e.span = index.span(s + x.len() + 1, e.span.byte_end);
            e.text = e.span.slice(text).to_string();
        }
    }
    entities.extend(added.into_iter().map(|r| rule_entity(text, index, r)));
    entities.sort_by_key(|e| e.span.byte_start);
}

/// True when 씨 is glued on at byte `at` and ends the word, with or without a particle
/// ("우씨는", "남씨가"; not "씨앗").
fn glued_honorific(text: &str, at: usize) -> bool {
    text[at..].starts_with('씨') && may_end_before(text, at + '씨'.len_utf8(), &[])
}

/// Rule: a surname standing alone before a title is a person ("정 대표는", "김 씨가"), and so
/// is one with 씨 glued on ("우씨는") or with 모 for the hidden given name ("조모 씨", "남모(22)").
pub fn surnames_before_titles(text: &str) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        // "전 대표", "현 회장": former and current, not the surnames 전 and 현 (see repair_span).
        if !is_hangul(c)
            || lists::SURNAMES.binary_search(&c).is_err()
            || matches!(c, '전' | '현')
            || !may_start(text, i)
        {
            continue;
        }
        let after = i + c.len_utf8();
        let glued = glued_honorific(text, after);
        let mo = text[after..].starts_with('모')
            && surname_with_mo(text, i, after + '모'.len_utf8()).is_some();
        if text[after..].strip_prefix(' ').is_some_and(is_title_word) || glued || mo {
            out.push((i, after, Label::PS));
        }
    }
    out
}

/// True when `rest`, glued after a name, is a title or role with or without 님 and a particle.
fn titled_word(rest: &str) -> bool {
    is_title_word(rest)
        || ROLES.iter().any(|r| {
            rest.strip_prefix(r)
                .is_some_and(|x| x.is_empty() || super::words::is_particle_or_suffix(x))
        })
}

/// Words that start with a surname's syllable and come before titles without being names.
const NOT_NAMES: &[&str] = &["신임", "이번", "전임", "지난", "차기", "초대", "한편"];
/// Rule: a Korean name (three syllables from a surname) before a title, or before an
/// organisation and a title, is a person ("정신아 대표", "정신아 카카오 대표"). Two-syllable words
/// are left to the model: too many nouns start with a surname's syllable ("배구 선수").
pub fn names_before_titles(text: &str, entities: &[Entity]) -> Vec<(usize, usize, Label)> {
    let org_at: HashMap<usize, usize> = entities
        .iter()
        .filter(|e| e.label == Label::OG)
        .map(|e| (e.span.byte_start, e.span.byte_end))
        .collect();
    let mut out = Vec::new();
    let words = words_at(text, 0, text.len());
    for (k, &(at, w)) in words.iter().enumerate() {
        // Most words do not start with a surname: the cheapest test first.
        if !w
            .chars()
            .next()
            .is_some_and(|c| lists::SURNAMES.contains(&c))
        {
            continue;
        }
        // A title glued on ("권상우배우님과"): the name is the first three syllables.
        let glued = w
            .char_indices()
            .nth(3)
            .filter(|&(b, _)| w[..b].chars().all(is_hangul) && titled_word(&w[b..]))
            .map(|(b, _)| b);
        let w = glued.map_or(w, |b| &w[..b]);
        let n = w.chars().count();
        let first = w.chars().next().unwrap_or(' ');
        if n != 3
            || !w.chars().all(is_hangul)
            || !lists::SURNAMES.contains(&first)
            || NOT_NAMES.contains(&w)
            || !may_start(text, at)
        {
            continue;
        }
        let next = words.get(k + 1).map(|x| x.1).unwrap_or("");
        let titled = glued.is_some()
            || is_title_word(next)
            || words.get(k + 1).is_some_and(|&(nat, _)| {
                org_at.get(&nat).is_some_and(|&end| {
                    let rest = text[end..].trim_start_matches(' ');
                    rest.len() < text[end..].len()
                        && is_title_word(rest.split(' ').next().unwrap_or(""))
                })
            });
        if titled {
            out.push((at, at + w.len(), Label::PS));
        }
    }
    out
}

/// Words that stand for a quantity before a comparison (절반 이상은, 대부분 이하인).
const QUANTITY_WORDS: &[&str] = &["과반", "대다수", "대부분", "상당수", "일부", "전체", "절반"];

/// Rule: a listed common noun with its particle is no person (`육지의`, `조기에`), unless the name
/// list knows the whole as a person (the singer 이상은); right after a quantity it is none even
/// then (`80% 이상은`, `100만 명 이상인`, `절반 이상은`; 이상은 stays a person after `가수`). The
/// quantity is a quantity entity ending there, a word that starts or ends with a number
/// (`180㎝`, `30`), or a word for a share (절반, 대부분, 일부…).
pub fn no_nouns_with_particles_as_people(text: &str, entities: &mut Vec<Entity>) {
    let quantity_ends: Vec<usize> = entities
        .iter()
        .filter(|e| e.label == Label::QT)
        .map(|e| e.span.byte_end)
        .collect();
    let after_quantity = |start: usize| {
        let Some(before) = text[..start].strip_suffix(' ') else {
            return false;
        };
        let word = before.rsplit(' ').next().unwrap_or(before);
        quantity_ends.contains(&(start - 1))
            || word.starts_with(|c: char| c.is_ascii_digit())
            || word.ends_with(|c: char| c.is_ascii_digit() || c == '%')
            || QUANTITY_WORDS.contains(&word)
    };
    entities.retain(|e| {
        let s = e.span.slice(text);
        e.label != Label::PS
            || !noun_with_particle(s)
            || (super::known::listed_name(s) == Some(Label::PS)
                && !after_quantity(e.span.byte_start))
    });
}

/// Whether `s` is a listed common noun of two syllables or more with a one-syllable particle
/// (이상은, 미만인).
fn noun_with_particle(s: &str) -> bool {
    let Some((cut, last)) = s.char_indices().next_back() else {
        return false;
    };
    let noun = &s[..cut];
    "은는이가인을를의도와과".contains(last)
        && noun.chars().count() >= 2
        && noun.chars().all(is_hangul)
        && crate::keywords::nouns::is_noun(noun)
}
