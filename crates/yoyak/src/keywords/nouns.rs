//! The noun list: which stems are nouns, and how general a noun is in news prose.
//!
//! A dictionary-free stem cannot tell 가까(운) or 맞벌(이) from a noun by its form, and a reader
//! never picks such fragments. The list (`data/nouns.txt`, built by `data/make_nouns.py` from
//! the KMOU corpus's morpheme tags, card `data/NOUNS.md`) holds the common and proper nouns of
//! about 1,400 news articles with the number of articles each occurs in: a stem is a noun when
//! it is listed or is a compound of listed nouns (기준금리 = 기준 + 금리), and a noun found in
//! a large share of articles (추가, 기준, 과정) is a general word a reader picks only inside a
//! phrase.

use std::sync::OnceLock;

use crate::token::{hash_stem, StemMap};

const TABLE: &str = include_str!("../../data/nouns.txt");

struct Nouns {
    /// Articles each noun occurs in.
    df: StemMap<u32>,
    /// Articles in the corpus.
    articles: u32,
}

fn nouns() -> &'static Nouns {
    static NOUNS: OnceLock<Nouns> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut df = StemMap::default();
        let mut articles = 1;
        for line in TABLE.lines() {
            let Some((form, n)) = line.split_once('\t') else {
                continue;
            };
            let Ok(n) = n.parse::<u32>() else { continue };
            if form == "#articles" {
                articles = n.max(1);
            } else if !form.starts_with('#') {
                df.insert(hash_stem(form), n);
            }
        }
        Nouns { df, articles }
    })
}

/// How many articles the list was counted over.
pub(crate) fn articles() -> f64 {
    f64::from(nouns().articles)
}

/// How many corpus articles `stem` occurs in, if it is a listed noun.
pub(crate) fn article_count(stem: &str) -> Option<u32> {
    nouns().df.get(&hash_stem(stem)).copied()
}

/// The share of corpus articles `stem` occurs in, if it is a listed noun.
pub(crate) fn share(stem: &str) -> Option<f64> {
    article_count(stem).map(|df| f64::from(df) / f64::from(nouns().articles))
}

/// True when `stem` is a listed noun or a compound of two or three listed nouns of two
/// syllables or more (기준금리, 전기차충전소).
pub(crate) fn is_noun(stem: &str) -> bool {
    fn split(s: &str, parts: usize) -> bool {
        if share(s).is_some() {
            return true;
        }
        if parts == 1 {
            return false;
        }
        // Each part two syllables or more: cut after the second char, before the last two.
        let n = s.chars().count();
        s.char_indices()
            .take(n.saturating_sub(1))
            .skip(2)
            .any(|(i, _)| share(&s[..i]).is_some() && split(&s[i..], parts - 1))
    }
    split(stem, 3)
}

/// The fewest articles a listed noun occurs in (the list keeps nouns seen at least twice).
const MIN_ARTICLES: u32 = 2;

/// [`is_noun`], except that a form listed at the list's minimum count is not taken on the list's
/// word alone: the rarest entries hold the tagger's mistakes (좋은, 나선 as a verb form), so such
/// a stem must show itself a noun in the text, as an unlisted one does.
pub(crate) fn is_sure_noun(stem: &str) -> bool {
    match nouns().df.get(&hash_stem(stem)) {
        Some(&df) => df > MIN_ARTICLES,
        None => is_noun(stem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_nouns_and_their_compounds_are_nouns_fragments_are_not() {
        for noun in ["금리", "기준금리", "감귤", "도서관"] {
            assert!(is_noun(noun), "{noun}");
        }
        for fragment in ["가까", "맞벌", "다룬", "서둘러", "늘어난"] {
            assert!(!is_noun(fragment), "{fragment}");
        }
    }

    #[test]
    fn the_rarest_listed_forms_are_not_sure_nouns() {
        // 좋은 is an adjective form the tagged corpus listed twice by mistake.
        assert!(is_noun("좋은") && !is_sure_noun("좋은"));
        assert!(is_sure_noun("금리") && is_sure_noun("기준금리"));
        assert!(!is_sure_noun("가까"));
    }

    #[test]
    fn general_nouns_occur_in_more_articles_than_specific_ones() {
        let general = share("문제").unwrap();
        let specific = share("감귤").unwrap();
        assert!(general > 10.0 * specific, "{general} {specific}");
    }
}
