//! Exact-match sentence scores on the kss sentence-splitting test sets, shared by the
//! `eval_split` example and the `segment` tests.
//!
//! File format: one gold sentence per line, a blank line between paragraphs. The splitter's
//! input is each paragraph's sentences joined by single spaces. A predicted sentence counts when
//! its trimmed text equals a gold sentence's trimmed text; matches are the multiset intersection
//! of predicted and gold sentences per paragraph (as in kss's benchmark).

use std::collections::HashMap;
use std::path::Path;

/// Counts over one file.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    /// Predicted sentences that match a gold one.
    pub matched: usize,
    /// Predicted sentences.
    pub predicted: usize,
    /// Gold sentences.
    pub gold: usize,
}

impl Score {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds another file's counts.
    pub fn add(&mut self, o: Score) {
        self.matched += o.matched;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The paragraphs of a test file, each a list of trimmed gold sentences.
pub fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut out = vec![Vec::new()];
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if out.last().is_some_and(|p| !p.is_empty()) {
                out.push(Vec::new());
            }
        } else if let Some(p) = out.last_mut() {
            p.push(line);
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Scores `split` on one test file's text; calls `miss` with each paragraph that is not
/// split exactly right (input, predicted).
pub fn score_text(
    text: &str,
    split: impl Fn(&str) -> Vec<String>,
    mut miss: impl FnMut(&[&str], &[String]),
) -> Score {
    let mut s = Score::default();
    for para in paragraphs(text) {
        let input = para.join(" ");
        let predicted = split(&input);
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for g in &para {
            *counts.entry(g).or_default() += 1;
        }
        let mut matched = 0;
        for p in &predicted {
            if let Some(n) = counts.get_mut(p.trim()).filter(|n| **n > 0) {
                *n -= 1;
                matched += 1;
            }
        }
        if matched != para.len() || predicted.len() != para.len() {
            miss(&para, &predicted);
        }
        s.add(Score {
            matched,
            predicted: predicted.len(),
            gold: para.len(),
        });
    }
    s
}

/// The `*.txt` test files of `dir`, sorted by name, with their text.
pub fn test_files(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((name, std::fs::read_to_string(&path)?));
        }
    }
    out.sort();
    Ok(out)
}
