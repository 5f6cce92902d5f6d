//! KLUE-style labels for text that has none: a lexicon of entity strings with how often each is
//! an entity, and the rule entities, applied to raw sentences ("silver" data), and the mapping of
//! KMOU's annotations onto KLUE's conventions.
//!
//! The lexicon comes from `ner/klue-train/forms.tsv` (entity strings of KLUE-NER train with their
//! label family and frequency) and the raw sentences of that same train side. Counting where each
//! string occurs as a whole word in those sentences gives the share of its occurrences that were
//! annotated: "경찰" is an entity nearly every time, "김" or "대통령" far less often. Strings that
//! are entities in at least [`Lexicon::min_share`] of their occurrences label the raw sentences,
//! longest first; numbers, dates and times with digits come from yoyak's rules instead (a lexicon
//! cannot list every number).
//!
//! Sentences of a hand-annotated sample are kept out of everything here: out of the training
//! sentences, and their annotated entities are subtracted from the lexicon's frequencies, so a
//! score on that sample does not rest on the sample's own labels.

use std::collections::HashMap;
use std::path::Path;

use yoyak::entity::{reading, Label};

use crate::data::Sentence;
use crate::TrainError;

mod person;
mod raw;

use person::person_part;
pub use raw::{annotated_sentences, read_annotation, read_raw, split_raw, Annotation, RawSentence};

/// The longest lexicon string looked up, in chars.
const MAX_FORM_CHARS: usize = 24;

/// What may follow a name inside its word besides a particle: the honorifics and plural or side
/// markers that KLUE leaves outside the span ("A씨", "정부측", "선수들"), fewer than
/// `entity::reading` keeps outside (the shipped model was trained on this list).
const NAME_SUFFIXES: &[&str] = &["군", "님", "들", "등", "양", "씨", "측"];

/// Entity strings and how they are read.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// String → label to give it and the part of it that is the entity (chars), for the strings
    /// that pass the share filter.
    entries: HashMap<String, (Label, usize, usize)>,
    /// String → (times annotated with its label, times it stands as a word), for the strings in
    /// `entries`.
    counts: HashMap<String, (i64, i64)>,
    /// Smallest share of occurrences that must be annotated for a string to be used.
    pub min_share: f64,
}

/// Calls `f(start, end, string)` for every char range of `text` where a string of the lexicon
/// could stand as a word of its own, its particles and KLUE's name suffixes outside.
fn each_candidate(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    let at: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let n = at.len() - 1;
    for s in 0..n {
        let starts_word = text[at[s]..].starts_with(char::is_alphanumeric);
        if !starts_word || !reading::may_start(text, at[s]) {
            continue;
        }
        for e in s + 1..=(s + MAX_FORM_CHARS).min(n) {
            if reading::may_end_before(text, at[e], NAME_SUFFIXES) {
                f(s, e, &text[at[s]..at[e]]);
            }
        }
    }
}

/// Whether a lexicon string is left to the rules: anything with a digit, and all quantities.
fn for_rules(form: &str, label: Label) -> bool {
    label == Label::QT || form.chars().any(|c| c.is_ascii_digit())
}

impl Lexicon {
    /// Builds the lexicon from `forms.tsv` and the raw sentences it was counted on, leaving out
    /// the sentences of `held` and subtracting their annotated entities.
    pub fn build(
        forms: &Path,
        raw: &[RawSentence],
        held: &Annotation,
        min_share: f64,
    ) -> Result<Lexicon, TrainError> {
        let content = std::fs::read_to_string(forms)
            .map_err(|e| TrainError(format!("{}: {e}", forms.display())))?;
        // form → per-label frequency.
        let mut freq: HashMap<String, HashMap<Label, i64>> = HashMap::new();
        for line in content.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            let (Some(label), Ok(n)) = (crate::data::map_tag(f[2]), f[3].trim().parse::<i64>())
            else {
                continue;
            };
            if f[0].chars().count() > MAX_FORM_CHARS || for_rules(f[0], label) {
                continue;
            }
            *freq
                .entry(f[0].to_string())
                .or_default()
                .entry(label)
                .or_default() += n;
        }
        let held_text: HashMap<&str, &str> = raw
            .iter()
            .filter(|r| held.by_id.contains_key(&r.id))
            .map(|r| (r.id.as_str(), r.text.as_str()))
            .collect();
        for (id, spans) in &held.by_id {
            let Some(text) = held_text.get(id.as_str()) else {
                continue;
            };
            let chars: Vec<char> = text.chars().collect();
            for &(s, e, label) in spans {
                if e <= chars.len() {
                    let form: String = chars[s..e].iter().collect();
                    if let Some(n) = freq.get_mut(&form).and_then(|m| m.get_mut(&label)) {
                        *n -= 1;
                    }
                }
            }
        }
        let mut seen: HashMap<&str, i64> = HashMap::new();
        for r in raw.iter().filter(|r| !held.by_id.contains_key(&r.id)) {
            each_candidate(&r.text, |_, _, form| {
                if let Some((k, _)) = freq.get_key_value(form) {
                    *seen.entry(k.as_str()).or_default() += 1;
                }
            });
        }
        let mut entries = HashMap::new();
        let mut counts = HashMap::new();
        for (form, labels) in &freq {
            let Some((&label, &n)) = labels.iter().max_by_key(|(l, n)| (**n, **l)) else {
                continue;
            };
            let occurrences = seen.get(form.as_str()).copied().unwrap_or(0);
            if n <= 0 || occurrences == 0 {
                continue;
            }
            if n as f64 >= min_share * occurrences as f64 {
                let (a, b) = if label == Label::PS {
                    person_part(form, &freq)
                } else {
                    (0, form.chars().count())
                };
                entries.insert(form.clone(), (label, a, b));
                counts.insert(form.clone(), (n, occurrences));
            }
        }
        Ok(Lexicon {
            entries,
            counts,
            min_share,
        })
    }

    /// The names (PS, OG, LC) annotated as a whole at least `min_count` times (`min_count_ps`
    /// for people) and in at least `share` of their occurrences as a word, sorted: the table the
    /// core's reading rules use.
    pub fn names(&self, min_count: i64, min_count_ps: i64, share: f64) -> Vec<(String, Label)> {
        let mut out: Vec<(String, Label)> = self
            .entries
            .iter()
            .filter(|(form, &(label, a, b))| {
                let (n, seen) = self.counts[form.as_str()];
                matches!(label, Label::PS | Label::OG | Label::LC)
                    && a == 0
                    && b == form.chars().count()
                    && form.chars().count() >= 2
                    && n >= if label == Label::PS {
                        min_count_ps
                    } else {
                        min_count
                    }
                    && n as f64 >= share * seen as f64
            })
            .map(|(form, &(label, _, _))| (form.clone(), label))
            .collect();
        out.sort();
        out
    }

    /// Number of strings in use.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no string passed the filter.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The lexicon's reading of `s`, if it has one.
    pub fn label_of(&self, s: &str) -> Option<Label> {
        self.entries
            .get(s)
            .filter(|(_, a, b)| *a == 0 && *b == s.chars().count())
            .map(|e| e.0)
    }

    /// Lexicon matches in `text`, longest first and never overlapping, as char spans.
    pub fn matches(&self, text: &str) -> Vec<(usize, usize, Label)> {
        let mut found: Vec<(usize, usize, Label)> = Vec::new();
        each_candidate(text, |s, _e, form| {
            if let Some(&(l, a, b)) = self.entries.get(form) {
                found.push((s + a, s + b, l));
            }
        });
        take_longest(found, &[])
    }
}

/// Of overlapping spans the longest (then the first) wins; none may overlap `taken`.
fn take_longest(
    mut spans: Vec<(usize, usize, Label)>,
    taken: &[(usize, usize, Label)],
) -> Vec<(usize, usize, Label)> {
    spans.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
    let mut used: Vec<(usize, usize)> = taken.iter().map(|&(s, e, _)| (s, e)).collect();
    let mut out = Vec::new();
    for (s, e, l) in spans {
        if used.iter().any(|&(a, b)| s < b && a < e) {
            continue;
        }
        used.push((s, e));
        out.push((s, e, l));
    }
    out.sort();
    out
}

/// Rule entities of the six KLUE kinds (no e-mails, addresses or stock codes) as char spans.
pub fn rule_spans(text: &str) -> Vec<(usize, usize, Label)> {
    yoyak::entity::rules::tag(text)
        .into_iter()
        .filter(|e| matches!(e.label, Label::DT | Label::TI | Label::QT))
        .map(|e| (e.span.char_start, e.span.char_end, e.label))
        .collect()
}

/// Silver labels of a raw sentence: rule entities, then lexicon matches where no rule entity is.
pub fn label_raw(lex: &Lexicon, text: &str) -> Sentence {
    let rules = rule_spans(text);
    let lexical = lex.matches(text);
    // A lexicon string longer than a rule span over it wins ("2002 한일 월드컵" is not a date).
    let mut spans = take_longest(lexical.into_iter().chain(rules).collect(), &[]);
    spans.sort();
    Sentence {
        text: text.to_string(),
        spans,
    }
}

/// KMOU's annotation of a sentence moved towards KLUE's conventions:
/// - a name the lexicon reads as another of PS/OG/LC (or an artifact it reads as an
///   organisation) takes the lexicon's label: countries are places unless they act ("미국" LC);
/// - a date the rules see with its lead ("지난 23일" over KMOU's "23일") takes the rule's span;
/// - what KMOU leaves unmarked but KLUE marks (이날, 오후, 경찰 …) is added from the lexicon
///   and the rules where no KMOU entity overlaps.
pub fn to_klue(lex: &Lexicon, s: &Sentence) -> Sentence {
    let chars: Vec<char> = s.text.chars().collect();
    let rules = rule_spans(&s.text);
    let mut spans: Vec<(usize, usize, Label)> = Vec::with_capacity(s.spans.len());
    for &(a, b, label) in &s.spans {
        let form: String = chars[a.min(chars.len())..b.min(chars.len())]
            .iter()
            .collect();
        let mut out = (a, b, label);
        if let Some(l) = lex.label_of(&form) {
            let names = [Label::PS, Label::OG, Label::LC];
            if (names.contains(&label) && names.contains(&l))
                || (label == Label::AF && l == Label::OG)
            {
                out.2 = l;
            }
        }
        if matches!(label, Label::DT | Label::TI) {
            if let Some(&(ra, rb, rl)) = rules
                .iter()
                .find(|&&(ra, rb, rl)| rl == label && ra <= a && b <= rb && (ra, rb) != (a, b))
            {
                // Only when the wider span takes in no other KMOU entity.
                let clash = s
                    .spans
                    .iter()
                    .any(|&(x, y, _)| (x, y) != (a, b) && x < rb && ra < y);
                if !clash {
                    out = (ra, rb, rl);
                }
            }
        }
        spans.push(out);
    }
    let added = take_longest(
        lex.matches(&s.text).into_iter().chain(rules).collect(),
        &spans,
    );
    spans.extend(added);
    spans.sort();
    spans.dedup();
    Sentence {
        text: s.text.clone(),
        spans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(pairs: &[(&str, Label)]) -> Lexicon {
        Lexicon {
            entries: pairs
                .iter()
                .map(|(s, l)| (s.to_string(), (*l, 0, s.chars().count())))
                .collect(),
            counts: pairs.iter().map(|(s, _)| (s.to_string(), (3, 4))).collect(),
            min_share: 0.5,
        }
    }

    #[test]
    fn the_name_table_keeps_whole_names_of_two_syllables_or_more() {
        let mut l = lex(&[("경찰", Label::OG), ("김", Label::PS), ("DT", Label::DT)]);
        l.entries.insert("배우 최민식".into(), (Label::PS, 3, 6));
        l.counts.insert("배우 최민식".into(), (3, 4));
        assert_eq!(l.names(2, 1, 0.7), [("경찰".to_string(), Label::OG)]);
        assert!(l.names(4, 1, 0.7).is_empty());
        assert!(l.names(2, 1, 0.8).is_empty());
    }

    #[test]
    fn matches_stand_as_words_with_their_particles_outside() {
        let l = lex(&[("경찰", Label::OG), ("서울", Label::LC), ("KT", Label::OG)]);
        let text = "경찰은 서울에서 KTX와 경찰청을 봤다";
        assert_eq!(l.matches(text), vec![(0, 2, Label::OG), (4, 6, Label::LC)]);
    }

    #[test]
    fn kmou_countries_become_places_and_gaps_are_filled() {
        let l = lex(&[("미국", Label::LC), ("이날", Label::DT)]);
        let s = crate::data::parse_inline("<미국:ORG>은 이날 <23일:DAT> 발표했다");
        let k = to_klue(&l, &s);
        assert_eq!(
            k.spans,
            vec![(0, 2, Label::LC), (4, 6, Label::DT), (7, 10, Label::DT)]
        );
    }
}
