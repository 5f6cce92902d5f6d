//! A second look at the gaps after unmarked words (stop 51): a logistic model over the end of the
//! word, the start of the next, the sentence so far and the line, fitted on the project's own
//! split gold. It reads the rules' decision as one of its inputs, so it learns where the rules
//! miss rather than replacing them; it only adds cuts.
//!
//! Why a model here: casual posts leave most sentence ends unpunctuated, and the endings that can
//! close a sentence there (-어, -야, -임, -대, -지, a bare noun) also sit inside sentences. The
//! rules handle the common words; what they miss is a long tail of words and next words, no
//! cluster of which is worth a rule (`docs/benchmarks.md`, Sentence splitting, Stop 51).
//!
//! The weights are fitted by `cargo run --release -p yoyak --example train_split -- fit` on
//! `tests/cases/sentsplit-fresh*` (written for the project), and read from
//! `data/split_gaps.bin` (card: `data/SPLIT_GAPS.md`).

use std::sync::LazyLock;

use super::endings::{classify, Ending};
use super::is_line_break;
use super::tail::is_pictograph_char;
use crate::text::{is_hangul, is_space};

/// The embedded weights: [`MAGIC`], then one `i8` per feature bucket.
const MODEL: &[u8] = include_bytes!("../../data/split_gaps.bin");

/// The model file's header: name, format version, the bucket count's log2, the weights' scale
/// as an `f32` (little-endian). A file of another version is not read.
pub(crate) const MAGIC: &[u8; 8] = b"YYSPLIT\x01";

/// log2 of the number of feature buckets.
pub const BITS: u32 = 16;

/// How many features each gap has.
pub const FEATURES: usize = 28;

/// The model as read from [`MODEL`].
struct Model {
    scale: f32,
    weights: &'static [u8],
}

/// `None` when the embedded file is not a model of this version (a build mistake that the unit
/// tests catch): the rules' cuts then stand unrevised.
static LOADED: LazyLock<Option<Model>> = LazyLock::new(|| read(MODEL));

fn read(bytes: &'static [u8]) -> Option<Model> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let (&bits, rest) = rest.split_first()?;
    let (scale, weights) = rest.split_first_chunk::<4>()?;
    (u32::from(bits) == BITS && weights.len() == 1 << BITS).then(|| Model {
        scale: f32::from_le_bytes(*scale),
        weights,
    })
}

/// Serialises weights (one per bucket, already scaled to `i8`) in the format [`read`] takes.
pub(crate) fn write(scale: f32, weights: &[i8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 5 + weights.len());
    out.extend_from_slice(MAGIC);
    out.push(BITS as u8);
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend(weights.iter().map(|&w| w as u8));
    out
}

/// A gap the model looks at: after a word ending in a Hangul syllable, before another word of
/// the same line.
#[derive(Debug, Clone)]
pub struct Gap {
    /// Byte offset of the gap: where a cut after the word goes.
    pub at: usize,
    /// Whether the rules cut there.
    pub cut: bool,
    /// The feature buckets.
    pub features: [u32; FEATURES],
}

/// The log-odds above which the model adds a cut (p > 0.88). By the CV over the gold it fits on,
/// lower bars add more right cuts (0: 607 of the rules' 2,438 missed blog ends, for 62 wrong
/// cuts), but at 1.5 it cut inside a news sentence, which no set it fits on resembles
/// (`위로하려는 듯 | 어깨를`), and at 1.0 inside a hand-written counter-case too (`지난 해 봄 | 그
/// 골목에서`); at 2.0 it adds 139 cuts, 137 right, and moves nothing outside its own data
/// (`docs/benchmarks.md`, Sentence splitting, stop 51).
const ADD_ABOVE: f32 = 2.0;

/// Adds to the rules' `cuts` (ascending byte offsets) a cut at every [`Gap`] the model scores
/// above [`ADD_ABOVE`]. It never drops one: by the CV, dropping fixed few more cuts than it broke,
/// and on kss's sets it dropped a cut after a plain `-습니다`.
pub(super) fn revise(text: &str, cuts: &mut Vec<usize>) {
    let Some(model) = LOADED.as_ref() else {
        return;
    };
    let mut add = Vec::new();
    scan(text, cuts, false, &mut |gap| {
        if model.score(&gap) > ADD_ABOVE {
            add.push(gap.at);
        }
    });
    if add.is_empty() {
        return;
    }
    cuts.extend(add);
    cuts.sort_unstable();
    cuts.dedup();
}

impl Model {
    /// The log-odds of a sentence end at `gap`.
    fn score(&self, gap: &Gap) -> f32 {
        let sum: i32 = gap
            .features
            .iter()
            .map(|&f| i32::from(self.weights[f as usize] as i8))
            .sum();
        sum as f32 * self.scale
    }
}

/// The words of one line: (start, end) byte ranges.
fn words_of(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices() {
        let i = from + i;
        if is_space(c) {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, to));
    }
    out
}

/// Every [`Gap`] of `text`, given the rules' `cuts` (ascending).
pub(crate) fn gaps(text: &str, cuts: &[usize]) -> Vec<Gap> {
    let mut out = Vec::new();
    scan(text, cuts, true, &mut |gap| out.push(gap));
    out
}

/// Calls `each` with every [`Gap`] of `text`; with `cut_too` false, only those the rules do not
/// cut (the only ones [`revise`] can change), whose features are then the only ones computed.
fn scan(text: &str, cuts: &[usize], cut_too: bool, each: &mut dyn FnMut(Gap)) {
    let mut from = 0;
    for (i, c) in text
        .char_indices()
        .filter(|&(_, c)| is_line_break(c))
        .chain(std::iter::once((text.len(), '\n')))
    {
        line_gaps(text, from, i, cuts, cut_too, each);
        from = i + c.len_utf8();
        if from > text.len() {
            break;
        }
    }
}

fn line_gaps(
    text: &str,
    from: usize,
    to: usize,
    cuts: &[usize],
    cut_too: bool,
    each: &mut dyn FnMut(Gap),
) {
    let words = words_of(text, from, to);
    if words.len() < 2 {
        return;
    }
    let line = Line::of(text, &words);
    // The rules' cuts on this line, and the index of the first word after the last of them.
    let mut k = cuts.partition_point(|&c| c < from);
    let mut first = 0;
    // The last word before this one that can close or link a clause (see `predicate`).
    let mut last_predicate: Option<usize> = None;
    for j in 0..words.len() - 1 {
        let (ws, we) = words[j];
        // A cut before this word's end (at an earlier gap, or glued inside a word) starts a
        // new sentence at the first word that begins after it.
        while k < cuts.len() && cuts[k] < we {
            let c = cuts[k];
            first = words.partition_point(|&(s, _)| s < c).max(first);
            k += 1;
        }
        let word = &text[ws..we];
        let ending = classify(word);
        // Whether the sentence so far has a word that can close or link a clause: without one,
        // what comes before the gap is a noun phrase.
        let predicate = last_predicate.is_some_and(|p| p >= first);
        if ending != Ending::Other {
            last_predicate = Some(j);
        }
        if !word.chars().next_back().is_some_and(is_hangul) {
            continue;
        }
        let cut = cuts.get(k) == Some(&we);
        if cut && !cut_too {
            continue;
        }
        let (ns, ne) = words[j + 1];
        let prev = (j > 0).then(|| &text[words[j - 1].0..words[j - 1].1]);
        let after_next = words.get(j + 2).map_or("$", |&(s, e)| &text[s..e]);
        let opener = &text[words[first.min(j)].0..words[first.min(j)].1];
        let since = j + 1 - first.min(j);
        let left = words.len() - j - 1;
        // The words after the gap up to the rules' next cut, or the line's end.
        let next_cut = cuts
            .get(k + usize::from(cut))
            .copied()
            .unwrap_or(usize::MAX);
        let until = words
            .partition_point(|&(s, _)| s < next_cut)
            .saturating_sub(j + 1);
        each(Gap {
            at: we,
            cut,
            features: features(
                word,
                [&text[ns..ne], after_next, opener],
                prev,
                [since, left, until],
                (ending, predicate),
                &line,
                cut,
            ),
        });
    }
}

/// What the model reads of the whole line: how many words close formally (`-다.`), with a mark
/// (`.`, `?`, `!`), and casually (a laugh, a cry, an emoji).
struct Line {
    formal: usize,
    marked: usize,
    casual: usize,
}

impl Line {
    fn of(text: &str, words: &[(usize, usize)]) -> Line {
        let mut line = Line {
            formal: 0,
            marked: 0,
            casual: 0,
        };
        for &(s, e) in words {
            let w = &text[s..e];
            let bare = w.trim_end_matches([']', ')', '"', '\'', '”', '’', '」', '』']);
            if bare.ends_with("다.") {
                line.formal += 1;
            }
            if w.ends_with(['.', '?', '!']) {
                line.marked += 1;
            }
            if w.ends_with(['ㅋ', 'ㅎ', 'ㅠ', 'ㅜ', '^']) || w.ends_with(is_pictograph_char) {
                line.casual += 1;
            }
        }
        line
    }
}

/// The bucket of `n` among ascending `edges`: the index of the first edge at or above it.
fn bucket(n: usize, edges: &[usize]) -> u8 {
    edges.iter().position(|&e| n <= e).unwrap_or(edges.len()) as u8
}

/// The last `n` chars of `s` (all of it when shorter).
fn last_chars(s: &str, n: usize) -> &str {
    let start = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &s[start..]
}

/// The first `n` chars of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// A feature's bucket: FNV-1a over a template number and its parts.
struct Hash(u32);

impl Hash {
    fn new(template: u8) -> Hash {
        Hash(0x811c_9dc5).byte(template)
    }
    fn byte(self, b: u8) -> Hash {
        Hash((self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193))
    }
    fn str(self, s: &str) -> Hash {
        s.bytes().fold(self, Hash::byte).byte(0xff)
    }
    fn done(self) -> u32 {
        (self.0 ^ (self.0 >> 16)) & ((1 << BITS) - 1)
    }
}

/// What a char is, for the next word's first: a syllable, a digit, a Latin letter, a jamo, or
/// anything else (quotes, brackets, emoji).
fn class(c: Option<char>) -> u8 {
    match c {
        None => 0,
        Some(c) if is_hangul(c) => 1,
        Some(c) if c.is_ascii_digit() => 2,
        Some(c) if c.is_ascii_alphabetic() => 3,
        Some('\u{3131}'..='\u{3163}') => 4,
        Some(_) => 5,
    }
}

fn features(
    word: &str,
    [next, after_next, opener]: [&str; 3],
    prev: Option<&str>,
    [since, left, until]: [usize; 3],
    (ending, predicate): (Ending, bool),
    line: &Line,
    cut: bool,
) -> [u32; FEATURES] {
    let y = u8::from(cut);
    let (l1, l2, l3) = (
        last_chars(word, 1),
        last_chars(word, 2),
        last_chars(word, 3),
    );
    let (n1, n2) = (first_chars(next, 1), first_chars(next, 2));
    let jong = word
        .chars()
        .next_back()
        .map_or(99, |c| crate::text::jong(c).unwrap_or(98) as u8);
    let whole_next = if next.chars().count() <= 4 {
        next
    } else {
        "\u{1}"
    };
    let prev_last = prev.map_or("^", |p| last_chars(p, 1));
    let ending = match ending {
        Ending::Strong => 0,
        Ending::Weak => 1,
        Ending::Connective => 2,
        Ending::Other => 3,
    };
    [
        Hash::new(0).byte(y).done(),
        Hash::new(1).str(l1).byte(y).done(),
        Hash::new(2).str(l2).byte(y).done(),
        Hash::new(3).str(l3).byte(y).done(),
        Hash::new(4).str(l1).done(),
        Hash::new(5).str(l2).done(),
        Hash::new(6).byte(jong).byte(y).done(),
        Hash::new(7).str(n1).done(),
        Hash::new(8).str(n2).done(),
        Hash::new(9).str(whole_next).done(),
        Hash::new(10).str(last_chars(next, 1)).done(),
        Hash::new(11).str(l2).str(n1).done(),
        Hash::new(12).str(l1).str(n2).done(),
        Hash::new(13)
            .byte(bucket(word.chars().count(), &[1, 2, 3, 4, 6]))
            .done(),
        Hash::new(14)
            .byte(bucket(since, &[1, 2, 3, 4, 6, 9, 13]))
            .byte(y)
            .done(),
        Hash::new(15).byte(bucket(left, &[1, 2, 3, 5, 9])).done(),
        Hash::new(16).byte(class(next.chars().next())).done(),
        Hash::new(17).str(prev_last).done(),
        Hash::new(18)
            .byte(bucket(line.formal, &[0, 1, 2, 4]))
            .byte(y)
            .done(),
        Hash::new(19)
            .byte(bucket(line.marked, &[0, 1, 2, 4, 8]))
            .byte(y)
            .done(),
        Hash::new(20)
            .byte(bucket(line.casual, &[0, 1, 3]))
            .byte(y)
            .done(),
        Hash::new(21).byte(ending).byte(y).done(),
        Hash::new(22).byte(ending).str(n1).done(),
        Hash::new(23)
            .byte(bucket(until, &[1, 2, 3, 5, 9]))
            .byte(y)
            .done(),
        Hash::new(24).str(first_chars(after_next, 2)).done(),
        Hash::new(25).str(first_chars(opener, 2)).done(),
        Hash::new(26)
            .byte(u8::from(predicate))
            .byte(ending)
            .byte(y)
            .done(),
        Hash::new(27)
            .str(l2)
            .byte(bucket(since, &[1, 2, 3, 4, 6, 9, 13]))
            .done(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_reads() {
        assert!(
            LOADED.is_some(),
            "data/split_gaps.bin is not a model of {MAGIC:?}"
        );
    }

    #[test]
    fn a_model_of_another_version_is_not_read() {
        let mut bytes = write(1.0, &vec![0i8; 1 << BITS]);
        assert!(read(Box::leak(bytes.clone().into_boxed_slice())).is_some());
        bytes[7] = 2;
        assert!(read(Box::leak(bytes.into_boxed_slice())).is_none());
        assert!(read(b"YYSPLIT\x01").is_none());
    }

    #[test]
    fn gaps_are_after_hangul_words_before_another_word_of_the_line() {
        let text = "밥 먹었어 ㅋㅋ 너는?\n내일 봐";
        let got: Vec<usize> = gaps(text, &[]).iter().map(|g| g.at).collect();
        // 밥|먹었어, 먹었어|ㅋㅋ, 내일|봐; not ㅋㅋ|너는? (a laugh) nor across the line break.
        assert_eq!(got, vec![3, 13, 35]);
    }

    #[test]
    fn since_counts_the_words_after_the_last_cut() {
        let text = "가 나 다 라";
        // A cut after 나 (byte 7): 다 is the first word of its sentence.
        let with = gaps(text, &[7]);
        let without = gaps(text, &[]);
        assert!(with[1].cut && !without[1].cut);
        assert_ne!(with[2].features[14], without[2].features[14]);
    }
}
