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

/// Feature hash of template `t` over the packed value `v`.
#[inline(always)]
fn hash(t: u64, v: u64) -> u64 {
    finish(mix(mix(0x5EED, t), v))
}

/// Packs up to three chars (each below 2^21) into one value.
#[inline(always)]
fn pack(a: u64, b: u64, c: u64) -> u64 {
    (a << 42) | (b << 21) | c
}

/// Pads on either side of the per-char arrays, so windows of ±2 never leave them.
const PAD: usize = 2;

/// The per-line working state of extraction; keep one and reuse it.
#[derive(Debug, Default, Clone)]
pub struct Extractor {
    chars: Vec<char>,
    bytes: Vec<usize>,
    /// Normalised char codes, `PAD` [`EDGE`]s either side: char `i` is at `i + PAD`.
    codes: Vec<u64>,
    /// Classes, padded like `codes`.
    classes: Vec<Class>,
    /// Every char's features, flat; `offsets[i]..offsets[i + 1]` are char `i`'s.
    pub features: Vec<u64>,
    /// Feature ranges per char (`len() == chars + 1`).
    pub offsets: Vec<usize>,
    /// Templates to leave out (bit `t` drops template `t`): for ablations when training; a
    /// model must be used with the mask it was trained with, so keep 0 otherwise.
    pub skip: u64,
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
        self.codes.clear();
        self.classes.clear();
        self.codes.extend([EDGE; PAD]);
        self.classes.extend([Class::Edge; PAD]);
        for (b, c) in line.char_indices() {
            self.chars.push(c);
            self.bytes.push(b);
            self.codes.push(norm(c));
            self.classes.push(class(c));
        }
        self.bytes.push(line.len());
        self.codes.extend([EDGE; PAD]);
        self.classes.extend([Class::Edge; PAD]);
        let n = self.chars.len();
        self.features.clear();
        self.offsets.clear();
        let mut i = 0;
        while i < n {
            if !is_word(self.classes[i + PAD]) {
                self.offsets.push(self.features.len());
                self.char_features(i);
                i += 1;
                continue;
            }
            let start = i;
            while i < n && is_word(self.classes[i + PAD]) {
                i += 1;
            }
            self.word_features(line, start, i);
        }
        self.offsets.push(self.features.len());
    }

    /// Char `i`'s code (`i` may run `PAD` past either end).
    #[inline(always)]
    fn c(&self, i: isize) -> u64 {
        self.codes[(i + PAD as isize) as usize]
    }

    #[inline(always)]
    fn k(&self, i: isize) -> u64 {
        self.classes[(i + PAD as isize) as usize] as u64
    }

    #[inline(always)]
    fn emit(&mut self, t: u64, v: u64) {
        if self.skip >> t & 1 == 0 {
            self.features.push(hash(t, v));
        }
    }

    /// Features every char gets: n-grams and script classes around it.
    fn char_features(&mut self, i: usize) {
        let ii = i as isize;
        let w: [u64; 5] = std::array::from_fn(|d| self.c(ii + d as isize - 2));
        self.emit(0, 0);
        for (d, &x) in w.iter().enumerate() {
            self.emit(1 + d as u64, x);
        }
        for d in 0..4 {
            self.emit(6 + d as u64, pack(0, w[d], w[d + 1]));
        }
        for d in 0..3 {
            self.emit(10 + d as u64, pack(w[d], w[d + 1], w[d + 2]));
        }
        let k: [u64; 5] = std::array::from_fn(|d| self.k(ii + d as isize - 2));
        self.emit(13, k[1] << 8 | k[2] << 4 | k[3]);
        self.emit(
            14,
            k[0] << 16 | k[1] << 12 | k[2] << 8 | k[3] << 4 | k[4] | 1 << 20,
        );
        self.emit(15, k[2] << 21 | w[1]);
        self.emit(16, k[2] << 21 | w[3]);
    }

    /// Features of the chars of the word run `ws..we`: word-level facts (josa, neighbours,
    /// list hits) are computed once for the run.
    fn word_features(&mut self, line: &str, ws: usize, we: usize) {
        // The content ends where the longest josa that leaves at least one char begins.
        let mut ce = we;
        let can_josa = lists::JOSA_LAST.contains(self.chars[we - 1]);
        for k in (1..=4.min(we - ws - 1)).rev().filter(|_| can_josa) {
            if lists::JOSA_WORDS.contains(&self.chars[we - k..we]) {
                ce = we - k;
                break;
            }
        }
        let josa = {
            let mut h = 0u64;
            for &c in &self.chars[ce..we] {
                h = mix(h, c as u64);
            }
            h
        };
        let after_space = (ws == 0 || self.classes[ws - 1 + PAD] == Class::Space) as u64;
        let next = self.next_word(we);
        let prev = self.prev_word(ws);
        // Neighbouring words: a title after a name, a name before a title.
        let (next_chars, title) = match next {
            Some((ns, ne)) => {
                let b = if ns + 1 < ne {
                    self.c(ns as isize + 1)
                } else {
                    EDGE
                };
                let mut title = 0u64;
                let can_title = lists::TITLE_FIRST.contains(self.chars[ns]);
                for k in (1..=5.min(ne - ns)).rev().filter(|_| can_title) {
                    if lists::TITLE_WORDS.contains(&self.chars[ns..ns + k]) {
                        title = 1;
                        break;
                    }
                }
                (Some(pack(0, self.c(ns as isize), b)), title)
            }
            None => (None, 0),
        };
        let prev_chars = prev.map(|(ps, pe)| {
            let b = if pe >= ps + 2 {
                self.c(pe as isize - 2)
            } else {
                EDGE
            };
            pack(0, b, self.c(pe as isize - 1))
        });
        // Surnames at the start of a 2-4 syllable content.
        let clen = ce - ws;
        let first = self.chars[ws];
        let sur1 = lists::SURNAMES.binary_search(&first).is_ok();
        let sur2 = we >= ws + 2 && lists::contains(lists::SURNAMES2, self.slice(line, ws, ws + 2));
        let surname =
            (sur1 || sur2) && (2..=4).contains(&clen) && self.classes[ws + PAD] == Class::Hangul;
        let last1 = self.c(we as isize - 1);
        let last2 = pack(0, self.c(we as isize - 2), last1);
        let content2 = pack(0, self.c(ce as isize - 2), self.c(ce as isize - 1));
        let first2 = pack(0, self.c(ws as isize), self.c(ws as isize + 1));
        let len = (we - ws).min(8) as u64;

        for i in ws..we {
            self.offsets.push(self.features.len());
            self.char_features(i);
            let from_start = (i - ws).min(4) as u64;
            let to_end = (we - 1 - i).min(4) as u64;
            let in_josa = (i >= ce) as u64;
            let to_content_end = if i < ce {
                (ce - 1 - i).min(4) as u64
            } else {
                9
            };
            let ci = self.c(i as isize);
            let pos = from_start << 4 | to_end;
            // Position in the word, and whether the word follows a space (a real eojeol start).
            self.emit(20, pos << 4 | after_space);
            self.emit(21, (pos << 4 | len) << 21 | ci);
            self.emit(22, to_content_end << 4 | in_josa);
            self.emit(23, to_content_end << 21 | ci);
            // The word's last chars (josa, eomi, suffixes) seen from here.
            self.emit(24, to_end << 21 | last1);
            self.emit(25, to_end << 42 | last2);
            // The word's content end (josa stripped) and its first chars.
            self.emit(26, to_content_end << 42 | content2);
            self.emit(27, from_start << 42 | first2);
            // The josa after the content, if any.
            self.emit(28, mix(josa, in_josa << 4 | to_content_end));
            let is_last = (i + 1 == ce || i + 1 == we) as u64;
            let is_first = (i == ws) as u64;
            match next_chars {
                Some(p) => {
                    self.emit(30, is_last << 43 | p);
                    self.emit(
                        31,
                        is_last << 16 | to_content_end << 8 | title << 4 | clen.min(5) as u64,
                    );
                }
                None => self.emit(30, is_last << 43 | 1 << 44),
            }
            match prev_chars {
                Some(p) => self.emit(32, is_first << 43 | p),
                None => self.emit(32, is_first << 43 | 1 << 44),
            }
            if surname {
                self.emit(33, from_start << 8 | (clen as u64) << 4 | sur2 as u64);
            }
            // Surname alone before a title: "정 대표".
            if sur1 && clen == 1 {
                self.emit(34, next.is_some() as u64);
            }
            // Organisation and place suffixes ending here. Organisation suffixes are only
            // looked up when the char can end one.
            let c = self.chars[i];
            if lists::ORG_LAST.contains(c) {
                // The longest suffix (at most six chars, as the list's) that ends here and fits
                // in the word.
                let longest = (1..=6.min(i + 1 - ws))
                    .rev()
                    .find(|&k| lists::ORG_WORDS.contains(&self.chars[i + 1 - k..=i]));
                if let Some(k) = longest {
                    let v =
                        (k.min(3) as u64) << 8 | ((i + 1 == ce) as u64) << 4 | (i + 1 == we) as u64;
                    self.emit(35, v);
                }
            }
            if lists::LOC_SUFFIXES.binary_search(&c).is_ok() {
                self.emit(36, ((i + 1 == ce) as u64) << 4 | (i + 1 == we) as u64);
            }
        }
    }

    fn slice<'a>(&self, line: &'a str, from: usize, to: usize) -> &'a str {
        line.get(self.bytes[from]..self.bytes[to]).unwrap_or("")
    }

    /// The word run starting at `j`, if `j` starts one.
    fn run_from(&self, j: usize) -> (usize, usize) {
        let mut e = j;
        while e < self.chars.len() && is_word(self.classes[e + PAD]) {
            e += 1;
        }
        (j, e)
    }

    fn next_word(&self, mut j: usize) -> Option<(usize, usize)> {
        let n = self.chars.len();
        // Only across spaces: the next eojeol, not the next token after punctuation.
        if j >= n || self.classes[j + PAD] != Class::Space {
            return None;
        }
        while j < n && self.classes[j + PAD] == Class::Space {
            j += 1;
        }
        if j < n && is_word(self.classes[j + PAD]) {
            Some(self.run_from(j))
        } else {
            None
        }
    }

    fn prev_word(&self, j: usize) -> Option<(usize, usize)> {
        if j == 0 || self.classes[j - 1 + PAD] != Class::Space {
            return None;
        }
        let mut k = j - 1;
        while k > 0 && self.classes[k + PAD] == Class::Space {
            k -= 1;
        }
        if !is_word(self.classes[k + PAD]) {
            return None;
        }
        let end = k + 1;
        while k > 0 && is_word(self.classes[k - 1 + PAD]) {
            k -= 1;
        }
        Some((k, end))
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
