//! Cleaner benchmarks: each seed page, the HTML test page, and a 5 MB paste (linearity).

#[path = "../tests/support/inputs.rs"]
mod inputs;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn clean(c: &mut Criterion) {
    let seeds = inputs::seeds();
    let mut group = c.benchmark_group("clean");
    for (name, text) in &seeds {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(&name[..3], |b| b.iter(|| yoyak::clean::clean(text)));
    }
    for (name, text) in inputs::read_files(&inputs::repo_root().join("tests/cases/clean"), "html") {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| yoyak::clean::clean(&text)));
    }
    group.finish();

    // Linearity: a 5 MB paste of all seeds over and over should cost about 1000 times a 5 KB one.
    let all: String = seeds
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let big = all.repeat(5_000_000 / all.len() + 1);
    let mut group = c.benchmark_group("clean-5mb");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("seeds-repeated", |b| b.iter(|| yoyak::clean::clean(&big)));
    group.finish();
}

criterion_group!(benches, clean);
criterion_main!(benches);
