//! Whole-analysis benchmarks per seed article.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for (name, text) in seeds() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut analyzer = yoyak::Analyzer::new(yoyak::AnalyzeOptions::default());
        group.bench_function(&name[..3], |b| b.iter(|| analyzer.analyze(&text).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
