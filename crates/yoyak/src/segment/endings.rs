//! Sentence-final endings, for boundaries without punctuation.
//!
//! Hand-written, conservative: each rule names the syllable before the ending where nouns could
//! end the same way (주요, 필요, 내용, 바다, 보다), using the final consonant (jongseong) of that
//! syllable: ㅆ marks the past and future tenses (했다, 됐음, 있지), ㄴ the present (한다) and
//! ㄹ the prospective (할까).

/// The final consonant index of a Hangul syllable (0 = none).
fn jong(c: char) -> u32 {
    if ('가'..='힣').contains(&c) {
        (c as u32 - 0xAC00) % 28
    } else {
        0
    }
}

const JONG_N: u32 = 4;
const JONG_L: u32 = 8;
const JONG_SS: u32 = 20;
const JONG_BS: u32 = 18;

/// Word endings (two or more syllables) that close sentences in casual and dialect speech.
const FINAL_SUFFIXES: &[&str] = &[
    "습니다",
    "니다",
    "구먼",
    "구만",
    "구나",
    "걸랑",
    "드래요",
    "래요",
    "대요",
    "세요",
    "어요",
    "아요",
    "해요",
    "예요",
    "에요",
    "네요",
    "군요",
    "게요",
    "지요",
    "죠",
    "쥬",
    "거든",
    "잖아",
    "더라",
    "드라",
    "드라구",
    "드라고",
    "라구",
    "냐니께",
    "니께",
    "는겨",
    "긋나",
    "기라",
    "아이가",
    "갑소",
    "할랑가",
    "는듯",
    "은듯",
    "던데",
    "는데요",
    "네용",
    "해용",
    "어용",
    "아용",
    "세용",
    "가용",
    "나용",
    "지용",
    "까용",
    "아유",
    "어유",
    "해유",
    "거야",
    "건데",
    "잖아요",
    "거든요",
    "할게",
    "줄게",
    "볼게",
    "께요",
    "봐요",
    "와요",
    "워요",
    "줘요",
    "봐",
];

/// Nouns that end like a sentence (주요 기업, 필요 없다, 중요 사안).
const NOUN_LOOKALIKES: &[&str] = &[
    "주요", "필요", "중요", "수요", "개요", "강요", "소요", "동요", "요요", "여유", "이유", "보유",
    "자유", "경유", "우유", "공유", "부유", "교육",
];

/// Whether `word` (Hangul syllables only) ends a sentence.
pub(super) fn is_final(word: &[char]) -> bool {
    let n = word.len();
    if n < 2 {
        return false;
    }
    let s: String = word.iter().collect();
    if NOUN_LOOKALIKES.iter().any(|x| s.ends_with(x)) {
        return false;
    }
    let last = word[n - 1];
    let before = word[n - 2];
    match last {
        // 했다, 한다, 있다, 없다, 이다, 같다, 많다 — but not 보다, 바다.
        '다' => {
            let j = jong(before);
            j == JONG_SS
                || j == JONG_N
                || j == JONG_BS
                || matches!(
                    before,
                    '이' | '니' | '같' | '많' | '좋' | '않' | '싶' | '렵' | '쁘' | '크'
                )
        }
        // 했음, 있음, 없음 — not 마음, 처음, 다음.
        '음' => matches!(jong(before), JONG_SS | JONG_BS),
        // 해요, 했어요, 하세요, 하라고요, 하거든요 — not 주요, 필요 (kept out above).
        '요' => matches!(
            before,
            '어' | '아'
                | '해'
                | '세'
                | '네'
                | '게'
                | '데'
                | '래'
                | '대'
                | '까'
                | '나'
                | '지'
                | '고'
                | '라'
                | '야'
                | '예'
                | '에'
                | '봐'
                | '와'
                | '워'
                | '줘'
                | '셔'
                | '쳐'
                | '져'
                | '려'
                | '니'
                | '든'
                | '걸'
                | '죠'
                | '구'
                | '군'
                | '서'
                | '면'
                | '며'
                | '돼'
                | '가'
                | '잖'
                | '거'
        ),
        // 됐네, 좋네.
        '네' => jong(before) == JONG_SS || matches!(before, '하' | '좋' | '그' | '되'),
        // 할까, 갈까, 습니까.
        '까' => {
            jong(before) == JONG_L
                || (before == '니' && n >= 3 && matches!(word[n - 3], '습' | '합' | '입' | '됩'))
        }
        // 했지, 있지 (not 의지, 지원지).
        '지' => jong(before) == JONG_SS,
        // 됐나, 있나, 했나.
        '나' => jong(before) == JONG_SS || s.ends_with("긋나"),
        // 했제, 잤제.
        '제' => jong(before) == JONG_SS,
        // 됨, 안됨; 좋아함, 싫어함 (not 포함).
        '됨' => true,
        '함' => matches!(before, '아' | '어' | '여' | '해'),
        // 안되는구먼, 쉽지 않아유 and the like.
        _ => FINAL_SUFFIXES.iter().any(|x| s.ends_with(x)),
    }
}

/// Connective endings: a pause, not an end, even before an ellipsis (먹었지만… 다들).
const CONNECTIVES: &[&str] = &[
    "지만", "는데", "은데", "면서", "으며", "하며", "하고", "해서", "어서", "아서", "니까", "으면",
    "하면", "다가", "려고", "도록",
];

/// Whether `word` ends in a connective ending.
pub(super) fn is_connective(word: &[char]) -> bool {
    let s: String = word.iter().collect();
    CONNECTIVES.iter().any(|x| s.ends_with(x))
}

/// Words that continue a sentence after a final-looking ending: 하다 보니, "…" 하며, …라고.
const CONTINUATIONS: &[&str] = &[
    "보니",
    "보면",
    "보니까",
    "보니깐",
    "하더라도",
    "해도",
    "하며",
    "하고",
    "하면서",
    "라고",
    "라며",
    "라는",
    "고",
    "며",
    "는",
    "가",
    "싶",
    "싶다",
    "싶은",
    "싶어",
    "하는",
    "하니",
    "하여",
    "해서",
    "못해",
    "말고",
    "치고",
    "할",
    "한",
    "하자",
    "했다",
    "한다",
    "했고",
    "했으며",
    "했지만",
    "하기",
    "하지",
    "식",
    "등",
    "것",
    "거",
    "수",
    "줄",
    "듯",
    "뿐",
    "만큼",
    "대로",
    "적",
    "때",
    "중",
];

/// Whether `word` (the next word's Hangul prefix) continues the sentence before it.
pub(super) fn continues(word: &[char]) -> bool {
    if word.is_empty() {
        return false;
    }
    let s: String = word.iter().collect();
    // 있지 않아도, 했다 못해: negation continues the predicate.
    CONTINUATIONS.contains(&s.as_str()) || s.starts_with('않') || s.starts_with("못하")
}
