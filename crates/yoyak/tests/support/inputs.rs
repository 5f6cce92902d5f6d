//! Inputs on disk, one helper for the tests, examples and benchmarks (each takes it with
//! `#[path]`): the repository's root, and the files of one kind in a folder, in name order so
//! that runs and reports are the same on every machine.

#![allow(dead_code)] // each includer uses part of it

use std::path::{Path, PathBuf};

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared data folder: `$YOYAK_DATA`, else `../shared/data` beside the repository.
pub fn data_dir() -> PathBuf {
    std::env::var_os("YOYAK_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/data"))
}

/// Every file in `dir` whose extension is `ext`, sorted by path. Panics when `dir` cannot be
/// read: callers pass folders that belong to the repository or that they checked.
pub fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} is not readable: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    paths
}

/// Every `*.ext` file of `dir` as (file stem, contents), sorted by path.
pub fn read_files(dir: &Path, ext: &str) -> Vec<(String, String)> {
    files_with_extension(dir, ext)
        .into_iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("{} is not UTF-8 text: {e}", p.display()));
            (stem, text)
        })
        .collect()
}

/// The bundled seed pages as (file stem, contents), by name.
pub fn seeds() -> Vec<(String, String)> {
    read_files(&repo_root().join("seeds"), "txt")
}

/// The number a case file's name starts with (`24-rsv-vaccine` → 24, `100-…` → 100).
pub fn leading_number(name: &str) -> Option<u32> {
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    name[..digits].parse().ok()
}
