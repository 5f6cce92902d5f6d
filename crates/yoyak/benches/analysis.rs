//! Whole-analysis benchmarks: per seed, and a scaling curve from 1 KB to 1 MB.

#[path = "../tests/support/inputs.rs"]
mod inputs;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn per_seed(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for (name, text) in inputs::seeds() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut analyzer = yoyak::Analyzer::new(yoyak::AnalyzeOptions::default());
        group.bench_function(&name[..3], |b| b.iter(|| analyzer.analyze(&text).unwrap()));
    }
    group.finish();
}

/// The seeds' cleaned bodies repeated to a size, as one long article.
fn article_of(bytes: usize, bodies: &[String]) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    'fill: loop {
        for body in bodies {
            for paragraph in body.split("\n\n") {
                if out.len() + paragraph.len() > bytes {
                    break 'fill;
                }
                out.push_str(paragraph);
                out.push_str("\n\n");
            }
        }
    }
    out
}

fn scaling(c: &mut Criterion) {
    let bodies: Vec<String> = inputs::seeds()
        .iter()
        .map(|(_, t)| yoyak::clean::clean(t).body)
        .collect();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for kb in [1usize, 4, 16, 64, 256, 1024] {
        let text = article_of(kb * 1024, &bodies);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut analyzer = yoyak::Analyzer::new(yoyak::AnalyzeOptions {
            clean: false,
            ..yoyak::AnalyzeOptions::default()
        });
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{kb}KB")),
            &text,
            |b, t| b.iter(|| analyzer.analyze(t).unwrap()),
        );
    }
    group.finish();
}

criterion_group!(benches, per_seed, scaling);
criterion_main!(benches);
