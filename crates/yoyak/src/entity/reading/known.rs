//! Names KLUE's annotators marked again and again (`data/names.txt`, see `data/NAMES.md`): a
//! person, organisation or place the model has no context for ("송중기팬이라", "윤아여신") is
//! still found where the name stands as a word.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::words::{may_end, may_start};
use crate::entity::Label;

/// The table: `form<TAB>LABEL` per line, built by `yoyak-train names`.
const NAMES: &str = include_str!("../../../data/names.txt");

fn matcher() -> &'static (AhoCorasick, Vec<Label>) {
    static M: OnceLock<(AhoCorasick, Vec<Label>)> = OnceLock::new();
    M.get_or_init(|| {
        let (forms, labels): (Vec<&str>, Vec<Label>) = super::lines(NAMES)
            .filter_map(|l| {
                let (form, label) = l.split_once('\t')?;
                Some((form, Label::parse(label)?))
            })
            .unzip();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&forms)
            .expect("the name table builds");
        (ac, labels)
    })
}

/// Rule: a listed name standing as a word is an entity with its listed label; returns new spans
/// (byte ranges). What the model or an earlier rule found there wins.
pub fn known_names(text: &str) -> Vec<(usize, usize, Label)> {
    let (ac, labels) = matcher();
    ac.find_iter(text)
        .filter(|m| may_start(text, m.start()) && may_end(text, m.end()))
        .map(|m| (m.start(), m.end(), labels[m.pattern().as_usize()]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_label_and_names_stand_as_words() {
        let rows = super::super::lines(NAMES).count();
        assert_eq!(matcher().1.len(), rows, "a row without a known label");
        assert!(rows > 1000);
        // Written after the rule: a listed place inside a longer word is no mention.
        let t = "국민은행에서 만났다. 국민은행장은 웃었다";
        let got: Vec<&str> = known_names(t).iter().map(|&(s, e, _)| &t[s..e]).collect();
        assert_eq!(got, ["국민은행"]);
    }
}
