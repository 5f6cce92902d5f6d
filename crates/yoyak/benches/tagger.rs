//! Throughput of the learned entity tagger on the seed articles, and the model's load time.
//!
//! The dev machine is shared: wall-clock times swing with other people's builds, so compare
//! runs taken at a low load average.

#[path = "../tests/support/inputs.rs"]
mod inputs;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use yoyak::entity::model::{Model, Scratch};

fn tagger(c: &mut Criterion) {
    let Some(model) = Model::embedded() else {
        eprintln!("no embedded model: nothing to measure");
        return;
    };
    let all: String = inputs::seeds().into_iter().map(|(_, t)| t).collect();
    let mut group = c.benchmark_group("tagger");
    group.throughput(Throughput::Bytes(all.len() as u64));
    let mut scratch = Scratch::default();
    group.bench_function("model_seeds", |b| {
        b.iter(|| model.tag_with(&all, &mut scratch))
    });
    let mut x = yoyak::entity::model::features::Extractor::new();
    group.bench_function("extract_seeds", |b| {
        b.iter(|| {
            let mut n = 0;
            for line in all.split('\n') {
                x.extract(line);
                n += x.features.len();
            }
            n
        })
    });
    group.bench_function("tag_merged_seeds", |b| b.iter(|| yoyak::entity::tag(&all)));
    group.finish();
    c.bench_function("load_model", |b| {
        let bytes = include_bytes!("../model/ner.bin.zst");
        b.iter(|| Model::from_compressed(bytes).map(|m| m.feature_count()))
    });
}

criterion_group!(benches, tagger);
criterion_main!(benches);
