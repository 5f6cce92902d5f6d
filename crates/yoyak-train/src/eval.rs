//! Strict entity-level scoring: a prediction counts only when its span and label both match.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use yoyak::entity::Label;

use crate::data::{Format, Sentence};

/// Counts for one label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and gold, same span and label.
    pub tp: usize,
    /// Predicted, not gold.
    pub fp: usize,
    /// Gold, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        pct(self.tp, self.tp + self.fp)
    }
    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        pct(self.tp, self.tp + self.fn_)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The result of an evaluation; its `Display` is a table for people.
#[derive(Debug, Clone, Default)]
pub struct EvalReport {
    /// What was evaluated (data and split), for the header.
    pub title: String,
    /// Sentences scored.
    pub sentences: usize,
    /// The labels scored: those of the data's scheme. Predictions of other labels are ignored.
    pub labels: Vec<Label>,
    /// Counts per scored label.
    pub per_label: BTreeMap<Label, Counts>,
    /// Micro-averaged counts over the scored labels.
    pub micro: Counts,
    /// `(gold, predicted)` → count, for entities with the same span; `None` = no entity with
    /// that span on the other side.
    pub confusion: BTreeMap<(Option<Label>, Option<Label>), usize>,
}

impl EvalReport {
    /// An empty report scoring `labels`.
    pub fn new(title: impl Into<String>, format: Format) -> Self {
        EvalReport {
            title: title.into(),
            labels: format.labels().to_vec(),
            ..Default::default()
        }
    }

    /// Adds one sentence's gold and predicted spans (char ranges).
    pub fn add(&mut self, gold: &[(usize, usize, Label)], pred: &[(usize, usize, Label)]) {
        self.sentences += 1;
        let keep = |s: &&(usize, usize, Label)| self.labels.contains(&s.2);
        let gold: Vec<_> = gold.iter().filter(keep).copied().collect();
        let pred: Vec<_> = pred.iter().filter(keep).copied().collect();
        let gset: HashSet<_> = gold.iter().copied().collect();
        let pset: HashSet<_> = pred.iter().copied().collect();
        for &label in &self.labels {
            self.per_label.entry(label).or_default();
        }
        for g in &gold {
            let c = self.per_label.entry(g.2).or_default();
            if pset.contains(g) {
                c.tp += 1;
                self.micro.tp += 1;
            } else {
                c.fn_ += 1;
                self.micro.fn_ += 1;
            }
            let other = pred.iter().find(|p| p.0 == g.0 && p.1 == g.1).map(|p| p.2);
            *self.confusion.entry((Some(g.2), other)).or_default() += 1;
        }
        for p in &pred {
            if !gset.contains(p) {
                self.per_label.entry(p.2).or_default().fp += 1;
                self.micro.fp += 1;
            }
            if !gold.iter().any(|g| g.0 == p.0 && g.1 == p.1) {
                *self.confusion.entry((None, Some(p.2))).or_default() += 1;
            }
        }
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} ({} sentences)", self.title, self.sentences)?;
        writeln!(
            f,
            "{:<6} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
            "label", "P", "R", "F1", "TP", "FP", "FN"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "{:<6} {:>7.2} {:>7.2} {:>7.2} {:>6} {:>6} {:>6}",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
        };
        for label in &self.labels {
            row(
                f,
                label.as_str(),
                &self.per_label.get(label).copied().unwrap_or_default(),
            )?;
        }
        row(f, "micro", &self.micro)?;
        writeln!(f)?;
        writeln!(
            f,
            "confusion (rows gold, columns predicted, same span; - = none)"
        )?;
        let name = |l: Option<Label>| l.map_or("-", |l| l.as_str());
        write!(f, "{:<6}", "")?;
        for p in self.labels.iter().map(|&l| Some(l)).chain([None]) {
            write!(f, " {:>6}", name(p))?;
        }
        writeln!(f)?;
        for g in self.labels.iter().map(|&l| Some(l)).chain([None]) {
            write!(f, "{:<6}", name(g))?;
            for p in self.labels.iter().map(|&l| Some(l)).chain([None]) {
                let n = self.confusion.get(&(g, p)).copied().unwrap_or(0);
                if g.is_none() && p.is_none() {
                    write!(f, " {:>6}", "")?;
                } else {
                    write!(f, " {:>6}", n)?;
                }
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// Scores `tag` (a tagger from text to char spans) on `sentences`.
pub fn score(
    title: impl Into<String>,
    format: Format,
    sentences: &[Sentence],
    mut tag: impl FnMut(&str) -> Vec<(usize, usize, Label)>,
) -> EvalReport {
    let mut report = EvalReport::new(title, format);
    for s in sentences {
        let pred = tag(&s.text);
        report.add(&s.spans, &pred);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_matching_counts_span_and_label() {
        let mut r = EvalReport::new("t", Format::Klp);
        let gold = [(0, 3, Label::PS), (4, 7, Label::OG), (9, 10, Label::DT)];
        let pred = [
            (0, 3, Label::PS),
            (4, 7, Label::LC),
            (9, 11, Label::DT),
            (12, 13, Label::QT),
        ];
        r.add(&gold, &pred);
        assert_eq!(
            r.micro,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(r.confusion[&(Some(Label::OG), Some(Label::LC))], 1);
        assert!(r.to_string().contains("micro"));
    }
}
