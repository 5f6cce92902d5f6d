//! The learned re-ranking of keywords: the ranked stems and phrases, with the article's named
//! people, organisations, places and artifacts, scored by a small ensemble of decision trees.
//!
//! Readers name who and what a story is about: in the hand-checked keyword sets, about four in
//! five of the people, organisations and artifacts the tagger finds are keywords, but one place
//! in three (a story's 서울 or 한국 is a setting, rarely a subject; `eval_keywords` prints the
//! shares). The graph ranking alone cannot know a stem is a name; the tagger alone cannot rank
//! terms. The model weighs both, with how specific a word is, where it first occurs, whether it
//! is a title or a role (연구팀, 운전자), whether the headline shares its syllables, how general
//! the noun it ends in is (an unlisted compound, 공공기관, is as general as 기관) and how much of
//! it is inside quotation marks (a speaker's words, 최소한, 소통).
//!
//! The model ([`model`], `data/keyword_trees.txt`) is gradient-boosted trees of depth two on
//! logistic loss, fitted by `cargo run --release -p yoyak --example eval_keywords -- fit` on the
//! hand-checked sets in `tests/cases/keywords/` (see that README for which sets were scored once
//! before being fitted on, and the figures). Trees replaced a logistic model in stop 21: over the
//! same 190 sets, five shuffles of 5-fold cross-validation gave 0.686 for the old logistic model,
//! 0.696 for a logistic model on the new features and 0.717 for the trees, whose pairs of splits
//! weigh a feature differently by kind (a place's count against a person's).

use std::sync::OnceLock;

use crate::entity::alias::Group;
use crate::entity::Label;
use crate::trees::Trees;

use super::Keyword;

/// How many ranked terms the model re-ranks.
pub const RANKED: usize = 40;

/// Number of features per candidate.
pub const FEATURES: usize = 23;

/// What each feature is, in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "ranked",
    "ln rank score",
    "1 / rank",
    "person",
    "organisation",
    "place",
    "artifact",
    "ln (1 + count)",
    "in headline",
    "length / 10",
    "phrase",
    "specificity",
    "ends in a title",
    "role word",
    "inside another",
    "holds another",
    "latin",
    "headline bigrams",
    "in first sentence",
    "first at",
    "head specificity",
    "quoted share",
];

/// The embedded model, written by `eval_keywords -- fit`.
const TREES: &str = include_str!("../../data/keyword_trees.txt");

/// The first line of the keyword tree file; the number is raised when the features change (see
/// [`Trees::parse`]).
pub const TREES_HEADER: &str = "yoyak keyword trees 3";

/// The embedded keyword model. It is compiled in and a test loads it, so it cannot fail at run
/// time; were it ever broken, every candidate would score alike and the graph ranking's order
/// would stand.
pub fn model() -> Option<&'static Trees<FEATURES>> {
    static MODEL: OnceLock<Option<Trees<FEATURES>>> = OnceLock::new();
    MODEL
        .get_or_init(|| Trees::parse(TREES, TREES_HEADER).ok())
        .as_ref()
}

/// One thing that may be a keyword: a ranked term, a named entity, or both.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// As written in the text.
    pub text: String,
    /// Its place in the graph ranking (0 first), if ranked.
    pub rank: Option<usize>,
    /// Its graph ranking score (0 when not ranked).
    pub rank_score: f64,
    /// The label of the entity it names, if any.
    pub label: Option<Label>,
    /// How often it occurs: the larger of the term's count and the entity's mentions.
    pub count: usize,
    /// Where it first occurs, as a share of the text (0 at the start).
    pub first_at: f64,
    /// Whether it occurs in the first sentence.
    pub in_first: bool,
}

/// How far the text's sentences reach and where the first one ends, in bytes and in chars:
/// ranked terms know where they first occur in bytes, entity mentions in chars.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layout {
    /// Where the last sentence ends, in bytes.
    pub bytes: usize,
    /// Where the last sentence ends, in chars.
    pub chars: usize,
    /// Where the first sentence ends, in bytes.
    pub first_end_byte: usize,
    /// Where the first sentence ends, in chars.
    pub first_end_char: usize,
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The candidates: every ranked term, in rank order, then each named person, organisation,
/// place or artifact of two chars or more that no ranked term already spells (ignoring spaces).
pub fn candidates(ranked: &[(Keyword, usize)], groups: &[Group], layout: Layout) -> Vec<Candidate> {
    let share = |at: usize, len: usize| at as f64 / len.max(1) as f64;
    let mut out: Vec<Candidate> = ranked
        .iter()
        .enumerate()
        .map(|(i, (k, first))| Candidate {
            text: k.text.clone(),
            rank: Some(i),
            rank_score: k.score,
            label: None,
            count: k.count,
            first_at: share(*first, layout.bytes),
            in_first: *first < layout.first_end_byte,
        })
        .collect();
    let mut keys: Vec<String> = out.iter().map(|c| squash(&c.text)).collect();
    for group in groups {
        if !matches!(group.label, Label::PS | Label::OG | Label::LC | Label::AF) {
            continue;
        }
        let name = site_name(group);
        let key = squash(name);
        // A general word stays general when the tagger names it (재판부, 정부 as organisations).
        if key.chars().count() < 2 || super::is_generic(name) {
            continue;
        }
        // A quoted clause the tagger took for a title (`‘너무 길다’는 지적`) names nothing: words
        // that end in a predicate's -다.
        if name.contains(' ') && name.ends_with('다') {
            continue;
        }
        if group.label == Label::PS && not_a_name(name) {
            continue;
        }
        let first = group.mentions.first().map_or(layout.chars, |m| m[0]);
        let (first_at, in_first) = (share(first, layout.chars), first < layout.first_end_char);
        match keys.iter().position(|k| *k == key) {
            Some(i) => {
                let c = &mut out[i];
                c.label.get_or_insert(group.label);
                c.count = c.count.max(group.count);
                c.first_at = c.first_at.min(first_at);
                c.in_first |= in_first;
            }
            None => {
                keys.push(key);
                out.push(Candidate {
                    text: name.to_string(),
                    rank: None,
                    rank_score: 0.0,
                    label: Some(group.label),
                    count: group.count,
                    first_at,
                    in_first,
                });
            }
        }
    }
    out
}

/// Whether a person's name as the tagger found it is a word of grammar, not a name: one Hangul
/// word of three syllables or more ending in a case particle or a verb's connective or
/// adnominal ending that Korean given names rarely end with (`문자로`, `조기에`, `백발의`,
/// `이끌고`, `예측된`). The entity stays as the tagger found it; only the keyword leaves it.
fn not_a_name(name: &str) -> bool {
    name.chars().count() >= 3
        && name.chars().all(crate::text::is_hangul)
        && name.ends_with(['로', '에', '의', '을', '를', '고', '된', '되', '면', '져'])
}

/// A group's name as a keyword: a place less the larger places written before it (`미국
/// 캘리포니아주 반덴버그 우주군기지` → `반덴버그 우주군기지`, `경북 상주시 중부내륙고속도로` →
/// `중부내륙고속도로`): a reader names the site, and the larger places are settings of their own.
///
/// A larger place is a listed one (`data/places.txt`: Korean regions, countries) or a word of
/// two syllables or more ending like an administrative unit (캘리포니아주, 해운대구); an
/// unlisted foreign city (오사카) stays.
fn site_name(group: &Group) -> &str {
    let larger = |w: &str| {
        crate::entity::reading::is_place(w)
            || (w.chars().count() >= 2 && w.ends_with(['주', '시', '도', '군', '구', '읍', '면']))
    };
    let mut name = group.name.as_str();
    if group.label == Label::LC {
        while let Some((first, rest)) = name.split_once(' ') {
            if !larger(first) {
                break;
            }
            name = rest;
        }
    }
    name
}

/// The features of each candidate, in the order of [`FEATURE_NAMES`]; some weigh a candidate
/// against the others (a part of a longer candidate, or one holding a shorter).
pub fn features(
    candidates: &[Candidate],
    title: Option<&str>,
    sentences: &[&str],
) -> Vec<[f64; FEATURES]> {
    let keys: Vec<String> = candidates.iter().map(|c| squash(&c.text)).collect();
    let title = squash(title.unwrap_or(""));
    let sentences: Vec<Quoted> = sentences.iter().map(|s| Quoted::new(s)).collect();
    candidates
        .iter()
        .zip(&keys)
        .map(|(candidate, key)| {
            let inside = keys
                .iter()
                .any(|k| k.len() > key.len() && k.contains(key.as_str()));
            let holds = keys
                .iter()
                .any(|k| k.len() < key.len() && key.contains(k.as_str()));
            let quoted = quoted_share(key, &sentences);
            features_of(candidate, key, &title, (inside, holds), quoted)
        })
        .collect()
}

/// A sentence without spaces, with the chars inside quotation marks or 「」. (Counting double
/// quotes only, speech, gave 0.7128 in cross-validation against 0.7141: single quotes in news
/// mark a speaker's words as often as a term.)
struct Quoted {
    chars: Vec<char>,
    quoted: Vec<bool>,
}

impl Quoted {
    fn new(s: &str) -> Self {
        let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        let mut quoted = vec![false; chars.len()];
        let mut open: Option<char> = None;
        for (i, &c) in chars.iter().enumerate() {
            match (open, c) {
                (None, '“' | '"' | '‘' | '\'' | '「') => open = Some(c),
                (Some('“'), '”')
                | (Some('"'), '"')
                | (Some('‘'), '’')
                | (Some('\''), '\'')
                | (Some('「'), '」') => open = None,
                (Some(_), _) => quoted[i] = true,
                _ => {}
            }
        }
        Quoted { chars, quoted }
    }
}

/// The share of `key`'s occurrences (spaces ignored) inside quotation marks: words only a
/// quoted speaker uses (최소한, 소통) are the speaker's, and readers rarely list them.
fn quoted_share(key: &str, sentences: &[Quoted]) -> f64 {
    let key: Vec<char> = key.chars().collect();
    if key.is_empty() {
        return 0.0;
    }
    let (mut total, mut inside) = (0, 0);
    for s in sentences {
        for (i, w) in s.chars.windows(key.len()).enumerate() {
            if w == key.as_slice() {
                total += 1;
                inside += usize::from(s.quoted[i]);
            }
        }
    }
    inside as f64 / total.max(1) as f64
}

/// The specificity of the listed noun a word ends in (구조대원 → 대원, 공공기관 → 기관): an
/// unlisted compound is as general as its head, where [`specificity`] would call it a name.
fn head_specificity(word: &str) -> f64 {
    word.char_indices()
        .map(|(i, _)| &word[i..])
        .take_while(|head| head.chars().count() >= 2)
        .find_map(super::nouns::share)
        .map_or(1.0, super::nouns::idf)
}

/// How specific a word is: the inverse document frequency over the noun list's articles,
/// scaled to 0..1 (1 for a word not listed: a name, a rare term).
fn specificity(word: &str) -> f64 {
    super::nouns::share(word).map_or(1.0, super::nouns::idf)
}

/// Whether a word ends in a job title after something else (정보기술처장, 보육정책과장): a
/// post, which readers do not pick; the person holding it is the keyword.
fn ends_in_title(word: &str) -> bool {
    use crate::entity::model::lists;
    word.char_indices()
        .skip(1)
        .any(|(i, _)| word[i..].chars().count() >= 2 && lists::contains(lists::TITLES, &word[i..]))
}

/// Whether an unnamed word ends like a word for people in a role (연구팀, 운전자, 연구진,
/// 구조대원, 관광객, 수험생): the story's actors in general, rarely what a reader lists; the
/// model weighs it (some are: 안전요원, 피서객).
fn role_word(candidate: &Candidate, word: &str) -> bool {
    candidate.label.is_none()
        && word.chars().count() >= 2
        && word.ends_with(['자', '팀', '진', '원', '객', '생'])
}

fn features_of(
    candidate: &Candidate,
    key: &str,
    title: &str,
    (inside, holds): (bool, bool),
    quoted: f64,
) -> [f64; FEATURES] {
    let is = |l: Label| f64::from(u8::from(candidate.label == Some(l)));
    let flag = |b: bool| f64::from(u8::from(b));
    let ranked = candidate.rank.is_some();
    let last = candidate.text.rsplit(' ').next().unwrap_or("");
    let chars: Vec<char> = key.chars().collect();
    let bigrams = chars.windows(2).count().max(1) as f64;
    let shared = chars
        .windows(2)
        .filter(|w| title.contains(&w.iter().collect::<String>()))
        .count() as f64;
    [
        1.0,
        flag(ranked),
        if ranked {
            candidate.rank_score.max(1e-9).ln()
        } else {
            0.0
        },
        candidate.rank.map_or(0.0, |r| 1.0 / (1.0 + r as f64)),
        is(Label::PS),
        is(Label::OG),
        is(Label::LC),
        is(Label::AF),
        (1.0 + candidate.count as f64).ln(),
        flag(title.contains(key)),
        chars.len() as f64 / 10.0,
        flag(candidate.text.contains(' ')),
        specificity(last),
        flag(ends_in_title(last)),
        flag(role_word(candidate, last)),
        flag(inside),
        flag(holds),
        flag(key.is_ascii()),
        shared / bigrams,
        flag(candidate.in_first),
        candidate.first_at,
        head_specificity(last),
        quoted,
    ]
}

/// The top `n` candidates by the model's probability (ties: the graph ranking's order), as
/// keywords scored by that probability.
pub fn rerank(
    ranked: &[(Keyword, usize)],
    groups: &[Group],
    title: Option<&str>,
    sentences: &[&str],
    layout: Layout,
    n: usize,
) -> Vec<Keyword> {
    let candidates = candidates(ranked, groups, layout);
    let trees = model();
    let scored: Vec<(f64, Candidate)> = features(&candidates, title, sentences)
        .iter()
        .zip(candidates)
        .map(|(x, c)| (trees.map_or(0.5, |t| t.probability(x)), c))
        .collect();
    select(scored, n)
        .into_iter()
        .map(|(score, c)| Keyword {
            text: c.text,
            score,
            count: c.count,
        })
        .collect()
}

/// The best `n` of scored candidates, best first, each thing once: a short form of a name
/// already chosen (식약처 after 식품의약품안전처, 평가원 after 한국교육과정평가원) is left out,
/// and so is the name after its short form, and the same words spaced another way. (Leaving out
/// any term that is a part of a chosen name, 초거대 after 초거대AI추진협의회, was tried too:
/// cross-validated precision fell from 0.714 to 0.710, as such parts are sometimes what a reader
/// picks; a part that occurs no more often than the chosen term, so never on its own, is left out
/// since stop 31: 0.724 to 0.726.)
pub fn select(mut scored: Vec<(f64, Candidate)>, n: usize) -> Vec<(f64, Candidate)> {
    // A stable sort keeps the candidates' order (rank, then text order) among equals.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<(f64, Candidate)> = Vec::with_capacity(n);
    for (score, c) in scored {
        if out.len() == n {
            break;
        }
        // The same words spaced another way (초거대AI after 초거대 AI) are the same thing too;
        // so is a part of a chosen term that occurs no more often than the term (고영향 after
        // 고영향 AI): it is never seen on its own.
        let squashed = squash(&c.text);
        if out.iter().any(|(_, d)| {
            let chosen = squash(&d.text);
            short_form(&c, d)
                || short_form(d, &c)
                || squashed == chosen
                || (c.count <= d.count && chosen.contains(squashed.as_str()))
        }) {
            continue;
        }
        out.push((score, c));
    }
    out
}

/// Whether `short` is the short form of the organisation `long`, the way Korean shortens names:
/// its syllables taken in order from the name, from its first syllable to one of its last word
/// (식약처 from 식품의약품안전처, 공정위 from 공정거래위원회), or the name's last words with a
/// place or 한국 in front dropped (평가원 from 한국교육과정평가원). Both are Hangul only.
fn short_form(short: &Candidate, long: &Candidate) -> bool {
    if long.label != Some(Label::OG) {
        return false;
    }
    let s: Vec<char> = squash(&short.text).chars().collect();
    let l: Vec<char> = squash(&long.text).chars().collect();
    let hangul = |w: &[char]| w.iter().all(|&c| crate::text::is_hangul(c));
    if !(2..=4).contains(&s.len()) || l.len() < s.len() + 2 || !hangul(&s) || !hangul(&l) {
        return false;
    }
    let mut rest = l.iter();
    let in_order = s.iter().all(|c| rest.any(|d| d == c));
    // The last syllable comes from the name's last word (처 of 안전처, 위 of 위원회).
    let last_word = &l[l.len() - 3..];
    // Syllables from several words, not one run of them: 카나나 is the front of 카나나 엑스, a
    // team of its own, not its short form.
    let run = l.windows(s.len()).any(|w| w == s.as_slice());
    (in_order && !run && s[0] == l[0] && s.last().is_some_and(|c| last_word.contains(c)))
        || (s.len() >= 3 && l.ends_with(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str, label: Option<Label>) -> Candidate {
        Candidate {
            text: text.to_string(),
            rank: None,
            rank_score: 0.0,
            label,
            count: 1,
            first_at: 0.0,
            in_first: false,
        }
    }

    #[test]
    fn a_quoted_clause_tagged_as_a_title_is_no_candidate() {
        // Written after the rule (stop 35): two quotes the tagger might take for titles, one a
        // clause, one a name in 다 (혼다, a company).
        let group = |name: &str| Group {
            label: Label::AF,
            name: name.to_string(),
            count: 2,
            mentions: vec![[0, 4], [20, 24]],
        };
        let groups = [
            group("책이 너무 두껍다"),
            group("혼다"),
            group("바다의 노래"),
        ];
        let layout = Layout {
            bytes: 100,
            chars: 40,
            first_end_byte: 30,
            first_end_char: 12,
        };
        let texts: Vec<String> = candidates(&[], &groups, layout)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(!texts.iter().any(|t| t == "책이 너무 두껍다"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "혼다"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "바다의 노래"), "{texts:?}");
    }

    #[test]
    fn the_embedded_trees_load() {
        assert!(Trees::<FEATURES>::parse(TREES, TREES_HEADER).is_ok());
        assert!(model().is_some());
    }

    #[test]
    fn titles_and_roles_are_read_from_the_word_s_end() {
        // Written after the features, on words of no keyword set.
        assert!(ends_in_title("산림정책처장"));
        assert!(ends_in_title("해양안전국장"));
        assert!(
            !ends_in_title("처장"),
            "a title alone is a title, not a post of a body"
        );
        assert!(!ends_in_title("도서관"));
        let term = |t| named(t, None);
        assert!(role_word(&term("조사단원"), "조사단원"));
        assert!(role_word(&term("등산객"), "등산객"));
        assert!(!role_word(&named("연구진", Some(Label::OG)), "연구진"));
        assert!(!role_word(&term("감귤"), "감귤"));
    }

    #[test]
    fn an_unlisted_compound_is_as_general_as_its_head() {
        // Written after the feature, on made-up compounds.
        assert_eq!(head_specificity("해양정비기관"), specificity("기관"));
        assert!(head_specificity("해양정비기관") < 1.0);
        assert_eq!(head_specificity("감귤"), specificity("감귤"));
        assert_eq!(head_specificity("누리텍"), 1.0);
    }

    #[test]
    fn words_inside_quotation_marks_are_counted_apart() {
        // Written after the feature.
        let sentences: Vec<Quoted> = [
            "김 교수는 “현장 소통이 먼저”라고 말했다.",
            "시는 소통 창구를 늘린다.",
            "‘찾아가는 소통’ 사업이다. 「소통의 기술」",
        ]
        .iter()
        .map(|s| Quoted::new(s))
        .collect();
        assert_eq!(quoted_share("소통", &sentences), 0.75);
        assert_eq!(quoted_share("창구", &sentences), 0.0);
        assert_eq!(quoted_share("현장소통", &sentences), 1.0);
        assert_eq!(quoted_share("없는말", &sentences), 0.0);
    }

    #[test]
    fn general_words_are_less_specific_than_rare_ones() {
        assert!(specificity("문제") < specificity("감귤"));
        assert_eq!(specificity("누리텍모빌리티"), 1.0);
    }

    #[test]
    fn a_place_is_named_by_its_site_less_the_larger_places() {
        // Written after the rule.
        let group = |label, name: &str| Group {
            label,
            name: name.to_string(),
            count: 1,
            mentions: Vec::new(),
        };
        let site = |name| site_name(&group(Label::LC, name)).to_string();
        // Written after the unit endings were added for the failure kept below.
        assert_eq!(site("미국 플로리다주 케네디 우주센터"), "케네디 우주센터");
        assert_eq!(site("부산시 해운대구 동백섬"), "동백섬");
        assert_eq!(site("충남 보령시 대천해수욕장"), "대천해수욕장");
        assert_eq!(site("대천해수욕장"), "대천해수욕장");
        // The last place stays when every word is one.
        assert_eq!(site("경기도 수원시"), "수원시");
        // Only places are read so: an organisation keeps its whole name.
        let og = group(Label::OG, "부산 해운대구청");
        assert_eq!(site_name(&og), "부산 해운대구청");
    }

    /// The first case written after the rule, with the answer a reader gives: 오사카 is in no
    /// list and has no unit's ending, so it stays. A known limit, kept as the case it failed.
    #[test]
    #[ignore = "unlisted foreign cities are a known limit of site_name"]
    fn an_unlisted_foreign_city_is_a_larger_place_too() {
        let group = Group {
            label: Label::LC,
            name: "일본 오사카 유니버설 스튜디오".to_string(),
            count: 1,
            mentions: Vec::new(),
        };
        assert_eq!(site_name(&group), "유니버설 스튜디오");
    }

    #[test]
    fn short_forms_of_organisations() {
        // Made-up organisations and their short forms.
        let og = |t| named(t, Some(Label::OG));
        let term = |t| named(t, None);
        assert!(short_form(&term("해안위"), &og("해양안전위원회")));
        assert!(short_form(&term("미래처"), &og("미래교통정책처")));
        assert!(short_form(&term("진흥원"), &og("한국해조류산업진흥원")));
        // A company and its subsidiary, a city and its office of education: two things.
        assert!(!short_form(&term("누리텍"), &og("누리텍모빌리티")));
        assert!(!short_form(&term("울산시"), &og("울산시교육청")));
        assert!(!short_form(&term("해오름"), &og("해오름 베타")));
        // Only organisations are shortened so; and Latin names are not read this way.
        assert!(!short_form(
            &term("해안위"),
            &named("해양안전위원회", Some(Label::LC))
        ));
        assert!(!short_form(&term("KB"), &og("KB국민은행")));
    }

    #[test]
    fn a_short_form_and_its_name_are_chosen_once() {
        let scored = vec![
            (0.9, named("해양안전위원회", Some(Label::OG))),
            (0.8, named("해안위", None)),
            (0.7, named("선박", None)),
        ];
        let chosen: Vec<String> = select(scored, 2).into_iter().map(|(_, c)| c.text).collect();
        assert_eq!(chosen, ["해양안전위원회", "선박"]);
    }

    #[test]
    fn a_part_never_seen_alone_is_chosen_once() {
        // Written after the rule (stop 31), on words of no keyword set.
        let counted = |text: &str, count: usize| Candidate {
            count,
            ..named(text, None)
        };
        let scored = vec![
            (0.9, counted("탄소 발자국", 4)),
            (0.8, counted("탄소", 4)),
            (0.7, counted("발자국", 2)),
            (0.6, counted("배출권", 3)),
        ];
        let chosen: Vec<String> = select(scored, 2).into_iter().map(|(_, c)| c.text).collect();
        assert_eq!(chosen, ["탄소 발자국", "배출권"]);
        // A part the text also names on its own is a keyword of its own.
        let scored = vec![(0.9, counted("탄소 발자국", 4)), (0.8, counted("탄소", 9))];
        let chosen: Vec<String> = select(scored, 2).into_iter().map(|(_, c)| c.text).collect();
        assert_eq!(chosen, ["탄소 발자국", "탄소"]);
    }

    #[test]
    fn words_of_grammar_the_tagger_took_for_people_are_no_names() {
        // Written after the rule (stop 43).
        for word in [
            "전화로",
            "아침에",
            "노란색의",
            "손님을",
            "바꾸고",
            "완성된",
            "끝나면",
        ] {
            assert!(not_a_name(word), "{word}");
        }
        for name in ["김민서", "이하나", "박서준", "최지우", "트럼프", "정의"] {
            assert!(!not_a_name(name), "{name}");
        }
        // The cost: the rare given name that ends so is lost as a person.
        assert!(not_a_name("김하로"));
    }
}
