//! A library of many articles made from the seeds, for the corpus tests and benchmark: article `i`
//! is seed `i % 5` with a numbered headline and one of its lines left out, so every article is
//! different but reads like real news.

#[path = "inputs.rs"]
mod inputs;

pub use inputs::seeds;

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
