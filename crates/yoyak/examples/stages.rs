//! Times each stage of the analysis on the seeds' bodies repeated to a size (development aid).
//!
//! ```sh
//! cargo run --release -p yoyak --example stages -- 4 64 1024     # sizes in KB
//! ```

#[path = "../tests/support/inputs.rs"]
mod inputs;

use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let bodies: Vec<String> = inputs::seeds()
        .iter()
        .map(|(_, page)| yoyak::clean::clean(page).body)
        .collect();
    for kb in std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().unwrap())
    {
        let mut text = String::new();
        'fill: loop {
            for b in &bodies {
                for para in b.split("\n\n") {
                    if text.len() + para.len() > kb * 1024 {
                        break 'fill;
                    }
                    text.push_str(para);
                    text.push_str("\n\n");
                }
            }
        }
        let runs = if kb > 256 { 3 } else { 11 };
        let time = |f: &dyn Fn()| {
            median(
                (0..runs)
                    .map(|_| {
                        let t = Instant::now();
                        f();
                        t.elapsed().as_secs_f64() * 1e3
                    })
                    .collect(),
            )
        };
        let sentences = yoyak::segment::split(&text);
        let parts: Vec<&str> = sentences.iter().map(|s| s.slice(&text)).collect();
        println!(
            "{kb:>5} KB  {} sentences  split {:.2} ms  summarize {:.2} ms  keywords {:.2} ms  rules {:.2} ms  tag {:.2} ms",
            sentences.len(),
            time(&|| { yoyak::segment::split(&text); }),
            time(&|| { yoyak::summarize::summarize_sentences(&parts, yoyak::SummaryLength::Sentences(3)).unwrap(); }),
            time(&|| { yoyak::keywords::keywords(&text, &sentences, 10); }),
            time(&|| { yoyak::entity::rules::tag(&text); }),
            time(&|| { yoyak::entity::tag(&text); }),
        );
    }
}
