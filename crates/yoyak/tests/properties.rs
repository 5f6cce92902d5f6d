//! Invariants of the whole analysis on arbitrary input.

use proptest::prelude::*;
use yoyak::{analyze, AnalyzeOptions, Span, SummaryLength};

fn check_spans(text: &str, spans: &[Span]) {
    let mut last_end = 0;
    for s in spans {
        assert!(s.byte_start <= s.byte_end && s.byte_end <= text.len());
        assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
        assert!(s.byte_start >= last_end, "ordered and non-overlapping");
        assert_eq!(s.char_start, text[..s.byte_start].chars().count());
        assert_eq!(s.char_len(), s.slice(text).chars().count());
        last_end = s.byte_end;
    }
}

/// Korean-news-like pieces, so generated texts exercise the real paths and not only noise.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("카카오(035720)가 ".to_string()),
        Just("지난해 8월 ".to_string()),
        Just("1406억원을 ".to_string()),
        Just("\"AI 조직\"이라며 ".to_string()),
        Just("기록했다. ".to_string()),
        Just("2023. 4. 18. ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("무단전재 및 재배포 금지\n".to_string()),
        Just("<p>본문</p>".to_string()),
        Just("… ".to_string()),
        Just("hoje@sedaily.com ".to_string()),
        "\\PC{0,12}",
        any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn analysis_spans_index_the_body(input in text(), k in 0usize..6) {
        let options = AnalyzeOptions { summary: SummaryLength::Sentences(k), ..AnalyzeOptions::default() };
        match analyze(&input, &options) {
            Err(yoyak::Error::EmptyInput) => prop_assert!(input.trim().is_empty()),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
            Ok(a) => {
                let body = &a.clean.body;
                let sentences: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
                check_spans(body, &sentences);
                for s in &a.sentences {
                    prop_assert_eq!(s.span.slice(body), s.text.as_str());
                    prop_assert!(!s.text.trim().is_empty());
                }
                let paragraphs: Vec<Span> = a.clean.paragraphs.iter().map(|p| p.span).collect();
                check_spans(body, &paragraphs);
                let entities: Vec<Span> = a.entities.iter().map(|e| e.span).collect();
                check_spans(body, &entities);
                for e in &a.entities {
                    prop_assert_eq!(e.span.slice(body), e.text.as_str());
                }
                let idx = &a.summary.indices;
                prop_assert_eq!(idx.len(), k.min(a.sentences.len()));
                prop_assert!(idx.windows(2).all(|w| w[0] < w[1]), "unique, in document order");
                prop_assert!(idx.iter().all(|&i| i < a.sentences.len()));
                prop_assert_eq!(a.summary.sentence_scores.len(), a.sentences.len());
            }
        }
    }

    #[test]
    fn split_alone_covers_every_visible_char(input in text()) {
        let spans = yoyak::segment::split(&input);
        check_spans(&input, &spans);
        let covered: usize = spans.iter().map(|s| s.slice(&input).chars().filter(|&c| !yoyak::text::is_space(c)).count()).sum();
        prop_assert_eq!(covered, input.chars().filter(|&c| !yoyak::text::is_space(c)).count());
    }
}

#[test]
fn hostile_shapes_do_not_panic() {
    // The shapes issue 6 names. Time is checked by benchmarks, not here: this proves each one
    // finishes with well-formed output.
    let cases = [
        // A 1 MB line without punctuation.
        "가나다라마바사 ".repeat((1 << 20) / 22),
        // 100,000 one-character lines.
        "가\n".repeat(100_000),
        "😀".repeat(10_000),
        "\u{0}\u{1}\u{7f}\u{202e}שלום مرحبا 가나다".repeat(1000),
        // 10,000 repeated sentences.
        "카카오가 AI 조직을 신설했다. ".repeat(10_000),
        "(((((((((\"\"\"\"''''".repeat(5_000),
    ];
    for case in &cases {
        let a = analyze(case, &AnalyzeOptions::default()).unwrap();
        assert!(a.summary.indices.len() <= 3);
        let spans: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
        check_spans(&a.clean.body, &spans);
    }
}
