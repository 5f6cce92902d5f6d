//! Sentence splitting.
//!
//! Contract: [`split`] returns sentence spans of the given text, in order, non-overlapping, each
//! trimmed of surrounding whitespace and non-empty; every non-whitespace char of the text lies in
//! exactly one sentence, so nothing is lost and nothing is rewritten.
//!
//! How it decides, in one forward pass per line:
//!
//! - **A line break always ends a sentence.** Headlines, sub-heads, bullets and bylines come as
//!   lines without final punctuation; a break inside a sentence is rare in news and costly to
//!   guess.
//! - **Quotes and brackets are opaque.** Matched pairs (`“ ”`, `‘ ’`, `" "`, `' '`, `( )`,
//!   `[ ]`, `「 」`, `『 』`, `《 》`, `〈 〉`) are found first; nothing inside one is a boundary, so
//!   `"…했다. …하겠다"고 말했다` and `"…거야." 하며` stay one sentence. A closing quote is a
//!   boundary when what it closes ends a sentence and what follows is not a continuation of it
//!   (`라고`, `하며`, `며`, `고`, …). Unmatched marks are ignored, so a stray quote cannot swallow
//!   the rest of a line.
//! - **Terminal punctuation** (`. ? ! … ··· 。`, repeated or mixed, then closing marks) ends a
//!   sentence when whitespace follows — except a `.` in a number or date (`1.5%`, `2023. 4.
//!   18.`), after an initial or a known abbreviation (`U.S.`, `Mr.`), or inside a URL or
//!   address. Without a following space it ends one only after a sentence-final ending
//!   (`했다.그는`). An ellipsis after the first word of a sentence (`물론… 영화만`) is a pause.
//! - **Sentence-final endings without punctuation** (casual text, notes, tweets): a word ending
//!   in an ending that closes Korean sentences (했다, 한다, 합니다, 해요, 하죠, 했음, 할까, dialect
//!   forms like 했걸랑, 하는구먼, 않아유) followed by a word that does not continue it (보니, 하고,
//!   …) is a boundary. The table ([`endings`]) is hand-written and conservative: nouns that end
//!   in the same syllables (주요, 필요, 내용, 바다) are kept out by looking at the syllable before,
//!   including its final consonant, since the past tense (ㅆ) and the present (ㄴ) mark verbs.
//!
//! Runs of jamo (ㅋㅋ, ㅠㅠ) and a tilde after an ending (`해요~`) also end sentences.
//!
//! The scan keeps one buffer of chars per line and never backtracks beyond a word, so time is
//! linear in the text.

mod endings;

use crate::text::{trim_range, CharIndex, Span};

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Span> {
    let mut splitter = Splitter::default();
    let mut cuts = Vec::new();
    let mut line_cuts = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        line_cuts.clear();
        line_cuts.push(start);
        splitter.cut_line(text, start, end, &mut line_cuts);
        line_cuts.push(end);
        // A piece without letters or digits (an emoji, a lone mark) joins the sentence before it.
        let mut kept = end;
        for w in line_cuts.windows(2).skip(1) {
            if text[w[0]..w[1]].chars().any(char::is_alphanumeric) {
                cuts.push(w[0]);
            }
            kept = w[1];
        }
        cuts.push(kept);
        start = end;
    }
    let index = CharIndex::new(text);
    let mut out = Vec::with_capacity(cuts.len());
    let mut from = 0;
    for cut in cuts {
        let (s, e) = trim_range(text, from, cut);
        if s < e {
            out.push(index.span(s, e));
        }
        from = cut;
    }
    out
}

/// Buffers reused from line to line.
#[derive(Default)]
struct Splitter {
    chars: Vec<(usize, char)>,
    /// Per char, how many quote or bracket pairs enclose it (the marks themselves excluded).
    depth: Vec<u16>,
    /// Per char, the index of the opening mark that a closing mark at this index closes.
    closes: Vec<u32>,
    stack: Vec<(char, usize)>,
}

const NONE: u32 = u32::MAX;
/// Pairs further apart than this are not trusted: a stray mark must not hide a whole line.
const MAX_PAIR_CHARS: usize = 1000;

fn closer_of(c: char) -> Option<char> {
    Some(match c {
        '“' => '”',
        '‘' => '’',
        '(' => ')',
        '[' => ']',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '〈' => '〉',
        '<' => '>',
        '（' => '）',
        '［' => '］',
        _ => return None,
    })
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | ')' | ']' | '」' | '』' | '》' | '〉' | '>' | '）' | '］' | '"' | '\''
    )
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | '…' | '。' | '？' | '！' | '‥' | '·' | '~' | '～'
    )
}

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

fn is_jamo(c: char) -> bool {
    ('ㄱ'..='ㅣ').contains(&c)
}

/// Abbreviations after which a `.` does not end a sentence (lower-cased).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
    "no", "vol", "fig", "e.g", "i.e", "approx", "dept", "gov", "gen", "sen", "rep", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

impl Splitter {
    /// Pushes the byte offsets where sentences end inside `text[start..end]` (one line).
    fn cut_line(&mut self, text: &str, start: usize, end: usize, cuts: &mut Vec<usize>) {
        self.chars.clear();
        self.chars
            .extend(text[start..end].char_indices().map(|(i, c)| (start + i, c)));
        self.find_pairs();
        let cs = &self.chars;
        let n = cs.len();
        // Where the current sentence starts (char index), to tell "first word" ellipses.
        let mut sentence_start = 0;
        let mut i = 0;
        while i < n {
            let c = cs[i].1;
            if self.depth[i] > 0 {
                i += 1;
                continue;
            }
            // A closing quote or bracket ending a sentence inside it.
            if self.closes[i] != NONE {
                if let Some(after) = self.quote_end_boundary(i, sentence_start) {
                    cuts.push(cs[after].0);
                    sentence_start = after;
                    i = after;
                    continue;
                }
                i += 1;
                continue;
            }
            if is_terminal(c) {
                let run_end = self.terminal_run_end(i);
                if self.terminal_is_boundary(i, run_end, sentence_start) {
                    let cut = if run_end < n { cs[run_end].0 } else { end };
                    cuts.push(cut);
                    sentence_start = run_end;
                }
                i = run_end.max(i + 1);
                continue;
            }
            if c.is_whitespace() && i > 0 && !cs[i - 1].1.is_whitespace() {
                if self.word_end_is_boundary(sentence_start, i) {
                    cuts.push(cs[i].0);
                    sentence_start = i;
                }
            }
            i += 1;
        }
    }

    /// Matches quote and bracket pairs and fills `depth` and `closes`.
    fn find_pairs(&mut self) {
        let n = self.chars.len();
        self.depth.clear();
        self.depth.resize(n + 1, 0);
        self.closes.clear();
        self.closes.resize(n, NONE);
        self.stack.clear();
        // Difference array of enclosure counts.
        let mut diff = vec![0i32; n + 1];
        let mut pair = |open: usize, close: usize, closes: &mut Vec<u32>| {
            if close - open <= MAX_PAIR_CHARS {
                diff[open + 1] += 1;
                diff[close] -= 1;
                closes[close] = open as u32;
            }
        };
        let mut open_double: Option<usize> = None;
        let mut open_single: Option<usize> = None;
        for i in 0..n {
            let c = self.chars[i].1;
            match c {
                '"' => match open_double.take() {
                    Some(o) => pair(o, i, &mut self.closes),
                    None => open_double = Some(i),
                },
                '\'' => {
                    let latin = |j: Option<usize>| {
                        j.and_then(|j| self.chars.get(j))
                            .is_some_and(|&(_, d)| d.is_ascii_alphabetic())
                    };
                    // An apostrophe between letters (don't, it's) is no quote.
                    if latin(i.checked_sub(1)) && latin(Some(i + 1)) {
                        continue;
                    }
                    match open_single.take() {
                        Some(o) => pair(o, i, &mut self.closes),
                        None => open_single = Some(i),
                    }
                }
                _ => {
                    if let Some(closer) = closer_of(c) {
                        self.stack.push((closer, i));
                    } else if is_closer(c) {
                        // Close the nearest matching opener; openers above it were unmatched.
                        if let Some(pos) = self.stack.iter().rposition(|&(k, _)| k == c) {
                            let (_, o) = self.stack[pos];
                            self.stack.truncate(pos);
                            pair(o, i, &mut self.closes);
                        }
                    }
                }
            }
        }
        let mut running = 0i32;
        for i in 0..n {
            running += diff[i];
            self.depth[i] = running.clamp(0, u16::MAX as i32) as u16;
        }
    }

    /// The char index one past a run of terminal marks starting at `i`, closing marks included.
    fn terminal_run_end(&self, i: usize) -> usize {
        let cs = &self.chars;
        let mut j = i;
        while j < cs.len() && is_terminal(cs[j].1) {
            j += 1;
        }
        j
    }

    fn terminal_is_boundary(&self, i: usize, run_end: usize, sentence_start: usize) -> bool {
        let cs = &self.chars;
        let run: &[(usize, char)] = &cs[i..run_end];
        let prev = i.checked_sub(1).map(|p| cs[p].1);
        let next = cs.get(run_end).map(|&(_, c)| c);
        let next_is_space = next.is_none_or(char::is_whitespace);
        let has = |f: fn(char) -> bool| run.iter().any(|&(_, c)| f(c));
        let dots = run.iter().filter(|&&(_, c)| c == '.').count();
        let ellipsis = has(|c| c == '…' || c == '‥')
            || dots >= 2
            || run.iter().filter(|&&(_, c)| c == '·').count() >= 2;
        let strong = has(|c| matches!(c, '?' | '!' | '？' | '！' | '。'));

        // A single middle dot is a list separator (김병학 FO·이상호 PO), never an end.
        if run.len() == 1 && run[0].1 == '·' {
            return false;
        }
        // A tilde is a range (3~5%) unless it trails an ending before a space (해요~ ).
        if run.iter().all(|&(_, c)| c == '~' || c == '～') {
            return next_is_space && prev.is_some_and(|p| is_hangul(p) || is_jamo(p));
        }
        if !next_is_space {
            // Glued to the next word: a URL, e-mail, version, decimal, or 했다.그는
            let next = next.unwrap_or(' ');
            if is_closer(next) || next.is_ascii_alphanumeric() || ellipsis {
                return false;
            }
            return is_hangul(next) && self.ends_sentence_word(i);
        }
        if strong {
            return true;
        }
        if ellipsis {
            if self.ends_connective_word(i) {
                return false;
            }
            // 물론… 영화만 / 해가… 나야: a pause after the sentence's first word.
            return !self.is_first_word(sentence_start, i);
        }
        // A single '.' followed by whitespace.
        let Some(prev) = prev else { return false };
        if prev.is_ascii_digit() {
            // "15. 오이에": a list number opening the sentence.
            return !self.is_first_word(sentence_start, i) && !self.is_numbered_date_or_list(i);
        }
        if prev.is_ascii_alphabetic() {
            return !self.is_abbreviation(i);
        }
        true
    }

    /// Whether the chars from `sentence_start` to `at` hold at most one word.
    fn is_first_word(&self, sentence_start: usize, at: usize) -> bool {
        let part = &self.chars[sentence_start..at];
        let lead = part.iter().take_while(|&&(_, c)| c.is_whitespace()).count();
        !part[lead..].iter().any(|&(_, c)| c.is_whitespace())
    }

    /// `2023. 4. 18.` and `1. 2.`-style numbering: a number-dot followed by another number.
    fn is_numbered_date_or_list(&self, dot: usize) -> bool {
        let cs = &self.chars;
        let mut j = dot + 1;
        while j < cs.len() && cs[j].1.is_whitespace() {
            j += 1;
        }
        if cs.get(j).is_some_and(|&(_, c)| c.is_ascii_digit()) {
            return true;
        }
        // The last part of a dotted date: digits, and before them "digits. ".
        let mut k = dot;
        while k > 0 && cs[k - 1].1.is_ascii_digit() {
            k -= 1;
        }
        let digits = dot - k;
        if digits > 2 || k < 3 {
            return false;
        }
        let before: String = cs[k.saturating_sub(3)..k].iter().map(|&(_, c)| c).collect();
        before.ends_with(". ") && cs[k - 3].1.is_ascii_digit()
    }

    fn is_abbreviation(&self, dot: usize) -> bool {
        let cs = &self.chars;
        let mut k = dot;
        while k > 0 && (cs[k - 1].1.is_ascii_alphabetic() || cs[k - 1].1 == '.') {
            k -= 1;
        }
        let word: String = cs[k..dot]
            .iter()
            .map(|&(_, c)| c.to_ascii_lowercase())
            .collect();
        let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
        // Initials and dotted abbreviations: J. K., U.S.
        letters == 1 || word.contains('.') || ABBREVIATIONS.contains(&word.as_str())
    }

    /// Whether the word ending just before char `at` ends in a sentence-final ending.
    fn ends_sentence_word(&self, at: usize) -> bool {
        let cs = &self.chars;
        let mut k = at;
        while k > 0 && is_hangul(cs[k - 1].1) {
            k -= 1;
        }
        let word: Vec<char> = cs[k..at].iter().map(|&(_, c)| c).collect();
        endings::is_final(&word)
    }

    /// Whether the word ending just before char `at` ends in a connective ending (지만, 는데).
    fn ends_connective_word(&self, at: usize) -> bool {
        let cs = &self.chars;
        let mut k = at;
        while k > 0 && is_hangul(cs[k - 1].1) {
            k -= 1;
        }
        let word: Vec<char> = cs[k..at].iter().map(|&(_, c)| c).collect();
        endings::is_connective(&word)
    }

    /// A boundary at whitespace `at`, after a word without punctuation.
    fn word_end_is_boundary(&self, sentence_start: usize, at: usize) -> bool {
        let cs = &self.chars;
        let prev = cs[at - 1].1;
        // The next word.
        let mut j = at;
        while j < cs.len() && cs[j].1.is_whitespace() {
            j += 1;
        }
        if j >= cs.len() {
            return false;
        }
        let next_first = cs[j].1;
        if !(is_hangul(next_first)
            || next_first.is_alphanumeric()
            || closer_of(next_first).is_some()
            || next_first == '"'
            || next_first == '\'')
        {
            return false;
        }
        let mut e = j;
        while e < cs.len() && is_hangul(cs[e].1) {
            e += 1;
        }
        let next_word: Vec<char> = cs[j..e].iter().map(|&(_, c)| c).collect();
        if is_jamo(prev) {
            // ㅋㅋ, ㅠㅠ: a run of two or more jamo closes a sentence (but does not make one).
            return at >= 2 && is_jamo(cs[at - 2].1) && !self.is_first_word(sentence_start, at);
        }
        if !is_hangul(prev) || endings::continues(&next_word) {
            return false;
        }
        self.ends_sentence_word(at)
    }

    /// For a closing mark at `close`, the char index where the next sentence starts, if the
    /// quoted or bracketed part ends the sentence.
    fn quote_end_boundary(&self, close: usize, sentence_start: usize) -> Option<usize> {
        let cs = &self.chars;
        let open = self.closes[close] as usize;
        // A bracket is an aside, unless it is the whole sentence: (물론 전 안 먹었지만…ㅋㅋ)
        let whole = cs[sentence_start..open]
            .iter()
            .all(|&(_, c)| c.is_whitespace());
        if !whole && !matches!(cs[open].1, '"' | '\'' | '“' | '‘' | '「' | '『') {
            return None;
        }
        let mut last = close;
        while last > open + 1 && cs[last - 1].1.is_whitespace() {
            last -= 1;
        }
        if last <= open + 1 {
            return None;
        }
        let inner_last = cs[last - 1].1;
        let ends = matches!(inner_last, '.' | '?' | '!' | '…' | '。' | '？' | '！')
            || (whole && (is_jamo(inner_last) || self.ends_sentence_word(last)));
        if !ends {
            return None;
        }
        // Everything after the closer up to the next word.
        let mut j = close + 1;
        while j < cs.len() && is_closer(cs[j].1) && self.closes[j] == NONE {
            j += 1;
        }
        // A citation right after the quote belongs to it: "…한다."(요한 3:13)
        if j < cs.len() && closer_of(cs[j].1).is_some() {
            let limit = (j + MAX_PAIR_CHARS).min(cs.len());
            if let Some(k) = (j + 1..limit).find(|&k| self.closes[k] == j as u32) {
                j = k + 1;
            }
        }
        let after = j;
        if j < cs.len() && !cs[j].1.is_whitespace() {
            return None;
        }
        while j < cs.len() && cs[j].1.is_whitespace() {
            j += 1;
        }
        if j >= cs.len() {
            return None;
        }
        let mut e = j;
        while e < cs.len() && is_hangul(cs[e].1) {
            e += 1;
        }
        let next_word: Vec<char> = cs[j..e].iter().map(|&(_, c)| c).collect();
        if endings::continues(&next_word) {
            return None;
        }
        Some(after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn news_sentences_split_at_periods_only_where_they_end() {
        assert_eq!(
            sentences("주가는 1.5% 올랐다. 회사는 \"계획대로 간다\"고 말했다."),
            ["주가는 1.5% 올랐다.", "회사는 \"계획대로 간다\"고 말했다."]
        );
        assert_eq!(
            sentences("김성태 기자 2023. 4. 18. 07:00 발표. 다음 문장."),
            ["김성태 기자 2023. 4. 18. 07:00 발표.", "다음 문장."]
        );
    }

    #[test]
    fn quotes_are_opaque() {
        let text = "그는 \"AI는 인프라다. 모두가 쓴다\"며 \"준비됐다\"고 말했다. 이어 웃었다.";
        assert_eq!(
            sentences(text),
            [
                "그는 \"AI는 인프라다. 모두가 쓴다\"며 \"준비됐다\"고 말했다.",
                "이어 웃었다."
            ]
        );
        let text = "호야는 \"문제없어. 성공할 수 있어!\" 하며 웃었다.";
        assert_eq!(sentences(text), [text]);
    }

    #[test]
    fn endings_without_punctuation_split() {
        assert_eq!(
            sentences("밥을 먹었걸랑 근데 그게 잘 안되는구먼 쉽지 않아유"),
            ["밥을 먹었걸랑", "근데 그게 잘 안되는구먼", "쉽지 않아유"]
        );
        assert_eq!(
            sentences("주요 기업 필요 없다 보니"),
            ["주요 기업 필요 없다 보니"]
        );
    }
}
