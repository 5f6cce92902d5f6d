//! Scores the rule tagger's DT, TI and QT against the KMOU NER corpus (strict span + label).
//!
//! Usage: `cargo run --release -p yoyak --example eval_rules -- <corpus_morph_ner dir> [--show N]`
//!
//! KMOU tags map as DAT, DUR → DT; TIM → TI; MNY, PNT, NOH → QT. The corpus is read where it lies
//! and never copied. Besides the strict score it prints an overlap score (the spans share a char
//! and the labels agree), which separates convention differences in extents ("지난 20일" vs
//! "20일") from misses.

#[path = "../tests/support/inputs.rs"]
mod inputs;

use std::collections::HashMap;

use yoyak::entity::rules;

const LABELS: [&str; 3] = ["DT", "TI", "QT"];

/// Gold mentions of an inline line (`<text:TAG>`), as char ranges of the raw sentence.
fn gold(inline: &str) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut pos = 0; // chars of raw text so far
    let mut rest = inline;
    while let Some(open) = rest.find('<') {
        pos += rest[..open].chars().count();
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let body = &after[..close];
        match body.rfind(':') {
            Some(colon)
                if body[colon + 1..].chars().all(|c| c.is_ascii_uppercase()) && colon > 0 =>
            {
                let text = &body[..colon];
                let n = text.chars().count();
                let label = match &body[colon + 1..] {
                    "DAT" | "DUR" => Some("DT"),
                    "TIM" => Some("TI"),
                    "MNY" | "PNT" | "NOH" => Some("QT"),
                    _ => None,
                };
                if let Some(l) = label {
                    out.push((pos, pos + n, l));
                }
                pos += n;
                rest = &after[close + 1..];
            }
            _ => {
                pos += 1;
                rest = after;
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .expect("usage: eval_rules <corpus_morph_ner dir> [--show N]");
    let show: usize = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let files = inputs::files_with_extension(std::path::Path::new(dir), "txt");
    // label -> (tp, fp, fn, overlap tp of pred, overlap tp of gold)
    let mut counts: HashMap<&str, [usize; 5]> = HashMap::new();
    let mut shown = 0;
    let mut sentences = 0;
    let mut bytes = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    for f in files {
        let Ok(content) = std::fs::read_to_string(&f) else {
            continue;
        };
        let heads: Vec<&str> = content.lines().filter(|l| l.starts_with("## ")).collect();
        for chunk in heads.chunks(3) {
            let [_, raw, inline] = chunk else { continue };
            let raw = &raw[3..];
            let inline = &inline[3..];
            let want = gold(inline);
            let start = std::time::Instant::now();
            let got_e = rules::tag(raw);
            elapsed += start.elapsed();
            bytes += raw.len();
            sentences += 1;
            let got: Vec<(usize, usize, &str)> = got_e
                .iter()
                .filter(|e| LABELS.contains(&e.label.as_str()))
                .map(|e| (e.span.char_start, e.span.char_end, e.label.as_str()))
                .collect();
            for l in LABELS {
                let c = counts.entry(l).or_default();
                let g: Vec<_> = want.iter().filter(|x| x.2 == l).collect();
                let p: Vec<_> = got.iter().filter(|x| x.2 == l).collect();
                let tp = p.iter().filter(|x| g.contains(x)).count();
                c[0] += tp;
                c[1] += p.len() - tp;
                c[2] += g.len() - tp;
                c[3] += p
                    .iter()
                    .filter(|x| g.iter().any(|y| x.0 < y.1 && y.0 < x.1))
                    .count();
                c[4] += g
                    .iter()
                    .filter(|y| p.iter().any(|x| x.0 < y.1 && y.0 < x.1))
                    .count();
            }
            if shown < show && want.iter().filter(|w| LABELS.contains(&w.2)).ne(got.iter()) {
                let chars: Vec<char> = raw.chars().collect();
                let fmt = |v: &[(usize, usize, &str)]| -> String {
                    v.iter()
                        .map(|(s, e, l)| {
                            format!("{}:{l}", chars[*s..*e].iter().collect::<String>())
                        })
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                let gv: Vec<_> = want
                    .iter()
                    .copied()
                    .filter(|w| LABELS.contains(&w.2))
                    .collect();
                if gv != got {
                    println!("{raw}\n  gold: {}\n  rule: {}", fmt(&gv), fmt(&got));
                    shown += 1;
                }
            }
        }
    }
    println!(
        "{sentences} sentences, {bytes} bytes, tagged at {:.1} MB/s",
        bytes as f64 / elapsed.as_secs_f64() / 1e6
    );
    println!("label   P      R      F1     | overlap P  R");
    let mut all = [0usize; 5];
    for l in LABELS {
        let c = counts[l];
        for k in 0..5 {
            all[k] += c[k];
        }
        report(l, c);
    }
    report("all", all);
}

fn report(l: &str, c: [usize; 5]) {
    let p = c[0] as f64 / (c[0] + c[1]).max(1) as f64;
    let r = c[0] as f64 / (c[0] + c[2]).max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let op = c[3] as f64 / (c[0] + c[1]).max(1) as f64;
    let or = c[4] as f64 / (c[0] + c[2]).max(1) as f64;
    println!(
        "{l:<6} {p:.3}  {r:.3}  {f:.3}  |  {op:.3}  {or:.3}   (tp {} fp {} fn {})",
        c[0], c[1], c[2]
    );
}
