//! The TypeScript mirrors (`yoyak_wasm::types`) describe exactly what the core serialises: the
//! core's output reads into them with `deny_unknown_fields` (no field the declarations lack) and
//! writes back equal (no field they add, none of another type).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use yoyak::AnalyzeOptions;
use yoyak_wasm::types;

/// `value`, read as the mirror `M` and written back.
fn through<M: DeserializeOwned + Serialize>(value: &Value) -> Value {
    let mirror: M = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("the mirror cannot read the core's output: {e}\n{value:#}"));
    serde_json::to_value(mirror).unwrap()
}

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// An HTML page with what the cleaner reports beside the body: a headline, a byline with an
/// e-mail address, a date, a stock code, a photo caption, a widget to remove.
const PAGE: &str = r#"<html><head><title>카카오, AI 전담 조직 신설 - 한빛일보</title></head><body>
<h1>카카오, AI 전담 조직 신설</h1>
<p>입력 2024-03-01 09:30</p>
<p>홍길동 기자 hong@example.com</p>
<figure><img src="a.jpg"><figcaption>정신아 카카오 대표가 발표하고 있다. /연합뉴스</figcaption></figure>
<p>카카오(035720)가 AI 전담 조직을 신설했다. 정신아 대표는 "AI 서비스에 집중하겠다"고 말했다.</p>
<p>회사는 올해 1분기 매출 1406억원을 기록했다고 밝혔다. 네이버도 비슷한 조직 개편을 준비하고 있다.</p>
<ul class="share"><li>공유하기</li><li>페이스북</li></ul>
<p>ⓒ 한빛일보, 무단전재 및 재배포 금지</p>
</body></html>"#;

#[test]
fn every_analysis_field_is_declared_and_no_other() {
    let mut inputs = seeds();
    assert!(inputs.len() >= 5, "the seeds are the test's articles");
    inputs.push(PAGE.to_string());
    let mut seen_html = false;
    for text in &inputs {
        let analysis = yoyak::analyze(text, &AnalyzeOptions::default()).unwrap();
        let value = serde_json::to_value(&analysis).unwrap();
        assert_eq!(through::<types::Analysis>(&value), value);
        seen_html |= analysis.clean.html;
    }
    // The page's optional parts are filled, so their types were read, not just their absence.
    let page = yoyak::analyze(PAGE, &AnalyzeOptions::default()).unwrap();
    let c = &page.clean;
    assert!(seen_html && c.text.is_some());
    assert!(c.metadata.published.is_some() && !c.removed.is_empty());
    assert!(!page.entities.is_empty() && !page.groups.is_empty());
}

#[test]
fn the_options_are_declared_with_their_summary_lengths() {
    for summary in [
        yoyak::SummaryLength::Sentences(2),
        yoyak::SummaryLength::Ratio(0.5),
    ] {
        let options = AnalyzeOptions {
            summary,
            ..AnalyzeOptions::default()
        };
        let value = serde_json::to_value(&options).unwrap();
        assert_eq!(through::<types::AnalyzeOptions>(&value), value);
    }
}

#[test]
fn a_field_the_mirror_lacks_is_caught() {
    let value = serde_json::to_value(yoyak::Span::default()).unwrap();
    let mut more = value.clone();
    more["utf16_start"] = Value::from(0);
    assert!(serde_json::from_value::<types::Span>(more).is_err());
    assert_eq!(through::<types::Span>(&value), value);
}

#[test]
fn every_label_is_declared() {
    for label in yoyak::Label::ALL {
        let value = serde_json::to_value(label).unwrap();
        assert_eq!(through::<types::Label>(&value), value);
    }
}
