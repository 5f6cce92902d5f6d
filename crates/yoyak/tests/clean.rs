//! Cleaner tests: golden expectations per page under `tests/cases/clean/` (the repository's
//! top-level `tests/`), and span invariants over arbitrary input.
//!
//! A golden file names its input page and lists what a reader of that page expects: metadata,
//! the portal summary, captions, sub-headlines, the start of every body paragraph in order,
//! sentences that must stay, boilerplate that must go, and removed lines with their reasons.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde::Deserialize;
use yoyak::clean::{clean, Cleaned, RemovalReason, Reporter, StockCode};
use yoyak::text::Span;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Golden {
    /// The page, relative to the repository root.
    input: String,
    html: bool,
    title: Option<String>,
    publisher: Option<String>,
    reporters: Vec<Reporter>,
    published: Option<String>,
    stock_codes: Vec<StockCode>,
    site_summary: Vec<String>,
    captions: Vec<String>,
    subheadings: Vec<String>,
    /// The start of each body paragraph, in order; the body has exactly these paragraphs.
    paragraph_prefixes: Vec<String>,
    body_must_contain: Vec<String>,
    body_must_not_contain: Vec<String>,
    /// `[fragment, reason]`: some removed line containing `fragment` has this reason.
    removed: Vec<(String, RemovalReason)>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn goldens() -> Vec<(String, Golden)> {
    let dir = root().join("tests/cases/clean");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/cases/clean exists") {
        let path = entry.expect("readable dir").path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).expect("readable golden");
            let golden: Golden =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((
                path.file_stem().unwrap().to_string_lossy().into_owned(),
                golden,
            ));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Pretty debug text, for comparing fields and printing both sides on a mismatch.
fn dbg(v: impl std::fmt::Debug) -> String {
    format!("{v:#?}")
}

/// Checks one page; returns the list of mismatches.
fn check(name: &str, g: &Golden) -> Vec<String> {
    let input = std::fs::read_to_string(root().join(&g.input)).expect("readable input");
    let c = clean(&input);
    let mut errs = Vec::new();
    let captions: Vec<&String> = c.captions.iter().map(|c| &c.text).collect();
    let m = &c.metadata;
    let fields = [
        ("html", dbg(c.html), dbg(g.html)),
        ("title", dbg(&c.title), dbg(&g.title)),
        ("metadata.title", dbg(&m.title), dbg(&g.title)),
        ("publisher", dbg(&m.publisher), dbg(&g.publisher)),
        ("reporters", dbg(&m.reporters), dbg(&g.reporters)),
        ("published", dbg(&m.published), dbg(&g.published)),
        ("stock_codes", dbg(&m.stock_codes), dbg(&g.stock_codes)),
        ("site_summary", dbg(&c.site_summary), dbg(&g.site_summary)),
        ("captions", dbg(&captions), dbg(&g.captions)),
        ("subheadings", dbg(&c.subheadings), dbg(&g.subheadings)),
    ];
    for (what, got, want) in fields {
        if got != want {
            errs.push(format!("{name}: {what}: got {got}, want {want}"));
        }
    }
    let paragraphs: Vec<&str> = c.paragraphs.iter().map(|p| p.span.slice(&c.body)).collect();
    if paragraphs.len() != g.paragraph_prefixes.len() {
        errs.push(format!(
            "{name}: {} paragraphs, want {}:\n{}",
            paragraphs.len(),
            g.paragraph_prefixes.len(),
            paragraphs.join("\n")
        ));
    }
    for (p, want) in paragraphs.iter().zip(&g.paragraph_prefixes) {
        if !p.starts_with(want.as_str()) {
            errs.push(format!(
                "{name}: paragraph {p:?} should start with {want:?}"
            ));
        }
    }
    for s in &g.body_must_contain {
        if !c.body.contains(s.as_str()) {
            errs.push(format!("{name}: body lost {s:?}"));
        }
    }
    for s in &g.body_must_not_contain {
        if c.body.contains(s.as_str()) {
            errs.push(format!("{name}: body still has {s:?}"));
        }
    }
    for (fragment, reason) in &g.removed {
        if !c
            .removed
            .iter()
            .any(|r| r.text.contains(fragment.as_str()) && r.reason == *reason)
        {
            errs.push(format!("{name}: no {reason:?} removal of {fragment:?}"));
        }
    }
    errs.extend(span_errors(&input, &c));
    errs
}

/// Span invariants of a cleaned page.
fn span_errors(input: &str, c: &Cleaned) -> Vec<String> {
    let source = c.text.as_deref().unwrap_or(input);
    let mut errs = Vec::new();
    let check_span = |text: &str, s: &Span, what: &str, errs: &mut Vec<String>| {
        if s.byte_end > text.len()
            || !text.is_char_boundary(s.byte_start)
            || !text.is_char_boundary(s.byte_end)
            || s.byte_start > s.byte_end
        {
            errs.push(format!("{what}: span {s:?} off its text"));
            return false;
        }
        let chars = text[..s.byte_start].chars().count();
        let len = text[s.byte_start..s.byte_end].chars().count();
        if (s.char_start, s.char_end) != (chars, chars + len) {
            errs.push(format!("{what}: char range of {s:?} is wrong"));
        }
        true
    };
    let mut last_end = 0;
    for (i, p) in c.paragraphs.iter().enumerate() {
        if check_span(&c.body, &p.span, "paragraph", &mut errs)
            && check_span(source, &p.source, "paragraph source", &mut errs)
        {
            if p.span.slice(&c.body) != p.source.slice(source) {
                errs.push(format!("paragraph {i}: body text differs from its source"));
            }
            if p.span.is_empty() || p.span.byte_start < last_end {
                errs.push(format!("paragraph {i}: empty or out of order"));
            }
            last_end = p.span.byte_end;
        }
    }
    let rebuilt: Vec<&str> = c.paragraphs.iter().map(|p| p.span.slice(&c.body)).collect();
    if c.paragraphs.iter().all(|p| p.span.byte_end <= c.body.len())
        && rebuilt.join("\n\n") != c.body
    {
        errs.push("body is not its paragraphs joined by blank lines".into());
    }
    for r in &c.removed {
        if check_span(source, &r.source, "removed", &mut errs) && r.source.slice(source) != r.text {
            errs.push(format!(
                "removed {:?}: text differs from its source",
                r.text
            ));
        }
    }
    for cap in &c.captions {
        if check_span(source, &cap.source, "caption", &mut errs)
            && cap.source.slice(source) != cap.text
        {
            errs.push(format!(
                "caption {:?}: text differs from its source",
                cap.text
            ));
        }
    }
    errs
}

#[test]
fn golden_pages() {
    let goldens = goldens();
    assert!(
        goldens.len() >= 8,
        "the seeds and the extra pages all have goldens"
    );
    let errs: Vec<String> = goldens.iter().flat_map(|(n, g)| check(n, g)).collect();
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn every_seed_has_a_golden() {
    let names: Vec<String> = goldens().into_iter().map(|(_, g)| g.input).collect();
    for entry in std::fs::read_dir(root().join("seeds")).expect("seeds/") {
        let path = entry.expect("readable").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let rel = format!("seeds/{}", path.file_name().unwrap().to_string_lossy());
            assert!(names.contains(&rel), "no golden for {rel}");
        }
    }
}

#[test]
fn every_kept_or_removed_line_is_accounted_for() {
    // Nothing disappears silently: each non-blank input line is in the body, removed, or both
    // (a dateline cut off the front of a paragraph).
    for (_, g) in goldens() {
        let input = std::fs::read_to_string(root().join(&g.input)).unwrap();
        let c = clean(&input);
        let source = c.text.as_deref().unwrap_or(&input);
        let mut covered = vec![false; source.len()];
        let spans = c
            .paragraphs
            .iter()
            .map(|p| p.source)
            .chain(c.removed.iter().map(|r| r.source));
        for s in spans {
            covered[s.byte_start..s.byte_end]
                .iter_mut()
                .for_each(|b| *b = true);
        }
        let mut offset = 0;
        for line in source.split('\n') {
            for (i, ch) in line.char_indices() {
                if !yoyak::text::is_space(ch) {
                    assert!(
                        covered[offset + i],
                        "{}: {line:?} was dropped silently",
                        g.input
                    );
                }
            }
            offset += line.len() + 1;
        }
    }
}

#[test]
fn plain_text_article_is_kept_whole() {
    let text = "카카오, AI 조직 신설\n카카오(035720)가 AI 전담 조직을 신설했다. 지난해 8월 발표한 계획에 따른 것이다.\n회사는 올해 1분기 매출 1406억원을 기록했다고 밝혔다.\n";
    let c = clean(text);
    assert_eq!(c.title.as_deref(), Some("카카오, AI 조직 신설"));
    assert_eq!(c.paragraphs.len(), 2);
    assert!(c.body.ends_with("기록했다고 밝혔다."));
    assert!(!c.html);
}

#[test]
fn summary_without_a_closing_widget_stays_in_the_body() {
    // The marker is there but nothing closes the block and its lines are not repeated: they
    // are the article, so they stay.
    let text = "제목이 여기에 있습니다\n전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n첫 문장이 여기에 있다.\n둘째 문장도 여기에 있다.\n홍길동 기자\n";
    let c = clean(text);
    assert!(c.site_summary.is_empty());
    assert!(c.body.contains("첫 문장이 여기에 있다."));
    assert!(c.body.contains("둘째 문장도 여기에 있다."));
}

#[test]
fn a_summary_popup_is_closed_by_its_close_button() {
    // Naver's 요약봇 printed as a pop-up: its label, its disclaimer, the lines, its close button.
    let text = "제목이 여기에 있습니다\n요약봇\n자동 추출 기술로 요약된 내용입니다.\n첫 요약 문장이다.\n둘째 요약 문장이다.\n닫기\n본문 첫 문단이다.\n";
    let c = clean(text);
    assert_eq!(c.site_summary, ["첫 요약 문장이다.", "둘째 요약 문장이다."]);
    assert_eq!(c.body, "본문 첫 문단이다.");
    // A close button after more lines than a summary holds closes nothing: they are the article.
    let body: String = (1..=9).map(|i| format!("{i}번째 문단이다.\n")).collect();
    let text = format!("제목이 여기에 있습니다\n요약봇\n{body}닫기\n");
    let c = clean(&text);
    assert!(c.site_summary.is_empty());
    assert_eq!(c.paragraphs.len(), 9);
}

#[test]
fn html_headings_name_the_headline_and_subheadings() {
    // Pasted as text, the menu line above would be taken for the headline; the markup's <h2>
    // wins, and what comes before it is the site's.
    let html = "<html><body><div class=\"gnb\"><a href=\"/\">한겨레 창간 기념 특별 기획 연재</a></div>\
        <article><p>사회 &gt; 해양·수산</p><h2>동해 오징어 어획량 1년 새 62% 급감</h2>\
        <p>첫 문단이다.</p><h3>수온 오르자 어장 북상</h3><p>둘째 문단이다.</p></article></body></html>";
    let c = clean(html);
    assert_eq!(
        c.title.as_deref(),
        Some("동해 오징어 어획량 1년 새 62% 급감")
    );
    assert_eq!(c.subheadings, ["수온 오르자 어장 북상"]);
    assert_eq!(c.body, "첫 문단이다.\n\n둘째 문단이다.");
    // A text paste has no markup: an unpunctuated line inside the body stays in it.
    let c = clean(
        "동해 오징어 어획량 1년 새 62% 급감\n첫 문단이다.\n수온 오르자 어장 북상\n둘째 문단이다.\n",
    );
    assert!(c.subheadings.is_empty());
    assert!(c.body.contains("수온 오르자 어장 북상"));
}

#[test]
fn a_photo_credit_mid_article_does_not_end_it() {
    let text = "제목이 여기에 있습니다\n첫 문단이다.\nⓒ게티이미지뱅크\n둘째 문단도 본문이다.\n";
    let c = clean(text);
    assert!(c.body.contains("둘째 문단도 본문이다."), "{:?}", c.body);
}

#[test]
fn hostile_inputs_are_linear_enough() {
    // Shapes that would be quadratic in a careless scanner; each must finish promptly.
    let cases = [
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n".repeat(20_000),
        "<p a=\"".repeat(50_000),
        "<a ".repeat(50_000),
        "<script>".repeat(20_000),
        "&#".repeat(50_000),
        "가나다라 - 머니S\n".repeat(20_000),
    ];
    for s in &cases {
        let c = clean(s);
        assert!(span_errors(s, &c).is_empty());
    }
}

fn snippet() -> impl Strategy<Value = String> {
    prop_oneof![
        "[가-힣a-zA-Z0-9 .,()\\[\\]<>/&;#=ⓒ©•▶·'\"\\-]{0,40}",
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("이 글자크기로 변경됩니다.".to_string()),
        Just("전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.".to_string()),
        Just("Copyright © 서울경제. 무단전재 및 재배포 금지.".to_string()),
        Just("홍길동 기자 hong@example.com".to_string()),
        Just("[서울경제] ".to_string()),
        Just("(서울=연합뉴스) 김철수 기자 = ".to_string()),
        Just("/사진=카카오".to_string()),
        Just("카카오(035720)가 조직을 신설했다.".to_string()),
        Just("입력 2024-06-23 15:15".to_string()),
        Just("<p>".to_string()),
        Just("</div>".to_string()),
        Just("&amp;".to_string()),
        Just("<script>x</script>".to_string()),
        Just("- 관련 기사 - 머니S".to_string()),
        Just("  • ".to_string()),
        Just("\u{a0}".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_hold_on_any_input(parts in proptest::collection::vec(snippet(), 0..40)) {
        let input: String = parts.concat();
        let c = clean(&input);
        let errs = span_errors(&input, &c);
        prop_assert!(errs.is_empty(), "{}", errs.join("\n"));
    }

    #[test]
    fn no_panic_on_arbitrary_strings(input in "\\PC*") {
        let c = clean(&input);
        let errs = span_errors(&input, &c);
        prop_assert!(errs.is_empty(), "{}", errs.join("\n"));
    }
}
