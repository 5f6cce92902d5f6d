//! How a word ends: its core, and the full stops, closers, emoticons and footnote marks that
//! trail it; and the rules that read a core before a full stop or an ellipsis.

use super::brackets::{is_closer, is_opener, opener_of};
use crate::text::{cho, is_hangul, jong, jung};

pub(super) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | '…' | '‥' | '⋯' | '．' | '？' | '！' | '‽' | '。'
    )
}

/// What ends a word: terminal punctuation, closers and emoticons after its core.
#[derive(Default)]
pub(super) struct Tail {
    /// A `?` or `!` was seen.
    pub(super) strong: bool,
    /// Number of `.`.
    pub(super) dots: usize,
    /// An ellipsis char (`…`, `‥`, `⋯`, `·`) was seen.
    pub(super) ellipsis: bool,
    /// A closing quote was seen.
    pub(super) quote: bool,
    /// Laughter or crying jamo (ㅋ, ㅎ, ㅠ, ㅜ), or a face of semicolons (`;;`).
    pub(super) laugh: bool,
    /// A tilde (`~`, `～`): drawn-out speech, which in posts closes a casual sentence (`좋아~`).
    pub(super) tilde: bool,
    /// A terminal mark follows the last closing quote or bracket (`다").` rather than `다.")`).
    pub(super) outer: bool,
    /// Two commas or more trail the word (`작품,,,`), read as an ellipsis.
    pub(super) commas: bool,
    /// One semicolon right after the word's Hangul (`카피하네;`): sweat, as on a face.
    pub(super) sweat: bool,
}

impl Tail {
    pub(super) fn terminal(&self) -> bool {
        self.strong || self.dots > 0 || self.ellipsis
    }
    pub(super) fn is_ellipsis(&self) -> bool {
        !self.strong && (self.ellipsis || self.dots >= 2)
    }
}

/// Emoticon and decoration chars that may follow a sentence's last word.
pub(super) fn is_decoration(c: char) -> bool {
    matches!(
        c,
        'ㄱ'..='ㆎ' | '~' | '～' | '^' | '♡' | '♥' | '★' | '☆' | '♪' | '♬' | '＾'
    ) || is_pictograph_char(c)
        // Clocks and hourglasses (⌚, ⏰), stars and circles (⭐, ⭕), as ratings after a sentence.
        || ('\u{2300}'..='\u{23FF}').contains(&c)
        || ('\u{2B00}'..='\u{2BFF}').contains(&c)
        // The emoji presentation selector and the joiner of emoji sequences (✈️, ❄️, 👩‍💻).
        || matches!(c, '\u{FE0F}' | '\u{200D}')
}

/// Laughter and crying jamo (ㅋ, ㅎ, ㅠ, ㅜ), and ㄷ, shivering (`26,000원 ㄷㄷ`: over every gold
/// file it ended its sentence 61 times in 61).
pub(super) fn is_laugh_jamo(c: char) -> bool {
    matches!(c, 'ㅋ' | 'ㅎ' | 'ㅠ' | 'ㅜ' | 'ㄷ')
}

/// The emoji blocks of pictographs and symbols (`🍰`, `☔`, `✈`), stars and hands among them.
pub(super) fn is_pictograph_char(c: char) -> bool {
    ('\u{1F300}'..='\u{1FAFF}').contains(&c) || ('\u{2600}'..='\u{27BF}').contains(&c)
}

/// Whether `word` is a run of two commas or more (`,,`), an ellipsis typed with commas.
pub(super) fn is_comma_run(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| matches!(c, ',' | '，'))
}

/// Faces typed with marks between two eyes, read whole (see [`tail_of`]); `^^` and `ㅠㅠ` are
/// read char by char.
const FACES: [&str; 12] = [
    "-_-", "-.-", "^_^", "^-^", "^.^", "T_T", "T.T", "ㅜ_ㅜ", "ㅠ_ㅠ", "ㅡ_ㅡ", ";_;", ">_<",
];

/// Footnote marks that may trail a word (`했다.¹`, `있다.*`, `이다.†`).
fn is_footnote_mark(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰'..='⁹' | '*' | '†' | '‡')
}

/// A word without the marks, closers and emoticons that trail it (`제발;;` → `제발`, `뭐야?!` →
/// `뭐야`, `부장님…` → `부장님`): the word as the rules that read the next word compare it.
pub(super) fn bare(word: &str) -> &str {
    word.trim_end_matches(|c: char| {
        c.is_ascii_punctuation() || is_closer(c) || is_decoration(c) || matches!(c, '…' | '·')
    })
}

/// Splits `word` into its core and what trails it.
///
/// A bracket glued to the end of the word is skipped with what it holds, and what came before
/// it is read again: a citation or footnote after a sentence end (`였다.[2]`, `였다.[3][4]`,
/// `이다.(주1)`) leaves the full stop in the tail, and a gloss before one (`없잖아요(강한부정)`,
/// `우신(牛神).`) leaves the word before it as the core.
pub(super) fn tail_of(word: &str) -> (&str, Tail) {
    let mut t = Tail::default();
    let mut core = word;
    let mut closed = false;
    // At most a few glued brackets are peeled off, so a word of many `[x]` stays linear.
    let mut peeled = 0;
    'pass: loop {
        // A face typed with marks (`-_-`, `T.T`) is one emoticon: its `.` is no full stop.
        if let Some(face) = FACES.iter().find(|f| core.ends_with(*f)) {
            t.laugh = true;
            core = &core[..core.len() - face.len()];
            continue 'pass;
        }
        for (j, c) in core.char_indices().rev() {
            if is_terminal(c) && !closed {
                t.outer = true;
            }
            if is_closer(c) {
                closed = true;
            }
            match c {
                '.' | '．' => t.dots += 1,
                '?' | '!' | '？' | '！' | '‽' => t.strong = true,
                '…' | '‥' | '⋯' | '·' | '・' => t.ellipsis = true,
                ')' | ']' | '}' | '）' | '］' | '】' | '〕' => {
                    // A group opened inside the word: skip it and read what is before it.
                    if peeled < 4 {
                        if let Some(k) = core[..j].rfind(opener_of(c)) {
                            peeled += 1;
                            core = &core[..k];
                            continue 'pass;
                        }
                    }
                }
                c if is_closer(c) => t.quote = true,
                c if is_laugh_jamo(c) => t.laugh = true,
                // Two ㅡ or more are a face too (`드라마ㅡㅡ`, annoyance): over every gold file a
                // word in ㅡㅡ ended its sentence before another 24 times and sat inside none
                // (`python3 benches/split/pairs.py '\S*ㅡㅡ'`; stop 52).
                'ㅡ' if t.laugh || core[..j].ends_with('ㅡ') => t.laugh = true,
                // Two semicolons or more are a face (`떨림;;`, sweat), not punctuation.
                // So is one after a smile (`태웠습니다^^;`, sweat on the face).
                ';' if t.laugh || core[..j].ends_with([';', '^']) => t.laugh = true,
                // One right after Hangul is sweat too when the word is a sentence's ending
                // (`카피하네;`, `나았음;`): the ending is read without it. Over the NSMC reviews
                // 4 such words ended a sentence and none sat inside; after a noun it may
                // separate the items of a list (`평일 12회; 주말 8회`), so it cuts nothing there
                // (stop 54).
                ';' if core[..j].chars().next_back().is_some_and(is_hangul) => t.sweat = true,
                '~' | '～' => t.tilde = true,
                // Two carets are a smiling face (`영화~^^`), as a laugh is.
                '^' | '＾' if core[..j].ends_with(['^', '＾']) => t.laugh = true,
                // Two commas or more trail off as an ellipsis does (`작품,,,`, `별로,,`): real
                // reviews type them so; one comma is a comma (stop 53).
                ',' | '，' if t.commas || core[..j].ends_with([',', '，']) => {
                    t.commas = true;
                    t.ellipsis = true;
                }
                c if is_decoration(c) || is_footnote_mark(c) => {}
                _ => {
                    core = &core[..j + c.len_utf8()];
                    break 'pass;
                }
            }
        }
        core = "";
        break;
    }
    // A vowel drawn out after the word is read as a tilde is: the word before it ends as it
    // would alone.
    let stretched = without_drawn_vowel(core);
    if stretched.len() < core.len() {
        t.tilde = true;
        core = stretched;
    }
    // An opening quote or bracket glued before the word (`'수요`, `(평등함`) is no part of its
    // ending or of the noun it may be.
    (core.trim_start_matches(is_opener), t)
}

/// `core` without the vowel a post draws out after its last syllable (`생겼어요오오`,
/// `맛있어여어어`, `붙었다아아`): syllables of a silent ㅇ, no final consonant and the vowel the
/// syllable before ends in (요 is drawn out as 오, 여 as 어). Only where two syllables or more
/// are left, and not for ㅔ, whose drawn form is the particle 에 (`업체에`), nor ㅣ, which ends
/// names (`후지이`, `도리이`).
fn without_drawn_vowel(core: &str) -> &str {
    // The vowel a vowel is drawn out as (by jungseong index), if it is drawn out at all.
    fn drawn(v: u32) -> Option<u32> {
        match v {
            0 | 2 | 9 => Some(0),  // ㅏ ㅑ ㅘ: 아
            1 | 3 | 10 => Some(1), // ㅐ ㅒ ㅙ: 애
            4 | 6 | 14 => Some(4), // ㅓ ㅕ ㅝ: 어
            8 | 12 => Some(8),     // ㅗ ㅛ: 오
            13 | 17 => Some(13),   // ㅜ ㅠ: 우
            18 => Some(18),        // ㅡ
            _ => None,
        }
    }
    const SILENT_O: u32 = 11;
    let extends = |p: char, c: char| {
        cho(c) == Some(SILENT_O)
            && jong(c) == Some(0)
            && jong(p) == Some(0)
            && jung(p).and_then(drawn).is_some_and(|v| jung(c) == Some(v))
    };
    let mut end = core.len();
    // A third char must stand before the pair, so that two are left when the last goes.
    while let (Some(c), Some(p), Some(_)) = {
        let mut rev = core[..end].chars().rev();
        (rev.next(), rev.next(), rev.next())
    } {
        if !extends(p, c) {
            break;
        }
        end -= c.len_utf8();
    }
    &core[..end]
}

/// Abbreviations written with a full stop that rarely end a sentence, and the words of journal
/// titles (ISO 4: `J. Exp. Med.`, `Phys. Rev. Lett.`) and the Roman first names (`Sex.`, `Cn.`,
/// `Ti.`) that encyclopedias cite in mid-sentence (stop 47). Those of a capital and one small
/// letter (`Dr`, `St`, `Cn`) are read by their shape in [`period_is_not_final`] (stop 49).
const ABBREVIATIONS: &[&str] = &[
    "Acad", "Ann", "Ave", "Biol", "Bros", "Bull", "Capt", "Chem", "Col", "Corp", "Dept", "Eur",
    "Exp", "Fig", "Gen", "Gov", "Inc", "Int", "Lett", "Ltd", "Med", "Mol", "Mrs", "Natl", "Nos",
    "Phys", "Proc", "Prof", "Res", "Rev", "Sci", "Sen", "Ser", "Sex", "Sgt", "Soc", "Suppl", "Tib",
    "Univ", "Ver", "Vol", "Vols", "al", "approx", "ca", "cf", "ch", "e.g", "ed", "eds", "ep",
    "etc", "fig", "i.e", "ibid", "no", "op", "p", "pp", "ver", "vol", "vs",
];

/// True when a `.` after `core` does not end a sentence: a bare number (dates, list items), an
/// initial or an abbreviation.
pub(super) fn period_is_not_final(core: &str) -> bool {
    if !core.is_empty() && core.len() <= 4 && core.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // The trailing run of ASCII letters and dots (`U.S`, `Mr`, `J`).
    let start = core
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphabetic() || c == '.')
        .last()
        .map_or(core.len(), |(j, _)| j);
    let latin = &core[start..];
    if latin.is_empty() {
        // An initial with a diacritic is an initial too (`지그리드 Å. 홀름크비스트`, `Ł.`; stop 44).
        let mut chars = core.chars();
        return matches!((chars.next_back(), chars.next_back()), (Some(c), p)
            if c.is_uppercase() && !c.is_ascii() && p.is_none_or(|p| !p.is_alphabetic()));
    }
    let single_upper = latin.len() == 1 && latin.bytes().all(|b| b.is_ascii_uppercase());
    // A capital and a small letter is a title or an initial the list lacks (`F. Ll. 그리피스`,
    // `Th. 만`): over every gold file 1,141 such words with a stop, none a sentence end (stop 49).
    let title_case_pair =
        matches!(latin.as_bytes(), [a, b] if a.is_ascii_uppercase() && b.is_ascii_lowercase());
    single_upper
        || title_case_pair
        || latin.contains('.')
        || ABBREVIATIONS.binary_search(&latin).is_ok()
}

/// A label that opens a list item when it starts a line or sentence: `가.`, `나.`, `ii.`, `b.`
/// (digits and capitals are handled by [`period_is_not_final`] everywhere).
pub(super) fn is_list_label(core: &str) -> bool {
    let mut chars = core.chars();
    let (Some(c), None) = (chars.next(), chars.clone().next()) else {
        return matches!(
            core,
            "ii" | "iii" | "iv" | "vi" | "vii" | "viii" | "ix" | "xi" | "xii"
        );
    };
    "가나다라마바사아자차카타파하".contains(c) || c.is_ascii_lowercase()
}

/// Short words that trail off with an ellipsis without ending a sentence (`물론...`, `어...`).
pub(super) fn is_hesitation(core: &str) -> bool {
    let mut n = 0;
    for c in core.chars() {
        if !is_hangul(c) {
            return false;
        }
        n += 1;
        if n > 2 {
            return false;
        }
    }
    (n == 1 && !ends_a_predicate(core))
        || matches!(
            core,
            "물론" | "그냥" | "근데" | "아니" | "글쎄" | "저기" | "그게" | "사실"
        )
}

/// Bound nouns that end a predicate (비싼 편..., 가는 중..., 그럴 뿐..., 나왔을 듯...): no
/// hesitation, however short.
fn ends_a_predicate(core: &str) -> bool {
    matches!(core, "편" | "중" | "뿐" | "셈" | "탓" | "법" | "듯" | "터")
}

/// Words of one syllable that an ellipsis typed on without a space (`나왔을 듯...나머지`,
/// `좀..특히`, `헐..프랑스를`) does not stretch inside a word as it does a stem (`있…다고`): a
/// predicate's bound noun, a cry, and 좀 (a bit), 끝 (the end) and 줌 (gave) said alone. In the
/// reviews' gold (batches 1-68) these ended the remark 19 times and sat inside twice (`와..이렇게`,
/// `캬..ㅎㅎㅎ`); whether one ends is asked as when spaced (stop 57; the command is in
/// `docs/benchmarks.md`, Sentence splitting, stop 57).
pub(super) fn stands_alone(core: &str) -> bool {
    ends_a_predicate(core) || exclaims(core) || matches!(core, "좀" | "끝" | "줌")
}

/// One-syllable interjections, and adverbs cut short, that hesitate with an ellipsis anywhere in
/// a sentence (`물으면 음...`, `네, 네...`, `진짜 못... 하겠다`), unlike the nouns and note ends of
/// one syllable that trail off there.
pub(super) fn is_interjection(core: &str) -> bool {
    matches!(
        core,
        "음" | "어"
            | "아"
            | "에"
            | "네"
            | "예"
            | "응"
            | "엉"
            | "그"
            | "저"
            | "흠"
            | "엄"
            | "허"
            | "하"
            | "헐"
            | "휴"
            | "오"
            | "와"
            | "우"
            | "뭐"
            | "엥"
            | "으"
            | "흐"
            | "쩝"
            | "헉"
            | "앗"
            | "윽"
            | "자"
            | "왜"
            | "또"
            | "안"
            | "못"
            | "잘"
            | "꼭"
            | "더"
            | "참"
            | "막"
    )
}

/// Cries of wonder, shock or a sigh (`와...`, `헐...`, `휴...`): opening a sentence with an
/// ellipsis they are a remark of their own (`와... 이게 20년 전 영화라니`), where the hesitations
/// of [`is_interjection`] (`어... 쓰실 분`, `음...`) lead into theirs. In the reviews' gold
/// (batches 1-68) they ended the remark 11 times and sat inside once (`와..이렇게`); no gold file
/// has one (stop 57; the commands are in `docs/benchmarks.md`, Sentence splitting, stop 57).
pub(super) fn exclaims(core: &str) -> bool {
    matches!(core, "와" | "헐" | "휴" | "후" | "허" | "엇" | "헉" | "캬")
}

/// 별로 alone or after a word of degree typed on (`완전별로`) is the adverb "not much", a verdict
/// of its own (`연기가 별로.. 내용도`; 7 ends and none inside in the reviews' gold, batches 1-68;
/// stop 57), not a noun in 로: -별로 after a noun is "by" (`지역별로`, `성별로`), which goes on.
pub(super) fn says_not_much(core: &str) -> bool {
    core.strip_suffix("별로").is_some_and(|degree| {
        matches!(
            degree,
            "" | "완전" | "진짜" | "정말" | "너무" | "넘" | "영" | "좀" | "그닥" | "그다지"
        )
    })
}

/// A clause in -다는, -라는 or -냐는 that quotes (`못 먹었다는`, `둘뿐이었다는`, `없다는 거`): it
/// ends in 는 like a topic, which [`ends_with_particle`] reads it as.
pub(super) fn told_in_daneun(core: &str) -> bool {
    core.chars().count() >= 3 && ["다는", "라는", "냐는"].iter().any(|e| core.ends_with(e))
}

/// True when `core` ends with a case particle (`해가…`, `나를…`) or a conditional (`오면…`,
/// `그랬다면…`, `생각해 보면…`): the sentence trails on.
pub(super) fn ends_with_particle(core: &str) -> bool {
    let mut rev = core.chars().rev();
    let (Some(last), Some(before)) = (rev.next(), rev.next()) else {
        return false;
    };
    if says_not_much(core) {
        return false;
    }
    matches!(
        last,
        '가' | '를' | '을' | '는' | '은' | '에' | '의' | '와' | '과' | '로'
    ) || (last == '겐' && before == '에') // 에겐, 에게는 said short (`당신에겐..`)
        || (last == '면'
        && matches!(
            before,
            '다' | '라' | '으' | '하' | '보' | '되' | '오' | '가' | '려' | '자' | '시' | '니'
        ))
}

/// A word made only of emoticon chars: `^^`, `^0^`, `T_T`, `-_-;`, `ㅠㅠ`, `ㅅㅅ`, `♡`, `:)`.
/// Initials standing for a word (`ㄹㅇ` 'really', `ㅇㅈ` 'agreed') are a word of their own, not
/// a laugh or a face.
pub(super) fn is_emoticon(word: &str) -> bool {
    /// Chat initials that stand for a word and may open a sentence (`ㄹㅇ 인정`).
    const INITIALS: &[&str] = &["ㄱㄱ", "ㄴㄴ", "ㄹㅇ", "ㅇㅇ", "ㅇㅈ", "ㅇㅋ", "ㅈㅅ"];
    if INITIALS.contains(&word) {
        return false;
    }
    if FACES.contains(&word.trim_end_matches(';')) {
        return true;
    }
    let mut marked = false;
    for (n, c) in word.chars().enumerate() {
        if n == 8 {
            return false;
        }
        if is_decoration(c) || matches!(c, '^' | '_' | ';') {
            marked = true;
        } else if !matches!(
            c,
            '-' | ':'
                | '('
                | ')'
                | '0'
                | 'o'
                | 'O'
                | 'T'
                | '='
                | '<'
                | '>'
                | '.'
                | ','
                | '\''
                | '*'
                | '/'
                | '\\'
                | '|'
        ) {
            return false;
        }
    }
    marked || matches!(word, ":)" | ":-)" | ":(" | ":-(" | ":D" | ":P" | "XD")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_sorted_for_binary_search() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn emoticon_words() {
        for w in [
            "^^", "^0^", "T_T", "-_-;", "ㅠㅠ", ":)", "~", "♡", "T.T", "-.-",
        ] {
            assert!(is_emoticon(w), "{w}");
        }
        for w in ["T", "-", "...", "(1)", "ok", "가", "A_B_C_D_E"] {
            assert!(!is_emoticon(w), "{w}");
        }
    }

    #[test]
    fn citation_marks_leave_the_full_stop_in_the_tail() {
        let (core, tail) = tail_of("했다.[3][4]");
        assert_eq!((core, tail.dots), ("했다", 1));
        let (core, tail) = tail_of("없잖아요(강한부정)");
        assert_eq!((core, tail.dots), ("없잖아요", 0));
    }
}
