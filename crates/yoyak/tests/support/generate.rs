//! A library of many articles made from the seeds, for the corpus tests and benchmark: article `i`
//! is seed `i % 5` with a numbered headline and one of its lines left out, so every article is
//! different but reads like real news.

use std::path::Path;

/// The seed pages, in file-name order.
pub fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("seeds/ is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let id = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            (id, std::fs::read_to_string(&p).expect("seed is UTF-8"))
        })
        .collect();
    out.sort();
    out
}

/// `n` articles `(id, text)` made from the seeds.
pub fn articles(n: usize) -> Vec<(String, String)> {
    let seeds = seeds();
    (0..n)
        .map(|i| {
            let (id, text) = &seeds[i % seeds.len()];
            let lines: Vec<&str> = text.lines().collect();
            let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
            let skip = if i < seeds.len() || lines.len() <= first + 4 {
                usize::MAX
            } else {
                first + 2 + (i / seeds.len()) % (lines.len() - first - 2)
            };
            let mut out = String::with_capacity(text.len() + 8);
            for (k, line) in lines.iter().enumerate() {
                if k == skip {
                    continue;
                }
                out.push_str(line);
                if k == first && i >= seeds.len() {
                    out.push_str(&format!(" ({i})"));
                }
                out.push('\n');
            }
            (format!("{id}-{i}"), out)
        })
        .collect()
}
