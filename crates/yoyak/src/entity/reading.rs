//! One article, one reading: the conventions of `../shared/NER-CONVENTIONS.md` that a tagger
//! reading one line at a time cannot keep by itself, applied to a whole text's entities.
//!
//! Each step is a small named rule:
//! - [`repair_span`]: a span never takes a bracket it does not open and close, never stops inside
//!   a word (`카카오브레` → `카카오브레인`), and a person never takes a title (`이 부회장` → `이`).
//! - [`split_runs`]: a person span never runs on into a word the text reads as another entity
//!   (`정신아 카카오` → `정신아` and `카카오`).
//! - [`NEVER`]: job titles, metrics and other strings that are never one of the entity kinds
//!   (`CAIO`, `MAU`, `LLM`).
//! - [`surnames_before_titles`]: a surname standing alone before a title is a person
//!   (`정 대표`, `김 씨`).
//! - [`places`]: a listed place standing as a word is LC; a listed place the model called an
//!   organisation stays one only where it acts (`북한은`).
//! - [`one_reading`]: a surface string keeps one label in a text, the label most of its mentions
//!   got, and its untagged mentions get it too.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::model::lists;
use super::{Entity, Label, Origin};
use crate::text::{is_hangul, CharIndex};

/// What may follow a name inside its word besides a particle: honorifics and plural or side
/// markers that stay outside the span ("A씨", "정부측", "선수들", "카카오다운").
const NAME_SUFFIXES: &[&str] = &["군", "님", "다운", "들", "등", "양", "씨", "측", "팬"];

/// Strings that are never an entity of the six kinds or an artifact: job titles, metrics,
/// generic acronyms (the conventions: "job titles and metrics are never entities").
pub const NEVER: &str = include_str!("never.txt");

/// Place names (LC), built from the gazetteers in `../shared/data` (see `data/PLACES.md`).
const PLACES: &str = include_str!("../../data/places.txt");

fn lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn never(s: &str) -> bool {
    static SET: OnceLock<Vec<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        let mut v: Vec<&str> = lines(NEVER).collect();
        v.sort_unstable();
        v
    });
    set.binary_search(&s).is_ok()
}

fn place_matcher() -> &'static (AhoCorasick, Vec<&'static str>) {
    static M: OnceLock<(AhoCorasick, Vec<&'static str>)> = OnceLock::new();
    M.get_or_init(|| {
        let names: Vec<&str> = lines(PLACES).collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("the place list builds");
        (ac, names)
    })
}

fn is_place(s: &str) -> bool {
    let (_, names) = place_matcher();
    names.binary_search(&s).is_ok()
}

/// True when an entity may start at byte `at`: no letter or digit is glued on before it.
pub fn may_start(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// True when an entity may end at byte `at`: the word ends there, or what is left of the word is
/// a particle, or a name suffix with or without a particle.
pub fn may_end(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !next.is_alphanumeric() {
        return true;
    }
    if !is_hangul(next) {
        return false;
    }
    let end = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
    is_particle_or_suffix(&rest[..end])
}

fn is_particle_or_suffix(word: &str) -> bool {
    lists::contains(lists::JOSA, word)
        || NAME_SUFFIXES.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|r| r.is_empty() || lists::contains(lists::JOSA, r))
        })
}

/// The space-separated words of `text[from..to]` with their byte offsets in `text`.
fn words_at(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
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
fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(text.len(), |i| at + i)
}

/// Rule: spans own their brackets, end at a word's end, and a person's span holds no title.
/// Returns the repaired byte range, or `None` when nothing sensible is left.
pub fn repair_span(text: &str, start: usize, end: usize, label: Label) -> Option<(usize, usize)> {
    let (mut s, mut e) = (start, end);
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
    // Trailing spaces, quotes and stray punctuation are never part of a name.
    while let Some(c) = text[s..e].chars().next_back() {
        if c.is_alphanumeric() || c == ')' || c == '%' {
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
    }
    if matches!(label, Label::DT | Label::TI) {
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
fn day_before_time(text: &str, s: usize, e: usize) -> Option<usize> {
    let t = &text[s..e];
    let (first, rest) = t.split_once(' ')?;
    let numeric_day = first
        .strip_suffix('일')
        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    (!rest.trim().is_empty() && (DAY_WORDS.contains(&first) || numeric_day))
        .then_some(s + first.len())
}

/// Roles that come before a name in news ("배우 최민식", "가수 아이유").
const ROLES: &[&str] = &[
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
    for (s, end, label) in added {
        entities.push(Entity {
            span: index.span(s, end),
            label,
            text: text[s..end].to_string(),
            origin: Origin::Rule,
        });
    }
}

/// Rule: a surname standing alone before a title is a person ("정 대표는", "김 씨가").
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
        if text[after..].strip_prefix(' ').is_some_and(is_title_word) {
            out.push((i, after, Label::PS));
        }
    }
    out
}

/// Words that start with a surname's syllable and come before titles without being names.
const NOT_NAMES: &[&str] = &["신임", "이번", "전임", "지난", "차기", "초대", "한편"];

/// True when `word` opens with a title ("대표는", "회장").
fn is_title_word(word: &str) -> bool {
    let word = &word[..word
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(word.len())];
    (1..=word.chars().count().min(6)).any(|k| {
        let cut = word.char_indices().nth(k).map_or(word.len(), |(b, _)| b);
        lists::contains(lists::TITLES, &word[..cut])
            && (cut == word.len() || is_particle_or_suffix(&word[cut..]))
    })
}

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
        let titled = is_title_word(next)
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

/// Whether the word after a mention makes it an actor ("북한은", "미국이"): then a country or
/// city can be an organisation.
fn acts(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let word = &rest[..rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len())];
    matches!(
        word,
        "은" | "는" | "이" | "가" | "측은" | "측이" | "측도" | "도"
    )
}

/// Rule: listed places standing as words are LC; returns new place spans (byte ranges).
pub fn places(text: &str) -> Vec<(usize, usize, Label)> {
    let (ac, _) = place_matcher();
    ac.find_iter(text)
        .filter(|m| may_start(text, m.start()) && may_end(text, m.end()))
        .map(|m| (m.start(), m.end(), Label::LC))
        .collect()
}

/// Rule: one label per surface string in a text, and the untagged mentions of a name get it.
pub fn one_reading(
    text: &str,
    index: &CharIndex,
    entities: &mut [Entity],
) -> Vec<(usize, usize, Label)> {
    let names = [Label::PS, Label::OG, Label::LC, Label::AF];
    let mut votes: HashMap<String, HashMap<Label, usize>> = HashMap::new();
    for e in entities.iter().filter(|e| names.contains(&e.label)) {
        *votes
            .entry(e.span.slice(text).to_string())
            .or_default()
            .entry(e.label)
            .or_default() += 1;
    }
    let mut reading: HashMap<String, Label> = HashMap::new();
    for (surface, v) in &votes {
        // Most votes; on a tie, the order of `names` (a person over an organisation ...).
        if let Some((&l, _)) = v
            .iter()
            .max_by_key(|(l, n)| (**n, std::cmp::Reverse(names.iter().position(|x| x == *l))))
        {
            reading.insert(surface.clone(), l);
        }
    }
    // No person's name starts with an organisation of the same article ("카카오브레인" after
    // "카카오"): such a "person" is the organisation's offshoot.
    let orgs: Vec<String> = reading
        .iter()
        .filter(|(_, l)| **l == Label::OG)
        .map(|(s, _)| s.clone())
        .collect();
    for (surface, l) in reading.iter_mut() {
        if *l == Label::PS
            && orgs
                .iter()
                .any(|o| surface.len() > o.len() && surface.starts_with(o.as_str()))
        {
            *l = Label::OG;
        }
    }
    // A mention that stops where a longer name of the article goes on ("카카오브레" + "인 대표"
    // where "카카오브레인" is tagged elsewhere) takes the longer name.
    for e in entities.iter_mut().filter(|e| names.contains(&e.label)) {
        let (s, end) = (e.span.byte_start, e.span.byte_end);
        let mut limit = (end + 16).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let we = text[end..limit]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(limit, |i| end + i);
        if let Some(longer) = (end + 1..=we)
            .rev()
            .filter(|&b| text.is_char_boundary(b))
            .find(|&b| reading.contains_key(&text[s..b]) && may_end(text, b))
        {
            e.span = index.span(s, longer);
            e.text = text[s..longer].to_string();
        }
    }
    for e in entities.iter_mut() {
        let Some(&l) = reading.get(e.span.slice(text)) else {
            continue;
        };
        // A place may act as an organisation; that is a change of role, not of reading.
        let place_role = is_place(e.span.slice(text))
            && matches!(
                (e.label, l),
                (Label::OG, Label::LC) | (Label::LC, Label::OG)
            );
        if e.label != l && names.contains(&e.label) && !place_role {
            e.label = l;
        }
    }
    // Untagged mentions: names of two chars or more (a lone surname is not a name to spread).
    let mut surfaces: Vec<(&String, &Label)> = reading
        .iter()
        .filter(|(s, _)| (2..=MAX_NAME_CHARS).contains(&s.chars().count()) && !never(s))
        .collect();
    surfaces.sort();
    if surfaces.is_empty() {
        return Vec::new();
    }
    // An NFA: a DFA's build time grows with the patterns' total length, which a hostile text
    // controls.
    let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(surfaces.iter().map(|(s, _)| s.as_str()))
    else {
        return Vec::new();
    };
    ac.find_iter(text)
        .filter(|m| may_start(text, m.start()) && may_end(text, m.end()))
        .map(|m| (m.start(), m.end(), *surfaces[m.pattern().as_usize()].1))
        .collect()
}

/// The longest name kept, in chars: a longer "name" is a tagger running on through text with no
/// punctuation, not a name.
const MAX_NAME_CHARS: usize = 40;

/// Applies every rule of this module to the entities found in `text`.
pub fn apply(text: &str, entities: Vec<Entity>) -> Vec<Entity> {
    let index = CharIndex::new(text);
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    for mut e in entities {
        if matches!(e.label, Label::EMAIL | Label::URL | Label::STOCK) {
            out.push(e);
            continue;
        }
        if e.span.char_len() > MAX_NAME_CHARS {
            continue;
        }
        let Some((s, end)) = repair_span(text, e.span.byte_start, e.span.byte_end, e.label) else {
            continue;
        };
        if never(&text[s..end]) {
            continue;
        }
        if (s, end) != (e.span.byte_start, e.span.byte_end) {
            e.span = index.span(s, end);
            e.text = text[s..end].to_string();
        }
        if e.label == Label::TI {
            if let Some(cut) = day_before_time(text, s, end) {
                let time_start = cut + 1;
                out.push(Entity {
                    span: index.span(s, cut),
                    label: Label::DT,
                    text: text[s..cut].to_string(),
                    origin: e.origin,
                });
                e.span = index.span(time_start, end);
                e.text = text[time_start..end].to_string();
            }
        }
        out.push(e);
    }
    out = dedup_overlaps(out);
    split_runs(text, &index, &mut out);
    for e in &mut out {
        e.text = e.span.slice(text).to_string();
        // A listed place the model called an organisation is one only where it acts.
        if e.label == Label::OG && is_place(&e.text) && !acts(text, e.span.byte_end) {
            e.label = Label::LC;
        }
    }
    let mut extra = surnames_before_titles(text);
    extra.extend(names_before_titles(text, &out));
    extra.extend(places(text));
    extra.extend(one_reading(text, &index, &mut out));
    for (s, end, label) in extra {
        out.push(Entity {
            span: index.span(s, end),
            label,
            text: text[s..end].to_string(),
            origin: Origin::Rule,
        });
    }
    dedup_overlaps(out)
}

/// Sorted and without overlaps: of two overlapping entities the earlier-listed one stays.
fn dedup_overlaps(entities: Vec<Entity>) -> Vec<Entity> {
    let mut kept = super::Claimed::default();
    let mut out = Vec::with_capacity(entities.len());
    for e in entities {
        if kept.claim(e.span) {
            out.push(e);
        }
    }
    out.sort_by_key(|e| e.span.byte_start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str, piece: &str, label: Label) -> Option<String> {
        let s = text.find(piece).unwrap();
        repair_span(text, s, s + piece.len(), label).map(|(a, b)| text[a..b].to_string())
    }

    #[test]
    fn spans_own_their_brackets_and_end_with_their_word() {
        let t = "카카오는 코(Ko)-GPT 2.0을 냈고 카카오브레인은 웃었다";
        assert_eq!(
            repaired(t, "Ko)-GPT", Label::AF).as_deref(),
            Some("코(Ko)-GPT")
        );
        assert_eq!(
            repaired(t, "카카오브레", Label::OG).as_deref(),
            Some("카카오브레인")
        );
        assert_eq!(repaired(t, "코(Ko", Label::AF).as_deref(), Some("코(Ko)"));
        let p = "이 부회장과 배우 최민식, 하 센터장";
        assert_eq!(repaired(p, "하 센", Label::PS).as_deref(), Some("하"));
        assert_eq!(repaired("전 회장은 웃었다", "전", Label::PS), None);
        assert_eq!(repaired(p, "이 부회장", Label::PS).as_deref(), Some("이"));
        assert_eq!(
            repaired(p, "배우 최민식", Label::PS).as_deref(),
            Some("최민식")
        );
    }

    #[test]
    fn surnames_alone_before_titles_are_people() {
        let t = "정 대표는 웃었고 김 씨가 왔다. 이 회사는 컸다. 한 대표이사도 전 대표도";
        let got: Vec<&str> = surnames_before_titles(t)
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect();
        assert_eq!(got, ["정", "김", "한"]);
    }

    #[test]
    fn names_before_titles_are_people() {
        let t = "박서준 대표와 정신아 카카오 대표, 배구 선수";
        let b = |p: &str| t.find(p).unwrap();
        let org = Entity {
            span: crate::text::span_of(t, b("카카오"), b("카카오") + "카카오".len()),
            label: Label::OG,
            text: "카카오".into(),
            origin: Origin::Model,
        };
        let got: Vec<&str> = names_before_titles(t, &[org])
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect();
        assert_eq!(got, ["박서준", "정신아"]);
    }

    #[test]
    fn names_lose_long_particles_and_glued_titles() {
        let t = "한국에선 권상우배우가 배우랑 2000년대에";
        assert_eq!(repaired(t, "한국에선", Label::LC).as_deref(), Some("한국"));
        assert_eq!(
            repaired(t, "권상우배우", Label::PS).as_deref(),
            Some("권상우")
        );
        assert_eq!(repaired(t, "배우랑", Label::PS), None);
        assert_eq!(
            repaired(t, "000년대", Label::DT).as_deref(),
            Some("2000년대")
        );
        assert_eq!(
            repaired("카카오 CAIO가", "카카오 CAIO", Label::OG).as_deref(),
            Some("카카오")
        );
        assert_eq!(repaired("코GPT 2.0과", "2.0", Label::AF), None);
        let d = "이날 오후 3시";
        assert_eq!(day_before_time(d, 0, d.len()), Some("이날".len()));
    }

    #[test]
    fn a_person_never_starts_with_an_organisation_of_the_article() {
        let t = "카카오는 웃었다. 카카오브레인 대표는 떠났다.";
        let b = |p: &str| t.find(p).unwrap();
        let mk = |p: &str, label| Entity {
            span: crate::text::span_of(t, b(p), b(p) + p.len()),
            label,
            text: p.into(),
            origin: Origin::Model,
        };
        let mut e = vec![mk("카카오", Label::OG), mk("카카오브레인", Label::PS)];
        one_reading(t, &CharIndex::new(t), &mut e);
        assert_eq!(e[1].label, Label::OG);
    }

    #[test]
    fn dates_leave_their_particles_outside() {
        let t = "지난해부터 사흘 동안 오후에";
        assert_eq!(
            repaired(t, "지난해부터", Label::DT).as_deref(),
            Some("지난해")
        );
        assert_eq!(repaired(t, "사흘 동안", Label::DT).as_deref(), Some("사흘"));
        assert_eq!(repaired(t, "오후에", Label::TI).as_deref(), Some("오후"));
    }

    #[test]
    fn word_ends_allow_particles_and_name_suffixes() {
        let t = "카카오는 카카오톡 카카오측 카카오";
        assert!(may_end(t, "카카오".len()));
        assert!(!may_end(t, t.find("카카오톡").unwrap() + "카카오".len()));
        assert!(may_end(t, t.find("카카오측").unwrap() + "카카오".len()));
        assert!(may_end(t, t.len()));
    }
}
