//! The learned entity tagger: the shipped model loads, span invariants on any input, and alias
//! grouping over real output (hand-checked expectations are in `tests/entities.rs`).

use std::collections::HashSet;

use proptest::prelude::*;
use yoyak::entity::{self, alias, model::Model, Label};

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_shipped_model_loads() {
    let model = Model::embedded().expect("crates/yoyak/model/ner.bin.zst decodes");
    assert!(model.feature_count() > 1000);
}

#[test]
fn groups_index_real_entities() {
    let text =
        std::fs::read_to_string(root().join("seeds/000-kakao-ai-team-two-leaders.txt")).unwrap();
    let ents = entity::tag(&text);
    let groups = alias::group(&text, &ents);
    let mut seen = HashSet::new();
    for g in &groups {
        assert!(!g.mentions.is_empty());
        for &m in &g.mentions {
            assert!(
                m < ents.len() && seen.insert(m),
                "mention {m} twice or out of range"
            );
            assert_eq!(ents[m].label, g.label);
        }
    }
    assert!(groups
        .iter()
        .any(|g| g.canonical == "김병학" && g.label == Label::PS));
}

fn check(text: &str, ents: &[entity::Entity]) {
    let mut last_end = 0;
    for e in ents {
        let s = e.span;
        assert!(s.byte_start < s.byte_end && s.byte_end <= text.len());
        assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
        assert!(s.byte_start >= last_end, "overlap or disorder");
        assert_eq!(s.slice(text), e.text);
        assert_eq!(s.char_start, text[..s.byte_start].chars().count());
        assert_eq!(s.char_len(), e.text.chars().count());
        last_end = s.byte_end;
    }
}

proptest! {
    #[test]
    fn model_spans_are_in_bounds_and_disjoint(text in "[가-힣a-zA-Z0-9 ().,'\"\n·-]{0,80}") {
        let model = Model::embedded().unwrap();
        check(&text, &model.tag(&text));
        check(&text, &entity::tag(&text));
    }

    #[test]
    fn any_string_is_tagged_without_panic(text in any::<String>()) {
        check(&text, &Model::embedded().unwrap().tag(&text));
    }

    #[test]
    fn korean_news_like_text_keeps_invariants(
        words in proptest::collection::vec(
            prop_oneof![
                Just("정신아"), Just("카카오"), Just("대표는"), Just("(035720)"), Just("지난해"),
                Just("8월"), Just("서울"), Just("에서"), Just(" "), Just("KoGPT"), Just("2.0"),
                Just("\n"), Just("‘"), Just("’"), Just("기자"), Just("1406억원"),
            ],
            0..40,
        )
    ) {
        let text: String = words.concat();
        check(&text, &Model::embedded().unwrap().tag(&text));
    }
}
