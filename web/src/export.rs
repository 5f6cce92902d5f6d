//! Exports: one article's analysis as JSON or Markdown, and the whole library (the user's own
//! articles) as a JSON file that another browser can import. Pure functions, host-tested.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use yoyak::Analysis;

use crate::markup;
use crate::storage::SavedArticle;

/// `format` field of an exported article.
pub const ARTICLE_FORMAT: &str = "yoyak-article";
/// `format` field of an exported library.
pub const LIBRARY_FORMAT: &str = "yoyak-library";
/// Version of both file formats.
pub const VERSION: u32 = 1;

/// An entity as exported: its name, type and how often the article mentions it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedEntity {
    /// As written in the article.
    pub text: String,
    /// Type tag (`PS`, `OG`, …).
    pub label: String,
    /// Mentions in the article.
    pub mentions: usize,
}

/// One article's analysis, as downloaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleExport {
    /// Always [`ARTICLE_FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// The article's id in the library.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publisher, if found.
    pub source: Option<String>,
    /// Publication date, if found.
    pub published: Option<String>,
    /// Reporters.
    pub reporters: Vec<String>,
    /// The summary sentences, in article order.
    pub summary: Vec<String>,
    /// Keywords, most important first.
    pub keywords: Vec<String>,
    /// Entities, grouped by type and text.
    pub entities: Vec<ExportedEntity>,
    /// The full analysis (spans index `analysis.clean.body`).
    pub analysis: Analysis,
}

/// The summary sentences of an analysis, in article order.
pub fn summary_sentences(a: &Analysis) -> Vec<String> {
    a.summary
        .indices
        .iter()
        .filter_map(|&i| a.sentences.get(i))
        .map(|s| s.text.clone())
        .collect()
}

/// The export record of one article.
pub fn article_export(id: &str, a: &Analysis) -> ArticleExport {
    let meta = &a.clean.metadata;
    ArticleExport {
        format: ARTICLE_FORMAT.to_string(),
        version: VERSION,
        id: id.to_string(),
        title: markup::title(a),
        source: meta.publisher.clone(),
        published: meta.published.clone(),
        reporters: meta.reporters.iter().map(|r| r.name.clone()).collect(),
        summary: summary_sentences(a),
        keywords: a.keywords.iter().map(|k| k.text.clone()).collect(),
        entities: markup::entity_groups(a)
            .into_iter()
            .flat_map(|(label, v)| {
                v.into_iter().map(move |(text, mentions)| ExportedEntity {
                    text,
                    label: label.as_str().to_string(),
                    mentions,
                })
            })
            .collect(),
        analysis: a.clone(),
    }
}

/// One article's analysis as pretty JSON.
pub fn article_json(id: &str, a: &Analysis) -> String {
    serde_json::to_string_pretty(&article_export(id, a)).unwrap_or_default()
}

/// Markdown text: no markup characters of the input take effect.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>' | '!' | '~'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// One article's analysis as Markdown: title, source, summary, keywords, entities.
pub fn article_markdown(id: &str, a: &Analysis) -> String {
    let e = article_export(id, a);
    let mut out = format!("# {}\n\n", md(&e.title));
    if let Some(s) = &e.source {
        out.push_str(&format!("- 출처 (source): {}\n", md(s)));
    }
    if let Some(d) = &e.published {
        out.push_str(&format!("- 날짜 (published): {}\n", md(d)));
    }
    if !e.reporters.is_empty() {
        out.push_str(&format!(
            "- 기자 (reporters): {}\n",
            md(&e.reporters.join(", "))
        ));
    }
    out.push_str(&format!("- yoyak id: {}\n\n## 요약 (summary)\n\n", md(id)));
    for (i, s) in e.summary.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, md(s)));
    }
    out.push_str("\n## 키워드 (keywords)\n\n");
    let kw: Vec<String> = e.keywords.iter().map(|k| md(k)).collect();
    out.push_str(&kw.join(", "));
    out.push_str("\n\n## 개체 (entities)\n\n| 개체 | 종류 | 언급 |\n|---|---|---|\n");
    for x in &e.entities {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            md(&x.text),
            x.label,
            x.mentions
        ));
    }
    out
}

/// A file name for an export of this article.
pub fn file_name(id: &str, ext: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    format!("yoyak-{safe}.{ext}")
}

/// The library file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryFile {
    /// Always [`LIBRARY_FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// The user's articles.
    pub articles: Vec<SavedArticle>,
}

/// The user's articles as a library file.
pub fn library_json(articles: &[SavedArticle]) -> String {
    serde_json::to_string_pretty(&LibraryFile {
        format: LIBRARY_FORMAT.to_string(),
        version: VERSION,
        articles: articles.to_vec(),
    })
    .unwrap_or_default()
}

/// Longest id accepted in an imported file.
const MAX_ID: usize = 100;

/// Reads a library file and checks every article; any problem rejects the whole file, with a
/// message saying what is wrong.
pub fn parse_library(json: &str) -> Result<Vec<SavedArticle>, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("JSON 파일이 아닙니다 (not JSON: {e})"))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(LIBRARY_FORMAT) {
        return Err(format!(
            "yoyak 서재 파일이 아닙니다 (\"format\": \"{LIBRARY_FORMAT}\" 이 없습니다)"
        ));
    }
    if value.get("version").and_then(|v| v.as_u64()) != Some(u64::from(VERSION)) {
        return Err(format!(
            "지원하지 않는 서재 파일 버전입니다 (version {VERSION} 만 읽습니다)"
        ));
    }
    let file: LibraryFile = serde_json::from_value(value)
        .map_err(|e| format!("서재 파일의 형식이 잘못되었습니다: {e}"))?;
    let mut seen = HashSet::new();
    for (n, a) in file.articles.iter().enumerate() {
        let n = n + 1;
        let ok_id = !a.id.is_empty()
            && a.id.len() <= MAX_ID
            && a.id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok_id {
            return Err(format!("{n}번째 기사의 id가 잘못되었습니다: {:?}", a.id));
        }
        if a.text.trim().is_empty() {
            return Err(format!("{n}번째 기사({})의 본문이 비어 있습니다", a.id));
        }
        if !a.saved_at.is_finite() {
            return Err(format!(
                "{n}번째 기사({})의 saved_at이 잘못되었습니다",
                a.id
            ));
        }
        if !seen.insert(a.id.as_str()) {
            return Err(format!("id {}가 두 번 나옵니다", a.id));
        }
    }
    Ok(file.articles)
}

/// What importing `incoming` into a library holding `existing` ids (with their texts) adds:
/// articles already there with the same text are skipped; an id taken by a different text gets
/// a fresh id, so nothing already in the library is overwritten.
pub fn merge(existing: &[(String, &str)], incoming: Vec<SavedArticle>) -> Vec<SavedArticle> {
    let mut taken: HashSet<String> = existing.iter().map(|(id, _)| id.clone()).collect();
    let mut out = Vec::new();
    for mut a in incoming {
        if let Some((_, text)) = existing.iter().find(|(id, _)| *id == a.id) {
            if *text == a.text {
                continue;
            }
            let base = a.id.clone();
            let mut k = 2;
            while taken.contains(&format!("{base}-{k}")) {
                k += 1;
            }
            a.id = format!("{base}-{k}");
        }
        taken.insert(a.id.clone());
        out.push(a);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(id: &str, text: &str) -> SavedArticle {
        SavedArticle {
            id: id.into(),
            text: text.into(),
            saved_at: 1.0,
        }
    }

    #[test]
    fn library_round_trips_and_bad_files_are_refused() {
        let list = vec![
            saved("user-1", "카카오가 발표했다."),
            saved("user-2", "둘째 기사"),
        ];
        assert_eq!(parse_library(&library_json(&list)).unwrap(), list);
        for bad in [
            "",
            "not json",
            "[]",
            r#"{"format":"other","version":1,"articles":[]}"#,
            r#"{"format":"yoyak-library","version":2,"articles":[]}"#,
            r#"{"format":"yoyak-library","version":1}"#,
            r#"{"format":"yoyak-library","version":1,"articles":[{"id":"a"}]}"#,
            r#"{"format":"yoyak-library","version":1,"articles":[{"id":"","text":"x","saved_at":1}]}"#,
            r#"{"format":"yoyak-library","version":1,"articles":[{"id":"a/b","text":"x","saved_at":1}]}"#,
            r#"{"format":"yoyak-library","version":1,"articles":[{"id":"a","text":"  ","saved_at":1}]}"#,
            r#"{"format":"yoyak-library","version":1,"articles":[{"id":"a","text":"x","saved_at":1},{"id":"a","text":"y","saved_at":1}]}"#,
        ] {
            assert!(parse_library(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn merge_skips_duplicates_and_never_overwrites() {
        let existing = vec![
            ("user-1".to_string(), "같은 글"),
            ("user-2".to_string(), "원래 글"),
        ];
        let got = merge(
            &existing,
            vec![
                saved("user-1", "같은 글"),
                saved("user-2", "다른 글"),
                saved("user-3", "새 글"),
            ],
        );
        let ids: Vec<&str> = got.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["user-2-2", "user-3"]);
    }

    #[test]
    fn markdown_escapes_and_names() {
        assert_eq!(md("a|b *c* [x](y)"), "a\\|b \\*c\\* \\[x\\](y)");
        assert_eq!(file_name("user 1/..", "md"), "yoyak-user_1___.md");
    }
}
