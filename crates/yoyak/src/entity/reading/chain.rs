//! Address chains: "경기도 안산시", "서울 서초구 내곡동", "프랑스 파리" are one place each, as
//! KLUE's annotators write them (both hand samples of KLUE sentences do; the conventions page is
//! silent).

use std::sync::OnceLock;

use super::{is_place, join_pairs, listed};
use crate::entity::{Entity, Label};
use crate::text::CharIndex;

/// Country names (a subset of the places), from the gazetteers (see `data/PLACES.md`).
const COUNTRIES: &str = include_str!("../../../data/countries.txt");

pub(super) fn is_country(s: &str) -> bool {
    static SET: OnceLock<Vec<&'static str>> = OnceLock::new();
    listed(&SET, COUNTRIES, s)
}

/// Last syllables of a unit inside a larger place: city, county, district, town, village, state.
const UNIT_ENDS: &[char] = &['시', '군', '구', '동', '읍', '면', '리', '주'];

/// Whether `inner` reads as a part of the place `outer` written before it: a unit of an
/// administrative name ("경기도 안산시"), a place inside a country ("프랑스 파리"), or a site
/// that is no listed place itself after a one-word place ("서울 잠실", "경주 불국사"); never a second country or a second
/// listed city ("태국 필리핀", "서울 부산" are lists).
fn inside(outer: &str, inner: &str) -> bool {
    let last = outer.rsplit(' ').next().unwrap_or(outer);
    let head = inner.split(' ').next().unwrap_or(inner);
    // The last word of a chain may be a unit the gazetteer leaves out ("울산시 북구" + "호계동").
    let chained_unit =
        outer.contains(' ') && last.ends_with(UNIT_ENDS) && last.chars().count() >= 2;
    if !(is_place(last) || chained_unit) || is_country(head) {
        return false;
    }
    let unit = inner.ends_with(UNIT_ENDS) && inner.chars().count() >= 2;
    // A site after an address of several words is written apart more often than not
    // ("서울 강남구 라마다 호텔").
    unit || is_country(last) || !is_place(head) && !outer.contains(' ')
}

/// Short names of the provinces and metropolitan cities ("전남 해남", "경북 울진").
const PROVINCES: &[&str] = &[
    "강원", "경기", "경남", "경북", "광주", "대구", "대전", "부산", "서울", "세종", "울산", "인천",
    "전남", "전북", "제주", "충남", "충북",
];

/// The place named by the word at byte `at` (its content, before a particle) when it lies in
/// `outer`: a county or city written without 군/시 after its province ("전남 해남"), or a
/// listed city after its country ("네덜란드 헤이그"). Returns the content's end.
fn unit_word(text: &str, at: usize, outer: &str) -> Option<usize> {
    let province = PROVINCES.contains(&outer) || outer.ends_with('도') && is_place(outer);
    let country = is_country(outer);
    if !province && !country {
        return None;
    }
    let word_end = text[at..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(text.len(), |i| at + i);
    // Longest first (the whole word, then shorter contents before a particle), two syllables
    // or more.
    let mut ends = text[at..word_end]
        .char_indices()
        .rev()
        .filter(|&(i, _)| i > 0)
        .map(|(i, c)| at + i + c.len_utf8());
    ends.find(|&e| {
        let c = &text[at..e];
        let listed = if province {
            is_place(&format!("{c}군")) || is_place(&format!("{c}시"))
        } else {
            is_place(c) && !is_country(c)
        };
        listed && super::may_end(text, e)
    })
}

/// Facilities that news names by the place they stand in: "데이터센터 안산" (and its owner before
/// it, "카카오 데이터센터 안산") is one site, a place (the conventions: buildings and sites are
/// LC).
const FACILITIES: &[&str] = &["공장", "데이터센터", "물류센터", "연구소", "캠퍼스"];

/// Rule: a facility noun written right before a place, with its owner before it if the tagger
/// found one, is one site (LC) with that place.
pub fn facility_site(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut k = 0;
    while k < entities.len() {
        let b = &entities[k];
        let head = text[..b.span.byte_start].strip_suffix(' ');
        let facility = head.and_then(|h| {
            FACILITIES.iter().find(|f| {
                h.strip_suffix(*f).is_some_and(|before| {
                    !before
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                })
            })
        });
        let (Some(head), Some(f), true) = (head, facility, b.label == Label::LC) else {
            k += 1;
            continue;
        };
        let mut start = head.len() - f.len();
        // The owner: an organisation ending right before the facility noun, a space between
        // (not a line break: a photo credit's `/사진=카카오` above a caption is no owner).
        if let Some(o) = (0..k).rev().find(|&j| {
            entities[j].label == Label::OG
                && entities[j].span.byte_end + 1 == start
                && text.as_bytes()[entities[j].span.byte_end] == b' '
        }) {
            start = entities[o].span.byte_start;
            entities.remove(o);
            k -= 1;
        }
        // The facility noun must be free: an entity before it may end inside it (a date the
        // tagger cut mid-word, `1710년 데` before `데이터센터 안산`).
        if k > 0 && entities[k - 1].span.byte_end > start {
            k += 1;
            continue;
        }
        let end = entities[k].span.byte_end;
        entities[k].span = index.span(start, end);
        entities[k].text = text[start..end].to_string();
        k += 1;
    }
}

/// Rule: a place written right after a larger place it lies in is one span with it.
pub fn place_chain(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    // Units the tagger did not take as places (or took as people) join their province or
    // country first.
    let mut joins: Vec<(usize, usize, usize)> = Vec::new();
    for (k, a) in entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::LC)
    {
        let at = a.span.byte_end + 1;
        if text.as_bytes().get(a.span.byte_end) != Some(&b' ') || at >= text.len() {
            continue;
        }
        let next_lc = entities
            .get(k + 1)
            .is_some_and(|b| b.span.byte_start == at && b.label == Label::LC);
        if next_lc {
            continue;
        }
        if let Some(e) = unit_word(text, at, a.span.slice(text)) {
            joins.push((a.span.byte_start, at, e));
        }
    }
    for (s, at, e) in joins.into_iter().rev() {
        entities.retain(|x| !(x.span.byte_start < e && at < x.span.byte_end));
        if let Some(a) = entities.iter_mut().find(|x| x.span.byte_start == s) {
            a.span = index.span(s, e);
            a.text = text[s..e].to_string();
        }
    }
    join_pairs(text, index, entities, |a, b| {
        let both = a.label == Label::LC && b.label == Label::LC;
        (both && inside(a.span.slice(text), b.span.slice(text))).then_some(Label::LC)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_join_the_place_they_lie_in() {
        assert!(inside("경기도", "안산시"));
        assert!(inside("경기도 성남시", "분당구"));
        // Written after the rule: a district the gazetteer leaves out ends a chain.
        assert!(inside("대구시 북구", "산격동"));
        assert!(inside("프랑스", "파리"));
        assert!(inside("서울", "잠실"));
        assert!(!inside("태국", "필리핀"));
        assert!(!inside("서울", "부산"));
        assert!(!inside("한강", "서울"));
    }

    #[test]
    fn an_owner_on_the_line_above_is_no_part_of_the_site() {
        // Written after the fix: a photo credit ends one line, the caption opens the next.
        let t = "연구동 외관. /사진=누리전자\n공장 구미 전경.";
        let mk = |p: &str, label| super::super::test_entity(t, p, label);
        let mut e = vec![mk("누리전자", Label::OG), mk("구미", Label::LC)];
        facility_site(t, &CharIndex::new(t), &mut e);
        let got: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(got, ["누리전자", "공장 구미"]);
    }

    #[test]
    fn a_facility_named_by_its_place_is_one_site() {
        // Written after the rule.
        let t = "누리전자 공장 구미에서 불이 났다. 공장 직원이 한빛 물류센터 이천을 찾았다";
        let mk = |p: &str, label| super::super::test_entity(t, p, label);
        let mut e = vec![
            mk("누리전자", Label::OG),
            mk("구미", Label::LC),
            mk("한빛", Label::OG),
            mk("이천", Label::LC),
        ];
        facility_site(t, &CharIndex::new(t), &mut e);
        let got: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(got, ["누리전자 공장 구미", "한빛 물류센터 이천"]);
        assert!(e.iter().all(|e| e.label == Label::LC));
    }

    #[test]
    fn counties_without_their_suffix_join_their_province() {
        let t = "시신은 전남 해남으로 옮겼고 영국 런던에서 만났다. 서울 음식";
        let at = |p: &str| t.find(p).unwrap();
        let word = |p: &str, outer| unit_word(t, at(p), outer).map(|e| &t[at(p)..e]);
        assert_eq!(word("해남", "전남"), Some("해남"));
        assert_eq!(word("런던", "영국"), Some("런던"));
        assert_eq!(word("음식", "서울"), None);
    }
}
