//! Keyphrases ranked over stems: noun phrases and names only.
//!
//! The graph ranking below gives the top 40 terms; [`keywords_with_entities`] (what
//! [`crate::analyze`] uses) then re-ranks them together with the article's named people,
//! organisations, places and artifacts by a small learned model ([`learned`]), since a reader
//! names who and what a story is about. Without entities ([`keywords`], [`keywords_titled`]) the
//! same model re-ranks the terms alone.
//!
//! TextRank (Mihalcea & Tarau) on a graph of noun-like stems: Hangul stems of two syllables or
//! more that did not lose a verb ending ([`Suffix::Ending`]), and Latin words of two letters or
//! more, without stopwords. Two stems are linked when they occur within [`WINDOW`] candidates of
//! each other in one sentence. The rank is then scaled by `ln(1 + count)` so that a stem used
//! once in a long sentence does not beat the article's subject. A top stem written at least
//! twice right before another top stem, or before any noun that names something (인공지능
//! 사업, 플랫폼 노동자), is returned with it as one phrase.
//!
//! A reader picks names and things, so a stem must show that it is a noun, which a dictionary-free
//! tokenizer cannot tell from its form (가까운 → 가까, 맞벌이 → 맞벌 + 이):
//! - it is in the noun list (seen in more than two of its articles) or a compound of listed nouns
//!   (the `nouns` module: 금리, 기준금리), or it
//!   carries, at least once, a particle that only follows nouns (를, 에서, 의…; not 는/은, which
//!   also end verb forms: 들여오는; not 로/나/도 or quoting 라고, which also end adverbs and verb
//!   forms: 제대로, 마시라고; 이/가 only in the form spelling gives them after the stem:
//!   부동산원이, not 가까이 or 들어가) — names the list cannot hold (카카오를) — unless it ends
//!   like a verb made noun (줄이기, 접종하); or it is Latin (AI, KoGPT), or a Hangul word that
//!   runs on into digits or Latin (코로나19), or a bare word written right before a noun that
//!   does not end like a verb form (빙하 아래; not 뜨거운 물);
//! - a stem the tokenizer cut before a one-syllable particle (물놀 + 이) is joined again when
//!   the whole word is a listed noun (물놀이) or occurs uncut in the text, and one cut before
//!   기/지/서 when what is left is a noun (충전 + 기); 은/는 are never joined back (좋은);
//! - it is not a unit glued to a number (5천**대**, 3**시간씩**) or a Latin one after it (100
//!   **Gbps**), nor a word that is all particle (카카오 **측은**), nor an adverb the tokenizer
//!   cut (제대로, 가까이);
//! - it is not a word that reads as a determiner, adverb, pronoun, count or an `-적` word on its
//!   own (서로, 새로운, 누구, 닷새, 생산적), nor a general word by its pattern: -별/-형/-용…
//!   after a noun (지역별, 가정용), a measure behind a one-syllable prefix (대규모, 월평균), a
//!   vague number (수십) — see `GENERIC` and `is_generic`.
//!
//! The random walk restarts at stems in proportion to how early they appear (PositionRank,
//! Florescu & Caragea 2017): a news story names its subject in its first sentences. The rank is
//! scaled by how specific the stem is (the noun list's article frequency, see `specificity`),
//! and very general nouns of news prose (사업, 서비스, 관계자) are kept but ranked lower: a
//! reader would pick them only inside a phrase.

pub mod learned;
pub(crate) mod nouns;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::entity::alias::Group;
use crate::rank;
use crate::text::{jong, jung, Span};
use crate::token::{
    hash_stem, is_all_suffix, is_stopword, StemMap, Suffix, Token, TokenKind, TokenLists,
};

/// How many following candidates a stem is linked to.
pub const WINDOW: usize = 3;

/// How much a general word's score is scaled (it may still lead a phrase: AI 사업).
const GENERIC_WEIGHT: f64 = 0.3;

/// A keyword of a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The keyword as it is written in the text (its stem, or two stems for a phrase).
    pub text: String,
    /// Its score (higher is more important).
    pub score: f64,
    /// How often it occurs.
    pub count: usize,
}

/// Words that modify, count or stand for a thing and name none: determiners, adverbs and
/// adjectives that survive stemming, pronouns, relative positions, numerals. A reader does not
/// pick them alone, and no phrase ends in one (`이래 가장`, `한라산 아래`). With [`GENERIC`],
/// hand-written from Korean news style in general, not from any one article.
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    // Adverbs, determiners, adjectives.
    "서로", "새로", "새로운", "다시", "매우", "자주", "함께", "모두", "가장", "계속", "이미", "아직", "바로", "곧바",
    "특히", "다만", "또한", "아울러", "여전히", "사실상", "본격", "다양", "적극", "지속", "충분", "필요", "가능",
    "주요", "최근", "현재", "당시", "이후", "이전", "앞서", "오는", "지난해", "올해", "내년", "이날", "당분간", "일부",
    "각각", "모든", "여러", "많은", "다른", "같은", "새", "큰", "작은", "높은", "낮은", "매일", "하루", "이상", "이하",
    "미만", "정도", "가량", "규모", "수준", "관련", "대상", "경우", "때문", "가운데", "사이", "동안", "만큼", "자체",
    // Pronouns and interrogatives: they stand for a thing, they do not name it.
    "누구", "무엇", "어디", "언제", "자신", "스스로",
    // Adverbs that are also written as nouns (직접 만든, 우선 지원): they modify, not name.
    "직접", "우선", "먼저", "처음", "최초", "당장", "미리", "따로", "별도", "전혀",
    // Nouns of relative position (그 아래, 안팎에서): where, relative to something else.
    "아래", "위쪽", "아래쪽", "앞쪽", "뒤쪽", "안팎", "전후",
    // Native numerals (다섯 곳, 여섯 차례): a count, not a thing.
    "하나", "다섯", "여섯", "일곱", "여덟", "아홉", "스물", "서른", "마흔", "쉰",
    // Native counts of days (이틀 만에, 닷새째): a length of time, not a subject.
    "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘", "보름",
    // "Since" (개통 이래 가장), which the noun list holds (stop 42).
    "이래",
];

/// The most general nouns of news prose (what any article "does": 사업, 지원, 계획) and the
/// stock actors of a kind of story: a reader does not pick them alone, though they may end a
/// phrase (AI 사업).
#[rustfmt::skip]
const GENERIC: &[&str] = &[
    // General nouns of news prose.
    "사업", "서비스", "지원", "계획", "예정", "전략", "목표", "방안", "조치", "내용", "과정", "결과", "방식", "상황",
    "문제", "부분", "분야", "의견", "지적", "설명", "발표", "공개", "진행", "추진", "운영", "이용", "도입", "참여",
    "확대", "강화", "개발", "기업", "회사", "업계", "관계자", "대표", "기자", "시장", "국내", "글로벌", "세계", "정부",
    "기술", "모델", "조직", "기존", "신규", "시간", "지역", "주민", "시민", "국민", "전체", "이유", "의미", "가능성",
    "전망", "분석", "평가", "기대", "우려", "영향", "효과", "역할", "중심", "기반", "활용", "제공", "마련", "확보",
    "기간", "차례", "연속", "전국", "대부분", "일정", "관계", "지난달", "이달", "다음달", "상반기", "하반기", "연내",
    "연말", "초기", "국가", "사회", "최대", "최소", "평균", "전년", "대비", "각종", "다수", "주변", "인근", "일대",
    // The stock actor of a kind of story: every science story has its research team, every
    // court story its bench, every broadcast its crew; the story names the one it means.
    "연구팀", "연구진", "재판부", "의료진", "취재진", "제작진", "수사팀", "조사팀",
    // Where a science story was published, as a kind: the story names the journal it means
    // (stop 42).
    "학술지", "국제학술지",
    // Seasons and the times of a forecast or a wire story: when, not what (stop 42).
    "여름철", "겨울철", "봄철", "가을철", "올여름", "올겨울", "평년", "현지시간", "전망치",
];

/// Particles that do not show a noun, because the same syllables end other words:
/// - 는, 은, 든 also end adnominal verb forms (들여오**는**, 작**은**);
/// - 이, 가, 로, 나, 도 also end adverbs and verb forms the stemmer cuts there (가까**이**,
///   들어**가**, 제대**로**, 살피다**가**, 해**도**);
/// - 라고, 라며, 라는 also quote a verb's imperative (씻으**라고**, 마시**라며**).
///
/// A name still shows itself with any other particle (를, 에서, 의, 와…), by being listed, or
/// with the subject particle in its right form (see `subject_particle`).
#[rustfmt::skip]
const AMBIGUOUS_NOUN_PARTICLES: &[&str] = &[
    "는", "은", "든",
    "이", "가", "로", "나", "도",
    "라고", "라며", "라는",
];

/// Whether a Hangul syllable ends in a final consonant that Korean nouns do not end in, only
/// verb and adjective stems: ㅎ, ㄶ, ㅀ, ㄵ, ㅆ (불어넣을, 괜찮은, 앉을, 했을).
fn ends_verb_stem(c: char) -> bool {
    matches!(jong(c), Some(27 | 6 | 15 | 5 | 20))
}

/// Whether a Hangul syllable ends in a consonant (a batchim: 원, 청; not 가, 다).
fn has_batchim(c: char) -> bool {
    jong(c).is_some_and(|j| j != 0)
}

/// Whether a word may end in `c` and still be a noun when seen bare: not the way verb forms
/// end — ㄴ, ㄹ or ㅆ (뜨거운, 나선, 이어질, 했), the infinitive vowels (따라, 늘어, 그쳐, 보내,
/// 바꿔; 하 alone ends no verb form, 빙하 is a noun), or a connective, adverb or particle
/// syllable the tokenizer left on a short word (열고, 없이, 것이, 불로, 숲의), or a connective
/// ending (늘어나니, 많은데, 오를수록).
fn ends_like_noun(c: char) -> bool {
    let (Some(vowel), Some(batchim)) = (jung(c), jong(c)) else {
        return true;
    };
    if batchim != 0 {
        // 록 ends -도록 and -ㄹ수록 (멀어질수록), which no unlisted noun does.
        return !matches!(batchim, 4 | 8 | 20) && c != '록';
    }
    c == '하' || !(matches!(vowel, 0 | 1 | 4 | 6 | 9 | 10 | 14) || LEFT_ON_SHORT_WORDS.contains(&c))
}

/// Connective, adverb and particle syllables the tokenizer leaves on a short word (열고, 없이,
/// 것이, 불로, 숲의, 늘어나니, 많은데): no noun seen bare ends in one.
const LEFT_ON_SHORT_WORDS: [char; 15] = [
    '고', '지', '게', '며', '서', '도', '다', '이', '히', '리', '기', '로', '의', '니', '데',
];

/// Whether `token` is a department in a person's title (윤 한양대 사회복지학과 교수는): the
/// tokenizer reads 학과 as 학 and the particle 과, and a quoted expert's department is where
/// they work, not what the story is about.
fn department_before_title(token: &Token, sentence: &str) -> bool {
    const TITLES: &[&str] = &[
        "교수",
        "부교수",
        "조교수",
        "명예교수",
        "석좌교수",
        "연구교수",
        "겸임교수",
        "초빙교수",
        "전문의",
        "박사",
        "연구팀",
        "학과장",
        "대학원생",
        "학생",
    ];
    token.kind == TokenKind::Hangul
        && sentence[..token.stem_end].ends_with('학')
        && &sentence[token.stem_end..token.end] == "과"
        && sentence[token.end..]
            .strip_prefix(' ')
            .is_some_and(|next| TITLES.iter().any(|t| next.starts_with(t)))
}

/// Whether a word that [`ends_like_noun`] rejects may still be a noun when it stands bare before
/// nouns again and again: it ends in ㄹ or in an infinitive vowel, as nouns do too (산불 현장,
/// 고독사 예방, 전기차 충전), but not in a connective, an adnominal ㄴ or ㅆ, or a syllable that
/// closes the common -아/-어 forms before a noun (이에 따라, 포함해, 걸쳐, 나아가).
fn may_end_a_noun(c: char) -> bool {
    if ends_like_noun(c) {
        return true;
    }
    let Some(batchim) = jong(c) else {
        return false;
    };
    match batchim {
        8 => !matches!(
            c,
            '을' | '를' | '할' | '될' | '질' | '날' | '갈' | '올' | '볼' | '줄' | '릴' | '낼'
        ),
        0 => {
            !LEFT_ON_SHORT_WORDS.contains(&c)
                && !matches!(
                    c,
                    '해' | '돼'
                        | '져'
                        | '쳐'
                        | '려'
                        | '혀'
                        | '겨'
                        | '워'
                        | '와'
                        | '라'
                        | '어'
                        | '아'
                        | '여'
                        | '가'
                        | '나'
                        | '야'
                        | '까'
                        | '봐'
                        | '내'
                        | '러'
                )
        }
        _ => false,
    }
}

/// Whether `suffix` after `stem` is the subject particle in the form Korean spelling gives
/// it: 이 after a consonant (부동산원이), 가 after a vowel (바이오가). The other readings have
/// the wrong form or a tell-tale stem: the adverb ending 이 follows vowels too (가까이), and 가
/// after 다 or a syllable in ㅓ/ㅕ is the ending -다가 or the verb 가다 after -어 (살피다가,
/// 들어가, 달려가).
fn subject_particle(stem: &str, suffix: &str) -> bool {
    let Some(last) = stem.chars().next_back() else {
        return false;
    };
    match suffix {
        "이" => has_batchim(last),
        "가" => !has_batchim(last) && last != '다' && !matches!(jung(last), Some(4 | 6)),
        _ => false,
    }
}

/// The particles that also end adnominal verb forms (좋**은**, 다루**는**).
const ADNOMINAL: &[&str] = &["는", "은", "든"];

/// Korean number words that end a written number before its counter (1천 명, 2천 곳).
const NUMBER_WORDS: &[char] = &['십', '백', '천', '만', '억', '조', '여'];

/// Whether an unlisted stem ends the way verbs made into nouns or cut before an ending do:
/// -기 after what is not a noun (줄이기를, 씻기와: a verb named as an action, which a reader
/// does not pick alone; 충전기 is 충전 + 기, a noun) and -하 (검토하라는: the light verb left on
/// its noun), and a stem whose last consonant only verbs end in (불어넣을: see `ends_verb_stem`).
/// Listed nouns ending so (전기, 지하) are nouns anyway.
fn is_verb_stem_form(stem: &str) -> bool {
    stem.chars().count() >= 2
        && (stem.ends_with('하')
            || stem.chars().next_back().is_some_and(ends_verb_stem)
            || stem
                .strip_suffix('기')
                .is_some_and(|rest| !nouns::is_noun(rest)))
}

/// Whether a word the tokenizer left whole is a verb form, which no noun is: a compound of 받다
/// or 없다 (발급받, 내려받, 관계없), a question in -느냐 (누르느냐) or -는지, or "only if, only then" in
/// -아야/-어야 or after a particle (들어가야, 떨어져야, 지나서야, 오후에야). Nouns in 야 have
/// another syllable before it (분야, 시야, 열대야, 히말라야, 나고야).
fn verb_form_left_whole(stem: &str) -> bool {
    // Read from the end, without collecting: this runs on every token of the text.
    let mut rev = stem.chars().rev();
    let (Some(last), Some(before)) = (rev.next(), rev.next()) else {
        return false;
    };
    let long = rev.next().is_some();
    (long && matches!(last, '받' | '없'))
        || stem.ends_with("느냐")
        // An indirect question (이뤄지는지, 달라지는지): -는지 ends no noun.
        || (long && stem.ends_with("는지"))
        || (long
            && last == '야'
            && matches!(
                before,
                '가' | '져'
                    | '려'
                    | '내'
                    | '돼'
                    | '서'
                    | '에'
                    | '해'
                    | '워'
                    | '와'
                    | '봐'
                    | '어'
                    | '아'
                    | '여'
                    | '겨'
                    | '쳐'
            ))
}

/// Whether the Latin word at `ti` is a unit written one space after a number (`100 Gbps`, `3
/// mK`, `1 TB`): it has a small letter or at most two letters. A name after a year keeps its
/// place (`2026 CES`).
fn latin_unit_after_number(tokens: &[Token], ti: usize, sentence: &str) -> bool {
    let token = &tokens[ti];
    if token.kind != TokenKind::Latin || ti == 0 {
        return false;
    }
    let before = &tokens[ti - 1];
    let word = &sentence[token.start..token.stem_end];
    before.kind == TokenKind::Number
        && sentence.get(before.end..token.start) == Some(" ")
        && (word.bytes().any(|b| b.is_ascii_lowercase()) || word.len() <= 2)
}

/// Adverbs whose last syllable the tokenizer takes for a particle, so that what is left looks
/// like a noun (제대로 → 제대, a listed noun; 가까이 → 가까): the whole word is matched, and
/// the stem (가까이에서 → 가까이).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "제대로", "함부로", "스스로", "새로이", "가까이", "같이", "많이", "널리",
    "일찍이", "틈틈이", "꾸준히", "고루", "두루", "더욱이", "비로소", "한꺼번에",
];

/// General words that measure rather than name: with a one-syllable prefix they stay general
/// (대규모, 월평균, 최고수준).
const MEASURES: &[&str] = &["규모", "평균", "수준", "최대", "최소"];

fn is_generic(stem: &str) -> bool {
    static SET: std::sync::OnceLock<StemMap<()>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        GENERIC
            .iter()
            .chain(MODIFIERS)
            .map(|s| (hash_stem(s), ()))
            .collect()
    })
    .contains_key(&hash_stem(stem))
        || (stem.ends_with('적') && stem.chars().count() >= 2)
        || is_distributive(stem)
        || is_measure(stem)
        || is_vague_number(stem)
}

/// -별 after a noun distributes over it (지역별, 연령별, 업종별): "by region" qualifies
/// figures, it is not what the story is about. Two-syllable words (특별, 차별) are nouns. The
/// same holds for -형 (type), -상 (in terms of), -용 (for) and -간 (between) after a noun of two
/// syllables or more (골목형, 법률상, 가정용, 부처간): they qualify a noun, they do not name one.
fn is_distributive(stem: &str) -> bool {
    let chars = stem.chars().count();
    if stem.ends_with('별') && chars >= 3 {
        return true;
    }
    chars >= 3
        && ['형', '상', '용', '간']
            .iter()
            .find_map(|&c| stem.strip_suffix(c))
            .is_some_and(nouns::is_noun)
}

/// A measure word behind a one-syllable prefix (대규모, 소규모, 월평균, 연평균).
fn is_measure(stem: &str) -> bool {
    let mut chars = stem.chars();
    chars.next().is_some_and(|c| !c.is_ascii()) && MEASURES.contains(&chars.as_str())
}

/// Vague numbers: 수 or 몇 before a number word (수십, 수백만, 몇천), or a count with -가량,
/// "about so much" (절반가량): a quantity, not a thing.
fn is_vague_number(stem: &str) -> bool {
    let mut chars = stem.chars();
    (matches!(chars.next(), Some('수' | '몇'))
        && matches!(chars.next(), Some('십' | '백' | '천' | '만' | '억')))
        || (stem.ends_with("가량") && stem.chars().count() >= 3)
}

/// How specific a stem is to this article, from 1 (not in the noun list: a name, a rare
/// word) down to 0.05⁴: the inverse document frequency over the noun list's articles, scaled
/// to 1 and raised to the fourth power, so that a noun found in one article in ten (추가, 기준)
/// ranks far below a name or a term of the story.
fn specificity(stem: &str) -> f64 {
    nouns::share(stem).map_or(1.0, |share| nouns::idf(share).max(0.05).powi(4))
}

struct Candidate {
    /// Byte range of the stem in the text.
    start: usize,
    stem_end: usize,
    /// Byte offset where the word (with its suffix) ends.
    word_end: usize,
    term: u32,
    sentence: u32,
    bare: bool,
    /// Whether this occurrence shows the stem is a noun (see the module docs).
    noun: bool,
    /// Whether this occurrence is a verbal noun used as the predicate (신설했다).
    light: bool,
}

/// Endings of one syllable that also end nouns (충전**기**, 관광**지**, 보고**서**): the tokenizer
/// strips them as verb endings from words of three syllables or more.
const NOUN_LIKE_ENDINGS: &[&str] = &["기", "지", "서"];

/// Whether a word the tokenizer cut before a one-syllable particle or ending is one noun, so
/// that the syllable belongs to it:
/// - the whole word occurs as a stem elsewhere in the text (카나나를 beside 카나나);
/// - the whole word is a listed noun (물놀이) while the cut stem is not (물놀);
/// - the word runs on into digits or Latin letters (코로나19): a particle ends a word;
/// - the syllable is 기, 지 or 서, which end verbs only after a verb stem, and what is left is
///   a noun (충전 + 기, 관광 + 지, 보고 + 서): after a noun they make a noun.
///
/// 은, 는 and 든 are never joined back: they end adnominal verb forms (좋은, 다루는), which a
/// noun list drawn from tagged text sometimes holds by mistake.
fn rejoins(token: &Token, sentence: &str, stems: &StemMap<()>) -> bool {
    let suffix = &sentence[token.stem_end..token.end];
    let stem = token.stem(sentence);
    let noun_ending = token.suffix == Suffix::Ending && NOUN_LIKE_ENDINGS.contains(&suffix);
    let particle = token.suffix == Suffix::Particle
        && suffix.chars().count() == 1
        && !ADNOMINAL.contains(&suffix);
    if !noun_ending && !particle {
        return false;
    }
    let whole = &sentence[token.start..token.end];
    runs_on(token, sentence)
        || stems.contains_key(&hash_stem(whole))
        || (nouns::share(whole).is_some() && !nouns::is_noun(stem))
        || (noun_ending && nouns::is_noun(stem))
        || (particle && suffix == "과" && names_a_department(stem, whole))
}

/// Whether `whole`, a noun and 과 ("and"), is a hospital's department (피부과, 소아청소년과,
/// 정신건강의학과, 이비인후과): listed, or a field of medicine that names one. A reader picks the
/// department, which the cut stem (소아청소년) is not (stop 42).
fn names_a_department(stem: &str, whole: &str) -> bool {
    (stem.chars().count() >= 2 && nouns::share(whole).is_some())
        || (stem.chars().count() >= 3
            && ["의학", "청소년", "인후", "비뇨기"]
                .iter()
                .any(|f| stem.ends_with(f)))
}

/// `tokens` with every word that mixes scripts with no space made one token (SK하이닉스, D램은,
/// QR코드를, 코로나19, 스페이스X, 팰컨9): the tokenizer cuts where the script changes, and each
/// piece alone is a fragment (SK, 램, 코로나) or a different word (코드, 스페이스). The joined
/// token counts as Latin (a noun, never a verb form) and keeps the last piece's particle. A
/// number ends a joined word but opens none: after it come counters and units (5천대, 20대,
/// 500m), so 5G stays apart too.
fn join_scripts(tokens: &[Token], text: &str, out: &mut Vec<Token>) {
    out.clear();
    // The kind of the last piece read, which a joined token no longer shows.
    let mut piece = TokenKind::Other;
    for (i, &token) in tokens.iter().enumerate() {
        let previous = std::mem::replace(&mut piece, token.kind);
        let glued_to_next = |t: &Token| {
            tokens
                .get(i + 1)
                .is_some_and(|n| n.start == t.end && n.kind == TokenKind::Hangul)
        };
        if let Some(last) = out.last_mut() {
            // A number opens no joined word: before Hangul it is a count (5천대), before Latin
            // a measure (500m, 38t); nor is one inside a word joined (형사13부: a division).
            let scripts_change = previous != token.kind
                && matches!(previous, TokenKind::Hangul | TokenKind::Latin)
                && match token.kind {
                    TokenKind::Hangul | TokenKind::Latin => true,
                    TokenKind::Number => !glued_to_next(&token),
                    TokenKind::Other => false,
                };
            // Glued: the word goes on where the last piece ends, whatever the tokenizer took
            // for its particle (코로나19 is read 코로 + 나 before the digits); and the word
            // starts a word of the text, not after a symbol (㎾h당 is a unit's).
            if scripts_change && last.end == token.start && starts_a_word(text, last.start) {
                last.end = token.end;
                last.kind = TokenKind::Latin;
                if token.suffix == Suffix::Ending {
                    // No verb follows a Latin piece glued to it: the tokenizer's ending is a
                    // noun's syllable and a particle (LG전자는 is 전자 + 는, not 전 + 자는).
                    let piece = &text[token.start..token.end];
                    let syllables = piece.chars().count();
                    let particle = crate::token::particle_len(piece)
                        .filter(|&n| n < syllables)
                        .map_or(0, |n| n * '가'.len_utf8());
                    last.stem_end = token.end - particle;
                    last.suffix = if particle > 0 {
                        Suffix::Particle
                    } else {
                        Suffix::None
                    };
                } else {
                    last.stem_end = token.stem_end;
                    last.suffix = token.suffix;
                }
                continue;
            }
        }
        out.push(token);
    }
}

/// Whether the word at byte `start` of `text` starts after a space, an opening quote or
/// bracket, or at the start.
fn starts_a_word(text: &str, start: usize) -> bool {
    text[..start].chars().next_back().is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '"' | '\'' | '‘' | '“' | '「' | '『' | '《' | '〈' | '<' | '·' | ','
            )
    })
}

/// Whether a Hangul word runs on into digits or Latin letters (코로나19, 갤럭시S): a product or
/// a name, so a noun.
fn runs_on(token: &Token, sentence: &str) -> bool {
    token.kind == TokenKind::Hangul
        && sentence[token.end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
}

fn is_candidate(token: &Token, text: &str) -> bool {
    let chars = token.stem_chars(text);
    let ok = match token.kind {
        // A word that is all particle or ending (카카오 측은: 측 + 은, left uncut) is grammar.
        TokenKind::Hangul => {
            chars >= 2 && token.suffix != Suffix::Ending && !is_all_suffix(token.stem(text))
        }
        TokenKind::Latin => chars >= 2,
        TokenKind::Number | TokenKind::Other => false,
    };
    let stem = token.stem(text);
    ok && !is_stopword(stem) && !DETERMINERS.contains(&stem) && !past_noun_form(stem)
}

/// The noun form of a verb in the past (만들어졌음을, 확인했음에도, 늘었음): a clause made a
/// noun, which names nothing a reader lists. No noun ends in ㅆ + 음.
fn past_noun_form(stem: &str) -> bool {
    let mut rev = stem.chars().rev();
    rev.next() == Some('음') && rev.next().and_then(crate::text::jong) == Some(crate::text::J_SS)
}

/// Determiners, which pick a thing out and name none (어느 은하, 모든 학생, 여러 기관): no
/// reader writes one as a keyword or at the head of one. Kept here, not in the tokenizer's
/// stopwords, which the summariser's sentence graph also reads: there a shared 모든 or 여러 still
/// links two sentences as it did.
const DETERMINERS: &[&str] = &[
    "갖은",
    "그러한",
    "그런",
    "몇몇",
    "모든",
    "어느",
    "어떤",
    "여러",
    "온갖",
    "이러한",
    "이런",
    "저러한",
    "저런",
];

/// The top `n` keywords of `text`, whose sentences are `sentences`.
pub fn keywords(text: &str, sentences: &[Span], n: usize) -> Vec<Keyword> {
    keywords_titled(text, sentences, None, n)
}

/// The top `n` keywords of an article with the given headline: stems of the headline count as
/// if they opened the text (the headline names the subject), though only the body's words are
/// returned.
pub fn keywords_titled(
    text: &str,
    sentences: &[Span],
    title: Option<&str>,
    n: usize,
) -> Vec<Keyword> {
    keywords_with_entities(text, sentences, title, &[], n)
}

/// The tokens of each sentence in order, then those of the title when there is one: what
/// [`keywords_tokenized`] and [`ranked_terms`] read.
fn tokenize(text: &str, sentences: &[Span], title: Option<&str>) -> TokenLists {
    let mut tokens = TokenLists::default();
    for sentence in sentences {
        tokens.push(sentence.slice(text));
    }
    if let Some(title) = title {
        tokens.push(title);
    }
    tokens
}

/// The top `n` keywords of an article with the given headline and the entities found in it
/// (grouped, as [`crate::Analysis::groups`]): named people, organisations, places and artifacts
/// are candidates too, and the model of [`learned`] weighs them against the ranked terms. This
/// is what [`crate::analyze`] returns when it finds entities.
pub fn keywords_with_entities(
    text: &str,
    sentences: &[Span],
    title: Option<&str>,
    groups: &[Group],
    n: usize,
) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    let tokens = tokenize(text, sentences, title);
    keywords_tokenized(text, sentences, title, &tokens, groups, n)
}

/// [`keywords_with_entities`] with the tokens already found: `tokens` holds those of each
/// sentence in order, then those of the title when there is one.
pub(crate) fn keywords_tokenized(
    text: &str,
    sentences: &[Span],
    title: Option<&str>,
    tokens: &TokenLists,
    groups: &[Group],
    n: usize,
) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    // Ranking looks up every stem, and more than once: the hashed list pays for itself.
    nouns::load();
    let page = page_parts(text, sentences);
    let ranked = ranked_terms(
        text,
        sentences,
        title,
        tokens,
        &page,
        n.max(learned::RANKED),
    );
    let groups = story_groups(text, sentences, &page, groups);
    let story: Vec<&str> = sentences.iter().map(|s| s.slice(text)).collect();
    learned::rerank(&ranked, &groups, title, &story, layout(text, sentences), n)
}

/// Each sentence's byline, dateline and address parts (see [`crate::clean::page_parts`]), byte
/// ranges within the sentence: the page's words, not the story's.
fn page_parts(text: &str, sentences: &[Span]) -> Vec<Vec<(usize, usize)>> {
    sentences
        .iter()
        .map(|s| crate::clean::page_parts(s.slice(text)))
        .collect()
}

/// The entity groups with a mention in the story: a reporter or an agency named only in a
/// byline or an address (`page`, from [`page_parts`]) is no keyword.
fn story_groups<'g>(
    text: &str,
    sentences: &[Span],
    page: &[Vec<(usize, usize)>],
    groups: &'g [Group],
) -> Cow<'g, [Group]> {
    let mut masked: Vec<(usize, usize)> = Vec::new();
    for (sentence, parts) in sentences.iter().zip(page) {
        let s = sentence.slice(text);
        for &(a, b) in parts {
            let start = sentence.char_start + s[..a].chars().count();
            masked.push((start, start + s[a..b].chars().count()));
        }
    }
    if masked.is_empty() {
        return Cow::Borrowed(groups);
    }
    let inside = |m: &[usize; 2]| masked.iter().any(|&(a, b)| a <= m[0] && m[1] <= b);
    Cow::Owned(
        groups
            .iter()
            .filter(|g| !g.mentions.iter().all(inside))
            .cloned()
            .collect(),
    )
}

/// What [`learned::features`] needs to know of the text to place a candidate in it.
fn layout(text: &str, sentences: &[Span]) -> learned::Layout {
    let first = sentences.first();
    // The last sentence's end gives the text's length in chars without reading it again: only
    // whitespace or page lines no sentence holds can follow it.
    let last = sentences.last();
    learned::Layout {
        bytes: last.map_or(text.len(), |s| s.byte_end),
        chars: last.map_or(0, |s| s.char_end),
        first_end_byte: first.map_or(0, |s| s.byte_end),
        first_end_char: first.map_or(0, |s| s.char_end),
    }
}

/// The candidates of an article and their features, for fitting the trees of
/// [`learned::model`]: what [`keywords_with_entities`] scores, before it scores them.
pub fn candidate_features(
    text: &str,
    sentences: &[Span],
    title: Option<&str>,
    groups: &[Group],
) -> Vec<(learned::Candidate, [f64; learned::FEATURES])> {
    let tokens = tokenize(text, sentences, title);
    let page = page_parts(text, sentences);
    let ranked = ranked_terms(text, sentences, title, &tokens, &page, learned::RANKED);
    let groups = story_groups(text, sentences, &page, groups);
    let candidates = learned::candidates(&ranked, &groups, layout(text, sentences));
    let story: Vec<&str> = sentences.iter().map(|s| s.slice(text)).collect();
    let x = learned::features(&candidates, title, &story);
    candidates.into_iter().zip(x).collect()
}

/// The top `n` stems and phrases by the graph ranking (see the module docs), before the
/// learned re-ranking, each with the byte offset where it first occurs.
fn ranked_terms(
    text: &str,
    sentences: &[Span],
    title: Option<&str>,
    tokens: &TokenLists,
    page: &[Vec<(usize, usize)>],
    n: usize,
) -> Vec<(Keyword, usize)> {
    if n == 0 {
        return Vec::new();
    }
    let mut in_title: StemMap<()> = StemMap::default();
    if let Some(title) = title {
        let mut joined = Vec::new();
        join_scripts(tokens.get(sentences.len()), title, &mut joined);
        for token in &joined {
            in_title.insert(hash_stem(token.stem(title)), ());
        }
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut terms: StemMap<u32> = StemMap::default();
    let mut surfaces: Vec<(usize, usize)> = Vec::new();
    // The stems of the whole text, so that a noun the tokenizer cut (카나나 → 카나, read as
    // 카나 + the particle 나) is joined again when the uncut form occurs too (카나나를 → 카나나).
    let mut stems: StemMap<()> = StemMap::default();
    for (si, sentence) in sentences.iter().enumerate() {
        let sentence_text = sentence.slice(text);
        for token in tokens.get(si) {
            stems.insert(hash_stem(token.stem(sentence_text)), ());
        }
    }
    let mut joined = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let sentence_text = sentence.slice(text);
        join_scripts(tokens.get(si), sentence_text, &mut joined);
        let tokens = &joined[..];
        let base = sentence.byte_start;
        // A byline's or an address's words are the page's, not the story's.
        let page = &page[si];
        // Whether each token belongs to a written number (5천대, 1천, 5만ha).
        let mut numeric = vec![false; tokens.len()];
        for ti in 0..tokens.len() {
            numeric[ti] = tokens[ti].kind == TokenKind::Number
                || (ti > 0 && numeric[ti - 1] && tokens[ti - 1].end == tokens[ti].start);
        }
        for (ti, token) in tokens.iter().enumerate() {
            let mut token = *token;
            // A word joined again is a noun: the list or the text holds it whole (물놀이).
            let rejoined = rejoins(&token, sentence_text, &stems);
            if rejoined {
                token.stem_end = token.end;
                token.suffix = Suffix::None;
            }
            let token = &token;
            if page
                .iter()
                .any(|&(a, b)| a <= token.start && token.start < b)
            {
                continue;
            }
            if !is_candidate(token, sentence_text)
                || numeric[ti]
                || ADVERBS.contains(&&sentence_text[token.start..token.end])
                || ADVERBS.contains(&token.stem(sentence_text))
            {
                continue;
            }
            // A counter after a number written with a number word: 1천 명당, 15만 명이.
            let before: Vec<char> = sentence_text[..token.start]
                .trim_end()
                .chars()
                .rev()
                .take(2)
                .collect();
            if before.len() == 2 && before[1].is_ascii_digit() && NUMBER_WORDS.contains(&before[0])
            {
                continue;
            }
            if latin_unit_after_number(tokens, ti, sentence_text)
                || department_before_title(token, sentence_text)
                || verb_form_left_whole(token.stem(sentence_text))
            {
                continue;
            }
            let (start, stem_end) = (base + token.start, base + token.stem_end);
            let stem = &text[start..stem_end];
            let suffix = &sentence_text[token.stem_end..token.end];
            let light = token.suffix == Suffix::LightVerb;
            // Listed nouns, and unlisted stems that carry a particle only nouns take (names the
            // list cannot hold: 카카오를, 정신아는 is ambiguous, 정신아를 is not).
            let noun = match token.kind {
                TokenKind::Latin => true,
                _ => {
                    rejoined
                        || nouns::is_sure_noun(stem)
                        || runs_on(token, sentence_text)
                        || (token.suffix == Suffix::Particle
                            && (!AMBIGUOUS_NOUN_PARTICLES.contains(&suffix)
                                || subject_particle(stem, suffix))
                            && !is_verb_stem_form(stem))
                }
            };
            let next = terms.len() as u32;
            let term = *terms.entry(hash_stem(stem)).or_insert(next);
            if term == next {
                surfaces.push((start, stem_end));
            }
            candidates.push(Candidate {
                start,
                stem_end,
                word_end: base + token.end,
                term,
                sentence: si as u32,
                bare: token.suffix == Suffix::None,
                noun,
                light,
            });
        }
    }
    let m = terms.len();
    if m == 0 {
        return Vec::new();
    }

    // Co-occurrence edges within the window, as a sorted, merged list.
    let mut edges: Vec<(u32, u32)> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        for d in candidates[i + 1..].iter().take(WINDOW) {
            if d.sentence != c.sentence || d.term == c.term {
                continue;
            }
            edges.push((c.term, d.term));
            edges.push((d.term, c.term));
        }
    }
    edges.sort_unstable();
    // The same edges in compressed rows, a repeated pair counted in its weight.
    let mut offsets = vec![0usize; m + 1];
    let mut weighted: Vec<(u32, f64)> = Vec::with_capacity(edges.len());
    let mut last = None;
    for &(a, b) in &edges {
        if last == Some((a, b)) {
            if let Some(edge) = weighted.last_mut() {
                edge.1 += 1.0;
            }
        } else {
            weighted.push((b, 1.0));
            offsets[a as usize + 1] += 1;
        }
        last = Some((a, b));
    }
    for t in 0..m {
        offsets[t + 1] += offsets[t];
    }
    let mut count = vec![0usize; m];
    let mut noun = vec![false; m];
    let mut light = vec![0usize; m];
    // PositionRank's restart weights: the sum over occurrences of 1 / (1 + sentence index).
    let mut early = vec![0.0f64; m];
    for c in &candidates {
        count[c.term as usize] += 1;
        noun[c.term as usize] |= c.noun;
        light[c.term as usize] += usize::from(c.light);
        early[c.term as usize] += 1.0 / (1.0 + c.sentence as f64);
    }
    // A bare word right before a noun modifies it as a noun does (빙하 아래, 신종 미생물), unless
    // it ends the way verb forms do (뜨거운 물, 나선 후보, 늘어 온): see `ends_like_noun`.
    // A bare word written one space before the next candidate of its sentence.
    let adjacent = |a: &Candidate, b: &Candidate| {
        a.sentence == b.sentence
            && a.bare
            && a.word_end + 1 == b.start
            && text.as_bytes()[a.word_end] == b' '
    };
    let mut before_noun = vec![false; m];
    let mut modifies = vec![0u32; m];
    for pair in candidates.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if adjacent(a, b) && noun[b.term as usize] {
            let last = text[a.start..a.stem_end].chars().next_back();
            if last.is_some_and(ends_like_noun) {
                before_noun[a.term as usize] = true;
            } else if last.is_some_and(may_end_a_noun) {
                modifies[a.term as usize] += 1;
            }
        }
    }
    for t in 0..m {
        noun[t] |= before_noun[t] || modifies[t] >= 2;
    }
    // A bare word written two times or more, every time right before the same noun, is the
    // front of a fixed name (비대면 진료, 온라인 쇼핑몰), whatever its last syllable: an adnominal
    // verb form is written before other nouns too. It heads that phrase only, never alone.
    // The noun each word first stands before, and how often it stands before that one: every
    // time when that is its count.
    let mut fixed_before: Vec<Option<(u32, usize)>> = vec![None; m];
    for (i, a) in candidates.iter().enumerate() {
        let t = a.term as usize;
        let Some(b) = candidates
            .get(i + 1)
            .filter(|b| adjacent(a, b) && noun[b.term as usize])
        else {
            continue;
        };
        match &mut fixed_before[t] {
            None => fixed_before[t] = Some((b.term, 1)),
            Some((term, n)) if *term == b.term => *n += 1,
            Some(_) => {}
        }
    }
    let fixed_head = |t: usize| {
        let (s, e) = surfaces[t];
        let last = text[s..e].chars().next_back();
        !noun[t]
            && fixed_before[t].is_some_and(|(_, n)| n >= 2 && n == count[t])
            && !is_verb_stem_form(&text[s..e])
            // Adnominal verb forms (열린, 바른, 새로운) and the genitive (밤의).
            && !last.is_some_and(|c| {
                matches!(
                    c,
                    '은' | '는'
                        | '던'
                        | '운'
                        | '된'
                        | '한'
                        | '린'
                        | '른'
                        | '진'
                        | '난'
                        | '든'
                        | '쓴'
                        | '큰'
                        | '긴'
                        | '온'
                        | '의'
                )
            })
    };
    for (t, &(s, e)) in surfaces.iter().enumerate() {
        if in_title.contains_key(&hash_stem(&text[s..e])) {
            early[t] += 1.0;
        }
    }
    let graph = rank::Sparse {
        offsets: &offsets,
        edges: &weighted,
    };
    let walk = rank::Walk {
        damping: 0.85,
        rounds: 50,
        // Ranks only order the terms: far below the gaps between them, stop.
        tolerance: 1e-6,
        start: rank::Start::Uniform,
    };
    let rank = rank::pagerank(graph, &early, &walk);
    let score: Vec<f64> = (0..m)
        .map(|t| {
            let (s, e) = surfaces[t];
            let general = if is_generic(&text[s..e]) {
                GENERIC_WEIGHT
            } else {
                1.0
            };
            rank[t] * (1.0 + count[t] as f64).ln() * general * specificity(&text[s..e])
        })
        .collect();

    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let top: Vec<bool> = {
        let mut top = vec![false; m];
        for &t in order.iter().take(2 * n) {
            top[t] = true;
        }
        top
    };

    // Phrases: a bare top stem followed, after one space, by another top stem or by any noun
    // that names something (플랫폼 노동자: the head is a top stem, 노동자 is too common to be
    // one), written so at least twice (written once, a pair is more often two keywords than one
    // phrase).
    let names_alone =
        |c: &Candidate| noun[c.term as usize] && !is_generic(&text[c.start..c.stem_end]);
    //
    // A pair whose second word, every time, is bare and modifies a following noun is the front
    // of a longer name (AI 전담 조직, 인플루엔자 의심 환자), not a phrase of its own.
    let mut phrases: StemMap<(usize, usize, u32, u32, usize, usize)> = StemMap::default();
    for (i, pair) in candidates.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let cut_short = candidates
            .get(i + 2)
            .is_some_and(|c| adjacent(b, c) && noun[c.term as usize]);
        // A noun before a verb made noun (쓰레기 줄이기) names an action, not a thing.
        let head = (noun[a.term as usize] || fixed_head(a.term as usize))
            && !is_generic(&text[a.start..a.stem_end])
            && (noun[b.term as usize] || !is_verb_stem_form(&text[b.start..b.stem_end]));
        if adjacent(a, b)
            && head
            && top[a.term as usize]
            && (top[b.term as usize] || names_alone(b))
            && !MODIFIERS.contains(&&text[b.start..b.stem_end])
        {
            let key = hash_stem(&text[a.start..b.stem_end]);
            let entry = phrases
                .entry(key)
                .or_insert((a.start, b.stem_end, a.term, b.term, 0, 0));
            entry.4 += 1;
            entry.5 += usize::from(cut_short);
        }
    }
    let mut out: Vec<(Keyword, usize)> = Vec::new();
    let mut used = vec![false; m];
    let mut phrase_list: Vec<_> = phrases
        .into_values()
        .filter(|p| p.4 >= 2 && p.5 < p.4)
        .collect();
    phrase_list.sort_by_key(|p| p.0);
    for (start, end, a, b, times, _) in phrase_list {
        let (sa, sb) = (score[a as usize], score[b as usize]);
        out.push((
            Keyword {
                text: text[start..end].to_string(),
                score: sa + sb,
                count: times,
            },
            start,
        ));
        // A word written at least half the time inside the phrase is said by the phrase.
        used[a as usize] |= count[a as usize] <= 2 * times;
        used[b as usize] |= count[b as usize] <= 2 * times;
    }
    // Alone, a stem must be a noun that names something: not a general word, and not mostly
    // an action (a verbal noun used as the predicate: 신설했다, 발표했다).
    let alone = |t: usize| {
        let (s, e) = surfaces[t];
        noun[t] && !is_generic(&text[s..e]) && 2 * light[t] < count[t]
    };
    for t in order {
        if !used[t] && alone(t) {
            let (s, e) = surfaces[t];
            out.push((
                Keyword {
                    text: text[s..e].to_string(),
                    score: score[t],
                    count: count[t],
                },
                s,
            ));
        }
    }
    out.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
    out.truncate(n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split;

    #[test]
    fn the_subject_ranks_first_and_predicates_are_left_out() {
        let text = "카카오가 AI 조직을 신설했다. 카카오는 AI 조직을 두 팀으로 나눴다. \
                    카카오의 AI 사업은 속도를 낸다.";
        let sentences = split(text);
        let words = keywords(text, &sentences, 5);
        let names: Vec<&str> = words.iter().map(|k| k.text.as_str()).collect();
        assert!(names[..2].contains(&"카카오"), "{names:?}");
        assert!(
            names.contains(&"AI 조직"),
            "phrases join adjacent top stems: {names:?}"
        );
        assert!(!names.iter().any(|w| w.starts_with("나눴")), "{names:?}");
        assert!(words.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn adverbs_determiners_and_bare_jeok_words_are_not_keywords() {
        let text = "두 은행은 서로 협력한다. 서로 다른 두 은행이 새로운 상품을 낸다. \
                    새로운 상품은 생산적 협력의 결과다. 생산적 협력으로 두 은행의 상품이 는다. \
                    은행은 서로 생산적이다.";
        let sentences = split(text);
        let words = keywords(text, &sentences, 10);
        let names: Vec<&str> = words.iter().map(|k| k.text.as_str()).collect();
        for bad in ["서로", "새로운", "생산적", "생산"] {
            assert!(!names.contains(&bad), "{bad} in {names:?}");
        }
        assert!(names.contains(&"은행"), "{names:?}");
    }

    #[test]
    fn past_noun_forms_are_not_keywords() {
        // Written after the rule, on a story of no keyword set.
        let text = "조사단은 성벽이 한꺼번에 무너졌음을 확인했다. 성벽이 무너졌음에도 관리청은 \
                    보수를 미뤘다. 무너졌음을 알린 주민은 성벽 보수를 요구했다. 관리청은 성벽 \
                    보수 예산을 늘렸다.";
        let sentences = split(text);
        let names: Vec<String> = keywords(text, &sentences, 10)
            .into_iter()
            .map(|k| k.text)
            .collect();
        assert!(
            !names.iter().any(|n| n.starts_with("무너졌음")),
            "{names:?}"
        );
        assert!(names.iter().any(|n| n.contains("성벽")), "{names:?}");
    }

    #[test]
    fn a_department_keeps_its_gwa_and_journals_and_seasons_are_general() {
        // Written after the rules (stop 42), on a story of no keyword set.
        let text = "이비인후과 전문의들이 겨울철 중이염 환자가 늘었다고 밝혔다. 이비인후과 \
                    진료 인원은 절반가량 늘었다. 재활의학과 교수팀은 중이염 치료 결과를 \
                    국제학술지에 실었다. 국제학술지 편집진은 중이염 치료를 주목했다. \
                    겨울철 중이염은 재활의학과 진료와도 이어진다.";
        let names = names(text);
        assert!(names.iter().any(|n| n == "이비인후과"), "{names:?}");
        assert!(names.iter().any(|n| n == "재활의학과"), "{names:?}");
        let subject = names.iter().position(|n| n.starts_with("중이염"));
        assert!(subject.is_some(), "{names:?}");
        for cut in ["이비인후", "재활의학", "절반가량"] {
            assert!(!names.iter().any(|n| n == cut), "{cut} in {names:?}");
        }
        // General words are kept but ranked below what the story is about.
        let rank = |w: &str| names.iter().position(|n| n == w);
        for general in ["국제학술지", "겨울철"] {
            assert!(
                rank(general).is_none_or(|r| Some(r) > subject),
                "{general} before 중이염 in {names:?}"
            );
        }
    }

    #[test]
    fn no_phrase_ends_in_a_relative_position_or_an_adverb() {
        // Written after the rule (stop 42), on a story of no keyword set.
        let text = "탐사대는 남극 빙붕 아래 호수를 찾았다. 빙붕 아래 호수에는 미생물이 산다. \
                    빙붕 아래 미생물은 호수 바닥에서 자란다. 빙붕은 관측 이래 가장 얇다. \
                    빙붕 미생물 연구는 관측 이래 가장 길다.";
        let names = names(text);
        assert!(names.iter().any(|n| n.contains("빙붕")), "{names:?}");
        for bad in ["빙붕 아래", "이래 가장", "관측 이래"] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
    }

    #[test]
    fn verb_fragments_are_not_keywords_and_cut_nouns_are_joined() {
        let text = "해수욕장 물놀이 안전요원이 늘었다. 물놀이 사고가 가까운 바다에서 잦다. \
                    해수욕장은 가까운 곳에 안전요원을 더 둔다.";
        let sentences = split(text);
        let names: Vec<String> = keywords(text, &sentences, 10)
            .into_iter()
            .map(|k| k.text)
            .collect();
        assert!(names.iter().any(|n| n == "물놀이"), "{names:?}");
        assert!(
            !names.iter().any(|n| n == "물놀" || n == "가까"),
            "{names:?}"
        );
        assert!(names.iter().any(|n| n == "해수욕장"), "{names:?}");
    }

    #[test]
    fn bylines_and_addresses_in_given_sentences_are_no_keywords() {
        // Written after the rule, on a story of no keyword set.
        let text =
            "(부산=연합뉴스) 손하람 기자 = 부산항 신항의 환적 화물이 처음으로 1천만 TEU를 넘었다. \
                    부산항만공사는 환적 화물이 늘어난 데 힘입어 신항 부두를 2곳 더 짓기로 했다. \
                    부산항만공사 관계자는 환적 화물 유치를 위해 선사 지원을 늘리겠다고 말했다. \
                    손하람 기자 haram@example.co.kr";
        let sentences = split(text);
        let names: Vec<String> = keywords(text, &sentences, 10)
            .into_iter()
            .map(|k| k.text)
            .collect();
        assert!(names.iter().any(|n| n.contains("부산항")), "{names:?}");
        for page in ["손하람", "연합뉴스", "example", "haram"] {
            assert!(
                !names.iter().any(|n| n.contains(page)),
                "{page} in {names:?}"
            );
        }
        // An entity named only in the byline goes; one the story names stays.
        let group = |name: &str, at: usize| Group {
            label: crate::entity::Label::PS,
            name: name.to_string(),
            count: 1,
            mentions: vec![[at, at + name.chars().count()]],
        };
        let story = text.chars().count() - 40;
        let groups = [group("손하람", 11), group("부산항만공사", story)];
        let kept = story_groups(text, &sentences, &page_parts(text, &sentences), &groups);
        let kept: Vec<&str> = kept.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(kept, ["부산항만공사"]);
    }

    #[test]
    fn photo_credits_in_given_sentences_are_no_keywords() {
        // Written after the rule (stop 31), on a story of no keyword set.
        let text = "강원 평창군이 올림픽 10주년을 맞아 스키점프 경기장을 시민에게 개방한다. \
                    평창군은 경기장 전망대와 봅슬레이 트랙을 주말마다 무료로 공개하기로 했다. \
                    ▲ 평창 알펜시아 스키점프 경기장 전경. 사진=뉴시스 \
                    평창군 관계자는 경기장 활용 방안을 찾겠다고 밝혔다. \
                    ▲ 봅슬레이 트랙을 걷는 시민들 (사진 제공=평창군청)";
        let names = names(text);
        assert!(names.iter().any(|n| n.contains("평창")), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("뉴시스")), "{names:?}");
        let sentences = split(text);
        let page: Vec<Vec<(usize, usize)>> = page_parts(text, &sentences);
        let credited: Vec<&str> = sentences
            .iter()
            .zip(&page)
            .flat_map(|(s, parts)| parts.iter().map(|&(a, b)| &s.slice(text)[a..b]))
            .collect();
        assert_eq!(credited, ["사진=뉴시스", "사진 제공=평창군청"]);
    }

    #[test]
    fn units_after_numbers_are_not_keywords() {
        let text = "서울시가 따릉이 5천대를 늘린다. 대여소를 300곳에 새로 짓는다. \
                    따릉이 이용은 1천 명당 40건이다.";
        let sentences = split(text);
        let names: Vec<String> = keywords(text, &sentences, 10)
            .into_iter()
            .map(|k| k.text)
            .collect();
        for bad in ["천대", "곳을", "명당", "건이"] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
        assert!(names.iter().any(|n| n == "대여소"), "{names:?}");
    }

    #[test]
    fn latin_units_after_numbers_are_not_keywords() {
        // Written after the rule.
        let text = "연구진은 테라헤르츠 통신으로 100 Gbps 속도를 냈다. 테라헤르츠 장비는 \
                    1 TB 자료를 옮겼고 소비 전력은 3 kW였다. 2026 CES에서 테라헤르츠 장비를 \
                    공개한다. 테라헤르츠 통신은 100 Gbps를 넘는다.";
        let names = names(text);
        for unit in ["Gbps", "TB", "kW"] {
            assert!(!names.iter().any(|n| n == unit), "{unit} in {names:?}");
        }
        assert!(names.iter().any(|n| n == "CES"), "{names:?}");
    }

    fn names(text: &str) -> Vec<String> {
        let sentences = split(text);
        keywords(text, &sentences, 10)
            .into_iter()
            .map(|k| k.text)
            .collect()
    }

    #[test]
    fn particles_that_also_end_verbs_and_adverbs_do_not_show_a_noun() {
        // 달려가 (달려 + 가), 헛되이 (헛되 + 이), 바르라고 (바르 + 라고).
        let text = "등산객이 산장으로 달려가 쉬었다. 등산객은 산장에서 헛되이 기다렸다. \
                    산장 주인은 등산객에게 연고를 바르라고 권했다. 산장의 등산객이 늘었다.";
        let names = names(text);
        for bad in ["달려", "헛되", "바르"] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
        assert!(names.iter().any(|n| n == "산장"), "{names:?}");
        assert!(names.iter().any(|n| n == "등산객"), "{names:?}");
    }

    #[test]
    fn the_subject_particle_in_its_spelled_form_shows_a_name() {
        // 한울연구원이, 미르솔가: made-up names seen only as subjects.
        assert!(subject_particle("한울연구원", "이"));
        assert!(!subject_particle("미르솔", "가"));
        assert!(subject_particle("미르소", "가"));
        // The adverb ending 이 after a vowel (깨끄 + 이, as a stemmer cuts 깨끄이) is no subject,
        // nor 가 after 다 or -어 (머물다가, 건너가).
        assert!(!subject_particle("깨끄", "이"));
        assert!(!subject_particle("머물다", "가"));
        assert!(!subject_particle("건너", "가"));
        let text = "한울연구원이 새 배터리를 공개했다. 한울연구원이 만든 배터리는 가볍다. \
                    배터리 수명은 두 배로 늘었다.";
        let names = names(text);
        assert!(names.iter().any(|n| n == "한울연구원"), "{names:?}");
    }

    #[test]
    fn a_bare_word_before_a_noun_is_a_noun_unless_it_ends_like_a_verb() {
        // 해담: a made-up place name, only ever written bare before a noun.
        let text = "해담 해변에 관광객이 몰렸다. 해담 해변의 뜨거운 모래가 관광객을 막았다. \
                    늘어 온 관광객은 해담 해변의 그늘을 찾았다. 뜨거운 모래에 그늘이 줄었다.";
        let names = names(text);
        // As a noun it can head a phrase: 해담 해변, written three times.
        assert!(names.iter().any(|n| n.starts_with("해담")), "{names:?}");
        for bad in ["뜨거운", "늘어"] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
        for (c, noun) in [
            ('담', true),
            ('솔', false),
            ('하', true),
            ('운', false),
            ('어', false),
            ('고', false),
            // Written after the connective endings were added (stop 21).
            ('록', false),
            ('니', false),
            ('데', false),
            ('국', true),
        ] {
            assert_eq!(ends_like_noun(c), noun, "{c}");
        }
    }

    #[test]
    fn a_word_written_bare_before_nouns_again_and_again_is_a_noun() {
        // Written after the rule (stop 27), with made-up words: 솔내차 ends like an infinitive
        // (사 줘), 벼락불 like an adnominal in ㄹ, and both stand only before nouns, three times.
        let text = "솔내차 판매가 석 달째 늘었다. 솔내차 충전소는 아직 모자란다. \
                    벼락불 피해는 산간에 몰렸다. 벼락불 진화에 헬기가 나섰다. \
                    정부는 솔내차 보조금을 늘리고 벼락불 감시 인력을 두기로 했다.";
        let found = names(text);
        for good in ["솔내차", "벼락불"] {
            assert!(
                found.iter().any(|n| n.starts_with(good)),
                "{good} in {found:?}"
            );
        }
        // The -아/-어 forms that stand before nouns in every story stay out, however often.
        let text = "이에 따라 정부는 요금을 올렸다. 이에 따라 업계는 반발했다. \
                    수도권을 포함해 전국 공장이 멈췄다. 부산을 포함해 항만 노조가 파업했다. \
                    이에 따라 항만 물류가 끊겼다.";
        let found = names(text);
        for bad in ["따라", "포함해"] {
            assert!(!found.iter().any(|n| n.contains(bad)), "{bad} in {found:?}");
        }
    }

    #[test]
    fn a_quoted_experts_department_is_no_keyword() {
        // Written after the rule (stop 27): the department before a title is where the expert
        // works; the same discipline as the story's subject stays a candidate.
        let text = "해양미생물학 연구가 활기를 띠고 있다. 박서연 한빛대 해양미생물학과 교수는 \
                    해양미생물학이 새 항생제의 보고라고 말했다. 김도윤 새솔대 도시공학과 \
                    부교수는 해양미생물학 연구비가 늘었다고 밝혔다. 해양미생물학 학회도 커졌다.";
        let found = names(text);
        assert!(!found.iter().any(|n| n == "도시공학"), "{found:?}");
        assert!(found.iter().any(|n| n == "해양미생물학"), "{found:?}");
    }

    #[test]
    fn connective_verb_forms_before_a_noun_are_not_keywords() {
        // Written after the rule: each form is bare before a noun, twice, and unlisted.
        let text = "기온이 내려갈수록 난방 수요가 커진다. 기온이 내려갈수록 난방 요금도 오른다. \
                    비가 그치니 등산객 발길이 늘었다. 비가 그치니 등산객 주차장이 붐볐다.";
        let names = names(text);
        for bad in ["내려갈수록", "그치니"] {
            assert!(!names.iter().any(|n| n.contains(bad)), "{bad} in {names:?}");
        }
    }

    #[test]
    fn words_that_are_all_grammar_and_qualifying_derivations_are_not_keywords() {
        let text =
            "한빛전자 측은 가정용 로봇을 내놓았다. 한빛전자 측은 가정용 로봇이 팔린다고 했다. \
                    로봇 판매는 지역별로 갈렸다.";
        let names = names(text);
        for bad in ["측은", "한빛전자 측은", "가정용", "지역별"] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
        assert!(names.iter().any(|n| n == "로봇"), "{names:?}");
        assert!(is_distributive("업무용") && !is_distributive("대통령"));
        assert!(is_distributive("골목형"), "골목형");
    }

    #[test]
    fn a_top_noun_joins_a_following_common_noun_written_twice_into_a_phrase() {
        // 드론 is the subject; 드론 조종사 written twice is the phrase a reader picks.
        let text = "드론 조종사의 자격 시험이 바뀐다. 국토부는 드론 조종사 시험을 늘린다. \
                    드론 비행 구역은 넓다. 드론 산업이 크다.";
        let names = names(text);
        assert!(names.iter().any(|n| n == "드론 조종사"), "{names:?}");
        // 드론 is written four times, two of them in the phrase: the phrase says it.
        assert!(!names.iter().any(|n| n == "드론"), "{names:?}");
    }

    #[test]
    fn verb_forms_left_whole_are_no_candidates() {
        // Written after the rule (stop 34).
        for form in ["다운받", "어이없", "먹어봐야", "끝나서야", "고르느냐"] {
            assert!(verb_form_left_whole(form), "{form}");
        }
        // Written after the -는지 rule (stop 35).
        for form in ["지켜지는지", "줄어드는지", "바뀌는지"] {
            assert!(verb_form_left_whole(form), "{form}");
        }
        for noun in ["분야", "시야", "열대야", "파타야", "가야", "코리아"] {
            assert!(!verb_form_left_whole(noun), "{noun}");
        }
    }

    #[test]
    fn a_determiner_heads_no_phrase() {
        // Written after the rule (stop 35): 어느 and 여러 stand twice before the same noun, as
        // the front of a fixed name would.
        let text = "어느 마을에 우물이 있다. 어느 마을에 다시 가 보았다. 여러 기관이 조사했다. \
                    여러 기관이 결과를 냈다. 우물 물이 깨끗했다.";
        let found = names(text);
        for bad in ["어느", "여러"] {
            assert!(
                !found.iter().any(|n| n.starts_with(bad)),
                "{bad} in {found:?}"
            );
        }
    }

    #[test]
    fn a_bare_word_always_before_the_same_noun_heads_a_phrase() {
        // Written after the rule (stop 34): 저출산 and 탈탄소 are in no noun list, never written
        // with a particle, and end in ㄴ like an adnominal verb form, yet each stands every time
        // before one noun.
        let text = "저출산 대책이 나왔다. 정부는 저출산 대책을 더 늘린다. 저출산 대책의 효과가 \
                    문제다. 탈탄소 전환이 빨라졌다. 기업들은 탈탄소 전환을 서두른다.";
        let fronted = names(text);
        assert!(fronted.iter().any(|n| n == "저출산 대책"), "{fronted:?}");
        assert!(fronted.iter().any(|n| n == "탈탄소 전환"), "{fronted:?}");
        assert!(
            !fronted.iter().any(|n| n == "저출산" || n == "탈탄소"),
            "{fronted:?}"
        );
        // An adnominal verb form before the same noun twice is no name (열린 광장).
        let text = "열린 광장에 시민이 모였다. 시민들은 열린 광장을 걸었다. 광장 축제가 열렸다.";
        let picked = names(text);
        assert!(!picked.iter().any(|n| n == "열린 광장"), "{picked:?}");
    }

    #[test]
    fn the_front_of_a_longer_name_is_no_phrase() {
        // 수소 충전 is always followed by 설비: the two words are the front of 수소 충전 설비.
        let text = "수소 충전 설비가 늘었다. 정부는 수소 충전 설비를 더 짓는다. \
                    수소 버스와 수소 버스 노선이 는다.";
        let names = names(text);
        assert!(!names.iter().any(|n| n == "수소 충전"), "{names:?}");
        assert!(names.iter().any(|n| n == "수소 버스"), "{names:?}");
    }

    #[test]
    fn nominalised_verbs_are_not_keywords() {
        let text = "구청이 쓰레기 줄이기에 나섰다. 주민들은 쓰레기 줄이기와 분리배출을 배운다. \
                    구청은 분리배출 돕기를 늘린다.";
        let names = names(text);
        assert!(
            is_verb_stem_form("끼워넣")
                && is_verb_stem_form("내려놓")
                && !is_verb_stem_form("도서관")
        );
        for bad in ["줄이기", "돕기"] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
        assert!(names.iter().any(|n| n == "쓰레기"), "{names:?}");
    }

    #[test]
    fn a_word_running_on_into_digits_is_not_cut_and_adnominals_are_not_joined() {
        // A made-up product name that ends in a particle syllable: 루미나 (루미 + 나). Since
        // stop 30 the name is whole, its number included (see `join_scripts`).
        let text = "루미나2 출시가 다가왔다. 회사는 루미나2를 이달 판다. \
                    루미나2 예약은 좋은 반응을 얻었다. 예약 고객은 좋은 평을 남겼다.";
        let names = names(text);
        assert!(names.iter().any(|n| n == "루미나2"), "{names:?}");
        assert!(!names.iter().any(|n| n == "루미"), "{names:?}");
        assert!(!names.iter().any(|n| n == "좋은"), "{names:?}");
    }

    #[test]
    fn words_that_mix_scripts_are_one_candidate() {
        // Written after the rule (stop 30).
        let text =
            "SK하이닉스와 LG유플러스는 D램을 팔고 'K팝' 공연과 갤럭시S 판매, 팰컨9 발사와 5G를 \
                    본다 형사13부 500m ㎾h당 3천대";
        let mut joined = Vec::new();
        join_scripts(&crate::token::tokenize(text), text, &mut joined);
        let stems: Vec<&str> = joined.iter().map(|t| t.stem(text)).collect();
        for stem in ["SK하이닉스", "LG유플러스", "D램", "K팝", "갤럭시S", "팰컨9"] {
            assert!(stems.contains(&stem), "{stem} in {stems:?}");
        }
        // A number opens no joined word, and one inside a word is not joined; a unit after a
        // symbol is no word.
        for stem in ["5G", "형사13", "형사13부", "500m", "h당", "3천대"] {
            assert!(!stems.contains(&stem), "{stem} in {stems:?}");
        }
    }

    #[test]
    fn nouns_ending_in_a_verb_ending_syllable_are_joined_again() {
        let text = "세척기 판매가 늘었다. 가전 매장은 세척기를 앞에 둔다. \
                    여행사는 휴양지 상품을 판다. 휴양지 예약이 몰렸다.";
        let names = names(text);
        for good in ["세척기", "휴양지"] {
            assert!(names.iter().any(|n| n == good), "{good} not in {names:?}");
        }
        assert!(
            !names.iter().any(|n| n == "세척" || n == "휴양"),
            "{names:?}"
        );
    }

    #[test]
    fn the_stock_actor_of_a_story_is_general() {
        let court =
            "창원지법 형사2부는 공사비를 부풀린 혐의로 기소된 하청업체 대표에게 징역 2년을 \
                     선고했다. 재판부는 하청업체 대표가 공사비 4억원을 부풀렸다고 봤다. 재판부는 \
                     하청업체가 피해를 일부 갚은 점을 참작했다. 공사비 부풀리기는 3년간 이어졌다.";
        let picked = names(court);
        assert!(!picked.iter().any(|n| n == "재판부"), "{picked:?}");
        assert!(picked.iter().any(|n| n == "공사비"), "{picked:?}");
        let lab = "해솔대 연구팀은 바닷물에서 리튬을 거르는 막을 만들었다. 연구팀은 막을 \
                   염전 해수에 넣어 시험했다. 연구진은 리튬 회수율이 두 배로 올랐다고 밝혔다. \
                   연구팀은 막의 수명을 늘리는 연구를 이어간다.";
        let names = names(lab);
        for general in ["연구팀", "연구진"] {
            assert!(
                !names.iter().any(|n| n == general),
                "{general} in {names:?}"
            );
        }
        assert!(names.iter().any(|n| n == "리튬"), "{names:?}");
    }

    #[test]
    fn a_general_word_stays_general_when_the_tagger_names_it() {
        // Written after the rule: the tagger may read 재판부 as an organisation.
        let text = "해솔지법 형사1부는 보조금을 가로챈 업체 대표에게 징역 1년을 선고했다. \
                    재판부는 보조금 2억원이 사적으로 쓰였다고 봤다. 재판부는 업체가 보조금을 \
                    일부 갚은 점을 참작했다.";
        let sentences = split(text);
        let at = |w: &str| {
            let b = text.find(w).unwrap();
            let c = text[..b].chars().count();
            [c, c + w.chars().count()]
        };
        let groups = vec![crate::entity::alias::Group {
            label: crate::Label::OG,
            name: "재판부".to_string(),
            count: 2,
            mentions: vec![at("재판부")],
        }];
        let picked: Vec<String> = keywords_with_entities(text, &sentences, None, &groups, 10)
            .into_iter()
            .map(|k| k.text)
            .collect();
        assert!(!picked.iter().any(|n| n == "재판부"), "{picked:?}");
        assert!(picked.iter().any(|n| n == "보조금"), "{picked:?}");
    }

    #[test]
    fn an_adverb_cut_before_its_particle_is_no_noun() {
        // Written after 한꺼번에 was listed with the adverbs.
        let text = "승객들이 한꺼번에 몰리면서 에스컬레이터가 멈췄다. 에스컬레이터 승객 12명이 \
                    다쳤다. 공사는 에스컬레이터 점검을 한꺼번에 하겠다고 밝혔다.";
        let picked = names(text);
        assert!(
            !picked.iter().any(|n| n.starts_with("한꺼번")),
            "{picked:?}"
        );
    }

    #[test]
    fn pronouns_adverbs_day_counts_and_measures_are_general() {
        let text = "누구나 장터를 직접 찾는다. 장터는 사흘 동안 대규모 할인을 연다. \
                    상인들은 품목별 할인을 수백 가지 내놓는다. 월평균 방문객은 제대로 늘지 않았다. \
                    장터 할인은 가까이에서 누구든 누린다. 장터 방문객이 사흘 만에 늘었다.";
        let names = names(text);
        for bad in [
            "누구",
            "직접",
            "사흘",
            "대규모",
            "품목별",
            "수백",
            "월평균",
            "제대",
            "가까이",
        ] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
        assert!(names.iter().any(|n| n == "장터"), "{names:?}");
        assert!(names.iter().any(|n| n == "방문객"), "{names:?}");
        for (word, general) in [
            ("지역별", true),
            ("특별", false),
            ("소규모", true),
            ("수천만", true),
            ("수산물", false),
            ("규모", true),
        ] {
            assert_eq!(is_generic(word), general, "{word}");
        }
    }
}
