//! Tables of Korean eojeol endings that close a sentence, and the rules that classify the end of
//! a word with them.
//!
//! The splitter needs to know, for a word followed by a space and no punctuation, whether the word
//! ends a sentence ("...다녀왔습니다 회사 동료...") or only a clause ("...먹었지만 다들..."). No
//! morphological dictionary is used: the decision looks at the last one to three syllables and at
//! the final consonant (jongseong) of the syllable before the ending, which is where Korean marks
//! tense (했다, 있나: ㅆ) and the present/future forms (한다: ㄴ, 할까: ㄹ).
//!
//! [`FINAL2`] and [`NOT_FINAL2`] were derived from the KMOU NER corpus (about 24,000 news and
//! magazine sentences, morpheme-tagged; `shared/data/ner/kmou/corpus_morph_ner`): for every eojeol
//! the last two Hangul syllables were counted, and the eojeol counted as sentence-final when its
//! last non-symbol morpheme is tagged `EF` or when it is followed by `.`, `?` or `!`.
//! [`FINAL2`] keeps the pairs seen at least 5 times with a final share of at least 60%;
//! [`NOT_FINAL2`] keeps pairs ending in a usually final syllable (다, 요, 까, 나, ...) seen at
//! least 10 times with a final share under 20% (보다, 마다, 필요, 주요, ...). Two artefacts were
//! dropped by hand (누구, 구나, 산다). The corpus is written Korean, so casual and dialectal
//! endings (유, 쥬, 용, 걸랑, 구먼, 긋나, 기라, ...) are added as rules in [`classify`].

/// How strongly the end of a word suggests the end of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    /// A sentence-final ending: split after it unless the next word continues the sentence.
    Strong,
    /// Sometimes final (casual 어/아/지/야, ...): split only when the next word starts a sentence.
    Weak,
    /// A clause-linking ending (지만, 니까, 는데): the sentence goes on.
    Connective,
    /// Anything else: nouns, particles, adnominal forms, non-Hangul.
    Other,
}

/// Two-syllable eojeol ends that are sentence-final most of the time (derived, see module docs).
const FINAL2: &[&str] = &[
    "가다", "간다", "갔다", "같다", "거다", "거야", "거죠", "겁다", "겠다", "겼다", "고요", "과다",
    "구다", "군요", "기다", "긴다", "길래", "까요", "꾼다", "꿨다", "끈다", "나요", "난다", "났다",
    "낮다", "낸다", "냈다", "네요", "넸다", "높다", "놨다", "눴다", "느냐", "는다", "니다", "단다",
    "대다", "댔다", "더라", "던가", "데요", "도다", "됐다", "된다", "드다", "든다", "든요", "들다",
    "떨까", "띈다", "랐다", "랬다", "럽다", "렀다", "렵다", "렸다", "례다", "뤘다", "르다", "른다",
    "린다", "많다", "말라", "맞다", "몄다", "모다", "미다", "배다", "본다", "봤다", "부다", "쁘다",
    "사다", "샀다", "서다", "선다", "섰다", "세다", "세요", "셨다", "쉽다", "스다", "시오", "싶다",
    "쌌다", "썼다", "아요", "안다", "않나", "않다", "았다", "어다", "어라", "어요", "없다", "었다",
    "었소", "에요", "연다", "였다", "예요", "오다", "온다", "왔다", "우다", "운다", "워요", "웠다",
    "위다", "유다", "은다", "의다", "이다", "이죠", "인다", "일까", "있나", "있다", "있죠", "자다",
    "재다", "제다", "졌다", "좋다", "주다", "준다", "줬다", "지다", "지요", "진다", "째다", "찼다",
    "쳤다", "춘다", "췄다", "치다", "친다", "켰다", "크다", "킨다", "탔다", "태다", "터다", "트다",
    "표다", "하다", "하죠", "한다", "할까", "해다", "했나", "했다", "했죠", "혔다", "호다", "화다",
    "힌다",
];

/// Two-syllable eojeol ends that look final but rarely are (derived, see module docs).
const NOT_FINAL2: &[&str] = &[
    "감소", "개나", "거나", "고소", "구소", "기소", "니까", "다소", "데다", "러나", "러다", "레나",
    "려다", "례나", "리나", "마나", "마다", "만나", "미군", "바다", "보다", "성군", "아나", "어나",
    "에다", "엑소", "연소", "육군", "으나", "이나", "장소", "제나", "주요", "지나", "최다", "최소",
    "취소", "타나", "테네", "티나", "평소", "필요", "하나", "해군", "후군",
];

/// Nouns ending in a syllable that is also an ending (요, 함, 다) that the corpus saw too rarely.
const NOUNS: &[&str] = &[
    "강요",
    "개요",
    "동요",
    "미포함",
    "바다",
    "불포함",
    "불필요",
    "소요",
    "수요",
    "요요",
    "중요",
    "포함",
];

/// Two-syllable ends of common nouns that look like casual endings (연구, 미래, 참여, 분야):
/// never treated as [`Ending::Weak`].
const WEAK_NOUNS: &[&str] = &[
    "가구", "가라", "거래", "국어", "기여", "나라", "니아", "단어", "대래", "도구", "두라", "드라",
    "디어", "리아", "메라", "모임", "미래", "부여", "분야", "비아", "사라", "선임", "수여", "시아",
    "시야", "시임", "신임", "연구", "영어", "요구", "입구", "전임", "주임", "지구", "참여", "책임",
    "출구", "친구", "코어", "투어", "후임",
];

/// Final consonant index of a precomposed Hangul syllable (0 = none), or `None`.
pub(crate) fn jong(c: char) -> Option<u32> {
    let v = c as u32;
    if (0xAC00..=0xD7A3).contains(&v) {
        Some((v - 0xAC00) % 28)
    } else {
        None
    }
}

/// True for a precomposed Hangul syllable.
pub(crate) fn is_syllable(c: char) -> bool {
    jong(c).is_some()
}

const J_N: u32 = 4; // ㄴ
const J_L: u32 = 8; // ㄹ
const J_B: u32 = 17; // ㅂ
const J_BS: u32 = 18; // ㅄ
const J_S: u32 = 19; // ㅅ
const J_SS: u32 = 20; // ㅆ

fn in_table(table: &[&str], a: char, b: char) -> bool {
    let mut buf = [0u8; 8];
    let la = a.encode_utf8(&mut buf[..4]).len();
    let lb = b.encode_utf8(&mut buf[la..]).len();
    match std::str::from_utf8(&buf[..la + lb]) {
        Ok(key) => table.binary_search(&key).is_ok(),
        Err(_) => false,
    }
}

/// Classifies the end of `core`, a word stripped of trailing punctuation, closing brackets and
/// emoticons.
pub(crate) fn classify(core: &str) -> Ending {
    // The last three chars, newest first; only Hangul syllables count.
    let mut it = core.chars().rev();
    let s1 = match it.next() {
        Some(c) if is_syllable(c) => c,
        _ => return Ending::Other,
    };
    let s2 = it.next().filter(|&c| is_syllable(c));
    let s3 = s2.and_then(|_| it.next()).filter(|&c| is_syllable(c));
    let j2 = s2.and_then(jong);
    let Some(p) = s2 else {
        // A one-syllable word (다 "all", 네 "yes", 요, 나 "I") is rarely an ending on its own.
        return match s1 {
            '혀' | '겨' | '햐' | '봐' => Ending::Weak,
            _ => Ending::Other,
        };
    };
    match (s3, p, s1) {
        (Some('냐'), '니', '께') => return Ending::Strong,
        (Some('더' | '드'), '라', '구' | '고') => return Ending::Strong,
        (Some('는'), '구', '나' | '먼' | '만') => return Ending::Strong,
        (_, '지' | '는' | '은' | '인' | '운' | '던', '만' | '데' | '디') => {
            return Ending::Connective
        }
        (Some(q), '니', '까' | '깐') => {
            return if jong(q) == Some(J_B) {
                Ending::Strong // 습니까, 합니까
            } else {
                Ending::Connective
            };
        }
        _ => {}
    }
    if NOUNS.binary_search(&core).is_ok() || core.ends_with("포함") || in_table(NOT_FINAL2, p, s1)
    {
        return Ending::Other;
    }
    if in_table(FINAL2, p, s1) {
        return Ending::Strong;
    }
    if in_table(WEAK_NOUNS, p, s1) {
        return Ending::Other;
    }
    match s1 {
        '다' => match j2 {
            Some(J_SS) | Some(J_N) | Some(J_BS) => Ending::Strong,
            _ => Ending::Weak,
        },
        '요' | '죠' | '쥬' => Ending::Strong,
        '까' => match j2 {
            Some(J_L) => Ending::Strong,
            _ => Ending::Weak,
        },
        '네' | '군' | '나' | '소' | '재' | '제' | '지' => {
            if matches!(j2, Some(J_SS) | Some(J_BS)) || (s1 == '나' && j2 == Some(J_S)) {
                Ending::Strong // 했네, 겠군, 있나, 긋나, 했소, 없재, 았제, 겠지
            } else if matches!(s1, '네' | '지')
                && matches!(p, '하' | '되' | '같' | '좋' | '않' | '거')
            {
                Ending::Weak
            } else if s1 == '소' && p == '갑' {
                Ending::Strong
            } else {
                Ending::Other
            }
        }
        '냐' => Ending::Strong,
        '가' => match p {
            '는' | '은' | '인' | '던' | '한' => Ending::Strong,
            _ => Ending::Other,
        },
        '유' => match p {
            '아' | '어' | '해' | '봐' | '와' | '워' | '세' | '네' | '게' | '지' | '데' | '래'
            | '거' | '예' | '에' | '겨' | '되' | '돼' | '줘' | '져' | '셔' | '여' => {
                Ending::Strong
            }
            _ => Ending::Other,
        },
        '용' => match p {
            '네' | '해' | '어' | '아' | '에' | '세' | '게' | '죠' | '지' | '까' | '래' | '데'
            | '요' | '여' => Ending::Strong,
            _ => Ending::Other,
        },
        '께' | '게' if j2 == Some(J_L) => Ending::Strong, // 할께, 할게 ("할 게" is spaced)
        '랑' if p == '걸' => Ending::Strong,
        '먼' if p == '구' => Ending::Strong,
        '라' if p == '기' => Ending::Strong, // 나간기라 (dialect)
        '라' => Ending::Weak,
        '됨' => Ending::Strong,
        '함' => Ending::Weak, // 안좋아함, but also nouns: 상큼함 그 자체
        '음' => match (j2, p) {
            (Some(J_SS), _) | (_, '않' | '같' | '좋' | '싫' | '없' | '있') => Ending::Strong,
            _ => Ending::Other,
        },
        '야' if matches!(
            p,
            '해' | '어' | '아' | '여' | '워' | '와' | '봐' | '돼' | '줘' | '져'
        ) =>
        {
            Ending::Other // 해야 (must) goes on
        }
        '어' | '아' | '야' | '여' | '워' | '봐' | '해' | '혀' | '겨' | '햐' | '듯' | '임'
        | '구' | '래' | '든' => Ending::Weak,
        // 하자, 보자; most other words in 자 are nouns (전자, 투자, 기자).
        '자' if matches!(p, '하' | '보' | '가' | '먹' | '해') => Ending::Weak,
        _ => Ending::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [FINAL2, NOT_FINAL2, NOUNS, WEAK_NOUNS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t);
        }
    }

    #[test]
    fn classifies_common_endings() {
        for w in [
            "했다",
            "먹었습니다",
            "맛있었어요",
            "않겠쥬",
            "잘됐네용",
            "먹었걸랑",
            "안되는구먼",
            "한다",
        ] {
            assert_eq!(classify(w), Ending::Strong, "{w}");
        }
        for w in [
            "지난해보다",
            "필요",
            "사람마다",
            "회사",
            "삼성전자",
            "참여",
            "미래",
        ] {
            assert_eq!(classify(w), Ending::Other, "{w}");
        }
        for w in ["먹었지만", "그러니까", "있는데"] {
            assert_eq!(classify(w), Ending::Connective, "{w}");
        }
    }
}
