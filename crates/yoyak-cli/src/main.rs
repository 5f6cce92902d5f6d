//! The `yoyak` command: clean, split, summarize and tag Korean news.

mod protocol;

use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use yoyak::{AnalyzeOptions, SummaryLength, DEFAULT_MAX_INPUT_BYTES};

use protocol::Task;

#[derive(Parser)]
#[command(
    name = "yoyak",
    version,
    about = "Korean news: clean, split, summarize, tag."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Everything: clean, split, summarize, keywords, entities.
    Analyze(Common),
    /// Remove page clutter; print the article body (or, with --json, body, metadata and what was removed).
    Clean(Common),
    /// Split text into sentences (the text as given: no cleaning).
    Split(Common),
    /// Pick the key sentences of an article.
    Summarize(Common),
    /// Find entities (dates, times, quantities, e-mails, URLs, stock codes, and the model's).
    Tag(Common),
    /// Train the NER model on the KMOU corpus (a folder or one file) and write it to OUT.
    TrainNer(yoyak_train::cli::TrainArgs),
    /// Strict entity-level precision, recall and F1 per label, micro overall, and confusions.
    EvalNer(yoyak_train::cli::EvalArgs),
}

#[derive(Args, Clone)]
struct Common {
    /// Input file; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Print one JSON object for the whole input.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Read and write JSON lines: one request object per input line, one answer line each.
    #[arg(long)]
    jsonl: bool,
    /// Summary length in sentences (default 3).
    #[arg(short, long, conflicts_with = "ratio")]
    k: Option<usize>,
    /// Summary length as a share of the sentences, in (0, 1].
    #[arg(long)]
    ratio: Option<f64>,
    /// For summarize and analyze: treat the input as a clean article (skip the cleaner).
    #[arg(long)]
    no_clean: bool,
    /// Refuse inputs (or JSON lines) longer than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    max_bytes: usize,
}

impl Common {
    fn options(&self) -> AnalyzeOptions {
        AnalyzeOptions {
            summary: match (self.k, self.ratio) {
                (_, Some(r)) => SummaryLength::Ratio(r),
                (Some(k), None) => SummaryLength::Sentences(k),
                (None, None) => SummaryLength::default(),
            },
            clean: !self.no_clean,
            max_input_bytes: self.max_bytes,
            ..AnalyzeOptions::default()
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (task, common) = match cli.command {
        Command::Analyze(c) => (Task::Analyze, c),
        Command::Clean(c) => (Task::Clean, c),
        Command::Split(c) => (Task::Split, c),
        Command::Summarize(c) => (Task::Summarize, c),
        Command::Tag(c) => (Task::Tag, c),
        Command::TrainNer(args) => return ner_result(yoyak_train::train(&args.options())),
        Command::EvalNer(args) => {
            return ner_result(yoyak_train::eval(&args.data, &args.options()))
        }
    };
    let result = if common.jsonl {
        run_stream(task, &common)
    } else {
        run_document(task, &common)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("yoyak: {message}");
            ExitCode::from(2)
        }
    }
}

fn ner_result(result: Result<impl std::fmt::Display, yoyak_train::TrainError>) -> ExitCode {
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("yoyak: {message}");
            ExitCode::from(2)
        }
    }
}

fn open(common: &Common) -> Result<Box<dyn BufRead>, String> {
    match &common.file {
        Some(path) if path.as_os_str() != "-" => {
            let file = std::fs::File::open(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok(Box::new(io::BufReader::new(file)))
        }
        _ => Ok(Box::new(io::BufReader::new(io::stdin()))),
    }
}

/// One document in, one answer out. Returns whether it succeeded.
fn run_document(task: Task, common: &Common) -> Result<bool, String> {
    let mut bytes = Vec::new();
    let mut input = open(common)?;
    // Read one byte past the limit to tell "at the limit" from "over it" without reading it all.
    input
        .by_ref()
        .take(common.max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the input: {e}"))?;
    if bytes.len() > common.max_bytes {
        return Err(yoyak::Error::InputTooLarge {
            len: bytes.len(),
            max: common.max_bytes,
        }
        .to_string()
            + " (use --max-bytes)");
    }
    let text = yoyak::from_utf8(&bytes).map_err(|e| e.to_string())?;
    let options = common.options();
    let mut worker = protocol::Worker::new(options);
    let request = protocol::Request::from_text(text);
    let answer = worker.run(task, &request).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = if common.json {
        serde_json::to_writer_pretty(&mut out, &answer.json)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out))
    } else {
        out.write_all(answer.text.as_bytes())
    };
    written.map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(true)
}

/// JSON lines: each input line gets exactly one output line, flushed at once.
fn run_stream(task: Task, common: &Common) -> Result<bool, String> {
    let mut input = open(common)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut worker = protocol::Worker::new(common.options());
    let mut all_ok = true;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = input
            .by_ref()
            .take(common.max_bytes as u64 + 2)
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read the input: {e}"))?;
        if n == 0 {
            break;
        }
        let answer = if line.len() > common.max_bytes + 1 && !line.ends_with(b"\n") {
            // Skip the rest of the over-long line so the next line starts clean.
            let mut rest = Vec::new();
            input
                .read_until(b'\n', &mut rest)
                .map_err(|e| format!("cannot read the input: {e}"))?;
            protocol::error_line(
                None,
                &format!(
                    "the line is over {} bytes: split it or raise --max-bytes",
                    common.max_bytes
                ),
            )
        } else {
            let trimmed = line.trim_ascii();
            if trimmed.is_empty() {
                continue;
            }
            worker.run_line(task, trimmed)
        };
        all_ok &= answer.get("error").is_none();
        serde_json::to_writer(&mut out, &answer)
            .map_err(io::Error::other)
            .and_then(|_| out.write_all(b"\n"))
            .and_then(|_| out.flush())
            .map_err(|e| format!("cannot write the output: {e}"))?;
    }
    Ok(all_ok)
}
