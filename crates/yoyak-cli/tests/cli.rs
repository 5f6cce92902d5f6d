//! The `yoyak` command as users and other tools call it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn yoyak(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_yoyak"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("yoyak starts");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// Checks that `start`/`end` are char offsets into `text` that slice out `piece`.
fn assert_char_span(text: &str, item: &Value) {
    let start = item["start"].as_u64().unwrap() as usize;
    let end = item["end"].as_u64().unwrap() as usize;
    let slice: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(
        slice,
        item["text"].as_str().unwrap(),
        "offsets {start}..{end}"
    );
}

#[test]
fn every_line_gets_one_answer_with_its_id_and_bad_lines_get_errors() {
    let input = std::fs::read(root().join("tests/cases/cli/stream.jsonl")).unwrap();
    let expected = std::fs::read_to_string(root().join("tests/cases/cli/stream.expected")).unwrap();
    let expected: Vec<(&str, &str)> = expected
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.rsplit_once(' ').unwrap())
        .collect();
    for task in ["split", "summarize", "tag", "analyze"] {
        let out = yoyak(&[task, "--jsonl"], &input);
        let answers = lines(&out);
        assert_eq!(answers.len(), expected.len(), "{task}: one answer per line");
        for (answer, (id, outcome)) in answers.iter().zip(&expected) {
            assert_eq!(answer["id"].to_string(), *id, "{task}: {answer}");
            let is_error = answer.get("error").is_some();
            assert_eq!(is_error, *outcome == "error", "{task}: {answer}");
            if is_error {
                assert!(
                    answer["error"].as_str().unwrap().len() > 10,
                    "errors explain themselves"
                );
            }
        }
        assert_eq!(
            out.status.code(),
            Some(1),
            "{task}: a failed line fails the run"
        );
    }
}

#[test]
fn split_and_tag_offsets_are_char_offsets_into_the_given_text() {
    let input = std::fs::read_to_string(root().join("tests/cases/cli/stream.jsonl")).unwrap();
    for line in input.lines() {
        let Ok(request) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(text) = request.get("text").and_then(Value::as_str) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let split = lines(&yoyak(&["split", "--jsonl"], line.as_bytes()));
        let sentences = split[0]["sentences"].as_array().unwrap();
        assert!(!sentences.is_empty());
        for s in sentences {
            assert_char_span(text, s);
        }
        let tag = lines(&yoyak(&["tag", "--jsonl"], line.as_bytes()));
        for e in tag[0]["entities"].as_array().unwrap() {
            assert_char_span(text, e);
            assert!(e["label"].as_str().is_some_and(|l| !l.is_empty()));
        }
    }
}

#[test]
fn summarize_honours_k_ratio_and_pre_split_sentences() {
    let request = r#"{"id": 9, "sentences": ["카카오가 AI 조직을 만들었다.", "조직은 둘로 나뉜다.", "AI 조직의 목표는 서비스다.", "날씨가 맑다."], "k": 2}"#;
    let answer = &lines(&yoyak(&["summarize", "--jsonl"], request.as_bytes()))[0];
    let indices: Vec<u64> = answer["indices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(indices.len(), 2);
    assert!(indices.windows(2).all(|w| w[0] < w[1]), "document order");
    assert_eq!(answer["scores"].as_array().unwrap().len(), 2);
    assert_eq!(
        answer["sentences"][0],
        [
            "카카오가 AI 조직을 만들었다.",
            "조직은 둘로 나뉜다.",
            "AI 조직의 목표는 서비스다.",
            "날씨가 맑다."
        ][indices[0] as usize]
    );

    let request = r#"{"id": 10, "sentences": ["가.", "나.", "다.", "라."], "ratio": 0.5}"#;
    let answer = &lines(&yoyak(&["summarize", "--jsonl"], request.as_bytes()))[0];
    assert_eq!(answer["indices"].as_array().unwrap().len(), 2);

    let request = r#"{"id": 11, "sentences": ["가."], "ratio": 7}"#;
    let answer = &lines(&yoyak(&["summarize", "--jsonl"], request.as_bytes()))[0];
    assert!(answer["error"].as_str().unwrap().contains("ratio"));
}

#[test]
fn bad_documents_get_clear_errors_not_panics() {
    let out = yoyak(&["analyze"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));

    let out = yoyak(&["split"], b"\xea\xb0\x80 \xff\xfe");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-8"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offset 4"));

    let out = yoyak(
        &["split", "--max-bytes", "100"],
        "가".repeat(200).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the limit"));

    let mut stream = b"{\"id\": 1, \"text\": \"\xff\"}\n".to_vec();
    stream.extend_from_slice(
        format!("{{\"id\": 2, \"text\": \"{}\"}}\n", "가".repeat(100)).as_bytes(),
    );
    stream.extend_from_slice(b"{\"id\": 3, \"text\": \"\xea\xb0\x80.\"}\n");
    let answers = lines(&yoyak(&["split", "--jsonl", "--max-bytes", "200"], &stream));
    assert_eq!(answers.len(), 3);
    assert!(answers[0]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(answers[1]["error"].as_str().unwrap().contains("over"));
    assert_eq!(answers[2]["sentences"][0]["text"], "가.");
}

#[test]
fn a_seed_analyses_from_a_file_as_text_and_as_json() {
    let seed = root().join("seeds/000-kakao-ai-team-two-leaders.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_yoyak"))
        .args(["analyze", "--json"])
        .arg(&seed)
        .output()
        .unwrap();
    assert!(out.status.success());
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    let body = analysis["clean"]["body"].as_str().unwrap();
    for key in [
        "title",
        "body",
        "paragraphs",
        "site_summary",
        "captions",
        "metadata",
        "removed",
    ] {
        assert!(analysis["clean"].get(key).is_some(), "clean has {key}");
    }
    assert_eq!(analysis["summary"]["indices"].as_array().unwrap().len(), 3);
    for s in analysis["sentences"].as_array().unwrap() {
        let start = s["span"]["byte_start"].as_u64().unwrap() as usize;
        let end = s["span"]["byte_end"].as_u64().unwrap() as usize;
        assert_eq!(&body[start..end], s["text"].as_str().unwrap());
    }
    let out = Command::new(env!("CARGO_BIN_EXE_yoyak"))
        .args(["clean"])
        .arg(&seed)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("카나나"));
}

#[test]
fn summarize_reads_a_title_given_with_sentences_and_refuses_one_with_text() {
    let sentences = r#"["새벽 4시, 항구의 불이 하나둘 켜진다.","해솔군이 어촌 청년 정착 지원금을 두 배로 늘린다.","지원금은 한 사람에 월 60만원이다."]"#;
    let stream = format!(
        "{{\"id\":1,\"sentences\":{sentences},\"k\":1}}\n\
         {{\"id\":2,\"sentences\":{sentences},\"k\":1,\"title\":\"해솔군, 어촌 청년 지원금 두 배로\"}}\n\
         {{\"id\":3,\"text\":\"해솔군이 지원금을 늘린다.\",\"title\":\"지원금\"}}\n"
    );
    let answers = lines(&yoyak(&["summarize", "--jsonl"], stream.as_bytes()));
    // The headline is a node of the graph and a feature of every sentence: the scores move.
    assert_ne!(answers[0]["scores"], answers[1]["scores"], "{answers:?}");
    let error = answers[2]["error"].as_str().unwrap();
    assert!(
        error.contains("title") && error.contains("sentences"),
        "{error}"
    );
}
