//! Sentence splitting.
//!
//! Contract: [`split`] returns sentence spans of the given text, in order, non-overlapping, each
//! trimmed of surrounding whitespace and non-empty; every char of the text but whitespace and
//! the invisible separators of [`crate::text::is_space`] (a blog editor's zero-width spaces)
//! lies in exactly one sentence, so nothing is lost and nothing is rewritten.
//!
//! # How it works
//!
//! One forward scan over the chars decides *cut points* (byte offsets); the sentences are the
//! trimmed pieces between them. Nothing is rewritten and nothing is allocated per char.
//!
//! - A line break always ends a sentence: headlines, bullets, bylines and sub-heads have no final
//!   punctuation.
//! - Between two words on a line the splitter looks at the end of the word before (bounded) and
//!   at the start of the word after (at most `LOOKAHEAD` chars), so the scan stays linear even
//!   on a megabyte without a space or a full stop:
//!   - after `.`, `?`, `!`, `…`, `···` and runs of them (`?!`, `...`), possibly followed by
//!     closing quotes/brackets and emoticons (`ㅋㅋ`, `^^`, `~`, `;;`), it cuts — except after a
//!     bare number (`2023. 4. 18.`, list items `1.`), an initial or an abbreviation (`J.`, `Mr.`,
//!     `U.S.`, `No.`), an ellipsis after a linking ending or an interjection (`먹었지만...`,
//!     `네...`), and a closed quote followed by a quotative word (`..."하며`, `"..." 라고`);
//!     A quote followed by an ellipsis (`"…"… 다음 말`) is a headline joining clauses: no cut.
//!     A list label opening a sentence (`가.`, `b.`) does not end it. Citation and footnote
//!     marks glued after the mark (`였다.[2]`, `였다.[3][4]`, `이다.¹`) stay with the sentence
//!     and the cut comes after them; so do emoticon words after a sentence end (`좋아요 ^^`,
//!     `망했어 T_T`): the cut is held until the last of them.
//!   - without punctuation, it cuts after a sentence-final ending (`segment/endings.rs`: 습니다, 했다,
//!     어요, 네용, 걸랑, ...) unless the next word continues the sentence (`segment/cues.rs`: 하며, 보니,
//!     쳐, 못했다 after -지, 하다 after -야, 고민했다 after a question, ...); weaker endings
//!     (casual 어/지/야, 살게/할게, noun-form 음/임/함) need a next word that usually opens a
//!     sentence (그런데, 하지만, 저는), an opening quote or an emoticon. Words that link like a
//!     postposition (에 대해, 에 따라, 이 아니라) never end one. Note-style ends of posts and
//!     reviews that need the word before or the sentence's length so far (`segment/notes.rs`):
//!     함, an auxiliary's noun form or the copula's after a count closing a clause of three
//!     words or more (`라면 먹고 산책함`, `만들어봄`, `벌써 21일째임`), a verb in ㅁ after 안/못
//!     or after a verb's -아/-어 form (`안 옴`, `업어 옴`), `-ㄹ 듯` closing a guess, `-는 중`
//!     before an opener, a trailing `뭐.`.
//!   - a post's closing hashtags, to the end of the line, stand as a sentence of their own
//!     (`…완주함 #러닝기록 #오운완`); a tag with words after it is inside its sentence.
//! - A punctuation mark glued to the next word (`2.0`, `v1.2.3`, `a@b.com`, `www.x.kr`) never
//!   cuts, except `다.`/`요.` or `?`/`!` (ASCII or full-width) between a Hangul syllable, or a
//!   tilde after one, and a Hangul syllable or a figure (`했다.그러나`, `빨라요~!!다음에`,
//!   `최고!!5월에`), a common typing slip. A Hangul word or a figure glued after a laugh, an
//!   emoticon, an ellipsis or a full stop closing a word of two syllables (`맛있었음ㅋㅋ담에`,
//!   `끝냄.내일은`, `이하였음...3시간이`), and a Hangul word after sweat (`갔네;;이번이`) or after
//!   one tilde closing an ending (`가보세요~주차는`), is read as a word of its own, and the gap
//!   decided as any other; one tilde between nouns is a range (`강남~판교`).
//! - Quotes and brackets: cuts found inside an open quote or bracket are *tentative*. If the
//!   quote or bracket closes on the same line, they are dropped, so `"…했다. …한다"고 말했다.`
//!   and `(…했다. …이다)` stay one sentence; if it never closes (a stray `(` or `"`), they stand.
//!   This keeps the scan single-pass: dropping them is a truncation of the cut list. A closer
//!   more than `MAX_QUOTE_BYTES` after its opener does not close it, so one stray bracket cannot
//!   swallow a long paragraph.
//! - After the scan, a line whose other sentences (two or more) all close in -다 and a full stop
//!   keeps its one unmarked sentence end only where the word is plainly casual
//!   (`segment/register.rs`): in formal prose such a word is a noun, a name or a link (`고름 물집이`,
//!   `기라 요시나카`, `헌법에 어긋나 무효라고`). A line with several unmarked ends and more than
//!   twice as many formal ones keeps them only where the word is plainly casual or a verb's -다
//!   (`조간대 면적은`, `세임 소집`).
//! - Last, a logistic model (`segment/learned.rs`; card `data/SPLIT_GAPS.md`), fitted on the
//!   project's own split gold, looks again at each gap after a word ending in a Hangul syllable
//!   that the rules left uncut, and adds a cut where it is confident (log-odds above 2.0): casual
//!   posts close sentences with a long tail of words and next words that no rule lists
//!   (`…자기가 다 한대 | 흑돼지집 예약은`, `…카보로딩 중임 | 아침엔`). It never removes a cut, and it costs
//!   about 40% of the splitter's speed (UD, stop 51).

mod brackets;
mod cues;
mod endings;
mod learned;
mod notes;
mod register;
mod tail;

use self::brackets::{brackets, closer_of, is_closer, is_opener, Frame, Group, Place};
use self::endings::{classify, Ending};
use self::tail::{
    bare, ends_with_particle, exclaims, is_decoration, is_emoticon, is_hesitation, is_interjection,
    is_laugh_jamo, is_list_label, is_pictograph_char, is_terminal, period_is_not_final,
    says_not_much, stands_alone, tail_of, told_in_daneun, Tail,
};
use crate::text::{is_hangul, is_space, trim_range, CharIndex, Span};

/// How many chars of the next word are looked at.
const LOOKAHEAD: usize = 12;

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Span> {
    let cuts = cut_points(text);
    let index = CharIndex::new(text);
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain(std::iter::once(text.len())) {
        if end <= start {
            continue;
        }
        let (s, e) = trim_range(text, start, end);
        if s < e {
            out.push(index.span(s, e));
        }
        start = end;
    }
    out
}

/// Byte offsets where sentences end, ascending: the rules' cuts, revised by the model.
fn cut_points(text: &str) -> Vec<usize> {
    let mut cuts = rule_cuts(text);
    learned::revise(text, &mut cuts);
    cuts
}

/// The cuts of the rules alone, ascending.
fn rule_cuts(text: &str) -> Vec<usize> {
    let mut cuts: Vec<usize> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    // The word being read, and the last finished word of the current line.
    let mut word_start: Option<usize> = None;
    let mut prev_word: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    // The last char before the current run of `.`/`?`/`!` and that run's length.
    let mut before_run: Option<char> = None;
    let mut run = 0usize;
    // Whether the current word began a sentence, and has shown only openers so far; how many
    // words of the current sentence came before the last finished word.
    let mut sentence_start = true;
    let mut words_before = 0usize;
    let mut only_openers = true;
    // Whether the char before the current one ended a sentence (`.`, or `."`).
    let mut after_terminal = false;
    let mut group: Option<Group> = None;
    // A sentence end waiting for the emoticons after it (see `cut_between`).
    let mut held = false;
    // A sentence end moved after the parenthesised aside that opens next (see `aside_at`).
    let mut aside = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        // A figure typed on after a mark (`생각만...2007년`, `최고!!10점`) is asked as a Hangul
        // syllable is; inside a figure or after a letter, it never is (`1.5`, `v1.2`).
        let figure =
            || c.is_ascii_digit() && matches!(prev, Some('.' | '…' | '!' | '?' | '！' | '？'));
        if let Some(ws) = word_start.filter(|_| is_hangul(c) || figure()) {
            // Inside a Hangul word, the only questions are a full stop glued to it (`했다.그`)
            // and a word glued to the last (`맛있었음ㅋㅋ담에`): the latter is read as two words.
            let mark = run > 0 && glued_cut(prev, before_run, run);
            // Only a mark, a laugh or an emoticon before this syllable can end a glued word, or
            // a word that opens sentences typed on without a space (`아파요제가`).
            let glued = !mark
                && match prev {
                    Some(p) if is_hangul(p) => glued_opener(text, ws, i),
                    Some(_) => glued_words(text, ws, i, prev, run),
                    None => false,
                };
            if !glued {
                if mark && !particle_after_mark(text, i, prev) {
                    cuts.push(i);
                }
                only_openers = false;
                after_terminal = false;
                run = 0;
                before_run = Some(c);
                prev = Some(c);
                continue;
            }
            prev_word = Some((ws, i));
            word_start = None;
        }
        if is_line_break(c) {
            cuts.push(i);
            frames.clear();
            held = false;
            word_start = None;
            prev_word = None;
            sentence_start = true;
            words_before = 0;
        } else if is_space(c) {
            if let Some(s) = word_start.take() {
                prev_word = Some((s, i));
            }
        } else {
            if word_start.is_none() {
                if let Some((ps, pe)) = prev_word.take() {
                    let g = group.filter(|g| ends_word(text, g, ps, pe));
                    sentence_start = cut_between(text, ps, pe, i, g, words_before, &mut held);
                    if sentence_start && aside_at(text, ps, pe, i) {
                        sentence_start = false;
                        aside = true;
                    }
                    if sentence_start {
                        cuts.push(pe);
                        words_before = 0;
                    } else {
                        words_before += 1;
                    }
                }
                word_start = Some(i);
                only_openers = true;
            } else if is_hangul(c) && glued_cut(prev, before_run, run) {
                cuts.push(i);
            }
            if is_hangul(c) || c.is_ascii_alphanumeric() {
                only_openers = false;
            } else {
                if closer_of(c).is_some() || is_closer(c) {
                    // A bracket glued after a sentence's full stop cites it; after an
                    // abbreviation's (`Jr.(William …)`) it is a phrase of the sentence.
                    let abbreviation = || {
                        word_start.and_then(|ws| text.get(ws..i)).is_some_and(|w| {
                            w.ends_with('.') && period_is_not_final(w.trim_end_matches('.'))
                        })
                    };
                    let after_aside_end = std::mem::take(&mut aside);
                    let place = if after_aside_end
                        || (after_terminal
                            && matches!(c, '(' | '[' | '（' | '［')
                            && !abbreviation())
                    {
                        Place::AfterEnd
                    } else if (sentence_start && only_openers) || matches!(prev, Some(':')) {
                        Place::Start
                    } else {
                        Place::Inside
                    };
                    if let Some(g) = brackets(c, i, prev, next, place, &mut frames, &mut cuts) {
                        group = Some(glossed(group, g));
                    }
                }
                if !is_opener(c) {
                    only_openers = false;
                }
            }
        }
        after_terminal = is_terminal(c) || (after_terminal && is_closer(c));
        if matches!(c, '.' | '?' | '!' | '．' | '？' | '！') {
            run += 1;
        } else {
            run = 0;
            before_run = Some(c);
        }
        prev = Some(c);
    }
    register::keep_formal_lines(text, &mut cuts);
    cuts
}

/// What fits the model of `segment/learned.rs` (`examples/train_split.rs`); not an API.
#[doc(hidden)]
pub mod training {
    pub use super::learned::{Gap, BITS, FEATURES};

    /// Every gap of `text` the model revises, with the rules' decision and the features.
    pub fn gaps(text: &str) -> Vec<Gap> {
        super::learned::gaps(text, &super::rule_cuts(text))
    }

    /// The model file for `weights` (one per bucket, scaled to `i8` by `scale`).
    pub fn model_file(scale: f32, weights: &[i8]) -> Vec<u8> {
        super::learned::write(scale, weights)
    }
}

/// Whether the sentence that ends with the word `ps..pe`, unpunctuated, goes on with the short
/// parenthesised aside opening at `ns` (`세탁소 맡김 (한 벌에 1만 5천 원) 옷장 안에는`, `사 옴
/// (8,500원)`): a price, a note or an afterthought of the words before, after which the cut
/// comes. Over every gold file such an aside with words after it went with the sentence before
/// it 12 times in 14; the others were a list's label (`(1)`) and a stray parenthesis. At the end
/// of a line it stays after a note's end (`비 올 듯 (오후 3시쯤 제일 많이)`, `주문함 (쿠폰 써서
/// 8,900원)`) and stands apart after a full one (`절대 안 한다 (이렇게 말하고 작년에도 했음)`),
/// as in the gold files. Not an aside that is a sentence of its own, closed by its own mark, nor
/// one longer than a note.
fn aside_at(text: &str, ps: usize, pe: usize, ns: usize) -> bool {
    /// The longest aside read as a note, in chars.
    const NOTE_CHARS: usize = 40;
    // Most cuts have no parenthesis after them: that is read first.
    let Some(inner) = text.get(ns..).and_then(|r| r.strip_prefix('(')) else {
        return false;
    };
    let Some(close) = inner.find([')', '(', '\n']) else {
        return false;
    };
    let (note, rest) = (inner[..close].trim(), &inner[close..]);
    let Some(after) = rest.strip_prefix(')') else {
        return false;
    };
    // One char or figures alone label a list (`(1)`, `(가)`), as do roman numerals (`(ii)`).
    if !(2..=NOTE_CHARS).contains(&note.chars().count())
        || note.ends_with(['.', '!', '?', '…'])
        || is_list_label(note)
        || note.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let Some((core, tail)) = text.get(ps..pe).map(tail_of) else {
        return false;
    };
    let goes_on = after
        .split('\n')
        .next()
        .is_some_and(|line| !line.trim().is_empty());
    !tail.terminal() && (goes_on || classify(core) != Ending::Strong)
}

/// The group a word ends in when `g` has just closed: a parenthesis glued after a quote or a
/// title glosses it (`『아프니까 청춘이다』(2010) 등과`, `"가자"(웃음)`), so the word ends as the
/// quote or title does, not as the gloss.
fn glossed(last: Option<Group>, g: Group) -> Group {
    match last {
        Some(q) if q.end == g.at && !g.quote && g.place == Place::Inside => {
            Group { end: g.end, ..q }
        }
        _ => g,
    }
}

/// True when group `g` opened at or before the word `ps..pe` and closed in its trailing
/// punctuation.
fn ends_word(text: &str, g: &Group, ps: usize, pe: usize) -> bool {
    g.at <= ps
        && ps < g.end
        && g.end <= pe
        && text.get(g.end..pe).is_some_and(|rest| {
            rest.chars()
                .all(|c| is_terminal(c) || is_closer(c) || is_decoration(c))
        })
}

/// A full stop, question or exclamation mark typed without the space after it (`했다.그러나`);
/// a question or exclamation mark after a drawn-out word's tilde too (`영화임~!!그래서`).
fn glued_cut(prev: Option<char>, before_run: Option<char>, run: usize) -> bool {
    let Some(b) = before_run else {
        return false;
    };
    match prev {
        Some('?' | '!' | '？' | '！') => is_hangul(b) || matches!(b, '~' | '～'),
        Some('.' | '．') => run == 1 && matches!(b, '다' | '요' | '죠' | '까'),
        _ => false,
    }
}

/// Whether the Hangul syllable at `at` starts a word typed without the space before it: after a
/// laugh or emoticon glued to a Hangul word (`맛있었음ㅋㅋ담에`, `좋아요😊다음에`), or after a
/// single full stop closing a word of two syllables or more (`맛있음.다음엔`), one the
/// [`glued_cut`] endings do not cover, or after an ellipsis (`반전...손현주`, `충격임..뭣`: real
/// reviews and posts often leave out the space after one). Whether a sentence ends there is then
/// decided as for any two words. A lone tilde (`10시~오후`, `대~한민국`) and a stop after one syllable
/// (`한.일`, `초.중.고`) join what they join.
fn glued_words(text: &str, ws: usize, at: usize, prev: Option<char>, run: usize) -> bool {
    let Some(word) = text.get(ws..at) else {
        return false;
    };
    let before = if matches!(prev, Some('.' | '．')) && run == 1 {
        let core = word.trim_end_matches(['.', '．']);
        let syllables = core.chars().rev().take_while(|&c| is_hangul(c)).count();
        if syllables < 2 {
            return false;
        }
        core
    } else if (matches!(prev, Some('.' | '．')) && run >= 2)
        || matches!(prev, Some('…' | '‥' | '⋯'))
        || (matches!(prev, Some(',' | '，'))
            && tail::is_comma_run(&word[word.trim_end_matches([',', '，']).len()..]))
    {
        // Not after one syllable, which the ellipsis may stretch inside a word (`있…다고`); after
        // a laugh or a face alone, yes (`ㄷㄷ...그때`). Commas typed as an ellipsis read as one
        // (`작품,,,수고하셨습니다`; see `tail::Tail::commas`).
        let marked = word.trim_end_matches(['.', '．', '…', '‥', '⋯', ',', '，']);
        let core = marked.trim_end_matches(is_decoration);
        if core.is_empty() && marked.chars().count() >= 2 {
            return true;
        }
        if core.chars().rev().take_while(|&c| is_hangul(c)).count() < 2 && !stands_alone(core) {
            return false;
        }
        core
    } else if matches!(prev, Some(';')) {
        // Semicolons typed as sweat after a remark (`2011년작이었네;;벌써`, `끝이야;헐`): the
        // words are read as if spaced, where one semicolon after a noun closes nothing
        // (`tail::Tail::sweat`).
        let core = word.trim_end_matches(';');
        if core.chars().rev().take_while(|&c| is_hangul(c)).count() < 2 {
            return false;
        }
        core
    } else {
        let core = word.trim_end_matches(is_decoration);
        let decoration = &word[core.len()..];
        if decoration.is_empty() {
            return false;
        }
        // One tilde joins a range (`서울~부산`) or draws a syllable out (`대~한민국`); after an
        // ending that closes a remark, it closes it (`잘못~지금`, `바래요~온가족이`).
        if matches!(decoration, "~" | "～") {
            return classify(core) == Ending::Strong;
        }
        // A laugh or a face standing alone before a word typed without the space
        // (`ㅋㅋㅋㅋㅋ공유때문에`), not initials that stand for a word (`ㅅㅅ씬`).
        if core.is_empty() {
            // A laugh spelled on in syllables is one word (`ㅋㅋ큐ㅠ`, `ㅎㅎ하하`).
            let spelled_on = text[at..].chars().next().is_some_and(|c| {
                matches!(c, '크' | '큐' | '킄' | '쿠' | '킥' | '캬') || LAUGH_SYLLABLES.contains(&c)
            });
            return !spelled_on
                && decoration.chars().count() >= 2
                && decoration
                    .chars()
                    .all(|c| is_laugh_jamo(c) || c == 'ㅡ' || !('ㄱ'..='ㆎ').contains(&c));
        }
        core
    };
    before.chars().next_back().is_some_and(is_hangul)
}

/// Whether the Hangul at `at` starts a word that usually opens a sentence, typed without the
/// space after a sentence's ending (`맘이 아파요제가 태어나기 전`, `느낌이 든다특히`): real reviews
/// lose the line breaks between remarks so. The opener must be a listed one of two syllables or
/// more (`cues::starts`) that ends the word, and the word before it must end like a sentence, in
/// -다, -요, -죠 or a note's -임/-음/-함 (stop 53: 5 such ends in the reviews' tuning parts). Only a
/// few syllables are read ahead, so a long run without spaces stays linear.
fn glued_opener(text: &str, ws: usize, at: usize) -> bool {
    // The endings such a glue came after in the reviews; most syllables stop here, cheaply.
    if !text[ws..at].ends_with(['다', '요', '죠', '임', '음', '함']) {
        return false;
    }
    let rest = &text[at..];
    let mut end = 0;
    for (n, (k, c)) in rest.char_indices().enumerate() {
        if !is_hangul(c) {
            break;
        }
        if n == 4 {
            return false;
        }
        end = k + c.len_utf8();
    }
    let opener = &rest[..end];
    let before = &text[ws..at];
    // Not after the -아/-어 form, whose verb goes on (`좋아하지만`, `뛰어나는`), nor 니가 and 나는,
    // the ends of words in 니 and of verbs in 나다 (`어처구니가`, `자라나는`).
    opener.chars().count() >= 2
        && !matches!(opener, "니가" | "나는")
        && before.chars().count() >= 2
        && before.chars().all(is_hangul)
        && !before
            .chars()
            .next_back()
            .is_some_and(endings::is_infinitive)
        && cues::starts(opener)
        && matches!(classify(before), Ending::Strong | Ending::Weak)
}

/// Whether the Hangul at `at`, right after a `!` or `?` (`prev`), is a particle that ends the
/// word, so that the mark is part of a name or a quoted cry (`뱅!을 했는데`, `"왜?"처럼`,
/// `좋아!라고`): no sentence starts with a particle, read from the tokenizer's table, nor with
/// the copula's 입니다.
fn particle_after_mark(text: &str, at: usize, prev: Option<char>) -> bool {
    if !matches!(prev, Some('!' | '?' | '！' | '？')) {
        return false;
    }
    let rest = text.get(at..).unwrap_or("");
    let end = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
    let after = &rest[end..];
    let piece = &rest[..end];
    // The copula's 입니다 too (`역시 감우성!입니다`): no sentence starts with it.
    if piece.starts_with("입니") {
        return true;
    }
    crate::token::particle_len(piece) == Some(piece.chars().count())
        && after
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | '!' | '?'))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether a sentence ends between the word `ps..pe` and the word starting at `ns`; `group` is
/// a quote or bracket that opened before the word and closed in it.
///
/// `before` counts the words of the sentence before the word `ps..pe` (0: it began one).
/// Emoticon words (`^^`, `T_T`) after a sentence end belong to that sentence: the cut is *held*
/// (`held` set) and made after the last of them.
fn cut_between(
    text: &str,
    ps: usize,
    pe: usize,
    ns: usize,
    group: Option<Group>,
    before: usize,
    held: &mut bool,
) -> bool {
    let Some(word) = text.get(ps..pe) else {
        return false;
    };
    if std::mem::take(held) && (is_emoticon(word) || is_spelled_laugh(word)) {
        *held = is_emoticon(next_word(text, ns));
        return !*held;
    }
    // A listed name of two words goes on across the space (`아사다 마오`, `미란다 커`, `호소다
    // 히로유키`): a foreign name ending like a verb. Asked only of a cut already made, so that
    // the list is read only where a sentence seems to end without a mark (stop 40, from the
    // KLUE news sentences, whose annotators' names the list holds: tuned there).
    let cut = ends_sentence(text, word, ns, group, before) && !spans_a_name(text, word, ns);
    // Most words start with a syllable: no need to read the next word, unless it may be a laugh
    // spelled out.
    let next = match text.get(ns..).and_then(|r| r.chars().next()) {
        Some(c) if !is_hangul(c) || LAUGH_SYLLABLES.contains(&c) => next_word(text, ns),
        _ => return cut,
    };
    // A laugh spelled out after a sentence's end goes with it, as an emoticon does (`다시 오라고
    // 하시네요 허허`, `두 판 내리 졌음 허허`): the cut is held until after it. Before 웃다 or
    // 불다 it says how one laughs or blows (`허허 웃었습니다`, `호호 부는`), in a clause of its
    // own. Over every gold file such a laugh between two words closed its sentence 5 times and
    // sat inside none (`python3 benches/split/counts.py spelled-laugh`; stop 46).
    let laugh = is_spelled_laugh(next) && !laughs_how(text, next);
    if !laugh && !is_emoticon(next) {
        return cut;
    }
    if cut {
        *held = true;
    } else {
        // An emoticon after a casual ending marks its end, as a glued laugh does (`망했어 T_T`);
        // so does one after a note's noun form (`다녀옴 ⚾`), whose rules read the next word and
        // here find no word.
        // A pictograph after any other word but a link or a particle closes a post's line (`원데이
        // 베이킹 클래스 후기 🍰`, `엄마가 꽃다발 주심 💐`): over every gold file a spaced
        // pictograph ended its sentence 1,399 times and sat inside 3 (`이불 빨고 😤 베란다`),
        // `python3 benches/split/counts.py pictograph`; stop 40.
        let (core, tail) = tail_of(word);
        let ending = classify(core);
        *held = group.is_none()
            && !tail.terminal()
            && (ending == Ending::Weak
                || notes::may_end_unmarked(text, word, core)
                || ((is_pictograph(next) || (is_face(next) && !named_after(text, next)))
                    && ending != Ending::Connective
                    && !ends_with_particle(core)
                    // Links, and the particles of talk the news table lacks (`친구한테 🎂 케이크`).
                    && !core.ends_with(['고', '서', '며', '면', '랑'])
                    && !core.ends_with("한테")))
            && !cues::continues(core);
    }
    false
}

/// The syllables a laugh is spelled in (see [`is_spelled_laugh`]).
const LAUGH_SYLLABLES: [char; 6] = ['허', '하', '호', '헤', '히', '흐'];

/// Whether `word` is a laugh spelled in syllables, one of [`LAUGH_SYLLABLES`] said two to four
/// times (`허허`, `하하하`, `호호`), maybe with `!`, `~` or `.` after it.
fn is_spelled_laugh(word: &str) -> bool {
    let core = word.trim_end_matches(['!', '~', '.']);
    let Some(first) = core.chars().next() else {
        return false;
    };
    LAUGH_SYLLABLES.contains(&first)
        && (2..=4).contains(&core.chars().count())
        && core.chars().all(|c| c == first)
}

/// Whether the word after the laugh `laugh` (a slice of `text`) is 웃다 or 불다 (`웃었다`,
/// `불면서`, `부는`), which the laugh says how of.
fn laughs_how(text: &str, laugh: &str) -> bool {
    let after = notes::text_after(text, laugh).trim_start();
    after.starts_with(['웃', '불'])
        || ["부는", "부니", "부며", "부면"]
            .iter()
            .any(|f| after.starts_with(f))
}

/// Whether the one full stop after `core` (no `?`, `!` or ellipsis) is an abbreviation's or an
/// initial's, which ends no sentence (see [`period_is_not_final`]).
fn abbreviates(tail: &Tail, core: &str) -> bool {
    !tail.strong && tail.dots == 1 && !tail.ellipsis && period_is_not_final(core)
}

/// The nouns a clause in -다는 quotes (`했다는... 얘기`, `있다는... 거`): what is told goes on.
fn names_what_is_told(bare_next: &str) -> bool {
    [
        "거",
        "것",
        "게",
        "건",
        "걸",
        "말",
        "얘기",
        "이야기",
        "소리",
        "사실",
        "점",
        "뜻",
        "소식",
        "내용",
        "소문",
        "생각",
        "느낌",
    ]
    .iter()
    .any(|n| bare_next.starts_with(n))
}

/// Whether `word`, unpunctuated, and the word at `ns` are a listed name of two words.
fn spans_a_name(text: &str, word: &str, ns: usize) -> bool {
    let (core, tail) = tail_of(word);
    !tail.terminal()
        && core.len() == word.len()
        && core.chars().next_back().is_some_and(is_hangul)
        && crate::entity::reading::name_spans(core, bare(next_word(text, ns)))
}

/// Whether `word` is a face typed in marks (`^^`, `-_-`, `T_T`, `;;;`), not laughter jamo or a
/// tilde: after a remark it closes the line as a pictograph does (`가볍게 볼 수 있는 영화 ^^
/// 신하균`). Over every gold file such a face between two words ended its sentence 150 times and
/// sat inside once, before a pictograph (`python3 benches/split/pairs.py FACE --prev '\S*[가-힣]'`,
/// NSMC reviews included; stop 54).
fn is_face(word: &str) -> bool {
    is_emoticon(word) && word.contains(['^', '_', ';', 'T'])
}

/// Whether the word after `word` (a slice of `text`) is a particle alone: `word` is then named,
/// not used (`그 ^^ 가 더 무서움`). Not 이 or 나, which open sentences as 'this' and 'I' (`ㅋㅋ
/// 이 가격대에서는`).
fn named_after(text: &str, word: &str) -> bool {
    let after = notes::text_after(text, word).trim_start();
    let piece = after.split_whitespace().next().unwrap_or("");
    !piece.is_empty()
        && !matches!(piece, "이" | "나")
        && crate::token::particle_len(piece) == Some(piece.chars().count())
}

/// Whether `word` is made only of emoji pictographs (`🍰`, `✈️`, `👩‍💻`), not of the stars and
/// pointing hands that rate or list (`★★★★☆`, `☞`), nor of faces typed with letters (`^^`).
fn is_pictograph(word: &str) -> bool {
    word.chars().any(is_pictograph_char)
        && word.chars().all(|c| {
            (is_pictograph_char(c) || matches!(c, '\u{FE0F}' | '\u{200D}'))
                && !matches!(c, '★' | '☆' | '☜'..='☟')
        })
}

/// [`cut_between`] without the emoticon rule.
fn ends_sentence(text: &str, word: &str, ns: usize, group: Option<Group>, before: usize) -> bool {
    if group.is_none() && hashtags_close_the_line(text, word, ns) {
        return true;
    }
    let started = before == 0;
    let (core, tail) = tail_of(word);
    // Fast path for the common case, a plain word ending in a particle or a noun: no cut, and
    // no need to read the next word.
    if group.is_none()
        && !tail.terminal()
        && !tail.laugh
        && !tail.tilde
        && !core.is_empty()
        && matches!(classify(core), Ending::Other | Ending::Connective)
        && !notes::may_end_unmarked(text, word, core)
        && !notes::unlisted_in_m(core)
    {
        return false;
    }
    let next = next_word(text, ns);
    // A term glossed in Latin letters or Chinese characters (`팔구나(Phalguna)`) is a noun, not
    // one with an ending after its gloss (`병화(丙火)래`); and a gloss with more characters than
    // the word it follows spans the word before as well (`아이야 간(藍屋勘)의`, `후지와라
    // 북가(藤原北家)가`): over every gold file 1,651 such words and 669 such pairs sat inside a
    // sentence and none ended one (`python3 benches/split/counts.py gloss-term`,
    // `gloss-spans-back`; stop 45).
    if !tail.terminal()
        && ((word.ends_with(')') && notes::glossed_term(word)) || notes::gloss_spans_back(next))
    {
        return false;
    }
    // Marks spaced off the word end its sentence with it (`좋았다 …`, `진짜 ?!`); an ampersand
    // joins two names, no sentence opens with one (`vastatrix Berk. & Broome`; over every gold
    // file 341 gaps before one, none a sentence end; stop 49).
    if !next.is_empty()
        && (next.chars().all(is_terminal) || next.starts_with('&') || tail::is_comma_run(next))
    {
        return false;
    }
    let next_first = next.chars().next();
    let opens = next_first.is_some_and(is_opener);
    let bare_next = bare(next);
    // A particle standing alone leans on the word before it, which may end in a mark (`그다음에
    // 뱅! 을 했는데`, a title); no sentence opens with one. Not the tokenizer's whole table: 이,
    // 가, 도, 와, 만 standing alone are also words that open sentences (이 정도면, 가 보자).
    // Not after a full stop, where 은 is silver opening a sentence (`…컸다[1]. 은 생산에는`;
    // stop 46, from the sets scored that stop).
    if matches!(
        bare_next,
        "을" | "를" | "은" | "는" | "에서" | "으로" | "의" | "에게" | "한테"
    ) && (!word.ends_with('.') || word.ends_with(".."))
    {
        return false;
    }
    if let Some(g) = group.filter(|_| !tail.outer) {
        // A quote that gives the gist of something goes on to its measure (`'…아니다!' 정도이다`).
        if cues::continues(bare_next)
            || (g.quote
                && (is_hedge(bare_next)
                    || likens(bare_next)
                    || cues::asks_a_quote(bare_next)
                    || (g.place == Place::Inside && cues::points_back(bare_next))))
        {
            return false;
        }
        // A quote or bracket standing as a sentence ends one; one inside a sentence ends it
        // only when it is a quoted sentence ("...했다." 그는).
        return match g.place {
            Place::AfterEnd => true,
            // A title that opens a sentence names something, whatever its words (`「다시
            // 만나요」 나올 때`); only a quote's ending ends the sentence it opens.
            Place::Start => {
                tail.terminal()
                    || (classify(core) == Ending::Strong
                        && !text[g.at..].starts_with(brackets::is_title_opener))
            }
            // An abbreviation's stop closing a title inside a sentence (`『Phys. Rev. Lett.』
            // Vol. 112에`, `《실험의학지(J. Exp. Med.)》 79권에`; stop 47) ends no quoted sentence.
            Place::Inside => g.quote && tail.terminal() && !abbreviates(&tail, core),
        };
    }
    if tail.terminal() {
        // A mark before an operator is a factorial or an emphasis in a formula (`n! = n ×`).
        if next_first.is_some_and(is_operator) || sum_goes_on(text, core, next, ns) {
            return false;
        }
        if tail.quote
            && (cues::continues(bare_next) || likens(bare_next) || cues::asks_a_quote(bare_next))
        {
            return false;
        }
        if tail.is_ellipsis() {
            // Headlines join clauses with an ellipsis after a quote: `"…납치"… '국민영웅' 된`.
            if tail.quote && group.is_some() {
                return false;
            }
            // Commas after a linking ending pause a clause that goes on (`취소하셨고,, 두 번째
            // 분은`, `봤다만,, 영화가`, `끊어져서,, 그냥`): -고 and -만 4 of 4 in the gold files and
            // the reviews' tuning parts, where the dots after -고 end their sentence 36 times in
            // 39; -서 twice in the fresh sets scored in stop 53, read after scoring.
            if tail.commas
                && (core.ends_with(['고', '만', '서', '데', '면', '며']) || core.ends_with("니까"))
                && !crate::keywords::nouns::is_noun(core)
            {
                return false;
            }
            // An ellipsis standing alone is read as if glued to the word before it (`좋았다 …
            // 다음에` as `좋았다… 다음에`, `생명이 … 가장` as `생명이… 가장`); after a Latin word, a
            // figure or a comma it stands for words left out of code or a list (`ALTER TABLE …
            // DROP COLUMN`, `1 + 100, 2 + 99, … 50 + 51`).
            // A counter after a figure trails off as a price or a time (`2,340만 원...`, `1시간
            // 반...`), no hesitation: over every gold file it ended its sentence (8 of 8).
            let counted = || {
                core.chars().count() == 1
                    && notes::previous_word(text, word)
                        .bytes()
                        .any(|b| b.is_ascii_digit())
            };
            let (core, word) = if core.is_empty() && !opens {
                let before = notes::previous_word(text, word);
                let (core, _) = tail_of(before);
                if !core.chars().next_back().is_some_and(is_hangul) {
                    return false;
                }
                (core, before)
            } else {
                (core, word)
            };
            // The bound noun 거 after an adnominal form is the point of a casual sentence
            // (`안 쳐 봤다는 거... 유튜브`); alone, it hesitates as 그 does (`거... 뭐더라`).
            if core == "거" && notes::previous_word(text, word).ends_with(ends_adnominal) {
                return true;
            }
            // One syllable hesitates where it opens its sentence (`어... 쓰실`) or calls out
            // (`물으면 음... 모르겠음`); after other words of its sentence it is a noun or a
            // note's end that trails off (`팔 빠지는 줄...`, `위로가 됨...`, `한 병...`): over the
            // gold files the others ended their sentence 136 times and sat inside none (`python3
            // benches/split/counts.py ellipsis-syllable`; stop 42).
            let hesitates = is_hesitation(core)
                && !counted()
                && !(before == 0 && exclaims(core))
                && (before == 0 || core.chars().count() > 1 || is_interjection(core));
            // A tale told in -다는 trails off as the sentence's end (`못 먹었다는... 살쪄서`; 11
            // ends and none inside, `ellipsis-daneun`); before the noun it quotes it goes on.
            let told = told_in_daneun(core) && !names_what_is_told(bare_next);
            // 별로 pauses before the negation it goes with (`사람이 별로... 없었다`).
            let not_much = says_not_much(core)
                && (cues::after_thing(bare_next)
                    || ["안", "않", "못"].iter().any(|n| bare_next.starts_with(n)));
            return opens
                || !(classify(core) == Ending::Connective
                    || hesitates
                    || not_much
                    || (ends_with_particle(core) && !told));
        }
        // A full stop after a closing bracket is the sentence's, not an abbreviation's or a list
        // label's: a footnote mark (`이다[주 1].`), an aside ending in a figure (`무늬의 7).`).
        let after_bracket = word
            .trim_start_matches(is_opener)
            .get(core.len()..)
            .is_some_and(|t| t.starts_with([')', ']', '）', '］']));
        if !tail.strong
            && tail.dots == 1
            && !tail.ellipsis
            && !after_bracket
            && (abbreviates(&tail, core)
                || (started && is_list_label(core))
                || shortens_a_name(text, word, core, next)
                || shortened_before_small(core, next))
        {
            return false;
        }
        // A `?` that hedges a figure goes on to its measure (`80cm? 정도`, `두 시간? 쯤`), and
        // so does one after a bare figure (`한 40분? 기다린`, `9도? 10도? 정도`): over every gold
        // file a figure with a lone `?` ended a sentence only as a question of its own (`몇
        // 살일까?`, `세 상자쯤?`).
        if tail.strong
            && word.ends_with('?')
            && (is_hedge(bare_next)
                || (before >= 1
                    && !word.ends_with("??")
                    && !cues::starts(bare_next)
                    && hedged_figure(text, word, core)))
        {
            return false;
        }
        return true;
    }
    // No punctuation.
    if core.is_empty() {
        // A laugh after a sentence ends it (`...본즈 ㅋㅋ 근데`); one opening a sentence does not,
        // nor one after a linking ending (`봤었는데 ㅋㅋ 드디어`: the clause goes on; stop 52).
        if !tail.laugh || started || named_after(text, word) {
            return false;
        }
        let (before_laugh, _) = tail_of(notes::previous_word(text, word));
        return !["는데", "은데", "던데", "지만", "니까", "면서"]
            .iter()
            .any(|e| before_laugh.ends_with(e));
    }
    if cues::continues(bare_next)
        || cues::predicates_a_noun(bare_next)
        || notes::goes_on_from(core, bare_next)
        || notes::trailing_shrug(core, next, bare_next)
        || notes::trailing_address(text, ns, bare_next)
        || notes::alternative_question(text, core, ns)
    {
        return false;
    }
    // A hashtag before another is one tag of a line of them (`#소년이온다 #데미안`).
    if is_hashtag(word) && is_hashtag(next) {
        return false;
    }
    match core.chars().next_back() {
        Some('까' | '가' | '나' | '냐') if cues::after_question(bare_next) => return false,
        // The same with a word of manner between (`장작으로 바꿀까 진지하게 고민 중`, `그만둘까 한참
        // 생각했다`; stop 48).
        Some('까' | '냐') if pondered_after_manner(text, bare_next) => return false,
        // 보다 after a question makes it a guess, also in the noun form (`바보인가 봄`).
        Some('가' | '나') if bare_next == "봄" && notes::guess_from_a_question(core) => {
            return false
        }
        Some('야') if cues::after_must(bare_next) => return false,
        // -ㄹ게 typed as one word before 없다 or 아니다 is -ㄹ 것이, "a thing to" (`볼게 없었던`,
        // `탓할게 아닌`), not a promise (stop 55: 9 such in the reviews, all inside;
        // `python3 benches/split/pairs.py '.*{ㄹ}게' --next '(없|아니|아닌|아님).*' --reviews
        // tune,held,next,third,fourth,fifth,sixth`).
        Some('게')
            if core.chars().rev().nth(1).and_then(crate::text::jong) == Some(endings::J_L)
                && cues::after_thing(bare_next) =>
        {
            return false
        }
        // A figure guessed at (`1986년인가 주말의`, `99년인가 2000년인가`, `1년 인가 2년`).
        Some('가') if core.ends_with("인가") && guessed_figure(text, word, core) => {
            return false
        }
        _ => {}
    }
    if let Some(cut) = notes::decide(text, word, core, before, ns, bare_next) {
        return cut;
    }
    match classify(core) {
        Ending::Strong => true,
        Ending::Weak => {
            tail.laugh
                || tail.tilde
                || tail.sweat
                || (cues::starts(bare_next) && !comes_after(core, bare_next))
                || notes::closes_clause(text, word, core, before, bare_next)
                || parenthesised_sentence_at(text, ns)
        }
        Ending::Connective => false,
        Ending::Other => {
            let last = core.chars().last();
            // A laugh closes a casual sentence; so does a drawn-out tilde on a word that ends in
            // a consonant and no particle (`행복~ 이런 게`, `멍 때림~ 내일은`), not on a connective
            // or a particle (`와서~`, `나는~`, `동생이랑~`); and a typed one on a noun of two
            // syllables or more that ends in a vowel (`내용을 알 수 없는영화~ 조양은`), not on a
            // word of degree (`너무~`) nor a vowel drawn out without a tilde (`삼삼오오`).
            last.is_some_and(is_hangul)
                && (tail.laugh
                    || (tail.tilde
                        && !ends_with_particle(core)
                        && !core.ends_with('랑')
                        && (last.and_then(crate::text::jong).is_some_and(|j| j != 0)
                            || (word.contains(['~', '～']) && drawn_out_remark(core)))))
        }
    }
}

/// Whether `core`, a word in 인가, guesses at a figure: the figure in the word (`1986년인가`) or,
/// for 인가 alone, in the word before (`1년 인가`).
fn guessed_figure(text: &str, word: &str, core: &str) -> bool {
    let figure = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    if core == "인가" {
        figure(notes::previous_word(text, word))
    } else {
        figure(core)
    }
}

/// Whether `core`, a word that ends in a vowel and reads as a noun, may close a remark with a
/// typed tilde: two syllables or more, no vocative (`친구야~`), no word of degree or manner that
/// draws out before what it qualifies (`너무~ 좋아`, `정말~`) nor a subject said as one (`제가~`),
/// and no particle or link of talk in a vowel (`나도~`, `보고~`, `가서~`).
fn drawn_out_remark(core: &str) -> bool {
    const DEGREE: &[&str] = &[
        "너무", "정말", "진짜", "완전", "엄청", "아주", "되게", "겁나", "매우", "제일", "가장",
        "조금", "살짝", "다시", "그냥", "계속", "빨리", "어서", "우리", "저희", "제가", "내가",
    ];
    core.chars().count() >= 2
        && !DEGREE.iter().any(|d| core.ends_with(d))
        && !core.ends_with([
            '야', '아', '여', '도', '나', '이', '하', '히', '게', '서', '고', '며', '지',
        ])
}

/// Whether `bare_next` is a word of manner (`진지하게`, `한참`, `계속`) and the word after it
/// ponders what was asked before it (`고민`, `생각`): the question is what is weighed.
fn pondered_after_manner(text: &str, bare_next: &str) -> bool {
    const MANNER: &[&str] = &["계속", "또", "좀", "진짜", "한참", "한번", "잠깐", "조금"];
    if !(MANNER.contains(&bare_next)
        || (bare_next.chars().count() >= 2 && bare_next.ends_with(['게', '히'])))
    {
        return false;
    }
    let rest = notes::text_after(text, bare_next).trim_start();
    let after = rest.split_whitespace().next().unwrap_or("");
    ["고민", "생각"].iter().any(|p| after.starts_with(p))
}

/// Whether `core.` is a Latin word shortened inside a Korean sentence before the rest of a
/// name (`연구소는 Thos. Firth`, `독일 Friedr. Bayer`, `K-7 Mk. II는`): a Korean sentence does
/// not end on a bare Latin word before a capital, an English one may (`It was great. Then`).
fn shortens_a_name(text: &str, word: &str, core: &str, next: &str) -> bool {
    if core.is_empty()
        || !core.bytes().all(|b| b.is_ascii_alphabetic())
        || !next.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return false;
    }
    // Korean within three words before or two after: a name of several shortened parts stands
    // between Korean words (`독일 Farbenfabriken vorm. Friedr. Bayer & Co.의`).
    let hangul = |w: &str| w.chars().any(is_hangul);
    let after_next = || {
        let rest = notes::text_after(text, next).trim_start();
        next_word(text, text.len() - rest.len())
    };
    let mut prev = word;
    for _ in 0..3 {
        prev = notes::previous_word(text, prev);
        if hangul(prev) {
            return true;
        }
    }
    hangul(next) || hangul(after_next())
}

/// Whether `core.` is a Latin word before a word in a small letter or a figure (`var.
/// latiusculum`, `Fr. 479와`, `Vat. gr. 1209이다`, `Univ. of`): a sentence opens on neither.
/// Over every gold file 746 inside and no end (`python3 benches/split/pairs.py
/// '[A-Za-z]+\.' --next '[a-z0-9]\S*'`; stop 44).
fn shortened_before_small(core: &str, next: &str) -> bool {
    !core.is_empty()
        && core.bytes().all(|b| b.is_ascii_alphabetic())
        && next.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Whether `word` makes what is quoted before it an example (`"얼씨구!", "좋다!" 같은 추임새`)
/// or names what it is.
fn likens(word: &str) -> bool {
    // And the shout or sound it is (`"경례!" 소리에`, `"올라온다!" 소리가`).
    matches!(word, "같은" | "같이" | "따위" | "따위의") || word.starts_with("소리")
}

/// Whether `word` hedges what comes before it: about so much, so far.
fn is_hedge(word: &str) -> bool {
    ["정도", "쯤", "가량"].iter().any(|m| word.starts_with(m))
}

/// Whether `core` is a bare figure, a number with a short unit (`40분`, `1.3배`, `9도`) or a
/// counter after a spelled count (`여섯 가지`, `한 시간`), with no ending that asks (`몇
/// 살일까`) or hedges already (`세 상자쯤`).
fn hedged_figure(text: &str, word: &str, core: &str) -> bool {
    if core.ends_with(['까', '쯤', '요', '지', '니', '냐', '나', '가']) {
        return false;
    }
    let unit =
        core.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | '~'));
    if unit.len() < core.len() {
        return core.starts_with(|c: char| c.is_ascii_digit())
            && unit.chars().count() <= 3
            && unit
                .chars()
                .all(|c| is_hangul(c) || c.is_ascii_alphabetic() || c == '%');
    }
    (1..=2).contains(&core.chars().count())
        && core.chars().all(is_hangul)
        && notes::COUNT_WORDS.contains(&notes::previous_word(text, word))
}

/// Whether a figure's mark stands before a plus or minus standing alone and a figure or an
/// ellipsis after it (`1/1! + 1/2! + …`): a sum goes on. A post's afterthought after `+` is
/// words (`좋았다! + 주차는 유료`), which end the sentence before it.
fn sum_goes_on(text: &str, core: &str, next: &str, ns: usize) -> bool {
    if !matches!(next, "+" | "-" | "−") || !core.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let after = text.get(ns + next.len()..).unwrap_or("").trim_start();
    after.starts_with(|c: char| c.is_ascii_digit() || c == '…')
}

/// Whether `c` is a binary operator of a formula, which no sentence opens with.
fn is_operator(c: char) -> bool {
    // Not `+`, `<` or `>`: posts open an afterthought with `+` and a notice with `<공지>`.
    matches!(c, '=' | '×' | '÷' | '−' | '≤' | '≥' | '≠' | '≈')
}

/// Whether `next` is the verb 오다 after the -아/-어 form (`실어 와 버텼다`, `장을 봐 와`): the
/// same clause goes on, where the interjection 와 would open one.
fn comes_after(core: &str, next: &str) -> bool {
    next == "와" && core.chars().next_back().is_some_and(endings::is_infinitive)
}

/// Whether `c` ends an adnominal form in -ㄴ/-은/-는 (봤다는, 좋은): a syllable with ㄴ under it.
fn ends_adnominal(c: char) -> bool {
    crate::text::jong(c) == Some(endings::J_N)
}

/// Whether a whole sentence in parentheses starts at `ns` (`(전기 사용료는 별도였어요.)`): its
/// own period closes it, so the word before it, when it may end a sentence, ends one, as an
/// aside within a sentence (`한 판(72구)에`) has no period of its own.
fn parenthesised_sentence_at(text: &str, ns: usize) -> bool {
    let Some(inner) = text.get(ns..).and_then(|r| r.strip_prefix('(')) else {
        return false;
    };
    let Some(close) = inner.find([')', '(', '\n']) else {
        return false;
    };
    inner[close..].starts_with(')') && inner[..close].trim_end().ends_with(['.', '!', '?'])
}

/// Whether the words from `ns` to the end of the line are all hashtags (`#오운완 #수영일기`) and
/// `word` is none: a post's closing tags stand as a sentence of their own. A tag inside a
/// sentence (`최근 #미투 운동이`) has words after it that are no tags. Reads only as far as the
/// first word that is no tag, so the scan stays linear. A tag of figures alone (`#2024 #결산`)
/// is one of the line's tags too, not a sentence before them (stop 48).
fn hashtags_close_the_line(text: &str, word: &str, ns: usize) -> bool {
    let figure_tag = word
        .strip_prefix('#')
        .is_some_and(|tag| tag.starts_with(|c: char| c.is_ascii_digit()));
    if is_hashtag(word) || figure_tag || !text.get(ns..).is_some_and(|r| r.starts_with('#')) {
        return false;
    }
    let rest = &text[ns..];
    let mut start = 0;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            if start < i && !is_hashtag(&rest[start..i]) {
                return false;
            }
            if is_line_break(c) {
                return true;
            }
            start = i + c.len_utf8();
        }
    }
    start == rest.len() || is_hashtag(&rest[start..])
}

/// Whether `word` is a hashtag: `#`, then a letter or digit, with a letter somewhere (`#오운완`,
/// `#200일`; not `#1` or a lone `#`).
fn is_hashtag(word: &str) -> bool {
    word.strip_prefix('#').is_some_and(|tag| {
        tag.starts_with(char::is_alphanumeric) && tag.chars().any(char::is_alphabetic)
    })
}

/// The start of the word at `ns`: up to [`LOOKAHEAD`] chars, up to the next whitespace.
fn next_word(text: &str, ns: usize) -> &str {
    let Some(rest) = text.get(ns..) else {
        return "";
    };
    let mut end = rest.len();
    let (mut prev, mut dots) = (None, 0);
    for (n, (j, c)) in rest.char_indices().enumerate() {
        // A word glued after an ellipsis, a laugh or a full stop is a word of its own, as
        // `rule_cuts` reads it (`ㄷㄷ...그때`: the next word is `ㄷㄷ...`).
        let glued = is_hangul(c)
            && prev.is_some_and(|p| !is_hangul(p))
            && glued_words(rest, 0, j, prev, dots);
        if is_space(c) || n == LOOKAHEAD || glued {
            end = j;
            break;
        }
        dots = if matches!(c, '.' | '．') {
            dots + 1
        } else {
            0
        };
        prev = Some(c);
    }
    &rest[..end]
}
