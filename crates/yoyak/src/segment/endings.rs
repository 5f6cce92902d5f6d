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

mod tables;

use self::tables::{ADVERBS, FINAL2, LINKING_WORDS, NOT_FINAL2, NOUNS, WEAK_NOUNS};
use super::brackets::is_closer;
use crate::keywords::nouns::is_sure_listed;
use crate::text::{is_hangul, jong};

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

pub(super) const J_N: u32 = 4; // ㄴ
pub(super) const J_NH: u32 = 6; // ㄶ
pub(super) const J_L: u32 = 8; // ㄹ
const J_LB: u32 = 11; // ㄼ
pub(super) const J_LH: u32 = 15; // ㅀ
pub(super) const J_M: u32 = 16; // ㅁ, the final of every noun form
const J_B: u32 = 17; // ㅂ
pub(super) const J_BS: u32 = 18; // ㅄ
const J_S: u32 = 19; // ㅅ
pub(super) use crate::text::J_SS;
pub(super) const J_NG: u32 = 21; // ㅇ
pub(super) const J_J: u32 = 22; // ㅈ
pub(super) const J_T: u32 = 25; // ㅌ
pub(super) const J_P: u32 = 26; // ㅍ
pub(super) const J_H: u32 = 27; // ㅎ

/// The last syllables of adjectives in -ㅂ다 (무섭다, 그립다, 어렵다, 귀엽다, 춥다), whose plain
/// form and hearsay close a sentence where the verbs in -ㅂ다 (잡다, 입다) link.
pub(super) const B_ADJECTIVES: [char; 15] = [
    '섭', '립', '겁', '갑', '렵', '깝', '럽', '롭', '쉽', '덥', '춥', '맵', '밉', '엽', '곱',
];

fn in_table(table: &[[char; 2]], a: char, b: char) -> bool {
    table.binary_search(&[a, b]).is_ok()
}

/// Classifies the end of `core`, a word stripped of trailing punctuation, closing brackets and
/// emoticons.
pub(crate) fn classify(core: &str) -> Ending {
    // The last three chars, newest first; only Hangul syllables count.
    let mut it = core.chars().rev();
    let s1 = match it.next() {
        Some(c) if is_hangul(c) => c,
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
            | '움'
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
            | '봄'
            | '줌'
            | '둠'
            | '림'
            | '셈'
            | '대'
            | '니'
            | '뻔'
            | '롱'
    ) {
        return Ending::Other;
    }
    let s2 = it.next().filter(|&c| is_hangul(c));
    let s3 = s2.and_then(|_| it.next()).filter(|&c| is_hangul(c));
    let j2 = s2.and_then(jong);
    let Some(p) = s2 else {
        // A one-syllable word (다 "all", 네 "yes", 요, 나 "I") is rarely an ending on its own.
        return match s1 {
            '혀' | '겨' | '햐' | '봐' => Ending::Weak,
            // The bound noun of "almost" after -ㄹ (`죽을 뻔 다음엔`), 뻔했다 cut short.
            '뻔' => Ending::Weak,
            // 유명하다고 함, 추천 함: a spaced 함 closes a note-style sentence.
            '함' => Ending::Strong,
            // 비 올 듯, 갈 듯: the casual guess that closes a post's sentence (but 할 듯 말 듯).
            '듯' if core.chars().count() == 1 => Ending::Weak,
            // The copula's noun form after a figure or a Latin word: D-14임, 3만원임, OK임.
            '임' if core.chars().count() > 1 => Ending::Weak,
            // Hearsay of a quote (`"나 못해"래`): nouns in 래 (원래, 거래) take no quote mark.
            '래' if hearsay_of_a_quote(core) => Ending::Strong,
            _ => Ending::Other,
        };
    };
    // A listed place that ends like a verb (에스파냐, 케냐, 캐나다) ends nothing; nor does a
    // foreign name in 루냐, 로냐 or 파냐 (카탈루냐, 볼로냐, 라코루냐), where a question in -냐 has a
    // verb's stem (부르냐, 모르냐, 아프냐).
    if crate::entity::reading::is_place(core)
        || (core.chars().count() >= 3 && ["루냐", "로냐", "파냐"].iter().any(|n| core.ends_with(n)))
    {
        return Ending::Other;
    }
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
    // A verb of going or becoming in its bare form, with no tense (지나가다, 높아지다): in
    // prose it closes a sentence with a full stop, so without one it is the connective
    // -다(가) ("지나가다 들렀는데"), as 하다 is (see the module docs). Adjectives end in 지다
    // too (멋지다, 값지다), so 지다 only after the 아/어 of "become" (높아지다, 늘어지다).
    // The causative verbs in -우다/-추다 (키우다, 세우다, 낮추다, 맞추다), which no adjective
    // shares, link even before a word that often opens a sentence ("아이를 재우다 나도 모르게
    // 잠들었다"): without a full stop they are the connective.
    if matches!((p, s1), ('우' | '추', '다')) {
        return Ending::Connective;
    }
    // The -아/-어 form with 다(가), fetching or carrying before what is done with it (`가져다
    // 주셨다`, `바닷물을 끌어다 데운`, `물어다 쌓더니`): no sentence ends so. Over every gold file
    // 24 inside and no end (`python3 benches/split/counts.py eoda`; stop 40).
    if s1 == '다'
        && s3.is_some()
        && matches!(
            p,
            '어' | '아' | '여' | '와' | '워' | '져' | '줘' | '쳐' | '겨' | '혀'
        )
    {
        return Ending::Connective;
    }
    if (p, s1) == ('가', '다')
        || ((p, s1) == ('지', '다') && matches!(s3, Some('아' | '어' | '워' | '와' | '해' | '여')))
    {
        return Ending::Weak;
    }
    if NOUNS.binary_search(&core).is_ok() || core.ends_with("포함") || in_table(NOT_FINAL2, p, s1)
    {
        return Ending::Other;
    }
    if LINKING_WORDS.binary_search(&core).is_ok() || ADVERBS.binary_search(&core).is_ok() {
        return Ending::Connective;
    }
    if s1 == '요' && (is_listed_yo_noun(core) || (s3.is_none() && yo_noun_of_two(p))) {
        return Ending::Other;
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
        // A loanword noun in -ㄴ다 (베란다, 아젠다) is listed; a verb in -ㄴ다 is not.
        '다' if j2 == Some(J_N) && s3.is_some() && is_sure_listed(core) => Ending::Other,
        '다' => match j2 {
            Some(J_SS) | Some(J_N) | Some(J_BS) => Ending::Strong,
            _ if past_typed_with_s(p, s3) => Ending::Strong,
            _ => Ending::Weak,
        },
        '요' | '죠' | '쥬' => Ending::Strong,
        '까' => match j2 {
            Some(J_L) => Ending::Strong,
            _ => Ending::Weak,
        },
        // -구나 (남았구나, 이런 거구나; not 누구나, "anyone") and -려나 (괜찮으려나, 오려나), a
        // wondering: after the past or future marker -구나 only closes a sentence (or a thought
        // quoted with 싶다); otherwise both close one before a word that opens the next.
        '나' if p == '구' && s3 != Some('누') => {
            if s3.and_then(jong) == Some(J_SS) {
                Ending::Strong
            } else {
                Ending::Weak
            }
        }
        '나' if p == '려' && s3.is_some() => Ending::Weak,
        // The casual copula -이지 after a noun in a consonant (`역시 국밥이지`, `국룰이지`), which
        // `notes::decide` reads with the words after it.
        '지' if super::notes::copula_ji(core) => Ending::Weak,
        '네' | '군' | '나' | '소' | '재' | '제' | '지' => {
            if matches!(j2, Some(J_SS) | Some(J_BS)) || (s1 == '나' && j2 == Some(J_S)) {
                Ending::Strong // 했네, 겠군, 있나, 긋나, 했소, 없재, 았제, 겠지
            } else if s1 == '네'
                && (matches!(p, '하' | '되' | '같' | '거')
                    || matches!(jong(p), Some(J_H | J_NH | J_LH)))
            {
                // 너무하네, 되네, 같네, 거네, and a stem in ㅎ, ㄶ or ㅀ (좋네, 많네, 괜찮네,
                // 싫네): no noun ends so, and a remark in -네 closes whatever follows (stop 55:
                // over every gold file 38 ends and 5 inside: before a laugh or an emoji that
                // stays with it, inside a quote, or before 싶다, which goes on; `python3
                // benches/split/pairs.py '.*[하되같거좋많않찮싫옳놓넣쌓닿낳]네'`).
                Ending::Strong
            } else if (s1 == '지' && matches!(p, '하' | '되' | '같' | '좋' | '않' | '거'))
                // Hearsay: 17만 원이라네, 온다네.
                || (s1 == '네' && matches!(p, '라' | '다'))
            {
                Ending::Weak
            } else if (s1 == '소' && p == '갑')
                || (s1 == '네' && p == '시' && s3.and_then(jong) == Some(0))
            {
                // 갑소; the honorific's 시네 on a stem in a vowel or 으 (하시네, 있으시네), as
                // with -신대.
                Ending::Strong
            } else {
                Ending::Other
            }
        }
        '냐' => Ending::Strong,
        // Hearsay in -대 (했대, 없대, 된대): no noun ends so; 시대, 반대, 군대 do not follow ㅆ,
        // ㅄ or 된. Not after 는: -는대 is as often -는데 misspelt (내렸다는대, 오는대), which
        // goes on.
        '대' if matches!(j2, Some(J_SS) | Some(J_BS)) || p == '된' => Ending::Strong,
        // -는대 after a verb stem in a consonant (닫는대, 늦는대, 받는대, 먹는대) is hearsay: a
        // stem in a vowel takes -ㄴ대 (간대), so 가는대, 하는대 are -는데 misspelt, as are 있는대,
        // 없는대, 했는대 (hearsay 있대, 했대) and the quoted 다는대, 라는대.
        '대' if p == '는'
            && s3
                .and_then(jong)
                .is_some_and(|j| j != 0 && j != J_SS && j != J_BS) =>
        {
            Ending::Strong
        }
        // Hearsay of a change, -아/-어진대 (괜찮아진대, 추워진대): no noun ends so.
        '대' if p == '진' && s3.is_some_and(is_infinitive) => Ending::Strong,
        // Hearsay of an adjective on its stem (좋대, 많대, 싫대, 똑같대, 깊대, 짧대; 춥대, 어렵대,
        // 귀엽대; 낫대) or of the honorific 하시/으시 (친하시대, 좋으시대): the finals ㅎ, ㄶ, ㅀ,
        // ㅌ, ㅍ and ㄼ before 대 end no noun, nor do the ㅂ-syllables of adjectives
        // (입대, 법대, 십대 have others); 시대 after 하 or 으 is no era. 11 ends and 2 inside in
        // the gold files, both before a laugh that goes with the sentence (`adjective-dae`).
        '대' if matches!(j2, Some(J_H | J_NH | J_LH | J_T | J_P | J_LB))
            // Not 립: 국립대, 사립대 are universities.
            || (B_ADJECTIVES.contains(&p) && p != '립')
            || p == '낫'
            || (p == '시' && matches!(s3, Some('하' | '으'))) =>
        {
            Ending::Strong
        }
        // Hearsay of the adjectives in -프다 and -쁘다 (`첫 주가 젤 아프대`, `바쁘대`, `예쁘대`):
        // no noun ends so.
        '대' if matches!(p, '프' | '쁘') && s3.is_some() => Ending::Strong,
        // -ㄴ대 after a verb's stem (걸린대, 배운대, 들어간대): the stem is on the derived verb
        // list, so the word is no noun in ㄴ대 (계산대, 해운대, 인대); or after the honorific
        // 시 on a stem in a vowel or 으 (주신대, 하신대, 먹으신대), where the universities in
        // 신대 have a consonant (한신대, 총신대).
        '대' if j2 == Some(J_N)
            && ((p == '신' && s3.and_then(jong) == Some(0))
                || super::notes::hearsay_after_a_listed_verb(core)) =>
        {
            Ending::Strong
        }
        // A question in -니 after the past or future marker (보냈니, 있었니, 하겠니); the
        // connective is -(으)니 (했으니, 보니), never after ㅆ.
        '니' if j2 == Some(J_SS) => Ending::Strong,
        // The same with the copula (`'선택'이래`); and a reported order after a verb of the
        // derived list (바르래, 기다리래: 바름, 기다림), whose stem no noun in 래 has.
        // After a stem in a consonant the order is -으래 (끊으래, 먹으래), which ends no noun;
        // nor do the order of 하다 (허벅지로 하래, 공부하래) and the hearsay of 아니다 (아니래).
        '래' if hearsay_of_a_quote(core)
            || super::notes::order_after_a_listed_verb(core)
            || (p == '으' && s3.is_some())
            || p == '하'
            || core.ends_with("아니래") =>
        {
            Ending::Strong
        }
        '가' => match p {
            '는' | '은' | '인' | '던' | '한' => Ending::Strong,
            _ => Ending::Other,
        },
        // A name in 지유 (`손녀 지유`, `우리 지유`): the dialect's -지유 has a stem before it
        // (했지유, 그렇지유).
        '유' if core.chars().count() == 2 && p == '지' => Ending::Other,
        '유' => match p {
            '아' | '어' | '해' | '봐' | '와' | '워' | '세' | '네' | '게' | '지' | '데' | '래'
            | '거' | '예' | '에' | '겨' | '되' | '돼' | '줘' | '져' | '셔' | '여' => {
                Ending::Strong
            }
            _ => Ending::Other,
        },
        // -용 after a listed noun means "for" (제어용, 업무용), not a cute 요 (먹어용).
        '용' if is_sure_listed(&core[..core.len() - '용'.len_utf8()]) => Ending::Other,
        '용' => match p {
            '네' | '해' | '어' | '아' | '에' | '세' | '게' | '죠' | '지' | '까' | '래' | '데'
            | '요' | '여' => Ending::Strong,
            _ => Ending::Other,
        },
        // 할께 (a misspelt 할게, never adverbial); but 분들께, 선생님들께: the honorific 께 after
        // the plural 들. Not after a day or a month, where 께 is "around" (`12월께`, `오는 29일께 결과를`).
        '께' if j2 == Some(J_L) && !matches!(p, '들' | '월' | '일') => Ending::Strong,
        // A promise on a stem no adverbial -게 shares: 할게, 줄게, 볼게, 갈게, 올게 (the adverbs
        // are 하게, 주게, 보게), and -을게 after a stem in a consonant (잊을게, 걷을게; the adverb
        // is 잊게). And 둘게, 올릴게, 시킬게 (두게, 올리게, 시키게; stop 47: 8 ends and none inside
        // over every gold file), not 칠게: 거칠게 is an adverb.
        '게' if matches!(
            p,
            '할' | '줄' | '볼' | '갈' | '올' | '될' | '낼' | '쓸' | '둘' | '릴' | '킬'
        ) || (p == '을' && s3.is_some_and(is_hangul)) =>
        {
            Ending::Strong
        }
        // The ㄹ-stems' promise (살게, 알게) is also the adverbial 게 of 살게 되다, 길게 잡다.
        '게' if j2 == Some(J_L) => Ending::Weak,
        '랑' if p == '걸' => Ending::Strong,
        '먼' if p == '구' => Ending::Strong,
        // -구먼 written -구만, after the past or the copula (`했구만`, `27,000원이구만`); a noun
        // with 만 "only" (`직구만`, `친구만`) has neither before 구.
        '만' if p == '구' && (s3 == Some('이') || s3.and_then(jong) == Some(J_SS)) => {
            Ending::Strong
        }
        // After a noun that ends in a vowel the copula is 라 alone (새벽 비행기라, 휴가라), also
        // in 기, which a dialect's 기라 ends in otherwise (나간기라).
        '라' if jong(p) == Some(0)
            && core.chars().count() >= 3
            && is_sure_listed(&core[..core.len() - '라'.len_utf8()]) =>
        {
            Ending::Connective
        }
        '라' if p == '기' => Ending::Strong, // 나간기라 (dialect)
        // -지 마라 typed as one word (`믿지마라`, `잊지마라`): an order; no noun ends so, and
        // the place names in 지마 (사쿠라지마) take no 라 (stop 55: 3 ends in the reviews, one
        // inside before a face that stays with it; `python3 benches/split/pairs.py '.+지마라'
        // --reviews tune,held,next,third,fourth,fifth,sixth`).
        '라' if p == '마' && s3 == Some('지') => Ending::Strong,
        // A noun with the copula's -이라 (처음이라, 주말이라, 전셋집이라): "as it is", a clause
        // that gives the reason for what follows.
        '라' if p == '이' && s3.and_then(jong).is_some_and(|j| j != 0) => Ending::Connective,
        // After any other open syllable but a verb's, 라 is that copula too (한 달째라, 당일치기라,
        // 붙은 거라): an order is -아라/-어라 (와라, 해라, 가라), -주라, 마라, or the recollection
        // -더라/-드라. Unpunctuated, such a 라 ended 2 sentences in the gold files and sat inside
        // 2,733; the verbs' ended 329 (`python3 benches/split/counts.py copula-ra`, `order-ra`).
        '라' if jong(p) == Some(0)
            && !is_infinitive(p)
            && !matches!(
                p,
                '더' | '드'
                    | '주'
                    | '가'
                    | '마'
                    | '자'
                    | '타'
                    | '서'
                    | '내'
                    | '보'
                    | '오'
                    | '하'
                    | '나'
            ) =>
        {
            Ending::Connective
        }
        '라' => Ending::Weak,
        '됨' => Ending::Strong,
        // The noun form of an auxiliary after -아/-어 (해봄, 먹어봄, 알려줌, 사둠, 끝나버림):
        // 봄 (spring), 줌 and 둠 are nouns only on their own, and 버림 rarely is.
        '봄' | '줌' | '둠' if is_infinitive(p) => Ending::Weak,
        '림' if p == '버' => Ending::Weak,
        // The note-style imperative (하지 마셈, 가 보셈, 끓이셈, 넣으셈), which only ends a
        // sentence: a verb stem without a final consonant before it. The nouns (덧셈, 뺄셈,
        // 곱셈, 나눗셈, 속셈, 어림셈) and the bound noun 셈 glued to an adnominal (이긴셈, 할셈)
        // have a final consonant or are listed.
        '셈' if j2 == Some(0) => Ending::Strong,
        // 뻔함 after -ㄹ is "almost did" (놓칠 뻔함), and alone "is obvious" (결과가 뻔함): both
        // only end a sentence.
        '함' if core == "뻔함" => Ending::Strong,
        '함' => Ending::Weak, // 안좋아함, but also nouns: 상큼함 그 자체
        '음' => match (j2, p) {
            // 했음; 괜찮음, 많음, 싫음 (ㄶ, ㅀ end adjectives, no noun).
            (Some(J_SS | J_NH | J_LH), _) | (_, '않' | '같' | '좋' | '싫' | '없' | '있') => {
                Ending::Strong
            }
            // 먹음, 예쁨음 (the noun-form style of notes and posts), but also nouns (울음).
            _ => Ending::Weak,
        },
        // Cute spellings of blog posts: 했당, 했습니당, 좋아욤, 했어염, 했징.
        '당' | '징' if j2 == Some(J_SS) || p == '니' => Ending::Strong,
        // The copula written so after a noun (`100일이당`, `생일이당`); not "per" after a noun
        // in 이 (`단위 길이당`, `나이당`).
        '당' if p == '이'
            && s3.is_some_and(is_hangul)
            && !crate::keywords::nouns::is_noun(&core[..core.len() - '당'.len_utf8()]) =>
        {
            Ending::Strong
        }
        // -지롱, a teasing -지 (`샀지롱`, `비밀이지롱`): no noun ends so.
        '롱' if p == '지' && s3.is_some() => Ending::Strong,
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
        // -잖아, "you know", only ever ends a sentence (치잖아, 했잖아).
        '아' if p == '잖' => Ending::Strong,
        // The past or future marker before casual 어 (했어, 좋았어, 이었어, 하겠어): no clause
        // links with -ㅆ어 (its links are whole words: 했어도, 했어야), so it ends the sentence.
        // Not 있어, the verb itself, which links too (맛있어 보인다).
        '어' if j2 == Some(J_SS) && p != '있' => Ending::Strong,
        // 만든 is 만들다's adnominal (세종이 만든 글자), not the casual -든.
        '든' if p == '만' => Ending::Other,
        // -거든, "you see", the casual reason given after the fact (`결제했거든`, `머리 아프거든`),
        // ends its sentence in every gold file but one: there it is the conditional "if" of an
        // order (`무섭거든 이 자리를 비켜나서 … 있어라`), which rarely follows the past tense.
        '든' if p == '거' && s3.is_some() => {
            if s3.and_then(jong) == Some(J_SS) {
                Ending::Strong
            } else {
                Ending::Weak
            }
        }
        '어' | '아' | '야' | '여' | '워' | '봐' | '해' | '혀' | '겨' | '햐' | '듯' | '임'
        | '구' | '래' | '든' => Ending::Weak,
        // The noun form of an adjective in ㅂ (아쉬움, 어려움, 귀여움): a note's end before a word
        // that opens a sentence; a noun elsewhere (어려움 속에서).
        '움' => Ending::Weak,
        // 하자, 보자; most other words in 자 are nouns (전자, 투자, 기자).
        '자' if matches!(p, '하' | '보' | '가' | '먹' | '해') => Ending::Weak,
        _ => Ending::Other,
    }
}

/// Whether a word of two syllables in 요 is a noun by its first syllable (담요, 동요, 강요, 풍요):
/// a verb's 요 follows an ending, and no ending of one syllable closes on a consonant but ㄴ, ㄹ or
/// ㅆ (전요, 할걸요, 했요), nor do the casual 듯요 and 좀요.
fn yo_noun_of_two(first: char) -> bool {
    jong(first).is_some_and(|j| !matches!(j, 0 | J_N | J_L | J_SS)) && !matches!(first, '듯' | '좀')
}

/// Whether `core` is a noun in 요 (민요, 전통민요, 수요): it is a listed noun or a compound of
/// listed nouns whose last two syllables are a noun of the list found in two articles or more
/// (왜요, listed once, is the question). 가요 stays the polite 가요 of 가다 ("학교 가요").
fn is_listed_yo_noun(core: &str) -> bool {
    use crate::keywords::nouns::{article_count, is_noun};
    let Some((cut, _)) = core.char_indices().rev().nth(1) else {
        return false;
    };
    let last_two = &core[cut..];
    last_two != "가요" && article_count(last_two).is_some_and(|df| df >= 2) && is_noun(core)
}

/// Whether `core`, a word in 래, reports a quote: a closing quote mark or bracket before 래 or
/// before the copula's 이래 (`"나 못해"래`, `'선택'이래`).
fn hearsay_of_a_quote(core: &str) -> bool {
    let mut rev = core.chars().rev().skip(1);
    match rev.next() {
        Some('이') => rev.next().is_some_and(is_closer),
        Some(q) => is_closer(q),
        None => false,
    }
}

/// Whether `p`, the syllable before -다, is a past or future marker typed with ㅅ for ㅆ, as
/// casual posts and reviews do (`먹엇다`, `포기햇다`, `봣다`, `줫겟다`): syllables no verb stem in
/// -ㅅ다 ends in (벗다, 젓다, 짓다 are not among them), but 빼앗다 (stop 53).
fn past_typed_with_s(p: char, before: Option<char>) -> bool {
    matches!(
        p,
        '엇' | '앗'
            | '엿'
            | '햇'
            | '봣'
            | '왓'
            | '갓'
            | '겟'
            | '쳣'
            | '졋'
            | '렷'
            | '켯'
            | '혓'
            | '셧'
            | '줫'
            | '됏'
            | '놧'
            | '텃'
    ) && !(p == '앗' && before == Some('빼'))
}

/// Whether `c` ends the -아/-어 form a Korean auxiliary verb follows (해, 먹어, 알려, 사와, 남겨,
/// 고쳐, 밝혀, 버텨, 견뎌, 싸 주다, 써 보다).
pub(crate) fn is_infinitive(c: char) -> bool {
    // Not 켜: 켜짐 is also a noun (화면 켜짐 시간).
    matches!(
        c,
        '해' | '어'
            | '아'
            | '여'
            | '와'
            | '워'
            | '져'
            | '려'
            | '봐'
            | '줘'
            | '써'
            | '놔'
            | '사'
            | '싸'
            | '겨'
            | '쳐'
            | '혀'
            | '텨'
            | '뎌'
    )
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
        assert!(ADVERBS.windows(2).all(|w| w[0] < w[1]));
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
