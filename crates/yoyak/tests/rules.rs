//! Rule entity tagger: golden news sentences (tests/cases/rules/*.tsv) and span invariants.

use proptest::prelude::*;
use yoyak::entity::{rules, Origin};

/// Each line: a sentence, a tab, then the expected mentions as `text:LABEL` joined by ` | `.
#[test]
fn golden_sentences() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/rules");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/cases/rules exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut cases = 0;
    for f in files {
        let content = std::fs::read_to_string(&f).unwrap();
        for line in content
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (sentence, want) = line.split_once('\t').unwrap_or((line, ""));
            let want: Vec<&str> = want.split(" | ").filter(|s| !s.is_empty()).collect();
            let got: Vec<String> = rules::tag(sentence)
                .iter()
                .map(|e| format!("{}:{}", e.text, e.label.as_str()))
                .collect();
            cases += 1;
            if got != want {
                failures.push(format!("{sentence}\n  want: {want:?}\n  got:  {got:?}"));
            }
        }
    }
    assert!(cases > 40, "too few golden cases: {cases}");
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check_invariants(text: &str) {
    let entities = rules::tag(text);
    let mut last_end = 0;
    for e in &entities {
        let s = e.span;
        assert!(s.byte_start < s.byte_end && s.byte_end <= text.len());
        assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
        assert!(s.byte_start >= last_end, "overlap or out of order");
        assert_eq!(s.slice(text), e.text);
        assert_eq!(s.char_start, text[..s.byte_start].chars().count());
        assert_eq!(s.char_len(), e.text.chars().count());
        assert_eq!(e.origin, Origin::Rule);
        last_end = s.byte_end;
    }
}

proptest! {
    #[test]
    fn spans_are_valid_on_any_string(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn spans_are_valid_on_news_like_strings(
        parts in proptest::collection::vec(
            prop_oneof![
                "[0-9]{1,7}",
                Just("년".to_string()), Just("월".to_string()), Just("일".to_string()),
                Just("지난해".to_string()), Just("오후".to_string()), Just("억".to_string()),
                Just("만".to_string()), Just("원".to_string()), Just("%".to_string()),
                Just("~".to_string()), Just(".".to_string()), Just(",".to_string()),
                Just(" ".to_string()), Just("(".to_string()), Just(")".to_string()),
                Just(":".to_string()), Just("@".to_string()), Just("-".to_string()),
                Just("co.kr".to_string()), Just("www.".to_string()), Just("http://".to_string()),
                Just("명".to_string()), Just("두".to_string()), Just("말".to_string()),
                "[a-z]{1,4}", "[가-힣]{1,3}",
            ],
            0..40,
        )
    ) {
        check_invariants(&parts.concat());
    }
}
