//! Places glued to the word after them: a place qualifying a noun is still a place ("중국영화",
//! "한국사회", "미국산", "경상남도지사"), but a people or a language named after a place is not
//! ("한국인", "중국어"). All three hand samples of KLUE sentences mark the first and not the
//! second, and KLUE's own forms list no "한국인".

use std::sync::OnceLock;

use super::known::{all_names, listed_name};
use super::words::{is_particle_or_suffix, may_start};
use super::{is_place, lists};
use crate::entity::{Entity, Label};
use crate::keywords::nouns::is_noun;
use crate::text::{is_hangul, CharIndex};
use crate::token::StemMap;

/// One-syllable nouns that follow a place glued on: made in ("중국산"), version of ("인도판"),
/// style of ("일본식"), bound for ("미국행").
const BOUND_NOUNS: &[&str] = &["산", "판", "식", "행"];

/// First syllables of a place's own unit or a site named after it ("서울시", "서울역",
/// "인천항"): such a word is a longer name, not a place and a noun.
const UNIT_HEADS: &[char] = &[
    '시', '군', '구', '도', '동', '읍', '면', '리', '역', '항', '섬', '주',
];

/// Last words of sites named after their place, which are places whole ("인천국제공항",
/// "서울숲공원", "부산종합터미널"): the conventions make buildings and sites LC.
const SITES: &[&str] = &[
    "공항",
    "공원",
    "터미널",
    "대교",
    "광장",
    "청사",
    "경기장",
    "구장",
    "타워",
    "호텔",
    "해수욕장",
    "단지",
    "기지",
    "항구",
    "역사",
    "발전소",
];

/// What follows a place inside a word and makes it a people or a language.
const PEOPLE_OR_LANGUAGE: &[&str] = &["인", "어"];

/// Whether `name` is a place: listed in the gazetteers or marked LC by KLUE's annotators. Of the
/// latter, not a district of two syllables ("중구", "동구"): glued to more it is a syllable pair of
/// another word ("중구난방"), which is why the gazetteer list leaves them out too.
fn place(name: &str) -> bool {
    is_place(name)
        || listed_name(name) == Some(Label::LC)
            && !(name.chars().count() == 2 && name.ends_with(UNIT_HEADS))
}

/// Whether `core` ends a name of an organisation: with a suffix of two syllables or more
/// ("기업", "법원"), or of one after a noun ("교육청", "경찰서"; not "사회"), or is one ("대").
fn organisation(core: &str) -> bool {
    lists::ORG_SUFFIXES
        .iter()
        .any(|s| match core.strip_suffix(s) {
            Some(head) if s.chars().count() == 1 => head.is_empty() || is_noun(head),
            Some(_) => true,
            None => false,
        })
}

/// Whether `rest`, the end of a word after a place, is a noun the place qualifies: a listed noun
/// or title, or one that starts the rest ("영화중"), without its particle, that does not make
/// the word an organisation ("부산대", "경남기업") or a longer place ("서울시", "서울역").
fn qualified(rest: &str) -> bool {
    if rest.is_empty() || is_particle_or_suffix(rest) || rest.starts_with(UNIT_HEADS) {
        return false;
    }
    let core = lists::before_josa(rest, 1);
    if PEOPLE_OR_LANGUAGE.contains(&core)
        || organisation(core)
        || SITES.iter().any(|x| core.ends_with(x))
    {
        return false;
    }
    BOUND_NOUNS.contains(&core)
        || lists::contains(lists::TITLES, core)
        || core
            .char_indices()
            .skip(2)
            .map(|(i, _)| &core[..i])
            .chain([core])
            .any(is_noun)
}

/// The first two chars of every place [`place`] accepts: a word that starts otherwise holds none
/// (one set lookup per word instead of several).
fn starts_a_place(two: (char, char)) -> bool {
    // The pair as one well-spread key (multiplying by an odd number is one-to-one), for the
    // crate's pass-through hasher: SipHash on each Hangul word's first two syllables cost a
    // quarter of this rule.
    let key =
        |(a, b): (char, char)| ((a as u64) << 32 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    static SET: OnceLock<StemMap<()>> = OnceLock::new();
    SET.get_or_init(|| {
        // The known-names table holds the gazetteers' places too, as LC.
        all_names()
            .filter(|&(_, l)| l == Label::LC)
            .filter_map(|(n, _)| {
                let mut c = n.chars();
                Some((key((c.next()?, c.next()?)), ()))
            })
            .collect()
    })
    .contains_key(&key(two))
}

/// Rule: a place at the start of a word that goes on with a noun it qualifies is a place (LC);
/// returns new spans (byte ranges). Only the longest place the word starts with is tried.
pub fn places_in_compounds(text: &str) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut p = 0;
    while p < text.len() {
        let Some(c) = text[p..].chars().next() else {
            break;
        };
        if !is_hangul(c) || !may_start(text, p) {
            p += c.len_utf8();
            continue;
        }
        let we = text[p..]
            .find(|c: char| !is_hangul(c))
            .map_or(text.len(), |i| p + i);
        let mut chars = text[p..we].chars();
        let head = (chars.next(), chars.next());
        let (Some(a), Some(b)) = head else {
            p = we;
            continue;
        };
        if chars.next().is_none() || !starts_a_place((a, b)) {
            p = we;
            continue;
        }
        // Places are short: the longest listed place is far under 8 syllables.
        let ends: Vec<usize> = text[p..we]
            .char_indices()
            .skip(2)
            .take(8)
            .map(|(i, _)| p + i)
            .chain(std::iter::once(we).filter(|&e| text[p..e].chars().count() <= 9))
            .collect();
        if let Some(&b) = ends.iter().rev().find(|&&b| place(&text[p..b])) {
            if qualified(&text[b..we]) {
                out.push((p, b, Label::LC));
            }
        }
        p = we;
    }
    out
}

/// Rule: a place span that runs on into the noun it qualifies ("베트남산", "광주지역" read whole by
/// the model) is the place alone.
pub fn places_less_their_nouns(text: &str, index: &CharIndex, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.label == Label::LC) {
        let span = e.span.slice(text);
        if span.contains(' ') || is_place(span) {
            continue;
        }
        let cut = span
            .char_indices()
            .skip(2)
            .map(|(i, _)| i)
            .filter(|&i| place(&span[..i]) && qualified(&span[i..]))
            .last();
        if let Some(i) = cut {
            let s = e.span.byte_start;
            e.span = index.span(s, s + i);
            e.text = text[s..s + i].to_string();
        }
    }
}

/// Rule: a place followed in its word by 인 or 어 ("한국인", "중국어로") names a people or a
/// language, not the place: such spans go.
pub fn no_peoples_or_languages(text: &str, entities: &mut Vec<Entity>) {
    entities.retain(|e| {
        if !matches!(e.label, Label::LC | Label::OG) {
            return true;
        }
        let rest = &text[e.span.byte_end..];
        let we = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
        let word = &rest[..we];
        !PEOPLE_OR_LANGUAGE.iter().any(|w| {
            word.strip_prefix(w).is_some_and(|r| {
                r.is_empty() || lists::contains(lists::JOSA, r) || r.starts_with('들')
            })
        })
    });
}

/// Rule: a place or organisation of one syllable ("미", "중", "북" for their states) is one only
/// as a word of its own ("미 국무부", "한·미"); glued to more Hangul it is a syllable of another
/// word ("미만의", "중간"), except before 측 ("미측").
pub fn one_syllable_names_stand_alone(text: &str, entities: &mut Vec<Entity>) {
    entities.retain(|e| {
        if !matches!(e.label, Label::LC | Label::OG) || e.span.char_len() != 1 {
            return true;
        }
        let rest = &text[e.span.byte_end..];
        !rest.chars().next().is_some_and(is_hangul) || rest.starts_with('측')
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<&str> {
        places_in_compounds(t)
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect()
    }

    #[test]
    fn places_qualifying_a_noun() {
        // Written after the rule.
        assert_eq!(
            found("오랜만에 본 프랑스영화중 최고였고 베트남산 커피와 일본판 포스터를 샀다"),
            ["프랑스", "베트남", "일본"]
        );
        assert_eq!(
            found("전라남도지사는 태국사회를 말했다"),
            ["전라남도", "태국"]
        );
        assert!(found("부산대 교수와 서울시장, 서울역, 경남기업, 미국인 관광객").is_empty());
        assert!(found("중국어로 말하는 인도네시아에서").is_empty());
        // Found by the fifth round of written sentences: an idiom that starts like a district.
        assert!(found("대책이 중구난방이다").is_empty());
    }

    #[test]
    fn place_spans_shed_the_noun_they_qualify() {
        // Written after the rule.
        let t = "칠레산 와인과 대구지역 농가, 부산은행, 김해국제공항";
        let index = CharIndex::new(t);
        let mut e: Vec<Entity> = ["칠레산", "대구지역", "부산은행", "김해국제공항"]
            .iter()
            .map(|p| super::super::test_entity(t, p, Label::LC))
            .collect();
        places_less_their_nouns(t, &index, &mut e);
        let got: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(got, ["칠레", "대구", "부산은행", "김해국제공항"]);
    }

    #[test]
    fn one_syllable_names_stand_as_words() {
        // Written after the rule.
        let t = "미 국무부는 기준치 미만의 수치를 두고 중측과 협의했다";
        let index = crate::text::CharIndex::new(t);
        let mk = |at: usize| Entity {
            span: index.span(at, at + 3),
            label: Label::LC,
            text: t[at..at + 3].to_string(),
            origin: crate::entity::Origin::Model,
        };
        let mut e = vec![
            mk(0),
            mk(t.find("미만").unwrap()),
            mk(t.find("중측").unwrap()),
        ];
        one_syllable_names_stand_alone(t, &mut e);
        let kept: Vec<usize> = e.iter().map(|e| e.span.byte_start).collect();
        assert_eq!(kept, [0, t.find("중측").unwrap()]);
    }

    #[test]
    fn peoples_and_languages_are_no_places() {
        // Written after the rule.
        let t = "독일에서 일한 베트남인 노동자들이 독일어로 말했다";
        let index = crate::text::CharIndex::new(t);
        let mk = |at: usize, name: &str| Entity {
            span: index.span(at, at + name.len()),
            label: Label::LC,
            text: name.to_string(),
            origin: crate::entity::Origin::Model,
        };
        let mut e = vec![
            mk(0, "독일"),
            mk(t.find("베트남").unwrap(), "베트남"),
            mk(t.rfind("독일").unwrap(), "독일"),
        ];
        no_peoples_or_languages(t, &mut e);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].span.byte_start, 0);
    }
}
