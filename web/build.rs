//! Bundles every `seeds/*.txt` into the app: writes a list of `(id, include_str!(..))` pairs,
//! and a list of `(id, include_str!(<its library analysis as JSON>))`.
//!
//! The bundled articles are the same for every visitor, so they are analysed here, once, with
//! the very code and model the worker runs (the same `yoyak` crate): the page shows them, with
//! their entities, on its first render instead of waiting for the worker's wasm and model
//! (issue 13). A test (`seeds::tests`) checks them against a fresh analysis.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let seeds = manifest.join("..").join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    // Sorted so the library shows the seeds in a stable order.
    files.sort();
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    // The library's options: `Job::Library`'s at the default length (three sentences).
    let options = yoyak::AnalyzeOptions {
        summary: yoyak::SummaryLength::Sentences(3),
        ..yoyak::AnalyzeOptions::default()
    };
    let mut analyzer = yoyak::Analyzer::new(options);
    let mut analyses = String::from("&[\n");
    let mut out = String::from("&[\n");
    for path in &files {
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({id:?}, include_str!({:?})),",
            path.display().to_string()
        );
        // A seed that does not analyse (or read) is left to the worker, which shows the error.
        let analysis = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| analyzer.analyze(&text).ok())
            .and_then(|a| serde_json::to_string(&a).ok());
        if let Some(json) = analysis {
            let dest = out_dir.join(format!("{id}.analysis.json"));
            write(&dest, &json);
            let _ = writeln!(
                analyses,
                "    ({id:?}, include_str!({:?})),",
                dest.display().to_string()
            );
        }
    }
    out.push(']');
    analyses.push(']');
    write(&out_dir.join("seeds.rs"), &out);
    write(&out_dir.join("analyses.rs"), &analyses);
}

fn write(dest: &std::path::Path, contents: &str) {
    if let Err(e) = std::fs::write(dest, contents) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
