//! Small hand-written word lists that give the model evidence beyond the characters it saw in
//! training: a surname it never met, a title after a name, an organisation suffix.
//!
//! Every list is sorted (checked by a test) so lookups are binary searches with no allocation.

use std::sync::OnceLock;

/// One-syllable Korean surnames, the commonest ones (together well over 95% of people).
pub const SURNAMES: &[char] = &[
    '강', '고', '곽', '구', '권', '금', '기', '길', '김', '나', '남', '노', '도', '라', '류', '마',
    '맹', '명', '모', '문', '민', '박', '반', '방', '배', '백', '변', '봉', '서', '석', '선', '설',
    '성', '소', '손', '송', '신', '심', '안', '양', '엄', '여', '연', '염', '예', '오', '옥', '왕',
    '우', '원', '위', '유', '육', '윤', '은', '이', '인', '임', '장', '전', '정', '제', '조', '주',
    '지', '진', '차', '채', '천', '최', '추', '탁', '표', '하', '한', '함', '허', '현', '홍', '황',
];

/// Two-syllable surnames.
pub const SURNAMES2: &[&str] = &["남궁", "독고", "사공", "선우", "제갈", "황보"];

/// Titles and roles that follow a person's name in news text ("정신아 대표").
pub const TITLES: &[&str] = &[
    "감독",
    "검사",
    "고문",
    "교수",
    "교육감",
    "국장",
    "군수",
    "기자",
    "대변인",
    "대사",
    "대통령",
    "대표",
    "대표이사",
    "박사",
    "변호사",
    "본부장",
    "부사장",
    "부장",
    "부회장",
    "사무총장",
    "사장",
    "상무",
    "선수",
    "센터장",
    "소장",
    "시장",
    "실장",
    "씨",
    "연구원",
    "외교관",
    "원내대표",
    "원장",
    "위원",
    "위원장",
    "의원",
    "의장",
    "이사",
    "이사장",
    "작가",
    "장관",
    "전무",
    "지사",
    "차관",
    "처장",
    "청장",
    "총괄",
    "총리",
    "총장",
    "최고경영자",
    "코치",
    "특파원",
    "팀장",
    "판사",
    "회장",
    "후보",
];

/// Endings of organisation names ("과학기술정보통신부", "네이버클라우드", "한국소프트웨어산업협회").
pub const ORG_SUFFIXES: &[&str] = &[
    "건설",
    "게임즈",
    "경찰청",
    "공단",
    "공사",
    "그룹",
    "금융",
    "기업",
    "뉴스",
    "당",
    "대",
    "대학",
    "대학교",
    "랩",
    "모빌리티",
    "뱅크",
    "법원",
    "병원",
    "보험",
    "부",
    "브레인",
    "센터",
    "신문",
    "엔터테인먼트",
    "엔터프라이즈",
    "연구소",
    "연구원",
    "원",
    "위원회",
    "은행",
    "일보",
    "재단",
    "전자",
    "제약",
    "증권",
    "처",
    "청",
    "클라우드",
    "텔레콤",
    "통신",
    "페이",
    "학교",
    "협의회",
    "협회",
    "홀딩스",
    "화학",
    "회",
];

/// Endings of place names ("안산시", "분당구", "경기도").
pub const LOC_SUFFIXES: &[char] = &[
    '구', '국', '군', '도', '동', '리', '면', '산', '섬', '시', '역', '읍', '주', '항',
];

/// Particles (josa) and the commonest copula endings that follow a noun inside one eojeol.
pub const JOSA: &[&str] = &[
    "가",
    "같은",
    "과",
    "과의",
    "까지",
    "께",
    "께서",
    "나",
    "는",
    "도",
    "라고",
    "라는",
    "랑",
    "로",
    "로는",
    "로부터",
    "로서",
    "로의",
    "를",
    "만",
    "만의",
    "보다",
    "부터",
    "에",
    "에게",
    "에게서",
    "에는",
    "에도",
    "에서",
    "에서는",
    "에서도",
    "에서의",
    "와",
    "와의",
    "으로",
    "으로는",
    "으로부터",
    "으로서",
    "은",
    "을",
    "의",
    "이",
    "이고",
    "이나",
    "이다",
    "이라고",
    "이라는",
    "이랑",
    "이며",
    "이었다",
    "이자",
    "인",
    "처럼",
    "측",
    "측은",
    "하고",
];

/// The first chars of [`TITLES`]: a cheap test before the list lookups.
pub static TITLE_FIRST: EdgeChars = EdgeChars::new(TITLES, Edge::First);

/// The last chars of [`ORG_SUFFIXES`]: a cheap test before the list lookups.
pub static ORG_LAST: EdgeChars = EdgeChars::new(ORG_SUFFIXES, Edge::Last);

/// The last chars of [`JOSA`]: a cheap test before the list lookups.
pub static JOSA_LAST: EdgeChars = EdgeChars::new(JOSA, Edge::Last);

/// Which end of a word [`EdgeChars`] looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// The word's first char.
    First,
    /// The word's last char.
    Last,
}

/// The chars that begin (or end) some word of a list, taken from the list on first use so the
/// two never disagree.
#[derive(Debug)]
pub struct EdgeChars {
    words: &'static [&'static str],
    edge: Edge,
    chars: OnceLock<EdgeSet>,
}

/// The chars, sorted, behind a 1,024-bit filter of their hashes: most chars asked about are in
/// no list, and the filter turns them away without the binary search (which took 3% of tagging).
#[derive(Debug)]
struct EdgeSet {
    filter: [u64; 16],
    chars: Vec<char>,
}

impl EdgeSet {
    fn bit(c: char) -> usize {
        ((c as u32).wrapping_mul(0x9E37_79B1) >> 22) as usize
    }
}

impl EdgeChars {
    /// The first or last chars of `words`.
    pub const fn new(words: &'static [&'static str], edge: Edge) -> Self {
        EdgeChars {
            words,
            edge,
            chars: OnceLock::new(),
        }
    }

    /// True when some word of the list begins (or ends) with `c`.
    pub fn contains(&self, c: char) -> bool {
        let set = self.chars.get_or_init(|| {
            let mut chars: Vec<char> = self
                .words
                .iter()
                .filter_map(|w| match self.edge {
                    Edge::First => w.chars().next(),
                    Edge::Last => w.chars().next_back(),
                })
                .collect();
            chars.sort_unstable();
            chars.dedup();
            let mut filter = [0u64; 16];
            for &c in &chars {
                let b = EdgeSet::bit(c);
                filter[b >> 6] |= 1 << (b & 63);
            }
            EdgeSet { filter, chars }
        });
        let b = EdgeSet::bit(c);
        set.filter[b >> 6] >> (b & 63) & 1 == 1 && set.chars.binary_search(&c).is_ok()
    }
}

/// The words of a list looked up by a slice of chars, without building a string: the model's
/// feature extraction asks several times per word, where binary searches over strings cost
/// about 4% of tagging (perf).
#[derive(Debug)]
pub struct CharWords {
    words: &'static [&'static str],
    /// (hash of the chars, index in `words`), sorted.
    hashes: OnceLock<Vec<(u64, usize)>>,
}

impl CharWords {
    /// The words of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        CharWords {
            words,
            hashes: OnceLock::new(),
        }
    }

    fn hash(chars: impl Iterator<Item = char>) -> u64 {
        let mut h = crate::text::Fnv1a::default();
        for c in chars {
            h.write_unit(c as u32);
        }
        h.finish()
    }

    /// True when `chars` spell a word of the list.
    pub fn contains(&self, chars: &[char]) -> bool {
        let hashes = self.hashes.get_or_init(|| {
            let mut v: Vec<(u64, usize)> = self
                .words
                .iter()
                .enumerate()
                .map(|(i, w)| (Self::hash(w.chars()), i))
                .collect();
            v.sort_unstable();
            v
        });
        let h = Self::hash(chars.iter().copied());
        let at = hashes.partition_point(|&(x, _)| x < h);
        hashes[at..]
            .iter()
            .take_while(|&&(x, _)| x == h)
            .any(|&(_, i)| self.words[i].chars().eq(chars.iter().copied()))
    }
}

/// [`JOSA`] by chars.
pub static JOSA_WORDS: CharWords = CharWords::new(JOSA);

/// [`ORG_SUFFIXES`] by chars.
pub static ORG_WORDS: CharWords = CharWords::new(ORG_SUFFIXES);

/// [`TITLES`] by chars.
pub static TITLE_WORDS: CharWords = CharWords::new(TITLES);

/// `word` without the longest particle ([`JOSA`]) at its end that leaves at least `keep` chars
/// ("경찰관은" → "경찰관"); the whole word when there is none.
pub fn before_josa(word: &str, keep: usize) -> &str {
    word.char_indices()
        .skip(keep)
        .find(|&(i, _)| contains(JOSA, &word[i..]))
        .map_or(word, |(i, _)| &word[..i])
}

/// True when `s` is in the sorted `list`.
pub fn contains(list: &[&str], s: &str) -> bool {
    list.binary_search(&s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edge_chars_are_those_of_their_lists() {
        for (edge, words, chars) in [
            (&TITLE_FIRST, TITLES, "감대회후"),
            (&ORG_LAST, ORG_SUFFIXES, "단룹청회"),
            (&JOSA_LAST, JOSA, "가는를에"),
        ] {
            for c in chars.chars() {
                assert!(edge.contains(c), "{c}");
            }
            let pick = |w: &&str| match edge.edge {
                Edge::First => w.chars().next(),
                Edge::Last => w.chars().next_back(),
            };
            for c in ['가', '힣', 'A', ' '] {
                assert_eq!(
                    edge.contains(c),
                    words.iter().any(|w| pick(w) == Some(c)),
                    "{c}"
                );
            }
        }
        assert!(SURNAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(LOC_SUFFIXES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [SURNAMES2, TITLES, ORG_SUFFIXES, JOSA] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }

    #[test]
    fn char_words_are_the_lists_words() {
        let chars = |w: &str| w.chars().collect::<Vec<char>>();
        for w in JOSA {
            assert!(JOSA_WORDS.contains(&chars(w)), "{w}");
        }
        for w in TITLES {
            assert!(TITLE_WORDS.contains(&chars(w)), "{w}");
        }
        // The feature extraction looks for organisation suffixes of at most six chars.
        for w in ORG_SUFFIXES {
            assert!(
                ORG_WORDS.contains(&chars(w)) && w.chars().count() <= 6,
                "{w}"
            );
        }
        for w in ["카카오", "에서는요", "", "대표이사장님"] {
            assert_eq!(JOSA_WORDS.contains(&chars(w)), contains(JOSA, w), "{w}");
            assert_eq!(TITLE_WORDS.contains(&chars(w)), contains(TITLES, w), "{w}");
        }
    }

    #[test]
    fn before_josa_keeps_the_content() {
        assert_eq!(before_josa("경찰관은", 2), "경찰관");
        assert_eq!(before_josa("아이", 2), "아이");
        assert_eq!(before_josa("영화중에서", 1), "영화중");
        assert_eq!(before_josa("", 1), "");
    }
}
