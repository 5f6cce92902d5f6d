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
//! least 10 times with a final share under 20% (보다, 마다, 필요, 주요, ...). Four artefacts were
//! dropped by hand (누구, 구나, 산다, and 하다: in running news text without a full stop it is
//! the connective 하다(가), as in 활동하다 2021년 대표이사에 올랐다). The corpus is written Korean, so casual and dialectal
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
const FINAL2: &[[char; 2]] = &[
    ['가', '다'],
    ['간', '다'],
    ['갔', '다'],
    ['같', '다'],
    ['거', '다'],
    ['거', '야'],
    ['거', '죠'],
    ['겁', '다'],
    ['겠', '다'],
    ['겼', '다'],
    ['고', '요'],
    ['과', '다'],
    ['구', '다'],
    ['군', '요'],
    ['기', '다'],
    ['긴', '다'],
    ['까', '요'],
    ['꾼', '다'],
    ['꿨', '다'],
    ['끈', '다'],
    ['나', '요'],
    ['난', '다'],
    ['났', '다'],
    ['낮', '다'],
    ['낸', '다'],
    ['냈', '다'],
    ['네', '요'],
    ['넸', '다'],
    ['높', '다'],
    ['놨', '다'],
    ['눴', '다'],
    ['느', '냐'],
    ['는', '다'],
    ['니', '다'],
    ['단', '다'],
    ['대', '다'],
    ['댔', '다'],
    ['더', '라'],
    ['던', '가'],
    ['데', '요'],
    ['도', '다'],
    ['됐', '다'],
    ['된', '다'],
    ['드', '다'],
    ['든', '다'],
    ['든', '요'],
    ['들', '다'],
    ['떨', '까'],
    ['띈', '다'],
    ['랐', '다'],
    ['랬', '다'],
    ['럽', '다'],
    ['렀', '다'],
    ['렵', '다'],
    ['렸', '다'],
    ['례', '다'],
    ['뤘', '다'],
    ['르', '다'],
    ['른', '다'],
    ['린', '다'],
    ['많', '다'],
    ['말', '라'],
    ['맞', '다'],
    ['몄', '다'],
    ['모', '다'],
    ['미', '다'],
    ['배', '다'],
    ['본', '다'],
    ['봤', '다'],
    ['부', '다'],
    ['쁘', '다'],
    ['사', '다'],
    ['샀', '다'],
    ['서', '다'],
    ['선', '다'],
    ['섰', '다'],
    ['세', '다'],
    ['세', '요'],
    ['셨', '다'],
    ['쉽', '다'],
    ['스', '다'],
    ['시', '오'],
    ['싶', '다'],
    ['쌌', '다'],
    ['썼', '다'],
    ['아', '요'],
    ['안', '다'],
    ['않', '나'],
    ['않', '다'],
    ['았', '다'],
    ['어', '다'],
    ['어', '라'],
    ['어', '요'],
    ['없', '다'],
    ['었', '다'],
    ['었', '소'],
    ['에', '요'],
    ['연', '다'],
    ['였', '다'],
    ['예', '요'],
    ['오', '다'],
    ['온', '다'],
    ['왔', '다'],
    ['우', '다'],
    ['운', '다'],
    ['워', '요'],
    ['웠', '다'],
    ['위', '다'],
    ['유', '다'],
    ['은', '다'],
    ['의', '다'],
    ['이', '다'],
    ['이', '죠'],
    ['인', '다'],
    ['일', '까'],
    ['있', '나'],
    ['있', '다'],
    ['있', '죠'],
    ['자', '다'],
    ['재', '다'],
    ['제', '다'],
    ['졌', '다'],
    ['좋', '다'],
    ['주', '다'],
    ['준', '다'],
    ['줬', '다'],
    ['지', '다'],
    ['지', '요'],
    ['진', '다'],
    ['째', '다'],
    ['찼', '다'],
    ['쳤', '다'],
    ['춘', '다'],
    ['췄', '다'],
    ['치', '다'],
    ['친', '다'],
    ['켰', '다'],
    ['크', '다'],
    ['킨', '다'],
    ['탔', '다'],
    ['태', '다'],
    ['터', '다'],
    ['트', '다'],
    ['표', '다'],
    ['하', '죠'],
    ['한', '다'],
    ['할', '까'],
    ['해', '다'],
    ['했', '나'],
    ['했', '다'],
    ['했', '죠'],
    ['혔', '다'],
    ['호', '다'],
    ['화', '다'],
    ['힌', '다'],
];

/// Two-syllable eojeol ends that look final but rarely are (derived, see module docs).
const NOT_FINAL2: &[[char; 2]] = &[
    ['감', '소'],
    ['개', '나'],
    ['거', '나'],
    ['고', '소'],
    ['구', '소'],
    ['기', '소'],
    ['니', '까'],
    ['다', '소'],
    ['데', '다'],
    ['러', '나'],
    ['러', '다'],
    ['레', '나'],
    ['려', '다'],
    ['례', '나'],
    ['리', '나'],
    ['마', '나'],
    ['마', '다'],
    ['만', '나'],
    ['미', '군'],
    ['바', '다'],
    ['보', '다'],
    ['성', '군'],
    ['아', '나'],
    ['어', '나'],
    ['에', '다'],
    ['엑', '소'],
    ['연', '소'],
    ['육', '군'],
    ['으', '나'],
    ['이', '나'],
    ['장', '소'],
    ['제', '나'],
    ['주', '요'],
    ['지', '나'],
    ['최', '다'],
    ['최', '소'],
    ['취', '소'],
    ['타', '나'],
    ['테', '네'],
    ['티', '나'],
    ['평', '소'],
    ['필', '요'],
    ['하', '나'],
    ['해', '군'],
    ['후', '군'],
];

/// Nouns ending in a syllable that is also an ending (요, 함, 다) that the corpus saw too rarely.
const NOUNS: &[&str] = &[
    "강요",
    "개요",
    "금요",
    "다음",
    "동요",
    "마음",
    "목요",
    "미포함",
    "바다",
    "불포함",
    "불필요",
    "소요",
    "수요",
    "요요",
    "월요",
    "일요",
    "중요",
    "처음",
    "토요",
    "포함",
    "화요",
];

/// Words that link to what follows as a postposition or adverb would: `-에 대해`, `-에 따라`,
/// `-와 더불어`. Their last syllable (해, 라, 어) is also a casual sentence ending.
const LINKING_WORDS: &[&str] = &[
    "관련해",
    "관해",
    "대비해",
    "대해",
    "더불어",
    "따라",
    "반해",
    "비롯해",
    "비해",
    "아니라",
    "아울러",
    "위해",
    "의해",
    "인해",
    "통해",
    "포함해",
    "향해",
];

/// Two-syllable ends of common nouns that look like casual endings (연구, 미래, 참여, 분야):
/// never treated as [`Ending::Weak`].
const WEAK_NOUNS: &[[char; 2]] = &[
    ['가', '구'],
    ['가', '라'],
    ['거', '래'],
    ['국', '어'],
    ['기', '여'],
    ['나', '라'],
    ['니', '아'],
    ['단', '어'],
    ['대', '래'],
    ['도', '구'],
    ['두', '라'],
    ['드', '라'],
    ['디', '어'],
    ['리', '아'],
    ['메', '라'],
    ['모', '임'],
    ['미', '래'],
    ['부', '여'],
    ['분', '야'],
    ['비', '아'],
    ['사', '라'],
    ['선', '임'],
    ['수', '여'],
    ['시', '아'],
    ['시', '야'],
    ['시', '임'],
    ['신', '임'],
    ['연', '구'],
    ['영', '어'],
    ['요', '구'],
    ['입', '구'],
    ['전', '임'],
    ['주', '임'],
    ['지', '구'],
    ['참', '여'],
    ['책', '임'],
    ['출', '구'],
    ['친', '구'],
    ['코', '어'],
    ['투', '어'],
    ['후', '임'],
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

fn in_table(table: &[[char; 2]], a: char, b: char) -> bool {
    table.binary_search(&[a, b]).is_ok()
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
    // Most words end in a particle or a noun syllable that no rule below looks at.
    if !matches!(
        s1,
        '다' | '요'
            | '죠'
            | '쥬'
            | '까'
            | '깐'
            | '네'
            | '군'
            | '나'
            | '소'
            | '재'
            | '제'
            | '지'
            | '냐'
            | '가'
            | '유'
            | '용'
            | '께'
            | '게'
            | '랑'
            | '먼'
            | '만'
            | '라'
            | '됨'
            | '함'
            | '음'
            | '야'
            | '어'
            | '아'
            | '여'
            | '워'
            | '봐'
            | '해'
            | '혀'
            | '겨'
            | '햐'
            | '듯'
            | '임'
            | '구'
            | '래'
            | '든'
            | '자'
            | '데'
            | '디'
            | '고'
            | '오'
            | '당'
            | '욤'
            | '염'
            | '징'
    ) {
        return Ending::Other;
    }
    let s2 = it.next().filter(|&c| is_syllable(c));
    let s3 = s2.and_then(|_| it.next()).filter(|&c| is_syllable(c));
    let j2 = s2.and_then(jong);
    let Some(p) = s2 else {
        // A one-syllable word (다 "all", 네 "yes", 요, 나 "I") is rarely an ending on its own.
        return match s1 {
            '혀' | '겨' | '햐' | '봐' => Ending::Weak,
            // 유명하다고 함, 추천 함: a spaced 함 closes a note-style sentence.
            '함' => Ending::Strong,
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
        // 하길래 (because), 하여 (literary "doing so"): clause links.
        (_, '길', '래') | (_, '하', '여') => return Ending::Connective,
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
    if LINKING_WORDS.binary_search(&core).is_ok() {
        return Ending::Connective;
    }
    // 연장이요 확대다: the literary 이요 (= 이고) links nouns; spoken "한 잔이요" ends.
    if (p, s1) == ('이', '요') {
        return Ending::Weak;
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
        '께' if j2 == Some(J_L) => Ending::Strong, // 할께 (a misspelt 할게, never adverbial)
        // 할게 (I will) is also 살게, 알게, 길게: the adverbial 게 of 살게 되다, 길게 잡다.
        '게' if j2 == Some(J_L) => Ending::Weak,
        '랑' if p == '걸' => Ending::Strong,
        '먼' if p == '구' => Ending::Strong,
        '라' if p == '기' => Ending::Strong, // 나간기라 (dialect)
        '라' => Ending::Weak,
        '됨' => Ending::Strong,
        '함' => Ending::Weak, // 안좋아함, but also nouns: 상큼함 그 자체
        '음' => match (j2, p) {
            (Some(J_SS), _) | (_, '않' | '같' | '좋' | '싫' | '없' | '있') => Ending::Strong,
            // 먹음, 예쁨음 (the noun-form style of notes and posts), but also nouns (울음).
            _ => Ending::Weak,
        },
        // Cute spellings of blog posts: 했당, 했습니당, 좋아욤, 했어염, 했징.
        '당' | '징' if j2 == Some(J_SS) || p == '니' => Ending::Strong,
        '욤' | '염'
            if matches!(
                p,
                '어' | '아' | '해' | '에' | '세' | '네' | '죠' | '지' | '게' | '데' | '예'
            ) =>
        {
            Ending::Strong
        }
        // 했어여, 좋아여, 맞네여: 요 written 여.
        '여' if matches!(
            p,
            '어' | '아'
                | '해'
                | '에'
                | '세'
                | '네'
                | '죠'
                | '게'
                | '데'
                | '예'
                | '워'
                | '봐'
                | '줘'
                | '돼'
        ) =>
        {
            Ending::Strong
        }
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
        for t in [FINAL2, NOT_FINAL2, WEAK_NOUNS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t);
        }
        assert!(NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(LINKING_WORDS.windows(2).all(|w| w[0] < w[1]));
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
