//! Address chains: "경기도 안산시", "서울 서초구 내곡동", "프랑스 파리" are one place each, as
//! KLUE's annotators write them (both hand samples of KLUE sentences do; the conventions page is
//! silent).

use std::sync::OnceLock;

use super::{is_place, lines};
use crate::entity::{Entity, Label};
use crate::text::CharIndex;

/// Country names (a subset of the places), from the gazetteers (see `data/PLACES.md`).
const COUNTRIES: &str = include_str!("../../../data/countries.txt");

fn is_country(s: &str) -> bool {
    static SET: OnceLock<Vec<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        let mut v: Vec<&str> = lines(COUNTRIES).collect();
        v.sort_unstable();
        v
    });
    set.binary_search(&s).is_ok()
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
    if !is_place(last) || is_country(head) {
        return false;
    }
    let unit = inner.ends_with(UNIT_ENDS) && inner.chars().count() >= 2;
    // A site after an address of several words is written apart more often than not
    // ("서울 강남구 라마다 호텔").
    unit || is_country(last) || !is_place(head) && !outer.contains(' ')
}

/// Rule: a place written right after a larger place it lies in is one span with it.
pub fn place_chain(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut i = 0;
    while i + 1 < entities.len() {
        let (a, b) = (&entities[i], &entities[i + 1]);
        let joined = a.label == Label::LC
            && b.label == Label::LC
            && a.span.byte_end + 1 == b.span.byte_start
            && text.as_bytes()[a.span.byte_end] == b' '
            && inside(a.span.slice(text), b.span.slice(text));
        if joined {
            let (s, e) = (a.span.byte_start, b.span.byte_end);
            entities[i].span = index.span(s, e);
            entities[i].text = text[s..e].to_string();
            entities.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_join_the_place_they_lie_in() {
        assert!(inside("경기도", "안산시"));
        assert!(inside("경기도 성남시", "분당구"));
        assert!(inside("프랑스", "파리"));
        assert!(inside("서울", "잠실"));
        assert!(!inside("태국", "필리핀"));
        assert!(!inside("서울", "부산"));
        assert!(!inside("한강", "서울"));
    }
}
