//! Throughput of the rule entity tagger on the seed articles, on number-dense text, and on
//! adversarial runs (long digit, dot and letter runs) that must stay linear.

#[path = "../tests/support/inputs.rs"]
mod inputs;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn rules(c: &mut Criterion) {
    let mut group = c.benchmark_group("rules");
    let dense = "카카오(035720)는 지난해 8월 1406억원, 올해 1분기 4만5000건(1.5%↑)을 기록했고 \
                 오후 3시 30분 hoje@sedaily.com, www.mt.co.kr에 2024-06-23 공시했다. "
        .repeat(200);
    let seeds: Vec<String> = inputs::seeds().into_iter().map(|(_, t)| t).collect();
    let inputs = [
        ("seeds", seeds.join("\n")),
        ("dense", dense),
        ("digits", "1".repeat(100_000)),
        ("dots", "1.".repeat(50_000)),
        ("hyphens", "a-1-".repeat(25_000)),
        ("commas", "1,000".repeat(20_000)),
    ];
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| yoyak::entity::rules::tag(t))
        });
    }
    group.finish();
}

criterion_group!(benches, rules);
criterion_main!(benches);
