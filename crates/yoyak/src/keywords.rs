//! Keyphrases ranked over stems.
//!
//! TextRank (Mihalcea & Tarau) on a graph of noun-like stems: Hangul stems of two syllables or
//! more that did not lose a verb ending ([`Suffix::Ending`]), and Latin words of two letters or
//! more, without stopwords. Two stems are linked when they occur within [`WINDOW`] candidates of
//! each other in one sentence. The rank is then scaled by `ln(1 + count)` so that a stem used
//! once in a long sentence does not beat the article's subject. Two top stems written side by
//! side at least twice (인공지능 사업, 데이터센터 안산) are returned as one phrase.

use serde::{Deserialize, Serialize};

use crate::text::Span;
use crate::token::{hash_stem, is_stopword, tokenize_into, StemMap, Suffix, Token, TokenKind};

/// How many following candidates a stem is linked to.
pub const WINDOW: usize = 3;

/// A keyword of a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The keyword as it is written in the text (its stem, or two stems for a phrase).
    pub text: String,
    /// Its score (higher is more important).
    pub score: f64,
    /// How often it occurs.
    pub count: usize,
}

struct Candidate {
    /// Byte range of the stem in the text.
    start: usize,
    stem_end: usize,
    /// Byte offset where the word (with its suffix) ends.
    word_end: usize,
    term: u32,
    sentence: u32,
    bare: bool,
}

fn is_candidate(token: &Token, text: &str) -> bool {
    let chars = token.stem_chars(text);
    let ok = match token.kind {
        TokenKind::Hangul => chars >= 2 && token.suffix != Suffix::Ending,
        TokenKind::Latin => chars >= 2,
        TokenKind::Number | TokenKind::Other => false,
    };
    ok && !is_stopword(token.stem(text))
}

/// The top `n` keywords of `text`, whose sentences are `sentences`.
pub fn keywords(text: &str, sentences: &[Span], n: usize) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    let mut tokens = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut terms: StemMap<u32> = StemMap::default();
    let mut surfaces: Vec<(usize, usize)> = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        tokens.clear();
        tokenize_into(sentence.slice(text), &mut tokens);
        let base = sentence.byte_start;
        for token in &tokens {
            if !is_candidate(token, sentence.slice(text)) {
                continue;
            }
            let (start, stem_end) = (base + token.start, base + token.stem_end);
            let stem = &text[start..stem_end];
            let next = terms.len() as u32;
            let term = *terms.entry(hash_stem(stem)).or_insert(next);
            if term == next {
                surfaces.push((start, stem_end));
            }
            candidates.push(Candidate {
                start,
                stem_end,
                word_end: base + token.end,
                term,
                sentence: si as u32,
                bare: token.suffix == Suffix::None,
            });
        }
    }
    let m = terms.len();
    if m == 0 {
        return Vec::new();
    }

    // Co-occurrence edges within the window, as a sorted, merged list.
    let mut edges: Vec<(u32, u32)> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        for d in candidates[i + 1..].iter().take(WINDOW) {
            if d.sentence != c.sentence || d.term == c.term {
                continue;
            }
            edges.push((c.term, d.term));
            edges.push((d.term, c.term));
        }
    }
    edges.sort_unstable();
    let mut degree = vec![0.0f64; m];
    let mut weighted: Vec<(u32, u32, f64)> = Vec::with_capacity(edges.len());
    for &(a, b) in &edges {
        match weighted.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2 += 1.0,
            _ => weighted.push((a, b, 1.0)),
        }
        degree[a as usize] += 1.0;
    }
    let mut count = vec![0usize; m];
    for c in &candidates {
        count[c.term as usize] += 1;
    }

    let damping = 0.85;
    let mut rank = vec![1.0 / m as f64; m];
    let mut next = vec![0.0; m];
    for _ in 0..50 {
        next.iter_mut()
            .for_each(|x| *x = (1.0 - damping) / m as f64);
        let mut dangling = 0.0;
        for (t, r) in rank.iter().enumerate() {
            if degree[t] == 0.0 {
                dangling += r;
            }
        }
        next.iter_mut()
            .for_each(|x| *x += damping * dangling / m as f64);
        for &(a, b, w) in &weighted {
            next[b as usize] += damping * rank[a as usize] * w / degree[a as usize];
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        // Ranks only order the terms: far below the gaps between them, stop.
        if change < 1e-6 {
            break;
        }
    }
    let score: Vec<f64> = (0..m)
        .map(|t| rank[t] * (1.0 + count[t] as f64).ln())
        .collect();

    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let top: Vec<bool> = {
        let mut top = vec![false; m];
        for &t in order.iter().take(2 * n) {
            top[t] = true;
        }
        top
    };

    // Phrases: a bare top stem followed, after one space, by another top stem.
    let mut phrases: StemMap<(usize, usize, u32, u32, usize)> = StemMap::default();
    for pair in candidates.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let adjacent = a.sentence == b.sentence
            && a.bare
            && a.word_end + 1 == b.start
            && text.as_bytes()[a.word_end] == b' ';
        if adjacent && top[a.term as usize] && top[b.term as usize] {
            let key = hash_stem(&text[a.start..b.stem_end]);
            phrases
                .entry(key)
                .or_insert((a.start, b.stem_end, a.term, b.term, 0))
                .4 += 1;
        }
    }
    let mut out: Vec<Keyword> = Vec::new();
    let mut used = vec![false; m];
    let mut phrase_list: Vec<_> = phrases.into_values().filter(|p| p.4 >= 2).collect();
    phrase_list.sort_by_key(|p| p.0);
    for (start, end, a, b, times) in phrase_list {
        out.push(Keyword {
            text: text[start..end].to_string(),
            score: score[a as usize] + score[b as usize],
            count: times,
        });
        used[a as usize] |= count[a as usize] <= times + 1;
        used[b as usize] |= count[b as usize] <= times + 1;
    }
    for t in order {
        if !used[t] {
            let (s, e) = surfaces[t];
            out.push(Keyword {
                text: text[s..e].to_string(),
                score: score[t],
                count: count[t],
            });
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out.truncate(n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split;

    #[test]
    fn the_subject_ranks_first_and_predicates_are_left_out() {
        let text = "카카오가 AI 조직을 신설했다. 카카오는 AI 조직을 두 팀으로 나눴다. \
                    카카오의 AI 사업은 속도를 낸다.";
        let sentences = split(text);
        let words = keywords(text, &sentences, 5);
        let names: Vec<&str> = words.iter().map(|k| k.text.as_str()).collect();
        assert!(names[..2].contains(&"카카오"), "{names:?}");
        assert!(
            names.contains(&"AI 조직"),
            "phrases join adjacent top stems: {names:?}"
        );
        assert!(!names.iter().any(|w| w.starts_with("나눴")), "{names:?}");
        assert!(words.windows(2).all(|w| w[0].score >= w[1].score));
    }
}
