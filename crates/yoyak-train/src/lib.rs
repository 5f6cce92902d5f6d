//! Training and evaluation of yoyak's learned entity tagger.
//!
//! [`train`] reads the KMOU NER corpus from a path (it is never copied into the repository),
//! splits it, fits an averaged structured perceptron over yoyak's char features, quantizes and
//! prunes the weights to fit a size budget, and writes a zstd-compressed model file that
//! [`yoyak::entity::model::Model`] loads. [`eval()`] scores a model (or the whole entity tagger) on
//! a data path with strict entity-level precision, recall and F1.
//!
//! ```no_run
//! use yoyak_train::{eval, train, EvalOptions, TrainOptions};
//! let opts = TrainOptions::new("../shared/data/ner/kmou", "crates/yoyak/model/ner.bin.zst");
//! let report = train(&opts).unwrap();
//! println!("{report}");
//! let scores = eval("../shared/data/ner/kmou".as_ref(), &EvalOptions::default()).unwrap();
//! println!("{scores}");
//! ```

#![deny(missing_docs)]

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use yoyak::entity::model::Model;

pub mod cli;
pub mod data;
pub mod eval;
mod perceptron;
mod quantize;
pub mod silver;

pub use data::{Format, Sentence, Split};
pub use eval::{eval, score_model, score_model_skip, Counts, EvalOptions, EvalReport, Tagger};
use quantize::{add_o_bias, compress, quantize};

/// Why training or evaluation failed.
#[derive(Debug)]
pub struct TrainError(pub String);

impl fmt::Display for TrainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TrainError {}

pub(crate) fn io_err(what: &Path) -> impl Fn(std::io::Error) -> TrainError + '_ {
    move |e| TrainError(format!("{}: {e}", what.display()))
}

/// Options of [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// The data: a KMOU checkout root (with `corpus_morph_ner/` and `2016klp/`), or a single
    /// file in KMOU or 2016klp format (all of it is training data; for small samples).
    pub data: PathBuf,
    /// Where to write the compressed model.
    pub out: PathBuf,
    /// Passes over the training data.
    pub epochs: usize,
    /// Features seen fewer times than this in training are dropped before training.
    pub min_count: u32,
    /// Largest compressed model size; weights are pruned harder until it fits.
    pub max_bytes: usize,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Perceptrons to average, trained with seeds `seed`, `seed + 1`, ...
    pub average: usize,
    /// Templates left out of the features (bit `t` = template `t`), for ablations. A model
    /// trained with a mask is only right with that mask: ship models trained with 0.
    pub skip: u64,
    /// Largest share of the table's slots that features may fill; the table grows (in powers
    /// of two) until they fit. Fuller tables are smaller but drop more colliding features.
    pub max_load: f64,
    /// Features whose largest weight is below this many units are always dropped; pruning
    /// starts here and rises until the model fits `max_bytes`.
    pub min_prune: i8,
    /// Print progress to stderr.
    pub verbose: bool,
    /// KLUE-NER train side (`raw-sentences.tsv`, `forms.tsv`): silver sentences to train on and
    /// the lexicon that maps KMOU onto KLUE's conventions (see [`silver`]).
    pub klue: Option<PathBuf>,
    /// A hand annotation of some KLUE raw sentences, kept out of training and the lexicon.
    pub holdout: Vec<PathBuf>,
    /// Smallest share of a string's occurrences that must be entities for the lexicon to use it.
    pub min_share: f64,
}

impl TrainOptions {
    /// Default options reading `data` and writing `out`.
    pub fn new(data: impl Into<PathBuf>, out: impl Into<PathBuf>) -> Self {
        TrainOptions {
            data: data.into(),
            out: out.into(),
            epochs: 10,
            min_count: 3,
            max_bytes: 1_800_000,
            seed: 7,
            average: 1,
            skip: 0,
            max_load: 0.7,
            min_prune: 6,
            verbose: false,
            klue: None,
            holdout: Vec::new(),
            min_share: 0.5,
        }
    }
}

/// What [`train`] did.
#[derive(Debug, Clone)]
pub struct TrainReport {
    /// Training sentences used, after deduplication.
    pub train_sentences: usize,
    /// Sentences dropped from training as duplicates or as copies of dev/test sentences.
    pub dropped_duplicates: usize,
    /// Features kept in the written model.
    pub features: usize,
    /// Compressed size of the written model in bytes.
    pub bytes: usize,
    /// Size of one weight unit.
    pub scale: f32,
    /// Smallest absolute weight a kept feature reaches (pruning threshold in units).
    pub prune: i8,
    /// Buckets of the table, as a power of two.
    pub bucket_bits: u32,
    /// Features left out because their bucket was full or their fingerprint taken.
    pub collisions: usize,
    /// Bonus for the O tag chosen on dev, in weight units.
    pub o_bias: i32,
    /// The written model on the dev split (none without a dev split).
    pub dev: Option<EvalReport>,
    /// The written model on the silver KLUE dev sentences (none without KLUE data).
    pub silver_dev: Option<EvalReport>,
}

impl fmt::Display for TrainReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "trained on {} sentences ({} duplicates dropped); {} features in 2^{} buckets ({} lost to collisions), {} bytes compressed, scale {:.5}, prune {}, O bias {}",
            self.train_sentences, self.dropped_duplicates, self.features, self.bucket_bits, self.collisions, self.bytes, self.scale, self.prune, self.o_bias
        )?;
        if let Some(dev) = &self.dev {
            write!(f, "{dev}")?;
        }
        if let Some(dev) = &self.silver_dev {
            write!(f, "{dev}")?;
        }
        Ok(())
    }
}

/// Writes the table of KLUE names (`form<TAB>LABEL` lines under a header) that
/// `yoyak::entity::reading` reads, from the KLUE train side less the `holdout` annotations;
/// returns a one-line summary.
pub fn write_names(
    klue: &Path,
    out: &Path,
    holdout: &[PathBuf],
    min_count: i64,
    min_count_ps: i64,
    share: f64,
) -> Result<String, TrainError> {
    let raw = silver::read_raw(&klue.join("raw-sentences.tsv"))?;
    let mut held = silver::Annotation::default();
    for p in holdout {
        held.merge(silver::read_annotation(p)?);
    }
    // The lexicon's own filter at the table's share: only strings that pass both are listed.
    let lex = silver::Lexicon::build(&klue.join("forms.tsv"), &raw, &held, share)?;
    let names = lex.names(min_count, min_count_ps, share);
    let mut text = format!(
        "# Names from the KLUE-NER train side (CC BY-SA 4.0): see NAMES.md. Built by \
         `yoyak-train names` (at least {min_count} whole annotations, {min_count_ps} for people; share {share}).\n"
    );
    for (form, label) in &names {
        text.push_str(&format!("{form}\t{}\n", label.as_str()));
    }
    std::fs::write(out, text).map_err(|e| TrainError(format!("{}: {e}", out.display())))?;
    Ok(format!(
        "{} names written to {}\n",
        names.len(),
        out.display()
    ))
}

/// Trains a model as `opts` says and writes it to `opts.out`.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, TrainError> {
    let (mut train, mut dev, dropped) = data::load_training(&opts.data)?;
    let mut silver_dev: Vec<Sentence> = Vec::new();
    if let Some(klue) = &opts.klue {
        let raw = silver::read_raw(&klue.join("raw-sentences.tsv"))?;
        let mut held = silver::Annotation::default();
        for p in &opts.holdout {
            held.merge(silver::read_annotation(p)?);
        }
        let lex = silver::Lexicon::build(&klue.join("forms.tsv"), &raw, &held, opts.min_share)?;
        let held_ids: HashSet<&str> = held.by_id.keys().map(String::as_str).collect();
        let (silver_train, sdev) = silver::split_raw(&raw, &held_ids);
        if opts.verbose {
            eprintln!(
                "KLUE lexicon: {} strings; {} silver training sentences, {} silver dev, {} held out",
                lex.len(),
                silver_train.len(),
                sdev.len(),
                held_ids.len()
            );
        }
        train = train.iter().map(|s| silver::to_klue(&lex, s)).collect();
        dev = dev.iter().map(|s| silver::to_klue(&lex, s)).collect();
        train.extend(
            silver_train
                .iter()
                .map(|r| silver::label_raw(&lex, &r.text)),
        );
        silver_dev = sdev
            .iter()
            .map(|r| silver::label_raw(&lex, &r.text))
            .collect();
    }
    if train.is_empty() {
        return Err(TrainError(format!(
            "no training sentences found in {}",
            opts.data.display()
        )));
    }
    if opts.verbose {
        eprintln!(
            "{} training sentences ({} dropped), {} dev",
            train.len(),
            dropped,
            dev.len()
        );
    }
    let (prepared, hashes) = perceptron::prepare(&train, opts.min_count, opts.skip);
    if opts.verbose {
        eprintln!("{} features", hashes.len());
    }
    // Several shufflings averaged: one perceptron's errors on the seeds and the written
    // sentences changed a lot with the shuffling seed alone (stop 16: 182 to 195 of 226 seed
    // entities over four seeds), an average of a few is steadier.
    let (mut w, mut t) = perceptron::fit(&prepared, hashes.len(), opts);
    for k in 1..opts.average.max(1) {
        let again = TrainOptions {
            seed: opts.seed.wrapping_add(k as u64),
            ..opts.clone()
        };
        let (w2, t2) = perceptron::fit(&prepared, hashes.len(), &again);
        w.iter_mut().zip(&w2).for_each(|(a, b)| *a += b);
        t.iter_mut().zip(&t2).for_each(|(a, b)| *a += b);
    }
    let k = opts.average.max(1) as f32;
    w.iter_mut().for_each(|a| *a /= k);
    t.iter_mut().for_each(|a| *a /= k);
    drop(prepared);
    let mut prune = opts.min_prune.max(1);
    let (raw, scale, _) = loop {
        let (raw, scale) = quantize(&w, &t, &hashes, prune, opts.max_load);
        let bytes = compress(&raw)?;
        if opts.verbose {
            eprintln!(
                "prune {prune}: {} features, {} bytes",
                raw.features.len(),
                bytes.len()
            );
        }
        if bytes.len() <= opts.max_bytes || prune >= 64 {
            break (raw, scale, bytes);
        }
        prune += 1;
    };
    // A perceptron over many sparse features over-predicts entities here (recall > precision
    // on dev); a bonus for O, folded into every transition into O, trades recall for precision.
    // It is chosen on dev, never on test.
    let mut raw = raw;
    let mut o_bias = 0;
    if !dev.is_empty() {
        let mut best = f64::MIN;
        for b in [0, 8, 16, 24, 32, 40, 48, 64, 80, 96, 128] {
            let mut r = raw.clone();
            add_o_bias(&mut r, b);
            let m = Model::from_bytes(&r.encode()).map_err(|e| TrainError(e.to_string()))?;
            let f1 = score_model_skip(&m, "dev", Format::Kmou, &dev, opts.skip)
                .micro
                .f1()
                + if silver_dev.is_empty() {
                    0.0
                } else {
                    score_model_skip(&m, "silver dev", Format::Kmou, &silver_dev, opts.skip)
                        .micro
                        .f1()
                };
            if opts.verbose {
                eprintln!("O bias {b}: dev micro-F1 {f1:.2}");
            }
            if f1 > best {
                (best, o_bias) = (f1, b);
            }
        }
        add_o_bias(&mut raw, o_bias);
    }
    let bytes = compress(&raw)?;
    if let Some(dir) = opts.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    }
    std::fs::write(&opts.out, &bytes).map_err(io_err(&opts.out))?;
    let model = Model::from_compressed(&bytes).map_err(|e| TrainError(e.to_string()))?;
    let dev = (!dev.is_empty()).then(|| {
        score_model_skip(
            &model,
            "KMOU dev, model only",
            Format::Kmou,
            &dev,
            opts.skip,
        )
    });
    let silver_dev = (!silver_dev.is_empty()).then(|| {
        score_model_skip(
            &model,
            "KLUE silver dev (lexicon + rule labels), model only",
            Format::Kmou,
            &silver_dev,
            opts.skip,
        )
    });
    let placed = raw.place();
    Ok(TrainReport {
        silver_dev,
        train_sentences: train.len(),
        dropped_duplicates: dropped,
        features: placed.rows.len(),
        bytes: bytes.len(),
        scale,
        prune,
        bucket_bits: raw.bucket_bits,
        collisions: placed.dropped,
        o_bias,
        dev,
    })
}
