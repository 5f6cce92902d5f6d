//! Organisations the model misses: a city government acting, a place naming an organisation's
//! seat ("부산 금정경찰서"), generic institutions and online services named as companies.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::chain::is_country;
use super::words::{may_end, may_start, word_end, words_at};
use super::{acts, is_place, join_pairs, lists};
use crate::entity::{Entity, Label};
use crate::text::{is_alnum, CharIndex};

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

/// Bodies that a country's or the army's name makes one organisation with ("미국 정부",
/// "한국 대사관", "러시아 군대", "군 당국"): KLUE's forms list `일본 정부` 16 times, `한국 대표팀` 5,
/// `러시아 군대` 2, `군 검찰` 4, `미 의회` 2, each as one organisation.
const BODIES: &[&str] = &[
    "정부",
    "당국",
    "대사관",
    "영사관",
    "의회",
    "군",
    "군대",
    "경찰",
    "검찰",
    "대표팀",
    "선수단",
    "국방부",
    "외교부",
    "국무부",
];

/// The first syllables of [`BODIES`] (a unit test checks), tested at every space.
const BODY_FIRST: &[char] = &[
    '정', '당', '대', '영', '의', '군', '경', '검', '선', '국', '외',
];

/// One-syllable names news writes before a body: 미 (the United States), 중, 일, 북, 러, and 군
/// (the armed forces).
const SHORT_NATIONS: &[&str] = &["미", "중", "일", "북", "러", "군"];

/// The end of a body's name in the word at `at` (before its particle), if it is one.
fn body_at(text: &str, at: usize) -> Option<usize> {
    let we = word_end(text, at);
    let word = &text[at..we];
    BODIES
        .iter()
        .filter(|b| word.starts_with(*b))
        .map(|b| at + b.len())
        .filter(|&e| e == we || lists::contains(lists::JOSA, &text[e..we]))
        .max()
}

/// Rule: a country, or a one-syllable nation or 군, written before a body of its state is one
/// organisation with it ("미국 정부", "미 의회", "군 당국"); what the model found on either word
/// gives way.
pub fn bodies_of_nations(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    // At each space whose next word starts like a body, the word before it may be a nation.
    for space in memchr::memchr_iter(b' ', text.as_bytes()) {
        let next = space + 1;
        let body_next = text[next..]
            .chars()
            .next()
            .is_some_and(|c| BODY_FIRST.contains(&c));
        if !body_next {
            continue;
        }
        let word_start = text[..space].rfind(' ').map_or(0, |i| i + 1);
        let word = &text[word_start..space];
        let head = word.trim_start_matches(|c: char| !is_alnum(c));
        let at = space - head.len();
        if !(is_country(head) || SHORT_NATIONS.contains(&head)) {
            continue;
        }
        if let Some(e) = body_at(text, next) {
            spans.push((at, e));
        }
    }
    if spans.is_empty() {
        return;
    }
    entities.retain(|x| {
        !spans
            .iter()
            .any(|&(s, e)| x.span.byte_start < e && s < x.span.byte_end)
    });
    entities.extend(spans.into_iter().map(|(s, e)| Entity {
        span: index.span(s, e),
        label: Label::OG,
        text: text[s..e].to_string(),
        origin: crate::entity::Origin::Rule,
    }));
    entities.sort_by_key(|e| e.span.byte_start);
}

/// Words of a match in the few words after a country ("…과의 조별리그 2차전", "…을 12대 7로
/// 누르고"): there the country is its team, an organisation, as KLUE's annotators mark national
/// teams (OGG_SPORTS).
const MATCH_WORDS: &[&str] = &[
    "경기",
    "차전",
    "강전",
    "결승",
    "준결승",
    "예선",
    "평가전",
    "친선",
    "조별리그",
    "맞대결",
    "원정",
    "누르",
    "꺾",
    "이기",
    "이겼",
    "격파",
    "제압",
    "대파",
    "완파",
    "패했",
    "패배",
    "비겼",
    "무승부",
];

/// Particles that tie a team to its match ("미국과의", "일본을", "브라질에").
const MATCH_PARTICLES: &[&str] = &["과", "와", "과의", "와의", "을", "를", "에", "전에서"];

/// Words that make a whole sentence a match report ("…은 후반 41분 동점골을 넣어 스페인과
/// 비겼다"): there a country that acts or is acted on is its team. Not 경기 alone (also "the
/// economy").
const MATCH_REPORT: &[&str] = &[
    "차전",
    "강전",
    "결승",
    "조별리그",
    "평가전",
    "선제골",
    "동점골",
    "결승골",
    "역전골",
    "득점",
    "무승부",
    "비겼",
    "꺾",
    "누르고",
    "눌렀",
    "덜미",
    "대표팀",
];

/// Particles of a country that acts or is acted on in a match report.
const ACTING_PARTICLES: &[&str] = &["은", "는", "이", "가", "을", "를", "과", "와", "에", "에게"];

/// Rule: a country tied by a particle to words of a match within the next three words is its
/// national team, an organisation ("이탈리아와의 16강전", "일본을 12대 7로 누르고"), and so is a
/// country acting in a sentence that reports a match ("한국은 … 8강전에서 … 이겼다"); a country
/// where a match is held stays a place ("카타르 도하에서 열린").
pub fn teams_in_matches(text: &str, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.label == Label::LC) {
        let name = e.span.slice(text);
        if !is_country(name) {
            continue;
        }
        let end = e.span.byte_end;
        let we = word_end(text, end);
        let particle = &text[end..we];
        let stop = text[we..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.len(), |i| we + i);
        let word_starts = |w: &str, list: &[&str]| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric() || c.is_ascii_digit());
            list.iter().any(|m| w.starts_with(m))
        };
        let tie = MATCH_PARTICLES.contains(&particle)
            && words_at(text, we, stop)
                .into_iter()
                .filter(|(_, w)| !w.is_empty())
                .take(3)
                .any(|(_, w)| word_starts(w, MATCH_WORDS));
        let start = text[..e.span.byte_start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
        let report = ACTING_PARTICLES.contains(&particle)
            && words_at(text, start, stop)
                .into_iter()
                .any(|(_, w)| word_starts(w, MATCH_REPORT));
        if tie || report {
            e.label = Label::OG;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_first_syllables_are_those_of_the_bodies() {
        let mut firsts: Vec<char> = BODIES.iter().filter_map(|b| b.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        let mut listed = BODY_FIRST.to_vec();
        listed.sort_unstable();
        assert_eq!(firsts, listed);
    }

    #[test]
    fn bodies_of_nations_are_one_organisation() {
        // Written after the rule.
        let t = "캐나다 정부는 미 의회와 군 당국에 이어 독일 대사관에 알렸다. 일 년 정부";
        let index = CharIndex::new(t);
        let mut e = vec![super::super::test_entity(t, "캐나다", Label::LC)];
        bodies_of_nations(t, &index, &mut e);
        let got: Vec<(&str, Label)> = e.iter().map(|e| (e.text.as_str(), e.label)).collect();
        assert_eq!(
            got,
            [
                ("캐나다 정부", Label::OG),
                ("미 의회", Label::OG),
                ("군 당국", Label::OG),
                ("독일 대사관", Label::OG)
            ]
        );
    }

    #[test]
    fn countries_in_matches_are_teams() {
        // Written after the rule.
        let t = "스페인은 브라질과의 8강전에서 졌지만 멕시코를 3대 0으로 꺾었다. 브라질에 갔다";
        let mk = |p: &str| super::super::test_entity(t, p, Label::LC);
        let mut e = vec![mk("브라질"), mk("멕시코")];
        let last = t.rfind("브라질").unwrap();
        e.push(e[0].clone());
        e[2].span = CharIndex::new(t).span(last, last + "브라질".len());
        teams_in_matches(t, &mut e);
        let labels: Vec<Label> = e.iter().map(|e| e.label).collect();
        assert_eq!(labels, [Label::OG, Label::OG, Label::LC]);
        // Written after the rule: a match report makes an acting country a team, not a host.
        let t = "멕시코는 전반 10분 선제골을 내줬다. 칠레에서 열린 조별리그에서 페루를 만났다";
        let mut e: Vec<Entity> = ["멕시코", "칠레", "페루"]
            .iter()
            .map(|p| super::super::test_entity(t, p, Label::LC))
            .collect();
        teams_in_matches(t, &mut e);
        let labels: Vec<Label> = e.iter().map(|e| e.label).collect();
        assert_eq!(labels, [Label::OG, Label::LC, Label::OG]);
    }
}
