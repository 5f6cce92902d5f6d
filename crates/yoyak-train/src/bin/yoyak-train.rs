//! Developer command for the NER trainer: `train`, `eval` and `tag` (`yoyak-train --help`, and
//! `--help` after each command). The `yoyak` CLI's `train-ner` and `eval-ner` take the same
//! arguments ([`yoyak_train::cli`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use yoyak_train::cli::{EvalArgs, TrainArgs};
use yoyak_train::{eval, train};

#[derive(Parser)]
#[command(
    name = "yoyak-train",
    about = "Trains, scores and runs yoyak's Korean named-entity model."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train a model on the KMOU corpus (and KLUE silver data) and write it to OUT.
    Train(TrainArgs),
    /// Strict entity-level precision, recall and F1 per label, micro overall, and confusions.
    Eval(EvalArgs),
    /// Write the table of KLUE names the core's reading rules use (`crates/yoyak/data/names.txt`).
    Names {
        /// The KLUE-NER train side (raw-sentences.tsv and forms.tsv).
        klue: PathBuf,
        /// Where to write the table.
        out: PathBuf,
        /// Hand annotations of KLUE raw sentences to keep out (may be given more than once).
        #[arg(long)]
        holdout: Vec<PathBuf>,
        /// Smallest number of times a name is annotated as a whole.
        #[arg(long, default_value_t = 2)]
        min_count: i64,
        /// The same for people's names, which news and reviews mention less often.
        #[arg(long, default_value_t = 1)]
        min_count_ps: i64,
        /// Smallest share of its occurrences as a word that are annotated, in [0, 1].
        #[arg(long, default_value_t = 0.7)]
        share: f64,
    },
    /// Tag standard input line by line with a model file: `<text:LABEL>` per entity.
    Tag {
        /// The compressed model file.
        model: PathBuf,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Train(args) => train(&args.options()).map(|r| r.to_string()),
        Command::Eval(args) => eval(&args.data, &args.options()).map(|r| r.to_string()),
        Command::Names {
            klue,
            out,
            holdout,
            min_count,
            min_count_ps,
            share,
        } => yoyak_train::write_names(&klue, &out, &holdout, min_count, min_count_ps, share),
        Command::Tag { model } => tag(&model),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn tag(path: &Path) -> Result<String, yoyak_train::TrainError> {
    let bytes = std::fs::read(path)
        .map_err(|e| yoyak_train::TrainError(format!("{}: {e}", path.display())))?;
    let model = yoyak::entity::model::Model::from_compressed(&bytes)
        .map_err(|e| yoyak_train::TrainError(e.to_string()))?;
    let mut out = String::new();
    for line in std::io::stdin().lines().map_while(Result::ok) {
        let ents: Vec<String> = model
            .tag(&line)
            .into_iter()
            .map(|e| format!("<{}:{}>", e.text, e.label.as_str()))
            .collect();
        out.push_str(&ents.join(" "));
        out.push('\n');
    }
    Ok(out)
}
