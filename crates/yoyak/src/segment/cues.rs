//! Word lists about the word after a candidate boundary.
//!
//! Written by hand from Korean grammar, not from the tuning data: the quotative and auxiliary
//! words that continue a sentence after a quote or an ending ("..."하며, 그렇다 쳐, 먹어 보니),
//! and the conjunctions, interjections and subject pronouns that usually open one (그런데,
//! 하지만, 저는).

/// Words that continue the sentence of the word before them; 또는 joins the term before it to
/// the next (`끓음 또는 비등은`; stop 49).
const CONTINUATIONS: &[&str] = &[
    "강조했다",
    "고",
    "는",
    "답했다",
    "덧붙였다",
    "등",
    "등도",
    "등등",
    "등은",
    "등을",
    "등의",
    "등이",
    "또는",
    "라",
    "라고",
    "라는",
    "라며",
    "라면",
    "라면서",
    "란",
    "마",
    // 하네 마네, 가네 마네: whether or not, one phrase.
    "마네",
    "마라",
    "마세요",
    "말고",
    "말했다",
    "며",
    "면서",
    "못",
    "못하고",
    "못한다",
    "못했다",
    "물었다",
    "및",
    "밝혔다",
    "보니",
    "보니까",
    "보다",
    "보면",
    "봅니다",
    "봐",
    "봐도",
    "봐요",
    "봤다",
    "봤어",
    "설명했다",
    "식으로",
    "식의",
    "않",
    "않고",
    "않는",
    "않는다",
    "않다",
    "않습니다",
    "않아",
    "않아요",
    "않았다",
    "않은",
    "않을",
    "이라고",
    "이라는",
    "이라며",
    "이라면서",
    // A spoken quote's verb after a quote (`"숨 쉬세요 숨!" 이러는데`).
    "이러길래",
    "이러는데",
    "이러더라",
    "이러면서",
    "이러시는데",
    "전했다",
    "주장했다",
    "쳐",
    "쳐도",
    "쳐서",
    "치고",
    "치더라도",
    "치면",
    "치자",
    "카더라",
    "카던데",
    "카이",
    "캐도",
    "캐서",
    "하고",
    "하고는",
    "하곤",
    "하기도",
    "하기에",
    "하길래",
    "하는",
    "하는데",
    "하니",
    "하니까",
    "하더니",
    "하더라",
    "하더라도",
    "하던",
    "하듯",
    "하듯이",
    "하며",
    "하면",
    "하면서",
    "하여",
    "하여도",
    "하여서",
    "하여야",
    "하였고",
    "하였는데",
    "하였다",
    "하였으나",
    "하였지만",
    "하자",
    "한다",
    "한다고",
    "할",
    "합니다",
    "해도",
    "해서",
    "했고",
    "했는데",
    "했다",
    "했더니",
    "했던",
    "했습니다",
    "했으나",
    "했지만",
];

/// Words that usually start a sentence.
const STARTS: &[&str] = &[
    "게다가",
    "결국",
    "그거",
    "그건",
    "그녀는",
    "그는",
    "그니까",
    "그래도",
    "그래서",
    "그러나",
    "그러니",
    "그러다",
    "그러다가",
    "그러면",
    "그러므로",
    "그러자",
    "그런데",
    "그럼",
    "그렇지만",
    "그리고",
    "그치만",
    "근데",
    "근디",
    "글고",
    "나는",
    "나도",
    "내가",
    "내일은",
    "너는",
    "넌",
    "네가",
    "니가",
    "다만",
    "다음엔",
    "드디어",
    "따라서",
    "또한",
    "물론",
    "사실",
    "솔직히",
    "아",
    "아니",
    "아무튼",
    "암튼",
    "어",
    "어제는",
    "어쨌든",
    "여러분",
    "오늘은",
    "와",
    "왜냐면",
    "왜냐하면",
    "요즘",
    "우리",
    "우리는",
    "우선",
    "우와",
    "음",
    "이거",
    "이건",
    "이번엔",
    "일단",
    "저건",
    "저는",
    "저도",
    "저희",
    "저희는",
    "제가",
    "참고로",
    "특히",
    "하지만",
    "한편",
    "헐",
];

/// Whether `word`, after a closing quote, is the verb that asked or said it (`"How are you?"
/// 물어보면`, `"더 주까?" 카시길래`, `"자?" 하고`, `"뻥이요~" 할 때마다`, `"사랑해요" 한마디만`):
/// read only after a quote, as a sentence may open with 물어보니까 ("having asked"). Not 하지만,
/// 하루, 하나, 한 (`"…!" 한 시간 뒤`): whole words that open sentences. Over every gold file a
/// quote closed with a mark was followed by such a form 139 times, always inside its
/// sentence (`python3 benches/split/counts.py quote-said`; stop 46).
pub(crate) fn asks_a_quote(word: &str) -> bool {
    const SAID: &[&str] = &[
        "물어",
        "물었",
        "묻길",
        "묻는",
        "묻더",
        "카시",
        "카길",
        "카더",
        "카는",
        "캐서",
        "하고",
        "하길",
        "하는",
        "하던",
        "하라",
        "하며",
        "하면",
        "하심",
        "했",
        "한마디",
    ];
    SAID.iter().any(|p| word.starts_with(p)) || matches!(word, "할" | "함")
}

/// Whether `word`, after a quote inside a sentence, points back at it (`구술은 "…?" 이런 식으로`,
/// `했더니 "…?" 이러는 거예요`, `대부분 "더 닦아!" 아니면 "멈춰!"`): the sentence that quoted it
/// goes on. Not after a quote that opens its sentence, which may stand alone before a sentence
/// about it (`'…확인하세요.' 이런 안내문이 붙어 있었다`). Over every gold file 16 such words sat
/// inside a sentence and none opened one (`python3 benches/split/counts.py quote-pointed`;
/// stop 46).
pub(crate) fn points_back(word: &str) -> bool {
    ["이런", "이러", "이렇게"]
        .iter()
        .any(|p| word.starts_with(p))
        || word == "아니면"
}

/// Whether `word` is the predicate of the bare noun before it (`그 사다함 맞음`, `내 탓 아님`):
/// over every gold file no unmarked word ended a sentence before one (stop 47). Not in
/// [`CONTINUATIONS`], which also keeps such a word itself from closing before an emoticon (`장난
/// 아님 🥵`).
pub(crate) fn predicates_a_noun(word: &str) -> bool {
    matches!(word, "맞음" | "아님" | "아니다")
}

/// True when `word` (trailing punctuation already stripped) continues the previous sentence.
pub(crate) fn continues(word: &str) -> bool {
    CONTINUATIONS.binary_search(&word).is_ok()
        || word.starts_with("싶")
        || word.starts_with("않")
        || word.starts_with("있") // 말라 있었다, 되어 있다: an auxiliary
        // 어긋나 보인다, 날렵해 보이는: "look, seem". Over every gold file no sentence began with
        // such a word after one without a mark, and 2,997 went on (`python3 benches/split/pairs.py
        // '\S*[가-힣]' --next '(보이|보여|보였|보인)\S*'`; stop 52). Not 보일, for 보일러: the
        // nine sentences there that began with 보이- began so.
        || ["보이", "보여", "보였", "보인"].iter().any(|p| word.starts_with(p))
        || word.starts_with("하더")
        || word.starts_with("하드")
        // The honorific quotative ("…있니?" 하시길래, "…해"라고 하셨다): no sentence opens so.
        || ["하시", "하셨", "하셔"].iter().any(|p| word.starts_with(p))
        // 갖고 있지 못해서, 하지 못한: the negative auxiliary.
        || ["못하", "못해", "못했", "못한", "못할", "못합", "못함"]
            .iter()
            .any(|p| word.starts_with(p))
        // 잘 갔다 생각했다: a quoted thought without 고 (생각보다 and 생각해 보면 open one).
        || (word.starts_with("생각")
            && !word.starts_with("생각보다")
            && !word.starts_with("생각해보")
            && word != "생각해")
}

/// Verbs of thinking and asking that take a question before them as their object: 어디로 갈
/// 것인가 고민했다, 얼마였을까 반성했다, 할까 말까 망설였다.
const PONDERING: &[&str] = &[
    "걱정", "고민", "궁금", "망설", "말까", "모르", "몰라", "몰랐", "묻", "물었", "물어", "반성",
    "염려", "우려", "의문", "의심", "싶", "두려", "무서", "겁나",
    // 왜 7점대일까 이해할 수가 없다: what is not understood (stop 52; over every gold file 4
    // words in 까, 가, 나 or 냐 before 이해, none a sentence end).
    "이해",
];

/// The forms of 하다 that make a question before them an intention or a guess: 가 볼까 해요
/// (I am thinking of going), 비가 오나 했는데 (I wondered if it would rain). Whole words: 해외,
/// 하루 and 한참 open sentences.
const THINKING_OF: &[&str] = &[
    "하고",
    "하길래",
    "하는",
    "하는데",
    "하다가",
    "하다가도",
    "하던",
    "하던데",
    "하며",
    "하면서",
    "한다",
    "한다고",
    // The note form (`도전해 볼까 함`).
    "함",
    "합니다",
    "해",
    "해서",
    "해요",
    "했고",
    "했는데",
    "했다",
    "했다가",
    "했더니",
    "했습니다",
    "했어",
    "했어요",
    "했지만",
];

/// True when `word` continues a sentence after a word ending in a question (까, 가, 나, 냐).
pub(crate) fn after_question(word: &str) -> bool {
    PONDERING.iter().any(|p| word.starts_with(p)) || THINKING_OF.binary_search(&word).is_ok()
}

/// True when `word` continues a sentence after `-야` (떠나야 하지만, 가야 할, 돼야 된다): the
/// "must" construction with 하다 or 되다.
pub(crate) fn after_must(word: &str) -> bool {
    word.starts_with([
        '하', '해', '했', '한', '할', '합', '함', '되', '돼', '됐', '된', '될', '됩',
    ])
}

/// True when `word` says there is no such thing or that it is not one, after -ㄹ 게 ("a thing
/// to"): 볼게 없다, 탓할게 아닌. Not 아니면 ("or else"), which opens a sentence (`연락할게 아니면
/// 문자 줘`).
pub(crate) fn after_thing(word: &str) -> bool {
    word.starts_with('없')
        || (["아니", "아닌", "아님"].iter().any(|p| word.starts_with(p))
            && !word.starts_with("아니면"))
}

/// True when `word` (trailing punctuation already stripped) usually starts a sentence.
pub(crate) fn starts(word: &str) -> bool {
    STARTS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for t in [CONTINUATIONS, STARTS, THINKING_OF] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t);
        }
    }
}
