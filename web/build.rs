//! Bundles every `seeds/*.txt` into the app: writes a list of `(id, include_str!(..))` pairs.

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
    }
    out.push(']');
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("seeds.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
