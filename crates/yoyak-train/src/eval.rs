//! Evaluation: strict entity-level scoring (a prediction counts only when its span and label both
//! match), and [`eval`], which scores a tagger on a data path.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use yoyak::entity::model::{tag_spans, Model, Scratch};
use yoyak::entity::Label;

use crate::data::{self, Format, Sentence, Split};
use crate::{io_err, silver, TrainError};

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

/// Scores a loaded model (alone) on sentences.
pub fn score_model(model: &Model, title: &str, format: Format, sents: &[Sentence]) -> EvalReport {
    score_model_skip(model, title, format, sents, 0)
}

/// [`score_model`] for a model trained with templates left out (`skip`).
pub fn score_model_skip(
    model: &Model,
    title: &str,
    format: Format,
    sents: &[Sentence],
    skip: u64,
) -> EvalReport {
    let mut scratch = Scratch::default();
    scratch.extractor_mut().skip = skip;
    score(title, format, sents, |text| {
        let tags = model.tag_line(text, &mut scratch).to_vec();
        let chars: Vec<char> = text.chars().collect();
        tag_spans(&tags, &chars)
    })
}

/// Which tagger [`eval`] scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tagger {
    /// The learned model alone.
    #[default]
    Model,
    /// `yoyak::entity::tag`: rules merged with the embedded model.
    Merged,
}

/// Options of [`eval`].
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// A model file to score instead of the embedded one (ignored for [`Tagger::Merged`]).
    pub model: Option<PathBuf>,
    /// The split of a KMOU root or `corpus_morph_ner` folder; single files are scored whole.
    pub split: Option<Split>,
    /// Which tagger.
    pub tagger: Tagger,
    /// The raw sentences (`id<TAB>text`) that `data` annotates, when `data` is a hand annotation
    /// in [`silver::read_annotation`]'s format.
    /// With `split`, such an annotation is halved: `dev` scores its even-numbered sentences,
    /// `test` its odd-numbered ones.
    pub raw: Option<PathBuf>,
}

/// Scores a tagger on the data at `data`: a KMOU root or `corpus_morph_ner` folder (its test
/// split unless `opts.split` says otherwise), or one file in KMOU or 2016klp format.
///
/// Only the labels of the data's scheme are scored (2016klp has no QT or AF).
pub fn eval(data: &Path, opts: &EvalOptions) -> Result<EvalReport, TrainError> {
    let split = opts.split.unwrap_or(Split::Test);
    let (format, sents) = match &opts.raw {
        Some(raw) => {
            let ann = silver::read_annotation(data)?;
            let raw = silver::read_raw(raw)?;
            let all = silver::annotated_sentences(&raw, &ann);
            // A hand annotation is halved by position: even sentences for choosing (dev), odd
            // ones for reporting (test); without a split, all of it.
            let keep = |i: usize| match opts.split {
                None | Some(Split::Train) => true,
                Some(Split::Dev) => i % 2 == 0,
                Some(Split::Test) => i % 2 == 1,
            };
            let sents = all
                .into_iter()
                .enumerate()
                .filter(|(i, _)| keep(*i))
                .map(|(_, s)| s)
                .collect();
            (Format::Klue, sents)
        }
        None => data::read_eval(data, split).map_err(io_err(data))?,
    };
    let what = if data.is_dir() {
        format!("{} {:?} split", data.display(), split).to_lowercase()
    } else {
        data.display().to_string()
    };
    match opts.tagger {
        Tagger::Model => {
            let loaded;
            let model = match &opts.model {
                Some(p) => {
                    let bytes = std::fs::read(p).map_err(io_err(p))?;
                    loaded =
                        Model::from_compressed(&bytes).map_err(|e| TrainError(e.to_string()))?;
                    &loaded
                }
                None => Model::embedded()
                    .ok_or_else(|| TrainError("no model is embedded in this build".into()))?,
            };
            Ok(score_model(
                model,
                &format!("{what} ({format}), model only"),
                format,
                &sents,
            ))
        }
        Tagger::Merged => Ok(score(
            format!("{what} ({format}), rules + model"),
            format,
            &sents,
            |text| {
                yoyak::entity::tag(text)
                    .into_iter()
                    .map(|e| (e.span.char_start, e.span.char_end, e.label))
                    .collect::<Vec<(usize, usize, Label)>>()
            },
        )),
    }
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
