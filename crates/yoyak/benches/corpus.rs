//! The cross-article index over 1,000 articles made from the seeds: building it one article at a
//! time, and the queries the explorer makes as the user types and clicks.
//!
//! `cargo bench -p yoyak --bench corpus`

use criterion::{criterion_group, criterion_main, Criterion};
use yoyak::corpus::{Index, SortBy};
use yoyak::{Analysis, AnalyzeOptions};

#[path = "../tests/support/generate.rs"]
mod generate;

fn analyses(n: usize) -> Vec<(String, Analysis)> {
    let mut analyzer = yoyak::Analyzer::new(AnalyzeOptions::default());
    generate::articles(n)
        .into_iter()
        .map(|(id, text)| {
            let a = analyzer.analyze(&text).expect("seed articles analyse");
            (id, a)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let library = analyses(1000);
    let mut group = c.benchmark_group("corpus-1000");
    group.sample_size(10);
    group.bench_function("build (add x1000)", |b| {
        b.iter(|| {
            let mut index = Index::new();
            for (id, a) in &library {
                index.add(id, a);
            }
            index
        })
    });
    let mut index = Index::new();
    for (id, a) in &library {
        index.add(id, a);
    }
    eprintln!(
        "{} articles, {} entities",
        index.len(),
        index.entity_count()
    );
    group.bench_function("add+remove one", |b| {
        let (id, a) = &library[500];
        b.iter(|| {
            index.remove(id);
            index.add(id, a);
        })
    });
    group.sample_size(50);
    group.bench_function("search '카카' (top 200)", |b| {
        b.iter(|| index.search("카카", &[], SortBy::Mentions, 200))
    });
    group.bench_function("search '' all (top 200)", |b| {
        b.iter(|| index.search("", &[], SortBy::Articles, 200))
    });
    let top = index.search("", &[], SortBy::Mentions, 1).entities[0]
        .id
        .clone();
    group.bench_function("entity (top entity, all contexts)", |b| {
        b.iter(|| index.entity(&top, usize::MAX))
    });
    group.bench_function("entity (top entity, first 300 contexts)", |b| {
        b.iter(|| index.entity(&top, 300))
    });
    group.bench_function("cooccurring (top entity)", |b| {
        b.iter(|| index.cooccurring(&top, &[], 30))
    });
    group.bench_function("network (top 40)", |b| b.iter(|| index.network(40, &[])));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
