//! The register of a line: prose whose sentences close in -다 and a full stop.
//!
//! An encyclopedia, a report or a textbook marks every sentence it ends. When every other
//! sentence the scan found on a line closes so (`…이다.`, `…하였다.[1]`, `…습니다.`), a word that
//! seemed to end one without a mark is more likely a noun or a link of the sentence it is in:
//! a noun in ㅁ before the noun it names (`고름 물집이`, `흔들림 폭을`), a name ending like a verb
//! (`기라 요시나카`, `노구치 히데요 기념관`), a verb's -아/-어 or -자 linking a clause (`헌법에
//! 어긋나 무효라고`, `다시 맞자 곧바로`). Against stop 46's splitter over every split set this
//! removed 47 wrong cuts and no right one: 39 in encyclopedias, 7 in UD's KAIST news and essays,
//! 1 in fiction (`bash benches/split/diff.sh`; stop 47). Before it was written, the gap table
//! (`python3 benches/split/gaps.py formal-gate`, lines of two earlier -다. sentences) showed such a
//! gate also loses right cuts in tidy blog posts and wiki asides: the casual ends among them stay
//! cut here (see [`plainly_casual`]), and only a line whose every other sentence closes formally,
//! after as well as before, is read so. A wiki's noun forms in ㅁ with a stop (`대표작으로 꼽힘.`)
//! close formally too, a note in brackets before the stop (`추정된다[출처 필요].`) is read past,
//! and a sentence in brackets of its own is left out of the count (round three of stop 47: 17 more
//! wrong cuts removed, none added). Since stop 48 a question put to the reader with one `?`
//! (`부를까요?`) and a wiki's note ending on 때문 or 것 with a stop count as formal too, and a listed
//! noun with 임 (`하나임`) as casual. Since stop 49 a line with two unmarked ends or more is read
//! too, when its formal ends outnumber them more than twice over and nothing else closes a
//! sentence (`조간대 면적은`, `비틀림 상수이다`, `세임 소집`, each twice in its line), keeping a
//! verb's -다 of the past, of 겠 or of the plain present; and a wiki's note closing on a listed
//! noun or on -다고 with a stop (`확인 불가.`, `살았다고.`) counts as formal; then (round two) one
//! on 편, 셈 or 중 and a textbook's -지요. Against stop 48's splitter over every split set: 30
//! wrong cuts removed (29 in encyclopedias, one in a blog), none added. Since stop 50 a line whose
//! formal ends outnumber all others, but not by enough for the rules above, still loses a cut
//! after a word its own line uses as a noun elsewhere: with a case particle (`카빈다는` for `오늘날
//! 카빈다 | 분리주의자들이`), glossed (`불라와요(Bulawayo)`), or twice before the same word (`탐
//! 문자`); a particle or a gloss also outweighs a casual or verb-like look (`벤다의`). Against stop
//! 49's splitter over every split set: 6 wrong cuts removed (all in encyclopedias), none added.

use super::endings::{is_infinitive, J_BS, J_H, J_J, J_L, J_LH, J_N, J_NH, J_P, J_T};
use super::is_line_break;
use super::notes::{ends_in_m, past_da, present_of_a_verb};
use super::tail::tail_of;
use crate::keywords::nouns::is_noun;
use crate::text::{is_hangul, is_hanja, jong, trim_range, J_SS};

/// How the last word of a sentence the scan found closes it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Close {
    /// -다, or a noun form in ㅁ, and one full stop, maybe with closers and notes after (`였다.[2]`,
    /// `이다.")`, `꼽힘.`, `추정된다[출처 필요].`); or a question put to the reader with one `?`
    /// (`부를까요?`, stop 48).
    Formal,
    /// A Hangul syllable and nothing after it: a cut without a mark.
    Unmarked,
    /// Anything else: `?`, `!`, an ellipsis, a laugh, -요. , a number.
    Other,
    /// A sentence in brackets of its own (`(자세한 내용은 해당 문서를 참고하라.)`): an aside,
    /// which neither makes a line formal nor keeps it from being so.
    Aside,
}

/// Whether `core`, before its full stop, closes a formal sentence: in -다, or in a wiki's noun
/// form in ㅁ (`평이 많음.`, `대표작으로 꼽힘.`), which a writer who marks them all also marks;
/// so does a wiki's note that ends on 때문 or 것 (`들린다는 전설 때문.`, `처벌받지 않았다는 것.`;
/// stop 48), on -다고 (`멀쩡히 살았다고.`), on a listed noun (`확인 불가.`, `수준.`) or on the bound
/// noun 편, 셈 or 중 (`서늘한 편.`, `기리는 중.`), and a textbook's -지요 (`숨을 쉬지요.`; stop 49).
/// Any -요 would not do: a tidy blog in 해요체 mixes casual ends without a stop into its lines
/// (counting it lost 106 right cuts over the split sets and fixed 30).
fn formal_end(core: &str) -> bool {
    core.ends_with('다')
        || ends_in_m(core)
        || core.ends_with("때문")
        || core.ends_with('것')
        || core.ends_with("다고")
        || core.ends_with("지요")
        || matches!(core, "편" | "셈" | "중")
        || is_noun(core)
}

/// Drops the cuts after unmarked words in lines whose other sentences all close formally, when
/// they are two or more and the word is not [`plainly_casual`]. `cuts` is ascending; a cut at a
/// line break always stays.
pub(super) fn keep_formal_lines(text: &str, cuts: &mut Vec<usize>) {
    let mut keep = vec![true; cuts.len()];
    // The sentences of the current line: (start, end, the index of the cut that ends it).
    let mut line: Vec<(usize, usize, Option<usize>)> = Vec::new();
    let mut start = 0;
    let ends = cuts.iter().copied().map(Some).chain(std::iter::once(None));
    for (k, cut) in ends.enumerate() {
        let end = cut.unwrap_or(text.len());
        if end < start {
            continue;
        }
        let (s, e) = trim_range(text, start, end);
        if s < e {
            line.push((s, e, cut.map(|_| k)));
        }
        if cut.is_none() || text[end..].starts_with(is_line_break) {
            judge_line(text, &line, &mut keep);
            line.clear();
        }
        start = end;
    }
    let mut k = 0;
    cuts.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Marks in `keep` the cuts after unmarked sentences of a formal line as dropped. A line of
/// three sentences or more, asides aside, all formal but one, which is not the last, loses that
/// cut unless its word is [`plainly_casual`]. A line with two unmarked ends or more and at least
/// twice as many formal ones plus one, and nothing else, loses those cuts unless the word is
/// plainly casual or [`tells_a_verb`]: a writer who marks every other end wrote these as nouns or
/// names (`조간대 면적은`, `비틀림 상수이다`, `세임 소집`; stop 49). Any other line with two
/// formal ends or more, outnumbering the rest, loses the cuts after words the line names
/// elsewhere ([`with_particle`], [`glossed`], [`repeated`]; stop 50).
fn judge_line(text: &str, line: &[(usize, usize, Option<usize>)], keep: &mut [bool]) {
    let closes: Vec<Close> = line
        .iter()
        .map(|&(s, e, _)| close_of(&text[s..e]))
        .collect();
    let counted = closes.iter().filter(|&&c| c != Close::Aside).count();
    let count = |k: Close| closes.iter().filter(|&&c| c == k).count();
    let (formal, unmarked) = (count(Close::Formal), count(Close::Unmarked));
    let other = count(Close::Other);
    let several = unmarked >= 2 && other == 0 && formal > 2 * unmarked;
    let one = counted >= 3 && formal == counted - 1;
    // Too few formal ends to read the line by them alone; a word the line names elsewhere can
    // still be told (stop 50).
    let echoing = formal >= 2 && formal > unmarked + other;
    if !several && !one && !echoing {
        return;
    }
    // The evidence for a noun is read in this line alone, so each cut costs a scan of its line,
    // not of the whole text.
    let here = &text[line[0].0..line[line.len() - 1].1];
    // The last sentence of the line ends at the line's end, with no cut to drop.
    for (j, _) in closes[..line.len() - 1]
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == Close::Unmarked)
    {
        let (s, e, cut) = line[j];
        let mut words = text[s..e].rsplit(char::is_whitespace);
        let word = words.next().unwrap_or("");
        let prev = words.find(|w| !w.is_empty()).unwrap_or("");
        let next = text[line[j + 1].0..]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("");
        // A noun the line names elsewhere is no verb's end, whatever it looks like (`벤다의`).
        let named = glossed(here, word) || with_particle(here, word);
        let kept = !named
            && if several || one {
                plainly_casual(word, prev) || (several && tells_a_verb(word))
            } else {
                !repeated(here, word, next) || plainly_casual(word, prev) || tells_a_verb(word)
            };
        if let Some(k) = cut.filter(|_| !kept) {
            keep[k] = false;
        }
    }
}

/// Whether `text` (a line) glosses `word` as a name somewhere: the word followed at once by a bracket
/// that opens on a Latin letter or a hanja (`불라와요(Bulawayo)`, `치와라(Ci Wara)`). A verb's end
/// takes no gloss, whatever it looks like (`-와요`, `-라`).
fn glossed(text: &str, word: &str) -> bool {
    word.chars().count() >= 2
        && text.match_indices(word).any(|(at, _)| {
            let mut after = text[at + word.len()..].chars();
            after.next() == Some('(')
                && after
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || is_hanja(c))
                && !text[..at].ends_with(is_hangul)
        })
}

/// Whether `text` (a line) uses `word` as a noun elsewhere: with a case particle (`카빈다는`,
/// `카빈다의`, `치와라를`), or at the end of a compound with one (`자이언트판다를` for 판다). A
/// verb's -다 reads so only before particles no verb ending takes (`-다는`, `-다가` and `-다고`
/// are endings).
fn with_particle(text: &str, word: &str) -> bool {
    const PARTICLES: [&str; 20] = [
        "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "와", "과", "로", "으로",
        "도", "만", "까지", "부터", "처럼", "라는",
    ];
    const AFTER_DA: [&str; 9] = ["의", "를", "에", "에서", "와", "로", "도", "까지", "부터"];
    if word.is_empty() || !word.chars().all(is_hangul) {
        return false;
    }
    let particles: &[&str] = if word.ends_with('다') {
        &AFTER_DA
    } else {
        &PARTICLES
    };
    let long = word.chars().count() >= 2;
    text.match_indices(word).any(|(at, _)| {
        // A word of two syllables or more may end a compound; one syllable must stand alone.
        let starts = long || !text[..at].ends_with(is_hangul);
        let rest = &text[at + word.len()..];
        starts
            && particles.iter().any(|p| {
                rest.strip_prefix(p)
                    .is_some_and(|r| !r.starts_with(is_hangul))
            })
    })
}

/// Whether `word` stands before the same word as `next` (its first two syllables) twice or more
/// in `text`, a line (`탐 문자를`, `탐 문자 교본을`): a name and the noun it qualifies, which a sentence's
/// end and the next one's start seldom repeat.
fn repeated(text: &str, word: &str, next: &str) -> bool {
    let stem: String = next.chars().take_while(|&c| is_hangul(c)).take(2).collect();
    !word.is_empty()
        && !stem.is_empty()
        && text
            .match_indices(&format!("{word} {stem}"))
            .filter(|&(at, _)| !text[..at].ends_with(is_hangul))
            .count()
            >= 2
}

/// Whether `word` closes in a verb's -다: after the past's ㅆ or 겠 (`됐다`, `와야겠다`) or in
/// the plain present (`온다`, [`present_of_a_verb`]), which no noun or name in a formal line took
/// in the gold files.
fn tells_a_verb(word: &str) -> bool {
    past_da(word) || word.ends_with("겠다") || present_of_a_verb(word)
}

/// How `sentence`, one the scan found, closes.
fn close_of(sentence: &str) -> Close {
    if sentence.starts_with('(') && sentence.trim_end_matches('.').ends_with(')') {
        return Close::Aside;
    }
    // A note with a space in it after the stop, or before it (`추정된다[출처 필요].`) is no word
    // of the sentence: what closes it is before the note.
    let mut s = sentence;
    let mut stop = false;
    loop {
        if let Some(r) = s.strip_suffix('.').filter(|r| r.ends_with(']')) {
            stop = true;
            s = r;
        }
        match s.strip_suffix(']').and_then(|r| r.rfind('[')) {
            Some(k) => s = s[..k].trim_end(),
            None => break,
        }
    }
    let word = s.rsplit(char::is_whitespace).next().unwrap_or("");
    if word.ends_with(is_hangul) && !stop {
        return Close::Unmarked;
    }
    let (core, t) = tail_of(word);
    let dots = t.dots + usize::from(stop);
    if (dots == 1 && !t.strong && !t.ellipsis && !t.laugh && !t.tilde && formal_end(core))
        || asks_formally(core, word)
    {
        Close::Formal
    } else {
        Close::Other
    }
}

/// Whether `word` is a question a textbook or an encyclopedia puts to its reader, with one `?`
/// (`왜 '회로'라고 부를까요?`, `무엇이 다를까?`, `알고 있나요?`, `무엇인가?`): a writer who marks
/// every end marks it too, so it leaves the line formal (stop 48).
fn asks_formally(core: &str, word: &str) -> bool {
    word.ends_with('?')
        && !word.ends_with("??")
        && !word.ends_with("?!")
        && (["까요", "나요", "가요", "니까", "는가", "인가"]
            .iter()
            .any(|e| core.ends_with(e))
            || core
                .strip_suffix('까')
                .and_then(|r| r.chars().next_back())
                .and_then(jong)
                == Some(J_L))
}

/// Whether `word` (after `prev`) can only end a casual sentence: the polite -요 of talk (`알았어요`,
/// `계산인가요`, `걸까요`), the noun form of the past, of 있다/없다 or of an adjective whose stem
/// ends in a final no noun in 음 has (`살았음`, `전혀 없음`, `다리가 많음`, `같음`), 함
/// alone, 다님, a listed noun with the copula's 임 (`하나임`), hearsay of the past (`놀았대`), or
/// 봄 after a verb's -아/-어 (`조립해 봄`). A wiki mixes such asides into formal text; none of
/// them names a thing.
fn plainly_casual(word: &str, prev: &str) -> bool {
    const TALK: [&str; 18] = [
        "어요", "아요", "여요", "해요", "워요", "와요", "봐요", "줘요", "져요", "세요", "네요",
        "군요", "지요", "까요", "나요", "래요", "대요", "죠",
    ];
    if TALK.iter().any(|t| word.ends_with(t)) || word == "함" || word.ends_with("다님") {
        return true;
    }
    // A listed noun with the copula's noun form, itself no noun (`게임 중 하나임`, `사실상 필수임`):
    // a wiki's aside, as casual as 함 (stop 48).
    if let Some(noun) = word.strip_suffix('임') {
        if noun.chars().count() >= 2 && is_noun(noun) && !is_noun(word) {
            return true;
        }
    }
    if word == "봄" {
        return prev.ends_with(is_infinitive);
    }
    let mut it = word.chars().rev();
    let (Some(s1), Some(s2)) = (it.next(), it.next()) else {
        return false;
    };
    let past = jong(s2) == Some(J_SS);
    match s1 {
        // After these finals -음 ends no noun; after others it ends some (웃음, 믿음, 죽음), which
        // the noun list holds, though not all: after ㄹ it is a noun the list may lack (울음,
        // 얼음, 걸음), since a stem in ㄹ takes -ㅁ (앎, 삶).
        '음' => {
            matches!(
                jong(s2),
                Some(J_SS | J_BS | J_H | J_NH | J_LH | J_T | J_P | J_J)
            ) || (jong(s2) != Some(J_L) && !is_noun(word) && !names_a_sound(word))
        }
        '대' | '래' => past,
        '요' => s2 == '가' && it.next().and_then(jong) == Some(J_N),
        _ => false,
    }
}

/// Sino-Korean nouns in 音, "sound", that the noun list lacks (`흡음 계수가`, `방음 시설`, `차음
/// 성능`): in formal prose they name a thing, not a note's end. Two syllables, the first a
/// Sino-Korean root, so none is the noun form of a native verb's stem (stop 52, after fresh408's
/// `흡음 | 계수가`).
fn names_a_sound(word: &str) -> bool {
    const SOUNDS: [&str; 20] = [
        "격음", "경음", "고음", "굉음", "단음", "반음", "방음", "배음", "비음", "여음", "자음",
        "잔음", "장음", "저음", "차음", "청음", "탁음", "평음", "화음", "흡음",
    ];
    SOUNDS.contains(&word)
}
