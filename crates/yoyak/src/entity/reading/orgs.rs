//! Organisations made of places: a city government acting, and a place naming an organisation's
//! seat ("부산 금정경찰서").

use super::acts;
use crate::entity::{Entity, Label};
use crate::text::CharIndex;

/// Last syllables of a local government's name: 서울시, 경기도, 양평군, 강남구.
const GOVERNMENT_ENDS: &[char] = &['시', '도', '군', '구'];

/// Rule: a city, province, county or district acting ("서울시는 … 밝혔다", "강남구가") is its
/// government, an organisation (the conventions: a place acting as a party is OG).
pub fn governments_acting(text: &str, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.label == Label::LC) {
        let t = e.span.slice(text);
        if t.chars().count() >= 2 && t.ends_with(GOVERNMENT_ENDS) && acts(text, e.span.byte_end) {
            e.label = Label::OG;
        }
    }
}

/// Rule: a one-word place written right before an organisation is part of its name ("부산
/// 금정경찰서", "중국 외교부"): one OG span. An address of several words before an organisation
/// ("경기도 안산시 한양대") stays a place.
pub fn place_before_org(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut i = 0;
    while i + 1 < entities.len() {
        let (a, b) = (&entities[i], &entities[i + 1]);
        let joined = a.label == Label::LC
            && !a.span.slice(text).contains(' ')
            && b.label == Label::OG
            && a.span.byte_end + 1 == b.span.byte_start
            && text.as_bytes()[a.span.byte_end] == b' ';
        if joined {
            let (s, e) = (a.span.byte_start, b.span.byte_end);
            entities[i].span = index.span(s, e);
            entities[i].label = Label::OG;
            entities[i].text = text[s..e].to_string();
            entities.remove(i + 1);
        }
        i += 1;
    }
}
