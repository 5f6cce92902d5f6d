//! Exact-match sentence scores on the kss sentence-splitting test sets, shared by the
//! `eval_split` example and the `segment` tests.
//!
//! File format: one gold sentence per line, a blank line between paragraphs. The splitter's
//! input is each paragraph's sentences joined by single spaces. A predicted sentence counts when
//! its trimmed text equals a gold sentence's trimmed text; matches are the multiset intersection
//! of predicted and gold sentences per paragraph (as in kss's benchmark).
//!
//! Hold-out: [`Part`] cuts a file's paragraphs into alternating blocks of [`BLOCK`] by index
//! (paragraphs 0-9 tune, 10-19 held, 20-29 tune, ...), so both halves span every document kind
//! of a file while neighbouring paragraphs of one text mostly stay on one side.
//! `benches/peers/split.py` uses the same rule for kss.

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
    /// F1: the harmonic mean of precision and recall, written as counts.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.matched, self.predicted + self.gold)
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

/// Paragraphs per hold-out block.
pub const BLOCK: usize = 10;

/// Which paragraphs of a file to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Every paragraph.
    All,
    /// Paragraphs in even blocks: the ones rules may be tuned on.
    Tune,
    /// Paragraphs in odd blocks: kept out of tuning, reported.
    Held,
}

impl Part {
    /// Parses `all`, `tune` or `held`.
    pub fn parse(s: &str) -> Option<Part> {
        match s {
            "all" => Some(Part::All),
            "tune" => Some(Part::Tune),
            "held" => Some(Part::Held),
            _ => None,
        }
    }

    /// True when paragraph number `i` (from 0) belongs to this part.
    pub fn keeps(self, i: usize) -> bool {
        match self {
            Part::All => true,
            Part::Tune => (i / BLOCK) % 2 == 0,
            Part::Held => (i / BLOCK) % 2 == 1,
        }
    }
}

/// The paragraphs of a test file in `part`, each a list of trimmed gold sentences.
pub fn paragraphs_in(text: &str, part: Part) -> Vec<Vec<&str>> {
    paragraphs(text)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| part.keeps(*i))
        .map(|(_, p)| p)
        .collect()
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

/// Scores `split` on the paragraphs of one test file's text that are in `part`; calls `miss`
/// with each paragraph that is not split exactly right (gold, predicted).
pub fn score_part(
    text: &str,
    part: Part,
    split: impl Fn(&str) -> Vec<String>,
    mut miss: impl FnMut(&[&str], &[String]),
) -> Score {
    let mut s = Score::default();
    for para in paragraphs_in(text, part) {
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

/// The `*.txt` test files of `dir` (or `dir` itself when it is a file), sorted by name, with
/// their text; licence files are skipped.
pub fn test_files(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let paths: Vec<_> = if dir.is_file() {
        vec![dir.to_path_buf()]
    } else {
        std::fs::read_dir(dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?
    };
    for path in paths {
        if path.extension().is_some_and(|x| x == "txt") {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.to_ascii_uppercase().starts_with("LICENSE") {
                continue;
            }
            out.push((name, std::fs::read_to_string(&path)?));
        }
    }
    out.sort();
    Ok(out)
}
