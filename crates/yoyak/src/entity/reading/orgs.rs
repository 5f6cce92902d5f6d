//! Organisations the model misses: a city government acting, a place naming an organisation's
//! seat ("부산 금정경찰서"), generic institutions and online services named as companies.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::words::{may_end, may_start};
use super::{acts, is_place, join_pairs};
use crate::entity::{Entity, Label};
use crate::text::CharIndex;

/// Generic institutions a news text names as actors, which the conventions make OG like 경찰 and
/// 검찰 (those the model already knows are not repeated here). Not 이사회 (a board): KLUE's
/// annotators never mark it (0 of its 15 uses in their train side), and a fourth round of
/// written sentences forbade it.
const INSTITUTIONS: &[&str] = &["군부", "노동조합", "노조", "당국"];

/// Online services that the conventions name as companies (OG), not products.
const SERVICES: &[&str] = &[
    "구글",
    "넷플릭스",
    "유튜브",
    "인스타그램",
    "트위터",
    "틱톡",
    "페이스북",
];

fn organisation_matcher() -> &'static AhoCorasick {
    static M: OnceLock<AhoCorasick> = OnceLock::new();
    M.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(INSTITUTIONS.iter().chain(SERVICES))
            .expect("the organisation words build")
    })
}

/// Rule: a generic institution or an online service standing as a word is an organisation;
/// returns new spans (byte ranges).
pub fn institutions(text: &str) -> Vec<(usize, usize, Label)> {
    organisation_matcher()
        .find_iter(text)
        .filter(|m| may_start(text, m.start()) && may_end(text, m.end()))
        .map(|m| (m.start(), m.end(), Label::OG))
        .collect()
}

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

/// Rule: a listed place (one word: the gazetteer's) written right before an organisation is part
/// of its name ("부산 금정경찰서", "중국 외교부"): one OG span, and so is an organisation before a generic
/// institution ("쌍용차 노조"). An address of several words before an organisation ("경기도
/// 안산시 한양대") stays a place.
pub fn place_before_org(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    join_pairs(text, index, entities, |a, b| {
        let head = (a.label == Label::LC && is_place(a.span.slice(text)))
            || (a.label == Label::OG && INSTITUTIONS.contains(&b.span.slice(text)));
        (head && b.label == Label::OG).then_some(Label::OG)
    });
}
