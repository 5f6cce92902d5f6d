//! Developer command for the NER trainer (the `yoyak` CLI wires the same library calls).
//!
//! ```text
//! yoyak-train train DATA OUT [--epochs N] [--min-count N] [--max-bytes N] [--seed N]
//!                   [--min-prune N] [--max-load F] [--skip T,T..]
//!                   [--klue DIR] [--holdout FILE] [--min-share F]
//! yoyak-train eval DATA [--model FILE] [--split train|dev|test] [--merged] [--raw FILE]
//! yoyak-train tag MODEL < lines
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use yoyak_train::{eval, train, EvalOptions, Split, Tagger, TrainOptions};

fn usage() -> ExitCode {
    eprintln!(
        "usage:\n  yoyak-train train DATA OUT [--epochs N] [--min-count N] [--max-bytes N] [--seed N] [--min-prune N] [--max-load F] [--skip T,T..] [--klue DIR] [--holdout FILE] [--min-share F]\n  yoyak-train eval DATA [--model FILE] [--split train|dev|test] [--merged] [--raw FILE]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut flags = std::collections::HashMap::new();
    let mut i = 0;
    while i < args.len() {
        if let Some(name) = args[i].strip_prefix("--") {
            if name == "merged" {
                flags.insert(name.to_string(), String::new());
            } else if let Some(v) = args.get(i + 1) {
                flags.insert(name.to_string(), v.clone());
                i += 1;
            } else {
                return usage();
            }
        } else {
            pos.push(args[i].clone());
        }
        i += 1;
    }
    let num =
        |k: &str, d: usize| -> Option<usize> { flags.get(k).map_or(Some(d), |v| v.parse().ok()) };
    let result = match pos.first().map(String::as_str) {
        Some("train") if pos.len() == 3 => {
            let mut o = TrainOptions::new(&pos[1], &pos[2]);
            o.verbose = true;
            match (
                num("epochs", o.epochs),
                num("min-count", o.min_count as usize),
                num("max-bytes", o.max_bytes),
                num("seed", o.seed as usize),
            ) {
                (Some(e), Some(m), Some(b), Some(s)) => {
                    o.epochs = e;
                    o.min_count = m as u32;
                    o.max_bytes = b;
                    o.seed = s as u64;
                }
                _ => return usage(),
            }
            match (
                num("min-prune", o.min_prune as usize),
                flags.get("max-load").map(|v| v.parse::<f64>()),
            ) {
                (Some(p), None) => o.min_prune = p.min(64) as i8,
                (Some(p), Some(Ok(l))) if l > 0.0 && l <= 1.0 => {
                    o.min_prune = p.min(64) as i8;
                    o.max_load = l;
                }
                _ => return usage(),
            }
            o.klue = flags.get("klue").map(PathBuf::from);
            o.holdout = flags.get("holdout").map(PathBuf::from);
            match flags.get("min-share").map(|v| v.parse::<f64>()) {
                None => {}
                Some(Ok(v)) if (0.0..=1.0).contains(&v) => o.min_share = v,
                _ => return usage(),
            }
            if let Some(list) = flags.get("skip") {
                for t in list.split(',') {
                    match t.trim().parse::<u32>() {
                        Ok(t) if t < 64 => o.skip |= 1 << t,
                        _ => return usage(),
                    }
                }
            }
            train(&o).map(|r| r.to_string())
        }
        Some("eval") if pos.len() == 2 => {
            let opts = EvalOptions {
                model: flags.get("model").map(PathBuf::from),
                split: match flags.get("split") {
                    Some(s) => match Split::parse(s) {
                        Some(s) => Some(s),
                        None => return usage(),
                    },
                    None => None,
                },
                raw: flags.get("raw").map(PathBuf::from),
                tagger: if flags.contains_key("merged") {
                    Tagger::Merged
                } else {
                    Tagger::Model
                },
            };
            eval(pos[1].as_ref(), &opts).map(|r| r.to_string())
        }
        Some("tag") if pos.len() == 2 => {
            let bytes = match std::fs::read(&pos[1]) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let model = match yoyak::entity::model::Model::from_compressed(&bytes) {
                Ok(m) => m,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            };
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
        _ => return usage(),
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
