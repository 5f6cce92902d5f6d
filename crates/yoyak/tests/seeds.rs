//! Snapshots of the bundled seed articles' analyses, stored as data in `tests/cases/seeds/`.
//!
//! Each snapshot is the program's own output (the cleaned body's paragraphs, the sentences, the
//! summary, keywords and entities), written by `YOYAK_BLESS=1 cargo test -p yoyak --test seeds`:
//! nobody checked it, so it proves only that nothing changed unnoticed. A change that alters any
//! of them fails here; review the diff of `tests/cases/seeds/` before committing a re-bless.
//! What a person checked lives elsewhere: entities in `tests/cases/entities/` (see its README),
//! cleaning in `tests/cases/clean/`.

#[path = "support/inputs.rs"]
mod inputs;

use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Golden {
    title: Option<String>,
    site_summary: Vec<String>,
    paragraphs: Vec<String>,
    sentences: Vec<String>,
    summary: Vec<usize>,
    keywords: Vec<String>,
    /// `LABEL text` per entity, in order.
    entities: Vec<String>,
}

fn golden_of(page: &str) -> Golden {
    let a = yoyak::analyze(page, &yoyak::AnalyzeOptions::default()).expect("a seed analyses");
    Golden {
        title: a.clean.title.clone(),
        site_summary: a.clean.site_summary.clone(),
        paragraphs: a
            .clean
            .paragraphs
            .iter()
            .map(|p| p.span.slice(&a.clean.body).to_string())
            .collect(),
        sentences: a.sentences.iter().map(|s| s.text.clone()).collect(),
        summary: a.summary.indices.clone(),
        keywords: a.keywords.iter().map(|k| k.text.clone()).collect(),
        entities: a
            .entities
            .iter()
            .map(|e| format!("{} {}", e.label.as_str(), e.text))
            .collect(),
    }
}

#[test]
fn seeds_match_their_golden_analyses() {
    let seeds = inputs::repo_root().join("seeds");
    let cases = inputs::repo_root().join("tests/cases/seeds");
    let bless = std::env::var_os("YOYAK_BLESS").is_some();
    let paths = inputs::files_with_extension(&seeds, "txt");
    assert_eq!(paths.len(), 5, "five bundled seeds");
    let mut failures = Vec::new();
    for path in paths {
        let page = std::fs::read_to_string(&path).unwrap();
        let got = golden_of(&page);
        let file = cases.join(path.with_extension("json").file_name().unwrap());
        if bless {
            std::fs::create_dir_all(&cases).unwrap();
            std::fs::write(&file, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let want: Golden = serde_json::from_str(
            &std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e} (bless to create it)", file.display())),
        )
        .unwrap();
        if got != want {
            failures.push(format!(
                "{}:\n  want {want:#?}\n  got  {got:#?}",
                file.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
