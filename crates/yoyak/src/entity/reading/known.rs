//! Names KLUE's annotators marked again and again (`data/names.txt`, see `data/NAMES.md`): a
//! person, organisation or place the model has no context for ("송중기팬이라", "윤아여신") is
//! still found where the name stands as a word.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::lists;
use super::words::{may_end, may_start};
use crate::entity::Label;
use crate::keywords::nouns::is_noun;
use crate::text::{is_alnum, is_hangul, Fnv1a};
use crate::token::{PassThrough, StemMap};

/// The table: `form<TAB>LABEL` per line, built by `yoyak-train names`.
const NAMES: &str = include_str!("../../../data/names.txt");

/// Listed forms by hash, and the hashes of every form's beginnings
/// at char boundaries (a lookup stops as soon as what it read begins no form), each marked with
/// whether a whole form has that hash. Used for the
/// names and places of the whole crate and for the names of one article ([`super::one_reading`]).
pub(super) struct Table<'a> {
    names: StemMap<Vec<(&'a str, Label)>>,
    prefixes: HashMap<u64, bool, BuildHasherDefault<PassThrough>>,
    /// The longest form in bytes: no lookup runs further (a text without spaces stays linear).
    longest: usize,
}

impl<'a> Table<'a> {
    /// A table of `forms`; a form listed twice keeps its last label.
    pub(super) fn new(forms: impl IntoIterator<Item = (&'a str, Label)>) -> Table<'a> {
        let labels: HashMap<&str, Label> = forms.into_iter().collect();
        let mut names: StemMap<Vec<(&str, Label)>> = StemMap::default();
        let mut prefixes: HashMap<u64, bool, BuildHasherDefault<PassThrough>> = HashMap::default();
        let mut longest = 0;
        for (form, label) in labels {
            let mut h = Fnv1a::default();
            for (i, b) in form.bytes().enumerate() {
                h.write_unit(u32::from(b));
                if form.is_char_boundary(i + 1) {
                    prefixes.entry(h.finish()).or_insert(false);
                }
            }
            prefixes.insert(h.finish(), true);
            names.entry(h.finish()).or_default().push((form, label));
            longest = longest.max(form.len());
        }
        Table {
            names,
            prefixes,
            longest,
        }
    }

    fn get(&self, hash: u64, form: &str) -> Option<Label> {
        self.names
            .get(&hash)?
            .iter()
            .find(|&&(f, _)| f == form)
            .map(|&(_, l)| l)
    }

    /// The listed forms standing in `text` (byte ranges and labels): at each word start the
    /// longest form of at most `max_spaces + 1` words that `accept` takes, then on after it.
    ///
    /// Each word start is hashed forward one byte at a time and looked up at every char end,
    /// stopping where what it read begins no form: one pass over the text, where Aho-Corasick
    /// automata cost four times the tagger's reading rules in the page (and one per article
    /// had to be built).
    pub(super) fn scan(
        &self,
        text: &str,
        max_spaces: usize,
        accept: impl Fn(usize, usize, Label) -> bool,
    ) -> Vec<(usize, usize, Label)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut next_free = 0;
        for (p, c) in text.char_indices() {
            if p < next_free || !is_alnum(c) || !may_start(text, p) {
                continue;
            }
            let mut h = Fnv1a::default();
            let mut best: Option<(usize, Label)> = None;
            let mut e = p;
            let limit = (p + self.longest).min(bytes.len());
            let mut spaces = 0;
            while e < limit {
                if bytes[e] == b' ' {
                    spaces += 1;
                    if spaces > max_spaces {
                        break;
                    }
                } else if bytes[e].is_ascii_whitespace() {
                    break;
                }
                h.write_unit(u32::from(bytes[e]));
                e += 1;
                if text.is_char_boundary(e) {
                    // What was read begins no listed form: no longer one can match either.
                    let Some(&whole) = self.prefixes.get(&h.finish()) else {
                        break;
                    };
                    if let Some(label) = whole.then(|| self.get(h.finish(), &text[p..e])).flatten()
                    {
                        if accept(p, e, label) {
                            best = Some((e, label));
                        }
                    }
                }
            }
            if let Some((e, label)) = best {
                out.push((p, e, label));
                next_free = e;
            }
        }
        out
    }
}

/// Whether the word `first` and the beginning of the word `next` after it are a listed name of
/// two words (`아사다 마오가`, `미란다 커와`, `호소다 히로유키`): a sentence does not end inside it.
/// Read from the list's names of two words alone, sorted once (about 1,350), not from the whole
/// table, which the splitter would otherwise build in every process.
pub(crate) fn name_spans(first: &str, next: &str) -> bool {
    static PAIRS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        let mut pairs: Vec<(&str, &str)> = super::lines(NAMES)
            .filter_map(|l| l.split_once('\t')?.0.split_once(' '))
            .filter(|(a, b)| !a.is_empty() && !b.is_empty() && !b.contains(' '))
            // A gloss glued to the name (`히로유키(細田博之)`) is no part of what follows it.
            .map(|(a, b)| (a, b.split_once('(').map_or(b, |(b, _)| b)))
            .filter(|(_, b)| !b.is_empty())
            .collect();
        pairs.sort_unstable();
        pairs
    });
    let from = pairs.partition_point(|&(a, _)| a < first);
    pairs[from..]
        .iter()
        .take_while(|&&(a, _)| a == first)
        .any(|&(_, b)| next.starts_with(b))
}

fn table() -> &'static Table<'static> {
    static T: OnceLock<Table<'static>> = OnceLock::new();
    T.get_or_init(|| {
        let names = super::lines(NAMES).filter_map(|l| {
            let (form, label) = l.split_once('\t')?;
            Some((form, Label::parse(label)?))
        });
        // The gazetteers' places are places whatever else KLUE's annotators once called them.
        let places = super::place_names().iter().map(|&p| (p, Label::LC));
        Table::new(names.chain(places))
    })
}

/// Syllables that start a verb or adjective made from the word before ("어수선한", "심각해서"):
/// after them the word was no name. Also syllables that end a transliterated word, which no
/// name glued to Korean is followed by ("마가렛" + "트", "카를로" + "스").
const DERIVING: &[char] = &[
    '하', '한', '할', '함', '해', '했', '히', '된', '되', '됐', '트', '스', '즈', '드', '크', '프',
];

/// Whether the listed person `text[p..e]` stands at the start of a longer word as a name: reviews
/// glue names to what follows ("송중기팬이라", "하정우엿다", "유동근땜에"). Only a full Korean
/// name (a surname and two syllables) that does not start with a place ("한국" + "영화"), whose
/// last syllable does not start a noun with what follows ("…영" + "화"), and that is not the
/// root of a verb ("어수선한").
fn glued_full_name(text: &str, p: usize, e: usize) -> bool {
    let name: Vec<char> = text[p..e].chars().collect();
    let Some(next) = text[e..].chars().next() else {
        return false;
    };
    if name.len() != 3
        || !name.iter().all(|&c| is_hangul(c))
        || !lists::SURNAMES.contains(&name[0])
        || !is_hangul(next)
        || DERIVING.contains(&next)
    {
        return false;
    }
    let head: String = name[..2].iter().collect();
    let joined: String = [name[2], next].iter().collect();
    !super::is_place(&head) && !is_noun(&joined)
}

/// Every listed name with its label.
pub(super) fn all_names() -> impl Iterator<Item = (&'static str, Label)> {
    table().names.values().flatten().copied()
}

/// The label of `form` when it is listed: LC for a place, else the label KLUE's annotators gave.
pub(super) fn listed_name(form: &str) -> Option<Label> {
    table().get(Fnv1a::hash(form.as_bytes()), form)
}

/// Rule: a listed place or name standing as a word is an entity with its listed label; returns
/// new spans (byte ranges). What the model or an earlier rule found there wins. Names of two
/// words at most: a longer listed address ("전남 진도군 조도면") would shadow the parts the model
/// found, which the chain rule joins anyway.
pub fn known_names(text: &str) -> Vec<(usize, usize, Label)> {
    table().scan(text, 1, |p, e, label| {
        may_end(text, e) || label == Label::PS && glued_full_name(text, p, e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_label_and_names_stand_as_words() {
        let rows = super::super::lines(NAMES).count();
        assert!(
            super::super::lines(NAMES).all(|l| l
                .split_once('\t')
                .and_then(|(_, l)| Label::parse(l))
                .is_some()),
            "a row without a known label"
        );
        assert!(table().names.len() >= rows);
        assert!(rows > 1000);
        // Written after the rule: a listed place inside a longer word is no mention.
        let t = "국민은행에서 만났다. 국민은행장은 웃었다";
        let got: Vec<&str> = known_names(t).iter().map(|&(s, e, _)| &t[s..e]).collect();
        assert_eq!(got, ["국민은행"]);
    }

    #[test]
    fn full_names_glued_in_reviews() {
        // Written after the rule, with names from the table.
        let t = "솔직히 손예진땜에 끝까지 봤다. 한국영화의 힘, 마가렛트 과자";
        let at = |p: &str| t.find(p).unwrap();
        assert!(glued_full_name(
            t,
            at("손예진"),
            at("손예진") + "손예진".len()
        ));
        assert!(!glued_full_name(
            t,
            at("한국영"),
            at("한국영") + "한국영".len()
        ));
        let got: Vec<&str> = known_names(t).iter().map(|&(s, e, _)| &t[s..e]).collect();
        assert!(got.contains(&"손예진"), "{got:?}");
        assert!(!got.contains(&"한국영"), "{got:?}");
    }
}
