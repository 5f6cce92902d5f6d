//! Spans into the original text, carrying both byte and char ranges, and the small text helpers
//! every stage shares (Hangul test, trimming, a stable hash).

use serde::{Deserialize, Serialize};

/// A range of a text, as byte offsets (for slicing in Rust) and as Unicode scalar (char) offsets
/// (for JavaScript, JSON consumers and the CLI protocol). Ends are exclusive.
///
/// A span always lies on char boundaries of the text it was made from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub byte_start: usize,
    /// Byte offset one past the last byte.
    pub byte_end: usize,
    /// Char offset of the first char.
    pub char_start: usize,
    /// Char offset one past the last char.
    pub char_end: usize,
}

impl Span {
    /// The slice of `text` this span covers. `text` must be the text the span was made from.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.byte_start..self.byte_end]
    }

    /// Length in bytes.
    pub fn byte_len(&self) -> usize {
        self.byte_end - self.byte_start
    }

    /// Length in chars.
    pub fn char_len(&self) -> usize {
        self.char_end - self.char_start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.byte_start == self.byte_end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.byte_start < other.byte_end && other.byte_start < self.byte_end
    }
}

/// Converts byte offsets of one text to char offsets.
///
/// Built once per text in O(n) and answering each lookup in O(log n), so stages that produce
/// many spans never rescan the text from its start.
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every 64th char: `checkpoints[i]` is the byte offset of char `64 * i`.
    checkpoints: Vec<usize>,
}

const CHECKPOINT_EVERY: usize = 64;

impl<'a> CharIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_EVERY + 1);
        for (n, (byte, _)) in text.char_indices().enumerate() {
            if n % CHECKPOINT_EVERY == 0 {
                checkpoints.push(byte);
            }
        }
        if checkpoints.is_empty() {
            checkpoints.push(0);
        }
        CharIndex { text, checkpoints }
    }

    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The char offset of byte offset `byte`, which must lie on a char boundary (or at the end).
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        let i = match self.checkpoints.binary_search(&byte) {
            Ok(i) => return i * CHECKPOINT_EVERY,
            Err(i) => i - 1,
        };
        let from = self.checkpoints[i];
        i * CHECKPOINT_EVERY + self.text[from..byte].chars().count()
    }

    /// A span for the byte range `start..end`, which must lie on char boundaries.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let char_start = self.char_offset(start);
        let char_end = if end == start {
            char_start
        } else {
            char_start + self.text[start..end].chars().count()
        };
        Span {
            byte_start: start,
            byte_end: end,
            char_start,
            char_end,
        }
    }
}

/// [`char::is_alphanumeric`] with the common cases first: ASCII and Hangul syllables answer
/// without the Unicode table lookup, which the entity rules otherwise pay on every char.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_hangul(c) || c.is_alphanumeric()
    }
}

/// ㅆ as a final consonant ([`jong`]): the past tense's mark, read by the splitter's endings and
/// the keyword candidates.
pub(crate) const J_SS: u32 = 20;

/// The final consonant (jongseong) index of a precomposed Hangul syllable, 0 for none (ㄴ 4,
/// ㄹ 8, ㅂ 17, ㅆ 20), or `None` for any other char.
pub(crate) fn jong(c: char) -> Option<u32> {
    is_hangul(c).then(|| (c as u32 - 0xAC00) % 28)
}

/// The initial consonant (choseong) index of a precomposed Hangul syllable (ㄱ 0, ㅇ 11 …), or
/// `None` for any other char.
pub(crate) fn cho(c: char) -> Option<u32> {
    is_hangul(c).then(|| (c as u32 - 0xAC00) / 588)
}

/// The vowel (jungseong) index of a precomposed Hangul syllable (ㅏ 0, ㅓ 4, ㅕ 6 …), or `None`
/// for any other char.
pub(crate) fn jung(c: char) -> Option<u32> {
    is_hangul(c).then(|| (c as u32 - 0xAC00) / 28 % 21)
}

/// True for a precomposed Hangul syllable (가 … 힣), the script of Korean words.
pub fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// True for a CJK unified ideograph (hanja, kanji) or 々, the repeat mark of Japanese names.
pub(crate) fn is_hanja(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// A span for the byte range `start..end` of `text`, counting chars from the start of `text`.
///
/// Fine for one span; for many spans of one text use [`CharIndex`].
pub fn span_of(text: &str, start: usize, end: usize) -> Span {
    CharIndex::new(text).span(start, end)
}

/// Whitespace, and the invisible characters editors leave between words and paragraphs: the
/// zero-width space that blog editors write for empty lines and after sentences, the word
/// joiner, a byte-order mark pasted mid-text. They separate words and are trimmed off spans as
/// spaces are; the joiner of emoji sequences (U+200D) is not among them.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Trims [`is_space`] characters from both ends of the byte range `start..end` of `text`.
pub fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let rest = s.trim_start_matches(is_space);
    let lead = s.len() - rest.len();
    let trimmed = rest.trim_end_matches(is_space);
    (start + lead, start + lead + trimmed.len())
}

/// FNV-1a, the one stable hash of the crate (stems, repeated lines, the app's cache keys, the
/// trainer's file split): fast on short keys and the same on every run and target, which
/// `std`'s randomly seeded hasher is not.
#[derive(Debug, Clone, Copy)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    /// Mixes in one unit (a byte, or a whole char as its scalar value).
    pub fn write_unit(&mut self, unit: u32) {
        self.0 = (self.0 ^ u64::from(unit)).wrapping_mul(0x0100_0000_01b3);
    }

    /// Mixes in each byte of `bytes`.
    pub fn write_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_unit(u32::from(b));
        }
    }

    /// The hash so far.
    pub fn finish(&self) -> u64 {
        self.0
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    pub fn hash(bytes: &[u8]) -> u64 {
        let mut h = Fnv1a::default();
        h.write_bytes(bytes);
        h.finish()
    }

    /// The 32-bit FNV-1a hash of `bytes` (the trainer's corpus split was fixed with it).
    pub fn hash32(bytes: &[u8]) -> u32 {
        bytes.iter().fold(0x811C_9DC5u32, |h, &b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(Fnv1a::hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv1a::hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(Fnv1a::hash(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(Fnv1a::hash32(b"a"), 0xe40c_292c);
        assert_eq!(Fnv1a::hash32(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn char_offsets_match_a_naive_count() {
        let text = "카카오(035720)가 AI 전담 조직을 신설했다. ".repeat(20);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count());
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn spans_slice_their_text() {
        let text = "정신아 대표는 말했다.";
        let span = span_of(text, 0, "정신아".len());
        assert_eq!(span.slice(text), "정신아");
        assert_eq!((span.char_start, span.char_end), (0, 3));
        assert_eq!(trim_range("  가 나 ", 0, 10), (2, 9));
        // A blog editor's zero-width spaces and a pasted byte-order mark trim as spaces do.
        assert_eq!(trim_range("\u{200B}가\u{FEFF} ", 0, 10), (3, 6));
        assert_eq!(trim_range("\u{200B}", 0, 3), (3, 3));
    }
}
