//! Inputs shared by the benchmarks.

/// Every `*.<ext>` file under the repository folder `rel`, as (file stem, contents), by name.
pub fn read_dir(rel: &str, ext: &str) -> Vec<(String, String)> {
    let dir = format!("{}/../../{rel}", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("directory exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// The bundled seed articles.
#[allow(dead_code)]
pub fn seeds() -> Vec<(String, String)> {
    read_dir("seeds", "txt")
}
