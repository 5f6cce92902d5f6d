//! The cross-article index: search, keyword in context, co-occurrence, network, timeline, and
//! incremental updates that answer exactly as a rebuild.

#[path = "support/generate.rs"]
mod generate;

use yoyak::corpus::{entity_id, Index, SortBy, NAMED};
use yoyak::entity::{Entity, Origin};
use yoyak::text::CharIndex;
use yoyak::{Analysis, AnalyzeOptions, Label};

/// An analysis of `text` (taken as clean) whose entities are exactly `marks`, found in order.
fn marked(text: &str, marks: &[(&str, Label)]) -> Analysis {
    let options = AnalyzeOptions {
        clean: false,
        ..AnalyzeOptions::default()
    };
    let mut a = yoyak::analyze(text, &options).unwrap();
    let body = a.clean.body.clone();
    let index = CharIndex::new(&body);
    let mut from = 0;
    a.entities = marks
        .iter()
        .map(|(m, label)| {
            let s = from + body[from..].find(m).unwrap();
            from = s + m.len();
            Entity {
                span: index.span(s, s + m.len()),
                label: *label,
                text: m.to_string(),
                origin: Origin::Model,
            }
        })
        .collect();
    a
}

fn small_index() -> Index {
    let mut index = Index::new();
    index.add(
        "a",
        &marked(
            "카카오브레인이 모델을 냈다. 카카오(035720)는 정신아 대표가 이끈다. 정 대표는 웃었다.",
            &[
                ("카카오브레인", Label::OG),
                ("카카오(035720)", Label::OG),
                ("정신아", Label::PS),
                ("정", Label::PS),
            ],
        ),
    );
    index.add(
        "b",
        &marked(
            "네이버와 카카오가 맞붙었다. 카카오는 서울에 있다. 네이버는 성남에 있다.",
            &[
                ("네이버", Label::OG),
                ("카카오", Label::OG),
                ("카카오", Label::OG),
                ("서울", Label::LC),
                ("네이버", Label::OG),
                ("성남", Label::LC),
            ],
        ),
    );
    index
}

#[test]
fn search_matches_partial_names_in_hangul_and_latin() {
    let index = small_index();
    let hits = index.search("카카오", &[], SortBy::Mentions, 10);
    let names: Vec<&str> = hits.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["카카오", "카카오브레인"], "{hits:?}");
    let kakao = &hits.entities[0];
    assert_eq!((kakao.mentions, kakao.articles), (3, 2));
    assert_eq!(kakao.id, entity_id(Label::OG, "카카오"));
    // Partial, case-insensitive, spacing-insensitive.
    assert_eq!(index.search("브레", &[], SortBy::Mentions, 10).total, 1);
    assert_eq!(index.search("신 아", &[], SortBy::Mentions, 10).total, 1);
    // Label filter and sort orders.
    assert_eq!(
        index.search("", &[Label::LC], SortBy::Mentions, 10).total,
        2
    );
    let by_articles = index.search("", &[Label::OG], SortBy::Articles, 10);
    assert_eq!(by_articles.entities[0].name, "카카오");
    let by_mentions = index.search("", &[], SortBy::Mentions, 2);
    assert_eq!(by_mentions.total, 6);
    assert_eq!(by_mentions.entities.len(), 2);
    assert!(by_mentions.entities[0].mentions >= by_mentions.entities[1].mentions);
}

#[test]
fn latin_names_search_case_insensitively() {
    let mut index = Index::new();
    index.add(
        "x",
        &marked(
            "KoGPT와 OpenAI가 나왔다.",
            &[("KoGPT", Label::AF), ("OpenAI", Label::OG)],
        ),
    );
    let hits = index.search("gpt", &[], SortBy::Mentions, 10);
    assert_eq!(hits.entities[0].name, "KoGPT");
    assert_eq!(index.search("OPENai", &[], SortBy::Mentions, 10).total, 1);
}

#[test]
fn entity_page_lists_every_sentence_with_the_mention_marked() {
    let index = small_index();
    let detail = index.entity(&entity_id(Label::OG, "카카오"), 100).unwrap();
    let places: Vec<(&str, usize)> = detail
        .contexts
        .iter()
        .map(|c| (c.article.as_str(), c.sentence))
        .collect();
    assert_eq!(places, [("a", 1), ("b", 0), ("b", 1)]);
    let first = &detail.contexts[0];
    let marks: Vec<&str> = first
        .pieces
        .iter()
        .filter(|p| p.mark)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marks, ["카카오(035720)"]);
    let whole: String = first.pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(whole, "카카오(035720)는 정신아 대표가 이끈다.");
    // The surname alone joined the full name in its article.
    let jung = index.entity(&entity_id(Label::PS, "정신아"), 100).unwrap();
    assert_eq!(jung.summary.mentions, 2);
    assert_eq!(jung.contexts.len(), 2);
    assert!(index.entity("OG:없음", 10).is_none());
    let capped = index.entity(&entity_id(Label::OG, "카카오"), 2).unwrap();
    assert_eq!((capped.contexts.len(), capped.contexts_total), (2, 3));
}

#[test]
fn cooccurrence_is_ranked_by_log_likelihood() {
    let index = small_index();
    let naver = index.cooccurring(&entity_id(Label::OG, "네이버"), &[], 10);
    let names: Vec<&str> = naver.iter().map(|a| a.entity.name.as_str()).collect();
    // 성남 shares its only sentence with 네이버; 카카오 shares one of its three.
    assert_eq!(names.first(), Some(&"성남"), "{naver:?}");
    assert!(naver.iter().all(|a| a.score > 0.0 && a.together >= 1));
    for w in naver.windows(2) {
        assert!(w[0].score >= w[1].score);
    }
    assert!(index.cooccurring("PS:nobody", &[], 5).is_empty());
    let places = index.cooccurring(&entity_id(Label::OG, "네이버"), &[Label::LC], 10);
    assert!(!places.is_empty() && places.iter().all(|a| a.entity.label == Label::LC));
}

#[test]
fn network_and_timeline() {
    let index = small_index();
    let net = index.network(4, &[]);
    assert_eq!(net.nodes.len(), 4);
    assert!(net.nodes.iter().all(|n| NAMED.contains(&n.label)));
    assert_eq!(net.nodes[0].name, "카카오");
    assert!(!net.edges.is_empty());
    for e in &net.edges {
        assert!(e.a < e.b && e.b < 4 && e.together >= 1);
    }
    let t = index.timeline();
    assert_eq!(t.len(), 2);
}

/// Everything the index answers, as one comparable value.
fn answers(index: &Index) -> String {
    let all = index.search("", &[], SortBy::Mentions, usize::MAX);
    let mut out = format!(
        "{all:?}\n{:?}\n",
        index.search("", &[], SortBy::Articles, 50)
    );
    for e in &all.entities {
        out.push_str(&format!("{:?}\n", index.entity(&e.id, usize::MAX)));
        out.push_str(&format!("{:?}\n", index.cooccurring(&e.id, &[], 20)));
    }
    out.push_str(&format!(
        "{:?}\n{:?}\n",
        index.network(20, &[]),
        index.timeline()
    ));
    out
}

#[test]
fn incremental_add_and_remove_equal_a_rebuild() {
    let articles = generate::articles(15);
    let analyses: Vec<(String, Analysis)> = articles
        .iter()
        .map(|(id, text)| {
            (
                id.clone(),
                yoyak::analyze(text, &AnalyzeOptions::default()).unwrap(),
            )
        })
        .collect();
    let mut incremental = Index::new();
    for (id, a) in &analyses {
        incremental.add(id, a);
    }
    // Remove a few, re-add one, replace one with another article's analysis.
    for (id, _) in analyses.iter().step_by(4) {
        assert!(incremental.remove(id));
    }
    assert!(!incremental.remove("not-there"));
    incremental.add(&analyses[4].0, &analyses[4].1);
    incremental.add(&analyses[1].0, &analyses[2].1);

    let mut rebuilt = Index::new();
    for (i, (id, a)) in analyses.iter().enumerate().rev() {
        if i % 4 == 0 && i != 4 {
            continue;
        }
        let a = if i == 1 { &analyses[2].1 } else { a };
        rebuilt.add(id, a);
    }
    assert_eq!(incremental.len(), rebuilt.len());
    assert!(incremental.entity_count() > 10);
    assert_eq!(answers(&incremental), answers(&rebuilt));

    // Removing everything leaves nothing behind.
    for (id, _) in &analyses {
        incremental.remove(id);
    }
    assert!(incremental.is_empty());
    assert_eq!(incremental.entity_count(), 0);
    assert_eq!(incremental.search("", &[], SortBy::Mentions, 10).total, 0);
}

#[test]
fn spellings_of_one_model_are_one_entity_across_articles() {
    let ids: std::collections::BTreeSet<String> = ["KoGPT", "코GPT", "코(Ko)GPT", "코(Ko)-GPT"]
        .iter()
        .map(|n| yoyak::corpus::entity_id(Label::AF, n))
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_ne!(
        yoyak::corpus::entity_id(Label::AF, "KoGPT"),
        yoyak::corpus::entity_id(Label::AF, "KoGPT 2.0")
    );
}
