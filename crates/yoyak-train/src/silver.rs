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

use std::collections::{HashMap, HashSet};
use std::path::Path;

use yoyak::entity::model::lists;
use yoyak::entity::Label;
use yoyak::text::is_hangul;

use crate::data::Sentence;
use crate::TrainError;

/// The longest lexicon string looked up, in chars.
const MAX_FORM_CHARS: usize = 24;

/// What may follow a name inside its word besides a particle: honorifics and plural or side
/// markers that KLUE leaves outside the span ("A씨", "정부측", "선수들").
const NAME_SUFFIXES: &[&str] = &["군", "님", "들", "등", "양", "씨", "측"];

/// Entity strings and how they are read.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// String → label to give it and the part of it that is the entity (chars), for the strings
    /// that pass the share filter.
    entries: HashMap<String, (Label, usize, usize)>,
    /// Smallest share of occurrences that must be annotated for a string to be used.
    pub min_share: f64,
}

/// One raw KLUE sentence.
#[derive(Debug, Clone)]
pub struct RawSentence {
    /// Its id (`klue-ner-v1_train_NNNNN_source`).
    pub id: String,
    /// Its text.
    pub text: String,
}

/// Reads `raw-sentences.tsv` (`id<TAB>sentence`).
pub fn read_raw(path: &Path) -> Result<Vec<RawSentence>, TrainError> {
    let content = std::fs::read_to_string(path)
        .map_err(|e| TrainError(format!("{}: {e}", path.display())))?;
    Ok(content
        .lines()
        .filter_map(|l| {
            let (id, text) = l.split_once('\t')?;
            Some(RawSentence {
                id: id.to_string(),
                text: text.to_string(),
            })
        })
        .collect())
}

/// A hand annotation of some raw sentences (`id<TAB>start<TAB>end<TAB>LABEL<TAB>surface`; a
/// sentence without entities has `-` fields; `#` starts a comment).
#[derive(Debug, Default, Clone)]
pub struct Annotation {
    /// Annotated entities per sentence id, in char offsets.
    pub by_id: HashMap<String, Vec<(usize, usize, Label)>>,
    /// Ids in file order.
    pub order: Vec<String>,
}

/// Reads an [`Annotation`] file.
pub fn read_annotation(path: &Path) -> Result<Annotation, TrainError> {
    let content = std::fs::read_to_string(path)
        .map_err(|e| TrainError(format!("{}: {e}", path.display())))?;
    let mut out = Annotation::default();
    for (n, line) in content.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || {
            TrainError(format!(
                "{}:{}: expected 5 tab-separated fields",
                path.display(),
                n + 1
            ))
        };
        if f.len() < 4 {
            return Err(bad());
        }
        let id = f[0].to_string();
        if !out.by_id.contains_key(&id) {
            out.order.push(id.clone());
        }
        let spans = out.by_id.entry(id).or_default();
        if f[1] == "-" {
            continue;
        }
        let (Ok(s), Ok(e), Some(label)) = (
            f[1].parse::<usize>(),
            f[2].parse::<usize>(),
            crate::data::map_tag(f[3]),
        ) else {
            return Err(bad());
        };
        spans.push((s, e, label));
    }
    for spans in out.by_id.values_mut() {
        spans.sort();
    }
    Ok(out)
}

/// The annotated sentences of `raw` as evaluation sentences, in the annotation's order.
pub fn annotated_sentences(raw: &[RawSentence], ann: &Annotation) -> Vec<Sentence> {
    let text: HashMap<&str, &str> = raw
        .iter()
        .map(|r| (r.id.as_str(), r.text.as_str()))
        .collect();
    ann.order
        .iter()
        .filter_map(|id| {
            Some(Sentence {
                text: text.get(id.as_str())?.to_string(),
                spans: ann.by_id.get(id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when a name may end at char `e` of `chars`: the word ends there, or what is left of the
/// word is a particle or a name suffix (with or without a particle after it).
fn may_end(chars: &[char], e: usize) -> bool {
    let Some(&next) = chars.get(e) else {
        return true;
    };
    if !is_word_char(next) {
        return true;
    }
    if !is_hangul(next) {
        // Latin or digits glued on: "KT" inside "KTX".
        return false;
    }
    let rest: String = chars[e..].iter().take_while(|c| is_hangul(**c)).collect();
    if lists::contains(lists::JOSA, &rest) {
        return true;
    }
    NAME_SUFFIXES.iter().any(|s| {
        rest.strip_prefix(s)
            .is_some_and(|r| r.is_empty() || lists::contains(lists::JOSA, r))
    })
}

fn may_start(chars: &[char], s: usize) -> bool {
    s == 0 || !is_word_char(chars[s - 1])
}

/// Calls `f(start, end)` for every place in `chars` where a string of the map could stand as a
/// word of its own.
fn each_candidate(chars: &[char], mut f: impl FnMut(usize, usize, &str)) {
    let mut buf = String::new();
    for s in 0..chars.len() {
        if !may_start(chars, s) || !is_word_char(chars[s]) {
            continue;
        }
        buf.clear();
        for e in s + 1..=(s + MAX_FORM_CHARS).min(chars.len()) {
            buf.push(chars[e - 1]);
            if may_end(chars, e) {
                f(s, e, &buf);
            }
        }
    }
}

/// Words before a name that KONNE's person strings carry and KLUE leaves out ("배우 최민식").
const ROLES: &[&str] = &[
    "가수",
    "감독",
    "개그맨",
    "걸그룹",
    "남편",
    "딸",
    "모델",
    "방송인",
    "배우",
    "아내",
    "아들",
    "작가",
    "탤런트",
];

/// Titles after a name that KONNE's person strings carry and KLUE leaves out ("박 대통령").
const AFTER_NAME: &[&str] = &[
    "PD",
    "교황",
    "교수",
    "교육감",
    "국가주석",
    "국장",
    "검사",
    "경사",
    "경위",
    "감독",
    "기자",
    "단장",
    "당선인",
    "대법관",
    "대변인",
    "대사",
    "대통령",
    "대표",
    "명예교수",
    "목사",
    "박사",
    "배우",
    "변호사",
    "병장",
    "부부",
    "부사장",
    "부위원장",
    "부장검사",
    "부장판사",
    "부총리",
    "부회장",
    "비서실장",
    "사무장",
    "사무총장",
    "사장",
    "상무",
    "상병",
    "선생",
    "선수",
    "셰프",
    "소장",
    "시장",
    "씨",
    "아나운서",
    "앵커",
    "위원",
    "위원장",
    "원내대표",
    "원장",
    "의사",
    "의원",
    "의장",
    "이사",
    "이사장",
    "일병",
    "작가",
    "장관",
    "전",
    "제1위원장",
    "주석",
    "중위",
    "지사",
    "차관",
    "총리",
    "총장",
    "최고위원",
    "추기경",
    "판사",
    "평론가",
    "하사",
    "할머니",
    "행정관",
    "형제",
    "화백",
    "회장",
    "후보",
    "후보자",
];

/// The person inside a KONNE person string with spaces: role words before it, titles after it,
/// and words the data reads as something else ("버락 오바마 미국 대통령": 미국) are left out.
fn person_part(form: &str, freq: &HashMap<String, HashMap<Label, i64>>) -> (usize, usize) {
    let words: Vec<&str> = form.split(' ').collect();
    let other = |w: &str| {
        freq.get(w).is_some_and(|m| {
            let ps = m.get(&Label::PS).copied().unwrap_or(0);
            m.iter().any(|(l, n)| *l != Label::PS && *n > ps)
        })
    };
    let mut i = 0;
    let mut j = words.len();
    while j > i + 1 && (AFTER_NAME.contains(&words[j - 1]) || other(words[j - 1])) {
        j -= 1;
    }
    while i + 1 < j && (ROLES.contains(&words[i]) || other(words[i])) {
        i += 1;
    }
    let start: usize = words[..i].iter().map(|w| w.chars().count() + 1).sum();
    let len = words[i..j].iter().map(|w| w.chars().count()).sum::<usize>() + (j - i - 1);
    (start, start + len)
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
            let chars: Vec<char> = r.text.chars().collect();
            each_candidate(&chars, |_, _, form| {
                if let Some((k, _)) = freq.get_key_value(form) {
                    *seen.entry(k.as_str()).or_default() += 1;
                }
            });
        }
        let mut entries = HashMap::new();
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
            }
        }
        Ok(Lexicon { entries, min_share })
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
        let chars: Vec<char> = text.chars().collect();
        let mut found: Vec<(usize, usize, Label)> = Vec::new();
        each_candidate(&chars, |s, _e, form| {
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

/// Splits raw sentences into silver training and silver dev (one in twenty, by a hash of the id),
/// leaving out `held` ids.
pub fn split_raw<'a>(
    raw: &'a [RawSentence],
    held: &HashSet<&str>,
) -> (Vec<&'a RawSentence>, Vec<&'a RawSentence>) {
    let mut train = Vec::new();
    let mut dev = Vec::new();
    for r in raw.iter().filter(|r| !held.contains(r.id.as_str())) {
        let mut h: u32 = 0x811C_9DC5;
        for b in r.id.bytes() {
            h ^= b as u32;
            h = h.wrapping_mul(0x0100_0193);
        }
        if h % 20 == 0 {
            dev.push(r);
        } else {
            train.push(r);
        }
    }
    (train, dev)
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
            min_share: 0.5,
        }
    }

    #[test]
    fn matches_stand_as_words_with_their_particles_outside() {
        let l = lex(&[("경찰", Label::OG), ("서울", Label::LC), ("KT", Label::OG)]);
        let text = "경찰은 서울에서 KTX와 경찰청을 봤다";
        assert_eq!(l.matches(text), vec![(0, 2, Label::OG), (4, 6, Label::LC)]);
    }

    #[test]
    fn person_strings_lose_roles_and_titles() {
        let mut freq: HashMap<String, HashMap<Label, i64>> = HashMap::new();
        freq.entry("미국".into()).or_default().insert(Label::LC, 5);
        assert_eq!(person_part("박 대통령", &freq), (0, 1));
        assert_eq!(person_part("배우 최민식", &freq), (3, 6));
        assert_eq!(person_part("버락 오바마 미국 대통령", &freq), (0, 6));
        assert_eq!(person_part("조 전 부사장", &freq), (0, 1));
        assert_eq!(person_part("줄리아 로버츠", &freq), (0, 7));
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
