//! Feature extraction: for every char of a line, a list of 64-bit feature hashes.
//!
//! The trainer and the tagger share this code, so a model always sees at run time exactly the
//! features it was trained on. Features are hashed from a template id and the chars or classes
//! they look at, without building strings, so extraction allocates nothing once its buffers
//! have grown.

use super::lists;

/// Char classes: script and punctuation kinds, so unseen words still share evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Class {
    Space = 1,
    Hangul,
    Upper,
    Lower,
    Digit,
    Hanja,
    Open,
    Close,
    Quote,
    Dot,
    Other,
    Edge,
}

fn class(c: char) -> Class {
    match c {
        c if c.is_whitespace() => Class::Space,
        '\u{AC00}'..='\u{D7A3}' | '\u{3131}'..='\u{318E}' => Class::Hangul,
        'A'..='Z' | 'Ａ'..='Ｚ' => Class::Upper,
        'a'..='z' | 'ａ'..='ｚ' => Class::Lower,
        '0'..='9' | '０'..='９' => Class::Digit,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' => Class::Hanja,
        '(' | '[' | '{' | '<' | '《' | '〈' | '「' | '『' | '【' => Class::Open,
        ')' | ']' | '}' | '>' | '》' | '〉' | '」' | '』' | '】' => Class::Close,
        '\'' | '"' | '‘' | '’' | '“' | '”' | '`' => Class::Quote,
        '.' | ',' | '·' | '…' | '!' | '?' | ':' | ';' => Class::Dot,
        _ => Class::Other,
    }
}

/// True for chars that make up words: eojeol-internal runs of letters and digits.
fn is_word(k: Class) -> bool {
    matches!(
        k,
        Class::Hangul | Class::Upper | Class::Lower | Class::Digit | Class::Hanja
    )
}

/// Digits are folded to `0` so "2023년" and "2024년" share their n-grams.
fn norm(c: char) -> u64 {
    if c.is_ascii_digit() {
        '0' as u64
    } else {
        c as u64
    }
}

const EDGE: u64 = 0x11_0000;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31)
}

/// Final avalanche (splitmix64) so both halves of the hash are well spread: the tagger uses the
/// low bits for the slot and the high bits as the key.
#[inline]
fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The per-line working state of extraction; keep one and reuse it.
#[derive(Debug, Default, Clone)]
pub struct Extractor {
    chars: Vec<char>,
    bytes: Vec<usize>,
    classes: Vec<Class>,
    /// Start and end (exclusive, in chars) of the word run around each char; empty for non-words.
    word: Vec<(usize, usize)>,
    /// Where the (possibly josa-stripped) content of each char's word ends.
    content_end: Vec<usize>,
    /// Every char's features, flat; `offsets[i]..offsets[i + 1]` are char `i`'s.
    pub features: Vec<u64>,
    /// Feature ranges per char (`len() == chars + 1`).
    pub offsets: Vec<usize>,
}

impl Extractor {
    /// An empty extractor.
    pub fn new() -> Self {
        Self::default()
    }

    /// The chars of the last line extracted.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// Byte offsets of the last line's chars within the line (one extra at the end).
    pub fn byte_offsets(&self) -> &[usize] {
        &self.bytes
    }

    /// The features of char `i` of the last line.
    pub fn of(&self, i: usize) -> &[u64] {
        &self.features[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Extracts the features of every char of `line`.
    pub fn extract(&mut self, line: &str) {
        self.chars.clear();
        self.bytes.clear();
        self.classes.clear();
        for (b, c) in line.char_indices() {
            self.chars.push(c);
            self.bytes.push(b);
            self.classes.push(class(c));
        }
        self.bytes.push(line.len());
        let n = self.chars.len();
        self.word.clear();
        self.word.resize(n, (0, 0));
        self.content_end.clear();
        self.content_end.resize(n, 0);
        let mut i = 0;
        while i < n {
            if !is_word(self.classes[i]) {
                self.word[i] = (i, i);
                self.content_end[i] = i;
                i += 1;
                continue;
            }
            let start = i;
            while i < n && is_word(self.classes[i]) {
                i += 1;
            }
            // The content ends where the longest josa that leaves at least one char begins.
            let mut content = i;
            for k in (1..=4.min(i - start - 1)).rev() {
                let s = &line[self.bytes[i - k]..self.bytes[i]];
                if lists::contains(lists::JOSA, s) {
                    content = i - k;
                    break;
                }
            }
            for j in start..i {
                self.word[j] = (start, i);
                self.content_end[j] = content;
            }
        }
        self.features.clear();
        self.offsets.clear();
        for i in 0..n {
            self.offsets.push(self.features.len());
            self.push_features(line, i);
        }
        self.offsets.push(self.features.len());
    }

    fn c(&self, i: isize) -> u64 {
        if i < 0 || i as usize >= self.chars.len() {
            EDGE
        } else {
            norm(self.chars[i as usize])
        }
    }

    fn k(&self, i: isize) -> u64 {
        if i < 0 || i as usize >= self.chars.len() {
            Class::Edge as u64
        } else {
            self.classes[i as usize] as u64
        }
    }

    fn slice<'a>(&self, line: &'a str, from: usize, to: usize) -> &'a str {
        &line[self.bytes[from]..self.bytes[to]]
    }

    fn push_features(&mut self, line: &str, i: usize) {
        let ii = i as isize;
        let mut out = std::mem::take(&mut self.features);
        let mut f = |t: u64, parts: &[u64]| {
            let mut h = mix(0x5EED, t);
            for &p in parts {
                h = mix(h, p);
            }
            out.push(finish(h));
        };
        f(0, &[]);
        // Char n-grams in a window of two either side.
        for d in -2..=2 {
            f(1 + (d + 2) as u64, &[self.c(ii + d)]);
        }
        for d in -2..=1 {
            f(6 + (d + 2) as u64, &[self.c(ii + d), self.c(ii + d + 1)]);
        }
        for d in -2..=0 {
            f(
                10 + (d + 2) as u64,
                &[self.c(ii + d), self.c(ii + d + 1), self.c(ii + d + 2)],
            );
        }
        // Script classes.
        f(13, &[self.k(ii - 1), self.k(ii), self.k(ii + 1)]);
        f(
            14,
            &[
                self.k(ii - 2),
                self.k(ii - 1),
                self.k(ii),
                self.k(ii + 1),
                self.k(ii + 2),
            ],
        );
        f(15, &[self.k(ii), self.c(ii - 1)]);
        f(16, &[self.k(ii), self.c(ii + 1)]);

        let (ws, we) = self.word[i];
        let ce = self.content_end[i];
        if ws == we {
            self.features = out;
            return;
        }
        let from_start = (i - ws).min(4) as u64;
        let to_end = (we - 1 - i).min(4) as u64;
        let len = (we - ws).min(8) as u64;
        let in_josa = (i >= ce) as u64;
        let to_content_end = if i < ce {
            (ce - 1 - i).min(4) as u64
        } else {
            9
        };
        // Position in the word, and whether the word follows a space (a real eojeol start).
        let after_space = (ws == 0 || self.classes[ws - 1] == Class::Space) as u64;
        f(20, &[from_start, to_end, after_space]);
        f(21, &[from_start, to_end, len, self.c(ii)]);
        f(22, &[to_content_end, in_josa]);
        f(23, &[to_content_end, self.c(ii)]);
        // The word's last chars (josa, eomi, suffixes) seen from here.
        f(24, &[to_end, self.c(we as isize - 1)]);
        f(
            25,
            &[to_end, self.c(we as isize - 2), self.c(we as isize - 1)],
        );
        // The word's content end (josa stripped) and its first chars.
        f(
            26,
            &[
                to_content_end,
                self.c(ce as isize - 2),
                self.c(ce as isize - 1),
            ],
        );
        f(
            27,
            &[from_start, self.c(ws as isize), self.c(ws as isize + 1)],
        );
        // The josa after the content, if any.
        if ce < we {
            let mut h = 0u64;
            for &c in &self.chars[ce..we] {
                h = mix(h, c as u64);
            }
            f(28, &[in_josa, to_content_end, h]);
        } else {
            f(28, &[in_josa, to_content_end, 0]);
        }
        // Neighbouring words: a title after a name, a name before a title.
        let next = self.next_word(we);
        let prev = self.prev_word(ws);
        let is_last = (i + 1 == ce || i + 1 == we) as u64;
        let is_first = (i == ws) as u64;
        if let Some((ns, ne)) = next {
            let a = self.c(ns as isize);
            let b = if ns + 1 < ne {
                self.c(ns as isize + 1)
            } else {
                EDGE
            };
            f(30, &[is_last, a, b]);
            let mut title = 0u64;
            for k in (1..=5.min(ne - ns)).rev() {
                if lists::contains(lists::TITLES, self.slice(line, ns, ns + k)) {
                    title = k as u64;
                    break;
                }
            }
            f(
                31,
                &[
                    is_last,
                    to_content_end,
                    title.min(1),
                    (ce - ws).min(5) as u64,
                ],
            );
        } else {
            f(30, &[is_last, EDGE]);
        }
        if let Some((ps, pe)) = prev {
            let a = self.c(pe as isize - 1);
            let b = if pe >= ps + 2 {
                self.c(pe as isize - 2)
            } else {
                EDGE
            };
            f(32, &[is_first, b, a]);
        } else {
            f(32, &[is_first, EDGE]);
        }
        // Surnames at the start of a 2-4 syllable content.
        let clen = ce.saturating_sub(ws);
        let sur1 = lists::contains(lists::SURNAMES, self.slice(line, ws, ws + 1));
        let sur2 = we >= ws + 2 && lists::contains(lists::SURNAMES2, self.slice(line, ws, ws + 2));
        if (sur1 || sur2) && (2..=4).contains(&clen) && self.classes[ws] == Class::Hangul {
            f(33, &[from_start, clen as u64, sur2 as u64]);
        }
        // Surname alone before a title: "정 대표".
        if sur1 && clen == 1 {
            f(34, &[next.is_some() as u64]);
        }
        // Organisation and place suffixes ending here, just before the content end. Place
        // suffixes are single chars; organisation suffixes are only looked up when the char
        // can end one.
        let c = self.chars[i];
        if lists::ORG_LAST.binary_search(&c).is_ok() {
            for k in (1..=6.min(i + 1 - ws)).rev() {
                if lists::contains(lists::ORG_SUFFIXES, self.slice(line, i + 1 - k, i + 1)) {
                    f(
                        35,
                        &[k.min(3) as u64, (i + 1 == ce) as u64, (i + 1 == we) as u64],
                    );
                    break;
                }
            }
        }
        if lists::contains(lists::LOC_SUFFIXES, self.slice(line, i, i + 1)) {
            f(36, &[1, (i + 1 == ce) as u64, (i + 1 == we) as u64]);
        }
        self.features = out;
    }

    fn next_word(&self, mut j: usize) -> Option<(usize, usize)> {
        let n = self.chars.len();
        // Only across spaces: the next eojeol, not the next token after punctuation.
        if j >= n || self.classes[j] != Class::Space {
            return None;
        }
        while j < n && self.classes[j] == Class::Space {
            j += 1;
        }
        if j < n && is_word(self.classes[j]) {
            Some(self.word[j])
        } else {
            None
        }
    }

    fn prev_word(&self, j: usize) -> Option<(usize, usize)> {
        if j == 0 || self.classes[j - 1] != Class::Space {
            return None;
        }
        let mut k = j - 1;
        while k > 0 && self.classes[k] == Class::Space {
            k -= 1;
        }
        if is_word(self.classes[k]) {
            Some(self.word[k])
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_char_gets_features_and_hashes_are_stable() {
        let mut x = Extractor::new();
        x.extract("정신아 카카오 대표는 (주)카카오에서");
        assert_eq!(x.offsets.len(), x.chars().len() + 1);
        assert!((0..x.chars().len()).all(|i| !x.of(i).is_empty()));
        let first: Vec<u64> = x.of(0).to_vec();
        x.extract("정신아 카카오 대표는 (주)카카오에서");
        assert_eq!(x.of(0), &first[..]);
        x.extract("");
        assert!(x.features.is_empty());
    }
}
