//! The trainer's command-line arguments, one definition for the `yoyak-train` binary and the
//! `yoyak train-ner` / `eval-ner` commands, turned into [`TrainOptions`] and [`EvalOptions`].

use std::path::PathBuf;

use clap::Args;

use crate::{EvalOptions, Split, Tagger, TrainOptions};

/// The defaults of [`TrainArgs`]: those of [`TrainOptions::new`].
fn defaults() -> TrainOptions {
    TrainOptions::new("", "")
}

/// Arguments of `train`.
#[derive(Args, Debug, Clone)]
pub struct TrainArgs {
    /// The KMOU corpus root (with corpus_morph_ner/ and 2016klp/) or one file.
    pub data: PathBuf,
    /// Where to write the compressed model.
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = defaults().epochs)]
    pub epochs: usize,
    /// Keep features seen at least this often.
    #[arg(long, default_value_t = defaults().min_count)]
    pub min_count: u32,
    /// Largest compressed model size in bytes; pruning rises until it fits.
    #[arg(long, default_value_t = defaults().max_bytes)]
    pub max_bytes: usize,
    /// Seed of the shuffling.
    #[arg(long, default_value_t = defaults().seed)]
    pub seed: u64,
    /// Perceptrons to average, each with its own shuffling (seeds `seed`, `seed + 1`, ...).
    #[arg(long, default_value_t = defaults().average)]
    pub average: usize,
    /// Smallest largest-weight, in units, of a kept feature; above 64 counts as 64.
    #[arg(long, default_value_t = defaults().min_prune as usize)]
    pub min_prune: usize,
    /// Largest share of the table's slots that features may fill, in (0, 1].
    #[arg(long, default_value_t = defaults().max_load, value_parser = load_share)]
    pub max_load: f64,
    /// Feature templates to leave out, as numbers below 64 separated by commas (ablations).
    #[arg(long, value_parser = template_mask)]
    pub skip: Option<u64>,
    /// The KLUE-NER train side (raw-sentences.tsv and forms.tsv): silver sentences and the
    /// lexicon that maps KMOU onto KLUE's conventions.
    #[arg(long)]
    pub klue: Option<PathBuf>,
    /// A hand annotation of KLUE raw sentences to keep out of training and the lexicon (may be
    /// given more than once).
    #[arg(long)]
    pub holdout: Vec<PathBuf>,
    /// Smallest share of a string's occurrences that must be entities for the lexicon to use
    /// it, in [0, 1].
    #[arg(long, default_value_t = defaults().min_share, value_parser = share)]
    pub min_share: f64,
}

impl TrainArgs {
    /// The options these arguments give, printing progress.
    pub fn options(&self) -> TrainOptions {
        TrainOptions {
            epochs: self.epochs,
            min_count: self.min_count,
            max_bytes: self.max_bytes,
            seed: self.seed,
            average: self.average,
            min_prune: self.min_prune.min(64) as i8,
            max_load: self.max_load,
            skip: self.skip.unwrap_or(0),
            klue: self.klue.clone(),
            holdout: self.holdout.clone(),
            min_share: self.min_share,
            verbose: true,
            ..TrainOptions::new(&self.data, &self.out)
        }
    }
}

/// Arguments of `eval`.
#[derive(Args, Debug, Clone)]
pub struct EvalArgs {
    /// A KMOU root or folder (its test split), a KMOU / 2016klp file, a KLUE-NER file
    /// (`char<TAB>B-XX` lines, `##` comments), or with --raw a hand annotation of raw sentences.
    pub data: PathBuf,
    /// A model file instead of the embedded model.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Which split of a KMOU root to score (train, dev or test); with --raw, dev is the even
    /// sentences of the annotation and test the odd ones.
    #[arg(long, value_parser = split)]
    pub split: Option<Split>,
    /// Score the merged output (rules, model and the article-level rules) instead of the model
    /// alone.
    #[arg(long)]
    pub merged: bool,
    /// The raw sentences (`id<TAB>text`) that DATA annotates (`id<TAB>start<TAB>end<TAB>LABEL`).
    #[arg(long)]
    pub raw: Option<PathBuf>,
}

impl EvalArgs {
    /// The options these arguments give.
    pub fn options(&self) -> EvalOptions {
        EvalOptions {
            model: self.model.clone(),
            split: self.split,
            raw: self.raw.clone(),
            tagger: if self.merged {
                Tagger::Merged
            } else {
                Tagger::Model
            },
        }
    }
}

fn split(s: &str) -> Result<Split, String> {
    Split::parse(s).ok_or_else(|| format!("unknown split {s:?}: use train, dev or test"))
}

fn share(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("{s:?} is not a number from 0 to 1")),
    }
}

fn load_share(s: &str) -> Result<f64, String> {
    match share(s) {
        Ok(v) if v > 0.0 => Ok(v),
        _ => Err(format!("{s:?} is not a number above 0 and at most 1")),
    }
}

/// The bit mask of a list of template numbers ("3,7").
fn template_mask(s: &str) -> Result<u64, String> {
    s.split(',')
        .try_fold(0u64, |mask, t| match t.trim().parse::<u32>() {
            Ok(t) if t < 64 => Ok(mask | 1 << t),
            _ => Err(format!("{t:?} is not a template number below 64")),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Train {
        #[command(flatten)]
        args: TrainArgs,
    }

    fn parse(line: &str) -> Result<TrainOptions, clap::Error> {
        Train::try_parse_from(line.split(' ')).map(|t| t.args.options())
    }

    #[test]
    fn flags_reach_the_options_and_bad_values_are_refused() {
        let o =
            parse("t data out --min-prune 100 --max-load 0.5 --skip 3,7 --min-share 0.7").unwrap();
        assert_eq!(
            (o.min_prune, o.max_load, o.skip),
            (64, 0.5, 1 << 3 | 1 << 7)
        );
        assert_eq!(o.min_share, 0.7);
        let d = parse("t data out").unwrap();
        let n = TrainOptions::new("data", "out");
        assert_eq!(
            (d.epochs, d.min_prune, d.min_share),
            (n.epochs, n.min_prune, n.min_share)
        );
        for bad in [
            "--max-load 0",
            "--max-load 1.5",
            "--min-share -1",
            "--skip 64",
            "--epochs x",
        ] {
            assert!(parse(&format!("t data out {bad}")).is_err(), "{bad}");
        }
    }
}
