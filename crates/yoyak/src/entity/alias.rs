//! Groups entity mentions that name the same thing: "정신아 대표" … "정 대표" (a surname and a
//! title after the full name), "코GPT" / "KoGPT" / "코(Ko)-GPT", "카카오(035720)" / "카카오".
//!
//! Mentions are compared by a normalised key: Hangul spellings of common Latin letter names are
//! folded to the letters ("코" + "GPT" → "kogpt" is reached through the parenthesised gloss),
//! brackets, hyphens, spaces and dots are dropped, and Latin is lower-cased.

use serde::{Deserialize, Serialize};

use super::{Entity, Label};
use crate::entity::model::lists;
use crate::text::is_hangul;

/// One entity and all its mentions in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityGroup {
    /// The name to show: for people the longest mention, for others the first; without a stock
    /// code.
    pub canonical: String,
    /// The group's label (that of its canonical mention).
    pub label: Label,
    /// Indices into the entity list, in text order.
    pub mentions: Vec<usize>,
}

/// An entity with its mentions, as the CLI's JSON, the JS API and the app show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// The group's label.
    pub label: Label,
    /// The name to show (a person's full name, else the first form).
    pub name: String,
    /// Number of mentions.
    pub count: usize,
    /// Each mention as `[char_start, char_end]` in the analysed body, in text order.
    pub mentions: Vec<[usize; 2]>,
}

/// [`group`]'s result as [`Group`]s, with mentions as char ranges.
pub fn groups(text: &str, entities: &[Entity]) -> Vec<Group> {
    group(text, entities)
        .into_iter()
        .map(|g| Group {
            label: g.label,
            name: g.canonical,
            count: g.mentions.len(),
            mentions: g
                .mentions
                .iter()
                .map(|&i| [entities[i].span.char_start, entities[i].span.char_end])
                .collect(),
        })
        .collect()
}

/// Normalised comparison key of a mention: one key for "KoGPT", "코GPT", "코(Ko)GPT" and
/// "코(Ko)-GPT".
pub fn key(text: &str) -> String {
    // "코(Ko)-GPT": a parenthesised Latin gloss replaces the Hangul before it.
    let mut cleaned = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let gloss = &rest[open + 1..close];
        let before = &rest[..open];
        if !gloss.is_empty() && gloss.chars().all(|c| c.is_ascii_digit()) {
            // "카카오(035720)": a stock code is not part of the name.
            cleaned.push_str(before);
        } else if !gloss.is_empty() && gloss.chars().all(|c| c.is_ascii_alphanumeric()) {
            // Drop as many trailing Hangul syllables as the gloss explains (at least one).
            let keep = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_hangul(*c))
                .last()
                .map_or(before.len(), |(i, _)| i);
            cleaned.push_str(&before[..keep]);
            cleaned.push_str(gloss);
        } else {
            cleaned.push_str(&rest[..=close]);
        }
        rest = &rest[close + 1..];
    }
    cleaned.push_str(rest);
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    fold_hangul_letters(&out)
}

/// Hangul transcriptions that stand for Latin in product names ("코GPT" = "KoGPT").
fn fold_hangul_letters(s: &str) -> String {
    const FOLDS: &[(&str, &str)] = &[("코", "ko"), ("챗", "chat"), ("하이퍼", "hyper")];
    let has_latin = s.chars().any(|c| c.is_ascii_alphabetic());
    if !has_latin {
        return s.to_string();
    }
    for (h, l) in FOLDS {
        if let Some(rest) = s.strip_prefix(h) {
            if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                return format!("{l}{rest}");
            }
        }
    }
    s.to_string()
}

/// The mention without a trailing stock code: "카카오(035720)" → "카카오".
fn display_name(text: &str) -> &str {
    if let Some(open) = text.rfind('(') {
        let inner = text[open + 1..].strip_suffix(')');
        if inner.is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit())) {
            return text[..open].trim_end();
        }
    }
    text
}

/// True when a person mention is a short reference ("정", or "정 대표" tagged as just "정") to
/// the full name `full`: its surname.
fn is_surname_of(short: &str, full: &str) -> bool {
    let short = short.trim();
    let n = short.chars().count();
    (n == 1 || (n == 2 && lists::contains(lists::SURNAMES2, short)))
        && full.starts_with(short)
        && full.chars().count() > n
}

/// Groups `entities` (found in `text`) into entities with their mentions.
///
/// Person short forms are linked only to the latest full name before them with that surname
/// that is followed by the same title, or, without a title, to the only such full name, so
/// "정 대표" after "정신아 대표" joins 정신아 but stays alone when two 정s are in play.
pub fn group(text: &str, entities: &[Entity]) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut keys: Vec<(Label, String)> = Vec::new();
    let title_after = |e: &Entity| -> Option<&str> {
        let rest = text.get(e.span.byte_end..)?.trim_start_matches(' ');
        let word: &str = rest.split(|c: char| !is_hangul(c)).next()?;
        (1..=word.chars().count().min(5)).rev().find_map(|k| {
            let end = word.char_indices().nth(k).map_or(word.len(), |(i, _)| i);
            let t = &word[..end];
            lists::contains(lists::TITLES, t).then_some(t)
        })
    };
    for (i, e) in entities.iter().enumerate() {
        let k = key(&e.text);
        if k.is_empty() {
            continue;
        }
        let mut target = keys.iter().position(|(l, key)| *l == e.label && *key == k);
        if target.is_none() && e.label == Label::PS {
            let title = title_after(e);
            let candidates: Vec<usize> = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.label == Label::PS && is_surname_of(&e.text, &g.canonical))
                .map(|(gi, _)| gi)
                .collect();
            target = match (candidates.len(), title) {
                (1, _) => candidates.first().copied(),
                (_, Some(t)) => candidates.iter().rev().copied().find(|&gi| {
                    groups[gi]
                        .mentions
                        .iter()
                        .any(|&m| title_after(&entities[m]) == Some(t))
                }),
                _ => None,
            };
        }
        match target {
            Some(g) => {
                groups[g].mentions.push(i);
                let name = display_name(&e.text);
                // People: the full name, however they were first called; others: the first form.
                if e.label == Label::PS
                    && name.chars().count() > groups[g].canonical.chars().count()
                    && key(name) == keys[g].1
                {
                    groups[g].canonical = name.to_string();
                }
            }
            None => {
                groups.push(EntityGroup {
                    canonical: display_name(&e.text).to_string(),
                    label: e.label,
                    mentions: vec![i],
                });
                keys.push((e.label, k));
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Origin;
    use crate::text::CharIndex;

    fn ents(text: &str, marks: &[(&str, Label)]) -> Vec<Entity> {
        let index = CharIndex::new(text);
        let mut out = Vec::new();
        let mut from = 0;
        for (m, label) in marks {
            let s = from + text[from..].find(m).unwrap();
            out.push(Entity {
                span: index.span(s, s + m.len()),
                label: *label,
                text: m.to_string(),
                origin: Origin::Model,
            });
            from = s + m.len();
        }
        out
    }

    #[test]
    fn short_person_forms_join_the_full_name() {
        let text = "정신아 대표는 말했다. 김병학 총괄도 왔다. 정 대표는 웃었다.";
        let e = ents(
            text,
            &[
                ("정신아", Label::PS),
                ("김병학", Label::PS),
                ("정", Label::PS),
            ],
        );
        let g = group(text, &e);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].canonical, "정신아");
        assert_eq!(g[0].mentions, vec![0, 2]);
    }

    #[test]
    fn spellings_of_one_name_share_a_group() {
        let text = "코GPT와 KoGPT, 코(Ko)-GPT. 카카오(035720)와 카카오.";
        let e = ents(
            text,
            &[
                ("코GPT", Label::AF),
                ("KoGPT", Label::AF),
                ("코(Ko)-GPT", Label::AF),
                ("카카오(035720)", Label::OG),
                ("카카오", Label::OG),
            ],
        );
        let g = group(text, &e);
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(g[0].mentions, vec![0, 1, 2]);
        assert_eq!(g[1].mentions, vec![3, 4]);
        assert_eq!(g[1].label, Label::OG);
        assert_eq!(g[1].canonical, "카카오");
    }
}
