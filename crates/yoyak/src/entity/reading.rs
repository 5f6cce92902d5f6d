//! One article, one reading: the conventions of `../shared/NER-CONVENTIONS.md` that a tagger
//! reading one line at a time cannot keep by itself, applied to a whole text's entities.
//!
//! Each step is a small named rule:
//! - [`repair_span`]: a span never takes a bracket it does not open and close, never stops inside
//!   a word (`카카오브레` → `카카오브레인`), and a person never takes a title (`이 부회장` → `이`).
//! - [`split_runs`]: a person span never runs on into a word the text reads as another entity
//!   (`정신아 카카오` → `정신아` and `카카오`).
//! - [`person_before_org_title`]: "X Y 위원장" with a name-like X and an organisation Y is a
//!   person and an organisation (`고진 디지털플랫폼정부위원회 위원장`).
//! - [`NEVER`]: job titles, metrics and other strings that are never one of the entity kinds
//!   (`CAIO`, `MAU`, `LLM`).
//! - [`surnames_before_titles`]: a surname standing alone before a title is a person
//!   (`정 대표`, `김 씨`), and so is one with 씨 glued on or 모 for a hidden given name
//!   (`우씨는`, `조모 씨`).
//! - a listed place the model called an organisation stays one only where it acts (`북한은`);
//!   listed places standing as words are found with the known names below.
//! - [`places_in_compounds`]: a place glued to a noun it qualifies is LC (`중국영화`, `미국산`);
//!   [`places_less_their_nouns`]: a place span run on into that noun is the place alone
//!   (`베트남산` → `베트남`); [`no_peoples_or_languages`]: one glued to 인 or 어 is none (`한국인`,
//!   `중국어`);
//!   [`one_syllable_names_stand_alone`]: `미`, `중` are states only as words (`미만의` is none).
//! - [`known_names`]: a listed place (LC) or a name KLUE's annotators marked again and again
//!   (`data/names.txt`) standing as a word takes its label where nothing else was found.
//! - [`one_reading`]: a surface string keeps one label in a text, the label most of its mentions
//!   got, and its untagged mentions get it too.
//! - [`governments_acting`]: a city, province, county or district acting is an organisation
//!   (`서울시는`).
//! - [`place_chain`]: a place right after a larger place it lies in is one span with it
//!   (`경기도 안산시`, `프랑스 파리`), as KLUE's annotators write addresses.
//! - [`facility_site`]: a facility named by its place, with its owner, is one site
//!   (`카카오 데이터센터 안산`).
//! - [`place_before_org`]: a place right before an organisation is part of its name
//!   (`부산 금정경찰서`).
//! - [`apposition`]: a name introduced by its kind (`조직인 ‘카나나’`, `서비스인 ‘…’`) takes that
//!   kind in all its mentions.
//! - [`bodies_of_nations`]: a country (or 미, 군) before a body of its state is one organisation
//!   (`미국 정부`, `군 당국`); [`teams_in_matches`]: a country tied to a match is its team
//!   (`이탈리아와의 16강전`).
//! - [`no_nouns_with_particles_as_people`]: a listed common noun with its particle is no person
//!   (`육지의`) unless the name list knows the whole as one, and never right after a quantity
//!   (`80% 이상은`, `절반 이상인`).
//! - [`institutions`]: generic institutions (노조, 당국) and online services named as companies
//!   (트위터) are organisations.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::model::lists;
use super::{Entity, Label, Origin};
use crate::text::{is_alnum, is_hangul, CharIndex};

mod apposition;
mod chain;
mod glued;
mod known;
mod names;
mod orgs;
mod span;
mod words;

pub use apposition::apposition;
pub use chain::{facility_site, place_chain};
pub use glued::{
    no_peoples_or_languages, one_syllable_names_stand_alone, places_in_compounds,
    places_less_their_nouns,
};
pub use known::known_names;
pub(crate) use known::name_spans;
pub use names::{
    names_before_titles, no_nouns_with_particles_as_people, person_before_org_title, split_runs,
    surnames_before_titles,
};
pub use orgs::{
    bodies_of_nations, governments_acting, institutions, place_before_org, teams_in_matches,
};
pub use span::repair_span;
use span::{dates_around_particle, day_before_time, finer_then_coarser};
pub use words::{is_title_word, may_end, may_end_before, may_start};

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

/// The lines of `table`, sorted once into `cell`.
fn sorted_lines(
    cell: &'static OnceLock<Vec<&'static str>>,
    table: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| {
        let mut v: Vec<&str> = lines(table).collect();
        v.sort_unstable();
        v
    })
}

/// Whether `s` is a line of `table`, whose lines are sorted once into `cell`.
fn listed(cell: &'static OnceLock<Vec<&'static str>>, table: &'static str, s: &str) -> bool {
    sorted_lines(cell, table).binary_search(&s).is_ok()
}

fn never(s: &str) -> bool {
    static SET: OnceLock<Vec<&'static str>> = OnceLock::new();
    listed(&SET, NEVER, s)
}

/// The listed places (the gazetteers' names, `data/places.txt`), sorted.
fn place_names() -> &'static [&'static str] {
    static SET: OnceLock<Vec<&'static str>> = OnceLock::new();
    sorted_lines(&SET, PLACES)
}

/// Whether `s` is a listed place (the gazetteers' names, `data/places.txt`).
pub(crate) fn is_place(s: &str) -> bool {
    place_names().binary_search(&s).is_ok()
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

/// Rule: one label per surface string in a text, and the untagged mentions of a name get it.
pub fn one_reading(
    text: &str,
    index: &CharIndex,
    entities: &mut [Entity],
) -> Vec<(usize, usize, Label)> {
    let names = [Label::PS, Label::OG, Label::LC, Label::AF];
    // Votes per surface, by position in `names`; keys borrow the text (no copy per mention).
    let mut votes: HashMap<&str, [usize; 4]> = HashMap::new();
    for e in entities.iter() {
        if let Some(k) = names.iter().position(|&l| l == e.label) {
            votes.entry(e.span.slice(text)).or_default()[k] += 1;
        }
    }
    let mut reading: HashMap<&str, Label> = HashMap::with_capacity(votes.len());
    for (&surface, v) in &votes {
        // Most votes; on a tie, the order of `names` (a person over an organisation ...).
        let best = (0..names.len()).fold(0, |b, k| if v[k] > v[b] { k } else { b });
        reading.insert(surface, names[best]);
    }
    // No person's name starts with an organisation of the same article ("카카오브레인" after
    // "카카오"): such a "person" is the organisation's offshoot.
    let orgs: Vec<&str> = reading
        .iter()
        .filter(|(_, l)| **l == Label::OG)
        .map(|(s, _)| *s)
        .collect();
    for (surface, l) in reading.iter_mut() {
        if *l == Label::PS
            && orgs
                .iter()
                .any(|o| surface.len() > o.len() && surface.starts_with(o))
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
            .find(|c: char| !is_alnum(c))
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
    let surfaces: Vec<(&str, Label)> = reading
        .iter()
        .filter(|(s, _)| (2..=MAX_NAME_CHARS).contains(&s.chars().count()) && !never(s))
        .map(|(s, l)| (*s, *l))
        .collect();
    if surfaces.is_empty() {
        return Vec::new();
    }
    known::Table::new(surfaces).scan(text, usize::MAX, |_, e, _| may_end(text, e))
}

/// The longest name kept, in chars: a longer "name" is a tagger running on through text with no
/// punctuation, not a name.
const MAX_NAME_CHARS: usize = 40;

/// Applies every rule of this module to the entities found in `text`; the result is ordered and
/// without overlaps.
pub fn apply(text: &str, entities: Vec<Entity>) -> Vec<Entity> {
    // The rules ask the noun list of many words: hashed, once per process.
    crate::keywords::nouns::load();
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
        // A span that holds a date and a second date or a time: the first part is a date of
        // its own ("이날부터 석 달", "지난해 8월 2분기", "이날 오후 3시").
        let split = match e.label {
            Label::DT => {
                dates_around_particle(text, s, end).or_else(|| finer_then_coarser(text, s, end))
            }
            Label::TI => day_before_time(text, s, end).map(|cut| (cut, cut + 1)),
            _ => None,
        };
        if let Some((first_end, second)) = split {
            let first = &text[s..first_end];
            out.push(Entity {
                span: index.span(s, first_end),
                label: whole_label(first).unwrap_or(Label::DT),
                text: first.to_string(),
                origin: e.origin,
            });
            e.span = index.span(second, end);
            e.text = text[second..end].to_string();
            // Two times split from a span the model called a date ("오전 10시부터 오후 4시")
            // are times.
            if let Some(l) = whole_label(&e.text) {
                e.label = l;
            }
        }
        out.push(e);
    }
    out = dedup_overlaps(out);
    split_runs(text, &index, &mut out);
    person_before_org_title(text, &index, &mut out);
    for e in &mut out {
        e.text = e.span.slice(text).to_string();
        // A listed place the model called an organisation is one only where it acts.
        if e.label == Label::OG && is_place(&e.text) && !acts(text, e.span.byte_end) {
            e.label = Label::LC;
        }
    }
    let mut extra = surnames_before_titles(text);
    extra.extend(names_before_titles(text, &out));
    extra.extend(places_in_compounds(text));
    extra.extend(institutions(text));
    extra.extend(known_names(text));
    extra.extend(one_reading(text, &index, &mut out));
    out.extend(extra.into_iter().map(|r| rule_entity(text, &index, r)));
    let mut out = dedup_overlaps(out);
    places_less_their_nouns(text, &index, &mut out);
    no_peoples_or_languages(text, &mut out);
    one_syllable_names_stand_alone(text, &mut out);
    bodies_of_nations(text, &index, &mut out);
    teams_in_matches(text, &mut out);
    place_chain(text, &index, &mut out);
    facility_site(text, &index, &mut out);
    governments_acting(text, &mut out);
    place_before_org(text, &index, &mut out);
    apposition(text, &index, &mut out);
    no_nouns_with_particles_as_people(text, &mut out);
    // The passes since the last de-duplication widen spans to their neighbours' edges; one that
    // reached into a neighbour (the facility rule over a cut date did, found by fuzzing) must not
    // break the contract of ordered spans without overlap.
    dedup_overlaps(out)
}

/// The label the rules give `piece` when they read all of it as one date or time.
fn whole_label(piece: &str) -> Option<Label> {
    match super::rules::tag(piece).as_slice() {
        [one] if one.span.byte_start == 0 && one.span.byte_end == piece.len() => {
            matches!(one.label, Label::DT | Label::TI).then_some(one.label)
        }
        _ => None,
    }
}

/// Joins each entity with the next when one space parts them and `join` gives the label of the
/// whole; a joined span is tried again with the entity after it ("경기도 성남시" + "분당구").
fn join_pairs(
    text: &str,
    index: &CharIndex,
    entities: &mut Vec<Entity>,
    join: impl Fn(&Entity, &Entity) -> Option<Label>,
) {
    let mut i = 0;
    while i + 1 < entities.len() {
        let (a, b) = (&entities[i], &entities[i + 1]);
        let label = (a.span.byte_end + 1 == b.span.byte_start
            && text.as_bytes()[a.span.byte_end] == b' ')
            .then(|| join(a, b))
            .flatten();
        if let Some(label) = label {
            let (s, e) = (a.span.byte_start, b.span.byte_end);
            entities[i].span = index.span(s, e);
            entities[i].label = label;
            entities[i].text = text[s..e].to_string();
            entities.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// A model entity over the first occurrence of `piece` in `text`, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn test_entity(text: &str, piece: &str, label: Label) -> Entity {
    let at = text.find(piece).expect("the piece is in the text");
    Entity {
        span: crate::text::span_of(text, at, at + piece.len()),
        label,
        text: piece.into(),
        origin: Origin::Model,
    }
}

/// The entity a rule of this module found at the byte range `s..end` of `text`.
fn rule_entity(text: &str, index: &CharIndex, (s, end, label): (usize, usize, Label)) -> Entity {
    Entity {
        span: index.span(s, end),
        label,
        text: text[s..end].to_string(),
        origin: Origin::Rule,
    }
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
    fn a_listed_noun_with_its_particle_is_no_person() {
        // Written after the rule, on sentences made up for it.
        let text = "섬 소년은 육지의 대회에 처음 나갔다. 가수 이상은이 노래했다.";
        let index = CharIndex::new(text);
        let person = |piece: &str| {
            let s = text.find(piece).unwrap();
            Entity {
                span: index.span(s, s + piece.len()),
                label: Label::PS,
                text: piece.to_string(),
                origin: crate::entity::Origin::Model,
            }
        };
        let mut found = vec![person("육지의"), person("이상은")];
        no_nouns_with_particles_as_people(text, &mut found);
        let left: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(left, ["이상은"]);
    }

    #[test]
    fn a_date_does_not_run_one_syllable_into_the_next_word() {
        // Found by fuzzing: the model's date took the first syllable of the next word, and a
        // facility-and-site rule then reached back over it.
        let text = "1710년 데이터센터 안산에 간다.";
        assert_eq!(
            repaired(text, "1710년 데", Label::DT).as_deref(),
            Some("1710년")
        );
        // A time that ends where its word goes on with a particle keeps its span.
        assert_eq!(
            repaired("오후 3시쯤 도착했다.", "오후 3시", Label::TI).as_deref(),
            Some("오후 3시")
        );
        let found = crate::entity::tag(text);
        assert!(
            found
                .windows(2)
                .all(|w| w[0].span.byte_end <= w[1].span.byte_start),
            "{found:?}"
        );
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
        // Cases written after the rule: glued 씨 and 모 for a hidden given name.
        let t = "우씨는 2000년께 떠났고 조모 씨(25)와 남모(22) 양, 박씨가 왔다. 씨앗을 심은 이모도 왔다.";
        let got: Vec<&str> = surnames_before_titles(t)
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect();
        assert_eq!(got, ["우", "조", "남", "박"]);
        let s = t.find("조모").unwrap();
        assert_eq!(
            repair_span(t, s, s + "조모".len(), Label::PS).map(|(a, b)| &t[a..b]),
            Some("조")
        );
        let t = "방송에서 MC 유재석 씨는 웃었다";
        let s = t.find("MC").unwrap();
        assert_eq!(
            repair_span(t, s, s + "MC 유재석".len(), Label::PS).map(|(a, b)| &t[a..b]),
            Some("유재석")
        );
    }

    #[test]
    fn governments_acting_and_seats_before_organisations_are_organisations() {
        let t = "서울시는 28일 대책을 냈다. 서울시에 비가 왔다. 부산 금정경찰서는 수사에 나섰다.";
        let b = |p: &str| t.find(p).unwrap();
        let mk = |at: usize, p: &str, label| Entity {
            span: crate::text::span_of(t, at, at + p.len()),
            label,
            text: p.into(),
            origin: Origin::Model,
        };
        let second = b("서울시에");
        let mut e = vec![
            mk(0, "서울시", Label::LC),
            mk(second, "서울시", Label::LC),
            mk(b("부산"), "부산", Label::LC),
            mk(b("금정경찰서"), "금정경찰서", Label::OG),
        ];
        governments_acting(t, &mut e);
        assert_eq!((e[0].label, e[1].label), (Label::OG, Label::LC));
        place_before_org(t, &CharIndex::new(t), &mut e);
        assert_eq!(e.len(), 3);
        assert_eq!(
            (e[2].text.as_str(), e[2].label),
            ("부산 금정경찰서", Label::OG)
        );
    }

    #[test]
    fn a_name_before_an_organisation_and_a_title_is_a_person() {
        // Written after the rule.
        let t =
            "한편 오세진 한빛금융위원회 위원장과 국민 연금공단 이사장, 한국 정보통신부 장관이 왔다";
        let mk = |p: &str| test_entity(t, p, Label::OG);
        let mut e = vec![
            mk("오세진 한빛금융위원회"),
            mk("국민 연금공단"),
            mk("한국 정보통신부"),
        ];
        person_before_org_title(t, &CharIndex::new(t), &mut e);
        let got: Vec<(&str, Label)> = e.iter().map(|e| (e.text.as_str(), e.label)).collect();
        assert_eq!(
            got,
            [
                ("오세진", Label::PS),
                ("한빛금융위원회", Label::OG),
                ("국민 연금공단", Label::OG),
                ("한국 정보통신부", Label::OG)
            ]
        );
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
        // Written after the rule: two dates joined by a particle are two spans.
        let d = "지난해부터 올해 3월까지";
        let end = d.find("3월").unwrap() + "3월".len();
        assert_eq!(
            dates_around_particle(d, 0, end),
            Some(("지난해".len(), d.find("올해").unwrap()))
        );
        assert_eq!(
            dates_around_particle("지난 11일", 0, "지난 11일".len()),
            None
        );
        // Written after the rule: the particle may end any word but the last.
        let d = "2월 3일부터 9일";
        assert_eq!(
            dates_around_particle(d, 0, d.len()),
            Some(("2월 3일".len(), d.find("9일").unwrap()))
        );
        // Written after the rule: fine to coarse is two dates, coarse to fine one.
        let d = "3월 1분기와 2024년 6월 23일";
        assert_eq!(
            finer_then_coarser(d, 0, "3월 1분기".len()),
            Some(("3월".len(), "3월 ".len()))
        );
        let whole = d.find("2024년").unwrap();
        assert_eq!(finer_then_coarser(d, whole, d.len()), None);
        assert_eq!(
            repaired("그는 말했다. 한빛 관계자는", "말했다. 한빛", Label::OG).as_deref(),
            Some("한빛")
        );
    }

    #[test]
    fn a_person_never_starts_with_an_organisation_of_the_article() {
        let t = "카카오는 웃었다. 카카오브레인 대표는 떠났다.";
        let mut e = vec![
            test_entity(t, "카카오", Label::OG),
            test_entity(t, "카카오브레인", Label::PS),
        ];
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
