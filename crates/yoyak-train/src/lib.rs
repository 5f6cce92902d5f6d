//! Training and evaluation of yoyak's learned entity tagger.
//!
//! [`train`] reads the KMOU NER corpus from a path (it is never copied into the repository),
//! splits it, fits an averaged structured perceptron over yoyak's char features, quantizes and
//! prunes the weights to fit a size budget, and writes a zstd-compressed model file that
//! [`yoyak::entity::model::Model`] loads. [`eval`] scores a model (or the whole entity tagger) on
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

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use yoyak::entity::model::{
    begin_tag, features::Extractor, tag_spans, viterbi, Model, RawModel, Scratch, SLOTS, TAGS,
};
use yoyak::entity::Label;

pub mod data;
pub mod eval;
pub mod silver;

pub use data::{Format, Sentence, Split};
pub use eval::{Counts, EvalReport};

/// Why training or evaluation failed.
#[derive(Debug)]
pub struct TrainError(pub String);

impl fmt::Display for TrainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TrainError {}

fn io_err(what: &Path) -> impl Fn(std::io::Error) -> TrainError + '_ {
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
    pub holdout: Option<PathBuf>,
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
            skip: 0,
            max_load: 0.7,
            min_prune: 6,
            verbose: false,
            klue: None,
            holdout: None,
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

/// Char-level BIO tags of a sentence (later overlapping spans are ignored).
fn gold_tags(s: &Sentence, n: usize) -> Vec<u8> {
    let mut tags = vec![0u8; n];
    for &(a, b, label) in &s.spans {
        let Some(bt) = begin_tag(label) else { continue };
        if a >= b || b > n || tags[a..b].iter().any(|&t| t != 0) {
            continue;
        }
        tags[a] = bt;
        for t in &mut tags[a + 1..b] {
            *t = bt + 1;
        }
    }
    tags
}

/// Reads the training, dev and test sentences the protocol of `MODEL.md` prescribes.
fn load(data: &Path) -> Result<(Vec<Sentence>, Vec<Sentence>, usize), TrainError> {
    let (corpus, klp) = data::kmou_paths(data);
    if !corpus.is_dir() {
        let (_, sents) = data::read_file(data).map_err(io_err(data))?;
        return Ok((sents, Vec::new(), 0));
    }
    let kmou = data::read_kmou_dir(&corpus).map_err(io_err(&corpus))?;
    let mut klp_sets = HashMap::new();
    for (name, split) in [
        ("ner.train", Split::Train),
        ("ner.dev", Split::Dev),
        ("ner.test", Split::Test),
    ] {
        let p = klp.join(name);
        if p.is_file() {
            klp_sets.insert(split, data::read_file(&p).map_err(io_err(&p))?.1);
        }
    }
    // Anything in any dev or test set is kept out of training, whichever source it came from.
    let mut held_out: HashSet<String> = HashSet::new();
    for (split, s) in &kmou {
        if *split != Split::Train {
            held_out.insert(data::dedup_key(&s.text));
        }
    }
    for split in [Split::Dev, Split::Test] {
        for s in klp_sets.get(&split).into_iter().flatten() {
            held_out.insert(data::dedup_key(&s.text));
        }
    }
    let mut seen = HashSet::new();
    let mut train = Vec::new();
    let mut dropped = 0;
    // KMOU first: where both sources hold a sentence its richer labels (QT, AF) win.
    let candidates = kmou
        .iter()
        .filter(|(split, _)| *split == Split::Train)
        .map(|(_, s)| s)
        .chain(klp_sets.get(&Split::Train).into_iter().flatten());
    for s in candidates {
        let key = data::dedup_key(&s.text);
        if held_out.contains(&key) || !seen.insert(key) {
            dropped += 1;
            continue;
        }
        train.push(s.clone());
    }
    let dev = kmou
        .into_iter()
        .filter(|(split, _)| *split == Split::Dev)
        .map(|(_, s)| s)
        .collect();
    Ok((train, dev, dropped))
}

struct Prepared {
    /// Feature ids of every char, flat.
    feats: Vec<u32>,
    /// Per char, the end of its features in `feats`.
    ends: Vec<usize>,
    /// Per sentence, its char range in `ends`, and gold tags per char.
    sentences: Vec<(usize, usize)>,
    gold: Vec<u8>,
}

fn prepare(train: &[Sentence], min_count: u32, skip: u64) -> (Prepared, Vec<u64>) {
    let mut x = Extractor::new();
    x.skip = skip;
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for s in train {
        x.extract(&s.text);
        for &h in &x.features {
            *counts.entry(h).or_default() += 1;
        }
    }
    let mut hashes: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .map(|(h, _)| h)
        .collect();
    hashes.sort_unstable();
    let ids: HashMap<u64, u32> = hashes
        .iter()
        .enumerate()
        .map(|(i, &h)| (h, i as u32))
        .collect();
    let mut p = Prepared {
        feats: Vec::new(),
        ends: Vec::new(),
        sentences: Vec::new(),
        gold: Vec::new(),
    };
    for s in train {
        x.extract(&s.text);
        let n = x.chars().len();
        let start = p.ends.len();
        for i in 0..n {
            p.feats
                .extend(x.of(i).iter().filter_map(|h| ids.get(h).copied()));
            p.ends.push(p.feats.len());
        }
        p.gold.extend(gold_tags(s, n));
        p.sentences.push((start, p.ends.len()));
    }
    (p, hashes)
}

/// An averaged perceptron's state: current weights and the running sums for the average.
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    step: f64,
}

impl Perceptron {
    fn bump(w: &mut [f32], u: &mut [f64], i: usize, d: f32, step: f64) {
        w[i] += d;
        u[i] += step * d as f64;
    }

    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(u)
                .map(|(&w, &u)| (w as f64 - u / self.step) as f32)
                .collect()
        };
        (avg(&self.w, &self.u), avg(&self.tw, &self.tu))
    }
}

fn emissions(p: &Prepared, w: &[f32], from: usize, to: usize, out: &mut Vec<f32>) {
    out.clear();
    for i in from..to {
        let fs = if i == 0 { 0 } else { p.ends[i - 1] };
        let mut acc = [0f32; TAGS];
        for &f in &p.feats[fs..p.ends[i]] {
            let row = &w[f as usize * TAGS..(f as usize + 1) * TAGS];
            for (a, &x) in acc.iter_mut().zip(row) {
                *a += x;
            }
        }
        out.extend_from_slice(&acc);
    }
}

/// Fits the weights; returns averaged feature weights (`ids × TAGS`) and transitions.
fn fit(p: &Prepared, n_feats: usize, opts: &TrainOptions) -> (Vec<f32>, Vec<f32>) {
    let mut m = Perceptron {
        w: vec![0.0; n_feats * TAGS],
        u: vec![0.0; n_feats * TAGS],
        tw: vec![0.0; (TAGS + 1) * TAGS],
        tu: vec![0.0; (TAGS + 1) * TAGS],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..p.sentences.len()).collect();
    let mut rng = opts.seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    let (mut em, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    for epoch in 0..opts.epochs {
        // Fisher-Yates with a small LCG: deterministic across platforms.
        for i in (1..order.len()).rev() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (rng >> 33) as usize % (i + 1));
        }
        let mut wrong = 0usize;
        for &s in &order {
            let (from, to) = p.sentences[s];
            let n = to - from;
            emissions(p, &m.w, from, to, &mut em);
            viterbi(&em, n, &m.tw, &mut back, &mut pred);
            let gold = &p.gold[from..to];
            if pred != gold {
                wrong += 1;
                for i in 0..n {
                    let (g, y) = (gold[i] as usize, pred[i] as usize);
                    let (gp, yp) = if i == 0 {
                        (TAGS, TAGS)
                    } else {
                        (gold[i - 1] as usize, pred[i - 1] as usize)
                    };
                    if g != y || gp != yp {
                        Perceptron::bump(&mut m.tw, &mut m.tu, gp * TAGS + g, 1.0, m.step);
                        Perceptron::bump(&mut m.tw, &mut m.tu, yp * TAGS + y, -1.0, m.step);
                    }
                    if g != y {
                        let c = from + i;
                        let fs = if c == 0 { 0 } else { p.ends[c - 1] };
                        for &f in &p.feats[fs..p.ends[c]] {
                            let f = f as usize * TAGS;
                            Perceptron::bump(&mut m.w, &mut m.u, f + g, 1.0, m.step);
                            Perceptron::bump(&mut m.w, &mut m.u, f + y, -1.0, m.step);
                        }
                    }
                }
            }
            m.step += 1.0;
        }
        if opts.verbose {
            eprintln!(
                "epoch {}: {} of {} sentences wrong",
                epoch + 1,
                wrong,
                order.len()
            );
        }
    }
    m.averaged()
}

fn quantize(w: &[f32], t: &[f32], hashes: &[u64], prune: i8, max_load: f64) -> (RawModel, f32) {
    let mut mags: Vec<f32> = w.iter().filter(|x| **x != 0.0).map(|x| x.abs()).collect();
    let scale = if mags.is_empty() {
        1.0
    } else {
        // The 99.999th percentile maps to 127: the few larger weights (biases, script classes) are clipped, and small
        // weights keep more resolution than a max-based scale would leave them.
        let q: f64 = std::env::var("YNER_Q")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.99999);
        let k = ((mags.len() as f64) * q) as usize;
        let k = k.min(mags.len() - 1);
        let (_, v, _) = mags.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
        (*v / 127.0).max(1e-6)
    };
    let mut raw = RawModel {
        scale,
        transitions: t.iter().map(|&x| (x / scale).round() as i32).collect(),
        bucket_bits: 0,
        features: Vec::new(),
    };
    for (id, &h) in hashes.iter().enumerate() {
        let mut row = [0i8; TAGS];
        let mut max = 0i8;
        for (k, r) in row.iter_mut().enumerate() {
            let q = (w[id * TAGS + k] / scale).round().clamp(-127.0, 127.0) as i8;
            *r = q;
            max = max.max(q.saturating_abs());
        }
        if max >= prune.max(1) {
            raw.features.push((h, row));
        }
    }
    raw.bucket_bits = 4;
    while (raw.features.len() as f64) > max_load * (SLOTS << raw.bucket_bits) as f64 {
        raw.bucket_bits += 1;
    }
    (raw, scale)
}

fn add_o_bias(raw: &mut RawModel, bias: i32) {
    for prev in 0..=TAGS {
        if let Some(t) = raw.transitions.get_mut(prev * TAGS) {
            *t += bias;
        }
    }
}

fn compress(raw: &RawModel) -> Result<Vec<u8>, TrainError> {
    // One-shot compression records the content size in the frame: the loader needs it.
    zstd::bulk::compress(&raw.encode(), 19).map_err(|e| TrainError(format!("zstd: {e}")))
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
    eval::score(title, format, sents, |text| {
        let tags = model.tag_line(text, &mut scratch).to_vec();
        let chars: Vec<char> = text.chars().collect();
        tag_spans(&tags, &chars)
    })
}

/// Trains a model as `opts` says and writes it to `opts.out`.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, TrainError> {
    let (mut train, mut dev, dropped) = load(&opts.data)?;
    let mut silver_dev: Vec<Sentence> = Vec::new();
    if let Some(klue) = &opts.klue {
        let raw = silver::read_raw(&klue.join("raw-sentences.tsv"))?;
        let held = match &opts.holdout {
            Some(p) => silver::read_annotation(p)?,
            None => silver::Annotation::default(),
        };
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
    let (prepared, hashes) = prepare(&train, opts.min_count, opts.skip);
    if opts.verbose {
        eprintln!("{} features", hashes.len());
    }
    let (w, t) = fit(&prepared, hashes.len(), opts);
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
        Tagger::Merged => Ok(eval::score(
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
