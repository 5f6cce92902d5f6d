//! The noun list: which stems are nouns, and how general a noun is in news prose.
//!
//! A dictionary-free stem cannot tell 가까(운) or 맞벌(이) from a noun by its form, and a reader
//! never picks such fragments. The list (`data/nouns.txt`, built by `data/make_nouns.py` from
//! the KMOU corpus's morpheme tags, card `data/NOUNS.md`) holds the common and proper nouns of
//! about 1,400 news articles with the number of articles each occurs in: a stem is a noun when
//! it is listed or is a compound of listed nouns (기준금리 = 기준 + 금리), and a noun found in
//! a large share of articles (추가, 기준, 과정) is a general word a reader picks only inside a
//! phrase.

use std::cmp::Ordering;
use std::sync::OnceLock;

use crate::token::{hash_stem, StemMap};

/// `noun<TAB>articles` lines sorted by the noun's bytes (a test checks it), after two header
/// lines that start with `#` and so sort first.
const TABLE: &str = include_str!("../../data/nouns.txt");

/// The list as a hash map: built by [`load`] for the keyword ranking, which looks up thousands
/// of stems per text. Until then lookups search the sorted table in place.
static NOUNS: OnceLock<StemMap<u32>> = OnceLock::new();

/// Builds the hash map of the list (about a millisecond, once per process). The splitter and
/// the summary look up a handful of words per text and never need it: a fresh process that
/// only splits or summarises skips the cost, which a command-line run would otherwise pay on
/// every article.
pub(crate) fn load() {
    NOUNS.get_or_init(|| {
        let mut df = StemMap::default();
        df.reserve(TABLE.len() / 12);
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            if let Some((form, n)) = line.split_once('\t') {
                if let Ok(n) = n.parse::<u32>() {
                    df.insert(hash_stem(form), n);
                }
            }
        }
        df
    });
}

/// `stem`'s count by binary search over the sorted lines of [`TABLE`], reading no more than the
/// twenty or so lines it lands on.
fn search(stem: &str) -> Option<u32> {
    if stem.is_empty() || stem.starts_with('#') {
        return None;
    }
    let bytes = TABLE.as_bytes();
    // Both ends always stand at the start of a line.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |p| start + p);
        let line = &TABLE[start..end];
        let (form, count) = line.split_once('\t').unwrap_or((line, ""));
        match form.as_bytes().cmp(stem.as_bytes()) {
            Ordering::Equal => return count.parse().ok(),
            Ordering::Less => lo = (end + 1).min(hi),
            Ordering::Greater => hi = start,
        }
    }
    None
}

/// The inverse document frequency of a noun found in `share` of the list's articles, scaled
/// to 0..1 (a noun in one article in ten, 추가, gives 0.32; one in a single article, 0.9).
pub(crate) fn idf(share: f64) -> f64 {
    let n = articles();
    ((1.0 / (share + 1.0 / n)).ln() / n.ln()).max(0.0)
}

/// How many articles the list was counted over.
pub(crate) fn articles() -> f64 {
    static ARTICLES: OnceLock<u32> = OnceLock::new();
    f64::from(*ARTICLES.get_or_init(|| {
        TABLE
            .lines()
            .take_while(|l| l.starts_with('#'))
            .find_map(|l| l.strip_prefix("#articles\t")?.parse::<u32>().ok())
            .unwrap_or(1)
            .max(1)
    }))
}

/// How many corpus articles `stem` occurs in, if it is a listed noun.
pub(crate) fn article_count(stem: &str) -> Option<u32> {
    match NOUNS.get() {
        Some(df) => df.get(&hash_stem(stem)).copied(),
        None => search(stem),
    }
}

/// The share of corpus articles `stem` occurs in, if it is a listed noun.
pub(crate) fn share(stem: &str) -> Option<f64> {
    article_count(stem).map(|df| f64::from(df) / articles())
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
    match article_count(stem) {
        Some(df) => df > MIN_ARTICLES,
        None => is_noun(stem),
    }
}

/// Whether `stem` is listed above the list's minimum count: a noun on the list's word alone
/// (see [`is_sure_noun`]), without the compounds.
pub(crate) fn is_sure_listed(stem: &str) -> bool {
    article_count(stem).is_some_and(|df| df > MIN_ARTICLES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_both_lookups_agree() {
        let lines: Vec<&str> = TABLE.lines().collect();
        assert!(lines
            .windows(2)
            .all(|w| w[0].split('\t').next() < w[1].split('\t').next()));
        assert_eq!(articles(), 1427.0);
        let probes = [
            "가게",
            "가격",
            "힙합",
            "금리",
            "기준금리",
            "가까",
            "#articles",
            "",
            "가",
            "힣힣",
        ];
        let searched: Vec<Option<u32>> = probes.iter().map(|p| search(p)).collect();
        assert_eq!(searched[0], Some(9));
        assert!(searched[1].is_some() && searched[2].is_some() && searched[3].is_some());
        assert_eq!(&searched[4..], &[None; 6]);
        load();
        for (p, s) in probes.iter().zip(&searched) {
            let hashed = if p.starts_with('#') {
                None
            } else {
                article_count(p)
            };
            assert_eq!(hashed, *s, "{p}");
        }
        // Every listed line is found by the search.
        for line in lines.iter().filter(|l| !l.starts_with('#')) {
            let (form, n) = line.split_once('\t').unwrap();
            assert_eq!(search(form), n.parse().ok(), "{form}");
        }
    }

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
