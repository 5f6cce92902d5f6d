//! Dictionary-free Korean tokens for scoring.
//!
//! A Korean word as written (an *eojeol*) glues a stem to particles (josa: 카카오**가**,
//! 조직**을**) and endings (eomi: 신설**했다**, 밝**혔다**). Sentence similarity and keyword
//! ranking need the stems to meet across those forms, and a morphological dictionary would weigh
//! megabytes in the browser. So:
//!
//! - A text is cut into runs of one script: Hangul syllables, Latin letters (with digits inside,
//!   as in `KoGPT`, `H100`), numbers (with inner `.` and `,`: `2.0`, `1,406`), and other letters
//!   (Hanja, kana, …). Punctuation and spaces separate runs.
//! - A Hangul run loses its longest suffix from a fixed table of particles and endings
//!   (`token/suffixes.rs`), as long as the stem keeps enough syllables: two for suffixes that are also
//!   common noun endings (의, 가, 이, 도, 기, …), one for the rest. Stems of 회의는 and 회의 both
//!   come out as 회의, while 카카오가 gives 카카오.
//! - A Hangul run that follows another run in the same word (no space between, quotes and
//!   brackets allowed) and is nothing but a suffix (`AI를`, `‘카나나’를`, `(035720)가`) is
//!   dropped: it only carries grammar.
//!
//! The stem is always a prefix of the word, so it is a slice of the original text: no strings are
//! built. Words whose suffix was an ending are marked [`Suffix::Ending`]: they are predicates
//! (했다, 밝혔다), which keyword ranking leaves out.
//!
//! Known limits, accepted for speed and size: irregular stems are cut at the syllable (밝혔다 →
//! 밝), a noun that happens to end in a suffix syllable can lose it (전문가 → 전문), and compounds
//! are not split. Summaries and keywords only need consistent stems, not linguistic ones.

mod suffixes;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub(crate) use suffixes::particle_len;
use suffixes::{suffix_len, SuffixClass};

use crate::text::is_hangul;

/// What kind of word a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Hangul (with its particles and endings stripped).
    Hangul,
    /// Latin letters (possibly with digits), e.g. KoGPT.
    Latin,
    /// A number, e.g. 2.0 or 035720.
    Number,
    /// Anything else (Hanja, other scripts).
    Other,
}

/// What was stripped off a Hangul word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Suffix {
    /// Nothing: the word is bare.
    None,
    /// A particle (josa): the stem is most likely a noun.
    Particle,
    /// A light-verb ending (했다, 하는, 됐다): the stem is most likely a verbal noun (신설).
    LightVerb,
    /// A verb or adjective ending (eomi): the stem is most likely a predicate.
    Ending,
}

/// One word of a text, with the stem used for scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset where the word starts.
    pub start: usize,
    /// Byte offset where the word ends (exclusive), suffix included.
    pub end: usize,
    /// Byte offset where the stem ends: the stem is `text[start..stem_end]`.
    pub stem_end: usize,
    /// The word's kind.
    pub kind: TokenKind,
    /// What was stripped to get the stem.
    pub suffix: Suffix,
}

impl Token {
    /// The stem in `text`.
    pub fn stem<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.stem_end]
    }

    /// The stem's length in chars (every Hangul syllable is 3 bytes, Latin and digits 1).
    pub fn stem_chars(&self, text: &str) -> usize {
        match self.kind {
            TokenKind::Hangul => (self.stem_end - self.start) / 3,
            TokenKind::Latin | TokenKind::Number => self.stem_end - self.start,
            TokenKind::Other => self.stem(text).chars().count(),
        }
    }
}

/// Stems too common in Korean news to say anything about a sentence.
const STOPWORDS: &[&str] = &[
    "것",
    "수",
    "등",
    "및",
    "또",
    "더",
    "이",
    "그",
    "저",
    "이번",
    "지난",
    "올해",
    "대한",
    "통해",
    "위해",
    "따르",
    "따르면",
    "있",
    "있다",
    "없",
    "했",
    "하",
    "한",
    "밝혔",
    "말했",
    "전했",
    "또한",
    "이에",
    "이어",
    "한편",
    "특히",
    "이날",
    "때문",
    "경우",
    "관련",
    "가운데",
    "대해",
    "위한",
    "오는",
    "최근",
    "현재",
    "당시",
    "기자",
    "그는",
    "이를",
    "이와",
    "함께",
    "모두",
    "다른",
    "같은",
    "많은",
];

/// Whether a Hangul word is nothing but a particle or an ending from the table (측은, 에서,
/// 했다): written apart from a one-syllable noun (카카오 측은), it was left uncut.
pub(crate) fn is_all_suffix(word: &str) -> bool {
    suffix_len(word).is_some_and(|(n, _)| 3 * n == word.len())
}

/// Stems are keyed by their hash: short, and stable across runs and targets.
pub(crate) fn hash_stem(s: &str) -> u64 {
    crate::text::Fnv1a::hash(s.as_bytes())
}

/// Keys are already hashes, so the map's hasher passes them through.
#[derive(Default, Debug)]
pub(crate) struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by [`hash_stem`].
pub(crate) type StemMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// Whether `stem` is too common in Korean news to say anything about a sentence.
pub(crate) fn is_stopword(stem: &str) -> bool {
    static SET: std::sync::OnceLock<StemMap<()>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().map(|s| (hash_stem(s), ())).collect())
        .contains_key(&hash_stem(stem))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Hangul,
    Latin,
    Digit,
    Other,
    Space,
    Punct,
}

fn class(c: char) -> Class {
    match c {
        c if is_hangul(c) => Class::Hangul,
        'a'..='z' | 'A'..='Z' => Class::Latin,
        '0'..='9' => Class::Digit,
        c if c.is_whitespace() => Class::Space,
        c if c.is_alphabetic() => Class::Other,
        _ => Class::Punct,
    }
}

/// Appends the tokens of `text` to `out`.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    // Whether the previous run touches this one inside the same word.
    let mut glued = false;
    while let Some((start, c)) = chars.next() {
        let cls = class(c);
        let kind = match cls {
            Class::Space => {
                glued = false;
                continue;
            }
            // Quotes and brackets keep the word together: '카나나'를, 인공지능(AI)을.
            Class::Punct => continue,
            Class::Hangul => TokenKind::Hangul,
            Class::Latin => TokenKind::Latin,
            Class::Digit => TokenKind::Number,
            Class::Other => TokenKind::Other,
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            let dc = class(d);
            let same = match kind {
                TokenKind::Hangul => dc == Class::Hangul,
                // Digits inside Latin words (H100, GPT4) stay in the word.
                TokenKind::Latin => dc == Class::Latin || dc == Class::Digit,
                // A '.' or ',' between digits belongs to the number (2.0, 1,406).
                TokenKind::Number => {
                    dc == Class::Digit
                        || ((d == '.' || d == ',')
                            && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()))
                }
                TokenKind::Other => dc == Class::Other,
            };
            if !same {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        let mut token = Token {
            start,
            end,
            stem_end: end,
            kind,
            suffix: Suffix::None,
        };
        if kind == TokenKind::Hangul {
            let word = &text[start..end];
            let syllables = word.len() / 3;
            match suffix_len(word) {
                Some((n, _)) if glued && n == syllables => {
                    // The whole run is grammar attached to the word before: AI를, '카나나'를.
                    continue;
                }
                Some((n, class)) => {
                    let min_stem = if class.is_ambiguous() { 2 } else { 1 };
                    if syllables >= n + min_stem {
                        token.stem_end = end - 3 * n;
                        token.suffix = match class {
                            SuffixClass::Particle | SuffixClass::AmbiguousParticle => {
                                Suffix::Particle
                            }
                            SuffixClass::LightVerb => Suffix::LightVerb,
                            SuffixClass::Ending | SuffixClass::AmbiguousEnding => Suffix::Ending,
                        };
                    }
                }
                None => {}
            }
        }
        glued = true;
        out.push(token);
    }
}

/// The tokens of several texts (an article's sentences, then its headline) in one buffer, so
/// that each text is tokenised once and its tokens shared by the summary and the keywords.
#[derive(Debug, Default, Clone)]
pub(crate) struct TokenLists {
    tokens: Vec<Token>,
    /// Where each text's tokens end in `tokens`.
    ends: Vec<usize>,
}

impl TokenLists {
    /// Forgets every text, keeping the buffers.
    pub(crate) fn clear(&mut self) {
        self.tokens.clear();
        self.ends.clear();
    }

    /// Tokenises `text` as the next text.
    pub(crate) fn push(&mut self, text: &str) {
        tokenize_into(text, &mut self.tokens);
        self.ends.push(self.tokens.len());
    }

    /// The tokens of text `i`, offsets relative to that text.
    pub(crate) fn get(&self, i: usize) -> &[Token] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.tokens[start..self.ends[i]]
    }
}

/// The tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.stem(text)).collect()
    }

    #[test]
    fn particles_and_endings_are_stripped_from_seed_words() {
        assert_eq!(
            stems("카카오가 AI 전담 조직을 신설했다"),
            ["카카오", "AI", "전담", "조직", "신설"]
        );
        assert_eq!(stems("카카오브레인에서 개발한"), ["카카오브레인", "개발"]);
        assert_eq!(stems("정신아 대표는"), ["정신아", "대표"]);
    }

    #[test]
    fn short_nouns_keep_syllables_that_look_like_particles() {
        assert_eq!(stems("회의는 회의"), ["회의", "회의"]);
        assert_eq!(stems("평가를 받고 늘었다"), ["평가", "받고", "늘"]);
    }

    #[test]
    fn latin_words_and_numbers_are_tokens_and_their_particles_vanish() {
        assert_eq!(
            stems("KoGPT 2.0을 카카오(035720)가 공개"),
            ["KoGPT", "2.0", "카카오", "035720", "공개"]
        );
        assert_eq!(stems("AI를 1,406억원"), ["AI", "1,406", "억원"]);
        assert_eq!(stems("H100 GPU가"), ["H100", "GPU"]);
    }

    #[test]
    fn predicates_are_marked() {
        let text = "출시를 예고했으나 매출이 늘었다";
        let tokens = tokenize(text);
        let kinds: Vec<Suffix> = tokens.iter().map(|t| t.suffix).collect();
        assert_eq!(
            kinds,
            [
                Suffix::Particle,
                Suffix::LightVerb,
                Suffix::Particle,
                Suffix::Ending
            ]
        );
        assert_eq!(tokens[1].stem(text), "예고");
    }
}
